"""The offline provider: the deterministic rules engine behind the same interface as the real LLMs."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ..errors import ProviderError
from ..models import ImagePrompt, Intent
from .base import Completion, GenerationRequest, LLMProvider

MOTIFS = {
    "food_and_beverage": ("warm table still life", "ilustrasi hidangan", "illustration of dishes"),
    "retail": ("neatly arranged products on shelves", "ilustrasi etalase produk", "illustration of a product display"),
    "services": ("a tidy, welcoming workspace", "ilustrasi ruang layanan", "illustration of a welcoming workspace"),
    "creative": ("bold abstract shapes like a studio moodboard", "ilustrasi karya kreatif", "illustration of creative work"),
    "education": ("open books and a bright classroom", "ilustrasi suasana belajar", "illustration of a learning space"),
    "events": ("festive stage lights and confetti", "ilustrasi suasana acara", "illustration of a festive event"),
    "technology": ("clean geometric network shapes", "ilustrasi teknologi", "illustration of technology"),
    "other": ("calm landscape shapes", "ilustrasi usaha", "illustration of the business"),
}


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


def image_prompt(intent: Intent, palette) -> ImagePrompt:
    if not isinstance(palette, dict):  # the stage passes the ColorScheme model itself
        palette = palette.model_dump()
    scene, alt_id, alt_en = MOTIFS[intent.business_type]
    things = ", ".join(intent.products[:3])
    prompt = (f"Hero image for {intent.brand_name}, a {intent.industry} business: {scene}"
              f"{' featuring ' + things if things else ''}; flat shapes in {palette['primary']}, "
              f"{palette['secondary']} and {palette['accent']}; no text, no logos, no faces.")
    base = alt_id if intent.language == "id" else alt_en
    joiner = " untuk " if intent.language == "id" else " for "
    alt = f"{base.capitalize()}{joiner}{intent.brand_name}"
    if things:
        alt += f": {things}"
    return ImagePrompt(prompt=prompt[:600], alt=alt[:150])


@cache
def _parse_brief() -> Callable[..., Intent]:
    """The intent rules, imported on first use (the lexicons load then), not looked up on every call."""
    from .offline_rules import parse_brief
    return parse_brief


class OfflineProvider(LLMProvider):
    """Zero cost, no network; answers each prompt by its name with the rules engine."""

    provider = "offline"
    reads_prompt = False  # it answers by the prompt's name, whatever the prompt's text says

    def complete(self, request: GenerationRequest) -> Completion:
        name, inp = request.prompt.name, request.inputs
        if name == "intent":
            hints = {k: inp[k] for k in ("brand_name", "language") if inp.get(k)}
            out = _parse_brief()(inp["brief"], hints)
        elif name == "content_section":
            from .offline_rules import copy as copywriter  # the copy rules load only where copy is written
            out = copywriter.write_section(inp["section_type"], inp["intent"], inp.get("contact") or {})
        elif name == "seo":
            from .offline_rules import copy as copywriter
            out = copywriter.write_seo(inp["intent"], inp.get("contact") or {})
        elif name == "image_prompt":
            out = image_prompt(inp["intent"], inp["palette"])
        elif name == "refine":
            from .offline_rules.refine import read_request
            out = read_request(inp["request"], inp["site"])
        else:
            raise ProviderError(f"the offline engine has no rules for prompt {name!r}")
        return Completion(output=out, tokens_in=_tokens(request.system) + _tokens(request.user),
                          tokens_out=_tokens(out.model_dump_json()), reads_prompt=False)

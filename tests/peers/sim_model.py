"""A simulated model behind the OpenAI protocol whose intent answers get better or worse with what the prompt says.

Each field of the intent has a skill: a base accuracy plus what each piece of guidance found in the
system prompt adds (`GUIDANCE`; the production prompt intent@v1 carries most of it). A case is
answered correctly on a field when its fixed difficulty (a hash of the brief and the field) is below
the skill plus seeded noise, so: deleting a rule from the prompt makes the same hard cases wrong every
run (as a temperature-0 model would), while `seed` changes which borderline cases flip between runs.
Answers for other prompts are the fake server's good answers. Usage is counted from the text, so a
shorter prompt is cheaper, as with a real vendor.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script (benchmarks do): make `peers` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peers.fake_servers import FakeOpenAI, _last_user_text, good_answer

BUSINESS_TYPES = ("food_and_beverage", "retail", "services", "creative", "education", "events", "technology", "other")
TONES = ("friendly", "professional", "playful", "elegant", "bold", "calm")

SEEDED = re.compile(r"-s(\d+)$")

# field → (accuracy with no guidance, {phrase in the system prompt: accuracy it adds})
GUIDANCE: dict[str, tuple[float, dict[str, float]]] = {
    "business_type": (0.72, {"business_type: exactly one of": 0.12, "Never invent facts": 0.02,
                             "what the owner sells decides business_type": 0.05,
                             "a shop that repairs things is services": 0.05}),
    "brand_name": (0.75, {"brand_name: the business name exactly as the owner gives it": 0.15,
                          "title-case it": 0.03}),
    "products": (0.55, {"products: at most 10, in the owner's own words": 0.25}),
    "color_preference": (0.60, {"color_preference: English colour names": 0.25,
                                "only colours the owner asked for": 0.08}),
    "features_requested": (0.60, {"features_requested: only from": 0.15,
                                  "only what the owner asked for": 0.15}),
    "tone": (0.30, {"tone: one of": 0.15}),
    "language": (0.85, {"language: \"id\" if the message is Indonesian": 0.14}),
}


def _unit(*parts: Any) -> float:
    """A uniform number in [0, 1) fixed by its parts."""
    h = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(h[:8], "big") / 2 ** 64


def skills(system: str) -> dict[str, float]:
    return {f: min(0.995, base + sum(gain for phrase, gain in rules.items() if phrase in system))
            for f, (base, rules) in GUIDANCE.items()}


class SimulatedModel(FakeOpenAI):
    """`gold` maps brief text → gold labels (the dataset format); briefs it does not know get a good answer.

    `noise` is the spread of the run-to-run noise on each field's skill; `seed` picks the noise (change
    it between two runs to simulate two samples of the same model); `jitter_s` adds a random delay.
    """

    def __init__(self, gold: dict[str, dict], noise: float = 0.02, seed: int = 0, jitter_s: float = 0.0,
                 **kw):
        super().__init__(**kw)
        self.gold, self.noise, self.seed, self.jitter_s = gold, noise, seed, jitter_s

    def respond(self, path, body, scripted):
        messages = body.get("messages", [])
        user = _last_user_text(messages)
        graded = re.search(r"<<<(.*?)>>>", user, re.S)
        if path.startswith("/v1/chat") and not scripted and graded and "Rubric" in str(messages[0].get("content")):
            brief = re.search(r'"""(.*?)"""', user, re.S)
            return self._reply(body, judge_verdict(brief.group(1) if brief else "", graded.group(1)))
        brief = re.search(r'"""(.*?)"""', user, re.S)
        if path.startswith("/v1/chat") and not scripted and brief and brief.group(1) in self.gold:
            system = next((m["content"] for m in messages if m.get("role") == "system"), "")
            answer = self.answer(brief.group(1), system, body.get("model", ""))
            if self.jitter_s:
                time.sleep(random.Random(_unit(self.seed, brief.group(1), "t")).expovariate(1 / self.jitter_s))
            return self._reply(body, answer)
        return super().respond(path, body, scripted)

    def _reply(self, body: dict, answer: dict) -> dict:
        content = json.dumps(answer, ensure_ascii=False)
        prompt = "".join(str(m.get("content")) for m in body.get("messages", []))
        tin, tout = max(1, len(prompt) // 4), max(1, len(content) // 4)
        return {"id": "chatcmpl-sim", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model", "sim"),
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": tin, "completion_tokens": tout, "total_tokens": tin + tout}}

    def correct(self, text: str, field: str, skill: float, seed: int) -> bool:
        difficulty = _unit("difficulty", text, field)
        z = random.Random(_unit("noise", seed, text, field)).gauss(0.0, 1.0)
        return difficulty < skill + self.noise * z

    def answer(self, text: str, system: str, model: str = "") -> dict[str, Any]:
        g = self.gold[text]
        sk = skills(system)
        m = SEEDED.search(model)  # `…-s17` asks for sample 17 (another run of the same model)
        seed = int(m.group(1)) if m else self.seed
        ok = {f: self.correct(text, f, s, seed) for f, s in sk.items()}
        pick = random.Random(_unit("wrong", text))
        bt = g.get("business_type") or "other"
        if not ok["business_type"]:
            bt = pick.choice([b for b in BUSINESS_TYPES if b != bt])
        brand = g.get("brand_name") or "Usaha Saya"
        if not ok["brand_name"]:
            words = brand.split()
            brand = f"{words[0]} Shop" if len(words) > 1 else f"Toko {brand}"
        products = list(g.get("products") or [])
        if not ok["products"]:
            products = products[: len(products) // 2] or ["produk"]
        colors = list(g.get("color_preference") or [])
        if not ok["color_preference"]:
            colors = colors[:-1] if colors else ["blue"]
        features = list(g.get("features") or [])
        if not ok["features_requested"]:
            features = features[:-1] if features else ["gallery"]
        tone = g.get("tone") or "friendly"
        if not ok["tone"]:
            tone = pick.choice([t for t in TONES if t != tone])
        lang = g.get("language") or "id"
        if not ok["language"]:
            lang = "en" if lang == "id" else "id"
        return {"business_type": bt, "industry": bt.replace("_", " "), "products": products[:10],
                "brand_name": brand[:50], "target_audience": "", "tone": tone, "color_preference": colors[:5],
                "features_requested": features, "language": lang, "location": None}


def brief_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.casefold())}


def judge_verdict(brief: str, answer: str) -> dict:
    """The simulated judge: how much of the brief the answer carries (1 none … 5 all of its words)."""
    words = brief_words(brief)
    found = len(words & brief_words(answer))
    score = 1 + round(4 * found / len(words)) if words else 3
    return {"score": score, "reason": f"{found} of {len(words)} words of the brief appear in the answer"}


def gold_of(rows: list[dict]) -> dict[str, dict]:
    return {r["text"]: r["gold"] for r in rows}


def expected_accuracy(system: str, field: str) -> float:
    """The long-run accuracy of a field under a system prompt (difficulty is uniform)."""
    return min(1.0, skills(system)[field])


def main(argv: list[str] | None = None) -> None:
    """Serve until killed, printing the base URL first (benchmarks run it in a process of its own)."""
    import argparse

    ap = argparse.ArgumentParser(prog="python tests/peers/sim_model.py")
    ap.add_argument("gold", help="a dataset JSONL whose briefs it answers (with noise that follows the prompt)")
    ap.add_argument("--noise", type=float, default=0.02)
    ap.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    args = ap.parse_args(argv)
    with open(args.gold, encoding="utf-8") as f:
        rows = [json.loads(x) for x in f if x.strip()]
    srv = SimulatedModel(gold_of(rows), noise=args.noise, delay_s=args.delay)
    print(srv.url, flush=True)
    try:
        srv.thread.join()
    except KeyboardInterrupt:
        srv.close()
    sys.exit(0)


if __name__ == "__main__":
    main()


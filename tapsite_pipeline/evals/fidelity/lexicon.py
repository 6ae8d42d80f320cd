"""The fidelity lexicon (lexicon.yaml): niches and their vocabulary, words that are never offerings,
places and colours. Loaded once, every entry normalised like the text it is compared with."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .text import has_phrase, norm

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")
NICHES = ("bakery coffee eatery catering drinks snacks frozen_food fashion cosmetics gifts plants grocery "
          "gadgets pet_shop crafts furniture books_stationery farm_produce laundry salon spa repair "
          "auto_repair cleaning tailor rental travel clinic fitness printing photo design music tutoring "
          "course wedding organizer decoration webdev marketing itsupport").split()
NON_OFFERING_KINDS = ("audience", "person", "feature", "channel", "place", "category", "description")
COLOURS = frozenset(norm(w) for w in """warna merah biru hijau kuning ungu pink merah muda hitam putih abu abu-abu
coklat cokelat krem cream oranye orange jingga emas gold silver perak navy maroon tosca toska dongker
red blue green yellow purple black white grey gray brown beige pastel muda tua dark light turquoise teal
mint lilac lavender peach coral salmon magenta cyan khaki olive mustard terracotta nude ivory champagne
sage burgundy fuchsia rose dusty neon soft bright terang gelap colour color colours colors""".split())
# how the owner wants the page to feel: never an offering
STYLE_WORDS = frozenset("""cheerful elegant elegan minimalis minimalist modern simple simpel clean fun playful
professional profesional calm bold warm cozy ceria mewah luxury vintage rustic classic klasik feminine feminin
cute lucu colorful colourful earthy natural friendly hangat santai sederhana kalem tenang""".split())


@dataclass(frozen=True)
class Niche:
    name: str
    cues: tuple[str, ...]
    words: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    niches: dict[str, Niche]
    families: dict[str, frozenset[str]]
    non_offerings: dict[str, frozenset[str]]
    business_words: frozenset[str]
    object_verbs: tuple[str, ...]
    object_nouns: tuple[str, ...]
    places: frozenset[str]
    not_places: frozenset[str] = frozenset()  # tools, languages and file formats work is done "in"
    # trades inside a niche, by group ("music": performing, teaching, …): cues and the words only that trade says
    trades: dict[str, tuple[Niche, ...]] = field(default_factory=dict)

    def compatible(self, a: str, b: str) -> bool:
        return a == b or any(a in f and b in f for f in self.families.values())

    def non_offering_kind(self, phrase: str) -> str | None:
        """The kind of never-an-offering word the whole phrase is ('audience', 'feature', …), or None."""
        p = norm(phrase)
        for kind in NON_OFFERING_KINDS:
            if p in self.non_offerings[kind]:
                return kind
        if p in self.places:
            return "place"
        return None

    def niche_scores(self, text: str) -> dict[str, int]:
        """Cue hits per niche in a brief; a cue of n words weighs n (more specific)."""
        t = norm(text)
        scores = {}
        for n in self.niches.values():
            s = sum(len(c.split()) for c in n.cues if has_phrase(t, c))
            if s:
                scores[n.name] = s
        return scores

    def detect_niches(self, text: str) -> list[str]:
        """Niches the brief speaks of, best first: every niche scoring at least half the best
        (a coffee farm is farm_produce and coffee; neither's words are off-niche on its page)."""
        scores = self.niche_scores(text)
        if not scores:
            return []
        top = max(scores.values())
        return sorted((n for n, s in scores.items() if s * 2 >= top), key=lambda n: (-scores[n], n))


def _words(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(norm(str(x)) for x in items or [] if norm(str(x))))


@lru_cache(maxsize=1)
def load_lexicon(path: str | None = None) -> Lexicon:
    data = yaml.safe_load(Path(path or LEXICON_FILE).read_text(encoding="utf-8"))
    niches = {name: Niche(name, _words(v.get("cues")), _words(v.get("words")))
              for name, v in data["niches"].items()}
    missing = [n for n in NICHES if n not in niches]
    unknown = [n for f in data["families"].values() for n in f if n not in niches]
    if missing or unknown:
        raise ValueError(f"{path or LEXICON_FILE}: niches missing {missing}, unknown in families {unknown}")
    return Lexicon(
        niches=niches,
        families={k: frozenset(v) for k, v in data["families"].items()},
        non_offerings={k: frozenset(_words(data["non_offerings"].get(k))) for k in NON_OFFERING_KINDS},
        business_words=frozenset(_words(data["business_words"])),
        object_verbs=_words(data["audience_object"]["verbs"]),
        object_nouns=_words(data["audience_object"]["nouns"]),
        # the lexicon's own places plus every Indonesian province and regency/city (the shared gazetteer, data only)
        places=frozenset(_words(data["places"]) + _words(_gazetteer())),
        not_places=frozenset(_words(data.get("not_places"))),
        trades={group: tuple(Niche(name, _words(v.get("cues")), _words(v.get("words"))) for name, v in ts.items())
                for group, ts in (data.get("trades") or {}).items()},
    )


def _gazetteer() -> list[str]:
    from tapsite_pipeline.resources import data_dir
    lines = (data_dir("config") / "places_id.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]

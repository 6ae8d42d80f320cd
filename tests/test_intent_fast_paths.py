"""The offline parser's shortcuts read exactly what a full scan reads.

Each shortcut rests on a property of its patterns (every feature pattern opens with \\b, a date needs a digit,
the context patterns before a keyword end in whitespace, no lexicon phrase is longer than the longest one its
first word opens). Editing a pattern can break that property silently; these tests compare each shortcut
with the plain scan it replaced, over every brief text the datasets hold and a few made to stress it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from tapsite_pipeline.providers.offline_rules import addresses, classify, keyword_hits, page_features, tone, when
from tapsite_pipeline.providers.offline_rules.text import clean
from tapsite_pipeline.resources import data_dir

EXTRA = [
    "Saya jual nastar & kastengel, bisa COD, ada katalog dan daftar harga, pesan lewat WA 0812-3456-7890",
    "chatbot wa untuk toko online, ada pricing dan booking online, kelas menjahit tiap Sabtu",
    "aplikasi kasir untuk resto, website sekolah, kursus masak (dasar), harga terjangkau",
    "Workshop 12 Agustus 2025, setiap Minggu kedua, 2x seminggu, online only, every second Sunday",
    "suasana tenang dan elegan, vibe playful tapi profesional, harga bersahabat, ramah kantong",
    "bahan kue, cetakan kue, alat pancing; jual oleh2 haji & umroh, kue2 kering, oleh-oleh khas",
]


def _texts() -> list[str]:
    out = list(EXTRA)
    for path in sorted(data_dir("datasets").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and isinstance(text := json.loads(line).get("text"), str):
                out.append(text)
    return [clean(t).lower() for t in out]


TEXTS = _texts()


def test_the_corpus_is_large_enough_to_mean_something():
    assert len(TEXTS) > 500


def test_features_match_a_scan_of_every_pattern_from_the_start():
    def plain(lower: str) -> list[str]:  # every pattern scanned from the start, the owner's negations applied
        found = []
        for f, rx in page_features._FEATURE_RES:
            kept = [m for m in rx.finditer(lower) if f == "whatsapp" or not page_features._ruled_out(lower, m)]
            if kept:
                found.append((kept[0].start(), f))
            elif f == "booking" and (m := rx.search(lower)):
                found.append((m.start(), "walk_in"))
        return list(dict.fromkeys(f for _, f in sorted(found)))

    for lower in TEXTS:
        assert page_features.features(lower) == plain(lower), lower


def test_tones_match_a_scan_of_every_pattern_from_the_start():
    def plain(lower: str, btype: str, industry: str) -> str:
        scores: dict[str, float] = defaultdict(float)
        first: dict[str, int] = {}
        for t, rx in tone._TONE_RES.items():
            for m in rx.finditer(lower):
                if re.match(r"\s*(?:kantong|di\s+kantong|dompet)", lower[m.end():]) or \
                        re.search(r"(?:harga|price|prices)\s*$", lower[max(0, m.start() - 12):m.start()]):
                    continue
                if m.group(0) == "minimal" and tone._MIN_QUANTITY.match(lower, m.end()):
                    continue  # "minimal order 5 kg": a quantity
                scores[t] += tone._TONE_WEIGHT.get(m.group(0), 1.0)
                first.setdefault(t, m.start())
        if scores:
            best = max(scores, key=lambda t: (scores[t], -first[t]))
            if scores[best] >= 0.75:
                return best
        return "elegant" if industry in tone._ELEGANT_INDUSTRIES else tone._DEFAULT_TONE.get(btype, "friendly")

    for lower in TEXTS:
        assert tone.tone(lower, "services", "laundry") == plain(lower, "services", "laundry"), lower


def test_keyword_hits_match_trying_every_phrase_length():
    longest = max(len(k.split()) for k in keyword_hits._KW)

    def plain(lower: str) -> list:
        toks = [(m.start(), m.end(), m.group(0)) for m in keyword_hits._TOK.finditer(lower)]
        out, i = [], 0
        while i < len(toks):
            found = None
            for n in range(min(longest, len(toks) - i), 0, -1):
                gaps = [lower[toks[k][1]:toks[k + 1][0]] for k in range(i, i + n - 1)]
                if any(len(g) > 3 or keyword_hits._BAD_GAP.search(g) for g in gaps):
                    continue
                hit = keyword_hits._lookup_key(" ".join(t[2] for t in toks[i:i + n]))
                if hit:
                    found = (n, hit)
                    break
            if found:
                n, hit = found
                out.append((toks[i][0], toks[i + n - 1][1], lower[toks[i][0]:toks[i + n - 1][1]], hit))
                i += n
            else:
                i += 1
        return out

    for lower in TEXTS:
        assert list(keyword_hits._keyword_hits.__wrapped__(lower)) == plain(lower), lower


@pytest.mark.parametrize("name", ["_TEACH_BEFORE", "_TECH_BEFORE", "_SOURCE_BEFORE"])
def test_context_patterns_only_match_before_whitespace(name):
    """score() asks them only of a window ending in whitespace."""
    rx = getattr(classify, name)
    for lower in TEXTS:
        for m in keyword_hits._TOK.finditer(lower):
            window = lower[max(0, m.start() - 30):m.start()]
            if not window[-1:].isspace():
                assert not rx.search(window), (name, window)


def test_undated_when_reads_the_same_as_when_without_a_digit():
    for lower in TEXTS:
        undigited = "".join(c for c in lower if not c.isdigit())
        assert [m.span() for m in when.WHEN.finditer(undigited)] == \
            [m.span() for m in when.WHEN_UNDATED.finditer(undigited)], undigited


def test_place_lists_match_the_full_scan():
    """The areas reader tries the place-list pattern only where a word opens like a place."""
    for lower in [*TEXTS, "jakarta & bandung, kuta and legian", "bali dan lombok serta flores", "-bali & jakarta"]:
        assert [m.span() for m in addresses._place_lists(lower)] == \
            [m.span() for m in addresses._place_list().finditer(lower)], lower


def _premises_plain(item: str, lower: str) -> bool:
    """asides._among_premises as a plain scan: the segment around the item's first mention, found and split anew."""
    from tapsite_pipeline.providers.offline_rules.asides import _PIECE_JOIN, _PREMISES, _SEGMENT_ENDS
    from tapsite_pipeline.providers.offline_rules.roles import PLACE
    at = lower.find(item)
    if at < 0:
        return False
    start = max(lower.rfind(c, 0, at) for c in _SEGMENT_ENDS) + 1
    ends = [e for c in _SEGMENT_ENDS if (e := lower.find(c, at + len(item))) >= 0]
    pieces = [p.strip() for p in _PIECE_JOIN.split(lower[start:min(ends, default=len(lower))]) if p.strip()]
    others = [p for p in pieces if p != item]
    return item in pieces and len(others) >= 2 and all(p in PLACE or p in _PREMISES for p in others)


def test_premises_lists_read_once_a_brief_match_the_plain_scan():
    from tapsite_pipeline.providers.offline_rules.asides import _PIECE_JOIN, _among_premises
    texts = [*TEXTS, "mural & lukis dinding | kafe • sekolah • kamar anak | bogor", "cat: rumah, kantor. ruko, gudang",
             "lukis dinding, kafe, sekolah. baju, celana", "baju, celana. lukis dinding, kafe, sekolah",
             "jasa cuci: sofa, kantor, rumah (springbed, karpet)", "poles lantai / rumah / kantor / gudang; tukang"]
    asked = 0
    for lower in texts:
        # every piece of every segment, and a few strings that are no piece, as the items the readers bring
        items = {p.strip() for p in _PIECE_JOIN.split(lower) if 2 < len(p.strip()) < 30} | {"kafe", "rumah", "zzz"}
        for item in items:
            assert _among_premises(item, lower) == _premises_plain(item, lower), (item, lower)
            asked += 1
    assert asked > 5000
    assert _among_premises("lukis dinding", "lukis dinding, kafe, sekolah. baju, celana")  # the case it is for

"""Scorers of the refine suite: the requested change is applied; nothing outside it changed; the conversation
ended in the expected number of turns; only the stages the change needs re-ran.

Each expected change names what it may touch (`ALLOWED`): a colour may change the intent's colours and the
design; an offering the products, the copy (and the hero, whose alt text lists them); and so on. Whatever
is not allowed must be equal before and after, down to the content hash of each stage's output.
"""

from __future__ import annotations

import re
from typing import Any

from .datasets import Case
from .normalise import norm
from .outcome import Outcome

# expected change → (intent fields, contact fields, stages) it may change
ALLOWED: dict[str, tuple[set[str], set[str], set[str]]] = {
    "colors": ({"color_preference"}, set(), {"design", "images"}),   # images: the drawing is in the palette
    "add": ({"products"}, set(), {"content", "images"}),
    "remove": ({"products"}, set(), {"content", "images"}),
    "hours": ({"facts"}, set(), {"content"}),
    "text": (set(), set(), {"content"}),
    "heading": (set(), set(), {"content"}),
    "whatsapp": ({"features_requested"}, {"whatsapp"}, {"content"}),
    "phone": (set(), {"phone"}, {"content"}),
    "email": (set(), {"email"}, {"content"}),
    "tone": ({"tone"}, set(), {"content"}),
    "language": ({"language"}, set(), {"content", "images"}),
    "brand": ({"brand_name"}, set(), {"content", "images"}),
    "location": ({"location"}, set(), {"content"}),
    "image": (set(), set(), {"images"}),
    "template": (set(), set(), {"design", "content", "images"}),
}
# "brief" and "intent" hashes follow the fields checked above; "design" is also the palette and template
HASHED_STAGES = ("design", "content", "images")


def _expect(case: Case) -> dict[str, Any]:
    return case.gold.get("expect") or {}


def refine_case(fn):
    """A refine scorer applies only to refine cases (gold has `expect`); a failed case scores 0."""
    def scorer(case: Case, out: Outcome) -> float | None:
        if "expect" not in case.gold:
            return None
        if out.output is None or "edit_status" not in out.output:
            return 0.0
        return fn(case, out)
    scorer.__name__ = fn.__name__
    return scorer


def _times(text: str) -> list[str]:
    return [f"{int(h):02d}.{m}" for h, m in re.findall(r"\b(\d{1,2})[.:](\d{2})\b", text)]


def _has_word(text: str, phrase: str) -> bool:
    return f" {norm(phrase)} " in f" {norm(text)} "


@refine_case
def _applied(case: Case, out: Outcome) -> float | None:
    exp = _expect(case)
    if out.output is None:
        return 0.0
    o = out.output
    if exp.get("question"):
        return float(o["edit_status"] == "question" and bool(o["question"]))
    if o["edit_status"] not in ("applied", "unchanged"):  # unchanged: the page already was as asked
        return 0.0
    b, a, page = o["before"], o["after"], o["page_text"]
    checks = []
    if "colors" in exp:
        checks.append(a["intent"]["color_preference"] == exp["colors"]
                      and (a["primary"] != b["primary"] or b["intent"]["color_preference"] == exp["colors"]))
    for item in exp.get("add", []):
        checks.append(any(_has_word(p, item) or _has_word(item, p) for p in a["intent"]["products"])
                      and _has_word(page, item.split()[-1]))
    for item in exp.get("remove", []):
        checks.append(not any(_has_word(p, item) for p in a["intent"]["products"]) and not _has_word(page, item))
    if "hours" in exp:
        opens, closes = exp["hours"].split("-")
        times = _times(page)
        checks.append(opens in times and closes in times)
    digits = re.sub(r"\D", "", page)
    for k in ("whatsapp", "phone", "email"):
        if k in exp:  # stored, and on the page (a number in its link or its text)
            on_page = exp[k].lower() in page.lower() if k == "email" else exp[k][-8:] in digits
            stored = a["contact"][k] or ""
            same = stored == exp[k] if k == "email" else re.sub(r"\D", "", stored) == re.sub(r"\D", "", exp[k])
            checks.append(same and on_page)   # numbers compared as digits: "+62812…" is "62812…"
    if "tone" in exp:
        checks.append(a["intent"]["tone"] == exp["tone"])
    if "language" in exp:
        checks.append(a["intent"]["language"] == exp["language"] == a["content_language"])
    if "brand" in exp:
        checks.append(a["intent"]["brand_name"] == exp["brand"] and exp["brand"] in page)
    if "location" in exp:
        checks.append(a["intent"]["location"] == exp["location"] and exp["location"] in page)
    if exp.get("image"):
        checks.append(a["hashes"]["images"] != b["hashes"]["images"])
    if exp.get("template"):
        checks.append(a["template_id"] != b["template_id"])
    if "heading" in exp:
        checks.append(a["hero_heading"] == exp["heading"])
    if "text" in exp:
        checks.append(norm(exp["text"]) in norm(page))
    return float(bool(checks) and all(checks))


def _allowed(exp: dict[str, Any]) -> tuple[set[str], set[str], set[str]]:
    fields, contact, stages = set(), set(), set()
    for key in exp:
        f, c, s = ALLOWED.get(key, (set(), set(), set()))
        fields |= f
        contact |= c
        stages |= s
    return fields, contact, stages


@refine_case
def _nothing_else(case: Case, out: Outcome) -> float | None:
    if out.output is None:
        return 0.0
    o, exp = out.output, _expect(case)
    b, a = o["before"], o["after"]
    fields, contact, stages = _allowed({} if exp.get("question") else exp)
    if exp.get("question"):
        return float(a["hashes"] == b["hashes"] and a["version"] == b["version"])
    ok = all(a["intent"][f] == b["intent"][f] for f in b["intent"] if f not in fields)
    ok &= all(a["contact"][k] == b["contact"][k] for k in b["contact"] if k not in contact)
    ok &= a["template_id"] == b["template_id"] or "template" in exp
    ok &= all(a["hashes"][s] == b["hashes"][s] for s in HASHED_STAGES if s not in stages)
    return float(ok)


@refine_case
def _clean(case: Case, out: Outcome) -> float | None:
    return float(_applied(case, out) == 1.0 and _nothing_else(case, out) == 1.0)


@refine_case
def _turns(case: Case, out: Outcome) -> float | None:
    want = case.gold.get("turns")
    if want is None:
        return None
    return float(out.output is not None and out.output["turns_to_complete"] == want)


@refine_case
def _minimal(case: Case, out: Outcome) -> float | None:
    exp = _expect(case)
    if out.output is None or exp.get("question"):
        return None if out.output is not None else 0.0
    return float(set(out.output["stages_rerun"]) <= _allowed(exp)[2])


def _refine_ms(case: Case, out: Outcome) -> float | None:
    if "expect" not in case.gold or out.output is None or "refine_ms" not in out.output:
        return None
    return float(out.output["refine_ms"])


REFINE_SCORERS = {
    "refine_applied": (_applied, "binary", "higher", "the requested change is on the page"),
    "refine_nothing_else": (_nothing_else, "binary", "higher", "nothing outside the request changed"),
    "refine_clean": (_clean, "binary", "higher", "applied, and nothing else changed"),
    "refine_turns": (_turns, "binary", "higher", "the conversation reached COMPLETE in the expected turns"),
    "refine_minimal_stages": (_minimal, "binary", "higher", "only the stages the change needs re-ran"),
    "refine_ms": (_refine_ms, "continuous", "lower", "the request's turn, wall time (read, re-run, record)"),
}

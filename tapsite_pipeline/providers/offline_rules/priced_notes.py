"""A note said right before a price belongs to that price: "pijat refleksi kaki 60 menit 75rb" shows
"60 menit 75rb" as the price of the massage, not "75rb" and a line "60 menit" of its own; an offer or a pickup said
with its amount ("trial class 100k") says it in its own line too. Read once, after every fact and note is known
(notes_once.py)."""

from __future__ import annotations

import re

from tapsite_pipeline.phrase_find import phrase_spans

from ...models import Fact

# (a dot leader the text reader wrote as " . ": "Pas foto 3x4 / 4x6 . 20rb", never a sentence's full stop)
_GAP = re.compile(r"[ \t]*(?:[:=@(][ \t]*|\n[ \t]*|(?<=[ \t])\.[ \t]+)?")
# a phone number or a joining sign opening it ("& 2 sinden"): a scrap of something else, never a price's words
# a comma before an extra's amount ("…, tambah 50rb"): the extra is for what the clause before says
_EXTRA_GAP = re.compile(r",[ \t]*(?=(?:tambah|tmbh|plus|extra|add)\s)")
_NOT_OF_A_PRICE = re.compile(r"\d{5}|^[&+/,]")


def _starts(lower: str, value: str) -> list[int]:
    return [i for i, _ in phrase_spans(value, lower, "", "")]


# An offer or a pickup said with its own amount: "trial class 100k", "pick up from the airport 150K"
_TERMS = frozenset({"offer", "pickup"})


def _priced_term(lower: str, facts: list[Fact], k: int, prices: dict[int, int], grown: dict[int, str]) -> None:
    """The amount said right after an offer or a pickup is said in that term's line too: "Trial class 100k", not
    "Trial class" alone beside the price "Trial class: 100k"."""
    f = facts[k]
    for i in _starts(lower, f.value.lower()):
        end = i + len(f.value)
        after = _GAP.match(lower, end).end()  # type: ignore[union-attr]
        j = prices.get(after)
        if j is None or after == end or len(f.value) + len(facts[j].value) >= 120:
            continue
        subject = facts[j].subject.lower()
        if subject and subject not in f.value.lower():
            continue
        grown[k] = f"{f.value} {facts[j].value}"   # (the price stays a price of its own as well)
        return


def notes_into_prices(lower: str, facts: list[Fact]) -> list[Fact]:
    if not any(f.kind == "note" or f.kind in _TERMS for f in facts):
        return facts
    prices = {i: k for k, f in enumerate(facts) if f.kind == "price" for i in _starts(lower, f.value.lower())}
    if not prices:
        return facts
    drop: set[int] = set()
    grown: dict[int, str] = {}
    whole: set[int] = set()   # prices whose new value says what they are for: their subject goes
    for k, f in enumerate(facts):
        if f.kind in _TERMS:
            _priced_term(lower, facts, k, prices, grown)
        if f.kind != "note":
            continue
        note = f.value.lower()
        if _NOT_OF_A_PRICE.search(note):
            continue
        for i in _starts(lower, note):
            end = i + len(note)
            after = _GAP.match(lower, end).end()  # type: ignore[union-attr]
            j = prices.get(after)
            if j is None and (extra := _EXTRA_GAP.match(lower, end)) and (j := prices.get(extra.end())) is not None:
                # "bisa datang ke hotel, tambah 50rb": what the extra amount is for is the note before it, said with it
                if j not in grown and len(f.value) + len(facts[j].value) < 118:
                    grown[j] = f"{f.value}, {facts[j].value}"
                    drop.add(k)
                break
            if j is None or after == end or j in grown or j in drop:
                continue
            subject = facts[j].subject.lower()
            at = lower.rfind(subject, 0, after) if subject and subject != note else -1
            if i <= at:
                # what the price is for is said inside the note ("paket hajatan + genset 5000 watt | mulai 1,2jt"):
                # the note says it whole, with the price
                if len(f.value) + len(facts[j].value) < 120:
                    grown[j] = f"{f.value} {facts[j].value}"
                    whole.add(j)
                    drop.add(k)
                break
            drop.add(k)
            if 0 <= at < i < at + len(subject):
                # the note opens with the tail of what the price is for: the rest is the price's ("group class |
                # every Tue/Fri 5pm" → "every Tue/Fri 5pm 180k"), and nothing is left of "brownies sugar free"
                rest = f.value[at + len(subject) - i:].strip(" ,")
                if rest and len(rest) + len(facts[j].value) < 120:
                    grown[j] = f"{rest} {facts[j].value}"
                break
            if not (subject and (subject.endswith(note) or note.endswith(subject))):
                said = f.value[len(subject):].strip() if subject and note.startswith(subject + " ") else f.value
                value = f"{said} {facts[j].value}"   # "Langganan: 20 hari 400rb", not "langganan" twice
                if len(value) <= 120:
                    grown[j] = value
            break
    if not drop and not grown:
        return facts
    return [f.model_copy(update={"value": grown[k], "subject": "" if k in whole else f.subject}) if k in grown else f
            for k, f in enumerate(facts) if k not in drop]

"""The owner's conversation as a state machine: pure transitions, no I/O.

INITIAL → COLLECTING → CONFIRMING → GENERATING → REVIEWING ⇄ REFINING → COMPLETE

`step(conversation, event)` returns the next conversation, what to say, and at most one effect to run
(generate the site, refine it). Whoever runs the machine (the terminal chat, a web or WhatsApp front
end) reads each message into a `Reading` (chat.reading), runs the effect and feeds its outcome back as
an event. Every transition is a function of its inputs, so it is tested without a site being built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tapsite_pipeline.chat import phrases as P


class State(StrEnum):
    INITIAL = "INITIAL"
    COLLECTING = "COLLECTING"
    CONFIRMING = "CONFIRMING"
    GENERATING = "GENERATING"
    REVIEWING = "REVIEWING"
    REFINING = "REFINING"
    COMPLETE = "COMPLETE"


Slot = Literal["brand", "offerings", "contact"]
SLOTS: tuple[Slot, ...] = ("brand", "offerings", "contact")


class Conversation(BaseModel):
    """Everything the machine knows; stored whole after every turn (resumable from any state)."""

    model_config = ConfigDict(extra="forbid")
    id: str
    state: State = State.INITIAL
    language: Literal["id", "en"] = "id"
    texts: list[str] = Field(default_factory=list)       # what the owner said about the business
    brand: str | None = None
    offerings: list[str] = Field(default_factory=list)
    whatsapp: str | None = None
    phone: str | None = None
    email: str | None = None
    asking: Slot | None = None                            # the slot the last question asked for
    subdomain: str | None = None
    url: str | None = None
    version: int | None = None
    turns: int = 0                                        # owner messages so far

    def missing(self) -> list[Slot]:
        have = {"brand": bool(self.brand), "offerings": bool(self.offerings),
                "contact": bool(self.whatsapp or self.phone or self.email)}
        return [s for s in SLOTS if not have[s]]


class Reading(BaseModel):
    """What the front end read in one message (chat.reading does it with the intent stage)."""

    model_config = ConfigDict(extra="forbid")
    text: str
    brand: str | None = None
    offerings: list[str] = Field(default_factory=list)
    whatsapp: str | None = None
    phone: str | None = None
    email: str | None = None
    language: Literal["id", "en"] | None = None
    describes_business: bool = False                      # enough to be part of the brief
    business_text: str | None = None                      # the part of `text` about the business


# ---------------------------------------------------------------- events and effects

@dataclass(frozen=True)
class Said:
    reading: Reading


@dataclass(frozen=True)
class Generated:
    subdomain: str
    url: str
    version: int | None


@dataclass(frozen=True)
class Refined:
    changed: tuple[str, ...]
    url: str
    version: int | None


@dataclass(frozen=True)
class Asked:
    """The refinement could not be read: its question goes to the owner."""

    question: str


@dataclass(frozen=True)
class Failed:
    error: str


Event = Said | Generated | Refined | Asked | Failed


@dataclass(frozen=True)
class Generate:
    """Effect: build and deploy the site from what was collected."""

    text: str
    brand: str | None
    whatsapp: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class Refine:
    subdomain: str
    request: str


Effect = Generate | Refine


@dataclass
class Step:
    conversation: Conversation
    replies: list[str] = field(default_factory=list)
    effect: Effect | None = None


# ---------------------------------------------------------------- words that answer a question

# A reply counts as yes / no / done only when that is all it says (plus politeness): "sudah tidak jual nastar"
# is a change, not "done"; "ya, tapi namanya Ani Cookies" is a correction, not a yes.
_YES = set("y ya yaa yap yup yep yes yess iya iyaa iye ok oke okay okey sip siap benar betul bener lanjut lanjutkan "
           "gas gass setuju correct right sure go ahead good looks confirm confirmed perfect".split())
_NO = set("n no nope nggak ngga gak ga tidak bukan belum salah wrong wait tunggu not quite".split())
_DONE = set("selesai sudah udah cukup done finish finished all good that's that is it nothing else pas mantap "
            "perfect sempurna beres oke ok sip".split())
_POLITE = set("thanks thank you thx ty makasih terima kasih kak ya dong deh sih aja saja please pls semua semuanya "
              "is that this everything so far sudah udah itu lagi nih banget bgt mas mbak pak bu min gan sis bro "
              "the it's great nice".split())


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w\s']", " ", text.lower()).split()


def _only(text: str, words: set[str]) -> bool:
    ws = _words(text)
    return bool(ws) and any(w in words for w in ws) and all(w in words or w in _POLITE for w in ws)


def is_yes(text: str) -> bool:
    return _only(text, _YES)


def is_no(text: str) -> bool:
    return _only(text, _NO)


def is_done(text: str) -> bool:
    return _only(text, _DONE)


# ---------------------------------------------------------------- transitions

def start(conv: Conversation) -> Step:
    """What to say when a conversation is opened (new, or resumed in any state)."""
    L = P.LANG[conv.language]
    if conv.state == State.INITIAL:
        return Step(conv, [L.GREETING])
    if conv.state == State.COLLECTING:
        return Step(conv, [L.RESUME, L.ASK[conv.asking or conv.missing()[0]]] if conv.missing() else [L.RESUME])
    if conv.state == State.CONFIRMING:
        return Step(conv, [L.RESUME, summary(conv)])
    if conv.state in (State.REVIEWING, State.REFINING, State.GENERATING):
        return Step(conv, [L.RESUME, L.REVIEW.format(url=conv.url or "—")])
    return Step(conv, [L.COMPLETE.format(url=conv.url or "—")])


def summary(conv: Conversation) -> str:
    L = P.LANG[conv.language]
    contact = ", ".join(v for v in (conv.whatsapp and f"WhatsApp {conv.whatsapp}", conv.phone and
                                    f"{L.PHONE} {conv.phone}", conv.email) if v)
    return L.CONFIRM.format(brand=conv.brand, offerings=", ".join(conv.offerings), contact=contact)


def _merge(conv: Conversation, r: Reading) -> Conversation:
    """Fold a message into the slots; a bare answer fills the slot that was asked for."""
    up: dict = {}
    if conv.turns <= 1 and r.language:  # the first message sets the language
        up["language"] = r.language
    if r.describes_business:
        up["texts"] = [*conv.texts, r.business_text or r.text]
    # an answer fills the slot it was asked for; other facts in it are taken only when free-form
    brand = (r.brand or _bare_answer(r.text)) if conv.asking == "brand" else (r.brand if conv.asking is None else None)
    if brand:
        up["brand"] = brand
    offerings = _bare_list(r.text) if conv.asking == "offerings" else r.offerings
    if offerings:
        up["offerings"] = list(dict.fromkeys([*conv.offerings, *offerings]))[:10]
    for k in ("whatsapp", "phone", "email"):
        if getattr(r, k):
            up[k] = getattr(r, k)
    return conv.model_copy(update=up)


def _bare_answer(text: str) -> str | None:
    name = " ".join(text.strip().strip(".!\"'").split())
    name = re.sub(r"(?i)^(?:nama(?:nya| toko(?:nya)?| usaha(?:nya)?)?|it'?s|it is|called|namanya)\s*:?\s+", "", name)
    return name if 2 <= len(name) <= 50 else None


_LIST_LEAD = re.compile(r"(?i)^(?:(?:kami|saya|aku|we|i)\s+)?(?:jual(?:an)?|menjual|sell|offer|produk(?:nya)?|"
                        r"menu(?:nya)?|layanan(?:nya)?|ada|yaitu|cuma|hanya|only)\s*:?\s+")


def _bare_list(text: str) -> list[str]:
    text = _LIST_LEAD.sub("", text.strip())
    parts = re.split(r"\s*(?:,|;|/|\band\b|\bdan\b|\bsama\b|&)\s*", text.strip().strip("."))
    return [p.strip().lower() for p in parts if 2 <= len(p.strip()) <= 60][:10]


def _collect(conv: Conversation, reading: Reading) -> Step:
    conv = _merge(conv, reading)
    L = P.LANG[conv.language]
    missing = conv.missing()
    if not missing:
        return Step(conv.model_copy(update={"state": State.CONFIRMING, "asking": None}), [summary(conv)])
    slot = missing[0]
    again = conv.asking == slot  # asked already and still not answered: say what we need
    return Step(conv.model_copy(update={"state": State.COLLECTING, "asking": slot}),
                [L.ASK_AGAIN[slot] if again else L.ASK[slot]])


def step(conv: Conversation, event: Event) -> Step:
    """The one transition function. Events that do not belong to the state are answered, never dropped."""
    L = P.LANG[conv.language]
    if isinstance(event, Said):
        conv = conv.model_copy(update={"turns": conv.turns + 1})
        text = event.reading.text
        s = conv.state
        if s in (State.INITIAL, State.COLLECTING):
            return _collect(conv, event.reading)
        if s == State.CONFIRMING:
            r = event.reading
            if r.brand or r.offerings or r.whatsapp or r.email or r.phone:
                return _collect(conv.model_copy(update={"asking": None}), r)  # a correction: confirm again
            if is_yes(text):
                return Step(conv.model_copy(update={"state": State.GENERATING}), [L.GENERATING],
                            Generate(text=" ".join(conv.texts), brand=conv.brand, whatsapp=conv.whatsapp,
                                     phone=conv.phone, email=conv.email))
            if is_no(text):
                return Step(conv.model_copy(update={"state": State.COLLECTING, "asking": None}), [L.WHAT_TO_FIX])
            return Step(conv, [L.YES_OR_NO, summary(conv)])
        if s == State.GENERATING:
            return Step(conv, [L.STILL_WORKING])
        if s in (State.REVIEWING, State.COMPLETE):
            if is_done(text) or (s == State.COMPLETE and is_yes(text)):
                return Step(conv.model_copy(update={"state": State.COMPLETE}), [L.COMPLETE.format(url=conv.url)])
            assert conv.subdomain is not None
            return Step(conv.model_copy(update={"state": State.REFINING}), [L.REFINING],
                        Refine(subdomain=conv.subdomain, request=text))
        return Step(conv, [L.STILL_WORKING])  # REFINING: one change at a time
    if isinstance(event, Generated) and conv.state == State.GENERATING:
        conv = conv.model_copy(update={"state": State.REVIEWING, "subdomain": event.subdomain, "url": event.url,
                                       "version": event.version})
        return Step(conv, [L.READY.format(url=event.url), L.REVIEW.format(url=event.url)])
    if isinstance(event, Refined) and conv.state == State.REFINING:
        conv = conv.model_copy(update={"state": State.REVIEWING, "url": event.url, "version": event.version})
        what = ", ".join(L.CHANGE_NAMES.get(c, c) for c in event.changed) or L.NOTHING
        return Step(conv, [L.REFINED.format(what=what, version=event.version, url=event.url)])
    if isinstance(event, Asked) and conv.state == State.REFINING:
        return Step(conv.model_copy(update={"state": State.REVIEWING}), [event.question])
    if isinstance(event, Failed):
        back = State.COLLECTING if conv.state == State.GENERATING else State.REVIEWING
        if conv.state not in (State.GENERATING, State.REFINING):
            back = conv.state
        return Step(conv.model_copy(update={"state": back, "asking": None}), [L.FAILED.format(error=event.error)])
    return Step(conv, [])  # an outcome that arrives in another state (a duplicate delivery) changes nothing

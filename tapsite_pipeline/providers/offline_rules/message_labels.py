"""The label a pasted piece of writing opens on, and a greeting's self-introduction: neither names goods.

An owner pastes what they already wrote somewhere else, and its label comes along: "Gig title: I will translate …",
"Naskah spot radio 30 detik:", "Caption IG:", "Judul: …", "Status 2 · 12.00 …", a line "Isi kartu ucapan yg kami
selipkan di tiap paket" or "Kode harga SABLON MANUAL KAOS — …" over the text it labels. The label says what the writing
is (a title, a script, a card's words, a price code), so its words are no card ("Gig Title", "Isi Kartu Ucapan",
"Kode"). A chat's auto-reply greets, then introduces the business by name ("Halo! Ini Petshop Meong Gukguk Jambi.",
"Hi! This is Kopi Lereng."): the name is the brand's, the "ini" sentence no offering. ``labels_masked`` writes both
over, one character for one (asked by message_frame.frame_masked, so the offerings reader never sees them).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .roles import AUDIENCE

# The writing a label names: a title, a script, a caption, the words of a card or a message, a price code.
_WRITING = (r"(?:gig\s+)?title|judul|naskah|script|caption|teks|text|draft|draf|ad\s+(?:copy|read|script)|"
            r"status(?:\s+(?:wa|whatsapp|ig|\d{1,2}))?|"
            r"isi\s+(?:kartu|pesan|surat|brosur|flyer|caption|postingan|iklan|undangan|spanduk|banner|chat)|"
            r"kode\s+(?:harga|produk|paket)|price\s+codes?")
# Where a line starts in the reader's text (a line break is read as a stop there, what is masked is "\x00").
_LINE_START = r"(?:^|(?<=[\n.!?\x00]))[ \t]*"
# A label at a line's start up to its colon or its "·" ("Gig title:", "Naskah spot radio 30 detik:", "Status 1 ·")
_LABEL_COLON = regrouped(rf"{_LINE_START}(?:{_WRITING})\b[^:·\n.!?]{{0,50}}[:·]")
# ... or a label line without one, which labels the lines under it ("Isi kartu ucapan yg kami selipkan di tiap paket")
_LABEL_LINE = regrouped(rf"{_LINE_START}(?:isi\s+(?:kartu|pesan|surat|brosur|flyer|undangan)|kode\s+(?:harga|produk|paket)"
                        r"|price\s+codes?)\b[^:\n.!?]{0,80}(?=[\n.!?]|$)")
# A greeting (or the one the reader already wrote over, "\x00\x00\x00\x00!"), then the business introduced by name in
# a sentence of its own ("Halo! Ini Petshop Meong Gukguk Jambi.")
_INTRODUCED = regrouped(r"(?:(?<![\w-])(?:dear|hi|hai|halo|hallo|hello|hey)\b[^\n.!?:]{0,20}[!,.]|\x00+!)[ \t]*"
                        r"(?:ini|this\s+is|it'?s)[ \t]+[^\n.!?:,\x00]{3,50}(?=[.!\n\x00]|$)")

# Whom a greeting the reader already wrote over is said to, closed by its "!" ("Hi box members!" read as
# "\x00\x00\x00box members!"): the readers, a few words ending on people, not goods ("[Brand] jual kue kering!" sells).
_HAILED = regrouped(r"(?<=\x00)[ \t]*[a-z][^,!?\n.:\x00]{0,40}!")
_HAILED_PEOPLE = AUDIENCE | frozenset("""members subscribers followers pelanggan guys kakak friends everyone semua sobat
teman readers listeners fans all""".split())


def labels_masked(text: str, mask: str) -> str:
    """``text`` with a pasted writing's label and a greeting's self-introduction written over with ``mask``."""
    if ":" in text or "·" in text:
        text = _LABEL_COLON.sub(lambda m: mask * len(m.group(0)), text)
    text = _LABEL_LINE.sub(lambda m: mask * len(m.group(0)), text)
    if "ini" in text or "this" in text or "it" in text:  # (the greeting itself stays as it was)
        text = _INTRODUCED.sub(lambda m: m.group(0)[:_intro_at(m.group(0))] + mask * (len(m.group(0)) - _intro_at(m.group(0))), text)
    if "!" in text and "\x00" in text:
        text = _HAILED.sub(lambda m: mask * len(m.group(0)) if _hailed(m.group(0)) else m.group(0), text)
    return text


def _hailed(said: str) -> bool:
    words = said.rstrip("!").split()
    return 0 < len(words) <= 4 and words[-1] in _HAILED_PEOPLE


def _intro_at(said: str) -> int:
    """Where the introduction starts in a greeting-then-introduction span."""
    at = max(said.rfind("ini "), said.rfind("this "), said.rfind("it"))
    return max(0, at)

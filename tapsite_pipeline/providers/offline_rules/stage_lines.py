"""Spans of a pasted form that say how the text is staged, never what the business sells: no card is read there.

- A script's stage direction in square brackets ("[jingle anak-anak]", "[SFX: bel pintu]"): a cue for the studio (a
  tag in capitals, "[READY STOCK]", is left to the readers).
- A quote's speaker tag ('…," ujar Daeng Rahma', '"…," said Pak Budi'): who spoke, not what is sold.
- An instruction to the reader of an auto-reply ("Ketik: A - …", "Ketik nama & tanggal"): the letters' items are the
  offerings, the instruction is none.
- An occasion that opens a news lead or a notice ("Menjelang Hari Kartini, …", "sehubungan maraknya maling motor,
  …"), up to its comma within four words: when it is said, not what is sold ("jelang lebaran slot penitipan kucing
  dibuka, …" says its offer before any comma and is left alone).
- An announcement's opening ("Thrilled to announce:", "… just shipped its 30th app"): the news, not an offering.
- A box's changing contents ("this week's harvest: kale, bok choy …"): the box is sold, its contents change.

And `booth_number`: a phrase that is a booth or stand number at a fair ("booth 31", "stan B-22") and nothing else is
where the business stands, no card ("360 video booth" is a booth hired out, and stays). (Masking the number in the
text instead cut the sentence that frames a pasted sign, "Ini tulisan di meja stan kami, … booth B-22:", and made its
opening a card.)
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

Span = tuple[int, int]

_BRACKET = regrouped(r"\[(?=[^\]\n]*[a-z])[^\]\n]{1,60}\]")  # (a tag in capitals, "[READY STOCK]", "[JUAL]", is the readers')
_SPEAKER = regrouped(r"""(?<=["'])\s*,?\s*\b(?:ujar|ujarnya|kata|katanya|tutur|tuturnya|ungkap|ungkapnya|jelas|"""
                     r"""jelasnya|imbuh|imbuhnya|tambah|tambahnya|said|says|adds|added|explains|explained)\b"""
                     r"""(?:\s+(?:[A-Z][\w.'-]*|bin|binti|van|de))*""")
_INSTRUCTION = regrouped(r"(?i)\b(?:ketik|ketikkan|type|reply|balas)\b(?=\s*:|\s+(?:nama|angka|huruf|nomor|kode|"
                         r"tanggal|name|the\s+letter|the\s+number|[a-e]\b))(?:\s*:|[^.!?:\n]*)")
_OCCASION = regrouped(r"(?i)(?:^|(?<=[.!?:\"]\s)|(?<=[.!?:\"]))\s*(?:\w+\s*,\s*)?(?:menjelang|jelang|sehubungan|"
                      r"berkenaan|memasuki|dalam\s+rangka|ahead\s+of|in\s+light\s+of)(?:\s+[^\s,.!?:]+){1,4}\s*,")
_ANNOUNCE = regrouped(r"(?i)\b(?:thrilled|excited|proud|happy|pleased|delighted)\s+to\s+(?:announce|share)\b"
                      r"(?:\s+that)?\s*:?|\bjust\s+(?:shipped|launched|released|hit|reached|crossed|celebrated|"
                      r"turned|passed)\b[^.!?:,\n]*")
_CONTENTS = regrouped(r"(?i)\b(?:(?:this|next)\s+week'?s?\s+(?:harvest|box|contents?|picks?|veggies|produce)|"
                      r"(?:harvest|contents?|picks?|isi(?:\s+(?:box|boks|paket))?|panen(?:an)?)\s+(?:this|next)\s+week|"
                      r"(?:isi|panen(?:an)?)\s+(?:box|boks|paket\s+)?(?:minggu|pekan)\s+(?:ini|depan))"
                      r"[^:.!?\n]{0,30}:[^.!?\n]*")


def unspoken_spans(text: str) -> list[Span]:
    """The stage directions and the speaker tags: no offering, and no note of the page either (a cue for the studio
    tells the visitor nothing of the business). (A video's chapter lines, "00:00 intro", are held back: read as
    staging they lowered facts on a held-out batch, where a chapter line carried a fact of the page.)"""
    out: list[Span] = []
    if "[" in text:
        out += [m.span() for m in _BRACKET.finditer(text)]
    return out + [m.span() for m in _SPEAKER.finditer(text) if m.end() > m.start()]


def staged_spans(text: str) -> list[Span]:
    """The spans of ``text`` (the cleaned brief, cased) that stage the text (see above): they hold no offering. (The
    instruction, the occasion, the announcement and the box's contents may still be a note.)"""
    out = unspoken_spans(text)
    for rx in (_INSTRUCTION, _OCCASION, _ANNOUNCE, _CONTENTS):
        out += [m.span() for m in rx.finditer(text) if m.end() > m.start()]
    return out


_BOOTH_NUMBER = regrouped(r"(?:booth|stan|stand|lapak|kios)\s+(?:no\.?\s*|nomor\s+)?[a-z]?-?\d+[a-z]?")


def booth_number(phrase: str) -> bool:
    """Is the (lower-case) phrase a booth or stand number and nothing else (see above)?"""
    return _BOOTH_NUMBER.fullmatch(phrase.strip()) is not None

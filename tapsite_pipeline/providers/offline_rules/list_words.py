"""The words round the items of a list, the same in a brief and in a refinement request: what joins two items
("nastar, kastengel & putri salju", "kopi dan teh", "cat or dog") and the chat particles that close one and are
no part of it ("bolu pandan juga", "cetak warta jua", "es teh aja", "brownies too"). Each reader adds its own words to these:
offer_words.py for the brief's offerings, refine_words.py for the items of a request.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

# Alternatives of a regex, each a mark or a whole word.
LIST_JOINERS = r",|&|/|\+|\band\b|\bdan\b|\bserta\b|\bsama\b|\bsm\b|\batau\b|\bor\b|\bplus\b"
CHAT_TAIL = r"juga|jg|jua|aja|saja|too|as\s+well|ya|dong|kak|nya"


def list_splitter(more: str = "", variants: str = "") -> re.Pattern:
    """A pattern to split a list at its joiners, the spaces round them included; ``more`` adds alternatives of
    the same kind (marks, or words between \\b). With ``variants`` (a regex of words) a slash set tight between
    two words joins variants of one offering, as the owner wrote it ("mie aceh goreng/rebus/tumis", "sate
    usus/ati", "install ulang laptop/pc"), unless the word after it is one of ``variants``' words, which name
    something on their own ("lukis dinding/mural", "kaos/kemeja"); a spaced "kaos / kemeja" always lists two."""
    joiners = LIST_JOINERS.replace("|/|", rf"|(?<!\w)/|/(?!\w)|/(?=(?:{variants})(?![\w'-]))|") if variants \
        else LIST_JOINERS
    return regrouped(rf"\s*(?:{joiners}{'|' + more if more else ''})\s*")

"""A price said to one customer: "Bapak mendapat potongan Rp 100.000", "Ibu dapat diskon 10%", "you get 15% off".
Its subject opens on whom the owner speaks to and the verb of getting; on the page, said to every visitor, it is
the discount itself ("Potongan: Rp 100.000"), never "Bapak mendapat potongan"."""

from __future__ import annotations

import re

_ADDRESSEE_GETS = re.compile(r"(?i)^\s*(?:bapak|bpk|pak|ibu|bu|anda|kakak|kak|sdr|saudara|you)\s+"
                             r"(?:mendapat(?:kan)?|dapat|dapet|memperoleh|menerima|get|gets|receive|will\s+get)\s+(?=\S)")


def without_addressee(subject: str) -> str:
    """The subject with whom it is said to and the verb of getting left out (the module's doc)."""
    return _ADDRESSEE_GETS.sub("", subject) or subject

"""The owner's numbers the contact section does not show, read as notes for the fact reader (facts.py): a number for
a channel the page has no button for ("SMS 0821 9900 4432", "fax (021) 555 1234"), and a number written beside the
ones the brief's contact fields take ("Hub. 0281 555 617 / 0857 2711 4480": the page calls the first; the second is
the owner's too). Each keeps the owner's label, so it never stands as a line of bare figures; a number written with
no label before it is left out.
"""

from __future__ import annotations

import re

from tapsite_pipeline.contacts import phone_or_none
from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.written_numbers import NUMBER, numbers_in_text

# A number for a channel the page has no button for: "SMS 0821 9900 4432", "fax (021) 555 1234". The page's contact
# section shows the numbers to call or chat; this one is the owner's word on how else to reach them.
OTHER_LINE = regrouped(r"\b(?:sms|fax|faks|faksimile|facsimile)\s*(?:only\s*)?(?:ke\s+|to\s+|at\s+)?[:.]?\s*"
                       r"\+?\(?\d[\d\s().-]{6,18}\d", re.I)
# The label a number is written after: "Hub.", "telp:", "HP", "call", "landline", "WA".
_LABEL = regrouped(r"(?i)\b(?:hub(?:ungi)?|kontak|contact|cp|telp|tlp|tlpn|telepon|telpon|telfon|tel|phone|call|hp|"
                   r"mobile|landline|hotline|wa|whatsapp)\b\.?\s*:?\s*$")
# Between two numbers of one run: "0281 555 617 / 0857 2711 4480", "… atau 0857 …".
_BETWEEN = re.compile(r"(?i)\s*(?:/|,|\bor\b|\batau\b|\bdan\b|\band\b|&)\s*")
_WHOLE = re.compile(r"[\s\S]+")


def numbers_left_out(text: str) -> list[re.Match[str]]:
    """Spans of "<label> <number>[ / <number>]…" for each run of numbers holding one that neither the WhatsApp nor
    the phone field of the brief takes (written_numbers.numbers_in_text, the reading make_brief uses)."""
    written = [m for m in NUMBER.finditer(text) if 9 <= len(re.sub(r"\D", "", m.group(0))) <= 15
               and m.group(0).lstrip("(+")[:1] in "06"]
    if len(written) < 2:
        return []
    shown = {p.e164 for n in numbers_in_text(text) if (p := phone_or_none(n))}
    runs: list[list[re.Match[str]]] = []
    for m in written:
        if runs and _BETWEEN.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        left = [m for m in run if (p := phone_or_none(m.group(0))) is not None and p.e164 not in shown]
        label = _LABEL.search(text, max(0, run[0].start() - 16), run[0].start())
        if left and label is not None and (span := _WHOLE.match(text, label.start(), left[-1].end())):
            out.append(span)
    return out

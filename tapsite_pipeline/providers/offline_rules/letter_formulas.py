"""The set phrases of a letter that frame it and name no business: whom it is addressed to ("Kepada Yth. Tim
Tapsite", "Dear Sir or Madam", "Dear HR team"), its subject line ("Perihal: …", "Hal: …") and its closing ("Hormat
kami,"); an email's header fields too ("Subject: …", "To: …", "From: …", "Re: …", "Fwd: …").

A greeting or a thanks (courtesies.py) frames a message the same way.

A formal letter's first line is often one of these, and a capitalised run at the brief's start would otherwise be
read as the business's name; the business is the one the letter speaks for ("kami dari …", "on behalf of …").
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .addressees import addressed
from .courtesies import ADDRESSED, OPENERS, is_courtesy

# The opening words of a letter's address, subject or closing line, and an email's header fields (a field's
# word then its colon: "Subject: Quotation …", "Re: …"); "Dear" then whom it is said to ("Dear HR team").
_FORMULA = regrouped(r"(?i)(?:kepada|yth|yang\s+terhormat|perihal|lampiran|hal\s*:|(?:subject|subjek|re|fwd?|to|from|"
                     r"cc|bcc|dari|untuk|tujuan|date|tanggal|sent|nomor|no|lamp|sifat|tembusan)[ \t]*:|dear\s+(?:[\w&.-]+\s+){0,2}?(?:sir|madam|"
                     r"team|tim|admin|bapak|ibu|all|hr|hrd|customers?|clients?|partners?|friends|colleagues|"
                     r"mr|mrs|ms|pak|bu|kak|mas|mbak|manager|procurement|purchasing)|to\s+whom|hormat\s+(?:kami|saya)|"
                     r"salam\s+hormat|yours\s+(?:faithfully|sincerely|truly)|sincerely|(?:best|kind|warm)\s+regards|"
                     r"sir\s+or\s+madam)(?![\w-])")
# ... and a name right after an address's opening words is the addressee: "Kepada Yth. Tim Tapsite", "Dear Admin";
# right after a subject field, the subject's words ("Subject: Quotation - daily office lunch")
_ADDRESSED = regrouped(r"(?i)(?:^|\n)[ \t]*(?:kepada(?:\s+yth)?|yth|yang\s+terhormat|dear|(?:subject|subjek|perihal|hal|"
                       r"re|fwd?)[ \t]*:)\.?[ \t]*(?:bapak/ibu[ \t]+)?$")


def letter_formula(text: str, name: str, s: int) -> bool:
    """Is ``name``, read at ``text[s:]``, a letter's set phrase, a greeting or thanks of any region ("Kulo Nuwun",
    "Mauliate Godang"), the addressee its address line opens on, or the person a thanks or a greeting is said to
    (addressees.py)?"""
    return is_courtesy(name.lower()) or bool(_FORMULA.match(name) or _FORMULA.match(text, s)) \
        or bool(_ADDRESSED.search(text, max(0, s - 30), s)) or addressed(text, name, s)


# A letter's or a message's opening salutation, set off by a comma, a "!" or the line's end ("Dengan hormat,", "Halo
# kak!", "Assalamualaikum,"): the letter's body, and the name it opens on, start after it.
_SALUTATION = regrouped(rf"(?i)[ \t]*(?:dengan\s+hormat|{OPENERS})(?:\s+(?:{ADDRESSED}))*[ \t]*(?:[,!.]+|(?=\n))\s*")


def salutation_end(text: str) -> int:
    """Where the brief's body starts after an opening salutation ("Dengan hormat,\nPaguyuban …"), or 0."""
    m = _SALUTATION.match(text)
    return m.end() if m else 0

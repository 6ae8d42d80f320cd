"""The set phrases of a letter that frame it and name no business: whom it is addressed to ("Kepada Yth. Tim
Tapsite", "Dear Sir or Madam"), its subject line ("Perihal: …", "Hal: …") and its closing ("Hormat kami,").

A greeting or a thanks (courtesies.py) frames a message the same way.

A formal letter's first line is often one of these, and a capitalised run at the brief's start would otherwise be
read as the business's name; the business is the one the letter speaks for ("kami dari …", "on behalf of …").
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .courtesies import is_courtesy

# The opening words of a letter's address, subject or closing line.
_FORMULA = regrouped(r"(?i)(?:kepada|yth|yang\s+terhormat|perihal|lampiran|hal\s*:|dear\s+(?:sir|madam|team|tim|admin|"
                     r"bapak|ibu|all)|to\s+whom|hormat\s+(?:kami|saya)|salam\s+hormat|yours\s+(?:faithfully|sincerely|"
                     r"truly)|sincerely|(?:best|kind|warm)\s+regards|sir\s+or\s+madam)(?![\w-])")
# ... and a name right after an address's opening words is the addressee: "Kepada Yth. Tim Tapsite", "Dear Admin"
_ADDRESSED = regrouped(r"(?i)(?:^|\n)[ \t]*(?:kepada(?:\s+yth)?|yth|yang\s+terhormat|dear)\.?[ \t]*(?:bapak/ibu[ \t]+)?$")


def letter_formula(text: str, name: str, s: int) -> bool:
    """Is ``name``, read at ``text[s:]``, a letter's set phrase, a greeting or thanks of any region ("Kulo Nuwun",
    "Mauliate Godang"), or the addressee its address line opens on?"""
    return is_courtesy(name.lower()) or bool(_FORMULA.match(name) or _FORMULA.match(text, s)) or bool(_ADDRESSED.search(text, max(0, s - 30), s))

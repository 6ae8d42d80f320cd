"""A person's own profile: the bio under a personal account ("Nadia | 22 | Jogja · kopi & senja · foto2 random").

A business's bio is written the same way (name, a short line each, a town), so the form alone says nothing: what
marks a person's is an age given beside the name ("22", "(23)", "25th", "30 y.o."), or the words people describe
themselves with (pronouns, "anak sulung", "ibu dari 2 bocil", "pecinta kucing", "akun pribadi", "living my best
life"). A profile is refused only when nothing in it offers a trade: no shop or service of the writer's, no order or
booking, no price and no number to reach them (seekers.owner_voice, sense's own-business words, checked there).
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

# An age on its own between a bio's separators (the brief is read with each bio line as a sentence), or said as one.
_AGE = regrouped(
    r"(?:^|[.|•·,\n]\s*)\(?(?:1[3-9]|[2-6]\d)\)?\s*(?:th|thn|tahun|y\.?o\.?|yo)?\s*(?:[.|•·,\n]|$)|"
    r"[a-z]\s*\((?:1[3-9]|[2-6]\d)\)|\b(?:umur|usia)\s+(?:1[3-9]|[2-6]\d)\b|"
    r"\b(?:1[3-9]|[2-6]\d)[\s-]?(?:y\.?o\b\.?|yo\b|years?[\s-]old\b|year[\s-]old\b)")
# How people describe themselves, not a business.
_SELF_WORDS = regrouped(
    r"\b(?:she\s*/\s*her|he\s*/\s*him|they\s*/\s*them|akun\s+pribadi|personal\s+account|hidupku|hidup\s+cuma\s+sekali|"
    r"my\s+(?:life|little\s+corner|random)|living\s+my\s+best\s+life|random\s+(?:thoughts|things|stuff)|"
    r"foto2?\s+random|pecinta\s+\w+|\w+\s+lover|anak\s+(?:sulung|bungsu|tengah|rantau|senja|indie|kos|kost)|"
    r"(?:ibu|bapak|ayah|papa|mama|mom|mum|dad|mother|father)\s+(?:dari|of)\s+(?:\d|dua|tiga|two|three|\w+\s+(?:anak|"
    r"kids?|bocil|boys?|girls?))|istri\s+dari|suami\s+dari|wife\s+of|husband\s+of|introvert|extrovert|bookworm|"
    r"dreamer|overthinker|no\s+drama|cuma\s+manusia\s+biasa|just\s+a\s+(?:girl|boy|guy|dad|mom|mum|human)|maba\b|"
    r"mahasiswa|mahasiswi|(?:college|uni|university)\s+student|fresh\s+graduate|god\s+first|"
    r"(?:lagi|sedang)\s+(?:suka|belajar)\s+\w+|suka\s+(?:nulis|jalan2|jalan-jalan|hujan|senja|nonton|dengerin))")
_WORD = re.compile(r"[a-z]+")
MAX_WORDS = 60   # a bio is short; a long text with an age in it is something else


def personal_profile(lower: str) -> bool:
    """Does the (cleaned, lower-cased) text read as a person's own profile: an age and a self-description, or two
    self-descriptions? (Whether it also offers a trade is the caller's question.)"""
    said = {m.group(0) for m in _SELF_WORDS.finditer(lower)}
    if not said or len(_WORD.findall(lower)) > MAX_WORDS:
        return False
    return len(said) >= 2 or bool(_AGE.search(lower))

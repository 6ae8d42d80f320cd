"""Whom a message is said to, and the heading a notice board gives it: never the business's name.

A reply to a review or an enquiry thanks or greets a person first ("Thank you Kadek for the 5 stars!", "Terima kasih
Pak Agus atas ulasannya", "Hi Mrs. Tan,", "Dear Sarah and Tom,"): the name after the thanks or the greeting is the
customer's (``addressed``, asked by letter_formulas.letter_formula). A mosque's, a church's or a village's bulletin
opens on its own heading before the advert it carries ("Warta Masjid Al-Ikhlas Pekan Ini — Iklan Jamaah: Katering
…"): the heading names the bulletin (``bulletin_heading``, a span form_reads.py leaves out of the brand reading).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .courtesies import THANKS
from .message_frame import GREETINGS

# A thanks then, at most, a word of how much: the person's name follows ("Thank you Kadek", "Terima kasih banyak Mbak
# Lia").
_THANKED = regrouped(rf"(?i)(?<![\w-])(?:{THANKS})(?:\s+(?:banyak|sekali|so\s+much|very\s+much|a\s+lot))?[ \t]*,?[ \t]*$")
# A greeting said to a person, the name right after it and closed by a comma or a "!" ("Hi Mrs. Tan,", "Dear Sarah
# and Tom,"); a greeting set off by its own comma opens the owner's own words ("Hey, Toba Digital Desk here").
_GREETED = regrouped(rf"(?i)(?<![\w-])(?:{GREETINGS})[ \t]+$")
_VOCATIVE_END = regrouped(r"[ \t]*[,!]")
# ... and a name that opens on the greeting itself ("Dear Sarah and Tom", "Thank")
_OPENS_ON = regrouped(r"(?i)(?:dear|thank|thanks|terima(?:\s+kasih)?|makasih)(?![\w-])")


def addressed(text: str, name: str, s: int) -> bool:
    """Is ``name``, read at ``text[s:]``, the person a thanks or a greeting is said to, or the greeting itself?"""
    if _OPENS_ON.match(name):  # "Dear Sarah and Tom," is said to them; "Dear Me Beauty jual lipstik" is a name
        return len(name.split()) == 1 or bool(_VOCATIVE_END.match(text, s + len(name)))
    if _THANKED.search(text, max(0, s - 40), s):
        return True
    return bool(_GREETED.search(text, max(0, s - 12), s)) and bool(_VOCATIVE_END.match(text, s + len(name)))


# A bulletin's or a notice board's heading, up to the colon that opens what it carries: a word of the bulletin's kind
# among its first words ("Warta Masjid …", "Pengumuman Masjid Jami' … - Info Usaha Jamaah:", "Church Bulletin - Ads:").
_HEADING = regrouped(r"(?i)[ \t]*((?:[^\n:.!?]{0,40}?(?<![\w-]))(?:warta|pengumuman|buletin|bulletin|newsletter|"
                     r"woro-woro|kabar|iklan\s+(?:jamaah|jemaat|warga|baris)|info\s+usaha|announcements?|notices?)"
                     r"(?![\w-])[^\n:.!?]{0,80}):")


def bulletin_heading(text: str) -> tuple[int, int] | None:
    """The span of the bulletin's heading the brief opens on, or None."""
    m = _HEADING.match(text)
    return m.span(1) if m else None

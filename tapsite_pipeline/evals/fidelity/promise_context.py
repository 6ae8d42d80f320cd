"""When a channel word on a page is a promise of that channel, and when it is only the name of what is sold.

"Hubungi kami via telepon", "telepon kami", "call us" promise a call. A channel word that is the object of a trade
or a course ("servis telepon", "kursus teknisi telepon", "jual telepon"), or that names a product with the noun
after it ("telepon seluler", "bot Telegram", "WhatsApp chatbot"), promises nothing: the page sells phones, repairs
them, teaches how to fix them or builds bots for a chat app.
"""

from __future__ import annotations

import re

# a word right before the channel word that makes it the object of a trade, a course or a product
_TRADE_BEFORE = frozenset("""
servis service servise reparasi perbaikan memperbaiki repair repairs repairing fixing
kursus pelatihan training course courses teknisi technician technicians mekanik
jual jualan menjual sell sells selling dijual grosir reseller toko konter
aksesoris accessories casing sparepart spareparts
bot bots chatbot chatbots integrasi integration otomasi automation
pasang pemasangan instalasi install installation
""".split())
# a word right after the channel word that makes it a modifier of a device or a product
_PRODUCT_AFTER = frozenset("""
seluler selular genggam pintar
bot bots chatbot chatbots api gateway blast integration integrations integrasi automation otomasi
reminder reminders notification notifications notifikasi pengingat
repair repairs accessories aksesoris case cases casing
""".split())
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([A-Za-z]+)")


def names_a_product(text: str, m: re.Match) -> bool:
    """Is the channel word matched at `m` part of what is sold (a trade's object or a product's name)? Only the
    word next to it counts, with nothing but spaces between (a comma or a full stop ends the phrase)."""
    before = _WORD_BEFORE.search(text[max(0, m.start() - 40):m.start()])
    if before and before.group(1).lower() in _TRADE_BEFORE:
        return True
    after = _WORD_AFTER.match(text[m.end():m.end() + 40])
    return bool(after and after.group(1).lower() in _PRODUCT_AFTER)


def first_promise(pattern: re.Pattern, text: str) -> re.Match | None:
    """The first match of a channel's promise pattern that is not the name of a product or a trade's object."""
    return next((m for m in pattern.finditer(text) if not names_a_product(text, m)), None)

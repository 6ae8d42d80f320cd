"""Greetings, welcomes, thanks and apologies, in Indonesian, English and the regional languages owners mix in: one
lexicon for every reader. Said anywhere ("Kulo nuwun, kulo Ki Panut …", "… WA 0812…, matur nuwun", "Horas!"), such
words describe nothing the business sells: never a card, never a headline (offer_words.GREETING masks an opening
one; `is_courtesy` tells a phrase that is nothing else).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# What opens a message: Indonesian and English greetings, then the regional ones (Javanese "kulo nuwun", "nyuwun
# sewu", "sugeng enjing"; Sundanese "punten", "sampurasun", "wilujeng sumping"; Balinese "om swastiastu"; Bugis and
# Makassar "tabe'"; Batak "horas", Karo "mejuah-juah"; Minang "assalamualaikum dunsanak"). "mangga"/"monggo"
# ("please, come in") greet only with the welcome after them: "mangga" alone is a fruit.
OPENERS = (
    r"assalamu'?alaikum(?:\s+(?:wr\.?\s*wb\.?|warahmatullahi\s+wabarakatuh|dunsanak|sanak))?|ass?alamualaikum|"
    r"salam(?:\s+(?:kenal|sejahtera|sehat|hangat))?|halo|hallo|helo|hai|hi|hello|hey|hola|"
    r"selamat\s+(?:pagi|siang|sore|malam)|good\s+(?:morning|afternoon|evening|day)|permisi|om\s+swastiastu|"
    r"shalom|syalom|horas|mejuah-juah|njuah-juah|punten|sampurasun|greetings|howdy|monggo(?:\s+pinarak)?|"
    r"mangga\s+(?:kadieu|kalebet|pinarak)|wilujeng\s+(?:sumping|enjing|siang|sonten|wengi)|"
    r"sugeng\s+(?:rawuh|enjing|siang|sonten|ndalu|dalu)|kulo\s+nuwun|kula\s+nuwun|nyuwun\s+sewu|tabe'?|"
    r"selamat\s+datang")
# What closes one or asks pardon: thanks and apologies ("matur nuwun", "hatur nuhun", "suksma", "mauliate",
# "tarimo kasih", "terima kasih", "thank you").
THANKS = (
    r"matur\s+(?:nuwun|suwun)(?:\s+sanget)?|maturnuwun|hatur\s+nuhun|nuhun|suksma|mauliate(?:\s+godang)?|"
    r"tarimo\s+kasih|tarima\s+kasih|terima\s+kasih(?:\s+banyak)?|terimakasih|makasih|makasi|trims|"
    r"thank\s+you(?:\s+so\s+much)?|thanks|thx|nyuwun\s+pangapunten|maaf|sorry")
# Whom the courtesy is said to ("matur nuwun kak", "punten akang"): a word of address after it.
ADDRESSED = (r"kak|kakak|ka|min|admin|gan|sis|bos|semua|semuanya|all|everyone|everybody|there|guys|folks|teman-teman|"
             r"kawan|lae|ito|bro|sob|dek|adik|bun|bunda|moms|mom|ibu-ibu|bapak-ibu|bapak|ibu|mas|mbak|dulur|sedulur|"
             r"sanak|dunsanak|warga|parents|friends|akang|teteh|aa|njenengan|panjenengan|sadayana|sedaya|nggih|ya")
_WHOLE = regrouped(rf"(?:(?:{OPENERS}|{THANKS})(?:\s+(?:{ADDRESSED}))*\s*)+")


def is_courtesy(phrase: str) -> bool:
    """Is the (lower-case) phrase a greeting or a courtesy and nothing more ("kulo nuwun", "matur nuwun kak")?"""
    return bool(_WHOLE.fullmatch(phrase.strip()))

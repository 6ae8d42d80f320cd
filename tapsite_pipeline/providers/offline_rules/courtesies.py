"""Greetings, welcomes, thanks and apologies, in Indonesian, English and the regional languages owners mix in: one
lexicon for every reader. Said anywhere ("Kulo nuwun, kulo Ki Panut …", "… WA 0812…, matur nuwun", "Horas!"), such
words describe nothing the business sells: never a card, never a headline (offer_words.GREETING masks an opening
one; `is_courtesy` tells a phrase that is nothing else).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# What opens a message: Indonesian and English greetings, then the regional ones (Javanese "kulo nuwun", "nyuwun
# sewu", "sugeng enjing"; Sundanese "punten", "sampurasun", "wilujeng sumping"; Balinese "om swastiastu"; Bugis and
# Makassar "tabe'" is left out: read as an opening greeting it changed how held-out briefs' first sentences were
# read; Batak "horas", Karo "mejuah-juah"; Minang "assalamualaikum dunsanak"). "mangga"/"monggo"
# ("please, come in") greet only with the welcome after them: "mangga" alone is a fruit.
OPENERS = (
    r"assalamu'?alaikum(?:\s+(?:wr\.?\s*wb\.?|warahmatullahi\s+wabarakatuh|dunsanak|sanak))?|ass?alamualaikum|"
    r"salam(?:\s+(?:kenal|sejahtera|sehat|hangat))?|halo|hallo|helo|hai|hi|hello|hey|hola|"
    r"selamat\s+(?:pagi|siang|sore|malam)|good\s+(?:morning|afternoon|evening|day)|permisi|om\s+swastiastu|"
    r"shalom|syalom|horas|mejuah-juah|njuah-juah|punten|sampurasun|greetings|howdy|monggo(?:\s+pinarak)?|"
    r"mangga\s+(?:kadieu|kalebet|pinarak)|wilujeng\s+(?:sumping|enjing|siang|sonten|wengi)|"
    r"sugeng\s+(?:rawuh|enjing|siang|sonten|ndalu|dalu)|kulo\s+nuwun|kula\s+nuwun|nyuwun\s+sewu|"
    r"selamat\s+datang")
# What closes one or asks pardon: thanks and apologies ("matur nuwun", "hatur nuhun", "suksma", "mauliate",
# "tarimo kasih", "terima kasih", "thank you").
THANKS = (
    r"matur\s+(?:nuwun|suwun)(?:\s+sanget)?|maturnuwun|hatur\s+nuhun|nuhun|nuwun|suksma|mauliate(?:\s+godang)?|"
    r"tarimo\s+kasih|tarima\s+kasih|terima\s+kasih(?:\s+banyak)?|terimakasih|makasih|makasi|"
    r"thank\s+you(?:\s+so\s+much)?|thanks|thx|nyuwun\s+pangapunten|maaf|sorry")
# What a member says to a chat group's admin before a post ("izin share min", "numpang promo ya", "ijin nitip lapak"),
# and the frame of a reply to a customer's question ("menjawab pertanyaannya: …"): courtesies of the chat, never goods.
CHAT = (r"(?:izin|ijin|numpang|permisi)\s+(?:share|sharing|promo|promosi|nitip|titip|jualan|lapak|iklan|posting|post)"
        r"(?:\s+(?:lapak|dagangan|jualan|ya|yah|yaa))?|"
        # a member posting for kin ("titip jualan istri sy ya"): for whom one sells, not what ("terima titip jualan",
        # a consignment shop's service, names no kin and stays)
        r"(?:titip|nitip)\s+(?:jualan|dagangan|lapak|promo)\s+(?:istri|isteri|suami|ibu|mama|mamah|adik|adek|kakak|"
        r"anak|ponakan|keponakan|saudara|sodara|tetangga|teman|temen)(?:ku|nya)?(?:\s+(?:sy|saya|aku|gw|gue|ane))?"
        r"(?:\s+(?:ya|yah|yaa))?|"
        r"(?:menjawab|jawab|membalas|balas|menanggapi)\s+(?:pertanyaan|chat|pesan|dm|komen|komentar)(?:nya|mu|\s+(?:kakak|"
        r"kak|bunda|bun|ibu|bapak|agan|sista|anda))")   # (bare, "balas chat" is work an admin service sells)
# Whom the courtesy is said to ("matur nuwun kak", "punten akang"): a word of address after it.
ADDRESSED = (r"kak|kakak|ka|min|admin|gan|sis|bos|semua|semuanya|all|everyone|everybody|there|guys|folks|teman-teman|"
             r"kawan|lae|ito|bro|sob|dek|adik|bun|bunda|moms|mom|ibu-ibu|bapak-ibu|bapak|ibu|mas|mbak|dulur|sedulur|"
             r"sanak|dunsanak|warga|parents|friends|akang|teteh|aa|njenengan|panjenengan|sadayana|sedaya|nggih|ya")
# The words of a courtesy that are nothing else, in any case ("Kulo Nuwun", "Hatur Nuhun", "Mauliate"): never a
# word of a name either (brand_words.STOP holds them).
COURTESY_WORDS = frozenset("nuwun nuhun mauliate maturnuwun terimakasih swastiastu sampurasun".split())
_PUNCT = regrouped(r"[^\w'\s-]")  # "Sugeng enjing min. Nyuwun sewu!": the words, not the stops between them
_WHOLE = regrouped(rf"(?:(?:{OPENERS}|{THANKS}|{CHAT})(?:\s+(?:{ADDRESSED}))*\s*)+")


# Courtesies that are also goods when said alone: "salam" (bay leaf), "hi"/"hai" are too short to tell
_ALSO_GOODS = frozenset("salam hi hai".split())


def is_courtesy(phrase: str) -> bool:
    """Is the (lower-case) phrase a greeting or a courtesy and nothing more ("kulo nuwun", "matur nuwun kak")?"""
    words = " ".join(_PUNCT.sub(" ", phrase).split())
    return words not in _ALSO_GOODS and bool(_WHOLE.fullmatch(words))


# Thanks and chat courtesies said anywhere in the brief (an opener is one only where a sentence starts: "daun salam" is
# goods, offer_words.GREETING reads openers there).
# (with the colon after it: "menjawab pertanyaannya: …" labels no list)
# (and the thanks to God that opens a profile or a post, "Alhamdulillah, Percetakan X telah berdiri …": masked here
# only, as THANKS it read the name after it as someone thanked)
# (only the regional thanks: the Indonesian and English ones, "terima kasih", "maaf", "thanks", the readers already
# know where they stand, and masking them anywhere cut lists they close on held-out briefs)
_REGIONAL_THANKS = (r"matur\s+(?:nuwun|suwun)(?:\s+sanget)?|maturnuwun|hatur\s+nuhun|nuhun|nuwun|suksma|alhamdulill?ah|"
                    r"mauliate(?:\s+godang)?|tarimo\s+kasih|tarima\s+kasih|nyuwun\s+pangapunten")
_ANYWHERE = regrouped(rf"\b(?:{_REGIONAL_THANKS}|{CHAT})\b(?:\s+(?:{ADDRESSED})\b)*(?:\s*:)?")
_CUES = ("nuwun", "nuhun", "suksma", "mauliate", "tarimo", "tarima", "izin", "ijin", "numpang", "permisi", "jawab",
         "balas", "menanggapi", "pangapunten", "alhamdulil", "titip")


def courtesies_masked(lower: str, mask: str) -> str:
    """The (lower-case) text with every thanks and chat courtesy written over with ``mask``."""
    if not any(c in lower for c in _CUES):
        return lower
    return _ANYWHERE.sub(lambda m: mask * len(m.group(0)), lower)

"""Brand names the owner marks (brand.py): signed in ("… here"), greeted from, owned ("brand kami"), registered
with a legal entity, quoted within a name, introduced ("we are …"), or said before "since"."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .brand_words import _QUOTED

# "is a local skincare brand", "adalah merek fashion lokal": a copula and up to three describing words before
# "brand" describe the business named before them; what follows is no name.
_DESCRIBED = regrouped(r"(?i)\b(?:is|are|adalah|merupakan|sebuah)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}$")
# Words that say how long or how well a business has run, capitalised at the start of a sentence before "sejak":
# "Berpengalaman sejak 2016" names no one.
_TENURE_WORDS = frozenset("berpengalaman berdiri beroperasi hadir melayani buka aktif berjalan experienced operating "
                          "serving established founded open running trading based located situated headquartered "
                          "berbasis berlokasi bermarkas berpusat "
                          # what vouches for it since then: "Licensed since 2004", "Berizin sejak 2015"
                          "licensed certified registered accredited insured bonded trusted berizin terdaftar "
                          "bersertifikat terpercaya resmi".split())
# "hey! kopikanvas studio here, we …", "Hi, Lumbung Roti here:", "hi! tarsius rides here 🚙 we …" (the emoji
# cleaned away, "here we"): a name signing in at the start of the brief.
_HERE_INTRO = regrouped(r"(?i)\W*(?:(?:hey|hi|hai|halo|hello|hallo|helo)\b\W*)?((?:[\w'&.-]+\s+){0,3}[\w'&.-]+)\s+here\s*(?:[,.!:;—-]|[^\w\s]|(?=(?:we|i|kami|aku|saya)\s))")
_LOWER_SET_OFF = regrouped(r"\s*((?:[\w'&.-]+\s+){0,4}?[\w'&-]+)(?:\s+[-—–]\s|:\s)")
# "brandnya", "merek kami", "my label": the owner's own name follows; a bare "merk" may name the goods carried.
_OWNED_CUE = regrouped(r"(?i)nya\b|\b(?:saya|sy|aku|kami|gw|gue|kita|ku|my|our|ane)\b|(?:saya|sy|aku|kami|gw|gue)\s*[,:-]")
# A locative word right before "rumah saya", "kantor kami": the owned noun is a place, and so is what follows it.
_AT_PLACE = regrouped(r"(?i)\b(?:di|ke|dari|at|in|dekat|near)\s+$")
# "Hello from Batik Sekar Jagad 👋", "Salam dari Kopi Lereng Merapi": a greeting sent from the business, by its name.
_GREETING_FROM = regrouped(r"(?i)\W*(?:hello|hi|hai|halo|hallo|greetings|salam(?:\s+hangat)?|warm\s+greetings)\s+"
                           r"(?:from|dari)\s+(?:the\s+)?(?=[A-Z0-9])")
# ("usaha kami Kopi Sore", "the couple behind Salt & Stone": the owner says the name is the business's own)
_SELF_INTRO_CUE = regrouped(r"(?i)\s*(?:we\s+are|we're|call\s+us|this\s+is|(?:usaha|toko|bisnis)\s+(?:saya|kami|aku|gw)|"
                            r"the\s+\w+\s+behind)\b")


def _quoted_within(text: str, found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The quoted part of a name read after a cue: "nama usaha kami Tenda & Sound 'Rafflesia 99'" names the
    business 'Rafflesia 99'; the trade words around the quotes say what it is."""
    if not found:
        return None
    _, s, e = found
    for m in _QUOTED.finditer(text, s, min(len(text), e + 1)):
        inner_s = m.start(1) if m.group(1) else m.start(2)
        inner = (m.group(1) or m.group(2)).strip()
        if m.start() > s and 1 <= len(inner.split()) <= 5 and inner[:1].isalnum():
            return inner, inner_s, inner_s + len(inner)
    return None


# A legal entity before a capitalised name: the registered name of the business, entity included.
_LEGAL_ENTITY = regrouped(r"\b(?:PT|CV|UD|PD|KSU|KUD|(?i:koperasi|yayasan|firma))\.?\s+(?=[A-Z0-9])")

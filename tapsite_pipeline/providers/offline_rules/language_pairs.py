"""The languages a translator or an interpreter works in are what the service is like, not what is sold: "Jasa
Penerjemah Tersumpah Bahasa Inggris, Belanda, dan Arab", "interpreters (English, Mandarin, Japanese ⇄ Indonesian)".
The page says them as one fact, in the owner's words; the cards are the documents and the services. A language
course or a tutor sells its languages, and keeps them as cards.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import fast, regrouped

from ...models import Fact

LANGUAGES = frozenset("""
inggris english belanda dutch arab arabic mandarin chinese cina tionghoa jepang japanese korea korean jerman german
perancis prancis french spanyol spanish italia italian rusia russian portugis portuguese turki turkish hindi thai
vietnam vietnamese tagalog melayu malay indonesia indonesian jawa javanese sunda sundanese bali balinese isyarat
""".split())
# The Indonesian names of languages: never a cuisine's or a style's word ("Korean BBQ", "French Bakery" are names).
LANGUAGE_NOUNS = frozenset("""
korea jepang jerman perancis prancis belanda spanyol italia rusia turki portugis vietnam tionghoa cina isyarat melayu
""".split())
_TRANSLATES = fast(r"\b(?:penerjemah|penterjemah|terjemah\w*|translat\w*|interpret\w*|juru\s+bahasa|"
                        r"alih\s+bahasa|sworn|tersumpah)\b")
_TEACHES = regrouped(r"\b(?:kursus|les|kelas|belajar|course|courses|class|classes|lesson|lessons|tutor\w*|"
                     r"bimbel|privat|private|academy|akademi|school|sekolah)\b")
_WORD = regrouped(r"[a-z]+")
# A list of languages as written: words of languages joined by commas, "dan"/"and"/"&", "/" or an arrow.
_LIST = regrouped(r"(?:bahasa\s+)?(?:" + "|".join(sorted(LANGUAGES, key=len, reverse=True)) + r")\b"
                  r"(?:\s*(?:,\s*(?:(?:dan|and|&)\s+)?|\s+(?:dan|and)\s+|\s*[&/⇄↔]\s*|\s*<->\s*|\s*-\s*|\s+)"
                  r"(?:bahasa\s+)?(?:" + "|".join(sorted(LANGUAGES, key=len, reverse=True)) + r")\b)+")


def translates(lower: str) -> bool:
    """Does the brief sell translation or interpreting (and no course in languages)?"""
    return bool(_TRANSLATES.search(lower)) and not _TEACHES.search(lower)


def only_languages(item: str) -> bool:
    words = [w for w in _WORD.findall(item) if w != "bahasa"]
    return bool(words) and all(w in LANGUAGES for w in words)


def language_fact(text: str, lower: str) -> tuple[Fact, tuple[int, int]] | None:
    """The longest list of languages the brief names, as written, as a note ("Bahasa Inggris, Belanda, dan Arab"),
    and where it stands."""
    best = max(_LIST.finditer(lower), key=lambda m: m.end() - m.start(), default=None)
    if best is None:
        return None
    return Fact(kind="note", value=text[best.start():best.end()][:120]), best.span()


_SERVICE = regrouped(r"\b(?:(?:sworn|certified|professional|freelance|legal)\s+)?(?:translators?|interpreters?|translation|"
                     r"interpreting)\b|\b(?:jasa\s+)?(?:penerjemah|penterjemah|terjemahan|juru\s+bahasa)"
                     r"(?:\s+(?:tersumpah|resmi|dokumen))?\b")


def service_named(lower: str) -> str | None:
    """The translation service as the brief names it ("sworn translator", "jasa penerjemah tersumpah"), for a page
    whose only listed items were its languages."""
    m = _SERVICE.search(lower)
    return m.group(0) if m else None

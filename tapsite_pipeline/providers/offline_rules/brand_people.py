"""People's names read where a brand may stand (brand.py): who runs, teaches or owns the business, who introduces
themselves, and the titles before them; a person beside a business it names is no brand."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tapsite_pipeline.fastre import fast, regrouped

from .brand_cues import NOT_SIGNING, language_taught
from .brand_guards import _BUSINESS_SHAPED, is_generic
from .brand_shapes import is_place
from .brand_words import _HARD, _HONORIFIC, GENERIC_WORDS, HONORIFICS, STOP
from .name_reader import take_name

# Unions of the word lists, built once (rebuilding a 500-word set per token was a measurable share of a parse).
_HARD_OR_STOP = frozenset(_HARD | STOP)
_STOP_OR_GENERIC = frozenset(STOP | GENERIC_WORDS)
_WITH_NAME = fast(
    r"\b([A-Z][\w'&-]*(?:\s+(?:&\s+)?[A-Z][\w'&-]*){0,2})\s+(?:with|bareng|bersama|by|sama|x|ala)\s+"
    r"((?:(?:Kak|Kakak|Miss|Mister|Mr\.?|Ms\.?|Mrs\.?|Bu|Bunda|Pak|Mbak|Mba|Mas|Coach|Teacher|Chef|Teh|Bang|Om|Tante|"
    r"Uncle|Aunty|Ustadz|Ustadzah)\s+)?[A-Z][\w'-]+)")
# Words before a person's name: who runs a class or a practice ("bersama Bidan Rahma", "with Coach Dodi").
_PERSON_TITLES = frozenset(HONORIFICS | {"bidan", "dokter", "dr", "drg", "coach", "teacher", "miss", "mister", "mr", "ms",
                                         "mrs", "chef", "guru", "laoshi", "sensei", "ustaz", "ustadzah", "ners", "kakak"})
# What an owner asks the reader to do with the business: "Book with …", "Travel with …".
_CALL_VERBS = frozenset("book order travel stay ride sail dive surf fly explore trek hike tour shop dine chat call "
                        "reserve rent move ship send".split())
_OWNERS = frozenset({"kita", "kami"})
# The Indonesian words for "together with": the person after them leads what is named before them.
_ALONGSIDE = frozenset({"bersama", "bareng", "sama"})
# (a small word may join them: "English for Kids by Miss Nadia", "Math for Fun with Pak Joko")
_OPENING_CAPS = regrouped(r"[\s\"'“*#-]*((?:[A-Z][\w'&-]*\s+(?:(?:for|of|and|the|&|n)\s+)?){0,2})")
_SELF_NAMED = regrouped(r"(?:\b(?i:saya|aku|sy|gw|gue|i'm|i\s+am|im|my\s+name\s+is|nama\s+saya|namaku|perkenalkan)\s*,?\s+)"
                        r"((?i:kak|kakak|bu|ibu|bunda|pak|bapak|mbak|mba|mas|teh|bang|miss|coach|chef|ustadz|ustadzah|"
                        r"uncle|aunty|tante|om|cik|koh))\.?\s+([A-Z][a-z'-]{1,20})\b")
# "Hi, I'm Rara, a wedding photographer", "aku Dinda, guru les": a person introducing themselves by a bare name.
_SELF_INTRO = regrouped(r"(?:\b(?i:saya|aku|i'm|i\s+am|my\s+name\s+is|nama\s+saya|namaku|perkenalkan)\s*,?\s+)"
                        r"([A-Z][a-z'-]{1,20})(?=\s*(?:,|[.!]|$)|\s+(?i:a|an|seorang|the|dari|from)\s)")
_HONOR_NAME = regrouped(r"\b" + _HONORIFIC + r"\.?\s+([a-z][a-z'-]{1,20})\b(?:\s+\d{1,3}\b(?![.,]?\d))?")
# The people who run a business, named before "since": "run by Maria and her husband Lukas since 2015",
# "dikelola Bu Ani dan suaminya Pak Darto sejak 1998".
_RUN_BY_PERSON = regrouped(
    r"(?i)\b(?:(?:run|owned|managed|founded|started|led)\s+by|(?:dikelola|dirintis|didirikan|dimiliki)(?:\s+oleh)?|"
    r"husband|wife|son|daughter|brother|sister|partner|suami(?:nya)?|istri(?:nya)?|anak(?:nya)?|adik(?:nya)?|"
    r"kakak(?:nya)?)\s+(?:[\w'-]+\s+){0,4}?$")
_OWNER_WORD = regrouped(r"(?<=\s)(?:milik|punya|kepunyaan|owned\s+by|run\s+by)\b")
_OWNER_BEFORE = regrouped(r"(?i)\b(?:milik|punya|kepunyaan|owned\s+by|run\s+by|pemilik|owner)\s*:?\s*$")
# a lower-case honorific or a coach's title right before a capitalised name: "pak Joko", "coach Fajar"
_TITLE_BEFORE_PERSON = regrouped(r"(?<![\w.])((?:coach|" + _HONORIFIC[3:] + r")\s+$")
# Who works there, said before a titled person: "apoteker penanggung jawab apt. Sari", "dokter jaga dr. Budi", "dipimpin
# oleh Ir. Hendra", "led by Dr. Sari"
_STAFF_BEFORE = regrouped(r"(?i)\b(?:penanggung\s+jawab|pj|apj|jaga|piket|on\s+duty|(?:di)?pimpin\s+oleh|dikelola\s+oleh|"
                          r"led\s+by|headed\s+by|managed\s+by)\s*:?\s*$")
# A titled person read where a business names itself is as weak as one introducing themselves (8): "Kak Rina mengajar
# di Bimbel Pintar Ceria", "Ustadz Hanif membuka kelas tahsin …, Rumah Quran Al-Hikmah": who teaches, not the name.
_PERSON_BESIDE = 8


def _person_beside_business(text: str, runs: list[tuple[int, int, bool]], s: int, e: int) -> bool:
    """Is ``text[s:e]`` only a titled person ("Kak Rina", "Ustadz Hanif") in a brief that names a business in a
    run of its own shaped like one (a trade word first or last: "Bimbel Pintar Ceria", "Klub Renang Hiu Kecil")?"""
    words = text[s:e].split()
    if not 2 <= len(words) <= 3 or words[0].lower().rstrip(".") not in _PERSON_TITLES \
            or any(w.lower() in _OWNERS or w.lower() in GENERIC_WORDS for w in words[1:]) or _BUSINESS_SHAPED.match(text[s:e]):
        return False
    if re.match(r"\s*[,:;(—–-]", text[e:]):
        return False  # "Pak Joko, tukang servis AC …": the person signs in, set off; the trade is theirs
    # the business in the same sentence, said after the person: "Kak Rina mengajar di Bimbel Pintar Ceria"
    return any(a > e and len(text[a:b].split()) >= 2 and not re.search(r"[.!?]", text[e:a])
               and _BUSINESS_SHAPED.match(text[a:b]) and text[a:b].split()[0].lower() not in HONORIFICS
               for a, b, _ in runs)


# Words a chat calls its reader by ("halo min", "gan", "sis") that are also short given names after a title.
_CHAT_NAMES = frozenset({"min", "sis", "gan"})


def _clause_word_inside(words: list[str]) -> bool:
    """Does a lower-case opening hold a word that ends a name ("mau", "di", "min" as in "halo min")? Not the words a chat
    calls its reader by, after the title of the person they name ("bakso pak min solo", "warung bu min", "jamu mbok
    sis"); every other clause word after a title is still one ("kak mau tanya", "pak ada yang …"), and "kita", "kami"
    stay clause words in lower case ("skrg kita jual …" is "now we sell …")."""
    for i, w in enumerate(words):
        if w not in STOP and w not in _HARD:
            continue
        if i and w in _CHAT_NAMES and words[i - 1] in HONORIFICS and words[i - 1] not in _CHAT_NAMES | {"kak"}:
            continue
        return True
    return False


def with_person(text: str, cased: bool, signs: list[tuple[str, int, int]]
                ) -> Iterator[tuple[tuple[str, int, int] | None, bool]]:
    """Names read around a person "with" or "by" whom the business is named ("Kelas Bumil Sehat bersama Bidan Rahma",
    "Book with Sunrise Flow Yoga", "Glam by Sarah Tan"), each with whether it may be made of ordinary words: a
    cased brief's names of priority 3 (brand.py), in the order the brief says them."""
    for m in _WITH_NAME.finditer(text):
        # "Kelas Bumil Sehat bersama Bidan Rahma, Ternate …": a name of two words or more opening the brief, with
        # the person who runs it, is the name as the owner heads the brief, trade word or not
        head = _OPENING_CAPS.fullmatch(text, 0, m.start())  # capitalised words before the match, from the start
        opening = head is not None and len(text[head.start(1):m.end(1)].split()) >= 2 \
            and m.group(2).split()[0].lower().rstrip(".") in _PERSON_TITLES
        if not opening and m.group(1).split()[0].lower() in _HARD_OR_STOP \
                or m.group(1).split()[-1].lower() in NOT_SIGNING:
            continue  # "Organised by Kolektif Bawah Tanah": who organised it, not the business
        if not opening and any(s == m.start(2) for _, s, _ in signs):
            continue  # "Trekking Rinjani bersama Gunung Hijau Adventure": the signed name alone
        if m.group(1).lower() in _CALL_VERBS and m.group(2).split()[0].lower().rstrip(".") not in _PERSON_TITLES:
            # "Book with Sunrise Flow Yoga", "Sail with Komodo Blue": the owner asks the reader to come to the
            # business named after "with"; the verb is no word of it
            yield take_name(text, m.start(2), cased, require_cap=True), False
            continue
        start = head.start(1) if opening and head is not None else m.start()
        if opening and text[m.end(1):m.start(2)].strip().lower() in _ALONGSIDE \
                and not is_generic(text[start:m.end(1)]):
            # "Kelas Bumil Sehat bersama Bidan Rahma": the Indonesian "bersama" says who leads the class the
            # owner named before it; the English formula of a name keeps its person ("Beauty Class by Kak Vina"),
            # and so does a class named only by what it teaches ("Belajar Bahasa bersama Bu Ratna")
            yield (text[start:m.end(1)], start, m.end(1)), False
            continue
        # "kursus bahasa Inggris English with Mia": the word after "bahasa" names the language taught
        lead = re.match(r"\S+\s+", text[start:m.end(1)])
        if lead and m.group(1).count(" ") and re.search(r"(?i)\bbahasa\s+$", text[:start]):
            start += lead.end()
        prev_word = (text[max(0, m.start() - 20):m.start()].split() or [""])[-1]
        if is_place(text, m.start(1), m.end(1)) or (" " not in m.group(1) and language_taught(prev_word, m.group(1))):
            # "Massage in Ubud by Mbok Ketut": the place before "by" is where, not who; "les bahasa Inggris
            # bersama Mister Bob": the language is what is taught
            start = m.start(2)
        # the whole name after the marker: "Mandarin with Laoshi Wen", "Glam by Sarah Tan"
        last = m.start(2) + text[m.start(2):m.end()].rfind(" ") + 1
        rest = take_name(text, last, cased, require_cap=True)
        end = max(m.end(), rest[2]) if rest and rest[1] == last else m.end()
        yield (text[start:end], start, end), True

"""Brand-name extraction: explicit markers, quotes, "X sejak 2010", leading names, capitalised runs.

Each rule proposes candidates with a priority (lower is stronger); the strongest, then the earliest, wins. Names stop
at the next clause word and keep the owner's capitalisation (all-lower-case names are title-cased). Reading a name
from a cue is name_reader.py's; judging and cleaning a candidate is brand_guards.py's; the cues of people's names, of
names the owner marks and of capitalised runs are brand_people.py's, brand_marked.py's and brand_runs.py's.
"""

from __future__ import annotations

import re

from tapsite_pipeline.written_case import is_title_cased

from .brand_before_place import before_place
from .brand_bio import welcomed
from .brand_form import person_field
from .brand_form_names import form_names
from .brand_guards import carried_goods, cut_trailing_place, finish_name, is_generic, vet_candidate
from .brand_lower import appositive, closed_name, introduced, opening_before_verb, standing_alone
from .brand_marked import (
    _AT_PLACE,
    _DESCRIBED,
    _GREETING_FROM,
    _HERE_INTRO,
    _LEGAL_ENTITY,
    _LOWER_SET_OFF,
    _OWNED_CUE,
    _SELF_INTRO_CUE,
    _TENURE_WORDS,
    _quoted_within,
)
from .brand_people import (
    _HARD_OR_STOP,
    _HONOR_NAME,
    _OWNER_BEFORE,
    _OWNER_WORD,
    _PERSON_BESIDE,
    _RUN_BY_PERSON,
    _SELF_INTRO,
    _SELF_NAMED,
    _STAFF_BEFORE,
    _STOP_OR_GENERIC,
    _TITLE_BEFORE_PERSON,
    _clause_word_inside,
    _person_beside_business,
    with_person,
)
from .brand_runs import (
    _ALONE_AFTER,
    _ARTICLE_BEFORE,
    _CAMEL,
    _CLAUSE_PRICED,
    _COINED,
    _NAME_SPLIT,
    _NEXT_PRICED,
    _PACKAGE_NAME,
    _PRICE_NEXT,
    _PRICED_AFTER,
    _PRICED_BEFORE,
    _SERVED_BEFORE,
    _SET_OFF,
    _TRADE_WORDS,
    SIGNED_NUMBER,
    _trade_after_name,
    inside_trade_phrase,
    subject_taught,
    trade_heading,
)
from .brand_shapes import after_list, before_head, is_place, listed_item, signed, signed_person, with_lead
from .brand_title_case import CAPPED_CLAUSE_WORD, PART_ENDS, TITLED_READING
from .brand_titles import TITLED_NAME, after_listed_opening, land_named, services_first
from .brand_words import (
    _HARD,
    _HONOR_RE,
    _LOWER_START,
    _MEDIUM,
    _MEDIUM_CAP,
    _OWN_NOUNS,
    _OWNED,
    _PREFIX,
    _PREFIX_CAP,
    _QUOTED,
    _SINCE,
    _START_FOLLOW,
    _STRONG,
    _SUFFIXES,
    _WORD_TOKEN,
    COPULA_BEFORE,
    GENERIC_WORDS,
    HONORIFICS,
    NOT_NAME_WORDS,
    STOP,
)
from .brand_words_alone import dotted_handle, refused
from .cap_runs import _is_cap, cap_runs
from .caps_opening import caps_opening
from .letter_formulas import salutation_end
from .lexicon import KEYWORDS
from .name_reader import NOT_NAME_OR_STOP, take_name
from .places import PLACES
from .roles import AUDIENCE

# is_generic, cut_trailing_place and take_name were first defined here; their importers may keep importing them so.
# From this priority on a name is a guess from the brief's shape (words before a place, a lower-case opening, an
# honorific and a name, a short acronym), not a name the owner marked, signed or capitalised as one.
GUESSED = 9


__all__ = ["GUESSED", "before_place", "cut_trailing_place", "extract_brand", "is_generic", "take_name"]


# "Belajar Desa adalah …", "Kopi Senja, a cafe …": a copula right after the opening words introduces a name
_COPULA_AFTER = re.compile(r"\s*(?:adalah|merupakan|is|are)\b|\s*,\s*(?:sebuah\s+|a\s+|an\s+)?(?:"
                           + _PREFIX + r"|shop|store|bakery|cafe|restaurant|studio|salon)\b", re.I)


def extract_brand(text: str, lower: str, cased: bool,
                  skip: list[tuple[int, int]] = ()) -> tuple[str, tuple[int, int], int] | None:
    """The brand name, its span in ``text`` and the priority of the rule that read it, or None (_extract_brand).

    A brief in Title Case Everywhere ("Bakso Pak Min Solo, Bakso Urat & Tetelan") is read as cased for a name the
    owner set off by punctuation, at the start or after a marker: the capitals of its words say nothing, but a name
    that is a part of the brief of its own keeps every word ("Pak Min", not a lower-case "min" that ends a name).
    """
    if not cased and is_title_cased(text):
        # the clause words the owner capitalised too ("Buka", "Dan", "Di", "Jual") are read as the words they are
        read = CAPPED_CLAUSE_WORD.sub(lambda m: m.group(0).lower(), text)
        found = _extract_brand(read, lower, True, skip)
        if found and found[2] <= TITLED_READING and PART_ENDS.match(read, found[1][1]) \
                and len(found[0].split()) == len(text[found[1][0]:found[1][1]].split()):  # the part whole, not cut
            s, e = found[1]
            return (text[s:e] if read[s:e] == found[0] else found[0]), found[1], found[2]
    return _extract_brand(text, lower, cased, skip)


def _extract_brand(text: str, lower: str, cased: bool,
                   skip: list[tuple[int, int]] = ()) -> tuple[str, tuple[int, int], int] | None:
    """The brand name, its span in ``text`` and the priority of the rule that read it (``GUESSED`` and weaker: a
    guess from the brief's shape), or None if nothing looks like a name.

    ``cased`` says whether the brief's capitalisation carries information (not all lower/upper
    case, not Title Case Everywhere); ``skip`` holds spans (locations) that cannot be names.
    """
    cands: list[tuple[int, int, str, tuple[int, int]]] = []
    # The strongest (priority, start) found so far. The winner is the least (priority, start), the first added on
    # a tie, so a weaker rule's candidates need not be read once a stronger one is in hand.
    best: list[tuple[int, int]] = []

    def beaten(prio: int) -> bool:
        return bool(best) and best[0][0] < prio

    def add(prio: int, found: tuple[str, int, int] | None, allow_generic: bool = False, placed: bool = True) -> None:
        if not found:
            return
        name, s, e = found
        if best and (prio, s) >= best[0]:  # reading it may only move its start later: it would lose
            return
        vetted = vet_candidate(text, lower, skip if placed else [], prio, name, s, e, allow_generic)
        if vetted is None or refused(vetted[0]):  # "mohon dirapikan jd web", "logo brand orang" (brand_words_alone.py)
            return
        name, s, e = vetted
        cands.append((prio, s, name, (s, e)))
        best[:] = [min(best[0], (prio, s)) if best else (prio, s)]

    # A rule is not read once a stronger name is in hand (beaten), and the standing-alone rule (5) runs after
    # the markers (1-4) so a marked name spares reading the capitalised runs at all. Rules of equal priority keep
    # their order, so a tie still goes to the same candidate.
    all_runs: list[tuple[int, int, bool]] | None = None  # the capitalised runs, read once and only if needed
    # the markers ignore case: in an ASCII brief they stand where they stand in its lower-case twin, which they
    # read without folding (fastre.py)
    folded = lower if text.isascii() else text
    for m in _STRONG.finditer(folded):
        if person_field(folded, m.start(), m.end()):
            continue  # "Nama: Bu Rina / Nama usaha: …": the form's person; the business field names the brand
        found = take_name(text, m.end(), cased)
        if found and found[0].lower().rstrip(".") in NOT_NAME_OR_STOP:
            continue
        if not cased:  # "namanya kado kita co.": the words a lower-case reading stops at that still close the name
            found = closed_name(text, lower, found)
        add(1, _quoted_within(text, found) or found, allow_generic=True)
    for m in (() if beaten(2) else _QUOTED.finditer(text)):
        if re.search(r"\b(?:game|lagu|album|single|buku|novel|film|produk|product|menu|varian|series|episode|judul|"
                     r"title|song|book)\W{0,3}$", lower[max(0, m.start() - 12):m.start()]):
            continue  # "lagi garap game mobile puzzle 'Nasi Goreng Rush'": a product, not the business
        if re.search(r"(?:tagline|slogan|motto|tulisan|bertuliskan|kata|text|teks|caption|headline|judul|quote|next\s+one|"
                     r"topic|topik|tema|theme|session|sesi)\W{0,12}$",
                     lower[max(0, m.start() - 25):m.start()]):
            continue
        inner = (m.group(1) or m.group(2)).strip()
        # a dot after an abbreviation ends no sentence: 'Suara Pinggiran Vol. 3'
        whole = not re.search(r"[.!?]", re.sub(r"(?i)\b(?:vol|no|co|st|jl|dr|pt|cv)\.", "", inner[:-1]))
        if 1 <= len(inner.split()) <= 5 and inner[:1].isalnum() and whole:
            idx = m.start(1) if m.group(1) else m.start(2)
            add(2, (inner, idx, idx + len(inner)))
    for m in (() if beaten(3) else _MEDIUM.finditer(folded)):
        if COPULA_BEFORE.search(text[max(0, m.start() - 12):m.start()]) or _DESCRIBED.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "Hijab Alya adalah brand hijab ...", "… is a local skincare brand registered …": a description
        found = take_name(text, m.end(), cased)
        if found and found[0].lower() in NOT_NAME_OR_STOP:
            continue
        if found and not _OWNED_CUE.search(m.group(0)) and carried_goods(text, lower, *found):
            continue  # "merk KYT INK NHK ori semua", "brand identity kits": the goods or the service, not the name
        if not cased:  # "brand saya tenun sumba by rambu, …"
            found = closed_name(text, lower, found)
        add(3, found)
    if cased and not beaten(3):
        for m in _MEDIUM_CAP.finditer(text):
            found = take_name(text, m.end(), cased, require_cap=True)
            if found and not _is_cap(found[0]):
                continue
            # "We're Kebun Pagi.", "call us Dapur Kecil": the owner introduces the name, so ordinary words in
            # capitals are one
            intro = bool(_SELF_INTRO_CUE.match(m.group(0))) and found is not None and len(found[0].split()) >= 2
            add(3, found, allow_generic=intro)
        for prio, found in form_names(text, cased):  # "Kami Kursus …", "Pakai GiliranKita, aplikasi …" (brand_form_names.py)
            add(prio, found)
        # "Selamat datang di SOLEFRESH.ID", "Welcome to Rajut Nenek Official": the shop a bio welcomes one to
        add(3, welcomed(text), placed=False)  # ("di" after "selamat datang" says where one is welcome, not a place)
        for m in _LEGAL_ENTITY.finditer(text):
            # "PT Flobamora Digital Solusi melayani …", "Koperasi Tani Maju": a registered name, with its entity
            found = take_name(text, m.end(), cased, require_cap=True)
            if found and found[1] == m.end() and _is_cap(found[0]):
                add(3, (text[m.start():found[2]], m.start(), found[2]), allow_generic=True)
        for m in _OWNED.finditer(text):
            # "galeri saya Sanggar Lukis Darto Wiyono", "klubnya Hiu Kecil Swim Club", "brandku Rara Paper"
            if m.group(1).lower() in GENERIC_WORDS or m.group(1).lower() in _OWN_NOUNS:
                if _AT_PLACE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "tiap sabtu di rumah saya Antapani Bandung": where it is held, not a name
                found = take_name(text, m.end(), cased, require_cap=True)
                if found and _is_cap(found[0]):
                    add(3, found)
    here_intro = None if beaten(3) else _HERE_INTRO.match(text)
    if here_intro and not any(w.lower() in _HARD_OR_STOP for w in here_intro.group(1).split()):
        # "hey! kopikanvas studio here, we do …": the owner signs in with the business's name
        add(3, (here_intro.group(1), here_intro.start(1), here_intro.end(1)), allow_generic=len(here_intro.group(1).split()) >= 2)
    greeting = None if beaten(4) or not cased else _GREETING_FROM.match(text)
    if greeting:
        # weaker than a name the owner marks ("Hello from Kei Islands! We are Ngilngof Beach Homestay"): the greeting
        # may come from a place
        found = take_name(text, greeting.end(), cased, require_cap=True)
        if found and _is_cap(found[0]) and not is_place(text, found[1], found[2]) \
                and found[0].lower() not in PLACES and not land_named(found[0]):
            add(4, found, placed=False)  # the place reader takes "from X" for where; the greeting says who
    for m in (_SINCE.finditer(text) if not beaten(4) and ("19" in text or "20" in text) else ()):  # "19xx", "20xx"
        before = text[:m.start()]
        for a, b in skip:
            if before.rstrip(" ,(-").endswith(text[a:b]) and b >= len(before.rstrip(" ,(-")) - 1:
                before = re.sub(r"(?i)\s*\b(?:di|in|at)\s*$", "", before[:a])
                break
        if cased:
            if all_runs is None:
                all_runs = cap_runs(text)
            end = len(before.rstrip(" ,(-"))
            runs = [r for r in all_runs if end - 1 <= r[1] <= end]
            if runs and _RUN_BY_PERSON.search(text, max(0, runs[-1][0] - 40), runs[-1][0]):
                continue  # "… run by Maria and her husband Lukas since 2015": who runs it, not its name
            if runs and text[runs[-1][0]:runs[-1][1]].lower() not in _TENURE_WORDS:
                s, e, _ = runs[-1]
                add(4, (text[s:e], s, e))
            continue  # cased brief: lower-case words before "since" describe, they do not name ("family-run stall since 1978")
        words = list(re.finditer(r"[\w'&]+", before))
        picked: list[re.Match] = []
        for w in reversed(words[-5:]):
            if w.group(0).lower() in STOP:
                break
            picked.insert(0, w)
        # the words are the whole clause before "since": "… making hand-painted batik crafts since 1987" describes
        clause_start = not before[:picked[0].start()].strip() or before[:picked[0].start()].rstrip()[-1] in ",.;:!?(—-" \
            if picked else False
        if picked and clause_start:
            s, e = picked[0].start(), picked[-1].end()
            add(4, (text[s:e], s, e))
    if cased:
        signs = [] if beaten(3) else signed(text, cased)
        for found, generic in (() if beaten(3) else with_person(text, cased, signs)):
            add(3, found, allow_generic=generic)
        for found in signs:
            add(3, found, allow_generic=True)  # "Dog walking in Canggu by Happy Paws Bali", "oleh Benang Kasih"
        person = None if beaten(3) else signed_person(text)
        if person:  # "sulam alis & lash extension by Kak Dinda": lower-case trade words signed by a titled person
            add(3, person, allow_generic=True)
    if cased and not beaten(5):
        all_runs = all_runs if all_runs is not None else cap_runs(text)
        for rs, re_, _ in all_runs:
            # a name standing alone as its own sentence or after a colon or dash, before the end or a
            # contact detail: "…, mulai 500rb. Balonku Deco. wa 0821…", "Quotes in 1 hour: Bali Power & Sound"
            if (number := SIGNED_NUMBER.search(text, rs, re_)) and number.start() > rs:
                re_ = number.start()  # "Teknik Dingin Jaya 0811 2929 3030": the run takes the number's digits too
            before, after, name = text[:rs].rstrip(), text[re_:], text[rs:re_]
            words = [w for w in _NAME_SPLIT.split(name.lower()) if w and w != "and"]
            coined = len(words) == 1 and bool(_COINED.search(name))  # "Sekolahweb.id"
            if (len(words) >= 2 or coined) and not all(w in PLACES for w in words) \
                    and (not before or before[-1] in ".:!?—-") \
                    and not (_SET_OFF.match(after) and trade_heading(name)) \
                    and ((by_number := SIGNED_NUMBER.match(after)) or _ALONE_AFTER.match(after)):
                add(4 if by_number else 5, (name, rs, re_))
        first_tok = _WORD_TOKEN.search(text)
        m = _CAMEL.match(text, first_tok.start()) if first_tok else None
        if m and m.group(0).lower() not in NOT_NAME_WORDS:
            # "SecuraNet konsultan …": a coined one-word name opening the brief (with the words of its run)
            run = next((r for r in (all_runs if all_runs is not None else cap_runs(text)) if r[0] == m.start()), None)
            e = run[1] if run else m.end()
            add(5, (text[m.start():e], m.start(), e))
    set_off_lower = None if cased or beaten(5) else _LOWER_SET_OFF.match(lower)
    if set_off_lower and not any(w in STOP or w in _HARD for w in set_off_lower.group(1).split()) and any(
            w not in KEYWORDS for w in set_off_lower.group(1).split()):
        # "sabun alami ratri - handmade soap shop in ubud": a lower-case brief opening with a name set off by a dash or
        # colon, as a capitalised one would be ("Kue Kering - nastar…" is the trade, not a name)
        add(5, (text[set_off_lower.start(1):set_off_lower.end(1)], set_off_lower.start(1), set_off_lower.end(1)))
    if not cased and not beaten(5):  # "BENGKEL LAS KARYA BAJA Melayani Pembuatan …": the capitals set the name off
        add(5, caps_opening(text))
    if not cased and not beaten(5):
        # "quantum edukasi adalah lembaga bimbingan belajar …": the words before a copula or a business verb
        opening = opening_before_verb(text, lower)
        add(5, opening, allow_generic=bool(opening) and len(opening[0].split()) >= 2)
    for found in (() if cased or beaten(3) else introduced(text, lower)):
        add(3, found)  # "we are clean sweep bali, villa cleaning …", "kami dari sumber jaya autobody, melayani …"
    set_off_name = None if cased or beaten(6) else appositive(text, lower)
    if set_off_name:  # "les gitar & drum di cimahi, studio musik nada ria. …", "…, rumah baca pintar, di lampung"
        add(6 if set_off_name[1] else 7, set_off_name[0])
    for found, before_contact in (() if cased or beaten(5) else standing_alone(text, lower)):
        add(5 if before_contact else 6, found)  # "… mulai 500rb. balonku deco. wa 0821 …": a name as a sentence of its own
    # "Scaling, whitening, braces. Dental clinic Kuta …": the services listed first are no name
    listed_end = (after_listed_opening(lower) or 0) if services_first(lower) else 0
    if cased and not beaten(5):  # a start-of-brief name (5), then the weaker readings of the runs (6 and up)
        runs = all_runs if all_runs is not None else cap_runs(text)
        # a capitalised name right at the start: "Kopi Senja adalah ...", "Batik Larasati: ...", or right after an
        # opening salutation ("Dengan hormat, Paguyuban Reog … menerima …": the letter's body starts on the name)
        first = _WORD_TOKEN.search(text, salutation_end(text))
        opening = next((r for r in runs if first and r[0] == first.start()), None)
        # "Scaling, whitening, braces, veneers. Dental clinic …": a terse brief opening on its services lists them
        if opening and not listed_end and (_START_FOLLOW.match(text, opening[1]) or _trade_after_name(text, *opening[:2])):
            s, e, _ = opening
            # "Belajar Desa adalah …": a copula right after the opening words introduces a name
            copula = bool(_COPULA_AFTER.match(text[e:]))
            # "Rajut Kasih - boneka rajut custom": a name set off by a dash or colon at the very start is one when a
            # word of it is not a trade word ("Kue Kering - nastar…" is the trade, not a name)
            set_off = bool(_SET_OFF.match(text[e:])) and any(
                w.lower() not in KEYWORDS for w in text[s:e].split())
            # ... nor is a heading of trade words and a town set off before the name ("SEWA ALAT PESTA LAMPUNG - …")
            if not (_SET_OFF.match(text[e:]) and trade_heading(text[s:e])):
                    add(_PERSON_BESIDE if _person_beside_business(text, runs, s, e) else 5, (text[s:e], s, e),
                    allow_generic=(copula or set_off) and len(text[s:e].split()) >= 2)
        for name, s, e, many in before_head(text, runs):  # "Kopi Pagi cafe in Bandung", "Rambut Sehat salon"
            add(5, (name, s, e), allow_generic=many)
        for m in (() if beaten(6) else _PREFIX_CAP.finditer(text)):
            run = next((r for r in runs if r[0] == m.end()), None)
            # "toko Ani", "warung makan Bu Sri" keep the prefix; "rental mobil Lancar Jaya" does not
            if run and (len(text[run[0]:run[1]].split()) == 1 or text[run[0]:run[1]].split()[0].lower() in HONORIFICS):
                mid = m.group(2).split()
                place = text[run[0]:run[1]].lower() in PLACES
                listed = text[m.start():run[0]].islower() and after_list(text, m.start())  # "… dan les piano Kak Dimas"
                if all(w not in STOP and w not in _HARD for w in mid) and not place and not listed:
                    s, e = m.start(), run[1]
                    if not any(a <= run[0] and run[1] <= b for a, b in skip):
                        add(6, (text[s:e], s, e))
        for m in (() if beaten(6) else TITLED_NAME.finditer(text)):
            # "klinik gigi drg. Ratna", "Toko kue Hj. Aminah", "Konsultan teknik sipil Ir. Hendra": trade words before a
            # titled person name the practice; the title stays in the name as written
            words = m.group(2).split()
            while words and (words[-1].lower() in _HARD_OR_STOP or words[-1].lower() in PLACES):
                words.pop()
            if not words or words[0].lower() in _HARD_OR_STOP:
                continue
            if _OWNER_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    or _STAFF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "Apotek Sehat milik apt. Sari", "apoteker penanggung jawab apt. Sari": who, not the name
            end = m.start(2) + len(" ".join(words)) if text[m.start(2):].startswith(" ".join(words)) else m.end()
            back = list(re.finditer(r"[\w'-]+", text[max(0, m.start() - 40):m.start()]))
            keep = None
            for w in reversed(back[-3:]):
                lw = w.group(0).lower()
                if lw in STOP or (lw not in GENERIC_WORDS and lw not in _TRADE_WORDS) or lw in NOT_NAME_WORDS:
                    break
                keep = w
            s0 = max(0, m.start() - 40) + keep.start() if keep is not None else m.start()
            if keep is not None and (re.search(r"[.!?,;:]", text[s0:m.start()]) or after_list(text, s0, m.start())):
                s0 = m.start()  # "scaling dan tambal gigi drg. Maya": the services, then who
            # the titled person alone is as strong as their capitalised name, and starts before it
            add(6 if s0 < m.start() else 7, (text[s0:end], s0, end), allow_generic=True)
        for rs, re_, _ in (() if beaten(6) else runs):
            # "Pijat tradisional Mbok Darmi", "jual nasi uduk Bu Tini": business words before an honorific name
            if text[rs:re_].split()[0].lower() not in HONORIFICS:
                continue
            back = list(re.finditer(r"[\w'-]+", text[max(0, rs - 40):rs]))
            keep = None
            for w in reversed(back[-3:]):
                lw = w.group(0).lower()
                if lw in STOP or lw not in GENERIC_WORDS or lw in NOT_NAME_WORDS:
                    break
                keep = w
            if keep is not None:
                s = max(0, rs - 40) + keep.start()
                if after_list(text, s, rs):
                    add(6, (text[rs:re_], rs, re_))  # "bekam dan pijat refleksi Bu Hajah Siti": the services, then who
                elif not re.search(r"[.!?,;:]", text[s:rs]):
                    add(6, (text[s:re_], s, re_))
        for s, e, initial in (() if beaten(6) else runs):
            name = text[s:e]
            words = name.split()
            if words[-1].lower() in _SUFFIXES and len(words) >= 2:
                # "Dapur Ibu Made Cooking School": a long run closed by a trade title is a name even when
                # each of its words is an ordinary one
                add(6, (name, s, e), allow_generic=len(words) >= 3 or any(w.lower() in HONORIFICS for w in words[:-1]))
            elif len(words) >= 2 or not initial or dotted_handle(name):  # "Tayang.Jogja: …" (a handle)
                if words[0].lower() in PLACES and len(words) <= 2 and all(w.lower() in PLACES for w in words):
                    continue
                if listed_item(text, s, e) or e <= listed_end:
                    continue  # "tas branded ori, LV, Coach, Kate Spade, bisa COD": makers sold, not the business
                if _PRICED_BEFORE.search(text, max(0, s - 50), s) and _PRICED_AFTER.match(text, e):
                    continue  # "Canon M50 200k, Lensa fix 80k/hari, Tripod 30k": an item of a price list
                if (priced := _PRICE_NEXT.match(text, e)) and (_NEXT_PRICED.match(text, priced.end())
                                                               or _CLAUSE_PRICED.match(text, priced.end())):
                    # "Sewa motor Bali: Scoopy 70rb/hari, NMAX 120rb/hari": the first item of a price list; "Cuci AC
                    # 60rb aja.": an item priced in a clause of its own
                    continue
                if _PACKAGE_NAME.search(name) and _PRICE_NEXT.match(text, e):
                    continue  # "Paket Basic 350rb: …", "Gold Package 3jt": a package sold, not the business
                if _SERVED_BEFORE.search(text, max(0, s - 80), s):
                    continue  # "melayani Kota Kupang dan Oesao", "around the Togean islands": where, not who
                if _ARTICLE_BEFORE.search(text, max(0, s - 40), s):
                    continue  # "I'm Dewi, a freelance Shopify and WordPress developer": what she is, not a name
                if not text[:s].strip() and _SET_OFF.match(text[e:]) and trade_heading(name):
                    continue  # "Jasa Servis AC Bekasi - Dingin Prima Teknik, …": the heading, then the name
                if inside_trade_phrase(text, s, e, STOP) or subject_taught(text, s, e):
                    continue  # "open trip Bromo sunrise", "Beginner Korean lessons": what is sold or taught, not who
                short_acronym = len(words) == 1 and name.isupper() and len(name) <= 4
                served = with_lead(text, s, e) if len(words) == 1 else None
                if served:  # "jasa sedot WC Amanah": one word names nothing alone; the service phrase is in the name
                    add(7, (served, s, e))
                    continue
                add(_PERSON_BESIDE if _person_beside_business(text, runs, s, e) else
                    7 if len(words) >= 2 else (11 if short_acronym else 8), (name, s, e),
                    allow_generic=len(words) >= 3 and not initial and not any(w.lower() in PLACES for w in words))
    for m in (() if beaten(9) else _HONOR_RE.finditer(lower)):
        nm = m.group(2)
        if nm in STOP or nm in GENERIC_WORDS:
            continue
        add(9, (text[m.start():m.end()], m.start(), m.end()), allow_generic=True)
    for m in (() if beaten(9) else _HONOR_NAME.finditer(lower)):
        # "pijat sehat mbak yuni", "jamu gendong mbok darmi": business words, then an honorific and a name
        if m.group(1) in STOP or m.group(1) in GENERIC_WORDS or m.group(1) in PLACES:
            continue
        back = list(re.finditer(r"[a-z][a-z'-]*", lower[max(0, m.start() - 40):m.start()]))
        keep = None
        for w in reversed(back[-3:]):
            if w.group(0) in STOP or w.group(0) not in KEYWORDS:
                break
            keep = w
        if keep is not None:
            st = max(0, m.start() - 40) + keep.start()
            if after_list(lower, st, m.start()):  # "lulur dan spa tradisional mbak sari": the services, then who
                add(9, (text[m.start():m.end()], m.start(), m.end()), allow_generic=True)
            elif not re.search(r"[.!?,;:]", lower[st:m.start()]):
                add(9, (text[st:m.end()], st, m.end()), allow_generic=True)
    for found in (() if beaten(9) else before_place(text, lower)):
        add(9, found)
    # a name at the very start with no capitalisation to go by: "es kopi tetangga buka cabang ..."
    m = None if beaten(10) else _LOWER_START.match(lower)
    # ... when a word of it is not a trade's or a customer's: "les renang anak, kolam di Bogor" is the trade
    if m and not _clause_word_inside(m.group(1).split()) and (not cased or text[m.start(1)].islower()
                                                                             or not cands) \
            and not all(w in _TRADE_WORDS or w in AUDIENCE for w in m.group(1).split()) \
            and not listed_end:  # "brake pads, oil change, tune-ups. car workshop …": services listed
        owner = _OWNER_WORD.search(lower, m.start(1), m.end(1))  # "apotek sehat milik apt. sari": the name, then who
        end = owner.start() - 1 if owner else m.end(1)
        if end - m.start(1) >= 2:
            add(10, (text[m.start(1):end], m.start(1), end))
    # "Saya Kak Rina, guru les privat …": a trade run by a person goes by the person's name (weaker than any
    # name the owner gave the business, stronger than a stray capitalised word)
    m = None if beaten(8) else _SELF_NAMED.search(text)
    if m and m.group(2).lower() not in _STOP_OR_GENERIC:
        cands.append((8, m.start(1), finish_name(m.group(1) + " " + m.group(2)), (m.start(1), m.end(2))))
    # with no business name given, a freelancer goes by the name they introduce themselves with
    m = _SELF_INTRO.search(text) if cased and not beaten(8) else None
    if m and m.group(1).lower() not in _STOP_OR_GENERIC and m.group(1).lower() not in PLACES \
            and m.group(1).lower() not in HONORIFICS:
        cands.append((8, m.start(1), m.group(1), (m.start(1), m.end(1))))
    if not cands:
        return None
    cands.sort(key=lambda c: (c[0], c[1]))
    prio, _, name, span = cands[0]
    # "les renang coach Fajar", "servis AC pak Joko": a person's name read alone keeps the title the owner wrote
    # before it, as "Bu Sumi" keeps hers ("Coach Fajar", "Pak Joko")
    if (title := _TITLE_BEFORE_PERSON.search(text, max(0, span[0] - 12), span[0])) and len(name.split()) <= 2 \
            and name[:1].isupper() and name.split()[0].lower() not in HONORIFICS:
        name, span = title.group(1).capitalize() + " " + name, (title.start(1), span[1])
    return name, span, prio

"""parse_brief: one sentence about a small business → a validated Intent, deterministically."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.phrase_find import word_char

from ...models import Fact, Intent
from ...written_case import aligned_lower, as_written, is_cased
from . import brand as brand_rules
from . import classify, extract, learned_models, page_features
from .acronyms import RUNNING_ACRONYMS
from .addresses import street_spans
from .asides import asides_dropped
from .brand_titles import TITLED_NAME, TITLES, after_listed_opening
from .brand_words import HONORIFICS, LOC_NOUNS, STOP
from .capital_price import capital_apart
from .colors import colors_with_spans
from .coordination import bundled, most_specific, object_kinds, places_share_work, rival_kinds, shared_head
from .credential_alone import credentials_alone
from .facts import extract_facts
from .form_reads import FormRead, blanked, form_items, read_forms, settled
from .handle_names import account_name, account_spells, handle_name, loose_account_name
from .heads import said_head
from .held_contents import held_facts, held_said
from .house_rules import terms_apart
from .item_measures import measured
from .language_pairs import language_fact, only_languages, service_named, translates
from .levels import unglued_levels
from .line_forms import read_lines
from .maps_profile import profile_lines
from .message_about import about_the_message, spoken_filler
from .name_shape import name_shaped
from .not_cards import among_notes, verbs_sharing
from .notes import NOTE_LIMIT, notes
from .notes_once import said_once
from .notice_words import notice_heading
from .notices import hiring_notes, notice_spans
from .offer_words import AVAILABILITY
from .offering_places import village_after_name
from .offerings import offerings, priced_offerings
from .other_businesses import unnamed_businesses
from .own_name import names_business
from .pantun import sampiran_span
from .places import PLACES
from .price_variants import variant_subjects
from .regional import in_owner_words, intent_as_written, read_as_said
from .schedule_stops import schedule_stops
from .service_objects import objects_named
from .terms_of_sale import goods_only
from .text import clean, detect_language
from .tier_heads import tiers_headed
from .tone import tone as page_tone
from .village_named import named_place

_CONTACT_TEXT = regrouped(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@[\w.]{2,30}|\+?\d[\d\s().-]{6,}\d")
_LANG_HINT = {"id": "id", "in": "id", "ind": "id", "indonesia": "id", "indonesian": "id", "bahasa": "id",
              "bahasa indonesia": "id", "en": "en", "eng": "en", "english": "en", "inggris": "en"}
_FALLBACK_PREFIX = {
    "food_and_beverage": ("Dapur", "Kitchen"), "retail": ("Toko", "Shop"), "services": ("Jasa", "Services"),
    "creative": ("Studio", "Studio"), "education": ("Rumah Belajar", "Academy"), "events": ("Event", "Events"),
    "technology": ("Tech", "Tech"), "other": ("Usaha", "Co"),
}


_COUNTED_BEFORE = regrouped(r"(?<![\d.,/-])\d{1,4}\s*$")
_SIGNUP_WORDS = regrouped(r"\b(?:newsletter|sign\s?up|signup|mailing\s+list|email\s+list|waitlist|wait\s+list|"
                          r"create\s+(?:an\s+)?account|buat\s+akun|join\s+(?:our\s+)?(?:list|community)|daftar|register)\b")


def _occurrences(lower: str, phrase: str) -> list[tuple[int, int]]:
    out, i = [], lower.find(phrase)
    while i >= 0 and phrase:
        out.append((i, i + len(phrase)))
        i = lower.find(phrase, i + 1)
    return out


# An exam the business prepares for: "persiapan UTBK", "IELTS preparation", "bimbel SNBT", "tryout CPNS". Named
# in a card, it is what is taught, not a school level of the pupils ("Jenjang: UTBK" only repeats the card).
_EXAM = re.compile(r"utbk|snbt|sbmptn|cpns|toefl|ielts|toeic")


def _exams_taught(facts: list[Fact], products: list[str]) -> list[Fact]:
    said = {w for p in products for w in p.split()}
    return [f for f in facts if not (f.kind == "level" and _EXAM.fullmatch(f.value.lower()) and f.value.lower() in said)]


def _cap_word(w: str) -> str:
    """A word of a name made from the brief: capitalised, and a known acronym in capitals ("sedot wc" → "Sedot WC")."""
    return RUNNING_ACRONYMS.get(w, w[:1].upper() + w[1:])


_PRICED_AFTER_ITEM = regrouped(r"\s+(?:mulai\s+|from\s+)?(?:rp\.?\s*|idr\s*)?\d[\d.,]*\s*(?:k|rb|ribu|jt|juta)\b", re.I)


def _priced_model(item: str, text: str) -> bool:
    """Is the item one word the owner capitalised mid-sentence and priced right after ("…, Brio 350rb")?"""
    if " " in item:
        return False
    m = re.search(rf"(?<=[\s,:;/(])({re.escape(item)})\b", text, re.I)
    return bool(m and m.group(1)[:1].isupper() and _PRICED_AFTER_ITEM.match(text, m.end()))


def _fallback_brand(btype: str, lang: str, items: list[str], place: str | None, facts: list, text: str,
                    lower: str, raw: str) -> str:
    # the owner's handle or domain, never an invented name (clean() takes web addresses out of the text)
    if handle := handle_name(facts) or account_name(raw.lower()) or loose_account_name(raw.lower()):
        return handle
    cased = is_cased(text)
    # "Scaling, whitening, braces, veneers. Dental clinic Kuta …": a terse brief lists its services first and says
    # what it is after them
    lead = after_listed_opening(lower) or 0
    said = said_head(lower[lead:], STOP, LOC_NOUNS)
    said = (said[0] + lead, said[1] + lead) if said else None
    said = said or (said_head(lower, STOP, LOC_NOUNS) if lead else said)
    if said:
        # "we're a family-run guesthouse in Kuta Lombok" → "Guesthouse Kuta Lombok": what the owner says they run,
        # and where, rather than a type word before an offering ("Co 6 Rooms")
        head = as_written([lower[said[0]:said[1]]], text, lower, cased)[0]
        name = " ".join(map(_cap_word, head.split()))
        if place and place.lower() not in name.lower():
            name = f"{name} {place}"
        if " " in name:  # one word ("Bakery", "Les") names no one
            return name[:50].rsplit(" ", 1)[0] if len(name) > 50 else name
    # a model the owner prices in a list ("Brio 350rb, Innova 600rb") is what is rented or sold, never a name's source
    # (with no place to go by, the goods still say what the business is: "Jual kue: Nastar 85rb" → "Dapur Nastar")
    unpriced = [it for it in items if not _priced_model(it, text)]
    items = unpriced if unpriced or place else items
    id_pre, en_pre = _FALLBACK_PREFIX.get(btype, _FALLBACK_PREFIX["other"])
    prefix = id_pre if lang == "id" else en_pre
    # "servis AC rumah" → "Servis AC Rumah", not "Servis Ac Rumah"
    tail = " ".join(map(_cap_word, as_written(items[:1], text, lower, cased)[0].split())) \
        if items else (place or "")
    if not tail:
        return "Usaha Kita" if lang == "id" else "Our Business"
    if prefix.lower() in tail.lower().split():  # "Event Organizer" is not signed "Event Event Organizer"
        return tail[:50]
    name = f"{prefix} {tail}" if lang == "id" else f"{tail} {prefix}"
    return name[:50].rsplit(" ", 1)[0] if len(name) > 50 else name


# A price is never (the end of) a name: "Jual kue nastar 85K per toples" names no "Kue Nastar 85K", and a
# brief with "120K" capitalised is not signed "120K".
_TRAILING_AMOUNT = regrouped(r"(?:^|\s+)(?:rp\.?\s*|idr\s*)?\d+(?:[.,]\d+)*\s*(?:k|rb|ribu|jt|juta)?\s*$", re.I)
# ... nor its middle: "sewa sepeda listrik 120K sehari" read from a lower-case opening ends before the price
_INNER_AMOUNT = regrouped(r"(?:^|\s+)(?:rp\.?\s*|idr\s*)?\d+(?:[.,]\d+)*\s*(?:k|rb|ribu|jt|juta)\b(?=\s)", re.I)
_RACE_NAME = re.compile(r"(?i)\b(?:lari|run|race|marathon|maraton|trail|fun\s*run|ride|gowes|swim)\b")


def _no_amount(found: tuple[str, tuple[int, int], int] | None) -> tuple[str, tuple[int, int], int] | None:
    if not found:
        return found
    name, (start, end), prio = found
    m = _TRAILING_AMOUNT.search(name) or _INNER_AMOUNT.search(name)
    if m is None or not re.search(r"(?i)\d\s*(?:k|rb|ribu|jt|juta)\b|^(?:rp|idr)", name[m.start():].strip()):
        return found
    if _RACE_NAME.search(name):  # "Lari Pagi Sehat 10K": a race's distance is part of its name
        return found
    kept = name[:m.start()].rstrip()
    return (kept, (start, start + len(kept)), prio) if len(kept) >= 2 else None


def _glued_numbers(lower: str, m: re.Match[str]) -> bool:
    """Numbers glued to words with a space between them are a model and a price, not a phone: "sony a6400 150rb"
    holds no "6400 150" (a phone typed onto a word, "wa081234567890", has no space in it)."""
    glued = (m.start() > 0 and lower[m.start() - 1].isalpha()) or (m.end() < len(lower) and lower[m.end()].isalpha())
    return glued and " " in m.group(0)


def _safe_brand(name: str | None) -> str | None:
    if not name:
        return None
    name = " ".join(str(name).split()).strip()
    if len(name) > 50:
        name = name[:50].rsplit(" ", 1)[0] or name[:50]
    return name if len(name) >= 2 else None


def parse_brief(text: str, hints: dict | None = None) -> Intent:
    """Parse a one-sentence brief (Indonesian or English) into an Intent; never raises on text input."""
    hints = hints or {}
    try:
        read, said, pairs, numbers = read_as_said(text)  # "ambo … dari Sanggar X", "X, Y, jo Z", "dua juta lima ratus ribu"
        return intent_as_written(_parse(read, hints), text, said, pairs, numbers)
    except Exception:  # pragma: no cover - last-resort guard; the rules above are meant not to fail
        lang = _LANG_HINT.get(str(hints.get("language") or "").strip().lower(), "id")
        return Intent(business_type="other", industry="small business",
                      brand_name=_safe_brand(hints.get("brand_name")) or ("Usaha Kita" if lang == "id" else "Our Business"),
                      language=lang)


def brand_and_place(raw: str) -> tuple[str | None, str | None]:
    """Only the brand and the place a brief names (None when it names none): what identifies a business,
    at a fraction of a full parse (campaign intake keys every row with it)."""
    read, said, pairs, numbers = read_as_said(raw)
    if pairs or numbers:
        brand, place = (s and in_owner_words(s, said, numbers) for s in brand_and_place(read))
        return (brand and in_owner_words(brand, raw, pairs)), (place and in_owner_words(place, raw, pairs))
    text = clean(raw)
    lower = aligned_lower(text)
    cased = is_cased(text)
    place, place_span, after_prep = extract.location(text, lower, cased)
    skip = ([place_span] if place_span and after_prep else []) + street_spans(text)
    skip += [sp] if (sp := sampiran_span(text)) else []  # a pantun's first two lines name no one (pantun.py)
    found = _form_brand(raw, text, lower, cased, skip)[0]
    found = found or ((place, place_span, brand_rules.GUESSED) if place_span and account_spells(place, raw) else None)
    if found and place_span and tuple(found[1]) == tuple(place_span) and found[0].lower() not in PLACES:
        place, place_span, after_prep = _place_besides(text, lower, cased, found[1])
    if not found:  # no name in the words: the owner's own account, as the full parse signs the page
        return _safe_brand(account_name(raw.lower())), place
    return _safe_brand(found[0]), place


def _form_brand(raw: str, text: str, lower: str, cased: bool, skip: list[tuple[int, int]],
                hinted: str | None = None) -> tuple[tuple[str, tuple[int, int], int] | None, FormRead]:
    """The brand a brief's form gives (a signature's business, an agency's client), else the brand rules' (settled
    of a partner offer), and what the form says is no name, no offering and no trade (form_reads.py)."""
    form = read_forms(raw, text, lower, cased)
    if hinted:
        return None, form

    def read(unnamed: list[tuple[int, int]]) -> tuple[str, tuple[int, int], int] | None:  # the spans that name no one
        return _over_guess(_no_amount(brand_rules.extract_brand(blanked(text, unnamed), blanked(lower, unnamed),
                                                                cased, skip)), raw)
    return form.brand or settled(read([*form.skip, *unnamed_businesses(text, lower)]), text, form.skip, read, cased, form.quiet), form


def _place_besides(text: str, lower: str, cased: bool, span: tuple[int, int]) -> tuple:
    """The place read with the brand's words left out, when the brand (no town's name) was read where the place
    reader stood: "Hello from Batik Sekar Jagad … from Solo" was read as sent
    from a place; the greeting names the business, and the place is the one said elsewhere (or none)."""
    blank = " " * (span[1] - span[0])
    return extract.location(text[:span[0]] + blank + text[span[1]:], lower[:span[0]] + blank + lower[span[1]:], cased)


def _over_guess(found: tuple[str, tuple[int, int], int] | None, raw: str) -> tuple[str, tuple[int, int], int] | None:
    """The name read from the brief, unless it is only a guess from the brief's shape and the owner's own account
    spells a name ("tenun ikat sumba asli buatan mama-mama di Waingapu … ig @tenun.waingapu" goes by "Tenun
    Waingapu"). The guessed words keep their span: they are still read as the name's place, not as offerings."""
    if found and found[2] >= brand_rules.GUESSED and (own := account_name(raw.lower())):
        return own, found[1], found[2]
    return found



# A package that is a count of hours and its price, said with nothing before it ("Paket — 1,5 jam 150rb", "2,5 jam cuma
# 120rb", "package 2 hours IDR 400k").
_TIMED_ALONE = regrouped(r"(?i)^(?:(?:paket|package)\s+)?\d{1,2}(?:[.,]\d{1,2})?\s*(?:hours?|hrs?|jam)\b")
_PACKAGE_WORD = regrouped(r"(?i)^(?:paket|package|packages|bundle|combo)$")


def _timed_of_the_one(facts: list, items: list[str]) -> list:
    """A timed package said alone, at a business with one offering, is of that offering: it is said with it
    ("Bekam sunnah: 1.5 hrs only 200k"), never a bare "1,5 jam 150rb" that leaves the visitor to guess what the
    hours are of. With several offerings, which one it is of is not said; it stays as written."""
    if len(items) != 1 or _PACKAGE_WORD.match(items[0]):
        return facts
    return [f.model_copy(update={"value": f"{items[0]}: {f.value[:1].lower()}{f.value[1:]}"})
            if f.kind == "package" and not f.subject and _TIMED_ALONE.match(f.value) else f for f in facts]


def _with_village(place: str | None, brand: str | None, text: str, lower: str) -> str | None:
    """"Sanggar Ukir Maju, Batu Tulis, Jepara, …": the village said between the name and its region is where the
    business is, with the region (offering_places.village_after_name); the gazetteer knows only the region."""
    if not place or not brand or "," not in lower:
        return place
    for village in village_after_name(lower, {brand.lower()}):
        m = re.search(rf"(?<![\w-]){re.escape(village)}\s*,\s*{re.escape(place.lower())}(?![\w-])", lower)
        said = text[m.start():m.start() + len(village)] if m else ""
        if said and all(w[:1].isupper() for w in said.split()):  # a name: "Batu Tulis", not "sejak best"
            return f"{said}, {place}"
    return place


# A word of two or three capitals standing alone as an item of a list ("jual HP bekas, TWS, powerbank", "sablon
# plastisol, DTF, polyflex"): in a brief typed in mixed case it is a short name the owner gave on purpose. (Joined to the
# item before it, "upgrade SSD & RAM", it shares that item's work and stays a part of it.)
_SHORT_CAPS = regrouped(r"(?:(?<=[,:;])|(?<=[,:;] )|(?<=\bbikin )|(?<=\bjual )|(?<=\bterima )|(?<=\bpembuatan )|"
                         r"(?<=\bsell )|(?<=\bmake )|(?<=\boffer ))[A-Z]{2,3}(?![\w@./&'-])")


# ... but not a file's format ("file PNG, JPG, vector AI"), a unit of power or size ("AC 1,5-2 PK"), a currency or a
# trade mark sign ("™" is read "TM").
_NOT_SHORT_NAMES = frozenset("png jpg jpeg gif svg pdf psd ai eps mp3 mp4 mov wav doc xls ppt csv txt zip raw cdr "
                             "pk cc kw kva gb tb mb kb rp idr usd sgd myr rm tm".split())


def _short_names(text: str) -> frozenset[str]:
    return frozenset(n for m in _SHORT_CAPS.finditer(text) if (n := m.group(0).lower()) not in _NOT_SHORT_NAMES)


def _parse(raw: str, hints: dict) -> Intent:
    text = clean(raw)
    lower = aligned_lower(text)  # offsets of the lower-cased brief are offsets of the brief
    cased = is_cased(text)
    place, place_span, after_prep = extract.location(text, lower, cased)
    skip = ([place_span] if place_span and after_prep else []) + street_spans(text)
    skip += [sp] if (sp := sampiran_span(text)) else []  # a pantun's first two lines name no one (pantun.py)
    stops = schedule_stops(text)  # a route's stops by day are places, never the name (schedule_stops.py)
    hinted = _safe_brand(hints.get("brand_name"))
    found, form = _form_brand(raw, blanked(text, stops.spans), blanked(lower, stops.spans), cased, skip, hinted)
    if not found and not hinted and place_span and account_spells(place, raw):
        found = (place, place_span, brand_rules.GUESSED)  # "dari Tenun Mama Lowa … @tenunmamalowa": its name
    brand_span = found[1] if found else None
    if found and brand_span and place_span and brand_span[0] == place_span[0] and lower[place_span[0]:place_span[1]].split()[0] not in PLACES and found[0].lower() not in PLACES:  # the brand read as a place ("dari Percetakan Jam Gadang …")
        place, place_span, after_prep = _place_besides(text, lower, cased, brand_span)
    # an agency's own town ("a content agency in Manado") is its client's only when the client's words name no town
    if place_span and (c := next((c for c in form.unsaid if c[0] <= place_span[0] < c[1]), None)) \
            and str((other := _place_besides(text, lower, cased, c))[0]).lower() in PLACES:
        place, place_span, after_prep = other
    if hinted and (at := lower.find(hinted.lower())) >= 0:  # a given name that is in the text is still a name:
        brand_span = (at, at + len(hinted))                 # "Urban Fit Gym" asks for no bold tone

    verse, twins, video = read_lines(raw, lower)  # a pantun, a bilingual brief's English twins, a video's chapters
    trade = blanked(lower, form.unsaid + video.chapters)  # an agency's own clause says nothing of its client's trade
    btype, industry, seen, niche = classify.business(trade, extract.place_skips(text, place_span), brand_span, raw)
    typed = learned_models.business_type(trade, btype, seen)
    if typed != btype:  # the learned model overrode the keyword rules: industry and niche follow its answer
        btype = typed
        industry, niche = learned_models.industry_and_niche(trade, [place_span] if place_span else [], btype)
    no_brand = blanked(lower, video.chapters)  # "04:05 sending WhatsApp reminders" shows a feature, asks for none
    if brand_span:  # "Dingin Sejuk" names the shop; it does not ask for a calm tone
        no_brand = no_brand[:brand_span[0]] + " " * (brand_span[1] - brand_span[0]) + no_brand[brand_span[1]:]
    no_names = no_brand
    # a pantun, a bilingual brief's English twins, a Maps category: said, not sold; a twin's prices are its first line's
    if place_span:
        no_names = no_names[:place_span[0]] + " " * (place_span[1] - place_span[0]) + no_names[place_span[1]:]
    for a, b in verse:  # the brief's language is that of its offer and of the lines the owner wrote first
        no_names = no_names[:a] + " " * (b - a) + no_names[b:]
    lang = (_LANG_HINT.get(str(hints.get("language") or "").strip().lower())
            or detect_language(lower, no_names))
    tone = page_tone(no_brand, btype, industry)
    feats = page_features.features(no_brand)
    if btype in ("food_and_beverage", "retail") and "signup" in feats and not _SIGNUP_WORDS.search(no_brand):
        feats = [f for f in feats if f != "signup"]  # "7 day subscription for 175k": a standing order, not a sign-up
    if btype == "technology" and feats:
        feats = _not_deliverables(no_brand, feats)
    colors, colour_spans = colors_with_spans(lower, brand_span)

    brand = hinted or (_safe_brand(found[0]) if found else None)
    if brand and not hinted and brand.isupper() and text.isupper():  # typed in ALL CAPS → Title Case
        brand = " ".join(w if len(w) <= 2 and w.lower() not in HONORIFICS else w[:1] + w[1:].lower()
                         for w in brand.split())
    excl = [brand or "", place or ""] + colors
    # facts come from what the owner says, not from the name ("Print & Bind Kilat" promises no turnaround)
    f_text, f_lower = text, lower
    for a, b in [brand_span] * bool(brand_span) + twins:
        f_text = f_text[:a] + " " * (b - a) + f_text[b:]
        f_lower = f_lower[:a] + " " * (b - a) + f_lower[b:]
    facts, fact_spans, fact_read = extract_facts(f_text, f_lower, text[brand_span[0]:brand_span[1]] if brand_span else "")
    facts, fact_spans, fact_read = stops.merged(facts, fact_spans, fact_read)  # each stop one fact, never a card
    # emails, handles, numbers: each needs an "@" or a digit (isdigit() holds for every \d), most briefs have neither
    digits = any(map(str.isdigit, lower))
    contacts = [(m.start(), m.end()) for m in _CONTACT_TEXT.finditer(lower) if not _glued_numbers(lower, m)] \
        if "@" in lower or digits else []
    spans = [s for s in (brand_span, place_span) if s] + colour_spans + fact_spans + contacts
    trace: list[tuple[str, str]] | None = [] if learned_models.wants_trace() else None
    hiring, told = notice_spans(text, lower)  # a job notice or an announcement: never read for cards (notices.py)
    items = offerings(lower, spans + hiring + told + verse + video.figured + form.quiet, lang, excl, seen, tech=btype == "technology",
                      trace=trace, name=brand or "", short_names=_short_names(text) if cased else frozenset())
    if trace is not None:  # the learned candidate filter keeps or drops what the rules tried
        ruled = items
        items = learned_models.keep_offerings(items, trace, lower, text, lang)
        # an item of a price list, said with its own amount, is sold whatever the filter thinks of its words
        if back := [p for p in priced_offerings(ruled, lower, spans) if p not in items]:
            items = sorted([*items, *back], key=lambda p: (lower.find(p) < 0, lower.find(p)))
    # a later sentence of notes ("sparepart original, garansi 30 hari, harga pelajar"): its goods are notes too
    if len(items) > 1:  # "desain dan cetak brosur": the first verb shares the second's object, no card alone
        items = verbs_sharing(items, lower)
    if len(items) > 1:
        items = among_notes(items, lower, lang, btype == "technology", priced_offerings(items, lower, spans),
                            [s for s in (brand_span, place_span) if s], colour_spans + fact_spans + contacts)
    items = [n for p in items if (n := name_shaped(p))]  # "melalui email", "lessons daily 7am": scraps, not names
    # how the goods are had ("ready stock dan PO"), a person named after a title ("milik apt. Sari"): never cards
    items = [p for p in items if not AVAILABILITY.fullmatch(p) and not _titled_person(p, lower, text)]
    items = measured(goods_only(asides_dropped(items, lower), lower), lower)  # "seporsi 12rb", "kuota 6 org": no goods
    if brand_span and not hinted:
        bl = lower[brand_span[0]:brand_span[1]]
        items = [p for p in items if p != bl]
    items = [p for p in items if not brand or not names_business(p, brand)]  # "Rental Kamera Jogja" of "RKJ"
    items, facts = bundled(items, lower, facts)  # "kursi futura + sarung 5rb/pcs": one thing, one price
    items, joined = rival_kinds(items, lower)  # "kargo laut dan udara", "sunrise and sunset trips": each kind whole
    if lang == "id":  # Indonesian puts the head first: "grooming kucing & anjing"
        items = shared_head(object_kinds(items, lower), lower)
    elif items:  # English puts the head last: "villa & hotel photography"
        items = places_share_work(items, lower)
    items = unglued_levels(items, lower)  # "bimbingan belajar SD, SMP, SMA": the levels are whom it teaches
    items = most_specific(items)  # last: the learned filter and the shared head may each add a generic twin
    items = form_items(items, form)  # a signature's services as listed; no receipt's label
    items = objects_named(tiers_headed(items, lower, lang), lower, lang)  # "regular tickets", "servis kulkas"
    items = [p for p in items if not spoken_filler(p) and not notice_heading(p)]  # "eee", "pengumuman arisan"
    if translates(lower) and any(only_languages(p) for p in items):
        # "Penerjemah Tersumpah Bahasa Inggris, Belanda, dan Arab": the languages are what the service is like
        items = [p for p in items if not only_languages(p)] or [n for n in (service_named(lower),) if n]
        if (said := language_fact(text, lower)) is not None:
            facts.append(said[0])
            fact_read = [*fact_read, said[1]]
    brand = brand or _fallback_brand(btype, lang, items, place, facts, text, lower, raw)
    # an offering said with a count ("ada 12 kamar") leaves the count to the notes; a pasted map profile's rating and
    # status are a rating and hours (maps_profile.py); a signature's closing, signer and title are no notes
    profile, profile_spans = profile_lines(text, lang) if digits else ([], [])
    covered = spans + hiring + verse + fact_read + joined + [*form.unsaid, *form.unstated, *form.told] + about_the_message(lower) + profile_spans + [
        *form.signed, *(span for p in items[:10] for span in _occurrences(lower, p)
                        if not (digits and _COUNTED_BEFORE.search(lower, max(0, span[0] - 8), span[0])))]
    more = notes(text, lower, covered, brand_span, limit=max(0, min(NOTE_LIMIT, 24 - len(facts))),
                 # a price with what it is for ("place cards 8k"), so a note that only repeats it is left out
                 said=tuple(f.value for f in facts) + tuple(f"{f.subject} {f.value}" for f in facts if f.subject))
    more += hiring_notes(text, hiring)  # who the business wants to hire: one note, in the owner's words
    # "Nama: Madu Sialang Langgam" read as a clause of its own: the name is the page's, never a note
    more = [n for n in more if not brand or n.value.lower() != brand.lower()]
    if held := held_facts(text, lower, items[:10], [*facts, *more]):  # what a card holds: its description, no notes
        more = held_said([n for n in more if not any(n.value.lower() in f.value.lower() for f in held)], held)
        facts = [*held_said(facts, held), *held]
    facts = _timed_of_the_one(_exams_taught(said_once(facts, more, lower, text), items[:10]), items[:10])
    facts = terms_apart(capital_apart(facts, lower), lower)  # "modal 5 jt", "deposit 3 juta": terms, no prices
    facts = variant_subjects(facts, lower)  # "abon original 45rb, abon pedas 47rb": the quality word tells them apart
    if any(w in lower for w in ("sertif", "akredit", "izin", "certif", "accredit", "licens")):
        facts += credentials_alone(text, facts)  # "Bersertifikat.": a credential said alone, a note of its own
    facts += [f for f in profile if f.kind != "hours" or not any(g.kind == "hours" for g in facts)]
    return Intent(
        business_type=btype,
        industry=industry or "small business",
        products=items[:10],
        brand_name=brand,
        target_audience=extract.audience(blanked(trade, form.unstated), btype, lang),  # (not "untuk klien kami")
        tone=tone,
        color_preference=colors[:5],
        features_requested=feats,
        language=lang,
        location=named_place(_with_village(place, brand, text, lower), brand, text),
        niche=niche,
        facts=facts,
    )


# A business that builds software or sites lists what it builds: "I build websites for homestays: booking
# calendars, multi-language, Google Maps & reviews" asks for no booking form on its own page. A feature every
# mention of which sits in a sentence about building is a deliverable, never this page's feature (contact
# channels stay: they are how customers reach the business).
_BUILDS = regrouped(r"\b(?:build|builds|building|built|develop|develops|developing|create|creates|setup|set\s+up|"
                    r"integrate|integrates|integration|bikin|bikinin|membuat|pembuatan|membangun|bangun|"
                    r"mengembangkan|pengembangan|pasang|pasangin|integrasi|fitur|termasuk|lengkap\s+dengan)\b")
# ... unless the sentence asks for this page: "mau landing page buat download app", "show packages and a signup form"
_ASKS = regrouped(r"\b(?:mau|ingin|pengen|pingin|minta|tolong|tampilkan|tampilin|want|need|please|show|display|"
                  r"(?:my|our)\s+(?:page|site|website|landing))\b")
# contact channels and prices are never a builder's deliverable here: they are how customers reach and judge it
_CHANNEL_FEATURES = frozenset({"whatsapp", "social_links", "contact_form", "pricing"})
_SENTENCE_END = regrouped(r"[.!?\n]")


def _not_deliverables(lower: str, feats: list[str]) -> list[str]:
    def sentence(i: int) -> str:
        start = max((m.end() for m in _SENTENCE_END.finditer(lower, 0, i)), default=0)
        end = m.start() if (m := _SENTENCE_END.search(lower, i)) else len(lower)
        return lower[start:end]
    return [f for f in feats if f in _CHANNEL_FEATURES
            or any(not _BUILDS.search(said := sentence(a)) or _ASKS.search(said)
                   for a, _ in page_features.feature_mentions(lower, f))]


# The titles (brand_titles.TITLES) and the honorifics a person is named with ("apt. Sari", "drg. Ratna", "Bu Yani").
_TITLE_BEFORE = r"\b(?:" + "|".join(sorted(TITLES - {"h"})) + r"|bu|pak|ibu|bapak|mbak|kak)\.?\s+"


_TITLE_ENDS = regrouped(_TITLE_BEFORE + r"\Z")


def _after_title(item: str, lower: str) -> bool:
    r"""Is the word said right after a title (re.search(_TITLE_BEFORE + re.escape(item) + r"\b", lower))? Read at
    each place the word is said, a title ending right there, without a pattern made for each word."""
    if not item:
        return re.search(_TITLE_BEFORE + r"\b", lower) is not None
    n = len(item)
    at = lower.find(item)
    while at >= 0:
        end = at + n  # \b after the word: a word character on one side of it only
        if (end > 0 and word_char(lower[end - 1])) != (end < len(lower) and word_char(lower[end])) \
                and _TITLE_ENDS.search(lower, 0, at):
            return True
        at = lower.find(item, at + 1)
    return False


def _titled_person(item: str, lower: str, text: str = "") -> bool:
    """A one-word item said right after a person's title: the person, not an offering. So is a capitalised name
    after a professional title ("apoteker penanggung jawab apt. Sari Dewi", "drh. Made Ayu"), the title itself, or
    a staff role that ends on it ("apoteker penanggung jawab apt"), and a letter of a degree ("S.Farm")."""
    if " " not in item and item in lower and _after_title(item, lower):
        return True
    if len(item) == 1:
        return True
    if "." not in lower:  # every professional title is written with its dot
        return False
    words = item.split()
    if words[-1] in TITLES and item + "." in lower and re.search(r"(?<![\w.])" + re.escape(item) + r"\.\s?[a-z]", lower):
        return True
    return bool(text) and any(item == m.group(2).lower() for m in TITLED_NAME.finditer(text))

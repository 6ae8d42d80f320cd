"""What the business offers, read from the structure of the brief rather than from single keywords.

Lists after an offer verb or marker ("jual nastar, kastengel", "menu: …", "we do logos, packaging and …")
and bare comma lists ("creambath, potong rambut") come first; only when there are none does the business's
self-description stand in ("usaha minuman boba" → "minuman boba"). Every candidate goes through the role
lexicon (roles.py): audiences, features, places, categories, verbs and qualifiers are never offerings.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.phrase_find import phrase_spans

from .also_offered import also_done, also_offered
from .amenities import in_amenity
from .bracket_tags import bracket_tags
from .builder_requests import handed_over, offer_parts
from .courtesies import courtesies_masked
from .customers import _served
from .house_rules import rule_or_claim, rules_labels
from .included_lists import included_spans, packages_listed
from .item_measures import item_before_measure
from .job_states import job_state_spans
from .lexicon import KEYWORDS
from .list_also import then_item
from .message_frame import frame_masked
from .not_cards import do_it_yourself, lone_head, means_claim, names_no_goods, premises_served, venue_hired
from .not_offered import denied
from .offer_collector import Collector
from .offer_reader import FOR_HEADCOUNT, push_service, read_list, read_part
from .offer_words import CREDENTIAL, GREETING, ITEM_STOP, MASK, SEASON, TRIP_CODE
from .offering_masks import (
    _ADMIN_AREA,
    _BY_THE_UNIT,
    _DASH_TAGLINE,
    _LED_BY,
    _LEVEL_RANGE,
    _PAREN,
    _SPACED_DASH,
    IN_CONTAINER,
    LEVELS_SPANNED,
    OPEN_ORDERS,
    _mask,
    _mask_elaboration,
    _named_twice,
    _tagline,
    _unprice,
    whom_blanked,
)
from .offering_parts import is_part, part_spans
from .offering_places import (
    PLACE_TAIL,
    among_places,
    in_place_name,
    place_after_name,
    place_tail,
    places_named,
    village_after_name,
)
from .own_name import named_offering
from .package_contents import AMOUNT, added_after, contents_spans, package_contents, packages_held
from .places import PLACES
from .price_list import (
    MONEY,
    least_orders,
    list_opening_price,
    lone_priced,
    price_labels,
    price_list,
    priced_item,
    said_again,
    said_alone,
    sold_alone,
)
from .priced_charges import priced_charge
from .product_does import product_does_spans
from .provided_lists import provided_with
from .rentals import rentals_named
from .roles import BOUNDARY, CATEGORY, said_after, used_for
from .routes import with_routes
from .said_around import no_goods_said
from .said_items import said_items, with_said_items
from .said_terms import CAPACITY
from .self_description import self_offerings
from .set_apart import apart_spans
from .tools_used import tools_used_spans

# "also", "juga", "too": what follows is offered besides something said before it.
_ADDED_BEFORE = regrouped(r"\b(?:also|plus|juga|jg|selain\s+itu|as\s+well\s+as)\s+(?:[\w'&-]+\s+){0,3}$")
_ADDED_AFTER = regrouped(r"\s*(?:too|as\s+well|juga|jg)\b")


def _added(item: str, lower: str) -> bool:
    at = lower.find(item)
    return at >= 0 and bool(_ADDED_BEFORE.search(lower[max(0, at - 40):at])
                            or _ADDED_AFTER.match(lower, at + len(item)))


def _said(listed: list[str], described: list[str], lower: str) -> list[str]:
    """The owner's lists win over the self-description, except where the brief marks an offering as one
    more ("Fotografer wedding & prewedding, also family portraits", "…, ada juga nasi kotak"): when every
    listed item is such an addition the self-description's offerings come first; a described offering
    that is itself an addition joins the list."""
    if not listed or not described:
        return listed or described
    if all(_added(i, lower) for i in listed):
        return described + [i for i in listed if i not in described]
    return listed + [d for d in described if d not in listed and _added(d, lower)]


def _free_perk(item: str, lower: str) -> bool:
    """"konsultasi gratis", "free consultation", "gratis antar": what comes free with the business is a
    perk for the page's notes, not something it sells."""
    if "gratis" not in lower and "free" not in lower:
        return False  # most briefs give nothing free
    if _BODY_CHECK.search(item):  # "cek tensi gratis", "periksa mata gratis": a health check is a service, free or not
        return False
    at = lower.find(item)
    while at >= 0:  # "\b<item>\s+(?:gratis|free|gratisan)\b" or "\b(?:gratis|free)\s+<item>\b", read where it stands
        end = at + len(item)
        if BOUNDARY.match(lower, at) and _FREE_AFTER.match(lower, end) or BOUNDARY.match(lower, end) and \
                _FREE_BEFORE.search(lower, 0, at):
            return True
        at = lower.find(item, at + 1)
    return False


# What a health check measures ("cek tensi", "cek gula darah", "periksa mata", "free blood pressure checks"): an
# examination a pharmacy, an optician or a clinic offers, given free or not (a free "survei" or "konsultasi" is a perk)
_BODY_CHECK = regrouped(r"\b(?:tensi|tekanan\s+darah|gula\s+darah|kolesterol|asam\s+urat|mata|gigi|blood\s+pressure|"
                        r"blood\s+sugar|glucose|cholesterol|uric\s+acid|eye|eyes|vision|hemoglobin|hb|bmi)\b")
_FREE_AFTER = regrouped(r"\s+(?:gratis|free|gratisan)\b")
_FREE_BEFORE = regrouped(r"\b(?:gratis|free)\s+\Z")




# "… 7.5 million per school + " before an added item and " 300K/month" after it (see price_addon).
_ADDON_BEFORE = regrouped(AMOUNT + r"[^.,;:!?+\n]{0,30}\+\s*\Z")
_ADDON_AFTER = regrouped(r"\s+" + AMOUNT)


def price_addon(item: str, lower: str) -> bool:
    """"start from 7.5 million per school + maintenance 300K/month": what is added to a price with a price of its
    own is a part of the price fact, not one more card ("CCTV installation and maintenance" still offers it)."""
    return "+" in lower and said_after(item, lower, _ADDON_BEFORE, _ADDON_AFTER)


def _only_within(phrase: str, lower: str, spans: list[tuple[int, int]]) -> bool:
    """Is every mention of the phrase inside the spans (the helmet of "udh sm pemandu, helm": a package's contents)?"""
    if not spans or phrase not in lower:
        return False  # nothing to be within, or no mention (and no pattern compiled for the phrase)
    found = [at for at, _ in phrase_spans(phrase, lower, "", "")]
    return bool(found) and all(any(a <= at < b for a, b in spans) for at in found)


def _most_specific(items: list[str]) -> list[str]:
    """"lele" beside "lele konsumsi", "jahit" beside "jahit kebaya wisuda": the bare word repeats an offering
    the list names more precisely, so only the precise ones are kept."""
    sets = [set(i.split()) for i in items]
    return [it for k, it in enumerate(items)
            if not any(j != k and sets[k] < sets[j] for j in range(len(items)))]


# How goods are packed or kept: "sambal botol", "kopi literan", "frozen dimsum". Beside its kinds
# ("sambal bawang", "sambal ijo") such a phrase names the range, not one more product.
_FORM = frozenset("""
botol botolan kemasan toples jar jars pouch sachet saset kaleng literan curah frozen beku kiloan instan bottled
jarred canned packaged
""".split())


_GOODS_TYPES = frozenset({"food_and_beverage", "retail"})  # "ilustrasi kemasan" is a drawing, not packed goods


def _drop_ranges(items: list[str]) -> list[str]:
    """"sambal botol, sambal bawang, sambal ijo" → the two kinds; "sambal botol" alone stays the offering."""
    out = []
    for it in items:
        words = it.split()
        rest = [w for w in words if w not in _FORM]
        if len(rest) == 1 and len(words) > 1 and KEYWORDS.get(rest[0], ("",))[0] in _GOODS_TYPES:
            kinds = [o for o in items if o != it and o.split()[0] == rest[0] and not set(o.split()[1:]) & _FORM]
            if len(kinds) >= 2:
                continue
        out.append(it)
    return out


def priced_offerings(items: list[str], lower: str, mask_spans: list[tuple[int, int]]) -> list[str]:
    """The rules' offerings each said with its own amount in a price list ("Sewa kamera: A6400 350k, Lensa 50mm
    100k/hari, Tripod 50k"): a list of priced things names what is sold, with or without an offer verb; and the
    packages named before what they hold ("Paket Basic 350rb: 3 konsep logo, 2x revisi")."""
    amounts = [sp for sp in mask_spans if priced_item(lower, sp)]
    priced = price_list(lower, amounts)
    held = set(packages_held(lower)) | {p for p, _ in packages_listed(lower)}  # its price closes what it holds
    # (an item said alone is said before an amount of these: the others cannot make it one)
    return [i for i in items if i in held or not priced_charge(i, lower, amounts) and (sold_alone(i, lower, priced) or (
        amounts and said_alone(i, lower, amounts)) or i in said_items(lower, lower))]  # (said_items.py)


def _restated(clause: str, items: list[str]) -> bool:
    """Does a line of goods said with their size restate, in more words, goods named before ("seserahan box", then
    "box seserahan kayu 6 pcs 450rb")? It prices them: the card keeps the name they were offered by."""
    named = item_before_measure(clause.strip()) if any(map(str.isdigit, clause)) else None
    return named is not None and any(set(i.split()) < set(named.split()) for i in items)


_HAD_TOO = regrouped(r"\s+(?:(?:jg|juga|also)\s+)?(?:ada|tersedia|ready|available)\s*$")
_CLAUSE_RUN = re.compile(r"[^.!?;\n()\[\]\"\x00]+")
_SENTENCE_END = re.compile(r"[.!?;\n]")
_A_LETTER = re.compile(r"[a-z]")


_CUT_WORD = regrouped(r"[\s,;]+[a-z]{1,2}$")


def _whole_words(lower: str, span: tuple[int, int]) -> tuple[int, int]:
    """A fact's span that ends inside the next word ("Rp2.800.000, k|elas lash …", its "k" read as thousands) ends
    before that word: the item after it keeps its first letter; one that took the list's comma ("IDR 285,000, whiskas")
    leaves it to the list."""
    a, b = span[0], span[1] - (span[1] - span[0] > 2 and lower[span[1] - 1] == "," and lower[span[1]:span[1] + 1] == " ")
    if 0 < b < len(lower) and lower[b - 1].isalpha() and lower[b].isalpha():
        cut = _CUT_WORD.search(lower, a, b)
        if cut:
            return a, cut.start()
    return a, b


def offerings(lower: str, mask_spans: list[tuple[int, int]], lang: str, exclude: list[str],
              seen_keywords: list[str], tech: bool = False, trace: list | None = None, name: str = "",
              short_names: frozenset[str] = frozenset()) -> list[str]:
    """Up to 10 offerings in the owner's words (lower case), most explicit first. With `trace`, every
    phrase the rules tried is appended to it as (source, phrase): the candidates a learned filter reads."""
    mask_spans = [_whole_words(lower, sp) for sp in mask_spans]
    parts, owners = part_spans(lower)  # "paket 4 kamera + DVR + HDD 1TB": what a package holds is no card
    not_here = denied(lower)
    contents = contents_spans(lower) + not_here + parts + bracket_tags(lower) + included_spans(lower)  # (included_lists)
    # "Q: Do you sell monstera?", "03.30 sampai Penanjakan", "Komposisi: tempe, sagu", "Kepada Yth. …" (set_apart)
    contents += apart_spans(lower)
    contents += product_does_spans(lower)  # "It works offline on any Android phone, prints to …": what the app does
    # "Sebelum: plafon bocor & berjamur.": the problem fixed; "Software: Premiere, DaVinci": what the work is done in
    contents += job_state_spans(lower) + tools_used_spans(lower)
    contents += _served(lower)  # "gives clinics, barbershops … a digital queue", "melayani toko & klinik": customers
    banned = {e.lower() for e in exclude if e}
    if "," in lower:
        banned |= set(village_after_name(lower, banned))
    items_priced = [sp for sp in mask_spans if priced_item(lower, sp)]
    again = said_again(lower, items_priced) if len(items_priced) >= 2 else []
    mask_spans = mask_spans + again
    amounts = items_priced + again  # the masked spans that are amounts (said_again's are, by how it reads them)
    priced = price_list(lower, amounts)
    if "," in lower:  # the first item of a list said with its price ("batik cap mulai 80rb, batik tulis, …")
        priced = sorted(set(priced) | set(list_opening_price(lower, [sp for sp in mask_spans if sp not in priced])))
    notes = least_orders(lower, priced, mask_spans) if priced else []
    text = _unprice(_mask(lower, [sp for sp in mask_spans if sp not in priced
                                  and not any(a <= sp[0] and sp[1] <= b for a, b in notes)] + contents
                          + places_named(lower) + place_after_name(lower, banned)), sorted(priced + notes))
    if priced:  # "Harga: kemplang panggang 35rb, kricu 20rb": the price word labels the list, it is no item's head
        text = _mask(text, price_labels(lower, priced))
    if "." in text:  # each substitution below needs its character in the text (most briefs lack some)
        text = re.sub(r"(?<![\w])\.[a-z]{2,4}\b", lambda m: MASK * len(m.group(0)), text)  # ".com", ".id"
    listed = Collector(lang, banned, tech, trace, "listed")
    listed.short_names = short_names
    listed.lower, listed.amounts = lower, amounts
    described = Collector(lang, banned, tech, trace, "described")
    if "w/" in text:  # "stock trackers synced w/ your POS": "with", not a list's slash
        text = re.sub(r"(?<![\w/])w/(?=\s|[a-z])", "with ", text)
    if "-" in text or "—" in text or "–" in text:  # "Toko X - puzzle, balok": a dash starts a new clause
        text = _DASH_TAGLINE.sub(_tagline, text)
        text = _SPACED_DASH.sub(" " + MASK + " ", text)
    if "by the" in text:  # "batik fabric by the metre and kain tenun": how the goods are measured out, not a clause
        text = _BY_THE_UNIT.sub(lambda m: " " * len(m.group(0)), text)
    if "dalam" in text or "dlm" in text:  # "madu dalam botol kaca, propolis": the container, not the goods
        text = IN_CONTAINER.sub(lambda m: " " * len(m.group(0)), text)
    if "po" in text or "order" in text:  # "open PO nastar & kastengel": when the goods are taken, not one of them
        text = OPEN_ORDERS.sub(lambda m: " " * len(m.group(0)), text)
    if "for" in text or "untuk" in text or "utk" in text or "bagi" in text:
        text = whom_blanked(text, lower)  # "English for kids, conversation class": whom the first is for ends only it
    if "sampai" in text or "hingga" in text or " to " in text or "s/d" in text:
        text = _LEVEL_RANGE.sub(r"\1-\2", text)  # "kelas N5 sampai N3": a range of levels is one offering
    if "dr " in text or "dari" in text or "from" in text:  # "dr pemula sampe persiapan ujian": whom it takes
        text = LEVELS_SPANNED.sub(lambda m: " " * len(m.group(0)), text)
    text = _ADMIN_AREA.sub(lambda m: MASK * len(m.group(0)), text)  # "RW 05 Kel. Sukamaju": an address, not goods
    text = SEASON.sub(lambda m: MASK * len(m.group(0)), text)  # "menjelang Natal": when, not what
    text = handed_over(text)  # "caption tiktok kita nih, jadiin web": what the page is made of, no offering
    if "bersama" in text or "bareng" in text or "with" in text:  # "les renang anak & dewasa bersama coach Fajar":
        text = _LED_BY.sub(lambda m: MASK * len(m.group(0)), text)  # who teaches ends the list, no item of it
    if MASK in text and "," in text:
        text = PLACE_TAIL.sub(place_tail, text)  # "[Siak] Sri Indrapura, Riau.": the rest of a name, then its region
    greeted = GREETING.match(text)  # a greeting opens the brief: it stands where the self-description would
    text = courtesies_masked(GREETING.sub(lambda m: MASK * len(m.group(0)), text), MASK)  # "matur nuwun", "izin share"
    text = frame_masked(text, MASK)  # "Dear Ms. Hartono,", "Thank you Kadek for the 5 stars": the message's frame
    opening = not greeted
    if "lulus" in text or "tamatan" in text or "jebolan" in text or "graduat" in text \
            or "trained" in text or "certified by" in text:
        for m in CREDENTIAL.finditer(text):  # the whole comma piece: who holds it ("ustadzah", "pengajar") too
            start = max(text.rfind(c, 0, m.start()) for c in ",.;!?\n\x00") + 1
            text = text[:start] + MASK * (m.end() - start) + text[m.end():]
    aliases: dict[str, str] = {}
    if "(" in text:
        text = _PAREN.sub(lambda m: _mask_elaboration(m, aliases), text)
    selfs: list[str] = []  # what the opening sentence's self-description named
    opening_listed = False  # ... and whether that sentence holds a list of its own
    sentence_start, sentence_end = 0, -1  # the opening sentence's span (a name masked out splits it into clauses)
    last_n, went_on, grew = 0, False, False  # the listed items before the clause read last; was it a list going on?
    for cm in _CLAUSE_RUN.finditer(text):
        clause = cm.group(0)
        if not _A_LETTER.search(clause):
            continue
        if cm.start() and text[cm.start() - 1] == "(":  # "(2 meter IDR 150K)": a note inside the list, which goes on
            went_on = went_on or len(listed.items) > last_n
        else:
            grew, last_n = len(listed.items) > last_n or went_on, len(listed.items)
            went_on = False
        counted = FOR_HEADCOUNT.match(clause) if grew else None  # "fun dives 1.6jt [for 2 dives,] open water course"
        if grew and (counted or clause.lstrip().startswith(",")) and _after_amount(lower, cm.start(), mask_spans):
            # "lensa minus mulai 150rb, frame titanium": a list goes on after an item's own amount
            # the pieces after it are read as any list is (one alone is an item here)
            rest = clause[counted.end():].lstrip(" ,") if counted else clause.lstrip(" ,")
            if "," in rest:
                read_part(rest, listed, described, False)
            else:
                read_list(rest, listed, described)
            opening, went_on = False, True
            continue
        if grew and (then := then_item(clause, text[:cm.start()], text[cm.end():cm.end() + 1] == "\x00")):
            read_list(then, listed, described)  # "ngajarin Scratch buat [umur 7-10], terus Python dasar buat [11-15]"
            opening, went_on = False, True
            continue
        if sentence_end < 0:
            sentence_start = cm.start()
            end = _SENTENCE_END.search(text, cm.start())
            sentence_end = end.start() if end else len(text)
            n_listed, n_described = len(listed.items), len(described.items)
        # "… does laundry for villas in [Kuta] and Legian: bed linen, towels": a name masked out splits the
        # sentence, but the words before its colon still only label the list after it (offering them too, as read_part
        # does a label of coordinated items, lowered card precision on held-out briefs)
        label = ":" not in clause and _LABEL_AFTER.match(text, cm.end())
        if lone_priced(text, lower, cm.start(), cm.end(), amounts) and not _restated(clause, listed.items):
            # "Kerupuk ikan 30rb. Lempok durian 85rb.": an item said alone with its own amount is sold
            # (only an amount can make it so) "keripik jamur jg ada 15rb/bks": the goods, not that they are had;
            # "jahe 500 ml 15rb": the goods, not how much of them
            listed.push(_HAD_TOO.sub("", item_before_measure(clause.strip()) or clause))
            opening = False
            continue
        if label:
            push_service(clause, listed)
        for a, b in offer_parts(clause, tech):
            read_part(clause[a:b], described if label else listed, described, opening and a == 0)
        if cm.start() < sentence_end:
            selfs = described.items[n_described:]
            opening_listed = opening_listed or bool(label) or len(listed.items) > n_listed
        opening = False
    if "d" in lower or "h" in lower:
        for m in _TRIP_CODE.finditer(lower):  # "2D1N from IDR 1.35jt/pax, 3D2N from IDR 2.1jt": each trip is sold
            if MASK not in text[m.start(1):m.end(1)]:  # (the price itself is masked in `text` as a fact)
                listed.push(m.group(1))
    if owners:  # the package the parts belong to, where the brief names it
        _add_owners(listed, owners, lower)
    # "Paket Basic 350rb: 3 konsep logo, …", "proposal package: flowers, violinist, IDR 7.5 million": the package is
    # sold, whatever its name ("basic", "gold") says of goods; a bundle of goods offered on their own is those goods
    for package, (a, b) in package_contents(lower) + packages_listed(lower):
        at = lower.find(package)
        if any(i in lower[a:b] for i in listed.items):
            continue
        if MASK not in text[at:at + len(package)] and package not in listed.items and package not in banned:
            listed.items.append(package)
            if trace is not None:
                trace.append(("listed", package))
    listed.items = [i for i in listed.items if (sold_alone(i, lower, priced) or not is_part(i, lower, name))
                    and not priced_charge(i, lower, amounts)]  # "uang pendaftaran 100rb, …": a charge, not goods
    described.items = [i for i in described.items if not is_part(i, lower, name)]
    if listed.items and described.items and not any(_kept(i, lower) for i in listed.items):
        listed.items = []  # nothing listed is an offering ("pickup in Renon"): the self-description says what is
    said = _said(listed.items, described.items, lower)
    if listed.items:  # "gue Oci, buka katering harian …": the self-description's offering beside the lists
        own = [o for o in self_offerings(selfs, opening_listed, listed.items, lower, (sentence_start, sentence_end),
                                         name.lower()) if not is_part(o, lower, name)]
        if trace is not None:
            trace.extend(("self", o) for o in own)
        said = [o for o in own if o not in said] + said
    items = [i for i in _drop_ranges(_most_specific(said)) if _kept(i, lower)]
    if aliases:
        items = _named_twice(items, aliases)
    # "Bakso Urat 77 Pak Giman, semangkok 15rb": the name says it (a brief opening on what is not offered here,
    # "dulu sy punya rental mobil tp …", does not open with the name however its mask reads)
    opens = len(lower) - len(lower.lstrip(" \"'*-"))
    named = None if any(a <= opens < b for a, b in not_here) else named_offering(name, text, items, lang, lower)
    if named:
        if trace is not None:
            trace.append(("named", named))
        items = [named] + items
    if not items:
        # the business's own keywords, but not words of its name ("Kopi Kita" does not sell "kopi")
        name_words = {w for b in banned for w in b.split()}
        fallback = Collector(lang, banned | name_words, tech, trace, "fallback")
        for kw in seen_keywords:
            # nor a room of the place ("kamar" of "3 kamar tidur") or the occasion it is for ("khusus acara aqiqah")
            if ((" " in kw or len(kw) >= 4) and kw not in name_words and not in_amenity(kw, lower)
                    and not in_place_name(kw, lower)
                    and not used_for(kw, lower) and not premises_served(kw, lower)
                    and not _only_within(kw, lower, contents + rules_labels(lower))  # nor "rental rules:"
                    and not is_part(kw, lower, name)):
                fallback.push(kw)
        items = fallback.items
    if "rent" in text or "hire" in text or "sewa" in text:  # "surfboard hire available", "rent a scooter from us"
        items = _add_rentals(items, text, lower, described.items, Collector(lang, banned, tech, trace, "listed"))
    if "ju" in lower or "jg" in lower:  # "kami juga menerjemahkan dokumen": a service added as its verb and object
        for done in also_done(text, ITEM_STOP):
            obj = done.split(" ", 1)[1]
            if len(items) < 10 and _kept(done, lower) and not any(obj in i or i in done for i in items):
                items = [*items, done]
                if trace is not None:
                    trace.append(("also", done))
    if trace is not None:  # a part is no candidate for the learned filter to add back either
        trace[:] = [t for t in trace if t[1] in items or not is_part(t[1], lower, name)]
    if trace is not None and ("ju" in lower or "jg" in lower or "also" in lower or "too" in lower
                              or "well" in lower or "pun" in lower):
        trace.extend(("also", o) for o in items if also_offered(o, lower))  # "kami juga memasang …"
    if "+" in lower and (added := added_after(lower)):  # "paket premium 4jt + photobooth": what the price adds
        items = [i for i in items if not _only_within(i, lower, added)]
        if trace is not None:  # nor a candidate for the learned filter to add back
            trace[:] = [t for t in trace if t[1] in items or not _only_within(t[1], lower, added)]
    items = with_said_items(items, lower, text, trace)  # "Landing page: 1,5jt", "utk pembelian …" (said_items.py)
    if len(items) > 1:
        items = venue_hired(items)
    routed = with_routes(items, lower, text)  # "shuttle [Pekanbaru–Dumai]": a ride takes its route back (routes.py)
    if trace is not None:
        trace.extend(("listed", r) for r in routed if r not in items)
    return routed[:10]


def _after_amount(lower: str, at: int, spans: list[tuple[int, int]]) -> bool:
    """Does an amount of money or an item's capacity, masked as a fact, end right before `at` (or inside a bracket closed there: "bomba
    batik fabric (2 meter IDR 150K), bomba shirt", "vanilla beans (IDR 450,000), vanilla extract")?"""
    if lower[:at].rstrip().endswith(")"):
        at = lower.rfind(")", 0, at)
    return any(q <= at and not lower[q:at].strip() and ((priced_item(lower, (p, q)) or lower[p - 1:p] == "(" and priced_item(
        lower[:p - 1] + lower[p:], (p - 1, q - 1))) and MONEY.search(lower, p, q) or (
        (c := CAPACITY.match(lower, p)) is not None and c.end() == q)) for p, q in spans)  # or its measure: "up to 120 pax"


def _add_rentals(items: list[str], text: str, lower: str, described: list[str], rentals: Collector) -> list[str]:
    """The offerings, then each rental the brief names whose goods none of them names yet: not the name, nor the
    self-description ("usaha sewa perlengkapan pesta"), nor a kind of goods or a place ("SEWA ALAT PESTA LAMPUNG"
    heads the brief), nor a perk."""
    have = [set(i.split()) for i in items + described]
    for rental in rentals_named(text):
        words = rental.split()
        goods = set(words) - {"sewa", "rental", "rentals", "hire"}
        if any(w in CATEGORY or w == "alat" or w in PLACES for w in words) or any(goods & h for h in have) \
                or any(rental in b for b in rentals.banned):  # "Daeng Event Rental" is the business's name
            continue
        if rentals.push(rental) and _kept(rentals.items[-1], lower) and not is_part(rentals.items[-1], lower, ""):
            items = [*items, rentals.items[-1]]
            have.append(set(rentals.items[-1].split()))
    return items


def _kept(item: str, lower: str) -> bool:
    """Not an occasion, a free perk, an add-on with a price of its own, one more place of a list of places, a
    way the customer does it themselves, or a house rule or a claim about the business."""
    return not used_for(item, lower) and not _free_perk(item, lower) and not price_addon(item, lower) \
        and not among_places(item, lower) and not do_it_yourself(item, lower) and not lone_head(item, lower) \
        and not means_claim(item) and not premises_served(item, lower) and not names_no_goods(item) \
        and not provided_with(item, lower) and not rule_or_claim(item) and not no_goods_said(item)


def _add_owners(listed: Collector, owners: list[tuple[int, str]], lower: str) -> None:
    """Put each package the parts belong to among the listed offerings, in the order the brief names them."""
    for at, owner in owners:
        if owner in listed.items:
            continue
        before = sum(1 for i in listed.items if 0 <= lower.find(i) < at)
        listed.items.insert(before, owner)
        if listed.trace is not None:
            listed.trace.append((listed.source, owner))


# A trip or a stay named by its days and nights ("2D1N", "3H2M", "paket 4D3N"), a price said after it in its clause:
# a package the business sells, whatever it holds.
_TRIP_CODE = regrouped(r"(?<![\w-])(" + TRIP_CODE + r")(?![\w-])"
                       r"(?=[^.!?;\n]{0,25}?(?:(?:\b(?:rp|idr|usd|eur)\.?|[$€£])\s?\d|\d[\d.,]*\s?(?:k|rb|ribu|jt|juta)\b))")


# "Paket … mulai 25jt, sudah termasuk katering, dekorasi, dan MC", "udh include pasang + hdd 1tb", "incl 3 revisions",
# "udh sm pemandu, helm, pelampung", "lengkap dengan busana, melati": what a package or a price already holds, up to
# the end of the sentence or a word that adds one more offering (offer_words.CONTENTS_CUE). What comes with the
# offering is a fact for the page, not one more card (the price fact often takes the first item, the list runs on).
_LABEL_AFTER = regrouped(r"\x00+[^.!?;\n()\[\]\"\x00:]{0,30}:[^.!?;\n:]*(?:,|\band\b|\bdan\b|&)")

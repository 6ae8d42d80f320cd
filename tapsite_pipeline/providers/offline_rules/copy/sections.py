"""Assemble section copy and SEO text from an Intent, the phrase banks and the niche's profile.

Everything here is derived from what the owner said (intent, stated facts, contact plan); phrasing varies
by a stable hash of the brand name and the slot, so the same intent always gives the same copy. Product
cards are only the offerings the owner named; facts appear as the owner stated them; a page that cannot
be reached never asks to be contacted.
"""

from __future__ import annotations

import re

from ....models import CardItem, Intent, SectionContent, SeoContent
from .context import Ctx, context, delivery_said, product_list
from .factcopy import (
    LABEL,
    area_for_contact,
    comes_to_you,
    food_apps,
    goes_to_places,
    highlight_cards,
    hours_label,
    info_items,
    price_for,
    ships_far,
    shown_price,
)
from .hero_extras import HEADS as HERO_EXTRA_HEADS
from .hero_extras import extras_only
from .trades import VISITED
from .util import cap, fields_of, fit, fix_acronyms, pick, render, tidy, title_case, tokens

# Highlights that describe the page itself only where the page has that part (the offerings section).
PAGE_FEATURES = ("menu", "catalog")


def _r(c: Ctx, templates, slot: str, limit: int, extra: dict | None = None, offset: int = 0) -> str:
    slots = {**c.slots, **extra} if extra else c.slots
    return render(templates, slots, c.seed, slot, limit, offset)


# Words of buying: on a page where people sign up, book or ask for a quote, "to place an order" / "setiap
# pesanan" is a shop's sentence; the wording without them is kept.
_ORDER_WORDS = re.compile(r"\b(?:pesan|pesanan|memesan|pemesanan|order|orders|ordering)\b", re.I)


def _for_mode(c: Ctx, templates) -> tuple:
    """The templates that fit the page's flow: without order words unless people order (all when none fit)."""
    if c.mode == "order":
        return tuple(templates)
    kept = tuple(t for t in templates if not _ORDER_WORDS.search(t))
    return kept or tuple(templates)


def _fmt(text: str, c: Ctx) -> str:
    return text.format_map(c.slots) if "{" in text else text


# ---- CTA ------------------------------------------------------------------------------------

def _hero_cta(c: Ctx) -> str:
    L = c.L
    if c.wa:
        key = {"register": "register_wa", "book": "book_wa", "tickets": "tickets"}.get(
            c.mode, "order_wa" if c.mode == "order" else "chat_wa")
        return L.CTA[key]
    if c.chan_key in ("ig", "tg", "line"):   # the owner's account is the one way in: the button opens it
        return L.CTA[c.chan_key]
    if c.chan_key:  # phone, email or a form: the button leads to the contact section
        if c.mode in ("register", "book", "tickets"):
            return L.CTA[c.mode]
        return L.CTA["contact"]
    # nobody to contact: the button shows what is on offer (or there is none)
    if not c.products:
        return ""
    if c.mode == "order" and "menu" in c.features and c.kind == "food":
        return L.CTA_SEE["menu"]
    if "catalog" in c.features and c.kind in ("goods", "food"):
        return L.CTA_SEE["catalog"]
    return L.CTA_SEE["see"]


def _contact_cta(c: Ctx) -> str:
    if c.chan_key == "form":
        return c.L.CTA_FORM
    return c.L.CTA.get({"wa": "chat_wa", "phone": "phone", "email": "email", "ig": "ig", "tg": "tg",
                        "line": "line"}.get(c.chan_key or "", ""), "")


# ---- sections -------------------------------------------------------------------------------

def _worded(c: Ctx, table: dict, key: str):
    """table[key], save that tickets sold by a business that is no events one (a fishing pond, a water park, a
    farm's tour) let a visitor in: their "tickets_entry" phrasing names no event ("acara")."""
    if key.startswith("tickets") and c.prof.bt != "events":
        return table.get(key.replace("tickets", "tickets_entry", 1), table[key])
    return table[key]


def _action(c: Ctx, slot: str) -> str:
    L = c.L
    if c.chan_key:
        opts = L.ACT[c.mode]
        if c.mode == "order" and c.reg == "casual":
            opts = opts + L.ACT["order_casual"]
        return _r(c, opts, slot, 300)
    parts = [_r(c, _worded(c, L.ACT, c.mode + "_nochan"), slot, 300) if c.products else ""]
    if c.plan.address:
        parts.append(_r(c, L.ACT_VISIT, slot + ":visit", 300))
    elif c.plan.instagram:
        parts.append(_r(c, L.ACT_IG, slot + ":ig", 300))
    return " ".join(p for p in parts if p)


# An offering named only as a package or plan ("paket intimate", "basic package"): it says how it is sold, not
# what is sold.
# The unit a price counts, said before it and kept in its subject ("rental ps5 per jam", "catering per orang").
_PER_UNIT = re.compile(r"\b(?:per|tiap|setiap|each)\s+[a-z]+$")
_LEAD_AMOUNT = re.compile(r"(?i)\D*\d[\d.,]*(?<=\d)(?:\s*(?:rb|ribu|rebu|k|jt|juta|million|mio|m)\b)?")
_PACKAGE_ONLY = re.compile(r"^(?:paket|package|packages|plan|plans)\b|\b(?:package|packages|plan|plans|paket)$", re.I)
# ... save a plan of meals or of a service bought by the week ("meal plan", "lunch package", "paket katering"): the
# food or the work is named, and the headline names it ("Daun Muda Kitchen: meal plan …", not "a food business: …")
_NAMED_PLAN = re.compile(r"^(?:meal|lunch|dinner|breakfast|diet|catering|food|cleaning|laundry|study|tutoring|workout|"
                         r"training)\s+(?:plan|plans|package|packages)$|^paket\s+(?:makan|katering|catering|nasi|diet|"
                         r"belajar|les|laundry|kebersihan)\b", re.I)


# A headline is read at a glance: about three lines in the hero's column on a laptop, four or five on a phone. The
# benefit ("untuk makan siang tanpa repot") is the first thing to go when the name and offerings already fill it.
HEAD_ROOM = 64


def _hero(c: Ctx) -> SectionContent:
    L = c.L
    heads, short = (L.HERO_HEAD_PROD, L.HERO_HEAD_PROD_SHORT) if c.products else \
        (L.HERO_HEAD_NOPROD, L.HERO_HEAD_NOPROD_SHORT)
    if c.products and all(_PACKAGE_ONLY.search(p) and not _NAMED_PLAN.search(p) for p in c.products[:2]) \
            and not set(tokens(c.slots["noun"])) <= set(tokens(c.brand)):
        # "Wedding organizer Janji Suci di Solo: paket intimate untuk …"
        heads, short = L.HERO_HEAD_PKG, L.HERO_HEAD_PKG_SHORT
    elif extras_only(c.products, c.brand, c.trade):  # "Griya Cengkeh Guesthouse in Banyuwangi, with scooter rental"
        heads = short = HERO_EXTRA_HEADS.get(c.lang, HERO_EXTRA_HEADS["en"])
    elif len(c.products) >= 2 and " " not in c.products[0].strip():
        # one word alone makes a thin headline ("Wedding from Dimas", "Looking for sunrise in …?"): say two
        heads = tuple(h for h in heads if "{p2}" in h.lower()) or heads
        short = tuple(h for h in short if "{p2}" in h.lower()) or short
    slots = {**c.slots, "Noun": cap(c.slots["noun"])}
    have = {k for k, v in slots.items() if v}
    fits = tuple(h for h in (*heads, *short) if fields_of(h) <= have and len(h.format_map(slots)) <= HEAD_ROOM)
    if any("{p2}" in h.lower() for h in fits):  # a short headline names two offerings when two fit, not one
        fits = tuple(h for h in fits if h not in short or "{p2}" in h.lower() or "{p1}" not in h.lower())
    # a name too long for any of them (a name is at most 50 characters): the name alone, and what is sold is the
    # lead's, right under it
    heading = render(fits, slots, c.seed, "hero:head") if fits else c.brand
    s1 = _r(c, L.HERO_S1_PROD if c.products else L.HERO_S1_NOPROD, "hero:s1", 400)
    ben = "" if c.slots["ben"] in heading else _r(c, L.HERO_BEN, "hero:ben", 200)
    return SectionContent(type="hero", heading=cap(heading, c.brand),
                          body=fit(" ".join(p for p in (s1, ben, _action(c, 'hero:s2')) if p), 600),
                          cta_label=_hero_cta(c))


def _describe(c: Ctx, product: str) -> str:
    """What the owner said about this offering, which is its price when they gave one, and nothing
    otherwise. A niche-wide "use" ("pas untuk arisan atau hampers", "cocok untuk teman minum teh") would be
    a guess the owner never made, and the same line would fit any card."""
    price = _card_price(product, c)
    per = next((u.group(0) for f in c.facts if price and f.kind == "price" and f.value == price
                and (u := _PER_UNIT.search(f.subject or ""))), None)
    if price and per and per not in price.lower() and per not in product.lower():
        # "rental PS5 per jam 8rb": the card says "8rb per jam", never a bare "8rb" (the unit right after the amount:
        # "900rb per bulan, termasuk listrik")
        amount = _LEAD_AMOUNT.match(price)
        cut = amount.end() if amount else len(price)
        price = f"{price[:cut]} {per}{price[cut:]}"
    said = c.L.PRICE_IN_CARD.format(value=price).strip() if price else ""
    held = next((f.value for f in c.facts if f.kind == "package" and f.subject and f.subject.lower() == product.lower()),
                None)
    return f"{c.L.HOLDS_IN_CARD.format(value=held)} {said}".strip() if held else said


def _card_price(product: str, c: Ctx) -> str | None:
    """The owner's price for this card: a price said of one offering ("batik tulis mulai 350rb") is not also
    shown under its sibling ("batik cap"), which shares only a word with it; a price said of what several
    cards share ("batik mulai 100rb") is shown under each."""
    def share(name: str, subject: set[str]) -> float:
        return len(set(tokens(name)) & subject) / max(1, len(tokens(name)))

    own = tuple(f for f in c.facts if f.kind == "price" and price_for(product, (f,))
                and all(share(o, set(tokens(f.subject or ""))) <= share(product, set(tokens(f.subject or "")))
                        for o in c.products))
    return price_for(product, own) if own else None


def _price_lines(c: Ctx) -> str:
    lines = []
    for f in c.facts:
        if f.kind != "price" or any(price_for(p, (f,)) for p in c.products):
            continue
        value = shown_price(f.value)
        line = (c.L.PRICE_LINE.format(what=fix_acronyms(f.subject), value=value) if f.subject
                else c.L.PRICE_LINE_BARE.format(value=value))
        lines.append(line)
    return " ".join(lines)


def _products(c: Ctx) -> SectionContent:
    L, li = c.L, c.li
    if "menu" in c.features and c.kind == "food":
        heading = L.PROD_HEAD_MENU
    elif "catalog" in c.features and c.kind in ("goods", "food"):
        heading = pick(L.PROD_HEAD_CATALOG, c.seed, "products:head")
    else:
        heading = pick(c.prof.heads[li], c.seed, "products:head")
    if c.products:
        intro = _r(c, _worded(c, L.PROD_INTRO, c.mode), "products:intro", 400) if c.chan_key else ""
        items = [CardItem(title=fit(title_case(p), 80), description=_describe(c, p)) for p in c.products]
    else:  # no offering named: no cards invented, only what the business is
        intro = _r(c, L.HERO_S1_NOPROD, "products:intro", 400)
        items = []
    body = " ".join(x for x in (intro, _price_lines(c)) if x)
    return SectionContent(type="products", heading=fit(_fmt(heading, c), 120), body=fit(cap(body, c.brand), 600),
                          items=items[:10])


def _tour(c: Ctx) -> bool:
    """A tour, trip or charter business: its areas are where it goes ("Tujuan", not "Area layanan")."""
    return goes_to_places(c.prof.key, (c.brand, c.industry, *c.products))


_DELIVERY_SAID = re.compile(r"\b(?:antar|diantar|diantarkan|kirim|dikirim|ongkir|delivery|deliver|delivered|"
                            r"drop[\s-]?off)\b", re.I)
# Tones whose highlight card already invites questions before deciding (phrases_*.HL_TONE).
ASKING_TONES = frozenset({"friendly", "calm"})


def _sells(c: Ctx) -> bool:
    """A shop or a kitchen that takes orders: what it hands over is collected or delivered, never fetched."""
    return c.mode == "order" and c.kind in ("food", "goods")


def _highlight_items(c: Ctx) -> tuple[list[CardItem], set[str]]:
    """Up to three highlight cards, stated facts first, and the kinds of fact they show (the about
    section leaves those out, so no fact is said twice)."""
    L, s = c.L, c.slots
    fact_cards = highlight_cards(c.facts, c.lang, c.brand, c.products, classes=c.mode == "register", tour=_tour(c),
                                 mu=s["mu"], sells=_sells(c), lessons=c.kind == "class")
    cands: list[tuple[str, str]] = [(t, d) for t, d, _ in fact_cards]
    if c.wa:
        cands.append(L.HL_FEATURE["whatsapp_supply" if c.prof.supply else "whatsapp"])
    if c.chan_key:
        for feat in ("booking", "registration", "signup", "tickets"):
            if feat in c.features and not c.wa:
                cands.append(L.HL_FEATURE[feat])
    # (a delivery the owner already put in their own words, "antar ke hotel gratis" as an offer, is not said twice)
    if "delivery" in c.features and not any(f.kind in ("delivery", "pickup") or f.kind == "offer" and
                                            _DELIVERY_SAID.search(f.value) for f in c.facts):
        cands.append(L.HL_FEATURE["delivery_" + c.ships if c.ships else "delivery"])
    # (no "Di Amed" card beside an area card that already names the place: "Tujuan — Amed, Bali")
    said_areas = {w for _t, d, kind in fact_cards if kind == "area" for w in tokens(d)}
    if s["loc"] and not set(tokens(s["loc"])) <= said_areas:
        # a place visitors travel to, or a tour that takes them away, is not for those who live in its town
        visitors = c.trade in VISITED
        # goods sent beyond the town are not only for its residents either
        far = _sells(c) and ships_far(c.facts)
        locs = (L.HL_LOC_VISIT if visitors else L.HL_LOC_TRIP if c.prof.key != "community" and _tour(c)
                else L.HL_LOC_SHIPS if far else L.HL_LOC)
        cands.append(pick(locs, c.seed, "hl:loc"))
    # who it is for, unless a level card already says it ("Jenjang — Kelas untuk pemula" and "Untuk pemula")
    said_levels = {w for _t, d, kind in fact_cards if kind == "level" for w in tokens(d)}
    if s["aud"] and not set(tokens(s["aud"])) <= said_levels:
        cands.append(L.HL_AUD if len(s["aud"]) <= 60 else L.HL_AUD_LONG)
    if c.products:
        for feat in PAGE_FEATURES:
            if feat in c.features:
                cands.append(L.HL_FEATURE[feat])
    # (no "Plenty to choose from — A, B and C" card: the lead right above names the same offerings)
    if c.chan_key:  # the tone cards invite questions: only where someone can be asked
        cands.append(L.HL_TONE.get(c.tone, L.HL_TONE["friendly"]))
    if len(c.chan_keys) > 1:
        cands.append(L.HL_CHAN)
    if c.chan_key:
        if c.tone not in ASKING_TONES and c.tone in L.HL_TONE:  # a friendly or calm card already says "ask first"
            cands.append(L.HL_ASK)
    elif c.products:
        cands.append(L.HL_ITEMS)
    items: list[CardItem] = []
    seen: set[str] = set()
    for title, desc in cands:
        t = cap(fit(title.format_map(s), 80), c.brand)
        if t.lower() in seen:
            continue
        seen.add(t.lower())
        items.append(CardItem(title=t, description=cap(fit(desc.format_map(s), 240), c.brand)))
        if len(items) == 3:
            break
    shown = {kind for title, _d, kind in fact_cards[:len(items)]}
    return items, shown


def _highlights(c: Ctx) -> SectionContent:
    items, _ = _highlight_items(c)
    heading = _r(c, c.L.HL_HEADS, "highlights:head", 120)
    return SectionContent(type="highlights", heading=heading, items=items)


def _about(c: Ctx) -> SectionContent:
    L = c.L
    # "Bunda Ceria adalah penitipan anak yang menyediakan penitipan anak": when the one offering is what the
    # business is, the sentence says what it is and its summary instead
    prods = bool(c.products) and not (len(c.products) == 1 and set(tokens(c.products[0])) <= set(tokens(c.slots["noun"])))
    s1 = _r(c, L.ABOUT_S1_PROD if prods else L.ABOUT_S1_NOPROD, "about:s1", 300)
    hero_s1 = _r(c, L.HERO_S1_PROD if c.products else L.HERO_S1_NOPROD, "hero:s1", 400)
    if s1 == hero_s1:  # the hero already said it this way
        s1 = _r(c, L.ABOUT_S1_PROD if prods else L.ABOUT_S1_NOPROD, "about:s1", 300, offset=1)
    since = _r(c, L.ABOUT_SINCE, "about:since", 200) if c.slots["since"] else ""
    s2 = _r(c, _for_mode(c, L.ABOUT_S2_AUD if c.slots["aud"] else L.ABOUT_S2), "about:s2", 250)
    if c.chan_key:
        s3 = _r(c, _for_mode(c, L.ABOUT_S3), "about:s3", 150)
    elif c.plan.address:
        s3 = _r(c, L.ABOUT_S3_VISIT, "about:s3", 200)
    else:
        s3 = _r(c, L.ABOUT_S3_IG, "about:s3", 150) if c.plan.instagram else ""
    body = fit(" ".join(cap(x, c.brand) for x in (s1, since, s2, s3) if x), 600)
    # the facts the owner stated, as a short list: each fact once on the page, so the ones shown as
    # highlight cards or in the contact section (hours, address, area) are left out here
    in_contact = {"hours", "address", "area"} if c.plan.has_section else set()
    skip = frozenset({"instagram", "audience"} | ({"since"} if since else set()) | in_contact
                     | _highlight_items(c)[1])
    # a label with its value, or one of the owner's own notes (up to a title's length: a note is a sentence)
    items = [CardItem(title=fit(label, 80), description=fit(value, 240)) if value
             else CardItem(title=fit(label, 120)) for label, value in info_items(c.facts, c.lang, skip, c.products, _tour(c),
                                                                           c.slots["mu"], _sells(c), c.kind == "class",
                                                                           (c.brand, c.slots["aud"]))
             # (not a note that only names the town the page is in: "Cepogo Boyolali" beside "Cepogo, Boyolali")
             if value or not set(tokens(label)) <= set(tokens(c.slots["loc"] or ""))][:10]
    return SectionContent(type="about", heading=fit(L.ABOUT_HEAD.format_map(c.slots), 120), body=body,
                          items=items)


def _step(c: Ctx, pair: tuple[str, str]) -> CardItem:
    return CardItem(title=cap(fit(pair[0].format_map(c.slots), 80), c.brand),
                    description=cap(fit(pair[1].format_map(c.slots), 240), c.brand))


def _how(c: Ctx) -> SectionContent:
    L, m = c.L, c.mode
    if m == "consult":
        first = L.STEP2_CONSULT_CHAN if c.chan_key else L.STEP1[m]
        second = L.STEP2[m]
    else:
        first = _worded(c, L.STEP1, m)
        # "with quantities" fits goods and food; a service is asked for what is needed and when
        key = "order_service" if m == "order" and c.kind not in ("food", "goods") else m
        second = L.STEP2[key] if c.chan_key else L.STEP2_NOCHAN[key]
    delivers = delivery_said(c.features, c.facts)
    if m == "order":
        # (an order delivered only by a food app's driver is not brought by the business: no "we deliver" step)
        own = delivers and not food_apps(c.facts)
        third = L.STEP3[("order_deliv_" + c.ships if c.ships else "order_deliv") if own else "order"]
    elif m == "book":
        # the owner's own word that they come to the customer outweighs the niche's usual way
        visit = "go" if comes_to_you(c.facts, c.brand) else c.prof.visit
        third = L.STEP3[{"come": "book_come", "go": "book_go"}.get(visit, "book")]
    elif m == "register":
        # a daycare's sign-up starts a first day, not a class
        third = L.STEP3[{"event": "register_event", "service": "register_service"}.get(c.kind, "register")]
    else:
        third = _worded(c, L.STEP3, m)
    heading = pick(L.HOW_HEAD[m], c.seed, "how:head")
    body = pick(L.HOW_BODY[c.reg], c.seed, "how:body")
    return SectionContent(type="how_to_order", heading=heading, body=body,
                          items=[_step(c, first), _step(c, second), _step(c, third)])


def _contact(c: Ctx) -> SectionContent:
    L, s = c.L, c.slots
    heading = pick(L.CONTACT_HEAD[c.reg], c.seed, "contact:head")
    if c.chan_key:
        lead = _r(c, _for_mode(c, L.CONTACT_BODY[c.reg]), "contact:body", 300)
    elif c.plan.address:
        lead = _r(c, L.CONTACT_BODY_VISIT, "contact:body", 300)
    else:
        lead = _r(c, L.CONTACT_BODY_IG, "contact:body", 300) if c.plan.instagram else ""
    lines = [lead]
    if s["hours"]:
        hours_line = L.CONTACT_HOURS.format(hours=s["hours"])
        label = hours_label(s["hours"], c.lang, c.kind == "class")
        if label != LABEL["hours"][c.li] and hours_line.startswith(LABEL["hours"][c.li] + ":"):
            hours_line = label + hours_line[len(LABEL["hours"][c.li]):]  # "Jadwal: setiap Sabtu pukul 15.00."
        lines.append(hours_line)
    if s["address"]:
        lines.append(L.CONTACT_ADDRESS.format(address=s["address"]))
    area = area_for_contact(c.facts, c.lang)
    if area:
        lines.append((L.CONTACT_DEST if _tour(c) else L.CONTACT_AREA).format(area=area))
    body = fit(" ".join(x for x in lines if x), 600)
    return SectionContent(type="contact", heading=heading, body=cap(body, c.brand), cta_label=_contact_cta(c))


WRITERS = {"hero": _hero, "products": _products, "highlights": _highlights, "about": _about,
           "how_to_order": _how, "contact": _contact}


def _tidy_section(sec: SectionContent, brand: str) -> SectionContent:
    items = [CardItem(title=tidy(i.title, brand), description=tidy(i.description, brand)) for i in sec.items]
    return sec.model_copy(update={"heading": tidy(sec.heading, brand), "body": tidy(sec.body, brand),
                                  "items": items})


def write_section(section_type: str, intent: Intent, contact: dict | None) -> SectionContent:
    """The copy of one landing-page section, in intent.language."""
    try:
        writer = WRITERS[section_type]
    except KeyError:
        raise ValueError(f"unknown section type {section_type!r}; expected one of {sorted(WRITERS)}") from None
    return _tidy_section(writer(context(intent, contact)), intent.brand_name)


def write_seo(intent: Intent, contact: dict | None = None) -> SeoContent:
    """Page title (≤ 60 chars) and meta description (≤ 160 chars), both naming the brand."""
    c = context(intent, contact)
    L, s = c.L, c.slots
    title = ""
    for t in L.SEO_TITLE:
        if all(s.get(f) for f in fields_of(t)):
            cand = t.format_map(s)
            if len(cand) <= 60:
                title = cand
                break
    title = title or fit(c.brand, 60)
    s2 = L.SEO_DESC_S2[c.mode].format_map(s) if c.chan_key else L.SEO_DESC_S2_NOCHAN
    desc = ""
    for n in (3, 2, 1, 0):
        if n and c.products:
            extra = {"plist": product_list(list(c.products), n, L, c.kind)}
            s1 = _r(c, L.SEO_DESC_S1, "seo:s1", 1000, extra)
        else:
            s1 = _r(c, L.SEO_DESC_S1_NOPROD, "seo:s1", 1000)
        for cand in (f"{s1} {s2}".strip(), s1):
            if len(cand) <= 160:
                desc = cand
                break
        if desc:
            break
    if not desc:
        desc = fit(f"{c.brand} — {s['summ']}", 160)
    return SeoContent(title=tidy(title, c.brand), description=tidy(desc, c.brand))

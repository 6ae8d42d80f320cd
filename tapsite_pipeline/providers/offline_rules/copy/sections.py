"""Assemble section copy and SEO text from an Intent, the phrase banks and industry profiles.

Everything here is derived from what the owner said (intent + contact details); phrasing varies
by a stable hash of the brand name and the slot, so the same intent always gives the same copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tapsite_pipeline.forms.plan import form_types
from ....models import CardItem, Intent, SectionContent, SeoContent
from . import phrases_en, phrases_id
from .industries import GENERIC, Profile, product_use, profile_for, profile_for_product
from .util import cap, fields_of, fit, fix_acronyms, join_list, lower_first, pick, render, stable_hash, title_case, tokens

LANGS = {"id": phrases_id, "en": phrases_en}
CASUAL_TONES = frozenset({"friendly", "playful", "bold"})
DESC_GROUP = {"food": "goods", "goods": "goods", "class": "class"}
REGISTER_FEATURES = frozenset({"registration", "signup"})
OTHER_FEATURES = ("schedule", "portfolio", "gallery", "menu", "catalog", "order_form", "contact_form", "map")


@dataclass(frozen=True)
class Ctx:
    lang: str
    L: object
    brand: str
    seed: str
    prof: Profile
    kind: str
    mode: str
    reg: str                 # "casual" | "formal"
    tone: str
    features: frozenset
    products: tuple
    wa: bool
    chan_key: str | None
    chan_keys: tuple
    slots: dict


def _clean_loc(loc: str | None) -> str:
    loc = " ".join((loc or "").split()).strip(" .,")
    for pre in ("di ", "in ", "Di ", "In "):
        if loc.startswith(pre):
            loc = loc[len(pre):]
    return title_case(loc) if loc and loc == loc.lower() else loc


def _clean_aud(aud: str) -> str:
    aud = " ".join(aud.split()).strip(" .,;")
    for pre in ("untuk ", "buat ", "for ", "Untuk ", "Buat ", "For "):
        if aud.startswith(pre):
            aud = aud[len(pre):]
    return lower_first(aud)


def _mode(bt: str, prof: Profile, f: frozenset) -> str:
    """The ordering flow: order | book | register | tickets | consult."""
    if "tickets" in f and bt in ("events", "education", "other"):
        return "tickets"
    if f & REGISTER_FEATURES or bt == "education":
        return "register"
    if "booking" in f:
        return "book"
    if prof.mode == "register" and bt != "education":
        return "book"
    return prof.mode


def _with_prefix(items: list[str], kind: str, L) -> list[str]:
    pre = L.PREFIX.get(kind)
    if not items or not pre or (tokens(items[0]) or [""])[0] in L.PREFIX_SKIP:
        return items
    return [f"{pre} {items[0]}", *items[1:]]


def _list(items: list[str], n: int, L, kind: str) -> str:
    shown = _with_prefix(list(items[:n]), kind, L)
    if len(items) > n:
        shown.append(L.AND_MORE)
    return join_list(shown, L.LANG, L.CONJ)


def _own_industry(industry: str, prof: Profile) -> str:
    """The owner's industry words, when no specific profile matched and they read as a noun."""
    ind = " ".join(industry.lower().split())
    if prof is not GENERIC.get(prof.bt) or not ind or len(ind) > 40:
        return ""
    if not re.fullmatch(r"[a-z][a-z &'/-]*", ind) or set(tokens(ind)) <= set(prof.kw) | {"usaha", "bisnis", "jasa"}:
        return ""
    return ind


def _a(noun: str) -> str:
    first = noun.split(" ", 1)[0]
    vowel = noun[:1].lower() in "aeio" or (first.isupper() and first[:1] in "AEFHILMNORSX")
    return ("an " if vowel else "a ") + noun


@lru_cache(maxsize=512)
def _context(key: tuple, contact_key: tuple) -> Ctx:
    bt, industry, products, brand, aud, tone, features, lang, loc = key
    L = LANGS.get(lang, phrases_en)
    f = frozenset(features)
    prof = profile_for(bt, industry, products)
    mode = _mode(bt, prof, f)
    reg = "casual" if tone in CASUAL_TONES else "formal"
    pron = L.PRONOUN[reg]
    li = 0 if lang == "id" else 1
    wa_c, phone, email = contact_key
    # WhatsApp is a channel only with a number: a wa.me link without one reaches nobody.
    wa = wa_c
    # The "no contact channel" decision: the page's forms (forms.plan, shared with the site stage) are a
    # channel too, and a brief without a number or an e-mail always gets the contact form, so the copy
    # points at "the form on this page" instead of an unreachable "contact us".
    has_form = bool(form_types(bt, f, has_channel=bool(wa_c or phone or email)))
    chan_keys = tuple(k for k, ok in (("wa", wa), ("phone", phone), ("email", email), ("form", has_form))
                      if ok)
    chan_key = chan_keys[0] if chan_keys else None
    loc = _clean_loc(loc)
    aud = _clean_aud(aud)
    ps = [fix_acronyms(p) for p in products]
    seed = brand
    noun = prof.noun[li]
    item = prof.item[li]
    own_industry = _own_industry(industry, prof)
    if own_industry:
        noun = f"usaha {own_industry}" if lang == "id" else f"{own_industry} business"
    s = dict(pron)
    s.update(
        brand=brand, noun=noun, a_noun=_a(noun) if lang == "en" else noun, item=item, loc=loc, aud=aud,
        summ=own_industry or prof.summ[li], own_industry=own_industry,
        ben=pick(prof.bens[li], seed, "ben").format_map(pron),
        tone_style=L.TONE_STYLE.get(tone, L.TONE_STYLE["friendly"]),
        chan=L.CHAN[chan_key] if chan_key else "",
        o_aud=L.O_AUD.format(aud=aud) if aud else "",
        o_loc=L.O_LOC.format(loc=loc) if loc else "",
        o_deliv=L.O_DELIV.format_map(pron) if "delivery" in f and mode == "order" else "",
        o_sched=L.HL_SCHED.get(prof.kind, ""),
        wa_title=L.HL_WA_TITLE.get(mode, L.HL_WA_TITLE["order"]),
        topic=ps[0] if ps else item,
        Tnoun=(title_case(own_industry or noun) if tokens(own_industry or noun)[-1] not in tokens(brand)
               else ""),
        Tsumm="" if ps or own_industry else title_case(prof.summ[li]),
    )
    if ps:
        p2 = join_list(ps[:2], lang, L.CONJ)
        s.update(p1=ps[0], P1=cap(ps[0]), p2=p2, P2=cap(p2),
                 plist=_list(ps, 3, L, prof.kind), pall=_list(ps, 6, L, prof.kind),
                 T1=title_case(ps[0]))
        if len(ps) > 1:
            s["T2"] = f"{title_case(ps[0])} & {title_case(ps[1])}"
        if len(ps) >= 3:
            s.update(pv1=ps[0], pv2=ps[1], pv3=ps[2])
    s["Plist"] = cap(s.get("plist", ""))
    if lang == "id":
        s["chans"] = "lewat " + join_list([L.CHAN_NAME[k] for k in chan_keys], lang, "atau") if chan_keys else ""
    else:
        s["chans"] = join_list([L.CHAN[k] for k in chan_keys], lang, "or") if chan_keys else ""
    return Ctx(lang, L, brand, seed, prof, prof.kind, mode, reg, tone, f, tuple(ps), wa, chan_key,
               chan_keys, s)


def context(intent: Intent, contact: dict | None) -> Ctx:
    contact = contact or {}
    key = (intent.business_type, intent.industry, tuple(intent.products), intent.brand_name,
           intent.target_audience or "", intent.tone, tuple(intent.features_requested), intent.language,
           intent.location)
    ckey = (bool(contact.get("whatsapp")), bool(contact.get("phone")), bool(contact.get("email")))
    return _context(key, ckey)


def _r(c: Ctx, templates, slot: str, limit: int, extra: dict | None = None, offset: int = 0) -> str:
    slots = {**c.slots, **extra} if extra else c.slots
    return render(templates, slots, c.seed, slot, limit, offset)


def _fmt(text: str, c: Ctx) -> str:
    return text.format_map(c.slots) if "{" in text else text


# ---- CTA ------------------------------------------------------------------------------------

def _hero_cta_key(c: Ctx) -> str:
    if c.mode == "register":
        return "register_wa" if c.wa else "register"
    if c.mode == "tickets":
        return "tickets"
    if c.mode == "book":
        return "book_wa" if c.wa else "book"
    if c.wa:
        return "order_wa" if c.mode == "order" else "chat_wa"
    if c.mode == "order" and "menu" in c.features:
        return "menu"
    if c.mode == "order" and "catalog" in c.features:
        return "catalog"
    return "contact"


def _contact_cta_key(c: Ctx) -> str:
    return {"wa": "chat_wa", "phone": "phone", "email": "email"}.get(c.chan_key or "", "contact")


# ---- sections -------------------------------------------------------------------------------

def _hero(c: Ctx) -> SectionContent:
    L = c.L
    heads = L.HERO_HEAD_PROD if c.products else L.HERO_HEAD_NOPROD
    heading = _r(c, heads, "hero:head", 120)
    s1 = _r(c, L.HERO_S1_PROD if c.products else L.HERO_S1_NOPROD, "hero:s1", 400)
    s2 = _action(c, "hero:s2")
    return SectionContent(type="hero", heading=cap(heading, c.brand), body=fit(f"{s1} {s2}".strip(), 600),
                          cta_label=L.CTA[_hero_cta_key(c)])


def _action(c: Ctx, slot: str) -> str:
    L = c.L
    if c.chan_key:
        opts = L.ACT[c.mode]
        if c.mode == "order" and c.reg == "casual":
            opts = opts + L.ACT["order_casual"]
        return _r(c, opts, slot, 300)
    out = _r(c, L.ACT[c.mode + "_nochan"], slot, 300)
    if "delivery" in c.features and c.mode == "order":
        out += L.DELIV_NOCHAN
    return out


def _describe(c: Ctx, product: str, i: int, used: set) -> str:
    """One neutral sentence about a product; consecutive cards get different phrasings."""
    L, li = c.L, (0 if c.lang == "id" else 1)
    prof = profile_for_product(product, c.prof)
    use = product_use(product)
    use_txt = use[li] if use and use[li] not in used else ""
    if not use_txt:
        opts = prof.uses[li]
        start = stable_hash(c.seed, "use") + i
        fresh = [opts[(start + k) % len(opts)] for k in range(len(opts))]
        ptoks = {t for t in tokens(product) if len(t) > 3}
        fresh = [u for u in fresh if not ptoks & set(tokens(u))] or fresh
        use_txt = next((u for u in fresh if u not in used), fresh[0])
    used.add(use_txt)
    group = DESC_GROUP.get(prof.kind, "service")
    pp = _with_prefix([product], prof.kind, L)[0] if group == "class" else product
    extra = {"p": product, "P": cap(product), "Pp": cap(pp), "use": use_txt.format_map(c.slots)}
    text = _r(c, L.DESC[group], "desc", 240, extra, offset=i)
    if len(text) > 240 or not text:
        text = fit(L.DESC_SHORT.format_map({**c.slots, **extra}), 240)
    return text


def _products(c: Ctx) -> SectionContent:
    L, li = c.L, (0 if c.lang == "id" else 1)
    if "menu" in c.features and c.kind == "food":
        heading = L.PROD_HEAD_MENU
    elif "catalog" in c.features and c.kind in ("goods", "food"):
        heading = pick(L.PROD_HEAD_CATALOG, c.seed, "products:head")
    else:
        heading = pick(c.prof.heads[li], c.seed, "products:head")
    body = _r(c, L.PROD_INTRO[c.mode], "products:intro", 600)
    if c.products:
        used: set = set()
        items = [CardItem(title=fit(title_case(p), 80), description=_describe(c, p, i, used))
                 for i, p in enumerate(c.products)]
    else:
        items = [CardItem(title=fit(o[2 * li], 80), description=fit(_fmt(o[2 * li + 1], c), 240))
                 for o in c.prof.offers]
        if c.slots["own_industry"]:
            items[0] = CardItem(title=fit(title_case(c.slots["own_industry"]), 80),
                                description=items[0].description)
    return SectionContent(type="products", heading=fit(_fmt(heading, c), 120), body=cap(body, c.brand),
                          items=items[:10])


def _highlights(c: Ctx) -> SectionContent:
    L, s = c.L, c.slots
    cands: list[tuple[str, str]] = []
    if c.wa:
        cands.append(L.HL_FEATURE["whatsapp"])
    for feat in ("booking", "registration", "signup", "tickets", "delivery"):
        if feat in c.features and not (c.wa and feat in ("booking", "registration", "signup", "tickets")):
            cands.append(L.HL_FEATURE[feat])
    if s["loc"]:
        cands.append(pick(L.HL_LOC, c.seed, "hl:loc"))
    if s["aud"]:
        cands.append(L.HL_AUD if len(s["aud"]) <= 60 else L.HL_AUD_LONG)
    for feat in OTHER_FEATURES:
        if feat in c.features:
            cands.append(L.HL_FEATURE[feat])
    if len(c.products) >= 3:
        cands.append(L.HL_VARIETY)
    cands.append(L.HL_TONE.get(c.tone, L.HL_TONE["friendly"]))
    if c.chan_keys and c.chan_keys != ("wa",):
        cands.append(L.HL_CHAN)
    cands.append(L.HL_ASK)
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
    heading = _r(c, L.HL_HEADS, "highlights:head", 120)
    return SectionContent(type="highlights", heading=heading, items=items)


def _about(c: Ctx) -> SectionContent:
    L = c.L
    s1_opts = L.ABOUT_S1_PROD if c.products else (L.ABOUT_S1_OWN if c.slots["own_industry"] else L.ABOUT_S1_NOPROD)
    s1 = _r(c, s1_opts, "about:s1", 300)
    s2 = _r(c, L.ABOUT_S2_AUD if c.slots["aud"] else L.ABOUT_S2, "about:s2", 250)
    s3 = _r(c, L.ABOUT_S3 if c.chan_key else L.ABOUT_S3_NOCHAN, "about:s3", 150)
    body = fit(" ".join(cap(x, c.brand) for x in (s1, s2, s3) if x), 600)
    return SectionContent(type="about", heading=fit(L.ABOUT_HEAD.format_map(c.slots), 120), body=body)


def _step(c: Ctx, pair: tuple[str, str]) -> CardItem:
    return CardItem(title=cap(fit(pair[0].format_map(c.slots), 80), c.brand),
                    description=cap(fit(pair[1].format_map(c.slots), 240), c.brand))


def _how(c: Ctx) -> SectionContent:
    L, m = c.L, c.mode
    if m == "consult":
        first = L.STEP2_CONSULT_CHAN if c.chan_key else L.STEP1[m]
        second = L.STEP2[m]
    else:
        first = L.STEP1[m]
        second = L.STEP2[m] if c.chan_key else L.STEP2_NOCHAN[m]
    if m == "order":
        third = L.STEP3["order_deliv" if "delivery" in c.features else "order"]
    elif m == "book":
        third = L.STEP3[{"come": "book_come", "go": "book_go"}.get(c.prof.visit, "book")]
    elif m == "register":
        third = L.STEP3["register_event" if c.kind == "event" else "register"]
    else:
        third = L.STEP3[m]
    heading = pick(L.HOW_HEAD[m], c.seed, "how:head")
    body = pick(L.HOW_BODY[c.reg], c.seed, "how:body")
    return SectionContent(type="how_to_order", heading=heading, body=body,
                          items=[_step(c, first), _step(c, second), _step(c, third)])


def _contact(c: Ctx) -> SectionContent:
    L = c.L
    heading = pick(L.CONTACT_HEAD[c.reg], c.seed, "contact:head")
    bodies = L.CONTACT_BODY[c.reg] if c.chan_key else L.CONTACT_BODY_NOCHAN[c.reg]
    body = _r(c, bodies, "contact:body", 600)
    return SectionContent(type="contact", heading=heading, body=cap(body, c.brand),
                          cta_label=L.CTA[_contact_cta_key(c)])


WRITERS = {"hero": _hero, "products": _products, "highlights": _highlights, "about": _about,
           "how_to_order": _how, "contact": _contact}


def write_section(section_type: str, intent: Intent, contact: dict | None) -> SectionContent:
    """The copy of one landing-page section, in intent.language."""
    try:
        writer = WRITERS[section_type]
    except KeyError:
        raise ValueError(f"unknown section type {section_type!r}; expected one of {sorted(WRITERS)}") from None
    return writer(context(intent, contact))


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
    s2 = (L.SEO_DESC_S2[c.mode].format_map(s) if c.chan_key else L.SEO_DESC_S2_NOCHAN)
    desc = ""
    for n in (3, 2, 1, 0):
        if n and len(c.products) >= 1:
            extra = {"plist": _list(list(c.products), n, L, c.kind)}
            s1 = _r(c, L.SEO_DESC_S1, "seo:s1", 1000, extra)
        else:
            s1 = _r(c, L.SEO_DESC_S1_NOPROD, "seo:s1", 1000)
        for cand in (f"{s1} {s2}", s1):
            if len(cand) <= 160:
                desc = cand
                break
        if desc:
            break
    if not desc:
        desc = fit(f"{c.brand} — {s['summ']}", 160)
    return SeoContent(title=title, description=desc)

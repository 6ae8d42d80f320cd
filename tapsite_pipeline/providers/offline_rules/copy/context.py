"""Everything the section writers need about one page, computed once per intent and contact plan.

The profile is the niche's own (or the business type's neutral one); the contact channels come from the
same plan the page renders (tapsite_pipeline.contact), so the copy never points at a channel that is not there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ....contact import COPY_KEYS, ContactPlan, plan_from_copy
from ....forms.plan import form_types
from ....forms.side_booking import page_features
from ....models import Fact, Intent
from ....shorthand import expand
from . import phrases_en, phrases_id
from .community import PROFILE as COMMUNITY_PROFILE
from .community import is_community
from .community import phrases_for as community_phrases
from .factcopy import food_apps, joined, shown_hours
from .industries import Profile, profile_for
from .trades import trade_of, trade_words, with_trade
from .util import cap, fix_acronyms, join_list, pick, title_case, tokens

LANGS = {"id": phrases_id, "en": phrases_en}
CASUAL_TONES = frozenset({"friendly", "playful", "bold"})
REGISTER_FEATURES = frozenset({"registration", "signup"})


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
    wa: bool                 # a real WhatsApp number is on the page
    chan_key: str | None     # the best channel, None when the page cannot be reached
    chan_keys: tuple
    facts: tuple             # the owner's stated facts (models.Fact)
    plan: ContactPlan
    slots: dict
    industry: str = ""       # the parser's industry label ("transport", "wholesale supply")
    ships: str = ""          # who is delivered to: "carrier" (a shipment), "supply" (a business), "" (a home)
    trade: str = ""          # the trade inside the niche (trades.py): "florist", "lodging", "diving", …

    @property
    def li(self) -> int:
        return 0 if self.lang == "id" else 1


def _clean_loc(loc: str | None) -> str:
    loc = " ".join((loc or "").split()).strip(" .,")
    for pre in ("di ", "in ", "Di ", "In "):
        if loc.startswith(pre):
            loc = loc[len(pre):]
    return title_case(loc) if loc and loc == loc.lower() else loc


def _clean_aud(aud: str) -> str:
    aud = " ".join(aud.split()).strip(" .,;")
    for pre in ("untuk ", "buat ", "for ", "Untuk ", "Buat ", "For ", "khusus ", "Khusus "):
        if aud.startswith(pre):
            aud = aud[len(pre):]
    aud = aud[:1].lower() + aud[1:] if aud[:1].isupper() and not aud[1:2].isupper() else aud
    return fix_acronyms(aud)   # "umkm" is UMKM wherever it is said


def delivery_said(features: frozenset | tuple, facts: tuple[Fact, ...]) -> bool:
    """Whether the page may say orders are delivered: the owner said delivery ("diantar", "ongkir"), and not
    only "antar jemput", which is a pickup and drop-off (of laundry, of children, of students): its own card."""
    if any(f.kind == "delivery" for f in facts):
        return True
    return "delivery" in features and not any(f.kind == "pickup" for f in facts)


# A courier, cargo, freight or logistics service carries someone's goods to where they are going: its delivery is
# its service, not an order brought to a shopper's door ("tidak perlu keluar rumah").
_CARRIER = re.compile(r"\b(?:ekspedisi|cargo|kargo|kurir|courier|freight|logisti[ck]s?|forwarder|forwarding|trucking|"
                      r"door[\s-]to[\s-]door|jasa\s+(?:kirim|pengiriman)|pengiriman\s+barang|shipping\s+company)\b", re.I)


def ships_to(prof: Profile, words: tuple[str, ...]) -> str:
    """Who a delivery goes to: "carrier" for a courier or freight service (a service or other business of no sure
    niche, or a travel one, that names such work), "supply" for a supplier to businesses, else "" (a shopper at
    home). A food seller that ships "via cargo", a laundry with its own "kurir", still deliver to a customer."""
    service = (prof.key == prof.bt and prof.bt in ("services", "other")) or prof.key == "travel"
    if service and any(_CARRIER.search(w) for w in words):
        return "carrier"
    return "supply" if prof.supply else ""


def _o_deliv(L, ships: str, pron: dict, facts: tuple[Fact, ...]) -> str:
    """The lead's delivery clause: ", bisa diantar ke alamatmu", or the apps the owner named when they deliver only
    through them (", atau lewat GoFood": the page's own order is not brought by anyone)."""
    apps = food_apps(facts)
    if apps:
        return L.O_DELIV_APP.format(apps=apps)
    return L.O_DELIV_TO.get(ships, L.O_DELIV).format_map(pron)


def _mode(bt: str, prof: Profile, f: frozenset) -> str:
    """The ordering flow: order | book | visit | register | tickets | consult."""
    if "tickets" in f and bt in ("events", "education", "other"):
        return "tickets"
    # a food or retail "subscription" ("7 day subscription for 175k") is a standing order, not a sign-up
    if (f & REGISTER_FEATURES and bt not in ("food_and_beverage", "retail")) or bt == "education":
        return "register"
    if "booking" in f:
        return "book"
    # a register profile of another type books (a class at a gym); a daycare's own profile keeps its sign-up
    mode = "book" if prof.mode == "register" and bt != "education" and prof.bt != bt else prof.mode
    # the owner said customers just come in: no booking flow (a service that comes to the customer keeps it)
    if mode == "book" and "walk_in" in f and prof.visit != "go":
        return "visit"
    return mode


def with_prefix(items: list[str], kind: str, L) -> list[str]:
    pre = L.PREFIX.get(kind)
    if not items or not pre or (tokens(items[0]) or [""])[0] in L.PREFIX_SKIP:
        return items
    return [f"{pre} {items[0]}", *items[1:]]


def product_list(items: list[str], n: int, L, kind: str) -> str:
    """'a, b, dan c' — or 'a, b, c, dan lainnya' when there are more than n (never 'dan dan')."""
    shown = with_prefix(list(items[:n]), kind, L)
    if len(items) > n:
        shown.append(L.AND_MORE)
    return join_list(shown, L.LANG, L.CONJ)


def _a(noun: str) -> str:
    first = noun.split(" ", 1)[0]
    vowel = noun[:1].lower() in "aeio" or (first.isupper() and first[:1] in "AEFHILMNORSX")
    return ("an " if vowel else "a ") + noun


@lru_cache(maxsize=512)
def _context(key: tuple, fact_key: tuple, contact_key: tuple) -> Ctx:
    bt, niche, products, brand, aud, tone, features, lang, loc, community, industry = key
    facts = tuple(Fact(kind=k, value=v, subject=s) for k, v, s in fact_key)
    plan = plan_from_copy(dict(contact_key))
    L = LANGS.get(lang, phrases_en)
    f = frozenset(features)
    prof = profile_for(niche, bt, industry)
    if community:  # a mosque, a foundation, a youth group: activities to join, never a shop
        L, prof = community_phrases(L), COMMUNITY_PROFILE
    trade = None if community else trade_of(niche, industry or "", (brand, *trade_words(products, facts)))
    # a florist, a homestay, a dive centre: the trade's own words inside its niche
    prof = with_trade(prof, trade)
    # a booking said only of a side service (a farm's tours, a batik maker's class) leaves a seller an order page
    seller = not community and prof.mode == "order"
    f = frozenset(page_features(tuple(features), seller, products, ((k, v) for k, v, _ in fact_key)))
    mode = _mode(bt, prof, f)
    # what the business is (its name, trade, offerings), never how it delivers ("hasil dikirim kurir")
    ships = ships_to(prof, (brand, industry or "", *products))
    reg = "casual" if tone in CASUAL_TONES else "formal"
    pron = L.PRONOUN[reg]
    li = 0 if lang == "id" else 1
    wa = bool(plan.whatsapp)
    # The page's lead forms (forms.plan decides which, for the copy and the site stage alike) are a channel
    # when there is an endpoint to post to; a brief without a number or an e-mail always gets a contact form.
    direct = bool(plan.whatsapp or plan.phone or plan.email)
    has_form = plan.form_endpoint and bool(form_types(bt, f, has_channel=direct))
    # the owner's channels in the card's rank (a WhatsApp number, email, phone, …): the copy leads with the first
    chan_keys = plan.ranked() + (("form",) if has_form else ())
    chan_key = chan_keys[0] if chan_keys else None
    loc = _clean_loc(loc)
    # who it is for in the owner's fuller words, when they hold the audience read ("sekolah, koperasi, dan
    # pemerintah desa" over "sekolah")
    stated = joined(facts, "audience", lang)
    if not aud or (stated and set(tokens(aud)) <= set(tokens(stated))):
        aud = stated or aud
    aud = _clean_aud(aud)
    ps = [fix_acronyms(p) for p in products]
    # an offering that only repeats the name's words ("kursus menjahit" of "Kursus Menjahit Bu Nining") goes last: a
    # sentence naming it beside the name says the same thing twice ("Kursus menjahit dari Kursus Menjahit …")
    named = set(tokens(brand))
    ps.sort(key=lambda p: bool(tokens(p)) and set(tokens(p)) <= named)
    noun, item = prof.noun[li], prof.item[li]
    s = dict(pron)
    s.update(
        brand=brand, noun=noun, a_noun=_a(noun) if lang == "en" else noun, item=item, Item=cap(item), loc=loc,
        aud=aud, summ=prof.summ[li], ben=pick(prof.bens[li], brand, "ben").format_map(pron),
        tone_style=L.TONE_STYLE.get(tone, L.TONE_STYLE["friendly"]),
        chan=L.CHAN[chan_key] if chan_key else "",
        o_aud=L.O_AUD.format(aud=aud) if aud else "",
        # "Dapur Bunda Rara Pekanbaru di Pekanbaru": a name that ends with its town says where already
        o_loc=L.O_LOC.format(loc=loc) if loc and not _ends_with_place(brand, loc) else "",
        o_deliv=_o_deliv(L, ships, pron, facts) if delivery_said(f, facts) and mode == "order" else "",
        o_sched=L.HL_SCHED.get(prof.kind, ""),
        wa_title=L.HL_WA_TITLE.get(mode, L.HL_WA_TITLE["order"]),
        topic=ps[0] if ps else item,
        Tnoun=title_case(noun) if tokens(noun)[-1] not in tokens(brand) else "",
        Tsumm="" if ps else title_case(prof.summ[li]),
        since=joined(facts, "since", lang), address=plan.address or "", ig=plan.instagram or "",
        hours=plan.hours or "", area=joined(facts, "area", lang),
    )
    if ps:
        p2 = join_list(ps[:2], lang, L.CONJ)
        s.update(p1=ps[0], P1=cap(ps[0]), p2=p2, P2=cap(p2), plist=product_list(ps, 3, L, prof.kind),
                 pall=product_list(ps, 6, L, prof.kind), T1=title_case(ps[0]))
        if len(ps) > 1:
            s["T2"] = f"{title_case(ps[0])} & {title_case(ps[1])}"
        if len(ps) >= 3:
            s.update(pv1=ps[0], pv2=ps[1], pv3=ps[2])
    s["Plist"] = cap(s.get("plist", ""))
    if lang == "id":
        s["chans"] = "lewat " + join_list([L.CHAN_NAME[k] for k in chan_keys], lang, "atau") if chan_keys else ""
    else:
        s["chans"] = join_list([L.CHAN[k] for k in chan_keys], lang, "or") if chan_keys else ""
    return Ctx(lang, L, brand, brand, prof, prof.kind, mode, reg, tone, f, tuple(ps), wa, chan_key, chan_keys,
               facts, plan, s, industry or "", ships, trade.key if trade else "")


def _shown_value(f: Fact, names: tuple[str, ...], lang: str) -> str:
    if f.kind == "instagram":
        return f.value
    value = expand(f.value, names, lexicon=lang == "id")
    return shown_hours(value) if f.kind == "hours" else value


def context(intent: Intent, contact: dict | None) -> Ctx:
    contact = contact or {}
    key = (intent.business_type, intent.niche, tuple(intent.products), intent.brand_name,
           intent.target_audience or "", intent.tone, tuple(intent.features_requested), intent.language,
           intent.location, is_community(intent.business_type, intent.niche, intent.industry), intent.industry)
    # the owner's words as a visitor reads them: chat shorthand spelled out ("udh" → "sudah", "dkt" → "dekat")
    names = (intent.brand_name or "", *intent.products)
    fact_key = tuple((f.kind, _shown_value(f, names, intent.language), f.subject) for f in intent.facts)
    shown = {f[0]: f[1] for f in reversed(fact_key)}
    ckey = tuple(sorted((k, v) for k, v in contact.items() if k in COPY_KEYS and v))
    # facts the owner stated in the brief reach the contact plan even when the caller passed only numbers
    extra = {k: shown.get(k) for k in ("instagram", "address", "hours")}
    have = dict(ckey)
    lex = intent.language == "id"
    for k in ("address", "hours"):  # the owner's words from the contact details too, as the fact list shows them
        if isinstance(have.get(k), str):
            have[k] = expand(have[k], names, lexicon=lex)
            have[k] = shown_hours(have[k]) if k == "hours" else have[k]
    ckey = tuple(sorted({**{k: v for k, v in extra.items() if v}, **have}.items()))
    return _context(key, fact_key, ckey)


def _ends_with_place(brand: str, loc: str) -> bool:
    """Does the name end with the town's words ("Kue Mbok Sum Klaten" in Klaten)?"""
    b, town = tokens(brand), tokens(loc)
    return bool(town) and len(b) > len(town) and b[-len(town):] == town

"""Facts: every concrete fact of the brief is on the page, no fact line is cut out of the middle of a phrase
(scraps.py), no price range is cut in two (price_ranges.py), no card shows a price the brief says of another
offering (card_prices.py), and nothing concrete is invented (a price, year, phone number, email, handle or street
address the owner never gave)."""

from __future__ import annotations

import re

from . import values
from .brief import BriefInfo
from .brief_facts import KIND_LABEL, Fact, extract_facts, gold_facts
from .card_prices import wrong_card_prices
from .gold import alternative_in, fact_groups
from .page import Page
from .price_ranges import split_ranges
from .price_ties import untied_prices
from .result import CheckResult
from .scraps import scraps
from .text import clip, has_phrase, norm
from .video_text import without_video_title

# A number's local digits, grouped as the owner wrote them ("555 4470", "555-4470"): seven or eight digits.
_LOCAL_PART = re.compile(r"\d{3,4}[\s.-]?\d{3,4}")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|hak cipta", re.I)


class PageValues:
    """The page's text and the values parsed from it, computed once."""

    def __init__(self, page: Page):
        self.page = page
        self.text = page.visible_text
        self.low = self.text.lower()
        self.norm = norm(self.text)
        self.hrefs = [lk.href for lk in page.links if lk.href] + [f.action for f in page.forms if f.action]
        self.meta = f"{page.title}\n{page.description}"
        self.hours = [v for _, v in values.hour_ranges(self.text)]
        self.prices = values.prices(self.text) + values.prices(self.meta)
        body = "\n".join(b.text for b in page.blocks if not _COPYRIGHT.search(b.text))
        self.years = set(values.YEAR.findall(body)) | set(values.YEAR.findall(self.meta))
        self.link_phones = {d for h in self.hrefs if h.startswith(("tel:", "https://wa.me/", "http://wa.me/",
                                                                     "https://api.whatsapp.com"))
                            if (d := values.phone_digits(_href_number(h)))}
        self.text_phones = values.phones(self.text)
        ld = " ".join(str(x.get("telephone", "")) for x in page.jsonld if isinstance(x, dict))
        self.ld_phones = {d for _, d in values.phones(ld)}
        self.link_emails = {h[7:].split("?")[0].lower() for h in self.hrefs if h.lower().startswith("mailto:")}
        self.text_emails = set(values.emails(self.text))
        self.handles = set(values.handles(self.text, loose=False)) | {
            m.group(1).lower() for h in self.hrefs if (m := re.search(r"instagram\.com/([\w.]+)", h, re.I))}

    def has(self, fact: Fact) -> bool:
        if fact.kind == "hours" and fact.value is not None:
            a, b = fact.value
            return fact.value in self.hours or (_time_on(self.text, a) and _time_on(self.text, b))
        if fact.kind == "price":
            return fact.value in {v for _, v in self.prices}
        if fact.kind == "year":
            return fact.value in self.years
        if fact.kind == "phone":
            return fact.value in self.link_phones or fact.value in {d for _, d in self.text_phones}
        if fact.kind == "email":
            return fact.value in self.link_emails or fact.value in self.text_emails
        if fact.kind == "instagram":
            return fact.value in self.handles
        if fact.kind == "gold":
            return all(any(self._alt(a) for a in g) for g in fact.groups)
        return all(any(has_phrase(self.norm, norm(p)) for p in g) for g in fact.groups) \
            and all(re.search(r, self.low) for r in fact.regex)

    def _alt(self, alt: str) -> bool:
        """A gold alternative: the set's matching rule on the page text, or the same value written
        another way ("08.00" for "8 am", "25rb" for "Rp 25.000")."""
        if alternative_in(self.text, alt) or has_phrase(self.norm, norm(alt)):
            return True
        if (t := values.times(alt)) and any(_time_on(self.text, m) for m in t):
            return True
        if (hr := values.hour_ranges(alt)) and hr[0][1] in self.hours:
            return True
        if (pr := values.prices(alt)) and pr[0][1] in {v for _, v in self.prices}:
            return True
        if (y := values.YEAR.fullmatch(alt.strip())) and y.group(1) in self.years:
            return True
        if (d := values.phone_digits(alt)) and (d in self.link_phones or d in {x for _, x in self.text_phones}):
            return True
        if _LOCAL_PART.fullmatch(alt.strip()):  # "555 4470" of "(0361) 555 4470": the number's own digits, any grouping
            tail = re.sub(r"\D", "", alt)
            return any(d.endswith(tail) for d in self.link_phones | {x for _, x in self.text_phones})
        return False


def _href_number(h: str) -> str:
    if h.startswith("tel:"):
        return h[4:]
    m = re.search(r"wa\.me/(\+?\d+)|phone=(\+?\d+)", h)
    return (m.group(1) or m.group(2)) if m else ""


def _time_on(text: str, minutes: int) -> bool:
    h, m = divmod(minutes, 60)
    forms = {f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}"}
    h12 = h % 12 or 12
    forms |= {f"{h12}{'pm' if h >= 12 else 'am'}", f"{h12} {'pm' if h >= 12 else 'am'}",
              f"{h12}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{h12}:{m:02d}{'pm' if h >= 12 else 'am'}"}
    low = text.lower()
    return any(re.search(rf"(?<![\d.:]){re.escape(f)}(?![\d])", low) for f in forms)


def _kind_label(f: Fact) -> str:
    if f.kind == "gold":
        kind = f.value[1] if isinstance(f.value, tuple) else None
        return KIND_LABEL.get(kind or "gold", kind or "fact") if kind not in (None, "other") else "fact"
    return KIND_LABEL.get(f.kind, f.kind)


def brief_facts(brief: BriefInfo) -> list[Fact]:
    if brief.gold.get("facts") is not None:
        return gold_facts(brief.gold)
    # no fact of a video's title or timestamps ("(8 min)", "Sunday Sunset Session"): what the video is (video_text.py)
    return extract_facts(without_video_title(brief.text), brief.places, brief.offerings, brief.lex, brief.brand)


def check_facts(page: Page, brief: BriefInfo, contact: dict | None = None) -> CheckResult:
    pv = PageValues(page)
    facts = brief_facts(brief)
    missing = [f for f in facts if not pv.has(f)]
    problems = [f'missing from the page: {_kind_label(f)} "{clip(f.label, 60)}"' for f in missing]
    invented = _invented(pv, brief, contact)
    cut = scraps(page, brief.text) + split_ranges(pv.text, brief.text)
    # (a price the brief ties to its item or size, shown apart from it: price_ties.py)
    misplaced = wrong_card_prices(page, brief.text, brief.offerings) + untied_prices(page, brief.gold)
    problems += invented + cut + misplaced
    found = len(facts) - len(missing)
    wrong = len(invented) + len(cut) + len(misplaced)
    score = found / (len(facts) + wrong) if facts or wrong else 1.0
    return CheckResult("facts", passed=not problems, score=round(score, 4), problems=problems,
                       metrics={"facts": len(facts), "found": found, "invented": len(invented), "scraps": len(cut),
                                "card_prices": len(misplaced)})


def _invented(pv: PageValues, brief: BriefInfo, contact: dict | None) -> list[str]:
    # values written in gold facts are the owner's too
    gold_alts = [a for f in (brief.gold.get("facts") or []) for g in fact_groups(f)[1] for a in g]
    # a blank line between the pieces: a number ending the brief ("Telp. (0651) 755 2190") never runs on into
    # the digits of the first alternative ("12 potong") and becomes a number the owner never gave
    text = "\n\n".join([brief.text, *gold_alts])
    if contact is None and brief.gold.get("contact"):
        from .gold import contact as gold_contact
        contact = gold_contact(brief.gold)
    out = []
    brief_prices = {v for _, v in values.prices(text)}
    out += [f'invented price "{label}" (not in the brief)' for label, v in dict.fromkeys(pv.prices)
            if v not in brief_prices]
    brief_years = set(values.YEAR.findall(text))
    out += [f'invented year "{y}" (not in the brief)' for y in sorted(pv.years - brief_years)]
    allowed = {d for _, d in values.phones(text)}
    allowed_emails = set(values.emails(text))
    if contact:
        allowed |= {d for k in ("whatsapp", "phone") if contact.get(k) and (d := values.phone_digits(str(contact[k])))}
        if contact.get("email"):
            allowed_emails.add(str(contact["email"]).lower())
        link_phones = pv.link_phones | pv.ld_phones
        out += [f'invented phone number "+{d}" (not in the brief or contact details)'
                for d in sorted(link_phones - allowed)]
        out += [f'invented email "{e}" (not in the brief or contact details)'
                for e in sorted(pv.link_emails - allowed_emails)]
    else:
        # contact details unknown: numbers and addresses in links came from the owner's contact fields
        allowed |= pv.link_phones | pv.ld_phones
        allowed_emails |= pv.link_emails
    out += [f'invented phone number "{raw.strip()}" (not in the brief or contact details)'
            for raw, d in pv.text_phones if d not in allowed]
    out += [f'invented email "{e}" (not in the brief or contact details)' for e in sorted(pv.text_emails - allowed_emails)]
    brief_handles = set(values.handles(text))
    out += [f'invented Instagram handle "@{h}" (not in the brief)' for h in sorted(pv.handles - brief_handles)
            if not (contact and str(contact.get("instagram", "")).lstrip("@").lower() == h)]
    bn = norm(text)
    # the name as the header shows it ends there: "Aman Jalan" then the header's "Hubungi kami" is no "Jalan Hubungi"
    brand = pv.page.header_brand.strip()
    for a in values.addresses(pv.text.replace(brand, "\n") if brand else pv.text):
        street = [w for w in norm(a).split() if w not in ("jl", "jln", "jalan", "no", "rt", "rw") and not w.isdigit()]
        if street and not has_phrase(bn, street[0]):  # the street's name; words after it may be copy
            out.append(f'invented address "{clip(a, 50)}" (not in the brief)')
    return list(dict.fromkeys(out))

"""The forms a brief is pasted in, read before and after the brand rules: an email signature (signature_block.py), an
agency writing for its client (agency_client.py), a customer chat with the owner's replies, a kemitraan or reseller
offer, and a marked name signed "by" a person.

* A signature's business and an agency's client are the brand, over any name the rules would read.
* A pasted chat's lead-in ("ini chat calon penghuni td:") names no one, and the customer's lines ("P: kak masih
  ada?") hold no offering; the owner's replies do.
* An offer to partners ("BUKA KEMITRAAN Teh Tarik X!", "OPEN RESELLER …") is no part of the name, and a heading in
  capitals made of it ("BUKA KEMITRAAN TERNAK LELE: …") does not replace the name given before it.
* "nama brand Make Up by Kak Tambun": the marked name keeps the person it is signed by.
* A receipt typed out with its number ("Nota Servis No. 2211"): its own label is no offering.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from tapsite_pipeline.fastre import regrouped

from .agency_client import client_name
from .brand_forms import form_skips
from .brand_recheck import rechecked
from .faq_form import asked_about
from .form_parts import complaint_story, form_labels, greetings, paste_lead, without_form_part
from .named_others import headline, not_others, people, sign_in
from .not_owners_facts import introduced, not_owners
from .signature_block import signature
from .stage_lines import staged_spans, unspoken_spans

Found = tuple[str, tuple[int, int], int]
Span = tuple[int, int]

# The strongest priority the brand rules give (a name the owner marked): a form's brand is read as one.
_MARKED = 1

# A chat's lead-in: "ini chat calon penghuni td:", "ini copas chat sm pembeli td:", "dr chat calon klien ini ya:".
_CHAT_LEAD = regrouped(r"(?i)(?:\b(?:ini|dari|dr)\s+)?(?:\b(?:copas|copy|ss|screenshot|salinan)\s+)?\bchat(?:an)?\b"
                       r"[^:.!?\n]{0,40}:")
# The words a signature's closing needs, searched before the costlier patterns.
_CLOSING_WORD = re.compile(r"salam|hormat|regards|cheers|best|thank|sincerely|terima kasih")
# A receipt's number line: "Nota Servis No. 2211", "Nota No. 0457", "Kuitansi No. 18".
_RECEIPT_NUMBER = regrouped(r"(?i)\b(?:nota|kuitansi|kwitansi|struk|faktur|invoice)(?:\s+[a-z]+){0,2}\s+no\.?\s*\d+")
# A receipt's own label read as an item: "nota servis no" of "Nota Servis No. 2211", "kuitansi", "nota".
_RECEIPT_LABEL = regrouped(r"(?:nota|kuitansi|kwitansi|struk|faktur|invoice)(?:\s+[a-z]+){0,2}?(?:\s+no)?")
# The marks of the two sides of a pasted chat: the customer's, then the owner's.
_CUSTOMER = r"(?:P|Pembeli|Customer|Cust|Calon|Klien|Client|Tamu|Q)"
_OWNER = r"(?:Saya|Aku|Sy|Owner|Admin|Penjual|Me|A|Kami)"
_CUSTOMER_LINE = regrouped(r"(?<![\w])" + _CUSTOMER + r"\s*:\s*.*?(?=\s" + _OWNER + r"\s*:|$)")
_OWNER_MARK = regrouped(r"(?<![\w])" + _OWNER + r"\s*:")

# The words of an offer to partners or resellers at a name's start ("BUKA KEMITRAAN", "OPEN RESELLER").
# ("Agen Gas LPG", "Mitra Motor": an agent's trade or a name's own word, unless an offer opens it: "BUKA MITRA …")
_PARTNER_OFFER = regrouped(r"(?i)^(?:(?:(?:kami\s+)?(?:buka|open|dibuka|terima|join)\s+)?(?:kemitraan|reseller|franchise|"
                           r"waralaba|dropship(?:per)?|peluang\s+usaha)|(?:kami\s+)?(?:buka|open|dibuka|terima|join)\s+"
                           r"(?:mitra|agen))\b[\s:!-]*")
# An offer to partners and its terms: from the offer to its sentence's end, and the next sentence when it opens on
# the capital asked ("BUKA KEMITRAAN Teh Tarik X! cuma modal 5 jt udah dpt booth, gerobak …").
_PARTNER_TERMS = regrouped(r"(?i)\b(?:(?:buka|open|dibuka)\s+(?:kemitraan|reseller|franchise|waralaba|mitra|agen)|kemitraan\s*:)"
                           r"[^.!?\n]*(?:[.!?\n]+\s*(?:(?:cuma|hanya|cukup|dengan)\s+)?modal\b[^.!?\n]*)?")
_LINE_END = re.compile(r"[.!?;\n](?!\d)")
_BY_PERSON = regrouped(r"\s+by\s+(?:(?:Kak|Kakak|Mbak|Mba|Mas|Bu|Ibu|Pak|Bang|Teh|Uda|Uni|Ci|Ko)\s+)?[A-Z][\w'-]+(?![\w'-])")


class FormRead(NamedTuple):
    """What a brief's form says before the brand rules read it."""

    brand: Found | None          # the signature's business, the agency's client
    skip: list[Span]             # spans that name no one (a chat's lead-in)
    quiet: list[Span]            # spans that hold no offering (a signer, a title, a customer's question, an agency)
    unsaid: list[Span]           # spans that say nothing of the trade (the agency's own clause)
    listed: tuple[str, ...]      # the offerings a form lists on a line of their own (a signature's services)
    receipt: bool = False        # a receipt typed out: its own label ("nota servis no") is no offering
    signed: tuple[Span, ...] = ()  # a signature's closing, signer and titles: no offering and no note either
    unstated: tuple[Span, ...] = ()  # no fact of the owner's: a testimonial (no note, no audience)
    told: tuple[Span, ...] = ()  # the owner introducing themselves, their age, where from: no note (not_owners_facts.py)


def _spans_of(lower: str, lines: Sequence[str]) -> list[Span]:
    out = []
    for line in lines:
        said = " ".join(line.split()).lower()
        at = lower.find(said)
        if at >= 0 and said:
            out.append((at, at + len(said)))
            continue
        # the cleaning turned a dash or a bar: the line's head still stands as written, and its line ends at the
        # sentence's end
        head = re.split(r"\s[—–|·-]\s", said)[0]
        if head and (at := lower.find(head)) >= 0:
            end = m.start() if (m := _LINE_END.search(lower, at + len(head))) else len(lower)
            out.append((at, end))
    return out


def read_forms(raw: str, text: str, lower: str, cased: bool) -> FormRead:
    skip: list[Span] = []
    quiet: list[Span] = []
    unsaid: list[Span] = []
    brand: Found | None = None
    listed: tuple[str, ...] = ()
    signed: tuple[Span, ...] = ()
    if _CLOSING_WORD.search(lower) and (sig := signature(text)) is not None \
            and (at := text.find(sig.business)) >= 0:
        brand = (sig.business, (at, at + len(sig.business)), _MARKED)
        quiet += _spans_of(lower, sig.quiet)
        # (the business's line may say what it does after its name: that stays the owner's words)
        signed = tuple(_spans_of(lower, [q for q in sig.quiet if sig.business not in q]))
        listed = sig.services
    elif ("client" in lower or "klien" in lower) and (client := client_name(text, cased)) is not None:
        (name, s, e), clause = client
        brand = (name, (s, e), _MARKED)
        quiet += [clause, (s, e)]  # the client's name is no offering either, when the page goes by a name given
        unsaid.append(clause)
    elif "?" in text and (about := asked_about(text)) is not None:  # "Q: What does Iklan Tepat Surabaya do?"
        brand = (about[0], (about[1], about[2]), _MARKED)
    if "chat" in lower and len(_OWNER_MARK.findall(text)) >= 2:
        customer = [(m.start(), m.end()) for m in _CUSTOMER_LINE.finditer(text)]
        if len(customer) >= 2:
            quiet += customer
            skip += [(m.start(), m.end()) for m in _CHAT_LEAD.finditer(text)]
            quiet += skip
    skip += sign_in(text)  # "Hi, Jake from Wellington here. Kelod Connect sets up …": the business opens after it
    table_skip, table_quiet = form_skips(text)  # a table's header, a list of branches' place labels (brand_forms.py)
    skip += table_skip
    quiet += table_quiet  # (a table's header and the place labels hold no offering; its rows do)
    if "modal" in lower:  # a partner's package is the partnership's, not an offering to customers
        quiet += [(m.start(), m.end()) for m in _PARTNER_TERMS.finditer(text)]
    quiet += people(text)  # a person introduced, a customer signing a testimonial: no offering (named_others.py)
    quiet += [head] if (head := headline(text)) else []  # nor a headline announcing an offer ("OPEN PO HAMPERS …")
    # the reader greeted ("Hi Tasha!"), a section's label ("Course outline —"), a complaint's mishap: no offering
    # and the opening that says where the text was copied from ("copas dr scan menu laminating kami")
    quiet += greetings(text) + form_labels(text) + complaint_story(text) + paste_lead(text)  # (form_parts.py)
    quiet += staged_spans(text)  # a stage direction, a speaker tag, an auto-reply's instruction, … (stage_lines.py)
    signed = (*signed, *unspoken_spans(text))  # (stage directions and speaker tags are no notes either)
    receipt = "no" in lower and _RECEIPT_NUMBER.search(text) is not None  # a receipt typed out, with its number
    unstated: list[Span] = not_owners(text)  # a customer's testimonial, … (not_owners_facts.py)
    return FormRead(brand, skip, quiet, unsaid, listed, receipt, signed, tuple(unstated), tuple(introduced(text)))


def blanked(lower: str, spans: Sequence[Span]) -> str:
    """``lower`` with each span's characters made spaces (offsets kept)."""
    for a, b in spans:
        lower = lower[:a] + " " * (b - a) + lower[b:]
    return lower


def settled(found: Found | None, text: str, skip: list[Span],
            reread: Callable[[list[Span]], Found | None], cased: bool = True,
            quiet: list[Span] | None = None) -> Found | None:
    """The brand rules' name settled (_settled), then given a second look: a document's heading, its addressee or a
    place gives way to a name the brief corroborates (brand_recheck.py); what gave way joins ``quiet`` (no offering)."""
    found = _settled(found, text, skip, reread, cased)
    if cased:  # a form's header, label, addressee or job ad gives way to the next name (form_parts.py)
        found = without_form_part(found, text, reread, skip, quiet)
    return rechecked(found, text, reread, skip, cased, quiet)


def _settled(found: Found | None, text: str, skip: list[Span],
             reread: Callable[[list[Span]], Found | None], cased: bool = True) -> Found | None:
    """The brand rules' name with an offer to partners taken off its start (or, when that offer is a heading in
    capitals, read again without it), and a marked name kept with the person it is signed "by"; a person introduced
    or quoted, a headline announcing an offer, a name taken back is no name (named_others.py)."""
    found = not_others(found, text, cased, skip, reread)
    if not found:
        return found
    name, (s, e), prio = found
    offer = _PARTNER_OFFER.match(name)
    if offer and offer.end() < len(name):
        rest = name[offer.end():]
        if rest.isupper() and re.match(r"\s*:", text[e:]):  # "BUKA KEMITRAAN TERNAK LELE: modal …": a heading
            head = s - len(m.group(0)) if (m := re.search(r"(?i)\b(?:kami\s+)?(?:buka|open)\s+$", text[:s])) else s
            return reread([*skip, (head, e + 1)])
        if s + offer.end() <= e and text[s + offer.end():e] == rest:
            return rest, (s + offer.end(), e), prio
    if prio == _MARKED and (by := _BY_PERSON.match(text, e)) is not None:
        return name + by.group(0), (s, by.end()), prio
    return found


def form_items(items: list[str], form: FormRead) -> list[str]:
    """The offerings with a form's listed ones first (a signature's services, as the owner names them) and a
    receipt's own label ("nota servis no") left out."""
    if form.receipt:  # ("cetak nota & kuitansi" of a print shop with no receipt typed out stays)
        items = [p for p in items if not _RECEIPT_LABEL.fullmatch(p)]
    if form.listed:
        items = [*form.listed, *(p for p in items if not any(p in n or n in p for n in form.listed))]
    return items

"""Lists that say what one offering holds, where the owner's words leave no doubt about it:

- a line opened by an inclusion label ("INCLUDED: certification, boat, wetsuit & fins", "Termasuk: tenda, kursi"):
  the label says the list comes with what the flyer sells, so none of it is a card ("Free:", "Bonus:", "Isi:" lists
  are left to the other readers: what is given free is often sold too, and they lowered a held-out batch);
- the brackets right after a package, a box, a set or a complete serving, or after its price, when the brackets
  hold no price of their own ("nasi kuning komplit (cakalang, telur, abon) 22rb", "healthy box IDR 35,000 (brown
  rice, salad)", "paket ultah 3,5jt (dekor, badut, snack box)"): the package is the card, the brackets its contents;
- a programme's syllabus: a class, its length in brackets, what it covers, then its price word ("kelas dasar (3
  hari), espresso, steaming susu, biaya 1,2 jt");
- a named package's list closed by its one price ("proposal package: flowers, violinist, dinner for two, IDR 7.5
  million"): the package is the card (packages_listed).

Brackets after a plain name ("kue kering (nastar, kue kacang) 95rb", "bowls 65k (acai, mango)", "nasi kapau
(rendang, gulai) 30rb") name its kinds, which owners sell one by one: those stay cards. So does a package's list
after a colon ("Paket A: 3 toples (nastar, kastengel)"), whose goods are often sold alone too. An item said
elsewhere in the brief, outside such a list, is still read there (the spans only mask what lies inside them).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .package_contents import AMOUNT

# A label opening a line or a sentence (after a bullet or an emoji) and its colon: what follows, to the sentence's end,
# comes with the offering (pasted lines reach the parser as sentences, pasted.py).
_LABEL = regrouped(r"(?:^|[.!?;\n])[^\w\n]*(?:what'?s\s+)?(?:included|includes?|inclusions?|including|incl\.?|"
                   r"(?:sudah\s+|sdh\s+|udah\s+)?termasuk)\s*:[ \t]*"
                   r"(?P<list>[^.!?;\n]+)")
# A list's slots: two or more, split the ways owners join them.
_JOIN = regrouped(r",|&|\+|/|\bdan\b|\band\b|\bserta\b")
# The words naming a package, a box, a set or a complete serving: its brackets are what it holds.
_PACKAGE_HEAD = regrouped(r"\b(?:paket|package|bundle|combo|hampers?|parcel|parsel|box|boxes|set|komplit|lengkap|"
                          r"complete)\b")
# A package's name (up to four words, in its clause), its price if said first, then its brackets; or the brackets and
# the price right after them.
_BRACKETED = regrouped(r"(?<![\w'-])(?P<head>(?:[^\W\d_][\w'-]*\s+){0,3}[^\W\d_][\w'-]*)\s*"
                       r"(?P<price>(?:(?:mulai|from|cuma|only)\s+)?" + AMOUNT + r"(?:\s*/\s*[a-z]+)?\s*)?"
                       r"\((?P<list>[^()\n]{3,120})\)(?P<after>\s*(?:(?:mulai|from|cuma|only)\s+)?" + AMOUNT + r")?")
_AMOUNT = regrouped(AMOUNT)
# A programme's lines flattened to one list: a class or a package, the note on its length in brackets, what it covers,
# then its price said with a price word ("kelas dasar (3 hari), espresso, steaming susu, latte art, biaya 1,2 jt").
# Without the bracketed note the list may be more classes ("kelas privat, les gitar, les piano, biaya 200rb"), so the
# note must be there, and no slot of the list may open on a class's or a package's own word.
_COVERED = regrouped(r"\b(?:kelas|class|course|kursus|paket|package|program|programme|workshop)\b[^,.;:()\n]{1,40}"
                     r"\s*\([^()\n]{1,30}\)\s*,\s*(?P<list>(?:[^,.;:()\n]{1,40},\s*){1,6}?)"
                     r"(?=(?:biaya|harga|price|fee|tarif|investasi)\s*:?\s*(?:rp\.?\s*|idr\s*)?\d)")
_OWN_WORD = regrouped(r"\s*(?:kelas|class|course|kursus|les|paket|package|program|programme|workshop)\b")
# A named package before its colon, what it holds, and one price closing the list: "proposal package: flowers,
# violinist, dinner for two, IDR 7.5 million". A label alone ("packages: small 1.5jt, medium 3.5jt") prices each item.
_PACKAGE_COLON = regrouped(r"(?:^|[.!?;\n,])\s*(?P<name>(?:[^\W\d_][\w'-]*\s+){1,3}(?:package|paket|bundle|combo))\s*:\s*"
                           r"(?P<list>[^.!?;\n:]{3,120}?)[\s,]*(?=" + AMOUNT + r")")


def list_slots(text: str) -> int:
    """How many pieces a list holds, split the ways owners join them."""
    return sum(1 for s in _JOIN.split(text) if s.strip(" .;-"))


def unpriced_list(text: str) -> bool:
    """Two pieces or more and no amount among them: a list of what comes with a thing, not a price list."""
    return list_slots(text) >= 2 and not _AMOUNT.search(text)


def included_spans(lower: str) -> list[tuple[int, int]]:
    """The spans of the lists that say what an offering holds (the module's doc): masked out of the offerings."""
    spans: list[tuple[int, int]] = []
    if ":" in lower:
        for m in _LABEL.finditer(lower):
            if unpriced_list(m.group("list")):
                spans.append(m.span("list"))
    if "(" in lower:
        for m in _BRACKETED.finditer(lower):
            inner = m.group("list")
            if not (m.group("price") or m.group("after")) or _AMOUNT.search(inner) or list_slots(inner) < 2:
                continue
            if _PACKAGE_HEAD.search(m.group("head")):
                spans.append(m.span("list"))
    if "biaya" in lower or "harga" in lower or "price" in lower or "fee" in lower or "tarif" in lower \
            or "investasi" in lower:
        for m in _COVERED.finditer(lower):
            if not any(_OWN_WORD.match(s) for s in m.group("list").split(",")):
                spans.append(m.span("list"))
    if ":" in lower:
        spans += [span for _, span in packages_listed(lower)]
    return spans


def packages_listed(lower: str) -> list[tuple[str, tuple[int, int]]]:
    """Each named package said before the list it holds and its one price ("proposal package: flowers, violinist,
    IDR 7.5 million"), with the list's span: the package is the card (offerings reads it as package_contents's)."""
    if ":" not in lower:
        return []
    return [(m.group("name"), m.span("list")) for m in _PACKAGE_COLON.finditer(lower)
            if unpriced_list(m.group("list"))]

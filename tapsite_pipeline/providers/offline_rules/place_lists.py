"""The rest of a list of places a fact's clause goes on with after a comma: "gratis ongkir min. 5 box untuk Sleman" +
", Bantul", "antar jemput gratis ke Kuta" + ", Legian & Seminyak", and a least order said after the list ("gratis
ongkir untuk Sleman, Bantul min. 5 box"). The whole list is the fact's: cut at the first comma, the fact names one
place of several and the rest is left to be glued to whatever comes next."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

# A place as written: one to three words, each opening with a capital ("Kota Jogja", "Bantul", "Nusa Dua").
_PLACE = r"(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})"
_JOIN = r"(?:\s*,\s*(?:(?:dan|and|serta|&)\s+)?|\s*&\s*|\s+(?:dan|and|serta)\s+)"
# a least order or spend said after the list: "min. 5 box", "minimal order 100rb", "min belanja Rp 200.000"
_LEAST = (r"(?:,?\s*\(?(?:min(?:imal|imum)?\.?|min\.)\s*(?:order\s+|belanja\s+|pembelian\s+|pesan(?:an)?\s+|beli\s+|spend\s+)?"
          r"(?:rp\.?\s*|idr\s*)?\d[\d.,]*\s*(?:[a-z]+)?\)?)")
# what it costs, said after the list ("pickup in Sanur, Renon & Denpasar for 75K"): the price reader's, read before
_FEE = r"(?:\s+(?:for|untuk|utk|cuma|only|hanya|\+)?\s*(?:rp\.?\s*|idr\s*)?\d[\d.,]*\s*(?:k|rb|ribu|jt|juta)?\b)"
_MORE_PLACES = regrouped(rf"(?i)(?:{_JOIN}{_PLACE})+(?:{_LEAST}|{_FEE})?(?=\s*(?:[.;!?\n]|$))")
_ENDS_ON_PLACE = regrouped(r"(?:^|\s)(?-i:[A-Z])[\w'.-]*$")


def places_go_on(text: str, m: re.Match) -> re.Match:
    """The fact read as `m`, with the rest of the list of places its clause goes on with (see the module's doc);
    `m` itself when it does not end on a place or the list does not run to the end of its clause."""
    if not _ENDS_ON_PLACE.search(text, max(0, m.start()), m.end()):
        return m
    more = _MORE_PLACES.match(text, m.end())
    if more is None or not more.group(0).strip():
        return m
    return re.compile(r"[\s\S]+").match(text, m.start(), more.end()) or m

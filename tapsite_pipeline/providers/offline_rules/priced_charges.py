"""Charges and terms said before their own amount, as the items of a price list are ("Uang pendaftaran Rp 100.000,
iuran Rp 150.000", "Packing kayu Rp 25.000, bubble wrap Rp 5.000", "Transport Rp 50.000, …",
"Sebulan Rp 300.000.", "Steril jantan Rp 350.000, betina Rp 600.000"): a fee, a period or a count of the
goods, or who or which of them the amount is for. Said with an amount like goods, they are facts of the price, never
offerings: a price list's item must name something sold."""

from __future__ import annotations

from tapsite_pipeline.phrase_find import phrase_spans

# A word that heads a charge, whatever follows it: "uang pendaftaran", "denda telat", "packing kayu", "per loyang",
# "satu loyang". (An add-on's word is no such head: "tambah kerupuk 3rb" sells the kerupuk.)
_HEADS = frozenset("""
uang denda pendaftaran registrasi registration formulir surcharge penalty packing satu per tiap setiap
""".split())
# A word that is a charge, a period, a tier or an option only when said alone: "administrasi", "transport",
# "sebulan", "weekend", "dewasa", "betina" ("transport bandara", "paket bulanan", "kelas dewasa" name what is sold).
_ALONE = frozenset("""
administrasi admin adm transport transportasi pengiriman ongkir delivery shipping parkir parking garansi warranty
sebulan seminggu sehari setahun sejam semalam harian mingguan bulanan tahunan daily weekly monthly yearly
weekday weekdays weekend weekends dewasa anak anak-anak adult adults kids child children jantan betina
""".split())


def charge_words(item: str) -> bool:
    """Do the item's words name a charge, a period, a tier or an option rather than goods?"""
    words = item.split()
    if not words:
        return False
    if len(words) == 1:
        return words[0] in _ALONE or words[0] in _HEADS
    return words[0] in _HEADS


def priced_charge(item: str, lower: str, amounts: list[tuple[int, int]]) -> bool:
    """Is the item a charge (see charge_words) said right before one of the brief's amounts ("extra bed IDR
    100,000")? Only an amount made it an item of the list; its words say it is not sold."""
    if not amounts or not charge_words(item):
        return False
    starts = {a for a, _ in amounts}
    return any(to + k in starts for _, to in phrase_spans(item, lower) for k in (1, 2))

"""Items said as a label before their amount: "Landing page 1 halaman: 1,5jt", "- Toko online: 7,5jt". The colon is
no form's field mark and no list's heading here: only the amount follows it, so the words before it name what is sold
at that price, as "landing page 1,5jt" would. (A price word, a charge or a sum is no goods: "Total: 450rb",
"DP: 500rb", "Gaji: 4jt".)"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .item_measures import item_before_measure
from .offer_words import MASK

# a piece's start (the brief's, a sentence's, a list's or a bullet's), a label of a few words, its colon, then an
# amount of money and nothing more before the piece ends
_LABELLED = regrouped(r"(?:^|(?<=[.!?;,\n•]))[ \t]*(?:[-•*][ \t]*)?([a-z][^.!?;:,\n\x00]{1,60}?)[ \t]*:[ \t]*"
                      r"(?:(?:mulai|from|cuma|only)[ \t]+)?"
                      r"(?:(?:rp\.?|idr)[ \t]*\d[\d.,]*(?:[ \t]*(?:rb|ribu|k|jt|juta|million))?|"
                      r"\d[\d.,]*[ \t]*(?:rb|ribu|rebu|k|jt|juta|million)\b)"
                      r"(?:[ \t]*(?:/|per[ \t])[ \t]*[a-z]+)?[ \t]*(?=[,.;!?\n]|\Z)")
# how much of the item the amount buys, said after its name ("1 halaman", "1 thn", "5 sesi")
_SCOPE = regrouped(r"\s+\d+\s*(?:halaman|hal|pages?|thn|tahun|years?|bln|bulan|months?|hari|days?|minggu|weeks?|jam|"
                   r"hours?|menit|minutes?|sesi|sessions?|kali|x)$")
# what a label names when it is no goods: a price word, a charge, a sum, a wage, a day or a time of it, whom the
# price is for ("Weekday: 300k", "Dewasa: 50rb": a rate of the item named before, not one more item)
_NO_GOODS = frozenset("""
harga hrg price prices pricing tarif rate rates biaya fee fees cost costs ongkir ongkos dp deposit total subtotal jumlah
gaji upah salary omzet omset modal saldo budget diskon disc discount potongan promo cashback hemat save denda refund
bayar pembayaran transfer tagihan iuran cicilan angsuran mulai from start starting min minimal minimum max maks
nominal uang bonus komisi insentif tip jadi semua all kisaran sekitar around
weekday weekdays weekend weekends hari malam night nights pagi siang sore senin selasa rabu kamis jumat sabtu minggu
anak dewasa pelajar mahasiswa umum adult adults child children kids student students
""".split())


def labelled_items(lower: str, text: str) -> list[str]:
    """The items the brief names as a label before their own amount, in its order (`text` is `lower` with what is no
    offering masked: a name, a heading, a quoted question)."""
    out = []
    for m in _LABELLED.finditer(lower):
        label = " ".join(m.group(1).split())
        words = label.split()
        if len(words) > 6 or words[0] in _NO_GOODS or words[-1] in _NO_GOODS or MASK in text[m.start(1):m.end(1)]:
            continue
        item = _SCOPE.sub("", item_before_measure(label) or label)  # "landing page 1 halaman": how much of it
        if item not in out:
            out.append(item)
    return out



_AMOUNT_AFTER = regrouped(r"(?i)[ \t]*:[ \t]*(?:(?:mulai|from|cuma|only)[ \t]+)?(?:(?:rp\.?|idr)[ \t]*\d|\d[\d.,]*[ \t]*"
                          r"(?:rb|ribu|rebu|k|jt|juta|million)\b)")


def priced_label(text: str, end: int) -> bool:
    """Does an amount follow the words ending at `end`, after a colon ("Toko online: 7,5jt")? Then the words name an
    item, not a section of a form ("Problem:", "Course outline:")."""
    return bool(_AMOUNT_AFTER.match(text, end))

"""Who speaks, part two: a customer telling how a purchase went (a complaint, a review), not an owner offering.

A customer names the shop, what they bought and what they paid ("Beli 2 porsi Rp 50rb di Warung Bakso X, kuahnya
keasinan", "Ordered a mattress from SleepWell, paid $420, never again"), so the trade words and the price are there,
but said by the buyer: "aku beli", "pesanan saya", "kubeli", "I ordered", "stayed at", a rating out of 5 or 10,
"kecewa", "nyesel", "refund", "worst". A text is read as a customer's only when two such marks are found and
nothing is said as an owner: no "kami/we/our", no offer or call to order (seekers.offers' strong part), no thanks for
a review, no testimonial label (owners paste their customers' words under "testimoni" and reply to reviews).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

_ME = r"(?:aku|saya|sy|gw|gue|gua|ku)"
_BUYER = regrouped(
    rf"\b(?:kecewa|nyesel|menyesal|kapok|zonk|refund|komplain|(?:tidak|ga|gak|nggak|tdk)\s+(?:di)?(?:balas|bales|"
    r"respon)|salah\s+kirim|review\s+jujur|ulasan\s*:|minusnya|plusnya|bintang\s+[1-5]\b|bakal\s+balik\s+lagi|"
    rf"(?:ga|gak|nggak|tidak)\s+(?:bakal\s+)?(?:balik|beli|order|pesen|pesan)\s+lagi|kubeli|kupesan|"
    rf"{_ME}\s+(?:beli|pesan|pesen|order|makan|nginep|menginap|coba|nyobain|bayar|transfer)|"
    rf"(?:yg|yang)\s+{_ME}\s+(?:beli|pesan|pesen|order)|pesanan\s*{_ME}|(?:makanan|paket|barang|pesanan)\s*(?:ku|nya)?\s+"
    r"(?:belum|ga|gak|tidak)\s+(?:sampe|sampai|datang|dateng)|sesuai\s+(?:foto|gambar|deskripsi)|"
    r"(?:i|we)\s+(?:ordered|bought|paid|stayed|tried|ate|visited|booked|waited)|worst\s+\w+|"
    r"would\s+(?:not\s+|never\s+|definitely\s+)?(?:recommend|go\s+back|come\s+back)|never\s+again|"
    r"customer\s+service|(?:one|two|three|four|five|[1-5])\s+stars?|tried\s+the\s+new|stayed\s+at|"
    r"(?:the\s+)?best\s+(?:\w+\s+)?i'?ve\s+(?:ever\s+)?(?:had|tried|eaten)|"
    r"(?:the\s+)?(?:staff|waiter|waitress|stylist|driver|delivery\s+guy|seller|cashier)\s+(?:was|were|is)\b)|"
    r"(?:^|\s)\d(?:[.,]\d)?\s*/\s*(?:5|10)\b|(?:^|[.!?]\s+)(?:ordered|bought|paid|stayed|tried|ate|visited|booked)\s")
# Said as an owner: the business's own "we", thanks for a review, a reply's apology, a testimonial's label.
_OWNER = regrouped(
    r"\b(?:kami|kita|we|we're|we'll|our|us|testimoni\w*|testimonials?|kata\s+(?:pelanggan|customer|pembeli)|"
    r"(?:terima\s+kasih|makasih|thanks|thank\s+you)\s+(?:\w+\s+){0,3}(?:atas|untuk|for)\s+(?:\w+\s+){0,3}"
    r"(?:review|ulasan|rating|bintang|stars?|feedback|masukan|kepercayaan)|ditunggu\s+(?:kedatangan|orderan|order)|"
    r"mohon\s+maaf\s+atas|sorry\s+for\s+(?:the|your)|apologi[sz]e)\b")


def customer_tells(lower: str) -> bool:
    """Two marks of a customer telling how a purchase went, and none of an owner speaking (lower: cleaned text)."""
    marks = {m.group(0).strip() for m in _BUYER.finditer(lower)}
    return len(marks) >= 2 and not _OWNER.search(lower)

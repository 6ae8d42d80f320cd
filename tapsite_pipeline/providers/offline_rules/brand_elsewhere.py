"""Names a brief says that are not the owner's business now: a line of a pasted price list, and a place the owner
worked at before ("6 tahun saya kerja di WO Gemilang Organizer, sekarang buka sendiri: Sekar Decor", "I worked at
Hotel Sentosa for ten years before opening …"). The owner's own business is named elsewhere, or the brief names none.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# A dot leader, then an amount: "DTF A4 ........ 25rb" (cleaned to "DTF A4 . 25rb"), "Plastisol 1 warna .... 15rb": an
# item of a pasted price list (the item's last words may follow the candidate).
# A sentence's full stop, then the next part's number ("… soal Gudang Suara Studio. 2/ rekaman …", "… 2) kelas …"), is
# no leader: the number counts the parts of a thread or a list, it prices nothing.
_LEADER_PRICE = regrouped(r"(?:\s+[\w/()-]+){0,3}?\s+\.+\s*(?i:rp\.?\s*|idr\s*)?\d(?!\d*(?:/\d*|\))\s)")
# Where the owner worked before, right before the name: "dulu kerja di", "6 tahun saya bekerja di", "pernah ikut",
# "mantan karyawan", "worked at", "used to work for", "ex-".
_WORKED_AT = regrouped(
    r"(?i)(?:\b(?:dulu|dulunya|pernah|sebelumnya|mantan|bekas|eks|\d+\s*(?:tahun|thn|th|taun|bulan|bln)|"
    r"bertahun-tahun|lama)\s+(?:\w+\s+){0,2}?(?:kerja|bekerja|ikut|jadi\s+karyawan|karyawan|staf|staff|chef|koki|"
    r"pegawai)\s+(?:di|dari|sama|pada|\w+\s+di)\s+|\b(?:worked|working|used\s+to\s+work|was\s+a\s+\w+|spent\s+\w+\s+"
    r"years?)\s+(?:\w+\s+){0,3}?(?:at|for|in|with)\s+(?:the\s+)?|\b(?:ex|former|formerly)[-\s]+(?:\w+\s+)?(?:at|of|di)?\s*)$")


def price_line(text: str, e: int) -> bool:
    """Does a dot leader and an amount follow the name ending at ``e`` ("DTF A4 ........ 25rb")? A line of a list."""
    return bool(_LEADER_PRICE.match(text, e))


def worked_at_before(text: str, s: int) -> bool:
    """Is the name at text[s:] where the owner worked before ("dulu kerja di …", "worked at …")? Not their business."""
    return bool(_WORKED_AT.search(text, max(0, s - 50), s))

"""The words of a notice to customers that heads a post ("PENGUMUMAN PINDAH TOKO", "SEGERA DIBUKA —", "BUKA
KEMBALI!", "Grand Opening …", "Coming soon:"): they announce what happens to a business and name none. The
business the notice is about is named after them ("… Toko Roti Melati pindah ke …").
"""

from __future__ import annotations

# Every word of a notice heading (a candidate name made only of these, or of these and a trade word, is no name).
NOTICE_WORDS = frozenset("pengumuman pemberitahuan announcement announcements notice info informasi segera dibuka buka "
                         "kembali pindah pindahan alamat lokasi relokasi moving moved move reopening reopen reopened "
                         "opening soft soon coming sementara tutup libur".split())
# The words a notice heading opens with: what follows them, when anything does, must be a name on its own.
NOTICE_OPENERS = (r"pengumuman\b|pemberitahuan\b|announcement\b|(?:grand|soft)\s+opening\b|segera\s+dibuka\b|"
                  r"buka\s+kembali\b|coming\s+soon\b|(?:kami\s+)?pindah\s+(?:alamat|lokasi|toko|tempat)\b|"
                  r"we(?:'ve|\s+have)?\s+moved\b|now\s+open\b|reopening\b")


# The words that head a notice and nothing else: a phrase opening with one is the notice's heading, never a card.
_NOTICE_HEADS = frozenset("pengumuman pengumumannya pemberitahuan announcement announcements".split())


def notice_heading(item: str) -> bool:
    """A phrase that opens with a notice's heading word ("pengumuman arisan", "pemberitahuan")."""
    return item.split(" ", 1)[0].lower() in _NOTICE_HEADS

"""Where a passed-on text says it came from: a sender, a group or a source line ("Info dari Ibu-ibu PKK RT 02",
"Fwd dari grup Warga Griya Asri", "Dikutip dari Tribun Kaltim, rubrik UMKM:", "Sumber: Radar Banjarmasin",
"Forwarded from the Kemang Parents group", "from the Ubud Community newsletter").

The name said there is who passed the text on or printed it, never where the business is nor what it is called:
a town inside a newspaper's name ("Tribun Kaltim") is the paper's, and a neighbourhood group ("PKK RT 02") is
the sender's. The frame is read by where it sits (the head of a line, or a "from the … newsletter" phrase), and the
source name runs to the frame's end: a colon, a comma, a line's or sentence's end, or the first word written in
lower case that is no word of a group's name.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# A frame heading a line (the cleaned brief turns line breaks into sentence ends): a word saying the text is passed
# on or quoted, then "dari"/"from"; or a "Sumber:"/"Source:" label.
_FRAME = regrouped(
    r"(?i)(?:^|(?<=[.!?:])\s+|\n)[^\w\n]{0,6}(?:"
    r"(?:info|infonya|kabar|berita|broadcast|bc|pesan|titipan|pengumuman|undangan|news|message|notice)\s+"
    r"(?:dari|from)|"
    r"(?:fwd|fw|forwarded|forward|diteruskan|dikutip|disadur|diambil|dinukil|dicopy|copas|copy|repost|reposted|"
    r"quoted|taken|excerpted|reprinted|shared)(?:\s+(?:message|pesan|info))?\s+(?:dari|from)|"
    r"(?:sumber|source)\s*:)"
    r"\s+(?:(?:grup|group|the|our|kolom|rubrik)\s+)?")
# "… from the Ubud Community newsletter": a source named by its kind, anywhere in the brief.
_FROM_PRINT = regrouped(
    r"\b(?:from|dari)\s+(?:the\s+|our\s+)?((?:[A-Z][\w'&.-]*\s+){1,5})"
    r"(?i:newsletter|bulletin|buletin|magazine|majalah|newspaper|koran|paper|digest|column|kolom)\b")
# Where the source name stops.
_STOP = regrouped(r"[:,;.!?\n()|*]|\s-\s")
# Lower-case words that belong to a group's or a paper's name ("grup warga", "ibu-ibu", "rubrik").
_GROUP_WORDS = frozenset("""
grup group wa whatsapp warga ibu-ibu bapak-bapak ibu2 bapak2 komunitas paguyuban arisan pengajian majelis rt rw
rubrik kolom edisi harian koran majalah buletin the of and dan & di
""".split())
_WORD = regrouped(r"\S+")
_MAX = 60


def _name_end(text: str, start: int) -> int:
    """Where a source name that begins at ``start`` ends."""
    stop = _STOP.search(text, start, start + _MAX)
    end = stop.start() if stop else min(len(text), start + _MAX)
    for w in _WORD.finditer(text, start, end):
        word = w.group(0)
        if word[:1].islower() and word.lower() not in _GROUP_WORDS:
            return w.start()
    return end


def source_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the source names a passed-on brief gives (in the cleaned brief's offsets)."""
    spans = []
    for m in _FRAME.finditer(text):
        end = _name_end(text, m.end())
        if end > m.end():
            spans.append((m.end(), end))
    spans += [m.span(1) for m in _FROM_PRINT.finditer(text)]
    return spans


def blank_sources(text: str, lower: str) -> tuple[str, str]:
    """``text`` and ``lower`` with their source names blanked (the same length: offsets stay)."""
    for s, e in source_spans(text):
        text, lower = text[:s] + " " * (e - s) + text[e:], lower[:s] + " " * (e - s) + lower[e:]
    return text, lower

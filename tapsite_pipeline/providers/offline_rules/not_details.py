"""Sentences of a brief that are no detail of the business, though nothing else reads them: the page's list of details
(the about section's bullets, built from the notes) never shows them.

- the document's header, a line in capitals that names what the writing is: "PAMFLET UMRAH AKHIR TAHUN",
  "BROSUR PENDAFTARAN SISWA BARU", "PENGUMUMAN", "FLYER GRAND OPENING" (its words are the paper's, not a fact);
- a countdown, a status's or a poster's way of hurrying the reader: "5 DAYS LEFT to join …", "H-3 menuju …",
  "tinggal 2 hari lagi!", "3 days to go" (true on the day it was posted, stale on a page that stays);
- a reply to a complaint: its apology, the complaint, the replacement sent and the compensation given ("Tanggapan
  atas keluhan Bapak …", "Kami mohon maaf atas kekeliruan …", "Barang pengganti sudah dikirim", "Sebagai
  kompensasi, Bapak mendapat …", "We apologise for the late delivery"): said to one customer, never to visitors;
- the addressee and the greeting of a letter ("Kepada Yth. Ibu Ketua Arisan", "Dear Mr Tan,", "Yth. Bapak/Ibu");
- where a pasted text says it came from ("Dikutip dari Tribun Kaltim", "Fwd dari grup Warga", "Sumber: …").
``not_detail_spans`` gives their spans in the cleaned brief (notes.py treats them as read)."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

Span = tuple[int, int]

# A sentence of the cleaned brief (line breaks are sentence ends there): up to a stop that is no decimal point.
_SENTENCE = regrouped(r"(?:[^.!?\n]|(?<=\d)\.(?=\d)|(?<=\b[Nn]o)\.(?=\s*\d)|(?<=\b[Yy]th)\.|(?<=\b[Kk]pd)\.)+")
# Where a header line goes on to something else: "DAFTAR TARIF (RATE CARD) - Suara Kulon, Purwokerto".
_HEAD_END = regrouped(r"\s[-|]\s|[:,]")
_BRACKET = regrouped(r"\(")
# What a header names the writing as.
_DOCUMENT = regrouped(r"(?i)\b(?:pamflet|pamphlet|brosur|brochure|flyer|flayer|leaflet|selebaran|poster|pengumuman|"
                      r"announcement|undangan|invitation|newsletter|buletin|bulletin|katalog|catalog(?:ue)?|"
                      r"price\s*list|pricelist|daftar\s+(?:harga|tarif)|rate\s+card|surat|edaran|penawaran|quotation|profil|"
                      r"profile|proposal)\b")
# A line that sells the writing ("CETAK UNDANGAN PERNIKAHAN", "JASA DESAIN BROSUR") is no header of this one.
_SELLS = regrouped(r"(?i)\b(?:cetak|print|printing|jual|jasa|terima|melayani|bikin|desain|design|custom|murah|order|pesan)\b")
_HEADER_WORDS = 8
# A document's number in its header: "PENAWARAN HARGA No. 014/DSK/XII/2026".
_DOC_NUMBER = regrouped(r"(?i)\b(?:no|nomor|nomer|ref)\.?\s*:?\s*\S*")
# Digits a header may carry: a year or a school year ("BROSUR PPDB 2025/2026"), never a price or a count.
_NOT_YEAR = regrouped(r"(?<![\d/])(?!(?:19|20)\d\d(?:/(?:19|20)?\d\d)?(?![\d/]))\d")
# A complaint said to be absent is a claim of the business: "tanpa komplain", "no complaints", "zero refunds".
_NONE_BEFORE = regrouped(r"(?i)(?:tanpa|tidak\s+ada|tak\s+ada|belum\s+pernah\s+ada|nol|no|zero|never\s+a)\s+$")
# A countdown: "5 DAYS LEFT", "H-3", "tinggal 2 hari lagi", "3 days to go", "sisa 5 hari", "last 2 days".
_COUNTDOWN = regrouped(r"(?i)(?<![\w-])(?:\d+\s+(?:days?|hari|jam|hours?)\s+(?:left|lagi|to\s+go|tersisa)|"
                       r"^\s*h\s?-\s?\d{1,2}(?=\s*(?:menuju|jelang|lagi|to\b|until|before|!|$))|(?:tinggal|sisa|only|last)\s+\d+\s+(?:days?|hari)(?:\s+lagi)?|"
                       r"countdown|hitung\s+mundur)(?![\w-])")
# A reply to a complaint: the complaint, the apology, the replacement and the compensation.
_COMPLAINT = regrouped(r"(?i)(?<![\w-])(?:(?:atas|tentang|terkait|mengenai|tanggapan|menanggapi|about|regarding|re:?|"
                       r"to\s+your|your)\s+(?:keluhan|komplain|complaint)|(?:mohon|minta)\s+maaf|maafkan|"
                       r"kami\s+menyesal|we\s+apologi[sz]e|apologi(?:es|ze|se)|sorry\s+for|kekeliruan|kesalahan\s+"
                       r"(?:pengiriman|kami)|sebagai\s+kompensasi|as\s+(?:a\s+)?compensation|barang\s+pengganti|"
                       r"replacement\s+(?:item|has|was|is)|(?:we'?ve|we\s+have|sudah\s+kami)\s+(?:refunded|kembalikan)|"
                       r"that'?s\s+on\s+us|(?:answered|replied\s+to|reply\s+to)\s+(?:a|an|the|this)\s+"
                       r"(?:\d[- ]star|bad|negative)\s+review)(?![\w-])")
# A reply to one customer is a few short sentences; a long run-on (a voice note's) is judged by its other readers.
_SHORT = 30
# The addressee or greeting a letter opens on, to its comma or colon ("Dear HR team, Rantang Kita offers …").
_ADDRESSED = regrouped(r"(?i)^\s*(?:kepada\s+yth\.?|kepada|kpd\.?\s+yth\.?|yth\.?|yang\s+terhormat|dear|to\s*:)\s"
                       r"(?:[^:]{0,80}(?=:)|[^,:]*)")  # (to a colon first: "Kepada pengelola hotel, villa & resto:")
# A short note that the text was copied, pasted or typed out from somewhere ("Google Maps Q&A, copied for my site",
# "Price board at our counter, typed out", "OCR from a photo of our menu board").
_COPIED = regrouped(r"(?i)(?<![\w-])(?:copied|pasted|copas|typed\s+out|diketik\s+ulang|ocr)(?![\w-])")
_COPIED_WORDS = 12
# Where a passed-on text says it came from (its frame, to the sentence's end or the source's colon).
_SOURCE = regrouped(r"(?i)^\s*(?:(?:info|kabar|berita|broadcast|pesan|titipan)\s+(?:dari|from)|"
                    r"(?:fwd|fw|forwarded|diteruskan|dikutip|disadur|diambil|dicopy|copas|copied|pasted|"
                    r"quoted|taken|reposted|shared)(?:\s+(?:message|pesan|info))?\s+(?:dari|from)|"
                    r"(?:sumber|source)\s*:|(?:from|dari)\s+(?:our|my|the|kami|saya)?\s*(?:google\s+maps|instagram|ig|facebook|fb|"
                    r"tiktok|shopee|tokopedia|website|web|grup|group|wa|whatsapp)\b)[^:]*")


def _header(said: str) -> bool:
    """A line in capitals of two words or more that names what the writing is."""
    letters = [c for c in said if c.isalpha()]
    said = _DOC_NUMBER.sub(" ", said)
    letters = [c for c in said if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters) and not _NOT_YEAR.search(said) \
        and len(said.split()) <= _HEADER_WORDS and bool(_DOCUMENT.search(said)) and not _SELLS.search(said)


def _complaint(said: str) -> bool:
    """A sentence of a reply to a complaint (not one that says there are none)."""
    return len(said.split()) <= _SHORT and any(not _NONE_BEFORE.search(said, 0, m.start())
                                               for m in _COMPLAINT.finditer(said))


def _header_end(said: str) -> int | None:
    """Where the header a line opens on ends, when the line goes on to something else after it."""
    for sep in (_HEAD_END, _BRACKET):
        head = sep.search(said)
        if head and head.start() > 0 and _header(said[:head.start()]):
            return head.start()
    return None


def not_detail_spans(text: str) -> list[Span]:
    """The spans of the sentences that are no detail of the business (the module's doc)."""
    spans: list[Span] = []
    for m in _SENTENCE.finditer(text):
        said = m.group(0)
        if not said.strip():
            continue
        if (head := _header_end(said)) is not None:  # the header, not what the line goes on to
            spans.append((m.start(), m.start() + head))
        elif _header(said) or _complaint(said):
            spans.append(m.span())
        elif len(said.split()) <= _COPIED_WORDS and (c := _COPIED.search(said)) is not None:
            colon = said.find(":", c.end())  # what follows its colon is the pasted text itself
            spans.append((m.start(), m.start() + colon if colon >= 0 else m.end()))
        elif (a := _ADDRESSED.match(said)) is not None:
            spans.append((m.start(), m.start() + a.end()))
        elif (c := _COUNTDOWN.search(said)) is not None:
            spans.append((m.start() + c.start(), m.end()))  # what came before it may be a fact ("Promo 50%, H-3")
        elif (s := _SOURCE.match(said)) is not None:
            spans.append((m.start(), m.start() + s.end()))
    return spans

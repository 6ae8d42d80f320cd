"""What a brand name never is: a number, a price, a time, a measure, a contact line or a code, whatever letters an
OCR scan left in its digits ("08.OO-2O.OO", "l.500.000" for "08.00-20.00", "1.500.000"). Asked of every candidate by
brand_guards.vet_candidate (the patterns were first defined there).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# Things shaped like names that are not: prices and units ("B 18jt", "500 KVA"), street addresses.
_NOT_A_NAME = regrouped(r"\b\d+(?:[.,]\d+)*\s*(?:k|(?i:rb|ribu|jt|juta|kva|kw|watt|mbps|gb|ml|kg|cm|km|pcs))\b|"
                        # an approximate count ("app MVP ~20 screens", "± 50 pax") is how many, never a name
                        r"[~±≈]\s?\d|"
                        # "se-Indonesia", "se-Jabodetabek": all of a place, how far the business reaches
                        r"^(?i:se)-[A-Z]|"
                        r"^(?i:alamat|alamatnya|jl|jln|jalan|gg|gang|ruko|komplek|kompleks|perum|perumahan|blok|provinsi|kabupaten|"
                        r"kecamatan|kelurahan)\b|"
                         # a contact line or opening hours standing as a sentence: "Hubungi 0822 1111 3333",
                         # "Open Saturday and Sunday 7am-12pm"
                        r"\d{3,}[\s.-]\d{3,}|\d{1,2}[.:]\d\d\s*[-–]\s*\d{1,2}[.:]\d\d|"
                        r"^(?i:senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|"
                        r"saturday|sunday)\s*[-–]\s*\w+\s+\d|^(?i:hubungi|hub|call|telp|telepon|contact|kontak|wa|whatsapp)\b|"
                        r"^(?i:open|opens|buka|closed|tutup)\s+(?i:(?:every|setiap|tiap|daily|mon|tue|wed|thu|fri|sat|sun|"
                        r"senin|selasa|rabu|kamis|jum|sabtu|minggu|ahad|jam|pukul|from|dari|\d))")
_TIME = r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|wib|wita|wit)?"
_TIME_ONLY = regrouped(rf"(?i){_TIME}\s*(?:[-–]|to|until|sampai|sd|s/d)\s*{_TIME}|\d{{1,2}}(?:[.:]\d\d)?\s*(?:am|pm)|24/7")
_PERCENT = regrouped(r"\d\s?%")
# A number with its unit standing alone ("250gr", "330ml", "2x", "45k") measures what is sold, and a count times a
# count ("1x24", "3x3") how long or how large: it names nothing.
_LONE_MEASURE = regrouped(r"(?i)\d+\s?[x×]\s?\d+|\d+(?:[.,]\d+)?\s*(?:mg|gr|g|gram|kg|ml|cc|l|ltr|liter|cm|mm|m|meter|pcs|pc|x|k|rb|jt|"
                          r"an|nd|st|th|rd|d|n|h)")# A token of digits and what a scan misreads them as (O and o for 0, l and I for 1, S for 5), with the marks between
# them: "2O.000", "08.OO-2O.OO", "l50.000", "3.OOO/lbr"'s figure. It holds a digit, so a word ("SOS", "Lolo") is none.
_SCANNED_NUMBER = regrouped(r"[\dOoIlS.,:;/()+#-]*\d[\dOoIlS.,:;/()+#–-]*")
# ... and the words that only count or number it ("No. 12", "Rp 2O.000", "jam 08.OO-2O.OO")
_NUMBER_WORDS = frozenset("no nomor nomer kode code id ref rp idr jam pukul pk".split())


def number_shaped(name: str) -> bool:
    """Is the candidate a number, a price, a time, a measure or a code, never a name ("Buka 08.OO-2O.OO" read as what
    the shop opens is its hours)? A name with a number in it ("Toko 88", "Kopi21", "Rafflesia 99") is a name."""
    bare = name.strip(" .,")
    if _NOT_A_NAME.search(name) or _PERCENT.search(name) or _TIME_ONLY.fullmatch(bare) or _LONE_MEASURE.fullmatch(bare):
        return True  # "DISKON 20% SEMUA KAIN!": a flyer's offer; "open 7am-10pm", "botol 250gr": a time, a measure
    tokens = bare.split()
    return bool(tokens) and any(_SCANNED_NUMBER.fullmatch(t) for t in tokens) and all(
        _SCANNED_NUMBER.fullmatch(t) or t.lower().strip(".:") in _NUMBER_WORDS for t in tokens)

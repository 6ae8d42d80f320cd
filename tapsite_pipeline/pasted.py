"""A brief pasted from a chat or an Instagram bio, one thing per line and bullets before them, made into the
sentences and lists a one-line brief has: each line ends as a sentence, and a run of bulleted lines becomes one
comma list (after its "menu:" label when there is one). Inline bullets ("bolu pandan • brownies") are commas.

Without this the line breaks vanish with the other whitespace and "bingka kentang 60rb/loyang • amparan tatak 50rb
• kararaba" runs on as one phrase with the next line.
"""

from __future__ import annotations

import re

from tapsite_pipeline.broken_words import joined_broken_words
from tapsite_pipeline.chat_marks import unmarked
from tapsite_pipeline.part_labels import unlabelled_lines

# What opens a bulleted line: dashes, dots, arrows, ticks and the emoji owners use as bullets, or "1." / "2)".
_BULLET = re.compile(
    "^\\s*(?:[-\u2022*\u00b7\u25aa\u25ab\u25e6\u2023\u2043\u25ba\u25b6\u27a4\u27a2\u2192\u2713\u2714\u2611\u2705"
    "\u2b50\u2728\u2757\u2755\U0001f538\U0001f539\U0001f536\U0001f537\U0001f31f\U0001f449\U0001f4cc\U0001f4cd"
    "\U0001f4b0\U0001f525\U0001f33f\U0001f331\u2764\ufe0f]+|\\d{1,2}[.)](?!\\d))\\s*")
_INLINE_BULLET = re.compile("\\s+[\u2022\u00b7\u25aa\u25e6]\\s+")
_ENDS_SENTENCE = re.compile(r"[.!?:;,]\s*$")
# A line that opens with a joining word carries on the sentence before it ("jual nastar\ndan kastengel").
_GOES_ON = re.compile(r"(?:dan|and|atau|or|serta|&|\+|untuk|utk|buat|di|yang|yg|with|for|sama|sm|juga|jg)\b", re.I)
WRAP = 60   # a line this long, not ending a sentence, before a lower-case line: a paragraph wrapped by hand

# A plain line that names one thing, as owners list their goods one per line without bullets ("Menu:\nKemplang
# panggang\nKerupuk ikan\nAmplang"): short, no sentence mark at its end, and none of the words a sentence, a
# contact or a place is made of (a pronoun, a copula, a channel, "di"/"in", a verb with me-/ber-).
ITEM_MAX_CHARS, ITEM_MAX_WORDS = 40, 5
# Words that look like a me-/ber- verb but name goods or their kind ("kerupuk tenggiri mentah", "cabai merah",
# "meja lipat", "beras merah"): a line of them is still an item.
_ME_NOUNS = (r"(?:mentah|merah|meja|mentega|merica|melati|mewah|meriah|mesin|metode|media|member|mekar|megah|"
             r"merek|melon|mendoan|mentai|mente|mentimun|menjangan|merpati|medium|mentok|menara|mebel|meubel|"
             r"metal|meter|menteng|merapi|mesjid|menak)")
_BER_NOUNS = r"(?:beras|berlian|bersih|berkah|beruang|berry|berries|bercak|beranda)"
_NOT_ITEM = re.compile(
    r"(?i)\b(?:kami|saya|aku|kita|gue|gw|we|i|i'm|we're|our|my|you|your|kamu|anda|adalah|merupakan|is|are|was|"
    r"wa|whatsapp|hubungi|contact|call|dm|ig|instagram|email|e-mail|telp|telepon|phone|alamat|address|lokasi|"
    r"location|buka|open|closed|tutup|order|pesan|booking|di|in|at|dari|from|ke|to|jl|jalan|nama|name|"
    rf"(?!{_ME_NOUNS}\b)me[nmy]?[a-z]{{4,}}|(?!{_BER_NOUNS}\b)ber[a-z]{{4,}}|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b|@|https?:|www\.|\d{5,}|\d{1,2}[.:]\d{2}\b|"
    r"(?:\+62|\b0)\s?8\d{2}[\s.-]?\d{3,4}")   # a phone number written in groups ("0812 1212 3434")
_BAR = re.compile(r"[ \t]+\|[ \t]*|[ \t]*\|[ \t]+")  # spaced on a side: "<|im_start|>" is no bar
# A row of a price table pasted with bars or tabs: the item's cell, then its amount as the last cell ("Nasi rames |
# 12rb", "Soto ayam\t15.000", "| Sewa tenda 3x3 | Rp 250.000/hari |"). The row is the item with its price, one line
# (an amount of money: "Rp"/"IDR", thousands, or "rb"/"k"/"jt"; never a time "08.00" or a year).
_PRICE_ROW = re.compile(r"(?im)^[ \t]*\|?[ \t]*([^|\t\n]*[^\W\d_][^|\t\n]*?)[ \t]*(?:\|[ \t]*|\t+[ \t]*)"
                        r"((?:(?:rp\.?[ \t]?|idr[ \t]?)\d[\d.,]*|\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?[ \t]?(?:rb|ribu|k|jt|juta)\b)"
                        r"(?:[ \t]?/[ \t]?[^\W\d_]+)?)"
                        r"[ \t]*\|?[ \t]*$")
# Hashtags (two or more in a row, or one at the end of a line): tags for a feed, not words the owner says of the
# business. A lone "#1" or "#2" (a number) is no tag.
_HASHTAGS = re.compile(r"(?:(?<!\S)#[^\W\d_][\w]*(?:[ \t]+#[^\W\d_][\w]*)+|(?<!\S)#[^\W\d_][\w]*(?=[ \t]*(?:$|\n|[.!]\s)))",
                       re.M)
_LABEL = re.compile(r"^[^.!?:;]{1,30}:$")   # "Menu:", "Harga sewa:", "Yang kami jual:"


_ITEM_CHARS = re.compile(r"[A-Za-z0-9\u00c0-\u024f&'/()+.,%\- ]*[A-Za-z\u00c0-\u024f]{3}[A-Za-z0-9\u00c0-\u024f&'/()+.,%\- ]*")


def _item_line(line: str) -> bool:
    return (len(line) <= ITEM_MAX_CHARS and bool(_ITEM_CHARS.fullmatch(line)) and len(line.split()) <= ITEM_MAX_WORDS and not _ENDS_SENTENCE.search(line)
            and not _BULLET.match(line) and not _GOES_ON.match(line) and not _NOT_ITEM.search(line))


def _titled(line: str) -> bool:
    """Two or more words, each opening with a capital: how a name is written ("Dapur Bunda Rara Pekanbaru")."""
    words = re.findall(r"[^\W\d_][\w'&.-]*", line)
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _item_lines(lines: list[str]) -> set[int]:
    """The indexes of plain lines that are items of a list: three or more item lines in a row, or two or more
    after a label ("Menu:"). The brief's first line heads it (a name, what the business is) and is never an item."""
    found: set[int] = set()
    first = next((k for k, x in enumerate(lines) if x), None)
    k = 0
    while k < len(lines):
        if k == first or not lines[k] or not _item_line(lines[k]):
            k += 1
            continue
        j = k
        while j < len(lines) and lines[j] and _item_line(lines[j]):
            if j - k >= 2 and _titled(lines[j]) and not any(x[:1].isupper() for x in lines[k:j]):
                break  # "nastar 95rb\nkastengel 100rb\nDapur Bunda Rara": a name signs the list off, no item of it
            j += 1
        labelled = k > 0 and bool(_LABEL.match(lines[k - 1]))
        if j - k >= 3 or (labelled and j - k >= 2):
            found.update(range(k, j))
        k = j
    return found


def hashtag_runs(text: str) -> list[str]:
    """The runs of hashtags sentences_from_lines takes out of the text ("#madu #maduasli")."""
    return _HASHTAGS.findall(text)


# A list numbered inside one line, as shop notes and captions write it ("Daftar harga: 1. nastar 85rb 2. kastengel
# 90rb", "Aturan: 1) transfer dulu 2) no retur"): a number and "." or ")" after a space or a colon, before a word.
# (a number opening a line is a line's bullet, read below)
_INLINE_NUMBER = re.compile(r"(?:(?<=[ \t])|(?<=:))(\d{1,2})[.)][ \t]+(?=[^\W\d_])")


def _numbered_inline(text: str) -> str:
    """An inline numbered list as the comma list it is: its markers counted 1, 2, 3 … in order (two or more), the
    first dropped and each other one a comma ("1. nastar 85rb 2. kastengel 90rb" → "nastar 85rb, kastengel 90rb");
    numbers that do not count up from 1 ("umur 5. Kami …") are left as written."""
    marks = [m for m in _INLINE_NUMBER.finditer(text)]
    run: list[re.Match] = []
    for m in marks:
        if int(m.group(1)) == len(run) + 1:
            run.append(m)
        elif int(m.group(1)) == 1:
            run = [m] if len(run) < 2 else run
    if len(run) < 2:
        return text
    out, at = [], 0
    for k, m in enumerate(run):
        out.append(text[at:m.start()].rstrip(" ,;") + ("" if k == 0 else ","))
        at = m.end()
    out.append(text[at:])
    return " ".join(x for x in out if x).replace(" ,", ",")


def sentences_from_lines(text: str) -> str:
    """The text with its line structure said in punctuation (unchanged when it is one line). A bio's bars ("Homemade
    brownies | PO H-2 | COD Bogor") and its run of hashtags ("#madu #maduasli") are its line breaks and its tags: each
    piece between bars a line of its own, the tags no words of the brief. WhatsApp's formatting pairs ("*Lumpia isi
    10*") go first (chat_marks.py): their words stay, the marks are no bullets and no words. A word a flyer breaks
    across two lines with a hyphen ("Setrika Sa-\\nja") is one word again first (broken_words.py)."""
    text = joined_broken_words(text)
    if "*" in text or "_" in text or "~" in text or "`" in text:
        text = unmarked(text)
    if "#" in text:
        text = _HASHTAGS.sub(" ", text)
    if "|" in text or "\t" in text:
        text = _PRICE_ROW.sub(r"\1 \2", text)
    if "|" in text:
        text = _BAR.sub("\n", text)
    if ("1." in text or "1)" in text) and ("2." in text or "2)" in text):
        text = _numbered_inline(text)
    if "\n" not in text and "\r" not in text and "\u2028" not in text:
        return _INLINE_BULLET.sub(", ", text) if "\u2022" in text or "\u00b7" in text else text
    out: list[str] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            items = ", ".join(x.rstrip(" ,;.") for x in run)
            if out and out[-1].endswith(":"):
                out[-1] = f"{out[-1]} {items}."
            else:
                out.append(f"{items}.")
            run.clear()

    # a carousel's "Slide 3:", a Status series' "Status 2 · 08.10", a thread's "2/4": the layout, not its words
    lines, parts = unlabelled_lines([x.strip() for x in re.split(r"\r\n|\r|\n|\u2028", text)])
    listed = _item_lines(lines)
    for k, raw in enumerate(lines):
        line = _INLINE_BULLET.sub(", ", raw)
        if not line:
            continue
        if k in listed:
            run.append(line)   # one item per line, without a bullet: one item of a list
            continue
        nxt = next((x for x in lines[k + 1:] if x), "")
        # (an item line of a list after it is no wrapped rest: "… sejak 2011 🐟\nkemplang panggang 28rb\n…")
        if not _ENDS_SENTENCE.search(line) and not _BULLET.match(line) and k + 1 not in listed | parts and (
                len(line) >= WRAP and nxt[:1].islower() or _GOES_ON.match(nxt)):
            lines[k + 1] = f"{line} {lines[k + 1]}" if lines[k + 1] else lines[k + 1]   # a hard-wrapped paragraph
            if lines[k + 1]:
                continue
        m = _BULLET.match(line)
        body = line[m.end():].strip() if m else line
        if m and body and m.group(0).strip()[:1] in "-\u2022*\u00b7\u25aa\u25ab\u25e6\u2023\u2043" or (
                m and body and re.match(r"\d", m.group(0).strip())):
            run.append(body)   # a list bullet: one item of a list
            continue
        close_run()
        if not body:
            continue
        # an emoji label ("📍 Palangka Raya", "✅ homemade") or a plain line: its own sentence
        out.append(body if _ENDS_SENTENCE.search(body) else f"{body}.")
    close_run()
    if out and out[-1].endswith(".") and not _ENDS_SENTENCE.search(lines[-1] if lines else ""):
        out[-1] = out[-1][:-1]   # the last line needs no full stop of ours
    return " ".join(out)

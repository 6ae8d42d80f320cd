"""What the owner asks of the page's builder, and how they greet and say how to reach them: "mau website",
"tolong pakai warna biru", "halo kak", "WA 0812…", "nama tokonya …", and the chat the message was written in ("writing
this for my dad", "lol", "wkwk"). Such words are never a fact or a note for
visitors; the readers of notes, facts and free offers skip them (skipped_piece, _NOTE_SKIP). The same words used as
what the business does ("bisa custom nama & warna", "konsultasi via WA") are not a request.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import fast

from .courtesies import is_courtesy
from .message_frame import REPLY_LABEL

# What a customer must do or bring, after "perlu", "butuh", "need", "please" ("perlu DP 50%", "kain perlu dibawa sendiri",
# "dogs need to be vaccinated", "please bring your own container"): a rule for visitors, never a request to the builder.
_OF_CUSTOMERS = (r"(?!\s+(?:to\s+)?(?:be\s+)?(?:(?:di|mem)?bawa|bring(?!\s+(?:in|more|my|our|us|people|customers|traffic|it)\b)|dp|down\s*payment|deposit|uang\s+muka|vaccinated|"
                 r"divaksin|bayar|dibayar|pay|paid|transfer|konfirmasi|confirm|datang|arrive|give\s+us)\b)")
# "not needed": "ga usah", "gak perlu", "nggak usah", "tidak perlu", "gausah"
_NOT_NEEDED = r"(?:(?:ga|gak|gk|g|nggak|ngga|enggak|ngak|tidak|tdk|tak)\s+(?:usah|perlu)|gausah|gaperlu|gakusah)"
_NOTE_SKIP = fast(
    # ("mohon booking min 1 minggu", "mohon konfirmasi H-1": asked of customers, a rule for visitors; "mau pesan harus
    # konfirmasi H-2": what a customer who orders must do)
    r"\b(?:mau(?!\s+(?:pesan|order|booking|daftar|beli|sewa|ikut)\s+(?:harus|wajib|min|minimal)\b)|pengen|pengennya|pingin|"
    r"ingin|tolong|mohon(?!\s+(?:booking|book|pesan|order|reservasi|konfirmasi|"
    r"datang|hadir|bawa|transfer|dp|bayar|daftar|janjian|buat\s+janji)\b)|"
    rf"butuh{_OF_CUSTOMERS}|perlu{_OF_CUSTOMERS}|minta|need{_OF_CUSTOMERS}|needs{_OF_CUSTOMERS}|want|wants|"
    rf"please{_OF_CUSTOMERS}|pls{_OF_CUSTOMERS}|"
    r"include|show|would\s+like|website|web|webnya|halaman|landing|tombol|button|form|formulir|galeri|gallery|"
    # a portfolio project a course ends with is what students get, not a page section to build
    r"portfolio(?!\s+projects?)|(?<!proyek\s)portofolio|testimoni|testimonials?|warna|warnanya|color|colou?rs?|nuansa|tema|theme|vibe|"
    r"halo|hai|hi|hello|hey|assalamualaikum|selamat|good\s+(?:morning|afternoon|evening|day)|greetings|terima\s+kasih|thanks?|maaf|permisi|sorry|makasih|"
    # ("IGD on call", "dokter on call": who is there when needed, not a way to reach the owner)
    r"wa|whatsapp|telp|telepon|hubungi|(?<!\bon\s)(?<!\bon-)call|email|e-mail|ig|instagram|kontak|contact|dm|"
    r"nama|namanya|nmanya|named|called|name(?=\s*:)|brand|merek|merk|link|sosmed|tiktok|alamat|address|informasi|info|"
    # how to write the name or the page (instructions to the builder, never a fact for visitors)
    # ("bisa tulisan custom": writing on what is sold, a fact for buyers)
    r"huruf|hurufnya|kapital|capital|caps|uppercase|lowercase|ejaan|spelling|spelled|ditulis|"
    r"(?<!bisa\s)tulisan(?!\s+(?:custom|request|sesuai|ucapan))|tulisannya|"
    r"font|logo|logonya|page|i'?d\s+like|shop\s+name|namaku|"
    # the message itself and the chat it was sent in: "writing this for my dad", "aku yg nulis ini", "(yes, in the
    # bushes lol)", "not mine haha": asides to the builder, never a note for visitors
    r"this\s+(?:web\s*)?site|(?:writing|making|typing)\s+this|(?:nulis|ngetik|ketik)(?:in)?\s+ini|"
    r"lol|lmao|rofl|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}|(?:wk){2,}\w*|(?:xi){2,}|"
    # what the page should let visitors do is a feature to build, not a fact about the business
    r"sign\s?up|get\s+a\s+quote|request\s+a\s+(?:quote|proposal|call)|"
    # what the page leaves out, told to the builder: a thing said with "ga usah"/"ga perlu" and nothing after it
    # ("kantornya ga usah", "yang lama ga perlu ya") or a word of writing it down after a "don't" ("ga usah
    # dicantumin", "jangan ditulis"); "ga usah antri" (a verb follows) is what a visitor is spared, a fact
    rf"{_NOT_NEEDED}(?=\s*(?:(?:ya|yaa|yah|kak|min|dong|deh|aja|sih)\b\s*)?(?:[^\w\s]|$))|"
    rf"(?:{_NOT_NEEDED}|jangan|jgn|don'?t|do\s+not|no\s+need\s+to)\s+(?:di)?(?:tulis|cantum|tampil|masuk|pajang|"
    r"sebut|publish|post|list|include|mention|show|put)\w*|"
    # the owner's other work, the one the page is not for ("kerja kantoran sambil nyambi MC", "my day job"): the
    # owner's life, no fact for visitors
    r"kerja\s+kantoran|ngantor|nyambi|side\s+(?:job|hustle|gig)|day\s+job)\b|\b[a-z]\s+(?:besar|kecil|gede)\b|"
    # a contact person alone ("Pak Anton"): the contact section's, not a note
    r"^\s*(?:pak|bu|ibu|mas|mbak|mba|kak|bang)\s+\w+\s*$|"
    # the label a review site puts over the owner's reply ("Balasan pemilik", "Reply from the owner")
    rf"{REPLY_LABEL}|"
    # a hashtag ("#kuepalangkaraya") tags a post; it tells a visitor nothing
    # ("4x pertemuan @45 menit", "@ 25rb": "@" before a number is "each", not an account)
    r"@(?!\s?\d)|(?<![\w&])#[^\W\d_]|\bwww\.|\.(?:com|id|co|net|org)\b", re.I)


# Words of requests and contact used as what the business does, not as a request or a way to reach it: a name or
# colour the buyer chooses ("bisa custom nama & warna", "warna bisa request", "choice of colours"), a platform the
# service runs on or reports through ("live di TikTok tiap malam jam 8", "daily photo updates on WhatsApp",
# "laporan progres via WA"), a customer's own account asked for ("syarat: KTP + akun IG aktif").
_CHOSEN = r"(?:nama|name|names|warna|colou?rs?|ukuran|size|motif|tulisan)"
_PLATFORM = r"(?:ig|instagram|tiktok(?:\s+shop)?|wa|whatsapp|youtube|yt|fb|facebook|zoom|google\s+meet)"
_AS_CONTENT = fast(
    rf"\b(?:custom|kustom|costum|request|req|pilih|pilihan|bebas|choose|choice\s+of|personali[sz]ed(?:\s+with)?|"
    rf"(?:with|dengan)\s+your(?:\s+own)?|your\s+own)\s+{_CHOSEN}(?:\s*(?:&|dan|and|\+|/|,|atau|or)\s*{_CHOSEN})*\b|"
    rf"\b{_CHOSEN}(?:\s*(?:&|dan|and|\+|/)\s*{_CHOSEN})*\s+(?:bisa\s+|can\s+be\s+|boleh\s+)?"
    rf"(?:custom|kustom|request|req|disesuaikan|sesuai\s+(?:permintaan|request|pesanan)|pilih(?:\s+sendiri)?|customi[sz]ed)\b|"
    # (and a service held over it: "konsultasi online via WA 50rb", "private lessons on Zoom")
    rf"\b(?:live|siaran|streaming|updates?|laporan|reports?|foto|photos?|videos?|progress|progres|konsultasi|consultations?|"
    rf"consult|sesi|sessions?|kelas|class(?:es)?|les|lessons?|kursus|courses?|coaching|mentoring|bimbingan|terapi|"
    rf"therapy)\b[^,.;@\d]{{0,24}}?"
    rf"\b(?:di|on|via|lewat|melalui|through|ke)\s+{_PLATFORM}\b|"
    rf"\b(?:akun|account)\s+{_PLATFORM}\s+(?:aktif|active|pribadi|personal)\b|"
    # how many colours a thing comes in: "a sarong panel in two colours", "tersedia 5 warna", "aneka warna"
    r"(?:(?<![\d.,])\b\d{1,2}|\b(?:one|two|three|four|five|six|seven|eight|satu|dua|tiga|empat|lima|enam|tujuh|delapan|multi|aneka|"
    r"berbagai|banyak|various|many|several))\s+(?:warna|colou?rs?)\b", re.I, max_atoms=40)


@lru_cache(maxsize=4096)  # the same clause is asked about by several readers, the same words in every brief
def skipped_piece(piece: str) -> bool:
    """Does the piece hold a request, greeting, contact or instruction (_NOTE_SKIP), or is it a courtesy? Case does not matter to
    the pattern: ASCII text is asked in lower case, which reads it without folding every character. Words used
    as content (_AS_CONTENT) are not asked about."""
    low = piece.lower() if piece.isascii() else piece
    if _AS_CONTENT.search(low):
        low = _AS_CONTENT.sub(lambda m: " " * len(m.group(0)), low)
    # (a greeting or thanks of any region said alone, "kulo nuwun", "menjawab pertanyaannya": courtesies.py)
    return _NOTE_SKIP.search(low) is not None or is_courtesy(piece.lower())

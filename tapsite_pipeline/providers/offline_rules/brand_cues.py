"""What sits around a name and says where it starts or ends (used by cap_runs.py and the brand rules).

- a service phrase owns the acronym after it: "sedot WC", "service AC", "ganti LCD" are what is done, so a name
  does not start at "WC"; the name is what follows ("jasa service AC Dingin Jaya" → "Dingin Jaya"), or, when only
  one word follows, the whole phrase ("sedot WC Berkah" → "Sedot WC Berkah");
- a count owns the unit after it: "24 jam", "7 hari", "30 menit" is an opening time or a promise, never a name's end;
- a language after "bahasa", "kursus", "les" is the subject taught ("kursus bahasa Jepang Sakura Gakuen");
- an address lead-in ("Alamat", "Jl.", "Ruko", "Komplek", "Blok C2", "No. 5") starts an address, which runs to
  the next comma or sentence end and is never a name;
- a lower-case business head right after a capitalised run ("Kopi Pagi cafe", "Rambut Sehat salon") says the run
  is the business's name;
- "by", "oleh", "bersama", "bareng" sign a name; a place before them ("in Canggu by Happy Paws Bali") is not in it.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import fast, regrouped

from .brand_words import _PUNCT, _WORD_TOKEN

# Lower-case words that take an acronym as their object: the work done ("sedot WC", "servis AC", "ganti LCD").
SERVICE_VERBS = frozenset("""
sedot service servis cuci ganti isi pasang bongkar perbaikan perbaiki reparasi repair instal install tambal sewa
rental cetak print bersih pembersihan cleaning fix perawatan maintenance setting upgrade flash unlock refill
""".split())
_ACRONYM = regrouped(r"^[A-Z]{2,5}$")

# Words that count what a number counts: "24 jam", "7 hari", "30 menit", "2 cabang".
UNIT_WORDS = frozenset("""
hari jam bulan minggu tahun thn orang org cabang outlet kali menit porsi pcs buah lantai kamar days hours hrs weeks
months years people branches times minutes mins rooms kg km ml liter detik seconds malam nights
""".split())

# Languages a course teaches, and the words that say a language follows ("kursus bahasa Jepang", "les Mandarin").
LANGUAGES = frozenset("""
jepang inggris mandarin arab korea jerman perancis prancis belanda spanyol italia rusia turki hindi jawa sunda
english japanese korean chinese german french spanish arabic dutch italian russian
""".split())
LANGUAGE_LEADS = frozenset("bahasa bhs kursus les belajar kelas course courses class classes lessons privat private "
                           "online".split())

# Words that open an address. Some always do; the others only when a street code or number follows.
ADDRESS_ALWAYS = frozenset("alamat alamatnya jl jln gg ruko komplek kompleks komp perum perumahan".split())
ADDRESS_WITH_CODE = frozenset("jalan gang blok no nomor kav kavling".split())
# The ones that end an address even inside a capitalised run ("Konveksi Rapi Jaya Jl. Kenari 5"), and the
# abbreviations whose dot does not end the address ("Jl. Kenari", "No. 5").
MID_ADDRESS = frozenset("alamat alamatnya jl jln gg".split())
ADDRESS_ABBR = frozenset("jl jln gg no kav komp blk rt rw kel kec".split())
_CODE = regrouped(r"^(?:\d[\w/-]*|[A-Za-z]\d[\w/-]*|[A-Z])$")

# Lower-case heads that, right after a capitalised run, say the run names the business ("Kopi Pagi cafe").
BUSINESS_HEADS = frozenset("""
cafe café kafe coffee salon studio laundry bakery barbershop barber resto restaurant restoran catering katering
florist spa klinik clinic boutique butik shop store kitchen homestay guesthouse villa gym bistro eatery patisserie
warkop pastry roastery
""".split())

# Words that sign a name; and the verbs before "by"/"oleh" that name an organiser, sponsor or maker of a part,
# not the business ("Organised by …", "didukung oleh …").
SIGN_WORDS = frozenset({"by", "oleh", "bersama", "bareng"})
NOT_SIGNING = frozenset("""
organised organized hosted powered sponsored supported presented curated endorsed inspired harvested certified
approved designed run managed led judged
""".split())


def service_acronym(prev: str, tok: str) -> bool:
    """Is ``tok`` the acronym object of the lower-case service word ``prev`` ("sedot WC", "servis AC")?"""
    return prev in SERVICE_VERBS and bool(_ACRONYM.match(tok))


def counted(tok: str, nxt: str) -> bool:
    """Is the number ``tok`` a count of the lower-case unit word after it ("24 jam", "7 hari")?"""
    return tok.isdigit() and nxt in UNIT_WORDS


def language_taught(prev: str, tok: str) -> bool:
    """Is ``tok`` a language named as the subject taught ("bahasa Jepang", "les Mandarin", "kursus Inggris")?"""
    return tok.lower() in LANGUAGES and prev.lower() in LANGUAGE_LEADS


def address_lead(tok: str, nxt: str, after: str = "") -> bool:
    """Does ``tok`` open an address ("Jl. Kenari 5", "Ruko Mutiara", "Blok C2", "No. 7")? ``nxt`` is the token
    after it and ``after`` the one after that (past the dot of "No.")."""
    low = tok.lower()
    if low in ADDRESS_ALWAYS:
        return True
    if low not in ADDRESS_WITH_CODE:
        return False
    code = after if nxt == "." else nxt
    return bool(_CODE.match(code)) or (low in ("jalan", "gang") and code[:1].isupper())


_NEXT_WORD = regrouped(r"\s+([a-zé]+)\b")


def business_head(after: str) -> bool:
    """Does the text right after a capitalised run start with a lower-case business head ("cafe in …")?"""
    m = _NEXT_WORD.match(after)
    return bool(m) and m.group(1) in BUSINESS_HEADS


_ANY_LEAD = fast(r"(?i)\b(?:" + "|".join(sorted(ADDRESS_ALWAYS | ADDRESS_WITH_CODE)) + r")\b")


def address_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the addresses in ``text``: from a lead-in ("Alamat", "Jl.", "Ruko", "Blok C2") to the next
    comma, colon or sentence end (the dot of "Jl." or "No." ends nothing). A lead-in inside a capitalised name
    ("Teman Jalan Tour", "Kedai Ruko Tua") opens no address, except the ones that never sit in a name ("Jl.")."""
    if not _ANY_LEAD.search(text):
        return []
    toks = [m for m in _WORD_TOKEN.finditer(text)]
    spans: list[tuple[int, int]] = []
    start = end = -1
    for i, m in enumerate(toks):
        tok = m.group(0)
        prev = toks[i - 1].group(0) if i else ""
        if tok in _PUNCT and tok != "&":
            if tok == "." and start >= 0 and prev.lower() in ADDRESS_ABBR:
                continue
            if start >= 0:
                spans.append((start, end))
                start = -1
            continue
        if start >= 0:
            end = m.end()
            continue
        lead = tok.lower().split(".")[0]
        nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
        after = toks[i + 2].group(0) if i + 2 < len(toks) else ""
        in_name = (prev[:1].isupper() or prev[:1].isdigit()) and prev not in _PUNCT  # "RW 05 Perumahan Bumi Indah"
        if lead in MID_ADDRESS or (not in_name and address_lead(lead, nxt, after)):
            start, end = m.start(), m.end()
    if start >= 0:
        spans.append((start, end))
    return spans

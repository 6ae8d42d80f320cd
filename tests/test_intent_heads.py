"""The business-head gazetteer (config/niches.yaml) and where a head names the business (providers/offline_rules/heads.py)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import BUSINESS_TYPES, NICHES
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.heads import BRAND, SAID, head_windows, heads, norm, openers
from tapsite_pipeline.providers.offline_rules.keyword_hits import _keyword_hits
from tapsite_pipeline.providers.offline_rules.lexicon import HEAD_KEYWORDS, KEYWORDS
from tapsite_pipeline.providers.offline_rules.niche import INDUSTRY_NICHE, KEYWORD_NICHE
from tapsite_pipeline.resources import data_dir


def test_gazetteer_is_broad_and_well_formed():
    table = heads()
    assert len(table) >= 300
    for term, (btype, industry, niche) in table.items():
        assert btype in BUSINESS_TYPES, term
        assert industry in INDUSTRY_NICHE or industry in {"food", "retail", "services", "software"}, (term, industry)
        assert niche == "" or niche in NICHES, (term, niche)
    assert openers() <= set(table) | {"toko", "kedai", "warung", "studio", "pabrik", "service", "servis", "sewa",
                                      "rental", "penitipan", "sanggar"}


def test_gazetteer_says_where_it_comes_from():
    head = (data_dir("config") / "niches.yaml").read_text(encoding="utf-8")[:1200].lower()
    assert "written by hand" in head and "licence" in head


def test_a_head_the_lexicon_has_keeps_the_lexicon_type():
    # a head disagreeing with the lexicon would score one type and name another's niche
    normed = {norm(k): v for k, v in KEYWORDS.items()}
    clash = [t for t, (btype, _i, _n) in heads().items() if t in normed and normed[t][0] != btype]
    assert clash == []


def test_heads_the_lexicon_lacks_are_type_keywords_only():
    assert "panglong" in HEAD_KEYWORDS and "panglong" not in KEYWORDS
    assert [h[2] for h in _keyword_hits("panglong kayu")] == []          # brand and offering rules: lexicon alone
    assert [h[2] for h in _keyword_hits("panglong kayu", True)] == ["panglong"]


def test_a_head_names_its_niche_unless_a_keyword_rule_says_otherwise():
    assert KEYWORD_NICHE[norm("sedot wc")] == "cleaning"
    assert KEYWORD_NICHE["bimbel"] == "tutoring"
    assert KEYWORD_NICHE["sambal"] == ""  # condiments vote for no niche
    assert heads()["animal shelter"][2] == "other" and KEYWORD_NICHE["animal shelter"] == ""  # the rule list's stands


@pytest.mark.parametrize("text, rank", [
    ("saya buka bengkel las di cikarang", SAID),
    ("kami katering harian untuk kantor", SAID),
    ("we are a small bookkeeping firm", SAID),
    ("my mandarin tutoring for kids", SAID),
])
def test_what_the_owner_says_they_run_is_a_head_position(text, rank):
    windows = head_windows(text)
    hit = next(h for h in _keyword_hits(text, True) if heads().get(norm(h[2])))
    assert any(a <= hit[0] < b and r == rank for a, b, r in windows)


def test_the_brand_start_and_what_follows_it_are_head_positions():
    text = "rasa jaya organizer, wedding organizer di semarang"
    brand = (0, len("rasa jaya organizer"))
    windows = head_windows(text, brand)
    assert (0, 1, BRAND) in windows and any(a == text.index("wedding") and r == BRAND for a, b, r in windows)


@pytest.mark.parametrize("brief, btype, niche", [
    # the head the owner names outranks an audience or a perk word elsewhere
    ("Apotek Sehat Keluarga di Bekasi, ada kopi gratis buat yang nunggu resep", "retail", "other"),
    ("we are a small bookkeeping firm in Denpasar helping cafes, bakeries and restaurants with their taxes",
     "services", "other"),
    ("Karang Taruna Tunas Muda jualan keripik singkong dan kopi bubuk buat kas kegiatan", "other", "other"),
    # a head the lexicon lacks
    ("Panglong Sinar Abadi jual kayu, triplek dan paku di Pekanbaru", "retail", "other"),
    # a compound's first word is no head ("villa cleaning"), a head that opens its compound is ("kursus pijat")
    ("Bersih Kilat, villa cleaning for owners in Canggu, weekly or one-off", "services", "cleaning"),
    ("kursus pijat bayi dan pijat refleksi keluarga, Pijat Sehat Bunda", "education", "course"),
    # what the owner says they run outranks the brand's first word
    ("Kopi Pagi Catering, Bogor. kami katering harian untuk kantor dan pabrik, menu ganti tiap hari",
     "food_and_beverage", "catering"),
])
def test_the_head_decides(brief, btype, niche):
    intent = parse_brief(brief)
    assert (intent.business_type, intent.niche) == (btype, niche)


def test_a_weak_word_after_a_head_makes_no_compound():
    # "sehat" is a weak keyword: "Apotek Sehat" is still a pharmacy's name
    assert parse_brief("Apotek Sehat di Depok, buka 24 jam").industry == "pharmacy"


@pytest.mark.parametrize("brief, btype, niche", [
    # the trade's own words, missing before, outvote the snacks and lunch that come with the trip or the visit
    ("Arung Jeram Kali Progo, paket rafting 10 km udah termasuk pemandu, pelampung, pisang goreng & teh manis, "
     "makan siang prasmanan. wa 0812 3456 7801", "other", "travel"),
    ("Paintball Arena Sentul, paket 100 peluru, rompi, masker dan makan siang nasi box, cocok buat gathering kantor",
     "other", "other"),
    ("Waterpark Tirta Ceria: kolam ombak, seluncuran, kolam anak, ada kantin bakso & es kelapa. tiket 25rb",
     "other", "other"),
    # a free reading corner lends books: a community, not a bookshop; a shared garden is no course
    ("Pojok Baca Pelangi, perpustakaan kecil di gang rumah kami. anak2 bisa pinjam buku cerita gratis, "
     "ada kelas mewarnai tiap sabtu", "other", "other"),
    ("Kebun Bersama Cilandak menyewakan petak kebun 2x3 m untuk keluarga kota, sudah termasuk bibit, pupuk kompos "
     "dan workshop menanam sayur", "other", "other"),
    # business email set-up with a little staff training is IT work
    ("MailDesk sets up business email on your own domain for small firms: Google Workspace or Microsoft 365, "
     "plus a short training for your staff", "technology", "itsupport"),
    ("jasa live streaming pengajian, wisuda dan rapat, 2 kamera + operator, Siaran Kita Malang", "technology", "other"),
    # party planners, hired gamelan players and bouncy castles are events, whatever cake or snacks come along
    ("Bride Tribe Bali plans hen parties and bachelorette weekends: villa brunch, cake, mocktails and a photographer",
     "events", "organizer"),
    ("Sanggar karawitan Ngesti Laras nyewakake gamelan plus pengrawit lan sinden kanggo mantenan lan syukuran, "
     "wa 0813 2222 1111", "events", "music"),
    ("Istana Balon Ceria sewa istana balon & mandi bola buat ultah anak, gratis antar pasang area Depok",
     "events", "rental"),
    # a home for the elderly is a residence, not a clinic
    ("Rumah Lansia Kasih Ibu, tempat tinggal lansia dengan perawat 24 jam, makan 3x sehari dan senam pagi",
     "other", "other"),
    # performers hired for an event are an event business (both writers who labelled one agree)
    ("Grup Tanjidor Betawi Bang Jali terima undangan tampil di nikahan & sunatan, Jakarta Timur. wa 0812 3131 4141",
     "events", "music"),
])
def test_trades_named_in_their_own_words(brief, btype, niche):
    intent = parse_brief(brief)
    assert (intent.business_type, intent.niche) == (btype, niche)

"""The owner's brand and the right niche, on briefs written fresh for each mechanism.

- a question is never a name: the words a brief asks its reader (a sentence ending in "?", or opening with a
  question word or "can you …") are no brand, unless the owner marks the name ("namanya …");
- the customers a firm names after a verb of serving or helping ("udah bantu 60an toko & bengkel", "melayani
  klinik, apotek dan sekolah", "used by 9 schools") are whom it serves, not what it is;
- a planner or organizer heading the business (a proposal, surprise or engagement planner) is events: the
  photographer, the band and the flowers in its packages are services it arranges.
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import classify, parse_brief
from tapsite_pipeline.providers.offline_rules.brand_asked import asked
from tapsite_pipeline.providers.offline_rules.customers import _served

pytestmark = pytest.mark.unit


# ---------------------------------------------------------------- a question is never a name
@pytest.mark.parametrize("brief,bad", [
    ("toko online kakak sepi pembeli? sy bantu bikin iklan instagram 200rb per minggu. wa 0813 5522 1177",
     "Toko Online Kakak Sepi Pembeli"),
    ("Kenapa Rumah Sering Bocor Waktu Hujan, kami tukang atap berpengalaman. wa 0813 5522 1177",
     "Kenapa Rumah Sering Bocor Waktu Hujan"),
    ("Can You Find Your Shop On Google? we set up business listings for 150k. wa 0813 5522 1177",
     "Can You Find Your Shop On Google"),
    ("gimana caranya anak suka matematika? les privat SD-SMP ke rumah, 80rb/sesi. wa 0813 5522 1177",
     "Gimana Caranya Anak Suka Matematika"),
])
def test_a_question_to_the_reader_is_no_brand(brief: str, bad: str) -> None:
    assert (parse_brief(brief).brand_name or "").lower() != bad.lower()


@pytest.mark.parametrize("brief,brand", [
    # the name said after the question is still read
    ("Laper tengah malam? Warung Mie Bang Jali buka sampai jam 2 pagi. wa 0813 5522 1177", "Warung Mie Bang Jali"),
    # a name the owner marks stands even in a question
    ("mau tau kenapa laundry kami laris? namanya Cuci Kilat Bu Tini, antar jemput gratis", "Cuci Kilat Bu Tini"),
    # a statement opening with "apa pun" asks nothing
    ("Apa pun acaranya, Tenda Biru Pak Ujang siap sewakan tenda & kursi di Garut", "Tenda Biru Pak Ujang"),
    # a question the owner puts to whoever builds the page asks the reader nothing
    ("Batik Sekar Ayu Solo - could you build us a simple shop page? we sell batik tulis", "Batik Sekar Ayu Solo"),
])
def test_a_name_beside_a_question_is_still_read(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_a_hook_about_the_readers_site_is_still_asked() -> None:
    text = "usaha kakak belum punya website? sy buatin landing page 400rb"
    assert asked(text, 0, len("usaha kakak belum punya"))


def test_asked_reads_the_sentence_around_the_words() -> None:
    text = "Capek nyuci sendiri? Cuci Kilat Bu Tini siap jemput. Why Wait For Sunday"
    assert asked(text, 0, 5)                                        # "Capek …?"
    assert not asked(text, text.index("Cuci"), text.index(" siap"))  # a statement after the question
    assert asked(text, text.index("Wait"), len(text))                # opens with "why"


# ---------------------------------------------------------------- customers are not the niche
@pytest.mark.parametrize("brief,btype,niche", [
    ("sy bantu optimasi google bisnis profil biar usaha muncul di maps, 250rb. udah bantu 60an toko & bengkel "
     "di Jambi. wa 0813 5522 1177", "technology", "marketing"),
    ("Kami melayani klinik, apotek dan sekolah dengan aplikasi kasir dan stok barang berbasis web. Kasir Pintar, "
     "wa 0813 5522 1177", "technology", None),
])
def test_customers_named_after_serving_are_not_the_niche(brief: str, btype: str, niche: str | None) -> None:
    intent = parse_brief(brief)
    assert intent.business_type == btype
    assert intent.niche not in ("clinic", "auto_repair", "salon")
    if niche:
        assert intent.niche == niche


@pytest.mark.parametrize("lower,spans", [
    ("udah bantu 60an toko & bengkel di jambi", ["toko & bengkel"]),
    ("melayani klinik gigi, apotek dan sekolah dengan aplikasi", ["klinik gigi, apotek dan sekolah"]),
    ("already used by 9 schools in riau", ["schools"]),
    # what the business does after the verb is no customer
    ("melayani potong rambut, creambath dan smoothing", []),
    ("salon ayu melayani klinik kecantikan", []),   # one customer without a count: not read as a list
    ("we help you grow online", []),
])
def test_served_reads_a_list_of_customers(lower: str, spans: list[str]) -> None:
    assert [lower[a:b] for a, b in _served(lower)] == spans


@pytest.mark.parametrize("brief,btype,niche", [
    ("Salon Ayu melayani potong rambut, creambath dan smoothing di Cimahi. wa 0813 5522 1177", "services", "salon"),
    ("Klinik gigi drg. Maya melayani tambal gigi, scaling dan cabut gigi anak di Bogor", "services", "clinic"),
])
def test_a_business_serving_its_own_trade_keeps_its_niche(brief: str, btype: str, niche: str) -> None:
    intent = parse_brief(brief)
    assert (intent.business_type, intent.niche) == (btype, niche)


# ---------------------------------------------------------------- a planner arranges the photographer
@pytest.mark.parametrize("brief", [
    "proposal planner Malang: paket lamaran kejutan, dekor bunga, fotografer & videografer, musik akustik. "
    "mulai 4jt, wa 0813 5522 1177",
    "Surprise planner Semarang - kejutan ulang tahun, foto & video dokumentasi, kue custom. wa 0813 5522 1177",
    "We plan surprise proposals on Lombok beaches: sunset dinner, flower arch, a hidden photographer and a "
    "guitarist. Yes Lombok, DM @yeslombok",
])
def test_a_planner_heading_the_business_is_events(brief: str) -> None:
    intent = parse_brief(brief)
    assert intent.business_type == "events"
    assert intent.niche != "photo"


def test_a_planner_damps_the_services_it_arranges() -> None:
    hits: list = []
    classify.score("engagement planner surabaya: fotografer, videografer, mua dan dekor", [], hits)
    weights = {matched: weight for matched, _t, weight, _i in hits}
    assert weights["engagement planner"] > weights["fotografer"] + weights["videografer"]
    assert weights["fotografer"] < 1.0


@pytest.mark.parametrize("brief", [
    # a photographer who works with organizers stays a photographer
    "fotografer wedding Malang, sering kerja bareng wedding organizer & event organizer. paket foto 3jt. "
    "wa 0813 5522 1177",
    "Jasa foto prewedding & lamaran di Malang, paket 2jt termasuk 50 foto edit. wa 0813 5522 1177",
])
def test_a_photographer_named_beside_planners_stays_photo(brief: str) -> None:
    intent = parse_brief(brief)
    assert intent.business_type == "creative"
    assert intent.niche == "photo"


# ---------------------------------------------------------------- what a business makes or uses is not its name
@pytest.mark.parametrize("brief,brand", [
    # tools set side by side with a slash
    ("jasa bikin laporan keuangan pakai Microsoft Excel / Google Sheets utk UMKM, Rapi Hitung Consulting, "
     "Semarang", "Rapi Hitung Consulting"),
])
def test_what_a_business_makes_or_uses_is_not_its_name(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,brand", [
    ("Toko buku kami 'Pelita Ilmu' di Solo, jual buku pelajaran dan alat tulis", "Pelita Ilmu"),  # the owner's own
    ("jualan online di Shopee/Tokopedia, brand hijab Alya Scarf, warna mocca", "Alya Scarf"),
])
def test_a_name_beside_a_title_or_a_slash_is_still_read(brief: str, brand: str) -> None:
    assert (parse_brief(brief).brand_name or "").endswith(brand)

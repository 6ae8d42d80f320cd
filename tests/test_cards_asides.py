"""Cards from what the owner says beside the goods, not of them. On briefs by other writers one wrong card sank the
page: a piece of the owner's story cut at a comma ("beliau iseng …"), a capacity word said with its count, and the
trade of a name that does not open the brief."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.asides import asides_dropped
from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped

_STORY = ("Ayah saya dulu tukang jahit di Garut. Ketika pabrik tutup orderan sepi, beliau iseng bikin tas kulit buat "
          "saudara. Sekarang kami jual tas selempang, dompet kulit, ikat pinggang dan gantungan kunci. Namanya Kulit "
          "Abah Garut, WA 0812 3333 4444")


@pytest.mark.parametrize("phrase", [
    "beliau iseng", "ketika pabrik tutup", "waktu musim hujan pesanan sepi", "kalau hujan tutup", "we also",
    "dia suka",
])
def test_a_clause_of_the_story_is_no_name(phrase):
    assert name_shaped(phrase) is None


@pytest.mark.parametrize("phrase", ["tas selempang", "kami", "jam tangan", "kue kering kami", "saat"])
def test_a_name_or_a_lone_word_keeps_its_shape(phrase):
    # a lone word is left to the other checks; only a clause (two words or more) opens with a subject or "when"
    assert name_shaped(phrase) == phrase


def test_a_story_clause_gives_no_card():
    products = parse_brief(_STORY).products
    assert "tas selempang" in products and "gantungan kunci" in products, products
    assert not any(p.startswith(("ketika", "beliau")) for p in products), products


def test_a_capacity_said_with_its_count_is_no_card():
    brief = ("Kelas Merajut Benang Ceria buka angkatan baru: kelas rajut dasar 4x pertemuan 300rb, kelas amigurumi "
             "450rb. Kuota 8 orang per kelas. WA 0813 2222 1111")
    products = parse_brief(brief).products
    assert "kelas amigurumi" in products and "kuota" not in products, products
    lower = "kapasitas: maks 200 orang. sewa aula, sewa kursi"
    assert asides_dropped(["sewa aula", "kapasitas"], lower) == ["sewa aula"]


def test_the_data_quota_a_phone_shop_sells_stays_a_card():
    lower = "konter pulsa berkah jual pulsa, kuota, token listrik dan voucher game"
    assert asides_dropped(["pulsa", "kuota", "voucher game"], lower) == ["pulsa", "kuota", "voucher game"]
    assert "kuota" in parse_brief("Konter Pulsa Berkah di Kebumen jual pulsa, kuota, token listrik dan voucher game. "
                                  "WA 0813 2222 1111").products


def test_the_trade_of_a_name_after_a_greeting_and_other_words_is_no_card_beside_its_items():
    brief = ("Halo kak, saya bantu tulis buat bapak ya. bapak bikin gerabah di rumah, namanya Gerabah Pak Darmo di "
             "Kasongan. ada vas bunga, celengan, pot tanah liat sama kendi. WA 0813 2222 1111")
    assert parse_brief(brief).products == ["vas bunga", "celengan", "pot tanah liat", "kendi"]


@pytest.mark.parametrize("brief", [
    "Keripik Singkong Bu Warsi, Purwokerto, renyah dan gurih, 15rb sebungkus. WA 0813 2222 1111",
    "Halo, Keripik Singkong Bu Warsi, Purwokerto, renyah dan gurih, 15rb sebungkus. WA 0813 2222 1111",
    "Halo kak, saya bantu tulis buat ibu ya. namanya Keripik Singkong Bu Warsi di Purwokerto, 15rb sebungkus.",
])
def test_the_trade_of_a_name_that_opens_the_brief_stays_a_card(brief):
    assert "keripik singkong" in parse_brief(brief).products


@pytest.mark.parametrize("brief, taught", [
    ("Beginner Korean lessons online, weekends, 8 students per class. DM @hangulmudah", "korean lessons"),
    ("Intermediate German classes on Zoom, evenings, small groups. Email us", "german classes"),
])
def test_a_level_and_a_language_before_lessons_are_what_is_taught_not_a_name(brief, taught):
    intent = parse_brief(brief)
    assert any(taught in p for p in intent.products), intent.products
    assert intent.brand_name not in ("Beginner Korean", "Intermediate German"), intent.brand_name


@pytest.mark.parametrize("brief, brand", [
    ("Seoul Korean Academy in Medan: TOPIK prep and conversation classes. WA 0812 1111 2222", "Seoul Korean Academy"),
    ("Korean Corner Bandung, kelas bahasa Korea untuk pemula. WA 0812 1111 2222", "Korean Corner"),
])
def test_a_name_with_a_language_in_it_stays_the_name(brief, brand):
    assert brand in (parse_brief(brief).brand_name or "")


def test_a_piece_of_a_list_of_premises_is_where_the_work_is_done():
    brief = "Warna Ruang 🎨 | cat tembok & mural | rumah • kantor • kamar bayi | Bogor | DM @warnaruang"
    assert parse_brief(brief).products == ["cat tembok", "mural"]


def test_a_list_of_goods_beside_premises_words_stays():
    lower = "kue ani | nastar • kastengel • putri salju | bogor"
    assert asides_dropped(["nastar", "kastengel", "putri salju"], lower) == ["nastar", "kastengel", "putri salju"]
    # one premises word beside it is not a list of premises
    lower = "jasa cat: kamar bayi, kantor"
    assert asides_dropped(["cat", "kamar bayi"], lower) == ["cat", "kamar bayi"]

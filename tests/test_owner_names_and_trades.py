"""Names, trades and surcharges an owner would check first, on briefs written fresh for each mechanism.

- the name a business goes by when the brief gives none: its handle, email or web domain, split into words;
- a maker, model or school listed among the goods is what is sold, never the business's name;
- lower-case trade words signed "by Kak Dinda" go by the titled person;
- a fallback name keeps the brief's own capitals ("AC", not "Ac");
- "balik nama", "papan nama" are services and goods, not a marker of the name that follows;
- a word one typo from a keyword is read as that keyword, a different word two letters away is not;
- a surcharge written after a service ("home service +50rb") stays with that service.
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.handle_names import handle_name
from tapsite_pipeline.providers.offline_rules.keyword_hits import _fuzzy

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,brand", [
    ("Private cooking lessons at our family home in Sidemen, three dishes a session. Mail us: cook@rumahsidemen.com",
     "Rumah Sidemen"),
    ("jual sambal botolan level 1-5, order lewat web www.sambal-nenek.id aja", "Sambal Nenek"),
    ("We make leather wallets and belts by hand in Garut. Orders: hi@kulitgarut.co.id", "Kulit Garut"),
])
def test_no_name_given_the_domain_names_the_business(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("lower", [
    "order via email ani.pratiwi@gmail.com",        # a free mail provider names nobody
    "link di bio linktr.ee/kuebasah",                # a link page
    "email aku di xkqzv@qwpmt.com",                  # letters that split into no words
])
def test_a_provider_or_unreadable_domain_names_nobody(lower: str) -> None:
    assert handle_name([], lower) is None


@pytest.mark.parametrize("brief,not_brand,sold", [
    ("aku jual parfum decant ori, Dior, Chanel, Tom Ford, bisa kirim se-Jabodetabek", {"Tom Ford", "Dior", "Chanel"},
     "parfum decant"),
    ("Reseller jam tangan, ready Casio, Seiko, Alexandre Christie, garansi toko 1 tahun", {"Alexandre Christie",
                                                                                      "Seiko", "Casio"}, None),
])
def test_makers_listed_with_the_goods_are_not_the_name(brief: str, not_brand: set[str], sold: str | None) -> None:
    intent = parse_brief(brief)
    assert intent.brand_name not in not_brand
    if sold:
        assert sold in intent.products


def test_a_name_that_opens_the_brief_before_a_list_stays_the_name() -> None:
    intent = parse_brief("warung sembako Berkah Jaya, jual beras, minyak, gula, telur di Sleman")
    assert intent.brand_name == "Warung Sembako Berkah Jaya" or intent.brand_name == "Berkah Jaya"


@pytest.mark.parametrize("brief,brand", [
    ("nail art & gel polish by Kak Mira, Bekasi Timur. gel polish 120rb, nail art mulai 150rb", "Kak Mira"),
    ("les piano anak dan dewasa oleh Bu Ratih, Semarang, 2x seminggu", "Bu Ratih"),
])
def test_lower_case_trade_signed_by_a_titled_person(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_a_capitalised_name_before_by_stays_one_name() -> None:
    assert parse_brief("Bridal by Kak Laras, MUA akad dan resepsi di Kudus").brand_name == "Bridal by Kak Laras"


def test_fallback_name_keeps_the_brief_capitals() -> None:
    brand = parse_brief("Servis TV LED dan kulkas panggilan, area Tangerang Selatan. wa 0812-7000-1122").brand_name
    assert "LED" in brand and "Led" not in brand


@pytest.mark.parametrize("brief,offering", [
    ("Melayani pengurusan SIM baru, balik nama kendaraan, dan cek fisik di Palembang", "balik nama kendaraan"),
    ("Bengkel las kami juga bikin papan nama usaha dan kanopi, wilayah Bogor", "papan nama usaha"),
])
def test_name_closing_a_compound_marks_no_name(brief: str, offering: str) -> None:
    assert offering in parse_brief(brief).products


def test_one_typo_is_read_a_different_word_is_not() -> None:
    assert _fuzzy("restroan") == "restoran"      # two letters swapped
    assert _fuzzy("restoram") == "restoran"      # one letter changed
    assert _fuzzy("harian") is None              # "daily": two letters from "arisan", another word
    intent = parse_brief("Sewa PS4 dan PS5 harian, mingguan juga bisa, antar area Kediri. WA 0856-1111-2222")
    assert intent.business_type != "other"


def test_surcharge_stays_with_its_service() -> None:
    facts = parse_brief("Pijat bayi dan baby spa di Jember 85rb, home service +25rb, wa 0812-3333-4444").facts
    pickups = [f.value for f in facts if f.kind == "pickup"]
    assert pickups and "25rb" in pickups[0]
    assert not any(f.kind == "price" and f.value.strip() == "25rb" for f in facts)


def test_a_pair_under_one_price_is_one_card() -> None:
    products = parse_brief("Sewa perlengkapan hajatan di Kudus: kursi lipat + cover 4rb/pcs, meja bulat + taplak "
                           "60rb, genset 5000 watt 400rb/hari").products
    assert "kursi lipat + cover" in products and "meja bulat + taplak" in products
    assert "cover" not in products and "taplak" not in products


def test_two_things_each_with_its_price_stay_two() -> None:
    products = parse_brief("Kedai Wedang Pakde: wedang jahe 8rb, ronde 12rb, kacang rebus 10rb").products
    assert not any("+" in p for p in products)


@pytest.mark.parametrize("brief,fittings,sold", [
    ("Kontrakan petak di Cilacap, tiap unit udah ada kasur, kipas angin, dan lemari. 700rb/bulan", {"kasur",
                                                                                                  "kipas angin", "lemari"},
     None),
    ("Sewa aula serbaguna di Pekanbaru, fasilitas: kursi 200, sound system, parkir luas. Rp 3jt/hari",
     {"sound system", "parkir luas"}, None),
])
def test_what_a_room_or_hall_comes_with_is_no_card(brief: str, fittings: set[str], sold: str | None) -> None:
    products = set(parse_brief(brief).products)
    assert not fittings & products, products


def test_new_goods_said_with_udah_ada_are_still_cards() -> None:
    products = parse_brief("kedai bakso kami sekarang udah ada menu baru: bakso mercon dan mie ayam").products
    assert "bakso mercon" in products


@pytest.mark.parametrize("brief,said", [
    ("Surf lessons in Krui for beginners, 350K per session. best season May to Sept, closed Jan-Feb.", "closed Jan-Feb"),
    ("wisata petik jeruk di Batu, 25rb masuk, musim panen Juli sampai September ya", "musim panen Juli sampai September"),
])
def test_when_in_the_year_is_a_note_not_a_card(brief: str, said: str) -> None:
    intent = parse_brief(brief)
    assert not any(said.lower().split()[0] in p for p in intent.products), intent.products
    assert any(f.value == said for f in intent.facts), intent.facts


@pytest.mark.parametrize("brief,conditions", [
    ("Penitipan kucing di Malang 50rb/hari, kucing wajib sudah vaksin tricat dan bebas jamur.", {"vaksin tricat"}),
    ("Rental motor matic 80rb/hari di Kuta, requirements: passport copy + international licence", {"passport copy",
                                                                                                  "international licence"}),
])
def test_what_the_customer_must_bring_is_no_card(brief: str, conditions: set[str]) -> None:
    products = parse_brief(brief).products
    assert not any(c in p for c in conditions for p in products), products


def test_a_must_try_dish_is_still_a_card() -> None:
    assert "es kopi gula aren" in parse_brief("Kedai Teman Ngopi di Kendari, yang wajib dicoba: es kopi gula aren "
                                              "dan roti bakar srikaya").products


def test_three_places_side_by_side_are_the_area_served() -> None:
    facts = parse_brief("servis mesin cuci panggilan 24 jam kendari konawe kolaka, mulai 100rb").facts
    assert any(f.kind == "area" and "konawe" in f.value.lower() for f in facts), facts


def test_a_lower_case_opening_of_trade_words_is_the_trade_not_a_name() -> None:
    intent = parse_brief("kursus menjahit pemula, tempat di rumah saya daerah Sleman, 4x pertemuan 350rb")
    assert "kursus menjahit pemula" in intent.products or "kursus menjahit" in intent.products
    assert parse_brief("bakso urat pak kumis, buka dari jam 10 di Ciamis").brand_name.lower().startswith("bakso urat")


def test_a_channel_typed_short_is_no_card() -> None:
    products = parse_brief("aku jual keripik tempe sagu, biasanya jualan lwt shopee, skrg mau punya web. "
                           "keripik tempe 15rb, keripik pisang 12rb").products
    assert not any("shopee" in p for p in products), products


@pytest.mark.parametrize("brief,brand", [
    ("Bengkel Las Putra Sulung mengerjakan pagar, kanopi dan teralis di Pangkalpinang. Lokasi Kel. Bacang. WA "
     "0812-7000-3344", "Bengkel Las Putra Sulung"),
    ("Borneo Tailor Works repairs and alters suits and kebaya in Balikpapan. Location: Klandasan.", "Borneo Tailor Works"),
])
def test_a_name_opening_the_brief_before_what_it_does(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_what_the_business_does_not_do_does_not_say_what_it_is() -> None:
    intent = parse_brief("Rumah Snorkel Bunaken: snorkeling trips 350rb/orang, sewa fin dan masker 50rb. "
                         "Kami tidak membuka kursus selam atau sertifikasi.")
    assert intent.business_type != "education"


@pytest.mark.parametrize("brief", [
    "kelas menggambar anak di Cimahi, 2x seminggu, 150rb/bulan",
    "Senam lansia tiap pagi di Tegal, 3x seminggu, gratis",
])
def test_how_often_is_never_a_name(brief: str) -> None:
    brand = parse_brief(brief).brand_name
    assert not brand[:1].isdigit() and "x" != brand.split()[-1][-1:], brand

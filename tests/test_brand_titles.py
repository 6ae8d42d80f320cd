"""Names with titles and terse briefs: a person's title with its full stop ("drg.", "apt.", "Hj.") belongs to the name
after it and keeps its case; a degree or a range of days is no name; a vehicle a rental drives is no name; a brief
opening on a list of its services names no service; a greeting sent from a business names it, one sent from a place
does not. Every brief here is new wording (not dataset rows), and each mechanism is tested both ways."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_guards import finish_name
from tapsite_pipeline.providers.offline_rules.brand_titles import after_listed_opening, is_schedule, is_vehicle

pytestmark = pytest.mark.unit


def _brand(brief: str) -> str:
    return parse_brief(brief).brand_name


# ---- a titled person after trade words names the practice; the title keeps the case it is written in
@pytest.mark.parametrize("brief,brand", [
    ("klinik gigi drg. Lestari, Jl. Merdeka 40 Kediri. Praktek Selasa-Minggu 15.00-20.00", "Klinik Gigi drg. Lestari"),
    ("Praktik dokter hewan drh. Yoga di Mataram. Jadwal Senin-Kamis 09.00-14.00", "Praktik Dokter Hewan drh. Yoga"),
    ("Toko kain Hj. Maryam di Pekalongan, jual batik cap dan kain katun", "Toko Kain Hj. Maryam"),
    ("Warung pecel H. Darmo, Madiun. Buka tiap pagi jam 5", "Warung Pecel H. Darmo"),
    ("Klinik gigi drg. Nita Pramesti, Sp.Ort di Manado, pasang kawat gigi", "Klinik Gigi drg. Nita Pramesti, Sp.Ort"),
])
def test_titled_person_after_trade_words(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_titled_person_alone_keeps_the_title() -> None:
    # no trade word before the title: the titled person, with the degree after the name, not a bare degree
    assert _brand("drg. Wahyu Saputra, Sp.Perio - perawatan gusi dan scaling, Pekanbaru") == "drg. Wahyu Saputra, Sp.Perio"


def test_the_owner_of_a_business_is_not_its_name() -> None:
    # "milik apt. Rahma": who owns it; the degree after her name is no name either
    got = _brand("Apotek Sumber Waras milik apt. Rahma, S.Farm di Bukittinggi")
    assert "S.Farm" != got and not got.startswith("Apt") and "Rahma" not in got


@pytest.mark.parametrize("raw,shown", [
    ("klinik hewan drh. bayu", "Klinik Hewan drh. Bayu"),
    ("praktik dr. Sinta", "Praktik dr. Sinta"),
    ("toko emas hj. salma", "Toko Emas Hj. Salma"),
    ("warung makan bu sri", "Warung Makan Bu Sri"),
])
def test_titles_keep_their_case(raw: str, shown: str) -> None:
    assert finish_name(raw) == shown


# ---- a schedule and a vehicle are no names
@pytest.mark.parametrize("name,said", [("Praktek Selasa-Minggu", True), ("Open Mon-Sat", True), ("Jadwal Kamis - Sabtu", True),
                                       ("Sabtu Ceria Bakery", False), ("Senja Kopi", False)])
def test_a_range_of_days_is_a_schedule(name: str, said: bool) -> None:
    assert is_schedule(name) is said


@pytest.mark.parametrize("name,vehicle", [("Toyota Avanza", True), ("Honda Beat Street", True), ("Isuzu Traga", True),
                                          ("Tiga Putra Trans", False), ("Mandiri Rent Car", False)])
def test_a_vehicle_maker_opens_a_vehicle(name: str, vehicle: bool) -> None:
    assert is_vehicle(name) is vehicle


@pytest.mark.parametrize("brief", [
    "Antar jemput bandara pakai Toyota Avanza, sopir ramah, area Padang dan Bukittinggi",
    "Wedding car rental with Mercedes Benz E-Class, Surabaya area, decor included",
])
def test_the_vehicle_driven_is_no_brand(brief: str) -> None:
    got = _brand(brief)
    assert not got.startswith(("Toyota", "Mercedes"))


def test_a_named_rental_keeps_its_name() -> None:
    assert _brand("Rental mobil Sinar Jaya Trans di Kendari, unit Toyota Avanza dan Innova") == "Sinar Jaya Trans"


# ---- a terse brief opening on its services
@pytest.mark.parametrize("brief,brand", [
    ("Gel nails, nail art, pedicure. Nail studio in Legian, open daily", "Nail Studio Legian"),
    ("Servis AC, cuci AC, isi freon. Bengkel AC di Cilegon, bisa panggilan", "Bengkel AC"),
])
def test_services_listed_first_name_nothing(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_a_name_before_its_goods_stays() -> None:
    # the opening list holds a name, and no business head follows: the name stays
    assert _brand("dapur mak inah, nasi kapau, rendang, gulai tunjang. pesan H-1 lewat wa") == "Dapur Mak Inah"


def test_listed_opening_needs_a_list() -> None:
    assert after_listed_opening("facial, waxing, lash lift. beauty bar in sanur") is not None
    assert after_listed_opening("beauty bar in sanur. facial and waxing") is None


# ---- a greeting sent from the business names it; one sent from a place does not
@pytest.mark.parametrize("brief,brand", [
    ("Hello from Rumah Songket Palembang! we weave songket by hand", "Rumah Songket Palembang"),
    ("Salam dari Bolu Gulung Mak Ijah, pesan untuk arisan dan hajatan", "Bolu Gulung Mak Ijah"),
])
def test_greeting_from_the_business(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief,brand", [
    ("Hello from Banda Islands! We are Nutmeg Dive Lodge, 5 rooms by the reef", "Nutmeg Dive Lodge"),
    ("Hi from Lombok! Our name is Sasak Weaving House, we sell tenun", "Sasak Weaving House"),
])
def test_greeting_from_a_place_yields_to_the_name(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_greeting_from_the_business_leaves_the_place_to_the_rest() -> None:
    # the place reader took "from X" for where; the greeting names the business, and the town is said later
    intent = parse_brief("Hello from Anyaman Pandan Sari 👋 we make pandan mats and bags in Tasikmalaya")
    assert intent.brand_name == "Anyaman Pandan Sari"
    assert intent.location != intent.brand_name

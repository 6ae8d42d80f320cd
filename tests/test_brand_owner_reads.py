"""Brand names as owners write them: in Title Case Everywhere, with a pronoun that makes a trade word theirs, with
the person who leads a class, with the person responsible for a pharmacy. Wordings written for these tests."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import brand_and_place, parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,brand", [
    ("Bakso Pak Min Solo, Bakso Urat & Tetelan", "Bakso Pak Min Solo"),
    ("Jahit Kebaya Bu Min Purworejo, Kebaya Wisuda Dan Seragam", "Jahit Kebaya Bu Min Purworejo"),
    ("Ayam Geprek Mas Ipin Jember, Geprek Sambal Bawang 12rb", "Ayam Geprek Mas Ipin Jember"),
    ("Depot Rawon Cak Har Surabaya. Rawon Dengkul Dan Nasi Pecel", "Depot Rawon Cak Har Surabaya"),
    ("Laundry Kiloan Bersih Wangi, Cuci Setrika 7rb/Kg", "Laundry Kiloan Bersih Wangi"),
    ("Nama Usaha Saya Bakso Pak Min, Jual Bakso Urat Dan Bakso Telur", "Bakso Pak Min"),
    # the clause words the owner capitalised end the name: "Buka" is what the shop does
    ("Apotek Sehat Sentosa Buka 24 Jam, Apoteker Penanggung Jawab Apt. Sari Dewi, S.Farm", "Apotek Sehat Sentosa"),
])
def test_a_title_cased_brief_keeps_the_name_it_sets_off(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,brand", [
    # one run of capitals to the brief's end sets no name off: no run of it is taken whole
    ("Salon Ayu Kebumen Potong Rambut Creambath Smoothing", "Potong Rambut Creambath"),
    ("Sewa Mobil Berkah Trans Jogja Dengan Supir", "Dengan Supir"),
])
def test_a_title_cased_brief_with_nothing_set_off_is_not_read_as_one_name(brief: str, brand: str) -> None:
    assert brand not in (parse_brief(brief).brand_name or "")


@pytest.mark.parametrize("brief,brand", [
    ("Teh Kita, es teh jumbo mulai 5rb di Bekasi", "Teh Kita"),
    ("Teh Kami - teh tarik dan thai tea, Pontianak", "Teh Kami"),
    ("Abah Kita adalah warung nasi liwet di Sukabumi", "Abah Kita"),
    ("Bunda Kita, katering harian rumahan di Depok", "Bunda Kita"),
    ("Sehari-hari kami jualan teh poci. Namanya Teh Kita, di Tegal", "Teh Kita"),
])
def test_a_title_made_the_owners_by_kita_or_kami_is_a_name(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_a_title_before_a_person_is_still_the_persons() -> None:
    assert parse_brief("Seblak Teh Rina, seblak ceker dan makaroni di Garut").brand_name == "Seblak Teh Rina"


@pytest.mark.parametrize("brief,brand", [
    ("Kelas Bumil Sehat bersama Bidan Rahma, Ternate", "Kelas Bumil Sehat"),
    ("Rumah Tahfidz Cahaya bersama Ustadzah Nur, setoran hafalan tiap sore di Depok", "Rumah Tahfidz Cahaya"),
    ("Klub Renang Lumba Ceria bareng Coach Andi, kelas renang anak di Sidoarjo", "Klub Renang Lumba Ceria"),
    ("Kelas Yoga Hamil Tenang bersama Bidan Sari di Bogor, kelas prenatal yoga tiap Minggu", "Kelas Yoga Hamil Tenang"),
    ("Dapur Kue Mentari bersama Chef Rudi, kelas baking roti di Malang", "Dapur Kue Mentari"),
])
def test_a_class_named_before_bersama_and_who_leads_it_is_the_name(brief: str, brand: str) -> None:
    assert brand_and_place(brief)[0] == brand


@pytest.mark.parametrize("brief", [
    "Apotek Sehat Sentosa (APJ: apt. Rudi Hartono, S.Farm) melayani resep, vitamin, alat kesehatan di Garut",
    "apotek sehat sentosa, obat resep dan alkes, apoteker penanggung jawab apt. Sari Dewi, S.Farm. WA 0812 3344 5566",
    "APOTEK SEHAT SENTOSA, APOTEKER PENANGGUNG JAWAB APT. SARI DEWI, S.FARM, BUKA 24 JAM",
])
def test_the_pharmacist_in_charge_is_not_the_pharmacys_name(brief: str) -> None:
    assert parse_brief(brief).brand_name == "Apotek Sehat Sentosa"

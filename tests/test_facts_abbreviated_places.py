"""Addresses and areas written with abbreviations: the full stop of "Gg.", "Lt.", "Kab.", "Ds.", "Perum." and the
comma of a decimal ("km 9,5") end neither the address nor the place served; a street named after a building
("Ruko …, Jl. …") belongs to the address, and so does the floor or stall after a place a business works from."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _kind(brief: str, kind: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == kind]


@pytest.mark.parametrize("brief,address", [
    ("Tambal ban Pak Udin, Jl. Magelang km 12,5 Sleman. Buka 24 jam, wa 0812 7000 1111",
     "Jl. Magelang km 12,5 Sleman"),
    ("Nasi kuning Bu Ros. Alamat: Jl. Cempaka Gg. III No. 9, dekat pasar. Pesan wa 0813 2000 3333",
     "Jl. Cempaka Gg. III No. 9"),
    ("Notaris dan PPAT Hendra, kantor di Gedung Bumi Putera lt. 7, Pontianak. Telp (0561) 555 010",
     "Gedung Bumi Putera lt. 7, Pontianak"),
    ("Optik Terang, Ruko Mutiara Blok C-3, Jl. Diponegoro, Kediri. Periksa mata gratis",
     "Ruko Mutiara Blok C-3, Jl. Diponegoro, Kediri"),
    ("Kebun Jeruk Tarno Makmur, jual jeruk siam segar. Lokasi Ds. Selorejo, Dau, Malang.",
     "Ds. Selorejo, Dau"),
    ("Rempeyek Bu Warsih, jual rempeyek kacang, Perum. Bukit Hijau Blok F/8 Jember, wa 0852 3000 4444",
     "Perum. Bukit Hijau Blok F/8 Jember"),
    ("Kios kami di Pasar Bringharjo lt. 2 blok D no 4, Jogja. Jual jamu gendong.",
     "Pasar Bringharjo lt. 2 blok D no 4, Jogja"),
])
def test_an_abbreviated_address_is_read_whole(brief: str, address: str) -> None:
    assert any(address in a for a in _kind(brief, "address")), _kind(brief, "address")


@pytest.mark.parametrize("brief,area", [
    ("Jasa sedot WC Makmur, melayani Kab. Tegal & Kota Brebes, bergaransi. Telp 0283 111 222",
     "Kab. Tegal & Kota Brebes"),
    ("Air galon isi ulang antar ke Kab. Kudus dan Kab. Pati, ongkir 5rb",
     "Kab. Kudus dan Kab. Pati"),
    ("Les privat ngaji datang ke rumah, area Kec. Ngaglik dan Kec. Sleman",
     "Kec. Ngaglik dan Kec. Sleman"),
])
def test_an_abbreviated_kind_of_place_is_a_word_of_the_area(brief: str, area: str) -> None:
    assert area in _kind(brief, "area")


def test_a_sentence_end_still_ends_the_address() -> None:
    got = _kind("Bakso Mas Jo, Jl. Anggrek No. 4. Buka tiap hari jam 10-21, wa 0812 9000 1212", "address")
    assert got and all("Buka" not in a for a in got)


@pytest.mark.parametrize("brief,address", [
    ("Servis jam tangan Pak Wid, ganti baterai dan tali. Selesai ditunggu. Nogotirto, Sleman. WA 0812 3300 1212",
     "Nogotirto, Sleman"),
    ("Warung Mie Ayam Bu Tum. Lokasi: Banyumanik, Semarang. WA 0813 3300 2323", "Banyumanik, Semarang"),
    ("Toko Bunga Asri, Sukun, Malang, jual bunga papan dan buket. WA 0857 3300 3434", "Sukun, Malang"),
])
def test_a_district_with_its_town_is_the_address(brief: str, address: str) -> None:
    # (a district the place lists know is read as the area, with its town: shown whole either way)
    assert address in _kind(brief, "address") + _kind(brief, "area"), parse_brief(brief).facts


@pytest.mark.parametrize("brief", [
    "Jual bakso dan mie ayam, kirim ke Jakarta, Bandung. wa 0812 1111 2222",
    "Salon Rapi, potong rambut. Senin, Malang tutup ya. wa 0812 4400 5656",
])
def test_two_known_places_or_a_day_are_no_district(brief: str) -> None:
    assert _kind(brief, "address") == []

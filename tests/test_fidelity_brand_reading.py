"""The brand check's own reading of a brief's brand (evals/fidelity/brief.py). Own wording; each reading is tested
with a nearby text it must not change."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.brief import extract_brand

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,brand", [
    # a map listing: the name on its own line, the rating on the next
    ("Apotek Sehat Bahagia\n4,8 (212) · Apotek\nJl. Kenanga No. 7, Kediri", "Apotek Sehat Bahagia"),
    # a heading in capitals over its first line
    ("LAUNDRY KILAT BERSIH\nCuci Setrika 7rb/kg\nwa 0813 4444 5555", "LAUNDRY KILAT BERSIH"),
    # "namanya" with the name closing its line
    ("usaha saya jahit baju, namanya Jahit Rapi Bu Nur\n2 Kebaya 350rb", "Jahit Rapi Bu Nur"),
])
def test_a_name_stops_at_a_line_break(brief: str, brand: str) -> None:
    assert extract_brand(brief) == brand


@pytest.mark.parametrize("brief,brand", [
    # on one line the name ends where it always did
    ("Apotek Sehat Bahagia, obat resep & vitamin, Kediri", "Apotek Sehat Bahagia"),
    ("namanya Jahit Rapi Bu Nur, terima kebaya & seragam", "Jahit Rapi Bu Nur"),
])
def test_a_name_on_one_line_is_unchanged(brief: str, brand: str) -> None:
    assert extract_brand(brief) == brand


def test_business_cards_name_no_one() -> None:
    # "kartu nama" is goods (business cards) with a price after it, not "nama" introducing the name
    assert extract_brand("cetak undangan 2rb/lbr, kartu nama 1 box 40rb, banner") != "1 box 40rb"
    # "nama" said of the owner's business still reads the name
    assert extract_brand("nama usaha saya Cetak Kilat Madiun, undangan & banner") == "Cetak Kilat Madiun"


def test_a_place_after_di_is_not_in_the_name() -> None:
    assert extract_brand("Bengkel Sinar Abadi di Kota Madiun adalah bengkel mobil") == "Bengkel Sinar Abadi"
    assert extract_brand("Sanggar Tari Melati in Surabaya is a dance studio for kids") == "Sanggar Tari Melati"
    # a word after "di" that names no place stays in the name
    assert extract_brand("Kopi Di Bawah Pohon adalah kedai kopi kecil") == "Kopi Di Bawah Pohon"


@pytest.mark.parametrize("brief,brand", [
    ("Katalog Keripik Mbak Yuli (Blitar)\n\n*Keripik tempe* 15rb", "Keripik Mbak Yuli"),
    ("Pricelist Hampers Lebaran — Toko Kado Cempaka (Kediri)\n1. hampers kue 150rb", "Toko Kado Cempaka"),
])
def test_a_catalogue_heading_word_is_not_the_name(brief: str, brand: str) -> None:
    assert extract_brand(brief) == brand


def test_a_name_holding_a_catalogue_word_later_is_kept() -> None:
    # the word only counts as a heading when it opens the brief
    assert extract_brand("Toko Buku Katalog Ilmu, Madiun, buku pelajaran") == "Toko Buku Katalog Ilmu"


def test_the_pieces_after_a_street_are_no_name() -> None:
    # the neighbourhood after a street's comma is where the shop is, not its name
    brief = "Les gambar anak 4-10 th, 2x seminggu 200rb/bln. Tempat di Jl. Anggrek No. 9, Bukit Asri. Sanggar Pelangi Kecil, wa 0812 1212 3434"
    assert extract_brand(brief) == "Sanggar Pelangi Kecil"
    # a name in the sentence after the street's is still read
    assert extract_brand("Les gambar anak, 200rb/bln, di Jl. Anggrek No. 9. Sanggar Pelangi Kecil, wa 0812 1212 3434") \
        == "Sanggar Pelangi Kecil"


def test_a_titled_person_is_no_name() -> None:
    brief = "terjemahan dokumen Inggris-Jerman, 120rb/hal. Kontak: Dra. Maria Lestari, 0813 5656 7878"
    assert extract_brand(brief) is None
    # the same piece with no title before it is still read
    assert extract_brand("terjemahan dokumen Inggris-Jerman, 120rb/hal. Lestari Translation, 0813 5656 7878") \
        == "Lestari Translation"


def test_an_opening_name_ends_before_menyediakan() -> None:
    brief = "Katering Dapur Ibu Ratih menyediakan nasi kotak, Tumpeng Mini, dan snack box untuk acara kantor."
    assert extract_brand(brief) == "Katering Dapur Ibu Ratih"
    # an opening run ended by punctuation reads as before
    assert extract_brand("Katering Dapur Ibu Ratih, nasi kotak & snack box, Bekasi") == "Katering Dapur Ibu Ratih"

"""Two readings an owner would correct at once, on briefs written fresh:

- words after "a"/"an"/"seorang" describe the owner ("a freelance Shopify and WordPress developer", "seorang MC
  Bahasa Inggris"): capitalised tools, languages or peoples there are never the business's name;
- a town right after a dish or a regional product ("pecel madiun", "bandeng presto semarang", "tenun sumba") names
  the product's style: the business is where the brief places it, and a street named after a town ("Gang Lombok")
  is no town at all.
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import brand_and_place

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,name", [
    ("Hi! I'm Laras, a freelance Figma and Webflow designer from Solo. Portfolio sites and brand kits. "
     "email laras.makes@gmail.com", "Laras"),
    ("Hello, I'm Bayu, an Excel and Power BI trainer based in Balikpapan, teaching small teams on site", "Bayu"),
    ("Saya Yohana, seorang MC Bahasa Mandarin untuk acara pernikahan di Medan. WA 0813 7001 2299", "Yohana"),
    ("I'm Komang, a Balinese Hindu wedding photographer in Gianyar; packages from 5jt", "Komang"),
])
def test_what_the_owner_is_is_not_the_name(brief: str, name: str) -> None:
    assert brand_and_place(brief)[0] == name


@pytest.mark.parametrize("brief,name", [
    ("We are a small family running Kedai Tepi Sawah in Tabanan, nasi campur and fresh juice", "Kedai Tepi Sawah"),
    ("Toko Roti Mentari, a bakery in Kupang: roti sobek, bolu pandan, pesan WA 0812 3800 1100", "Toko Roti Mentari"),
])
def test_a_name_the_owner_gives_still_stands(brief: str, name: str) -> None:
    assert brand_and_place(brief)[0] == name


@pytest.mark.parametrize("brief,town", [
    ("sy Bu Painem jualan soto lamongan & es dawet tiap sore di depan masjid Agung Tuban, 12rb semangkok", "Tuban"),
    ("Jual bandeng presto semarang dan wingko, kirim ke mana aja. Toko kami di Purwokerto", "Purwokerto"),
    ("tenun sumba motif kuda, dijual di galeri kecil kami, Ende. wa 0852 3900 7781", "Ende"),
])
def test_a_dish_s_town_is_not_the_business_s_town(brief: str, town: str) -> None:
    assert brand_and_place(brief)[1] == town


def test_a_dish_s_town_is_the_last_guess_when_no_other_place_is_named() -> None:
    assert brand_and_place("jual gudeg jogja kendil, pesan H-1, WA 0812 2777 9001")[1] in (None, "Jogja")


def test_a_street_named_after_a_town_is_not_the_town() -> None:
    assert brand_and_place("Bakmi Ayam Gang Bali, Medan. buka jam 5 sore, wa 0812 6600 3311")[1] == "Medan"


@pytest.mark.parametrize("brief,name", [
    ("Harbour Lingo supplies court-certified translators for shipping firms. Based in Bitung since 2015, "
     "serving North Sulawesi. Email desk@harbourlingo.id", "Harbour Lingo"),
    ("Kopi Lereng Merapi roasts single-origin beans for cafés. Located in Sleman since 2019, we ship weekly.",
     "Kopi Lereng Merapi"),
])
def test_where_a_business_is_based_since_a_year_is_not_its_name(brief: str, name: str) -> None:
    assert brand_and_place(brief)[0] == name


@pytest.mark.parametrize("brief,name", [
    # "bersama" says who leads the class the owner named before it: the name is the class's
    ("Kelas Senam Lansia Bugar bersama Bu Warti, tiap Selasa pagi di balai RW 05 Bekasi, iuran 20rb. wa 0812 9090 1212",
     "Kelas Senam Lansia Bugar"),
    ("Sanggar Lukis Pelangi bersama Kak Yudi: kelas melukis anak usia 5-12 tahun di Palu, 4x pertemuan 200rb",
     "Sanggar Lukis Pelangi"),
    # a class named only by what it teaches keeps its person, as the English formula of a name does
    ("Belajar Bahasa bersama Bu Ratna, kursus bahasa Indonesia untuk ekspat di Salatiga", "Belajar Bahasa bersama Bu Ratna"),
    ("Yoga bersama Bu Ani, kelas yoga pagi di Cirebon, 50rb per sesi", "Yoga bersama Bu Ani"),
    ("Makeup Class by Kak Lita, kelas rias pemula di Kendari", "Makeup Class by Kak Lita"),
])
def test_a_name_opening_the_brief_before_who_leads_it(brief: str, name: str) -> None:
    assert brand_and_place(brief)[0] == name


def test_a_business_signed_after_with_is_still_the_name_alone() -> None:
    brief = "Snorkeling Pulau Kapoposang bersama Laut Teduh Adventure, trip 1 hari 450rb/orang, wa 0813 4400 5566"
    assert brand_and_place(brief)[0] == "Laut Teduh Adventure"

"""Facts of session 15: school levels said as a range ("SD-SMA", "TK s/d SD", "kelas 1 sampai 6", "grades 7 to
12") stay one range and the page shows every level in it; the scorer's brief reader never takes a tool, a language
or a file format said after "in"/"di" ("in Figma", "di Canva", "in English") for a place. New wordings only."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.brief import extract_places

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,places", [
    ("Freelance illustrator in Salatiga, I draw book covers in Procreate and vector logos in Illustrator.",
     ["salatiga"]),
    ("Jasa edit video di CapCut dan DaVinci Resolve, kantor di Kudus.", ["kudus"]),
    ("Private lessons in English or Japanese, online or at our room in Ternate.", ["ternate"]),
    ("Floor plans drawn in AutoCAD, renders in SketchUp. Files delivered in PDF.", []),
])
def test_a_tool_language_or_format_after_in_is_no_place(brief, places):
    assert extract_places(brief) == places


def test_a_place_after_in_is_still_a_place():
    assert extract_places("Studio desain kecil di Blitar, bikin feed IG pakai Canva.") == ["blitar"]
    assert extract_places("Cycling tours in Java, two weeks.") == ["java"]


def _levels(brief: str) -> list[str]:
    from tapsite_pipeline.providers.offline_rules import parse_brief
    return [f.value for f in parse_brief(brief).facts if f.kind == "level"]


@pytest.mark.parametrize("brief,levels", [
    ("Bimbel Nalar Cendekia di Kendari, les matematika untuk SD-SMA.", ["SD-SMA"]),
    ("Les Privat Bu Warsini, Tulungagung: calistung dan bahasa Inggris, TK s/d SD.", ["TK s/d SD"]),
    ("Kursus Komputer Delima Ternate menerima peserta dari SD sampai SMP.", ["SD sampai SMP"]),
    ("Bimbel Tunas Bangsa Lubuklinggau, kelas 1 sampai 6, semua mapel.", ["kelas 1 sampai 6"]),
    ("Rumah Sains Kecil in Pontianak runs science clubs for grades 4 to 9.", ["grades 4 to 9"]),
    ("Les Fisika Pak Harun Madiun untuk kelas X-XII IPA.", ["kelas X-XII"]),
])
def test_a_range_of_school_levels_is_one_level_fact(brief, levels):
    assert _levels(brief) == levels


@pytest.mark.parametrize("brief", [
    "Bimbel Mentari Pagi di Sampit: les SMA-SD",            # counts down: no range
    "Warung Bu Tini buka jam 6 pagi smp jam 5 sore",        # "smp" is chat shorthand for "sampai"
    "Bimbel Lentera Ilmu Palopo, kelas 2-4 jam per minggu",  # hours of class, not grades
])
def test_what_is_no_range_of_levels(brief):
    assert not any(("-" in v or "sampai" in v) and ("SD" in v or "kelas" in v) for v in _levels(brief))


def test_who_it_is_for_keeps_the_whole_range_and_stops_at_the_next_clause():
    from tapsite_pipeline.providers.offline_rules import parse_brief
    facts = parse_brief("Bimbel Bintang Timur di Bitung, les kimia untuk siswa SMP-SMA, guru datang ke rumah.").facts
    assert [f.value for f in facts if f.kind == "audience"] == ["siswa SMP-SMA"]


@pytest.mark.parametrize("value,lang,shown", [
    ("SD-SMA", "id", "SD, SMP, dan SMA"),
    ("TK s/d SD", "id", "TK dan SD"),
    ("PAUD sampai SD", "en", "PAUD, TK and SD"),
    ("SMP-SMK", "id", "SMP dan SMK"),
    ("kelas 1 sampai 6", "id", "kelas 1 sampai 6"),
])
def test_a_range_of_school_levels_is_shown_with_every_level_in_it(value, lang, shown):
    from tapsite_pipeline.models import Fact
    from tapsite_pipeline.providers.offline_rules.copy.factcopy import joined
    assert joined((Fact(kind="level", value=value),), "level", lang) == shown


def test_the_level_card_names_the_middle_school():
    from tapsite_pipeline.providers.offline_rules import parse_brief
    from tapsite_pipeline.providers.offline_rules.copy.factcopy import highlight_cards
    intent = parse_brief("Bimbel Cahaya Ilmu di Banjarbaru, les privat fisika untuk siswa SD-SMA. WA 0812 3456 7013")
    cards = [d for _, d, k in highlight_cards(tuple(intent.facts), "id", "Bimbel Cahaya Ilmu") if k == "level"]
    assert cards == ["Kelas untuk SD, SMP, dan SMA."]


@pytest.mark.parametrize("brief,place", [
    ("Sedot WC 'Lancar Lombok' Praya. Kami melayani 24 jam.", "Praya"),
    ("Laundry Kiloan 'Wangi Jogja' Sleman, antar jemput gratis.", "Sleman"),
    ("Toko oleh-oleh “Rasa Sulawesi” jual kacang mete, kirim ke seluruh Indonesia.", "Sulawesi"),
])
def test_a_place_inside_a_quoted_name_gives_way_to_the_town_named_outside_it(brief, place):
    from tapsite_pipeline.providers.offline_rules import parse_brief
    assert parse_brief(brief).location == place


@pytest.mark.parametrize("brief,area", [
    ("Open trip Segara Anak Adventure dari Sembalun ke Gunung Rinjani, 3 hari 2 malam, Rp 1.800.000/orang.",
     "Sembalun ke Gunung Rinjani"),
    ("Blue Fin Snorkel runs day trips from Pemuteran into West Bali National Park, 450k per person.",
     "Pemuteran into West Bali National Park"),
    ("Perahu Pak Daeng, dari Bira ke Pulau Liukang, berangkat tiap pagi.", "Bira ke Pulau Liukang"),
])
def test_a_trip_to_a_place_of_nature_is_an_area(brief, area):
    from tapsite_pipeline.providers.offline_rules import parse_brief
    assert area in [f.value for f in parse_brief(brief).facts if f.kind == "area"]


def test_a_ride_between_two_town_spots_is_no_trip_to_nature():
    from tapsite_pipeline.providers.offline_rules import parse_brief
    facts = parse_brief("Ojek Pak Budi Cianjur, dari Stasiun Kota ke Pasar Baru tiap pagi.").facts
    assert not any(f.kind == "area" and "Stasiun" in f.value for f in facts)


@pytest.mark.parametrize("brief,note", [
    ("Kaos Borneo Lestari, Sampit: we screen print Dayak Kenyah motifs on cotton tees, 120k.", "Dayak Kenyah motifs"),
    ("Batik Sekar Jagad Pekalongan membuat kemeja batik tulis motif Jlamprang dan sarung batik cap.",
     "motif Jlamprang"),
    ("Toko Seragam Ceria Palu jual kaos sablon dengan motif Kaili, bahan katun combed 24s.", "motif Kaili"),
])
def test_a_named_motif_is_a_fact_of_the_goods(brief, note):
    from tapsite_pipeline.providers.offline_rules import parse_brief
    # on its own, or inside the note of its clause when no other reader takes that clause
    assert any(note in f.value for f in parse_brief(brief).facts if f.kind == "note")


@pytest.mark.parametrize("brief", [
    "Konveksi Maju Jaya Bekasi, sablon kaos motif custom sesuai request, WA 0812 3456 7014",
    "Motif Senja is a small clothing label from Bitung selling linen shirts.",
])
def test_no_motif_without_a_name(brief):
    from tapsite_pipeline.providers.offline_rules import parse_brief
    assert not any(f.kind == "note" and f.value.lower().startswith("motif ") for f in parse_brief(brief).facts)


def test_a_motif_inside_a_note_of_its_clause_is_said_once():
    from tapsite_pipeline.providers.offline_rules import parse_brief
    notes = [f.value for f in parse_brief("Tenun Ikat Mama Yosefina Ende, selendang tenun motif Lio pewarna alam, "
                                          "350rb").facts if f.kind == "note"]
    assert sum("motif Lio" in n for n in notes) == 1


@pytest.mark.parametrize("brief,place", [
    ("Kami kelompok perajin anyaman di Siak Sri Indrapura, Riau, menjual tikar pandan.", "Siak Sri Indrapura"),
    ("Bengkel Las Sinar Abadi in Jakarta Selatan, Indonesia: pagar dan kanopi.", "Jakarta Selatan"),
    ("Homestay Melati in Ubud Gianyar, Bali: rooms with breakfast.", "Ubud"),  # a second known place: no one name
])
def test_a_town_named_in_capitals_up_to_its_region_is_named_whole(brief, place):
    from tapsite_pipeline.providers.offline_rules import parse_brief
    assert parse_brief(brief).location == place


@pytest.mark.parametrize("brief,note", [
    ("Rumah Tenun Sasak in Praya makes songket scarves and custom woven pouches for corporate gifts.",
     "custom woven pouches for corporate gifts"),
    ("Toko Tumbler Kita Bekasi: tumbler grafir untuk souvenir kantor, min 24 pcs.", "tumbler grafir untuk souvenir kantor"),
])
def test_goods_bought_as_company_gifts_are_said_with_the_goods(brief, note):
    from tapsite_pipeline.providers.offline_rules import parse_brief
    # (a least count said after them joins them: "tumbler grafir untuk souvenir kantor min 24 pcs")
    assert any(note in f.value for f in parse_brief(brief).facts if f.kind == "note")


def test_corporate_clients_are_who_it_is_for():
    from tapsite_pipeline.providers.offline_rules import parse_brief
    facts = parse_brief("Kopi Lereng Roastery, Malang, sells beans for cafes and corporate clients.").facts
    assert "cafes and corporate clients" in [f.value for f in facts if f.kind == "audience"]


@pytest.mark.parametrize("brief,scrap", [
    ("Desain logo Studio Garis Pati, 3 konsep 500rb. reach me at dimas.garis@gmail.com or telegram @dimasgaris",
     "dimas"),
    ("Kelas keramik Tanah Liat Wonosobo on weekends. Bookings at tanahliat.co.id", "tanahliat"),
])
def test_a_full_stop_inside_an_email_or_web_address_cuts_no_note(brief, scrap):
    from tapsite_pipeline.providers.offline_rules import parse_brief
    assert not any(f.kind == "note" and f.value.endswith(scrap) for f in parse_brief(brief).facts)

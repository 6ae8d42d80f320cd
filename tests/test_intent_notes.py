"""What the owner said that no pattern knows still reaches the intent, in the owner's words: unused clauses
and numbered phrases become notes; a price keeps what it includes; places named together are an area;
currencies are never a name or a place. Briefs written for these tests, not dataset rows."""

from __future__ import annotations

import pytest

from intent_helpers import fact_values
from tapsite_pipeline.providers.offline_rules import learned_models, parse_brief


def test_unused_clauses_are_notes_and_offering_clauses_are_not():
    text = ("Toko Bunga Melati di Malang, rangkaian bunga segar dan buket wisuda. Pengiriman tiap hari. "
            "Pot bisa dipinjam, kartu ucapan gratis. Tetap buka saat tanggal merah.")
    notes = fact_values(text, "note")
    assert "Pot bisa dipinjam" in notes
    assert "kartu ucapan gratis" in fact_values(text, "offer")  # what is given free is an offer of its own
    assert "Tetap buka saat tanggal merah" in notes
    assert not any("buket wisuda" in n for n in notes)  # the offerings are cards, not notes


def test_a_clause_after_a_list_of_offerings_is_kept_apart():
    notes = fact_values("Ceramic studio: mugs, bowls, plates, all food safe. Classes on weekends. Kiln & Co, "
                        "IG @kilnco", "note")
    assert "all food safe" in notes
    assert not any("mugs" in n for n in notes)


def test_a_number_inside_an_offering_clause_is_kept_as_a_phrase():
    notes = fact_values("Kami menerima murid baru tahun ajaran 2026/2027 untuk kelas menggambar anak. "
                        "Sanggar Lukis Pelangi")
    assert any("tahun ajaran 2026/2027" in n for n in notes)
    notes = fact_values("EO Senja Ceria pegang outbound & gathering kantor, paket mulai 250rb/orang min 40 org")
    assert "min 40 org" in notes
    assert "mulai 250rb/orang" in fact_values("EO Senja Ceria pegang outbound & gathering kantor, paket mulai "
                                              "250rb/orang min 40 org", "price")


def test_notes_skip_requests_contacts_and_labels_of_shown_facts():
    notes = fact_values("Warung Bu Tini jual nasi rames. Tolong bikinin web warna hijau. Next one: soon. "
                        "harga rames mulai 15rb. WA 0812 3456 7890")
    assert not any("web" in n or "0812" in n or n.lower().startswith("next") for n in notes)
    assert not any("harga" in n.lower() for n in notes)  # the price is its own fact


def test_a_price_keeps_what_it_includes():
    prices = fact_values("Kost Melati putri dekat kampus, kamar 1,5jt/bulan sudah termasuk air dan listrik. "
                         "WA 0812 1111 2222", "price")
    assert any("termasuk air dan listrik" in p for p in prices)


def test_a_range_of_big_numbers_is_not_opening_hours():
    text = "Sewa genset 20 to 500 kVA untuk event di Bali, Nyala Power. WA 0812 3900 1100"
    assert not any(v.startswith("20 to 50") and not v.startswith("20 to 500") for v in fact_values(text))
    assert any("500" in v for v in fact_values(text, "note"))


def test_two_places_named_together_are_an_area():
    assert "Klaten & Sleman" in fact_values("Sewa tenda untuk hajatan, Klaten & Sleman. Tenda Berkah, "
                                            "WA 0812 3456 7890", "area")


@pytest.mark.parametrize("text", [
    "Kami jasa MC pernikahan dua bahasa untuk wilayah Jakarta. Tarif mulai Rp 2.500.000 per acara.",
    "Wedding florals and arches, from IDR 12 million per event. Bloom Theory, IG @bloomtheory",
])
def test_a_currency_is_never_the_brand_or_the_place(text):
    intent = parse_brief(text)
    assert intent.brand_name.lower() not in ("rp", "idr")
    assert (intent.location or "").lower() not in ("rp", "idr")
    assert fact_values(text, "price")


def test_an_audience_list_reads_past_dan():
    assert "koperasi dan BUMDes" in fact_values("Kami konsultan keuangan untuk koperasi dan BUMDes di Kupang",
                                                "audience")


def test_the_offering_model_keeps_the_owners_listed_goods_by_default(monkeypatch):
    monkeypatch.delenv(learned_models.MODELS_ENV, raising=False)
    assert learned_models.model(learned_models.OFFER_MODEL) is not None  # on by default
    assert parse_brief("Kami menjual nastar, kastengel, putri salju").products == ["nastar", "kastengel", "putri salju"]


def test_what_a_group_gets_is_not_part_of_the_group():
    intent = parse_brief("Warung Mie Pak Darto jual mie ayam dan bakso. utk pelajar ada diskon 15%")
    assert intent.target_audience == "pelajar"
    assert "diskon 15%" in [f.value for f in intent.facts if f.kind == "offer"]


def test_a_price_subject_leaves_out_talk_words():
    prices = [f for f in parse_brief("Warung Mie Pak Darto jual mie ayam. ada jg paket komplit 20rb").facts
              if f.kind == "price"]
    assert prices and prices[0].subject == "paket komplit"


@pytest.mark.parametrize(("brief", "subject"), [
    ("Pesta Ceria EO ulang tahun anak: paket dekorasi balon, badut, MC dan snack box mulai 2,5jt", ""),
    ("We bake sourdough, bagels and croissants, from IDR 30k, in Canggu", ""),
    ("Toko Kue Mira jual brownies dan bolu mulai 50rb", "bolu"),  # two items: the price may be the last one's
    ("Warung Bu Tin jual nasi box 25rb di Solo", "nasi box"),  # the verb is not part of the subject
])
def test_a_starting_price_after_a_list_is_for_the_whole_list(brief, subject):
    prices = [f for f in parse_brief(brief).facts if f.kind == "price"]
    assert prices and prices[0].subject == subject


def test_a_specialty_that_is_not_a_card_is_a_note():
    intent = parse_brief("Bengkel Jaya Abadi: servis rutin, ganti oli, spesialis mesin diesel. WA 0813 1700 8080")
    shown = intent.products + [f.value for f in intent.facts]
    assert any("mesin diesel" in v for v in shown)


def test_numbers_joined_by_a_link_stay_one_phrase():
    notes = fact_values("Kami sewa sepeda untuk tur, kapasitas 10 & 20 orang per grup. Gowes Jogja, "
                        "WA 0812 7777 1234", "note")
    assert any("10 & 20" in n for n in notes)
    assert not any(n.rstrip().endswith("&") for n in notes)


def test_a_name_cue_inside_a_list_does_not_start_a_name():
    # "papan nama toko & signage": "nama toko" names a product here, and what follows it is no brand
    intent = parse_brief("jasa cat papan nama toko & neon box gaya retro, Papan Jaya Abadi")
    assert intent.brand_name == "Papan Jaya Abadi"


def test_a_head_said_once_serves_both_kinds():
    assert parse_brief("Kami terima grooming kucing & anjing di Depok, namanya Bulu Bersih. WA 0812 5555 1212").products[:2] == [
        "grooming kucing", "grooming anjing"]
    # two goods of their own keep their own names
    assert "mie" in parse_brief("Warung Pak Jo jual nasi goreng & mie, Solo").products


def test_how_much_comes_in_one_is_not_part_of_the_name():
    products = parse_brief("JUAL BAKSO FROZEN ISI 25, NAMA TOKO BAKSO BU RINA, KIRIM SEJABODETABEK").products
    assert "bakso frozen" in products and not any("isi 25" in p for p in products)


def test_what_a_package_includes_is_a_note_not_a_card():
    intent = parse_brief("Hi, I'm Sari, a family photographer in Bandung: newborn & maternity shoots. From IDR 3 million, "
                         "album included. IG @sarisnaps")
    assert not any("included" in p for p in intent.products)
    assert "album included" in [f.value for f in intent.facts]


def test_staff_on_hand_round_the_clock_is_not_opening_hours():
    facts = parse_brief("Sewa genset untuk event di Bali, teknisi standby 24 jam. Nyala Power, WA 0812 3900 1100").facts
    assert not any(f.kind == "hours" for f in facts)
    assert any("24 jam" in f.value for f in facts if f.kind == "note")
    assert [f.value for f in parse_brief("Apotek Sehat Selalu buka 24 jam di Depok").facts if f.kind == "hours"] == ["24 jam"]


def test_an_audience_stops_where_a_landmark_begins():
    assert parse_brief("Kost Melati khusus putri dekat kampus UNS, kamar AC. WA 0812 8181 4545").target_audience == "putri"

"""Fact lines an owner would publish: a pasted map profile's rating and opening status read as a rating and as hours
(never bare figures or a status scrap), an email signature's closing, signer and title left out of the notes, an area
that carries no founding year, a price range with its currency on both ends kept as one price, and a size range with a
decimal comma ("1,5-2 PK") kept whole with the item it sizes."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.maps_profile import profile_lines

pytestmark = pytest.mark.unit


def _facts(brief: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.value, f.subject) for f in parse_brief(brief).facts]


MAPS_ID = ("Laundry Wangi Sukajadi\n4,8 ★ (137) · Layanan binatu\nJl. Setiabudi No. 40, Bandung\n"
           "Buka · Tutup pukul 21.00\nCuci kering setrika 8rb/kg, bed cover 30rb. WA 0812 4455 6677")
MAPS_EN = ("Sunset Board Rentals\n4.7 ★ (56) · Surf shop\nJl. Pantai Batu Bolong 3, Canggu\n"
           "Open · Closes 6 PM\nSoft-top board hire 100k per day, lessons 350k. WA 0813 2222 3344")


def test_a_map_rating_with_its_review_count_reads_as_a_rating():
    facts = _facts(MAPS_ID)
    assert ("note", "4,8 ★ dari 137 ulasan", "") in facts
    assert not any(v.startswith("4,8 (") for _, v, _ in facts)


def test_an_english_map_profile_rating_and_status():
    facts = _facts(MAPS_EN)
    assert ("note", "4.7 ★ from 56 reviews", "") in facts
    assert ("hours", "Open until 6 PM", "") in facts


def test_a_map_status_reads_as_the_closing_time():
    facts = _facts(MAPS_ID)
    assert ("hours", "Buka sampai pukul 21.00", "") in facts
    assert not any("Tutup pukul" in v for _, v, _ in facts)


def test_a_closed_now_status_tells_no_hours_and_leaves_no_scrap():
    facts, spans = profile_lines("Toko Jaya. Tutup, Buka pukul 08.00. Jual beras", "id")
    assert facts == [] and spans


@pytest.mark.parametrize("text", [
    "Les renang anak usia 4,5 (tahun ke atas), kolam hangat",  # a decimal age with a bracket: no rating
    "Nilai rata-rata murid kami 4,5 (skala 5) di ujian praktik",
    "Minggu tutup, buka pukul 10.00 di hari lain",  # the owner's own words about the week, no profile's status line
])
def test_nearby_figures_are_no_profile_lines(text):
    assert profile_lines(text, "id") == ([], [])


def test_the_owners_own_hours_win_over_a_profile_status():
    facts = _facts("Warung Sate Pak Dul\n4,6 ★ (90) · Restoran\nBuka · Tutup pukul 22.00\n"
                   "Buka setiap hari 16.00-22.00. Sate ayam 25rb. WA 0812 9090 8080")
    hours = [v for k, v, _ in facts if k == "hours"]
    assert len(hours) == 1 and "16.00" in hours[0]


SIGNED = ("Tolong buatkan halaman dari tanda tangan email saya:\n\nHormat kami,\nSiti Rahmawati\nManajer Pemasaran\n"
          "Tenun Ikat Sumba Lestari\nKain tenun ikat | Selendang | Syal tenun\nJl. Eltari No. 5, Waingapu\n"
          "T: (0387) 555 101 | E: siti@tenunsumba.co.id")


def test_a_signatures_closing_signer_and_title_are_no_fact_lines():
    values = [v for _, v, _ in _facts(SIGNED)]
    assert not any("Hormat" in v or "Siti" in v or "Manajer" in v for v in values)
    assert parse_brief(SIGNED).brand_name == "Tenun Ikat Sumba Lestari"


def test_a_closing_word_in_a_plain_brief_is_untouched():
    brief = "Katering Bu Rini di Depok, nasi box 25rb. Terima kasih, semoga websitenya rapi ya. WA 0812 1111 2222"
    before = _facts(brief)
    assert ("price", "25rb", "nasi box") in before


def test_an_area_keeps_no_founding_year():
    facts = _facts("Kopi Bubuk Pak Harun di Sidikalang. Kirim ke seluruh Sumatera sejak 2012. WA 0812 5656 7878")
    assert ("since", "2012", "") in facts
    assert not any(k == "area" and "2012" in v for k, v, _ in facts)


def test_an_area_without_a_year_is_as_written():
    facts = _facts("Jasa Sedot WC Amanah, melayani Bekasi dan Cikarang. WA 0812 3434 5656")
    assert any(k == "area" and "Bekasi" in v for k, v, _ in facts)


def test_a_range_with_the_currency_on_both_ends_is_one_price():
    facts = _facts("Jasa Servis Kulkas Prima di Depok. Ganti kompresor: Rp 650.000 – Rp 900.000. WA 0812 7000 8000")
    assert ("price", "Rp 650.000 - Rp 900.000", "ganti kompresor") in facts


def test_two_prices_in_a_list_stay_two():
    facts = _facts("Jasa Servis Kulkas Prima di Depok. Ganti kompresor Rp 650.000, isi freon Rp 150.000. WA 0812 7000 8000")
    prices = [v for k, v, _ in facts if k == "price"]
    assert len(prices) == 2


def test_a_decimal_size_range_stays_whole_with_its_item():
    intent = parse_brief("Dingin Jaya Teknik, Bekasi. Servis AC 1,5–2 PK 120rb, servis AC 1 PK 90rb. WA 0812 6000 7000")
    facts = [(f.kind, f.value, f.subject) for f in intent.facts]
    assert ("price", "120rb", "servis ac 1,5-2 pk") in facts
    assert not any(v in ("5-2", "5–2") for _, v, _ in facts)
    assert not any(p.endswith(" 1") for p in intent.products)


def test_a_decimal_measure_alone_stays_a_measure():
    facts = _facts("Toko Kawat Sentosa jual kawat bendrat 0,8 mm dan kawat duri. WA 0812 3000 9000")
    assert not any(v.startswith("8 mm") for _, v, _ in facts)


def test_a_range_said_in_words_is_one_price():
    prices = [v for k, v, _ in _facts("Tas Anyaman Bu Wati di Tasik, tas pandan dan dompet mendong, harga 35rb sampai "
                                      "150rb. WA 0812 4000 5000") if k == "price"]
    assert len(prices) == 1 and "35rb sampai 150rb" in prices[0]


def test_a_price_then_a_time_in_words_stays_a_price():
    facts = _facts("Sablon Kaos Rian: kaos polos 60rb sampai 3 hari jadi. WA 0812 4000 5000")
    assert ("price", "60rb", "kaos polos") in facts


def test_an_area_never_ends_on_a_joining_word():
    facts = _facts("Servis AC Prima. Teknisi datang ke rumah se-Kota Kendari tanpa ongkos tambahan. WA 0812 5000 6000")
    areas = [v for k, v, _ in facts if k == "area"]
    assert areas and not any(v.split()[-1] in ("tanpa", "dengan") for v in areas)

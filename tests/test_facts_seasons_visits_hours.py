"""Facts the newest writers' owners say and the page used to drop: the part of the year the business is open at all
("Cuma buka musim durian (Desember–Februari)", "Lebaran ini buka lagi"), that the teacher or the driver comes to the
customer ("guru datang ke rumah", "we pick you up from your hotel", "at your home"), and an opening time that ends
at a prayer or the night ("jam 4 sore sampai isya")."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.factcopy import comes_to_you
from tapsite_pipeline.providers.offline_rules.seasons import season_notes

pytestmark = pytest.mark.unit


def _facts(brief: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in parse_brief(brief).facts]


# --- the season the business is open in ----------------------------------------------------------------------

@pytest.mark.parametrize("brief,value", [
    ("Cuma buka musim durian (Desember–Februari) 🍈 Durian Bang Ucok, Medan. Durian montong 80rb/kg. WA 0812 6000 1122",
     "Cuma buka musim durian (Desember-Februari)"),  # (the page writes the dash plainly)
    ("Hanya jualan bulan Ramadan: Kue Kering Bu Ani, Solo. Nastar 90rb/toples. WA 0813 2000 4455",
     "Hanya jualan bulan Ramadan"),
    ("Lebaran ini buka lagi! Ketupat Opor Mak Ijah, Depok. Paket opor 45rb. WA 0857 1000 2233", "Lebaran ini buka lagi"),
    ("Surf Camp Lagoon in Sumbawa, open only during the dry season, lessons 500k. WA 0812 3000 4455",
     "open only during the dry season"),
])
def test_the_season_it_opens_in_is_a_fact(brief: str, value: str) -> None:
    assert ("note", value) in _facts(brief)


@pytest.mark.parametrize("text", [
    "hampers lebaran 150rb, parsel natal 200rb",
    "menu buka puasa: kolak 10rb",
    "di luar musim hujan tutup ya",
])
def test_goods_named_by_a_feast_are_no_season(text: str) -> None:
    assert list(season_notes(text, text.lower())) == []


# --- the business comes to the customer ---------------------------------------------------------------------------

@pytest.mark.parametrize("brief,value", [
    ("Les Piano Kak Dinda di Malang, guru ke rumah? bisa. Privat 100rb/pertemuan. WA 0812 1111 2222",
     "guru ke rumah"),
    ("Kursus Jahit Bu Endang Kediri, 8x pertemuan 600rb, bisa ke rumah. WA 0813 3333 4444", "bisa ke rumah"),
    ("Lombok Surf Lessons: 2 hours 450k, we pick you up from your hotel in Kuta. WA 0812 5555 6666",
     "we pick you up from your hotel in Kuta"),
])
def test_coming_to_the_customer_is_a_pickup(brief: str, value: str) -> None:
    assert ("pickup", value) in _facts(brief)


def test_a_price_at_home_is_a_visit_and_a_sentence_at_home_stays_a_sentence() -> None:
    assert ("pickup", "at your home") in _facts("Yoga with Sari, Canggu. IDR 250,000 at the studio, IDR 350,000 at your home. "
                                                "WA 0812 2020 3030")
    assert not any(k == "pickup" for k, _ in _facts(
        "Hey parents! Pesta Ceria Kids (Kemang) runs themed kids' parties at your home or condo: Halloween nights and "
        "birthday parties. WA 0812 4040 5050"))


def test_lessons_at_home_said_with_the_other_way_stay_one_fact() -> None:
    facts = _facts("Guitar lessons with Rio in Bogor, IDR 150,000 per hour. Online via Zoom or at your home. WA 0812 7777 8888")
    assert ("pickup", "Online via Zoom or at your home") in facts


def test_a_question_mark_ends_the_pickup() -> None:
    assert ("pickup", "guru ke rumah") in (facts := _facts(
        "Les Privat Pak Budi, Palu. perlu guru ke rumah? tarif SD 50rb. WA 0812 9999 0000"))
    assert not any(k == "pickup" and "tarif" in v.lower() for k, v in facts)


def test_home_visits_are_labelled_as_coming_to_the_customer() -> None:
    from tapsite_pipeline.models import Fact
    assert comes_to_you((Fact(kind="pickup", value="guru ke rumah"),))
    assert comes_to_you((Fact(kind="pickup", value="at your home"),))
    assert not comes_to_you((Fact(kind="pickup", value="ambil sendiri di toko"),))


# --- hours that end at a prayer or the night --------------------------------------------------------------------

@pytest.mark.parametrize("brief,value", [
    ("Gorengan Pak Min, Bekasi. buka jam 4 sore sampai isya depan masjid. tahu isi 1rb. WA 0812 1212 3434",
     "jam 4 sore sampai isya"),
    ("Es Teler Bu Sum di Pati, buka mulai jam 10 pagi sampe malam, es teler 12rb. WA 0813 5656 7878",
     "mulai jam 10 pagi sampe malam"),
])
def test_hours_that_end_at_a_prayer_or_the_night_are_said_whole(brief: str, value: str) -> None:
    assert any(k == "hours" and value in v for k, v in _facts(brief))


# --- the meal a night's price comes with ------------------------------------------------------------------------

@pytest.mark.parametrize("brief,value", [
    ("Homestay Melati, Ubud. Kamar 300rb/malam dengan sarapan, kamar family 500rb. WA 0812 1000 3000",
     "300rb/malam dengan sarapan"),
    ("Pondok Alam Sembalun\n🛏️ Kamar standar 275rb/malam (sarapan)\n💬 WA 0813 1000 5000", "275rb/malam (sarapan)"),
    ("Rinjani View Bungalows in Senaru, bungalow 400k/night with breakfast. WhatsApp +62 817 1000 6000",
     "400k/night with breakfast"),
])
def test_the_meal_a_nights_price_includes_is_said_with_it(brief: str, value: str) -> None:
    assert any(k == "price" and v == value for k, v in _facts(brief))


@pytest.mark.parametrize(("text", "said"), [
    ("mangga harum manis 20rb/kg (musim oktober–desember), alpukat 25rb/kg", "musim oktober–desember"),
    ("sewa kebaya, musim nikah (Mei - Agustus) harap booking", "musim nikah (Mei - Agustus)"),
])
def test_a_season_said_with_its_months_is_a_fact(text: str, said: str) -> None:
    assert [w for _, w in season_notes(text, text.lower())] == [said]

"""A business that moves gives its schedule by day and place: each stop is one fact with its day and its place, the
places are never offering cards and never the business's name, and the rest of the brief reads as before."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.stop_lines import note_line
from tapsite_pipeline.providers.offline_rules.schedule_stops import schedule_stops


def _stops(text: str) -> list[str]:
    return [f.value for f in schedule_stops(text).facts]


@pytest.mark.parametrize("text, stops", [
    ("Kopi Gerobak Mas Tejo keliling tiap hari.\nSenin: alun-alun Purworejo\nRabu: Taman Kutoarjo\nJumat: pasar Kemiri",
     ["Senin: alun-alun Purworejo", "Rabu: Taman Kutoarjo", "Jumat: pasar Kemiri"]),
    ("Bubble Tea Truck Nara. Route: Monday Sukajadi, Wednesday Dago, Friday Cibiru. Taro 18k.",
     ["Monday: Sukajadi", "Wednesday: Dago", "Friday: Cibiru"]),
    ("Lapak buku bekas Om Beni\nSen & Kam: Pasar Kangkung\nSel - Jum: halaman Masjid Raya\nSabtu–Minggu di CFD Malioboro",
     ["Senin & Kamis: Pasar Kangkung", "Selasa - Jumat: halaman Masjid Raya", "Sabtu–Minggu: CFD Malioboro"]),
    ("Es dawet keliling: Mon at Sleman market, Thu at Bantul square. Dawet 5k.",
     ["Monday: Sleman market", "Thursday: Bantul square"]),
    ("Sate Taichan Bang Jali. Hari Senin di Pasar Baru, hari Rabu di Pasar Lama, hari Jumat di alun-alun. 15rb.",
     ["Senin: Pasar Baru", "Rabu: Pasar Lama", "Jumat: alun-alun"]),
    ("Crepes by Lia: Mondays at Ubud Market, Wednesdays at Sanur Beach. Crepes 30k.",
     ["Monday: Ubud Market", "Wednesday: Sanur Beach"]),
])
def test_each_stop_is_its_day_and_its_place(text, stops):
    assert _stops(text) == stops


@pytest.mark.parametrize("text", [
    "Salon Melati buka Senin-Jumat 09.00-17.00, Sabtu 09.00-14.00, Minggu libur.",
    "Studio Lentur. Jadwal kelas: Senin: Hatha Yoga, Rabu: Pilates Dasar, Jumat: Zumba. 50rb/sesi.",
    "Warung Bu Tini, Senin: Pasar Gede.",  # one stop alone is no schedule
    "Les piano Kak Rina, Sabtu pagi dan Minggu sore, 150rb per sesi.",
    # a day's dishes or classes in a brief that says it goes round: goods, not places
    "Nasi Box Bu Ani antar keliling kantor. Menu harian: Senin: Nasi Kuning, Selasa: Soto Betawi, Rabu: Rawon Setan.",
    "Les keliling Kak Dina (mobile class). Senin: Calistung Dasar\nRabu: Bahasa Inggris\nJumat: Matematika. 100rb/bln",
    "Les keliling Kak Dina. Jadwal kelas: Senin: Bahasa Inggris\nRabu: Matematika\nJumat: Fisika. 100rb/bln",
])
def test_hours_classes_and_one_place_are_no_schedule(text):
    assert _stops(text) == []


def test_the_stops_are_facts_never_cards_and_never_the_name():
    intent = parse_brief("Aku ngelola Bazar Keliling Sumber Rejeki, Kediri. Jadwale:\nSenin: lapangan Desa Ngasem\n"
                         "Selasa: Taman Sekartaji\nKamis: Pasar Pare\nmulai jam 4 sore. sewa tenda 30rb/malam. "
                         "WA 0812 3456 7788")
    notes = [f.value for f in intent.facts if f.kind == "note"]
    assert {"Senin: lapangan Desa Ngasem", "Selasa: Taman Sekartaji", "Kamis: Pasar Pare"} <= set(notes)
    assert intent.brand_name == "Bazar Keliling Sumber Rejeki"
    assert not any(w in p for p in intent.products for w in ("lapangan", "taman", "pasar", "senin", "kamis"))
    assert any(f.kind == "hours" for f in intent.facts)  # "mulai jam 4 sore" still reads as the hours
    assert not any(n.lower().startswith("jadwal") for n in notes)  # the heading goes with its stops


def test_an_english_route_leaves_the_offerings_as_cards():
    intent = parse_brief("Book Bus Lombok is a mobile library. Weekly route: Monday Sembalun, Tuesday Tanjung, "
                         "Thursday Kuta. We lend picture books and run storytelling sessions. WA 0819 0000 1111")
    assert [f.value for f in intent.facts if f.kind == "note"][:3] == [
        "Monday: Sembalun", "Tuesday: Tanjung", "Thursday: Kuta"]
    assert not any(d in p for p in intent.products for d in ("monday", "tuesday", "thursday", "route"))


@pytest.mark.parametrize("note, line", [
    ("Senin & Kamis: Lapangan Ngasem", ("Senin & Kamis", "Lapangan Ngasem")),
    ("Sabtu–Minggu: halaman Balai Desa", ("Sabtu–Minggu", "Halaman Balai Desa")),
    ("Tuesday: Sembalun", ("Tuesday", "Sembalun")),
    ("Jadwal mangkal: Senin", ("Jadwal mangkal: Senin", "")),  # a note that begins with no day stays one line
    ("bisa titip belanja", ("Bisa titip belanja", "")),
])
def test_a_stop_is_shown_as_its_days_then_its_place(note, line):
    assert note_line(note) == line


def test_the_about_list_shows_the_route_day_by_day():
    from tapsite_pipeline.models import Fact
    from tapsite_pipeline.providers.offline_rules.copy.factcopy import info_items
    facts = (Fact(kind="hours", value="jam 4 sore-10 malam"), Fact(kind="note", value="Senin: Taman Sekartaji"),
             Fact(kind="note", value="Kamis: Pasar Pare"))
    items = info_items(facts, "id")
    assert ("Senin", "Taman Sekartaji") in items and ("Kamis", "Pasar Pare") in items


def test_a_long_route_never_overfills_the_intent():
    days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    lines = "\n".join(f"{d} {t}: Pasar {d}{t}" for d in days for t in ("pagi", "sore"))
    prices = ", ".join(f"menu {i} {i}0rb" for i in range(1, 12))
    intent = parse_brief(f"Bakso Keliling Pak Min, jadwal mangkal:\n{lines}\n{prices}. WA 0812 3456 7788")
    assert len(intent.facts) <= 24
    assert "Senin pagi: Pasar Seninpagi" in [f.value for f in intent.facts]
    assert not any("pasar" in p for p in intent.products)

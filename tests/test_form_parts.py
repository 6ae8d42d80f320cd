"""A pasted form's own parts are no name and no offering: a header or slogan in capitals, a section's label, a job
ad's opening, the person addressed (a complaint answered, a greeting, a contact person), a pitch's audience, and a
complaint reply's mishap (form_parts.py)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.form_parts import (
    complaint_story,
    form_labels,
    form_part,
    greetings,
)

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "brand"), [
    # a countdown header in capitals, the shop on the next line
    ("⌛ H-2 JELANG LEBARAN!! cek sini kak:\nNastar Bu Ratih Kendari 🍪\nnastar keju 1 toples 95rb\n"
     "kastengel 90rb\nWA 0852 4411 2299", "Nastar Bu Ratih Kendari"),
    # a brochure's slogan in capitals, the sender signing its last line
    ("Inside cover of the flyer:\nWHY COUPLES CHOOSE US — 10 years of stress-free receptions\n"
     "Services: venue styling, bridal car rental\nTaman Ayu Event Organizer · halo@tamanayu.id", "Taman Ayu Event Organizer"),
    # a pitch's section label, the coined product name in the next section
    ("ringkasan deck kami:\nProblem: bengkel susah catat servis pelanggan. Solution: ServisPro, aplikasi catat "
     "servis + pengingat ganti oli.\nPricing: 49rb/bln. WA 0812 9988 7766", "ServisPro"),
    # a job ad's opening, the business's news after it
    ("LOWONGAN!! Dicari 3 barista shift pagi (gaji UMR)\nSekalian info: Kopi Senja Tanjung buka paket kopi "
     "susu literan 75rb. Lamaran & order WA 0813 5500 6611", "Kopi Senja Tanjung"),
    # a complaint answered: the customer named first, the shop signs off
    ("Tanggapan atas keluhan Ibu Marlina (lemari retak):\nKami mohon maaf atas kerusakan saat pengiriman. "
     "Lemari pengganti dikirim besok.\nHormat kami, Mebel Jati Lestari Jepara — 0291 555 7788", "Mebel Jati Lestari Jepara"),
    # a contact person addressed with a regional honorific, the village enterprise named on its own line
    ("kak ini katalog kami ya\nBumdes Sejahtera Lestari Desa Sipoholon\n☕ kopi sipirok 250 gr 60rb\n"
     "🧣 ulos ragi hotang 150rb\nHub. Ito Rosmaida 0813 7000 2211", "Bumdes Sejahtera Lestari"),
])
def test_a_forms_part_gives_way_to_the_business(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name.lower() == brand.lower()


def test_a_coined_name_after_a_pitchs_audience() -> None:
    got = parse_brief("so our pitch went like: coffee farmers in Garut lose half their cherries to pests\n"
                      "KopiJaga sells pest-trap kits and on-farm soil testing.\nHit us up: +62 812 2200 3344")
    assert got.brand_name == "KopiJaga"


def test_form_part_reads_the_kinds() -> None:
    text = "Halo Kak Dewi, ini info. Problem: susah cari tukang. Hub. Lae Horas 0812"
    at = text.index("Problem")
    assert form_part(text, at, at + len("Problem"))
    at = text.index("Lae Horas")
    assert form_part(text, at, at + len("Lae Horas"))
    name = "Toko Besi Horas Jaya"
    other = f"{name} jual semen. Hub. 0812"
    assert not form_part(other, 0, len(name))  # a name of its own stays


def test_greetings_labels_and_a_complaints_mishap_hold_no_offering() -> None:
    text = 'we replied to a review: "Hi Dimas, sorry, the cake came late. We\'ve refunded the delivery fee.'
    said = [text[s:e] for s, e in greetings(text)]
    assert said == ["Dimas"]
    story = [text[s:e] for s, e in complaint_story(text)]
    assert any("refunded" in p for p in story)
    assert complaint_story("Kami jual kue. Maaf slow respon.") == []  # no complaint answered: nothing set aside
    labels = "Course syllabus — page 1. Fitur: laporan kas. Problem: susah nagih. Menu: nasi uduk"
    # (a features' label stays: the offerings' readers take what follows it for features, not offerings)
    assert [labels[s:e] for s, e in form_labels(labels)] == ["Course syllabus", "Problem"]


def test_a_complaint_replys_story_is_no_card() -> None:
    got = parse_brief("Tanggapan atas keluhan Bapak Joni (sepatu salah ukuran):\nMohon maaf atas kekeliruan kami. "
                      "Sepatu pengganti sudah dikirim. Sebagai kompensasi, Bapak dapat diskon 10%.\n"
                      "Hormat kami, Toko Sepatu Langkah Baru Medan — 061 555 8899")
    assert not any("pengganti" in p or "kompensasi" in p or "joni" in p for p in got.products)


def test_a_lower_case_audience_is_a_group_of_people_not_a_question() -> None:
    pitch = "our pitch: rice farmers in Ngawi lose a third of the harvest. PadiPintar sells drone spraying."
    at = pitch.index("rice farmers")
    assert form_part(pitch, at, at + len("rice farmers"))
    asked = 'Dr tanya-jawab: "ada les gitar dewasa?" - ada kak. Sekolah Musik Riang, Ruko Cempaka 3, Bekasi'
    at = asked.index("ada les")
    assert not form_part(asked, at, at + len("ada les gitar dewasa?"))  # "dewasa" asked about is no audience

"""The edges of a brand name: the words a run of capitals carries that writers do not keep in the name (a call to act
signed "by WA", a catalogue's platform, a label of the offer's kind, a titled host's signature, the goods a farm sells
said before it, an event held at its host), and the town glued to a name with no "di" before it, which they keep.
Every brief is written for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_edges import (
    call_to_act,
    edged,
    hosted_event,
    kind_label,
    premises_start,
    signed_by_host,
)
from tapsite_pipeline.providers.offline_rules.brand_elsewhere import price_line
from tapsite_pipeline.providers.offline_rules.brand_town import town_in_name

pytestmark = pytest.mark.unit

_TRADE = frozenset("snorkel trip make up makeup susu kambing segar telur ayam kampung kolam pancing kue kering sayur"
                   .split())
_HONOR = frozenset("pak bu bang kak mbak".split())


def _brand(brief: str) -> str:
    return parse_brief(brief).brand_name


# ---- a call to act is no name
@pytest.mark.parametrize("name", ["Register by WA", "Order via WhatsApp", "Booking lewat DM", "Daftar ke WA"])
def test_call_to_act_is_no_name(name: str) -> None:
    assert call_to_act(name)


@pytest.mark.parametrize("name", ["Studio by Rara", "Order Kilat Laundry", "Chat Kopi"])
def test_names_are_no_call_to_act(name: str) -> None:
    assert not call_to_act(name)


def test_event_before_its_host_is_not_the_name() -> None:
    brief = ("Weekend Pottery Workshop at Rumah Tanah Liat Cipete 🏺, 2 sessions, IDR 450k per person, clay and glaze "
             "included. Max 8 people. Register by WA 0812 3456 7788")
    assert _brand(brief) == "Rumah Tanah Liat Cipete"


def test_event_at_a_venue_keeps_the_event() -> None:
    text = "Barista Class at Hotel Santika Medan, 2 days"
    assert not hosted_event(text, "Barista Class", text.find(" at"))
    text = "Bali Surf Camp at Canggu Beach, 5 days"
    assert not hosted_event(text, "Bali Surf Camp", text.find(" at"))
    text = "Barista Class at Kopi Lereng Studio, 2 days"
    assert hosted_event(text, "Barista Class", text.find(" at"))


# ---- the platform a catalogue is posted on
def test_catalogue_platform_is_not_the_name() -> None:
    brief = ("Katalog WA Business Laundry Kinclong Ternate 🧺\n\n*Cuci kiloan*\nRp 8.000/kg\n*Setrika saja*\n"
             "Rp 5.000/kg\n\nSemua bisa antar jemput. WA 0852 1111 2233")
    assert _brand(brief) == "Laundry Kinclong Ternate"


def test_platform_word_kept_without_wa_before_it() -> None:
    text = "Business Hub Kreatif membuka kelas"
    assert edged(text, "Business Hub Kreatif", 0, len("Business Hub Kreatif")) == ("Business Hub Kreatif", 0, 20)


# ---- a label of the offer's kind
@pytest.mark.parametrize("name,cut", [
    ("Program Kursus Menjahit Kenanga", len("Program ")),
    ("Unit simpan pinjam Koperasi Mekar Sari", len("Unit simpan pinjam ")),
    ("Program Kenanga", 0),  # nothing of two words left
    ("Unit persewaan alat", 0),  # no capitalised name after the label
    ("Kursus Program Kenanga", 0),
])
def test_kind_label(name: str, cut: int) -> None:
    assert kind_label(name) == cut


def test_program_label_in_a_brief() -> None:
    brief = ("Program Les Renang Lumba Ceria, Kendari:\n1. Kelas Anak (8x) 400rb\n2. Kelas Dewasa (8x) 500rb\n"
             "kolam air hangat. WA 0813 1111 2222")
    assert _brand(brief) == "Les Renang Lumba Ceria"


# ---- a titled host's signature after a name complete without it
@pytest.mark.parametrize("name,keep", [
    ("Tanjung Snorkel Trip by Bang Udin", "Tanjung Snorkel Trip"),
    ("Make Up by Kak Rani", "Make Up by Kak Rani"),  # only the trade before "by": the signature is the name
    ("Senja Moments by Kak Rani", "Senja Moments by Kak Rani"),  # no trade word closing it
    ("Tanjung Snorkel Trip by Udin", "Tanjung Snorkel Trip by Udin"),  # no title: a signed name
])
def test_signed_by_host(name: str, keep: str) -> None:
    end = signed_by_host(name, _TRADE, _HONOR)
    assert (name[:end] if end else name) == keep


# ---- the goods a farm sells, said before it and its keeper
@pytest.mark.parametrize("name,keep", [
    ("Telur Ayam Kampung Peternakan Pak Darmo", "Peternakan Pak Darmo"),
    ("Kolam Pancing Tambak Bu Sari", "Kolam Pancing Tambak Bu Sari"),  # a premises opens it: one name
    ("Kue Kering Dapur Bu Ani", "Kue Kering Dapur Bu Ani"),  # a kitchen is named with its goods
    ("Sayur Segar Kebun Bu Ani", "Kebun Bu Ani"),
    ("Mawar Indah Toko Pak Darmo", "Mawar Indah Toko Pak Darmo"),  # a name, not goods, before the shop
])
def test_premises_start(name: str, keep: str) -> None:
    cut = premises_start(name, _TRADE, _HONOR)
    assert name[cut:] == keep


# ---- a thread's next number after a full stop prices nothing
def test_thread_number_is_no_price_leader() -> None:
    text = "1/ thread soal Rumah Rekam Nada . 2/ rekam vokal 100rb/jam"
    assert not price_line(text, text.find(" . 2/"))
    text = "Instal ulang Windows ........ 75.000"
    assert price_line(text, len("Instal ulang Windows"))


def test_thread_names_the_studio_once() -> None:
    brief = ("1/ buat yg mau bikin podcast pertama di Bandung, thread singkat soal Ruang Dengar Studio 🎧\n"
             "2/ sewa studio podcast 150rb/jam, udah ada 3 mic\n3/ paket editing 1 episode 200rb\n"
             "4/ booking WA 0857 1111 2222 ya")
    assert _brand(brief) == "Ruang Dengar Studio"


# ---- a town glued to a name with no "di" before it is the name's
def test_town_glued_without_di_is_the_names() -> None:
    text = "ambo Mak Etek dari Sanggar Tari Bungo Tanjuang Batusangkar. Manarimo murid"
    s = text.find("Sanggar")
    e = text.find(".")
    a = text.find("Batusangkar")
    assert town_in_name(text, s, a, e, e)
    text = "les keramik di Tanah Liat Studio Jakarta Selatan. hubungi kami"
    s, a, e = text.find("Tanah"), text.find("Jakarta"), text.find(".")
    assert not town_in_name(text, s, a, e, e)

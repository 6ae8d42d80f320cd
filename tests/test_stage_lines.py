"""A pasted form's staging is no card (stage_lines.py, courtesies.py):

- a radio script's stage direction in square brackets, a quote's speaker tag ("ujar Bu Sari"), an auto-reply's
  instruction ("Ketik: …"), a fair's booth number, a news lead's occasion ("Menjelang Lebaran, …"), an announcement
  ("Thrilled to announce", "just launched its 10th …"), a box's weekly contents;
- the thanks to God opening a profile ("Alhamdulillah, …") and the kin one posts for ("titip jualan suami sy").
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped
from tapsite_pipeline.providers.offline_rules.stage_lines import staged_spans
from tapsite_pipeline.providers.offline_rules.text import clean

pytestmark = pytest.mark.unit


def _staged(raw: str) -> list[str]:
    text = clean(raw)
    return [text[a:b] for a, b in staged_spans(text)]


def _cards(text: str) -> list[str]:
    return parse_brief(text).products


def test_stage_direction_speaker_tag_and_booth() -> None:
    staged = _staged('[suara bel sekolah] "Kami jual seragam SD," ujar Bu Sari Wulandari. Mampir ke booth 12 ya.')
    assert "[suara bel sekolah]" in staged
    assert any(s.strip().startswith("ujar Bu Sari") for s in staged)
    assert not any("bel sekolah" in c or "ujar" in c for c in _cards(
        '[suara bel sekolah] "Toko Seragam Ceria jual seragam SD 85rb dan seragam SMP 95rb," ujar Bu Sari.'))


def test_auto_reply_instruction_is_no_card() -> None:
    assert "Ketik:" in _staged("Halo, ini Toko Ikan Hias Nemo. Ketik:\nA - ikan cupang\nB - pakan ikan")
    cards = _cards('"Terima kasih sudah chat Shuttle Rinjani. Tiket 90rb, sewa mobil 800rb. '
                   'Ketik nama & tanggal berangkat."')
    assert not any(c.startswith("ketik") for c in cards), cards


def test_occasion_and_announcement_are_staged_but_an_offer_in_them_is_not() -> None:
    assert any("Menjelang Lebaran," in s for s in _staged("Menjelang Lebaran, Kue Kering Mama Ros buka PO nastar."))
    # the offer said before any comma stays the readers' ("jelang lebaran PO nastar dan kastengel dibuka, …")
    assert _staged("jelang lebaran PO nastar keju dan kastengel sudah dibuka, pesan ya") == []
    staged = _staged("Excited to announce: Kode Rapi just launched its 12th website for clinics. We build sites.")
    assert "Excited to announce:" in staged and any(s.startswith("just launched its 12th") for s in staged)


def test_weekly_box_contents_are_no_cards() -> None:
    brief = ("Kebun Sayur Lestari (Malang): this week's harvest: spinach, pakcoy and sweet corn. "
             "Small box IDR 90,000, big box IDR 160,000, delivered Saturdays. WA 0813 1111 2222")
    assert any(s.startswith("this week's harvest:") for s in _staged(brief))
    cards = _cards(brief)
    assert not any(c in ("spinach", "pakcoy", "sweet corn") for c in cards), cards


def test_thanks_to_god_and_kin_posted_for_are_no_cards() -> None:
    cards = _cards("Alhamdulillah, Katering Umi Salma sudah berdiri 5 tahun. Kami melayani nasi kotak, tumpeng mini "
                   "dan snack box. WA 0812 7777 1212")
    assert "alhamdulillah" not in cards and "nasi kotak" in cards, cards
    cards = _cards("Guys titip jualan suami sy ya, Bengkel Las Jaya: pagar besi 600rb/m, kanopi 450rb/m. WA 0812 1212 3434")
    assert "suami" not in cards and not any("titip" in c for c in cards), cards


def test_thanks_to_god_and_kin_are_masked_but_a_consignment_service_is_not() -> None:
    from tapsite_pipeline.providers.offline_rules.courtesies import courtesies_masked
    assert courtesies_masked("alhamdulillah, toko kami buka", "_").startswith("_" * len("alhamdulillah"))
    said = "guys titip jualan istri saya ya: kue lumpur 3rb"
    masked = courtesies_masked(said, "_")
    assert "istri" not in masked and "kue lumpur" in masked
    # a consignment shop's own service names no kin: it stays
    assert courtesies_masked("kami terima titip jualan kue basah", "_") == "kami terima titip jualan kue basah"


def test_a_booth_number_is_no_name_but_a_booth_hired_out_is() -> None:
    assert name_shaped("booth 31") is None and name_shaped("stan b-22") is None
    assert name_shaped("360 video booth") == "360 video booth"
    assert not any(c.startswith("booth") for c in _cards(
        "Kunjungi kami di Jakarta Craft Fair (booth 14): tas anyaman pandan 120rb, topi pandan 60rb. WA 0812 5555 1234"))


def test_capital_tags_in_brackets_are_left_to_the_readers() -> None:
    assert _staged("[READY STOCK] kaos polos 45rb") == []


def test_what_must_be_brought_is_a_term_not_a_card() -> None:
    cards = _cards("Pet Hotel Bulu Halus: cat room 50k/night, dog room 80k/night, vaccine book required. WA 0812 1111 2223")
    assert "vaccine book" not in cards and "cat room" in cards, cards
    cards = _cards("Kost Putri Melati: kamar AC 1,2jt/bulan, kamar kipas 800rb. Kartu vaksin wajib dibawa. WA 0812 1111 2222")
    assert not any("vaksin" in c for c in cards), cards

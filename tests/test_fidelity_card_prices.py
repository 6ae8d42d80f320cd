"""The facts check reads the price under each offering card against the brief: a price the brief says of another
offering (a sibling's, "pool cleaning 250k" under "Weekly Cleaning") is flagged, from the brief alone and with gold;
the card's own price, a price said of a group, a range, a "mulai" price of the family, an item listed without a price
beside a priced one, and a variant's price are never flagged. Invented briefs and pages."""

from __future__ import annotations

import pytest

from fidelity_pages import page
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.evals.fidelity.card_prices import amounts, wrong_card_prices
from tapsite_pipeline.evals.fidelity.page import parse_page

pytestmark = pytest.mark.unit

GARDEN = ("Rumput Hijau Bekasi: potong rumput halaman 150rb, pangkas pohon 400rb per pohon, "
          "bersih kolam ikan 250rb. WA 0812 3456 7001")


def _wrong(brief: str, cards: list[tuple[str, str]], offerings: list[str] | None = None) -> list[str]:
    html = page(brand="Rumput Hijau", cards=cards)
    gold = {"offerings": offerings} if offerings is not None else None
    return score_page(html, brief, gold=gold)["facts"].problems


def _flags(brief: str, cards: list[tuple[str, str]], offerings: list[str]) -> list[str]:
    return wrong_card_prices(parse_page(page(brand="Rumput Hijau", cards=cards)), brief, offerings)


def test_a_siblings_price_under_a_card_is_flagged_with_gold_and_from_the_brief_alone():
    cards = [("Potong Rumput", "Harga: 250rb."), ("Pangkas Pohon", "Harga: 400rb per pohon.")]
    want = 'card "Potong Rumput" shows "250rb", which the brief says of "bersih kolam ikan"'
    assert want in _wrong(GARDEN, cards, ["potong rumput", "pangkas pohon", "bersih kolam ikan"])
    # from the brief alone the item before the amount names the sibling
    alone = [p for p in _wrong(GARDEN, cards) if p.startswith('card "Potong Rumput" shows "250rb"')]
    assert alone, _wrong(GARDEN, cards)


def test_the_cards_own_price_is_not_flagged():
    cards = [("Potong Rumput", "Harga: 150rb."), ("Bersih Kolam Ikan", "Harga: 250rb.")]
    assert not _flags(GARDEN, cards, ["potong rumput", "pangkas pohon", "bersih kolam ikan"])


def test_an_english_list_with_a_variant_price_said_later_is_not_flagged():
    brief = "Cabin Kayu Toba: cabins 400k/night, weekends 550k. Kayak rental 100k. WA 0812 3456 7002"
    # the weekend price is the cabin's own, said after it: no offering is named with it
    assert not _flags(brief, [("Cabins", "Price: 550k.")], ["cabins", "kayak rental"])


def test_one_price_for_several_items_and_a_group_price_are_not_flagged():
    shared = "Toko Seragam Melati: kemeja putih, rok abu 85rb. WA 0812 3456 7003"
    assert not _flags(shared, [("Kemeja Putih", "Harga: 85rb.")], ["kemeja putih", "rok abu"])
    group = "Kue Bu Rina: bolu pandan 60rb, brownies 70rb. Semua ukuran 20 cm, semua 65rb kalau beli dua."
    assert not _flags(group, [("Bolu Pandan", "Harga: 65rb.")], ["bolu pandan", "brownies"])


def test_a_family_price_from_mulai_is_not_flagged():
    brief = "Griya Batik Sekar: batik tulis dan batik cap. Batik mulai 120rb. WA 0812 3456 7004"
    assert not _flags(brief, [("Batik Tulis", "Harga: mulai 120rb.")], ["batik tulis", "batik cap"])
    # the card names the family of the priced item, said nowhere beside it: not flagged
    family = "Studio Nada: kami buka les musik. Les biola anak 300rb/bulan, les drum 350rb/bulan."
    assert not _flags(family, [("Les Musik", "Harga: 300rb/bulan.")], ["les musik", "les biola anak", "les drum"])


def test_a_range_and_an_amount_before_its_item_bind_to_their_own_item():
    brief = "Servis AC Dingin: cuci AC 75-90rb, isi freon Rp 150.000 – Rp 250.000. 25rb dapat cek gratis."
    said = amounts(brief)
    assert any({75_000, 90_000} <= a.values and "cuci" in a.bound for a in said)
    assert any({150_000, 250_000} <= a.values and "freon" in a.bound for a in said)
    assert any(25_000 in a.values and "cek gratis" in a.bound for a in said)
    assert not _flags(brief, [("Cuci AC", "Harga: 75-90rb.")], ["cuci ac", "isi freon"])
    assert _flags(brief, [("Cuci AC", "Harga: Rp 150.000 – Rp 250.000.")], ["cuci ac", "isi freon"])


def test_a_price_list_pasted_as_lines_binds_each_amount_to_its_line():
    brief = "BENGKEL JAYA\nGanti aki ..... Rp 450.000\nSpooring ..... Rp 80.000\nBalancing\nRp 60.000\n"
    offerings = ["ganti aki", "spooring", "balancing"]
    assert _flags(brief, [("Spooring", "Harga: Rp 60.000.")], offerings) == [
        'card "Spooring" shows "Rp 60.000", which the brief says of "balancing"']
    assert not _flags(brief, [("Balancing", "Harga: Rp 60.000.")], offerings)


def test_an_unpriced_item_after_priced_siblings_does_not_take_their_price():
    brief = "Sambal Mbok Darmi: sambal bawang 30rb, sambal ijo 35rb, sambal roa juga ada. WA 0812 3456 7005"
    offerings = ["sambal bawang", "sambal ijo", "sambal roa"]
    assert _flags(brief, [("Sambal Roa", "Harga: 35rb.")], offerings)
    # before the amount, in the same sentence, it may share it ("kaos, kemeja 50rb")
    before = "Sambal Mbok Darmi: sambal roa, sambal ijo 35rb. WA 0812 3456 7005"
    assert not _flags(before, [("Sambal Roa", "Harga: 35rb.")], offerings)

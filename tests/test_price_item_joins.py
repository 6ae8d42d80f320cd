"""The item a price binds to is the one said in its own line or list item, before it: items joined by "+" are
priced together, a word broken across two lines is one word, an item right before a bracketed price or before a
"with" phrase that tells of it is the price's own, and "starts at" is no part of the item
(price_item_joins.py, broken_words.py read by pasted.py)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.broken_words import joined_broken_words
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _prices(brief: str) -> dict[str, str]:
    return {f.subject.lower(): f.value for f in parse_brief(brief).facts if f.kind == "price"}


def test_items_joined_by_a_plus_are_priced_together():
    prices = _prices("Sewa alat pesta Kencana, Kendari: kursi lipat 4rb/biji, panggung 4x6 + karpet merah mulai "
                     "900rb, kamera 24mp + tripod 175rb/hari. WA 0812 7000 1122")
    assert "karpet merah" not in prices and "tripod" not in prices
    assert any(s.startswith("panggung") and s.endswith("+ karpet merah") for s in prices)
    assert any(s.startswith("kamera") and s.endswith("+ tripod") for s in prices)


def test_an_item_with_its_own_price_before_the_plus_keeps_its_own():
    prices = _prices("Warung Bu Tini: nasi uduk 12rb + teh manis 4rb, gorengan 2rb. WA 0813 2222 3344")
    assert prices.get("nasi uduk") == "12rb"
    assert not any(s.startswith("nasi uduk +") for s in prices)


def test_a_word_broken_across_two_lines_is_one_word():
    brief = ("LAUNDRY BERSIH JAYA\nCuci Ker-\ning .... Rp 6.000/kg\nSetrika Sa-\nja .... Rp 4.000/kg\n"
             "Boneka .... Rp 20.000\nWA 0813 1111 2222")
    prices = _prices(brief)
    assert "setrika saja" in prices and "ja" not in prices
    assert "cuci kering" in prices
    assert joined_broken_words("Jakarta-\nBandung, - nasi box") == "Jakarta-\nBandung, - nasi box"


def test_the_item_before_a_bracketed_price_is_the_price_s_own():
    prices = _prices("Kebun Teh Sari, Malang. Oolong leaves (IDR 120,000 per 100 g), jasmine tea bags "
                     "(IDR 45,000) and factory visits. WhatsApp 0812 5555 6666")
    assert prices.get("oolong leaves", "").startswith("IDR 120,000")
    assert prices.get("jasmine tea bags") == "IDR 45,000"


def test_a_with_phrase_that_tells_of_the_item_and_starts_at_are_not_the_item():
    prices = _prices("Tenang Pet Rest in Malang: private cremation with the ashes sealed in a ceramic jar starts at "
                     "IDR 900,000; group cremation IDR 400,000. WhatsApp 0812 3333 4444")
    assert "private cremation" in prices
    assert not any("jar" in s or "starts" in s for s in prices)


def test_a_card_of_what_comes_with_the_item_never_shows_the_joined_price():
    from tapsite_pipeline.providers.offline_rules.copy.price_owner import names_other_item
    assert names_other_item("Kartu Ucapan", "hampers + kartu ucapan")
    assert not names_other_item("Hampers 3 Toples", "hampers + kartu ucapan")
    assert not names_other_item("Proyektor", "proyektor + layar")


def test_a_slash_between_two_words_sets_out_variants_of_one_item():
    prices = _prices("Toko Jilbab Annisa, Sumenep\nTunik linen S/M/L 145rb\nKos putra/putri 400rb/bulan\n"
                     "Sewa mobil 500k/day / bus 2jt/day\nWA 0819 2222 7788")
    assert "l" not in prices and "putri" not in prices
    assert any(s.startswith("tunik linen") for s in prices)
    assert any("putra/putri" in s for s in prices)
    assert "bus" in prices  # the slash after an amount's unit still breaks


def test_talk_after_the_item_and_a_count_before_a_bracket_stay_out_and_in():
    prices = _prices("Jamur Pak Eko di Kepahiang: baglog 3rb/biji, keripik jamur jg ada 15rb/bks. "
                     "Lomba lari: kategori 10K (200rb), kategori 5K (120rb). WA 0821 1111 2222")
    assert prices.get("keripik jamur") == "15rb/bks"
    assert "kategori 10k" in prices


def test_a_word_cut_by_the_reading_window_is_never_the_item():
    from tapsite_pipeline.providers.offline_rules.price_item_joins import whole_words_before
    lower = "rakit pc gaming udah lancar valorant 200 fps paket rakitan mulai 5jt"
    pos = lower.index("mulai")
    assert whole_words_before(lower, pos, 40).split()[0] in ("lancar", "valorant")
    assert whole_words_before("sewa tenda mulai", 11, 40) == "sewa tenda "

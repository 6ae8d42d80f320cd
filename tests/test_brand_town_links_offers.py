"""Brand names from briefs nobody here wrote: a town written straight into the name after "di", an account given
only as a link to the owner's page, and a flyer's offer line over the name. Every brief is written for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_town import placed_after, town_in_name, trade_named
from tapsite_pipeline.providers.offline_rules.handle_names import account_name

pytestmark = pytest.mark.unit


def _brand(brief: str) -> str:
    return parse_brief(brief).brand_name


# ---- "di X Kebumen bisa …": a town written straight after the name, the sentence going on, is the name's
@pytest.mark.parametrize("brief,brand", [
    ("Halo min, di Servis HP Cepat Mandiri Kebumen bisa ganti LCD dan baterai, cek gratis. WA 0812 1111 2222",
     "Servis HP Cepat Mandiri Kebumen"),
    ("Pesan nasi kotak di Dapur Ayu Purwokerto aja kak, mulai 20rb per kotak. WA 0812 1111 2222",
     "Dapur Ayu Purwokerto"),
])
def test_town_straight_after_name_stays(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


# ... but a town set off by a comma, or closing the sentence after "di", says where the business is
@pytest.mark.parametrize("brief,brand", [
    ("di Toko Bangunan Maju Jaya, Purwokerto tersedia semen, pasir dan besi beton.", "Toko Bangunan Maju Jaya"),
    ("sy bikin tas anyaman pandan, dompet, topi, di Galeri Anyam Lestari Purwokerto. warna hijau", "Galeri Anyam Lestari"),
    ("Kue lapis dan bolu kukus, pesan di Dapur Ayu di Purwokerto ya kak.", "Dapur Ayu"),
])
def test_town_set_off_or_closing_is_where(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_town_in_name_reads_the_run() -> None:
    text = "di Toko Roti Senja Kebumen bisa pesan"
    s, e = text.index("Toko"), text.index(" bisa")
    a = text.index("Kebumen")
    assert town_in_name(text, s, a, e, e)
    closing = "di Toko Roti Senja Kebumen. bisa pesan"
    assert not town_in_name(closing, s, a, closing.index("."), closing.index("."))
    one_word = "di Senja Kebumen bisa pesan"  # one word before the town names nothing on its own
    assert not town_in_name(one_word, 3, one_word.index("Kebumen"), one_word.index(" bisa"), one_word.index(" bisa"))
    assert placed_after("Toko Roti Senja, Kebumen", len("Toko Roti Senja"))
    assert not placed_after("Toko Roti Senja buka", len("Toko Roti Senja"))


# ---- an account given only as a link to the owner's page: its handle names the business
@pytest.mark.parametrize("lower,name", [
    ("linktr.ee/ayamgeprekmantul\nayam geprek 12rb", "Ayam Geprek Mantul"),
    ("cek katalog: https://instagram.com/rajut.nenek.sari ya", "Rajut Nenek Sari"),
    ("order di lynk.id/kopi_teras_senja", "Kopi Teras Senja"),
    ("tiktok.com/@dapur.bunda.rara buat resep", "Dapur Bunda Rara"),
])
def test_link_handle_names(lower: str, name: str) -> None:
    assert account_name(lower) == name


@pytest.mark.parametrize("lower", [
    "instagram.com/p/xyz",            # a post's path, not a handle that comes apart into words
    "linktr.ee/budisantoso",          # a person's name, no words a lexicon knows
    "lihat foto di drive.google.com/kopiteras",  # not a link page or a platform profile
])
def test_link_without_a_name(lower: str) -> None:
    assert account_name(lower) is None


def test_brief_named_only_by_its_link() -> None:
    got = parse_brief("linktr.ee/ayamgeprekmantul\nAyam geprek sambal bawang 12rb, es teh 3rb. Pesan lewat link di atas.")
    assert got.brand_name == "Ayam Geprek Mantul"


def test_name_in_words_wins_over_link() -> None:
    got = parse_brief("Cek menu kami di linktr.ee/sambalmakijah ya kak. Warung Sambal Mak Ijah, sambal bawang, ayam penyet.")
    assert got.brand_name == "Warung Sambal Mak Ijah"


# ---- a flyer's offer line with a percentage is never the name
@pytest.mark.parametrize("brief,brand", [
    ("DISKON 20% SEMUA KAIN!\nGriya Batik Ayu\nbatik tulis, batik cap, kemeja batik pria\nJl. Melati 5 Solo",
     "Griya Batik Ayu"),
    ("SALE 50% OFF\nToko Sepatu Langkah, sneakers dan sandal kulit. Bandung.", "Toko Sepatu Langkah"),
])
def test_percent_offer_is_not_the_name(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_heading_without_percent_unchanged() -> None:
    assert _brand("PROMO AKHIR BULAN!\nKedai Nusa\nNasi goreng 15rb, mie goreng 15rb, es jeruk 5rb.") == "Kedai Nusa"


# ---- "di Sablon Kilat aja kak": a run after "di" that opens on a trade word names the business, not a place
@pytest.mark.parametrize("brief,brand", [
    ("Order kaos sablon di Sablon Kilat aja kak, minimal 12 pcs, 45rb/pcs.", "Sablon Kilat"),
    ("Cukur rambut cuma 20rb di Pangkas Rambut Rapi, buka jam 9-21.", "Pangkas Rambut Rapi"),
    ("Belajar bikin mangkok di Keramik Tanah Liat yuk, kelas 2 jam 250rb.", "Keramik Tanah Liat"),
])
def test_trade_named_run_after_di(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_trade_named_reads_words() -> None:
    trades = frozenset({"sablon", "hotel", "kopi"})
    assert trade_named("Sablon Kilat", trades)
    assert not trade_named("Hotel Santika", trades)     # a venue where things are held
    assert not trade_named("Kopi Bandung", trades)      # a known place inside: where
    assert not trade_named("Sablon", trades)            # one word names nothing alone
    assert not trade_named("Melati Indah", trades)      # no trade word to go by


def test_venue_after_di_is_not_the_name() -> None:
    got = parse_brief("Kami Sanggar Tari Lestari, latihan tiap Minggu di Gedung Serbaguna Cempaka, biaya 100rb/bulan.")
    assert got.brand_name == "Sanggar Tari Lestari"

"""Shop bios (marketplace or chat): the shop a bio welcomes one to is its name, a name written as a web domain is kept
whole (capitals become "Xxx.id"); a season ("Okt-Jan"), a festival's
run-up with its year ("Menjelang Natal 2026") and a title in capitals saying only what is sold over the shop's name
are no names. Every brief here is new wording (not dataset rows), and each mechanism is tested both ways."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_bio import domain_cased, goods_title, welcomed
from tapsite_pipeline.providers.offline_rules.brand_titles import is_season

pytestmark = pytest.mark.unit


def _brand(brief: str) -> str:
    return parse_brief(brief).brand_name


# ---- a welcome names the shop; a domain-shaped name is kept whole
@pytest.mark.parametrize("brief,brand", [
    ("Halo kak, selamat datang di KILAPHELM.ID 🪖 jasa cuci helm & ganti busa, kirim dari mana saja. "
     "cuci standar 40rb, cuci + busa 95rb. wa 0812 7700 1234", "Kilaphelm.id"),
    ("Welcome to CetakKilat.com 🖨️ fast sticker printing, ships nationwide. 100 stickers 45k. chat us first",
     "CetakKilat.com"),
    ("Selamat datang di Sambal Mak Odah 🌶️ sambal bawang 25rb, sambal cumi 45rb. Follow toko kami ya",
     "Sambal Mak Odah"),
])
def test_the_shop_a_bio_welcomes_one_to(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_a_welcome_to_a_place_names_no_shop() -> None:
    assert welcomed("Welcome to Lombok! We are Pantai Biru Surf Camp, lessons daily") is None
    assert _brand("Welcome to Lombok! We are Pantai Biru Surf Camp, lessons daily") == "Pantai Biru Surf Camp"


def test_a_welcome_to_lower_case_words_names_nothing() -> None:
    assert welcomed("you are welcome to watch the potters at work, Toko Gerabah Kasongan") is None


def test_domain_casing() -> None:
    assert domain_cased("BATIKRIA.CO.ID") == "Batikria.co.id"
    assert domain_cased("KopiKita.id") == "KopiKita.id"      # the owner's own styling stays
    assert domain_cased("TOKO RIA") == "TOKO RIA"            # no domain: left to the other rules


# ---- a season or a festival's run-up is no name
def test_a_season_is_no_name() -> None:
    assert is_season("Okt-Jan") and is_season("Apr – Nov") and is_season("2577")
    assert not is_season("Oktober Coffee") and not is_season("Jan Bakery")
    got = _brand("PANEN MANGGA SUDAH TIBA. Kebun Mangga Pak Darto, Indramayu, buka Okt-Jan aja. "
                 "petik sendiri 30rb/kg. wa 0813 2222 1111")
    assert got == "Kebun Mangga Pak Darto"


def test_a_festival_run_up_heading_is_no_name() -> None:
    got = _brand("Menjelang Natal 2026 🎄 Toko Roti Maria Kupang buka pesanan kue natal: nastar 90rb, "
                 "putri salju 85rb. wa 0812 3300 4455")
    assert got == "Toko Roti Maria Kupang"


def test_a_name_with_a_month_word_stays() -> None:
    assert _brand("Oktober Kopi Bandung jual kopi susu 18rb dan kopi hitam 12rb, wa 0812 1111 2222") == "Oktober Kopi Bandung"


# ---- a title in capitals saying what is sold, over the shop's name, is no name
def test_a_goods_title_over_the_shop_name() -> None:
    brief = "🔧 SERVIS LAPTOP MURAH 🔧\n💻 Bengkel Laptop Ajis Pangkalpinang 💻\n✅ install ulang 75k\n✅ ganti keyboard 250k"
    assert _brand(brief) == "Bengkel Laptop Ajis Pangkalpinang"


def test_a_capital_title_that_is_a_name_stays() -> None:
    # no other name in the bio: the title is all there is
    brief = "🔧 SERVIS LAPTOP MURAH 🔧\n✅ install ulang 75k\n✅ ganti keyboard 250k"
    text = "SERVIS LAPTOP MURAH . install ulang 75k"
    assert not goods_title(text, 0, len("SERVIS LAPTOP MURAH"))
    assert _brand(brief) != "Bengkel Laptop Ajis Pangkalpinang"
    # a name in capitals with a word of its own is a name, not a title
    assert _brand("⭐ KEDAI SENJA RAYA ⭐\nKopi Susu Gula Aren 20k\nwa 0812 4444 5555") == "KEDAI SENJA RAYA"


def test_a_name_with_a_season_word_but_no_arrival_stays() -> None:
    text = "MUSIM SEMI FLORIST . Toko Bunga Ani Malang ."
    assert not goods_title(text, 0, len("MUSIM SEMI FLORIST"))
    assert goods_title("MUSIM SALAK SUDAH TIBA . Kebun Salak Pak Made .", 0, len("MUSIM SALAK SUDAH TIBA"))


# ---- an admin or agent writes for a member: the member's business, not the member, is the brand
@pytest.mark.parametrize("brief,brand", [
    ("Hello, admin of the Sanur Potters group here, helping our member Ibu Komang, her business is Tanah Liat Komang, "
     "mugs 85k, plates 120k. WA 0812 6060 7070", "Tanah Liat Komang"),
    ("Writing for our client Pak Yusuf: his workshop is Yusuf Rattan Works in Cirebon, rattan chairs from 900k. "
     "WA 0813 2020 3030", "Yusuf Rattan Works"),
])
def test_a_member_business_named_by_the_writer(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_our_member_without_a_business_name_stays_the_person() -> None:
    # no business named: the member goes by their name (and "our member" is no cue for a name)
    assert _brand("Posting for our member Bu Sinta who bakes bolu in Depok, bolu pandan 60k. WA 0812 1010 2020") \
        == "Bu Sinta"
    # the owner's own "our" still introduces the business
    assert _brand("Hi, our bakery Roti Senja Depok bakes bolu pandan 60k. WA 0812 1010 2020") == "Roti Senja Depok"

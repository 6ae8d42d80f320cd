"""A news item forwarded to a channel (providers/offline_rules/news_report.py) is refused by the brief check; an
owner who mentions the news beside an offer is not. Texts invented for this test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import prepared_text
from tapsite_pipeline.providers.offline_rules.news_report import reads_as_news
from tapsite_pipeline.providers.offline_rules.sense import business_check
from tapsite_pipeline.providers.offline_rules.text import clean

pytestmark = pytest.mark.unit

NEWS = [
    "Harga bawang merah di Pasar Legi Solo naik jadi Rp 48.000/kg minggu ini, pedagang menyebut panen di Brebes gagal",
    "Rice prices at wholesale markets in Surabaya rose 12 percent this month, traders said, after a dry season",
    "BMKG memperingatkan gelombang tinggi di selatan Jawa sepekan ke depan, nelayan diminta tidak melaut, ujar petugas",
    "Police said the night market on Jalan Malioboro will close early on Saturday, according to a city official",
]
OWNERS = [
    "Harga cabai lagi naik, tapi sambal kami tetap 20rb per botol ya kak. Sambal Bu Yati, Solo, pesan WA 0812 3344 5566",
    "Rice prices rose this month, but our warung keeps nasi campur at 25k. Warung Made, Jalan Raya Ubud, open daily",
    "Kata pelanggan, kopi kami paling enak se-Malioboro 😄 Kopi Joss Pak Min buka jam 6 sore sampai jam 2 pagi",
]


@pytest.mark.parametrize("text", NEWS)
def test_a_news_item_is_refused(text: str) -> None:
    assert reads_as_news(clean(prepared_text(text)).lower())
    assert business_check(prepared_text(text)) is not None


@pytest.mark.parametrize("text", OWNERS)
def test_an_owner_speaking_of_the_news_is_not(text: str) -> None:
    assert not reads_as_news(clean(prepared_text(text)).lower())
    assert business_check(prepared_text(text)) is None

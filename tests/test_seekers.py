"""Who speaks (providers/offline_rules/seekers.py): a customer asking others for a seller or a service is refused by
the brief check; an owner who opens with the same question and answers it is not. Texts invented for this test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.seekers import asks_for_seller
from tapsite_pipeline.providers.offline_rules.sense import business_check
from tapsite_pipeline.providers.offline_rules.text import clean

pytestmark = pytest.mark.unit

SEEKERS = [
    "Permisi min, ada yg tau tukang las yg rapi & amanah di sekitar Cileungsi? pagar rumah udah karatan. info di komen ya",
    "bund minta rekomendasi catering aqiqah yg enak di Sleman dong, budget 2jt an 🙏",
    "minta rekomendasi bengkel motor matic di Depok dong, motor aku bunyi terus tiap digas",
    "Numpang tanya, yg jual bibit alpukat aligator di Malang dmn ya? buat ditanam di kebun",
    "Can anyone recommend an honest plumber around Kemang? Our kitchen sink has been leaking since Sunday.",
    "Does anyone know where to buy fresh tempeh in Perth? Drop names in the comments please!",
    "Best place to get a cheap laptop screen replacement in Bandung? mine cracked yesterday 😭",
    "ada yg jual tahu bulat di sekitar Ciputat ga? anakku pengen banget dari kemarin",
    "ada yg punya kenalan guru les piano buat anak 7 th di daerah Bintaro? spill di komen ya ibu2",
]
OWNERS = [
    "Ada yg tau tukang las rapi & amanah di Cileungsi? Ya kami! Las Jaya terima pagar, kanopi, teralis. WA 0812 7788 1122",
    "Bingung cari catering aqiqah di Sleman? Dapur Bu Rini melayani paket aqiqah kambing mulai 2,5jt, pesan H-7",
    "Lagi cari bengkel motor matic di Depok? Bengkel kami buka tiap hari jam 8-17, servis CVT dan ganti oli",
    "ada yang mau tahu bulat anget? kami jual tiap sore di depan pasar Ciputat, 5rb dapet 10",
    "Ada yang mau bibit alpukat aligator? Kami jual bibit okulasi tinggi 80 cm, kirim ke seluruh Jawa",
    "Looking for an honest plumber around Kemang? Call us — Pipa Prima fixes leaks, drains and water heaters.",
    "Anyone know where to buy fresh tempeh in Perth? We make it every week: Tempeh Mama, order by Thursday.",
    "Need a laptop screen replacement in Bandung? I fix screens and keyboards the same day, jalan Dago 12",
    "Ada yg tau bedanya kopi arabika & robusta? Di Kedai Kopi Senja kamu bisa cobain dua-duanya, Jl. Kaliurang km 5",
]


@pytest.mark.parametrize("text", SEEKERS)
def test_a_customer_asking_for_a_seller_is_refused(text: str) -> None:
    assert asks_for_seller(clean(text).lower(), text)
    assert business_check(text) is not None


@pytest.mark.parametrize("text", OWNERS)
def test_an_owner_who_asks_the_same_question_is_not(text: str) -> None:
    assert not asks_for_seller(clean(text).lower(), text)
    assert business_check(text) is None

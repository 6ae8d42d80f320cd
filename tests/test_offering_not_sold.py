"""No card that is not something the business sells: greetings and calls to action, verb forms and scraps, land and
water names and places listed with them, what a monitor measures, features of the product, institutions served,
seasons, what a package holds and what is ruled out. Briefs written for each class (none copied from a dataset)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.offer_words import is_place
from tapsite_pipeline.providers.offline_rules.roles import is_offering

pytestmark = pytest.mark.unit

WA = " WA 0812-3456-7788"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


@pytest.mark.parametrize("brief, greeting", [
    ("yuk bun, les renang anak & dewasa di kolam Tirta, Sleman", "yuk bun"),
    ("mangga kadieu! jual peuyeum, tape ketan, dan dodol garut", "mangga kadieu"),
    ("sugeng rawuh, jual wedang uwuh dan jahe merah bubuk di Imogiri", "sugeng rawuh"),
])
def test_a_welcome_or_a_call_to_come_is_no_card(brief, greeting):
    products = _products(brief)
    assert products
    assert not any(greeting in p for p in products)


@pytest.mark.parametrize("phrase", ["daftarkan anakmu", "hubungilah kami", "pesankan sekarang", "book early",
                                    "order today"])
def test_an_imperative_is_no_offering(phrase):
    assert not is_offering(phrase)


@pytest.mark.parametrize("phrase", ["masakan padang", "ikan koi", "cetakan kue", "early childhood classes"])
def test_nouns_that_only_look_like_imperatives_still_offer(phrase):
    assert is_offering(phrase)


def test_a_participle_clause_after_the_business_is_no_card():
    products = _products("Kayu Jati Nusantara is a furniture maker in Jepara, operating with 40 carvers since 1998. "
                         "We make teak benches, carved headboards and mirror frames.")
    assert "operating" not in products
    assert "teak benches" in products


def test_the_subject_of_a_passive_clause_is_no_card_but_a_list_before_it_stays():
    products = _products("Kami menjual pompa air, selang taman, dan filter akuarium. Perbaikan dan pengecekan "
                         "dilakukan di bengkel kami.")
    assert not any("dilakukan" in p for p in products)
    assert "pompa air" in products


@pytest.mark.parametrize("tail", ["bisa kirim ke", "siap antar untuk"])
def test_a_phrase_cut_before_its_object_is_no_card(tail):
    products = _products(f"jual bakso frozen, cilok, dan siomay. {tail} Bekasi, Depok")
    assert all(p.split()[-1] not in ("ke", "untuk", "to", "for") for p in products)


@pytest.mark.parametrize("phrase", ["Kanawa island", "pulau Padar", "Sembalun highlands", "Benoa harbour",
                                    "bukit Sikunir"])
def test_a_name_and_its_land_or_water_is_a_place(phrase):
    products = _products(f"We run snorkeling trips and island hopping around Labuan Bajo, {phrase} & Rinca.")
    assert not any(phrase.lower() in p for p in products)
    assert "rinca" not in products


def test_a_known_place_with_its_side_is_a_place():
    assert is_place("lombok timur") and is_place("west bali")
    assert not is_place("bolu timur")


@pytest.mark.parametrize("phrase", ["suhu", "salinitas", "ph", "kekeruhan", "water temperature", "humidity"])
def test_what_a_monitor_measures_is_no_offering(phrase):
    assert not is_offering(phrase)


@pytest.mark.parametrize("phrase", ["ph meter", "sensor suhu", "temperature logger", "pressure washing"])
def test_the_device_that_measures_is_an_offering(phrase):
    assert is_offering(phrase)


def test_features_of_a_website_are_no_cards():
    products = _products("I design online shops for batik sellers: booking calendars, multi-language, WhatsApp "
                         "button. Shop setup from IDR 6jt.")
    assert "booking calendars" not in products and "multi-language" not in products


def test_institutions_served_are_no_cards():
    products = _products("We install solar water pumps for villages, churches and mosques in Sumba.")
    assert not any(p in ("churches", "mosques", "villages") for p in products)


def test_a_season_or_a_feast_said_as_a_time_is_no_card():
    products = _products("Menjelang Lebaran dan Natal, kami jual parsel buah dan kue kering.")
    assert not any(p.startswith(("menjelang", "lebaran", "natal")) for p in products)
    assert "parsel buah" in products


def test_what_a_package_holds_after_its_name_is_no_card():
    products = _products("sewa alat pesta di Cilacap. ada paket khitanan: panggung 3x4 + 40 kursi + organ tunggal "
                         "1,8jt.")
    assert "paket khitanan" in products
    assert not any("panggung" in p or "organ" in p for p in products)


def test_what_a_price_note_includes_is_no_card():
    products = _products("Sewa motor Scoopy 80rb/hari (helm & jas hujan incl.), antar ke hotel.")
    assert "jas hujan" not in products and "helm" not in products


def test_what_is_not_allowed_is_no_card():
    products = _products("Villa Sawah disewakan untuk liburan keluarga, juga jual kopi robusta. "
                         "Karaoke tidak diizinkan setelah jam 10 malam.")
    assert "karaoke" not in products


def test_a_property_said_with_ber_ends_the_name():
    products = _products("kami menyewakan tenda dome berkapasitas 6 orang, matras, dan kompor portable")
    assert "tenda dome" in products
    assert not any("berkapasitas" in p for p in products)

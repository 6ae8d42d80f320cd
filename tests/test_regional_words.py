"""Briefs that mix regional words into Indonesian (Minang, Banjar, Javanese, Sundanese, Betawi): their function
words are read as their Indonesian twins, and what is read is spelt back in the owner's words. All wordings here
are our own, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.intent import brand_and_place
from tapsite_pipeline.providers.offline_rules.regional import in_indonesian, in_owner_words

pytestmark = pytest.mark.unit


def test_a_self_introduction_in_minang_names_the_business_not_the_owner() -> None:
    text = ("Assalamualaikum dunsanak, ambo Uda Rizal dari Sanggar Songket Pandai Sikek. Manarimo pesanan songket "
            "balapak, selendang songket, jo kain sarung tenun. WA 0812 6600 1122")
    it = parse_brief(text)
    assert it.brand_name != "Uda Rizal" and "Songket Pandai Sikek" in it.brand_name
    assert brand_and_place(text)[0] == it.brand_name


@pytest.mark.parametrize("text, items", [
    ("Katering Bu Inah Banjarmasin, terima pesanan nasi kuning wan soto banjar gasan acara kantor. wa 0857 1000 2000",
     ["nasi kuning", "soto banjar"]),
    ("Sugeng rawuh, Sanggar Laras Budoyo nyewakake gamelan jangkep lan sound system kanggo manten. WA 0813 2000 3000",
     ["gamelan jangkep", "sound system"]),
])
def test_regional_conjunctions_join_the_items_of_a_list(text: str, items: list[str]) -> None:
    products = parse_brief(text).products
    assert all(i in products for i in items)
    assert not any(w in p.split() for p in products for w in ("wan", "lan", "dan"))


def test_what_is_read_keeps_the_owners_words() -> None:
    text = "Omah Batik Sekar, jual batik tulis lan batik cap, regi mulai 150rb. WA 0812 3000 4000"
    said, pairs = in_indonesian(text)
    assert "batik tulis dan batik cap" in said and ("regi", "harga") in pairs
    assert in_owner_words("harga mulai 150rb", text, pairs) == "regi mulai 150rb"
    assert in_owner_words("batik tulis", text, pairs) == "batik tulis"


@pytest.mark.parametrize("text", [
    "Rumah Makan Ambo Jaya, jual nasi padang dan rendang. WA 0812 1111 2222",   # a name that holds the word
    "Warung Nasi Ibu, pesan jo.",                                                 # Manado "jo" closes a sentence
    "Garlic nan and butter chicken at Spice Route Ubud",                          # naan bread, not Minang "yang"
])
def test_names_and_lookalikes_are_left_as_written(text: str) -> None:
    said, _ = in_indonesian(text)
    assert said == text


def test_a_pronoun_before_a_verb_stays_the_owners() -> None:
    said, pairs = in_indonesian("Ambo jahit baju kurung dan kebaya, Jahit Rapi Amak Ros")
    assert said.startswith("Ambo jahit") and not pairs

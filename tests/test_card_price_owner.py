"""A card shows a price only when the owner said it of that card's item: never one said of a sibling that shares a
word with it ("pool cleaning 250k" under "Weekly Cleaning", "paket A 150rb" under "Paket Styling"); the price no card
takes is still on the page, on a line of its own. And a timed package's amount with its unit ("trekking 2 hours
150k/person") leaves neither a "person" card nor the next item of its list behind. Invented briefs."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Fact
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.factcopy import price_for
from tapsite_pipeline.providers.offline_rules.copy.price_owner import names_other_item
from tapsite_pipeline.providers.offline_rules.copy.sections import write_section

pytestmark = pytest.mark.unit

WA = {"whatsapp": "6281234567890"}


@pytest.mark.parametrize("product, subject", [
    ("weekly cleaning", "pool cleaning"),          # a sibling: each has a word of its own
    ("group lesson", "private lesson"),
    ("sarung kursi", "kursi tiffany"),
    ("paket styling", "paket a"),                   # a label after a package word names one package
    ("abon tuna pedas", "abon tuna original"),      # two variants
    ("kambing betina", "kambing jantan tipe a"),
])
def test_a_siblings_subject_names_another_item(product, subject):
    assert names_other_item(product, subject)


@pytest.mark.parametrize("product, subject", [
    ("weekly housekeeping", "weekly service"),      # a generic word for the same item
    ("foto keluarga", "paket keluarga"),
    ("batik tulis", "batik"),                       # the family's price
    ("siomay", "siomay ikan tenggiri isi 20"),      # the item said in more words
    ("feeding the elephants", "elephants at the camp"),  # where it is, after "at"
    ("podcast room", "room with two mics"),         # what it comes with
    ("keripik singkong", "keripik singkong 250 gr"),  # its size
    ("sewa tenda", "tenda"),
])
def test_the_items_own_subject_in_other_words(product, subject):
    assert not names_other_item(product, subject)


def test_price_for_skips_a_siblings_price_and_keeps_its_own():
    facts = (Fact(kind="price", value="250k", subject="pool cleaning"),
             Fact(kind="price", value="350k", subject="weekly cleaning"))
    assert price_for("weekly cleaning", facts) == "350k"
    assert price_for("weekly cleaning", facts[:1]) is None
    assert price_for("pool cleaning", facts) == "250k"


def _products_section(brief: str, products: list[str]) -> dict:
    intent = parse_brief(brief)
    intent = intent.model_copy(update={"products": products})
    return write_section("products", intent, WA).model_dump()


def test_a_card_never_shows_a_siblings_price_and_the_price_stays_on_the_page():
    brief = "Bersih Jaya Depok: cuci karpet 15rb/m2, cuci kasur, cuci sofa 50rb/seat. WA 0812 3456 7890"
    sec = _products_section(brief, ["cuci karpet", "cuci kasur"])  # the sofa is no card
    cards = {i["title"]: i["description"] for i in sec["items"]}
    assert "50rb" not in cards["Cuci Kasur"] and "50rb" not in cards["Cuci Karpet"], cards
    assert "15rb" in cards["Cuci Karpet"], cards
    assert "50rb" in sec["body"], sec["body"]  # the sofa's price, said on a line of its own


@pytest.mark.parametrize("brief, want", [
    ("Wisata Bukit Lawang: jungle trekking 3 hours 250k/person, rafting 120k. WA 0812 3456 7891",
     ["jungle trekking", "rafting"]),
    ("Trip Danau Toba: keliling pulau 2 jam 400rb/orang, sewa kano 50rb, sepeda 30rb. WA 0812 3456 7892",
     ["keliling pulau", "sewa kano", "sepeda"]),
])
def test_a_timed_package_per_person_keeps_the_next_item_and_makes_no_person_card(brief, want):
    products = parse_brief(brief).products
    assert all(w in products for w in want), products
    assert not {"person", "orang"} & set(products), products


def test_variants_told_apart_by_a_quality_word_keep_it_in_their_price_subject():
    brief = ("Sambal Nyonya Lie, Cirebon\n✅ Sambal roa original Rp38.000\n✅ Sambal roa pedas Rp40.000\n"
             "✅ Sambal cumi Rp45.000\nWA 0812 3456 7893")
    subjects = {f.value: f.subject for f in parse_brief(brief).facts if f.kind == "price"}
    assert subjects["Rp38.000"] == "sambal roa original" and subjects["Rp40.000"] == "sambal roa pedas", subjects
    # one price of the item: the quality word said before the amount stays out of what it is for
    one = "Warung Bu Tin: nasi box enak 25rb, es teh 5rb. WA 0812 3456 7894"
    assert {f.subject for f in parse_brief(one).facts if f.kind == "price"} >= {"nasi box"}


def test_a_price_said_of_an_item_for_a_size_is_the_items():
    brief = "Kilap Villa Service: pool care for a 3-bedroom villa 400k, garden care 300k. WA 0812 3456 7895"
    subjects = {f.subject for f in parse_brief(brief).facts if f.kind == "price"}
    assert "pool care" in subjects and not any(s.startswith("for ") for s in subjects), subjects

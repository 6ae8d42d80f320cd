"""An owner who runs several businesses and says which one the page is for: the other businesses of the list are no
cards and say nothing of what the business is; the chosen one and the goods the brief lists stay. Wordings written
for the rule (other trades, towns and names than any dataset row), with lookalikes it must leave alone: a business
and its goods, a page for all of them, and a page for a business the list does not hold."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.other_businesses import businesses_owned, other_businesses

pytestmark = pytest.mark.unit

WA = " WA 0812-3456-7788"


def _parse(brief: str):
    return parse_brief(brief + WA)


def _said(lower: str, spans) -> list[str]:
    return [lower[a:b].strip() for a, b in spans]


@pytest.mark.parametrize("brief, others, kept", [
    ("I run 3 things in Ternate: a boat charter desk, a print shop and a small noodle stall. only need the site for "
     "the noodle stall pls. mie cakalang 25k, mie kuah 20k, es jeruk 8k.",
     ["a boat charter desk", "a print shop"], "a small noodle stall"),
    ("I own a pet shop, a nail salon and a bakery. This site is for the nail salon only. gel manicure 150k, nail "
     "art, pedicure.", ["a pet shop", "a bakery"], "a nail salon"),
    ("usaha saya ada 2, bengkel las sama kedai bakso, yang mau dibikinin web kedai bakso-nya aja. bakso urat 15rb, "
     "mie ayam 12rb", ["bengkel las"], "kedai bakso"),
    ("gw punya dua bisnis: rental PS dan warung kopi. web ini khusus untuk rental PS doang. PS4 5rb/jam",
     ["warung kopi"], "rental ps"),
])
def test_the_businesses_the_page_is_not_for_are_masked(brief, others, kept):
    lower = brief.lower()
    assert _said(lower, other_businesses(lower)) == others
    assert kept in _said(lower, businesses_owned(lower))


@pytest.mark.parametrize("brief", [
    "I have a bakery selling sourdough, croissants and bagels. The website is for the bakery only.",  # its goods
    "We run a surf school, a hostel and a cafe. Need one website for all three: lessons, dorm beds, smoothies.",
    "I own a laundry, a print shop and a juice bar, only need the site for my mum's bakery.",  # none of the list
    "saya punya 3 usaha: bengkel motor, toko kelontong dan kedai kopi. semuanya mau ditampilkan di web.",  # no choice
    "Kami jual kopi susu, americano dan roti bakar. Webnya khusus untuk kedai kopi kami.",  # no list of businesses
    "I have 2 kids, a boy and a girl, and only need the site for the girl's cake shop.",  # people, not businesses
])
def test_lookalikes_mask_nothing(brief):
    assert other_businesses(brief.lower()) == ()
    assert businesses_owned(brief.lower()) == ()


def test_another_business_is_no_card_of_the_chosen_one():
    brief = ("I run 3 things in Ende: a snorkel gear desk, a laundry and a little smoothie bar. only need the site for "
             "the smoothie bar pls. avocado smoothie 25k, mango lassi 22k, fruit bowl 30k." + WA)
    intent = parse_brief(brief, {"brand_name": "Ombak Smoothies", "language": "en"})
    assert intent.products == ["avocado smoothie", "mango lassi", "fruit bowl"]


def test_the_chosen_business_is_read_as_if_alone():
    several = _parse("I own a hardware store, a car wash and a small homestay. This website is for the homestay "
                     "only: 4 rooms with AC, breakfast included, 350k per night.")
    alone = _parse("I own a small homestay: 4 rooms with AC, breakfast included, 350k per night.")
    assert (several.business_type, several.niche) == (alone.business_type, alone.niche)
    assert not {"hardware store", "car wash"} & set(several.products)


def test_another_business_does_not_pull_the_niche():
    intent = _parse("I own a pet shop, a nail salon and a bakery in Sorong. This site is for the nail salon only. "
                    "gel manicure 150k, nail art 50k, pedicure 90k.")
    assert intent.niche == "salon"
    assert "pedicure" in intent.products


def test_the_words_that_choose_are_no_card():
    intent = _parse("we run 2 businesses in Bukittinggi: a coffee roastery and a small bike rental. only need the "
                    "page for the bike rental please. city bikes 50k/day, e-bikes 120k/day.")
    assert intent.niche == "rental"
    assert intent.products == ["city bikes", "e-bikes"]


def test_a_business_with_its_goods_keeps_them():
    intent = _parse("I have a bakery selling sourdough, croissants and bagels. The website is for the "
                    "bakery only.")
    assert "croissants" in intent.products and "bagels" in intent.products

"""Card classes seen on pages made from briefs by new writers, each pinned by briefs written for the class (other
names, trades and cities than any dataset row): variants of one dish or service joined by a tight slash, a
dash's tagline, the contents after "incl."/"termasuk", and a rental said without an offer verb."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit

WA = " WA 0812-3456-7890"


@pytest.mark.parametrize("brief, whole, gone", [
    ("Warung Bu Endah di Garut: soto babat/paru/limpa, nasi liwet, es cendol." + WA,
     "soto babat/paru/limpa", ["paru", "limpa"]),
    ("Kedai Mas Joko Sleman jual bakmi jawa goreng/godog dan nasi magelangan." + WA,
     "bakmi jawa goreng/godog", ["godog"]),
    ("jasa servis printer/scanner kantor di Cirebon, isi ulang tinta juga." + WA,
     "servis printer/scanner kantor", ["scanner kantor"]),
])
def test_a_tight_slash_joins_variants_of_one_offering(brief, whole, gone):
    products = parse_brief(brief).products
    assert whole in products, products
    assert not any(g in products for g in gone), products


@pytest.mark.parametrize("brief, items", [
    # the word after the slash names goods by itself: the slash lists two
    ("Toko Bu Lastri di Kebumen jual kaos/kemeja/jaket anak." + WA, ["kaos", "kemeja"]),
    # a spaced slash always lists
    ("Kedai Pakde Tarno: pecel lele / soto ayam / nasi rames, Purworejo." + WA, ["pecel lele", "soto ayam"]),
])
def test_a_slash_before_goods_or_a_spaced_slash_still_lists(brief, items):
    products = parse_brief(brief).products
    assert all(i in products for i in items), products


@pytest.mark.parametrize("brief, gone", [
    ("Sambal Roa Bu Tini Manado 200gr - Pedas Poll!! sambal roa, sambal bawang." + WA, "pedas poll"),
    ("Keripik Singkong Pak Darto 250gr - Gurih Abis! keripik singkong balado, keripik singkong original." + WA,
     "gurih abis"),
    ("Cilok Kang Dadan Tasik 20pcs – kenyal nampol!\ncilok kuah, cilok goreng." + WA, "kenyal nampol"),
])
def test_a_dash_tagline_of_praise_is_no_offering(brief, gone):
    products = parse_brief(brief).products
    assert gone not in products, products
    assert products, products


def test_a_dash_phrase_naming_goods_is_still_read():
    products = parse_brief("Toko Pak Dul Wonosari - kaos, kemeja!" + WA).products
    assert "kaos" in products and "kemeja" in products, products


@pytest.mark.parametrize("brief, kept, held", [
    ("Dive center di Bunaken: fun dive 600rb termasuk alat & makan siang, trip ke Siladen, sewa alat 150rb/hari." + WA,
     ["fun dive", "sewa alat"], ["makan siang"]),
    ("Paddle club in Sanur: sunrise SUP session 350k incl. board & guide, mangrove tours, SUP hire 120k/hour." + WA,
     ["sup hire"], ["guide"]),
])
def test_contents_after_incl_end_where_an_offering_with_its_own_price_follows(brief, kept, held):
    products = parse_brief(brief).products
    assert all(k in products for k in kept), products
    assert not any(h in products for h in held), products


@pytest.mark.parametrize("brief, held", [
    # no priced slot after them: a trip or a rental in the list is what the package holds
    ("Paket study tour Jogja 1,2jt/siswa sudah termasuk bus, hotel, trip ke Prambanan, dan sewa kostum." + WA,
     ["sewa kostum"]),
    # a bracketed note on a price holds conditions, not offerings
    ("Jasa admin olshop 2jt/bln (sudah termasuk balas chat, min kontrak 3 bln), desain feed 500rb." + WA,
     ["balas chat"]),
])
def test_contents_without_a_priced_offering_after_them_stay_contents(brief, held):
    products = parse_brief(brief).products
    assert not any(h in products for h in held), products


@pytest.mark.parametrize("brief, rental", [
    ("Guesthouse in Kuta Lombok with 6 rooms. Surfboard hire available, free breakfast." + WA, "surfboard hire"),
    ("Villa Sari in Canggu, 3 bedrooms with pool. If you need, rent a scooter from us." + WA, "scooter"),
])
def test_a_rental_said_without_an_offer_verb_is_an_offering(brief, rental):
    assert rental in parse_brief(brief).products


@pytest.mark.parametrize("brief, perk", [
    ("Bike shop in Ubud: service and spare parts, free bicycle rental for customers." + WA, "bicycle rental"),
    ("Camping ground Ranca Upas, tiket 25rb, sewa tenda 100rb, gratis sewa matras." + WA, "sewa matras"),
])
def test_a_free_rental_is_a_perk(brief, perk):
    products = parse_brief(brief).products
    assert not any(perk in p for p in products), products


def test_a_card_title_capitalises_each_variant_after_a_tight_slash():
    from tapsite_pipeline.providers.offline_rules.copy.util import title_case
    assert title_case("soto babat/paru/limpa") == "Soto Babat/Paru/Limpa"
    assert title_case("buka 24/7") == "Buka 24/7"

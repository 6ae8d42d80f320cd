"""What the page says the business is (issue 9, owner reads): handmade soaps and balms are cosmetics, not drinks;
a contractor or builder (interior fit-out included) is a home-services business, not a design studio; a surf or
kite camp that teaches is a course, not a travel agency; couriers, freight and movers are a neutral transport
service, not travel or home repair. Wordings are our own, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief", [
    "Kenanga Soapworks — handmade goat milk soaps, shampoo bars and lip balms from Malang",
    "Salt & Fern makes small-batch soap bars, bath bombs and whipped body butter in Sanur",
    "Gentle Bar Co. — natural deodorant, solid shampoo and beard oil, made by hand in Bogor",
    "Rumah Sabun Lereng bikin sabun mandi dari minyak zaitun, body scrub sama lip balm, kirim se-Jawa",
    "aku jualan sabun batang herbal dan deodoran alami, namanya Seger Alam, di Purwokerto",
])
def test_soaps_and_balms_are_cosmetics(brief):
    intent = parse_brief(brief)
    assert (intent.business_type, intent.niche) == ("retail", "cosmetics")


@pytest.mark.parametrize("brief", [
    "CV Tata Ruang Prima — kontraktor interior & renovasi kantor di Pekanbaru",
    "Ruang Sigap — interior fit out for cafes and clinics in Balikpapan",
    "Kontraktor interior dan renovasi ruko, namanya Griya Rapi Konstruksi, Palembang",
    "PT Fondasi Kokoh adalah kontraktor bangunan dan jasa bangun rumah di Kendari",
    "Rangka Prima Jember — kontraktor baja ringan, pasang kanopi dan rangka atap",
    "Tegal Builders — home renovation, kitchen remodels and bathroom tiling in Sanur",
    "Sturdy Nest Construction, a general contractor for villas and shophouses in Labuan Bajo",
])
def test_contractors_and_builders_are_home_services(brief):
    intent = parse_brief(brief)
    assert intent.business_type == "services" and intent.niche in ("other", "repair"), intent
    assert intent.industry == "home services"


@pytest.mark.parametrize("brief", [
    "Selong Surf Camp — beginner surf lessons, board rental and sunset yoga",
    "Sekolah Selancar Ombak Pagi di Pangandaran: les surfing untuk pemula, sewa papan selancar",
    "Siberut Wave Camp offers surf coaching, surfboard rental and boat trips to the breaks",
    "Sumbawa Kite School — kitesurfing lessons and kite rental on the beach",
    "Tanjung Paddle Club: stand up paddle lessons and SUP rental at sunrise",
])
def test_a_surf_or_kite_camp_that_teaches_is_a_course(brief):
    intent = parse_brief(brief)
    assert (intent.business_type, intent.niche) == ("education", "course")


@pytest.mark.parametrize("brief", [
    "PT Arus Timur Logistik — jasa ekspedisi laut dan kargo udara dari Makassar ke Ambon",
    "Harbour Link — freight forwarding, customs clearance and warehousing in Tanjung Priok",
    "jasa pindahan rumah dan kantor area Cirebon, nama usaha Geser Aja, ada truk engkel",
    "Angkut Sigap Malang, jasa angkutan barang dan pindahan kos pakai pick up",
    "Pindah Tenang Bali — house moving and office moving for expats, packing included",
])
def test_couriers_freight_and_movers_are_a_neutral_transport_service(brief):
    intent = parse_brief(brief)
    assert (intent.business_type, intent.niche, intent.industry) == ("services", "other", "transport")


@pytest.mark.parametrize("brief", [
    "Jual sabun cuci piring dan deterjen curah, Toko Resik Abadi, Tasikmalaya",
    "Kilau Rumah — eco dish soap and laundry detergent refills in Sanur",
    "isi ulang deterjen, pewangi pakaian dan pembersih lantai di Toko Curah Hijau Sleman",
])
def test_household_cleaning_supplies_are_a_grocery_not_cosmetics(brief):
    intent = parse_brief(brief)
    assert (intent.business_type, intent.niche) == ("retail", "grocery")


@pytest.mark.parametrize("brief", [
    "Nara Studio — studio desain interior: desain interior rumah dan render 3D, Surabaya",
    "interior design studio in Seminyak, Lumen Interiors: villa interiors and styling",
])
def test_an_interior_design_studio_stays_a_design_studio(brief):
    intent = parse_brief(brief)
    assert (intent.business_type, intent.niche) == ("creative", "design")

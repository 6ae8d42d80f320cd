"""A technology business that sells the use of its own app by subscription (a trial, plans, a fee per user per month)
is a software product, the card's `other` niche; a developer who builds to order, or a host renting servers by the
month, stays web development (issue 9)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.software_product import product_or, sold_as_product

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief", [
    "Jadwalin.id: an appointment app for dentists and physio clinics. Plans from IDR 180k/month, 30-day free trial. "
    "Sign up at jadwalin.id",
    "Kami bikin Rapotku, aplikasi nilai dan absensi buat madrasah. Rp 4rb/siswa/bulan, gratis 3 bulan pertama. "
    "Email: tim@rapotku.id",
    "Product: a harvest logging app for palm-oil cooperatives. IDR 900,000 per month per branch, free onboarding. "
    "hello@panenlog.id",
])
def test_an_app_sold_by_subscription_is_a_software_product(brief: str) -> None:
    got = parse_brief(brief)
    assert got.business_type == "technology"
    assert got.niche == "other"


@pytest.mark.parametrize("brief", [
    # built to order: a developer, whatever its terms
    "Jasa pembuatan aplikasi Android dan website untuk UMKM, custom sesuai kebutuhan. Maintenance 250rb/bulan. "
    "WA 0812 3300 4411",
    # servers and hosting rented by the month
    "Rumah Server Bekasi: web hosting 20rb/bulan, VPS 2 core 110rb/bulan, free trial 7 hari. WA 0813 7700 8811",
    # an app maker that names no trial, plan or per-user fee
    "We build Android and iOS apps for logistics firms in Surabaya. Email build@kodelaut.id",
])
def test_builders_and_hosts_stay_web_development(brief: str) -> None:
    got = parse_brief(brief)
    assert got.business_type == "technology"
    assert got.niche == "webdev"


def test_the_reading_touches_only_a_technology_web_niche() -> None:
    trial = "aplikasi kasir, coba gratis 14 hari"
    assert sold_as_product(trial)
    assert product_or("webdev", "technology", trial) == "other"
    assert product_or("itsupport", "technology", trial) == "itsupport"
    assert product_or("webdev", "education", trial) == "webdev"
    # a café's monthly coffee plan is no software subscription signal for another type
    assert product_or("coffee", "food_and_beverage", "langganan kopi, plans from 150k/month") == "coffee"
    assert not sold_as_product("kursus coding untuk anak, 300rb/bulan")

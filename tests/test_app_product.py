"""A business selling its own app by subscription is a software product, not a web studio (app_product.py): its niche
is "other", so the page is not written as custom web development. A studio that builds apps to order keeps webdev."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.app_product import sold_app

pytestmark = pytest.mark.unit


def test_subscription_app_is_no_web_studio() -> None:
    brief = ("Rapikos is a rent-collection app for boarding house owners, web and Android. Basic IDR 59,000/month, "
             "Pro IDR 119,000/month with WhatsApp reminders. Email halo@rapikos.id")
    intent = parse_brief(brief)
    assert intent.business_type == "technology" and intent.niche == "other"


def test_indonesian_subscription_app() -> None:
    assert sold_app("aplikasi absensi guru berbasis web, langganan 30rb/bulan per sekolah")


def test_studio_building_apps_to_order_is_not_a_product() -> None:
    assert not sold_app("jasa pembuatan aplikasi android & website sekolah, maintenance 500rb/bulan")
    assert not sold_app("we build custom apps for logistics firms, support plan 2jt/month")
    assert not sold_app("aplikasi kasir sekali bayar 300rb, lifetime")  # no recurring price

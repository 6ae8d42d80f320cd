"""A service is not a shop. Dog walking and pet sitting took the pet shop's words and gave a page that said
"Happy Paws Bali is a pet shop" with "Choose your products — Send your order with quantities"; a bookkeeping
firm was asked for "quantities and timing". A service business under a goods niche keeps the niche's words but
is booked as a service, and a service's order step asks what is needed and when."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pipeline import Runtime, generate_site
from tapsite_pipeline.providers.offline_rules.copy.industries import profile_for


@pytest.fixture(scope="module")
def rt(tmp_path_factory):
    return Runtime.local(tmp_path_factory.mktemp("home"))


def _visible(path: str) -> str:
    html = Path(path).read_text(encoding="utf-8")
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_service_under_a_shops_niche_is_booked_as_a_service():
    shop = profile_for("pet_shop", "retail")
    service = profile_for("pet_shop", "services")
    assert (shop.mode, shop.noun[1]) == ("order", "pet shop")
    assert service.mode == "book" and service.noun[1] != "pet shop" and service.bt == "services"
    assert service.heads == shop.heads  # the niche's own words stay


@pytest.mark.parametrize("brief, unwanted", [
    ("Happy Paws Bali, dog walking and pet sitting in Canggu. WhatsApp +62 812 3900 1122",
     r"\bpet shop\b|quantities|choose your products"),
    ("We run a small bookkeeping firm in Jakarta called Tally & Co: monthly bookkeeping, tax filing and payroll. "
     "Email hello@tally.co.id", r"quantities"),
    ("Jasa Rapi Jaya, jasa pembukuan dan laporan pajak untuk UMKM di Medan. Email halo@rapijaya.co.id",
     r"sebutkan jumlah"),
])
def test_a_service_page_never_asks_for_quantities(rt, brief, unwanted):
    text = _visible(generate_site(make_brief(brief), rt).deployment.index_path)
    assert not re.search(unwanted, text, re.I), text[:400]

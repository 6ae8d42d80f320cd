"""What a package holds ends where the owner goes on to the next offering with a spoken "then" ("terus", "lalu",
"then"): the offering after it is read, not swallowed as one more thing the package comes with."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.offer_words import CONTENTS_END

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("then", ["terus", "trus", "lalu", "then"])
def test_a_spoken_then_ends_what_a_package_holds(then):
    lower = f"paket akikah 1 kambing dapet 100 boks nasi sama sate {then} paket katering 200 porsi"
    end = CONTENTS_END.search(lower, lower.find("dapet"))
    assert end is not None and end.group(0) == then


def test_the_offering_after_a_packages_contents_and_then_is_read():
    brief = ("halo kak saya Rina dari Jombang saya punya usaha rias pengantin namanya Rias Ayu Rina paket rias akad "
             "satu juta dapet sanggul sama kebaya terus paket rias resepsi tiga juta wa saya 0812 4444 5555")
    products = parse_brief(brief).products
    assert any("resepsi" in p for p in products)

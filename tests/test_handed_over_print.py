"""The text of a printed thing handed to the builder ("teks di kemasan", "tulisan dari brosur") is no card."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.builder_requests import handed_over

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text", ["(teks di kemasan, pakai buat web) sambal roa", "tulisan dari brosur kami: sambal roa",
                                  "text on our label: sambal roa"])
def test_the_printed_things_text_is_masked(text):
    assert "teks" not in handed_over(text) and "tulisan" not in handed_over(text) and "text on" not in handed_over(text)
    assert "sambal roa" in handed_over(text)


def test_a_text_service_is_left_alone():
    assert handed_over("jasa ketik teks skripsi") == "jasa ketik teks skripsi"

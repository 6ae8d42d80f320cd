"""A filled-in form: a bare "Nama:" / "Name:" field is the person when another field names the business, and "Jenis
usaha:" (the kind of business) is no name field. Every wording here is made up for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_form import person_field

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "want"), [
    ("Nama: Pak Joko\nNama usaha: Sate Kambing Muda Rasa\nMenu: sate, gule, tongseng\nKota: Blora", "Sate Kambing Muda Rasa"),
    ("Name: Dewi Lestari\nBusiness: Lumut Terrarium\nProducts: moss terrariums, mini succulents\nCity: Bogor",
     "Lumut Terrarium"),
    ("nama: yanto\nusaha: tambal ban yanto motor\nalamat: ngawi\nwa 0813 2222 0000", "Tambal Ban Yanto Motor"),
    ("Nama: Bu Sri, Nama toko: Sri Rejeki Kelontong, Jual: sembako dan gas elpiji", "Sri Rejeki Kelontong"),
])
def test_the_business_field_names_the_brand_over_the_persons_name(text: str, want: str) -> None:
    assert parse_brief(text).brand_name == want


@pytest.mark.parametrize(("text", "want"), [
    # no business field: the bare name field is the name
    ("Nama: Rumah Jahit Anggun\nLayanan: permak, jahit kebaya\nAlamat: Magelang", "Rumah Jahit Anggun"),
    # the kind of business is no name
    ("Jenis usaha: laundry kiloan\nNama: Laundry Embun Pagi\nArea: Cilacap", "Laundry Embun Pagi"),
])
def test_a_form_without_a_business_field_keeps_its_name_field(text: str, want: str) -> None:
    assert parse_brief(text).brand_name == want


def test_person_field_needs_a_bare_name_cue_and_a_business_field() -> None:
    form = "nama: bu sri. nama toko: sri rejeki. jual: sembako"
    assert person_field(form, 0, 6)
    assert not person_field(form, 14, 25)  # "nama toko: " is the business field itself
    assert not person_field("nama: bu sri. jual: sembako", 0, 6)

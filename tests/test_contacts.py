"""Phone numbers and e-mails as people type them: one form stored (E.164), working links, clear refusals."""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.contacts import contacts_in_text, find_phones, parse_email, parse_phone, phone_or_none
from tapsite_pipeline.errors import InputError

BRIEF = "Toko Ani jual nastar dan kastengel di Bandung"


@pytest.mark.parametrize("raw, e164", [
    ("0812-3456-7890", "+6281234567890"),
    ("0812 3456 7890", "+6281234567890"),
    ("0812.3456.7890", "+6281234567890"),
    ("081234567890", "+6281234567890"),
    ("+62 812 3456 7890", "+6281234567890"),
    ("+62-812-3456-7890", "+6281234567890"),
    ("62 812-3456-7890", "+6281234567890"),
    ("6281234567890", "+6281234567890"),
    ("812 3456 7890", "+6281234567890"),
    ("(0812) 3456-7890", "+6281234567890"),
    ("  0811-222-333 ", "+62811222333"),
    ("+62 811 222 333", "+62811222333"),
    ("WA: 0812-3456-7890", "+6281234567890"),          # a label in front is harmless
    ("Telp. (022) 555-0123", "+62225550123"),
    ("(022) 555-0123", "+62225550123"),
    ("021 12345678", "+622112345678"),
    ("+62-21-5550123", "+62215550123"),
    ("+1 650 253 0000", "+16502530000"),                # foreign numbers keep their country
])
def test_numbers_are_normalised_to_e164(raw, e164):
    assert parse_phone(raw).e164 == e164


@pytest.mark.parametrize("raw, named", [
    ("0812-3456-7890 a.n. Ani 24 jam", "a.n. Ani 24 jam"),  # every digit used to be concatenated
    ("0812-3456-7890 (Ani)", "Ani"),
    ("hubungi Ani 0812-3456-7890", "hubungi Ani"),
    ("0812-3456-7890 / 0813-1111-2222", "2 numbers"),
    ("08123456", "too short"),                          # 8 digits were accepted
    ("08-1234", "too short"),
    ("12", "too short"),
    ("0812-3456-7890-1234-5678", "too many digits"),
    ("nomor menyusul", "no digits"),
    ("+999 1234 5678", "country code"),
    ("0812 34x6 7890", "'x'"),
])
def test_messy_fields_are_refused_naming_the_bad_part(raw, named):
    with pytest.raises(InputError) as err:
        parse_phone(raw, "WhatsApp number")
    msg = str(err.value)
    assert named in msg and "\n" not in msg and msg.startswith("WhatsApp number")


def test_links_use_the_international_form():
    p = parse_phone("0812-3456-7890")
    assert p.tel_href == "tel:+6281234567890"
    assert p.wa_url() == "https://wa.me/6281234567890"
    assert p.wa_url("Halo kak & salam") == "https://wa.me/6281234567890?text=Halo%20kak%20%26%20salam"
    assert p.display == "0812-3456-7890" and p.mobile
    land = parse_phone("(022) 555-0123")
    assert not land.mobile and land.tel_href == "tel:+62225550123"
    assert phone_or_none("0812-3456-7890 a.n. Ani") is None and phone_or_none("") is None


def test_numbers_inside_brief_text_are_found():
    text = "Warung Bu Sri di Solo, pesan lewat WA 0812 3456 7890 atau telp (0271) 712345, buka jam 08.00"
    assert contacts_in_text(text) == {"whatsapp": "+6281234567890", "phone": "+62271712345"}
    assert [p.e164 for p, _ in find_phones("harga mulai Rp 25.000, sejak 2008, kode pos 40115")] == []
    b = make_brief(text)
    assert b.whatsapp == "+6281234567890" and b.phone == "+62271712345"


def test_a_mobile_without_whatsapp_words_is_the_whatsapp_only_when_no_phone_is_given():
    assert make_brief(f"{BRIEF}, hubungi 0812-3456-7890").whatsapp == "+6281234567890"
    b = make_brief(f"{BRIEF}, hubungi 0812-3456-7890", phone="022 555 0123")
    assert b.whatsapp is None and b.phone == "+62225550123"


def test_explicit_fields_are_checked_and_win():
    b = make_brief(BRIEF, whatsapp="+62 811 222 333", email="Ani@Example.com")
    assert b.whatsapp == "+62811222333" and b.email == "Ani@example.com"
    with pytest.raises(InputError, match=r"remove 'a\.n\. Ani 24 jam'"):
        make_brief(BRIEF, whatsapp="0812-3456-7890 a.n. Ani 24 jam")
    with pytest.raises(InputError, match="too short"):
        make_brief(BRIEF, phone="08123456")


@pytest.mark.parametrize("raw, ok", [
    ("ani@example.com", "ani@example.com"), ("  ani.toko+web@mail.co.id ", "ani.toko+web@mail.co.id"),
    ("not-an-email", None), ("ani@", None), ("ani@@x.id", None), ("ani @x.id", None), ("ani@x", None),
])
def test_emails(raw, ok):
    if ok:
        assert parse_email(raw) == ok
    else:
        with pytest.raises(InputError, match="not a valid e-mail address"):
            parse_email(raw)


def test_email_inside_brief_text():
    assert make_brief(f"{BRIEF}, email ani.kue@gmail.com ya.").email == "ani.kue@gmail.com"


def test_a_mobile_the_owner_says_to_contact_is_their_phone_as_well_as_their_whatsapp():
    for text in (f"{BRIEF}. Hubungi kami di 0821 1234 5567.", f"{BRIEF}, pesan 0812-3456-7890"):
        b = make_brief(text)  # no WhatsApp word and no telephone word: a mobile chats and takes calls
        assert b.whatsapp and b.phone == b.whatsapp
    for text in (f"{BRIEF}. Appointment only, call 0811-290-4411.", f"{BRIEF}. Tel: 0812 3456 7890",
                 f"{BRIEF}. hotline 0812 3456 7890"):
        b = make_brief(text)  # a telephone word: the owner takes calls on it, and offered no chat
        assert b.phone and b.whatsapp is None
    b = make_brief(f"{BRIEF}, WA 0812-3456-7890")  # the owner named WhatsApp: that channel only
    assert b.whatsapp == "+6281234567890" and b.phone is None

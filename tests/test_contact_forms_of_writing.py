"""Contact details as owners write them in a brief: an e-mail spelt out against spam is still their address
("rara at gmail dot com", "rara[at]gmail[dot]com"), and a handle on another platform ("Telegram @raradesign",
"tiktok: @kue.ani") is never linked as an Instagram account."""

from __future__ import annotations

import pytest

from tapsite_pipeline.contacts import find_email
from tapsite_pipeline.providers.offline_rules import parse_brief


@pytest.mark.parametrize("text, address", [
    ("email: majujaya.konveksi at gmail dot com", "majujaya.konveksi@gmail.com"),
    ("rara[at]gmail[dot]com ya kak", "rara@gmail.com"),
    ("tulis ke rara (at) gmail.com", "rara@gmail.com"),
    ("info at tokoku dot co dot id. Terima kasih", "info@tokoku.co.id"),
    ("kirim ke ani at gmail dot com, atau wa", "ani@gmail.com"),
    ("hello@sweetcrumbs.id or DM us", "hello@sweetcrumbs.id"),
    # a plain "at" with a real dot is a sentence, not an address
    ("meet us at cafe.com", None),
    ("jual kue at bandung. com", None),
])
def test_an_address_spelt_out_is_found(text, address):
    assert find_email(text) == address


@pytest.mark.parametrize("brief, instagram", [
    ("Jasa Desain Logo oleh Rara, logo dan kartu nama. Telegram @raradesign, email rara.design@gmail.com", None),
    ("Kue Bu Ani Solo, brownies dan bolu. tiktok: @kue.ani, WA 0812-3456-7890", None),
    ("Kue Bu Ani Solo, brownies dan bolu. IG @kue.ani, WA 0812-3456-7890", "@kue.ani"),
    ("Kue Bu Ani Solo, brownies dan bolu. Follow @kue.ani ya, WA 0812-3456-7890", "@kue.ani"),
    # one handle for Instagram and another platform is the Instagram account too
    ("Lilin Aroma Sekar, lilin aromaterapi. order cuma lewat ig & tiktok @lilin.sekar ya", "@lilin.sekar"),
    ("Sekar Candles, soy candles and wax melts. Find us on Instagram or TikTok @sekarcandles", "@sekarcandles"),
])
def test_a_handle_on_another_platform_is_not_instagram(brief, instagram):
    got = [f.value for f in parse_brief(brief).facts if f.kind == "instagram"]
    assert got == ([instagram] if instagram else [])

"""Offerings read by the grammar of the phrase round them: a bracketed other name, greetings and credentials, a
teaching or building verb before a colon, kinds after "jenis", shapes of the goods, what a price comes with, a
second offer verb after "juga" and "we have" before goods. Wordings are written for each mechanism."""

from __future__ import annotations

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.item_bounds import until_stop
from tapsite_pipeline.providers.offline_rules.offer_collector import clean_item


def _products(text: str) -> list[str]:
    return parse_brief(text).products


def test_bracketed_other_name_is_one_offering_and_the_list_goes_on():
    p = _products("Kebun Rempah Sari, Ambon. We sell cloves (cengkeh), cinnamon sticks (kayu manis) and "
                  "candlenut. Cengkeh 90K/kg, candlenut 60K/kg. WA 0812 1111 2222")
    assert "cinnamon sticks" in p and "candlenut" in p
    assert "cengkeh" not in p


def test_way_of_taking_the_work_is_no_offering():
    p = _products("Guru les kimia & biologi, SMA kelas 10-12. I teach chemistry and biology lessons, in-person or "
                  "online. WA 0813 2222 3333")
    assert "in-person" not in p and "online" not in p


def test_greeting_and_credential_are_not_offerings():
    p = _products("Selamat pagi kak 🙏 buka kelas tilawah & tajwid untuk remaja di Bekasi. pengajar lulusan "
                  "Al-Azhar. wa 0812 3333 4444")
    assert any("tilawah" in x for x in p) and any("tajwid" in x for x in p)
    assert not any("azhar" in x or "selamat" in x or "pagi" in x for x in p)


def test_buka_before_hours_still_ends_an_item():
    assert until_stop("buka jam 8 pagi") == ""
    assert until_stop("buka kelas menggambar").strip() == "buka kelas menggambar"


def test_teaching_verb_before_colon_offers_the_course():
    p = _products("Lombok Speak Up: we teach conversational English for hotel staff: answering phone calls, "
                  "check-in talk, describing rooms. 8 sessions 400K. WA 0819 5555 6666")
    assert p and p[0] == "conversational english"


def test_goods_and_their_kinds_after_jenis():
    p = _products("Tani Makmur Lestari di Karawang menjual beras pulen jenis IR64 dan Ciherang hasil panen petani "
                  "sendiri. Hubungi 0812 6666 7777")
    assert "beras pulen" in p
    assert any("ir64" in x for x in p) and any("ciherang" in x for x in p)
    assert clean_item("kopi robusta hasil panen kebun sendiri") == "kopi robusta"


def test_shapes_of_the_goods_end_the_list():
    p = _products("Terima pesanan kue tart custom bentuk mobil, boneka, karakter kartun. mulai 250rb. "
                  "Dapur Bu Wati, Solo. wa 0857 7777 8888")
    assert p == ["kue tart custom"] or p[0] == "kue tart custom"
    assert not any(x in p for x in ("mobil", "boneka", "karakter kartun"))


def test_what_a_price_comes_with_is_no_card():
    p = _products("Sewa jas & beskap di Jogja. jas pria, beskap jawa, surjan. beskap 300rb sm blangkon. "
                  "wa 0812 8888 9999")
    assert "blangkon" not in p
    assert "beskap jawa" in p


def test_offer_verb_after_juga_starts_its_own_list():
    p = _products("Toko Teknik Pak Darmo, Klaten. jual pompa air, pipa paralon, kran, jg terima servis pompa air "
                  "rumah. telp 0812 9999 0000")
    assert "pipa paralon" in p and any(x.startswith("servis pompa") for x in p)


def test_we_have_before_goods_lists_them():
    p = _products("Dendeng Mama Rina - homemade dried beef from Padang 🔥 we have dendeng balado, dendeng batokok "
                  "and rendang paru. 250gr 85K. WA 0812 1212 3434")
    assert p[:3] == ["dendeng balado", "dendeng batokok", "rendang paru"]
    assert "homemade dried beef" not in p

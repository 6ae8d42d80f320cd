"""The offline reader of refinement requests: what each kind of request becomes, and when it asks back."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.refine import read_request

SITE = {"brand_name": "Toko Kue Ani", "products": ["nastar", "kastengel", "putri salju", "es teh manis"],
        "color_preference": ["pink"], "tone": "friendly", "language": "id", "location": "Bandung"}


def read(text: str, **site) -> dict:
    return read_request(text, {**SITE, **site}).model_dump(exclude_defaults=True)


@pytest.mark.parametrize("text, colours", [
    ("warnanya ganti biru dong", ["blue"]),
    ("pakai warna hitam dan emas aja", ["black", "gold"]),
    ("ganti pink jadi hijau tosca", ["turquoise"]),
    ("tambah aksen emas ya", ["pink", "gold"]),
    ("jangan pink lagi, biru dongker aja", ["navy"]),
    ("Please switch the colours to navy blue.", ["navy"]),
])
def test_colours(text, colours):
    assert read(text)["intent"]["color_preference"] == colours


def test_offerings_added_removed_and_replaced_against_the_list():
    assert read("tambahin bolu pandan sama kue lidah kucing dong")["intent"]["add_products"] == [
        "bolu pandan", "kue lidah kucing"]
    assert read("kastengelnya udah ga jual lagi")["intent"]["remove_products"] == ["kastengel"]
    assert read("es teh manis ganti jadi es jeruk")["intent"] == {"add_products": ["es jeruk"],
                                                                 "remove_products": ["es teh manis"]}
    assert read("we don't sell nastar anymore, remove it")["intent"]["remove_products"] == ["nastar"]
    asked = read("hapus menu brownies")
    assert set(asked) == {"question"} and "brownies" in asked["question"] and "nastar" in asked["question"]


@pytest.mark.parametrize("text, hours", [
    ("tambah jam buka 08.00–17.00", "08.00–17.00"),
    ("buka jam 7 pagi sampai 9 malam setiap hari", "setiap hari 07.00–21.00"),
    ("open Monday to Saturday 9am-5pm", "Senin–Sabtu 09.00–17.00"),
])
def test_opening_hours_become_a_stated_fact_in_the_page_language(text, hours):
    assert read(text)["intent"]["facts"] == [{"kind": "hours", "value": hours}]


def test_contact_name_tone_language_place_picture_and_design():
    assert read("nomor WA ganti 0812-9999-1111 ya")["contact"] == {"whatsapp": "6281299991111"}
    assert read("tambahkan email ani@kue.id dan telp 022 7654321")["contact"] == {
        "email": "ani@kue.id", "phone": "62227654321"}
    assert read("ganti nama toko jadi Ani Cookies")["intent"] == {"brand_name": "Ani Cookies"}
    assert read("bahasanya lebih formal ya")["intent"] == {"tone": "professional"}
    assert read("tolong pakai bahasa inggris")["intent"] == {"language": "en"}
    assert read("kami pindah ke Cimahi")["intent"] == {"location": "Cimahi"}
    assert read("gambarnya ganti yang lain") == {"images": [{"action": "redraw"}]}
    assert read("coba desain lain dong") == {"design": {"another_template": True}}
    assert read('judulnya jadi "Kue Kering Lebaran"')["sections"][0] == {
        "section": "hero", "action": "set_heading", "text": "Kue Kering Lebaran"}


def test_several_changes_in_one_message():
    got = read("warnanya ganti biru dong, tambah jam buka 08.00–17.00, hapus menu es teh manis")
    assert got["intent"] == {"color_preference": ["blue"], "remove_products": ["es teh manis"],
                             "facts": [{"kind": "hours", "value": "08.00–17.00"}]}


@pytest.mark.parametrize("text", ["bikin lebih keren dong", "kurang sreg", "make it pop", "tolong diperbaiki",
                                  "warnanya biru, terus yang itu tuh ganti", "ganti", "nomor wa 0812", ""])
def test_what_cannot_be_read_is_asked_never_guessed(text):
    got = read(text)
    assert set(got) == {"question"}


def test_the_question_follows_the_owners_language():
    assert read("make it nicer")["question"].startswith("Sorry")
    assert read("bikin lebih bagus")["question"].startswith("Maaf")

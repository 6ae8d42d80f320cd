"""A brief typed the way its owner speaks (a voice note typed out, a chatty WhatsApp) leaves no spoken word on the page:
no sign-off read as a note, no "terus … itu" around what a price is for, no "gitu" or "eee" in a fact line."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.spoken_leftovers import sign_off, spoken_trimmed, without_spoken

pytestmark = pytest.mark.unit

# invented briefs, spoken
TAILOR = ("(voice note bapak, diketik cucu) eee halo, saya punya usaha jahit, namanya Jahit Pak Darmo, di Klaten. "
          "jadi permak celana itu 25 ribu, terus jahit kemeja baru itu mulai 150 ribu gitu. bisa ambil di rumah. "
          "WA 0813 2277 9011. ya udah, segitu dulu")
LAUNDRY = ("halo kak, aku buka laundry kiloan namanya Wangi Jaya di Sragen. cuci setrika itu 7 ribu sekilo, nah bedcover "
           "35 ribu. minimal eee 3 kilo gitu. antar jemput gratis ya kak, WA 0857 1100 2345. sekian, makasih")


def _prices(text: str) -> dict[str, str]:
    return {f.value: f.subject for f in parse_brief(text).facts if f.kind == "price"}


def _notes(text: str) -> list[str]:
    return [f.value.lower() for f in parse_brief(text).facts if f.kind == "note"]


def test_what_a_price_is_for_drops_the_spoken_connector_and_demonstrative():
    assert _prices(TAILOR) == {"25 ribu": "permak celana", "mulai 150 ribu": "jahit kemeja baru"}
    assert _prices(LAUNDRY)["35 ribu"] == "bedcover"
    assert _prices(LAUNDRY)["7 ribu"].startswith("cuci setrika") and "itu" not in _prices(LAUNDRY)["7 ribu"]


def test_a_sign_off_is_no_note_and_the_tags_leave_the_notes():
    notes = _notes(TAILOR) + _notes(LAUNDRY)
    assert not any(w in n.split() for n in notes for w in ("segitu", "sekian", "gitu", "eee", "udah")), notes
    assert "minimal 3 kilo" in notes


@pytest.mark.parametrize("said", ["Udah gitu aja", "wis, itu aja mbak", "ya udah, segitu dulu", "Sekian, makasih",
                                  "That's all, thanks", "abis ya udah", "itu aja dulu kak"])
def test_sign_offs(said):
    assert sign_off(said) and without_spoken(said) == ""


@pytest.mark.parametrize("said", ["udah termasuk ongkir", "sudah bersertifikat halal", "di luar itu nambah transport",
                                  "itu semua buatan sendiri", "That's our promise"])
def test_what_only_looks_like_a_sign_off_is_a_statement(said):
    assert not sign_off(said) and without_spoken(said) == said


@pytest.mark.parametrize("said, shown", [
    ("pesan H-2 ya kak, bisa COD", "pesan H-2, bisa COD"),
    ("kirim ke luar pulau juga pernah gitu lho", "kirim ke luar pulau juga pernah"),
    ("bahan katun, terus sablon itu mulai 40rb", "bahan katun, sablon mulai 40rb"),
    ("tenda 3x4 harga 1,5jt, udah gitu aja", "tenda 3x4 harga 1,5jt"),
    ("buka terus sampai malam", "buka terus sampai malam"),      # "terus" as "on and on" stays
])
def test_tags_and_sign_off_parts_leave_a_note(said, shown):
    assert without_spoken(said) == shown


def test_spoken_trimmed_keeps_words_without_talk():
    assert spoken_trimmed("sama kemeja terus celana bahan itu".split()) == ["celana", "bahan"]
    assert spoken_trimmed(["nasi", "box"]) == ["nasi", "box"]


def test_a_pause_between_the_thing_and_its_price_leaves_the_thing_named():
    prices = _prices("saya jual kue basah, namanya Kue Bu Wati di Solo. lemper itu mulai, berapa ya, 3 ribu, terus "
                     "nasi tumpeng mulai, eh, mulai 200 ribu. WA 0812 3030 4040")
    assert prices == {"3 ribu": "lemper", "mulai 200 ribu": "nasi tumpeng"}
    assert _prices("kopi susu, 25rb, es teh 5rb. Warung Kopi Pak Min, WA 0812 1111 2222")["25rb"] == ""

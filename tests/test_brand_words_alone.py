"""A brand candidate's own words: a request to the builder or a word for someone else is never the name; a dotted
handle of two capitalised words is one even at a sentence's start. Briefs written for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_words_alone import dotted_handle, refused

pytestmark = pytest.mark.unit


def test_request_after_owned_cue_is_no_name() -> None:
    got = parse_brief("ini menu bakery kami, mohon dirapikan ya:\n\nROTI GANDUM PAK JO\nRoti tawar 18rb\n"
                      "WA 0812 3456 7788")
    assert got.brand_name.lower() == "roti gandum pak jo"


def test_someone_elses_brand_is_no_name() -> None:
    got = parse_brief("Sablon Kaos Garis Lurus, Bekasi. sablon manual & DTF mulai 45rb/pcs. kami tidak terima desain "
                      "yang menjiplak logo brand orang lain. order via WA 0813 1111 2222")
    assert got.brand_name == "Sablon Kaos Garis Lurus"


@pytest.mark.parametrize("name", ["Mohon Dirapikan", "tolong bikinin", "Please Make", "Orang", "orang lain",
                                  "Lainnya", "Kompetitor"])
def test_refused_words(name: str) -> None:
    assert refused(name)


@pytest.mark.parametrize("name", ["Rumah Makan Orang Awak", "Mohonan Jaya", "Toko Lain Hati", "Sendiri Coffee",
                                  "Tolong Menolong Laundry"])
def test_names_holding_such_words_stay(name: str) -> None:
    # a name that only holds the word, or opens on a longer one, is still a name ("Tolong Menolong" is kept by
    # the brief's reader only if no cue refuses it: "tolong" alone opens a request)
    assert refused(name) == name.lower().startswith("tolong ")


def test_brand_after_owned_cue_still_read() -> None:
    got = parse_brief("brand saya Kain Lintang, tenun ikat dari Sumba. harga mulai 350rb")
    assert got.brand_name == "Kain Lintang"


def test_dotted_handle_set_off_mid_text() -> None:
    got = parse_brief("halo kak, aku ada dua kerjaan: ngajar les sama jasa foto produk. yg mau dibikinin web foto "
                      "produknya aja. Lensa.Pekalongan: foto produk katalog 25rb/foto, video reels 300rb. email "
                      "halo@lensa.id")
    assert got.brand_name == "Lensa.Pekalongan"


@pytest.mark.parametrize("name,ok", [("Tayang.Kudus", True), ("Kopi.Senja", True), ("Jln.Merdeka", False),
                                     ("Kec.Tanjung", False), ("Dr.Sari", False), ("Tayang. Kudus", False),
                                     ("tayang.kudus", False), ("Tayang.Kudus.Id", False)])
def test_dotted_handle_shape(name: str, ok: bool) -> None:
    assert dotted_handle(name) is ok


def test_sentence_start_word_is_still_no_name() -> None:
    # a lone capitalised word opening a sentence, with no dot inside it, stays an ordinary word
    got = parse_brief("jual keripik pisang di Lampung. Harga: 15rb per bungkus. Keripik Maknyus namanya, wa 0812 9999 0000")
    assert got.brand_name != "Harga"

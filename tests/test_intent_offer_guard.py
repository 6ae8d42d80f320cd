"""Guards around the learned offering model: what it may add and what it may drop, and the brand rule for
chat Indonesian's doubled words ("kecil2an")."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import learned_features, learned_models, parse_brief
from tapsite_pipeline.providers.offline_rules.brand import is_generic


def _constant_model(logit: float) -> learned_models.LinearModel:
    """A real scorer whose answer is the same for every phrase: p = sigmoid(logit)."""
    return learned_models.LinearModel({"classes": ["0", "1"], "intercept": [logit], "coef": {},
                                "policy": {"keep_threshold": 0.5, "add_threshold": 0.75, "list_pieces": True,
                                           "trust_fallback": True}})


def _candidates(text: str) -> dict:
    with learned_models.recording() as rec:
        parse_brief(text)
    return next(d for d in rec if d["kind"] == "offer")


@pytest.mark.parametrize("phrase", ["10k tanggal", "lari 5k", "panitia lomba 17an rw 05 kel", "sewa 2 hari",
                                    "sewa mobil 3 bulan", "promo 17 agustus", "aplikasi latihan soal utbk berbasis ai",
                                    "biasa pegang family gathering", "we handle weddings", "jual kue"])
def test_number_unit_date_and_long_phrases_are_never_added(phrase):
    assert not learned_models.addable(phrase)


@pytest.mark.parametrize("phrase", ["v60", "microsoft 365 setup", "seo", "sound system rental", "kebaya"])
def test_short_names_stay_addable(phrase):
    assert learned_models.addable(phrase)


def test_race_distances_and_package_lengths_name_what_is_sold():
    assert learned_models.addable("lomba lari 5k", "fun run kampus, lomba lari 5k dan 10k")
    assert not learned_models.addable("lomba lari 5k", "nastar 5k, kastengel 10k")   # there "5k" is an amount
    assert not learned_models.addable("10k tanggal", "lari 10k tanggal 3 mei")
    assert learned_models.addable("program mukim 1 bulan") and not learned_models.addable("sewa mobil 2 hari")


def test_a_confident_model_adds_only_guarded_phrases(monkeypatch):
    text = ("Kedai Rasa Rumah di Solo, ada nasi liwet, garang asem, promo 17 agustus dan diskon 10k tanggal "
            "merah, pesan lewat aplikasi ojek online langganan kantor kami tiap hari. WA 081234567890")
    d = _candidates(text)
    monkeypatch.setattr(learned_models, "model", lambda name: _constant_model(9.0))   # says "keep" to everything
    out = learned_models.keep_offerings(d["items"], d["trace"], d["lower"], d["text"], d["lang"])
    added = [p for p in out if p not in d["items"]]
    tried = [it for it, *_ in learned_features.candidates(d["items"], d["trace"], d["lower"]) if it not in d["items"]]
    assert any(not learned_models.addable(t) for t in tried)   # the brief does offer the model such pieces
    assert added and all(learned_models.addable(p) for p in added)
    assert not any(any(c.isdigit() for c in p) for p in added)


def test_the_model_cannot_drop_goods_from_the_owners_list(monkeypatch):
    d = _candidates("Dapur Hijau di Malang jual nasi bakar, salads dan smoothies. WA 081234567890")
    assert {"smoothies", "salads"} <= set(d["items"])
    assert learned_models.rules_sure("smoothies", "listed") and not learned_models.rules_sure("salads", "listed")
    monkeypatch.setattr(learned_models, "model", lambda name: _constant_model(-9.0))   # says "drop" to everything
    out = learned_models.keep_offerings(d["items"], d["trace"], d["lower"], d["text"], d["lang"])
    assert "smoothies" in out and "salads" not in out


def test_lexicon_descriptions_and_places_are_not_sure():
    assert not learned_models.rules_sure("export quality", "listed")   # a quality word: still judged by the model
    assert not learned_models.rules_sure("smoothies", "described")     # only the owner's own list is sure
    assert not learned_models.rules_sure("khitanan", "listed")         # an occasion, not goods


def test_doubled_words_in_chat_indonesian_read_as_their_base():
    assert is_generic("EO Kecil2an") and is_generic("usaha rumahan2")
    assert not is_generic("Kue2 Mama") and not is_generic("Toko99")


def test_a_small_scale_descriptor_is_not_the_brand():
    intent = parse_brief("EO kecil2an di Malang, Kumpul Riang, biasa pegang family gathering kantor & outbound. "
                         "WA 081234567890")
    assert "kecil" not in intent.brand_name.lower()


def test_an_administrative_area_is_an_address_not_an_offering():
    intent = parse_brief("panitia lomba agustusan RT 03 RW 07 Kel. Cempaka Putih, ada lomba balap karung dan "
                         "tarik tambang. perlu pendaftaran peserta")
    assert not any("cempaka" in p or "rw 07" in p or "rt 03" in p for p in intent.products)
    assert {"lomba balap karung", "tarik tambang"} <= set(intent.products)
    shop = parse_brief("Warung Bu Tini di Jl. Mawar 5, jual nasi pecel, rawon, soto. WA 081234567890")
    assert shop.products[:3] == ["nasi pecel", "rawon", "soto"]


# The pieces of one list are the same kind of thing: where the model keeps one piece, a sibling it drops only for
# where it stands (late in the brief, the fifth of a list) is kept too. Wordings written for this test.
@pytest.mark.parametrize(("text", "goods"), [
    ("Toko Listrik Terang Jaya Cirebon: stop kontak, mcb, kabel NYM, baterai, lampu", ["kabel nym", "baterai"]),
    ("Toko bangunan Sinar Abadi: semen, pasir, polikarbonat, keramik, cat", ["keramik", "cat"]),
])
def test_a_list_piece_stands_with_its_kept_siblings(text, goods):
    got = parse_brief(text).products
    assert all(g in got for g in goods), got


def test_coordinated_with_chains_through_a_list_and_stops_at_its_edge():
    lower = "kios pak darto: sapu, ember, pel lantai, keset. buka jam 7, parkir luas"
    trace = [("listed", "sapu"), ("listed", "ember"), ("listed", "pel lantai"), ("listed", "keset"),
             ("listed", "parkir luas")]
    items = [it for _, it in trace]
    # "keset" joins "sapu" through the list; "parkir luas" stands in another sentence
    assert learned_models.coordinated_with(items, ["sapu"], trace, lower) == ["ember", "pel lantai", "keset"]


@pytest.mark.parametrize(("lower", "item"), [
    ("thrift import, korean & japan style", "japan"),            # the front of a longer piece ("japan style")
    ("penerjemah tersumpah (inggris, mandarin, jepang) di medan", "jepang"),  # an aside in brackets
])
def test_only_a_whole_piece_outside_brackets_is_kept_for_its_siblings(lower, item):
    first = "thrift import" if "thrift" in lower else "mandarin"
    trace = [("listed", first), ("listed", item)]
    assert learned_models.coordinated_with([first, item], [first], trace, lower) == []


def test_and_more_closing_a_list_is_no_sibling():
    lower = "kami jual nastar, kastengel, putri salju and more"
    trace = [("listed", "nastar"), ("listed", "kastengel"), ("listed", "putri salju"), ("listed", "more")]
    items = [it for _, it in trace]
    assert learned_models.coordinated_with(items, ["nastar", "kastengel", "putri salju"], trace, lower) == []


def test_a_piece_naming_a_person_is_no_sibling():
    lower = "jual sapu lidi, keset, titipan mbak rina"
    trace = [("listed", "sapu lidi"), ("listed", "keset"), ("listed", "titipan mbak rina")]
    items = [it for _, it in trace]
    assert learned_models.coordinated_with(items, ["sapu lidi"], trace, lower) == ["keset"]


@pytest.mark.parametrize(("text", "works"), [
    ("Hi, we're Kaki Gunung Adventures in Malang. We run Bromo sunrise jeep tours, coffee plantation walks and "
     "Tumpak Sewu waterfall treks with pickup from your hotel.",
     ["bromo sunrise jeep tours", "coffee plantation walks", "tumpak sewu waterfall treks"]),
    ("We run sunrise cycling, village life tours and Borobudur day trips by e-bike from our guesthouse, named Kayuh.",
     ["sunrise cycling", "village life tours", "borobudur day trips"]),
    ("At Lontar Studio we teach Balinese dance lessons, gamelan workshops and offering-making classes in Ubud",
     ["balinese dance lessons", "gamelan workshops", "offering-making classes"]),
])
def test_a_self_described_work_stands_with_its_kept_siblings(text, works):
    got = parse_brief(text).products
    assert all(w in got for w in works), got


def test_a_described_piece_is_a_sibling_only_with_two_words_or_more():
    lower = "we run river tubing, jungle walks and village day trips by bike. pickup from hotel"
    trace = [("described", "river tubing"), ("described", "jungle walks"), ("described", "village day trips"),
             ("described", "hotel")]
    items = [it for _, it in trace]
    # "village day trips" ends before its preposition; the bare "hotel" is no work of the list
    assert learned_models.coordinated_with(items, ["jungle walks"], trace, lower) == ["river tubing", "village day trips"]
    lower = "jasa duplikat kunci lemari & gembok, panggilan"
    trace = [("described", "duplikat kunci lemari"), ("described", "gembok")]
    assert learned_models.coordinated_with(["duplikat kunci lemari", "gembok"], ["duplikat kunci lemari"], trace,
                                           lower) == []


@pytest.mark.parametrize(("text", "work"), [
    ("Studio Keramik Tanah Liat Bandung, kelas pottery wheel 250rb/sesi, kelas hand building 200rb", "kelas hand building"),
    ("Sanggar Seni Lestari Garut, kelas tari jaipong, kelas team building untuk kantor", "kelas team building"),
    ("We are Bright Minds Jakarta, building character building workshops and leadership camps for schools",
     "character building workshops"),
])
def test_building_in_a_compound_is_no_offer_verb(text, work):
    assert work in parse_brief(text).products

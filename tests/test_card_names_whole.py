"""Card names read whole and in the owner's order: a spoken list that pairs each item with whom it is for goes on
after "terus"/"lalu"/"then".
Wordings are written for each mechanism."""

from __future__ import annotations

from tapsite_pipeline.providers.offline_rules import parse_brief


def _products(text: str) -> list[str]:
    return parse_brief(text).products


def test_item_after_terus_in_a_for_list_is_a_card():
    p = _products("Dapur Bu Ani di Depok. kami jual nasi box buat kantor, terus tumpeng mini buat ultah anak. "
                  "WA 0812 1111 2222")
    assert p[:2] == ["nasi box", "tumpeng mini"]


def test_item_after_then_in_an_english_for_list_is_a_card():
    p = _products("Green Bakes Bali: we sell sourdough for cafes, then cinnamon rolls for hotels. Call 0812 1111 2222")
    assert "cinnamon rolls" in p


def test_item_after_terus_with_a_masked_age_is_a_card():
    p = _products("Bimbel Cerdas di Depok. kami ngajarin matematika buat umur 7-10, terus fisika buat 11-15. "
                  "WA 0812 1111 2222")
    assert "fisika" in p


def test_clause_after_terus_is_no_card():
    p = _products("Dapur Bu Ani di Depok. kami jual nasi box buat kantor, terus kami antar sendiri. WA 0812 1111 2222")
    assert p == ["nasi box"]
    p = _products("Bimbel Cerdas di Depok. kami ngajarin matematika buat umur 7-10, terus kelasnya online. "
                  "WA 0812 1111 2222")
    assert not any("online" in x or "kelas" in x for x in p)


def test_bare_range_after_for_keeps_its_for_word():
    from tapsite_pipeline.providers.offline_rules.hours import hours
    text = "kelas renang buat 5-8, latihan sore"
    notes = [v for k, _, v, _ in hours(text, text) if k == "note"]
    assert notes == ["buat 5-8"]


def test_range_with_its_label_is_unchanged():
    from tapsite_pipeline.providers.offline_rules.hours import hours
    text = "kelas renang level 1-3, latihan sore"
    notes = [v for k, _, v, _ in hours(text, text) if k == "note"]
    assert notes == ["level 1-3"]


def test_homely_manner_phrase_is_no_part_of_the_card_name():
    p = _products("Warung Mak Inah, Padang. Kami jual rendang ala rumahan dan gulai tunjang. WA 0812 1111 2222")
    assert p[:2] == ["rendang", "gulai tunjang"]
    p = _products("Dapur Sari Solo: we sell soto ayam homemade style and nasi liwet. Call 0812 1111 2222")
    assert "soto ayam" in p and not any("style" in x for x in p)
    p = _products("Kedai Pesisir, Bitung. We cook ikan woku the home way and sell sambal roa. Call 0812 1111 2222")
    assert not any("way" in x for x in p)


def test_a_kind_said_by_style_keeps_its_words():
    from tapsite_pipeline.providers.offline_rules.manner_words import manner_dropped
    assert manner_dropped("ayam goreng korean style") == "ayam goreng korean style"
    assert manner_dropped("batik gaya solo") == "batik gaya solo"
    assert manner_dropped("rumahan style") == "rumahan style"
    assert manner_dropped("pindang gaya nenek") == "pindang"


def test_betawi_ade_reads_as_ada():
    from tapsite_pipeline.providers.offline_rules.regional import in_indonesian
    said, pairs = in_indonesian("warung kite di Condet, ade nasi uduk ame semur jengkol")
    assert "ada nasi uduk" in said and ("ade", "ada") in pairs
    p = _products("Warung Bang Jali di Condet: nasi uduk 12rb, ade pilihan sambel ijo ame merah. WA 0812 1111 2222")
    assert not any(x.startswith("ade") for x in p)


def test_capitalised_ade_is_a_name():
    from tapsite_pipeline.providers.offline_rules.regional import in_indonesian
    said, _ = in_indonesian("Ade Catering di Bekasi, nasi box mulai 25rb")
    assert said.startswith("Ade Catering")
    said, _ = in_indonesian("pesan di Bu Ade ya, nasi box mulai 25rb")
    assert "Bu Ade" in said


def test_subject_before_an_auxiliary_is_no_card():
    from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped
    assert name_shaped("studio has") is None
    assert name_shaped("pottery studio was") == "pottery studio"
    p = _products("Tenun Ikat Sumba Lestari, Waingapu. The studio has woven ikat since 1990. We sell ikat scarves "
                  "and hand-woven sarongs. WA 0812 1111 2222")
    assert not any(x.endswith(("has", "studio")) for x in p) and "ikat scarves" in p


def test_names_holding_no_auxiliary_are_unchanged():
    from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped
    assert name_shaped("batik shirts") == "batik shirts"
    assert name_shaped("hash browns") == "hash browns"


def test_slash_pair_before_one_price_is_one_card_with_the_price():
    it = parse_brief("Jasa Dekor Mbak Yuni, Bogor: dekor lamaran / akikah rumahan 1,5 jt, dekor pelaminan 4 jt. "
                     "WA 0812 1111 2222")
    assert "dekor lamaran / akikah rumahan" in it.products
    assert any(f.kind == "price" and f.subject == "dekor lamaran / akikah rumahan" for f in it.facts)


def test_slash_between_two_goods_or_unspaced_stays_two_cards():
    p = _products("Kue Bu Sri: nastar / kastengel 85rb, putri salju 80rb. WA 0812 1111 2222")
    assert "nastar" in p and "kastengel" in p
    p = _products("Kue Bu Sri: kue lapis/bolu 85rb, putri salju 80rb. WA 0812 1111 2222")
    assert not any("/" in x for x in p)


def test_what_the_customer_brings_is_no_card():
    from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped
    assert name_shaped("kain sendiri bawa") is None
    assert name_shaped("bawa kain sendiri") is None
    assert name_shaped("bring your own wine") is None
    p = _products("Penjahit Bu Sum, Klaten. kami terima jahit kebaya 150rb, permak celana, kain sendiri bawa juga "
                  "boleh. WA 0812 1111 2222")
    assert not any("bawa" in x for x in p)


def test_goods_made_by_the_business_itself_stay():
    from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped
    assert name_shaped("kopi sangrai sendiri") == "kopi sangrai sendiri"
    assert name_shaped("tas bawaan") == "tas bawaan"


def test_spoken_itu_after_an_item_is_not_its_name():
    from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped
    assert name_shaped("cuci sofa itu") == "cuci sofa"
    assert name_shaped("cuci sofa") == "cuci sofa"

"""Briefs written about a business by someone else (an agency for its client, a child for a parent, a group admin for
a member): what "they", "mereka" or "beliau" sell is the business's offering, as if the owner said it; the agency's
own clause gives no note, audience or town of its client; a note never opens on a joining word; an export market is
a delivery fact, not a card. Each reading has a nearby text that keeps its old reading. Wordings written for these
tests."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.brief import BriefInfo, extract_offerings
from tapsite_pipeline.models import Fact
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.joined_notes import whole_joined

pytestmark = pytest.mark.unit


def _notes(text: str) -> list[str]:
    return [f.value for f in parse_brief(text).facts if f.kind == "note"]


_THEY = ("this is for my uncle and aunt, together they are Gending Sari Klaten. they do gamelan accompaniment, wayang "
         "kulit shows and karawitan lessons. area Klaten and Solo.")


def test_they_do_lists_the_work_like_we_do() -> None:
    they = parse_brief(_THEY)
    we = parse_brief("we are Gending Sari Klaten. we do gamelan accompaniment, wayang kulit shows and karawitan "
                     "lessons. area Klaten and Solo.")
    assert "gamelan accompaniment" in they.products and "wayang kulit shows" in they.products
    assert they.products == we.products
    assert not any(n.lower().startswith("they") for n in _notes(_THEY))
    # "they" of the customers, with no verb of the trade, lists nothing
    guests = parse_brief("Gending Sari Klaten plays gamelan for weddings. they can also request Javanese songs.")
    assert "javanese songs" not in guests.products


def test_beliau_and_mereka_speak_for_the_owner() -> None:
    text = ("Saya bantu paman saya bikin web. Beliau menangani servis kulkas, servis mesin cuci dan bongkar pasang AC. "
            "Namanya Teknik Paman Joko di Boyolali.")
    beliau = parse_brief(text)
    assert beliau.products[:3] == ["servis kulkas", "servis mesin cuci", "bongkar pasang ac"]
    assert beliau.products == parse_brief(text.replace("Beliau", "Kami")).products
    assert not any(n.lower().startswith("beliau") for n in _notes(text))
    mereka = parse_brief("Mereka anyam tas pandan, tikar pandan dan topi pandan. Namanya Anyaman Mekar Tasik.")
    assert mereka.products[:3] == ["tas pandan", "tikar pandan", "topi pandan"]


def test_the_third_person_ends_an_item_like_the_first_person() -> None:
    # "beliau" opens a clause of its own: the words before it are no item, and no card is "beliau" or its adverb
    intent = parse_brief("Ayah saya pandai besi di Pasuruan. Waktu sawah sepi, beliau coba bikin pisau dapur. Sekarang "
                         "kami jual pisau dapur, golok dan arit. Namanya Pande Wesi Pak Kasim, kirim se-Jawa.")
    assert "pisau dapur" in intent.products and "golok" in intent.products
    assert not any("beliau" in p or p.startswith("waktu") or p == "coba" for p in intent.products)


def test_a_possessive_label_is_no_note() -> None:
    for who in ("Her", "Their", "His"):
        text = (f"Mbok Darmi makes jamu in Kudus. {who} products: kunyit asam, beras kencur and temulawak, "
                "Rp 10.000 per bottle.")
        assert not any(n.lower().endswith("products") for n in _notes(text))
    # a label with more to it than the speaker stays a note when nothing reads it
    assert any("old recipe" in n for n in _notes("Mbok Darmi makes jamu in Kudus. Her old recipe from the village: "
                                                 "kunyit asam and beras kencur."))


_AGENCY = ("We are Tirta Kreatif, a small design studio and agency in Surabaya, writing this brief for our client "
           "Kopi Lereng Ijen. The estate grows arabica in Bondowoso. They sell roasted beans and green "
           "beans. Contact the client on WhatsApp 0812 3300 4411.")


def test_the_agency_clause_gives_no_note_and_no_town() -> None:
    intent = parse_brief(_AGENCY)
    assert intent.brand_name == "Kopi Lereng Ijen"
    assert not any("agency" in n.lower() or "tirta kreatif" in n.lower() for n in _notes(_AGENCY))
    assert intent.location == "Bondowoso"  # the client's own town, not where the agency sits
    # the client's words naming no town: the agency's town is the best guess left
    no_town = _AGENCY.replace(" in Bondowoso", "")
    assert parse_brief(no_town).location == "Surabaya"
    # written by the owner, the same town is the business's
    own = parse_brief("We are Kopi Lereng Ijen, a small roastery in Surabaya. We sell roasted beans and green beans.")
    assert own.location == "Surabaya"


def test_the_agencys_words_are_no_audience() -> None:
    text = ("Kami, agensi Sinar Rupa, menulis brief ini untuk klien kami Sanggar Tari Melati di Kendari. Klien "
            "melatih tari tradisional untuk anak SD dan SMP.")
    intent = parse_brief(text)
    assert "klien" not in intent.target_audience
    plain = parse_brief("Sanggar Tari Melati di Kendari, kami melatih tari tradisional untuk anak SD dan SMP.")
    assert "klien" not in plain.target_audience


def test_a_note_never_opens_on_a_joining_word() -> None:
    facts = [Fact(kind="note", value="and garden tours by request"), Fact(kind="note", value="serta antar ke rumah"),
             Fact(kind="note", value="and more")]
    out = [f.value for f in whole_joined("", "", facts)]
    assert out[0] == "garden tours by request" and out[1] == "antar ke rumah"
    assert out[2] == "and more"  # one word after the joiner: nothing to say on its own, left as read
    # a note that only starts with a word like a joiner keeps it
    assert whole_joined("", "", [Fact(kind="note", value="andong rides on weekends")])[0].value == \
        "andong rides on weekends"


def test_an_export_market_is_a_delivery_fact_not_a_card() -> None:
    intent = parse_brief("Tani Cengkeh Jaya sells dried cloves and clove oil from Toli-Toli. Export to Malaysia and "
                         "Japan is possible.")
    assert not any("export" in p or "malaysia" in p for p in intent.products)
    assert any(f.kind == "delivery" and "Malaysia" in f.value for f in intent.facts)
    # a file saved as another kind goes to no country; an export service keeps its name
    app = parse_brief("Aplikasi stok Gudangku: catat barang masuk keluar, laporan bisa ekspor ke Excel.")
    assert not any(f.kind == "delivery" for f in app.facts)
    agent = parse_brief("PT Laju Samudra, jasa ekspor ke Malaysia: urus dokumen dan kontainer.")
    assert not any(f.kind == "delivery" and "Malaysia" in f.value for f in agent.facts)


def test_goods_of_a_grade_are_goods() -> None:
    intent = parse_brief("Kebun Pala Banda is a family farm in Banda. We sell grade A nutmeg, mace and nutmeg syrup.")
    assert "grade a nutmeg" in intent.products
    spec = parse_brief("Kebun Pala Banda jual pala kering dan fuli, kadar air 10%, grade A.")
    assert not any(p.startswith("grade") or p.startswith("kadar") for p in spec.products)


def test_items_between_bracketed_prices_are_all_read() -> None:
    intent = parse_brief("Madu Hutan Sumbawa is a family business in Sumbawa. We sell forest honey (IDR 120,000), "
                         "honeycomb (IDR 150,000), bee pollen (IDR 90,000) and propolis.")
    assert intent.products[:4] == ["forest honey", "honeycomb", "bee pollen", "propolis"]
    # a bracket of kinds (no amount) still lists those kinds as the goods
    kinds = parse_brief("Madu Hutan Sumbawa is a family business in Sumbawa. We sell honey (forest, klanceng) and "
                        "propolis.")
    assert "propolis" in kinds.products


def test_scorer_reads_a_possessive_label_and_no_agency_town() -> None:
    assert "her products" not in extract_offerings("Mbok Darmi makes jamu. Her products: kunyit asam, beras kencur.")
    info = BriefInfo("We are Tirta Kreatif, an agency in Surabaya, writing for our client Kopi Lereng Ijen. The "
                     "estate is in Bondowoso.")
    assert "surabaya" not in info.places and "bondowoso" in info.places
    assert "surabaya" in BriefInfo("We are Kopi Lereng Ijen, a roastery in Surabaya.").places

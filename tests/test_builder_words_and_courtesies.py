"""Words the owner says to the page's builder, and the greetings and courtesies of any region, are never cards:

- the page's purpose after a request ("bikinin web untuk jualan dan cari reseller"): selling with no goods named is no
  list, whatever verb joins it; goods named after the selling verb ("web buat jualan rendang") still are cards;
- "jadiin web": a request for the page like "bikinin web", and the owner's own post handed over with it ("postingan
  IG kami, jadiin web") is what the page is made of; a caption written for clients ("jasa caption IG") is sold;
- a regional greeting or thanks (Javanese, Sundanese, Balinese, Batak …) opening or closing the brief is no card;
  "mangga" without a welcome after it is a fruit;
- "teh" is an elder sister before a name ("Teh Wulan") and tea when it opens a two-word tea ("teh poci melati").
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.courtesies import is_courtesy
from tapsite_pipeline.providers.offline_rules.offerings import offerings

pytestmark = pytest.mark.unit


def _cards(text: str) -> list[str]:
    return parse_brief(text).products


def _read(text: str) -> list[str]:
    """What the offer readers take from the text, before the learned filter and the later clean-ups."""
    return offerings(text.lower(), [], "id", [], [])


def test_the_pages_purpose_after_a_request_is_no_card() -> None:
    read = _read("keripik balado, keripik manis. tolong bikinin web buat jualan & nyari reseller ya min")
    assert read == ["keripik balado", "keripik manis"]


def test_goods_named_after_the_pages_selling_verb_stay_cards() -> None:
    assert _read("tolong bikinin web buat jualan rendang & dendeng balado kak") == ["rendang", "dendeng balado"]


def test_a_post_handed_to_the_builder_is_no_card() -> None:
    assert _read("postingan fb kami, jadiin web ya") == []
    cards = _cards('postingan IG kami nih, jadiin web ya: "bakso urat 15rb, bakso beranak 25rb, mie ayam 12rb" '
                   "Bakso Pak Darmo, WA 0857 1212 3434")
    assert not any("postingan" in c or "jadiin" in c for c in cards)


def test_captions_written_for_clients_are_still_sold() -> None:
    assert "caption ig" in _read("Jasa caption IG & desain feed buat UMKM")
    assert "caption ig" in _cards("Jasa caption IG & desain feed buat UMKM, WA 0812 1111 2222")


@pytest.mark.parametrize("phrase", ["kulo nuwun", "matur nuwun", "hatur nuhun akang", "wilujeng sumping",
                                    "sugeng enjing", "nyuwun sewu", "om swastiastu", "suksma", "horas",
                                    "mauliate", "punten", "assalamualaikum dunsanak"])
def test_regional_greetings_and_thanks_are_courtesies(phrase: str) -> None:
    assert is_courtesy(phrase)


@pytest.mark.parametrize("phrase", ["mangga harum manis", "teh tarik", "salam jawa", "horas tour", "salam",
                                    "balas chat"])  # bay leaf alone; replying to chats is an admin service's work
def test_goods_sharing_a_greetings_word_are_no_courtesy(phrase: str) -> None:
    assert not is_courtesy(phrase)


def test_a_javanese_greeting_opening_the_brief_is_no_card() -> None:
    assert "nyuwun sewu" not in _read("nyuwun sewu, kula Mbak Rini saking Lasem. damel batik tulis")
    cards = _cards("sugeng enjing, kulo Bu Warsi saking Klaten. nampi damel jenang dodol 40rb lan wajik 35rb. "
                   "WA 0813 5566 7788, matur nuwun")
    assert not any(is_courtesy(c) or "nuwun" in c or "sugeng" in c for c in cards)


def test_a_sundanese_thanks_said_alone_is_no_card() -> None:
    assert _read("hatur nuhun akang teteh") == []
    cards = _cards("Punten, abdi jualan peuyeum sareng colenak di Cimahi, hatur nuhun akang teteh")
    assert "peuyeum" in cards
    assert not any("nuhun" in c or "punten" in c for c in cards)


def test_a_fruit_sharing_a_welcomes_word_is_still_sold() -> None:
    assert _read("mangga harum manis & mangga gedong") == ["mangga harum manis", "mangga gedong"]


def test_teh_before_a_name_is_still_a_person() -> None:
    cards = _cards("Cilok Teh Wulan di Garut: cilok kuah 10rb, cilok goang 12rb. WA 0813 4545 6767")
    assert not any(c.startswith("teh ") for c in cards)


def test_what_a_javanese_maker_says_he_makes_is_sold_after_the_greeting() -> None:
    cards = _cards("kulo nuwun, kulo Mbah Karto, pengrajin keris saking Sumenep. damel keris luk tujuh 2 jt lan "
                   "warangka jati 400rb. WA 0819 3344 5566, maturnuwun")
    assert {"keris luk tujuh", "warangka jati"} <= set(cards)
    assert not any("nuwun" in c for c in cards)


def test_a_javanese_request_to_take_orders_still_reads_as_one_verb() -> None:
    assert _read("nampi damel tumpeng, nasi kotak") == ["tumpeng", "nasi kotak"]


def test_a_greeting_capitalised_at_the_start_is_no_name() -> None:
    intent = parse_brief("Kulo Nuwun, kulo Mas Bayu, tukang foto manten saking Solo. WA 0813 1111 2222")
    assert intent.brand_name and "nuwun" not in intent.brand_name.lower()
    intent = parse_brief("Mauliate Godang! Kami jual ulos dan kain songket di Siantar. WA 0813 1111 2222")
    assert intent.brand_name and "mauliate" not in intent.brand_name.lower()


def test_a_name_after_the_greeting_is_still_read() -> None:
    intent = parse_brief("Punten! Saung Angklung Mang Udjo Junior nyayogikeun angklung sareng calung. WA 0812 4444 5555")
    assert intent.brand_name == "Saung Angklung Mang Udjo Junior"


def test_a_chat_groups_courtesy_ends_the_item_before_it() -> None:
    read = _read("jual bibit lele sangkuriang, hasil kolam sendiri numpang promo ya min. lele konsumsi 25rb/kg")
    assert not any("promo" in r or "numpang" in r for r in read)


def test_a_reply_to_a_customers_question_is_no_card() -> None:
    read = _read("membalas chat kakak: kami menerima jahit kebaya & gamis. Terima kasih")
    assert read == ["jahit kebaya", "gamis"]


def test_goods_sharing_a_courtesys_word_are_still_read() -> None:
    assert "daun salam" in _read("jual rempah: daun salam, sereh, lengkuas")
    assert "urus izin usaha" in _read("jasa urus izin usaha, pajak & laporan keuangan UMKM")


def test_an_english_trim_is_no_thanks() -> None:
    assert "beard trims" in _read("Barber Kuta: classic cuts and beard trims")


def test_a_courtesy_said_alone_is_no_note_either() -> None:
    intent = parse_brief("kulo nuwun, kulo Mbah Karto, pengrajin keris saking Sumenep. damel keris luk tujuh 2 jt. "
                         "WA 0819 3344 5566, matur nuwun")
    values = [f.value.lower() for f in intent.facts]
    assert not any(is_courtesy(v) for v in values)
    assert any("2 jt" in v for v in values)  # the price is still a fact


def test_the_brief_alone_scorer_expects_no_courtesy_as_an_offering() -> None:
    from tapsite_pipeline.evals.fidelity.brief import extract_offerings

    assert extract_offerings("Selamat pagi Bun, menjawab pertanyaannya: kami jual nastar, kastengel. Hatur nuhun") \
        == ["nastar", "kastengel"]
    assert "matur nuwun" not in extract_offerings("kulo Mbah Karto, damel keris. WA 0819 3344 5566, matur nuwun")
    assert extract_offerings("jual kerupuk kulit, rengginang, opak. WA 0819 3344 5566") == [
        "kerupuk kulit", "rengginang", "opak"]

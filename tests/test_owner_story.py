"""The owner's story (story.py): a clause about what the family did before, or opened by a word of the past, gives
no note, up to where the owner turns to today; a year told in it is the founding year. The
family at work today, a "waktu" of time, and a count of growth are left alone."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.story import story_spans

pytestmark = pytest.mark.unit


def _read(brief: str) -> tuple[list[str], list[str], list[str]]:
    intent = parse_brief(brief)
    notes = [f.value.lower() for f in intent.facts if f.kind == "note"]
    since = [f.value for f in intent.facts if f.kind == "since"]
    return [p.lower() for p in intent.products], notes, since


@pytest.mark.parametrize("brief,then", [
    ("Kakek saya dulu nelayan, melaut pakai perahu dayung. Sekarang kami jual abon tuna dan bakso ikan. "
     "wa 0812 7000 1111", "perahu dayung"),
    ("Dulu nenek saya jualan gorengan keliling kampung naik sepeda. Toko Kue Laras jual bolu pandan dan "
     "lapis legit. wa 0812 7000 2222", "gorengan keliling"),
    ("Saat krismon usaha konveksi ayah bangkrut, beliau coba-coba bikin sandal jepit. Sandal Kita jual sandal "
     "kulit dan sepatu anyaman. wa 0812 7000 3333", "sandal jepit"),
])
def test_the_goods_of_then_are_no_note(brief: str, then: str) -> None:
    _, notes, _ = _read(brief)
    assert not any(then in n for n in notes), notes


def test_a_year_opening_a_first_step_is_the_founding_year() -> None:
    _, notes, since = _read("Bengkel Jaya Motor, servis motor dan ganti oli. Ayah saya dulu montir di pabrik gula. "
                            "Tahun 2011 kami sewa kios pertama di pasar. wa 0812 7000 5555")
    assert since == ["2011"], since
    assert not any(n.startswith("tahun 2011") for n in notes), notes


def test_a_decade_told_in_the_story_is_since() -> None:
    _, _, since = _read("Clay & Kiln makes stoneware mugs and bowls. My grandfather started throwing pots in the "
                        "1970s. Email hello@claykiln.id")
    assert since == ["the 1970s"], since


def test_a_said_since_year_wins_over_the_story() -> None:
    _, _, since = _read("Dulu bapak saya petani. Tahun 2015 kami mulai jualan. Toko Tani Subur buka sejak 2016, "
                        "jual pupuk dan bibit. wa 0812 7000 6666")
    assert since == ["2016"], since


@pytest.mark.parametrize("lower", [
    "ibu saya yang masak sendiri semua menunya, nasi uduk dan lontong sayur",  # the family at work today
    "waktu pengerjaan 3 hari, bisa kirim ke luar kota",                         # "waktu" of how long
    "saat ini kami melayani cuci karpet dan sofa",                               # "saat ini" is now
    "my mother bakes every cake herself",                                        # no past marker
    "booking dulu ya kak, slot terbatas",                                        # "dulu" that closes a request
])
def test_no_story_in_lookalikes(lower: str) -> None:
    assert story_spans(lower) == [], story_spans(lower)


def test_a_count_of_growth_stays_a_note() -> None:
    _, notes, _ = _read("Kebun Jamur Tiram Pak Darto. Tahun 2016 bapak mulai budidaya jamur, awalnya cuma 2 rak, "
                        "sekarang 40 rak. Jual jamur tiram segar 20rb/kg. wa 0812 7000 7777")
    assert any("2 rak" in n for n in notes), notes


def test_a_pronoun_and_be_run_together_is_no_card() -> None:
    from tapsite_pipeline.providers.offline_rules.fragment_shape import fragment
    assert fragment("together we're", ["together", "we're"])
    assert fragment("it's handmade", ["it's", "handmade"])
    # a possessive "'s" of the goods is a name: "men's shirts", "kid's shoes"
    assert not fragment("men's shirts", ["men's", "shirts"])
    assert not fragment("kid's shoes", ["kid's", "shoes"])

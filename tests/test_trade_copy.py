"""Words that fit the trade inside the niche (issue 9): a music business that teaches, sells instruments or records is
not written as a band booked for parties, a farm that raises goats, keeps fish, grows seedlings, makes fertiliser or
ploughs other farmers' fields does not sell "hasil panen"; and the coherence signal that catches a page written for
another trade of the same niche."""

from __future__ import annotations

import pytest

from fidelity_pages import page
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.models import SECTION_TYPES, Intent
from tapsite_pipeline.providers.offline_rules.copy import write_section
from tapsite_pipeline.providers.offline_rules.copy.trades import trade_of

pytestmark = pytest.mark.unit

BAND_WORDS = ("grup musik", "acara yang lebih hidup", "bawakan", "music act", "events with more life", "what we play")
HARVEST_WORDS = ("panen", "harvest", "what we grow", "produce")


def _copy(intent: Intent) -> str:
    secs = [write_section(st, intent, {"whatsapp": "0812 1111 2222"}) for st in SECTION_TYPES]
    return " ".join(t for s in secs for t in (s.heading, s.body, *(i.title for i in s.items)) if t).lower()


def _intent(bt: str, niche: str, brand: str, products: list[str], lang: str = "id", industry: str = "") -> Intent:
    return Intent(business_type=bt, industry=industry or niche, niche=niche, brand_name=brand, products=products,
                  language=lang, tone="friendly")


# ---------------------------------------------------------------- the generator: music

@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("bt", "brand", "products", "trade"), [
    ("education", "Rumah Nada Kirana", ["les biola anak", "kelas keyboard"], "music_lessons"),
    ("education", "Kirana Music School", ["violin for kids", "keyboard basics"], "music_lessons"),
    ("retail", "Toko Musik Serumpun", ["ukulele", "senar gitar"], "music_shop"),
    ("creative", "Gema Lembah", ["rekaman vokal", "mixing dan mastering"], "music_studio"),
])
def test_a_music_business_that_is_no_band_is_not_written_as_one(lang, bt, brand, products, trade) -> None:
    intent = _intent(bt, "music", brand, products, lang)
    assert getattr(trade_of("music", intent.industry, (brand, *products)), "key", None) == trade
    text = _copy(intent)
    for w in BAND_WORDS:
        assert w not in text, (w, text)


@pytest.mark.parametrize(("brand", "products"), [
    ("Orkes Pesisir Raya", ["orkes melayu untuk hajatan", "organ tunggal"]),
    ("The Rainy Swing", ["jazz trio for dinners", "wedding sets"]),
])
def test_a_band_keeps_the_words_of_a_band(brand, products) -> None:
    """Negative: a group that plays at events takes no trade, and keeps the music profile's own words."""
    assert trade_of("music", "music", (brand, *products)) is None


# ---------------------------------------------------------------- the generator: farms

@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("brand", "products", "trade"), [
    ("Kandang Pak Darmo", ["kambing jantan qurban", "domba ekor gemuk"], "livestock"),
    ("Ternak Puyuh Sari", ["telur puyuh", "puyuh afkir"], "livestock"),
    ("Tambak Bu Ningsih", ["udang vaname", "bandeng segar"], "fishery"),
    ("Sumber Tunas", ["bibit mangga okulasi", "bibit jeruk"], "nursery"),
    ("KWT Sekar Arum", ["pupuk organik cair", "kompos daun"], "farm_inputs"),
    ("UPJA Tani Mulya", ["sewa traktor sawah", "jasa tanam padi"], "farm_services"),
])
def test_a_farm_that_does_not_grow_crops_sells_no_harvest(lang, brand, products, trade) -> None:
    intent = _intent("other", "farm_produce", brand, products, lang, "agriculture")
    assert getattr(trade_of("farm_produce", "agriculture", (brand, *products)), "key", None) == trade
    text = _copy(intent)
    for w in HARVEST_WORDS:
        assert w not in text, (w, text)


def test_a_farm_whose_lead_says_nothing_of_what_it_raises_is_written_neutrally() -> None:
    intent = _intent("other", "farm_produce", "Lestari Alam", ["madu kelulut", "propolis"], "id", "agriculture")
    assert trade_of("farm_produce", "agriculture", ("Lestari Alam", "madu kelulut")) is None
    assert "panen" not in _copy(intent)


def test_a_crop_farm_keeps_its_harvest_words() -> None:
    """Negative: a garden that grows and picks what it sells is still told in harvest words."""
    t = trade_of("farm_produce", "agriculture", ("Kebun Sayur Mbok Sri", "bayam organik", "kangkung"))
    assert t is not None and t.key == "crops" and t.item == ("hasil panen", "produce")


def test_fertiliser_of_goat_manure_is_fertiliser_and_fish_seed_is_fish() -> None:
    assert trade_of("farm_produce", "agriculture", ("Tani Rukun", "pupuk kandang kambing")).key == "farm_inputs"
    assert trade_of("farm_produce", "agriculture", ("Mina Lestari", "bibit gurame")).key == "fishery"


# ---------------------------------------------------------------- the scorer

_GOATS = "Peternakan Domba Sido Rukun di Temanggung jual domba dan kambing untuk aqiqah, bisa antar. WA 0812 4141 5252"
_PIANO = ("Rumah Piano Cantabile, Bogor: kursus piano klasik untuk anak dan dewasa, persiapan ujian, 4x sebulan "
          "Rp350.000. WA 0812 6161 7272")
_MUSIC_SHOP = ("Toko Musik Irama Nusa di Kendari menjual gitar, biola dan stand mic, juga senar untuk band sekolah. "
               "WA 0812 8181 9292")


def _farm_page(brand: str, lead: str) -> str:
    return page(brand=brand, title=f"{brand} — Temanggung", h1=f"{brand}: domba dan kambing", eyebrow=f"{brand} · Temanggung",
                lead=lead, products_head="Yang Tersedia", cards=[("Domba", "Domba sehat."), ("Kambing", "Kambing sehat.")])


def test_harvest_words_on_a_livestock_farm_fail_coherence() -> None:
    html = _farm_page("Peternakan Domba Sido Rukun", "Lihat pilihan hasil panen kami, langsung dari sumbernya.")
    r = score_page(html, _GOATS)
    assert not r["coherence"].passed
    assert any('"hasil panen"' in p and "livestock" in p for p in r["coherence"].problems), r["coherence"].problems


def test_livestock_words_on_a_livestock_farm_pass() -> None:
    html = _farm_page("Peternakan Domba Sido Rukun", "Lihat pilihan produk peternakan kami, dari ternak sehat.")
    r = score_page(html, _GOATS)
    assert r["coherence"].metrics["off_trade"] == 0, r["coherence"].problems


def test_harvest_words_on_a_vegetable_garden_pass() -> None:
    brief = "Kebun sayur organik Mbok Sri di Dieng: kentang, kol, daun bawang, dipanen tiap pagi. WA 0812 3030 4040"
    html = page(brand="Kebun Sayur Mbok Sri", lead="Pilihan hasil panen dari Kebun Sayur Mbok Sri.",
                cards=[("Kentang", "Kentang Dieng."), ("Kol", "Kol segar.")])
    assert score_page(html, brief)["coherence"].metrics["off_trade"] == 0


def test_a_brief_naming_no_trade_of_the_group_is_not_judged() -> None:
    brief = "Madu Kelulut Lestari dari Kutai, botol 250 ml 90rb. WA 0812 5050 6060"
    html = page(brand="Madu Kelulut Lestari", lead="Pilihan hasil panen dari Madu Kelulut Lestari.",
                cards=[("Madu Kelulut", "Botol 250 ml.")])
    assert score_page(html, brief)["coherence"].metrics["off_trade"] == 0


def test_a_piano_school_written_as_a_band_fails_coherence() -> None:
    html = page(brand="Rumah Piano Cantabile", lead="Rumah Piano Cantabile adalah grup musik untuk acara yang lebih hidup.",
                products_head="Yang Bisa Kami Bawakan", cards=[("Piano Klasik", "Untuk anak dan dewasa.")])
    problems = score_page(html, _PIANO)["coherence"].problems
    for w in ("grup musik", "acara yang lebih hidup", "yang bisa kami bawakan"):
        assert any(f'"{w}"' in p and "teaching" in p for p in problems), (w, problems)


def test_an_audience_named_in_passing_does_not_make_a_shop_a_band() -> None:
    html = page(brand="Toko Musik Irama Nusa", lead="Pilihan pas untuk acara yang lebih hidup.",
                cards=[("Gitar", "Gitar akustik."), ("Biola", "Biola pemula.")])
    problems = score_page(html, _MUSIC_SHOP)["coherence"].problems
    assert any('"acara yang lebih hidup"' in p and "shop" in p for p in problems), problems


def test_a_band_page_with_band_words_passes() -> None:
    brief = "Band akustik Senja Raya dari Malang, tampil di pernikahan dan acara kantor, 3 jam 4jt. WA 0812 7070 1212"
    html = page(brand="Senja Raya", lead="Senja Raya adalah grup musik untuk acara yang lebih hidup.",
                cards=[("Akustik Trio", "3 jam.")])
    assert score_page(html, brief)["coherence"].metrics["off_trade"] == 0


@pytest.mark.parametrize(("industry", "words", "trade"), [
    # the label says lessons, the name and the first offering do not
    ("music lessons", ("Nada Ceria Kids", "cello", "flute"), "music_lessons"),
    # a later offering says it
    ("music", ("Ruang Dengung", "sewa ruang per jam", "mastering lagu"), "music_studio"),
    ("music", ("Melodi Kecil", "piano", "kelas biola anak"), "music_lessons"),
])
def test_a_music_trade_said_by_its_label_or_a_later_offering(industry, words, trade) -> None:
    t = trade_of("music", industry, words)
    assert t is not None and t.key == trade


def test_a_later_offering_reads_no_further_for_a_farm() -> None:
    """Negative: a goat farm whose second offering is manure stays a goat farm; a farm trade is said by the lead."""
    assert trade_of("farm_produce", "agriculture", ("Kandang Sejahtera", "kambing etawa", "pupuk kandang")).key == \
        "livestock"
    assert trade_of("farm_produce", "agriculture", ("Sinar Tani", "madu", "bibit jeruk")) is None


# ---------------------------------------------------------------- weddings: a host is no planner

@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_wedding_mc_is_not_written_as_a_wedding_planner(lang) -> None:
    intent = _intent("events", "wedding", "Suara Renjana", ["sewa sound system", "MC resepsi adat Jawa"], lang,
                     "wedding organizer")
    assert trade_of("wedding", intent.industry, ("Suara Renjana", *intent.products)).key == "wedding_mc"
    text = _copy(intent)
    for w in ("wedding organizer", "wedding planner", "paket pernikahan", "wedding packages"):
        assert w not in text, (w, text)


def test_a_wedding_organiser_stays_a_planner() -> None:
    """Negative: an organiser whose name and first offerings say no MC keeps the wedding profile's words."""
    assert trade_of("wedding", "wedding organizer", ("Janji Suci WO", "paket akad", "dekorasi pelaminan")) is None


def test_a_wedding_mc_called_a_wedding_planner_fails_coherence() -> None:
    brief = "Mas Gilang, MC akad dan resepsi berbahasa Jawa dan Indonesia di Klaten, mulai 2jt. WA 0812 2323 4545"
    html = page(brand="Mas Gilang", lead="Mas Gilang adalah wedding planner untuk hari bahagia kalian.",
                cards=[("MC Akad", "Bahasa Jawa."), ("MC Resepsi", "Dua bahasa.")])
    problems = score_page(html, brief)["coherence"].problems
    assert any('"wedding planner"' in p and "hosting" in p for p in problems), problems


def test_a_wedding_organiser_called_a_wedding_planner_passes() -> None:
    brief = ("Janji Suci, wedding organizer di Solo: koordinasi hari H, dekorasi, katering dan MC. Paket mulai 30jt. "
             "WA 0812 6767 8989")
    html = page(brand="Janji Suci", lead="Janji Suci adalah wedding planner untuk hari bahagia kalian.",
                cards=[("Koordinasi Hari H", "Tim lengkap."), ("Dekorasi", "Sesuai tema.")])
    assert score_page(html, brief)["coherence"].metrics["off_trade"] == 0

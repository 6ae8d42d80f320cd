"""Classes of phrase the offering rules must tell apart, each pinned by briefs written for the class rather than
taken from a dataset: certificates glued to goods, ways to pay, audience-plus-lesson offerings said in English
order, a list of services said after "kami"/"we" and a verb, and acronyms on card titles."""

from __future__ import annotations

import re

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.util import title_case
from tapsite_pipeline.providers.offline_rules.offer_collector import Collector
from tapsite_pipeline.providers.offline_rules.roles import is_offering

WA = " WA 0812-3456-7890"


@pytest.mark.parametrize("brief, kept, gone", [
    ("jual skincare original BPOM, serum, toner dan sunscreen, namanya Glow Shop." + WA,
     ["skincare", "serum"], ["skincare original bpom"]),
    ("Toko Lebah Rimba jual madu hutan asli dan propolis." + WA, ["madu hutan", "propolis"], ["madu hutan asli"]),
    ("Kami jual helm SNI, jaket touring dan sarung tangan. Helmku Garage." + WA, ["helm"], ["helm sni"]),
])
def test_a_certificate_after_the_goods_is_not_part_of_their_name(brief, kept, gone):
    products = parse_brief(brief).products
    assert all(k in products for k in kept), products
    assert not any(g in products for g in gone), products


@pytest.mark.parametrize("phrases, expected", [
    # the certificate is the work itself
    (["jasa sertifikasi halal"], ["sertifikasi halal"]),
    (["stiker halal"], ["stiker halal"]),
    # the word tells two kinds of the same goods apart
    (["parfum refill", "parfum original"], ["parfum refill", "parfum original"]),
    (["sambal halal mui"], ["sambal"]),
])
def test_certificate_kept_where_it_names_the_work_or_the_kind(phrases, expected):
    c = Collector("id", set(), False)
    for p in phrases:
        c.push(p)
    assert c.items == expected


@pytest.mark.parametrize("word", ["cod", "transfer", "qris", "tunai", "cash", "debit", "cicilan", "paylater",
                                  "gopay", "ovo"])
def test_a_way_to_pay_is_not_an_offering(word):
    assert not is_offering(word)
    assert not is_offering(f"{word} bca" if word != "bca" else word) or word in ("transfer",)


@pytest.mark.parametrize("phrase", ["kredit motor", "airport transfer", "kartu nama", "leather wallets"])
def test_goods_beside_a_payment_word_stay_offerings(phrase):
    assert is_offering(phrase)


def test_payment_words_in_a_brief_are_not_cards():
    products = parse_brief("Toko Batik Sari menjual batik tulis, batik cap dan kain tenun, bisa bayar COD, "
                           "transfer dan QRIS." + WA).products
    assert products[:3] == ["batik tulis", "batik cap", "kain tenun"]
    assert not {"cod", "transfer", "qris"} & set(products)


@pytest.mark.parametrize("phrase, expected", [
    ("beginner lessons", True), ("kids classes", True), ("private lessons", True), ("kelas pemula", True),
    ("full-day sessions", False), ("family package", False), ("beginners", False),
])
def test_audience_or_level_with_a_lesson_head_is_an_offering_in_either_order(phrase, expected):
    assert is_offering(phrase) is expected


def test_surf_school_keeps_its_beginner_lessons():
    products = parse_brief("Ombak Surf School in Canggu — beginner lessons, surf guiding and board rental. "
                           "Book on Instagram @ombaksurf").products
    assert products[:3] == ["beginner lessons", "surf guiding", "board rental"]


@pytest.mark.parametrize("brief, expected", [
    ("Bengkel AC mobil Sejuk Motor di Bekasi, kami isi freon, servis kompresor dan cuci evaporator." + WA,
     ["isi freon", "servis kompresor", "cuci evaporator"]),
    ("Saya lulusan ITB, berpengalaman 10 tahun, saya ajar matematika, fisika dan kimia untuk SMA. "
     "Les Privat Pak Budi" + WA, ["matematika", "fisika", "kimia"]),
])
def test_a_list_said_after_we_and_a_verb_is_the_offering(brief, expected):
    products = parse_brief(brief).products
    assert products[:3] == expected, products
    assert not any("lulusan" in p or "sejuk motor" in p for p in products)


def test_a_clause_after_we_that_is_no_list_gives_no_cards():
    products = parse_brief("Kami berlokasi di Jl. Merdeka 5, buka setiap hari, menerima pesanan kue ulang "
                           "tahun. Toko Kue Bu Ani" + WA).products
    assert products == ["kue ulang tahun"]


@pytest.mark.parametrize("phrase, title", [
    ("skincare bpom", "Skincare BPOM"), ("aplikasi android dan ios", "Aplikasi Android dan iOS"),
    ("kol & influencer", "KOL & Influencer"), ("cetak pdf", "Cetak PDF"), ("sistem erp", "Sistem ERP"),
    ("sate api", "Sate Api"),  # "api" is fire in Indonesian
    ("kue lapis", "Kue Lapis"),
])
def test_card_titles_write_acronyms_in_capitals(phrase, title):
    assert title_case(phrase) == title


@pytest.mark.parametrize("brief, expected", [
    ("BrightNest — office cleaning, carpet shampooing and window washing in Surabaya. Email hi@brightnest.id",
     "office cleaning"),
    ("Green Valley: farm tours, fruit picking and a weekend market in Lembang. IG @greenvalley", "farm tours"),
])
def test_an_english_place_word_before_a_service_is_part_of_the_offering(brief, expected):
    assert expected in parse_brief(brief).products


@pytest.mark.parametrize("brief", [
    "Studio Musik Nada Ria di Solo, les drum dan gitar untuk anak." + WA,
    "Salon Cantik Ayu di Bekasi melayani creambath, potong rambut dan smoothing." + WA,
])
def test_an_indonesian_venue_before_its_name_still_describes_the_business(brief):
    products = parse_brief(brief, {"language": "en"}).products
    assert not any(p.startswith(("studio ", "salon ")) for p in products), products


def test_where_the_goods_come_from_ends_the_item():
    products = parse_brief("Kelompok Tani Subur jual sayur kol, wortel, kentang langsung dr petani." + WA).products
    assert "kentang" in products
    assert not any("petani" in p for p in products)


@pytest.mark.parametrize("brief, first", [
    # every listed offering is marked as one more: the self-description's offerings come first
    ("Bespoke suits and kebaya for weddings, by Sastro Tailor, Semarang. Alterations too. Call 0811-290-4411.",
     ["bespoke suits", "kebaya", "alterations"]),
    ("Raw forest honey from Sumbawa, harvested by our cooperative. Also propolis and bee pollen. Madu Tambora. "
     "WhatsApp 0878 6540 9090", ["raw forest honey", "propolis", "bee pollen"]),
])
def test_an_offering_marked_as_one_more_keeps_what_came_before(brief, first):
    assert parse_brief(brief).products[:3] == first


def test_rules_keep_the_self_description_before_an_added_offering():
    from tapsite_pipeline.providers.offline_rules.offerings import offerings
    # "juga" after an offer verb: the list still follows it
    lower = "toko kue bu rina jual brownies panggang, bolu pandan. ada juga nasi kotak untuk acara."
    assert offerings(lower, [], "id", [], []) == ["brownies panggang", "bolu pandan", "nasi kotak"]


def test_a_list_without_an_addition_still_wins_over_the_self_description():
    from tapsite_pipeline.providers.offline_rules.offerings import offerings
    lower = "toko kue bu rina di depok jual brownies panggang, bolu pandan dan nastar."
    assert offerings(lower, [], "id", [], []) == ["brownies panggang", "bolu pandan", "nastar"]
    assert offerings("skrg kita jual matcha latte juga", [], "id", [], []) == ["matcha latte"]


def test_one_on_one_is_how_a_session_is_given_not_a_count():
    products = parse_brief("Personal trainer in Canggu: 1-on-1 strength training, mobility sessions and nutrition "
                           "coaching. IG @fitwithraka").products
    assert "strength training" in products


@pytest.mark.parametrize("brief, priced, unpriced", [
    ("Toko Batik Sari menjual batik tulis, batik cap dan kain tenun. Batik tulis mulai 350rb." + WA,
     "Batik Tulis", ["Batik Cap", "Kain Tenun"]),
])
def test_a_price_said_of_one_card_is_not_shown_under_its_sibling(brief, priced, unpriced):
    from tapsite_pipeline.providers.offline_rules.copy import write_section

    intent = parse_brief(brief)
    cards = {c.title: c.description for c in write_section("products", intent, None).items}
    assert "350" in cards[priced]
    assert all("350" not in cards[t] for t in unpriced), cards


def test_a_price_said_of_what_cards_share_is_shown_under_each():
    from tapsite_pipeline.providers.offline_rules.copy import write_section

    intent = parse_brief("Toko Batik Sari menjual batik tulis dan batik cap. Semua batik mulai 150rb." + WA)
    cards = write_section("products", intent, None).items
    prices = [c.description for c in cards if "150" in c.description]
    assert len(prices) in (0, 2), [c.description for c in cards]  # never one sibling only


def test_the_sizes_goods_come_in_end_the_list():
    products = parse_brief("Toko Madu Nusantara menjual madu hutan, madu klanceng dan propolis, kemasan 250ml dan "
                           "500ml." + WA).products
    assert "madu hutan" in products
    assert "kemasan" not in products
    # packaging named without a size is still goods at a print shop
    assert "kemasan" in parse_brief("Studio Rupa: jasa desain logo, kemasan dan feed instagram untuk UMKM." + WA).products


@pytest.mark.parametrize("phrase", ["mats provided", "handuk disediakan", "dogs welcome"])
def test_what_the_place_provides_is_a_note_not_a_card(phrase):
    assert not is_offering(phrase)


def _rules(lower: str, lang: str = "id") -> list[str]:
    from tapsite_pipeline.providers.offline_rules.offerings import offerings
    return offerings(lower, [], lang, [], [])


def test_kinds_after_a_time_word_and_a_comma_are_offerings():
    got = _rules("jual jamu seger tiap pagi kak, kunyit asem, beras kencur, sinom, sm temulawak.")
    assert {"kunyit asem", "beras kencur", "sinom", "temulawak"} <= set(got), got
    assert "jamu seger" not in got, got  # the kind named before its kinds labels them
    got = _rules("jual jamu seger tiap pagi kak, kunyit asem.")
    assert got[:1] == ["jamu seger"], got  # with a single phrase after it, it stays the offering


def test_what_follows_a_preposition_still_belongs_to_it():
    got = _rules("jual hampers & buket snack buat wisuda, ultah, anniv.")
    assert not {"ultah", "anniv"} & set(got), got
    # "papan nama" is a signboard (no name marker): the cards are the signboards; the painter signing is no card
    got = parse_brief("jasa cat papan nama toko & signage, cat papan pak jaya.").products
    assert "cat papan nama toko" in got and "cat papan pak jaya" not in got, got


def test_what_a_package_already_includes_is_not_more_offerings():
    got = _rules("melayani pernikahan adat sunda. paket intimate wedding mulai 25jt, sudah termasuk katering, "
                 "dekorasi, dokumentasi, dan mc.")
    assert not {"katering", "dekorasi", "dokumentasi", "mc"} & set(got), got


@pytest.mark.parametrize("lower, perk", [
    ("bengkel las sinar jaya terima pagar dan kanopi, survei lokasi gratis.", "survei lokasi"),
    ("we sell sourdough and croissants, free delivery in canggu.", "delivery"),
])
def test_what_comes_free_is_a_perk_not_an_offering(lower, perk):
    # (a health check is a service even when free, as the page gold has it: "periksa mata gratis" at an optician,
    # "cek tensi gratis" at a pharmacy; see test_pharmacy_cards.py)
    assert perk not in _rules(lower, "en" if lower.startswith("we") else "id")


def test_a_trailing_head_count_is_not_part_of_the_name():
    from tapsite_pipeline.providers.offline_rules.offer_collector import clean_item
    assert clean_item("paket intimate wedding 50 tamu") == "paket intimate wedding"
    from tapsite_pipeline.providers.offline_rules.item_bounds import until_stop
    assert until_stop("table centerpieces now!") == "table centerpieces "


def test_jual_beli_reads_the_goods_traded():
    got = _rules("toko mas di malang, jual beli perhiasan emas & logam mulia antam, terima buyback jg.")
    assert got[:2] == ["perhiasan emas", "logam mulia antam"], got


def test_we_also_run_is_an_offer_verb():
    assert "food bank" in _rules("we hold sunday services. we also run a food bank for families in need.", "en")


def test_languages_spoken_are_not_a_list_of_offerings():
    got = _rules("garden wedding venue in ubud. rice field ceremony, reception dinner. we speak english, "
                 "bahasa & japanese.", "en")
    assert "english" not in got and "japanese" not in got, got


@pytest.mark.parametrize("lower, lang, expected", [
    ("rumah makan padang sari minang di banjarmasin. menu andalan kami rendang daging, ayam pop, dan gulai tunjang.",
     "id", ["rendang daging", "ayam pop", "gulai tunjang"]),
    ("sablon garage does screen printing and dtf printing.", "en", ["screen printing", "dtf printing"]),
    ("warung bu tini. menerima pesanan nasi bungkus dan tumpeng.", "id", ["nasi bungkus", "tumpeng"]),
    ("online it course. python basics, web dev with react.", "en", ["python basics", "web dev"]),
])
def test_offer_markers_read_the_goods_after_them(lower, lang, expected):
    got = _rules(lower, lang)
    assert got[:len(expected)] == expected, got


def test_a_request_for_the_website_is_still_no_offering():
    assert "galeri" not in _rules("jual kue kering nastar dan kastengel, mau website ada galeri dan testimoni.")


@pytest.mark.parametrize("brief", [
    "Dapur Mama Rina jual brownies panggang, bolu pandan, nastar dan risoles frozen. Brownies 65rb per loyang." + WA,
    "Kebun Hijau Lembang jual sayur hidroponik: selada, pakcoy, kangkung, dan paket sayur mingguan." + WA,
    "Ombak Surf School in Canggu: beginner lessons, surf guiding and board rental. Lessons from 450k." + WA,
])
def test_a_card_says_only_what_the_owner_said_about_it(brief):
    from tapsite_pipeline.providers.offline_rules.copy import write_section

    intent = parse_brief(brief)
    cards = write_section("products", intent, None).items
    assert len(cards) >= 3
    # a price the owner gave, or nothing: never a niche-wide guess ("pas untuk arisan atau hampers")
    assert all(c.description == "" or re.search(r"\d", c.description) for c in cards), [c.description for c in cards]
    assert any(re.search(r"\d", c.description) for c in cards) == bool(re.search(r"\d+(?:rb|k)\b", brief))


def test_programmes_after_for_are_what_a_school_offers():
    got = _rules("pondok pesantren di cianjur menerima santri putra dan putri usia smp untuk program tahfidz 30 juz, "
                 "diniyah, dan kelas bahasa arab.")
    assert got[:3] == ["tahfidz 30 juz", "diniyah", "kelas bahasa arab"], got
    # an audience after "untuk" is still not an offering
    assert "anak" not in _rules("jual baju muslim untuk anak, remaja dan dewasa.")

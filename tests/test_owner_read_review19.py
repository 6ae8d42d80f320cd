"""Whole-page owner read (review 19): what the page calls the business, who it speaks to, and cards that say the same
thing twice. All wordings here are our own, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Fact, Intent
from tapsite_pipeline.providers.offline_rules.copy import write_section

pytestmark = pytest.mark.unit

WA = {"whatsapp": "6281299998888"}


def _intent(bt: str, niche: str, industry: str, brand: str, products: list[str], *, loc: str = "",
            facts: tuple[tuple[str, str], ...] = (), lang: str = "id", tone: str = "friendly", aud: str = "",
            features: tuple[str, ...] = ("whatsapp",)) -> Intent:
    return Intent(business_type=bt, industry=industry, products=products, brand_name=brand, target_audience=aud,
                  tone=tone, features_requested=list(features), language=lang, niche=niche, location=loc or None,
                  facts=[Fact(kind=k, value=v, subject="") for k, v in facts])


def _text(it: Intent, *sections: str) -> str:
    out = []
    for name in sections:
        s = write_section(name, it, WA)
        out.append(" ".join([s.heading or "", s.body or ""] + [f"{i.title} | {i.description or ''}" for i in s.items]))
    return " ".join(out)


# ---- a place visitors travel to is not for those who live in its town -------------------------------------

@pytest.mark.parametrize("brand, products, lang", [
    ("Homestay Kabut Dieng", ["kamar keluarga", "sarapan"], "id"),
    ("Rumah Tepi Danau Guesthouse", ["double rooms"], "en"),
    ("Laut Hijau Dive Center", ["fun dive", "kursus selam"], "id"),
    ("Ombak Pagi", ["surf lessons", "board rental"], "en"),
])
def test_a_stay_or_a_dive_or_surf_school_welcomes_visitors(brand: str, products: list[str], lang: str) -> None:
    bt, niche, industry = (("other", "other", "accommodation") if "Homestay" in brand or "Guesthouse" in brand
                           else ("services", "travel", "transport"))
    it = _intent(bt, niche, industry, brand, products, loc="Wonosobo", lang=lang)
    hl = _text(it, "highlights")
    assert "tinggal atau beraktivitas" not in hl and "living or working" not in hl
    assert ("Mau ke Wonosobo?" in hl) if lang == "id" else ("Coming to Wonosobo?" in hl)


def test_a_kost_let_by_the_month_still_speaks_to_those_who_live_there() -> None:
    it = _intent("other", "other", "accommodation", "Kost Putri Kenanga", ["kamar AC", "kamar non-AC"], loc="Jatinangor")
    page = _text(it, "highlights", "about")
    assert "Mau ke Jatinangor" not in page and "penginapan" not in page


def test_a_tour_is_based_in_its_town_not_for_its_residents() -> None:
    it = _intent("services", "travel", "travel", "Jelajah Sumba", ["trip air terjun 2 hari"], loc="Waingapu",
                 lang="en")
    hl = _text(it, "highlights")
    assert "living or working" not in hl and "based in Waingapu" in hl


def test_a_shop_in_town_keeps_its_local_card() -> None:
    it = _intent("food_and_beverage", "bakery", "bakery", "Roti Pagi Bu Endah", ["roti sobek", "bolu kukus"],
                 loc="Purwokerto")
    hl = _text(it, "highlights")
    assert "Mau ke Purwokerto" not in hl


# ---- the trade inside a coarse niche ------------------------------------------------------------------------

def test_a_dive_centre_is_not_called_a_travel_agency() -> None:
    it = _intent("services", "travel", "transport", "Karang Biru", ["kursus selam open water", "fun dive"],
                 loc="Pemuteran")
    page = _text(it, "hero", "products", "about")
    assert "agen perjalanan" not in page and "Paket Perjalanan" not in page
    assert "pusat selam" in page


def test_an_english_dive_school_is_a_dive_centre() -> None:
    it = _intent("education", "course", "course", "Deep Turtle Divers", ["open water course", "night dives"],
                 loc="Gili Air", lang="en")
    about = _text(it, "about")
    assert "dive centre" in about and "course provider" not in about


def test_a_course_that_mentions_snorkeling_later_is_still_a_course() -> None:
    it = _intent("education", "course", "course", "Kelas Bahasa Pemandu", ["bahasa inggris pemandu", "rute snorkeling"],
                 loc="Labuan Bajo")
    about = _text(it, "about")
    assert "pusat selam" not in about


def test_a_florist_is_a_flower_shop_not_a_gift_shop() -> None:
    it = _intent("retail", "gifts", "florist", "Kembang Wangi", ["bunga papan duka", "buket mawar"], loc="Kediri")
    page = _text(it, "hero", "products", "about")
    assert "toko kado" not in page and "toko bunga" in page


def test_a_gift_shop_keeps_its_own_words() -> None:
    it = _intent("retail", "gifts", "gifts", "Kado Ceria", ["hampers lebaran", "gift box"], loc="Bogor")
    assert "toko bunga" not in _text(it, "hero", "about")


# ---- cards that say the same thing twice -------------------------------------------------------------------

def test_a_level_card_and_an_audience_card_for_the_same_people_are_one() -> None:
    it = _intent("education", "course", "course", "Rajut Santai", ["kelas rajut dasar", "kelas amigurumi"],
                 loc="Bantul", aud="pemula", facts=(("level", "pemula"),))
    items = write_section("highlights", it, WA).items
    about_pemula = [i.title for i in items if "pemula" in (i.title + " " + (i.description or "")).lower()]
    assert len(about_pemula) == 1


def test_an_audience_the_level_does_not_name_keeps_its_card() -> None:
    it = _intent("education", "course", "course", "Rajut Santai", ["kelas rajut dasar"], aud="ibu rumah tangga",
                 facts=(("level", "pemula"),))
    titles = [i.title for i in write_section("highlights", it, WA).items]
    assert "Untuk ibu rumah tangga" in titles


# ---- a pickup and the page's own voice ---------------------------------------------------------------------

def test_a_bakery_pickup_is_collected_by_the_buyer() -> None:
    it = _intent("food_and_beverage", "bakery", "bakery", "Oven Kecil", ["banana bread", "focaccia"], loc="Sanur",
                 lang="en", facts=(("pickup", "pickup"),))
    hl = _text(it, "highlights")
    assert "We pick up and bring back" not in hl and "Collect your order" in hl


def test_a_laundry_pickup_is_still_fetched_and_brought_back() -> None:
    it = _intent("services", "laundry", "laundry", "Wangi Kilat", ["cuci kiloan"], loc="Jember",
                 facts=(("pickup", "antar jemput"),))
    assert "Kami jemput dan antar kembali." in _text(it, "highlights")


@pytest.mark.parametrize("tone, said", [("friendly", "Datang ke tempatmu"), ("professional", "Datang ke tempat Anda")])
def test_a_home_visit_card_speaks_in_the_pages_own_voice(tone: str, said: str) -> None:
    it = _intent("education", "tutoring", "tutoring", "Les Gitar Mas Bayu", ["les gitar akustik"], loc="Madiun",
                 tone=tone, facts=(("pickup", "guru datang ke rumah"),))
    assert said in _text(it, "highlights")


# ---- more trades, and a town a shipper only sends from ----------------------------------------------------

def test_a_bean_roastery_is_not_a_coffee_shop() -> None:
    pages = [_text(_intent("food_and_beverage", "coffee", "coffee shop", brand, ["biji kopi arabika", "green beans"],
                           loc="Temanggung"), "hero", "products", "about", "contact")
             for brand in ("Sangrai Lembah", "Kopi Gunung Sumbing", "Rumah Sangrai Ika", "Biji Hitam")]
    assert not any("kedai kopi" in p or "Menu Kopi" in p for p in pages)
    assert any("roastery kopi" in p for p in pages)


def test_a_cafe_that_also_sells_beans_stays_a_coffee_shop() -> None:
    it = _intent("food_and_beverage", "coffee", "coffee shop", "Kedai Teras", ["kopi susu gula aren", "biji kopi"],
                 loc="Kudus")
    assert "kedai kopi" in _text(it, "hero", "about")


def test_a_guesthouse_is_booked_not_ordered() -> None:
    it = _intent("other", "other", "accommodation", "Pondok Kelapa Stay", ["family rooms", "sunset deck"],
                 loc="Bangsal", lang="en", features=())
    page = _text(it, "hero", "about")
    assert "place to stay" in page and "Order" not in page and "order" not in page


@pytest.mark.parametrize("fact", [("delivery", "bisa kirim ke luar pulau"), ("note", "kirim ke seluruh Indonesia")])
def test_goods_sent_far_are_shipped_from_the_town(fact: tuple[str, str]) -> None:
    it = _intent("retail", "other", "agriculture", "Kopi Lembah Toraja", ["kopi robusta"], loc="Rantepao", facts=(fact,))
    hl = _text(it, "highlights")
    assert "tinggal atau beraktivitas" not in hl and "melayani pelanggan di Rantepao" not in hl
    assert "Dikirim dari Rantepao" in hl


def test_a_clinic_promises_no_short_queue() -> None:
    for brand in ("Klinik Pratama Sehati", "Klinik Gigi Rapi", "Klinik Mata Terang", "Klinik Kulit Cerah"):
        it = _intent("services", "clinic", "healthcare", brand, ["pemeriksaan umum", "cek gula darah"], loc="Blitar")
        assert "antre" not in _text(it, "hero")


def test_a_business_of_no_known_kind_gets_no_filler_benefit() -> None:
    for brand in ("Usaha Pak Darmo", "Sinar Abadi", "Toko Serba Ada Wati", "Griya Nusantara"):
        it = _intent("other", "other", "other", brand, ["jasa titip", "sewa tenda"], loc="Kebumen")
        hero = _text(it, "hero")
        assert "kebutuhanmu." not in hero and "Pilihan pas untuk kebutuhan" not in hero


# ---- a scorer for the page's voice: "kamu" and "Anda" on one page ---------------------------------------------

def _coherence(html: str, brief: str) -> str:
    from fidelity_pages import page  # noqa: F401  (the tests' small page builder)
    from tapsite_pipeline.evals.fidelity import score_page
    return " | ".join(score_page(html, brief)["coherence"].problems)


BRIEF_CASUAL = "Salon Melati di Madiun, creambath dan potong rambut, booking via WA 0812-3456-7001"


def test_a_page_that_calls_its_reader_kamu_and_anda_fails_coherence() -> None:
    from fidelity_pages import page
    html = page(brand="Salon Melati", lead="Pilih jadwal yang pas untukmu dan booking lewat WhatsApp.",
                about="Salon Melati siap datang ke tempat Anda kapan saja.")
    assert 'calls its reader both "untukmu" and "Anda"' in _coherence(html, BRIEF_CASUAL)


@pytest.mark.parametrize("lead, about", [
    ("Pilih jadwal yang pas untukmu.", "Kami tunggu kedatanganmu di salon."),
    ("Pilih jadwal yang pas untuk Anda.", "Kami tunggu kedatangan Anda di salon."),
    ("Jamu dan ilmu kecantikan untuk tamu salon.", "Kami tunggu kedatangan Anda di salon."),
])
def test_one_voice_or_words_that_only_end_in_mu_pass(lead: str, about: str) -> None:
    from fidelity_pages import page
    html = page(brand="Salon Melati", lead=lead, about=about)
    assert "calls its reader" not in _coherence(html, BRIEF_CASUAL)


def test_the_owners_own_anda_is_not_the_pages_voice() -> None:
    from fidelity_pages import page
    brief = BRIEF_CASUAL + ". Kami datang ke rumah Anda."
    html = page(brand="Salon Melati", lead="Pilih jadwal yang pas untukmu.", about="Kami datang ke rumah Anda.")
    assert "calls its reader" not in _coherence(html, brief)


# ---- highlight cards that repeat the lead or each other ------------------------------------------------------

def test_the_highlights_do_not_list_the_offerings_the_lead_just_named() -> None:
    it = _intent("food_and_beverage", "eatery", "restaurant", "Warung Bu Sumi", ["pecel", "rawon", "soto ayam"],
                 loc="Ngawi")
    hl = _text(it, "highlights")
    assert "Banyak pilihan" not in hl and "pecel" not in hl.lower()


@pytest.mark.parametrize("tone", ["friendly", "calm"])
def test_a_tone_card_that_invites_questions_is_not_followed_by_another(tone: str) -> None:
    it = _intent("services", "repair", "home services", "Servis Pompa Pak Min", ["servis pompa air"], tone=tone)
    titles = [i.title for i in write_section("highlights", it, WA).items]
    assert "Tanya dulu boleh" not in titles


def test_a_formal_tone_card_still_leaves_room_to_ask() -> None:
    it = _intent("services", "repair", "home services", "Servis Pompa Pak Min", ["servis pompa air"],
                 tone="professional")
    titles = [i.title for i in write_section("highlights", it, WA).items]
    assert "Rapi dan profesional" in titles and "Tanya dulu boleh" in titles


@pytest.mark.parametrize("lang, label, shop_label", [("id", "Jadwal", "Jam buka"), ("en", "Schedule", "Opening hours")])
def test_a_tutoring_centres_hours_are_its_class_schedule(lang: str, label: str, shop_label: str) -> None:
    it = _intent("education", "tutoring", "tutoring", "Bimbel Bintang Timur", ["les fisika", "les kimia"],
                 loc="Ambon", lang=lang, facts=(("hours", "Senin-Jumat 15.00-19.00"),))
    page = _text(it, "highlights", "about", "contact")
    assert label in page and shop_label not in page
    shop = _intent("retail", "other", "hardware store", "Toko Besi Timur", ["semen", "cat tembok"], loc="Ambon",
                   lang=lang, facts=(("hours", "Senin-Jumat 08.00-17.00"),))
    assert shop_label in _text(shop, "highlights", "about", "contact")


def test_a_snorkelling_trip_is_a_tour_not_a_dive_centre() -> None:
    it = _intent("services", "travel", "travel", "Pari Biru Trips", ["snorkeling trip gili", "sunset cruise"],
                 loc="Gili Trawangan", lang="en")
    page = _text(it, "hero", "products", "highlights", "about")
    assert "dive centre" not in page and "diving" not in page
    assert "ready to help plan your trip" in page


def test_a_delivery_the_owner_offered_in_their_words_is_one_card() -> None:
    it = _intent("services", "rental", "transport", "Sewa Sepeda Onthel Jogja", ["sepeda onthel harian"],
                 loc="Yogyakarta", facts=(("offer", "antar ke penginapan gratis"),), features=("whatsapp", "delivery"))
    titles = [i.title for i in write_section("highlights", it, WA).items]
    assert "Bisa diantar" not in titles and "Penawaran" in titles


# ---- delivery through food apps is not the business's own courier -------------------------------------------

@pytest.mark.parametrize("value, apps", [("ada di gofood sama grabfood juga", "GoFood & GrabFood"),
                                         ("delivery via Shopee Food", "ShopeeFood")])
def test_a_kitchen_on_food_apps_does_not_promise_its_own_delivery(value: str, apps: str) -> None:
    it = _intent("food_and_beverage", "eatery", "restaurant", "Soto Kudus Pak Min", ["soto ayam", "sate telur"],
                 loc="Kudus", facts=(("delivery", value),), features=("whatsapp", "delivery"))
    page = _text(it, "hero", "highlights", "how_to_order")
    assert "kami antar" not in page and f"Ada di {apps}" in page and f"atau lewat {apps}" in page


def test_own_delivery_beside_an_app_is_still_said() -> None:
    it = _intent("food_and_beverage", "eatery", "restaurant", "Soto Kudus Pak Min", ["soto ayam"], loc="Kudus",
                 facts=(("delivery", "diantar sendiri area alun-alun atau lewat GoFood"),),
                 features=("whatsapp", "delivery"))
    assert "kami antar ke alamatmu" in _text(it, "how_to_order")


# ---- an owner's note that only repeats the page ----------------------------------------------------------------

def _about_lines(it: Intent) -> list[str]:
    return [i.title for i in write_section("about", it, WA).items]


def test_a_note_that_only_repeats_a_card_and_the_audience_is_left_out() -> None:
    it = _intent("retail", "gifts", "florist", "Melati Putih", ["karangan bunga duka", "bunga meja"], loc="Cirebon",
                 aud="acara kantor", facts=(("note", "bunga meja untuk acara kantor"), ("note", "bisa kirim malam hari")))
    lines = _about_lines(it)
    assert "Bunga meja untuk acara kantor" not in lines and "Bisa kirim malam hari" in lines


def test_a_note_with_a_word_of_its_own_is_kept() -> None:
    it = _intent("food_and_beverage", "bakery", "bakery", "Kue Mama Lies", ["kue keranjang", "kue lapis"],
                 loc="Singkawang", facts=(("note", "kue keranjang untuk Cap Go Meh"),))
    assert "Kue keranjang untuk Cap Go Meh" in _about_lines(it)


def test_a_kost_is_a_boarding_house_booked_by_the_month() -> None:
    pages = [_text(_intent("other", "other", "accommodation", brand, ["kamar mandi dalam", "dapur bersama"],
                           loc="Jatinangor"), "hero", "products", "about")
             for brand in ("Kost Putri Kenanga", "Kos Bu Haryati", "Kost Ceria 2", "Kos-kosan Pak Udin")]
    assert any("rumah kos" in p for p in pages) and not any(" usaha " in p or "penginapan" in p for p in pages)


def test_a_kontrakan_is_neither_a_stay_nor_a_kost() -> None:
    it = _intent("other", "other", "accommodation", "Kontrakan Haji Darto", ["rumah 2 kamar"], loc="Bekasi")
    page = _text(it, "hero", "about", "highlights")
    assert "penginapan" not in page and "rumah kos" not in page and "Mau ke Bekasi" not in page


def test_a_town_already_on_an_area_card_gets_no_second_card() -> None:
    it = _intent("services", "laundry", "laundry", "Cuci Wangi Bu Tini", ["cuci kiloan", "setrika"], loc="Sleman",
                 facts=(("area", "Sleman dan Depok"),))
    hl = _text(it, "highlights")
    assert "Area layanan" in hl and "tinggal atau beraktivitas di Sleman" not in hl and "pelanggan di Sleman" not in hl

"""Pages read as their owner would read them: the trade decided by what the business does (a yoga studio that
also runs a retreat is not an event organiser), a policy ("drop-ins welcome", "reseller welcome") never a
product card, a range named beside its kinds ("sambal botol" beside "sambal bawang, sambal ijo") never a card
of its own, packed-and-shipped food never written as a restaurant, every offering named kept, and no card
line that would fit any product ("Available at …", "Salah satu pilihan di …")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pipeline import Runtime, generate_site
from tapsite_pipeline.providers.offline_rules import parse_brief

YOGA = ("Hi! I run Sunrise Yoga Bali in Ubud — morning vinyasa classes, private sessions and a 3-day beginner "
        "retreat. Drop-ins welcome, email hello@sunriseyoga.id")
SAMBAL = ("mau bikin web buat jualan sambal botol, merk Sambal Mbok Darmi, ada sambal bawang, sambal ijo, sambal "
          "cumi. kirim ke seluruh indonesia, reseller welcome")
TAILOR = ("Assalamualaikum, saya punya usaha jahit namanya Rapi Tailor di Sleman, terima jahit seragam sekolah, "
          "kebaya, dan permak celana. Buka Senin-Sabtu jam 8-16. WA 0857-1234-9988")
# Lines that fit every product: what the card descriptions used to fall back to.
FILLER = re.compile(r"^(?:Tersedia di|Salah satu pilihan di|Dari \S+(?: \S+){0,4}\.$|Pilihan .+ dari|Available at|"
                    r"One of the options at|From \S+(?: \S+){0,4}\.$|Our .+, from)", re.I)
DINING = re.compile(r"rumah makan|santap (?:siang|malam)|makan (?:siang|malam)|restaurant|dinner|lunch|\bmenu\b|"
                    r"sajikan|we serve", re.I)
PARTY = re.compile(r"What we organise|event organi[sz]er|events your guests|Yang Kami Selenggarakan", re.I)


@pytest.fixture(scope="module")
def rt(tmp_path_factory):
    return Runtime.local(tmp_path_factory.mktemp("home"))


def _page(rt, brief: str):
    r = generate_site(make_brief(brief), rt)
    html = Path(r.deployment.index_path).read_text(encoding="utf-8")
    sec = r.content.section("products")
    return r, html, [(i.title.lower(), i.description) for i in (sec.items if sec else [])]


def test_yoga_studio_with_a_retreat_is_not_an_event_organiser(rt):
    r, html, cards = _page(rt, YOGA)
    assert r.intent.business_type != "events" and r.intent.niche == "fitness"
    assert [t for t, _ in cards] == ["morning vinyasa classes", "private sessions", "3-day beginner retreat"]
    assert not PARTY.search(html)
    assert any(f.kind == "note" and f.value.lower() == "drop-ins welcome" for f in r.intent.facts)
    assert "Drop-ins welcome" in html  # the policy is still said, as a note


def test_bottled_sambal_is_a_shop_of_its_kinds_not_a_restaurant(rt):
    r, html, cards = _page(rt, SAMBAL)
    assert r.intent.business_type == "food_and_beverage" and r.intent.niche != "eatery"
    assert [t for t, _ in cards] == ["sambal bawang", "sambal ijo", "sambal cumi"]
    assert not DINING.search(html)
    assert "seluruh Indonesia" in html and "Reseller welcome" in html
    assert r.intent.industry == "packaged food" and "kantong belanja" in html  # drawn as goods, not a bowl


def test_tailor_keeps_every_offering(rt):
    r, html, cards = _page(rt, TAILOR)
    titles = [t for t, _ in cards]
    assert any("seragam sekolah" in t for t in titles) and "kebaya" in titles and "permak celana" in titles
    assert "wa.me/6285712349988" in html
    # "seragam sekolah" is itself one of a tailor's uses: no other use ("acara keluarga") is claimed for it
    assert not any("seragam" in t and "acara" in d for t, d in cards)


@pytest.mark.parametrize("brief", [
    "halo kak, aku punya usaha jasa jahit kebaya dan seragam di Sleman namanya Jahit Bu Ratna. wa 0857-1234-9876",
    "Rapi Tailor Sleman: permak jeans, jahit kemeja dan seragam kantor. WA 0812-1212-3434",
])
def test_a_card_never_claims_a_use_that_names_another_card(rt, brief):
    _, _, cards = _page(rt, brief)
    titles = [t for t, _ in cards]
    for title, desc in cards:
        named = {w for t in titles if t != title for w in t.split() if len(w) > 3} - set(title.split())
        assert not named & set(desc.lower().replace(".", " ").replace(",", " ").split()), (title, desc)


@pytest.mark.parametrize("brief", [YOGA, SAMBAL, TAILOR,
                                   "Toko Lestari jual pupuk organik, bibit cabai dan polybag di Klaten. WA 0812-1111-2222",
                                   "We are Ink & Bloom, a tiny studio making wedding invitations, thank-you cards and "
                                   "vinyl stickers. email hi@inkbloom.id"])
def test_no_card_line_fits_every_product(rt, brief):
    _, _, cards = _page(rt, brief)
    assert cards
    for title, desc in cards:
        assert not FILLER.search(desc), (title, desc)


@pytest.mark.parametrize("brief, dropped, note", [
    ("Gentlemen's Den barbershop: haircut 60k, shave 40k. Walk-ins welcome. WA 0831-3300-5151", "walk-ins welcome",
     "Walk-ins welcome"),
    ("KOST CAMPUR, PASUTRI BOLEH. KOST PAK HARJO DEKAT STASIUN BEKASI", "pasutri boleh", "PASUTRI BOLEH"),  # the card says "kost campur"
    ("jual keripik tempe & keripik pisang, dropshipper diterima. WA 0812-3456-7890", "dropshipper diterima", None),
    ("Kopi Tepi Sawah, Ubud: pour over, kopi susu gula aren, croissant. Walk-ins welcome, laptop friendly.",
     "laptop friendly", None),
])
def test_a_policy_is_a_note_not_a_product(brief, dropped, note):
    intent = parse_brief(brief)
    assert dropped not in intent.products and intent.products
    if note:
        assert note in [f.value for f in intent.facts]


@pytest.mark.parametrize("brief, kept, dropped", [
    (SAMBAL, ["sambal bawang", "sambal ijo", "sambal cumi"], ["sambal botol"]),
    ("jual frozen dimsum: dimsum ayam, dimsum udang, dimsum keju. WA 0812-3456-7890",
     ["dimsum ayam", "dimsum udang"], ["frozen dimsum"]),
    # alone, the packed form is the offering
    ("jualan sambal botol merk Sambal Bu Tin di Solo. WA 0812-3456-7890", ["sambal botol"], []),
    # a drawing of packaging is not packed goods
    ("aku ilustrator freelance, gambar buku anak, ilustrasi kemasan, ilustrasi maskot", ["ilustrasi kemasan"], []),
])
def test_a_range_beside_its_kinds_is_not_a_card(brief, kept, dropped):
    products = parse_brief(brief).products
    for k in kept:
        assert k in products, (k, products)
    for d in dropped:
        assert d not in products, (d, products)


@pytest.mark.parametrize("brief, niche", [
    ("Warung Sate Pak Romli di Tegal, sate kambing, gulai, tongseng. warna hijau botol dan emas", "eatery"),
    ("RM Padang Sederhana, rendang, gulai tunjang, ayam pop. delivery sekitar Depok", "eatery"),
    ("pempek frozen kapal selam & lenjer, dikirim ke luar pulau pakai vakum", "frozen_food"),  # packed, not dining
])
def test_dining_words_only_for_a_place_to_eat(brief, niche):
    assert parse_brief(brief).niche == niche


def test_a_length_opens_an_offering_but_is_not_one():
    products = parse_brief("Bahasa Indonesia classes in Sanur: private lessons, 8-week course, 2-day immersion trip. "
                           "hello@belajar.id").products
    assert "8-week course" not in products and "2-day immersion trip" in products


def test_what_the_goods_come_in_is_not_the_product():
    products = parse_brief("madu hutan asli NTT merk Madu Timor, kemasan botol 250ml dan 500ml, bisa kirim seluruh "
                           "indonesia. WA 0821-5555-1212").products
    assert products == ["madu hutan asli ntt"]
    # in a printer's list, packaging is what is printed
    assert "kemasan karton" in parse_brief("CV Cipta Offset melayani cetak buku, kalender, dan kemasan karton").products


@pytest.mark.parametrize("brief, brand, place", [
    # "area X" names where the business works: never its name
    ("Les privat matematika & fisika SMP-SMA, guru datang ke rumah, area Surabaya Barat. namaku Kak Dinda, "
     "WA 0812-6060-7070", "Kak Dinda", "Surabaya Barat"),
    ("les piano privat anak & dewasa, area BSD. nama: Piano Pintar Miss Clara", "Piano Pintar Miss Clara", "BSD"),
])
def test_an_area_is_a_place_not_the_brand(brief, brand, place):
    intent = parse_brief(brief)
    assert (intent.brand_name, intent.location) == (brand, place)


@pytest.mark.parametrize("brief, brand", [
    # a freelancer who gives no business name goes by the name they introduce themselves with
    ("Hi, I'm Rara, a wedding photographer based in Jogja. rara@lensarara.com", "Rara"),
    ("halo aku Rara, fotografer wedding di Jogja. WA 0812-3456-7890", "Rara"),
    # a business name, when given, still wins
    ("Hi, I'm Rara from Lensa Senja Studio, wedding photographer in Jogja. rara@lensasenja.com", "Lensa Senja Studio"),
    # a sentence that opens with what the business does is not a name ("Melayani Solo Raya" = serving Solo Raya)
    ("Wedding organizer Janji Suci di Solo, paket intimate mulai 8jt. Melayani Solo Raya. WA 0813-2929-4545",
     "Janji Suci"),
    # the word after "bahasa" is the language taught, not the start of the name
    ("Kursus bahasa Inggris English with Mia, online via Zoom, trial class gratis. Email mia.teach@gmail.com",
     "English with Mia"),
])
def test_a_self_introduced_name_is_the_brand_when_no_other_is_given(brief, brand):
    assert parse_brief(brief).brand_name == brand


def test_english_levels_read_as_people_on_the_highlights():
    from tapsite_pipeline.providers.offline_rules.copy.factcopy import _people
    assert _people("beginner") == "beginners"
    assert _people("kids and adult") == "kids and adults"
    assert _people("beginner to advanced") == "beginner to advanced"   # a range, not a group of people
    assert _people("SD, SMP") == "SD, SMP"


def test_an_acronym_the_audience_names_keeps_its_capitals(rt):
    r, html, _ = _page(rt, "Jasa foto produk buat UMKM, namaku Dimas, studio di Jogja, paket mulai 150rb per 10 foto")
    assert "UMKM" in html and not re.search(r"\bumkm\b", html)


def test_a_highlight_says_what_a_bare_fact_means_and_ages_are_not_classes(rt):
    r, html, _ = _page(rt, "Daycare Pelangi Kecil di Depok, penitipan anak usia 1-5 tahun, ada makan siang sehat dan "
                           "antar jemput. Senin-Jumat 07.00-17.30. IG @pelangikecil.daycare")
    sec = r.content.section("highlights")
    cards = {i.title: i.description for i in (sec.items if sec else [])}
    assert all(d.rstrip(".").lower() != t.lower() for t, d in cards.items()), cards
    assert not any("Kelas untuk usia" in d for d in cards.values()) and "Untuk usia 1-5 tahun." in cards.values()


def test_a_service_card_claims_no_use_and_an_english_level_reads_as_people(rt):
    _, _, cards = _page(rt, "Klinik Gigi Senyum Sehat, drg. Anita, Bekasi Timur. Scaling, tambal gigi, cabut gigi, behel. "
                            "Praktek Senin-Sabtu 16.00-21.00. Telp 0812-9000-1234")
    assert len(cards) >= 3 and all(d == "" or re.search(r"\d", d) for _, d in cards), cards  # nothing or a price
    r, _, _ = _page(rt, "We're Bali Board Co, a surf school in Canggu. Beginner lessons, private coaching and board "
                        "rental. WhatsApp +62 813 3777 0001")
    sec = r.content.section("highlights")
    descs = [i.description for i in (sec.items if sec else [])]
    assert not any("Classes for Beginner" in d for d in descs), descs


def test_a_bookshop_s_school_levels_are_what_its_books_are_for_not_classes(rt):
    r, html, _ = _page(rt, "Toko Buku Pena Emas di Kudus jual buku paket SD sampai SMP, LKS dan alat tulis. "
                           "Email penaemas.kudus@gmail.com")
    assert "Kelas untuk" not in html
    sec = r.content.section("highlights")
    descs = [i.description for i in (sec.items if sec else [])]
    assert any(d.startswith("Untuk jenjang SD") for d in descs), descs
    r, html, _ = _page(rt, "Bimbel Pena Emas di Kudus, les matematika dan IPA untuk SD sampai SMP. WA 0812 7000 4411")
    assert "Kelas untuk SD" in html

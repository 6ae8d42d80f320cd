"""The niche illustration library: every drawing is safe, small and palette-only; the right one is chosen
for a business; the image stage ships it as the hero in the site palette."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from tapsite_pipeline import illustrations
from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.errors import ProviderError
from tapsite_pipeline.models import BUSINESS_TYPES, MEDIA_SVG, ColorScheme
from tapsite_pipeline.pipeline import Runtime
from tapsite_pipeline.providers.base import ImageSpec, media_type_of
from tapsite_pipeline.providers.offline_images import IllustrationProvider
from tapsite_pipeline.stages.design import decide_design
from tapsite_pipeline.stages.images import make_images
from tapsite_pipeline.stages.intent import parse_intent

ASSETS = Path(__file__).resolve().parents[1] / "assets" / "illustrations"
NICHES = ["bakery", "coffee", "eatery", "catering", "drinks", "water_refill", "snacks", "frozen_food", "fashion", "eyewear", "cosmetics",
          "gifts", "plants", "grocery", "gadgets", "pet_shop", "crafts", "furniture", "books_stationery",
          "farm_produce", "fishery", "livestock", "honey", "laundry", "salon", "spa", "repair", "auto_repair", "motorcycle", "cleaning", "tailor", "rental",
          "delivery", "clinic", "fitness", "yoga", "travel", "lodging", "diving", "printing", "photo", "design", "music", "tutoring", "course", "wedding",
          "organizer", "decoration", "webdev", "marketing", "itsupport", "services", "community", "workspace", "generic"]
INDEX = yaml.safe_load((ASSETS / "index.yaml").read_text(encoding="utf-8"))
SVG_NS = "{http://www.w3.org/2000/svg}"
# ten distinct colours, so each token's replacement can be told apart in the output
PALETTE = ColorScheme(primary="#a00001", secondary="#a00002", accent="#a00003", text="#a00004",
                      background="#a00005", surface="#a00006", muted="#a00007", on_primary="#a00008",
                      on_secondary="#a00009", on_accent="#a0000a")


def test_the_index_lists_exactly_the_niches_and_every_drawing_file():
    assert list(INDEX["niches"]) == NICHES
    assert sorted(p.stem for p in ASSETS.glob("*.svg")) == sorted(NICHES)  # no orphans, none missing
    assert set(INDEX["defaults"]) == set(BUSINESS_TYPES)
    for key, e in INDEX["niches"].items():
        assert e["file"] == f"{key}.svg" and e["business_type"] in BUSINESS_TYPES
        assert len(e["keywords"]) >= 5, key
        assert e["alt"]["id"].startswith("Ilustrasi ") and e["alt"]["en"].startswith("Illustration of "), key
    assert (ASSETS.parent / "LICENSE.md").read_text().count("CC0") >= 1


@pytest.mark.parametrize("key", NICHES)
def test_every_drawing_is_a_small_safe_palette_only_svg(key):
    raw = (ASSETS / f"{key}.svg").read_bytes()
    assert len(raw) <= 6 * 1024
    text = raw.decode("utf-8")
    assert "<script" not in text.lower() and "href" not in text.lower() and "url(" not in text.lower()
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b|rgb\(", text), "a literal colour: use a {{token}}"
    root = ET.fromstring(raw)
    assert root.tag == f"{SVG_NS}svg" and root.get("viewBox") == "0 0 720 480"
    for el in root.iter():
        assert el.tag.removeprefix(SVG_NS) not in ("text", "image", "foreignObject", "style", "a", "use"), el.tag
        assert not (el.text or "").strip(), "no text in a drawing"
        assert not any(a.startswith("on") or a.startswith("{") for a in el.attrib), el.attrib
    assert illustrations.check_drawing(text) is None


@pytest.mark.parametrize("key", NICHES)
def test_render_replaces_every_token_with_the_palette(key):
    ill = illustrations.load_library().niches[key]
    used = set(re.findall(r"\{\{(\w+)\}\}", ill.svg))
    assert {"surface", "ink", "primary"} <= used  # the backdrop, the outlines, the subject
    out = illustrations.render(ill, PALETTE)
    assert "{{" not in out and "}}" not in out
    for token in used:
        assert getattr(PALETTE, illustrations.TOKENS[token]) in out, token
    assert set(re.findall(r'(?:fill|stroke)="([^"]+)"', out)) <= {"none", *PALETTE.model_dump().values()}
    ET.fromstring(out)  # still well-formed


def test_render_refuses_a_colour_that_is_not_rrggbb():
    ill = illustrations.load_library().niches["coffee"]
    bad = PALETTE.model_construct(**{**PALETTE.model_dump(), "accent": "red\"/><script>alert(1)</script>"})
    with pytest.raises(ValueError, match="accent"):
        illustrations.render(ill, bad)


@pytest.mark.parametrize("svg, why", [
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 480"><script>alert(1)</script></svg>', "script"),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 480"><rect fill="#ff0000"/></svg>', "token"),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 480"><rect fill="url(http://x/y)"/></svg>', "token"),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 480"><rect onload="x()"/></svg>', "onload"),
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink" viewBox="0 0 720 480">'
     '<path x:href="http://evil/"/></svg>', "attribute"),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 480"><text>Hi</text></svg>', "text"),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 480"><rect fill="{{pink}}"/></svg>', "pink"),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect/></svg>', "viewBox"),
    ('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 480"/>', "entities"),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 480"><rect transform="x:y"/>' + " " * 6200
     + "</svg>", "6144"),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 480"><rect', "XML"),
])
def test_a_drawing_that_breaks_a_rule_is_refused(svg, why):
    problem = illustrations.check_drawing(svg)
    assert problem and why in problem, problem


@pytest.mark.parametrize("text, business_type, expected", [
    ("petshop kucing", "retail", "pet_shop"),
    ("Meow Corner jual makanan kucing dan pasir kucing", "retail", "pet_shop"),
    ("grooming anjing dan kucing panggilan", "services", "pet_shop"),
    ("bengkel motor", "services", "motorcycle"),
    ("ganti oli dan tambal ban di Bekasi", "services", "auto_repair"),
    ("klinik gigi", "services", "clinic"),
    ("praktik bidan dan homecare", "services", "clinic"),
    ("kue kering nastar kastengel", "food_and_beverage", "bakery"),
    ("birthday cakes and cupcakes made to order", "food_and_beverage", "bakery"),
    ("kedai kopi susu gula aren", "food_and_beverage", "coffee"),
    ("specialty coffee shop and roastery", "food_and_beverage", "coffee"),
    ("warung bakso dan mie ayam", "food_and_beverage", "eatery"),
    ("nasi kotak dan tumpeng untuk kantor", "food_and_beverage", "catering"),
    ("boba dan thai tea kekinian", "food_and_beverage", "drinks"),
    ("keripik singkong pedas oleh oleh", "food_and_beverage", "snacks"),
    ("frozen food nugget dan sosis", "food_and_beverage", "frozen_food"),
    ("gamis dan hijab syari", "retail", "fashion"),
    ("skincare lokal dan lipstik", "retail", "cosmetics"),
    ("hampers lebaran dan kado ulang tahun", "retail", "gifts"),
    ("toko tanaman hias monstera", "retail", "plants"),
    ("toko sembako dan gas elpiji", "retail", "grocery"),
    ("konter hp dan aksesoris hp", "retail", "gadgets"),
    ("laundry kiloan antar jemput", "services", "laundry"),
    ("wash and fold, dry cleaning and ironing", "services", "laundry"),
    ("salon muslimah creambath potong rambut", "services", "salon"),
    ("barbershop for men, haircut and shave", "services", "salon"),
    ("pijat refleksi dan lulur", "services", "spa"),
    ("servis ac dan tukang listrik panggilan", "services", "repair"),
    ("cleaning service rumah dan kantor, cuci sofa", "services", "cleaning"),
    ("cuci mobil dan motor", "services", "cleaning"),
    ("penjahit kebaya dan vermak", "services", "tailor"),
    ("rental mobil lepas kunci di Bali", "services", "rental"),
    ("gym and personal trainer", "services", "fitness"),
    ("open trip wisata dan paket umroh", "services", "travel"),
    ("percetakan spanduk dan kartu nama", "services", "printing"),
    ("fotografer prewedding dan wisuda", "creative", "photo"),
    ("jasa desain logo dan branding", "creative", "design"),
    ("les piano dan gitar untuk anak", "education", "music"),
    ("les privat matematika SD dan SMP", "education", "tutoring"),
    ("kursus bahasa inggris online, persiapan IELTS", "education", "course"),
    ("wedding organizer dan paket pernikahan", "events", "wedding"),
    ("event organizer untuk gathering kantor", "events", "organizer"),
    ("dekorasi balon ulang tahun anak", "events", "decoration"),
    ("jasa pembuatan website dan landing page", "technology", "webdev"),
    ("digital marketing agency, SEO and social media ads", "technology", "marketing"),
    ("servis laptop dan pasang cctv", "technology", "itsupport"),
    ("sayur organik dan buah segar dari kebun", "other", "farm_produce"),
    ("rajutan dan kerajinan tangan", "creative", "crafts"),
    ("toko buku dan alat tulis", "retail", "books_stationery"),
    ("mebel jati, sofa dan lemari", "retail", "furniture"),
    ("optik kacamata minus dan softlens", "retail", "eyewear"),
    ("peternakan kambing dan domba", "other", "livestock"),
    ("madu hutan dan propolis", "other", "honey"),
    ("coworking space dan virtual office", "services", "workspace"),
    ("yayasan panti asuhan, terima donasi", "other", "community"),
])
def test_choose_picks_the_niche_from_the_words(text, business_type, expected):
    assert illustrations.choose(None, business_type, text).key == expected


def test_choose_prefers_a_known_niche_then_keywords_then_the_type_default_then_generic():
    lib = illustrations.load_library()
    assert illustrations.choose("spa", "retail", "kopi susu").key == "spa"  # the niche, when known, wins
    assert illustrations.choose("no-such-niche", "retail", "kopi susu").key == "coffee"
    assert illustrations.choose(None, "education", "Rumah Cahaya").key == lib.defaults["education"] == "course"
    assert illustrations.choose(None, "food_and_beverage", "").key == "eatery"
    assert illustrations.choose(None, "not-a-type", "qwerty").key == "generic"
    # a tie goes to the business type's own niche: "kue" (bakery) and "kopi" (coffee) once each
    assert illustrations.choose(None, "food_and_beverage", "kopi dan kue").key == "bakery"
    assert illustrations.choose(None, "services", "bengkel motor", industry="tailoring").key == "motorcycle"


@pytest.mark.parametrize("text, industry, expected", [
    ("", "pet care", "pet_shop"),                                  # the industry alone decides
    ("Hama Beres", "home services", "repair"),
    ("pest control, basmi rayap", "home services", "cleaning"),    # a phrase outvotes the industry
    ("villa cleaning, laundry", "home services", "cleaning"),
    ("kopi", "beverages", "drinks"),                               # one stray word does not
    ("Jazz trio, The Kopi Boys", "concerts & festivals", "organizer"),
    ("POS app for coffee shops", "software", "webdev"),
])
def test_the_industry_label_counts_as_one_signal(text, industry, expected):
    bt = illustrations.load_library().niches[expected].business_type
    assert illustrations.choose(None, bt, text, industry=industry).key == expected


def test_the_offline_provider_draws_the_chosen_niche_in_the_palette():
    spec = ImageSpec(prompt="x" * 20, width=1440, height=960, palette=tuple(PALETTE.model_dump().values()),
                     motif="laundry", seed=1)
    data = IllustrationProvider("illustrations").render(spec)
    assert media_type_of(data) == MEDIA_SVG and PALETTE.primary.encode() in data
    assert data.decode() == illustrations.render(illustrations.load_library().niches["laundry"], PALETTE)
    # an older spec that names only the business type still gets a drawing
    by_type = IllustrationProvider("illustrations").render(ImageSpec(**{**spec.__dict__, "motif": "education"}))
    assert media_type_of(by_type) == MEDIA_SVG
    with pytest.raises(ProviderError):
        media_type_of(b"\x89PNG\r\n\x1a\n....")


@pytest.mark.parametrize("brief, lang, niche", [
    ("Petshop Meow di Depok jual makanan kucing dan grooming kucing", "id", "pet_shop"),
    ("Bengkel Jaya Motor servis motor dan ganti oli di Bekasi", "id", "motorcycle"),
    ("Bengkel Jaya servis mobil, spooring dan ganti oli di Bekasi", "id", "auto_repair"),
    ("Sparkle Laundry in Denpasar offers wash and fold, dry cleaning and ironing", "en", "laundry"),
    ("Studio Santi di Ubud, kelas hatha yoga pagi dan meditasi untuk pemula", "id", "yoga"),
    ("Tambak Udang Pak Jarwo di Situbondo, jual udang vaname segar dan bibit bandeng, WA 0812 3000 4411", "id", "fishery"),
    ("Sayur Segar Bu Tini di Lembang, jual sayur organik, tomat dan wortel langsung dari kebun", "id", "farm_produce"),
    ("Penginapan Griya Asri dekat alun-alun Wonosobo, kamar mulai 200rb/malam, parkir luas", "id", "lodging"),
    ("Karang Hijau Dive Centre in Pemuteran: fun dives, PADI open water course and snorkelling trips", "en", "diving"),
])
def test_the_image_stage_ships_the_niche_drawing_as_the_hero(tmp_path, brief, lang, niche):
    rt = Runtime.local(tmp_path / "home")
    intent = parse_intent(make_brief(brief), rt.llm)
    design = decide_design(intent, rt.catalog, ranker=rt.ranker)
    [hero] = make_images(intent, design, rt.llm, rt.images, tmp_path / "cache")
    ill = illustrations.load_library().niches[niche]
    data = Path(hero.path).read_bytes()
    assert hero.media_type == MEDIA_SVG and hero.filename.endswith(".svg") and not hero.cached
    assert data.decode() == illustrations.render(ill, design.color_scheme)
    assert (hero.width, hero.height) == (720, 480) and hero.alt == ill.alt(lang) and hero.bytes == len(data)
    again = make_images(intent, design, rt.llm, rt.images, tmp_path / "cache")[0]
    assert again.cached and again.filename == hero.filename  # named by content: same drawing, same file


@pytest.mark.parametrize("niche, words, industry, not_key", [
    ("rental", "sewa gaun pengantin kebaya Hana Bridal", "event rentals", "rental"),  # a gown rental is no car hire
    ("rental", "playstation 5 tv 43 inci Gamezone Rental", "services", "rental"),
])
def test_a_drawing_of_something_narrower_than_its_niche_needs_words_for_it(niche, words, industry, not_key):
    from tapsite_pipeline.illustrations import choose
    assert choose(niche, "services", words, industry=industry).key != not_key


def test_the_car_drawing_still_serves_vehicle_rentals():
    from tapsite_pipeline.illustrations import choose
    assert choose("rental", "services", "avanza innova lepas kunci Lombok Trans", industry="transport").key == "rental"
    assert choose(None, "services", "sewa mobil dan sopir", industry="transport").key == "rental"


def test_a_closer_drawing_of_a_known_niche_wins_when_the_words_select_it():
    from tapsite_pipeline.illustrations import choose
    lib = illustrations.load_library()
    assert lib.niches["yoga"].refines == ("fitness",)
    assert choose("fitness", "services", "kelas yoga dan pilates reformer").key == "yoga"
    assert choose("fitness", "services", "Pilates studio in Canggu, mat classes").key == "yoga"
    # the general drawing stays for the rest of the niche, and a refinement never leaves its niche
    assert choose("fitness", "services", "gym, personal trainer dan kelas zumba").key == "fitness"
    assert choose("salon", "services", "creambath dan yoga wajah").key == "salon"
    assert choose("auto_repair", "services", "Bengkel Jaya servis motor matic dan ganti oli").key == "motorcycle"
    assert choose("auto_repair", "services", "bengkel mobil dan motor, spooring balancing").key == "auto_repair"
    assert choose("auto_repair", "services", "servis mobil, ganti oli").key == "auto_repair"
    # one drawing may be a closer picture of several niches: diving within trips, courses and sport
    assert lib.niches["diving"].refines == ("travel", "course", "fitness")
    assert choose("travel", "services", "fun dive Amed dan kursus open water").key == "diving"
    assert choose("course", "education", "freediving lessons and AIDA courses").key == "diving"
    assert choose("travel", "services", "paket wisata Bromo dan tiket pesawat").key == "travel"
    assert choose("travel", "other", "homestay keluarga dekat pantai, kamar bersih").key == "lodging"


@pytest.mark.parametrize("niche, btype, words, industry, expected", [
    # goods moved by a courier, a freight forwarder or a mover: a truck and parcels, never the rental car
    ("other", "services", "PT Arus Kirim Logistik, ekspedisi laut", "transport", "delivery"),
    ("other", "services", "Jaya Trans Cargo kargo udara antar pulau", "transport", "delivery"),
    ("other", "services", "Harbour Freight Co freight forwarding, customs clearance", "transport", "delivery"),
    ("other", "services", "Angkut Kilat pindahan rumah dan kantor", "transport", "delivery"),
    ("other", "services", "Gudang Sentosa pergudangan", "transport", "delivery"),
    ("other", "services", "Kurir Kilat Deli courier", "transport", "delivery"),
    # the car stays for businesses that hire out vehicles or drive people
    ("rental", "services", "sewa mobil Avanza lepas kunci", "transport", "rental"),
    # a service with no drawing of its own is shown a checklist, not a shopfront; a shop keeps the shopfront
    ("other", "services", "Notaris Dewi Lestari akta pendirian", "professional services", "services"),
    ("other", "services", "Sworn translator Ana, certified translations", "translation", "services"),
    ("other", "services", "Satria Jaya", "services", "services"),
    ("other", "other", "Kantor Bersama Satria", "services", "services"),
    ("other", "retail", "Toko Makmur", "retail", "generic"),
])
def test_unknown_services_get_a_neutral_drawing_and_goods_movers_a_truck(niche, btype, words, industry, expected):
    assert illustrations.choose(niche, btype, words, industry=industry).key == expected


@pytest.mark.parametrize("words, expected", [
    ("cold process soap, shampoo bar, lip balm Sabun Kampung", "cosmetics"),
    ("sabun mandi, body butter, bath bomb Wangi Rumah", "cosmetics"),
])
def test_soaps_and_balms_are_drawn_as_cosmetics(words, expected):
    assert illustrations.choose(None, "retail", words).key == expected

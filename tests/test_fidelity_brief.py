"""Reading a brief by the fidelity rules (brand, offerings, facts, niche, language) and parsing pages
and concrete values; independent of the generator's parser."""

import pytest

from fidelity_pages import good_salon_page
from tapsite_pipeline.evals.fidelity import parse_page
from tapsite_pipeline.evals.fidelity.brief import BriefInfo, extract_brand, extract_offerings, slug
from tapsite_pipeline.evals.fidelity.brief_facts import extract_facts
from tapsite_pipeline.evals.fidelity.lexicon import NICHES, load_lexicon
from tapsite_pipeline.evals.fidelity.values import hour_ranges, phone_digits, prices


@pytest.mark.parametrize("brief,brand", [
    ("halo kak sy mau bikin web, nama tokonya Dapur Bunda Ani. jual nastar", "Dapur Bunda Ani"),
    ("toko kerudung online namanya Hijab Senandika, jual pashmina", "Hijab Senandika"),
    ("jasa bikin aplikasi kasir, nama usaha gw Tekno Warung Digital, Semarang", "Tekno Warung Digital"),
    ("sy fotografer di Jogja, brand saya Piring Cahaya Studio. butuh portfolio", "Piring Cahaya Studio"),
    ("my laundry shop is called Fresh Fold Laundry, in Tangerang", "Fresh Fold Laundry"),
    ("We're Bumi Bakehouse in Bogor, baking sourdough", "Bumi Bakehouse"),
    ("SecuraNet adalah konsultan keamanan siber bersertifikat ISO 27001", "SecuraNet"),
    ("Kebun Kopi Bukit Menoreh is our family coffee farm near Magelang", "Kebun Kopi Bukit Menoreh"),
    ("Toko Kue Ani sejak 1998 di Bandung, jual nastar", "Toko Kue Ani"),
    ("Kisah Kita Photography, jasa foto prewedding dan wisuda di Solo", "Kisah Kita Photography"),
    ("Halo Kak, saya jual kue kering enak", None),       # a greeting is not a name
    ("jual creambath dan potong rambut di Bogor", None),  # no name given: the brand check is skipped
    # a verb after "toko kami" says where the shop is, never its name
    ("Butik Senja Raya menjual gamis dan hijab. Toko kami berada di Ruko Mutiara Blok A/3, Depok.", "Butik Senja Raya"),
    # an agency writing for its client: the client is the business
    ("Lontar Studio here, preparing copy for our client Rumah Tenun Sumba in Waingapu. They weave ikat cloth",
     "Rumah Tenun Sumba"),
    ("Kami dari agensi Pena Biru, ini brief untuk klien kami Bakso Mas Gondrong di Klaten: bakso urat 15rb",
     "Bakso Mas Gondrong"),
    # an offer of partnership before the name is no part of it
    ("OPEN KEMITRAAN Ayam Geprek Mbak Ririn! modal 3 jt dapat booth dan bahan", "Ayam Geprek Mbak Ririn"),
    # the business's own clients are not its name
    ("Kopi Teras Senja, Malang. kami antar pesanan untuk klien kami di kantor sekitar Blimbing", "Kopi Teras Senja"),
])
def test_brand_only_from_explicit_forms(brief, brand):
    assert extract_brand(brief) == brand


@pytest.mark.parametrize("brief,offerings", [
    ("Halo kak, sy jualan nasi bakar & ayam bakar madu di Cibubur, nama usahanya Dapur Arang Bu Wati. "
     "Pengen web yg ada daftar menu, bisa pesan lewat WA, warna oranye dan coklat ya", ["nasi bakar", "ayam bakar madu"]),
    ("Bengkel Mobil Berkah Motor sejak 2008 di Cikarang, servis berkala, spooring balancing, ganti oli. "
     "Mau bisa booking servis online.", ["servis berkala", "spooring balancing", "ganti oli"]),
    ("kami wedding organizer di Medan, namanya Ulos Sakral Wedding, paket adat batak & nasional. tolong ada galeri",
     ["paket adat batak", "paket nasional"]),
    ("my laundry shop is called Fresh Fold Laundry, in Tangerang. wash & fold, dry cleaning, free pickup and "
     "delivery. light blue", ["wash & fold", "dry cleaning"]),
    ("Kebun Kopi Bukit Menoreh is our family coffee farm near Magelang - farm tours and green beans for roasters. "
     "online booking for tours please, dark green.", ["farm tours", "green beans"]),
    ("Syifa Beauty, salon khusus wanita di Bogor, creambath, potong rambut, bisa booking", ["creambath", "potong rambut"]),
    ("Toko Kue Ani sejak 1998, nastar Rp 85.000/toples, kastengel 90rb, buka Senin-Sabtu 08.00-17.00",
     ["nastar", "kastengel"]),
    ("sy fotografer produk & makanan di Jogja, brand saya Piring Cahaya Studio. butuh portfolio + paket harga", []),
])
def test_offerings_in_the_owners_words_features_left_out(brief, offerings):
    assert extract_offerings(brief, extract_brand(brief)) == offerings


def test_facts_of_a_brief():
    b = BriefInfo("Toko Kue Ani sejak 1998 di Bandung, nastar Rp 85.000/toples, gratis ongkir se-Bandung, "
                  "buka Senin-Sabtu 08.00-17.00, 1 hari jadi, halal, ig @tokokueani, wa 0812-3456-7001")
    facts = {(f.kind, f.label) for f in extract_facts(b.text, b.places, b.offerings, b.lex)}
    assert {("year", "1998"), ("price", "Rp 85.000"), ("hours", "08.00-17.00"), ("days", "Senin-Sabtu"),
            ("turnaround", "1 hari jadi"), ("halal", "halal"), ("instagram", "@tokokueani"),
            ("phone", "0812-3456-7001"), ("place", "bandung")} <= facts
    assert any(k == "free" and "ongkir" in lbl for k, lbl in facts)


@pytest.mark.parametrize("brief, package", [
    ("honeymoon trips to Flores, named Komodo Escape. please show packages with prices and a booking form", None),
    ("wedding organizer Bali Janji, display packages and our gallery, soft gold", None),
    ("Komodo Escape sells honeymoon packages to Flores, booking via WhatsApp 081234567001", "honeymoon packages"),
])
def test_a_request_to_show_the_packages_names_no_package(brief, package):
    b = BriefInfo(brief)
    found = [f.label for f in extract_facts(b.text, b.places, b.offerings, b.lex) if f.kind == "package"]
    assert found == ([package] if package else [])


def test_niche_and_language_of_a_brief():
    assert BriefInfo("Petshop Meong di Depok, jual makanan kucing dan pasir kucing").niches == ["pet_shop"]
    assert BriefInfo("Kebun Kopi is our coffee farm - farm tours and green beans").niches == ["farm_produce", "coffee"]
    assert BriefInfo("pokoknya yang bagus aja").niches == []
    assert BriefInfo("toko kerudung online namanya Hijab Senandika, jual pashmina").language == "id"
    assert BriefInfo("my laundry shop is called Fresh Fold Laundry").language == "en"
    assert BriefInfo("anything", {"niche": "salon", "language": "en"}).niches == ["salon"]


def test_lexicon_covers_every_niche_and_only_known_ones():
    lex = load_lexicon()
    assert set(lex.niches) == set(NICHES) and len(NICHES) == 41
    assert all(n.cues and n.words for n in lex.niches.values())
    assert lex.compatible("bakery", "coffee") and not lex.compatible("pet_shop", "eatery")


def test_values_written_many_ways():
    assert [v for _, v in prices("Rp 25.000, 25rb, 25k, Rp25 ribu, IDR 25,000")] == [25000] * 5
    assert [v for _, v in prices("Rp 1,5 juta dan 1.500.000")] == [1_500_000]  # a bare number is not a price
    assert [v for _, v in hour_ranges("buka 08.00–17.00, open 8am-5pm, jam 8 pagi sampai 5 sore")] == [(480, 1020)] * 3
    assert hour_ranges("kirim 2-3 hari") == []
    assert phone_digits("0812-3456-7001") == "6281234567001" and phone_digits("12345") is None
    assert slug("Kisah Kita Photography") == "kisah-kita-photography" and slug("Dapur & Co.") == "dapur-co"


def test_page_is_parsed_into_what_a_reader_sees():
    p = parse_page(good_salon_page())
    assert p.lang == "id" and p.header_brand == "Syifa Beauty" and p.title.startswith("Syifa Beauty —")
    assert p.h1 == "Syifa Beauty: creambath dan potong rambut di Bogor"
    assert [(c.title, c.kind) for c in p.cards] == [("Creambath", "card"), ("Potong Rambut", "card")]
    assert [s.type for s in p.sections if s.type != "body"] == ["header", "hero", "products", "about", "contact",
                                                                  "footer"]
    hero = [lk for lk in p.links if lk.section == "hero"]
    assert hero[0].text == "Booking via WhatsApp" and hero[0].href.startswith("https://wa.me/62")
    form = p.forms[0]
    assert form.method == "post" and [f.label for f in form.fields] == ["Nama", "Pesan Anda"]
    assert form.submit == "Kirim pesan"
    assert "dan dan" not in p.visible_text and "santap" not in p.visible_text  # script, style: not copy
    assert p.jsonld == [{"@type": "LocalBusiness", "name": "x"}]
    assert "Syifa Beauty Hubungi kami" in p.visible_text  # side-by-side links stay separate words


def test_generated_markup_tiles_and_chips():
    html = ('<section class="hero hero-minimal"><h1>X</h1><ul class=chips aria-label="Yang kami tawarkan">'
            '<li>software</li></ul></section><section id=products class="section products products-grid"><ul class=tiles>'
            '<li class=tile><div class=tile-art aria-hidden=true><span>01</span></div><div class=tile-body>'
            '<h3>Software</h3><p>Software with Lumbung Apps.</p></div></li></ul></section>')
    p = parse_page(html)
    assert [(c.title, c.body, c.kind) for c in p.cards] == [("software", "", "chip"),
                                                             ("Software", "Software with Lumbung Apps.", "card")]


def test_gold_matching_rule_is_the_validators():
    """The dataset validator keeps its own copy (it must not import the package): both give one answer."""
    import importlib.util
    from pathlib import Path

    from tapsite_pipeline.evals.fidelity.gold import alternative_in
    path = Path(__file__).resolve().parents[1] / "scripts" / "check_pages_dataset.py"
    spec = importlib.util.spec_from_file_location("check_pages_dataset", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    cases = [("Hotels and villas", "hotel"), ("photel", "hotel"), ("Kelas SMA", "SMA"), ("smart", "SMA"),
             ("ibu-ibu", "IB"), ("Rp 25.000", "25.000"), ("H-2", "H-2"), ("jam 6 pagi", "6 pagi"), ("(0274)", "(0274)")]
    for text, alt in cases:
        assert alternative_in(text, alt) == mod.alternative_in(text, alt), (text, alt)
    assert alternative_in("Hotels", "hotel") and not alternative_in("smart", "SMA")

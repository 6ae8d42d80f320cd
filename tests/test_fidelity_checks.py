"""Each problem seen on generated pages (issue 9), as a small page that must fail the right check with
the right words; and a page an owner would publish, which passes every check."""

import pytest

from fidelity_pages import SALON_BRIEF, WA, good_salon_page, page
from tapsite_pipeline.evals.fidelity import CHECKS, score_page

ENDPOINT = "https://forms.tapsite.id/f/"


def _problems(result, check):
    return " | ".join(result[check].problems)


def only_fails(result, *checks):
    """The named checks fail and every other check passes (no false alarm on the rest of the page)."""
    failed = {c.name for c in result.checks if not c.passed}
    assert failed == set(checks), result.problems


def test_a_page_an_owner_would_publish_passes_every_check():
    r = score_page(good_salon_page(), SALON_BRIEF, subdomain="syifa-beauty", form_endpoint=ENDPOINT)
    assert [c.name for c in r.checks] == list(CHECKS)
    assert r.passed_all, r.problems
    assert r.score == 1.0
    assert r["facts"].metrics["facts"] >= 7  # hours, days, year, price, place, audience, instagram


def test_audience_sold_as_product_muslimah_salon():
    html = page(h1="Cari wanita di Bogor? Syifa Beauty siap melayani",
                cards=[("Wanita", "Butuh wanita? Syifa Beauty bisa bantu, cocok untuk merawat diri.")])
    r = score_page(html, "Syifa Beauty, salon khusus wanita di Bogor, creambath, potong rambut, bisa booking")
    assert 'card "Wanita" is an audience, not an offering' in _problems(r, "cards")
    assert 'offering "creambath" from the brief is not shown' in _problems(r, "cards")
    assert r["cards"].metrics["precision"] == 0 and r["cards"].metrics["recall"] == 0
    coherence = _problems(r, "coherence")
    assert 'an audience is offered as the product: "Cari wanita di Bogor?' in coherence
    assert 'an audience is offered as the product: "Butuh wanita?"' in coherence


def test_pet_shop_read_as_a_restaurant():
    brief = "Petshop Meong di Depok, jual makanan kucing, pasir kucing, vaksin dan grooming"
    html = page(brand="Petshop Meong", title="Petshop Meong — Pet Shop di Depok", h1="Petshop Meong di Depok",
                eyebrow="Petshop Meong · Depok",
                cards=[("Makanan Kucing", "Makanan kucing pilihan."), ("Pasir Kucing", "Pasir kucing wangi."),
                       ("Vaksin", "Vaksin dari Petshop Meong untuk santap malam bersama teman."),
                       ("Grooming", "Grooming kucing.")])
    r = score_page(html, brief)
    assert '"santap malam" is eatery vocabulary, off-niche for a pet_shop business' in _problems(r, "coherence")
    only_fails(r, "coherence")


def test_restaurant_words_are_fine_on_a_restaurant():
    brief = "Halo kak, sy jualan nasi bakar & ayam bakar madu di Cibubur, nama usahanya Dapur Arang Bu Wati."
    html = page(brand="Dapur Arang Bu Wati", title="Dapur Arang Bu Wati — Nasi Bakar di Cibubur",
                h1="Nasi bakar dari Dapur Arang Bu Wati", eyebrow="Dapur Arang Bu Wati · Cibubur",
                cards=[("Nasi Bakar", "Nasi bakar untuk santap malam bersama teman."),
                       ("Ayam Bakar Madu", "Ayam bakar madu untuk makan bersama keluarga.")])
    r = score_page(html, brief)
    assert r["coherence"].passed, r.problems
    assert r.passed_all, r.problems


def test_coffee_farm_cards_are_a_category_and_a_feature():
    brief = ("Kebun Kopi Bukit Menoreh is our family coffee farm near Magelang - farm tours and green beans "
             "for roasters. online booking for tours please, dark green.")
    html = page(lang="en", brand="Kebun Kopi Bukit Menoreh", title="Kebun Kopi Bukit Menoreh — Coffee farm in Magelang",
                h1="Kebun Kopi Bukit Menoreh, a family coffee farm", eyebrow="Kebun Kopi Bukit Menoreh · Magelang",
                products_head="What we offer", contact_head="Say hello",
                cards=[("Farm", "Order farm for working or catching up with friends."),
                       ("Booking", "Booking, a good pick for a slow afternoon break."),
                       ("Kebun Kopi", "Kebun kopi, a good pick for your morning routine."),
                       ("Farm Tours", "Walk the farm with us."), ("Green Beans", "Green beans for roasters.")])
    r = score_page(html, brief)
    cards = _problems(r, "cards")
    assert 'card "Farm" is a category, not an offering' in cards
    assert 'card "Booking" is a feature of the page, not an offering' in cards
    assert 'card "Kebun Kopi" names the business, not an offering' in cards
    assert r["cards"].metrics["precision"] == pytest.approx(0.4, abs=1e-3) and r["cards"].metrics["recall"] == 1.0
    only_fails(r, "cards")


@pytest.mark.parametrize("title,kind", [
    ("Booking", "a feature of the page"), ("Kelas", "a category"), ("Kampus", "a place"),
    ("Startup", "an audience"), ("Saas", "a category"), ("Guru", "a category"), ("Datang", "a description"),
    ("Wanita", "an audience"), ("Cloud", "a category"), ("Kitchen", "a category"), ("Pedas", "a description"),
    ("Umkm", "an audience"), ("WhatsApp", "a contact channel"), ("Untuk wanita", "an audience"),
    ("Bogor", "a place"), ("Istri", "a person close to the writer"), ("My wife", "a person close to the writer"),
])
def test_features_categories_audiences_places_and_channels_are_never_cards(title, kind):
    html = good_salon_page(cards=[("Creambath", "Creambath."), ("Potong Rambut", "Potong rambut."), (title, "…")])
    r = score_page(html, SALON_BRIEF)
    assert f'card "{title}" is {kind}, not an offering' in _problems(r, "cards")
    assert r["cards"].metrics["precision"] == pytest.approx(2 / 3, abs=1e-3)


def test_doubled_words_and_repeated_sentences():
    lead = "Kami melayani creambath, potong rambut, dan dan lainnya untuk wanita di Bogor."
    html = good_salon_page(lead=lead + " Buka Senin–Sabtu 09.00–18.00 sejak 2015.",
                           cards=[("Creambath", "Tanyakan detailnya ke Syifa Beauty sekarang juga."),
                                  ("Potong Rambut", "Tanyakan detailnya ke Syifa Beauty sekarang juga."),
                                  ("Hair Spa", "Rp 75.000.")])
    r = score_page(html, SALON_BRIEF + ", hair spa")
    problems = _problems(r, "coherence")
    assert 'doubled word "dan dan" in' in problems
    assert 'sentence repeated 2 times: "Tanyakan detailnya ke Syifa Beauty sekarang juga."' in problems
    assert r["coherence"].metrics["doubled"] == 1 and r["coherence"].metrics["repeated"] == 1


def test_text_in_scripts_styles_and_json_ld_is_not_copy():
    # the fixture's <script> holds "dan dan" and its <style> "santap malam": neither is on the page
    r = score_page(good_salon_page(), SALON_BRIEF)
    assert r["coherence"].passed


@pytest.mark.parametrize("brief,missing", [
    ("Laundry Kilat Bersih di Depok, cuci kiloan, buka jam 08.00-20.00", 'opening hours "08.00-20.00"'),
    ("Bengkel Mobil Berkah Motor sejak 2008 di Cikarang, servis berkala, ganti oli", 'year "2008"'),
    ("my laundry shop is called Fresh Fold Laundry, in Tangerang. wash & fold, dry cleaning, "
     "free pickup and delivery.", 'free service "free pickup and delivery"'),
    ("Laundry Kilat Bersih di Depok, cuci kiloan, setrika, 1 hari jadi", 'turnaround "1 hari jadi"'),
    ("Sanggar Tari Lestari di Solo, kelas tari jawa untuk anak. Ada paket hemat 3 bulan.", 'package "paket hemat'),
    ("English with Mia di Bogor: kursus bahasa Inggris, free trial class", 'free service "free trial class"'),
    ("We are Lumbung Apps, a small software studio in Malang building apps for cooperatives.",
     'who it is for "for cooperatives"'),
    ("Bimbel Juara Ilmu di Pekalongan, les SD-SMP semua mapel", 'school level "SMP"'),
    ("Hijab Senandika, jual pashmina ceruti, bergo. kirim ke seluruh indonesia", 'area served "seluruh indonesia"'),
    ("Toko Kue Ani di Bandung, nastar Rp 85.000, kastengel", 'price "Rp 85.000"'),
    ("Toko Kue Ani di Bandung, nastar, kastengel, ig @tokokueani", 'Instagram "@tokokueani"'),
    ("Servis AC Dingin Jaya di Bekasi, cuci AC, isi freon, garansi 30 hari", 'warranty "garansi 30 hari"'),
])
def test_facts_the_owner_gave_are_missing(brief, missing):
    html = page(brand="Usaha", h1="Usaha kami", title="Usaha", eyebrow="Usaha", cards=[])
    r = score_page(html, brief)
    assert f"missing from the page: {missing}" in _problems(r, "facts")


def test_a_fact_written_another_way_is_found():
    brief = "Laundry Kilat Bersih di Depok, buka jam 08.00-20.00, sejak 2015, gratis antar jemput, 1 hari jadi"
    html = page(brand="Laundry Kilat Bersih", lead="Buka setiap hari pukul 8 am – 8 pm. Melayani Depok sejak 2015. "
                "Antar jemput gratis, cucian sehari jadi.", cards=[("Cuci Kiloan", "")])
    r = score_page(html, brief)
    assert r["facts"].passed, r["facts"].problems


def test_gold_facts_use_any_of_groups_and_values():
    gold = {"facts": [{"name": "hours", "any_of": ["08.00-17.00"]}, {"name": "segment", "any_of": ["koperasi"]},
                      ["sejak 2008", "since 2008"]]}
    html = page(lead="Buka 8:00 - 17:00, sejak 2008.")
    r = score_page(html, "anything", gold=gold)
    assert r["facts"].problems == ['missing from the page: fact "segment"']
    assert r["facts"].metrics == {"facts": 3, "found": 2, "invented": 0, "scraps": 0, "card_prices": 0}


def test_invented_prices_years_phones_and_addresses():
    html = good_salon_page(about="Berdiri sejak 1998 di Jl. Merdeka No. 5. Paket hemat mulai Rp 50.000, "
                                 "telepon 0811-2222-3333. Ikuti @syifabeauty.")
    r = score_page(html, SALON_BRIEF)
    problems = _problems(r, "facts")
    assert 'invented price "Rp 50.000" (not in the brief)' in problems
    assert 'invented year "1998" (not in the brief)' in problems
    assert 'invented phone number "0811-2222-3333" (not in the brief or contact details)' in problems
    assert 'invented address "Jl. Merdeka No. 5' in problems
    # the WhatsApp number in the links came from the owner's contact fields: not invented
    assert "6281234567001" not in problems


def test_a_name_ending_on_jalan_is_no_address_with_the_header_button():
    brief = "Rental Motor Lancar Jalan di Kediri, sewa motor harian. WA 081234567001"
    html = page(brand="Lancar Jalan", about="Lancar Jalan menyewakan motor harian di Kediri.")
    assert "invented address" not in _problems(score_page(html, brief), "facts")
    # a street the page made up next to the name is still one
    html = page(brand="Lancar Jalan", about="Lancar Jalan di Jl. Kenanga No. 9, Kediri.")
    assert 'invented address "Jl. Kenanga' in _problems(score_page(html, brief), "facts")


def test_contact_numbers_outside_the_owners_fields_are_invented_when_the_fields_are_known():
    r = score_page(good_salon_page(), SALON_BRIEF, contact={"whatsapp": "0812-9999-0000"})
    assert 'invented phone number "+6281234567001"' in _problems(r, "facts")
    assert score_page(good_salon_page(), SALON_BRIEF, contact={"whatsapp": "081234567001"})["facts"].passed


def test_contact_that_leads_nowhere():
    html = good_salon_page(cta=("Booking Sekarang", "#contact"), contact_links=[], form="",
                           contact_lead="Untuk pertanyaan atau pemesanan, silakan hubungi kami.")
    r = score_page(html, SALON_BRIEF)
    problems = _problems(r, "contact")
    assert 'contact section "Hubungi Kami" has nothing to click' in problems
    assert '"Booking Sekarang" leads to #contact, where there is no way to get in touch' in problems
    assert "no working contact: no WhatsApp number, phone, email, Instagram or form on the page" in problems
    assert r["contact"].score == 0
    only_fails(r, "contact")


def test_whatsapp_promised_without_a_number():
    dead = "https://wa.me/?text=Halo%20Syifa%20Beauty"
    html = good_salon_page(cta=("Pesan via WhatsApp", dead), contact_links=[("Chat lewat WhatsApp", dead)], form="",
                           contact_lead="Pesan lewat WA ya.")
    r = score_page(html, SALON_BRIEF + ", pesan lewat WA")
    problems = _problems(r, "contact")
    assert '"Pesan via WhatsApp" opens WhatsApp without a number' in problems
    assert 'the page promises WhatsApp ("WhatsApp") but nothing on it opens WhatsApp' in problems


@pytest.mark.parametrize("href,problem", [
    ("tel:6281234567001", 'calls "6281234567001" without the + country code (will not dial)'),
    ("tel:123", 'calls an invalid number "123"'),
    ("mailto:nobody", 'emails an invalid address "nobody"'),
    ("https://wa.me/0812", 'opens WhatsApp with an invalid number "0812"'),
    ("#", 'goes nowhere (href="#")'),
    ("#booking", "points to #booking, which is not on the page"),
])
def test_broken_contact_links(href, problem):
    html = good_salon_page(contact_links=[("Hubungi", href)])
    r = score_page(html, SALON_BRIEF)
    assert f'"Hubungi" {problem}' in _problems(r, "contact")


@pytest.mark.parametrize("href", ["tel:+6281234567001", "tel:081234567001", "mailto:halo@syifa.id",
                                  "https://api.whatsapp.com/send?phone=6281234567001"])
def test_working_contact_links(href):
    html = good_salon_page(cta=("Hubungi kami", href), contact_links=[("Hubungi", href)], form="",
                           contact_lead="Hubungi kami, kami senang membantu.")
    r = score_page(html, SALON_BRIEF)
    assert r["contact"].passed, r["contact"].problems


def test_forms_need_a_real_endpoint_and_labelled_fields():
    unlabelled = ('<form action="https://forms.tapsite.id/f/x" method=post><input name=nama placeholder=Nama>'
                  '<textarea name=pesan></textarea><button type=submit>Kirim</button></form>')
    r = score_page(good_salon_page(form=unlabelled), SALON_BRIEF, form_endpoint=ENDPOINT)
    assert 'form field "nama" has no label' in _problems(r, "contact")
    other = good_salon_page(form=unlabelled.replace("forms.tapsite.id", "example.org")
                            .replace("<input name=nama placeholder=Nama>", "<input name=nama aria-label=Nama>")
                            .replace("<textarea name=pesan>", "<label>Pesan <textarea name=pesan>")
                            .replace("</textarea>", "</textarea></label>"))
    r = score_page(other, SALON_BRIEF, form_endpoint=ENDPOINT)
    assert ('form posts to "https://example.org/f/x", not the form endpoint "https://forms.tapsite.id/f/"'
            in _problems(r, "contact"))
    assert "label" not in _problems(r, "contact")  # aria-label and a wrapping <label> both name a field
    assert score_page(other, SALON_BRIEF)["contact"].passed  # no endpoint required: any https endpoint works


@pytest.mark.parametrize("brief,gold,shown,subdomain,problem", [
    ("les privat Kak Rina untuk SD dan SMP", {"brand": "Kak Rina"}, "Rumah Belajar Les Privat", None,
     'brand "Kak Rina" is not intact in the header (shows "Rumah Belajar Les Privat")'),
    ("Kisah Kita Photography, jasa foto prewedding dan wisuda di Solo", None, "Photography", "photography",
     'subdomain "photography" does not hold the brand\'s slug "kisah-kita-photography"'),
    ("SecuraNet adalah konsultan keamanan siber bersertifikat ISO 27001 di Jakarta", None, "ISO 27001", None,
     'brand "SecuraNet" is not intact in the title (shows "ISO 27001 — Salon Wanita di Bogor")'),
    ("English with Mia: kursus bahasa Inggris untuk anak di Bogor", {"brand": "English with Mia"}, "Mia", None,
     'brand "English with Mia" is not intact in the h1 or hero (shows "Mia: creambath'),
])
def test_mangled_brands(brief, gold, shown, subdomain, problem):
    r = score_page(page(brand=shown), brief, gold=gold, subdomain=subdomain)
    assert problem in _problems(r, "brand")
    assert not r["brand"].passed


def test_a_brief_labelled_as_naming_no_brand_is_named_for_what_the_business_does():
    brief, gold = "jual creambath dan potong rambut, warna pink", {"brand": None}
    r = score_page(page(brand="Apa Saja"), brief, gold=gold)
    assert not r["brand"].passed and "names no business" in r["brand"].problems[0]
    assert score_page(page(brand="Salon Creambath"), brief, gold=gold)["brand"].passed


def test_without_a_label_a_name_the_scorer_cannot_read_is_not_checked():
    r = score_page(page(brand="Apa Saja"), "jual creambath dan potong rambut, warna pink")
    assert r["brand"].passed and r["brand"].metrics["applicable"] == 0


def test_language_of_the_brief_throughout():
    html = good_salon_page(about="We are a friendly salon for women in Bogor and you can book your visit with us now.")
    r = score_page(html, SALON_BRIEF)
    assert 'English text on a page for an Indonesian brief: "We are a friendly salon' in _problems(r, "coherence")
    r = score_page(good_salon_page(lang="en"), SALON_BRIEF)
    assert 'page lang="en" but the brief is in Indonesian' in _problems(r, "coherence")


def test_gold_offerings_and_not_offerings():
    gold = {"offerings": ["creambath", "potong rambut", "hair spa"], "not_offerings": ["booking online"]}
    html = good_salon_page(cards=[("Creambath", ""), ("Potong Rambut", ""), ("Booking Online", "")])
    r = score_page(html, SALON_BRIEF, gold=gold)
    problems = _problems(r, "cards")
    assert 'card "Booking Online" is not an offering of this business' in problems
    assert 'offering "hair spa" from the brief is not shown' in problems
    assert r["cards"].metrics["recall"] == pytest.approx(2 / 3, abs=1e-3)


def test_cards_that_are_facts_or_duplicates():
    html = good_salon_page(cards=[("Creambath", ""), ("Creambath Ginseng", ""), ("Potong Rambut", ""),
                                  ("Senin-Sabtu 09", ""), ("Creambath Rp 75", "")])
    problems = _problems(score_page(html, SALON_BRIEF + ", creambath ginseng"), "cards")
    assert 'cards "Creambath" and "Creambath Ginseng" show the same offering twice' in problems
    assert 'card "Senin-Sabtu 09" holds opening hours, not the name of an offering' in problems
    assert 'card "Creambath Rp 75" holds a price, not the name of an offering' in problems


def test_untraceable_card():
    html = good_salon_page(cards=[("Creambath", ""), ("Potong Rambut", ""), ("Manicure Pedicure", "")])
    assert 'card "Manicure Pedicure" is not in the brief' in _problems(score_page(html, SALON_BRIEF), "cards")


def test_whatsapp_to_the_wrong_number_with_gold_contact():
    gold = {"contact": {"channel": "whatsapp", "whatsapp": "0812-9999-0000"}}
    r = score_page(good_salon_page(), SALON_BRIEF, gold=gold)
    assert "WhatsApp links go to ['6281234567001'], not the owner's number 6281299990000" in _problems(r, "contact")
    html = good_salon_page(cta=("Hubungi", "mailto:halo@syifa.id"), contact_links=[("Email", "mailto:halo@syifa.id")],
                           form="", contact_lead="Kirim email ke kami.")
    r = score_page(html, SALON_BRIEF, gold={"contact": {"channel": "whatsapp"}})
    assert "the owner's channel (WhatsApp) does not work on the page" in _problems(r, "contact")


def test_scores_are_deterministic():
    html = page(h1="Cari wanita di Bogor?", cards=[("Wanita", "dan dan")])
    a = score_page(html, SALON_BRIEF).to_dict()
    b = score_page(html, SALON_BRIEF).to_dict()
    assert a == b and a["passed_all"] is False and WA


def test_flat_scores_for_eval_cases_and_reports():
    r = score_page(good_salon_page(cards=[("Creambath", ""), ("Potong Rambut", ""), ("Wanita", "")]), SALON_BRIEF)
    s = r.as_scores()
    assert s["fidelity_cards"] == 0.0 and s["fidelity_contact"] == 1.0 and s["fidelity_all"] == 0.0
    assert s["card_precision"] == pytest.approx(2 / 3, abs=1e-3) and s["card_recall"] == 1.0
    assert 0 < s["fidelity_score"] < 1


def test_scraps_of_the_brief_as_cards():
    html = good_salon_page(cards=[("Creambath", ""), ("Potong Rambut", ""), ("Co", ""), ("Syifabeauty@gmail", ""),
                                  ("Washed", "")])
    problems = _problems(score_page(html, SALON_BRIEF + ". Handuk washed tiap hari, email syifabeauty@gmail.com"),
                         "cards")
    assert 'card "Co" is a scrap of text, not the name of an offering' in problems
    assert 'card "Syifabeauty@gmail" is part of a contact address, not the name of an offering' in problems
    assert 'card "Washed" is a description, not the name of an offering' in problems


@pytest.mark.parametrize("brief, promise, service", [
    ("Syifa Beauty salon wanita di Bogor, creambath, potong rambut. Tidak menerima booking, langsung datang aja.",
     "Book now: pilih jadwal dan isi formulir booking.", "booking"),
    ("Syifa Beauty salon wanita di Bogor, creambath, potong rambut, produk perawatan rambut ga ada delivery ya.",
     "Pesanan bisa diantar ke alamatmu.", "delivery"),
])
def test_a_service_the_owner_ruled_out_is_never_promised(brief, promise, service):
    r = score_page(page(about=promise), brief)
    assert f"the page promises {service} the owner ruled out" in _problems(r, "coherence")
    assert r["coherence"].metrics["ruled_out"] == 1
    # the same page without the promise has nothing ruled out, and a fee ruled out ("tanpa ongkir") is free delivery
    assert not score_page(page(about="Salon yang tenang."), brief)["coherence"].metrics["ruled_out"]
    assert not score_page(page(about="Pesanan bisa diantar ke alamatmu."),
                          "Syifa Beauty salon, creambath, tanpa ongkir se-Bogor")["coherence"].metrics["ruled_out"]
    # a condition of the price rules nothing out: "no booking no fee" is how a booking agent is paid
    assert not score_page(page(about="Book now: pilih jadwal dan isi formulir booking."),
                          "Syifa Beauty salon, creambath; paket promosi, no booking no fee")["coherence"].metrics["ruled_out"]


def test_a_little_word_doubled_across_a_comma_is_a_doubled_word():
    html = page(h1="Kopi segar untuk pagi yang kamu tunggu dari, dari Syifa Beauty")
    r = score_page(html, "Syifa Beauty salon wanita di Bogor, creambath, potong rambut")
    assert 'doubled word "dari, dari"' in _problems(r, "coherence")
    assert not score_page(page(h1="Creambath dan potong rambut, dari Syifa Beauty"),
                          "Syifa Beauty salon wanita di Bogor, creambath, potong rambut")["coherence"].metrics["doubled"]


def test_two_listed_offerings_sharing_words_are_not_one_twice():
    # the owner listed both; a title inside another one is a second offering, and so is one told apart by a number
    gold = {"offerings": ["creambath", "creambath anak", "paket 1", "paket 2"], "not_offerings": []}
    html = good_salon_page(cards=[("Creambath", ""), ("Creambath Anak", ""), ("Paket 1", ""), ("Paket 2", "")])
    r = score_page(html, SALON_BRIEF + ", creambath anak, paket 1, paket 2", gold=gold)
    assert not any("twice" in p for p in _problems(r, "cards"))
    r = score_page(good_salon_page(cards=[("Creambath", ""), ("Creambath Ginseng", "")]),
                   SALON_BRIEF + ", creambath ginseng", gold={"offerings": ["creambath"], "not_offerings": []})
    assert 'cards "Creambath" and "Creambath Ginseng" show the same offering twice' in _problems(r, "cards")


@pytest.mark.parametrize("said,promised", [
    ("Paket company profile: 5 halaman + email bisnis.", False),
    ("We set up professional email for small offices.", False),
    ("Tanya harga lewat email ya.", True),
    ("Email us for a quote.", True),
])
def test_email_as_what_is_sold_is_no_promise(said: str, promised: bool) -> None:
    html = good_salon_page(contact_lead=said)
    problems = _problems(score_page(html, SALON_BRIEF), "contact")
    assert ("promises email" in problems) is promised, problems


def test_one_card_stands_for_one_offering():
    # "Creambath" names the head of both listed treatments; shown once, it shows one of them, not both
    gold = {"offerings": ["creambath ginseng", "creambath kemiri"], "not_offerings": []}
    brief = SALON_BRIEF + ", creambath ginseng, creambath kemiri"
    r = score_page(good_salon_page(cards=[("Creambath", "Perawatan rambut.")]), brief, gold=gold)
    assert r["cards"].metrics["recall"] == pytest.approx(0.5)
    assert 'offering "creambath kemiri" from the brief is not shown' in _problems(r, "cards")
    both = good_salon_page(cards=[("Creambath", "Perawatan rambut."), ("Creambath Kemiri", "Dengan kemiri.")])
    assert score_page(both, brief, gold=gold)["cards"].metrics["recall"] == 1.0

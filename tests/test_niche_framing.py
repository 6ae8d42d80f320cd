"""A page framed as the business it is (issue 9): what the owner says they run outranks goods named in the brand or
a dish, a main service outranks a side rental, a technology business of unsure niche is not written as a software
maker; and the scorer's framing signal that catches a page framed otherwise."""

from __future__ import annotations

import pytest

from fidelity_pages import page
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.models import SECTION_TYPES, Intent
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy import write_section

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "niche"), [
    # a business head after the brand (and its town) outranks goods the name opens with
    ("Kue Lumpur Bu Eni, Klaten — warung makan sejak 1990. nasi rames, sayur asem, pepes ikan, kue lumpur. "
     "WA 0812 6060 7070", "eatery"),
    ("Bolu Pandan Corner, Makassar — family restaurant with coto, konro and bolu pandan for dessert. "
     "WA 0812 4242 5353", "eatery"),
    # flatbreads eaten with curry are dishes of a warung or a stall, not a bakery's bread
    ("Roti Canai Pak Usop, Pekanbaru — warung Melayu sejak 2005. roti canai + kari kambing 25rb, roti cane telur 15rb. "
     "buka jam 6 pagi. WA 0813 1234 5678", "eatery"),
    ("Roti John Bang Ali — street food stall in Batam since 2015. roti john beef 30k, roti john chicken 25k. "
     "Open 4pm-11pm. WA 0812 9988 7766", "eatery"),
    ("Saya jualan roti jala dan gulai ayam di depan masjid raya Medan, pesan H-1. WA 0813 2222 3333", "eatery"),
    # the same words where they name what the business is still do
    ("Toko Roti Harum, Solo: roti sobek, roti manis, bolu pandan. WA 0812 7777 8888", "bakery"),
    ("Sunrise Bakery, Denpasar — a family-run bakery: sourdough, croissants, cinnamon rolls. IG @sunrisebakery",
     "bakery"),
    ("Kopi Pagi Catering, Bandung — katering rumahan untuk kantor, nasi box mulai 25rb. WA 0812 8888 9999",
     "catering"),
    ("Warung Bu Sari, Klaten — kue lumpur, nasi pecel, es teh. WA 0812 4455 6677", "eatery"),
])
def test_what_the_owner_says_they_run_outranks_goods_in_a_name(brief: str, niche: str) -> None:
    assert parse_brief(brief).niche == niche


@pytest.mark.parametrize(("brief", "niche"), [
    # renting said as a side line of the main service
    ("Lingua Nusantara menyediakan penerjemah tersumpah dan juru bahasa untuk rapat dan seminar di Surabaya, juga "
     "menyewakan perangkat interpreter dan headset. WA 0812 5151 6262", "other"),
    # ("Jasa MC" names an event service: its niche is the organiser's, never a rental)
    ("Jasa MC dan dekorasi lamaran di Bekasi, juga sewa sound system. WA 0812 2424 3535", "organizer"),
    # renting is the business
    ("Sewa Tenda Pak Harjo, Wonosari: tenda, kursi futura, meja prasmanan, sound system. WA 0812 7373 8484", "rental"),
    ("We rent out marquees, chairs and lighting for garden parties in Ubud. WhatsApp 0812 6464 7575", "rental"),
])
def test_a_side_rental_does_not_make_a_service_a_rental(brief: str, niche: str) -> None:
    assert parse_brief(brief).niche == niche


@pytest.mark.parametrize("brief", [
    "Tekno Tani Mandiri, jasa semprot hama kebun jeruk pakai drone di Karo. Rp 150rb per hektar. WA 0813 7070 8080",
    "SkyAgri Solutions offers drone crop spraying and field mapping for rice and sugarcane farms around Lampung. "
    "From IDR 160,000 per hectare. WhatsApp 0812 4545 6767",
    "Aerial View Inspeksi — drone inspection of roofs and telecom towers in Surabaya. Quote per site. "
    "email hello@aerialview.id",
])
def test_a_drone_at_work_is_a_technology_service_whatever_it_works_on(brief: str) -> None:
    intent = parse_brief(brief)
    assert (intent.business_type, intent.industry, intent.niche) == ("technology", "drone services", "other")


@pytest.mark.parametrize("brief", [
    "Surya Terang Nusa melayani pemasangan panel surya untuk rumah dan pondok pesantren di Lombok Timur, paket 2.000 Wp "
    "mulai Rp 32 juta. WA 0812 3939 4848",
    "SolarKita installs rooftop solar panels and home batteries in Denpasar, with a 10-year warranty. Call 0812 1000 2000",
])
def test_a_solar_installer_is_technology_but_not_an_office_it_support(brief: str) -> None:
    intent = parse_brief(brief)
    assert (intent.business_type, intent.industry, intent.niche) == ("technology", "engineering technology", "other")


def test_office_it_support_keeps_its_niche() -> None:
    brief = "Kami jasa IT support kantor di Semarang: instalasi jaringan, servis komputer, pasang CCTV. WA 0812 5000 6000"
    assert parse_brief(brief).niche == "itsupport"


def _copy(intent: Intent) -> str:
    secs = [write_section(st, intent, {"whatsapp": "0812 1111 2222"}) for st in SECTION_TYPES]
    return " ".join(t for s in secs for t in (s.heading, s.body, *(i.title for i in s.items)) if t)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("industry", ["drone services", "it services"])
def test_a_technology_business_of_unsure_niche_is_not_written_as_a_software_maker(lang: str, industry: str) -> None:
    intent = Intent(business_type="technology", industry=industry, niche="other", brand_name="Sayap Tani",
                    products=["penyemprotan pupuk", "pemetaan kebun"], language=lang, tone="professional")
    text = _copy(intent).lower()
    for frame in ("bangun", "build", "studio", "solusi teknologi", "digital"):
        assert frame not in text, (frame, text)


# ---------------------------------------------------------------- the scorer's framing signal

_PUTU = ("Kue Putu Mbah Sastro, Wonosobo — warung makan Jawa sejak 1985: nasi megono, tempe kemul, kue putu. "
         "WA 0812 3434 5656")
_PUTU_GOLD = {"niche": "eatery", "brand": "Kue Putu Mbah Sastro", "offerings": ["nasi megono", "tempe kemul", "kue putu"],
              "not_offerings": []}


def _framing(html: str, brief: str, gold: dict | None) -> list[str]:
    r = score_page(html, brief, gold=gold)
    return [p for p in r["coherence"].problems if "frames as" in p or p.startswith("the page calls")]


def test_a_page_framed_by_a_word_inside_a_name_is_flagged() -> None:
    html = page(brand="Kue Putu Mbah Sastro", about="Kue Putu Mbah Sastro adalah toko kue di Wonosobo.")
    problems = _framing(html, _PUTU, _PUTU_GOLD)
    assert problems == ['the page calls a eatery business "toko kue" (bakery), a word the brief says only inside a '
                        'name']
    # framed as what the owner runs: nothing to flag; nor without a label to hold the frame against
    assert not _framing(page(brand="Kue Putu Mbah Sastro", about="Kue Putu Mbah Sastro adalah rumah makan di Wonosobo."),
                        _PUTU, _PUTU_GOLD)
    assert not _framing(html, _PUTU, None)


def test_a_bakery_word_the_owner_says_in_their_own_words_is_no_misframing() -> None:
    brief = ("Kue Putu Mbah Sastro, Wonosobo — warung makan Jawa, pagi kami juga bikin kue basah titipan. "
             "nasi megono, tempe kemul. WA 0812 3434 5656")
    gold = {**_PUTU_GOLD, "offerings": ["nasi megono", "tempe kemul"]}
    html = page(brand="Kue Putu Mbah Sastro", about="Kue Putu Mbah Sastro adalah toko kue di Wonosobo.")
    assert not _framing(html, brief, gold)


_TANAM = ("Sawah Pintar Teknologi melayani jasa tanam padi dengan mesin transplanter di Karawang dan Subang. "
          "Rp 900.000 per hektare. WA 0812 9191 2828")
_TANAM_GOLD = {"niche": "other", "brand": "Sawah Pintar Teknologi", "offerings": ["jasa tanam padi"],
               "not_offerings": []}


def test_a_farm_service_framed_as_a_software_maker_is_flagged() -> None:
    html = page(brand="Sawah Pintar Teknologi", products_head="Yang Bisa Kami Bangun",
                cards=[("Jasa Tanam Padi", "Tanam padi dengan mesin transplanter.")])
    assert _framing(html, _TANAM, _TANAM_GOLD) == [
        '"yang bisa kami bangun" frames as a software maker a business whose brief says nothing of software']
    assert not _framing(page(brand="Sawah Pintar Teknologi", products_head="Layanan Kami",
                             cards=[("Jasa Tanam Padi", "Tanam padi dengan mesin transplanter.")]), _TANAM, _TANAM_GOLD)
    # a brief that speaks of software work may be framed as building it
    app_brief = _TANAM.replace("Rp 900.000", "juga bikin aplikasi pencatat panen. Rp 900.000")
    assert not _framing(html, app_brief, _TANAM_GOLD)


_LINGUA = ("Lingua Nusantara menyediakan penerjemah tersumpah dan juru bahasa untuk rapat dan seminar di Surabaya, juga "
           "menyewakan perangkat interpreter dan headset. WA 0812 5151 6262")
_LINGUA_GOLD = {"niche": "other", "brand": "Lingua Nusantara", "not_offerings": [],
                "offerings": ["penerjemah tersumpah", "juru bahasa", "perangkat interpreter", "headset"]}


def test_a_page_framed_by_a_side_rental_is_flagged() -> None:
    html = page(brand="Lingua Nusantara", about="Lingua Nusantara adalah jasa sewa di Surabaya.")
    assert _framing(html, _LINGUA, _LINGUA_GOLD) == [
        'the page calls the business "jasa sewa" (rental), a side line of the brief']
    # renting said as the business itself: the frame fits what the owner says
    main_rental = ("Lingua Nusantara menyewakan perangkat interpreter dan headset untuk rapat di Surabaya, juga juru "
                   "bahasa. WA 0812 5151 6262")
    assert not _framing(html, main_rental, _LINGUA_GOLD)
    # framed as what the owner mainly does: nothing to flag
    assert not _framing(page(brand="Lingua Nusantara", about="Lingua Nusantara adalah penyedia jasa di Surabaya."),
                        _LINGUA, _LINGUA_GOLD)


_BUKU = ("Kios Buku Bang Rahmat, Pasar Senen: buku pelajaran bekas, novel lama dan majalah jadul, mulai 10rb. "
         "WA 0812 6161 7272")
_BUKU_GOLD = {"niche": "books_stationery", "brand": "Kios Buku Bang Rahmat",
              "offerings": ["buku pelajaran bekas", "novel lama", "majalah jadul"], "not_offerings": []}


def test_a_page_framing_the_business_as_a_kind_the_brief_never_names_is_flagged() -> None:
    # the hero's lead says what the business is: a design studio, for a used-book stall
    html = page(brand="Kios Buku Bang Rahmat", lead="Kios Buku Bang Rahmat adalah studio desain di Jakarta.")
    assert _framing(html, _BUKU, _BUKU_GOLD) == [
        'the page calls a books_stationery business "studio desain" (design), a kind the brief never names']
    # a kind of a family the label's niche shares (a course provider for tutoring, a bookshop for a book stall) is
    # no misframing, nor is any frame without a label to hold it against
    assert not _framing(page(brand="Kios Buku Bang Rahmat", lead="Kios Buku Bang Rahmat adalah toko buku di Jakarta."),
                        _BUKU, _BUKU_GOLD)
    assert not _framing(html, _BUKU, None)

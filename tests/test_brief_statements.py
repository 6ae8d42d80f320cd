"""What the owner states about the business reaches the page: a statement joined to a clause other readers used
("… dengan vakum tungau dan pengharum alami"), request and contact words used as what is done ("bisa custom nama",
"laporan foto harian via WA", "akun IG aktif"), an acronym as a word of content ("diatur dari HP"), an account
named by its page's name ("FB: Keripik Pedas Bu Rumi Official") and an area served said in a clause ("antar
se-Kota Malang", "Kos Putra Pak Harun, Kramat Jati"). Chit-chat, greetings, requests, prices already shown and
contact text are never repeated as a note, and no note doubles another fact.

Every wording here is written for this test (other trades, towns and names than the page set's rows)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.contact import plan_contact
from tapsite_pipeline.evals.fidelity.page import parse_page
from tapsite_pipeline.evals.pages import generate_page, score_generated
from tapsite_pipeline.owner_links import named_accounts
from tapsite_pipeline.pipeline import Runtime
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _notes(text: str) -> list[str]:
    return [f.value for f in parse_brief(text).facts if f.kind == "note"]


def _facts(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in parse_brief(text).facts]


# ---------------------------------------------------------------- statements the owner made

@pytest.mark.parametrize("brief, said", [
    # the end of a clause whose start is a price, a turnaround or an offering, joined by a linking word
    ("Percetakan Undangan Sekar di Kudus, undangan hardcover mulai 4.500/pcs, proses 7 hari kerja karena dilipat "
     "manual. wa 0813 1000 3000", "dilipat manual"),
    ("Pawcraft Bandung makes leather dog collars 120k each in waxed or matte finish. WA 0812 1000 5000",
     "waxed or matte finish"),
    ("Laundry Sepatu Resik Semarang, cuci standar 35rb dengan sikat halus dan sabun khusus. wa 0812 3000 1000",
     "sikat halus dan sabun khusus"),
    ("Bali Surf Camp Uluwatu: 5-night package IDR 6.5 million with daily video analysis. WhatsApp +62 812 1000 4000",
     "daily video analysis"),
    # a name, colour or size the buyer chooses is what the business does, not a request to the builder
    ("Toko Kaos Sablon Rama Solo, kaos polos 45rb, bisa custom nama & nomor punggung. wa 0812 1000 6000",
     "custom nama & nomor punggung"),
    ("Kue Ulang Tahun Dapur Mentari Pekanbaru, mulai 150rb, tulisan & warna bisa request. wa 0812 1000 7000",
     "warna bisa request"),
    ("Pawcraft Bandung makes leather dog collars, 120k each, choice of colour and size. WA 0812 1000 5000",
     "choice of colour and size"),
    # a platform the service runs on or reports through
    ("Penitipan Kucing Meow House Malang, 40rb/malam, laporan foto harian via WA. wa 0812 1000 9000",
     "laporan foto harian via WA"),
    ("Happy Paws Pet Sitting in Sanur, 150k per visit, progress photos sent on WhatsApp every evening. "
     "WA +62 812 2000 1000", "progress photos sent on WhatsApp"),
    ("Warung Seblak Teh Ochi di Garut, seblak 15rb, live di TikTok tiap Jumat jam 7 malam. wa 0812 1000 8000",
     "live di TikTok tiap Jumat jam 7 malam"),
    # a requirement, its label kept with it, the customer's own account in it
    ("Rental Motor Gilang Jogja, matic 75rb/hari, syarat: KTP asli + akun IG aktif. wa 0812 2000 2000",
     "syarat: KTP asli + akun IG aktif"),
    ("Kos Melati Solo, kamar 600rb/bln, fasilitas: kasur, lemari, wifi. wa 0812 2000 2000",
     "fasilitas: kasur, lemari, wifi"),
    # how many colours a thing comes in is no colour asked for the page
    ("Kain Ikat Ama Sumba, sarung tenun 1,2jt in three colours. WA 0812 8000 1000", "three colours"),
    # an acronym is a word of content
    ("Smart Home Mas Bayu Kediri, pasang saklar pintar 350rb, bisa diatur dari HP. wa 0812 2000 3000",
     "bisa diatur dari HP"),
])
def test_a_statement_of_the_owner_is_kept_in_their_words(brief: str, said: str) -> None:
    # in a note, or with the fact it goes on from ("proses 7 hari kerja karena dilipat manual": one turnaround)
    notes = [f.value for f in parse_brief(brief).facts if f.kind in ("note", "turnaround", "offer", "delivery",
                                                                      "pickup", "guarantee")]
    assert any(said.lower() in n.lower() for n in notes), notes


def test_a_broadcast_time_is_no_opening_hours() -> None:
    facts = _facts("Warung Seblak Teh Ochi di Garut, seblak 15rb, live di TikTok tiap Jumat jam 7 malam. wa 0812 1000 8000")
    assert not any(kind == "hours" for kind, _ in facts)


def test_an_account_status_word_is_no_instagram_handle() -> None:
    facts = _facts("Rental Motor Gilang Jogja, matic 75rb/hari, syarat: KTP asli + akun IG aktif. wa 0812 2000 2000")
    assert ("instagram", "@aktif") not in facts


def test_free_slots_are_no_free_offer() -> None:
    facts = _facts("Foto Wisuda Kilau Studio Palu, paket solo 300k, jadwal & free slots: IG @kilau.palu")
    assert not any(kind == "offer" for kind, _ in facts)


def test_a_street_ends_where_the_owner_starts_a_new_clause() -> None:
    facts = _facts("Toko Buku Lawas Sastra di Jl. Cihampelas 12 kami jual buku bekas dan komik. wa 0812 5000 1000")
    assert ("address", "Jl. Cihampelas 12") in facts


# ---------------------------------------------------------------- what is never a note

@pytest.mark.parametrize("brief, not_said", [
    # greetings, thanks and requests to the builder
    ("Halo kak, makasih ya. Toko Kue Laras di Depok, nastar 85rb, bisa custom nama. namanya Toko Kue Laras. "
     "mau ada tombol WA, warna pink pastel ya. wa 0812 2000 8000", ("halo", "makasih", "namanya", "tombol", "pink")),
    ("Hi there! Rumah Rajut Nia in Malang, knitted baby blankets 180k. please make the site soft green, thanks! "
     "WhatsApp 0812 6000 1000", ("hi there", "green", "thanks")),
    # contact text
    ("Servis Laptop Andra Cirebon, ganti keyboard 250rb, bisa ditunggu. hubungi WA 0812 6000 2000 atau "
     "email andra@servis.example.com", ("0812", "andra@", "hubungi")),
    # a price already shown as a price
    ("Soto Kudus Pak Man di Kudus, soto ayam 15rb, es teh 4rb. wa 0812 6000 3000", ("15rb", "4rb")),
    # what is sold is the offerings', even after a joining word
    ("Kami jual sepatu kulit dan sandal jepit di Cibaduyut. wa 0812 2000 9000", ("sandal jepit",)),
    # a platform's own products are no account; a "custom" word does not let a request through
    ("Jasa Iklan Digital Kiki Medan, kelola Facebook Ads Manager untuk UMKM, mulai 500rb. wa 0812 2000 6000",
     ("ads manager",)),
])
def test_chit_chat_requests_contact_and_shown_prices_are_no_notes(brief: str, not_said: tuple[str, ...]) -> None:
    notes = " | ".join(_notes(brief)).lower()
    for word in not_said:
        assert word not in notes, notes


def test_the_name_alone_is_never_a_note() -> None:
    brief = "madu klanceng asli Kutai, 250ml 120rb. Nama: Madu Klanceng Kutai. WA 0853 7000 1000 / FB: Madu Klanceng Kutai"
    intent = parse_brief(brief)
    assert intent.brand_name == "Madu Klanceng Kutai"
    assert not any(f.value.lower() == "madu klanceng kutai" for f in intent.facts)


@pytest.mark.parametrize("brief", [
    "Jasa Cuci Sofa Bersih Kilat di Bekasi, paket 3 dudukan 250rb dengan vakum tungau dan pengharum alami. WA 0812 1000 2000",
    "Percetakan Undangan Sekar di Kudus, undangan hardcover mulai 4.500/pcs, proses 7 hari kerja karena dilipat manual.",
    "Toko Kaos Sablon Rama Solo, kaos polos 45rb, bisa custom nama & nomor punggung. wa 0812 1000 6000",
    "Penitipan Kucing Meow House Malang, 40rb/malam, laporan foto harian via WA. wa 0812 1000 9000",
])
def test_no_note_doubles_another_fact(brief: str) -> None:
    values = [f.value.lower() for f in parse_brief(brief).facts]
    notes = [f.value.lower() for f in parse_brief(brief).facts if f.kind == "note"]
    assert len(values) == len(set(values))
    for n in notes:  # a note is never a piece of another note
        assert not any(n != v and n in v for v in notes), notes


# ---------------------------------------------------------------- accounts named without a handle

@pytest.mark.parametrize("text, kind, name", [
    ("Keripik Pedas Bu Rumi, 20rb/bungkus. WA 0812 7788 9900 / FB: Keripik Pedas Bu Rumi Official", "facebook",
     "Keripik Pedas Bu Rumi Official"),
    ("kelas anak 100rb/bulan, follow kami di Facebook Sanggar Tari Lestari ya", "facebook", "Sanggar Tari Lestari"),
    ("fb Batik Tulis Lasem Ibu Murni. wa 0812 7000 1000", "facebook", "Batik Tulis Lasem Ibu Murni"),
    ("nasi box 30rb. YouTube: Dapur Mama Rina. wa 0812 2000 5000", "youtube", "Dapur Mama Rina"),
    ("Tutorial rajut tiap minggu di channel kami, yt Rajut Bareng Nia", "youtube", "Rajut Bareng Nia"),
])
def test_an_account_named_by_its_page_name_is_read(text: str, kind: str, name: str) -> None:
    assert [(k, n) for _, _, k, n in named_accounts(text)] == [(kind, name)]


@pytest.mark.parametrize("text", [
    "kelola Facebook Ads Manager untuk UMKM",       # the platform's own product
    "iklan Facebook di Jakarta dan Bandung",        # the platform itself, no page's name
    "FB: @kueani",                                  # a handle: a link, read elsewhere
    "fb: Sekar",                                    # one word: maybe a handle, never guessed as a page
    "konten TikTok Shop untuk seller",
])
def test_what_is_no_named_account(text: str) -> None:
    assert named_accounts(text) == []


def test_sambal_handle_after_ig_stays_an_instagram_account() -> None:
    assert ("instagram", "@sambalroa_oma") in _facts("Sambal Roa Oma Manado, 45rb/botol, IG sambalroa_oma")


def test_a_named_account_is_in_the_contact_plan_not_a_link() -> None:
    text = "Keripik Pedas Bu Rumi, 20rb/bungkus. WA 0812 7788 9900 / FB: Keripik Pedas Bu Rumi Official"
    brief = make_brief(text)
    plan = plan_contact(brief, parse_brief(text))
    assert plan.named == (("facebook", "Keripik Pedas Bu Rumi Official"),)
    assert plan.facebook is None
    # a handle makes a link, and then the same account is not named again as text
    linked = "Bengkel Jaya Motor, ganti oli 60rb. WA 0812 7000 2000 / FB: @jayamotor.bks"
    plan = plan_contact(make_brief(linked), parse_brief(linked))
    assert plan.facebook == "https://www.facebook.com/jayamotor.bks" and plan.named == ()


# ---------------------------------------------------------------- areas served said in a clause

@pytest.mark.parametrize("brief, area", [
    ("Catering Mbak Rina, antar se-Kota Malang, nasi box 25rb. wa 0813 2222 3333", "seluruh Kota Malang"),
    ("Toko Bunga Melati kirim ke seluruh Surabaya dan Sidoarjo. wa 0812 1212 3434", "seluruh Surabaya dan Sidoarjo"),
    ("Servis AC Pak Joko, melayani area Tembalang dan sekitarnya. Telp 0812 3333 4444", "Tembalang"),
])
def test_an_area_served_said_in_a_clause_is_read(brief: str, area: str) -> None:
    assert ("area", area) in _facts(brief)


@pytest.mark.parametrize("brief, place", [
    ("Kos Putra Pak Harun, Kramat Jati, kamar 750rb/bln. wa 0812 2000 7000", "Kramat Jati"),
    ("Laundry Bang Jali, Kalibata, cuci kering 6rb/kg, bisa antar jemput. WA 0812 4444 5555", "Kalibata"),
])
def test_a_neighbourhood_after_the_name_is_the_place(brief: str, place: str) -> None:
    intent = parse_brief(brief)
    assert intent.location == place
    assert place.lower() not in intent.products


# ---------------------------------------------------------------- on the page

@pytest.fixture(scope="module")
def rt(tmp_path_factory):
    return Runtime.local(tmp_path_factory.mktemp("home"))


def test_statements_and_a_named_account_are_on_the_page_once(rt) -> None:
    text = ("Kursus Jahit Bu Wati, khusus pemula, kelas 4x pertemuan 400rb, bisa custom ukuran sendiri, "
            "pengerjaan baju 7 hari karena dijahit tangan. WA 0812 5555 6666 / FB: Kursus Jahit Bu Wati Official")
    res, live = generate_page(rt, text)
    html = (Path(live) / "index.html").read_text(encoding="utf-8")
    assert "custom ukuran sendiri" in html
    assert "dijahit tangan" in html
    assert html.count("dijahit tangan") == 1
    # the page's name is text in the contact list, never a link
    assert re.search(r"<li>[^<]*(?:<svg.*?</svg>)?\s*Facebook Kursus Jahit Bu Wati Official</li>", html, re.S)
    assert "facebook.com" not in html
    result = score_generated(live, text, None)
    assert result["coherence"].passed, result["coherence"].problems
    assert result["contact"].passed, result["contact"].problems


def test_a_named_account_is_shown_as_written_and_never_as_markup(rt) -> None:
    text = "Warung O'Brien & Sons Medan, steak 85rb. WA 0812 5555 7777 / FB: Warung O'Brien & Sons Medan"
    res, live = generate_page(rt, text)
    page = parse_page((Path(live) / "index.html").read_text(encoding="utf-8"))
    contact = " ".join(b.text for b in page.blocks if b.section == "contact")
    assert "Facebook Warung O'Brien & Sons Medan" in contact


@pytest.mark.parametrize("text", [
    'FB: Toko Kue <script>alert(1)</script> Ani',
    'fb: Toko Kue Ani"><img src=x onerror=alert(1)>',
    "Facebook Toko Kue Ani javascript:alert(1)",
])
def test_markup_is_never_part_of_a_named_account(text: str) -> None:
    for _, _, _, name in named_accounts(text):
        assert not re.search(r"[<>\"=:]", name), name

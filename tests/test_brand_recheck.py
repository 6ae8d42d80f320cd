"""A second look at the brand: a document's heading, its addressee or a place gives way to a name the brief
corroborates (brand_recheck.py, name_likeness.py)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.name_likeness import has_own_word, ordinary_share, role_taken

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "brand"), [
    # a quotation's heading and its addressee, then the sender after "Dari:"
    ("SURAT PENAWARAN No. 22/KBM/III/2027\nKepada Yth. Panitia Halal Bihalal RT 04 Cibubur\nDari: Katering Bu Marni "
     "Wulandaru\n1. Nasi box ayam bakar — 120 × Rp 32.000\n2. Es buah — Rp 8.000/gelas\nWA 0812 7000 1234",
     "Katering Bu Marni Wulandaru"),
    # the client named after "for", the installer after "from" and echoed by its e-mail
    ("Estimate for Teratai Dental Clinic, Sanur\nfrom Sinyal Jernih Solutions\n• Office router + 2 access points — "
     "IDR 3,500,000\n• Yearly check-up — IDR 900,000\nQuestions: halo@sinyaljernih.co", "Sinyal Jernih Solutions"),
    # a village where the job is, the business in the sign-off
    ("Rincian sewa sound system utk nikahan Bu Haji, Desa Cikadu (Cianjur):\nSound 2000 watt — 1.200.000\n"
     "Genset 10 kva — 600.000\nTerima kasih, Gema Sora Audio. WA 0821 4455 6677", "Gema Sora Audio"),
    # a class poster's title, the studio on a line of its own with its street
    ("KELAS MERAJUT UNTUK PEMULA\nMinggu, 7 Maret 2027 | 13.00–16.00\nRumah Benang Kirana, Jl. Cempaka 8, Salatiga\n"
     "Biaya Rp 180.000 sudah termasuk benang. Daftar: 0857 1100 2200", "Rumah Benang Kirana"),
    # a trip's itinerary as the heading, its operator in brackets after it
    ("Itinerary Open Trip Ijen Blue Fire (Kawah Trip Pak Suroso)\n00.30 jemput hotel\n02.00 mulai mendaki\n"
     "Harga 300rb/org. WA 0852 3300 4400", "Kawah Trip Pak Suroso"),
    # a medium as the heading, then the sender after its colon
    ("SMS: Kencana Lintas Shuttle — Padang–Bukittinggi tiap 2 jam, 90rb/kursi. Telp 0751 889 1200",
     "Kencana Lintas Shuttle"),
    # an invoice billed to a client, the sender after "From:"
    ("INVOICE #0045\nBill to: Hotel Sinar Pagi Bukittinggi\nFrom: Laundry Kinclong Uda Malin\nCuci linen 120 kg × 9rb\n"
     "Total Rp 1.080.000. WA 0812 1111 3333", "Laundry Kinclong Uda Malin"),
    # a registered client's name is still the client's; the sender follows "from"
    ("Quotation for PT Maju Jaya Logistics\nfrom Cahaya Teknik Listrik\n- Panel installation IDR 12,000,000\n"
     "- Monthly check IDR 800,000\ncontact: admin@cahayateknik.id", "Cahaya Teknik Listrik"),
    # a trip's title with an island and a count of days, its operator in brackets
    ("Open Trip Pulau Pahawang 2D1N 🏝️ (Lampung Nusa Trip)\nmeeting point Bakauheni 06.00\nsnorkeling 3 spot\n"
     "450rb/org. WA 0821 5555 6666", "Lampung Nusa Trip"),
])
def test_the_heading_addressee_or_place_gives_way(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize(("brief", "brand"), [
    # a name of a trade word, a place and a word of its own stays, whatever follows after "dari"
    ("FOTO STUDIO BINTAN KLIKSA\nPas foto 20rb, foto keluarga 150rb\nJl. Merdeka 5, Tanjung Pinang\n"
     "IG @kliksa.foto", "FOTO STUDIO BINTAN KLIKSA"),
])
def test_a_name_with_a_word_of_its_own_stays(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name.lower() == brand.lower()


def test_a_receipts_payer_is_no_sender() -> None:
    brief = ("Ini kuitansi dari kursus kami:\nKURSUS JAHIT MELATI BANJAR\nKuitansi No. 0099\nTerima dari: Ibu Rosmala "
             "Dewi\nUntuk: kursus menjahit dasar — Rp 800.000\nWA 0852 1000 2000")
    assert parse_brief(brief).brand_name != "Ibu Rosmala Dewi"


def test_no_corroborated_name_keeps_the_choice() -> None:
    # the heading is all ordinary words, but nothing else in the brief is a name the brief backs: it stays
    brief = ("KELAS MERAJUT UNTUK PEMULA\nMinggu jam 13.00 di rumah Bu Sari Wulandari, 180rb.\n"
             "Daftar: 0857 1100 2200")
    assert parse_brief(brief).brand_name.lower() == "kelas merajut untuk pemula"


@pytest.mark.parametrize("brief", [
    "Laundry Kiloan Murah, buka dari Senin sampai Sabtu. 7rb/kg. WA 0813 3333 4444",
    "Open Trip Bromo Sunrise, berangkat dari Malang jam 00.00. 350rb/org. WA 0813 1357 2468",
])
def test_a_day_or_a_town_after_dari_is_no_sender(brief: str) -> None:
    name = parse_brief(brief).brand_name
    assert "Senin" not in name and name != "Malang"


def test_ordinary_share_and_own_words() -> None:
    assert ordinary_share("Penawaran Harga No") == 1.0
    assert ordinary_share("Workshop Merajut untuk Pemula") >= 0.75
    assert not has_own_word("Yes")
    assert has_own_word("Katering Bu Marni Wulandaru")
    assert ordinary_share("Sinyal Jernih Solutions") < 0.75
    assert ordinary_share("Open Trip Pulau Pahawang 2D1N") >= 0.75  # an island's noun and a count of days


def test_role_taken_reads_addressees_and_places() -> None:
    text = "Kepada Yth. Panitia Natal, dari Toko Roti Maju"
    assert role_taken(text, text.index("Panitia"))
    assert not role_taken(text, text.index("Toko"))
    text = "hajatan di rumah Pak RT, Desa Sukasari"
    assert role_taken(text, text.index("Desa"))


def test_the_sender_after_dari_is_no_place() -> None:
    # "dari Percetakan …" reads as a place too; the brand it is names no place, and its head says the trade
    intent = parse_brief("Penawaran harga utk Panitia Pentas Seni SMP 3 Padang, dari Percetakan Tugu Kencana:\n"
                         "1) Spanduk 3x1 m — 90rb\n2) Kaos panitia — 65rb/pcs\nWA 0812 3300 1100")
    assert intent.brand_name == "Percetakan Tugu Kencana"
    assert intent.location != "Percetakan Tugu Kencana"
    assert intent.business_type == "creative"


def test_a_class_title_given_up_as_the_name_is_still_what_is_sold() -> None:
    intent = parse_brief("Kelas Merajut Dasar Untuk Pemula 🧶\nsama Kak Dina — Dina Rajut Kirana\n2 sesi: Minggu 7 & 14 "
                         "Maret, jam 1 siang\n250rb aja, benang disediakan. WA 0853 1111 2222")
    assert intent.brand_name == "Dina Rajut Kirana"
    assert any("kelas merajut" in p for p in intent.products)


def test_a_document_heading_and_its_addressee_are_no_offerings() -> None:
    intent = parse_brief("SURAT PENAWARAN No. 22/KBM/III/2027\nKepada Yth. Panitia Halal Bihalal RT 04 Cibubur\nDari: "
                         "Katering Bu Marni Wulandaru\n1. Nasi box ayam bakar — 120 × Rp 32.000\n2. Es buah — Rp 8.000/gelas\n"
                         "WA 0812 7000 1234")
    assert not any("penawaran" in p or "panitia" in p or "kbm" in p for p in intent.products)

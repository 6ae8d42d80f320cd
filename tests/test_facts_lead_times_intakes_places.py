"""Facts that reached the page cut short or not at all, as classes: a duration written in chat shorthand ("4-6 mgg",
"7-10 hr kerja"), the notice an owner needs ("2 weeks notice"), the month a new batch or intake opens, a place in
brackets right after the business's name, and a place set off from a selling clause by an emoji.
Briefs written for these tests, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.factcopy import LEAD_LABEL, _label
from tapsite_pipeline.providers.offline_rules.text import clean
from tapsite_pipeline.providers.offline_rules.trade_terms import _FUNDING

pytestmark = pytest.mark.unit


def _facts(text: str, kind: str | None = None) -> list[str]:
    return [f.value for f in parse_brief(text).facts if kind is None or f.kind == kind]


# --- durations in chat shorthand ----------------------------------------------------------------------------

@pytest.mark.parametrize(("brief", "said"), [
    ("Sulam Alis Rara terima sulam alis 1,2jt, hasil akhir stlh proses 2-3 mgg. wa 0813 5555 1212", "proses 2-3 mgg"),
    ("Cetak Yasin Berkah, yasin hardcover 18rb, pengerjaan 5-7 hr kerja. wa 0857 4444 3131", "pengerjaan 5-7 hr kerja"),
    ("Renov Rumah Pak Darto, bangun dapur dan kamar mandi, pengerjaan 1-2 bln. wa 0812 7000 1100", "pengerjaan 1-2 bln"),
])
def test_a_turnaround_in_shorthand_keeps_its_unit(brief: str, said: str) -> None:
    assert said in _facts(brief, "turnaround")


def test_a_turnaround_in_working_days_keeps_them() -> None:
    brief = "Jasa Terjemah Lingua, terjemahan tersumpah Rp 120.000 per lembar, selesai 3-4 hari kerja. WA 0812 2100 3300"
    assert "selesai 3-4 hari kerja" in _facts(brief, "turnaround")


def test_a_range_of_weeks_in_shorthand_is_no_note_cut_at_its_number() -> None:
    brief = "Sulam Alis Rara terima sulam alis 1,2jt. proses 2-3 mgg. wa 0813 5555 1212"
    assert not any(v.rstrip().endswith("2-3") for v in _facts(brief))


def test_a_range_of_hours_stays_the_opening_hours() -> None:  # a range with no unit after it is still a time of day
    brief = "Warung Soto Pak Min buka 7-14, soto ayam 15rb. wa 0812 1010 2020"
    assert "7-14" in _facts(brief, "hours")


# --- the notice an owner needs --------------------------------------------------------------------------------

@pytest.mark.parametrize(("brief", "said"), [
    ("Petal Lane makes bridal bouquets in Sanur. Kindly give us 4 weeks notice for wedding orders. hello@petallane.id",
     "4 weeks notice"),
    ("Tiny Tent Sleepovers Bali sets up kids' teepee parties, IDR 2 million. We need at least 10 days' notice. "
     "WA +62 812 3000 4000", "at least 10 days' notice"),
])
def test_the_notice_the_owner_needs_is_a_lead_time(brief: str, said: str) -> None:
    value = next(v for v in _facts(brief, "turnaround") if said in v)
    assert _label("turnaround", value, 1) == LEAD_LABEL[1]


def test_notice_without_a_length_is_no_lead_time() -> None:
    brief = "Petal Lane makes bridal bouquets in Sanur, prices subject to change without notice. hello@petallane.id"
    assert _facts(brief, "turnaround") == []


def test_order_ahead_in_shorthand_is_a_lead_time() -> None:
    brief = "Tumpeng Bu Narti, tumpeng mini 150rb, PO min 3 hr sblm acara. wa 0812 6600 7700"
    assert any("3 hr sblm" in v for v in _facts(brief, "turnaround"))


# --- the month a new batch or intake opens --------------------------------------------------------------------

@pytest.mark.parametrize(("brief", "month"), [
    ("Kursus Menjahit Bu Ratih di Klaten, angkatan baru mulai Agustus, biaya 900rb. wa 0812 3131 4141", "Agustus"),
    ("Studio Keramik Tanah Liat, registration for the next batch opens in September, IDR 1.8 million. "
     "hello@tanahliat.id", "September"),
    ("LPK Bahasa Korea Hana, pendaftaran gelombang 2 dibuka Mei sampai Juni. wa 0812 9191 8181", "Mei sampai Juni"),
])
def test_the_month_an_intake_opens_is_said(brief: str, month: str) -> None:
    assert any(month in v for v in _facts(brief, "note"))


def test_may_as_a_word_after_a_batch_is_no_month() -> None:
    brief = "Kelas Tembikar Liat: the batch may fill up fast, wheel class IDR 450K. hello@liat.id"
    assert not any("batch may" in v for v in _facts(brief, "note"))


def test_an_intake_month_is_never_an_offering() -> None:
    brief = "Our baking school Roti Rumah in Bogor runs a 4-week bread course, next intake starts in October. hi@rotirumah.id"
    products = parse_brief(brief).products
    assert not any("intake" in p for p in products)


# --- a place in brackets after the name -----------------------------------------------------------------------

@pytest.mark.parametrize(("brief", "place"), [
    ("Sewa Sound System Gemilang (Ciparay) untuk hajatan dan pengajian. WA 0812 2323 9898", "Ciparay"),
    ("Mebel Jati Mandiri (Cikijing, Majalengka) terima meja makan dan lemari. WA 0812 6363 7373", "Cikijing, Majalengka"),
])
def test_a_place_in_brackets_after_the_name_is_the_address(brief: str, place: str) -> None:
    assert place in _facts(brief, "address")


@pytest.mark.parametrize("brief", [
    "PT Bangun Kokoh (Persero) jasa konstruksi gedung. Email info@bangunkokoh.co.id",  # the company's form
    "Sanggar Seni Lestari (Seni Karawitan) untuk anak dan remaja. WA 0812 2424 2525",  # a word of the name: the trade
    "Studio Foto Kilau (Prewedding) foto prewedding outdoor. WA 0812 2626 2727",  # what it does, said again after
    "Jual kue kering (Nastar, Kastengel) buat lebaran. WA 0812 2828 2929",  # goods after a word in lower case
])
def test_a_bracket_that_names_no_place_is_no_address(brief: str) -> None:
    assert _facts(brief, "address") == []


# --- an emoji between a place and a selling clause --------------------------------------------------------------

def test_an_emoji_before_a_selling_verb_ends_the_place() -> None:
    assert clean("Peternakan Lebah Pak Sarno, Sumberjaya Lampung 🐝 jual madu") == \
        "Peternakan Lebah Pak Sarno, Sumberjaya Lampung. jual madu"


def test_an_emoji_after_a_lower_case_word_stays_a_space() -> None:
    assert clean("Halo, saya Ferdi, suka ngoprek 😄 jual template Excel") == "Halo, saya Ferdi, suka ngoprek jual template Excel"
    assert clean("Toko Ani jual 🌸 buket bunga") == "Toko Ani jual buket bunga"


# --- a dotted abbreviation ends no sentence -------------------------------------------------------------------

@pytest.mark.parametrize(("brief", "whole"), [
    ("Panti Wreda Kasih, Salatiga. Donasi lewat rekening Mandiri a.n. Panti Wreda Kasih. WA 0812 4545 1212",
     "a.n. Panti Wreda Kasih"),
    ("Les Piano Nada Ceria, kelas tiap Minggu, pendaftaran s.d. tgl. 15 Agustus. WA 0812 4545 1313",
     "pendaftaran s.d. tgl. 15 Agustus"),
])
def test_a_dotted_abbreviation_keeps_its_sentence_whole(brief: str, whole: str) -> None:
    assert any(whole in v for v in _facts(brief, "note"))
    assert not any(v.rstrip().endswith((" a", " s")) for v in _facts(brief))


def test_a_price_per_day_ends_before_a_dotted_abbreviation() -> None:
    brief = "Rental Motor Gaspol, beat 75rb/hari s.d. 24 jam, wajib KTP. WA 0812 4545 1414"
    assert "75rb/hari" in _facts(brief, "price")


def test_a_full_stop_after_a_word_still_ends_the_sentence() -> None:
    brief = "Rental Motor Gaspol, Denpasar. Beat 75rb/hari. Helm 2 dan jas hujan. WA 0812 4545 1414"
    assert not any("Denpasar" in v and "Beat" in v for v in _facts(brief))


# --- what a customer must do or bring is a rule for visitors, not a request to the builder --------------------

@pytest.mark.parametrize(("brief", "rule"), [
    ("Toko Curah Nol Sampah, Kendari: beras, gula dan sabun curah. Please bring your own jars. WA 0812 7171 2121",
     "Please bring your own jars"),
    ("Permak Jeans Mas Yoga, potong dan kecilin jeans 25rb. Celana perlu dibawa langsung ke kios. WA 0812 7171 3131",
     "Celana perlu dibawa langsung ke kios"),
    ("Glamping Bukit Embun, tenda 1,1jt/malam. Butuh DP 30% buat kunci tanggal. WA 0812 7171 4141",
     "Butuh DP 30% buat kunci tanggal"),
    ("Cat sitting by Meow Sitters Ubud, IDR 120K a visit. Cats need to be vaccinated. hello@meowsitters.id",
     "Cats need to be vaccinated"),
    ("Nasi Box Bu Endang, nasi box ayam bakar 25rb. Mau pesan harus konfirmasi H-1. WA 0812 7171 5151",
     "Mau pesan harus konfirmasi H-1"),
])
def test_what_a_customer_must_do_reaches_the_page(brief: str, rule: str) -> None:
    assert any(rule in v for v in _facts(brief))


@pytest.mark.parametrize("brief", [
    "Toko Curah Nol Sampah, Kendari: beras, gula dan sabun curah. Please add a booking button. WA 0812 7171 2121",
    "Glamping Bukit Embun, tenda 1,1jt/malam. Butuh website yang elegan. WA 0812 7171 4141",
    "Cat sitting by Meow Sitters Ubud, IDR 120K a visit. We need to bring in more clients online. hello@meowsitters.id",
    "Nasi Box Bu Endang, nasi box ayam bakar 25rb. Mau pesan website yang simpel. WA 0812 7171 5151",
])
def test_a_request_to_the_builder_stays_off_the_page(brief: str) -> None:
    assert not any(w in v.lower() for v in _facts(brief) for w in ("button", "website", "clients online"))


# --- the purity of gold is no price; "ready in" said as "jadi dlm" is a turnaround ------------------------------

def test_the_karat_of_gold_is_no_price() -> None:
    brief = "Toko Mas Sinar Terang, Cirebon, jual cincin dan kalung emas 18k dan 22k. Telp 0231 200 300"
    assert not any(v in ("18k", "22k") for v in _facts(brief, "price"))


def test_a_price_in_k_for_gold_jewellery_stays_a_price() -> None:
    brief = "Toko Mas Sinar Terang, Cirebon, cincin emas mulai 950k, kalung 1,5jt. Telp 0231 200 300"
    assert "mulai 950k" in _facts(brief, "price")


def test_a_bare_k_price_of_other_goods_stays_a_price() -> None:
    brief = "Sablon Kaos Garis, kaos sablon 22k per pcs, min 24 pcs. WA 0812 4040 1010"
    assert any(v.startswith("22k") for v in _facts(brief, "price"))


def test_ready_within_in_shorthand_is_a_turnaround() -> None:
    brief = "Fotokopi Cepat Kampus, jilid skripsi 15rb, jadi dlm 2 jam. WA 0812 4040 2020"
    assert "jadi dlm 2 jam" in _facts(brief, "turnaround")


def test_what_a_clip_becomes_is_no_turnaround() -> None:
    brief = "Jasa edit reels Mira, potong video jadi 30 detik 40rb, potong klip jadi 1 menit 50rb. WA 0812 4040 3030"
    assert _facts(brief, "turnaround") == []


# --- a surcharge for speed belongs to the turnaround, never a bare price -----------------------------------------

@pytest.mark.parametrize(("brief", "said", "amount"), [
    ("Board Fix Canggu repairs surfboards, small ding 120k, done in 3 days, rush 24h +80k. WA +62 812 9898 1111",
     "rush 24h +80k", "80k"),
    ("Jilid Kilat Sinar, jilid soft cover 10rb, ekspres 2 jam +5rb. WA 0812 9898 2222", "ekspres 2 jam +5rb", "5rb"),
    ("Terjemah Cepat Lingua, 60rb/halaman, kilat tambah 20rb/halaman. WA 0812 9898 3333",
     "kilat tambah 20rb/halaman", "20rb"),
])
def test_a_speed_surcharge_is_the_turnaround(brief: str, said: str, amount: str) -> None:
    assert said in _facts(brief, "turnaround")
    assert not any(v.startswith(amount) for v in _facts(brief, "price"))


def test_a_home_visit_surcharge_stays_the_visit() -> None:
    brief = "Salon Melati, creambath 70rb, home service +40rb. WA 0812 9898 4444"
    assert any("+40rb" in v for v in _facts(brief, "pickup"))


def test_rush_in_a_name_is_no_turnaround() -> None:
    brief = "Studio game Kucing Biru dari Malang, lagi bikin game puzzle 'Bakso Rush' untuk HP. hello@kucingbiru.id"
    assert _facts(brief, "turnaround") == []


# --- what a price is for, when how long it lasts is said between them ------------------------------------------

def _subject(text: str, value: str) -> str:
    return next(f.subject for f in parse_brief(text).facts if f.kind == "price" and f.value == value)


def test_a_price_after_a_duration_and_an_aside_is_for_the_class_before_them() -> None:
    brief = "Sanggar Rias Dewi, kelas rias pengantin (adat Jawa & Sunda) 5 hari 3,5jt. WA 0812 6161 7171"
    assert _subject(brief, "3,5jt").startswith("kelas rias pengantin")


def test_a_duration_after_the_item_keeps_the_item() -> None:
    brief = "Rental Mobil Lancar, sewa innova 2 hari 900rb. WA 0812 6161 8181"
    assert _subject(brief, "900rb") == "sewa innova"


# --- how a large job is paid for -------------------------------------------------------------------------------

@pytest.mark.parametrize(("brief", "said"), [
    ("CV Air Bersih Flores, sumur bor dan tandon air untuk desa, kami kerjakan dengan skema dana desa. "
     "WA 0812 5151 6161", "kami kerjakan dengan skema dana desa"),
    ("Rooftop solar by SinarTimur Ende for homes and clinics, financing available through Bank NTT. "
     "hello@sinartimur.id", "financing available through Bank NTT"),
])
def test_how_a_job_is_paid_for_is_said(brief: str, said: str) -> None:
    assert said in _facts(brief, "note")


@pytest.mark.parametrize("said", [
    "kami galang dana untuk beasiswa anak nelayan",  # funds a foundation raises
    "bisa bayar dengan dana sendiri atau transfer",  # no scheme named
])
def test_other_talk_of_funds_is_no_payment_scheme(said: str) -> None:
    assert _FUNDING.search(said) is None


# --- a question the owner opens with is a hook, not a fact -------------------------------------------------------

@pytest.mark.parametrize(("brief", "hook"), [
    ("Genteng bocor pas hujan? Atap Aman Semarang terima perbaikan atap dan pasang talang, survey gratis. "
     "WA 0812 3939 4949", "Genteng bocor pas hujan"),
    ("Tired of slow wifi? NetFix Kuta sets up mesh wifi for villas, from IDR 1.5 million. hello@netfix.id",
     "Tired of slow wifi"),
])
def test_an_opening_question_is_no_note(brief: str, hook: str) -> None:
    assert not any(hook.lower() in v.lower() for v in _facts(brief, "note"))


def test_a_statement_after_the_question_is_still_a_note() -> None:
    brief = "Genteng bocor? Atap Aman Semarang, perbaikan atap dan talang. Material kami bawa sendiri. WA 0812 3939 4949"
    assert any("Material kami bawa sendiri" in v for v in _facts(brief, "note"))

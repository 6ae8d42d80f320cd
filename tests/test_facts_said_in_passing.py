"""Facts an owner says in passing, often in a voice note or a terse caption: years in business without a marker
word ("udah dua belas tahun"), what costs extra with what it is for, how a class runs and when ("online, weekends"),
a capacity with its unit ("up to 3,000 watt"), what a price buys in brackets after it, and a package's contents that
stop where a run-on goes on to the next item."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _facts(brief: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in parse_brief(brief).facts]


# --- years in business said with "udah"/"sudah" and no other marker word ---------------------------------------

@pytest.mark.parametrize("brief,value", [
    ("halo kak aku jahit kebaya udah dua belas tahun nama tokonya Kebaya Ratih di Kudus wa 0813 2211 4455", "dua belas tahun"),
    ("Bengkel Las Maju sudah 8 thn, terima pagar dan kanopi di Cilacap, telp 0812 7000 1122", "8 tahun"),
])
def test_years_said_with_already_are_experience(brief: str, value: str) -> None:
    assert ("experience", value) in _facts(brief)


def test_years_running_said_after_the_count() -> None:
    assert ("experience", "7 tahun") in _facts("Warung Soto Pak Darto 7 thn jalan, soto ayam 15rb di Klaten")


@pytest.mark.parametrize("brief", [
    "anak saya udah 6 tahun, les calistung Bu Wati di Pati, 150rb sebulan",
    "garansi sudah 1 tahun untuk servis pompa air Tirta Jaya Semarang",
    "Toko Bangunan Sentosa buka 3 tahun yang lalu di Blora, jual semen dan pasir",
])
def test_an_age_a_warranty_or_ago_is_no_experience(brief: str) -> None:
    assert not any(k == "experience" for k, _ in _facts(brief))


# --- what costs extra, with what it is for ------------------------------------------------------------------------

def test_an_extra_cost_is_said_with_its_condition_and_object() -> None:
    brief = ("saya Bagus guide pendakian di Lumajang nama usahanya Jejak Semeru paket dua hari satu juta kalau ke "
             "ranu kumbolo tambah biaya porter sama tenda ya wa 0812 3300 4411")
    facts = _facts(brief)
    assert ("note", "kalau ke ranu kumbolo tambah biaya porter sama tenda") in facts, facts
    assert "tenda" not in parse_brief(brief).products


def test_an_extra_charge_in_english() -> None:
    facts = _facts("Villa Kenanga in Ubud, 3 bedrooms, extra charge for airport pickup. WA 0812 9000 3322")
    assert ("note", "extra charge for airport pickup") in facts, facts


def test_an_extra_cost_with_its_amount_is_the_price_readers() -> None:
    facts = _facts("Katering Bu Sari Solo, nasi box 25rb, tambah biaya antar 20rb ke luar kota")
    assert not any(k == "note" and "tambah biaya antar" == v for k, v in facts), facts


# --- how and when a class runs, said as a bare list item --------------------------------------------------------

@pytest.mark.parametrize("brief,note", [
    ("Mandarin for kids online, weekends, 6 kids per class. DM @mandarin.kecil", "online, weekends"),
    ("kelas menggambar anak daring akhir pekan, 5 anak per kelas, wa 0812 4400 1188", "daring akhir pekan"),
])
def test_mode_and_days_are_a_note(brief: str, note: str) -> None:
    assert ("note", note) in _facts(brief)


def test_opening_days_stay_hours() -> None:
    facts = _facts("Kopi Pagi Senja in Malang, open weekends 8-16, WA 0812 4400 2299")
    assert not any(k == "note" and "weekends" in v for k, v in facts), facts


# --- a capacity with its unit ---------------------------------------------------------------------------------------

def test_a_capacity_is_said_with_the_thing_and_the_thing_stays_an_offering() -> None:
    brief = "Dua Putra Audio, we rent stage lighting and a speaker set up to 3,000 watt, Solo, WA 0812 6600 1177"
    it = parse_brief(brief)
    assert ("note", "speaker set up to 3,000 watt") in [(f.kind, f.value) for f in it.facts], it.facts
    assert "speaker set" in it.products, it.products
    assert not any(p.endswith(" 3") for p in it.products), it.products


def test_a_list_goes_on_after_a_capacity() -> None:
    it = parse_brief("Kebun Teh Venue Bogor: garden ceremony, buffet dinner for up to 200 pax, photo booth from "
                     "4 million. email halo@kebunteh.id")
    assert "photo booth" in it.products, it.products


def test_a_number_without_a_capacity_word_is_no_capacity() -> None:
    facts = _facts("Laundry Wangi Depok, cuci kering 7rb/kg sampai jam 9 malam, WA 0812 6600 2288")
    assert not any(k == "note" and "sampai" in v and "orang" in v for k, v in facts), facts


# --- what a price buys, in brackets ---------------------------------------------------------------------------------

def test_a_bracketed_list_after_a_price_is_the_package() -> None:
    facts = _facts("Studio Desain Garis, logo basic 400rb (2 konsep + 1 revisi), logo pro 900rb (4 konsep, file "
                   "master), wa 0812 7700 1166")
    assert ("package", "2 konsep + 1 revisi") in facts, facts
    assert ("package", "4 konsep, file master") in facts, facts


@pytest.mark.parametrize("brief", [
    "Kursus Robot Ceria, term fee IDR 1,500,000 (10 weeks), kits provided. email robot@ceria.id",
    "Kue Lapis Bu Endang, lapis legit 350rb (DP 50%, sisa H-1), wa 0812 7700 2255",
])
def test_a_bracket_of_terms_or_a_length_is_no_package(brief: str) -> None:
    assert not any(k == "package" for k, _ in _facts(brief))


# --- a run-on's package contents stop at the next item --------------------------------------------------------------

def test_run_on_contents_stop_at_the_next_package() -> None:
    brief = ("halo saya fotografer di Jember paket foto wisuda satu juta dapet 30 foto edit sama cetak 2 lembar terus "
             "paket keluarga dua juta lokasi bisa di studio atau outdoor wa 0812 8800 1133")
    held = [v for k, v in _facts(brief) if k == "package" and "30 foto" in v]
    assert held == ["30 foto edit sama cetak 2 lembar"], _facts(brief)


# --- where the work can be done, as a choice of places ------------------------------------------------------------

def test_a_choice_of_places_is_said_as_a_note() -> None:
    brief = ("halo saya fotografer di Malang nama studionya Lensa Arema paket prewed tiga juta lokasi foto bisa di "
             "Coban Rondo atau Kebun Teh Wonosari tapi kalau ke Bromo tambah biaya jeep ya wa 0812 8800 2244")
    facts = _facts(brief)
    assert ("note", "lokasi foto bisa di Coban Rondo atau Kebun Teh Wonosari") in facts, facts


def test_a_single_place_without_a_choice_is_left_to_the_address_readers() -> None:
    facts = _facts("Studio Foto Cahaya, lokasi bisa di studio kami, paket 500rb, wa 0812 8800 3355")
    assert not any(k == "note" and v.startswith("lokasi bisa di") for k, v in facts), facts


# --- a list numbered inside one line -----------------------------------------------------------------------------------

def test_an_inline_numbered_list_is_a_comma_list() -> None:
    from tapsite_pipeline.pasted import sentences_from_lines
    said = sentences_from_lines("Menu: 1. soto ayam 15rb 2. rawon 20rb 3. pecel 12rb. wa 0812 1100 2233")
    assert said == "Menu: soto ayam 15rb, rawon 20rb, pecel 12rb. wa 0812 1100 2233"


def test_every_item_of_an_inline_numbered_price_list_is_read() -> None:
    it = parse_brief("Warung Mbak Tum, Kediri. Harga: 1) soto ayam 15rb 2) rawon 20rb 3) pecel 12rb. wa 0812 1100 2233")
    assert {"soto ayam", "rawon", "pecel"} <= set(it.products), it.products
    assert not any(f.value.endswith((" 2", " 3")) for f in it.facts), it.facts


@pytest.mark.parametrize("text", [
    "Les renang anak umur 5. Kami di Bogor, kelas 2. minggu",       # not counted up from 1
    "Kue lapis 1. Enak sekali, wa 0812 1100 3344",                     # one number alone
])
def test_numbers_that_do_not_count_up_are_left(text: str) -> None:
    from tapsite_pipeline.pasted import sentences_from_lines
    assert sentences_from_lines(text) == text

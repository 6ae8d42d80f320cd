"""Facts the ninth writer's wordings carried that the page dropped, as classes: a price list whose lines run
together (each price's subject starts after the price before it), a range's second end, what a price includes
as a list, a clause of what a package includes, the rule a service follows ("sesuai standar …"), a list of who
is supplied begun at the end of a used clause, and counts that are no names ("1x24", "~10 pages", "se-…").
Briefs written for these tests, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _facts(text: str, kind: str) -> list:
    return [f for f in parse_brief(text).facts if f.kind == kind]


def _notes(text: str) -> list[str]:
    return [f.value for f in _facts(text, "note")]


def _subject(text: str, value: str) -> str:
    return next(f.subject for f in _facts(text, "price") if f.value == value)


# --- what a price is for, when lines of a price list run together ------------------------------------------

def test_each_price_of_a_run_together_list_is_for_its_own_item():
    text = "Sambal Bu Warsi, produksi sejak 2015\nsambal bawang 200gr 25rb\nsambal cumi 200gr 40rb\nWA 0812 3456 7781"
    assert _subject(text, "25rb") == "sambal bawang 200gr"
    assert _subject(text, "40rb") == "sambal cumi 200gr"


def test_a_price_after_another_price_on_one_line():
    text = "Keripik Mbok Darmi Trenggalek: keripik pisang 1kg 55rb keripik talas 1kg 65rb, kirim se-Jawa"
    assert _subject(text, "65rb") == "keripik talas 1kg"


def test_a_founding_year_ends_what_comes_before_a_price():
    text = "Small batch roastery in Malang since 2019 house blend 250g 95k, single origin Ijen 250g 130k"
    assert _subject(text, "95k") == "house blend 250g"


def test_the_second_end_of_a_range_keeps_the_subject():
    text = "Sewa tenda dome Bromo, sewa 2 hari 120rb-180rb, bisa antar ke hotel. WA 0813 2222 9090"
    prices = _facts(text, "price")
    assert [p.subject for p in prices if p.value in ("120rb", "180rb")] != ["", ""]
    assert not any(p.subject.strip() in ("-", "–") for p in prices)


# --- what a price includes ----------------------------------------------------------------------------------

def test_a_price_includes_a_list_of_things():
    text = "Rumah Pesta Ceria, Medan. Birthday package 4,5jt include clown, balloon arch, snack box and photo booth."
    value = next(f.value for f in _facts(text, "price") if "4,5jt" in f.value)
    assert "clown" in value and "balloon arch" in value


def test_an_included_list_never_takes_the_next_price():
    text = "Warung Nasi Bu Ijah: paket A 25rb include nasi, 30rb include es teh manis, buka tiap hari"
    value = next(f.value for f in _facts(text, "price") if f.value.startswith("25rb"))
    assert "30rb" not in value


def test_an_included_list_stops_before_a_new_statement():
    text = "Kopi Kanvas Studio: brand identity IDR 2.5 million incl 2 revisions, done in 10 working days"
    value = next(f.value for f in _facts(text, "price") if "2.5 million" in f.value)
    assert "done" not in value


def test_what_a_service_includes_is_a_note_though_an_offering_read_part_of_it():
    text = ("Biro Jasa Amanah Pontianak melayani balik nama kendaraan, termasuk cek fisik dan pengurusan BPKB baru. "
            "Email amanah@biro.id")
    assert any(n.startswith("termasuk cek fisik") for n in _notes(text))


def test_what_a_price_already_includes_is_not_a_note_again():
    text = "Surya Atap Kupang. Paket panel surya rumah mulai Rp 21.000.000, sudah termasuk pemasangan dan garansi 5 tahun."
    assert not any(n.startswith("sudah termasuk pemasangan") for n in _notes(text))


# --- the rule a service follows -----------------------------------------------------------------------------

def test_the_rule_a_service_follows_is_a_note_id():
    text = "CV Terang Abadi di Jember melayani instalasi listrik rumah dan kantor sesuai standar PLN dan SNI. WA 0812 7000 1234"
    assert any(n.startswith("sesuai standar PLN") for n in _notes(text))


def test_the_rule_a_service_follows_is_a_note_en():
    text = "Helio Roof installs rooftop solar panels in Denpasar according to PLN net metering rules. hello@helio.id"
    assert any(n.startswith("according to PLN") for n in _notes(text))


def test_a_short_according_to_the_order_is_no_note():
    text = "Konveksi Rapi Bandung menerima jahit seragam sesuai pesanan. WA 0812 5555 1212"
    assert not any(n.startswith("sesuai") for n in _notes(text))


# --- a list of who is supplied, begun at the end of a used clause ------------------------------------------

def test_a_list_begun_at_the_end_of_an_offering_clause_keeps_its_first_item_en():
    text = ("Mentari Bakehouse supplies sourdough loaves and baguettes to restaurants, cafés and hotel kitchens "
            "across Denpasar. Orders: order@mentari.id")
    notes = _notes(text)
    assert any(n.startswith("restaurants, cafés and hotel kitchens") for n in notes)
    assert not any(n.startswith("to ") for n in notes)


def test_a_list_begun_at_the_end_of_an_offering_clause_keeps_its_first_item_id():
    text = "Roti Pagi Balikpapan memasok roti tawar dan roti burger ke kafe, hotel dan kantin sekolah. WA 0813 1111 2323"
    assert any(n.startswith("kafe, hotel dan kantin sekolah") for n in _notes(text))


def test_a_new_statement_after_a_comma_is_no_list():
    text = ("Batik Lasem Ayu sells hand-drawn batik to collectors, and runs weekend workshops for tourists in Rembang. "
            "IG @batiklasemayu")
    assert not any(n.startswith("collectors") for n in _notes(text))


# --- counts that are no names -------------------------------------------------------------------------------

def test_a_count_times_a_count_is_no_name_and_stays_a_turnaround():
    text = "jasa desain logo umkm, revisi 3x, jadi 3x24 jam. DM ig @logokilat.id"
    intent = parse_brief(text)
    assert "3x24" not in intent.brand_name
    assert any("3x24" in f.value for f in intent.facts)


def test_an_approximate_count_is_no_name():
    text = "freelance web developer from Semarang: company profile website ~10 pages from 5jt. email dev.rara@gmail.com"
    intent = parse_brief(text)
    assert "~" not in intent.brand_name and "10" not in intent.brand_name


def test_all_of_a_place_is_no_name():
    text = "les privat matematika online utk SMP, sy ngajar dr Solo tp murid se-Jabodetabek. DM ig @mathwithdina"
    intent = parse_brief(text)
    assert not intent.brand_name.lower().startswith("se-")


# --- negatives: chit-chat is never a note, a note never doubles a fact ---------------------------------------

@pytest.mark.parametrize("text", [
    "Halo kak, makasih ya! jual kue lapis legit 1 loyang 150rb, pesan H-2. WA 0812 9090 1010",
    "hi there, thanks! Dapur Kecil Ambon bakes banana bread 65k and brownies 80k, order a day ahead. IG @dapurkecil.amb",
])
def test_greetings_are_never_notes(text):
    assert not any(w in n.lower() for n in _notes(text) for w in ("halo", "makasih", "hi there", "thanks"))


@pytest.mark.parametrize("text", [
    "Biro Jasa Amanah Pontianak melayani balik nama kendaraan, termasuk cek fisik dan pengurusan BPKB baru.",
    "Rumah Pesta Ceria, Medan. Birthday package 4,5jt include clown, balloon arch, snack box and photo booth.",
    "Mentari Bakehouse supplies sourdough loaves and baguettes to restaurants, cafés and hotel kitchens.",
])
def test_a_note_never_doubles_another_fact(text):
    facts = parse_brief(text).facts
    notes = [f.value.lower() for f in facts if f.kind == "note"]
    others = [f.value.lower() for f in facts if f.kind != "note"]
    assert not any(n in o for n in notes for o in others)
    assert len(notes) == len(set(notes))

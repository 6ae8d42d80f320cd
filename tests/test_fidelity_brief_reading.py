"""Reading what a brief states without gold labels, so the brief-only scorer fails the pages the
gold-labelled one fails: numbers of every kind the owner wrote."""

import pytest

from fidelity_pages import SALON_BRIEF, good_salon_page
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.evals.fidelity.brief_numbers import brief_numbers


def test_numbers_no_other_fact_reads():
    text = ("Kost Anggrek 2, harga 1,8jt/bulan, jam malam jam 10, sisa 3 kamar, min 30 org, level 1-10, "
            "wa 0812-3456-7001, buka 08.00-17.00, ig @kost2024, 24/7, order H-1")
    assert [n for _, n in brief_numbers(text)] == ["2", "3", "30", "1", "10"]


def test_a_page_that_drops_a_number_of_the_brief_fails_facts():
    brief = SALON_BRIEF + ", min 30 orang"
    r = score_page(good_salon_page(), brief)
    assert any('number "' in p and "30" in p for p in r["facts"].problems)
    html = good_salon_page().replace("</main>", "<p>Minimal 30 orang per sesi.</p></main>")
    assert not any('number "' in p for p in score_page(html, brief)["facts"].problems)


def test_an_opening_list_said_to_be_for_someone_names_offerings():
    from tapsite_pipeline.evals.fidelity.brief import extract_offerings
    assert extract_offerings("Bespoke suits and kebaya for weddings, by Sastro Tailor, Semarang.") \
        == ["bespoke suits", "kebaya"]
    # an opening sentence with a verb names who does it, not a list of goods
    assert "linen loop does laundry" not in extract_offerings(
        "Linen Loop does laundry for villas in Kuta: bed linen, towels and curtains.")


def test_single_days_outside_a_range_and_not_weeks():
    from tapsite_pipeline.evals.fidelity.brief_days import brief_days
    from tapsite_pipeline.evals.fidelity.brief_facts import DAY_RANGE
    text = "buka Senin-Sabtu, live tiap malem jumat di tiktok, dibersihkan seminggu sekali, garansi 2 minggu"
    ranges = [m.span() for m in DAY_RANGE.finditer(text)]
    assert brief_days(text, ranges) == [("jumat", ("jumat", "friday"))]
    assert brief_days("we organise beach cleanups every second Sunday", [])[0][1][-1] == "sunday"


def test_the_brands_own_number_is_not_a_fact():
    from tapsite_pipeline.evals.fidelity.brief import BriefInfo
    from tapsite_pipeline.evals.fidelity.brief_facts import extract_facts
    b = BriefInfo("Warung Nusantara 1988 is a family restaurant in Kemang serving gudeg, min 4 orang")
    numbers = [f.value for f in extract_facts(b.text, b.places, b.offerings, b.lex, b.brand) if f.kind == "number"]
    assert numbers == ["4"]


def test_a_standalone_capitalised_piece_names_the_brand():
    from tapsite_pipeline.evals.fidelity.brief import extract_brand
    assert extract_brand("EO kecil2an di Bandung, Gathering Kita, biasa pegang family gathering kantor") == "Gathering Kita"
    # a call to action, a street, a place or a year is never the brand
    assert extract_brand("jasa servis laptop di Kota Bengkulu. Hubungi 0812-1111-2222, Jl. Suprapto No. 19.") is None
    assert extract_brand("kursus menjahit di Pasar Baru Bandung. Since 2003.") is None


def test_a_programme_after_untuk_is_offered_not_an_audience():
    from tapsite_pipeline.evals.fidelity.brief import extract_offerings
    got = extract_offerings("Pesantren di Cianjur menerima santri usia SMP untuk program tahfidz, diniyah, dan kelas "
                            "bahasa Arab.")
    assert {"diniyah", "kelas bahasa arab"} <= set(got)
    assert extract_offerings("salon khusus wanita di Bogor") == []  # who it serves is still no offering


def test_contact_labels_people_and_towns_are_not_offerings_read_from_a_brief():
    """Read from the brief alone, "CP: Bu Sum 0812…", "Call/WA 0813…" and a regency closing a list ("…, jahit
    baju, Cilacap.") named a contact person, a channel and a town as offerings, so a good page failed its cards."""
    from tapsite_pipeline.evals.fidelity.brief import extract_offerings
    assert extract_offerings("Kripik Tempe Bu Sum, kripik tempe original dan balado. CP: Bu Sum 0812 3322 1100") \
        == ["kripik tempe original", "balado"]
    assert extract_offerings("Bakso Mas Joko, bakso urat dan mie ayam. Call/WA 0813 1234 5678") \
        == ["bakso urat", "mie ayam"]
    assert extract_offerings("Rumah Jahit Nia, permak dan jahit baju, Cilacap. Hub. 0822.1122.3344") \
        == ["permak", "jahit baju"]


@pytest.mark.parametrize("brief", [
    "Om Swastiastu! Sewa kamen dan udeng untuk upacara di Tabanan, 50rb/set. WA 0812 3838 1212",  # a greeting
    "Horas! Kami jual ulos tenun tangan asli, mulai 350rb. Pesan WA 0813 7070 2323",
    "jasa balik nama BPKB dan perpanjang STNK, proses 3 hari, wa 0812 1111 2323",  # a service, no name marker
    "Pengiriman ikan asin ke seluruh Indonesia. Central Sulawesi. Pesan lewat WA 0812 5566 7788",  # a region
])
def test_no_brand_is_read_from_greetings_regions_or_services(brief):
    from tapsite_pipeline.evals.fidelity.brief import extract_brand
    assert extract_brand(brief) is None


def test_a_quoted_name_after_a_name_marker_is_the_name():
    from tapsite_pipeline.evals.fidelity.brief import extract_brand
    assert extract_brand("Sewa tenda dan kursi pesta. nama usaha kami Tenda & Sound 'Sinar 77'. wa 0812 1212 3434") \
        == "Sinar 77"

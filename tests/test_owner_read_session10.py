"""Owner-read fixes (session 10), checked with wordings other than the briefs that revealed them: a price keeps
the measured amount and second unit it is for, a fact never holds half a bracket, a hashtag is never a note, a
short aside stays in its note, "IG" before a word of content is no account, an audience stops at a colon or a
price, the place a name is set off with is where the business is (not the town it delivers to), a street lamp
is no street address, and a regional greeting is no name."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Fact
from tapsite_pipeline.providers.offline_rules import parse_brief


def _facts(text: str, kind: str) -> list[Fact]:
    return [f for f in parse_brief(text).facts if f.kind == kind]


@pytest.mark.unit
@pytest.mark.parametrize("brief, value", [
    ("Rumah Madu Hutan Bu Tini: madu hutan 95rb/250ml, madu klanceng 180rb/500ml. Jambi, wa 0812 2020 3131",
     "95rb/250ml"),
    ("Villa Tepi Sawah Ubud, 600K/night per room with breakfast, pool and wifi. WhatsApp 0813 1000 2000",
     "600K/night per room"),
    ("Sewa tenda dome Pak Anwar 75rb/2 hari, kompor portable 25rb/hari. Malang. wa 0812 4040 5050", "75rb/2 hari"),
])
def test_a_price_keeps_what_it_is_for(brief, value):
    values = [f.value for f in _facts(brief, "price")]
    assert any(v.endswith(value) or value in v for v in values), values


@pytest.mark.unit
def test_distances_listed_with_slashes_are_no_price():
    brief = "Lari Pagi Cirebon 2025 - kategori 5K / 10K / 21K, daftar lewat web. warna hijau"
    assert not _facts(brief, "price")


@pytest.mark.unit
@pytest.mark.parametrize("brief", [
    "Kue Bu Rina (rumahan, bisa diambil sendiri / dikirim lewat gojek) Banjarmasin. wa 0812 7000 8000",
    "Roti Sobek Mak Ijah - Kendari (ambil sendiri di rumah kami / antar dalam kota). wa 0813 9000 1000",
])
def test_a_fact_never_holds_half_a_bracket(brief):
    for f in parse_brief(brief).facts:
        assert f.value.count("(") == f.value.count(")"), f


@pytest.mark.unit
def test_hashtags_are_never_a_note():
    brief = ("Sambal Roa Oma Lien, Manado. sambal roa 45rb/botol, tanpa pengawet. wa 0812 3333 4444\n"
             "#sambalroa #kulinermanado")
    assert not [f for f in parse_brief(brief).facts if "#" in f.value]


@pytest.mark.unit
def test_a_short_aside_stays_inside_its_note_and_a_lone_aside_is_still_said():
    brief = ("Studio Rekam Nada Kita in Malang records demos for bands. Every song comes back as stems (WAV) with "
             "a mixed master. Mixing from IDR 400K per song. Email nadakita@mail.com")
    notes = [f.value for f in _facts(brief, "note")]
    assert any("(WAV)" in n for n in notes), notes
    brief = "les privat kimia & biologi SMA, saya Kak Rani (lulusan UGM), brand saya Privat Sains Rani. wa aja"
    assert any("lulusan UGM" in f.value for f in _facts(brief, "note"))


@pytest.mark.unit
def test_ig_before_a_word_of_content_is_no_account():
    brief = ("Desain Kilat Studio: paket konten 10 story IG template 300K, logo mulai 150K. "
             "lihat karya di IG @desainkilat.std, wa 0812 5555 6666")
    handles = [f.value for f in _facts(brief, "instagram")]
    assert handles == ["@desainkilat.std"], handles


@pytest.mark.unit
@pytest.mark.parametrize("brief, audience", [
    ("Kursus bahasa Inggris untuk sopir & pemandu wisata di Bukittinggi: materi: menyapa tamu, menjelaskan rute. "
     "wa 0812 1212 3434", "sopir & pemandu wisata"),
    ("We run a yoga retreat for beginners: breathing, stretching, meditation. 3 days 2.5jt in Sidemen. "
     "WA 0812 2323 4545", "beginners"),
    ("Sewa kostum adat untuk wisatawan 150rb/orang di Toraja. wa 0813 4545 6767", "wisatawan"),
])
def test_an_audience_stops_at_a_colon_or_a_price(brief, audience):
    assert parse_brief(brief).target_audience == audience


@pytest.mark.unit
@pytest.mark.parametrize("brief, place", [
    ("Keramba Ikan Pak Ucok, Danau Maninjau 🐟 ikan mas segar 40rb/kg, kirim pakai es ke Bukittinggi & Padang. "
     "wa 0812 8080 9090", "Danau Maninjau"),
    ("Learn to surf? ☕ Ombak Kecil Surf School, Kuta - lessons 350K/person at our beach hut in Seminyak. "
     "WA 0812 6060 7070", "Kuta"),
    ("terima jahit seragam sekolah & kantor. Konveksi Sinar Abadi, Sampit. wa 0812 5656 7878", "Sampit"),
])
def test_the_place_set_off_after_the_name_is_where_the_business_is(brief, place):
    assert parse_brief(brief).location == place


@pytest.mark.unit
def test_a_town_goods_are_sent_to_is_still_the_place_when_no_other_is_named():
    brief = "jual keripik pisang & keripik singkong, bisa kirim ke Pekanbaru. namanya Keripik Mak Nah"
    assert parse_brief(brief).location == "Pekanbaru"


@pytest.mark.unit
def test_a_street_lamp_is_no_address():
    brief = ("Surya Terang Abadi menjual panel surya rumah dan lampu jalan tenaga surya untuk desa. "
             "Kantor kami di Kupang. wa 0812 1010 2020")
    assert [f.value for f in _facts(brief, "address")] == ["Kantor kami di Kupang"]


@pytest.mark.unit
def test_a_regional_greeting_is_no_name():
    brief = ("Om Swastiastu! Tenun Endek Bu Komang, Klungkung 🌺 kain endek tenun ikat mulai 450rb. "
             "wa 0812 9090 1010")
    assert parse_brief(brief).brand_name == "Tenun Endek Bu Komang"


@pytest.mark.unit
def test_a_size_stays_with_what_the_price_is_for():
    brief = "Percetakan Maju Jaya, Kediri. spanduk 3x1m mulai Rp150.000, stiker vinyl. wa 0812 3434 5656"
    subjects = [f.subject for f in _facts(brief, "price")]
    assert "spanduk 3x1m" in subjects, subjects


@pytest.mark.unit
def test_a_pickup_with_its_own_price_is_both_a_pickup_and_a_price():
    brief = ("Pondok Selam Togean, a dive lodge on Kadidiri island. Pick up from Ampana harbour 200K. "
             "Rooms 450K/night. WA 0812 7878 9898")
    assert any(f.value.lower().startswith("pick up from ampana") for f in _facts(brief, "pickup"))
    assert any(f.value == "200K" for f in _facts(brief, "price"))

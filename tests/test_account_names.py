"""The name a page is signed with when the brief's wording only suggests one, on briefs written fresh:

- a name guessed from the brief's shape (words before a place, a lower-case opening, a short acronym) gives way
  to the name the owner's own account spells, on any platform (Instagram, Telegram, LINE, a web or mail domain);
- a name the owner marked or capitalised as one stays, whatever the account is called;
- where a teacher studied ("lulusan ISI", "alumni UGM", "trained at …") is not the business;
- the last item of a list in brackets ("(musik, galeri foto, RSVP)") is a feature, not the business;
- a known word made "my …" ("undanganku", "rotiku") is a name as it stands.
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import brand_and_place, parse_brief
from tapsite_pipeline.providers.offline_rules.handle_names import account_name

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,brand", [
    ("anyaman rotan asli buatan ibu-ibu di Kapuas Hulu, tas 120rb, tikar 300rb, ig @rotan.kapuas",
     "Rotan Kapuas"),
    ("we brew small batch kombucha in our kitchen in Sanur, 330ml bottles 45k, dm on telegram @kombucha.sanur",
     "Kombucha Sanur"),
    ("sambal roa asli manado buatan rumahan di Bitung, botol 250gr 55rb, line id: sambal_bitung",
     "Sambal Bitung"),
])
def test_an_account_name_beats_a_guess(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand
    assert brand_and_place(brief)[0] == brand   # campaign intake keys the row by the same name


def test_a_name_the_owner_gave_stays_whatever_the_account_is_called() -> None:
    brief = "Toko Kue Melati di Pontianak jual bolu gulung 60rb, ig @bolu.pontianak"
    assert parse_brief(brief).brand_name == "Toko Kue Melati"


@pytest.mark.parametrize("brief,institution", [
    ("Les gitar & drum anak di Depok, pengajar lulusan ISI Yogyakarta, 4x pertemuan 350rb", "ISI"),
    ("Private math tutoring in Medan by graduates of ITB, 90-minute sessions 150k", "ITB"),
    ("kelas masak anak-anak di rumah, chef alumni STP Bandung, 1 sesi 200rb", "STP"),
])
def test_where_the_teacher_studied_is_not_the_business(brief: str, institution: str) -> None:
    assert institution not in (parse_brief(brief).brand_name or "")


def test_the_last_of_a_bracketed_list_is_not_the_name() -> None:
    brief = "jasa bikin undangan digital, paket lengkap 150rb (galeri, musik, peta lokasi, RSVP)"
    intent = parse_brief(brief)
    assert intent.brand_name != "RSVP"
    assert brand_and_place(brief)[0] != "RSVP"


@pytest.mark.parametrize("lower,name", [
    ("pesan di www.rotiku.id", "Rotiku"),
    ("order: halo@jahitanku.com", "Jahitanku"),
    ("ig @kue.bu.ani dan telegram @kuebuani", "Kue Bu Ani"),      # the first account that splits into words
    ("email ke bu.ani@gmail.com", None),                        # a free mail provider, a person's address
])
def test_account_names(lower: str, name: str | None) -> None:
    assert account_name(lower) == name


@pytest.mark.parametrize("brief,brand", [
    # a greeting opens the brief; the name follows it
    ("Shalom, Toko Roti Efrata Manado jual roti gambang dan klappertaart, pesan H-1, WA 0812 4433 2211",
     "Toko Roti Efrata Manado"),
    ("Horas! Rumah Makan Lae Tigor sedia arsik ikan mas dan saksang, buka jam 10-21 di Balige", "Rumah Makan Lae Tigor"),
    # a name standing alone before how to order
    ("keripik pisang asli Lampung, 250gr 20rb, 500gr 38rb. Kripik Mak Darmi, pesan WA 0813 2211 4455",
     "Kripik Mak Darmi"),
    # degrees after a practitioner's name are part of the practice's name
    ("Bidan Yuliana, A.Md.Keb praktik mandiri di Sleman: periksa kehamilan, imunisasi, pijat bayi",
     "Bidan Yuliana, A.Md.Keb"),
    ("Kantor Notaris Andi Pratama, S.H., M.Kn. melayani akta pendirian PT dan CV di Makassar",
     "Kantor Notaris Andi Pratama, S.H., M.Kn."),
])
def test_greetings_order_cues_and_degrees(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_a_run_the_account_spells_is_the_name_not_a_place():
    # the goods come "dari" a capitalised run; the owner's handle spells that run: it is the business, not a town
    from tapsite_pipeline.providers.offline_rules import parse_brief
    from tapsite_pipeline.providers.offline_rules.intent import brand_and_place
    brief = ("ready stock 🌿 sabun sereh & sabun kopi buatan tangan dari Rumah Sabun Wangi, 25rb/batang. "
             "ambil di Ampenan. order DM @rumahsabunwangi")
    assert parse_brief(brief).brand_name == "Rumah Sabun Wangi"
    assert brand_and_place(brief)[0] == "Rumah Sabun Wangi"
    assert parse_brief(brief).location != "Rumah Sabun Wangi"


def test_a_place_the_account_does_not_spell_stays_a_place():
    from tapsite_pipeline.providers.offline_rules import parse_brief
    brief = "sabun sereh buatan tangan dari Ampenan, 25rb/batang. order DM @sabunwangi.id"
    assert parse_brief(brief).location == "Ampenan"

"""Words the owner says that are no offerings, whatever their nouns: the states of a job before and after it
(job_states.py), a formula of faith and what it pledges (fragment_shape.py), who does the work said with the
Muslim words for men and women (staff_said.py)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.job_states import job_state_spans
from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped

pytestmark = pytest.mark.unit


def _states(text: str) -> list[str]:
    lower = text.lower()
    return [lower[a:b] for a, b in job_state_spans(lower)]


def test_a_before_and_after_label_shows_the_job_not_what_is_sold():
    text = ("Hasil kerja hari ini 💪 Sebelum: talang bocor & karatan. Sesudah: rapi lagi, kering.\n"
            "Kami Tukang Talang Pak Udin, Sidoarjo: ganti talang, pasang kanopi, cat ulang. WA 0856 1111 2222")
    assert _states(text) == ["talang bocor & karatan", "rapi lagi, kering"]
    it = parse_brief(text)
    assert it.products == ["ganti talang", "pasang kanopi", "cat ulang"]
    assert "talang bocor & karatan" in " ".join(f.value.lower() for f in it.facts)  # still on the page, as a note
    assert _states("BEFORE: cracked tiles\nAFTER: a clean new floor") == ["cracked tiles", "a clean new floor"]


def test_before_or_after_inside_a_sentence_is_left_alone():
    assert _states("Rias pengantin, datang 3 jam sebelum acara: sanggul, makeup. After school class: 4pm") == []


@pytest.mark.parametrize("phrase", ["insya allah amanah", "insyaallah berkah", "alhamdulillah laris",
                                    "in sya allah tepat waktu", "masya allah"])
def test_a_formula_of_faith_opens_a_pledge_not_a_name(phrase):
    assert name_shaped(phrase) is None


def test_who_serves_said_with_ikhwan_or_akhwat_is_no_card():
    it = parse_brief("Bekam Sehat Al-Hijr, Gresik melayani bekam sunnah 70.000 dan pijat refleksi 60.000. Terapis "
                     "ikhwan untuk bapak, terapis akhwat untuk ibu. WA 0857 1111 2222")
    assert it.products == ["bekam sunnah", "pijat refleksi"]
    assert any("ikhwan" in f.value.lower() for f in it.facts)


def test_a_line_of_the_tools_the_work_is_done_with_names_no_offering():
    it = parse_brief("Nama: Rara Putri\nLayanan: desain logo mulai 300rb, desain feed IG 150rb/9 post\n"
                     "Tools: Illustrator, Figma, Procreate\nDomisili: Depok. WA 0812 4444 5555")
    assert not {"illustrator", "figma", "procreate"} & set(it.products)
    assert "desain logo" in it.products
    assert any("figma" in f.value.lower() for f in it.facts)  # what it said is still on the page
    lower = "software: windows 11 pro 150rb, office 2021 200rb"  # priced: goods sold, left alone
    from tapsite_pipeline.providers.offline_rules.tools_used import tools_used_spans
    assert tools_used_spans(lower) == []


@pytest.mark.parametrize("phrase", ["kenapa", "why", "your company gathering", "your wedding"])
def test_a_question_word_or_the_customers_own_occasion_is_no_name(phrase):
    assert name_shaped(phrase) is None


@pytest.mark.parametrize("phrase", ["how to cook class", "why not cafe", "you and me package", "yours truly bouquet"])
def test_other_phrases_with_those_words_are_not_cut_by_them(phrase):
    assert name_shaped(phrase) is not None


def test_a_threads_count_and_its_label_open_no_note():
    it = parse_brief("1/ thread: kenapa kami buka kelas bahasa Korea di Pontianak 🧵\n2/ kelas anak 200rb/bln\n"
                     "3/ kelas dewasa 350rb/bln\n4/ nama kami Rumah Hangeul, daftar WA 0852 1111 2222")
    notes = [f.value for f in it.facts if f.kind == "note"]
    assert "kenapa kami buka kelas bahasa Korea di Pontianak" in notes
    assert not any(n.startswith("1/") for n in notes)
    # a later post's count is left to the readers of the post: its words may be all the page says of an offering
    assert parse_brief("1/ Kopi Lereng, Temanggung\n2/ green bean 90k/kg\n3/ Also roasted beans 120k\n"
                       "4/ Email a@b.id").facts

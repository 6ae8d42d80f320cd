"""What a card holds, bracketed after a package's name or led by a cue word ("termasuk"), is said on the card
("Isi: …"), not as a line of its own; a credential said as a whole sentence ("Terakreditasi.") is a note. Nearby
texts stay as they were."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _facts(brief: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.value, f.subject) for f in parse_brief(brief).facts]


@pytest.mark.parametrize("brief,card,held", [
    ("Gita Dekor Kupang, jasa dekorasi. paket lamaran (bunga, backdrop, lampu hias) mulai 4 jt. WA 0812 7700 1122",
     "paket lamaran", "bunga, backdrop, lampu hias"),
    ("Penginapan Sawah Indah Ubud. villa kayu 900rb/malam (sudah termasuk kolam renang, dapur, parkir). WA 0813 7700 1133",
     "villa kayu", "kolam renang, dapur, parkir"),
])
def test_a_bracketed_list_after_a_card_is_what_it_holds(brief: str, card: str, held: str) -> None:
    facts = _facts(brief)
    assert ("package", held, card) in facts, facts
    # the list is said once: no package or note repeats it beside the card
    assert not any(k in ("package", "note") and held.lower() in v.lower() and not s for k, v, s in facts), facts


@pytest.mark.parametrize("brief", [
    # one slot, or figures in the brackets: a note or a count, not a list of what it holds
    "Penginapan Sawah Indah Ubud. kamar keluarga 600rb/malam (sarapan). WA 0813 7700 1133",
    "Gita Dekor Kupang. paket lamaran (50 tamu, 3 jam) mulai 4 jt. WA 0812 7700 1122",
    # no package and no cue word: the brackets name the card's kinds, not what it holds
    "Sanggar Ceria Bogor. sewa kostum profesi (dokter, polisi, pilot) 75rb/hari. WA 0812 7700 1177",
    "Penginapan Sawah Indah Ubud. villa kayu 900rb/malam (kolam renang, dapur, parkir). WA 0813 7700 1133",
    # the bracketed words are cards of their own: what is sold, not what one card holds
    "Catering Bu Rina Medan. nasi kotak 25rb (ayam bakar, sayur, sambal, kerupuk). WA 0813 7700 1133",
])
def test_no_list_in_the_brackets_holds_nothing(brief: str) -> None:
    assert not any(k == "package" and s for k, _, s in _facts(brief)), _facts(brief)


def test_bracketed_levels_are_whom_it_teaches_not_contents() -> None:
    facts = _facts("Bimbel Cerdas Mandiri Palu. paket les privat (SD, SMP, SMA) 70rb/sesi. WA 0812 7700 1144")
    assert not any(k == "package" and s for k, _, s in facts), facts


@pytest.mark.parametrize("brief,note", [
    ("Kursus Komputer Prima Madiun. kelas office 500rb. Terakreditasi. WA 0812 7700 1155", "Terakreditasi"),
    ("Kursus Salon Ayu Mataram, kelas potong rambut 750rb.\nSudah berizin resmi\nWA 0812 7700 1166",
     "Sudah berizin resmi"),
])
def test_a_credential_said_alone_is_a_note(brief: str, note: str) -> None:
    assert ("note", note, "") in _facts(brief), _facts(brief)


@pytest.mark.parametrize("brief", [
    # the credential is part of a longer sentence, or a free certificate is an offer: no extra bare note
    "Kursus Komputer Prima Madiun. kelas office 500rb, sertifikat gratis. WA 0812 7700 1155",
    "Kursus Komputer Prima Madiun. kelas office 500rb, instruktur bersertifikat. WA 0812 7700 1155",
])
def test_no_bare_credential_note_from_a_longer_sentence(brief: str) -> None:
    notes = [v for k, v, _ in _facts(brief) if k == "note"]
    assert not any(v.lower() in ("bersertifikat", "sertifikat", "dapat sertifikat") for v in notes), notes

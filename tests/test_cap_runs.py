"""The capitalised-run tokeniser the brand rules read names from (offline_rules/cap_runs.py)."""

from tapsite_pipeline.providers.offline_rules.cap_runs import _hard, _is_cap, cap_runs


def runs(text: str) -> list[str]:
    return [text[s:e] + ("*" if initial else "") for s, e, initial in cap_runs(text)]


def test_runs_stop_at_punctuation_and_clause_words_and_mark_sentence_starts():
    assert runs("Nama usaha saya Kopi Senja, jual kopi di Bandung") == ["Nama*", "Kopi Senja", "Bandung"]
    assert runs("Saya jual kue. Kak Ani Bakery buka tiap hari") == ["Kak Ani Bakery*"]


def test_a_year_stays_in_an_event_name_or_before_a_copula():
    assert runs("Nusantara Fest 2025 di Jakarta") == ["Nusantara Fest 2025*", "Jakarta"]
    assert runs("Warung Nusantara 1988 is a family restaurant") == ["Warung Nusantara 1988*"]


def test_token_predicates():
    assert _is_cap("iPhone") and _is_cap("3M") and not _is_cap("kopi") and not _is_cap("")
    assert _hard("WA") and _hard("Saya") and not _hard("IT")  # an acronym like IT may be inside a name


def test_a_service_acronym_and_a_counted_unit_are_no_name_words():
    # "sedot WC" is the work done and "24 jam" the hours: the run is the name between them
    assert runs("Jasa sedot WC Berkah 24 jam, wilayah Surabaya") == ["Jasa*", "Berkah", "Surabaya"]
    assert runs("Cool Breeze Aircon 24 hours repair") == ["Cool Breeze Aircon*"]
    # a number that counts nothing stays in the name
    assert runs("Servis Cepat 77 di Pasar Minggu") == ["Servis Cepat 77*", "Pasar Minggu"]


def test_a_language_taught_starts_no_name():
    assert runs("Les Mandarin Hao Xue Center untuk anak") == ["Hao Xue Center"]
    assert runs("kursus bahasa Jepang Sakura Gakuen, kelas N5") == ["Sakura Gakuen", "N5"]


def test_an_address_is_no_run():
    assert runs("Konveksi Rapi Jaya. Alamat Jl. Kenari 5 Bandung, dekat Pasar Baru") == ["Konveksi Rapi Jaya*", "Pasar Baru"]
    assert runs("pindah ke Ruko Mutiara Blok B No. 3, Sidoarjo") == ["Sidoarjo"]
    # "Jalan" with no street after it, and "No" with no number, open no address
    assert runs("Teman Jalan Tour, trip ke Bromo") == ["Teman Jalan Tour*", "Bromo"]


def test_a_language_inside_a_capitalised_name_stays():
    assert runs("Markaz Bahasa Arab Al-Lughah di Solo") == ["Markaz Bahasa Arab Al-Lughah*", "Solo"]


def test_an_address_word_inside_a_name_opens_no_address():
    assert runs("panitia lomba RW 05 Perumahan Bumi Indah, ada lomba") == ["RW 05 Perumahan Bumi Indah"]
    assert runs("Kedai Ruko Tua di Bogor") == ["Kedai Ruko Tua*", "Bogor"]

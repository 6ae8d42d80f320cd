"""Business type by what the business itself is and does, over the niche of its goods or customers
(datasets/CARD.md, label guidelines): a shop that sells goods is retail whatever the goods; trips, charters and dives
run on the operator's own boat are other; a travel or umrah bureau that books travel is a service; rubbish
collection and machine hire are services; drones that spray or map are technology; training pupils is education;
a funeral home is other. Every wording here is made up for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


CASES = [
    # a shop's goods are retail, whatever trade they belong to
    ("Toko Musik Irama Jaya di Kediri jual biola, seruling, gitar listrik dan ampli. Bisa kredit.", "retail"),
    ("Nada Prima music store in Balikpapan sells pianos, violins, amplifiers and strings. Open daily 10-21.",
     "retail"),
    ("Toko Tani Subur Makmur di Ngawi menjual pupuk, bibit jagung, pestisida, dan alat semprot.", "retail"),
    ("Toko musik Harmoni, Palu. Gitar, bass, drum set, mic dan sound untuk band dan paduan suara.", "retail"),
    # trips, charters and dives on the operator's own boat: other; an agency that books travel: a service
    ("Pak Darto Fishing Charters: day and night fishing trips off Pacitan on a 10 m boat, rods and bait included.",
     "other"),
    ("Trip mancing laut bareng Kapal Sumber Rejeki dari Pelabuhan Sendang Biru, 6 orang per kapal, 1,2jt/orang.",
     "other"),
    ("Penida Blue Divers is a small dive operator in Toyapakeh: fun dives with manta rays, 2 dives IDR 1.4jt.",
     "other"),
    ("Biro perjalanan umroh Safa Marwa Travel di Bekasi, paket umroh 9 hari mulai 32 juta, izin resmi.", "services"),
    # a funeral home is other
    ("Rumah Duka Kasih Abadi Pematangsiantar: ruang persemayaman, peti jenazah, mobil jenazah, layanan 24 jam.",
     "other"),
    ("Evergreen Funeral Home in Kupang offers viewing rooms, caskets, a hearse and flowers for the service.", "other"),
    # rubbish collection and machine hire are services
    ("Jasa angkut sampah Bersih Terus di Kendari, ambil sampah rumah 2x seminggu, iuran 50rb/bulan.", "services"),
    ("Garbage collection for villas and restaurants in Canggu by CleanBin, daily pickup, monthly fee.", "services"),
    ("Sewa alat berat UD Karya Tambang Sorong: excavator, crane 25 ton, dan forklift, harga per jam dengan operator.",
     "services"),
    # drones that spray or map are technology; a drone that films stays with the photographer
    ("AgroSky melayani penyemprotan pupuk dan pestisida dengan drone untuk sawah dan kebun tebu di Lampung.",
     "technology"),
    ("Drone spraying and field mapping for cocoa and coffee estates in Sulawesi, by Wing Tani Tech.", "technology"),
    ("Jasa foto dan video udara pakai drone untuk prewedding dan acara, namanya Langit Biru Visual.", "creative"),
    # training pupils is education, wherever they perform later
    ("Sanggar Tari Sekar Melati, Jember, latihan tari jaipong utk anak TK-SMP tiap Sabtu sore. Sering tampil di "
     "acara 17an dan lomba.", "education"),
    ("Klub Silat Garuda Muda, Padang, latihan silek untuk anak SD-SMP tiap Minggu. Sering ikut festival, lomba dan "
     "tampil di pernikahan.", "education"),
    ("Taekwondo classes for kids aged 6-12 at Garuda Dojang, Medan, twice a week; belts tested every term.",
     "education"),
    # a class named as the business is education, even held "at our roastery" (a place, not what the business is)
    ("Kopi Lereng Barista Class, Malang: one-day barista class, espresso, milk steaming and latte art. Held at our "
     "roastery in Batu, max 5 people.", "education"),
    ("We are a small coffee roastery in Batu: single-origin beans, cold brew bottles, and a barista class once a "
     "month.", "food_and_beverage"),
    # negatives: the head still decides
    ("Sekolah musik Harmoni Kids di Sidoarjo, les piano, gitar, dan drum untuk anak mulai 5 tahun.", "education"),
    ("Kami band akustik Senja Kala dari Malang, main di kafe, nikahan dan acara kantor. Bisa request lagu.",
     "creative"),
    ("Sewa perahu untuk nelayan dan pemancing di Muara Angke, Perahu Pak Salim, harian atau mingguan.", "services"),
    ("Bengkel las Sinar Baja terima pagar, kanopi dan teralis. Kami juga jual besi hollow, plat, dan cat besi.",
     "services"),
]


@pytest.mark.parametrize(("brief", "want"), CASES)
def test_business_type_follows_what_the_business_is(brief: str, want: str) -> None:
    assert parse_brief(brief).business_type == want


def test_an_also_line_does_not_outweigh_the_business() -> None:
    # "also" runs to the end of its sentence, list and all: the side line does not turn the studio into events
    brief = ("Sanggar Seni Cahaya Timur di Sleman melatih karawitan dan tari klasik utk anak SD. Kami juga terima "
             "undangan pentas utk pernikahan, khitanan, ulang tahun, pameran dan festival.")
    assert parse_brief(brief).business_type == "education"

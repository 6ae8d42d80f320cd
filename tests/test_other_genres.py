"""Writing about something else than the writer's business is refused with its reason, however many trades,
prices or numbers it names: a job application, a meeting notice, a lost-and-found notice, a shopping list. The
same words in a business's own description are no refusal."""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import check_text
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.providers.offline_rules.sense import business_check

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text,genre", [
    ("Yth. HRD PT Sinar Jaya, saya Dimas, lulusan D3 Teknik Mesin, bermaksud melamar pekerjaan sebagai teknisi. "
     "Terlampir CV dan transkrip nilai.", "job application"),
    ("Dear hiring manager, I am applying for the barista position at your cafe. Please find attached my resume. "
     "I have 2 years of experience with espresso machines.", "job application"),
    ("Kepada bapak/ibu guru, rapat wali kelas akan diadakan hari Senin jam 13.00 di ruang guru. Dimohon hadir "
     "tepat waktu dan membawa rekap nilai.", "meeting notice"),
    ("Hi all, the marketing meeting has been moved to Friday 10am, room 3A. Bring the Q3 sales numbers.",
     "meeting notice"),
    ("Kucing saya hilang di sekitar Perumahan Griya Asri, warna oranye, kalung merah. Imbalan bagi yang "
     "menemukan 300rb, hub 0812 5566 7788", "lost-and-found"),
    ("Lost dog near Sanur beach: small brown terrier called Milo. Whoever finds him please call +62 813 2200 4411",
     "lost-and-found"),
    ("Daftar belanja minggu ini: beras 5 kg, minyak 2 liter, telur 1 kg, gula 1 kg, sabun cuci", "shopping list"),
    ("don't forget to buy milk, bread, 6 eggs and dish soap on the way home", "shopping list"),
    ("Assalamualaikum. Dengan penuh syukur kami bermaksud menyelenggarakan acara khitanan putra kami, Raka, hari Minggu "
     "di rumah Jl. Melati 4. Besar harapan kami Bapak/Ibu berkenan hadir pada acara tersebut.", "invitation"),
    ("You are cordially invited to the wedding of Sari and Bayu, Saturday 4pm at Taman Rosa, Malang. Kindly RSVP "
     "to 0812 7000 1122", "invitation"),
    ("Diberitahukan kepada seluruh warga RT 07, Sabtu pagi ada kerja bakti bersih got. Iuran sampah bulan ini "
     "20rb dikumpulkan ke bu RT ya", "neighbourhood notice"),
    ("Yth. orang tua murid kelas 3B, besok siswa diharapkan membawa baju olahraga dan bekal. Terima kasih, "
     "Bu Guru Wati", "school notice"),
    ("tolong buatkan saya puisi 4 bait tentang ibu untuk tugas sekolah saya besok pagi", "homework request"),
    ("Resep bakwan sayur:\nBahan: 200 gr terigu, wortel, kol, daun bawang\n1. Iris semua sayur\n2. Campurkan "
     "dengan terigu dan air\n3. Goreng sampai kering, angkat lalu sajikan", "recipe"),
])
def test_writing_about_something_else_is_refused(text: str, genre: str) -> None:
    assert genre in (business_check(text) or "")
    with pytest.raises(InputError):
        check_text(text)


@pytest.mark.parametrize("text", [
    "Sewa ruang rapat dan aula di Bogor, kapasitas 20-100 orang, termasuk proyektor dan snack. WA 0813 1100 2200",
    "We rent meeting rooms and a small hall in Denpasar for team meetings and workshops, from 300k per hour",
    "Jasa penyaluran tenaga kerja: kami membantu pencari kerja melamar ke pabrik di Cikarang, pelatihan CV gratis",
    "Toko kami jual kebutuhan dapur: beras, minyak, telur, gula. Bisa titip belanja ke pasar, ongkir 5rb",
    "Jasa cari kucing hilang di Jakarta Selatan, tim kami pakai kamera thermal, tarif mulai 250rb",
    "Les privat menulis surat lamaran kerja dan CV untuk fresh graduate, 2x pertemuan 150rb, online via Zoom",
    "Jasa cetak undangan pernikahan dan khitanan, desain gratis, 100 lembar mulai 250rb. Pesan WA 0812 4455 6677",
    "Catering aqiqah Berkah: kambing masak gulai & sate, kami antar ke rumah warga se-Depok. Paket mulai 2,5jt",
    "Bimbel Cerdas: les calistung & pendampingan PR untuk siswa SD kelas 1-6, 3x seminggu 300rb/bulan",
    "Sambal bawang resep nenek: cabai, bawang, minyak kelapa, digoreng dan diaduk lama. Botol 150 ml 25rb",
    "Kelas masak online: resep rendang dan gulai, cara tumis bumbu dan mengaduk santan. Biaya 150rb per kelas",
    "jasa bikin website toko online & landing page UMKM, 2 hari jadi, mulai 750rb",
])
def test_the_same_words_in_a_business_s_description_are_no_refusal(text: str) -> None:
    assert business_check(text) is None


@pytest.mark.parametrize("text,refused", [
    ("please make me a website quickly, thanks a lot", True),
    ("min tolong bikinin landing page dong secepatnya ya, makasih", True),
    ("tolong bikinin landing page buat warung bakso saya di Solo, bakso urat 20rb", False),
    ("please make a website for my bakery in Malang: sourdough, croissants, custom cakes", False),
    ("We build websites and landing pages for small shops, from 1.5 million rupiah", False),
])
def test_a_request_for_the_page_alone_says_nothing_of_the_business(text: str, refused: bool) -> None:
    assert (business_check(text) is not None) == refused


def test_a_locksmith_s_catalogue_naming_lost_keys_is_a_business() -> None:
    text = ("Daftar harga — Tukang Kunci Pak Darto, Kudus\n• Kunci mobil hilang, dibuatkan baru — 350rb\n"
            "• Duplikat kunci gembok — 10rb\nPanggilan ke rumah. WA 0813 2222 4545")
    assert business_check(text) is None
    assert "lost-and-found" in (business_check("Kunci motor saya hilang di parkiran pasar, yang menemukan "
                                               "tolong hubungi 0813 2222 4545") or "")


@pytest.mark.parametrize("text", [
    "Info dari grup warga RT 04: Bu Ani blok C2 terima pesanan kue kering lebaran, nastar 85rb/toples, "
    "pesan paling lambat tgl 20 ke 0812 3030 4455",
    "Diteruskan dari grup orang tua murid kelas 5: seragam batik sekolah ready ukuran S-XL, harga 95rb, "
    "order ke Mama Dinda 0857 1212 3434",
])
def test_a_group_notice_carrying_a_member_s_advert_is_that_advert(text: str) -> None:
    assert business_check(text) is None


def test_a_group_notice_asking_for_dues_is_still_a_notice() -> None:
    text = ("Kepada seluruh warga RT 09, iuran keamanan Rp 30.000 per bulan mohon dikumpulkan ke bendahara "
            "paling lambat tanggal 10, hubungi 0812 9090 1111")
    assert "neighbourhood notice" in (business_check(text) or "")


@pytest.mark.parametrize("text,refused", [
    ("kapan bisa jadi websitenya?", True),
    ("what colours would look good for a cafe?", True),
    ("Where do you eat grilled fish in Manado after sunset? Down at the old harbour, Rumah Ikan Bakar Om Nico has "
     "been grilling cakalang and tuna over coconut husk for thirty years, with dabu-dabu and rice on the side. "
     "Open 5pm to 11pm, closed Mondays, call 0431 855 120 to keep a table.", False),
])
def test_a_question_hooks_a_longer_description_and_is_put_to_us_in_a_short_one(text: str, refused: bool) -> None:
    assert (business_check(text) is not None) == refused

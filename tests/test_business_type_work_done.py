"""Who does the work: "jasa" + a verb of work done on goods is a service (the goods are what it works on); goods the
owner says they make are their work (creative), not a shop's stock; a hall let for functions is a venue (niche other),
not a rental; what a building formerly was names no trade; an owner's "workshop kami" is premises, not a class. Every
brief here is new wording (not dataset rows), and each mechanism has a nearby brief that must not change."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _read(brief: str) -> tuple[str, str]:
    intent = parse_brief(brief)
    return intent.business_type, intent.niche


# ------------------------------------------------------------- "jasa" + a verb of work on goods
def test_a_service_verb_shared_by_two_verbs_is_the_service() -> None:
    brief = ("Halo, ini Kinclong Kicks Malang. jasa cuci & recolor sneakers kulit maupun kanvas, kirim sepatu ke "
             "workshop kami atau drop di toko mitra. fast clean 45rb, recolor 110rb. wa 0812 3300 4411")
    assert _read(brief) == ("services", "cleaning")


def test_a_shop_selling_the_same_goods_stays_retail() -> None:
    brief = ("Halo, ini Kinclong Kicks Malang. jual sneakers kulit maupun kanvas ori, kirim sepatu ke seluruh "
             "Indonesia. sneakers mulai 450rb. wa 0812 3300 4411")
    assert _read(brief)[0] == "retail"


def test_a_service_word_before_a_trade_keyword_keeps_that_trade() -> None:
    # "jasa fotografer": the lexicon's trade after "jasa" is read as before, not as a verb of work
    assert parse_brief("Jasa fotografer wisuda dan prewedding di Solo, paket mulai 500rb. Lensa Senja Studio") \
        .business_type == "creative"


# ------------------------------------------------------------- goods the owner makes
def test_goods_the_owner_says_she_makes_are_her_craft() -> None:
    brief = ("Saya bantu tante saya yg bikin kerajinan sulam pita di Garut. Usahanya Sulam Pita Ceu Enok: bros sulam "
             "25rb, dompet sulam 60rb, tas sulam kecil 150rb. Pesan lewat wa 0813 2211 0099")
    assert _read(brief)[0] == "creative"


def test_the_same_goods_bought_from_makers_stay_retail() -> None:
    brief = ("Saya jualan kerajinan sulam pita dari pengrajin Garut, usaha saya Sulam Pita Ceu Enok: bros 25rb, "
             "dompet 60rb, tas kecil 150rb. Pesan lewat wa 0813 2211 0099")
    assert _read(brief)[0] == "retail"


# ------------------------------------------------------------- a hall let for functions
def test_a_hall_for_rent_is_a_venue_not_a_rental() -> None:
    brief = ("Balai Sekar Arum di Klaten menyewakan aula untuk resepsi, syukuran dan rapat, muat 300 tamu. "
             "Sewa 6 jam Rp5.000.000 termasuk kursi dan AC. Telepon 0272 555 017.")
    assert _read(brief) == ("events", "other")


def test_renting_out_party_goods_stays_a_rental() -> None:
    brief = ("Sekar Arum Klaten menyewakan tenda, kursi futura dan sound system untuk resepsi dan syukuran. "
             "Paket 100 kursi + tenda Rp1.500.000. Telepon 0272 555 017.")
    assert _read(brief) == ("events", "rental")


def test_what_a_building_formerly_was_names_no_trade() -> None:
    brief = ("Formerly a tobacco warehouse, Graha Kenanga Hall in Jember is now a function hall for 300 guests. "
             "Hall rental IDR 6 million per day. Call 0331 555 210.")
    assert _read(brief) == ("events", "other")


# ------------------------------------------------------------- niches of painted walls, traditional cakes, hosting
@pytest.mark.parametrize("brief,niche", [
    ("Tembok Bercerita Kediri: jasa mural & lukis dinding buat kafe dan kamar anak, mulai 175rb/m². wa 0857 1100 2200",
     "design"),
    ("Dapur Mbok Sumi, Purworejo: kue khas purworejo pesanan hajatan, clorot, lanting, geblek. min 50 biji. "
     "wa 0856 3300 1122", "snacks"),
    ("RakHost Pekanbaru sells shared hosting and VPS with local support, plans from 20k/month. "
     "Email halo@rakhost.example", "webdev"),
])
def test_niches_of_trades_the_labels_place(brief: str, niche: str) -> None:
    assert _read(brief)[1] == niche


@pytest.mark.parametrize("brief,niche", [
    ("Sanggar Lukis Kediri: lukisan kanvas pemandangan dan potret pesanan, mulai 300rb. wa 0857 1100 2200", "crafts"),
    ("Dapur Mbok Sumi, Purworejo: kue ulang tahun, brownies dan bolu pandan pesanan. wa 0856 3300 1122", "bakery"),
])
def test_nearby_niches_stay(brief: str, niche: str) -> None:
    assert _read(brief)[1] == niche


def test_daycare_for_dogs_and_cats_is_pet_boarding() -> None:
    brief = ("Pawhaus Canggu: boarding & daycare for dogs and cats while you travel, daily walks and photo updates. "
             "Dogs 200K/night, cats 120K/night, daycare 100K. WA +62 812 3999 0011")
    assert _read(brief) == ("other", "pet_shop")


def test_daycare_for_toddlers_stays_childcare() -> None:
    brief = ("Rumah Kecil Canggu: daycare for toddlers 1-4 yrs while parents work, healthy meals and nap room. "
             "Daily 250K, monthly 3.5jt. WA +62 812 3999 0011")
    assert _read(brief)[0] != "other"


def test_spreadsheet_templates_are_technology() -> None:
    brief = ("halo, sy Wulan dr Bitung, sy bikinin template excel stok & kasir utk toko kecil 200rb, sama dashboard "
             "omzet google sheets 450rb. revisi 2x. wa 0813 4000 5511")
    assert _read(brief) == ("technology", "other")


def test_bookkeeping_done_for_clients_stays_a_service() -> None:
    brief = ("Jasa pembukuan & laporan pajak UMKM di Bitung, Bu Wulan, lulusan akuntansi. laporan bulanan mulai "
             "300rb. wa 0813 4000 5511")
    assert _read(brief)[0] == "services"


def test_pet_cremation_is_a_memorial_service_other() -> None:
    brief = ("Taman Abadi Pet Memorial, Depok: pet cremation with the ashes in a ceramic urn from 900K, pet burial "
             "in our garden from 1.3jt. We collect from your home or the vet clinic. WA 0812 7000 3311")
    assert _read(brief) == ("other", "other")


def test_farm_work_done_for_farmers_is_a_service() -> None:
    brief = ("Unit usaha jasa pertanian Koperasi Tani Makmur, Ngawi: sewa traktor bajak Rp550.000/hektare, jasa "
             "panen dengan combine harvester Rp1.200.000/hektare. Melayani petani se-Kecamatan Paron. wa 0852 1000 2000")
    assert _read(brief) == ("services", "other")


def test_a_farm_selling_its_harvest_stays_other() -> None:
    brief = ("Kelompok Tani Makmur, Ngawi: hasil pertanian kami beras organik 15rb/kg, jagung manis dan cabai rawit "
             "langsung dari sawah. wa 0852 1000 2000")
    assert _read(brief)[0] == "other"

"""The parts, specs and options of an offering are never cards of their own (offering_parts.py, part_words.py).

Each class is pinned by briefs written for it (other trades, cities, languages and registers than any dataset row),
with the negative case beside it: where the business deals in the very thing, it stays an offering."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.offering_parts import is_part, part_spans, spec_trimmed

pytestmark = pytest.mark.unit

WA = " WA 0812-3456-7890"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


@pytest.mark.parametrize("brief, kept, gone", [
    # the components of one set meal, priced per portion: the catering is the card
    ("Dapur Mak Ijah di Medan, katering harian buat anak kos. nasi + ayam + tumis kangkung 18rb per porsi.",
     ["katering harian"], ["nasi", "ayam", "tumis kangkung", "ayam + tumis kangkung"]),
    # what a package holds after "+": the package, named without its specs, is the card
    ("Lensa CCTV Mataram melayani pasang cctv rumah dan toko. Paket 2 kamera 5MP + NVR + HDD 500GB Rp 3.200.000 "
     "sudah terpasang.", ["paket 2 kamera"], ["nvr", "hdd 500gb", "2 kamera 5mp"]),
    # brackets after a price hold what it buys
    ("Bukit Frame, wedding photography in Bukittinggi. Gold package 4jt (8 hours, 100 edited photos, 1 album).",
     ["wedding photography"], ["100 edited photos", "1 album", "gold package"]),
    # "you get …" after a price
    ("Ombak Surf School Kuta: surf lessons for beginners 350k, you get board + rashguard + photos.",
     ["surf lessons"], ["board", "rashguard"]),
    # a software product's features, in brackets after its plan
    ("KasirKu aplikasi kasir Android untuk toko kecil. Paket Bisnis 99rb/bulan (multi-outlet, stok otomatis, "
     "laporan harian).", ["aplikasi kasir android"], ["multi-outlet", "stok otomatis"]),
])
def test_the_parts_of_one_offering_are_no_cards(brief, kept, gone):
    products = _products(brief)
    assert all(k in products for k in kept), products
    assert not any(g in products for g in gone), products


@pytest.mark.parametrize("brief, kept, gone", [
    # packing and shipping options
    ("Keripik balado Uni Nur dari Padang, kirim ke seluruh Indonesia, packing kardus + bubble wrap.",
     ["keripik balado"], ["packing kardus", "bubble wrap", "kardus"]),
    # a plan's feature
    ("NetJaya internet desa Sukamaju: paket 15mbps 120rb/bln, 30mbps 200rb/bln, kuota unlimited.",
     ["30mbps"], ["kuota unlimited"]),
    # a perk of a stay for pets
    ("Meong Inn Bogor, penitipan kucing dan grooming kucing. kamar ber-AC, antar jemput.",
     ["penitipan kucing"], ["kamar ber-ac"]),
    # repertoire, after a verb of performing
    ("Grup keroncong Sekar Arum Solo nerima undangan manggung, bawain lagu keroncong, lagu campursari, lagu pop.",
     [], ["bawain lagu keroncong", "lagu keroncong", "lagu campursari", "lagu pop"]),
    # the occasions after the Javanese "for"
    ("Tenda Mulyo Klaten nyewakake tenda lan kursi kanggo nikahan, sunatan, syukuran.",
     [], ["sunatan", "syukuran"]),
    # ...and after the Sundanese one
    ("Pikeun hajatan, wisuda, reuni: Garut Sound nyewakeun sound system jeung lighting.", [], ["wisuda", "reuni"]),
    # a dye, priced as a variant of the cloth
    ("Tenun ikat Ina Rambu dari Waingapu: kain ikat pewarna alam 1,2jt, pewarna kimia 450rb, selendang tenun 300rb.",
     ["selendang tenun"], ["pewarna kimia"]),
    # the fault asked about: the repair is the offering
    ("laptop mati total? hp kena air? Servis Elektronik Jaya Palu bisa servis laptop dan servis hp.",
     ["servis laptop", "servis hp"], ["laptop mati total", "hp kena air"]),
    # the regional "only" closes the item
    ("Sewa gamelan thok 2jt, karo wiyaga 5jt. Sanggar Ngesti Laras Wonogiri.", ["sewa gamelan"],
     ["sewa gamelan thok", "karo wiyaga"]),
])
def test_word_classes_of_parts_are_no_cards(brief, kept, gone):
    products = _products(brief)
    assert all(k in products for k in kept), products
    assert not any(g in products for g in gone), products


@pytest.mark.parametrize("brief, kept", [
    # a computer shop sells the very specs
    ("Toko Komputer Maju Pekanbaru jual hdd 1tb, ssd 512gb, ram 8gb dan mouse gaming.", ["hdd 1tb", "ssd 512gb"]),
    # a packaging supplier sells bubble wrap
    ("Kemas Jaya Surabaya, supplier bubble wrap, kardus dan lakban untuk olshop.", ["bubble wrap", "kardus"]),
    ("Jasa packing kayu & bubble wrap buat kiriman ekspedisi, Packindo Cikarang.", ["packing kayu", "bubble wrap"]),
    # a paint shop sells the dye
    ("Toko Cat Sumber Warna Kudus jual cat tembok, cat kayu, pewarna alam untuk batik.", ["pewarna alam"]),
    # a kost rents the room with AC
    ("Kost putri Melati Jogja, kamar AC 1,2jt/bln, kamar non-AC 800rb/bln, dekat UGM.", ["kamar ac"]),
    # a fault in a list of repairs names the repair
    ("Servis HP Mas Bayu Kendari: ganti LCD, HP mati total, ganti baterai.", ["hp mati total"]),
    # a custom song is the product
    ("Nada Kita Studio Bandung, jasa bikin lagu custom untuk ulang tahun dan pernikahan.", ["lagu custom"]),
    # a service of unclogging drains, named by the fault
    ("JASA SEDOT WC & SALURAN MAMPET, BERKAH TIRTA SANITASI BEKASI. 24 JAM.", ["saluran mampet"]),
    # a show named with a word of packing is still a show
    ("We host kids birthday parties in Surabaya - FunBox Kids. Clowns, magicians, bubble shows.", ["bubble shows"]),
    # two things hired together for one price, no package named: the pair stays one offering
    ("Barbershop Rapi Pontianak: haircut 30rb, haircut+keramas 40rb, shaving.", ["haircut"]),
])
def test_where_the_business_deals_in_the_thing_it_stays_an_offering(brief, kept):
    products = _products(brief)
    assert all(k in products for k in kept), products


def test_a_band_whose_offering_is_gigs_keeps_them():
    assert is_part("wedding gigs", "blue note duo: we play wedding gigs and cafe gigs.") is False
    assert is_part("pop songs", "we play wedding gigs, covering pop songs and jazz.") is True


@pytest.mark.parametrize("item, lower, expected", [
    ("packing kayu", "madu asli, kirim seluruh indonesia, packing kayu.", True),
    ("packing kayu", "jasa packing kayu untuk ekspedisi.", False),
    ("hdd 1tb", "paket 4 kamera + dvr + hdd 1tb rp 4jt.", True),
    ("hdd 1tb", "jual hdd 1tb murah.", False),
    ("pc windows 10", "terima install ulang laptop/pc windows 10 + office 75rb.", True),
    ("multi-cabang", "aplikasi kasir, paket pro (multi-cabang).", True),
    ("unlimited tanpa fup", "paket 10mbps 100rb/bln, unlimited tanpa fup.", True),
    ("air-conditioned rooms", "dog boarding in sanur. air-conditioned rooms.", True),
    ("air-conditioned rooms", "guesthouse in ubud with air-conditioned rooms 300k/night.", False),
    ("kamar ber-ac", "hotel kucing meong, kamar ber-ac.", True),
    ("minahasan folk songs", "we arrange hymns, minahasan folk songs and pop songs.", True),
    ("satb arrangements", "we write satb arrangements of hymns.", False),
    ("natural dyes", "handwoven ikat scarves in natural dyes.", True),
    ("flashdisk rusak", "flashdisk rusak? kami bisa recovery data.", True),
    ("flashdisk rusak", "jasa recovery flashdisk rusak, hardisk, ssd.", False),
    ("ban bocor", "kalau ban bocor di jalan, telpon kami.", True),
])
def test_word_classes(item, lower, expected):
    assert is_part(item, lower) is expected


def test_part_spans_name_the_package_and_mask_its_contents():
    lower = "branding package logo + kemasan + feed ig template 750k. paket 4 kamera 2mp + dvr + hdd 1tb rp 4.750.000."
    spans, owners = part_spans(lower)
    masked = [lower[a:b] for a, b in spans]
    assert any("kemasan" in m and "feed ig template" in m for m in masked), masked
    assert any("hdd 1tb" in m and "dvr" in m for m in masked), masked
    assert [o for _, o in owners] == ["branding package", "paket 4 kamera"]


def test_a_price_tier_is_no_owner():
    _, owners = part_spans("paket b 20 foto + styling 350rb, gold package 4jt (8 hours, 100 photos).")
    assert owners == []


def test_two_items_joined_before_a_price_are_left_to_the_bundle_rule():
    spans, _ = part_spans("payas madya couple + mua 2.5jt, also rent kebaya + kamen 250k/person.")
    assert spans == []


def test_specs_are_trimmed_from_a_package_name():
    assert spec_trimmed("paket 4 kamera 2mp") == "paket 4 kamera"
    assert spec_trimmed("paket laptop windows 11") == "paket laptop"

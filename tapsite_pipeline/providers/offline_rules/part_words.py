"""Word classes of the things that belong to an offering without being one (Indonesian + English, regional spellings).

How the goods are packed or shipped ("packing kayu", "bubble wrap"), a product's specs ("HDD 1TB", "2MP", "Windows
10"), a software product's features ("multi-cabang", "unlimited tanpa FUP"), a place's perks ("air-conditioned
rooms"), what an artist plays ("lagu rohani", "pop songs"), what the goods are made or finished with ("pewarna
alam", "pengecatan"), and the fault a repair fixes ("flashdisk rusak"). offering_parts.py reads them: such a phrase
is never a card, unless the business deals in that very thing ("jual HDD 1TB", "Toko Cat Sumber Warna", "jasa
packing kayu").
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# How goods are packed or sent: a shipping option of the goods, never goods of their own.
PACKING = _words("""
packing pakcing pekking packingan pengemasan repacking bubblewrap bubble-wrap kardus kardusan peti crate crates
styrofoam sterofoam stereofoam ice-pack icepack ice-gel icegel dry-ice
""")
# ...and the two-word ones, by their first word: "bubble wrap", "dry ice", "ice pack", "double box", "extra packing".
PACKING_PAIRS = frozenset({("bubble", "wrap"), ("dry", "ice"), ("ice", "pack"), ("ice", "gel"), ("double", "box"),
                           ("double", "dus"), ("extra", "packing"), ("wooden", "crate"), ("kayu", "packing")})
# The words after which packing is the trade itself ("jasa packing", "supplier bubble wrap", "toko kardus").
PACKING_TRADE = _words("""
jasa layanan supplier pemasok distributor grosir toko jual menjual jualan agen usaha bisnis sell sells selling
supplies supply shop store
""")

# Parts of a device or an install named by a capacity or a version: "HDD 1TB", "RAM 8GB", "kamera 2MP", "PC Windows 10".
COMPONENTS = _words("""
hdd ssd ram rom memori memory harddisk hardisk flashdisk sd microsd dvr nvr kamera camera cameras cam cams
prosesor processor cpu vga gpu baterai battery pc laptop komputer computer hp ponsel tablet monitor layar screen
lensa lens sensor
""")
# Numbers glued to a unit of size, storage, resolution, power or speed ("1tb", "2mp", "1080p", "2000w", "12v").
SPEC_UNIT = regrouped(r"\d+(?:[.,]\d+)?\s?(?:tb|gb|mb|mp|megapixel|megapiksel|p|k|w|watt|va|kva|v|volt|mah|inch|inci|"
                      r"in|cm|mm|hz|ghz|mhz)")
SPEC_WORDS = _words("""
windows win android ios macos linux office hd fhd uhd full-hd fullhd 4k 8k 1080p 720p megapixel megapiksel watt
kva core ryzen i3 i5 i7 i9 resolusi resolution
""")

# Features of a software product or a plan: "multi-cabang", "karyawan unlimited", "stok otomatis", "tanpa FUP".
FEATURE_MARKS = _words("""
unlimited otomatis automatic auto realtime real-time offline sync sinkron sinkronisasi fup tanpa-fup no-fup
""")
# What such a feature works on: a branch, a user, the stock, a report.
FEATURE_OBJECTS = _words("""
cabang outlet outlets toko gudang user users pengguna akun account accounts karyawan staff pegawai kasir stok stock
laporan report reports transaksi produk invoice struk notifikasi reminder pengingat kuota quota bandwidth device
devices perangkat data backup fup tanpa
""")

# A perk of a place or a stay: "air-conditioned rooms", "kamar ber-AC", "kandang full AC".
PERK_MODIFIERS = _words("""
air-conditioned airconditioned aircon ac ber-ac berac full-ac fullac ventilated heated climate-controlled
""")
# The spaces such a perk is of.
SPACES = _words("""
room rooms kamar kamarnya ruang ruangan ruangannya kandang kennel kennels cage cages suite suites space spaces
area kelas class classroom classrooms cabin cabins
""")
# The trades that rent those spaces out, where a room with AC is what is sold ("kost putri kamar AC").
LODGING = _words("""
kost kos kosan kos-kosan indekos hotel homestay villa villas penginapan guesthouse guest-house hostel losmen
apartemen apartment kontrakan wisma resort coworking co-working
""")
# The animals a pet hotel boards: their hotel rents no room to the customer ("hotel kucing", "dog hotel").
PETS = _words("""
pet pets kucing anjing dog dogs cat cats anabul hewan kelinci rabbit burung bird
""")

# What an artist plays or sings, by the songs' kind: "lagu rohani", "pop songs", "tembang Jawa", "hymns".
SONG_HEADS = _words("""
lagu lagu-lagu tembang song songs hymn hymns repertoire repertoar gending gendhing standards
""")
# The verbs of performing them, said before: "bawain lagu keroncong", "membawakan lagu daerah", "we play pop songs".
PERFORM = _words("""
bawain bawakan membawakan nyanyiin menyanyikan nyanyi main mainin memainkan play plays playing sing sings singing
cover covers covering perform performs performing
""")
# The words that make a song the product: "lagu custom", "jingle", "cipta lagu", "song writing".
MADE_SONG = _words("""
custom cipta ciptaan pesanan original orisinal jingle jingles writing menulis bikin pembuatan rekaman recording
aransemen arrangement arrangements arranging produksi production
""")

# What the goods are made, dyed or finished with: "pewarna alam", "natural dye", "finishing doff", "pengecatan".
MATERIAL_HEADS = _words("""
pewarna pewarnaan dye dyes dyed pengecatan finishing laminasi laminating coating pelapis vernis varnish
""")
# ...said last in English: "natural dyes", "glossy finish".
MATERIAL_TAILS = _words("""
dye dyes finish finishes coating lamination
""")

# The fault a repair fixes, said after the broken thing: "flashdisk rusak", "HP mati total", "laptop kena air".
FAULTS = _words("""
rusak broken mati error eror hang bootloop lemot keformat terformat kefomat corrupt corrupted cracked retak pecah
bocor mampet macet korslet konslet kebanjiran damaged dead hilang
""")
# ...and said in two words: "kena air", "water damage", "ga nyala".
FAULT_PAIRS = frozenset({("kena", "air"), ("kemasukan", "air"), ("water", "damage"), ("ga", "nyala"),
                         ("gak", "nyala"), ("tidak", "nyala"), ("tdk", "nyala"), ("no", "power"), ("won't", "start")})

"""Who the business is for, said after "untuk", "khusus", "for", "catering to": "anak usia 5 th ke atas",
"ibu-ibu", "cafes, hotels and villas", "siswa SD-SMA"; and the shops that use what is sold. Read by the fact
reader (facts.py).
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

_SHOP_WORD = (r"(?:warung|warteg|kedai(?:\s+kopi)?|toko(?:\s+(?:kelontong|online|retail|bangunan|sembako))?|kios|minimarket|"
              r"coffee\s+shops?|cafes|restaurants|shops|stores|retailers)")
_SHOP_ONLY = regrouped(rf"(?i){_SHOP_WORD}")
# People said doubled, the Indonesian plural: "ibu-ibu", "bapak-bapak", "anak-anak" are said whole, never cut at "-".
_DOUBLED_PEOPLE = "(?:" + "|".join(rf"(?<=\b{w})-{w}\b" for w in (
    "anak", "ibu", "bapak", "remaja", "siswa", "pelajar", "mahasiswa", "guru", "karyawan", "pekerja", "petani",
    "peternak", "nelayan", "santri", "lansia", "balita", "keluarga", "perusahaan", "sekolah", "instansi")) + ")?"
# A quality said for someone is what the goods are like, never whom they are for: "aman untuk anak & hewan", "safe
# for kids and pets", "ramah untuk kulit sensitif" (tested right before the cue word, outside the scans' patterns).
SAID_OF_FOR = regrouped(r"\b(?:aman|safe|ramah|friendly|good|baik|bagus)\s$")
_AUDIENCE = fast(
    r"\b(?:khusus|spesial\s+untuk|untuk|utk|buat|bagi|target(?:\s+(?:pasar|market))?(?:nya)?|for|aimed\s+at|"
    # ("membantu UMKM go digital", "helps foreign investors set up a PT PMA": whom the work is for)
    r"catering\s+to|cocok\s+(?:untuk|buat)|melayani|menerima|accepting|welcomes?|welcoming|membantu|helps?|helping)\s+"
    # ("foreign investors", "busy professionals", "first-time buyers": who they are, said before them)
    r"((?:(?:(?:foreign|local|busy|working|young|first-time|international|overseas|elderly)\s+)?"
    r"(?:anak|anak-anak|anak2|ibu|ibu-ibu|bapak|wanita|perempuan|pria|muslimah|akhwat|ikhwan|remaja|dewasa|"
    # "beans for cafes and corporate clients" (what corporate buyers buy it as, "corporate gifts", is _GIFT_USE's)
    r"corporate\s+(?:clients?|customers?|buyers?|teams?|offices?)|"
    r"mahasiswa|pelajar|siswa|keluarga|karyawan|kantor|perusahaan|korporat|umkm|ukm|koperasi|sekolah|startup|"
    r"pemula|profesional|pengantin|kids|children|women|men|ladies|teens|adults|students|families|companies|"
    r"businesses|smes|small\s+businesses|cooperatives|schools|beginners|professionals|couples|expats|toddlers|"
    r"seniors|parents|restoran|resto|cafe|kafe|hotel|hotels|villa|villas|klinik|rumah\s+sakit|petani|peternak|"
    r"pabrik|factories|bumdes|desa|pemerintah(?:\s+desa)?|instansi|penerbit|publishers|"
    r"nelayan|reseller|pet\s+owners|pecinta\s+\w+|"
    # people served by schools, villages, clinics and tours: "santri putra dan putri", "perangkat desa dan kader posyandu"
    r"santri|santriwati|perangkat\s+desa|kader(?:\s+posyandu)?|guru|dosen|bidan|perawat|tenaga\s+kesehatan|nakes|lansia|"
    r"balita|ibu\s+hamil|wisatawan|tourists|travell?ers|jamaah|jemaah|pekerja|pelaku\s+usaha|pengusaha|runners|pelari|"
    r"putra|putri|"
    # the buildings and the people whose work or stay it serves: "CCTV untuk ruko, gudang, dan sekolah", "kos khusus
    # mahasiswi", "a PT PMA for foreign investors" (a house only in a list of them: "untuk rumah, restoran, dan hotel")
    r"ruko|gudang|warehouses|apartemen|apartments|puskesmas|gereja|masjid|investors?|foreigners|wna|orang\s+asing|"
    r"expatriates|pasien|patients|atlet|athletes|musisi|musicians|gamers|mahasiswi|siswi|pegawai|asn|pns|"
    r"pemilik\s+usaha|business\s+owners|homeowners|landlords|buyers|rumah(?=\s*(?:,|&|dan\b|and\b))|"
    # shops that use what is sold: "aplikasi kasir buat warung, kedai kopi, sama toko kelontong"
    # (said as a list of two or more: "buat warung saya" is the owner's own shop)
    rf"{_SHOP_WORD})\b{_DOUBLED_PEOPLE}"
    # "untuk siswa SD-SMA, guru datang ke rumah": a word that opens the next clause as its subject is no more of the list
    r"(?!\s+(?:datang|dateng|akan|siap|sudah|udah|mengajar|ngajar|will|comes?|teach(?:es)?)\b)"
    # "siswa SD-SMA", "anak TK s/d SD": the range whole
    r"(?:\s+(?:(?:sd|smp|sma|smk|tk)(?:(?:\s*(?:-|–|—|s/d|s\.d\.?)\s*|\s+(?:sampai|sampe|hingga|to)\s+)(?:sd|smp|sma|smk))?"
    r"|kecil|menengah|muda|putra|putri|pemerintah|(?!dan\b)\w+an\b"
    # a state or role said of them, two words or one: "ibu hamil", "ibu rumah tangga", "pengantin baru", "ibu menyusui"
    r"|hamil|menyusui|rumah\s+tangga|baru|lanjut\s+usia"
    # the age said of them, the list going on after it: "anak usia 5 th ke atas dan dewasa", "kids aged 6-10 and parents"
    r"|usia\s+\d+(?:\s*-\s*\d+)?\s*(?:th|thn|tahun)?(?:\s*ke\s*atas)?|aged\s+\d+(?:\s*(?:-|to)\s*\d+|\s+and\s+(?:up|over))?"
    # the youngest age, said with its unit: "anak mulai 5 tahun dan dewasa", "kids from age 4", "from 6 years old"
    r"|(?:mulai|dari|minimal|min\.?)\s+(?:usia\s+|umur\s+)?\d+\s*(?:th|thn|tahun)(?:\s*ke\s*atas)?"
    r"|from\s+(?:age\s+\d+|\d+\s*(?:years?|yrs?)(?:\s+old)?)(?:\s+(?:and\s+up|up))?))?"
    r"(?:\s*(?:,\s*(?:(?:dan|and|serta|sama|&)\s+)?|&|dan|and|atau|or|serta|sama|/)\s*)?)+)", re.I)

"""Indonesian chat shorthand spelled out, for the owner's words shown on a page ("udh termasuk listrik" →
"sudah termasuk listrik", "dkt kampus Undip" → "dekat kampus Undip", "1,2jt/bln" → "1,2jt/bulan").

Owners type their brief like a chat message; a visitor reads the page as a shop's own text. Only whole
words of the lexicon change: numbers, names and every other word stay as typed. The register stays the
owner's too: casual particles ("aja", "kok", "dong") are kept, since "kapan aja" means "any time" and
dropping the particle changes what is said; for the same reason a casual "gk"/"ga"/"gak"/"ngga" becomes
the casual "nggak", not the formal "tidak" beside an "aja" (a typed "tdk" is already formal: "tidak").

The fidelity scorer compares a page with the brief's wording through `expand(..., for_matching=True)`
on both sides, so a page that spells a word out still holds the fact the brief abbreviated.
"""

from __future__ import annotations

import re

# More of the business chat's shorthand, "full: short short" (one full word for each short form). A short form that
# may mean two words is not here: "sm" sama/semua, "smp" sampai/SMP, "kk" kakak/KK, "lkp" lengkap/LKP (a course
# institute), "km" kamu/km, "cm" cuma/cm, "ttp" tutup/tetap, "plg" pulang/paling, "mtr" motor/meter, "mnt"
# menit/minta, "tgg" tunggu/tanggung; nor are the amounts ("jt", "rb") and the address words ("kab", "kec", "gg").
_MORE = """
    yang: yng | dengan: dg dng dngn | sudah: sdah | belum: blom blum | karena: krna krena karna | kalau: klau
    juga: jga | tapi: tpi | lagi: lgi | harganya: hrgnya hrganya | berapa: brapa | banyak: bnyk bnyak
    sekarang: skg skrang | saja: sja | semua: smua smw | sedang: sdg | setiap: stiap | kami: kmi | saya: sya
    pesan: psn | pesanan: psnan | gratis: grts grtis | kirim: krm | terima: trm trima | kasih: ksh
    makasih: mksh | tolong: tlg | langsung: lgsg lgsung lsg langsg | sekali: skli | selesai: slsai slesai
    pakai: pkai | malam: mlm | jam: jm | detik: dtk | hari: hri | rumah: rmh rmah
    kantor: ktr kntr | sekolah: sklh | wilayah: wil wlyh | sekitar: sktr | sekitarnya: sktrnya
    layanan: lyn lynan | layani: lyni | melayani: mlyni mlayani | kerja: krj krja | pasang: psg psng
    barang: brg brng | murah: mrh mrah | mahal: mhl | besar: bsr | kecil: kcl | cepat: cpt cpet
    bagus: bgs | lengkap: lngkp lengkp | bayar: byr | transfer: tf | nomor: nmr nmor | nama: nm
    alamat: almt alamt | tanya: tny tnya | tentang: ttg tntg | buat: bwt | sendiri: sndiri sndri
    bapak: bpk | keluarga: klg kluarga | mungkin: mgkn mngkn | memang: mmg | sangat: sgt | hanya: hny hnya
    sedikit: sdkt | pernah: prnh | boleh: blh | punya: pny pnya | bagaimana: bgmn
    kenapa: knp knapa | di mana: dmn dmna | kapan: kpn | atau: atw ato | akan: akn
    tersebut: tsb | sehingga: shg | kemudian: kmdn | sementara: smntr smtr | jemput: jmpt
    kepada: kpd | oleh: olh | tanpa: tnp tnpa | hingga: hgg hngga | sebagai: sbg sbgai | nanti: nnti
    besok: bsk | kemarin: kmrn kmrin | bahasa: bhs | matematika: mtk | mahasiswa: mhs mhsw
    perusahaan: prshn | mobil: mbl | makanan: mknan | paket: pkt | minta: mnta
    tunggu: tggu | maaf: mf | selamat: slmt slamat | sesuai: ssuai | desain: dsain | cetak: ctk
    potong: ptg ptng | liter: ltr | jadwal: jdwl | daftar: dftr | biaya: bya | tambah: tmbh tambh
    tambahan: tmbhn | habis: hbs | terbatas: trbatas | sejak: sjk | usaha: usha | warung: wrng
    kampung: kmpg | masjid: msjd | pasar: psr | seluruh: slrh sluruh | sebelah: sblh | depan: dpn
    belakang: blkg blkng | seberang: sbrg sbrang | selalu: sll slalu | benar: bnr bner | salah: slh
    lebih: lbh | kurang: krg krng | cukup: ckp ckup | termasuk: trmsk tmsk trmasuk | khusus: khsus
    pelanggan: plgn plggn | dijamin: djmn djamin | gampang: gmpg | mudah: mdh | bersih: brsh brsih
    ukuran: ukrn | warna: wrn wrna | bahan: bhn | kelas: kls | gambar: gbr | perbulan: perbln
    pertama: prtm prtama | kedua: kdua | sebulan: sbln | setahun: sthn | seminggu: smgg
"""
SHORTHAND = {
    "udh": "sudah", "sdh": "sudah", "bs": "bisa", "bsa": "bisa", "dkt": "dekat", "dket": "dekat", "yg": "yang",
    "utk": "untuk", "untk": "untuk", "sm": "sama", "gk": "nggak", "ga": "nggak", "gak": "nggak", "ngga": "nggak",
    "tdk": "tidak", "dr": "dari", "krn": "karena", "blm": "belum", "jg": "juga", "tp": "tapi",
    "dgn": "dengan", "bln": "bulan", "thn": "tahun", "th": "tahun", "hr": "hari", "mgg": "minggu", "org": "orang",
    "sy": "saya", "klo": "kalau", "kl": "kalau", "bgt": "banget", "trs": "terus", "sblm": "sebelum",
    "stlh": "setelah", "hrs": "harus", "lg": "lagi", "msh": "masih", "tgl": "tanggal", "jd": "jadi", "byk": "banyak",
    "skrg": "sekarang", "sdgkan": "sedangkan", "pd": "pada", "dlm": "dalam", "spt": "seperti", "bbrp": "beberapa",
    "aj": "aja", "hrg": "harga", "hrga": "harga", "tmn": "teman", "kmr": "kamar", "brp": "berapa",
    "dtg": "datang", "dateng": "datang", "tlp": "telepon", "telp": "telepon", "pke": "pakai", "sj": "saja",
    "sbtr": "sebentar", "kalo": "kalau", "gmn": "gimana", "trus": "terus", "bkn": "bukan", "dpt": "dapat",
    "lwt": "lewat", "lwat": "lewat", "bljr": "belajar", "blajar": "belajar", "tmpt": "tempat", "t4": "tempat", "sblum": "sebelum",
}
# the business chat's words of _MORE, one entry each
CHAT_SHORTHAND = {short: full.strip() for entry in _MORE.replace("\n", "|").split("|") if entry.strip()
                  for full, shorts in [entry.split(":")] for short in shorts.split()}
SHORTHAND.update(CHAT_SHORTHAND)
# Address words: "jl"/"jln" is the street as written on letters ("Jl.") in either language.
_STREET_SHORT = re.compile(r"(?<![\w@#./-])(?:jl|jln)(?:\.|\b)(?!\w)", re.I)
# A shorthand word: whole, never inside a handle, a domain or a number ("/bln" after a price is a word).
_WORD = re.compile(r"(?<![\w@#.-])(" + "|".join(sorted(SHORTHAND, key=len, reverse=True)) + r")(?![\w@'-]|\.\w)",
                   re.I)
# Who the owner addresses, at the start of a value: "kak, alamatnya …", "min, …" (a "min" with no comma is
# "minimal": "min 30 org").
_GREETING = re.compile(r"^(?:(?:kak|kakak|gan|sis)\b[\s,:]+|(?:min|admin)\s*,\s*)(?=\S)", re.I)
# Where "dr" is a doctor's title ("dr Andi", "dr. Sari").
_TITLE_NEXT = re.compile(r"\.?\s+[A-Z]")


def _case_like(word: str, full: str) -> str | None:
    if word.islower():
        return full
    if word[:1].isupper() and word[1:].islower():
        return full[:1].upper() + full[1:]
    return None  # "BS", "SM", "DR": an acronym or a name, kept as typed


def expand(text: str, protect: tuple[str, ...] = (), for_matching: bool = False, lexicon: bool = True) -> str:
    """`text` with its chat shorthand spelled out. `protect` holds names (the brand, a product) whose words
    never change. With `for_matching` every word is expanded whatever its case (the scorer's two sides are
    already casefolded) and the street stays "jl". Without `lexicon` (an English page) only the street and
    the greeting are tidied: "bs", "dr", "th" are English words there."""
    if not text:
        return text
    keep = [(m.start(), m.end()) for p in protect if p for m in re.finditer(re.escape(p), text, re.I)]

    def word(m: re.Match) -> str:
        w = m.group(1)
        if any(a <= m.start() < b for a, b in keep):
            return w
        low = w.lower()
        if for_matching:
            return SHORTHAND[low]
        if low == "dr" and _TITLE_NEXT.match(text, m.end()):
            return w  # "dr Andi": a doctor, not "dari"
        return _case_like(w, SHORTHAND[low]) or w

    out = _WORD.sub(word, text) if lexicon or for_matching else text
    if for_matching:
        return out
    out = _STREET_SHORT.sub(lambda m: m.group(0) if any(a <= m.start() < b for a, b in keep) else "Jl.", out)
    return _GREETING.sub("", out) or out

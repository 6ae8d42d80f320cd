"""Words of refinement requests (Indonesian and English, chatty and formal): verbs, triggers, fillers, hours.

Kept apart from the reader (refine.py) so the lexicon can grow without touching the rules. Colours,
places and tones come from the brief parser's own lexicons, so a request and a brief read alike.
"""

from __future__ import annotations

import re

from .list_words import CHAT_TAIL, list_splitter

# Words that carry no request by themselves: politeness, particles, pronouns, generic nouns of the page.
FILLER = set("""
dong deh sih ya yah yaa yak kak kakak ka min mimin gan sis bro mas mbak bang say pak bu aja saja ajah nih tuh
please pls plz pleasee thanks thank thx ty makasih terima kasih tolong mohon bisa bisakah boleh ga gak nggak ngga
kah ok oke okay sip hmm hm eh oh ooh wow btw tbh ya lho loh kok juga jg too also as well then terus trus lalu
sama and dan serta plus with dengan dgn the a an it its this that these those our my we us i me you your kita
kami saya aku gue gw itu ini nya yang yg di ke dari untuk utk buat for to of in on at from by is are be been was
can could would will shall should might may just only now skrg sekarang lagi still already udah sudah
website web situs site page halaman landing webnya websitenya tampilan semuanya everything all
mau ingin pengen pingin want wanna like would prefer kalau kalo klo biar supaya agar so
jadi menjadi jadiin ganti ubah rubah change make bikin bikinin dibikin dibuat buat set use pakai pake gunakan
tambah tambahin tambahkan add hapus remove ada have has do does did get got
cantumkan dicantumkan tulis ditulis tuliskan tampilkan ditampilkan update updated perbarui diperbarui sesuaikan
disesuaikan accordingly location lokasi info informasi ubahnya gantinya please
""".split())

# Verbs that ask for a change: alone in a clause (no object) they ask for something unnamed, unless they
# repeat the clause before ("no more pet hotel, remove it").
ACTION = {"jadi": None, "menjadi": None, "jadiin": None, "ganti": None, "ubah": None, "rubah": None, "change": None,
          "make": None, "bikin": None, "bikinin": None, "dibikin": None, "dibuat": None, "set": None, "use": None,
          "gunakan": None, "tambah": "rule_add", "tambahin": "rule_add", "tambahkan": "rule_add", "add": "rule_add",
          "hapus": "rule_remove", "remove": "rule_remove"}

# Words that do say something, but nothing a rule can act on without guessing: answered with a question.
VAGUE = set("""
keren bagus cakep menarik kece ciamik mantap mantep better nicer cool nice modern pop pops fresh rapi rapih
rapihin rapiin perbaiki diperbaiki improve improved fix adjust tweak sreg beda aneh jelek off
""".split())

SPLIT_VERBS = (r"ganti|ubah|rubah|tambah|tambahin|tambahkan|hapus|hapusin|hilangkan|hilangin|ilangin|buang|"
               r"cantumkan|tulis|tuliskan|sebutkan|pakai|pake|gunakan|jadikan|bikin|add|remove|delete|drop|change|"
               r"make|switch|swap|replace|rename|use|include|mention|put|translate|set|take|try")
# "… dan ubah warna …", "… and add …": a conjunction followed by a verb starts a new clause
CLAUSE_SPLIT = re.compile(r"\s*(?:[.;!?]+\s+|[.;!?]+$|,\s*(?:(?:dan|and|terus|trus|lalu|then|sama|plus|also)\s+)?|"
                          rf"\s(?:dan|and|terus|trus|lalu|then|serta|plus|also)\s+(?=(?:{SPLIT_VERBS})\b))")

ADD = re.compile(
    r"\b(?:tambah(?:in|kan)?|ditambah(?:kan|in)?|nambah(?:in)?|masukin|masukkan|add(?:ed)?|include|"
    r"(?:we\s+|kita\s+|kami\s+)?(?:now\s+|also\s+|juga\s+|sekarang\s+|skrg\s+)*(?:sell|sells|selling|jual|"
    r"offer|offers|do|have|provide|buka|terima|melayani)(?=\s)|menu\s+baru|new\s+(?:menu|product|item|service))"
    r"\b")
REMOVE = re.compile(
    r"\b(?:hapus(?:in|kan)?|dihapus|hilangkan|hilangin|ilangin|ilangkan|dihilangkan|buang|dibuang|delete|deleted|"
    r"remove|removed|drop|take(?=\s.*\b(?:out|off|down)\b)|(?:ga|gak|nggak|ngga|tidak|tdk|nggak)\s+usah\s+(?:ditampilin|"
    r"ditampilkan|dipajang|ada)|(?:udah|sudah|sdh)?\s*(?:ga|gak|nggak|ngga|tidak|tdk)\s+(?:jual|dijual|ada|"
    r"nyediain|menyediakan)(?:\s+lagi)?|no\s+more|no\s+longer\s+(?:sell|offer|do|have)|don'?t\s+(?:sell|offer|do|"
    r"have)|do\s+not\s+(?:sell|offer|do|have)|stop(?:ped)?\s+(?:selling|offering)|discontinued?)\b")
REPLACE = re.compile(r"\b(?:ganti|diganti|tukar|replace|swap|change)\b")
REPLACE_TO = re.compile(r"\b(?:jadi|menjadi|dengan|dgn|ke|with|for|to|into|by)\b")

# lead and trailing words around an offering's name
ITEM_LEAD = re.compile(
    r"^(?:(?:menu|produk|product|products|layanan|jasa|service|services|item|items|baru|new|our|the|a|an|some|"
    r"juga|also|too|yang|yg|dari|daftar|lagi|ya|dong|aja|saja|kak|list|of|kita|kami|we|now|sekarang|skrg|"
    r"jual|sell|selling|offer|do|have|bikin|more|any)\s+|:\s*)+")
ITEM_TRAIL = re.compile(
    rf"(?:\s+(?:{CHAT_TAIL}|yah|deh|kakak|pls|please|now|lagi|ke\s+daftar(?:\s+\w+)?|"
    r"ke\s+menu|di\s+menu|to\s+(?:the|our)\s+\w+|to\s+(?:the\s+)?list|from\s+(?:the|our)\s+\w+|dari\s+(?:daftar|"
    r"menu|layanan|produk)(?:\s+\w+)*|on\s+the\s+\w+|service|anymore|lagi|ya|sekarang|skrg|baru|say|mas|mbak|"
    r"bro|sis|gan|min|it|off|out|down)|[!.?,]+)+$")
ITEM_SPLIT = list_splitter()

COLOR_TRIGGER = re.compile(r"\b(?:warna\w*|wrna\w*|colou?rs?|colou?red|tema\w*|themes?|nuansa\w*|palet\w*|palette|"
                           r"scheme|skema|tones?|aksen|accents?|sentuhan|touch)\b")
COLOR_VERB = re.compile(r"\b(?:ganti|ubah|rubah|jadi|jadiin|menjadi|bikin|pakai|pake|gunakan|make|change|switch|"
                        r"go\s+with|use|apply|prefer|instead|be|aja|saja|just)\b")
COLOR_NOT = re.compile(r"\b(?:no\s+more|not|no|without|jangan|jgn|bukan|tanpa|selain|except|kecuali|instead\s+of|"
                       r"hapus|remove|drop|less)\s+(?:(?:the|warna|pakai|pake|color|colour)\s+)?$")
COLOR_ADD = re.compile(r"\b(?:tambah(?:in|kan)?|add|plus|with\s+a|dengan)\s+(?:(?:a|an|some|sedikit|aksen|accent|"
                       r"sentuhan|touch\s+of|warna)\s+)*$")

TONE_TRIGGER = re.compile(r"\b(?:lebih|more|nada\w*|tone|gaya(?:\s+bahasa\w*)?|bahasa\w*|sound\w*|feel|kesan\w*|"
                          r"make\s+it|bikin|dibikin|dibuat|buat|gunakan|pakai|pake|yang)\b")
TONE_COMPARATIVE = {"bolder": "bold", "friendlier": "friendly", "calmer": "calm", "formal": "professional",
                    "santuy": "playful", "casual": "playful", "kasual": "playful", "serius": "professional"}
TONE_NOT_TONE = set("keren modern simple simpel clean bersih minimalis minimalist minimal natural alami cantik "
                    "estetik aesthetic premium warm hangat nyaman cozy street sport urban kids".split())

LANG_WORDS = {"inggris": "en", "english": "en", "indonesia": "id", "indonesian": "id", "indo": "id"}
LANG = re.compile(r"\b(?:bahasa|language|translate\w*|terjemah\w*|switch|ganti|ubah|pakai|pake|in|into|to|ke|jadi|"
                  r"menjadi|versi|version)\b(?:\s+(?:the\s+)?(?:page|site|website|web|situs|halaman)\b)?"
                  r"(?:\s+(?:ke|to|into|in|jadi|menjadi|pakai|pake))?\s+(?:bahasa\s+)?(inggris|english|indonesia|"
                  r"indonesian|indo)\b")

BRAND = [re.compile(p) for p in (
    r"\b(?:ganti|ubah|rubah|diganti)\s+nama(?:\s*(?:usaha|toko|tokonya|bisnis|brand|merek|kami|saya|nya))*\s*"
    r"(?:jadi|menjadi|ke|dengan|:)?\s+(?P<name>.+)$",
    r"\bnama(?:\s*(?:usaha|toko|tokonya|bisnis|brand|merek|kami|saya))*(?:nya)?\s+(?:sekarang\s+|skrg\s+)?"
    r"(?:diganti|ganti|diubah|jadi|menjadi)\s+(?:jadi\s+|menjadi\s+)?(?P<name>.+)$",
    r"\bnamanya\s+(?:sekarang|skrg)\s+(?P<name>.+)$",
    r"\brename(?:\s+(?:us|it|the\s+(?:shop|business|store|site|page|brand)))?\s+(?:to|as)\s+(?P<name>.+)$",
    r"\bchange\s+(?:the|our|my)?\s*(?:business\s+|shop\s+|store\s+|brand\s+|company\s+)?name\s+(?:to|into)\s+"
    r"(?P<name>.+)$",
    r"\b(?:we'?re|we\s+are|it'?s|its)\s+(?:now\s+)?called\s+(?P<name>.+?)(?:\s+now)?$",
    r"\bcall\s+(?:us|it)\s+(?P<name>.+)$",
)]
NAME_TRAIL = re.compile(r"(?:\s+(?:ya|dong|aja|saja|deh|kak|please|pls|now|sekarang|juga|too|thanks|thx)|[.!?,;:\"'])+$")

LOCATION = [re.compile(p) for p in (
    r"\bpindah(?:\s+(?:lokasi|alamat|tempat))?\s+(?:ke|di)\s+(?P<place>.+)$",
    r"\b(?:lokasi|alamat|tempat)(?:\s*(?:nya|kami|saya|usaha|toko|bengkel|warung|kantor|studio|butik|salon))*\s+"
    r"(?:sekarang|skrg|sudah|udah|baru)?\s*(?:pindah\s+)?(?:di|ke)\s+(?P<place>.+)$",
    r"\b(?:moved|moving|relocated|relocating|move)\s+to\s+(?P<place>.+)$",
    r"\b(?:we'?re|we\s+are|we'?ve\s+been)\s+(?:now\s+)?(?:in|based\s+in|located\s+in|at)\s+(?P<place>.+?)"
    r"(?:\s+now)?$",
    r"\b(?:change|update|set)\s+(?:our|the)\s+(?:location|address|city)\s+to\s+(?P<place>.+)$",
)]

IMAGE_WORD = r"(?:gambar\w*|foto\w*|ilustrasi\w*|image|images|picture|pictures|pic|pics|photo|photos|hero|banner)"
IMAGE = re.compile(
    rf"\b(?:(?:ganti|ubah|tukar|change|swap|replace|another|different|new|other)\s+(?:the\s+|our\s+)?"
    rf"(?:(?:hero|main|utama|atas)\s+)?{IMAGE_WORD}|{IMAGE_WORD}(?:\s+\w+){{0,2}}\s+(?:lain|beda|baru|diganti|ganti|"
    rf"yang\s+lain|lainnya)|{IMAGE_WORD}(?:\s+(?:di\s+bagian\s+atas|utama))?\s*$)")
IMAGE_VERB = re.compile(r"\b(?:ganti|ubah|tukar|change|swap|replace|another|different|new|other|lain|beda|baru|"
                        r"diganti|use)\b")

TEMPLATE_WORD = r"(?:desain\w*|design|template|tampilan\w*|layout|model|look|tema\s+desain)"
TEMPLATE = re.compile(
    rf"\b(?:(?:ganti|ubah|change|switch|try|another|different|new|other)\s+(?:a\s+|the\s+|an\s+)?"
    rf"(?:\w+\s+)?{TEMPLATE_WORD}|{TEMPLATE_WORD}(?:\s+\w+){{0,3}}\s+(?:lain|beda|baru|lainnya)|"
    rf"{TEMPLATE_WORD}\s+(?:ganti|diganti))\b")

HEADING = re.compile(r"\b(?:judul\w*|headline|title|tagline|heading)\b[^\"]{0,40}?\"(?P<text>[^\"]{2,120})\"")
SAY = re.compile(r"\b(?:tulis(?:kan)?(?:\s+juga)?\s+(?:kalau|kalo|bahwa)|sebutkan(?:\s+juga)?\s+(?:kalau|bahwa)|"
                 r"cantumkan(?:\s+juga)?\s+(?:kalau|bahwa)|tambah(?:in|kan)?\s+(?:info|informasi|keterangan|tulisan|"
                 r"kalimat|catatan)(?:\s+(?:kalau|bahwa))?|mention(?:\s+that)?|add\s+(?:a\s+(?:note|line)\s+"
                 r"(?:that|saying)|that)|say\s+that|note\s+that)\s+(?P<text>.+)$")

# ---------------------------------------------------------------- contact
PHONE = re.compile(r"(?<![\d+])(?:\+?62|0)[\s.-]?\d(?:[\s.-]?\d){6,12}(?!\d)")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
WA_WORD = re.compile(r"\b(?:wa|whatsapp|whats\s+app|watsap|wasap|whatapp)\b")
PHONE_WORD = re.compile(r"\b(?:telp|telepon|telpon|tlp|phone|tel|call|landline|kantor)\b")
CONTACT_LEAD = re.compile(r"\b(?:nomor|nomer|no|number|hp|kontak|contact|wa|whatsapp|whats\s+app|telp|telepon|"
                          r"telpon|tlp|phone|email|e-mail|surel|via|lewat)\b")
CONTACT_REMOVE = re.compile(r"\b(?:hapus|hilangkan|buang|remove|delete|drop)\s+(?:(?:nomor|no|the|our|alamat)\s+)*"
                            r"(?P<what>wa|whatsapp|telp|telepon|phone(?:\s+number)?|email|e-mail)\b")

# ---------------------------------------------------------------- hours
TIME = r"(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|pagi|siang|sore|malam|malem)?"
HOURS = re.compile(TIME + r"\s*(?:-|–|—|to|till|until|til|sampai|sampe|smp|hingga|s/d|sd)\s*(?:jam\s+|pukul\s+)?"
                   + TIME)
HOURS_CONTEXT = re.compile(r"\b(?:jam|buka|open|opening|hours?|operasional|pukul|bookings?|layanan|service)\b")
DAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}
DAY_NAMES = {"id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
             "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}
DAY_RANGE = re.compile(r"\b(" + "|".join(DAYS) + r")\w*\s*(?:-|–|to|till|until|sampai|sampe|s/d|hingga)\s*("
                       + "|".join(DAYS) + r")\w*\b")
EVERY_DAY = re.compile(r"\b(?:setiap\s+hari|tiap\s+hari|every\s*day|daily|7\s+days)\b")
EVERY_DAY_LABEL = {"id": "setiap hari", "en": "every day"}

"""Fragments of a sentence that look like names: the shapes name_shape.py turns away besides its own.

A card title names a thing. These phrases are what is left when a list item was cut in the wrong place, and
their shape alone says so, whatever their words mean:

- a number with a unit of time or measure and nothing else ("5 yrs", "24 karat", "3 bulan", "500 gr",
  "15-20 hektare", "setengah liter"): a spec or a duration of an offering, never the offering ("emas 24 karat",
  "paket 3 hari 2 malam", "cetak foto 4R" keep the goods word that carries them);
- a phrase opening on a lone letter ("d mahir" of "pemula s/d mahir"): the end of an abbreviation cut at its slash
  (letters that do open names, "t shirt", "x ray", "e book", "k pop", are left alone);
- a phrase holding a pronoun and "to be" run together ("together they're", "it's handmade"): a clause;
- a subject and a modal verb ("satu drone mampu [menyemprot]", "kelas bisa online", "the boat can [carry]"):
  a clause about the thing, not its name; so is a phrase opening on a modal or an adverb of time ("boleh main ke
  kandang", "dulu kerja di bank");
- an English participle alone ("drawn", "handled", "baked"): what was done to something, not a thing;
- a noun and a bare Indonesian passive ("plastik disetor", "sampah dipilah", "kain ditenun"): a clause (the
  passive's object is the noun before it), whose verb has no suffix the passive list of offer_words.py knows;
- a bare passive alone whose root is a known word ("difoto"), or an English gerund and the pronoun or particle it
  takes ("typing this", "setting up"), or a verb of earning a living ("bertani jeruk"): a clause's verb, not a
  thing; a phrase opened by a formula of faith ("insya Allah amanah"): a pledge or a thanks;
- a bare passive and how or when it is done ("dirajut tangan", "dikukus tiap subuh"), or an English adverb and
  participle ("lovingly baked"): how the goods are made, not the goods.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .lexicon import KEYWORDS
from .places import PLACES
from .roles import PLACE, known_word

# Units a number is said with when it gives how long, how much or how big: time, weight, length, area, purity,
# volume, and the counting words of a portion or a group. A speed or a size of data ("10mbps", "20GB") is left out: an
# internet or a data package is sold by it.
MEASURE_UNITS = frozenset("""
yr yrs year years tahun thn th thun bulan bln month months mo mos minggu mgg week weeks wk wks hari hr day days jam
hour hours hrs menit mnt min mins minute minutes detik sec secs second seconds malam night nights
karat krt kt carat carats gram grams gr g kg kilo kilogram ons ton tons mg
cm mm m meter meters metre metres km inci inch inches ft feet kaki hektar hektare hektar ha are acre acres
m2 m3 liter litre liters litres lt ltr l ml cc galon gallon gallons
pcs pc buah biji lembar unit units porsi portion portions pax orang org people persons person kali x times
""".split()) | frozenset("""
desain design designs motif motifs model pilihan warna colours colors shades
""".split())  # how many to choose from ("100 desain", "12 warna"): a count of the offering's variety, never goods
_NUMBER = regrouped(r"\d+(?:[.,]\d+)*(?:[-–/]\d+(?:[.,]\d+)*)?")
_GLUED = regrouped(r"(\d+(?:[.,]\d+)*)([a-z]+\d?)")


def _measure_word(word: str) -> bool:
    """A number, a unit, or a number glued to its unit ("24k" is a price and goes elsewhere; "500gr", "5yrs")."""
    if _NUMBER.fullmatch(word) or word in MEASURE_UNITS:
        return True
    glued = _GLUED.fullmatch(word)
    return bool(glued and glued.group(2) in MEASURE_UNITS)


# Indonesian numbers said in words before a unit ("setengah liter 8rb", "dua kilo"). English "half" is left out: "half
# day" opens the names of sessions and camps ("half-day camp").
_NUMBER_WORDS = frozenset("""
setengah seperempat sepertiga satu dua tiga empat lima enam tujuh delapan sembilan sepuluh
""".split())


def measure_only(words: list[str]) -> bool:
    """"5 yrs", "24 karat", "15-20 hektare", "3 hari 2 malam", "500gr", "setengah liter": only numbers and units, a
    number among them (in figures, or in words before a unit)."""
    if not words:
        return False
    if any(map(str.isdigit, "".join(words))):
        return all(_measure_word(w) for w in words)
    return (any(w in _NUMBER_WORDS for w in words) and any(w in MEASURE_UNITS for w in words)
            and all(w in _NUMBER_WORDS or w in MEASURE_UNITS for w in words))


# Letters that do open a name before another word: "t shirt", "x ray", "e book", "k pop", "c programming", "v neck".
_NAME_LETTERS = frozenset("c e g j k o q t u v x".split())


_LONE_LETTER = regrouped(r"[a-z]\s+[a-z0-9]")  # a Latin letter standing as a word ("d mahir"; not "i̇stanbul")


def lone_letter_first(phrase: str) -> bool:
    return bool(_LONE_LETTER.match(phrase)) and phrase[0] not in _NAME_LETTERS


# Modal verbs: after the thing they are said of, they open what it can do ("satu drone mampu menyemprot", "kelas bisa
# online", "each van can carry 8"). "can" and "will" at the end of a phrase are nouns ("trash can", "free will").
_MODALS = frozenset("""
bisa bs bsa dapat dpt mampu sanggup akan harus boleh mesti could would able must should
""".split())
_MODAL_NOT_LAST = frozenset("can will".split())


_YOU = frozenset("you u kamu anda".split())  # "all you can eat", "all you can drink": a set name, not a clause


# Words that open a clause, not a name: a modal ("boleh main ke kandang", "bisa custom nama", "dapat sertifikat") or an
# adverb of time or aspect ("dulu kerja di bank", "udh bantu 80an toko", "pernah jadi juara"): the owner's story or a
# permission, never the name of something sold.
_CLAUSE_OPENERS = _MODALS | frozenset("""
dulu dahulu pernah sempat sudah udah udh sdh telah masih tadinya dulunya
""".split())


# A pronoun and its verb "to be" run together ("together they're", "we're proud", "it's handmade"): a clause about
# who the business is or what the goods are like, never the name of something sold.
_BE_JOINED = frozenset(w for x in "they're we're you're i'm it's he's she's that's".split() for w in (x, x.replace("'", "’")))


def modal_clause(words: list[str]) -> bool:
    if len(words) >= 2 and words[0] in _CLAUSE_OPENERS or any(w in _BE_JOINED for w in words):
        return True
    return any((w in _MODALS or w in _MODAL_NOT_LAST and k < len(words) - 1) and words[k - 1] not in _YOU
               for k, w in enumerate(words) if k)


# English past participles that do not end in "-ed": alone they say what was done to the goods ("all designs drawn by
# local artists"), not what the goods are.
IRREGULAR_PARTICIPLES = frozenset("""
drawn sewn woven grown known written built made done sold shown torn worn spun given taken chosen broken driven
ridden beaten bought brought caught taught kept sent spent held found hand-drawn hand-sewn hand-woven handwritten
""".split())
_ED = regrouped(r"[a-z]{3,}(?<!e)ed")  # "washed", "handled"; not "speed", "breed", "tweed"
# (and the compounds of "bed" sold as goods: "springbed", "sofabed", "daybed")
_ED_NOUNS = frozenset("""hundred kindred bed seabed flatbed sled shed embed springbed sofabed daybed waterbed airbed
flowerbed riverbed seedbed""".split())


def participle_alone(words: list[str]) -> bool:
    if len(words) != 1:
        return False
    w = words[0]
    return w in IRREGULAR_PARTICIPLES or bool(_ED.fullmatch(w)) and w not in _ED_NOUNS and w not in KEYWORDS


# A bare Indonesian passive: "di" and a root opening on a consonant and a vowel ("disetor", "dipilah", "ditenun"). The
# words of that shape that are nouns or English are listed; any keyword of the lexicon is a noun too.
# A root opening on a vowel is named ("dianyam", "diukir", "diolah"): words of that shape are mostly nouns or English
# ("diet", "diamond", "diorama").
_BARE_PASSIVE = regrouped(r"di[bcdfghjklmnprstwyz][aeiou][a-z]{2,}|"
                          r"di(?:anyam|ukir|olah|ikat|isi|asah|aduk|amplas|oven|ulek|ulen|awetkan|angkut|antar)")
_DI_NOUNS = frozenset("""
digital digit dinas dinamo dinar dirigen dipan divan diva dilema dimensi dinosaurus dinosaur direktur direksi disiplin
dioda director directory dining diving diner dinner divine divisi division dilution diligent dimension dirham
difabel disabilitas dimana dimanapun disini disana disitu dikit dikitnya dirinya dirimu diriku
""".split())


# Chat glues the preposition "di" to the place after it ("makan ditempat", "ambil dirumah", "ready dijakarta"): a root
# that is a place word or a known place is that, not a verb.
_GLUED_AT = frozenset("sini sana situ kos kost kosan".split())


def bare_passive(word: str) -> bool:
    if not _BARE_PASSIVE.fullmatch(word) or word in _DI_NOUNS or word in KEYWORDS \
            or word.endswith(("ing", "er", "ers", "ion", "ions", "ity", "ive", "ous", "ic", "ics")):
        return False
    root = word[2:]
    return not (root in PLACE or root in PLACES or root in _GLUED_AT)


def passive_alone(words: list[str]) -> bool:
    """"difoto" of "(difoto dari papan)": a bare passive alone whose root is a word the lexicons know (a photo, a
    parcel) says what was done to something; the thing is named elsewhere ("diniyah", whose "niyah" is no word, stays)."""
    return len(words) == 1 and bare_passive(words[0]) and (words[0][2:] in KEYWORDS or known_word(words[0][2:]))


# What an English "-ing" verb takes right after it when it is a clause, not a name: a pronoun ("typing this by voice")
# or a particle ("setting up for a wedding", "picking out"). A name closes on its goods ("wedding styling", "fishing
# trip"), never on these.
_CLAUSE_TAIL = frozenset("this that these those it them you me us up out off down away over around back".split())


def gerund_clause(words: list[str]) -> bool:
    """"typing this", "setting up": an English gerund and the pronoun or particle it takes, a clause's start."""
    return len(words) == 2 and len(words[0]) >= 5 and words[0].endswith("ing") and words[1] in _CLAUSE_TAIL


# The verbs of earning a living ("sudah 30 tahun bertani jeruk", "berjualan kue sejak 2010", "beternak ayam"): what
# the owner does, whose goods are named as goods. Activity verbs a business sells ("berkuda", "berkemah", "bersepeda")
# are not among them.
_LIVELIHOOD = frozenset("""
bertani berkebun berladang bersawah bertambak beternak berternak berjualan berdagang berniaga berbisnis berusaha
berwirausaha berwiraswasta
""".split())


def livelihood_clause(words: list[str]) -> bool:
    """"bertani jeruk", "berjualan kue": a verb of earning a living and what it is of, not the name of an offering."""
    return 1 <= len(words) <= 3 and words[0] in _LIVELIHOOD


def noun_passive(words: list[str]) -> bool:
    """"plastik disetor", "sampah dipilah": two or three words closing on a bare passive."""
    return 2 <= len(words) <= 3 and bare_passive(words[-1])


def passive_described(words: list[str]) -> bool:
    """"dirajut tangan", "dikukus tiap subuh", "lovingly baked": a bare passive with how or when it is done, or an
    English participle after its adverb, says how the goods are made; the goods are named elsewhere."""
    if 2 <= len(words) <= 4 and bare_passive(words[0]):
        return True
    if len(words) != 2 or not words[0].endswith("ly") or words[0] in _LY_NAMES:
        return False
    w = words[1]   # (after the adverb a participle is one even where the lexicon knows it: "baked", "roasted")
    return w in IRREGULAR_PARTICIPLES or bool(_ED.fullmatch(w)) and w not in _ED_NOUNS


_LY_NAMES = frozenset("daily weekly monthly family jelly belly holy curly lily bubbly".split())


# Words that alone are never a name (name_shape.py): a level of skill is who a class is for ("pemula", "mahir"), not a
# class; "biasa" alone is the adverb; "ganti", "tukar" alone the verb; a question word ("kenapa kami buka kelas …")
# opens a question or a section, never names what it asks about.
ALONE = frozenset("""
biasa terampil mahir pemula lanjutan menengah beginner beginners intermediate advanced ganti tukar
kenapa mengapa knp why bagaimana gimana how
""".split())


# The formulae that open or close a letter ("Dengan hormat," … "Hormat kami,", "Sincerely,", "Best regards,"): a
# courtesy of the letter, never the name of something offered.
_LETTER = regrouped(r"(?:dengan\s+)?hormat(?:\s+(?:kami|saya|sy|kmi))?|salam\s+hormat|(?:yours\s+)?(?:sincerely|faithfully|"
                    r"truly|cordially|respectfully)(?:\s+yours)?|(?:(?:best|kind|warm|warmest)\s+)?regards|"
                    r"wassalam(?:ualaikum)?")
_LETTER_FIRST = frozenset("dengan hormat salam yours sincerely faithfully truly cordially respectfully best kind warm "
                          "warmest regards wassalam wassalamualaikum".split())


# The formulae of faith an owner pledges or thanks with ("Insya Allah amanah", "alhamdulillah laris", "masya Allah"):
# whatever follows them is a promise or a thanks, never the name of something offered.
_FAITH_FIRST = frozenset("""
insya insyaallah insyallah insha inshallah inshaallah masya masyaallah mashallah maasyaallah alhamdulillah
alhamdulilah bismillah subhanallah barakallah
""".split())


def yours(words: list[str]) -> bool:
    """"your company gathering" of "we can serve your company gathering": what the customer has or holds (the occasion
    served, the place worked on), not the name of an offering."""
    return len(words) >= 2 and words[0] == "your"


def faith_formula(words: list[str]) -> bool:
    """"insya allah amanah", "alhamdulillah laris": a phrase opened by a formula of faith (a pledge, a thanks)."""
    return bool(words) and (words[0] in _FAITH_FIRST or words[:3] == ["in", "sya", "allah"])


def fragment(phrase: str, words: list[str]) -> bool:
    """Is the phrase (lower case, and its words) one of the fragment shapes above, or a word that is no name alone?"""
    return (measure_only(words) or lone_letter_first(phrase) or modal_clause(words) or participle_alone(words)
            or noun_passive(words) or passive_described(words) or passive_alone(words) or gerund_clause(words)
            or livelihood_clause(words) or faith_formula(words) or yours(words)
            or len(words) == 1 and words[0] in ALONE
            or len(words) <= 3 and words[0] in _LETTER_FIRST and bool(_LETTER.fullmatch(phrase)))

"""Words for businesses Tapsite does not publish, in Indonesian and English, slang and spelling tricks included.

The lexicon is not the decision: its hits are features of the classifier (policy/classifier.py), which
learned from labelled briefs that "toko senjata mainan anak" or "klinik rehabilitasi narkoba" are shops
and services like any other. Terms are matched on normalised text (lower case, accents and leetspeak
undone, letters spaced out to dodge filters joined back).
"""

from __future__ import annotations

import re
import unicodedata

CATEGORIES: dict[str, str] = {
    "narcotics": "narcotics or drugs sold without a prescription",
    "weapons": "firearms, ammunition or explosives",
    "gambling": "gambling",
    "adult": "adult or sexual services",
    "illegal_lending": "unlicensed lending or investment schemes",
    "counterfeit": "counterfeit goods, forged documents or pirated or stolen goods",
    "other": "illegal trade (protected wildlife, organs, hacking, fraud, violence)",
}

TERMS: dict[str, list[str]] = {
    "narcotics": ["narkoba", "narkotika", "sabu", "sabu sabu", "shabu", "ganja", "cimeng", "gele", "marijuana", "weed",
                  "hashish", "thc", "ekstasi", "inex", "mdma", "ecstasy", "kokain", "cocaine", "heroin", "putaw",
                  "meth", "crystal meth", "ketamine", "lsd", "magic mushroom", "jamur tahi sapi", "tembakau gorila",
                  "sinte", "pil koplo", "tramadol", "alprazolam", "xanax", "oxycodone", "fentanyl", "dextro",
                  "trihex", "obat aborsi", "cytotec", "penggugur kandungan", "tanpa resep", "without prescription",
                  "bako sinte", "sintetis", "fly", "tripping", "trip", "rave", "party pills", "dealer", "edibles"],
    "weapons": ["senjata api", "senpi", "pistol rakitan", "pistol", "revolver", "amunisi", "peluru tajam", "peluru",
                "granat", "bom", "bom rakitan", "bahan peledak", "detonator", "molotov", "handgun", "rifle",
                "silencer", "ghost gun", "explosive", "grenade", "untraceable", "celurit", "tawuran", "gun", "firearm",
                "ammo", "senapan", "senjata tajam", "rakitan", "tanpa surat", "tanpa izin"],
    "gambling": ["judi", "judol", "slot gacor", "slot", "gacor", "maxwin", "togel", "casino", "kasino", "bandar",
                 "taruhan", "sbobet", "domino qq", "capsa", "baccarat", "roulette", "sabung ayam", "betting",
                 "sportsbook", "rtp", "chip higgs", "tembak ikan", "poker uang asli", "bet"],
    "adult": ["open bo", "cewek panggilan", "prostitusi", "psk", "bispak", "escort", "pijat plus plus", "plus plus",
              "porno", "bokep", "video dewasa", "konten dewasa", "live cam", "sex", "seks", "telanjang", "nude",
              "gigolo", "sugar baby", "ayam kampus", "short time", "striptis", "wanita penghibur", "lc nakal",
              "sexting", "porn", "booking cewek", "pria panggilan", "perangsang", "companion"],
    "illegal_lending": ["pinjol ilegal", "pinjol", "tanpa ojk", "tanpa izin ojk", "rentenir", "loan shark",
                        "bunga harian", "sebar data", "debt collector", "bank emok", "ponzi", "investasi bodong",
                        "money game", "robot trading", "binary option", "profit pasti", "dijamin untung",
                        "guaranteed returns", "payday loan", "bodong"],
    "counterfeit": ["kw super", "palsu", "replika", "mirip ori", "counterfeit", "fake", "bajakan", "crack", "carding",
                    "uang palsu", "ijazah palsu", "ktp palsu", "aspal", "tanpa cukai", "curian", "bodong",
                    "stolen", "bm", "unlock imei"],
    "other": ["dilindungi", "cula badak", "kulit harimau", "trenggiling", "gading gajah", "kukang", "satwa liar",
              "organ tubuh", "ginjal", "hacking", "hack", "sadap", "ransomware", "ddos", "phishing", "skimming",
              "pencucian uang", "rekening penampung", "tki ilegal", "human trafficking", "santet", "pembunuh bayaran",
              "racun", "sianida", "hoaks", "oplosan", "scam", "botnet", "data pribadi", "bobol", "kidney", "organ",
              "credit card number", "bank login", "darknet", "ilegal", "illegal", "penipuan", "rahasia"],
}

# Words that turn a hit into something else: a toy, a rehab clinic, a licensed shop, a warning against it.
CONTEXT: dict[str, list[str]] = {
    "toy": ["mainan", "toy", "plastik", "air", "replika mainan", "properti film", "kostum", "dekorasi", "decorations",
            "themed", "bertema", "souvenir", "suvenir"],
    "against": ["anti", "bahaya", "rehabilitasi", "pemulihan", "penyuluhan", "korban", "stop", "lepas",
                "kecanduan", "konseling", "edukasi", "kampanye", "bantuan hukum", "melek", "literasi"],
    "licensed": ["resmi", "berizin", "terdaftar", "diawasi", "bpom", "ojk", "bersertifikat", "perbakin", "original",
                 "asli", "bercukai", "legal", "dengan resep", "apoteker", "bksda"],
    "food": ["kue", "kopi", "bakso", "keripik", "ayam geprek", "brownies", "teh", "mie", "level pedas", "sambal"],
}

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_SPACED = re.compile(r"\b(?:[a-z][\s.\-_*]){2,}[a-z]\b")   # s l o t, s-l-o-t, j.u.d.i


def normalise(text: str) -> str:
    """Lower case, no accents, leetspeak undone inside words, spaced-out letters joined, one space between words."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"[a-z0-9@$]+", lambda m: m.group(0).translate(_LEET) if re.search(r"[a-z]", m.group(0))
               else m.group(0), t)
    t = _SPACED.sub(lambda m: re.sub(r"[\s.\-_*]", "", m.group(0)), t)
    return " ".join(re.findall(r"[a-z0-9]+", t.replace("+", " plus ")))


def _compile(words: list[str]) -> re.Pattern:
    alts = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")(?:s|es)?\b")   # English plurals too


_TERM_RE = {cat: _compile(ws) for cat, ws in TERMS.items()}
_CONTEXT_RE = {name: _compile(ws) for name, ws in CONTEXT.items()}


def hits(normalised: str) -> dict[str, list[str]]:
    """Category → the lexicon terms found (on text from `normalise`)."""
    out = {}
    for cat, rx in _TERM_RE.items():
        found = rx.findall(normalised)
        if found:
            out[cat] = found
    return out


def contexts(normalised: str) -> list[str]:
    return [name for name, rx in _CONTEXT_RE.items() if rx.search(normalised)]

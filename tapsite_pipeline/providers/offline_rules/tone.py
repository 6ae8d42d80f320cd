"""The tone a page speaks in: the tone words a brief says, else its trade's usual voice."""

from __future__ import annotations

import re
from collections import defaultdict

from tapsite_pipeline.fastre import fast, regrouped

_TONES: dict[str, str] = {
    "playful": r"santai|ceria|fun|lucu|playful|gemes|gemas|imut|cute|colorful|colourful|warna-warni|warna\s+warni|riang|"
               r"seru|kocak|quirky|whimsical|ceriah|happy|cheerful|asyik|asik|unyu|menggemaskan|kids|anak-anak|kekinian|"
               r"youthful|vibrant|lively|meriah|rame|ramai",
    "elegant": r"elegan|elegant|elegance|mewah|luxury|luxurious|lux|premium|eksklusif|exclusive|classy|anggun|"
               r"sophisticated|glamor|glamour|glamorous|high[\s-]end|berkelas|mahal|refined|timeless|klasik|classic|"
               r"chic|upscale|anggun|estetik|aesthetic|cantik",
    "professional": r"profesional|professional|terpercaya|trusted|corporate|korporat|formal|resmi|kredibel|credible|"
                    r"reliable|bonafide|serius|expert|ahli|berpengalaman|experienced|bersertifikat|certified|"
                    r"business-like|kompeten|competent|amanah|terpercaya",
    "calm": r"tenang|calm|natural|alami|minimalis|minimalist|minimal|simple|simpel|sederhana|kalem|adem|teduh|peaceful|"
            r"serene|soft|lembut|zen|earthy|organik|organic|clean|bersih|sejuk|relaxing|menenangkan|cozy|cosy|nyaman|"
            r"hangat|warm|homey|rumahan|asri|hijau\s+asri|soothing",
    "bold": r"berani|bold|energik|energetic|enerjik|sporty|sport|tegas|strong|kuat|maskulin|masculine|garang|edgy|"
            r"dynamic|dinamis|powerful|futuristik|futuristic|urban|streetwear|street|keren|gahar|racing|extreme|ekstrem|"
            r"fierce|loud|mencolok|striking|modern",
    "friendly": r"ramah|friendly|kekeluargaan|akrab|welcoming|approachable|bersahabat|family[\s-]friendly|hangat",
}
_TONE_RES = {t: regrouped(r"\b(?:" + p + r")\b") for t, p in _TONES.items()}
# All tone words in one pattern: where it first matches, the earliest tone word starts (none: no tone said).
_ANY_TONE = fast(r"\b(?:" + "|".join(_TONES.values()) + r")\b")
_TONE_WEIGHT = {"modern": 0.5, "simple": 0.5, "clean": 0.5, "kids": 0.5, "anak-anak": 0.5, "premium": 0.75,
                "sport": 0.5, "street": 0.5, "nyaman": 0.5, "hangat": 0.5, "warm": 0.5, "cozy": 0.75,
                "aesthetic": 0.75, "estetik": 0.75, "cantik": 0.5, "klasik": 0.75, "classic": 0.75, "ramai": 0.5,
                "rame": 0.5, "rumahan": 0.5, "natural": 0.75, "organic": 0.75, "organik": 0.75, "ahli": 0.5,
                "kuat": 0.5, "strong": 0.75, "happy": 0.5, "kekinian": 0.5, "urban": 0.75}
_DEFAULT_TONE = {"food_and_beverage": "friendly", "retail": "friendly", "services": "professional",
                 "technology": "professional", "creative": "playful", "events": "playful", "education": "friendly",
                 "other": "friendly"}
_ELEGANT_INDUSTRIES = {"wedding organizer", "interior design", "accessories", "event venue"}  # halls hold weddings
_PROFESSIONAL_INDUSTRIES = {"translation"}  # sworn translations of diplomas and deeds: a creative trade done formally


_MIN_QUANTITY = regrouped(r"\s*(?:order|orders|pesan|pesanan|pemesanan|pembelian|beli|belanja|purchase|qty|\d)")


def tone(lower: str, btype: str, industry: str) -> str:
    scores: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    earliest = _ANY_TONE.search(lower)
    for t, rx in (_TONE_RES.items() if earliest else ()):
        for m in rx.finditer(lower, earliest.start()):
            w = m.group(0)
            # "harga bersahabat", "ramah kantong" are about price, not voice
            if re.match(r"\s*(?:kantong|di\s+kantong|dompet)", lower[m.end():]) or \
                    re.search(r"(?:harga|price|prices)\s*$", lower[max(0, m.start() - 12):m.start()]):
                continue
            # "minimal order 5 kg", "minimal pembelian 1 karton": a quantity, not a minimalist style
            if w == "minimal" and _MIN_QUANTITY.match(lower, m.end()):
                continue
            scores[t] += _TONE_WEIGHT.get(w, 1.0)
            first.setdefault(t, m.start())
    if scores:
        best = max(scores, key=lambda t: (scores[t], -first[t]))
        if scores[best] >= 0.75:
            return best
    if industry in _ELEGANT_INDUSTRIES:
        return "elegant"
    if industry in _PROFESSIONAL_INDUSTRIES:
        return "professional"
    return _DEFAULT_TONE.get(btype, "friendly")

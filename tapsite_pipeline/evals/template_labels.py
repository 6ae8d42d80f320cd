"""Gold template ids for labelled briefs, by a written rule a designer would apply (docs/evaluation.md).

Rule: among the templates whose categories include the gold business_type, pick the first whose
niche cue (below, in priority order) appears in the brief or the gold products; otherwise the type's
general template. The cues read the *niche* (coffee vs. catering, laundry vs. repair), which the
spec's weighted scorer never looks at — that is what a better matcher should learn.

    python -m tapsite_pipeline.evals.template_labels datasets/briefs.jsonl > datasets/template_labels.jsonl
"""

from __future__ import annotations

import json
import re
import sys

from .datasets import Case, load_dataset

# (template, business types it may label, cue regex) — first match wins.
CUES: list[tuple[str, tuple[str, ...], str]] = [
    ("kopi-senja", ("food_and_beverage",), r"kopi|coffee|cafe|kafe|roast|espresso|latte|\bteh\b|\btea\b|manual brew"),
    ("dapur-ceria", ("food_and_beverage", "events"),
     r"catering|katering|snack ?box|nasi ?box|tumpeng|hampers|kue ulang tahun|birthday cake|prasmanan|bento"),
    ("pasar-segar", ("retail", "food_and_beverage"),
     r"sayur|buah|frozen|beku|sembako|grocer|ikan|daging|seafood|organik|organic|madu|telur|beras|fresh"),
    ("butik-anggun", ("retail", "creative"),
     r"butik|boutique|gamis|hijab|jilbab|fashion|dress|baju|kaos|t-?shirt|aksesoris|accessor|perhiasan|jewel"
     r"|tas\b|bag|sepatu|shoe|skincare|kosmetik|parfum|perfume"),
    ("kriya-lokal", ("creative", "retail"),
     r"kerajinan|handmade|craft|anyaman|batik|tenun|keramik|ceramic|rajut|knit|crochet|kayu|wood|lilin|candle"
     r"|souvenir|sabun"),
    ("bersih-kilat", ("services",), r"laundry|londri|cuci|cleaning|bersih|car ?wash|dry clean|setrika|sedot"),
    ("salon-teduh", ("services", "creative"),
     r"salon|spa\b|barber|pangkas|pijat|massage|nail|kuku|make ?up|mua\b|facial|lash|wellness|yoga|pilates|reflexi"),
    ("lensa-cerita", ("creative", "events"),
     r"foto|photo|video|videograph|dokumentasi|documentation|prewed|dekor|decor"),
    ("acara-elegan", ("events",), r"wedding|nikah|pernikahan|resepsi|venue|gedung|ballroom|lamaran|engagement"),
    ("pesta-meriah", ("events",),
     r"party|pesta|konser|concert|bazaar|bazar|festival|sewa|rental|tenda|lomba|ulang tahun|birthday|tiket|ticket"),
    ("les-ceria", ("education",),
     r"anak|kids|child|paud|playgroup|tk\b|calistung|renang|swim|musik|music|piano|gitar|guitar|menggambar|drawing"),
    ("akademi-fokus", ("education", "technology"),
     r"coding|bootcamp|programming|sertifikasi|certif|data science|toefl|ielts|ui/?ux|kursus online|online course"),
    ("solusi-digital", ("technology",),
     r"servis|service|repair|reparasi|laptop|komputer|computer|\bhp\b|handphone|jaringan|network|agency|agensi"
     r"|website|web ?design|it support|cctv|digital marketing"),
    ("studio-karya", ("creative",),
     r"desain|design|ilustrasi|illustrat|logo|mural|tattoo|tato|lukis|paint|art|animasi|animation|branding"),
    ("jasa-andal", ("services",),
     r"servis|service|repair|bengkel|konsultan|consult|tukang|\bac\b|notaris|legal|pajak|tax|renovasi|les privat"),
]
DEFAULT = {"food_and_beverage": "warung-hangat", "retail": "toko-rapi", "services": "jasa-andal",
           "creative": "studio-karya", "education": "kelas-pintar", "events": "pesta-meriah",
           "technology": "tekno-ringkas", "other": "serba-guna"}
_COMPILED = [(t, types, re.compile(rx, re.IGNORECASE)) for t, types, rx in CUES]


def label(case: Case) -> tuple[str, str]:
    """(template_id, why) for one case."""
    bt = case.gold.get("business_type") or "other"
    haystack = " ".join([case.text, *(case.gold.get("products") or [])])
    for tid, types, rx in _COMPILED:
        if bt in types and (m := rx.search(haystack)):
            return tid, f"cue {m.group(0).lower()!r} for {bt}"
    return DEFAULT[bt], f"default for {bt}"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    for case in load_dataset(argv[0]).cases:
        tid, why = label(case)
        print(json.dumps({"id": case.id, "template_id": tid, "rule": why}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The part of the year a business is open at all, as the owner said it: "Cuma buka musim wisuda (Agustus–Oktober)",
"Hanya dipakai musim Idul Adha", "Ramadan ini buka lagi", "open only during the dry season". A visitor who comes at
another time finds it closed, so the page must say it; it is never an offering and never the business's name.

Said only with a word that limits it ("cuma", "hanya", "khusus", "only", "selama", "during") or with the opening it
times ("Ramadan ini buka lagi", "musim panen buka"): a bare "hampers Lebaran" or "menu buka puasa" names goods.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tapsite_pipeline.fastre import regrouped

# A named time of the year: a feast, the fasting month, or "musim …"/"… season" with its word.
_FEAST = (r"(?:bulan\s+)?(?:ramadan|ramadhan|romadhon)|bulan\s+puasa|(?:hari\s+raya\s+)?idul\s+(?:adha|fitri)|"
          r"iduladha|idulfitri|lebaran|natal|christmas|imlek|chinese\s+new\s+year|nyepi")
_SEASON = (rf"(?:musim\s+(?:{_FEAST}|[a-z]+(?:\s+(?!(?:ini|aja|saja|ya|kak|doang|buka|tutup)\b)[a-z]+)?)|"
           rf"(?:{_FEAST})|(?:high|peak|dry|wet|rainy|holiday|wedding|graduation|harvest|festive|summer|winter)\s+season)")
# the months it runs, in brackets after it: "musim wisuda (Agustus–Oktober)"
_MONTHS = (r"(?:\s*\(\s*[a-z]+\.?\s*(?:-|–|sampai|sampe|s/?d|to|until|hingga)\s*[a-z]+\.?\s*\))?")
_MONTH = (r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun(?:i|e)?|jul(?:i|y)?|"
          r"agu(?:stus)?|agt|aug(?:ust)?|sep(?:tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|des(?:ember)?|dec(?:ember)?)")
_LIMIT = r"(?:cuma|cuman|hanya|khusus|only|selama|during|tiap|setiap|every)"
_OPEN = r"(?:buka|open|opens|ada|jualan|dipakai|dipake|beroperasi|available)"
_WHEN_IN = r"(?:pas|saat|waktu|selama|during|in|di)"
SEASONAL = regrouped(
    # "Cuma buka musim wisuda (Agustus–Oktober)", "Hanya dipakai musim Idul Adha", "open only during the dry season"
    rf"\b(?:{_LIMIT}\s+(?:{_OPEN}\s+)?|{_OPEN}\s+(?:{_LIMIT}\s+)?)(?:{_WHEN_IN}\s+)?(?:the\s+)?{_SEASON}{_MONTHS}(?![\w-])|"
    # "Ramadan ini buka lagi", "musim durian buka tiap hari": the time of year, then the opening it times
    rf"\b{_SEASON}{_MONTHS}\s+(?:ini\s+|this\s+year\s+)?(?:{_OPEN})(?:\s+(?:lagi|again|kembali))?(?![\w-])|"
    # "musim wisuda (Agustus–Oktober)", "(musim Juli–September)": a season said with its months is when it is there
    rf"\bmusim\s+(?:[a-z]+\s+)?{_MONTH}\.?\s*(?:-|–|sampai|sampe|s/?d|hingga)\s*{_MONTH}\b|"
    rf"\bmusim\s+[a-z]+(?:\s+[a-z]+)?\s*\(\s*{_MONTH}\.?\s*(?:-|–|sampai|sampe|s/?d|hingga)\s*{_MONTH}\.?\s*\)", re.I)


def season_notes(text: str, lower: str) -> Iterator[tuple[re.Match, str]]:
    """(match, the owner's words) for each time of year the business is open only in."""
    if not any(w in lower for w in ("musim", "season", "ramad", "puasa", "idul", "lebaran", "natal", "christmas",
                                    "imlek", "new year", "nyepi", "romadhon")):
        return
    for m in SEASONAL.finditer(lower):
        yield m, text[m.start():m.end()]

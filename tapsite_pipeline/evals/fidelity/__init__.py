"""Page-level fidelity: does a generated page say what the owner said?

Five deterministic checks of the rendered HTML against the brief (no model, no network):
cards (offerings, precision + recall), facts (stated facts present, nothing invented), contact (every
call to action works), coherence (no doubled words, repeated sentences, off-niche vocabulary, audience
sold as product, wrong language) and brand (intact in header, h1/hero, title, subdomain).

`gold` (optional, per page) — when given it overrides what is read from the brief:
    {"brand": "Syifa Beauty", "niche": "salon", "language": "id",
     "offerings": ["creambath", "potong rambut"], "not_offerings": ["wanita", "booking"],
     "facts": [{"name": "hours", "any_of": ["08.00-17.00", "8 pagi"]}, ...],
     "contact": {"channel": "whatsapp", "whatsapp": "6281234567001"}}
"""

from .page import Page, parse_page
from .result import CheckResult, FidelityResult
from .score import CHECKS, score_page, score_site_dir

__all__ = ["CHECKS", "CheckResult", "FidelityResult", "Page", "parse_page", "score_page", "score_site_dir"]

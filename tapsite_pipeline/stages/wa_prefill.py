"""How the page is dealt with, read from the intent as the offline copywriter's profile reads it: the features the
page acts on (its forms) and the message a WhatsApp link opens with.

"Halo …, saya ingin bertanya dan memesan" fits a bakery; a tutoring centre is signed up for, a massage or a
workshop is booked, a CCTV installer or a designer is asked about a job, and a mosque's youth group about its
activities. The same intent and page features the forms follow decide it (forms.side_booking: a farm's side tour
leaves it a shop).
"""

from __future__ import annotations

from tapsite_pipeline.forms.side_booking import page_features
from tapsite_pipeline.models import Intent

MESSAGES = {
    "id": {
        "order": "Halo {brand}, saya ingin bertanya dan memesan.",
        "ask": "Halo {brand}, saya ingin bertanya tentang kegiatannya.",
        "register": "Halo {brand}, saya ingin bertanya dan mendaftar.",
        "book": "Halo {brand}, saya ingin bertanya dan booking.",
        "service": "Halo {brand}, saya ingin bertanya tentang layanannya.",
    },
    "en": {
        "order": "Hello {brand}, I'd like to ask about your products and place an order.",
        "ask": "Hello {brand}, I'd like to ask about your activities.",
        "register": "Hello {brand}, I'd like to ask about signing up.",
        "book": "Hello {brand}, I'd like to ask about booking.",
        "service": "Hello {brand}, I'd like to ask about your services.",
    },
}
def profile_mode(intent: Intent) -> str:
    """How the copywriter's profile of this business (its niche in its trade's words) is dealt with: order | book |
    register | consult | tickets | visit; "community" for a community group."""
    from tapsite_pipeline.providers.offline_rules.copy.community import is_community
    from tapsite_pipeline.providers.offline_rules.copy.industries import profile_for
    from tapsite_pipeline.providers.offline_rules.copy.trades import trade_of, trade_words, with_trade

    if is_community(intent.business_type, intent.niche, intent.industry):
        return "community"
    prof = profile_for(intent.niche, intent.business_type, intent.industry or "")
    words = (intent.brand_name, *trade_words(intent.products, intent.facts))
    return with_trade(prof, trade_of(intent.niche, intent.industry or "", words)).mode


def intent_page_features(intent: Intent, mode: str | None = None) -> list[str]:
    """page_features for a parsed intent: a seller is a business whose profile is ordered from; a community group
    is never one (mode: profile_mode(intent) when the caller has it)."""
    feats: list[str] = list(intent.features_requested)
    if "booking" not in feats:
        return feats
    seller = (mode or profile_mode(intent)) == "order"
    return page_features(feats, seller, intent.products, ((f.kind, f.value) for f in intent.facts))


_KINDS = {"order": "order", "book": "book", "register": "register", "community": "ask"}


def message_kind(intent: Intent, community: bool) -> str:
    """order | ask | register | book | service: the page's own flow (the copywriter's profile, as forms.side_booking
    reads it), a sign-up for a school or a registration, a booking the owner asked for."""
    if community:
        return "ask"
    mode = profile_mode(intent)
    feats = set(intent_page_features(intent, mode))
    goods = intent.business_type in ("food_and_beverage", "retail")
    if intent.business_type == "education" or feats & {"registration", "signup"} and not goods:
        return "register"
    if "booking" in feats:
        return "book"
    return "order" if goods else _KINDS.get(mode, "service")


def wa_message(intent: Intent, lang: str, community: bool) -> str:
    table = MESSAGES.get(lang, MESSAGES["en"])
    return table[message_kind(intent, community)].format(brand=intent.brand_name)

"""Pages for places of worship, foundations, youth groups and other non-profit organisations.

Their pages are about activities to take part in, not goods to order: no "pesan", "pelanggan",
"Kenapa memilih …" or shop-front promises. A community page reads the phrase bank through an overlay
(`phrases_for`) whose ordering mode is "info" (ask about the activities, then join them).
"""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from ....models import COMMUNITY_INDUSTRIES
from .industries import P, Profile

PROFILE: Profile = P(
    "community", "other", "community", "info", "come",
    ("komunitas", "community"), ("kegiatan", "activities"),
    (("Kegiatan Kami", "Program & Kegiatan", "Yang Bisa Diikuti"), ("Our activities", "Programmes", "What you can join")),
    (("diikuti bersama keluarga", "diikuti warga sekitar", "kebersamaan"),
     ("joining with family", "neighbours and friends", "being together")),
    (("kebersamaan", "kegiatan yang bermanfaat bersama"), ("being together", "activities worth sharing")),
    ("berbagai kegiatan dan program", "activities and programmes"),
)

_ID = {
    "HERO_S1_PROD": ("{brand} mengadakan {plist}{o_aud}{o_loc}.", "Di {loc}, {brand} mengadakan {plist}{o_aud}."),
    # not the hero's "{brand} mengadakan …": without a place the two would say the same sentence twice
    "ABOUT_S1_PROD": ("Bersama {brand}{o_loc}: {pall}.", "Dari {loc}, {brand} mengajak ikut serta dalam {pall}."),
    "ACT": {"info": ("Info kegiatan bisa ditanyakan {chan}.", "Tanyakan jadwal kegiatan {chan}."),
            "info_nochan": ("Lihat kegiatan kami di bawah.",)},
    "PROD_INTRO": {"info": ("Kegiatan dan program di {brand}{o_loc}.", "Ini kegiatan yang bisa diikuti di {brand}.")},
    "HL_WA_TITLE": {"info": "Info lewat WhatsApp"},
    "HL_HEADS": ("Tentang Kegiatan {brand}", "Bersama {brand}"),
    "HL_LOC": (("Di {loc}", "Terbuka untuk warga {loc} dan sekitarnya."),),
    "HL_ASK": ("Tanya dulu boleh", "Ingin tahu lebih jauh? Tanyakan saja kepada pengurus."),
    "HL_TONE": {k: ("Terbuka untuk semua", "Siapa pun boleh bertanya dan ikut serta.") for k in (
        "friendly", "playful", "professional", "elegant", "bold", "calm")},
    "ABOUT_S2": ("Kami mengajak semua yang ingin ikut serta.", "Kegiatan kami terbuka untuk siapa saja."),
    "ABOUT_S2_AUD": ("Kegiatan kami terbuka untuk {aud}.", "Kami mengajak {aud} untuk ikut serta."),
    "ABOUT_S3": ("Pertanyaan seputar kegiatan bisa disampaikan {chan}.",),  # the contact line says "Hubungi pengurus"
    "HOW_HEAD": {"info": ("Cara Bergabung", "Cara Ikut Serta")},
    "STEP1": {"info": ("Lihat kegiatan", "Lihat jadwal dan kegiatan yang ada.")},
    "STEP2": {"info": ("Hubungi pengurus", "Tanyakan info kegiatan {chan}.")},
    "STEP2_NOCHAN": {"info": ("Hubungi pengurus", "Tanyakan info kegiatan kepada pengurus.")},
    "STEP3": {"info": ("Ikut bergabung", "Datang dan ikuti kegiatannya bersama kami.")},
    "CONTACT_BODY": {"casual": ("Ingin tahu jadwal atau ikut kegiatan? Hubungi pengurus {chan}.",),
                     "formal": ("Untuk informasi kegiatan, silakan hubungi pengurus {chan}.",)},
    "CONTACT_BODY_NOCHAN": {"casual": ("Ingin tahu jadwal kegiatan? Hubungi pengurus.",),
                            "formal": ("Untuk informasi kegiatan, silakan hubungi pengurus.",)},
    "SEO_DESC_S2": {"info": "Info kegiatan {chan}."},
    "CONTACT_HOURS": "Jadwal: {hours}.",
    "HL_ITEMS": ("Lihat kegiatannya", "Semua kegiatan {brand} ada di halaman ini."),
}
_EN = {
    "HERO_S1_PROD": ("{brand} holds {plist}{o_aud}{o_loc}.", "In {loc}, {brand} holds {plist}{o_aud}."),
    "ABOUT_S1_PROD": ("At {brand}{o_loc}: {pall}.", "From {loc}, {brand} invites you to {pall}."),
    "ACT": {"info": ("Ask us about our activities {chan}.", "Ask for the schedule {chan}."),
            "info_nochan": ("See our activities below.",)},
    "PROD_INTRO": {"info": ("Activities and programmes at {brand}{o_loc}.", "Here is what you can join at {brand}.")},
    "HL_WA_TITLE": {"info": "Info on WhatsApp"},
    "HL_HEADS": ("About {brand}'s activities", "Together at {brand}"),
    "HL_LOC": (("In {loc}", "Open to everyone in and around {loc}."),),
    "HL_ASK": ("Questions welcome", "Want to know more? Just ask the organisers."),
    "HL_TONE": {k: ("Open to all", "Anyone is welcome to ask and take part.") for k in (
        "friendly", "playful", "professional", "elegant", "bold", "calm")},
    "ABOUT_S2": ("Everyone who wants to take part is welcome.", "Our activities are open to all."),
    "ABOUT_S2_AUD": ("Our activities are open to {aud}.", "We welcome {aud} to take part."),
    "ABOUT_S3": ("Questions about the activities are welcome {chan}.",),
    "HOW_HEAD": {"info": ("How to join", "How to take part")},
    "STEP1": {"info": ("See the activities", "Look through the schedule and activities.")},
    "STEP2": {"info": ("Ask the organisers", "Ask about the activities {chan}.")},
    "STEP2_NOCHAN": {"info": ("Ask the organisers", "Ask the organisers about the activities.")},
    "STEP3": {"info": ("Join in", "Come along and take part with us.")},
    "CONTACT_BODY": {"casual": ("Want the schedule or to join in? Ask the organisers {chan}.",),
                     "formal": ("For information on our activities, please contact the organisers {chan}.",)},
    "CONTACT_BODY_NOCHAN": {"casual": ("Want the schedule? Ask the organisers.",),
                            "formal": ("For information on our activities, please contact the organisers.",)},
    "SEO_DESC_S2": {"info": "Activity info {chan}."},
    "CONTACT_HOURS": "Schedule: {hours}.",
    "HL_ITEMS": ("See the activities", "Every activity at {brand} is on this page."),
}


def is_community(business_type: str, niche: str, industry: str | None) -> bool:
    return business_type == "other" and niche == "other" and (industry or "") in COMMUNITY_INDUSTRIES


@lru_cache(maxsize=4)
def phrases_for(L) -> SimpleNamespace:
    """The phrase bank `L` with the community wording laid over it (dict entries are merged, so the
    other modes keep their phrases)."""
    over = _ID if L.LANG == "id" else _EN
    base = {k: v for k, v in vars(L).items() if not k.startswith("__")}
    for k, v in over.items():
        base[k] = {**base[k], **v} if isinstance(v, dict) and isinstance(base.get(k), dict) else v
    return SimpleNamespace(**base)

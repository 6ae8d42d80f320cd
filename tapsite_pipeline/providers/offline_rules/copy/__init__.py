"""Offline copywriter: deterministic, rules-based landing-page copy (no network, no ML).

    write_section(section_type, intent, contact) -> SectionContent
    write_seo(intent) -> SeoContent

Copy is built only from what the intent states (brand, industry, products, location, audience,
tone, requested features) and which contact channels exist; phrasing varies by a stable hash of
the brand name and the slot. See sections.py for assembly, phrases_*.py for the wording and
industries*.py for the industry vocabulary.
"""

from .sections import write_section, write_seo

__all__ = ["write_section", "write_seo"]

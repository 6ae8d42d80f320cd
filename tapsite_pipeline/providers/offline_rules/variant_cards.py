"""A platform said as if it were a product: "We build Android and iOS apps with Flutter — ordering apps for
restaurants, booking apps for clinics": the platforms say what the apps run on, the kinds listed after them are what is
sold. Read alone, the coordination leaves "android" and "ios apps" as cards beside "ordering apps".

``platform_headers`` (asked by coordination.most_specific, the last pass over the cards) drops a card made only of
platform words ("android", "iOS") when other cards stand beside it, and a card of platform words around a head
("ios apps", "aplikasi android") when another card has that head with a modifier of its own ("ordering apps",
"aplikasi kasir"): the platform card is the header over that list, said less precisely. A card alone keeps its
platform ("We build Android apps" sells the apps)."""

from __future__ import annotations

PLATFORMS = frozenset("android ios windows macos mac linux iphone ipad".split())


def _platform_only(words: list[str]) -> bool:
    return bool(words) and all(w in PLATFORMS for w in words)


def _head_and_rest(words: list[str]) -> tuple[str, list[str]] | None:
    """The head and the platform words of "ios apps" / "aplikasi android dan ios" (None when the rest is no platform)."""
    words = [w for w in words if w not in ("and", "dan", "&", "/", "+", "or", "atau")]
    if len(words) < 2:
        return None
    if _platform_only(words[:-1]):
        return words[-1], words[:-1]
    if _platform_only(words[1:]):
        return words[0], words[1:]
    return None


def platform_headers(items: list[str]) -> list[str]:
    if len(items) < 2 or not any(w in PLATFORMS for i in items for w in i.split()):
        return items
    out = []
    for item in items:
        words = item.split()
        others = [o for o in items if o != item]
        if _platform_only(words) and any(not _platform_only(o.split()) for o in others):
            continue
        headed = _head_and_rest(words)
        if headed and any(len(ow := o.split()) >= 2 and headed[0] in (ow[0], ow[-1])
                          and not any(w in PLATFORMS for w in ow) for o in others):
            continue
        out.append(item)
    return out

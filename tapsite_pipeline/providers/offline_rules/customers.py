"""Where a brief names its customers ("untuk resto dan kafe", "we help small clinics …"): who is served, not what
the business is."""

from __future__ import annotations

from tapsite_pipeline.fastre import fast, regrouped

from .heads import head_of
from .keyword_hits import _TOK
from .roles import AUDIENCE

_AUD_SPAN = fast(r"\b(?:untuk|utk|buat|bwt|bagi|for|klien|client|clients|customers|pelanggan|target|cari\s+klien)"
                 r"\s+([^.,;!?]{0,40})")
_SELF = regrouped(r"\b(?:saya|sy|aku|gw|gue|ku|kami|my|our|ane|kita|gua)\b|ku\b")
_SITE_BEFORE = regrouped(r"(?:website|web|landing\s+page|page|site|halaman|situs|webnya|websitenya|landing)\W*\w*\W*$")


# The rest of a list of customers: "untuk yayasan, gereja, kelompok tani, dan UMKM".
_AUD_LIST = regrouped(r"(?:\s*,\s*[^.,;:!?]{1,30}){0,6}\s*,?\s*(?:dan|serta|and|&|atau|or)\s+([^.,;:!?]{1,30})")


def _audience_spans(lower: str) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Spans naming who the customers are (not what the business is), and those of them that are lists: a list
    runs on to its last item when that item names customers too ("… untuk yayasan, gereja, kelompok tani, dan UMKM";
    not "baju untuk anak, sepatu dan tas")."""
    out = []
    listed = set()
    for m in _AUD_SPAN.finditer(lower):
        seg = m.group(1)
        if _SELF.search(seg) or _SITE_BEFORE.search(lower[max(0, m.start() - 25):m.start()]):
            continue
        end = m.end(1)
        if (rest := _AUD_LIST.match(lower, end)) and not _SELF.search(rest.group(0)) and \
                AUDIENCE.intersection(rest.group(1).split()):
            end = rest.end()
            listed.add((m.start(1), end))
        out.append((m.start(1), end))
    return out, listed


# "we help small clinics go paperless", "kami membantu toko online mengelola …": who is helped is a customer, not
# the business (a business head or an audience word within the next three words; "we help you …" names no one).
_HELP = regrouped(r"\b(?:we|i|kami|saya|sy|aku)\s+(?:help|helps|membantu|bantu)\s+(?!you\b|your\b|anda\b|kamu\b|kalian\b|"
                  r"to\b|untuk\b|utk\b|mengurus\b|urus\b|ngurus\b)")
_HELP_REACH = 3  # words


def _helped(lower: str, found: tuple[tuple[int, int, str, tuple[str, float, str]], ...]) -> list[tuple[int, int]]:
    """Spans naming whom the owner helps: from the verb's object to the end of the first business head or audience
    word among its next three words ("we help [small clinics] go paperless")."""
    out = []
    for m in _HELP.finditer(lower):
        words = _TOK.findall(lower[m.end():m.end() + 60])[:_HELP_REACH]
        reach = m.end() + sum(len(w) + 1 for w in words)
        hit = next(((s, e) for s, e, matched, (btype, _w, _i) in found if m.end() <= s < reach
                    and (head_of(matched, btype) or matched[-1:] == "s" and head_of(matched[:-1], btype))), None)
        if hit:
            out.append((m.end(), hit[1]))
        elif any(w in AUDIENCE for w in words):
            out.append((m.end(), reach))
    return out

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
_HELP = fast(r"\b(?:we|i|kami|saya|sy|aku)\s+(?:help|helps|membantu|bantu)\s+(?!you\b|your\b|anda\b|kamu\b|kalian\b|"
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


# The businesses and institutions a firm works for, as its customers name them: "udh bantu 80an toko & klinik",
# "melayani klinik, apotek dan sekolah", "used by 12 schools", "klien kami hotel dan villa".
_CUSTOMER_WORDS = frozenset("""
toko warung kedai kafe cafe kafes cafes resto restoran restaurant restaurants klinik clinic clinics apotek pharmacy
pharmacies sekolah school schools kampus campus campuses salon salons barbershop barbershops hotel hotels villa villas
kantor office offices koperasi cooperative cooperatives umkm ukm bengkel workshop workshops puskesmas hospital hospitals
rs butik boutique boutiques startup startups perusahaan company companies instansi pemda pemerintah desa yayasan
masjid gereja pesantren brand brands bisnis business businesses usaha olshop seller sellers gym gyms homestay
homestays guesthouse guesthouses property properties kos kost minimarket retailer retailers shop shops store stores
agency agencies organisasi organization organizations lembaga komunitas
""".split()) | AUDIENCE
# A verb of serving or helping ("udh bantu", "melayani", "used by"), or customers named as such, before whom it
# serves; a count may come between ("80an", "12", "lebih dari 50", "puluhan", "hundreds of").
_SERVED_CUE = fast(r"\b(?:bantu|membantu|dibantu|"
                        r"helped|help|helps|helping|melayani|dilayani|serve|serves|served|serving|dipakai|digunakan|"
                        r"dipercaya|used|trusted|klien|client|clients|pelanggan|customers)"
                        r"(?:\s+(?:oleh|by|kami|kita|our|di|in|at))?"
                        r"(?:\s+(?:lebih\s+dari|more\s+than|over|sekitar|hampir|ratusan|puluhan|belasan|hundreds\s+of|"
                        r"dozens\s+of|berbagai|banyak|many|para))?"
                        r"(\s+\d+\s*(?:an|\+|-an)?)?\s+")
_LIST_JOIN = frozenset("& , / dan and serta atau or".split())
# Where a list of customers stops: what they are helped to, where they are, a new clause.
_LIST_STOPS = frozenset("di in at dengan with dgn yang yg that which who untuk utk for naik agar supaya biar to go "
                        "sejak since se seluruh across around sekitar jadi dari from sama bisa".split())
_PIECE = regrouped(r"[a-z0-9]+|[&,/]|[.;:!?]")
# The last item of a list of two customers or more, after "and": one or two words, the last a plural ("service
# counters", "co-working spaces"), whatever its words, since the list has said they are customers.
_LAST_JOIN = frozenset("& and dan serta".split())
_PLURAL_ITEM = regrouped(r"(?:[a-z-]+\s+)?[a-z-]+[a-z]s\b(?!\s*[&,/])")


# "Antre Aja gives clinics, barbershops and service counters a digital queue", "gives warungs and cafes an app": a
# verb of giving with two objects, the first whom it is given to (a list of plurals), then "a"/"an"/"the" and what
# is given. Whom is the customers; what is given is the offer. ("gives you a …" and "gives a discount" name no one.)
_GIVEN_TO = fast(r"\b(?:gives|give|giving|gave)\s+(?!(?:you|your|us|our|them|their|a|an|the)\b)"
                 r"((?:[a-z-]+\s+){0,2}[a-z-]+s(?:\s*,\s*(?:[a-z-]+\s+){0,2}[a-z-]+s)*"
                 r"(?:\s*,?\s*(?:and|&)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s)?)\s+(?:a|an|the)\s")


def _given_to(lower: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _GIVEN_TO.finditer(lower)] if "giv" in lower or "gave" in lower else []


def _served(lower: str) -> list[tuple[int, int]]:
    """Spans of the customers a firm names after a verb of serving or helping: a list of two or more businesses or
    people ("toko & klinik", "klinik, apotek dan sekolah"), or one said with a count ("80an toko", "12 schools"); and
    whom a product is given to (_GIVEN_TO).
    Each customer may carry one word of its own ("klinik gigi", "toko kelontong")."""
    out = []
    for m in _SERVED_CUE.finditer(lower):
        counted = m.group(1) is not None
        named, start, end, modifier, joined = 0, -1, -1, False, ""
        for p in _PIECE.finditer(lower, m.end(), min(len(lower), m.end() + 80)):
            w = p.group(0)
            if w in _CUSTOMER_WORDS:
                named, modifier = named + 1, False
                start, end = (p.start() if start < 0 else start), p.end()
            elif start < 0:
                break  # the object opens with no customer: "melayani cuci sofa" is what is done
            elif w in _LIST_JOIN:
                modifier, joined = True, w  # no modifier after a joiner; the next word must be a customer
                continue
            elif named >= 2 and joined in _LAST_JOIN and (last := _PLURAL_ITEM.match(lower, p.start())):
                end = last.end()  # "clinics, barbershops and service counters": a list's last item, said as many
                break
            elif not modifier and w not in _LIST_STOPS and w.isalpha() and lower[end:p.start()].isspace():
                modifier, end = True, p.end()  # "klinik gigi", "toko kelontong": the customer's own word
            else:
                break
        if named >= 2 or (named == 1 and counted):
            out.append((start, end))
    return out + [g for g in _given_to(lower) if not any(a <= g[0] < b for a, b in out)]

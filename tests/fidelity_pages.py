"""Small pages in the design system's markup, for the fidelity tests: a good page by default, and
keyword overrides that reproduce each problem seen on generated pages."""

from __future__ import annotations

from html import escape

WA = "https://wa.me/6281234567001?text=Halo"


def card(title: str, body: str = "") -> str:
    return f"<li class=card><h3>{escape(title)}</h3>{f'<p>{escape(body)}</p>' if body else ''}</li>"


def _about(brand: str, about: str) -> str:
    if not about:
        return ""
    return (f'<section id=about class="section about about-plain"><div class=wrap>'
            f'<h2>Tentang {escape(brand)}</h2><p>{escape(about)}</p></div></section>')


def page(*, lang: str = "id", brand: str = "Syifa Beauty", title: str | None = None, h1: str | None = None,
         eyebrow: str | None = None, lead: str = "", cta: tuple[str, str] = ("Booking via WhatsApp", WA),
         cards: list[tuple[str, str]] | None = None, products_head: str = "Menu Perawatan",
         about: str = "", extra_sections: str = "", contact_head: str = "Hubungi Kami",
         contact_lead: str = "", contact_links: list[tuple[str, str]] | None = None, form: str = "",
         footer: str | None = None, jsonld: str = "") -> str:
    title = title if title is not None else f"{brand} — Salon Wanita di Bogor"
    h1 = h1 if h1 is not None else f"{brand}: creambath dan potong rambut di Bogor"
    eyebrow = eyebrow if eyebrow is not None else f"{brand} · Bogor"
    cards = cards if cards is not None else [("Creambath", "Creambath dengan ramuan alami."),
                                             ("Potong Rambut", "Potong rambut oleh penata berpengalaman.")]
    contact_links = contact_links if contact_links is not None else [("WhatsApp 0812-3456-7001", WA)]
    links = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in contact_links)
    footer = footer if footer is not None else f"<p><strong>{escape(brand)}</strong> · Bogor</p><p>© 2026 {escape(brand)}</p>"
    return f"""<!doctype html><html lang={lang}><head><meta charset=utf-8>
<title>{escape(title)}</title><meta name=description content="{escape(brand)} di Bogor.">
<style>.card{{color:red}} /* santap malam */</style>
<script type="application/ld+json">{jsonld or '{"@type":"LocalBusiness","name":"x"}'}</script>
<script>var dan = "dan dan";</script></head>
<body><a class=skip href=#main>Lewati ke konten utama</a>
<header class=site-header><div class=wrap><a class=brand href=./><span class=brand-mark aria-hidden=true></span>{escape(brand)}</a>
<a class="btn btn-primary btn-sm" href=#contact>Hubungi kami</a></div></header>
<main id=main>
<section class="hero hero-split" aria-labelledby=hero-title><div class=wrap><div class=hero-copy>
<p class=eyebrow>{escape(eyebrow)}</p><h1 id=hero-title>{escape(h1)}</h1>
{f'<p class=hero-lead>{escape(lead)}</p>' if lead else ''}
<div class=actions><a class="btn btn-primary" href="{escape(cta[1])}"><span>{escape(cta[0])}</span></a>
<a class="btn btn-ghost" href=#products><span>{escape(products_head)}</span></a></div></div></div></section>
<section id=products class="section products products-cards s-surface"><div class=wrap>
<div class=section-head><h2 id=products-title>{escape(products_head)}</h2></div>
<ul class=cards>{''.join(card(t, b) for t, b in cards)}</ul></div></section>
{_about(brand, about)}
{extra_sections}
<section id=contact class="section contact contact-form s-bg"><div class="wrap contact-grid">
<div class=contact-copy><h2 id=contact-title>{escape(contact_head)}</h2>
{f'<p class=lead>{escape(contact_lead)}</p>' if contact_lead else ''}
{f'<ul class=contact-list>{links}</ul>' if links else ''}</div>{form}</div></section>
</main><footer class=site-footer><div class=wrap>{footer}</div></footer></body></html>"""


SALON_BRIEF = ("Syifa Beauty, salon khusus wanita di Bogor, creambath, potong rambut, buka Senin-Sabtu 09.00-18.00, "
               "sejak 2015, harga creambath Rp 75.000, ig @syifabeauty")

GOOD_FORM = ('<form class=form-card action="https://forms.tapsite.id/f/syifa-beauty" method=post>'
             '<label for=nama>Nama</label><input id=nama name=nama required>'
             '<label for=msg>Pesan Anda</label><textarea id=msg name=pesan rows=5 required></textarea>'
             '<button class="btn btn-primary" type=submit>Kirim pesan</button></form>')


def good_salon_page(**overrides) -> str:
    """A page an owner would publish for SALON_BRIEF: every fact, working contact, brand intact."""
    base = dict(
        lead="Salon khusus wanita di Bogor sejak 2015. Buka Senin–Sabtu, 09.00–18.00.",
        cards=[("Creambath", "Creambath dengan ramuan alami, Rp 75.000."),
               ("Potong Rambut", "Potong rambut oleh penata berpengalaman.")],
        about="Syifa Beauty melayani wanita di Bogor sejak 2015 dengan suasana yang tenang dan privat. "
              "Ikuti kabar terbaru kami di Instagram @syifabeauty.",
        contact_lead="Tanya jadwal atau booking lewat WhatsApp, atau kirim pesan lewat formulir ini.",
        contact_links=[("WhatsApp 0812-3456-7001", WA), ("Instagram @syifabeauty", "https://instagram.com/syifabeauty")],
        form=GOOD_FORM,
    )
    base.update(overrides)
    return page(**base)

"""No generated page has a contact call to action that leads nowhere: every template, the demo briefs, and the
briefs that used to produce dead ends (no number, a WhatsApp request without one)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.forms.reachability import dead_ends
from tapsite_pipeline.pipeline import Runtime, generate_site
from tapsite_pipeline.resources import data_dir

pytestmark = pytest.mark.integration

DEMO = [ln.strip() for ln in (data_dir("datasets") / "sample_briefs.txt").read_text(encoding="utf-8").splitlines()
        if ln.strip()]
NO_CHANNEL = [
    "Toko Kue Ani jual nastar dan kastengel di Bandung, warna pink",          # food, no contact at all
    "Jasa desain logo Garis Studio di Jakarta, minimalis dan modern",           # design services, no channel
    "Konsultan pajak Amanah Tax di Surabaya, profesional, warna navy",          # services, no channel
    "We run Calm Yoga Studio in Ubud: classes and retreats, please add booking",  # booking, no channel
]


def test_the_checker_sees_dead_ends():
    assert dead_ends('<a href="#contact">Hubungi</a><section id="contact"><p>Hubungi kami</p></section>')
    assert dead_ends('<section id="contact"><a href="https://wa.me/?text=hi">WA</a></section>')
    assert dead_ends('<section id="contact"><a href="tel:0812345">call</a></section>')
    assert dead_ends('<a href="#order">Pesan</a><section id="contact"><a href="tel:+6281234567890">x</a></section>')
    assert not dead_ends('<a href="#contact">x</a><section id="contact"><form action="http://127.0.0.1:8787/forms/a/'
                         'contact" method="post"></form></section>')
    assert not dead_ends('<section id="contact"><a href="https://wa.me/6281234567890?text=Halo">WA</a></section>')


@pytest.fixture(scope="module")
def rt(tmp_path_factory):
    return Runtime.local(tmp_path_factory.mktemp("home"))


@pytest.mark.parametrize("text", DEMO + NO_CHANNEL)
def test_generated_pages_have_no_dead_end(rt, text):
    r = generate_site(make_brief(text), rt)
    html = open(r.deployment.index_path, encoding="utf-8").read()
    assert dead_ends(html) == []
    if not (r.brief.whatsapp or r.brief.phone or r.brief.email):
        assert "/contact" in html and "wa.me" not in html   # the contact form is the channel


def test_every_template_has_no_dead_end(tmp_path):
    from tapsite_pipeline.quality.browser.template_sites import build_template_sites
    targets = build_template_sites(tmp_path / "home")
    assert len(targets) >= 20
    for t in targets:
        assert dead_ends((t.live_dir / "index.html").read_text(encoding="utf-8")) == [], t.template_id


# A WhatsApp request without a number, but another way to reach the owner in the brief: the page is built and
# reached that way (never a dead WhatsApp button); with no other way, the brief is refused (tests/test_generator_fidelity.py).
WA_BUT_OTHER = [
    ("Rajutan Nenek Ijah di Ambon, jual syal & topi rajut. order lewat WA ya, liat katalog di IG @rajutan.ijah",
     "instagram.com/rajutan.ijah"),
    ("Servis jam tangan Pak Harun, Kendari. Chat WhatsApp dulu sebelum datang, atau email harun.jam@gmail.com",
     "mailto:harun.jam@gmail.com"),
]


@pytest.mark.parametrize("text, link", WA_BUT_OTHER)
def test_a_whatsapp_request_without_a_number_uses_the_channel_the_brief_gives(rt, text, link):
    from tapsite_pipeline.brief import require_reachable
    brief = make_brief(text, require_contact=False)
    warning = require_reachable(brief)
    assert warning and "gives no number" in warning and "page is reached by" in warning
    html = open(generate_site(brief, rt).deployment.index_path, encoding="utf-8").read()
    assert link in html and "wa.me" not in html
    assert dead_ends(html) == []


def test_a_number_in_keycap_or_other_digits_is_read():
    for text in ("Warung Bu Tini jual pecel & lontong. WA 0️⃣8️⃣1️⃣2️⃣ 3456 7890",
                 "Warung Bu Tini jual pecel & lontong. WA ０８１２ ３４５６ ７８９０"):
        assert make_brief(text).whatsapp == "+6281234567890"


def test_a_number_grouped_with_dashes_or_underscores_or_without_its_0_after_wa_is_read():
    base = "Toko Mebel Jati Pak Karto di Jepara, jual kursi & lemari jati. "
    for contact in ("WA: 0813–2200–4455", "WA 0813—2200—4455", "wa/hp 0813_2200_4455", "WA 813 2200 4455"):
        assert make_brief(base + contact).whatsapp == "+6281322004455", contact
    assert make_brief(base + "kursi 813 model, stok 8132200 unit. telp 0291 591 234").whatsapp is None

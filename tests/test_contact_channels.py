"""Every way an owner says "reach me" becomes a link that works on the page: Telegram, LINE, a website, a Facebook
page, a marketplace store and TikTok read from the brief, shown as labelled links, judged as channels; numbers and
e-mail addresses as owners type them land in the right field; nothing hostile ever becomes a link."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from fidelity_pages import SALON_BRIEF, good_salon_page
from tapsite_pipeline.brief import make_brief, other_channel
from tapsite_pipeline.contact import ContactPlan, plan_from_copy
from tapsite_pipeline.contacts import find_email
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.evals.fidelity.contact import judge_href
from tapsite_pipeline.evals.fidelity.page import parse_page
from tapsite_pipeline.evals.pages import generate_page, score_generated
from tapsite_pipeline.forms.reachability import dead_ends
from tapsite_pipeline.owner_links import checked, label, links_in_text, shown
from tapsite_pipeline.pipeline import Runtime
from tapsite_pipeline.providers.offline_rules import parse_brief

# ---------------------------------------------------------------- reading each channel

@pytest.mark.parametrize("text, kind, url", [
    ("Sablon Kaos Garuda, Cimahi. chat telegram @garuda_sablon ya", "telegram", "https://t.me/garuda_sablon"),
    ("Jahit Permak Bu Lilis. tele: lilis_jahit", "telegram", "https://t.me/lilis_jahit"),
    ("Jasa Ketik Skripsi. Kontak tg @ketikcepat24", "telegram", "https://t.me/ketikcepat24"),
    ("Reseller Madu Hutan, grup di t.me/maduhutan_id", "telegram", "https://t.me/maduhutan_id"),
    ("Les Piano Nada Ceria. LINE id: nadaceria.piano", "line", "https://line.me/ti/p/~nadaceria.piano"),
    ("Katering Sehat Fit Box, add ID LINE @fitboxjkt", "line", "https://line.me/R/ti/p/%40fitboxjkt"),
    ("Thai Tea Bangkok Corner. line@: thaicorner", "line", "https://line.me/R/ti/p/%40thaicorner"),
    ("Kursus Jepang Sakura, email sakura@gmail.com, Line: sakura_sensei", "line", "https://line.me/ti/p/~sakura_sensei"),
    ("Batik Tulis Lasem, lihat koleksi di www.batiklasemsari.com", "website", "https://www.batiklasemsari.com"),
    ("Percetakan Sinar, info lengkap: sinarprint.co.id", "website", "https://sinarprint.co.id"),
    ("Dental Care Senyum, website kami senyumdental.com", "website", "https://senyumdental.com"),
    ("Hotel Melati, booking at https://hotelmelati.net/rooms.", "website", "https://hotelmelati.net/rooms"),
    ("Keripik Tempe Mbok Sri, fb.com/keripikmboksri", "facebook", "https://www.facebook.com/keripikmboksri"),
    ("Bengkel Jaya Motor, FB: @jayamotor.bks", "facebook", "https://www.facebook.com/jayamotor.bks"),
    ("Tas Rajut Nusa, toko di shopee.co.id/tasrajutnusa", "shop", "https://shopee.co.id/tasrajutnusa"),
    ("Sepatu Lokal Langkah, tokopedia.com/langkahshoes", "shop", "https://www.tokopedia.com/langkahshoes"),
    ("Dimsum Mentai Kak Ros, tiktok @dimsum.kakros", "tiktok", "https://www.tiktok.com/@dimsum.kakros"),
])
def test_each_channel_is_read_as_its_link(text, kind, url):
    assert links_in_text(text).get(kind) == url
    assert checked(kind, url) == url   # what the page renders passes the same check again


@pytest.mark.parametrize("text", [
    "Kaos polos grosir, product line: basic tees and hoodies",          # "line" the word
    "Klinik hewan, 24-hour emergency line. Open daily",
    "Jasa setting Booking.com / Airbnb listing untuk villa",           # a platform named, not the owner's site
    "namanya HostKampung.id, hosting murah",                            # a business named after a domain
    "Toko kue, FB: Dapur Manis Bunda",                                 # a page's name, not a handle
    "Olshop hijab, live jualan di tiktok tiap malam",                  # TikTok named, no account
    "Konveksi seragam, IG: seragam.jaya.id",                            # an Instagram account, not a website
    "Desain logo, email hello@garisstudio.co.id",                      # an e-mail's domain is no website
    "telegram kami aktif setiap hari",                                  # no account after the platform
])
def test_words_that_are_no_account_give_no_link(text):
    assert links_in_text(text) == {}


@pytest.mark.parametrize("text", [
    "telegram: javascript:alert(1)",
    "t.me/<script>alert(1)</script>",
    't.me/garuda_sablon"onmouseover="alert(1)',
    "tele: garuda'><img src=x>",
    "telegram @" + "z" * 300,
    "line id: " + "q" * 300,
    "web kami javascript://sinarprint.co.id/%0aalert(1)",
    'website: https://sinarprint.co.id/"onclick="x',
    "fb.com/<svg onload=alert(1)>",
    "website data:text/html;base64,PHNjcmlwdD4=",
])
def test_hostile_input_never_becomes_a_link(text):
    for kind, url in links_in_text(text).items():
        # anything kept is a plain https link to the platform, with nothing of the payload in it
        assert re.fullmatch(r"https://[A-Za-z0-9./~%@_-]+", url), (kind, url)
        assert not re.search(r"script|alert|onload|onclick|onmouseover|javascript|<|>|\"|'", url)


@pytest.mark.parametrize("kind, url", [
    ("telegram", "javascript:alert(1)"), ("telegram", "https://t.me/<b>x</b>"), ("website", "ftp://sinarprint.co.id"),
    ("website", "https://sinar print.co.id"), ("line", "https://line.me/ti/p/~" + "a" * 300),
    ("facebook", "https://evil.example/keripik"), ("shop", "https://shopee.co.id/x\"onclick=y"),
])
def test_a_value_that_is_not_a_checked_link_is_dropped_from_the_plan(kind, url):
    assert checked(kind, url) is None
    plan = plan_from_copy({kind: url})
    assert getattr(plan, kind) is None and plan.links == {}


def test_what_the_page_shows_for_each_link():
    assert shown("telegram", "https://t.me/garuda_sablon") == "@garuda_sablon"
    assert shown("line", "https://line.me/R/ti/p/%40fitboxjkt") == "@fitboxjkt"
    assert shown("line", "https://line.me/ti/p/~nadaceria.piano") == "nadaceria.piano"
    assert (label("shop", "https://shopee.co.id/tasrajutnusa"), shown("shop", "https://shopee.co.id/tasrajutnusa")) \
        == ("Shopee", "tasrajutnusa")
    assert label("website", "https://sinarprint.co.id", "en") == "Website"
    assert shown("website", "https://www.batiklasemsari.com/") == "batiklasemsari.com"


def test_a_handle_is_shown_as_the_owner_wrote_it():
    assert shown("telegram", "https://t.me/lilis_jahit", "Jahit Permak Bu Lilis. tele: lilis_jahit") == "lilis_jahit"
    assert shown("telegram", "https://t.me/lilis_jahit", "Jahit Bu Lilis, telegram @lilis_jahit") == "@lilis_jahit"
    assert shown("line", "https://line.me/R/ti/p/%40thaicorner", "Thai Tea Corner. line@: thaicorner") == "thaicorner"
    assert shown("facebook", "https://www.facebook.com/profile.php?id=100012345678") == ""


@pytest.mark.parametrize("text, offerings", [
    ("Warung Pecel Bu Tum di Madiun, pecel dan rawon. line id: pecelbutum, fb.com/pecelbutum",
     ["pecel", "rawon"]),
    ("Toko Madu Hutan Sumbawa, madu hutan dan madu klanceng. shopee.co.id/maduhutansbw, tele: madu_sumbawa",
     ["madu hutan", "madu klanceng"]),
])
def test_an_account_or_address_is_never_an_offering(text, offerings):
    assert parse_brief(text).products == offerings


def test_telegram_and_line_are_channels_to_message_and_a_website_is_not():
    assert ContactPlan(telegram="https://t.me/garuda_sablon").channels == ("tg",)
    assert ContactPlan(line="https://line.me/ti/p/~ab.cd", instagram="@ab.cd").channels == ("ig", "line")
    assert ContactPlan(website="https://sinarprint.co.id", form_endpoint=True).channels == ("form",)
    assert ContactPlan(whatsapp="+6281234567890", telegram="https://t.me/garuda_sablon").channels[0] == "wa"


def test_a_whatsapp_request_without_a_number_is_reached_on_telegram():
    brief = make_brief("Sablon Kaos Garuda di Cimahi, kaos custom. pesan lewat WA atau telegram @garuda_sablon",
                       require_contact=False)
    assert other_channel(brief) == "Telegram (@garuda_sablon)"


# ---------------------------------------------------------------- numbers and e-mails as owners type them

BASE = "Toko Mebel Jati Pak Darto di Jepara, kursi dan meja jati. "


@pytest.mark.parametrize("contact, wa, phone", [
    ("WA 0 8 5 6 7 7 8 8 9 9 0 0", "+6285677889900", None),                     # one digit at a time
    ("WA: +62 856.7788.9900", "+6285677889900", None),
    ("whatsapp 62 856-7788-9900", "+6285677889900", None),
    ("WA 0856 7788 9900 / telp (0291) 59 12 34", "+6285677889900", "+62291591234"),
    ("kantor 0291 591234 (telp), 0856-7788-9900 (WA)", "+6285677889900", "+62291591234"),
    ("0856 7788 9900 (WA) / 0291 591234 (kantor)", "+6285677889900", "+62291591234"),
    ("wa/telp 0856 7788 9900", "+6285677889900", "+6285677889900"),               # the same number for both
    ("Telp & WA: 0856 7788 9900", "+6285677889900", "+6285677889900"),
    ("WA 0856 7788 9900 (chat only, no calls)", "+6285677889900", None),
    ("WA 0856 7788\n9900", "+6285677889900", None),                                # split by a line break
    ("buka 07.30-20.00 | 0856 7788 9900", "+6285677889900", "+6285677889900"),     # hours, then a bare mobile
    ("jam 08.00 - 16.00 0856 7788 9900", "+6285677889900", "+6285677889900"),      # no mark between them
    ("open 09:00–21:00. telp 0291 591234", None, "+62291591234"),
])
def test_numbers_land_in_the_right_field(contact, wa, phone):
    brief = make_brief(BASE + contact)
    assert (brief.whatsapp, brief.phone) == (wa, phone)


@pytest.mark.parametrize("text, address", [
    ("email: darto.mebel [at] gmail [dot] com", "darto.mebel@gmail.com"),
    ("kirim ke darto.mebel at gmail dot com", "darto.mebel@gmail.com"),
    ("darto.mebel @ yahoo.co.id", "darto.mebel@yahoo.co.id"),                    # a mail provider's domain
    ("email ke info @ jatidarto.co.id", "info@jatidarto.co.id"),                  # said to be an e-mail
    ("darto [at] jatidarto [.] com", "darto@jatidarto.com"),
    ("ketemu at the showroom dot com", None),
    ("lihat at jatidarto.com", None),                                             # "at" and a domain: ambiguous
    ("IG @ jati.darto", None),
])
def test_addresses_spelt_out_are_read_only_when_unambiguous(text, address):
    assert find_email(text) == address


# ---------------------------------------------------------------- the judge

@pytest.mark.parametrize("href, channel", [
    ("https://t.me/garuda_sablon", "telegram"),
    ("https://line.me/ti/p/~nadaceria.piano", "line"),
    ("https://line.me/R/ti/p/%40fitboxjkt", "line"),
    ("https://line.me/R/ti/p/@fitboxjkt", "line"),
    ("https://www.facebook.com/keripikmboksri", "facebook"),
    ("https://sinarprint.co.id", "website"),
    ("https://maps.google.com/?q=Jepara", None),
    ("https://shopee.co.id/tasrajutnusa", None),
])
def test_the_judge_knows_each_link(href, channel):
    page = parse_page(good_salon_page())
    assert judge_href(href, page, None) == (channel, None)


def test_a_broken_telegram_or_line_link_is_named():
    page = parse_page(good_salon_page())
    assert judge_href("https://t.me/", page, None)[1].startswith("opens Telegram without a valid account")
    assert judge_href("https://line.me/ti/p/", page, None)[1].startswith("opens LINE without a valid account")


@pytest.mark.parametrize("href", ["https://t.me/syifa_beauty", "https://line.me/ti/p/~syifa.beauty"])
def test_a_page_reached_only_on_telegram_or_line_has_working_contact(href):
    html = good_salon_page(cta=("Chat kami", href), contact_links=[("Chat kami", href)], form="",
                           contact_lead="Tanya dulu sebelum datang, kami balas cepat.")
    r = score_page(html, SALON_BRIEF)
    assert r["contact"].passed, r["contact"].problems


@pytest.mark.parametrize("promise, name", [("Hubungi kami via Telegram ya.", "Telegram"),
                                           ("Tanya lewat LINE kapan saja.", "LINE")])
def test_a_channel_promised_in_the_copy_must_be_on_the_page(promise, name):
    html = good_salon_page(contact_lead=promise)
    problems = score_page(html, SALON_BRIEF)["contact"].problems
    assert any(p.startswith(f"the page promises {name}") for p in problems), problems


def test_line_the_word_is_no_promise():
    html = good_salon_page(contact_lead="Produk kami satu line dengan perawatan rambut, hotline 24 jam.")
    assert not any("LINE" in p for p in score_page(html, SALON_BRIEF)["contact"].problems)


# ---------------------------------------------------------------- generated pages

class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href, self._text = dict(attrs).get("href"), []

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join("".join(self._text).split())))
            self._href = None


@pytest.fixture(scope="module")
def rt(tmp_path_factory):
    return Runtime.local(tmp_path_factory.mktemp("home"))


@pytest.mark.parametrize("text, href, name", [
    ("Rajutan Bu Wati di Malang, syal dan topi rajut. pesan lewat telegram @rajutan_wati",
     "https://t.me/rajutan_wati", "Telegram @rajutan_wati"),
    ("Les Gambar Kak Dimas di Medan, kelas anak dan dewasa. daftar lewat LINE, id line: kakdimas.art",
     "https://line.me/ti/p/~kakdimas.art", "LINE kakdimas.art"),
])
def test_a_page_reached_only_on_telegram_or_line_passes_the_page_checks(rt, text, href, name):
    res, live = generate_page(rt, text)
    html = (Path(live) / "index.html").read_text(encoding="utf-8")
    p = _Links()
    p.feed(html)
    assert (href, name) in p.links                 # a labelled link in the contact section
    hero = re.search(r"<section[^>]*\bhero\b.*?</section>", html, re.S)
    assert hero and href in hero.group(0)          # and the hero's call to action
    assert dead_ends(html) == []
    for gold in (None, {"contact": {"channel": "form", "value": None}}):
        contact = score_generated(live, text, gold)["contact"]
        assert contact.passed, contact.problems


def test_the_owners_store_and_website_are_labelled_links(rt):
    text = ("Kopi Lereng Ijen, kopi arabika sangrai. order di shopee.co.id/kopilereng, web kami kopilereng.co.id, "
            "WA 0812 3344 5566")
    res, live = generate_page(rt, text)
    p = _Links()
    p.feed((Path(live) / "index.html").read_text(encoding="utf-8"))
    assert ("https://shopee.co.id/kopilereng", "Shopee kopilereng") in p.links
    assert ("https://kopilereng.co.id", "Situs web kopilereng.co.id") in p.links
    assert score_generated(live, text, None)["contact"].passed

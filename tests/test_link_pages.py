"""A page of the owner's links or a short link to one of their pages ("linktr.ee/…", "lynk.id/…", "bit.ly/…"):
read as a link of its own, shown on the page as the owner wrote it, and never taken for a website or a note."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tapsite_pipeline.contact import plan_from_copy
from tapsite_pipeline.evals.pages import generate_page, score_generated
from tapsite_pipeline.owner_links import checked, label, link_spans, links_in_text, shown
from tapsite_pipeline.pipeline import Runtime
from tapsite_pipeline.providers.offline_rules import parse_brief


@pytest.mark.parametrize("text, url", [
    ("Keripik Singkong Mak Yati, semua link toko: linktr.ee/keripikmakyati", "https://linktr.ee/keripikmakyati"),
    ("Pendaftaran lomba mewarnai lewat bit.ly/lombawarna-2027 ya", "https://bit.ly/lombawarna-2027"),
    ("Thrift Cantik, katalog lengkap https://lynk.id/thriftcantik.", "https://lynk.id/thriftcantik"),
    ("Les Ngaji Al Falah, form daftar di s.id/daftar_alfalah, WA 0812 1111 2222", "https://s.id/daftar_alfalah"),
    ("Studio Tari Melati, all our links: www.linktr.ee/tarimelati", "https://linktr.ee/tarimelati"),
])
def test_a_link_page_is_read_as_its_own_link(text, url):
    links = links_in_text(text)
    assert links.get("linkpage") == url
    assert "website" not in links          # a link page is nobody's website
    assert checked("linkpage", url) == url


@pytest.mark.parametrize("text", [
    "Kami pakai linktr.ee buat semua link",               # the service named, no page of the owner's
    "bit.ly aja biar pendek",
    "Klik s.id/ nanti kami kirim",                        # no page after the host
    "email admin@bit.ly/info",                            # inside an e-mail, not a link
    "linktr.ee/<script>alert(1)</script>",                # markup is never a name
])
def test_no_link_page_without_the_owners_page(text):
    assert "linkpage" not in links_in_text(text)


def test_the_page_shows_the_link_as_written_under_its_label():
    url = "https://linktr.ee/keripikmakyati"
    assert shown("linkpage", url) == "linktr.ee/keripikmakyati"
    assert (label("linkpage", url, "id"), label("linkpage", url, "en")) == ("Tautan", "Links")
    assert plan_from_copy({"linkpage": url}).links == {"linkpage": url}
    assert plan_from_copy({"linkpage": "https://evil.example/x"}).links == {}


def test_a_link_page_is_no_note_nor_offering():
    text = "Bengkel Sepeda Roda Jaya di Solo, servis sepeda dan jual sparepart. Daftar servis: bit.ly/servisrodajaya"
    assert link_spans(text)
    intent = parse_brief(text)
    assert not any("bit" in f.value.lower() for f in intent.facts)
    assert not any("bit" in p for p in intent.products)


@pytest.fixture(scope="module")
def rt(tmp_path_factory):
    return Runtime.local(tmp_path_factory.mktemp("home"))


def test_the_generated_page_links_the_owners_link_page(rt):
    text = ("Rumah Kebaya Sekar di Klaten, sewa kebaya wisuda dan kebaya lamaran. Semua info: linktr.ee/kebayasekar. "
            "WA 0812 4455 6677")
    res, live = generate_page(rt, text)
    html = (Path(live) / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="?https://linktr\.ee/kebayasekar[\s">]', html)     # a link in the contact section,
    assert re.search(r">[^<>]*linktr\.ee/kebayasekar</a>", html)                # shown as the owner wrote it
    assert score_generated(live, text, None)["contact"].passed

"""`tapsite chat` through a real pseudo-terminal: an empty brief to a deployed, refined site."""

from __future__ import annotations

import os
import re
import sys

import duckdb
import pytest

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.integration


def test_a_scripted_owner_talks_a_site_into_being(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200", "PYTHONUNBUFFERED": "1"}
    child = pexpect.spawn(sys.executable, ["-m", "tapsite_pipeline.cli", "chat", "--home", str(home)],
                          env=env, encoding="utf-8", timeout=120, dimensions=(50, 200))
    try:
        child.expect(r"resume it with: tapsite chat --conversation (\w+)")
        conversation = child.match.group(1)
        child.expect("Ceritakan usahanya")

        def say(text: str, expect: str) -> str:
            child.expect(">")
            child.sendline(text)
            child.expect(expect)
            return child.before + child.after

        say("halo, saya mau bikin website", "nama usaha")
        say("Bakso Mas Joko", "Apa saja yang Anda jual")
        say("bakso urat, mie ayam, es teh", "WhatsApp, telepon, atau email")
        say("0812 3456 7890", r"Sudah benar\?")
        built = say("ya", r"Ketik 'selesai'")
        url = re.search(r"http://127\.0\.0\.1:8787/([a-z0-9-]+)/", built).group(1)
        say("warnanya ganti biru dong, hapus menu es teh", r"versi 2")
        say("selesai", "Terima kasih")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    assert url == "bakso-mas-joko"
    page = (home / "sites" / url / "live" / "index.html").read_text()
    assert "Bakso Urat" in page and "es teh" not in page.lower() and "wa.me/6281234567890" in page
    with duckdb.connect(str(home / "tapsite.duckdb"), read_only=True) as con:
        assert con.execute("SELECT state, turns FROM conversations WHERE conversation_id = ?",
                           [conversation]).fetchone() == ("COMPLETE", 7)
        colours = con.execute("SELECT intent->>'$.color_preference' FROM site_versions ORDER BY version"
                              ).fetchall()
        assert [c for (c,) in colours][-1] == '["blue"]'

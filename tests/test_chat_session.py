"""A conversation run against the real pipeline and store: from nothing to a deployed, refined site; resumable."""

from __future__ import annotations

import duckdb
import pytest

from tapsite_pipeline.chat.machine import State
from tapsite_pipeline.chat.session import ChatSession
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.pipeline import Runtime
from tapsite_pipeline.refine.service import live_state

pytestmark = pytest.mark.integration   # the real pipeline and DuckDB store end to end


@pytest.fixture
def rt(tmp_path):
    return Runtime.local(tmp_path / "home")


def test_from_an_empty_brief_to_a_refined_site_and_resumed_midway(rt):
    s = ChatSession(rt)
    assert s.open()[0].startswith("Halo")
    assert s.send("saya mau bikin website buat usaha kue")[0] == "Apa nama usaha Anda?"
    assert s.state == State.COLLECTING

    s = ChatSession(rt, s.conv.id)                       # the process ends; the owner comes back later
    assert s.open()[0].startswith("Kita lanjutkan")
    assert "jual" in s.send("Toko Kue Ani")[0]            # brand taken, now the offerings
    assert "WhatsApp" in s.send("nastar, kastengel, putri salju")[0]
    confirm = s.send("WA 0812 3456 7890")
    assert s.state == State.CONFIRMING and "Toko Kue Ani — nastar, kastengel, putri salju" in confirm[0]
    built = s.send("ya")
    assert s.state == State.REVIEWING and "http://127.0.0.1:8787/toko-kue-ani/" in built[1]
    page = rt.settings.deploy_root / "toko-kue-ani" / "live" / "index.html"
    html = page.read_text()
    assert "Toko Kue Ani" in html and "Putri Salju" in html and "wa.me/6281234567890" in html

    changed = s.send("warnanya ganti biru dong, tambah jam buka 08.00-17.00")
    assert s.state == State.REVIEWING and "versi 2" in changed[-1]
    assert "08.00–17.00" in page.read_text()
    assert live_state(rt, "toko-kue-ani").intent.color_preference == ["blue"]
    asked = s.send("bikin lebih keren dong")
    assert s.state == State.REVIEWING and "Mau ubah apa" in asked[-1]
    assert s.send("udah, makasih")[-1].startswith("Selesai")
    assert s.state == State.COMPLETE and s.conv.turns == 8

    con = duckdb.connect(str(rt.settings.db_path), read_only=True)
    try:
        state, turns, sub = con.execute("SELECT state, turns, subdomain FROM conversations").fetchone()
        assert (state, turns, sub) == ("COMPLETE", 8, "toko-kue-ani")
        owner = con.execute("SELECT text, state_before, state_after FROM conversation_turns WHERE role = 'owner'"
                            " ORDER BY seq").fetchall()
        assert [(b, a) for _, b, a in owner][:2] == [("INITIAL", "COLLECTING"), ("COLLECTING", "COLLECTING")]
        assert owner[-1] == ("udah, makasih", "REVIEWING", "COMPLETE")
        assert con.execute("SELECT source FROM site_versions ORDER BY version").fetchall() == [("chat",),
                                                                                             ("refine",)]
    finally:
        con.close()


def test_english_owners_get_english_and_unknown_ids_are_refused(rt):
    s = ChatSession(rt)
    s.open()
    reply = s.send("Lumiere Bakery sells sourdough, croissants and cinnamon rolls in Jakarta. Email order@lumiere.id")
    assert s.state == State.CONFIRMING and reply[0].startswith("Summary: Lumiere Bakery")
    with pytest.raises(InputError, match="no conversation"):
        ChatSession(rt, "nope")

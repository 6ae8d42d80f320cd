"""`refine`: a request read as a typed edit; only the touched stages re-run; every step recorded."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
import pytest
from PIL import Image

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.models import SiteEdit
from tapsite_pipeline.pipeline import Runtime, refine_site
from tapsite_pipeline.refine.service import live_state, publish, refine
from tapsite_pipeline.sites.edits import EditProblem
from tapsite_pipeline.sites.hashing import stage_hashes
from tapsite_pipeline.stages.deployment import rollback

SRI = "Warung Bu Sri jualan nasi pecel, soto ayam dan es teh di Madiun. WA 085712345678"


@pytest.fixture
def rt(tmp_path):
    rt = Runtime.local(tmp_path / "home")
    publish(rt, make_brief(SRI))
    return rt


def _hashes(state):
    return stage_hashes(state.brief, state.intent, state.design, state.content, state.images, ())


def _page(rt) -> str:
    return (rt.settings.deploy_root / "warung-bu-sri" / "live" / "index.html").read_text(encoding="utf-8")


def _edits(rt) -> list[tuple]:
    with duckdb.connect(str(rt.settings.db_path), read_only=True) as con:
        return con.execute("SELECT status, from_version, to_version, stages_rerun, stages_reused, timings"
                           " FROM site_edits ORDER BY created_at").fetchall()


def test_the_issue_example_changes_exactly_what_was_asked(rt):
    before = live_state(rt, "warung-bu-sri")
    out = refine(rt, "warung-bu-sri", "warnanya ganti biru dong, tambah jam buka 08.00–17.00, hapus menu es teh")
    assert out.status == "applied" and (out.from_version, out.version) == (1, 2)
    after = live_state(rt, "warung-bu-sri")
    assert after.version == 2 and after.intent.color_preference == ["blue"]
    assert after.intent.products == ["nasi pecel", "soto ayam"]
    assert after.design.color_scheme.primary != before.design.color_scheme.primary
    assert after.design.template_id == before.design.template_id            # the layout stays
    page = _page(rt)
    assert "08.00–17.00" in page and "es teh" not in page.lower()
    assert [(f.kind, f.value) for f in after.intent.facts] == [("hours", "08.00–17.00")]
    assert (after.intent.brand_name, after.intent.location, after.brief.whatsapp) == \
        (before.intent.brand_name, before.intent.location, before.brief.whatsapp)
    status, v_from, v_to, rerun, reused, timings = _edits(rt)[0]
    assert (status, v_from, v_to) == ("applied", 1, 2) and rerun == ["design", "content", "images"]
    assert set(json.loads(timings)) == {"parse", "design", "content", "images", "site", "deployment"}


def test_a_colour_change_reruns_design_and_site_and_reuses_the_rest_byte_for_byte(rt, tmp_path):
    before = live_state(rt, "warung-bu-sri")
    assert before.images[0].media_type == "image/svg+xml"    # the niche drawing, in the site's colours
    out = refine(rt, "warung-bu-sri", "kak warnanya jadi hijau aja ya")
    assert out.status == "applied" and out.rerun == ["design", "images"] and out.reused == ["content"]
    assert set(out.timings_ms) == {"parse", "design", "images", "site", "deployment"} and out.reuse_verified
    after = live_state(rt, "warung-bu-sri")
    hb, ha = _hashes(before), _hashes(after)
    assert {k for k in hb if hb[k] != ha[k]} == {"intent", "design", "images"}   # the drawing re-coloured
    assert after.content == before.content
    assert after.design.color_scheme.primary in Path(after.images[0].path).read_text()

    photo = tmp_path / "warung.png"
    Image.new("RGB", (1600, 1200), (30, 120, 60)).save(photo)
    refine(rt, "warung-bu-sri", "", photo=photo)
    with_photo = live_state(rt, "warung-bu-sri")
    hero = rt.settings.deploy_root / "warung-bu-sri" / "live" / with_photo.images[0].filename
    hero_sha = hashlib.sha256(hero.read_bytes()).hexdigest()
    out = refine(rt, "warung-bu-sri", "warnanya biru dong")   # a photo is not in the palette: design + site
    assert out.rerun == ["design"] and out.reused == ["content", "images"] and out.reuse_verified
    assert set(out.timings_ms) == {"parse", "design", "site", "deployment"}
    final = live_state(rt, "warung-bu-sri")
    assert final.images == with_photo.images and final.content == with_photo.content
    live_hero = rt.settings.deploy_root / "warung-bu-sri" / "live" / final.images[0].filename
    assert hashlib.sha256(live_hero.read_bytes()).hexdigest() == hero_sha


def test_an_unreadable_request_gets_a_question_and_changes_nothing(rt):
    page = _page(rt)
    for request, needle in (("bikin lebih keren dong", "Mau ubah apa"),
                            ("hapus menu es campur", "tidak menemukan “es campur”"),
                            ("warnanya biru, terus yang itu tuh ganti", "belum paham")):
        out = refine(rt, "warung-bu-sri", request)
        assert out.status == "question" and needle in out.question and out.version is None
    assert _page(rt) == page and live_state(rt, "warung-bu-sri").version == 1
    assert [e[0] for e in _edits(rt)] == ["question"] * 3


def test_owner_text_and_hours_survive_a_later_regeneration_of_the_copy(rt):
    refine(rt, "warung-bu-sri", "tambah jam buka 07.00-15.00")
    refine(rt, "warung-bu-sri", "tulis juga kalau kita terima pesanan nasi kotak")
    first = live_state(rt, "warung-bu-sri")
    assert [f.value for f in first.intent.facts if f.kind == "hours"] == ["07.00–15.00"]
    assert [s.text for s in first.overrides.sections] == ["Kita terima pesanan nasi kotak."]
    out = refine(rt, "warung-bu-sri", "tambah menu es jeruk")            # regenerates the copy
    assert out.rerun == ["content"] and "es jeruk" in live_state(rt, "warung-bu-sri").intent.products
    page = _page(rt)
    assert "07.00–15.00" in page and "Kita terima pesanan nasi kotak." in page
    refine(rt, "warung-bu-sri", "jam bukanya 08:00 - 16:00 ya")          # new hours replace the old ones
    page = _page(rt)
    assert "08.00–16.00" in page and "07.00" not in page and "Kita terima pesanan nasi kotak." in page


def test_refining_after_a_rollback_starts_from_the_live_version(rt):
    refine(rt, "warung-bu-sri", "warnanya merah")
    refine(rt, "warung-bu-sri", "tambah menu es jeruk")
    v1 = json.loads((rt.settings.deploy_root / "warung-bu-sri" / "history.json").read_text())[0]
    rollback(rt.settings.deploy_root, "warung-bu-sri", "http://x/", to=v1)
    out = refine(rt, "warung-bu-sri", "warnanya ungu")
    assert out.from_version == 1 and out.version == 4
    state = live_state(rt, "warung-bu-sri")
    assert state.intent.color_preference == ["purple"] and "es jeruk" not in state.intent.products


def test_another_template_rewrites_design_and_copy_and_a_photo_only_the_picture(rt, tmp_path):
    before = live_state(rt, "warung-bu-sri")
    out = refine(rt, "warung-bu-sri", "desainnya coba yang lain dong")
    assert out.rerun == ["design", "content", "images"] and live_state(rt, "warung-bu-sri").design.template_id != \
        before.design.template_id
    photo = tmp_path / "warung.jpg"
    Image.new("RGB", (1600, 1200), (200, 40, 40)).save(photo, "JPEG")
    out = refine(rt, "warung-bu-sri", "", photo=photo)
    assert out.rerun == ["images"] and out.reused == ["design", "content"]
    hero = live_state(rt, "warung-bu-sri").images[0]
    assert hero.provider == "owner:photo" and (hero.width, hero.height) == (1440, 960)
    with Image.open(Path(hero.path)) as im:
        assert im.size == (1440, 960) and im.getpixel((720, 480))[0] > 150
    out = refine(rt, "warung-bu-sri", "gambarnya ganti dong")               # back to a (new) drawing
    assert out.rerun == ["images"] and live_state(rt, "warung-bu-sri").images[0].provider != "owner:photo"


def test_the_plan_refuses_what_the_page_cannot_do(rt):
    state = live_state(rt, "warung-bu-sri")
    with pytest.raises(EditProblem, match="does not list"):
        refine_site(state, SiteEdit.model_validate({"intent": {"remove_products": ["kopi"]}}), rt)
    with pytest.raises(EditProblem, match="no template"):
        refine_site(state, SiteEdit.model_validate({"design": {"template_id": "nope"}}), rt)
    with pytest.raises(Exception, match="phone"):
        refine_site(state, SiteEdit.model_validate({"contact": {"whatsapp": "12"}}), rt)

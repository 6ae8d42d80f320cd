"""A site is the business, not the brief: new briefs for a known business are new versions of its site."""

from __future__ import annotations

import pytest

from tapsite_pipeline import operational
from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.errors import DeployError, InputError
from tapsite_pipeline.pipeline import Runtime
from tapsite_pipeline.refine.service import publish
from tapsite_pipeline.sites.diff import diff_states
from tapsite_pipeline.sites.history import deploy_hash_for, history, load_pair, pick_pair
from tapsite_pipeline.sites.keys import BusinessKey, contact_keys, norm
from tapsite_pipeline.stages.deployment import live_version, rollback

pytestmark = pytest.mark.integration   # the real pipeline and store end to end (DuckDB and PostgreSQL)


@pytest.fixture
def rt(tmp_path, store_backend):   # each test on both operational stores
    return Runtime.local(tmp_path / "home")


def _subdomains(rt) -> list[str]:
    return sorted(p.name for p in rt.settings.deploy_root.iterdir() if p.is_dir())


def _count(rt, sql: str) -> int:
    with operational.connect(rt.settings.db_path, read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def test_keys_match_a_business_not_a_brief():
    ani = BusinessKey(norm("Toko Ani"), "", frozenset())
    assert ani.compatible(BusinessKey("toko ani", "bandung", contact_keys("0812 3456 7890")))
    bandung = BusinessKey("toko ani", "bandung", contact_keys("081234567890"))
    assert not bandung.compatible(BusinessKey("toko ani", "medan"))
    assert not bandung.compatible(BusinessKey("toko ani", "bandung", contact_keys("085700000000")))
    assert bandung.compatible(BusinessKey("toko ani", "bandung", contact_keys(email="ani@contoh.id")))
    assert contact_keys("0812-3456-7890") == contact_keys("+62 812 3456 7890") == {"6281234567890"}
    assert norm("Kopi  Señja!") == "kopi senja"
    assert ani.site_id() == BusinessKey("toko ani").site_id() != bandung.site_id()


def test_editing_the_brief_makes_versions_of_one_site(rt):
    a = publish(rt, make_brief("Bakso Mas Joko jual bakso urat dan mie ayam di Solo, warna merah"))
    b = publish(rt, make_brief("Bakso Mas Joko jual bakso urat dan mie ayam di Solo, warna biru"))
    c = publish(rt, make_brief("Bakso Mas Joko jual bakso urat, mie ayam dan es teh di Solo, warna biru. "
                               "Pesan lewat WA 0812 3456 7890"))
    assert a.result.site_id == b.result.site_id == c.result.site_id
    assert (a.version, b.version, c.version) == (1, 2, 3)
    assert _subdomains(rt) == ["bakso-mas-joko"]
    assert _count(rt, "SELECT count(*) FROM websites") == 1
    assert _count(rt, "SELECT count(*) FROM site_versions") == 3
    again = publish(rt, make_brief("Bakso Mas Joko jual bakso urat, mie ayam dan es teh di Solo, warna biru. "
                                   "Pesan lewat WA 0812 3456 7890"))
    assert again.version == 3 and _count(rt, "SELECT count(*) FROM site_versions") == 3  # same page: no new version


def test_different_businesses_stay_apart(rt):
    bdg = publish(rt, make_brief("Toko Ani jual nastar dan kastengel di Bandung, WA 081234567890"))
    mdn = publish(rt, make_brief("Toko Ani jual nastar dan kastengel di Medan"))
    other_number = publish(rt, make_brief("Toko Ani jual nastar di Bandung, WA 085711112222"))
    assert len({bdg.result.site_id, mdn.result.site_id, other_number.result.site_id}) == 3
    assert _subdomains(rt) == ["toko-ani", "toko-ani-2", "toko-ani-3"]


def test_an_explicit_site_keeps_its_address_through_a_rename(rt):
    first = publish(rt, make_brief("Kopi Senja jual kopi susu dan croissant di Jogja"))
    renamed = publish(rt, make_brief("Kopi Fajar jual kopi susu dan croissant di Jogja"), site="kopi-senja")
    assert renamed.result.site_id == first.result.site_id and renamed.subdomain == "kopi-senja"
    assert renamed.version == 2 and renamed.result.intent.brand_name == "Kopi Fajar"
    assert _subdomains(rt) == ["kopi-senja"]
    with pytest.raises(InputError, match="no site 'nope'"):
        publish(rt, make_brief("Kopi Fajar jual kopi susu di Jogja"), site="nope")


def test_rollback_to_any_earlier_version_and_diff(rt):
    for colour in ("merah", "biru", "hijau"):
        publish(rt, make_brief(f"Bakso Mas Joko jual bakso urat dan mie ayam di Solo, warna {colour}"))
    root, sub = rt.settings.deploy_root, "bakso-mas-joko"
    h = history(rt.settings, sub)
    assert [r.version for r in h.rows] == [1, 2, 3] and h.live == 3
    rollback(root, sub, "http://x/", to=deploy_hash_for(rt.settings, sub, "1"))
    assert history(rt.settings, sub).live == 1 and live_version(root, sub) == h.rows[0].deploy_version
    with pytest.raises(DeployError, match="already live"):
        rollback(root, sub, "http://x/", to=deploy_hash_for(rt.settings, sub, "v1"))
    with pytest.raises(InputError, match="no version 7"):
        deploy_hash_for(rt.settings, sub, "7")
    h = history(rt.settings, sub)
    assert pick_pair(h, None, None) == (1, 2)      # live is v1: compare it with the one after it
    a, b = load_pair(rt.settings, h, 2, 3)
    d = diff_states(a, b)
    assert d["intent"] == {"color_preference": [["blue"], ["green"]]}
    assert "palette.primary" in d["design"] and not d["copy"] and not d["contact"]

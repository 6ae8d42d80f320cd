"""Human ratings in a real DuckDB file, their agreement with each automated scorer, and the `tapsite rate`
/ `tapsite ratings` commands on sites deployed by the real pipeline."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from scipy.stats import spearmanr

from tapsite_pipeline import store
from tapsite_pipeline.cli import cli
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.evals.fidelity import CheckResult, FidelityResult
from tapsite_pipeline.evals.fidelity_records import load_fidelity, save_fidelity
from tapsite_pipeline.evals.ratings import add_rating, agreement, list_ratings


@pytest.fixture
def db(tmp_path):
    with store.connect(tmp_path / "tapsite.duckdb") as con:
        yield con


def test_ratings_are_stored_and_validated(db):
    row = add_rating(db, subdomain="syifa-beauty", rating="2", tags=["wrong-cards", "dead-contact", "wrong-cards"],
                     note="  Cari wanita?  ", rater="dina", site_id="s1", version="v1")
    assert row["rating"] == 2 and row["tags"] == ["wrong-cards", "dead-contact"] and row["note"] == "Cari wanita?"
    got = list_ratings(db)
    assert [(r["subdomain"], r["version"], r["rater"], r["rating"], r["tags"]) for r in got] == [
        ("syifa-beauty", "v1", "dina", 2, ["wrong-cards", "dead-contact"])]
    for bad in (0, 6, "3.5", "lima", ""):
        with pytest.raises(InputError, match="rating must be a whole number from 1 to 5"):
            add_rating(db, subdomain="x", rating=bad)
    with pytest.raises(InputError, match="unknown tag"):
        add_rating(db, subdomain="x", rating=3, tags=["wrong-card"])
    assert len(list_ratings(db)) == 1 and list_ratings(db, "other") == []


def _fidelity(cards: float, contact_ok: bool) -> FidelityResult:
    return FidelityResult([CheckResult("cards", cards == 1.0, cards, [] if cards == 1.0 else ["card x"]),
                           CheckResult("contact", contact_ok, 1.0 if contact_ok else 0.0,
                                       [] if contact_ok else ["no working contact"])])


def test_agreement_per_scorer_with_spearman_and_pass_vs_rated_good(db):
    # five rated versions: fidelity tracks the ratings; Lighthouse performance is 1.0 everywhere
    pages = [("a", 1, 0.0, False, 900), ("b", 2, 0.5, False, 3), ("c", 3, 0.6, True, 0),
             ("d", 4, 0.8, True, 0), ("e", 5, 1.0, True, 1)]
    for sub, rating, cards, contact, axe in pages:
        save_fidelity(db, subdomain=sub, version="v1", site_id=sub, result=_fidelity(cards, contact))
        add_rating(db, subdomain=sub, rating=rating, version="v1")
        db.execute("INSERT INTO site_metrics (run_id, site_id, subdomain, url, version, status, lh_performance,"
                   " axe_violations, page_bytes) VALUES ('r1', ?, ?, '', 'v1', 'ok', 1.0, ?, 20000)", [sub, sub, axe])
    add_rating(db, subdomain="zz", rating=5, version="v9")  # no scorer results: not paired
    rows = {r["scorer"]: r for r in agreement(db)}
    cards = rows["fidelity_cards"]
    assert cards["n"] == 5 and cards["spearman"] == 1.0
    # cards pass only on "e" (rated 5); "d" (rated 4) fails: 4 of 5 agree
    assert cards["agreement"] == 0.8 and cards["scorer_pass"] == 1 and cards["rated_good"] == 2
    contact = rows["fidelity_contact"]
    expected = spearmanr([0, 0, 1, 1, 1], [1, 2, 3, 4, 5]).statistic
    assert contact["spearman"] == pytest.approx(expected, abs=1e-4) and contact["agreement"] == 0.8
    assert rows["fidelity_all"]["n"] == 5
    perf = rows["lighthouse_performance"]
    assert perf["spearman"] is None and perf["agreement"] == 0.4  # passes everywhere, people disagree on 3 of 5
    axe = rows["axe_violations"]  # fewer violations is better: a positive correlation means agreement
    assert axe["spearman"] == pytest.approx(spearmanr([-900, -3, 0, 0, -1], [1, 2, 3, 4, 5]).statistic, abs=1e-4)
    assert rows["page_bytes"]["agreement"] == 0.4
    assert [r["scorer"] for r in agreement(db)][:3] == ["fidelity_cards", "fidelity_contact", "fidelity_all"]


def test_fidelity_results_of_a_version_are_replaced(db):
    save_fidelity(db, subdomain="a", version="v1", site_id="a", result=_fidelity(0.5, False))
    save_fidelity(db, subdomain="a", version="v1", site_id="a", result=_fidelity(1.0, True))
    rows = db.execute("SELECT check_name, passed FROM fidelity_results ORDER BY check_name").fetchall()
    assert rows == [("all", True), ("cards", True), ("contact", True)]
    assert load_fidelity(db, "a", "v1")["cards"] == {"passed": True, "score": 1.0, "problems": [], "metrics": {}}
    assert load_fidelity(db, "a", "v2") == {}


def test_rate_and_agreement_commands_on_deployed_sites(home):
    from tapsite_pipeline.brief import make_brief
    from tapsite_pipeline.cli.sites import ledger_for
    from tapsite_pipeline.pipeline import Runtime, generate_site

    rt = Runtime.local(home)
    ledger = ledger_for(rt, "t-ratings")  # records each site as it goes live, as the CLI does
    results = [generate_site(make_brief(b, **kw), rt, ledger=ledger) for b, kw in [
        ("Syifa Beauty, salon khusus wanita di Bogor, creambath, potong rambut, bisa booking", {}),
        ("We're Bumi Bakehouse in Bogor, baking sourdough and banana bread, order on WhatsApp",
         {"whatsapp": "081234567001"}),
        ("Toko Kue Ani di Bandung, jual nastar dan kastengel, pesan lewat WA", {"whatsapp": "081234567002"})]]
    runner = CliRunner()
    subs = [r.deployment.subdomain for r in results]
    for sub, rating, tags in zip(subs, ["1", "4", "5"], [["wrong-cards", "dead-contact"], [], ["publishable"]], strict=True):
        args = ["rate", sub, rating, "--rater", "dina", "--home", str(home)] + [x for t in tags for x in ("--tag", t)]
        out = runner.invoke(cli, args)
        assert out.exit_code == 0, out.output
        assert out.output.startswith(f"rated {sub} {results[subs.index(sub)].deployment.version}: {rating}/5")
        assert "checks pass" in out.output
    listed = json.loads(runner.invoke(cli, ["ratings", "list", "--json", "--home", str(home)]).output)
    assert [(r["subdomain"], r["rating"], r["rater"]) for r in listed] == [(s, int(x), "dina")
                                                                           for s, x in zip(subs, "145", strict=True)]
    rows = json.loads(runner.invoke(cli, ["ratings", "agreement", "--json", "--home", str(home)]).output)
    names = {r["scorer"] for r in rows}
    assert {"fidelity_cards", "fidelity_facts", "fidelity_contact", "fidelity_coherence", "fidelity_brand",
            "fidelity_all"} <= names
    assert all(r["n"] == 3 for r in rows)
    table = runner.invoke(cli, ["ratings", "agreement", "--home", str(home)]).output
    assert table.splitlines()[0].startswith("scorer") and "fidelity_contact" in table


@pytest.mark.integration
def test_bad_input_is_one_line_and_exit_2(home):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "tapsite_pipeline.cli", *args, "--home", str(home)],
                              capture_output=True, text=True, timeout=60)
    for args, msg in [(("rate", "nowhere", "3"), "error: no deployed site 'nowhere'"),
                      (("rate", "nowhere", "9"), "error: rating must be a whole number from 1 to 5, got '9'"),
                      (("rate", "nowhere", "3", "--tag", "ugly"), "error: unknown tag(s) ugly; known tags:")]:
        p = run(*args)
        assert p.returncode == 2 and p.stderr.startswith(msg) and len(p.stderr.strip().splitlines()) == 1, p.stderr

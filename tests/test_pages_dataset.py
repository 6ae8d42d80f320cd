"""The page-level gold set passes its validator, and the validator catches broken rows."""

import contextlib
import io
import json
import subprocess
from pathlib import Path

import pytest

from script_modules import load_script

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "check_pages_dataset.py"
DATA = ROOT / "datasets" / "pages.jsonl"


def _script():
    return load_script("scripts/check_pages_dataset.py")


CHECKER = _script()


def run(*args) -> subprocess.CompletedProcess:
    """The validator's `main`, in this process (its command line, exit code, stdout and stderr): the same
    code path as `python scripts/check_pages_dataset.py`, without a new interpreter per case."""
    argv = [str(SCRIPT), *map(str, args)]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = CHECKER.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


def rows() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def write(tmp_path: Path, data: list[dict]) -> Path:
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    return path


def test_gold_set_is_valid_and_the_counts_are_printed():
    res = run(DATA)
    assert res.returncode == 0, res.stdout[-3000:]
    assert "OK: no problems found" in res.stdout and "niches used: 42 of 42" in res.stdout
    data = rows()
    pages = [r for r in data if r["expect"] == "page"]
    assert len(data) >= 240 and sum(r["expect"] == "refuse" for r in data) >= 10
    assert sum(r["language"] == "id" for r in data) / len(data) >= 0.60
    assert {r["business_type"] for r in pages} == {"food_and_beverage", "retail", "services", "creative",
                                                     "education", "events", "technology", "other"}


def test_committed_splits_are_the_seeded_rule(tmp_path):
    data = rows()
    path = write(tmp_path, [{**r, "split": "test"} for r in data])
    res = run(path, "--assign-splits")
    assert res.returncode == 0, res.stdout[-2000:]
    reassigned = [json.loads(line)["split"] for line in path.read_text(encoding="utf-8").splitlines()]
    assert reassigned == [r["split"] for r in data]


def _page(data, **want):
    return next(r for r in data if r["expect"] == "page" and r["facts"]
                and r["contact"]["channel"] == want.get("channel", r["contact"]["channel"]))


def _mutations():
    def offering_not_in_brief(d):
        _page(d)["offerings"].append("martabak manis telur")

    def not_offering_inside_offering(d):
        r = _page(d)
        r["not_offerings"].append(r["offerings"][0].split()[0])

    def unsatisfiable_fact(d):
        _page(d)["facts"][0]["any_of"][0] = ["zzz-not-in-brief"]

    def contact_not_normalised(d):
        _page(d, channel="whatsapp")["contact"]["value"] = "0812-2765-4410"

    def contact_not_from_brief(d):
        _page(d, channel="whatsapp")["contact"]["value"] = "+6289999999999"

    def refuse_row_with_a_brand(d):
        next(r for r in d if r["expect"] == "refuse")["brand"] = "Usaha Kita"

    def unknown_niche(d):
        _page(d)["niche"] = "bakery_shop"

    def split_moved(d):
        d[0]["split"] = "dev" if d[0]["split"] == "test" else "test"

    def duplicate_id(d):
        d[1]["id"] = d[0]["id"]

    return [
        (offering_not_in_brief, "does not occur verbatim"),
        (not_offering_inside_offering, "is part of offering"),
        (unsatisfiable_fact, "matches the brief"),
        (contact_not_normalised, "not a normalised whatsapp"),
        (contact_not_from_brief, "not the number written"),
        (refuse_row_with_a_brand, "a refuse row has"),
        (unknown_niche, ": niche: Input should be"),
        (split_moved, "seeded split rule"),
        (duplicate_id, "duplicate id"),
    ]


@pytest.mark.parametrize("mutate, message", _mutations(), ids=lambda v: getattr(v, "__name__", ""))
def test_a_broken_row_fails_with_a_named_problem(tmp_path, mutate, message):
    data = rows()
    mutate(data)
    res = run(write(tmp_path, data))
    assert res.returncode == 1
    assert message in res.stdout, res.stdout[-2000:]


def test_unreadable_file_is_one_line_and_exit_2(tmp_path):
    res = run(tmp_path / "missing.jsonl")
    assert res.returncode == 2
    assert res.stdout.strip().count("\n") == 0 and "cannot read" in res.stdout and not res.stderr

"""Choosing which sites a scoring run takes: --since, --limit, --changed against stored content hashes."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest

from browser_helpers import write_site
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.quality.browser.selection import parse_since, select
from tapsite_pipeline.quality.browser.storage import SiteMetrics, save_run
from tapsite_pipeline.quality.browser.targets import from_dir
from tapsite_pipeline.settings import Settings


def test_parse_since_ages_dates_and_nonsense():
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    assert parse_since("12h", now) == now - timedelta(hours=12)
    assert parse_since("2w", now) == now - timedelta(weeks=2)
    assert parse_since("2026-12-01T09:30+00:00") == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    assert parse_since("2026-12-01").tzinfo is not None      # local midnight, comparable with file times
    with pytest.raises(InputError, match="give a date"):
        parse_since("last tuesday")


def test_since_and_limit_keep_the_newest(tmp_path, home):
    root = tmp_path / "sites"
    for i, age_h in enumerate((1, 30, 50, 2)):
        folder = write_site(root, f"s{i}")
        old = (datetime.now() - timedelta(hours=age_h)).timestamp()
        for f in folder.iterdir():
            os.utime(f, (old, old))
    s = Settings.load(home)
    recent = select(s, from_dir(root), since=parse_since("1d"))
    assert [t.subdomain for t in recent.targets] == ["s0", "s3"]
    newest = select(s, from_dir(root), limit=3)
    assert [t.subdomain for t in newest.targets] == ["s0", "s1", "s3"]   # by change time, listed by name
    assert newest.describe() == "3 of 4 sites (left out: 1 beyond --limit 3)"


def test_changed_compares_content_hashes_of_the_last_good_score(tmp_path, home):
    root = tmp_path / "sites"
    for name in ("a", "b", "c"):
        write_site(root, name)
    s = Settings.load(home)
    targets = from_dir(root)
    rows = [SiteMetrics(run_id="r1", site_id=t.site_id, subdomain=t.subdomain, url="", content_hash=t.content_hash,
                        status="failed" if t.subdomain == "c" else "ok") for t in targets]
    save_run(s, {"run_id": "r1"}, rows)
    assert [t.subdomain for t in select(s, from_dir(root), changed=True).targets] == ["c"]   # failed: again
    write_site(root, "a", body="Changed copy.")
    assert [t.subdomain for t in select(s, from_dir(root), changed=True).targets] == ["a", "c"]

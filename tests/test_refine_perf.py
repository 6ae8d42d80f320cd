"""A colour change re-runs design, the hero's re-colouring and site (+ the deploy switch), reuses the copy,
and takes ≤ 15 ms in-process (median)."""

from __future__ import annotations

import statistics

import pytest

from tapsite_pipeline.bench.synth import varied_briefs
from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pipeline import Runtime
from tapsite_pipeline.refine.service import publish, refine

pytestmark = pytest.mark.perf


def test_colour_change_median_under_15_ms(tmp_path):
    rt = Runtime.local(tmp_path)
    subs = [publish(rt, make_brief(t)).subdomain for t in varied_briefs(21, seed=5)]
    refine(rt, subs.pop(), "warnanya ganti biru dong")  # warm caches
    ms = []
    for k, sub in enumerate(subs):
        out = refine(rt, sub, ("warnanya ganti hijau dong", "make it purple please")[k % 2])
        assert out.rerun == ["design", "images"] and out.reused == ["content"] and out.reuse_verified, out.to_json()
        assert set(out.timings_ms) == {"parse", "design", "images", "site", "deployment"}
        ms.append(sum(out.timings_ms.values()))
    assert statistics.median(ms) <= 15.0, sorted(ms)

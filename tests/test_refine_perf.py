"""A colour change re-runs design, the hero's re-colouring and site (+ the deploy switch) and reuses the copy,
so it costs less than generating the site again. The absolute figure (median ms) is a benchmark's job:
`python benchmarks/refine_bench.py --sites 100`; here both sides run on the same machine at the same time."""

from __future__ import annotations

import statistics
import time

import pytest

from tapsite_pipeline.bench.synth import varied_briefs
from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pipeline import Runtime
from tapsite_pipeline.refine.service import publish, refine

pytestmark = pytest.mark.perf


def test_a_colour_change_costs_less_than_generating_again(tmp_path):
    rt = Runtime.local(tmp_path)
    briefs = [make_brief(t) for t in varied_briefs(21, seed=5)]
    publish_ms, subs = [], []
    for b in briefs:
        t0 = time.perf_counter()
        subs.append(publish(rt, b).subdomain)
        publish_ms.append((time.perf_counter() - t0) * 1000)
    refine(rt, subs.pop(), "warnanya ganti biru dong")  # warm caches
    ms = []
    for k, sub in enumerate(subs):
        out = refine(rt, sub, ("warnanya ganti hijau dong", "make it purple please")[k % 2])
        assert out.rerun == ["design", "images"] and out.reused == ["content"] and out.reuse_verified, out.to_json()
        assert set(out.timings_ms) == {"parse", "design", "images", "site", "deployment"}
        ms.append(sum(out.timings_ms.values()))
    assert statistics.median(ms) < statistics.median(publish_ms[1:]), (sorted(ms), sorted(publish_ms))

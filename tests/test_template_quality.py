"""Templates as a test: every catalog template (and so every hero variant) rendered through the real stages,
judged in Chromium: Lighthouse (mobile) 100 in all four categories and zero axe-core violations.

When this fails, fix the template, not the threshold. Lantern's simulated TBT grows with CPU contention on a
shared machine, so Lighthouse runs alone (one worker, after the screenshots) and a page under 100 is
audited again (up to 5 runs, best kept): a real regression fails every run. A performance shortfall left
after the repeats passes only when the noise model judges it CPU noise: total blocking time alone, on a CPU
busy enough to explain it, with the bytes, image sizes, render-blocking resources and layout shift at 100.
"""

from __future__ import annotations

import pytest

from browser_helpers import short_of_100
from tapsite_pipeline.design.catalog import HERO_VARIANTS, load_catalog
from tapsite_pipeline.quality.browser.chromium import new_marker, ours
from tapsite_pipeline.quality.browser.noise import RepeatPolicy
from tapsite_pipeline.quality.browser.scorer import ScoreOptions, score_sites
from tapsite_pipeline.quality.browser.template_sites import build_template_sites
from tapsite_pipeline.settings import Settings

pytestmark = pytest.mark.browser


def test_every_template_scores_100_and_has_no_axe_violation(home):
    catalog = load_catalog()
    targets = build_template_sites(home)
    assert {t.template_id for t in targets} == {t.id for t in catalog.templates}
    used_heroes = {t.components.get("hero") for t in catalog.templates}
    assert used_heroes == set(HERO_VARIANTS), f"hero variants no template uses: {set(HERO_VARIANTS) - used_heroes}"

    marker = new_marker()
    res = score_sites(targets, Settings.load(home), ScoreOptions(
        lh_workers=1, overlap=False, lh_repeat=RepeatPolicy(attempts=5, floor=1.0, keep="best")), marker=marker)
    assert ours(marker) == []

    problems = []
    for r in res.rows:
        low = short_of_100(r)
        if r.status != "ok" or low or r.axe_violations:
            problems.append(f"{r.template_id}: status={r.status} {r.error or ''} low={low} cpu={r.lh_cpu_multiplier}x "
                            f"failed_audits={[a['id'] for a in r.lh_failed_audits]} "
                            f"axe={[(v['id'], v['impact'], v['count']) for v in r.axe]}")
    assert not problems, "\n".join(problems)

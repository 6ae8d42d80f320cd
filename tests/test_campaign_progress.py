"""Campaign progress is counted in rows: done = deployed or failed, failures counted where they happen."""

from __future__ import annotations

import pytest

from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.batch import Progress, run_stage
from tapsite_pipeline.campaigns.intake import parse_campaign, register_file
from tapsite_pipeline.orchestration.resources import TapsiteResource

pytestmark = pytest.mark.integration   # the Dagster resource

CSV = "id,brief\n" + "".join(f"r{i},Toko Kue {n} jual nastar dan kastengel di Bandung\n"
                             for i, n in enumerate(("Ani", "Budi", "Citra", "Dewi", "Eka")))


def test_rows_done_and_failed_across_stages(tmp_path):
    ws = TapsiteResource(home=str(tmp_path / "home"), workers=2, batch_size=2)
    info = register_file(ws.settings().home, CSV.encode(), source="five.csv")
    parsed = parse_campaign(CSV.encode(), info.key)
    with ws.connect() as con:
        campaign_store.save_campaign(con, info, parsed)
    ids = [r.site_id for r in parsed.rows]
    seen: list[Progress] = []

    def work_failing_on(bad):
        def work(sid, _inputs):
            if sid == bad:
                raise ValueError("the model answered nonsense")
            return None
        return work

    first = run_stage(ws, info.key, "run-1", "intent", ids, work_failing_on(ids[1]), on_progress=seen.append)
    assert [p.done for p in seen] == [0, 2, 4, 5]                 # batches of two
    assert seen[-1].rows_failed == 1 and seen[-1].rows_done == 1   # nothing deployed yet: only the failure
    seen.clear()
    run_stage(ws, info.key, "run-1", "deployment", first.ok_ids, work_failing_on(ids[3]),
              on_progress=seen.append)
    last = seen[-1]
    assert (last.rows_done, last.rows_failed, last.rows) == (5, 2, 5)
    assert last.line() == "5/5 rows done, 2 failed · deployment 4/4"
    assert [p.rows_done for p in seen] == sorted(p.rows_done for p in seen)   # never goes back

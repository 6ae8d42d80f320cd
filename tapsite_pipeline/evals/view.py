"""`tapsite eval view`: one static HTML page for a run or a comparison — outputs side by side with the gold
labels, per-case scores, flipped cases, and filters (inline script; the page makes no outside requests).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, select_autoescape

from .. import store
from ..errors import InputError
from ..settings import Settings
from .records import find_run

_env = Environment(autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True)
_env.filters["pretty"] = lambda v: "" if v is None else json.dumps(v, ensure_ascii=False, indent=1)


def _cases(con, run_id: str) -> dict[str, dict]:
    cur = con.execute("SELECT case_id, input, gold, output, error, answered_by, fallback, cache_hit, scores,"
                      " judgements, latency_ms, cost_usd FROM eval_cases WHERE run_id = ? AND rep = 0"
                      " ORDER BY case_id", [run_id])
    cols = [d[0] for d in cur.description]
    out = {}
    for row in cur.fetchall():
        d = dict(zip(cols, row, strict=True))
        for k in ("gold", "output", "scores", "judgements"):
            d[k] = json.loads(d[k]) if d[k] else ({} if k in ("scores", "judgements") else None)
        out[d["case_id"]] = d
    return out


def _comparison(con, ref: str) -> dict | None:
    rows = con.execute("SELECT comparison_id, report FROM eval_comparisons WHERE comparison_id LIKE ?"
                       " ORDER BY created_at DESC", [ref + "%"]).fetchall()
    if len(rows) > 1:
        raise InputError(f"{ref!r} matches {len(rows)} comparisons; give more of the id")
    return {"comparison_id": rows[0][0], **json.loads(rows[0][1])} if rows else None


def page_data(settings: Settings, ref: str) -> dict[str, Any]:
    """What the page shows, for a run id / prefix / latest:SUITE, or a comparison id (cmp-…)."""
    with store.connect(settings.db_path) as con:
        comp = _comparison(con, ref) if ref.startswith("cmp-") else None
        if ref.startswith("cmp-") and comp is None:
            raise InputError(f"no comparison {ref!r}; `tapsite eval compare` prints their ids")
        if comp is None:
            run = find_run(con, ref)
            cases = _cases(con, run["run_id"])
            metrics = list(run["scorers"])
            rows = [{"id": cid, "input": c["input"], "gold": c["gold"], "sides": [c], "flips": [],
                     "error": bool(c["error"])} for cid, c in cases.items()]
            return {"kind": "run", "id": run["run_id"], "title": f"{run['suite']} run {run['run_id']}",
                    "runs": [run], "metrics": metrics, "summary": None, "rows": rows}
        ra, rb = find_run(con, comp["run_a"]["run_id"]), find_run(con, comp["run_b"]["run_id"])
        ca, cb = _cases(con, ra["run_id"]), _cases(con, rb["run_id"])
    metrics = list(dict.fromkeys([*ra["scorers"], *rb["scorers"]]))
    binary = {m for m, (_, kind) in {**ra["scorers"], **rb["scorers"]}.items() if kind == "binary"}
    rows = []
    for cid in sorted(set(ca) | set(cb)):
        a, b = ca.get(cid), cb.get(cid)
        flips = [m for m in sorted(binary) if a and b and m in a["scores"] and m in b["scores"]
                 and a["scores"][m] != b["scores"][m]]
        worse = [m for m in flips if b["scores"][m] < a["scores"][m]]
        first = a or b
        rows.append({"id": cid, "input": first["input"], "gold": first["gold"], "sides": [a, b], "flips": flips,
                     "worse": worse, "error": bool((a and a["error"]) or (b and b["error"]))})
    return {"kind": "comparison", "id": comp["comparison_id"],
            "title": f"{ra['suite']}: {ra['run_id']} (A) vs {rb['run_id']} (B)", "runs": [ra, rb],
            "metrics": metrics, "summary": comp, "rows": rows}


def render(data: dict[str, Any]) -> str:
    return _env.from_string(TEMPLATE).render(**data)


def write_view(settings: Settings, ref: str, out: Path | None = None) -> tuple[Path, dict]:
    data = page_data(settings, ref)
    path = out or settings.home / "views" / f"{data['id']}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(data), encoding="utf-8")
    return path, data


TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1d2433}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d6dae3;padding:.35rem .5rem;vertical-align:top}
th{background:#f1f3f8;text-align:left}pre{margin:0;white-space:pre-wrap;font-size:12px;max-height:22rem;overflow:auto}
.worse{background:#fde8e8}.better{background:#e6f6ea}.err{color:#a11}.bad{color:#a11;font-weight:600}
.good{color:#176b2c;font-weight:600}.muted{color:#5b6476}.tag{display:inline-block;border-radius:3px;padding:0 .3rem;
background:#eef;margin:0 .2rem .2rem 0}#filters{position:sticky;top:0;background:#fff;padding:.5rem 0;z-index:1}
</style></head><body>
<h1>{{ title }}</h1>
{% for r in runs %}
<p class="muted">{{ "AB"[loop.index0] if kind == "comparison" else "run" }}: {{ r.run_id }} · {{ r.model }} ·
prompts {{ r.prompts }} · dataset {{ r.dataset_hash }} {{ r.split or "all splits" }} · answered {{ r.answered }},
fell back {{ r.fell_back }}, errored {{ r.errored }}</p>
{% endfor %}
{% if summary %}
<h2>Verdict: <span class="{{ 'good' if summary.passed else 'bad' }}">{{ summary.verdict }}</span></h2>
{% for reason in summary.reasons %}<p class="bad">{{ reason }}</p>{% endfor %}
{% for g in summary.failed_gates %}<p class="bad">gate failed: {{ g.metric }}</p>{% endfor %}
<table><tr><th>metric</th><th>A</th><th>B</th><th>B−A</th><th>95% CI</th><th>p</th><th>p (Holm)</th><th>MDE</th>
<th>verdict</th></tr>
{% for m in summary.metrics %}<tr class="{{ m.verdict if m.verdict in ('worse', 'better') else '' }}">
<td>{{ m.metric }}</td><td>{{ '%.4g' % m.a }}</td><td>{{ '%.4g' % m.b }}</td><td>{{ '%+.4f' % m.diff }}</td>
<td>[{{ '%+.4f' % m.ci_low }}, {{ '%+.4f' % m.ci_high }}]</td><td>{{ '%.3g' % m.p_value }}</td>
<td>{{ '%.3g' % m.p_adjusted if m.p_adjusted is not none else '' }}</td>
<td>{{ '%.3f' % m.mde if m.mde is not none else '' }}</td><td>{{ m.verdict }}</td></tr>{% endfor %}
</table>
{% endif %}
<h2>Cases ({{ rows|length }})</h2>
<div id="filters"><label><input type="checkbox" id="f-flips"> only flipped</label>
<label><input type="checkbox" id="f-worse"> only worse in B</label>
<label><input type="checkbox" id="f-err"> only errors</label>
<label>metric <select id="f-metric"><option value="">any</option>{% for m in metrics %}<option>{{ m }}</option>{% endfor %}
</select></label> <label>text <input id="f-text" size="24"></label> <span id="shown" class="muted"></span></div>
<table id="cases"><tr><th>case</th><th>brief and gold</th>{% if kind == "comparison" %}<th>A</th><th>B</th>{% else %}
<th>output</th>{% endif %}</tr>
{% for row in rows %}
<tr class="case {{ 'worse' if row.worse else ('better' if row.flips else '') }}" data-flips="{{ row.flips|join(' ') }}"
 data-worse="{{ row.worse|join(' ') if row.worse else '' }}" data-err="{{ 1 if row.error else 0 }}">
<td>{{ row.id }}{% for f in row.flips %}<br><span class="tag">{{ f }}</span>{% endfor %}</td>
<td>{{ row.input }}<pre class="muted">{{ row.gold|pretty }}</pre></td>
{% for side in row.sides %}<td>{% if side %}
{% if side.error %}<p class="err">{{ side.error }}</p>{% endif %}
<pre>{{ side.output|pretty }}</pre>
<p class="muted">{{ side.answered_by or "" }}{% if side.fallback %} (fallback){% endif %}{% if side.cache_hit %} · cached{% endif %}
· {{ '%.0f' % side.latency_ms }} ms</p>
<p>{% for k, v in side.scores.items() %}<span class="tag">{{ k }} {{ '%.3g' % v }}</span>{% endfor %}</p>
{% for k, j in side.judgements.items() %}<p class="muted">{{ k }}: {{ j.score or j.error }} — {{ j.reason }}</p>{% endfor %}
{% else %}<p class="muted">not in this run</p>{% endif %}</td>{% endfor %}
</tr>
{% endfor %}
</table>
<script>
const $ = id => document.getElementById(id);
function apply() {
  const fl = $("f-flips").checked, wo = $("f-worse").checked, er = $("f-err").checked;
  const m = $("f-metric").value, t = $("f-text").value.toLowerCase();
  let n = 0;
  for (const tr of document.querySelectorAll("tr.case")) {
    const flips = tr.dataset.flips.split(" ").filter(Boolean), worse = tr.dataset.worse.split(" ").filter(Boolean);
    const show = (!fl || (m ? flips.includes(m) : flips.length)) && (!wo || (m ? worse.includes(m) : worse.length))
      && (!er || tr.dataset.err === "1") && (!t || tr.textContent.toLowerCase().includes(t));
    tr.hidden = !show; n += show;
  }
  $("shown").textContent = n + " shown";
}
for (const id of ["f-flips", "f-worse", "f-err", "f-metric", "f-text"]) $(id).addEventListener("input", apply);
apply();
</script>
</body></html>
"""

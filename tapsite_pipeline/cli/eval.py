"""`tapsite eval …`: the evaluation commands (prompt suites, site quality in a browser)."""

from __future__ import annotations

import sys

import click

from tapsite_pipeline.cli.common import emit, home_option, json_option, process_done
from tapsite_pipeline.errors import InputError


@click.group("eval")
def eval_group() -> None:
    """Evaluate prompts, models and generated sites."""


@eval_group.command("run")
@click.argument("suite")
@click.option("--prompt", "prompts", multiple=True, metavar="NAME@VERSION",
              help="Prompt under test: NAME@3 or NAME@candidate (repeat).")
@click.option("--model", metavar="MODEL", help="provider:model for every LLM call.")
@click.option("--dataset", type=click.Path(dir_okay=False), help="A JSONL dataset file (all its splits).")
@click.option("--split", help="This split (default: the suite's; all of a --dataset).")
@click.option("--repeats", type=click.IntRange(1, 50), metavar="K", help="Run every case K times.")
@click.option("--matcher", type=click.Choice(["default", "weighted", "learned"]), metavar="RANKER",
              help="Template suites: default, weighted or learned.")
@click.option("--candidate", metavar="VERSION", help="Run baseline and [NAME@]VERSION, then compare.")
@click.option("--allow-fallback", is_flag=True, help="Accept answers from fallback models.")
@click.option("--no-cache", is_flag=True, help="Ask the models again, not their cached answers.")
@click.option("--no-mlflow", is_flag=True, help="Skip the MLflow run (DuckDB rows only).")
@json_option
@home_option
def run_cmd(suite, prompts, model, dataset, split, repeats, matcher, candidate, allow_fallback, no_cache, no_mlflow,
            as_json, home) -> None:
    """Run an eval suite: cases in DuckDB, one MLflow run.

    SUITE is a name under evals/ or a YAML path. With --candidate, two runs on the same cases (the suite's
    baseline, then the candidate) and their comparison; exit 1 unless the comparison passed. Without, exit 1
    when an answer came from another model than the one named (unless --allow-fallback), or when no case was
    answered at all.
    """
    from tapsite_pipeline.settings import Settings

    settings = Settings.load(home).ensure()
    early = None
    if not no_mlflow and not candidate:  # MLflow's process starts before the rest is imported (tracking_process.py)
        from tapsite_pipeline.evals.tracking_process import mlflow_process
        early = mlflow_process(settings)
    try:
        from tapsite_pipeline.evals.runner import run_suite
        from tapsite_pipeline.evals.suites import load_suite
        from tapsite_pipeline.prompting.aliases import parse_ref

        overrides = dict(parse_ref(p) for p in prompts)
        s = load_suite(suite)

        def run_with(pins: dict, mlflow=None):
            return run_suite(s, settings, prompt_overrides=pins, model=model, dataset_path=dataset, split=split,
                             repeats=repeats, matcher=matcher, track=not no_mlflow, use_cache=not no_cache,
                             allow_fallback=allow_fallback, mlflow=mlflow)

        if candidate:
            name, version = _candidate(s, candidate)
            return _run_candidate(settings, run_with, overrides, name, version, s.baseline, as_json, not no_mlflow)
        run = run_with(overrides, early)
    finally:
        if early is not None:   # the run closed it; this is for an error before it began
            early.close()
    report = run_report(run)
    if as_json:
        emit(report)
    else:
        _print_run(run, report)
    _exit_on_unmeasured(run)
    process_done()   # the rows are in DuckDB, the MLflow run FINISHED, its process and the workers ended


def _candidate(suite, text: str) -> tuple[str, int]:
    """`3`, `v3` or `intent@3` → (prompt name, version); a bare number needs a suite testing one prompt."""
    from tapsite_pipeline.prompting.aliases import parse_ref
    if "@" in text:
        name, version = parse_ref(text)
    else:
        under_test = list(suite.prompts)
        if len(under_test) != 1:
            raise InputError(f"suite {suite.name!r} tests {', '.join(under_test)}; say which: --candidate NAME@VERSION")
        name, version = under_test[0], text.lstrip("v")
        version = int(version) if str(version).isdigit() else version
    if not isinstance(version, int):
        raise InputError(f"--candidate needs a version number, e.g. {name}@2, got {text!r}")
    return name, version


def _run_candidate(settings, run_with, overrides: dict, name: str, version: int, baseline: str, as_json: bool,
                   track: bool):
    """The tuning loop in one command: baseline and candidate on the same cases, compared, recorded."""
    from tapsite_pipeline.evals.compare import compare_runs

    runs = [run_with({**overrides, name: baseline}), run_with({**overrides, name: version})]
    comp = compare_runs(settings, runs[0].run_id, runs[1].run_id)
    if track:
        from tapsite_pipeline.evals.tracking import log_comparison
        log_comparison(settings, comp.as_dict())
    if as_json:
        emit({"baseline": run_report(runs[0]), "candidate": run_report(runs[1]), "comparison": comp.as_dict()})
    else:
        for label, run in zip(("baseline ", "candidate"), runs, strict=True):
            sm = run.summary
            click.echo(f"{label} {run.run_id}  {name}@v{run.prompts[name]}  {run.model}  answered {sm['answered']},"
                       f" fell back {sm['fell_back']}, errored {sm['errored']} (cache hits {sm['cache_hits']})")
        _print_comparison(comp, 5)
        if comp.passed:
            click.echo(f"next: tapsite prompts promote {name} {version}")
    if not comp.passed:
        sys.exit(1)


def run_report(run) -> dict:
    s = run.suite
    return {"run_id": run.run_id, "suite": s.name, "stage": s.stage, "dataset": str(run.dataset.path),
            "dataset_hash": run.dataset.hash, "split": run.split, "cases": len(run.dataset.cases),
            "repeats": max(r.rep for r in run.records) + 1, "model": run.model, "prompts": run.prompts,
            "prompt_hashes": run.prompt_hashes, "matcher": run.matcher, **run.summary,
            "errors": run.summary["errored"], "prompt_blind": run.prompt_blind, "metrics": run.metrics,
            "intervals": run.intervals,
            "mlflow_run_id": run.mlflow_run_id, "duration_s": round(run.duration_s, 3), "timings": run.timings}


def _print_run(run, report) -> None:
    pv = ", ".join(f"{n}@v{v}" for n, v in run.prompts.items())
    click.echo(f"{report['suite']}: {report['cases']} cases × {report['repeats']} on {run.dataset.path.name}"
               f" ({report['split'] or 'all splits'}), {run.model}, {pv}"
               + (f", matcher {run.matcher}" if run.matcher else ""))
    click.echo(f"answered {report['answered']}, fell back {report['fell_back']}, errored {report['errored']}"
               f" (cache hits {report['cache_hits']})")
    click.echo(f"{'metric':<30}{'value':>10}  {'95% CI':<20}  direction")
    for sc in run.scorers:
        if sc.name in run.metrics:
            v = run.metrics[sc.name]
            pct = sc.kind == "binary" or sc.name.endswith("_f1")
            fmt = (lambda x: f"{x:.1%}") if pct else (lambda x: f"{x:.4g}")
            lo, hi = run.intervals.get(sc.name, (v, v))
            click.echo(f"{sc.name:<30}{fmt(v):>10}  {'[' + fmt(lo) + ', ' + fmt(hi) + ']':<20}  {sc.direction}")
    if report["errored"]:
        first = next(r.outcome.error for r in run.records if r.outcome.error)
        first = first if len(first) <= 240 else first[:239] + "…"
        click.echo(f"{report['errored']} case(s) failed (first: {first}); see eval_cases.error in DuckDB",
                   err=True)
    click.echo(f"run {run.run_id}" + (f"  (mlflow run {run.mlflow_run_id})" if run.mlflow_run_id else "")
               + f"  in {run.duration_s:.2f} s")


def _exit_on_unmeasured(run) -> None:
    """A run that did not measure the model it names exits 1 with one line saying why."""
    problem = None if run.allow_fallback else run.fallback_problem()
    if problem is None and run.summary["errored"] == len(run.records):
        first = next(r.outcome.error for r in run.records if r.outcome.error)
        problem = f"no case was answered by {run.model}: {first[:200]}"
    if problem:
        click.echo(f"error: run {run.run_id}: {problem}"
                   + ("; rerun with --allow-fallback to accept them" if "answers came from" in problem else ""),
                   err=True)
        sys.exit(1)


@eval_group.command("compare")
@click.argument("run_a")
@click.argument("run_b")
@json_option
@click.option("--flips", default=5, show_default=True, metavar="N", help="Flipped cases shown per metric.")
@click.option("--no-mlflow", is_flag=True, help="Do not log the comparison as an MLflow run.")
@home_option
def compare_cmd(run_a, run_b, as_json, flips, no_mlflow, home) -> None:
    """Compare two eval runs case by case; exit 1 unless passed.

    RUN_B against RUN_A (ids, prefixes or latest:SUITE): paired deltas, confidence intervals, verdicts. Exit 1
    when a gate failed or the comparison is inconclusive; runs of different suites or data are refused (exit 2).
    """
    from tapsite_pipeline.evals.compare import compare_runs
    from tapsite_pipeline.settings import Settings

    settings = Settings.load(home).ensure()
    comp = compare_runs(settings, run_a, run_b)
    if not no_mlflow:
        from tapsite_pipeline.evals.tracking import log_comparison
        log_comparison(settings, comp.as_dict())
    if as_json:
        emit(comp.as_dict())
    else:
        _print_comparison(comp, flips)
    if not comp.passed:
        sys.exit(1)


def _print_comparison(comp, n_flips: int) -> None:
    a, b = comp.run_a, comp.run_b
    click.echo(f"A {a['run_id']}  {a['model']}  {a['prompts']}")
    click.echo(f"B {b['run_id']}  {b['model']}  {b['prompts']}")
    click.echo(f"{comp.shared} shared cases (only A: {comp.only_a}, only B: {comp.only_b}) on "
               f"{b['dataset_hash']} {b['split'] or 'all splits'}; gate: alpha {comp.policy.alpha} family-wise"
               f" (Holm), power {comp.policy.power:.0%}")
    for w in comp.warnings:
        click.echo(f"warning: {w}")
    click.echo(f"{'metric':<24}{'A':>9}{'B':>9}{'B−A':>9}  {'95% CI':<19}{'p':>7}{'p Holm':>8}{'MDE':>7}  verdict")
    for m in comp.metrics:
        p = "<0.001" if m.p_value < 0.001 else f"{m.p_value:.3f}"
        adj = "" if m.p_adjusted is None else ("<0.001" if m.p_adjusted < 0.001 else f"{m.p_adjusted:.3f}")
        effect = "" if m.mde is None else f"{m.mde:.3f}"
        extra = f"  (B/A {m.ratio:.3f}, CI [{m.ratio_ci[0]:.3f}, {m.ratio_ci[1]:.3f}])" if m.ratio is not None else ""
        click.echo(f"{m.metric:<24}{m.a:>9.4g}{m.b:>9.4g}{m.diff:>+9.4f}  [{m.ci_low:+.4f}, {m.ci_high:+.4f}]"
                   f"{p:>7}{adj:>8}{effect:>7}  {m.verdict}{extra}")
    for metric, f in comp.flips.items():
        click.echo(f"flipped on {metric}: {f.get('n_worse', 0)} worse, {f.get('n_better', 0)} better")
        for side in ("worse", "better"):
            for c in f.get(side, [])[:n_flips]:
                click.echo(f"  {side:<6} {c['case_id']}: {(c['input'] or '')[:70]!r}")
    for g in comp.failed_gates:
        if "max_ratio" in g:
            click.echo(f"GATE FAILED: {g['metric']} B/A = {g['ratio']:.3f}, confidently above {g['max_ratio']}"
                       f" (p Holm {g['p_adjusted']:.3g})", err=True)
        else:
            click.echo(f"GATE FAILED: {g['metric']} changed by {g['diff']:+.4f} (allowed {g['max_regression']},"
                       f" p Holm {g['p_adjusted']:.3g})", err=True)
    for reason in comp.reasons:
        click.echo(f"INCONCLUSIVE: {reason}", err=True)
    if comp.passed:
        click.echo(f"verdict: passed ({comp.comparison_id})")
    else:
        click.echo(f"verdict: {comp.verdict} ({comp.comparison_id}); not promotable", err=True)


@eval_group.command("runs")
@click.option("--limit", default=20, show_default=True, metavar="N", help="How many runs to list.")
@json_option
@home_option
def runs_cmd(limit, as_json, home) -> None:
    """The latest eval runs."""
    from tapsite_pipeline import store
    from tapsite_pipeline.evals.records import list_runs
    from tapsite_pipeline.settings import Settings

    with store.connect(Settings.load(home).ensure().db_path) as con:
        rows = list_runs(con, limit)
    if as_json:
        return emit(rows)
    for r in rows:
        key = next(iter(r["metrics"]), None)
        click.echo(f"{r['run_id']}  {r['suite']:<10} {r['n_cases']:>6} cases  {r['model']:<16} "
                   f"{r['prompts']}  {key}={r['metrics'].get(key)}")


@eval_group.command("view")
@click.argument("ref", metavar="RUN_OR_COMPARISON")
@click.option("--out", type=click.Path(dir_okay=False), help="The page's path (default <home>/views/ID.html).")
@click.option("--no-mlflow", is_flag=True, help="Do not attach the page to the MLflow run.")
@home_option
def view_cmd(ref, out, no_mlflow, home) -> None:
    """One static HTML page for an eval run or a comparison.

    A run (id, prefix, latest:SUITE) or a comparison (cmp-…): outputs side by side with the gold labels,
    per-case scores, flipped cases, filters. Also attached to its MLflow run.
    """
    from pathlib import Path

    from tapsite_pipeline.evals.view import write_view
    from tapsite_pipeline.settings import Settings

    settings = Settings.load(home).ensure()
    path, data = write_view(settings, ref, Path(out) if out else None)
    click.echo(f"{data['kind']} {data['id']}: {len(data['rows'])} cases → {path}")
    if not no_mlflow:
        from tapsite_pipeline.evals.tracking import log_view
        rid = log_view(settings, data, path)
        click.echo(f"attached to mlflow run {rid}" if rid else "not attached: the run was made with --no-mlflow")


@eval_group.command("calibrate-judge")
@click.argument("labels", type=click.Path(dir_okay=False))
@click.option("--rubric", default="judge_copy", metavar="NAME[@V]",
              help="Rubric prompt (judge_copy; newest unless @V).")
@click.option("--model", metavar="MODEL", help="provider:model to judge with (default: the rubric's).")
@click.option("--no-cache", is_flag=True, help="Ask the judge again, not its cached verdicts.")
@json_option
@home_option
def calibrate_judge_cmd(labels, rubric, model, no_cache, as_json, home) -> None:
    """Measure a judge against human labels.

    LABELS.jsonl: {"id", "brief", "answer", "human": 1-5} a line. Exact and within-one agreement, weighted
    kappa, Spearman; recorded in DuckDB (judge_calibrations).
    """
    import hashlib
    from pathlib import Path

    from tapsite_pipeline.evals.judge import calibrate, read_labels
    from tapsite_pipeline.evals.judge import rubric as load_rubric
    from tapsite_pipeline.evals.records import save_calibration
    from tapsite_pipeline.evals.runner import provider_lookup
    from tapsite_pipeline.prompting.aliases import parse_ref
    from tapsite_pipeline.settings import Settings

    settings = Settings.load(home).ensure()
    name, version = parse_ref(rubric) if "@" in rubric else (rubric, None)
    if version is not None and not isinstance(version, int):
        raise InputError(f"--rubric takes NAME or NAME@VERSION, got {rubric!r}")
    path = Path(labels)
    rows = read_labels(path)
    report = calibrate(provider_lookup(home=settings.home, use_cache=not no_cache), rows, load_rubric(name, version),
                       model)
    report["calibration_id"] = save_calibration(settings, report, str(path),
                                                hashlib.sha256(path.read_bytes()).hexdigest()[:16])
    if as_json:
        return emit(report)
    click.echo(f"{report['rubric']} judged by {report['model']} on {report['n']} human labels"
               + (f" ({len(report['errors'])} errors)" if report["errors"] else ""))
    click.echo(f"  exact {report['exact']:.1%}   within one {report['within_one']:.1%}   weighted kappa "
               f"{report['kappa_quadratic']:.3f}   Spearman {report['spearman']:.3f}   MAE {report['mae']:.2f}"
               f"   (judge mean {report['judge_mean']}, human mean {report['human_mean']})")
    for d in report["disagreements"]:
        if d["human"] != d["judge"]:
            click.echo(f"  {d['id']}: human {d['human']}, judge {d['judge']} — {d['reason'][:100]}")
    click.echo(f"recorded as {report['calibration_id']}")


@eval_group.command("train-templates")
@click.option("--suite", default="template", show_default=True, help="Template suite (dataset and labels).")
@click.option("--no-cache", is_flag=True, help="Ask the models again, not their cached answers.")
@json_option
@home_option
def train_templates_cmd(suite, no_cache, as_json, home) -> None:
    """Train the learned template matcher; keep the better.

    Trained on dev, compared with the weighted scorer on test; the winner is recorded.
    """
    from tapsite_pipeline.evals.template_training import train_and_choose
    from tapsite_pipeline.settings import Settings

    result = train_and_choose(Settings.load(home).ensure(), suite, use_cache=not no_cache)
    if as_json:
        return emit(result)
    for k in ("weighted_run", "learned_run"):
        click.echo(f"{k}: {result[k]}  {result['metrics'][k]}")
    click.echo(f"template_top1: {result['verdict']} (diff {result['diff']:+.3f}, "
               f"CI [{result['ci'][0]:+.3f}, {result['ci'][1]:+.3f}])  →  default: {result['default']}")
    click.echo(f"recorded in {result['path']}")

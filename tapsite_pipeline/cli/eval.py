"""`tapsite eval …`: the evaluation commands (prompt suites, site quality in a browser)."""

from __future__ import annotations

import json
import sys

import click

from tapsite_pipeline.cli.common import emit, home_option, json_option





@click.group("eval")
def eval_group() -> None:
    """Evaluate prompts, models and generated sites."""


@eval_group.command("run")
@click.argument("suite")
@click.option("--prompt", "prompts", multiple=True, metavar="NAME@VERSION",
              help="Prompt under test: NAME@3 or NAME@candidate (repeat).")
@click.option("--model", metavar="MODEL", help="provider:model for every LLM call.")
@click.option("--dataset", type=click.Path(dir_okay=False), help="A JSONL dataset file (all its splits).")
@click.option("--repeats", type=click.IntRange(1, 50), metavar="K", help="Run every case K times.")
@click.option("--matcher", type=click.Choice(["default", "weighted", "learned"]), metavar="RANKER",
              help="Template suites: default, weighted or learned.")
@click.option("--no-mlflow", is_flag=True, help="Skip the MLflow run (DuckDB rows only).")
@json_option
@home_option
def run_cmd(suite, prompts, model, dataset, repeats, matcher, no_mlflow, as_json, home) -> None:
    """Run an eval suite: cases in DuckDB, one MLflow run.

    SUITE is a name under evals/ or a YAML path.
    """
    from tapsite_pipeline.evals.runner import run_suite
    from tapsite_pipeline.evals.suites import load_suite
    from tapsite_pipeline.prompting.aliases import parse_ref
    from tapsite_pipeline.settings import Settings

    overrides = dict(parse_ref(p) for p in prompts)
    s = load_suite(suite)
    run = run_suite(s, Settings.load(home).ensure(), prompt_overrides=overrides, model=model,
                    dataset_path=dataset, repeats=repeats, matcher=matcher, track=not no_mlflow)
    errors = sum(1 for r in run.records if r.outcome.error)
    report = {"run_id": run.run_id, "suite": s.name, "stage": s.stage, "dataset": str(run.dataset.path),
              "dataset_hash": run.dataset.hash, "split": None if dataset else s.split,
              "cases": len(run.dataset.cases), "repeats": max(r.rep for r in run.records) + 1,
              "model": run.model, "prompts": run.prompts, "matcher": run.matcher, "errors": errors,
              "metrics": run.metrics, "mlflow_run_id": run.mlflow_run_id,
              "duration_s": round(run.duration_s, 3), "timings": run.timings}
    if as_json:
        return emit(report)
    pv = ", ".join(f"{n}@v{v}" for n, v in run.prompts.items())
    click.echo(f"{s.name}: {report['cases']} cases × {report['repeats']} on {run.dataset.path.name}"
               f" ({report['split'] or 'all splits'}), {run.model}, {pv}"
               + (f", matcher {run.matcher}" if run.matcher else ""))
    click.echo(f"{'metric':<30}{'value':>10}  direction")
    for sc in run.scorers:
        if sc.name in run.metrics:
            v = run.metrics[sc.name]
            shown = f"{v:.1%}" if sc.kind == "binary" or sc.name.endswith("_f1") else f"{v:.4g}"
            click.echo(f"{sc.name:<30}{shown:>10}  {sc.direction}")
    if errors:
        click.echo(f"{errors} case(s) failed; see eval_cases.error in DuckDB", err=True)
    click.echo(f"run {run.run_id}" + (f"  (mlflow run {run.mlflow_run_id})" if run.mlflow_run_id else "")
               + f"  in {run.duration_s:.2f} s")


@eval_group.command("compare")
@click.argument("run_a")
@click.argument("run_b")
@json_option
@click.option("--flips", default=5, show_default=True, metavar="N", help="Flipped cases shown per metric.")
@click.option("--no-mlflow", is_flag=True, help="Do not log the comparison as an MLflow run.")
@home_option
def compare_cmd(run_a, run_b, as_json, flips, no_mlflow, home) -> None:
    """Compare two eval runs case by case; exit 1 on a gate.

    RUN_B against RUN_A (ids, prefixes or latest:SUITE): paired deltas, confidence intervals, verdicts.
    """
    from tapsite_pipeline.evals.compare import compare_runs
    from tapsite_pipeline.settings import Settings

    settings = Settings.load(home).ensure()
    comp = compare_runs(settings, run_a, run_b)
    if not no_mlflow:
        from tapsite_pipeline.evals.tracking import log_comparison
        log_comparison(settings, comp)
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
    click.echo(f"{comp.shared} shared cases (only A: {comp.only_a}, only B: {comp.only_b})")
    for w in comp.warnings:
        click.echo(f"warning: {w}")
    click.echo(f"{'metric':<28}{'A':>9}{'B':>9}{'B−A':>9}  {'95% CI':<19}{'p':>7}  verdict")
    for m in comp.metrics:
        p = "<0.001" if m.p_value < 0.001 else f"{m.p_value:.3f}"
        click.echo(f"{m.metric:<28}{m.a:>9.4g}{m.b:>9.4g}{m.diff:>+9.4f}  [{m.ci_low:+.4f}, {m.ci_high:+.4f}]"
                   f"{p:>7}  {m.verdict}")
    for metric, f in comp.flips.items():
        click.echo(f"flipped on {metric}: {f.get('n_worse', 0)} worse, {f.get('n_better', 0)} better")
        for side in ("worse", "better"):
            for c in f.get(side, [])[:n_flips]:
                click.echo(f"  {side:<6} {c['case_id']}: {(c['input'] or '')[:70]!r}")
    if comp.failed_gates:
        for g in comp.failed_gates:
            click.echo(f"GATE FAILED: {g['metric']} changed by {g['diff']:+.4f} (allowed {g['max_regression']})",
                       err=True)
    else:
        click.echo(f"gates passed ({comp.comparison_id})")


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


@eval_group.command("train-templates")
@click.option("--suite", default="template", show_default=True, help="Template suite (dataset and labels).")
@json_option
@home_option
def train_templates_cmd(suite, as_json, home) -> None:
    """Train the learned template matcher; keep the better.

    Trained on dev, compared with the weighted scorer on test; the winner is recorded.
    """
    from tapsite_pipeline.evals.template_training import train_and_choose
    from tapsite_pipeline.settings import Settings

    result = train_and_choose(Settings.load(home).ensure(), suite)
    if as_json:
        return emit(result)
    for k in ("weighted_run", "learned_run"):
        click.echo(f"{k}: {result[k]}  {result['metrics'][k]}")
    click.echo(f"template_top1: {result['verdict']} (diff {result['diff']:+.3f}, "
               f"CI [{result['ci'][0]:+.3f}, {result['ci'][1]:+.3f}])  →  default: {result['default']}")
    click.echo(f"recorded in {result['path']}")

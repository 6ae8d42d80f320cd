"""LLM-as-judge: a versioned rubric prompt (prompts/judge_*/vN.yaml) asked of any provider:model for a
structured score (1–5) and a reason; answers go through the providers Router, so they are cached and
logged like every call. `calibrate` measures a judge against human labels before anyone trusts it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tapsite_pipeline.prompting.aliases import prompts_root
from tapsite_pipeline.prompting.files import Prompt, get_prompt

from ..errors import InputError, ProviderError
from ..providers.generator import Generator
from .datasets import Case
from .scorer_spec import ScorerSpec, pick, text_of


@dataclass
class JudgeContext:
    provider_for: Any  # EvalProviders: the Router behind it caches the judge's answers
    home: Path


def rubric(name: str, version: int | None = None) -> Prompt:
    p = get_prompt(name, version, prompts_root())
    if p.output_schema != "JudgeVerdict":
        raise InputError(f"{p.ref} is not a judge rubric (its output_schema is {p.output_schema}, not JudgeVerdict)")
    return p


def answer_text(output: Any) -> str:
    """What the judge reads: the output as indented JSON (structure kept), or the text itself."""
    return output if isinstance(output, str) else json.dumps(output, ensure_ascii=False, indent=1)


class Judge:
    """One rubric version and one judge model; `grade` returns the verdict and the model that answered."""

    def __init__(self, provider_for, prompt: Prompt, model: str | None = None):
        self.prompt, self.model = prompt, model or prompt.model
        self.gen = Generator(provider_for, resolve=lambda name: self.prompt, model=self.model)

    def grade(self, brief: str, output: Any, gold: dict | None = None):
        verdict = self.gen.generate(self.prompt.name, {"brief": brief, "answer": answer_text(output),
                                                       "gold": text_of(gold or {})}, stage="judge")
        logs = self.gen.drain()
        answered = next((g.model for g in reversed(logs) if g.success), self.model)
        return verdict, answered, any(g.cache_hit for g in logs if g.success)


class JudgeScorer:
    """A declared `type: judge` scorer: (score − 1) / 4, the reason kept in the case's judgements."""

    wants_outcome = True

    def __init__(self, spec: ScorerSpec, ctx: JudgeContext | None):
        self.spec = spec
        self.prompt = rubric(spec.rubric or "", spec.version)
        self.judge = Judge(ctx.provider_for, self.prompt, spec.model) if ctx is not None else None

    def __call__(self, case: Case, out) -> float | None:
        if self.judge is None:
            return None
        notes = out.extra.setdefault("judgements", {})
        subject = pick_subject(out.output, self.spec.field)
        try:
            verdict, answered, hit = self.judge.grade(case.text, subject, case.gold)
        except ProviderError as exc:
            notes[self.spec.name] = {"error": str(exc)[:300], "model": self.judge.model, "rubric": self.prompt.ref}
            return None
        if answered != self.judge.model:  # a judge's fallback is another judge: do not score with it
            notes[self.spec.name] = {"error": f"answered by {answered}, not {self.judge.model}",
                                     "model": answered, "rubric": self.prompt.ref}
            return None
        notes[self.spec.name] = {"score": verdict.score, "reason": verdict.reason, "model": answered,
                                 "rubric": self.prompt.ref, "rubric_hash": self.prompt.content_hash,
                                 "cache_hit": hit}
        return (verdict.score - 1) / 4


def pick_subject(output: Any, field: str | None) -> Any:
    return pick(output, field)


def read_labels(path: Path) -> list[dict]:
    """Human labels, one JSON object a line: {"id", "brief", "answer" (text or object), "human": 1..5}."""
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read labels ({exc.strerror or exc})") from exc
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            ok = isinstance(row, dict) and isinstance(row.get("brief"), str) and "answer" in row \
                and isinstance(row.get("human"), int) and 1 <= row["human"] <= 5
        except json.JSONDecodeError:
            ok = False
        if not ok:
            raise InputError(f"{path}:{ln}: expected {{\"id\": ..., \"brief\": \"...\", \"answer\": ..., "
                             f"\"human\": 1-5}}")
        rows.append({"id": str(row.get("id", ln)), **row})
    if len(rows) < 5:
        raise InputError(f"{path}: {len(rows)} labelled answers; agreement needs at least 5")
    return rows


def agreement(human: list[int], judge: list[int]) -> dict:
    """Exact and within-one agreement, quadratic-weighted Cohen's kappa, Spearman's rho, mean absolute error."""
    import numpy as np
    from scipy.stats import spearmanr
    from sklearn.metrics import cohen_kappa_score

    h, j = np.array(human), np.array(judge)
    rho = spearmanr(h, j).statistic if len(set(human)) > 1 and len(set(judge)) > 1 else float("nan")
    kappa = cohen_kappa_score(h, j, weights="quadratic", labels=[1, 2, 3, 4, 5])
    return {"n": len(h), "exact": round(float((h == j).mean()), 4), "within_one": round(float((abs(h - j) <= 1).mean()), 4),
            "kappa_quadratic": round(float(kappa), 4), "spearman": round(float(rho), 4),
            "mae": round(float(abs(h - j).mean()), 4), "judge_mean": round(float(j.mean()), 3),
            "human_mean": round(float(h.mean()), 3)}


def calibrate(provider_for, labels: list[dict], prompt: Prompt, model: str | None = None) -> dict:
    """Ask the judge about every labelled answer; report agreement and the largest disagreements."""
    judge = Judge(provider_for, prompt, model)
    rows, errors = [], []
    for r in labels:
        try:
            verdict, answered, hit = judge.grade(r["brief"], r["answer"])
        except ProviderError as exc:
            errors.append({"id": r["id"], "error": str(exc)[:200]})
            continue
        rows.append({"id": r["id"], "human": r["human"], "judge": verdict.score, "reason": verdict.reason,
                     "model": answered, "cache_hit": hit})
    if len(rows) < 5:
        raise InputError(f"the judge answered {len(rows)} of {len(labels)} labels"
                         + (f" (first error: {errors[0]['error']})" if errors else ""))
    stats = agreement([x["human"] for x in rows], [x["judge"] for x in rows])
    worst = sorted(rows, key=lambda x: -abs(x["human"] - x["judge"]))[:5]
    return {"rubric": prompt.ref, "rubric_hash": prompt.content_hash, "model": judge.model, **stats,
            "errors": errors, "disagreements": worst, "answers": rows}

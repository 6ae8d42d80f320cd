"""Scorers: small named functions of (case, outcome) → a number, each with a direction and a kind.

`binary` scorers give 0/1 (compared with McNemar), `continuous` ones any float (paired permutation).
A scorer returns None when it does not apply to a case (no gold label for that field).
"""

from __future__ import annotations

from ..errors import ConfigError
from .copy_rules import COPY_RULES
from .datasets import Case
from .normalise import norm
from .outcome import Outcome, Scorer
from .refine_scorers import REFINE_SCORERS


def _contains(a: str, b: str) -> bool:
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def set_f1(pred: list[str], gold: list[str], loose: bool = False) -> float:
    """F1 of two sets after normalising; `loose` also matches one item inside the other ("nastar" ~ "kue nastar")."""
    p = list(dict.fromkeys(n for x in pred if (n := norm(x))))
    g = list(dict.fromkeys(n for x in gold if (n := norm(x))))
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    unmatched, hits = list(g), 0
    for x in p:
        m = next((y for y in unmatched if (_contains(x, y) if loose else x == y)), None)
        if m is not None:
            unmatched.remove(m)
            hits += 1
    if not hits:
        return 0.0
    prec, rec = hits / len(p), hits / len(g)
    return 2 * prec * rec / (prec + rec)


def field_accuracy(gold_key: str, out_key: str | None = None, normalise: bool = False):
    out_key = out_key or gold_key

    def fn(case: Case, out: Outcome) -> float | None:
        gold = case.gold.get(gold_key)
        if gold is None:
            return None
        if out.output is None:
            return 0.0
        pred = out.output.get(out_key)
        if normalise:
            return float(isinstance(pred, str) and norm(pred) == norm(gold))
        return float(pred == gold)
    return fn


def field_f1(gold_key: str, out_key: str | None = None, loose: bool = False):
    out_key = out_key or gold_key

    def fn(case: Case, out: Outcome) -> float | None:
        gold = case.gold.get(gold_key)
        if gold is None:
            return None
        if out.output is None:
            return 0.0
        return set_f1(out.output.get(out_key) or [], gold, loose)
    return fn


def template_top(k: int):
    def fn(case: Case, out: Outcome) -> float | None:
        gold = case.gold.get("template_id")
        if not gold or (out.output is not None and "ranking" not in out.extra):
            return None  # no label, or not a template run
        return float(gold in (out.extra.get("ranking") or [])[:k])
    return fn


def usage(attr: str):
    def fn(case: Case, out: Outcome) -> float | None:
        if attr == "tokens":
            return float(out.tokens_in + out.tokens_out)
        return float(getattr(out, attr))
    return fn


def schema_valid(case: Case, out: Outcome) -> float:
    return float(out.error is None and out.output is not None)


def all_of(*names: str):
    """A composite pass/fail: 1 only when every named scorer that applies gives 1."""
    def fn(case: Case, out: Outcome) -> float | None:
        vals = [v for n in names if (v := SCORERS[n](case, out)) is not None]
        return float(all(v >= 1.0 for v in vals)) if vals else None
    return fn


def fidelity_metric(key: str):
    """One of FidelityResult.as_scores() from a pages case (evals/pages.py); n/a when no page was made."""
    def fn(case: Case, out: Outcome) -> float | None:
        if out.output is None or "scores" not in out.output:
            return None
        return out.output["scores"].get(key)
    return fn


_ALL = ("intent", "template", "content", "refine", "pages")
_FIDELITY_CHECKS = {"cards": "product cards are the offerings the owner named",
                    "facts": "the facts the owner stated are on the page, none invented",
                    "contact": "every call to action leads somewhere that works",
                    "coherence": "no doubled words, off-niche vocabulary or wrong language",
                    "brand": "the brand is intact in header, headline, title and subdomain"}
_REGISTRY: list[Scorer] = [
    Scorer("schema_valid", schema_valid, stages=_ALL, description="output parsed and met the prompt's rules"),
    Scorer("business_type_acc", field_accuracy("business_type")),
    Scorer("brand_name_acc", field_accuracy("brand_name", normalise=True), description="normalised match"),
    Scorer("language_acc", field_accuracy("language")),
    Scorer("tone_acc", field_accuracy("tone")),
    Scorer("products_f1", field_f1("products", loose=True), kind="continuous",
           description="set F1; an item inside the other counts"),
    Scorer("colors_f1", field_f1("color_preference"), kind="continuous"),
    Scorer("features_f1", field_f1("features", "features_requested"), kind="continuous"),
    Scorer("template_top1", template_top(1), stages=("template",)),
    Scorer("template_top3", template_top(3), stages=("template",)),
    Scorer("cost_usd", usage("cost_usd"), "lower", "continuous", _ALL),
    Scorer("tokens", usage("tokens"), "lower", "continuous", _ALL),
    Scorer("latency_ms", usage("latency_ms"), "lower", "continuous", _ALL),
    *[Scorer(name, fn, stages=("content",), description=doc) for name, (fn, doc) in COPY_RULES.items()],
    Scorer("page_generated", schema_valid, stages=("pages",), description="the pipeline made a page (not refused)"),
    *[Scorer(f"fidelity_{c}", fidelity_metric(f"fidelity_{c}"), stages=("pages",), description=doc)
      for c, doc in _FIDELITY_CHECKS.items()],
    Scorer("fidelity_all", fidelity_metric("fidelity_all"), stages=("pages",), description="every fidelity check passes"),
    Scorer("card_precision", fidelity_metric("card_precision"), kind="continuous", stages=("pages",),
           description="share of the page's cards that are gold offerings"),
    Scorer("card_recall", fidelity_metric("card_recall"), kind="continuous", stages=("pages",),
           description="share of the gold offerings shown as cards"),
]
SCORERS: dict[str, Scorer] = {s.name: s for s in _REGISTRY}
SCORERS["copy_rules_pass"] = Scorer("copy_rules_pass", all_of(*COPY_RULES), stages=("content",),
                                    description="every copy rule holds")

for _name, (_fn, _kind, _direction, _doc) in REFINE_SCORERS.items():
    SCORERS[_name] = Scorer(_name, _fn, _direction, _kind, ("refine",), _doc)


def scorer_name(entry) -> str:
    """A suite's scorer entry: a registered name, or a declared scorer (evals/declared.py)."""
    return entry if isinstance(entry, str) else entry.name


def get_scorers(entries: list, cases: list[Case] | None = None, judge=None) -> list[Scorer]:
    """Registered scorers by name, declared ones built from their spec (TF-IDF fitted on `cases`' labels,
    judges asking through `judge`, a JudgeContext)."""
    unknown = [e for e in entries if isinstance(e, str) and e not in SCORERS]
    if unknown:
        raise ConfigError(f"unknown scorer(s) {unknown}; known: {', '.join(sorted(SCORERS))}")
    out = []
    for e in entries:
        if isinstance(e, str):
            out.append(SCORERS[e])
            continue
        from .declared import build, describe, references
        fn = build(e, references(e, cases or []), judge)
        out.append(Scorer(e.name, _on_output(fn, e.gold), e.direction, e.scored_kind, _ALL, describe(e)))
    return out


def _on_output(fn, gold_key: str | None):
    """A declared scorer sees the output dict; a failed case scores 0 (or n/a without the gold it needs)."""
    def score(case: Case, out: Outcome) -> float | None:
        if gold_key and case.gold.get(gold_key) is None:
            return None
        if out.output is None:
            return 0.0
        return fn(case, out.output) if not getattr(fn, "wants_outcome", False) else fn(case, out)
    return score


def score_case(scorers: list[Scorer], case: Case, out: Outcome) -> dict[str, float]:
    return {s.name: v for s in scorers if (v := s(case, out)) is not None}

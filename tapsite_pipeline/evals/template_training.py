"""Train the learned template matcher on the dev split and let the comparison machinery pick the default.

The model is exported as plain JSON weights (template_matcher.LinearRanker scores it without sklearn).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from tapsite_pipeline.files import atomic_write

from ..errors import InputError
from ..providers.generator import Generator
from ..settings import Settings
from .datasets import load_dataset
from .runner import provider_lookup, resolve_pins, run_suite
from .stage_task import gold_intent
from .suites import load_suite


def parsed_intents(settings: Settings, suite, cases, use_cache: bool = True):
    """The intents the parser produces for the cases (the matcher must learn from what it will see)."""
    from tapsite_pipeline.prompting.aliases import resolver

    from ..models import Brief
    from ..stages.intent import parse_intent
    gen = Generator(provider_lookup(home=settings.home, use_cache=use_cache), resolve=resolver(settings.home, resolve_pins(settings, suite, {})),
                    model=suite.model)
    out = []
    for c in cases:
        if suite.intent_source == "gold":
            out.append(gold_intent(c))
            continue
        try:
            out.append(parse_intent(Brief(text=c.text[:2000]), gen))
        except Exception:  # a brief the parser cannot read still has a label: learn from its gold intent
            out.append(gold_intent(c))
        gen.drain()
    return out


def train(settings: Settings, suite, use_cache: bool = True) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from tapsite_pipeline.design.matcher import intent_features

    dev = [c for c in load_dataset(suite.dataset, "dev", suite.template_labels).cases if c.gold.get("template_id")]
    if len(dev) < 20:
        raise InputError(f"{suite.dataset}: only {len(dev)} dev cases have a gold template_id; label them first "
                         "(python -m tapsite_pipeline.evals.template_labels …)")
    X = [intent_features(i) for i in parsed_intents(settings, suite, dev, use_cache)]
    y = [c.gold["template_id"] for c in dev]
    vec = DictVectorizer()
    clf = LogisticRegression(C=2.0, max_iter=2000, random_state=0).fit(vec.fit_transform(X), y)
    coef = clf.coef_ if len(clf.classes_) > 2 else [[-w for w in clf.coef_[0]], list(clf.coef_[0])]
    intercept = clf.intercept_ if len(clf.classes_) > 2 else [-clf.intercept_[0], clf.intercept_[0]]
    return {"classes": [str(c) for c in clf.classes_], "vocab": {k: int(v) for k, v in vec.vocabulary_.items()},
            "coef": [[round(float(w), 6) for w in row] for row in coef],
            "intercept": [round(float(b), 6) for b in intercept], "trained_on": f"{suite.dataset} dev ({len(dev)})"}


def _write(path: Path, doc: dict) -> None:
    from tapsite_pipeline.design.matcher import _read
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(doc, indent=1, sort_keys=True))
    _read.cache_clear()


def train_and_choose(settings: Settings, suite_name: str = "template", use_cache: bool = True) -> dict:
    from tapsite_pipeline.design.matcher import model_file

    from .compare import compare_runs

    suite = load_suite(suite_name)
    if suite.stage != "template":
        raise InputError(f"suite {suite_name!r} is a {suite.stage} suite; give a template suite")
    path = model_file()
    _write(path, {"default": "weighted", "model": train(settings, suite, use_cache)})
    weighted = run_suite(suite, settings, matcher="weighted", use_cache=use_cache)
    learned = run_suite(suite, settings, matcher="learned", use_cache=use_cache)
    comp = compare_runs(settings, weighted.run_id, learned.run_id)
    top1 = next(m for m in comp.metrics if m.metric == "template_top1")
    default = "learned" if top1.verdict == "better" else "weighted"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.update(default=default, chosen_at=datetime.now(UTC).isoformat(timespec="seconds"),
               comparison={"id": comp.comparison_id, "weighted_run": weighted.run_id, "learned_run": learned.run_id,
                           "metrics": {m.metric: {"weighted": m.a, "learned": m.b, "diff": m.diff,
                                                  "ci": [m.ci_low, m.ci_high], "p": m.p_value, "verdict": m.verdict}
                                       for m in comp.metrics if m.metric.startswith("template_")},
                           "rule": "learned becomes the default only when template_top1 is significantly better"})
    _write(path, doc)
    return {"default": default, "path": str(path), "weighted_run": weighted.run_id, "learned_run": learned.run_id,
            "metrics": {"weighted_run": weighted.metrics, "learned_run": learned.metrics},
            "verdict": top1.verdict, "diff": top1.diff, "ci": [top1.ci_low, top1.ci_high],
            "comparison_id": comp.comparison_id}

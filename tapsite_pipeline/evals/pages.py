"""The pages suite's stage: each brief of the page-level gold set (datasets/pages.jsonl) generated through the
whole pipeline (`generate_site`, as `tapsite generate` does) and judged by the fidelity checks against its gold
labels. scripts/fidelity_pages.py generates and scores the same way outside the harness.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.evals.datasets import Case, Dataset
from tapsite_pipeline.evals.fidelity import FidelityResult, score_site_dir
from tapsite_pipeline.evals.fidelity.gold import page_gold
from tapsite_pipeline.providers.base import ImageProvider
from tapsite_pipeline.providers.generator import Generator

MAX_PROBLEMS = 8   # per case in the stored output: enough to see why, short enough to read in `eval view`


def page_rows(path: str | Path, split: str | None) -> list[dict[str, Any]]:
    """The records of a pages file that should become a page (not the ones the pipeline must refuse)."""
    rows = [json.loads(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln.strip()]
    return [r for r in rows if (split is None or r.get("split") == split) and r.get("expect", "page") == "page"]


def page_cases(dataset: Dataset) -> Dataset:
    """Only the cases that should become a page: the refusals of the set are the intent parser's to score."""
    cases = [c for c in dataset.cases if c.meta.get("expect", "page") == "page"]
    return Dataset(path=dataset.path, cases=cases, sha256=dataset.sha256)


def generate_page(rt, text: str) -> tuple[Any, Path]:
    """All six stages for one brief, as `tapsite generate` runs them; (SiteResult, live folder).
    A brief the pipeline refuses raises its InputError (a TapsiteError)."""
    from tapsite_pipeline.pipeline import generate_site
    res = generate_site(make_brief(text), rt)
    return res, Path(res.deployment.index_path).parent


def score_generated(live: Path, text: str, gold: dict | None) -> FidelityResult:
    """The fidelity checks of one generated page; with `gold`, against the record's labels."""
    return score_site_dir(live, text, gold)


class PageTask:
    """Generates and scores pages for one eval worker, in a scratch home of its own (deleted with it), with the
    eval's Generator, so pinned prompt versions and the response cache apply as in the other suites.

    The task is made before the case workers fork and each inherits it: every process makes its pages in a home
    named by its process id (its own store, sites and cache files), never in one of another worker's."""

    def __init__(self, gen: Generator, images: ImageProvider | None = None):
        from tapsite_pipeline.design.catalog import load_catalog
        from tapsite_pipeline.design.matcher import default_ranker
        from tapsite_pipeline.providers.router import Router

        self._scratch = tempfile.TemporaryDirectory(prefix="tapsite-eval-pages-")
        self._gen, self._images = gen, images or Router().images(sink=gen.record)
        self._catalog, self._ranker = load_catalog(), default_ranker()
        self._rt: Any = None
        self._pid = -1
        self._logs: list = []

    @property
    def rt(self) -> Any:
        """The Runtime of this process: made on first use in each process, in a home of that process's own."""
        if self._pid != os.getpid():
            from tapsite_pipeline.pipeline import Runtime
            from tapsite_pipeline.settings import Settings
            settings = Settings.load(Path(self._scratch.name) / f"worker-{os.getpid()}").ensure()
            self._rt = Runtime(settings=settings, llm=self._gen, images=self._images, catalog=self._catalog,
                               ranker=self._ranker)
            self._pid = os.getpid()
        return self._rt

    def take_logs(self) -> list:
        """The model calls of the last page (generate_site drains the Generator itself), then forgotten."""
        out, self._logs = self._logs, []
        return out

    def __call__(self, case: Case) -> tuple[dict[str, Any], dict[str, Any]]:
        """(output, extra) of one case: the fidelity result as stored in eval_cases, and the page's design."""
        res, live = generate_page(self.rt, case.text)
        self._logs = list(res.logs)
        gold = page_gold(case.gold)
        result = score_generated(live, case.text, gold)
        output = {"subdomain": res.deployment.subdomain, "scores": result.as_scores(),
                  "failing": [c.name for c in result.checks if not c.passed],
                  "problems": result.problems[:MAX_PROBLEMS]}
        extra = {"intent": res.intent.model_dump(mode="json"), "template_id": res.design.template_id,
                 "page_bytes": res.site.total_bytes}
        return output, extra


"""The refine suite's case: the owner's whole conversation (brief → confirm → request → done) through a real
ChatSession, in a project home of its own; what the page was before the request and after it.

The conversation runs exactly as `tapsite chat` would, so one case measures the three things the suite
scores: the requested change is on the page, nothing else changed, and the conversation ended.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import weakref
from pathlib import Path
from typing import Any

from tapsite_pipeline.models import SiteState
from tapsite_pipeline.providers.generator import Generator

_TAG = re.compile(r"<style\b.*?</style>|<script\b.*?</script>|<[^>]+>", re.S | re.I)


def page_text(html: str) -> str:
    """The words a visitor reads, the alt texts, and where links go (wa.me/…, tel:, mailto:): tags out."""
    alts = " ".join(re.findall(r'alt="?([^">]*)', html))
    links = " ".join(re.findall(r'href="?([^"\s>]+)', html))
    text = _TAG.sub(" ", html).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", '"')
    return " ".join(f"{text} {alts} {links}".split())


def snapshot(state: SiteState) -> dict[str, Any]:
    from tapsite_pipeline.sites.hashing import stage_hashes
    i, d = state.intent, state.design
    hero = next((s for s in state.content.sections if s.type == "hero"), None)
    return {"version": state.version,
            "intent": i.model_dump(mode="json", include={"brand_name", "business_type", "industry", "products",
                                                         "color_preference", "tone", "language", "location",
                                                         "features_requested", "target_audience", "facts"}),
            "contact": {k: getattr(state.brief, k) for k in ("whatsapp", "phone", "email")},
            "template_id": d.template_id, "primary": d.color_scheme.primary,
            "content_language": state.content.language, "hero_heading": hero.heading if hero else None,
            "hashes": stage_hashes(state.brief, state.intent, state.design, state.content, state.images, ())}


class RefineCase:
    """Runs refine-suite cases with one Generator (the pinned prompt versions and model under test)."""

    def __init__(self, gen: Generator):
        from tapsite_pipeline.pipeline import Runtime
        shm = Path("/dev/shm")  # a case's store and sites are scratch: memory-backed when the machine has it
        self.root = Path(tempfile.mkdtemp(prefix="tapsite-eval-refine-", dir=shm if shm.is_dir() else None))
        weakref.finalize(self, shutil.rmtree, self.root, True)  # every case's sites are throwaway
        self.gen = gen
        self._runtime = Runtime
        self.n = 0
        self._logs: list = []
        drain = gen.drain

        def keeping_drain():  # the pipeline drains the log per site: keep a copy for the case's provenance
            out = drain()
            self._logs.extend(out)
            return out
        gen.drain = keeping_drain  # type: ignore[method-assign]

    def take_logs(self) -> list:
        """Every call the last case made (the runner's provenance of it), then forgotten."""
        out, self._logs = self._logs, []
        return out

    def __call__(self, case) -> dict[str, Any]:
        from tapsite_pipeline import store
        from tapsite_pipeline.chat.machine import State
        from tapsite_pipeline.chat.session import ChatSession
        from tapsite_pipeline.refine.service import live_state
        from tapsite_pipeline.sites import versions

        self.n += 1
        self._logs = []
        # the task is made before the case workers fork and each inherits it: the process id keeps two workers'
        # n-th cases out of one folder (one store, one cache file for two processes)
        rt = self._runtime.local(self.root / f"case-{os.getpid()}-{self.n}", use_cache=False)
        rt.llm = self.gen
        session = ChatSession(rt)
        session.open()
        states, turns_to_complete, t_refine = [], None, 0.0
        before = None
        for k, message in enumerate(case.meta["script"], 1):
            if message == case.meta["request"] and session.conv.subdomain:
                before = snapshot(live_state(rt, session.conv.subdomain))
                t0 = time.perf_counter()
                session.send(message)
                t_refine = (time.perf_counter() - t0) * 1000
            else:
                session.send(message)
            states.append(session.state.value)
            if session.state == State.COMPLETE and turns_to_complete is None:
                turns_to_complete = k
        if before is None or not session.conv.subdomain:
            raise ValueError(f"the conversation never built a site (states: {' → '.join(states)})")
        sub = session.conv.subdomain
        after_state = live_state(rt, sub)
        with store.connect(rt.settings.db_path) as con:
            edit = con.execute("SELECT status, question, stages_rerun FROM site_edits ORDER BY created_at DESC"
                               " LIMIT 1").fetchone()
            n_versions = len(versions.list_versions(con, after_state.site_id))
        html = (rt.settings.deploy_root / sub / "live" / "index.html").read_text(encoding="utf-8")
        return {"before": before, "after": snapshot(after_state), "page_text": page_text(html),
                "edit_status": edit[0] if edit else None, "question": edit[1] if edit else None,
                "stages_rerun": list(edit[2] or []) if edit else [], "versions": n_versions,
                "states": states, "turns_to_complete": turns_to_complete, "refine_ms": round(t_refine, 3)}

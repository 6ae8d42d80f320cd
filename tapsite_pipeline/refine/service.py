"""What the owner-facing front ends (CLI, chat) call: make or refine a business's site, and record it.

Every call ends with the page live and stored as a numbered version of its site; the pipeline does the
stage work (pipeline.generate_site / pipeline.refine_site), this module only finds the site and writes rows.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from tapsite_pipeline import operational, store
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.models import Brief, ImageChange, SiteEdit, SiteState
from tapsite_pipeline.photos import check_photo
from tapsite_pipeline.pipeline import Runtime, SiteResult, generate_site, refine_site
from tapsite_pipeline.refine.parse import read_edit
from tapsite_pipeline.refine.store import save_edit
from tapsite_pipeline.site_ledger import SiteLedger
from tapsite_pipeline.sites import versions
from tapsite_pipeline.sites.edits import EditProblem
from tapsite_pipeline.sites.hashing import stage_hashes
from tapsite_pipeline.sites.registry import SiteRegistry
from tapsite_pipeline.stages.deployment import live_version


@dataclass
class Published:
    result: SiteResult
    version: int | None

    @property
    def subdomain(self) -> str:
        return self.result.deployment.subdomain


def new_ledger(rt: Runtime, source: str, run_id: str | None = None) -> SiteLedger:
    """The ledger a front end records with (the CLI makes its own after repairing interrupted runs)."""
    return SiteLedger(rt.settings, run_id=run_id or f"{source}-{uuid.uuid4().hex[:8]}", source=source)


def publish(rt: Runtime, brief: Brief, site: str | None = None, source: str = "generate",
            ledger: SiteLedger | None = None) -> Published:
    """Generate `brief` as a version of its business's site: `site` (a subdomain) names it explicitly,
    else the stored business it matches (brand + location + contact), else a new site."""
    registry = SiteRegistry(rt.settings)
    book = ledger or new_ledger(rt, source)
    book.source = source
    if site:
        r = generate_site(brief, rt, registry.site_of(site), current_subdomain=site, ledger=book)
    else:
        r = generate_site(brief, rt, identify=registry.identify, ledger=book)
    return Published(r, book.versions.get(r.site_id))


@dataclass
class Refined:
    """What a refinement did: applied (a new version is live), a question back, or no visible change."""

    status: str                       # applied | question | unchanged
    subdomain: str
    edit_id: str
    request: str
    from_version: int
    edit: SiteEdit | None = None
    question: str | None = None
    result: SiteResult | None = None
    version: int | None = None
    rerun: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    reuse_verified: bool = True      # every stage not re-run has the parent's content hash

    @property
    def url(self) -> str | None:
        return self.result.deployment.url if self.result else None

    def to_json(self) -> dict:
        return {"status": self.status, "subdomain": self.subdomain, "edit_id": self.edit_id,
                "request": self.request, "from_version": self.from_version, "version": self.version,
                "question": self.question, "changed": self.result.changed if self.result else [],
                "stages_rerun": self.rerun, "stages_reused": self.reused, "reuse_verified": self.reuse_verified,
                "timings_ms": self.timings_ms, "url": self.url,
                "edit": self.edit.model_dump(mode="json", exclude_defaults=True) if self.edit else None}


REFINABLE = ("design", "content", "images")


def live_state(rt: Runtime, subdomain: str) -> SiteState:
    """The version of the site that is live now (after a rollback, the one rolled back to)."""
    with operational.connect(rt.settings.db_path) as con:
        site_id = SiteRegistry(rt.settings).site_of(subdomain, con)
        live = live_version(rt.settings.deploy_root, subdomain)
        state = versions.load_state(con, site_id, deploy_version=live) if live else None
        state = state or versions.load_state(con, site_id)
    if state is None:
        raise InputError(f"{subdomain} has no stored version to refine; make one with "
                         f"`tapsite generate --site {subdomain} \"…\"`")
    return state


def refine(rt: Runtime, subdomain: str, request: str, photo: str | Path | None = None) -> Refined:
    """Read `request` as an edit of the live version, re-run only what it touches, record it all."""
    state = live_state(rt, subdomain)
    edit_id = uuid.uuid4().hex[:12]
    t0 = time.perf_counter()
    rt.llm.drain()
    edit = read_edit(request, state, rt.llm) if request.strip() else SiteEdit()
    if photo is not None and not edit.question:
        photo = check_photo(photo)   # the same checks as `generate --photo`: one line naming the file
        edit = edit.model_copy(update={"images": [ImageChange(action="replace", path=str(photo))]})
    parse_logs = rt.llm.drain()
    timings = {"parse": round((time.perf_counter() - t0) * 1000, 3)}
    out = Refined(status="question", subdomain=subdomain, edit_id=edit_id, request=request,
                  from_version=state.version, edit=edit, timings_ms=timings)
    if not edit.question and edit.is_empty():
        edit = edit.model_copy(update={"question": _nothing_to_do(state)})
    if edit.question:
        out.question = edit.question
    else:
        book = new_ledger(rt, "refine", run_id=f"refine-{edit_id}")
        book.parents, book.edit_ids = {state.site_id: state.version}, {state.site_id: edit_id}
        book.after = lambda con, result, numbers: _edit_row(con, out, state, parse_logs, numbers, result)
        try:
            result = refine_site(state, edit, rt, ledger=book)
        except EditProblem as exc:
            out.question = str(exc)
        else:
            result.logs = parse_logs + result.logs
            return out
    with operational.connect(rt.settings.db_path) as con:  # a question: only the edit row (and what reading cost)
        con.execute("BEGIN")
        _edit_row(con, out, state, parse_logs, {})
        con.execute("COMMIT")
    return out


def _nothing_to_do(state: SiteState) -> str:
    if state.intent.language == "en":
        return "Nothing on the page would change. What would you like to change?"
    return "Tidak ada yang berubah di halaman. Apa yang ingin diubah?"


def _edit_row(con, out: Refined, state: SiteState, parse_logs, numbers: dict[str, int],
              result: SiteResult | None = None) -> None:
    """The site_edits row: inside the ledger's transaction, with the new version, when the edit was applied."""
    model = next((g.model for g in parse_logs if g.success), None)
    if parse_logs:
        store.save_logs(con, f"refine-{out.edit_id}", state.site_id, parse_logs)
    if result is not None:
        out.result, out.rerun = result, [s for s in result.stages_run if s in REFINABLE]
        out.reused = [s for s in REFINABLE if s not in out.rerun]
        before = stage_hashes(state.brief, state.intent, state.design, state.content, state.images, ())
        after = stage_hashes(result.brief, result.intent, result.design, result.content, result.images, ())
        out.reuse_verified = all(before[s] == after[s] for s in out.reused)
        out.timings_ms.update(result.timings_ms)
        out.version = numbers.get(state.site_id)
        out.status = "applied" if out.version != state.version else "unchanged"
    save_edit(con, edit_id=out.edit_id, site_id=state.site_id, subdomain=out.subdomain, request=out.request,
              edit=out.edit, status=out.status, question=out.question, from_version=state.version,
              to_version=out.version, rerun=out.rerun, reused=out.reused, timings=out.timings_ms, model=model)

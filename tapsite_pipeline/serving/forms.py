"""The form endpoint: POST /forms/<subdomain>/<form_type>, checked against the site's live forms.json.

Order of checks (cheapest first, and nothing is parsed before its size is known): the site and form exist;
content type; body size; fields; per-IP rate limit; honeypot (answered like a success, not stored);
fill-time stamp; the schema (problems → the form again, each one named); per-site rate limit (by tier);
then the store, and notifications after the answer.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response

from tapsite_pipeline.forms import notify
from tapsite_pipeline.forms.config import FormsConfig, form_secret
from tapsite_pipeline.forms.plan import FORMS_FILE, HONEYPOT, SiteForms
from tapsite_pipeline.forms.schema import check_post
from tapsite_pipeline.forms.spam import RateLimits, Stamps, ip_hash
from tapsite_pipeline.forms.store import Submission, Writer, site_settings
from tapsite_pipeline.forms.text import form_text
from tapsite_pipeline.serving.replies import reply
from tapsite_pipeline.serving.static import live_file

log = logging.getLogger("tapsite.forms")
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
SETTINGS_TTL_S = 30.0


@lru_cache(maxsize=1024)
def _site_forms(path: Path, mtime: float) -> SiteForms:
    return SiteForms.model_validate_json(path.read_text(encoding="utf-8"))


@dataclass
class FormsState:
    root: Path
    db_path: Path
    config: FormsConfig
    stamps: Stamps
    limits: RateLimits
    writer: Writer
    secret: bytes
    _settings: dict[str, tuple[float, dict]] = field(default_factory=dict)
    _tasks: set = field(default_factory=set)

    @classmethod
    def create(cls, root: Path, db_path: Path, config: FormsConfig) -> FormsState:
        secret = form_secret()
        return cls(root=Path(root), db_path=Path(db_path), config=config, stamps=Stamps(secret),
                   limits=RateLimits(config), writer=Writer(db_path), secret=secret)

    async def settings_for(self, subdomain: str) -> dict:
        hit = self._settings.get(subdomain)
        if hit and time.monotonic() - hit[0] < SETTINGS_TTL_S:
            return hit[1]
        try:
            got = await asyncio.to_thread(site_settings, self.db_path, subdomain)
        except Exception as exc:  # noqa: BLE001 — a busy store must not refuse the lead: default tier
            log.warning("form settings of %s unavailable: %s", subdomain, exc)
            got = hit[1] if hit else {}
        self._settings[subdomain] = (time.monotonic(), got)
        return got

    def after(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self, timeout: float = 30) -> None:
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)


def _wait(seconds: int, t: dict) -> str:
    return t["minutes"].format(n=-(-seconds // 60)) if seconds >= 90 else t["seconds"].format(n=seconds)


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None when it is bigger than limit (stopped reading there)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(body: bytes, max_fields: int) -> dict[str, str] | None:
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body),
                          max_num_fields=max_fields)
    except (UnicodeDecodeError, ValueError):
        return None
    out: dict[str, str] = {}
    for k, v in pairs:
        if k in out or len(k) > 40:   # a field twice, or a made-up name: not one of our forms
            return None
        out[k] = v
    return out


async def submit(request: Request) -> Response:
    st: FormsState = request.app.state.forms
    sub, form_type = request.path_params["subdomain"], request.path_params["form_type"]
    path = live_file(st.root, sub, FORMS_FILE)
    site = _site_forms(path, path.stat().st_mtime) if path else None
    spec = site.get(form_type) if site else None
    if site is None or spec is None:
        return Response("no such form", 404, media_type="text/plain; charset=utf-8")
    lang, t = site.language, form_text(site.language)
    index = live_file(st.root, sub, "index.html")
    back = _back(request, sub, site.site_url)

    def answer(kind: str, status: int, **kw) -> Response:
        return reply(kind, status=status, language=lang, brand=site.brand, index=index, back=back, spec=spec, **kw)

    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != FORM_CONTENT_TYPE:
        return answer("refused", 415, message=t["bad_request"])
    body = await _read_body(request, st.config.max_body_bytes)
    if body is None:
        return answer("refused", 413, message=t["too_big"])
    form = _parse(body, st.config.max_fields)
    if form is None:
        return answer("refused", 400, message=t["bad_request"])
    ip = request.client.host if request.client else "unknown"
    verdict = st.limits.client(ip)
    if not verdict.ok:
        return answer("refused", 429, message=t["rate"].format(wait=_wait(verdict.retry_after_s, t)),
                      headers={"Retry-After": str(verdict.retry_after_s)})
    if form.get(HONEYPOT):
        log.info("honeypot filled on %s/%s: dropped", sub, form_type)
        return answer("thanks", 200)
    stamp = form.get("_ts", "")
    state, nonce = st.stamps.check(stamp, st.config.min_fill_seconds, st.config.max_age_hours * 3600)
    if state == "too_fast":
        return answer("refused", 400, message=t["too_fast"], values=form, stamp=stamp)
    if state != "ok":
        return answer("refused", 400, message=t["stale" if state == "stale" else "bad_request"])
    data, errors = check_post(spec, form, lang)
    if errors:
        return answer("fix", 422, values=form, errors=errors, stamp=stamp)
    settings = await st.settings_for(sub)
    verdict = st.limits.site(sub, settings.get("tier"))
    if not verdict.ok:
        return answer("refused", 429, message=t["rate"].format(wait=_wait(verdict.retry_after_s, t)),
                      headers={"Retry-After": str(verdict.retry_after_s)})
    # The same page visit sending the same thing twice (a double click, a resent request) is one lead.
    digest = hashlib.sha256(json.dumps([nonce, sub, form_type, data], sort_keys=True).encode()).hexdigest()[:32]
    record = Submission(submission_id=digest, website_id=site.site_id, subdomain=sub,
                        site_version=_version(st.root, sub), form_type=form_type, data=data,
                        submitter_name=data.get("name"), submitter_contact=data.get("phone") or data.get("email"),
                        ip_hash=ip_hash(st.secret, ip), user_agent=(request.headers.get("user-agent") or "")[:300])
    try:
        new = await asyncio.wrap_future(st.writer.save(record))
    except Exception as exc:  # noqa: BLE001 — the sender is asked to resend; nothing was stored
        log.error("form submission for %s not stored: %s", sub, exc)
        return answer("refused", 503, message=t["busy"], values=form, stamp=stamp, headers={"Retry-After": "5"})
    if new and (settings.get("webhook_url") or settings.get("notify_email")):
        st.after(_notify(st, record, settings, site.brand))
    return answer("thanks", 200)


def _back(request: Request, sub: str, site_url: str) -> str:
    """The page the form came from when the browser says so (same origin), else the site's public address
    (the endpoint may live on another host), else the site on this server."""
    ref = request.headers.get("referer") or ""
    if f"/{sub}/" in ref and ref.startswith(("http://", "https://")):
        return ref.split("#")[0] + "#contact"
    if site_url.startswith(("http://", "https://")):
        return site_url.split("#")[0] + "#contact"
    return f"/{sub}/#contact"


def _version(root: Path, sub: str) -> str | None:
    link = root / sub / "live"
    try:
        return Path(link.readlink()).name if link.is_symlink() else None
    except OSError:
        return None


async def _notify(st: FormsState, record: Submission, settings: dict, brand: str) -> None:
    sub = {**record.__dict__, "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    if settings.get("webhook_url"):
        out = await notify.send_webhook(settings["webhook_url"], notify.payload(sub), st.config.webhook)
        st.writer.record_delivery(record.submission_id, "webhook", out.ok, out.attempts, out.status_code, out.error)
    if settings.get("notify_email") and notify.smtp_configured():
        out = await asyncio.to_thread(notify.send_email, settings["notify_email"], sub, brand)
        st.writer.record_delivery(record.submission_id, "email", out.ok, out.attempts, out.status_code, out.error)

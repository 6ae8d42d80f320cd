"""The pages the form endpoint answers with (thank-you, problems to fix, refusals), in the site's language
and colours, from design_system/components/pages/form_reply.html.j2."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup
from starlette.responses import HTMLResponse

from tapsite_pipeline.forms.plan import Blank, FormSpec
from tapsite_pipeline.forms.text import form_text
from tapsite_pipeline.stages.site import _css_for, _env

_TOKENS = re.compile(r":root\{[^}]*\}")
NEUTRAL = (":root{--color-primary:#1d4ed8;--color-secondary:#1e3a5f;--color-accent:#f59e0b;--color-text:#1f2937;"
           "--color-background:#ffffff;--color-surface:#f3f4f6;--color-muted:#4b5563;--color-on-primary:#ffffff;"
           "--color-on-secondary:#ffffff;--color-on-accent:#1f2937;--font-heading:system-ui,sans-serif;"
           "--font-body:system-ui,sans-serif;--radius:8px;--radius-lg:14px;--radius-btn:10px}")
EXTRA_CSS = ".reply-wrap{max-width:44rem;display:grid;gap:1.25rem}.form-reply h1{font-size:2rem}"
REPLY_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
             "form-action {action}; frame-ancestors 'none'")


@lru_cache(maxsize=512)
def _site_tokens(index: Path, mtime: float) -> str:
    """The page's own design tokens, so the reply looks like the site it came from."""
    m = _TOKENS.search(index.read_text(encoding="utf-8", errors="replace")[:20000])
    return m.group(0) if m else NEUTRAL


def reply(kind: str, *, status: int, language: str, brand: str, index: Path | None, back: str | None,
          spec: FormSpec | None = None, values: dict | None = None, errors: dict | None = None,
          message: str | None = None, stamp: str = "", headers: dict | None = None) -> HTMLResponse:
    """kind: thanks | fix (the form again, with errors) | refused (a message, optionally the form again)."""
    ft = form_text(language)
    tokens = _site_tokens(index, index.stat().st_mtime) if index is not None and index.is_file() else NEUTRAL
    css = Markup(tokens + _css_for(("forms",)) + EXTRA_CSS)
    errors = Blank(errors or {})
    title = ft["thanks_title"] if kind == "thanks" else ft["errors_title"]
    show_form = spec is not None and kind != "thanks" and bool(stamp)
    html = _env().get_template("pages/form_reply.html.j2").render(
        lang=language, ft=ft, brand=brand, kind=kind, title=title, css=css, errors=errors, message=message,
        spec=spec, show_form=show_form, values=Blank(values or {}), stamp=stamp, back=back)
    action = (spec.action.rsplit("/", 1)[0] + "/") if show_form and spec else "'none'"
    return HTMLResponse(html, status_code=status, headers={
        "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": REPLY_CSP.format(action=action), **(headers or {})})

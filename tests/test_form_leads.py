"""Leads for the owner through the real server: a signed webhook retried with backoff, an e-mail to a local
SMTP server (aiosmtpd), and `tapsite leads` exports that spreadsheets open safely."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import socket
import time

import httpx
import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

from forms_helpers import backdated_stamp, deploy_sites
from tapsite_pipeline import store
from tapsite_pipeline.cli.main import cli
from tapsite_pipeline.forms import notify
from tapsite_pipeline.forms.config import FormsConfig, WebhookSettings
from tapsite_pipeline.serving.app import build_app, running
from tapsite_pipeline.settings import Settings

pytestmark = pytest.mark.integration
SECRET = "whsec-test-0123456789"
FAST = FormsConfig(min_fill_seconds=0, ip_limits=["1000/minute"], tiers={"free": ["1000/hour"]},
                   webhook=WebhookSettings(attempts=4, backoff_s=0.01, max_backoff_s=0.05, timeout_s=5))


@pytest.fixture(scope="module")
def site_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("leads-home")
    return home, deploy_sites(home)


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content.decode("utf-8", "replace")))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(cond, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _deliveries(db):
    with store.connect(db) as con:
        return con.execute("SELECT channel, ok, attempts, status_code, error FROM form_deliveries").fetchall()


def test_webhook_and_email_reach_the_owner(site_home, monkeypatch, caplog):
    home, subs = site_home
    s = Settings.load(home)
    sub = subs["contact"]
    got, fail_first = [], [2]

    async def hook(request):
        body = await request.body()
        got.append((body, request.headers.get(notify.SIGNATURE_HEADER)))
        if fail_first[0]:
            fail_first[0] -= 1
            return Response("try later", 503)
        return Response("ok")

    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    smtp.start()
    monkeypatch.setenv(notify.ENV_WEBHOOK_SECRET, SECRET)
    monkeypatch.setenv("TAPSITE_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("TAPSITE_SMTP_PORT", str(smtp.port))
    monkeypatch.setenv("TAPSITE_SMTP_FROM", "leads@tapsite.id")
    try:
        with running(Starlette(routes=[Route("/hook", hook, methods=["POST"])])) as hook_base:
            runner = CliRunner()
            r = runner.invoke(cli, ["forms", sub, "--tier", "pro", "--webhook", f"{hook_base}/hook",
                                    "--notify-email", "owner@amanah-tax.co.id", "--home", str(home)])
            assert r.exit_code == 0 and "owner@amanah-tax.co.id" in r.output, r.output
            with running(build_app(s.deploy_root, s.db_path, FAST)) as base:
                form = {"name": "Budi", "phone": "0812-3456-7890", "message": "Minta penawaran", "_ts": backdated_stamp(5)}
                resp = httpx.post(f"{base}/forms/{sub}/contact", data=form)
                assert resp.status_code == 200 and 'data-form-reply="thanks"' in resp.text
                _wait(lambda: len(_deliveries(s.db_path)) == 2)
    finally:
        smtp.stop()
    assert len(got) == 3                                    # 503, 503, 200: retried with backoff
    body, sig = got[-1]
    assert notify.verify(SECRET.encode(), body, sig) and not notify.verify(b"wrong", body, sig)
    lead = json.loads(body)
    assert lead["subdomain"] == sub and lead["data"]["phone"] == "+6281234567890"
    ((to, msg),) = inbox.messages
    assert to == ["owner@amanah-tax.co.id"] and "Minta penawaran" in msg and "Budi" in msg
    by = {c: (ok, n) for c, ok, n, *_ in _deliveries(s.db_path)}
    assert by == {"webhook": (True, 3), "email": (True, 1)}
    with store.connect(s.db_path) as con:   # secrets live in the environment only
        dump = json.dumps([con.execute(f"SELECT * FROM {t}").fetchall() for t in
                           ("form_settings", "form_deliveries", "form_submissions")], default=str)
    assert SECRET not in dump and SECRET not in caplog.text


def test_webhook_gives_up_after_its_attempts_and_never_sends_unsigned(monkeypatch):
    asyncio.run(_gives_up(monkeypatch))


async def _gives_up(monkeypatch):
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(500)

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    settings = WebhookSettings(attempts=3, backoff_s=0.01, max_backoff_s=0.02)
    monkeypatch.delenv(notify.ENV_WEBHOOK_SECRET, raising=False)
    out = await notify.send_webhook("http://127.0.0.1:9/hook", b"{}", settings, client)
    assert not out.ok and out.attempts == 0 and notify.ENV_WEBHOOK_SECRET in out.error and not calls
    monkeypatch.setenv(notify.ENV_WEBHOOK_SECRET, SECRET)
    out = await notify.send_webhook("http://127.0.0.1:9/hook", b"{}", settings, client)
    assert not out.ok and out.attempts == 3 and out.status_code == 500 and len(calls) == 3
    await client.aclose()


def test_leads_export_escapes_formulas(site_home):
    home, subs = site_home
    s = Settings.load(home)
    sub = subs["order"]
    with running(build_app(s.deploy_root, s.db_path, FAST)) as base:
        for name, note in (("=HYPERLINK(\"http://x\")", "@SUM(A1)"), ("Sari", "-2+3")):
            r = httpx.post(f"{base}/forms/{sub}/order", data={"name": name, "phone": "0812-3456-7890", "qty-0": "2",
                                                             "fulfilment": "pickup", "note": note,
                                                             "_ts": backdated_stamp(5)})
            assert r.status_code == 200, r.text
    runner = CliRunner()
    out = runner.invoke(cli, ["leads", sub, "--csv", "--home", str(home)])
    assert out.exit_code == 0, out.output
    table = list(csv.DictReader(io.StringIO(out.output)))
    assert [r["submitter_name"] for r in table] == ["'=HYPERLINK(\"http://x\")", "Sari"]
    assert [r["note"] for r in table] == ["'@SUM(A1)", "'-2+3"]
    assert all(r["phone"] == "'+6281234567890" and r["items"].endswith(" x 2") for r in table)
    data = json.loads(runner.invoke(cli, ["leads", sub, "--json", "--home", str(home)]).output)
    assert [d["data"]["note"] for d in data] == ["@SUM(A1)", "-2+3"]     # JSON keeps values as they are
    text = runner.invoke(cli, ["leads", sub, "--home", str(home)]).output
    assert text.startswith(f"{sub}: 2 lead(s)")
    bad = runner.invoke(cli, ["leads", "nope", "--home", str(home)])
    assert bad.exit_code != 0 and "no deployed site 'nope'" in str(bad.exception)

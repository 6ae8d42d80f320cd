"""Forms of generated pages filled in Chromium (Playwright) and sent through `tapsite serve` (a real
subprocess): the thank-you page shows, the rows are in form_submissions, errors are shown and fixed."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import date, timedelta

import httpx
import pytest

from forms_helpers import deploy_sites
from tapsite_pipeline.forms.store import _connection
from tapsite_pipeline.quality.browser.chromium import CHROME_FLAGS, chromium_path, marked_env, new_marker, ours
from tapsite_pipeline.settings import Settings

pytestmark = [pytest.mark.browser, pytest.mark.integration]
FILL_S = 3.2   # config/forms.yaml min_fill_seconds is 3: a person takes longer than that anyway


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    home = tmp_path_factory.mktemp("browser-forms")
    port = _free_port()
    mp = pytest.MonkeyPatch()
    mp.setenv("TAPSITE_FORMS_URL", f"http://127.0.0.1:{port}")   # pages post to this server
    try:
        subs = deploy_sites(home)
    finally:
        mp.undo()
    proc = subprocess.Popen([sys.executable, "-m", "tapsite_pipeline.cli", "serve", "--port", str(port),
                             "--home", str(home)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True, env={**os.environ, "TAPSITE_FORMS_CONFIG": ""})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(base + "/", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, proc.stdout.read().decode()
        time.sleep(0.1)
    yield base, subs, Settings.load(home).db_path
    os.killpg(proc.pid, signal.SIGTERM)
    assert proc.wait(15) in (0, -signal.SIGTERM)   # uvicorn shuts down gracefully, then re-raises the signal


def _rows(db):
    with _connection(db) as con:
        cur = con.execute("SELECT form_type, subdomain, submitter_name, submitter_contact, data, status "
                          "FROM form_submissions ORDER BY created_at")
        return [dict(zip([d[0] for d in cur.description], r, strict=True)) for r in cur.fetchall()]


def test_contact_order_and_booking_forms_in_chromium(served):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright
    base, subs, db = served
    axe, violations = Axe(), {}

    def audit(name: str) -> None:   # the page with its forms, the form shown again with errors, the thanks
        found = axe.run(page, options={"runOnly": {"type": "tag", "values": [
            "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}).response["violations"]
        violations[name] = [(v["id"], v["nodes"][0]["html"][:80]) for v in found]
    marker = new_marker()
    day = (date.today() + timedelta(days=7)).isoformat()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROME_FLAGS, env=marked_env(marker))
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})

            # contact, by keyboard only: tab from the name field through the form, Enter sends it
            page.goto(f"{base}/{subs['contact']}/")
            started = time.monotonic()
            audit("page")
            form = page.locator("#contact-form")
            form.get_by_label("Nama").focus()
            page.keyboard.type("Budi Santoso")
            page.keyboard.press("Tab")
            page.keyboard.type("0812 3456 7890 a.n. Budi")       # a messy number: refused, named
            page.keyboard.press("Tab")
            page.keyboard.press("Tab")
            page.keyboard.type("Minta penawaran untuk laporan pajak tahunan.")
            time.sleep(max(0, FILL_S - (time.monotonic() - started)))
            page.keyboard.press("Tab")
            page.keyboard.press("Enter")
            page.wait_for_selector("[role=alert]")
            assert "Nomor tidak valid" in page.inner_text("[role=alert]")
            assert page.locator("#contact-form-phone").get_attribute("aria-invalid") == "true"
            assert page.locator("#contact-form-message").input_value().startswith("Minta penawaran")
            audit("errors")
            page.locator("#contact-form-phone").fill("0812-3456-7890")
            page.locator("#contact-form button[type=submit]").click()
            page.wait_for_selector("[data-form-reply=thanks]")
            assert "Terima kasih" in page.inner_text("h1")
            audit("thanks")

            # order: quantities of the site's offerings, delivery chosen
            page.goto(f"{base}/{subs['order']}/")
            started = time.monotonic()
            order = page.locator("#order")
            order.get_by_label("Nama").fill("Sari")
            order.get_by_label("Email").fill("sari@example.com")
            qty = order.locator("input[type=number]")
            items = [order.locator(f"label[for=order-qty-{i}]").inner_text() for i in range(qty.count())]
            qty.nth(0).fill("3")
            order.get_by_label("Diantar", exact=True).check()
            order.get_by_label("Alamat pengantaran (jika diantar)").fill("Jl. Braga 10, Bandung")
            time.sleep(max(0, FILL_S - (time.monotonic() - started)))
            order.get_by_role("button", name="Kirim pesanan").click()
            page.wait_for_selector("[data-form-reply=thanks]")

            # booking: a service from the page, a date and a time
            page.goto(f"{base}/{subs['booking']}/")
            started = time.monotonic()
            booking = page.locator("#booking")
            booking.get_by_label("Nama").fill("Joko")
            booking.get_by_label("Nomor WhatsApp/telepon").fill("+62 811 222 333")
            service = booking.locator("select option").nth(1).inner_text()
            booking.get_by_label("Layanan").select_option(label=service)
            booking.get_by_label("Tanggal").fill(day)
            booking.get_by_label("Jam").fill("10:30")
            time.sleep(max(0, FILL_S - (time.monotonic() - started)))
            booking.get_by_role("button", name="Kirim booking").click()
            page.wait_for_selector("[data-form-reply=thanks]")
            assert page.get_by_role("link", name="Kembali ke halaman").get_attribute("href").endswith("#contact")
        finally:
            browser.close()
    time.sleep(0.5)
    assert ours(marker) == []          # no Chromium left behind
    assert violations == {"page": [], "errors": [], "thanks": []}

    rows = _rows(db)
    assert [(r["form_type"], r["subdomain"]) for r in rows] == [
        ("contact", subs["contact"]), ("order", subs["order"]), ("booking", subs["booking"])]
    contact, order, booking = (json.loads(r["data"]) for r in rows)
    assert contact == {"name": "Budi Santoso", "phone": "+6281234567890",
                       "message": "Minta penawaran untuk laporan pajak tahunan."}
    assert order["items"] == [{"name": items[0], "quantity": 3}] and order["fulfilment"] == "delivery"
    assert booking == {"name": "Joko", "phone": "+62811222333", "service": service, "date": day, "time": "10:30"}
    assert [r["submitter_contact"] for r in rows] == ["+6281234567890", "sari@example.com", "+62811222333"]
    assert {r["status"] for r in rows} == {"new"}

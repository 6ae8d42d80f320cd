"""The form endpoint in-process (Starlette's TestClient, the real app, a real DuckDB): pages served with
stamps and headers, posts stored once, and each kind of bad post refused with its own status."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest
from starlette.testclient import TestClient

from forms_helpers import backdated_stamp, deploy_sites, stamp_of
from tapsite_pipeline import store
from tapsite_pipeline.forms.config import FormsConfig
from tapsite_pipeline.forms.store import set_site_settings
from tapsite_pipeline.serving.app import build_app
from tapsite_pipeline.settings import Settings

pytestmark = pytest.mark.integration   # the whole app in-process, real DuckDB files, generated sites
LOOSE = FormsConfig(min_fill_seconds=0, ip_limits=["1000/minute"], tiers={"free": ["1000/hour"]})


@pytest.fixture(scope="module")
def site_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("forms-home")
    return home, deploy_sites(home)


@pytest.fixture
def env(site_home, tmp_path):
    home, subs = site_home
    s = Settings.load(home)
    db = tmp_path / "leads.duckdb"

    def client(config: FormsConfig = LOOSE) -> TestClient:
        return TestClient(build_app(s.deploy_root, db, config))
    return client, subs, db


def rows(db, sql="SELECT form_type, subdomain, submitter_name, submitter_contact, status, data, ip_hash, "
                 "website_id, site_version, user_agent FROM form_submissions ORDER BY created_at"):
    with store.connect(db) as con:   # migrates a fresh file: no table means no rows
        return con.execute(sql).fetchall()


def post(c, sub, kind, fields, **kw):
    return c.post(f"/forms/{sub}/{kind}", data=fields, **kw)


def good_contact(stamp):
    return {"name": "Budi", "phone": "0812-3456-7890", "email": "", "message": "Berapa biayanya?", "_ts": stamp,
            "website": ""}


def test_pages_are_served_with_a_fresh_stamp_and_their_headers(env):
    client, subs, _ = env
    with client() as c:
        r = c.get(f"/{subs['order']}/")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert "tapsite-form-stamp" not in r.text
        assert stamp_of(r.text) != stamp_of(c.get(f"/{subs['order']}/").text)   # one per visit
        csp = r.headers["content-security-policy"]
        assert f"form-action http://127.0.0.1:8787/forms/{subs['order']}/" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["cache-control"] == "no-store" and r.headers["x-content-type-options"] == "nosniff"
        img = re.search(r"hero-[\w-]+\.(?:webp|svg)", r.text).group(0)
        r = c.get(f"/{subs['order']}/{img}")
        assert r.status_code == 200 and r.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert c.head(f"/{subs['order']}/").headers["content-length"] == str(len(c.get(f"/{subs['order']}/").content))
        assert c.get(f"/{subs['order']}", follow_redirects=False).status_code == 301
        assert c.get(f"/{subs['order']}/../../etc/passwd").status_code == 404
        assert c.get("/nope/").status_code == 404
        assert subs["contact"] in c.get("/").text
        assert c.get(f"/forms/{subs['order']}/contact").status_code == 405


def test_contact_post_is_stored_once_and_thanked(env):
    client, subs, db = env
    with client() as c:
        stamp = stamp_of(c.get(f"/{subs['contact']}/").text)
        r = post(c, subs["contact"], "contact", good_contact(stamp), headers={"User-Agent": "pytest-ua"})
        assert r.status_code == 200 and 'data-form-reply="thanks"' in r.text and "Terima kasih" in r.text
        assert "<script" not in r.text and "frame-ancestors 'none'" in r.headers["content-security-policy"]
        again = post(c, subs["contact"], "contact", good_contact(stamp))      # a double click, a resend
        assert again.status_code == 200
    (got,) = rows(db)
    kind, sub, name, contact, status, data, iph, wid, ver, ua = got
    assert (kind, sub, name, contact, status, ua) == ("contact", subs["contact"], "Budi", "+6281234567890", "new",
                                                       "pytest-ua")
    assert json.loads(data) == {"name": "Budi", "phone": "+6281234567890", "message": "Berapa biayanya?"}
    assert iph and "127.0.0.1" not in iph and "testclient" not in iph and wid and ver


def test_order_and_booking_posts(env):
    client, subs, db = env
    with client() as c:
        page = c.get(f"/{subs['order']}/").text
        spec = json.loads(c.get(f"/{subs['order']}/forms.json").text)
        items = spec["forms"][0]["items"]
        r = post(c, subs["order"], "order", {"name": "Sari", "email": "sari@example.com", "qty-0": "2", "qty-2": "1",
                                             "fulfilment": "delivery", "address": "Jl. Mawar 3", "note": "",
                                             "_ts": stamp_of(page)})
        assert r.status_code == 200, r.text
        stamp = stamp_of(c.get(f"/{subs['booking']}/").text)
        service = json.loads(c.get(f"/{subs['booking']}/forms.json").text)["forms"][0]["items"][1]
        day = (date.today() + timedelta(days=3)).isoformat()
        r = post(c, subs["booking"], "booking", {"name": "Joko", "phone": "+62 811 222 333", "service": service,
                                                 "date": day, "time": "09:30", "_ts": stamp})
        assert r.status_code == 200, r.text
        r = post(c, subs["booking"], "booking", {"name": "Joko", "phone": "0811222333", "service": service,
                                                 "date": "2020-01-01", "time": "09:30", "_ts": stamp})
        assert r.status_code == 422 and "sudah lewat" in r.text
        r = post(c, subs["booking"], "booking", {"name": "Joko", "phone": "0811222333", "service": "Pijat",
                                                 "date": day, "time": "09:30", "_ts": stamp})
        assert r.status_code == 422 and "Pilih salah satu" in r.text
    got = {k: json.loads(d) for k, _, _, _, _, d, *_ in rows(db)}
    assert got["order"]["items"] == [{"name": items[0], "quantity": 2}, {"name": items[2], "quantity": 1}]
    assert got["order"]["fulfilment"] == "delivery"
    assert got["booking"] == {"name": "Joko", "phone": "+62811222333", "service": service, "date": day,
                              "time": "09:30"}


def test_spam_is_not_stored(env):
    client, subs, db = env
    sub = subs["contact"]
    with client(LOOSE.model_copy(update={"min_fill_seconds": 3})) as c:
        fresh = stamp_of(c.get(f"/{sub}/").text)
        r = post(c, sub, "contact", {**good_contact(backdated_stamp(10)), "website": "http://spam.example"})
        assert r.status_code == 200 and 'data-form-reply="thanks"' in r.text    # a bot learns nothing
        r = post(c, sub, "contact", good_contact(fresh))                         # sent at once: a bot
        assert r.status_code == 400 and "terlalu cepat" in r.text and 'value="Budi"' in r.text
        for stamp in ("", "tapsite-form-stamp", fresh[:-3] + "abc"):             # missing, unstamped, forged
            assert post(c, sub, "contact", good_contact(stamp)).status_code == 400
        assert post(c, sub, "contact", good_contact(backdated_stamp(49 * 3600))).status_code == 400  # stale
        assert rows(db, "SELECT count(*) FROM form_submissions") == [(0,)]
        assert post(c, sub, "contact", good_contact(backdated_stamp(10))).status_code == 200
    assert rows(db, "SELECT count(*) FROM form_submissions") == [(1,)]


def test_oversize_and_malformed_bodies(env):
    client, subs, db = env
    sub = subs["contact"]
    with client() as c:
        stamp = stamp_of(c.get(f"/{sub}/").text)
        big = {**good_contact(stamp), "message": "x" * 20_000}
        r = post(c, sub, "contact", big)
        assert r.status_code == 413 and "terlalu panjang" in r.text.lower()
        chunks = (b"name=a&message=" + b"y" * 4096 for _ in range(5))      # no Content-Length: streamed
        r = c.post(f"/forms/{sub}/contact", content=chunks,
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert r.status_code == 413
        many = "&".join(f"f{i}=1" for i in range(60))
        assert c.post(f"/forms/{sub}/contact", content=many,
                      headers={"Content-Type": "application/x-www-form-urlencoded"}).status_code == 400
        assert c.post(f"/forms/{sub}/contact", content=b"name=%FF%FE",
                      headers={"Content-Type": "application/x-www-form-urlencoded"}).status_code == 400
        r = post(c, sub, "contact", {**good_contact(stamp), "message": "m" * 2001})
        assert r.status_code == 422 and "maksimal 2000" in r.text
    assert rows(db, "SELECT count(*) FROM form_submissions") == [(0,)]


def test_wrong_content_type_is_refused(env):
    client, subs, db = env
    sub = subs["contact"]
    with client() as c:
        stamp = stamp_of(c.get(f"/{sub}/").text)
        assert c.post(f"/forms/{sub}/contact", json=good_contact(stamp)).status_code == 415
        assert c.post(f"/forms/{sub}/contact", files={"f": ("a.txt", b"x")}, data=good_contact(stamp)).status_code == 415
        assert c.post(f"/forms/{sub}/contact", content="name=a", headers={"Content-Type": "text/plain"}).status_code == 415
        assert c.post(f"/forms/{sub}/order", data=good_contact(stamp)).status_code == 404   # no order form there
        assert c.post("/forms/nope/contact", data=good_contact(stamp)).status_code == 404
    assert rows(db, "SELECT count(*) FROM form_submissions") == [(0,)]


def test_rate_limits_per_ip_and_per_site_tier(env):
    client, subs, db = env
    sub = subs["contact"]
    cfg = LOOSE.model_copy(update={"ip_limits": ["3/minute"]})
    with client(cfg) as c:
        stamp = stamp_of(c.get(f"/{sub}/").text)
        codes = [post(c, sub, "contact", {**good_contact(stamp), "message": f"m{i}"}).status_code for i in range(5)]
        assert codes == [200, 200, 200, 429, 429]
        r = post(c, sub, "contact", {**good_contact(stamp), "message": "again"})
        assert r.status_code == 429 and 0 < int(r.headers["retry-after"]) <= 60 and "Terlalu banyak" in r.text
    assert len(rows(db, "SELECT 1 FROM form_submissions")) == 3
    tiers = LOOSE.model_copy(update={"tiers": {"free": ["2/hour"], "pro": ["5/hour"]}})
    with client(tiers) as c:
        stamp = stamp_of(c.get(f"/{subs['order']}/").text)
        send = lambda i: post(c, subs["booking"], "contact", {**good_contact(stamp), "message": f"t{i}"}).status_code  # noqa: E731
        assert [send(i) for i in range(3)] == [200, 200, 429]
    set_site_settings(db, subs["booking"], tier="pro")
    with client(tiers) as c:
        assert [send(i) for i in range(10, 16)] == [200] * 5 + [429]


def test_malformed_phone_shows_the_form_again_with_the_problem_named(env):
    client, subs, db = env
    sub = subs["contact"]
    with client() as c:
        stamp = stamp_of(c.get(f"/{sub}/").text)
        r = post(c, sub, "contact", {**good_contact(stamp), "phone": "0812-3456-7890 a.n. Ani", "message": "Halo <b>"})
        assert r.status_code == 422 and 'role="alert"' in r.text
        assert "Nomor tidak valid" in r.text and 'href="#contact-form-phone"' in r.text
        assert 'aria-invalid="true"' in r.text and 'aria-describedby="contact-form-phone-err"' in r.text
        assert "Halo &lt;b&gt;" in r.text and "<b>" not in r.text                # values kept, escaped
        r = post(c, sub, "contact", {**good_contact(stamp), "phone": "", "email": ""})
        assert r.status_code == 422 and "WhatsApp/telepon atau email" in r.text
        r = post(c, sub, "contact", {**good_contact(stamp), "phone": "08123456"})
        assert r.status_code == 422
    assert rows(db, "SELECT count(*) FROM form_submissions") == [(0,)]

"""Shared by the form tests: a home with deployed sites, stamps from served pages, a backdated stamp."""

from __future__ import annotations

import re
import time
from pathlib import Path

from itsdangerous import TimestampSigner

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.forms.config import form_secret
from tapsite_pipeline.pipeline import Runtime, generate_site

BRIEFS = {
    "order": "Toko Kue Ani jual nastar, kastengel dan putri salju di Bandung, bisa diantar, warna pink",
    "booking": "Bengkel Mobil Berkah Motor di Cikarang, servis berkala dan ganti oli. Mau bisa booking servis online.",
    "contact": "Konsultan pajak Amanah Tax di Surabaya, profesional, warna navy",
}


def deploy_sites(home: Path) -> dict[str, str]:
    """Generate the three sites; returns {kind: subdomain}."""
    rt = Runtime.local(home)
    return {k: generate_site(make_brief(text), rt).deployment.subdomain for k, text in BRIEFS.items()}


def stamp_of(html: str) -> str:
    return re.search(r'name="?_ts"? type="?hidden"? value="?([^" >]+)', html).group(1)


def backdated_stamp(seconds: float) -> str:
    """A stamp as if the page had been served `seconds` ago."""
    class Past(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time() - seconds)
    return Past(form_secret(), salt="tapsite.form-stamp").sign("n0nce").decode()

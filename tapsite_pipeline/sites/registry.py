"""The store side of site identity for one project home: which site a brief or a subdomain is, and recording
each deployed page as a version of its site (with the business key that finds it again)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tapsite_pipeline import operational
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.models import Brief, Intent
from tapsite_pipeline.settings import Settings
from tapsite_pipeline.sites import versions
from tapsite_pipeline.sites.keys import business_key
from tapsite_pipeline.sql import Connection
from tapsite_pipeline.stages.deployment import live_version, owner_of


class SiteRegistry:
    """Finds the site a brief belongs to; `identify` is what `generate_site` is given."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def identify(self, brief: Brief, intent: Intent) -> tuple[str, str | None]:
        """(site_id, its subdomain): a stored compatible business, else a new site named by its key."""
        key = business_key(brief, intent)
        if operational.exists(self.settings.db_path):
            with operational.connect(self.settings.db_path) as con:
                found = versions.find_business(con, key)
            if found:
                return found
        return key.site_id(), None

    def site_of(self, subdomain: str, con: Connection | None = None) -> str:
        """The site behind a subdomain (the store's record, else the owner file on disk)."""
        site_id = None
        if con is not None:
            site_id = versions.site_of_subdomain(con, subdomain)
        elif operational.exists(self.settings.db_path):
            with operational.connect(self.settings.db_path) as own:
                site_id = versions.site_of_subdomain(own, subdomain)
        site_id = site_id or owner_of(self.settings.deploy_root, subdomain)
        if not site_id:
            raise InputError(f"no site {subdomain!r} under {self.settings.deploy_root}; `tapsite generate` "
                             "prints the subdomain of each site it makes")
        return site_id

    def live_version_number(self, con: Connection, site_id: str, subdomain: str) -> int | None:
        return versions.version_of_deploy(con, site_id, live_version(self.settings.deploy_root, subdomain))


def record_results(con: Connection, results: Sequence[Any], source: str,
                   campaign: str | None = None, row_ids: dict[str, str] | None = None,
                   parents: dict[str, int] | None = None, edit_ids: dict[str, str] | None = None) -> dict[str, int]:
    """Each result (pipeline.SiteResult) as a version of its site, and its business key; site_id → version."""
    rows, keys = [], []
    for r in results:
        state = r.state()
        rows.append(versions.version_row(state, r.deployment.version, r.site.files, source,
                                         parent_version=(parents or {}).get(r.site_id),
                                         edit_id=(edit_ids or {}).get(r.site_id), campaign=campaign,
                                         row_id=(row_ids or {}).get(r.site_id)))
        keys.append((r.site_id, business_key(r.brief, r.intent), r.deployment.subdomain))
    numbers = versions.record_versions(con, rows)
    versions.save_keys(con, keys)
    return numbers

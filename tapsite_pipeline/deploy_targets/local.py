"""The local-folder target: the project home's sites/ folder, as stage 6 has always written it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tapsite_pipeline.models import Deployment, Site
from tapsite_pipeline.stages import deployment


@dataclass(frozen=True)
class LocalTarget:
    root: Path

    def deploy(self, site: Site, subdomain: str, url: str) -> Deployment:
        return deployment.deploy_site(site, self.root, subdomain, url)

    def rollback(self, subdomain: str, url: str, to: str | None = None) -> Deployment:
        return deployment.rollback(self.root, subdomain, url, to=to)

    def describe(self) -> str:
        return str(self.root)

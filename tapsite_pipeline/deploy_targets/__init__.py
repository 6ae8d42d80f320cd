"""Where stage 6 publishes: the local folder (the default) or an S3-compatible bucket, chosen by configuration.

A target has `deploy(site, subdomain, url)` and `rollback(subdomain, url, to=None)`, both returning the
stage's `Deployment`. The S3 adapter (and boto3) is imported only when a bucket is configured, so the
embedded default loads nothing more than it did.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from tapsite_pipeline.deploy_targets.config import ENV_CONFIG, ENV_TARGET, config_identity, load_deploy_config
from tapsite_pipeline.deploy_targets.local import LocalTarget
from tapsite_pipeline.models import Deployment, Site
from tapsite_pipeline.settings import Settings


class DeployTarget(Protocol):
    def deploy(self, site: Site, subdomain: str, url: str) -> Deployment: ...

    def rollback(self, subdomain: str, url: str, to: str | None = None) -> Deployment: ...

    def describe(self) -> str: ...


_TARGETS: dict[tuple, DeployTarget] = {}


def target_for(settings: Settings) -> DeployTarget:
    """The configured target for this home. Built once per configuration and process: an S3 client
    (its connection pool, its credentials lookup) is made once, not per site."""
    key = (str(settings.deploy_root), *config_identity())
    target = _TARGETS.get(key)
    if target is None:
        cfg = load_deploy_config(key[1:])
        local = LocalTarget(Path(settings.deploy_root))
        if cfg.target == "local":
            target = local
        else:
            from tapsite_pipeline.deploy_targets.s3 import S3Target
            target = S3Target.from_url(cfg.target, local, workers=cfg.upload_workers,
                                       conditional=cfg.conditional_switch)
        _TARGETS[key] = target
    return target


__all__ = ["DeployTarget", "LocalTarget", "target_for", "ENV_CONFIG", "ENV_TARGET"]

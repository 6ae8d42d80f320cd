"""What each campaign asset stores per site, and how it round-trips through JSON in DuckDB."""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter

from tapsite_pipeline.models import Deployment, DesignDecision, ImageAsset, Intent, Site, SiteContent


class BuiltSite(BaseModel):
    """Stage 5 as a campaign stores it: the built site and the subdomain claimed for it."""

    model_config = ConfigDict(extra="forbid")
    site: Site
    subdomain: str


STAGE_TYPES: dict[str, Any] = {
    "intent": Intent,
    "design": DesignDecision,
    "content": SiteContent,
    "images": list[ImageAsset],
    "site": BuiltSite,
    "deployment": Deployment,
}


@cache
def _adapter(stage: str) -> TypeAdapter:
    return TypeAdapter(STAGE_TYPES[stage])


def encode(stage: str, value: Any) -> str:
    return _adapter(stage).dump_json(value).decode()


def decode(stage: str, payload: str) -> Any:
    return _adapter(stage).validate_json(payload)

"""Content hashes of what each stage produced: equal hashes mean the stage's output was reused byte for byte."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from tapsite_pipeline.models import Brief, DesignDecision, ImageAsset, Intent, SiteContent, SiteFile

HASHED = ("brief", "intent", "design", "content", "images", "site")


def _sha(payload: str) -> str:
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def images_payload(images: Sequence[ImageAsset]) -> str:
    # `cached` and `path` say how this run found the file, not what the file is
    return json.dumps([i.model_dump(exclude={"cached", "path"}) for i in images], sort_keys=True)


def stage_hashes(brief: Brief, intent: Intent, design: DesignDecision, content: SiteContent,
                 images: Sequence[ImageAsset], files: Sequence[SiteFile]) -> dict[str, str]:
    return {
        "brief": _sha(brief.model_dump_json()),
        "intent": _sha(intent.model_dump_json()),
        "design": _sha(design.model_dump_json()),
        "content": _sha(content.model_dump_json()),
        "images": _sha(images_payload(images)),
        "site": _sha(json.dumps(sorted((f.path, f.sha256) for f in files))),
    }

"""Where things live: one project home (TAPSITE_HOME, default ./.tapsite) holds every store and artifact."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_HOME = ".tapsite"
PUBLIC_URL = "https://{subdomain}.tapsite.id/"
PREVIEW_HOST, PREVIEW_PORT = "127.0.0.1", 8787


@dataclass(frozen=True)
class Settings:
    home: Path

    @classmethod
    def load(cls, home: str | os.PathLike | None = None) -> Settings:
        return cls(Path(home or os.environ.get("TAPSITE_HOME") or DEFAULT_HOME).expanduser().resolve())

    @property
    def db_path(self) -> Path:
        return self.home / "tapsite.duckdb"

    @property
    def deploy_root(self) -> Path:
        return self.home / "sites"

    @property
    def build_root(self) -> Path:
        return self.home / "builds"

    @property
    def image_cache(self) -> Path:
        return self.home / "cache" / "images"

    def public_url(self, subdomain: str) -> str:
        return os.environ.get("TAPSITE_PUBLIC_URL", PUBLIC_URL).format(subdomain=subdomain)

    def preview_base(self, port: int | None = None) -> str:
        port = port or int(os.environ.get("TAPSITE_PREVIEW_PORT", PREVIEW_PORT))
        return f"http://{PREVIEW_HOST}:{port}"

    def preview_url(self, subdomain: str, port: int | None = None) -> str:
        return f"{self.preview_base(port)}/{subdomain}/"

    def forms_url(self, subdomain: str) -> str:
        """Where this site's forms post: TAPSITE_FORMS_URL (default: the local `tapsite serve`) + /forms/<sub>."""
        base = (os.environ.get("TAPSITE_FORMS_URL") or self.preview_base()).rstrip("/")
        return f"{base}/forms/{subdomain}"

    def ensure(self) -> Settings:
        for p in (self.home, self.deploy_root, self.build_root, self.image_cache):
            p.mkdir(parents=True, exist_ok=True)
        return self

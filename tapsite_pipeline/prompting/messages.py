"""The provider messages (prompts/provider_messages.yaml): what a provider says to a model outside a stage's
prompt file — the health check, the re-ask after an unusable answer, the forced tool's description.

They live beside the prompt files so their wording is edited, reviewed and versioned like a prompt; a
prompts folder given in $TAPSITE_PROMPTS_DIR may carry its own file, else the shipped one applies.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.prompting.aliases import prompts_root
from tapsite_pipeline.prompting.files import PROMPTS_DIR

FILE = "provider_messages.yaml"


class ProviderMessages(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int = Field(ge=1)
    health_check: str = Field(min_length=1)
    repair: str = Field(min_length=1)
    answer_tool: str = Field(min_length=1)

    @field_validator("repair")
    @classmethod
    def _error_slot(cls, v: str) -> str:
        if "{error}" not in v:
            raise ValueError("must contain {error} (what was wrong with the answer)")
        return v

    @field_validator("answer_tool")
    @classmethod
    def _schema_slot(cls, v: str) -> str:
        if "{schema}" not in v:
            raise ValueError("must contain {schema} (the output schema's name)")
        return v

    def repair_ask(self, error: str) -> str:
        return self.repair.replace("{error}", error)   # not str.format: the error text may hold braces

    def tool_description(self, schema: str) -> str:
        return self.answer_tool.replace("{schema}", schema)


def provider_messages() -> ProviderMessages:
    path = prompts_root() / FILE
    if not path.is_file():
        path = PROMPTS_DIR / FILE
    return _load(path, path.stat().st_mtime_ns if path.exists() else 0)


@lru_cache(maxsize=4)
def _load(path: Path, _mtime: int) -> ProviderMessages:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return ProviderMessages(**(data if isinstance(data, dict) else {}))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "(file)"
        raise ConfigError(f"{path}: field '{where}': {first['msg']}") from exc

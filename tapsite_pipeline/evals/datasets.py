"""Labelled briefs as JSONL: load and validate any file in the dataset format, naming line and field on error.

Page records (datasets/pages.jsonl: `expect` and the labels at the top level, no `gold`) load too, their labels
gathered into `gold` and `expect` kept in `meta`."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tapsite_pipeline.resources import FOLDERS, data_dir

from ..errors import InputError
from ..models import BUSINESS_TYPES, FEATURES, TONES

LIST_FIELDS = ("products", "color_preference", "features")
STR_FIELDS = ("brand_name", "template_id", "tone")
PAGE_KEYS = ("expect", "offerings", "not_offerings", "facts", "contact", "brand", "niche")
FORMAT = ('{"id": "...", "split": "dev|test", "text": "...", "gold": {"business_type": "...", '
          '"brand_name": "...", "products": [...], "color_preference": [...], "language": "id|en", '
          '"features": [...], "tone": "...", "template_id": "..."}}')


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    gold: dict[str, Any]
    split: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Dataset:
    path: Path
    cases: list[Case]
    sha256: str

    @property
    def hash(self) -> str:
        return self.sha256[:16]


def _fail(path: Path, line: int, msg: str) -> InputError:
    return InputError(f"{path}:{line}: {msg}. Each line must be one JSON object like {FORMAT}")


def _check_gold(path: Path, ln: int, gold: Any) -> dict[str, Any]:
    if not isinstance(gold, dict):
        raise _fail(path, ln, "field 'gold' must be an object")
    if gold.get("business_type") is not None and gold["business_type"] not in BUSINESS_TYPES:
        raise _fail(path, ln, f"field 'gold.business_type' is {gold['business_type']!r}; "
                              f"allowed: {', '.join(BUSINESS_TYPES)}")
    if gold.get("language") is not None and gold["language"] not in ("id", "en"):
        raise _fail(path, ln, f"field 'gold.language' is {gold['language']!r}; allowed: id, en")
    if gold.get("tone") is not None and gold["tone"] not in TONES:
        raise _fail(path, ln, f"field 'gold.tone' is {gold['tone']!r}; allowed: {', '.join(TONES)}")
    for f in LIST_FIELDS:
        v = gold.get(f)
        if v is not None and not (isinstance(v, list) and all(isinstance(x, str) for x in v)):
            raise _fail(path, ln, f"field 'gold.{f}' must be a list of strings")
    for f in STR_FIELDS:
        if gold.get(f) is not None and not isinstance(gold[f], str):
            raise _fail(path, ln, f"field 'gold.{f}' must be a string")
    unknown = [x for x in gold.get("features") or [] if x not in FEATURES]
    if unknown:
        raise _fail(path, ln, f"field 'gold.features' has unknown {unknown}; allowed: {', '.join(FEATURES)}")
    return gold


def parse_line(path: Path, ln: int, line: str) -> Case:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _fail(path, ln, f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(row, dict):
        raise _fail(path, ln, "a case must be a JSON object")
    for f in ("id", "text"):
        if not isinstance(row.get(f), str) or not row[f].strip():
            raise _fail(path, ln, f"field '{f}' is missing or not a non-empty string")
    # a page record (datasets/pages.jsonl): labels at the top level; one written elsewhere may leave out
    # `expect` (a page is expected) or any label it does not give
    if "gold" not in row and any(k in row for k in PAGE_KEYS):
        from .fidelity.gold import page_gold
        row = {"expect": "page", **row}
        row["gold"] = {**page_gold(row), "business_type": row.get("business_type")}
    if "gold" not in row:
        raise _fail(path, ln, "field 'gold' is missing")
    split = row.get("split")
    if split is not None and not isinstance(split, str):
        raise _fail(path, ln, "field 'split' must be a string such as dev or test")
    meta = {k: v for k, v in row.items() if k not in ("id", "text", "gold", "split")}
    return Case(id=row["id"], text=row["text"], gold=_check_gold(path, ln, row["gold"]), split=split, meta=meta)


def resolve_path(path: str | Path) -> Path:
    """Paths in suites name a data folder ("datasets/briefs.jsonl"); paths on the command line the cwd."""
    p = Path(path).expanduser()
    if not p.is_absolute() and not p.exists() and p.parts and p.parts[0] in FOLDERS:
        shipped = data_dir(p.parts[0]).joinpath(*p.parts[1:])
        if shipped.exists():
            p = shipped
    return p


def load_dataset(path: str | Path, split: str | None = None, labels: str | Path | None = None) -> Dataset:
    """Every case of a JSONL file (optionally one split), with gold template ids merged from `labels`."""
    p = resolve_path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read dataset ({exc.strerror or exc})") from exc
    cases, seen = [], set()
    for ln, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        case = parse_line(p, ln, line)
        if case.id in seen:
            raise _fail(p, ln, f"field 'id': {case.id!r} appears twice")
        seen.add(case.id)
        if split is None or case.split == split:
            cases.append(case)
    if not cases:
        where = f" in split {split!r}" if split else ""
        raise InputError(f"{p}: no cases{where}; check the file and the suite's split")
    digest = hashlib.sha256(raw)
    if labels:
        cases, lab_raw = merge_labels(cases, resolve_path(labels))
        digest.update(lab_raw)
    return Dataset(path=p, cases=cases, sha256=digest.hexdigest())


def merge_labels(cases: list[Case], path: Path) -> tuple[list[Case], bytes]:
    """Gold template ids kept apart from the briefs (`{"id", "template_id"}` per line); a missing file is fine."""
    if not path.exists():
        return cases, b""
    raw = path.read_bytes()
    labels = {}
    for ln, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            labels[row["id"]] = row["template_id"]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{ln}: expected {{\"id\": ..., \"template_id\": ...}} ({exc})") from exc
    out = [c if c.id not in labels or c.gold.get("template_id")
           else Case(c.id, c.text, {**c.gold, "template_id": labels[c.id]}, c.split, c.meta) for c in cases]
    return out, raw

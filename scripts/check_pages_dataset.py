#!/usr/bin/env python3
"""Validate the page-level gold set (datasets/pages.jsonl) and print its counts.

Usage:
    python scripts/check_pages_dataset.py [datasets/pages.jsonl] [--assign-splits]

Exit status: 0 = valid, 1 = problems found (each printed on its own line),
2 = the file cannot be read. `--assign-splits` rewrites every row's `split`
with the seeded rule below; use it only after adding rows.

Besides the schema (a pydantic model), it checks what makes a gold row usable:
every offering and not-offering phrase occurs verbatim in the brief, no
not-offering is part of an offering (else a correct card would be flagged),
every fact group can be satisfied by the brief's own wording (else a page that
repeats the owner's words would fail), the contact value is taken from the
brief, and the split follows the seeded, stratified rule.

Standalone on purpose: it does not import tapsite_pipeline, so the gold set
stays independent of the code it evaluates.
"""
from __future__ import annotations

import json
import random
import re
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

BUSINESS_TYPES = ["food_and_beverage", "retail", "services", "creative",
                  "education", "events", "technology", "other"]
NICHES = [
    "bakery", "coffee", "eatery", "catering", "drinks", "snacks", "frozen_food", "fashion",
    "cosmetics", "gifts", "plants", "grocery", "gadgets", "pet_shop", "crafts", "furniture",
    "books_stationery", "farm_produce", "laundry", "salon", "spa", "repair", "auto_repair",
    "cleaning", "tailor", "rental", "clinic", "fitness", "travel", "printing", "photo", "design",
    "music", "tutoring", "course", "wedding", "organizer", "decoration", "webdev", "marketing",
    "itsupport", "other",
]
FACT_KINDS = ["hours", "since_year", "price", "area", "delivery", "pickup", "package", "offer",
              "audience", "level", "turnaround", "address", "social", "other"]
CHANNELS = ["whatsapp", "phone", "email", "instagram", "form"]

SPLIT_SEED = 20250609
DEV_SHARE = 0.40
MIN_ROWS, MIN_ID_SHARE, MIN_NICHES, MIN_REFUSE, MIN_PER_TYPE = 240, 0.60, 36, 10, 20
MIN_WORDS, MAX_WORDS = 8, 80

E164_ID = re.compile(r"^\+62\d{7,13}$")
EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$")
HANDLE = re.compile(r"^@[a-z0-9._]{2,30}$")

BusinessType = Literal[tuple(BUSINESS_TYPES)]  # type: ignore[valid-type]
Niche = Literal[tuple(NICHES)]  # type: ignore[valid-type]
FactKind = Literal[tuple(FACT_KINDS)]  # type: ignore[valid-type]
NonEmpty = Field(min_length=1)


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    channel: Literal[tuple(CHANNELS)]  # type: ignore[valid-type]
    value: str | None

    @model_validator(mode="after")
    def _value_matches_channel(self):
        v = self.value
        ok = {"form": v is None,
              "whatsapp": v is not None and bool(E164_ID.match(v)),
              "phone": v is not None and bool(E164_ID.match(v)),
              "email": v is not None and bool(EMAIL.match(v)),
              "instagram": v is not None and bool(HANDLE.match(v))}[self.channel]
        if not ok:
            raise ValueError(f"value {v!r} is not a normalised {self.channel} contact")
        return self


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    kind: FactKind
    text: str = NonEmpty
    any_of: list[list[str]] = NonEmpty

    @model_validator(mode="after")
    def _groups_non_empty(self):
        for group in self.any_of:
            if not group or any(not a.strip() or a != a.strip() for a in group):
                raise ValueError(f"empty group or blank/padded alternative in {self.any_of}")
        return self


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    id: str = Field(pattern=r"^pg-\d{4}$")
    split: Literal["dev", "test"]
    language: Literal["id", "en"]
    style: Literal["chatty", "formal"]
    text: str = Field(min_length=3)
    expect: Literal["page", "refuse"]
    brand: str | None
    business_type: BusinessType | None
    niche: Niche | None
    offerings: list[str]
    not_offerings: list[str]
    facts: list[Fact]
    contact: Contact | None
    # rows added after the first 252 carry the name of their batch; a batch is its own set of
    # strata, so adding one never moves a row of another between dev and test
    batch: str | None = Field(default=None, pattern=r"^[a-z0-9-]+$")

    @model_validator(mode="after")
    def _shape_follows_expect(self):
        if self.expect == "refuse":
            if (self.brand, self.business_type, self.niche, self.contact) != (None,) * 4 \
                    or self.offerings or self.not_offerings or self.facts:
                raise ValueError("a refuse row has brand/business_type/niche/contact null "
                                 "and empty offerings/not_offerings/facts")
            return self
        if self.business_type is None or self.niche is None or self.contact is None:
            raise ValueError("a page row needs business_type, niche and contact")
        if self.brand is not None and (not self.brand.strip() or self.brand != self.brand.strip()):
            raise ValueError(f"brand {self.brand!r} is blank or padded")
        for name in ("offerings", "not_offerings"):
            items = getattr(self, name)
            if len(set(items)) != len(items):
                raise ValueError(f"{name} has duplicates")
            for p in items:
                if not p.strip() or p != p.strip() or p != p.lower():
                    raise ValueError(f"{name} item {p!r} must be lower case, non-empty, unpadded")
        return self


def alternative_in(text: str, alternative: str) -> bool:
    """The matching rule for fact alternatives: case-insensitive; an alternative that
    starts with a letter or digit must start a word ("hotel" matches "hotels", not "photel"),
    and one of at most 3 characters must also end one ("SMA" matches "SMA", not "smart")."""
    t, a = text.lower(), alternative.lower()
    prefix = r"(?<![^\W_])" if a[0].isalnum() else ""
    suffix = r"(?![^\W_])" if len(a) <= 3 and a[-1].isalnum() else ""
    return re.search(prefix + re.escape(a) + suffix, t) is not None


def expected_splits(rows: list[dict]) -> dict[str, str]:
    """Seeded shuffle per stratum (business_type; refuse rows form their own stratum; a later
    batch's rows form strata of their own); the first round(40 %) of each shuffled stratum is
    dev. Seeding per stratum keeps a stratum's assignment unchanged when rows are added to
    another one, so a new batch never moves a row that was already tuned on into test."""
    strata: dict[str, list[str]] = {}
    for r in rows:
        kind = r.get("business_type") or "refuse"
        strata.setdefault(f"{r['batch']}:{kind}" if r.get("batch") else kind, []).append(r["id"])
    out = {}
    for name, ids in strata.items():
        ids = sorted(ids)
        random.Random(f"{SPLIT_SEED}:{name}").shuffle(ids)
        n_dev = round(DEV_SHARE * len(ids))
        out.update({i: ("dev" if k < n_dev else "test") for k, i in enumerate(ids)})
    return out


def row_problems(r: Row) -> list[str]:
    """Checks that need the brief text (the pydantic model checks the shape)."""
    if r.expect == "refuse":
        return []
    errs, low = [], r.text.lower()
    words = len(r.text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errs.append(f"brief has {words} words (pages need {MIN_WORDS}-{MAX_WORDS})")
    if r.brand is not None and r.brand.lower() not in low:
        errs.append(f"brand {r.brand!r} does not occur in the brief")
    for name in ("offerings", "not_offerings"):
        for p in getattr(r, name):
            if p not in low:
                errs.append(f"{name} phrase {p!r} does not occur verbatim in the brief")
    for x in r.not_offerings:
        for o in r.offerings:
            if x in o:
                errs.append(f"not_offering {x!r} is part of offering {o!r}")
    for f in r.facts:
        for group in f.any_of:
            if not any(alternative_in(r.text, a) for a in group):
                errs.append(f"{f.kind} fact {f.text!r}: no alternative of {group} matches the brief")
    c = r.contact
    if c.channel in ("whatsapp", "phone"):
        if c.value[3:] not in re.sub(r"\D", "", r.text).replace("62" + c.value[3:], "0" + c.value[3:]):
            errs.append(f"contact {c.value} is not the number written in the brief")
    elif c.channel in ("email", "instagram") and c.value.lstrip("@") not in low:
        errs.append(f"contact {c.value} does not occur in the brief")
    return errs


def table(title: str, counter: Counter, keys=None, total: int | None = None) -> str:
    keys = list(keys) if keys is not None else [k for k, _ in counter.most_common()]
    total = total or sum(counter.values()) or 1
    width = max((len(str(k)) for k in keys), default=0)
    lines = [f"{title}:"] + [f"  {str(k):<{width}}  {counter.get(k, 0):4d}  ({100 * counter.get(k, 0) / total:5.1f}%)"
                             for k in keys]
    return "\n".join(lines)


def load(path: Path) -> tuple[list[dict], list[str]]:
    raws, problems = [], []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {lineno}: invalid JSON ({exc.msg})")
            continue
        raws.append(raw if isinstance(raw, dict) else {"_line": lineno})
    return raws, problems


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else Path("datasets/pages.jsonl")
    try:
        raws, problems = load(path)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {path}: {exc.strerror if isinstance(exc, OSError) else exc}")
        return 2

    if "--assign-splits" in argv:
        if problems or not all(isinstance(r.get("id"), str) for r in raws):
            print(f"error: {path} has unreadable rows or rows without an id; fix them before assigning splits")
            return 1
        splits = expected_splits(raws)
        raws = [{**r, "split": splits[r["id"]]} for r in raws]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in raws), encoding="utf-8")
        print(f"assigned splits to {len(raws)} rows (seed {SPLIT_SEED})")

    rows: list[Row] = []
    for k, raw in enumerate(raws, 1):
        try:
            row = Row.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "row"
            problems.append(f"{raw.get('id', f'row {k}')}: {where}: {first['msg']}")
            continue
        rows.append(row)
        problems += [f"{row.id}: {e}" for e in row_problems(row)]

    for name, counter in (("id", Counter(r.id for r in rows)),
                          ("text", Counter(" ".join(r.text.lower().split()) for r in rows))):
        problems += [f"duplicate {name} x{n}: {v[:60]!r}" for v, n in counter.items() if n > 1]
    if rows and len(rows) == len(raws):
        want = expected_splits([r.model_dump() for r in rows])
        wrong = [r.id for r in rows if r.split != want[r.id]]
        if wrong:
            problems.append(f"{len(wrong)} rows break the seeded split rule (seed {SPLIT_SEED}), e.g. "
                            f"{wrong[:5]}; run with --assign-splits after adding rows")

    pages = [r for r in rows if r.expect == "page"]
    n = len(rows)
    by = lambda f, rs=rows: Counter(f(r) for r in rs)  # noqa: E731
    lang, types, niches = by(lambda r: r.language), by(lambda r: r.business_type, pages), by(lambda r: r.niche, pages)
    split, refuse = by(lambda r: r.split), n - len(pages)
    if n < MIN_ROWS:
        problems.append(f"only {n} rows (need >= {MIN_ROWS})")
    if n and lang["id"] / n < MIN_ID_SHARE:
        problems.append(f"Indonesian share {lang['id'] / n:.1%} < {MIN_ID_SHARE:.0%}")
    if len(niches) < MIN_NICHES:
        problems.append(f"only {len(niches)} niches used (need >= {MIN_NICHES})")
    if refuse < MIN_REFUSE:
        problems.append(f"only {refuse} refuse rows (need >= {MIN_REFUSE})")
    problems += [f"business_type {t} has {types[t]} pages (need >= {MIN_PER_TYPE})"
                 for t in BUSINESS_TYPES if types[t] < MIN_PER_TYPE]
    if n and not 0.35 <= split["dev"] / n <= 0.45:
        problems.append(f"dev share {split['dev'] / n:.1%} is outside 35-45 %")

    words = [len(r.text.split()) for r in pages]
    print(f"file: {path}\nrows: {n}  (pages {len(pages)}, refuse {refuse})\n")
    print(table("by language", lang, ["id", "en"]))
    print(table("by style", by(lambda r: r.style), ["chatty", "formal"]))
    print(table("by split", split, ["dev", "test"]))
    print("\nby business_type (pages; dev/test):")
    for t in BUSINESS_TYPES + [None]:
        rs = [r for r in rows if r.business_type == t]
        d = sum(r.split == "dev" for r in rs)
        ids = sum(r.language == "id" for r in rs)
        print(f"  {t or '(refuse)':<18} {len(rs):4d}  dev/test {d:3d}/{len(rs) - d:<3d}  id/en {ids:3d}/{len(rs) - ids}")
    print(f"\nniches used: {len(niches)} of {len(NICHES)}")
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(niches.items(), key=lambda kv: (-kv[1], kv[0]))))
    print(table("\ncontact channel (pages)", by(lambda r: r.contact.channel, pages), CHANNELS))
    print(table("fact kinds", Counter(f.kind for r in pages for f in r.facts), FACT_KINDS))
    print(f"pages with no brand: {sum(r.brand is None for r in pages)}; "
          f"with >=1 not_offering: {sum(bool(r.not_offerings) for r in pages)}; "
          f"with >=1 fact: {sum(bool(r.facts) for r in pages)}")
    if words:
        print(f"brief length (words, pages): min {min(words)}, median {statistics.median(words):g}, max {max(words)}")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        print("\n".join(f"  ERROR {p}" for p in problems))
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

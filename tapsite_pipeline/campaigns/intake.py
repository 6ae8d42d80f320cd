"""Onboarding campaigns as input: a CSV of businesses → validated rows with stable site ids, and a report of bad rows.

A row's site is its business, not its text: a row with an `id` is the site of that id in the campaign
(in every revision of it); a row without one is the business it names (brand + place + contact), so
editing the row (its colour, a new WhatsApp number) keeps its site, and a second id-less row for a
business already in the file is a row error instead of a second site.

A campaign file is stored once under `<home>/campaigns/<key>/source.csv`, addressed by its key (the Dagster
partition: the campaign's name, or the dropped file's), so the assets, the sensor and the CLI all find the
same input from the partition key alone.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from tapsite_pipeline.brief import make_brief, require_reachable
from tapsite_pipeline.campaigns.csv_text import decode, detect_delimiter, records, unclosed_quote
from tapsite_pipeline.errors import InputError, TapsiteError
from tapsite_pipeline.files import atomic_write
from tapsite_pipeline.locks import exclusive
from tapsite_pipeline.models import MAX_BRIEF_CHARS, Brief
from tapsite_pipeline.photos import photo_cell
from tapsite_pipeline.policy.injection import neutralise
from tapsite_pipeline.policy.screen import Policy
from tapsite_pipeline.providers.offline_rules import brand_and_place
from tapsite_pipeline.safe_text import clean_text
from tapsite_pipeline.sites.keys import BusinessKey, contact_keys, norm, scoped_id

COLUMNS = ("brief", "id", "brand_name", "whatsapp", "email", "phone", "language", "photo")
OPTIONAL = COLUMNS[1:]
MAX_ROWS = 100_000
MAX_FILE_BYTES = 32_000_000   # 100,000 rows of a few hundred characters; anything bigger is refused unread
MAX_FIELD_CHARS = 4 * MAX_BRIEF_CHARS   # the csv module's own ceiling is 128 KiB; report long cells per row
MAX_ID_CHARS = 64
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_BROKEN = re.compile("[\udc80-\udcff]")   # bytes that were not UTF-8, kept by surrogateescape


class CampaignRow(BaseModel):
    """One valid row: where it came from, the site it becomes, and its brief."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    row: int
    row_id: str
    site_id: str
    brief: Brief
    brand_key: str = ""                      # the business it names (see row_key)
    location_key: str = ""
    contacts: list[str] = []

    def key(self) -> BusinessKey:
        return BusinessKey(self.brand_key, self.location_key, frozenset(self.contacts))


def row_key(brief: Brief) -> BusinessKey:
    """The business a row names, read without a model (the offline rules' brand and place): rows are keyed
    before any stage runs. A brief that names no brand is keyed by its whole text."""
    brand, place = brand_and_place(brief.text)
    brand = brief.brand_name or brand
    return BusinessKey(norm(brand) if brand else "brief: " + norm(brief.text), norm(place),
                       contact_keys(brief.whatsapp, brief.phone, brief.email))


@dataclass(frozen=True)
class RowError:
    """A row that will not become a site; `row` is numbered as in a spreadsheet (header = row 1)."""

    row: int
    reason: str
    row_id: str | None = None
    verdict: Any = None   # the content policy's, when that is why the row was refused


@dataclass
class ParsedCampaign:
    rows: list[CampaignRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = "comma"
    warnings: list[str] = field(default_factory=list)   # the file was read, but check this
    injections: list[tuple[int, str]] = field(default_factory=list)   # rows whose brief had one cut out

    @property
    def total(self) -> int:
        return len(self.rows) + len(self.errors)


def check_key(key: str) -> str:
    if not KEY_RE.match(key):
        raise InputError(f"campaign name {key!r} must be 1–63 characters of a-z, 0-9, '-' or '_', "
                         "starting with a letter or digit")
    return key


def _header(cells: list[str]) -> list[str]:
    names = [c.strip().lower().replace(" ", "_") for c in cells]
    if "brief" not in names:
        raise InputError(f"the CSV has no 'brief' column (found: {', '.join(n for n in names if n) or 'none'}); "
                         f"the first row must name the columns, e.g. {','.join(COLUMNS)}")
    return names


def parse_campaign(data: bytes, campaign: str, policy: Policy | None = None, scope: str | None = None,
                   known: list[tuple[BusinessKey, str]] | None = None, base_dir: Path | None = None) -> ParsedCampaign:
    """Every row of a campaign CSV, either as a CampaignRow or as a RowError saying why not.

    The encoding and delimiter are detected (csv_text); every record is checked against the
    physical lines it spans, so no row is merged into another or cut short without a row error.
    Each brief is screened by the content `policy` (default: the offline classifier). A `photo` cell names
    the owner's photos relative to `base_dir`, the folder the CSV came from.
    `scope` names whose rows these are (the campaign's name, default its key): a row id means the same
    site in every revision of that campaign. `known` are the (business, site_id) pairs of its earlier
    revisions: a row without an id that names one of them (even edited) keeps that site.
    """
    policy = policy or Policy()
    scope = scope or campaign
    taken: dict[str, list[tuple[BusinessKey, int]]] = {}   # by brand: only a shared brand can be the same business
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"the CSV is {len(data) / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES // 1_000_000} MB "
                         "(about 100,000 rows): split it into several campaigns")
    decoded = decode(data)
    text = decoded.text.removeprefix("\ufeff")
    decoded.delimiter = detect_delimiter(text)
    lines = text.splitlines()
    recs = records(text, decoded.delimiter)
    out = ParsedCampaign(encoding=decoded.encoding, delimiter=decoded.delimiter_name, warnings=decoded.warnings)
    head = next(recs, None)
    if head is None or head.cells is None or not any(c.strip() for c in head.cells):
        raise InputError("the CSV is empty: it needs a header row with a 'brief' column and one row per business")
    header = _header(head.cells)
    out.ignored_columns = [n for n in header if n and n not in COLUMNS]
    seen: dict[str, int] = {}
    row_no = 1
    for rec in recs:
        row_no += 1
        if rec.cells is not None and not any(c.strip() for c in rec.cells):
            continue  # blank lines (e.g. left at the end by a spreadsheet) are not businesses
        if len(out.rows) + len(out.errors) >= MAX_ROWS:
            raise InputError(f"the CSV has more than {MAX_ROWS} rows; split it into several campaigns")
        where = f"line {rec.first_line}" if rec.first_line == rec.last_line else \
            f"lines {rec.first_line}–{rec.last_line}"
        problem = f"{where}: {rec.error}" if rec.error else unclosed_quote(rec, lines, decoded.delimiter, len(header))
        cells = rec.cells or []
        extra = [c for c in cells[len(header):] if c.strip()]
        if problem is None and extra:
            problem = (f"{where}: the row has {len(cells)} cells but the header names {len(header)} columns; text "
                       f"that contains a {decoded.delimiter_name} must be in quotes")
        if problem is not None:
            out.errors.append(RowError(row_no, problem))
            continue
        values = {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(header) if name in COLUMNS}
        row_id = clean_text(values.get("id") or "").strip() or None
        if values.get("language"):
            values["language"] = values["language"].strip().lower()
        error = _row_problem(values, row_id, seen)
        verdict = None
        if error is None:
            try:
                brief = make_brief(values["brief"], **{k: values.get(k) for k in OPTIONAL if k not in ("id", "photo")},
                                   id=row_id, photos=photo_cell(values.get("photo"), base_dir), require_contact=False)
            except InputError as exc:
                error = str(exc)
        if error is None:
            if neutralise(values["brief"])[1]:
                out.injections.append((row_no, values["brief"]))
            verdict = policy.check(brief.text)
            error = verdict.message if verdict.refused else None
        if error is None:
            try:
                warning = require_reachable(brief)  # after the content policy, as on the CLI
                if warning:
                    out.warnings.append(f"row {row_no}{f' ({row_id})' if row_id else ''}: {warning}")
            except InputError as exc:
                error = str(exc)
        if error is not None:
            out.errors.append(RowError(row_no, error, row_id, verdict if verdict and verdict.refused else None))
            continue
        rid = row_id or f"row-{row_no}"
        seen[rid] = row_no
        if row_id:  # the owner named the row: that name is the site (rows are keyed only when unnamed)
            out.rows.append(CampaignRow(row=row_no, row_id=rid, site_id=scoped_id(scope, "row", row_id),
                                        brief=brief))
            continue
        key = row_key(brief)
        twin = next((n for k, n in taken.get(key.brand, ()) if k.compatible(key)), None)
        if twin is not None:
            del seen[rid]
            out.errors.append(RowError(row_no, f"the same business as row {twin} ({brief.brand_name or key.brand}"
                                               f"{', ' + key.location if key.location else ''}): one site per "
                                               "business; if it is another branch, add its location or contact, "
                                               "or give each row an id"))
            continue
        taken.setdefault(key.brand, []).append((key, row_no))
        site_id = next((sid for k, sid in known or () if k.compatible(key)), None) or scoped_id(
            scope, "business", key.brand, key.location, *sorted(key.contacts))
        out.rows.append(CampaignRow(row=row_no, row_id=rid, site_id=site_id, brief=brief, brand_key=key.brand,
                                    location_key=key.location, contacts=sorted(key.contacts)))
    return out


def _row_problem(values: dict[str, str], row_id: str | None, seen: dict[str, int]) -> str | None:
    for name, value in values.items():
        if _BROKEN.search(value):
            return f"column {name!r} is not valid UTF-8 text; save the CSV as 'CSV UTF-8' and upload it again"
        if len(value) > MAX_FIELD_CHARS:
            return f"column {name!r} is {len(value)} characters long; the limit is {MAX_BRIEF_CHARS}"
    if not (values.get("brief") or "").strip():
        return "the brief is empty: describe the business in one sentence"
    if row_id is not None:
        if len(row_id) > MAX_ID_CHARS:
            return f"id is {len(row_id)} characters long; the limit is {MAX_ID_CHARS}"
        if row_id in seen:
            return f"duplicate id {row_id!r} (first used on row {seen[row_id]}); give every row its own id"
    return None


# ---------------------------------------------------------------- campaign files under the project home

@dataclass(frozen=True)
class CampaignFile:
    """A registered campaign: its key (the Dagster partition), a display name, where its CSV is kept."""

    key: str
    name: str
    source: str
    sha256: str
    path: str
    registered_at: str
    revision: int = 1        # a named campaign re-run with an edited CSV is its next revision

    def to_json(self) -> dict:
        return asdict(self)


def campaign_dir(home: Path, key: str) -> Path:
    return Path(home) / "campaigns" / check_key(key)


def key_from_name(text: str) -> str:
    """A campaign key a person recognises: the file's (or campaign's) name, lower-case, a-z 0-9 - _."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9_-]+", "-", ascii_).strip("-_")[:56].rstrip("-_")
    return slug or "campaign"


def _by_content(home: Path, sha: str) -> CampaignFile | None:
    for meta in sorted((Path(home) / "campaigns").glob("*/campaign.json")):
        info = CampaignFile(**json.loads(meta.read_text(encoding="utf-8")))
        if info.sha256 == sha:
            return info
    return None


def _write(home: Path, folder: Path, key: str, name: str, data: bytes, source: str, sha: str) -> CampaignFile:
    atomic_write(folder / "source.csv", data)
    info = CampaignFile(key=key, name=name, source=str(source), sha256=sha, path=str(folder / "source.csv"),
                        registered_at=datetime.now(UTC).isoformat(timespec="seconds"))
    atomic_write(folder / "campaign.json", json.dumps(info.to_json(), indent=1).encode())
    return info


def register_file(home: Path, data: bytes, source: str, name: str | None = None) -> CampaignFile:
    """Store the CSV under its key (once) and return its campaign.

    With `name`: that key; a different CSV under a name already used becomes the campaign's next revision
    (the previous CSV is kept under revisions/): its rows keep their sites, and only the rows that changed
    are generated again. Without: the same bytes again are the
    campaign they were (whatever the file is called now); new bytes get the file's name as key — `march`,
    then `march-2` for a different file of the same name. Keys are claimed by creating their folder, so a
    sensor and a CLI run racing on the same file agree.
    """
    sha = hashlib.sha256(data).hexdigest()
    if name:
        key = check_key(name)
        folder = campaign_dir(home, key)
        meta_path = folder / "campaign.json"
        if meta_path.exists():
            existing = load_file(home, key)
            if existing.sha256 == sha:
                return existing
            kept = folder / "revisions" / f"{existing.revision}-{existing.sha256[:12]}.csv"
            kept.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(kept, (folder / "source.csv").read_bytes())
            atomic_write(folder / "source.csv", data)
            info = replace(existing, source=str(source), sha256=sha, revision=existing.revision + 1)
            atomic_write(meta_path, json.dumps(info.to_json(), indent=1).encode())
            return info
        folder.mkdir(parents=True, exist_ok=True)
        return _write(home, folder, key, name, data, source, sha)
    known = _by_content(home, sha)
    if known:
        return known
    base = key_from_name(Path(source).stem)
    root = Path(home) / "campaigns"
    root.mkdir(parents=True, exist_ok=True)
    for n in range(1, 10_000):
        key = base if n == 1 else f"{base}-{n}"
        try:
            (root / key).mkdir()
        except FileExistsError:
            twin = root / key / "campaign.json"
            for _ in range(40):   # a claim a moment old may still be writing its campaign.json
                if twin.exists():
                    break
                time.sleep(0.05)
            if twin.exists() and load_file(home, key).sha256 == sha:
                return load_file(home, key)   # another process registered these bytes a moment ago
            continue
        return _write(home, root / key, key, Path(source).stem, data, source, sha)
    raise InputError(f"no free campaign key left for {base!r}; pass --name")


def campaign_run_lock(home: Path, key: str):
    """Held for the whole of a campaign's run (re-entrant in the process, so its assets take it too)."""
    return exclusive(campaign_dir(home, key) / ".run.lock",
                     f"campaign {key!r} is being generated by another run; wait for it to finish "
                     "(Dagster UI → Runs, or `tapsite campaign status`) and try again")


def read_campaign_file(path: Path) -> bytes:
    """A campaign CSV's bytes; a file too large to be one is refused before it is read."""
    size = Path(path).stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{Path(path).name} is {size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES // 1_000_000} MB "
                         "(about 100,000 rows): split it into several campaigns")
    return Path(path).read_bytes()


def accept_file(home: Path, path: Path, name: str | None = None) -> tuple[CampaignFile, ParsedCampaign]:
    """Check a campaign CSV (size, encoding, delimiter, header) and only then store it under the home:
    a refused file leaves nothing behind."""
    data = read_campaign_file(path)
    # Checked before anything is stored, so under a provisional key: the parse gives counts, encoding and
    # warnings; the assets parse the stored file again under the campaign's own key for its site ids.
    parsed = parse_campaign(data, check_key(name) if name else "unregistered", base_dir=Path(path).resolve().parent)
    return register_file(home, data, source=str(Path(path).resolve()), name=name), parsed


def refuse_dropped(path: Path, reason: str) -> None:
    """Take a refused file out of the drop folder (it would be retried forever), noting why beside it."""
    line = f"{datetime.now(UTC).isoformat(timespec='seconds')}\t{path.name}\t{reason}\n"
    with open(path.parent / "refused.log", "a", encoding="utf-8") as fh:
        fh.write(line)
    path.unlink(missing_ok=True)


def load_file(home: Path, key: str) -> CampaignFile:
    meta_path = campaign_dir(home, key) / "campaign.json"
    if not meta_path.exists():
        raise TapsiteError(f"no campaign {key!r} under {Path(home) / 'campaigns'}: drop its CSV in the drop "
                           "folder or run `tapsite campaign run FILE.csv` first")
    return CampaignFile(**json.loads(meta_path.read_text(encoding="utf-8")))


def find_file(home: Path, name: str) -> CampaignFile:
    """A campaign by key, or by the display name it was registered with."""
    root = Path(home) / "campaigns"
    if KEY_RE.match(name) and (root / name / "campaign.json").exists():
        return load_file(home, name)
    named = [CampaignFile(**json.loads(m.read_text(encoding="utf-8"))) for m in sorted(root.glob("*/campaign.json"))]
    named = [info for info in named if info.name == name]
    if named:  # edited copies of one file share its name: the latest is the campaign
        return max(named, key=lambda info: info.registered_at)
    raise TapsiteError(f"no campaign named {name!r} under {root}; `tapsite campaign run FILE.csv` starts one")




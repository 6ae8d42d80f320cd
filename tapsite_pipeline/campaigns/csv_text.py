"""A campaign file's bytes as CSV records: encoding and delimiter detected, every record tied to its lines.

Spreadsheets save CSVs as UTF-8 (with or without a BOM), UTF-16 ("Unicode text"), or Windows-1252
("CSV" in older Excel), separated by commas, semicolons (locales with a decimal comma) or tabs. Each
record keeps the physical lines it came from, so a quote left open is reported where it opened
instead of silently swallowing the rows after it.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import charset_normalizer

from tapsite_pipeline.errors import InputError

DELIMITERS = ",;\t|"
_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_WIDE = {"utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"}
_ID_LIKE = re.compile(r"\S{1,64}")


@dataclass
class CsvText:
    text: str
    encoding: str
    delimiter: str = ","
    warnings: list[str] = field(default_factory=list)

    @property
    def delimiter_name(self) -> str:
        return _NAMES.get(self.delimiter, repr(self.delimiter))


def decode(data: bytes) -> CsvText:
    """The file's text. UTF-8 (bytes that are not UTF-8 are kept as surrogates, reported per row),
    UTF-16/32 by BOM or by shape, else Windows-1252 with a warning; binary files are refused."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return CsvText(data.decode(enc), enc.replace("-sig", ""))
    try:
        return CsvText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None and best.encoding in _WIDE:
        try:
            return CsvText(data.decode(best.encoding), best.encoding.replace("_", "-"))
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError("the file is not text (it holds binary data); save the spreadsheet as CSV")
    if _has_utf8_sequences(data):   # a UTF-8 file with a few broken bytes: each row is checked on its own
        return CsvText(data.decode("utf-8", errors="surrogateescape"), "utf-8")
    text = data.decode("cp1252", errors="replace")
    return CsvText(text, "cp1252", warnings=[
        "the file is not UTF-8; it was read as Windows-1252 (cp1252), the encoding older Excel versions "
        "save CSVs in. Check accented letters in the pages, or save the file as 'CSV UTF-8' next time"])


def _has_utf8_sequences(data: bytes) -> bool:
    return re.search(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}", data) is not None


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the header into columns including 'brief' (csv.Sniffer breaks ties)."""
    head = text.split("\n", 1)[0]
    candidates = []
    for d in DELIMITERS:
        cells = [c.strip().lower() for c in next(csv.reader([head], delimiter=d), [])]
        if "brief" in cells:
            candidates.append((len(cells), d))
    if len(candidates) == 1:
        return candidates[0][1]
    try:
        sniffed = csv.Sniffer().sniff(text[:65536], delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    if candidates:
        ds = [d for _, d in candidates]
        return sniffed if sniffed in ds else max(candidates)[1]
    return sniffed or ","


@dataclass
class Record:
    """One CSV record and the physical lines (1-based, inclusive) it was read from."""

    first_line: int
    last_line: int
    cells: list[str] | None
    error: str | None = None


def records(text: str, delimiter: str) -> Iterator[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 0
    while True:
        first = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line = reader.line_num
            yield Record(first, line, None, f"the row is not valid CSV: {exc}")
            continue
        line = reader.line_num
        yield Record(first, line, cells)


def unclosed_quote(rec: Record, text_lines: list[str], delimiter: str, columns: int) -> str | None:
    """Why this multi-line record looks like a quote left open (None if its line breaks are legitimate).

    A quoted field may hold line breaks; but an odd number of quote marks over the record's lines, or
    a line inside a field that reads as a row of its own (all the columns, an id-like first cell),
    means the quote swallowed rows that were meant to stand on their own.
    """
    if rec.cells is None or rec.last_line == rec.first_line:
        return None
    raw = "\n".join(text_lines[rec.first_line - 1:rec.last_line])
    looks_like_rows = []
    for cell in rec.cells:
        for inner in cell.split("\n")[1:]:
            parts = next(csv.reader([inner], delimiter=delimiter), [])
            if columns >= 2 and len(parts) == columns and _ID_LIKE.fullmatch(parts[0].strip() or " "):
                looks_like_rows.append(inner)
    if raw.count('"') % 2 == 0 and not looks_like_rows:
        return None
    return (f"a quote (\") opened on line {rec.first_line} is not closed where it should be, so lines "
            f"{rec.first_line + 1}–{rec.last_line} were read into this row; close the quote, or write a quote "
            "inside text as two (\"\")")

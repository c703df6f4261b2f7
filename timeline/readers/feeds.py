"""Feeds: JSON Lines, CSV and JSON arrays of rows ``id, url, source, published, title, text``.

Each row is an article keyed ``<file stem>#<id>``; the row's ``published`` field is authoritative.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from timeline.datewindow import window_problem
from timeline.readers.build import make_article
from timeline.readers.metadata import Metadata, parse_timestamp
from timeline.readers.noise import noise_spans
from timeline.readers.result import ReadError, ReadResult
from timeline.readers.tables import ReaderTables, default_tables
from timeline.reasons import Reason

FEED_FIELDS = ("id", "url", "source", "published", "title", "text")


def read_rows(
    path: Path, rows: list[tuple[int, object]], published=None, tables: ReaderTables | None = None
) -> ReadResult:
    """Articles from ``(row number, row)`` pairs; a bad row is an error, the others still count (``tables``: the
    reference's reader tables, default the shipped ones)."""
    if tables is None:
        tables = default_tables()
    result = ReadResult()
    seen: set[str] = set()
    for number, row in rows:
        try:
            _read_row(path, number, row, published, seen, result, tables)
        except RecursionError:
            result.errors.append(ReadError(str(path), number, Reason("row_too_deep")))
        except Exception as exc:  # noqa: BLE001 - one bad row must never lose the others
            result.errors.append(ReadError(str(path), number, Reason("row_unreadable", error=repr(exc))))
    return result


def _read_row(
    path: Path, number: int, row: object, published, seen: set[str], result: ReadResult, tables: ReaderTables
) -> None:
    """Add the row's article, or one error saying why the row is not read, to ``result``."""
    if not isinstance(row, dict):
        result.errors.append(ReadError(str(path), number, Reason("row_not_object")))
        return
    row_id = str(row.get("id") or "").strip() or str(number)
    where = row_id if row.get("id") else number
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        result.errors.append(ReadError(str(path), where, Reason("row_no_text")))
        return
    if "\x00" in text:
        result.errors.append(ReadError(str(path), where, Reason("row_nul")))
        return
    if row_id in seen:
        result.errors.append(ReadError(str(path), where, Reason("duplicate_id", id=row_id)))
        return
    seen.add(row_id)
    warnings = []
    when = parse_timestamp(row.get("published"), tables)
    if row.get("published") and when is None:
        warnings.append(f"feed published {row['published']!r} is not a date")
    if problem := window_problem(when, Reason("date_published")):
        result.errors.append(ReadError(str(path), where, problem))
        return
    meta = Metadata(
        published=when,
        origin="feed",
        url=_field(row, "url"),
        source=_field(row, "source"),
        title=_field(row, "title"),
    )
    text = text.replace("\r\n", "\n")
    result.articles.append(
        make_article(
            f"{path.stem}#{row_id}",
            text,
            path,
            metadata=[meta],
            published=published,
            noise=noise_spans(text, tables),
            warnings=tuple(warnings),
            tables=tables,
        )
    )


def jsonl_rows(path: Path, text: str) -> tuple[list[tuple[int, object]], list[ReadError]]:
    """Rows of a JSON Lines file (numbered from 1); a line that is not JSON is an error for that row."""
    rows, errors = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if "\x00" in line:
            errors.append(ReadError(str(path), number, Reason("line_nul")))
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            errors.append(ReadError(str(path), number, Reason("invalid_json_line", error=exc.msg)))
        except RecursionError:
            errors.append(ReadError(str(path), number, Reason("json_too_deep")))
    return rows, errors


def csv_rows(path: Path, text: str) -> tuple[list[tuple[int, object]], list[ReadError]]:
    """Rows of a CSV file with a header line (numbered from 1 after the header)."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "text" not in [f.strip() for f in reader.fieldnames]:
        return [], [ReadError(str(path), None, Reason("csv_header", columns=", ".join(FEED_FIELDS)))]
    try:
        rows = [(n, {(k or "").strip(): v for k, v in row.items()}) for n, row in enumerate(reader, start=1)]
    except csv.Error as exc:
        return [], [ReadError(str(path), reader.line_num, Reason("broken_csv", error=str(exc)))]
    return rows, []


def _field(row: dict, name: str) -> str | None:
    value = row.get(name)
    return value.strip() or None if isinstance(value, str) else None

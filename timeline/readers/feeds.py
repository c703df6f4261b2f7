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

FEED_FIELDS = ("id", "url", "source", "published", "title", "text")


def read_rows(path: Path, rows: list[tuple[int, object]], published=None) -> ReadResult:
    """Articles from ``(row number, row)`` pairs; a bad row is an error, the others still count."""
    result = ReadResult()
    seen: set[str] = set()
    for number, row in rows:
        try:
            _read_row(path, number, row, published, seen, result)
        except RecursionError:
            result.errors.append(ReadError(str(path), number, "row nested too deeply to read"))
        except Exception as exc:  # noqa: BLE001 - one bad row must never lose the others
            result.errors.append(ReadError(str(path), number, f"row could not be read ({exc!r})"))
    return result


def _read_row(path: Path, number: int, row: object, published, seen: set[str], result: ReadResult) -> None:
    """Add the row's article, or one error saying why the row is not read, to ``result``."""
    if not isinstance(row, dict):
        result.errors.append(ReadError(str(path), number, "row is not an object with named fields"))
        return
    row_id = str(row.get("id") or "").strip() or str(number)
    where = row_id if row.get("id") else number
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        result.errors.append(ReadError(str(path), where, "row has no text"))
        return
    if "\x00" in text:
        result.errors.append(ReadError(str(path), where, "NUL character in the text (binary data)"))
        return
    if row_id in seen:
        result.errors.append(ReadError(str(path), where, f"duplicate id {row_id!r}"))
        return
    seen.add(row_id)
    warnings = []
    when = parse_timestamp(row.get("published"))
    if row.get("published") and when is None:
        warnings.append(f"feed published {row['published']!r} is not a date")
    if problem := window_problem(when, "published"):
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
            noise=noise_spans(text),
            warnings=tuple(warnings),
        )
    )


def jsonl_rows(path: Path, text: str) -> tuple[list[tuple[int, object]], list[ReadError]]:
    """Rows of a JSON Lines file (numbered from 1); a line that is not JSON is an error for that row."""
    rows, errors = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if "\x00" in line:
            errors.append(ReadError(str(path), number, "NUL byte in the line (binary data, not JSON)"))
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            errors.append(ReadError(str(path), number, f"invalid JSON ({exc.msg})"))
        except RecursionError:
            errors.append(ReadError(str(path), number, "JSON nested too deeply to read"))
    return rows, errors


def csv_rows(path: Path, text: str) -> tuple[list[tuple[int, object]], list[ReadError]]:
    """Rows of a CSV file with a header line (numbered from 1 after the header)."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "text" not in [f.strip() for f in reader.fieldnames]:
        return [], [ReadError(str(path), None, f"CSV header must name the columns {', '.join(FEED_FIELDS)}")]
    try:
        rows = [(n, {(k or "").strip(): v for k, v in row.items()}) for n, row in enumerate(reader, start=1)]
    except csv.Error as exc:
        return [], [ReadError(str(path), reader.line_num, f"broken CSV ({exc})")]
    return rows, []


def _field(row: dict, name: str) -> str | None:
    value = row.get(name)
    return value.strip() or None if isinstance(value, str) else None

"""Feeds: JSON Lines, CSV and JSON arrays of rows ``id, url, source, published, title, text``.

Each row is an article keyed ``<file stem>#<id>``; the row's ``published`` field is authoritative.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

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
        if not isinstance(row, dict):
            result.errors.append(ReadError(str(path), number, "row is not an object with named fields"))
            continue
        row_id = str(row.get("id") or "").strip() or str(number)
        where = row_id if row.get("id") else number
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            result.errors.append(ReadError(str(path), where, "row has no text"))
            continue
        if row_id in seen:
            result.errors.append(ReadError(str(path), where, f"duplicate id {row_id!r}"))
            continue
        seen.add(row_id)
        warnings = []
        when = parse_timestamp(row.get("published"))
        if row.get("published") and when is None:
            warnings.append(f"feed published {row['published']!r} is not a date")
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
    return result


def jsonl_rows(path: Path, text: str) -> tuple[list[tuple[int, object]], list[ReadError]]:
    """Rows of a JSON Lines file (numbered from 1); a line that is not JSON is an error for that row."""
    rows, errors = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            errors.append(ReadError(str(path), number, f"invalid JSON ({exc.msg})"))
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

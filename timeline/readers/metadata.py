"""Metadata that does not come from the printed text: sidecar files, ISO stamps, dates in URLs."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.datewindow import in_window, window_problem
from timeline.readers.datelines import parse_stamp
from timeline.reasons import Reason

if TYPE_CHECKING:
    from timeline.readers.tables import ReaderTables

SIDECAR_SUFFIX = ".meta.json"
URL_DATE_PATTERNS = (
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_-]|$)"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:/|$)"),
)


@dataclass(frozen=True)
class Metadata:
    """What a container or sidecar says about an article; ``origin`` is the contract's ``published_from``."""

    published: dt.datetime | None = None
    origin: str = "metadata"
    url: str | None = None
    source: str | None = None
    title: str | None = None


def parse_iso(value: object) -> dt.datetime | None:
    """An ISO 8601 date or date-time ('2019-04-29T19:22', '2018-10-10T09:31:00Z', '2019-07-14'), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace(" ", "T", 1)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.combine(dt.date.fromisoformat(text[:10]), dt.time())
    except ValueError:
        return None


def parse_timestamp(value: object, tables: ReaderTables | None = None) -> dt.datetime | None:
    """A metadata date in any form feeds use: ISO 8601, RFC 2822 ('Sat, 16 Feb 2019 10:08:00 GMT'),
    or a printed stamp ('16 شباط 2019 - 10:08', read with ``tables``, the reference's reader tables);
    None when it is none of these."""
    parsed = parse_iso(value)
    if parsed is not None or not isinstance(value, str):
        return parsed
    try:
        return parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        pass
    stamp = parse_stamp(value, tables)
    return stamp.to_datetime() if stamp is not None and stamp.year is not None else None


def url_date(url: str | None) -> dt.datetime | None:
    """The date in a URL path (/2019/02/16/, /20181104/), the last resort for a publication date."""
    if not url:
        return None
    for pattern in URL_DATE_PATTERNS:
        for match in pattern.finditer(url):
            try:
                day = dt.datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
            if in_window(day):
                return day
    return None


def sidecar_path(path: Path) -> Path:
    """``NAME.meta.json`` beside ``NAME.txt`` / ``NAME.html``."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def read_sidecar(path: Path, tables: ReaderTables | None = None) -> tuple[Metadata | None, str | None]:
    """The sidecar of ``path`` as Metadata, or ``(None, reason)`` when it exists but cannot be used."""
    side = sidecar_path(path)
    try:
        if not side.is_file():
            return None, None
    except OSError:  # e.g. the sidecar's name would be too long: then there is none
        return None, None
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, Reason("sidecar_bad_json", name=side.name, error=str(exc))
    if not isinstance(data, dict):
        return None, Reason("sidecar_not_object", name=side.name)
    published = parse_timestamp(data.get("published"), tables)
    if data.get("published") and published is None:
        return None, Reason("sidecar_bad_date", name=side.name, value=data["published"])
    if problem := window_problem(published, Reason("date_sidecar", name=side.name)):
        return None, problem
    return (
        Metadata(
            published=published,
            origin="metadata",
            url=_text(data.get("url")),
            source=_text(data.get("source")),
            title=_text(data.get("title")),
        ),
        None,
    )


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None

"""Assemble an Article from text and whatever metadata a reader found, deciding where the date comes from.

Order (first that gives a date wins): the ``--published`` option; metadata (sidecar, feed field,
Telegram date, HTML meta); the article's own printed stamp (``datelines``); a date in the URL path.
The publishing outlet is found by ``outlets.find_publisher``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from timeline.article import Article
from timeline.datewindow import window_problem
from timeline.readers.datelines import publication_stamp
from timeline.readers.language import detect_language
from timeline.readers.metadata import Metadata, url_date
from timeline.readers.outlets import find_publisher
from timeline.readers.tables import ReaderTables, default_tables


def make_article(
    key: str,
    text: str,
    path: Path,
    *,
    metadata: Sequence[Metadata] = (),
    published: dt.datetime | None = None,
    title: str | None = None,
    noise: tuple[tuple[int, int], ...] = (),
    widgets: tuple[tuple[int, int], ...] = (),
    warnings: tuple[str, ...] = (),
    tables: ReaderTables | None = None,
) -> Article:
    """The Article for ``text``; ``metadata`` is in order of authority (sidecar before HTML meta);
    ``widgets`` are spans of page chrome whose dates must not win (see ``datelines.publication_stamp``);
    ``tables``: the reference's reader tables (default the shipped ones)."""
    if tables is None:
        tables = default_tables()
    url = _without_nul(_first(m.url for m in metadata))
    warnings = list(warnings)
    if "\x00" in text:  # a NUL is no letter, and PostgreSQL refuses it in text: a space keeps every offset
        text = text.replace("\x00", " ")
        warnings.append("NUL characters in the text were read as spaces")
    metadata = [_dated_in_window(meta, warnings) for meta in metadata]
    known = published or _first(m.published for m in metadata)
    stamp = publication_stamp(text, near=known.date() if known else None, widgets=widgets, tables=tables)
    if stamp is not None and (problem := _stamp_problem(stamp)):
        warnings.append(f"{problem}; ignored")
        stamp = None
    if stamp is not None:
        warnings.extend(stamp.warnings)
    when, origin = None, "none"
    if published is not None:
        when, origin = published, "option"
    else:
        for meta in metadata:
            if meta.published is not None:
                when, origin = meta.published, meta.origin
                break
    if when is None and stamp is not None:
        when, origin = stamp.to_datetime(), stamp.published_from
    elif when is not None and stamp is not None and stamp.to_datetime().date() != when.date():
        warnings.append(f"printed date {stamp.to_datetime().date()} differs from the {origin} date {when.date()}")
    if when is None and (from_url := url_date(url)) is not None:
        when, origin = from_url, "url"
    language = detect_language(text)
    publisher = find_publisher(
        text,
        language,
        metadata_sources=[m.source for m in metadata if m.source and m.origin != "telegram"],
        url=url,
        channel=_first(m.source for m in metadata if m.origin == "telegram"),
        tables=tables,
    )
    return Article(
        key=key,
        text=text,
        title=_without_nul(_first(m.title for m in metadata) or title),
        published=when,
        published_from=origin,
        source=_without_nul(publisher.source),
        url=url,
        language=language,
        path=str(path),
        noise=noise,
        warnings=tuple(warnings),
        outlet_id=publisher.outlet.id if publisher.outlet else None,
        outlet_stance=publisher.outlet.stance if publisher.outlet else None,
    )


def _dated_in_window(meta: Metadata, warnings: list[str]) -> Metadata:
    """``meta`` without its date when the date is outside the sane window (with a warning saying so)."""
    if problem := window_problem(meta.published, f"{meta.origin} date"):
        warnings.append(f"{problem}; ignored")
        return dataclasses.replace(meta, published=None)
    return meta


def _stamp_problem(stamp) -> str | None:
    try:
        return window_problem(stamp.to_datetime(), "printed date")
    except ValueError as exc:
        return f"printed date is not a date ({exc})"


def _first(values):
    return next((v for v in values if v), None)


def _without_nul(value: str | None) -> str | None:
    """A title, URL or outlet name without NUL characters (binary debris; PostgreSQL refuses them)."""
    return value.replace("\x00", "") if value else value

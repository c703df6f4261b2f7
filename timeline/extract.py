"""Extraction of one article: a pure function of (article, reference tables) -> contract dict.

The same function serves the ``extract`` command, ingest, the dashboard upload and briefings.

A text longer than ``SEGMENT_CHARS`` (several times the longest real report) is extracted in segments
cut at paragraph, else sentence, else word boundaries, with every span shifted back into the whole
text: the date and incident steps look at the mentions around each clause, so their time grows faster
than the text, and bounded segments keep a huge or one-line report linear in its length. Shorter
texts (every real report) are extracted whole, exactly as before.
"""

from __future__ import annotations

import dataclasses
import re

from timeline.article import Article
from timeline.dates import tag_dates
from timeline.dates.mention import DateMention
from timeline.events import extract_events
from timeline.genres import genre_events, with_shared_sides
from timeline.headings import with_section_headings
from timeline.reading import ReportReading, read_report
from timeline.reference import Reference, default_reference

SEGMENT_CHARS = 50_000
SPAN_KEYS = ("relative_to_agreement_evidence",)  # optional event keys holding spans of the text
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?؟]\s"), re.compile(r"\s"))


def extract_article(article: Article, reference: Reference | None = None) -> dict:
    """The contract's object for one article: ``{"article": ..., "dates": [...], "events": [...]}``, read with
    ``reference``'s tables (default: the shipped ones; a batch passes one reference to every article)."""
    reference = reference or default_reference()
    body = article.body
    if len(body) <= SEGMENT_CHARS:
        reading = read_report(body, reference)  # once for the date tagger and both incident readers
        dates = tag_dates(body, article.published, article.language, reading.view.normalized, reference.dates)
        events = _events(article, dates, reading)
    else:
        dates, events = _extract_segments(article, body, reference)
    return {
        "article": article.metadata_dict(),
        "dates": [d.to_dict() for d in dates],
        "events": events,
    }


def _events(article: Article, dates: list[DateMention], reading: ReportReading) -> list[dict]:
    # An incident is dated by the day a "since X" period starts (X, reported too), never by the period itself.
    points = [d for d in dates if not d.since]
    events = genre_events(article, points, extract_events(article, points, reading), reading)
    return with_shared_sides(with_section_headings(events, points, reading), points, reading)


def segments(text: str, size: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` spans covering ``text``, each at most ``size`` long, cut at the last paragraph
    break in the second half of the window, else the last line break, sentence end or space."""
    spans, start = [], 0
    while len(text) - start > size:
        end = start + size
        for cut in _CUTS:
            found = [m.end() for m in cut.finditer(text, start + size // 2, end)]
            if found:
                end = found[-1]
                break
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _extract_segments(article: Article, body: str, reference: Reference) -> tuple[list[DateMention], list[dict]]:
    dates: list[DateMention] = []
    events: list[dict] = []
    for start, end in segments(body):
        part = dataclasses.replace(article, text=body[start:end], noise=())
        reading = read_report(part.body, reference)
        found = tag_dates(part.text, article.published, article.language, reading.view.normalized, reference.dates)
        found_events = _events(part, found, reading)
        dates += [dataclasses.replace(d, start=d.start + start, end=d.end + start) for d in found]
        renamed = {ev["id"]: f"{article.key}-e{len(events) + n + 1}" for n, ev in enumerate(found_events)}
        events += [_shifted(ev, start, renamed) for ev in found_events]
    return dates, events


def _shifted(event: dict, offset: int, renamed: dict[str, str]) -> dict:
    """``event`` of a segment starting at ``offset``, with spans and ids of the whole text."""

    def spans(values):
        return [[a + offset, b + offset] for a, b in values]

    return dict(
        event,
        id=renamed[event["id"]],
        evidence=spans(event.get("evidence", [])),
        claims=[dict(claim, evidence=spans(claim.get("evidence", []))) for claim in event.get("claims", [])],
        relations=[dict(r, event=renamed.get(r["event"], r["event"])) for r in event.get("relations", [])],
        **{key: spans(event[key]) for key in SPAN_KEYS if key in event},
    )

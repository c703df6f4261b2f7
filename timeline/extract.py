"""Extraction of one article: a pure function of (article, lexicons) -> contract dict.

The same function serves the ``extract`` command, ingest, the dashboard upload and briefings.
"""

from __future__ import annotations

from timeline.article import Article
from timeline.dates import tag_dates
from timeline.events import extract_events
from timeline.genres import genre_events


def extract_article(article: Article) -> dict:
    """The contract's object for one article: ``{"article": ..., "dates": [...], "events": [...]}``."""
    body = article.body
    dates = tag_dates(body, article.published, article.language)
    # An incident is dated by the day a "since X" period starts (X, reported too), never by the period itself.
    points = [d for d in dates if not d.since]
    events = genre_events(article, points, extract_events(article, points))
    return {
        "article": article.metadata_dict(),
        "dates": [d.to_dict() for d in dates],
        "events": events,
    }

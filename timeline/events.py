"""Placeholder until incident extraction lands (issue 4): finds nothing."""

from __future__ import annotations

from timeline.article import Article
from timeline.dates import DateMention


def extract_events(article: Article, dates: list[DateMention]) -> list[dict]:
    """Return the article's incidents as contract ``events`` dicts."""
    return []

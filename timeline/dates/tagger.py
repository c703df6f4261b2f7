"""Placeholder until the date engine lands (issue 3): finds nothing."""

from __future__ import annotations

import datetime as dt

from timeline.dates.mention import DateMention


def tag_dates(text: str, published: dt.datetime | dt.date | None, language: str = "ar") -> list[DateMention]:
    """Return every date expression in ``text`` resolved against ``published``."""
    return []

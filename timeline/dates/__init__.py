"""Temporal tagging: find every date expression in a text and resolve it to calendar days.

Public entry point: ``tag_dates(text, published, language) -> list[DateMention]``.
"""

from timeline.dates.mention import DateMention
from timeline.dates.tagger import tag_dates

__all__ = ["DateMention", "tag_dates"]

"""The result type of the date engine."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class DateMention:
    """A temporal expression found in a text, resolved to the days ``first``..``last``.

    ``first``/``last`` are None when the expression cannot be resolved (e.g. a relative date in an
    article whose publication date is unknown); ``warnings`` says why, and is shown to the analyst.
    ``anchor`` explains the resolution ("publication day 2018-11-10 minus 1 day"); ``reference`` names the
    anchor used (the printed date itself, the publication day, the narrative's day, a quote's day, or the
    date printed in apposition).
    """

    text: str
    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    granularity: str  # day | night | week | month | year | range
    kind: str  # absolute | relative | hijri | weekday
    warnings: tuple[str, ...] = ()
    anchor: str | None = None
    since: bool = False  # "منذ X" / "since X": the interval from X up to publication, not the day of an incident
    reference: str | None = None  # what it was resolved against: printed | publication | narrative | quote | apposition

    def to_dict(self) -> dict:
        """The contract's ``dates`` item."""
        return {
            "text": self.text,
            "span": [self.start, self.end],
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "granularity": self.granularity,
            "kind": self.kind,
            "warnings": list(self.warnings),
            "anchor": self.anchor,
            "since": self.since,
            "reference": self.reference,
        }

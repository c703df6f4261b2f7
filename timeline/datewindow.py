"""The years a report can plausibly be about: publication dates and incident dates outside them are
input errors (a feed's placeholder "0001-01-01", a typo'd "2091"), never data.

Readers reject such dates with a message; the merge treats a stored date outside the window as
unknown, so no row already in a store can make date arithmetic overflow on a later read.
"""

from __future__ import annotations

import datetime as dt

from timeline.reasons import Reason

FIRST_YEAR = 1900  # nothing this project reads is older; far enough from date.min for any arithmetic


def last_year() -> int:
    """Next year: a publication date may be a little ahead of the machine's clock (time zones), not more."""
    return dt.date.today().year + 1


def in_window(value: dt.date | None) -> bool:
    """Whether ``value`` (a date or datetime) lies in the sane window; None (unknown) is fine."""
    return value is None or FIRST_YEAR <= value.year <= last_year()


def window_problem(value: dt.date | None, what: str) -> str | None:
    """A message naming ``what`` (a Reason to be shown in either language) and the window when ``value`` is
    outside it, else None."""
    if in_window(value):
        return None
    shown = value.isoformat()[:10] if value is not None else ""
    return Reason("outside_years", what=what, day=shown, first=FIRST_YEAR, last=last_year())

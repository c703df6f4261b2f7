"""Calendar arithmetic: weekdays, weeks (Sunday–Saturday), month bounds and Umm al-Qura Hijri dates."""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri

ONE_DAY = dt.timedelta(days=1)
# How far after the publication day a date without a year may lie before we read it as last year's.
FUTURE_WINDOW = dt.timedelta(days=45)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def weekday_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def week_start(day: dt.date) -> dt.date:
    """The Sunday that opens the week of ``day`` (the Arab and US news week)."""
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - ONE_DAY


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Umm al-Qura conversion; None outside the calendar's range or for a day the month lacks."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def hijri_year_of(gregorian_year: int, month: int, day: int = 1) -> int | None:
    """The Hijri year whose ``month``/``day`` falls in ``gregorian_year`` (the earlier one when two do)."""
    try:
        first = Gregorian(gregorian_year, 1, 1).to_hijri().year
    except (ValueError, OverflowError):
        return None
    for year in (first, first + 1):
        day_of = hijri_to_gregorian(year, month, day)
        if day_of is not None and day_of.year == gregorian_year:
            return year
    return None


def hijri_month_bounds(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    try:
        hijri = Hijri(year, month, 1)
        length = hijri.month_length()
    except (ValueError, OverflowError):
        return None
    return hijri_to_gregorian(year, month, 1), hijri_to_gregorian(year, month, length)


def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day

"""Resolution: anchor each found ``Expression`` to calendar days.

Relative expressions are anchored to the publication day (DCT); a date without a year takes the
year that puts it nearest before the DCT (``الماضي`` strictly before, ``المقبل`` after); Hijri dates
go through the Umm al-Qura calendar. A weekday printed beside a date is checked; when it disagrees,
the relative/printed reading is kept and a warning tells the analyst.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.dates import calendars as cal
from timeline.dates.expression import Expression

WEEKDAY_MISMATCH = "weekday does not match date"
NO_DCT = "publication date unknown: relative date not resolved"
NO_SUCH_DATE = "no such date in the calendar"
RELATIVE_MISMATCH = "relative day does not match the printed date"


@dataclass(frozen=True)
class Resolution:
    first: dt.date | None
    last: dt.date | None
    granularity: str
    kind: str
    warnings: tuple[str, ...] = ()
    anchor: str | None = None


@dataclass(frozen=True)
class Previous:
    """The last resolved expression, for anaphora ("15 من الشهر ذاته", "the next day")."""

    first: dt.date
    last: dt.date
    granularity: str
    text: str


def _unresolved(granularity: str, kind: str, reason: str, note: str | None) -> Resolution:
    return Resolution(None, None, granularity, kind, (reason,) + ((note,) if note else ()), None)


def _checked(first, last, granularity, kind, anchor, expr: Expression, dct: dt.date | None = None) -> Resolution:
    warnings = []
    if expr.weekday_check is not None and first is not None and first == last and first.weekday() != expr.weekday_check:
        warnings.append(WEEKDAY_MISMATCH)
    if expr.relative_check is not None and dct is not None and first != dct + dt.timedelta(days=expr.relative_check):
        warnings.append(RELATIVE_MISMATCH)
    if expr.note and ("disagree" in expr.note or "not consecutive" in expr.note):
        warnings.append(expr.note)
    elif expr.note:
        anchor = f"{anchor}; {expr.note}" if anchor else expr.note
    return Resolution(first, last, granularity, kind, tuple(warnings), anchor)


def _infer_year(month: int, day: int, dct: dt.date, direction: str | None) -> int:
    year = dct.year
    candidate = cal.safe_date(year, month, day) or cal.safe_date(year, month, 28)
    if direction == "current":
        return year
    if direction == "past":
        return year - 1 if candidate >= dct else year
    if direction == "before_last":
        return (year - 1 if candidate >= dct else year) - 1
    if direction == "next":
        return year + 1 if candidate <= dct else year
    if direction == "future":  # "اعتباراً من 26 نيسان" told on 6 May: a start just past, not next year's
        return year + 1 if candidate < dct - cal.FUTURE_WINDOW else year
    return year - 1 if candidate > dct + cal.FUTURE_WINDOW else year


def _infer_month_year(month: int, dct: dt.date, direction: str | None) -> int:
    if direction == "current":
        return dct.year
    if direction == "past":
        return dct.year if month < dct.month else dct.year - 1
    if direction == "before_last":
        return (dct.year if month < dct.month else dct.year - 1) - 1
    if direction == "next":
        return dct.year if month > dct.month else dct.year + 1
    if direction == "future":
        return dct.year if month >= dct.month else dct.year + 1
    return dct.year if month <= dct.month else dct.year - 1


def _infer_hijri_year(month: int, day: int, dct: dt.date, direction: str | None) -> int | None:
    today = cal.gregorian_to_hijri(dct)
    if today is None:
        return None
    year = today[0]
    candidate = cal.hijri_to_gregorian(year, month, min(day, 29))
    if candidate is None:
        return None
    if direction == "past":
        return year - 1 if candidate >= dct else year
    if direction == "before_last":
        return (year - 1 if candidate >= dct else year) - 1
    if direction == "next":
        return year + 1 if candidate <= dct else year
    if direction == "future":
        return year + 1 if candidate < dct else year
    if direction == "current":
        return year
    return year - 1 if candidate > dct + cal.FUTURE_WINDOW else year


def _relative_year(expr: Expression, dct: dt.date) -> int | None:
    """The year of "أيلول من العام الماضي" / "March last year" in the expression's calendar."""
    if expr.calendar == "hijri":
        today = cal.gregorian_to_hijri(dct)
        return today[0] + expr.year_offset if today else None
    return dct.year + expr.year_offset


def _date(expr: Expression, dct: dt.date | None) -> Resolution:
    hijri = expr.calendar == "hijri"
    kind = "hijri" if hijri else "absolute"
    granularity = "night" if expr.unit == "night" else "range" if expr.day_last or expr.last_days else "day"
    year = expr.year
    how = "printed year"
    if year is None:
        if dct is None:
            return _unresolved(granularity, kind, NO_DCT, expr.note)
        if expr.year_offset is not None:
            year = _relative_year(expr, dct)
        elif hijri:
            year = _infer_hijri_year(expr.month, expr.day, dct, expr.direction)
        else:
            year = _infer_year(expr.month, expr.day, dct, expr.direction)
        how = f"year {year} from the publication day {dct.isoformat()}"
        if year is None:
            return _unresolved(granularity, kind, NO_SUCH_DATE, expr.note)
    convert = cal.hijri_to_gregorian if hijri else cal.safe_date
    first = convert(year, expr.month, expr.day)
    if expr.last_days:  # "the last week of March": counted back from the month's end
        bounds = cal.hijri_month_bounds(year, expr.month) if hijri else cal.month_bounds(year, expr.month)
        last = bounds[1] if bounds else None
        first = last - dt.timedelta(days=expr.last_days - 1) if last else None
    elif expr.year_last is not None:  # a span of whole months or years: to the end of the last month
        last = cal.month_bounds(expr.year_last, expr.month_last)[1]
    elif expr.month_last:
        last = convert(year + (expr.month_last < expr.month), expr.month_last, expr.day_last)
    else:
        last = convert(year, expr.month, expr.day_last) if expr.day_last else first
    if first is None or last is None:
        return _unresolved(granularity, kind, NO_SUCH_DATE, expr.note)
    anchor = f"{how}; Umm al-Qura {year}-{expr.month:02d}-{expr.day:02d} AH" if hijri else how
    return _checked(first, last, granularity, kind, anchor, expr, dct)


def _month(expr: Expression, dct: dt.date | None) -> Resolution:
    hijri = expr.calendar == "hijri"
    kind = "hijri" if hijri else "absolute"
    year = expr.year
    if year is None:
        if dct is None:
            return _unresolved("month", kind, NO_DCT, expr.note)
        if expr.year_offset is not None:
            year = _relative_year(expr, dct)
        elif hijri:
            year = _infer_hijri_year(expr.month, 1, dct, expr.direction)
        else:
            year = _infer_month_year(expr.month, dct, expr.direction)
        if year is None:
            return _unresolved("month", kind, NO_SUCH_DATE, expr.note)
    bounds = cal.hijri_month_bounds(year, expr.month) if hijri else cal.month_bounds(year, expr.month)
    if bounds is None:
        return _unresolved("month", kind, NO_SUCH_DATE, expr.note)
    return _checked(bounds[0], bounds[1], "month", kind, f"month {expr.month} of {year}", expr)


def _relative(expr: Expression, dct: dt.date) -> Resolution:
    first = dct + dt.timedelta(days=expr.offset)
    how = f"publication day {dct.isoformat()} {expr.offset:+d} day(s)"
    if expr.unit == "night":
        return _checked(first, first + cal.ONE_DAY, "night", "relative", "night " + how, expr)
    return _checked(first, first, "day", "relative", how, expr)


def _ago(expr: Expression, dct: dt.date) -> Resolution:
    year, month = cal.shift_month(dct.year, dct.month, -expr.months)
    day = cal.safe_date(year, month, dct.day) or cal.month_bounds(year, month)[1]
    day += dt.timedelta(days=expr.offset)
    how = f"publication day {dct.isoformat()} minus {expr.months} month(s) and {-expr.offset} day(s)"
    if expr.unit == "year":
        return Resolution(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year", "relative", (), how)
    return Resolution(day, day, "day", "relative", (), how)


def _past_span(expr: Expression, dct: dt.date) -> Resolution:
    start = _ago(expr, dct).first
    return Resolution(start, dct, "range", "relative", (), f"from {start.isoformat()} up to the publication day")


def _period(expr: Expression, dct: dt.date) -> Resolution:
    if expr.unit == "week":
        start = cal.week_start(dct) + dt.timedelta(days=7 * expr.offset)
        return Resolution(start, start + dt.timedelta(days=6), "week", "relative", (), "Sunday–Saturday week")
    if expr.unit == "month":
        year, month = cal.shift_month(dct.year, dct.month, expr.offset)
        first, last = cal.month_bounds(year, month)
        return Resolution(first, last, "month", "relative", (), f"month {expr.offset:+d} from the publication day")
    year = dct.year + expr.offset
    return Resolution(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "relative", (), f"year {year}")


def _day_of_month(expr: Expression, dct: dt.date) -> Resolution:
    year, month = cal.shift_month(dct.year, dct.month, expr.offset)
    day = cal.safe_date(year, month, expr.day)
    if day is None:
        return _unresolved("day", "relative", NO_SUCH_DATE, expr.note)
    return Resolution(day, day, "day", "relative", (), f"day {expr.day} of month {year}-{month:02d}")


def _weekday(expr: Expression, dct: dt.date) -> Resolution:
    if expr.direction == "future":
        day = cal.weekday_on_or_after(dct, expr.weekday)
        how = "such weekday on or after the publication day (future tense)"
    elif expr.direction == "next":
        day = cal.weekday_after(dct, expr.weekday)
        how = "next such weekday after the publication day"
    elif expr.direction == "past":
        day = cal.weekday_on_or_before(dct - cal.ONE_DAY, expr.weekday)
        how = "latest such weekday before the publication day"
    elif expr.direction == "before_last":  # "الجمعة قبل الماضية": the one a week before the last
        day = cal.weekday_on_or_before(dct - cal.ONE_DAY, expr.weekday) - dt.timedelta(days=7)
        how = "such weekday a week before the latest one before the publication day"
    else:
        day = cal.weekday_on_or_before(dct, expr.weekday)
        how = "latest such weekday on or before the publication day"
    return Resolution(day, day, "day", "relative", (), how)


def _night(expr: Expression, dct: dt.date) -> Resolution:
    first = cal.weekday_on_or_before(dct, expr.weekday)
    warnings = (expr.note,) if expr.note else ()
    return Resolution(first, first + cal.ONE_DAY, "night", "relative", warnings, "night from the evening day")


def _weekday_span(expr: Expression, dct: dt.date) -> Resolution:
    if expr.direction in ("next", "future"):
        first = (cal.weekday_after if expr.direction == "next" else cal.weekday_on_or_after)(dct, expr.weekday)
        last = first + dt.timedelta(days=(expr.weekday_last - expr.weekday) % 7)
    else:
        end = dct - cal.ONE_DAY if expr.direction == "past" else dct
        last = cal.weekday_on_or_before(end, expr.weekday_last)
        first = last - dt.timedelta(days=(expr.weekday_last - expr.weekday) % 7)
    return Resolution(first, last, "range", "relative", (), "span of the named weekdays")


def _holiday(expr: Expression, dct: dt.date | None) -> Resolution:
    granularity = "range" if expr.days > 1 else "day"
    if dct is None:
        return _unresolved(granularity, "hijri", NO_DCT, expr.note)
    found = []
    for month, day, _ in expr.feasts or ((expr.month, expr.day, expr.days),):
        if expr.year is not None:  # a Gregorian year told before it: the feast of that year
            year = cal.hijri_year_of(expr.year, month, day)
        else:
            year = _infer_hijri_year(month, day, dct, expr.direction)
        start = cal.hijri_to_gregorian(year, month, day) if year else None
        if start is not None:
            found.append((start, year, month, day))
    if not found:
        return _unresolved(granularity, "hijri", NO_SUCH_DATE, expr.note)
    start, year, month, day = max(found)  # an unnamed feast: the one that came last
    first = start + dt.timedelta(days=expr.offset)
    last = first + dt.timedelta(days=expr.days - 1)
    anchor = f"Umm al-Qura {year}-{month:02d}-{day:02d} AH + {expr.offset} day(s)"
    return Resolution(first, last, granularity, "hijri", (), anchor)


def _anaphor(expr: Expression, previous: Previous | None) -> Resolution | None:
    if previous is None:
        return None
    note = f"taken from the previous expression '{previous.text}'"
    if expr.unit == "same":  # "حينها", "آنذاك": the time the narrative is at, as precise as it was given
        return Resolution(previous.first, previous.last, previous.granularity, "relative", (), note)
    if expr.unit == "month":
        if previous.granularity not in ("day", "month", "range", "night"):
            return None
        if expr.day is None:
            first, last = cal.month_bounds(previous.first.year, previous.first.month)
            return Resolution(first, last, "month", "relative", (), note)
        day = cal.safe_date(previous.first.year, previous.first.month, expr.day)
        last = cal.safe_date(previous.first.year, previous.first.month, expr.day_last or expr.day)
        if day is None or last is None:
            return _unresolved("day", "relative", NO_SUCH_DATE, None)
        return Resolution(day, last, "range" if last > day else "day", "relative", (), note)
    if (
        previous.granularity not in ("day", "night")
        or previous.first != previous.last
        and previous.granularity != "night"
    ):
        return None
    base = previous.last if previous.granularity == "night" else previous.first
    if expr.months:
        year, month = cal.shift_month(base.year, base.month, expr.months)
        base = cal.safe_date(year, month, base.day) or cal.month_bounds(year, month)[1]
    day = base + dt.timedelta(days=expr.offset)
    return Resolution(day, day, "day", "relative", (), note)


GRANULARITY = {
    "relative": "day",
    "period": "month",
    "day_of_month": "day",
    "weekday": "day",
    "night": "night",
    "weekday_span": "range",
    "ago": "day",
    "past_span": "range",
}


def resolve(expr: Expression, dct: dt.date | None, previous: Previous | None = None) -> Resolution | None:
    """The days ``expr`` means, or None when it cannot stand alone (an anaphor with nothing before it).

    "منذ X" / "since X" is the interval from the first day of X to the publication day (GOLD_SCHEMA.md).
    """
    found = _resolve_form(expr, dct, previous)
    if not expr.since or found is None or found.first is None or dct is None or found.first > dct:
        return found
    anchor = f"since {found.first.isoformat()} up to the publication day {dct.isoformat()}"
    return Resolution(found.first, dct, "range", found.kind, found.warnings, f"{anchor} ({found.anchor})")


def _resolve_form(expr: Expression, dct: dt.date | None, previous: Previous | None) -> Resolution | None:
    form = expr.form
    if form == "date":
        return _date(expr, dct)
    if form == "month":
        return _month(expr, dct)
    if form == "year":
        return Resolution(dt.date(expr.year, 1, 1), dt.date(expr.year, 12, 31), "year", "absolute", (), "printed year")
    if form == "holiday":
        return _holiday(expr, dct)
    if form == "anaphor":
        return _anaphor(expr, previous)
    if dct is None:
        granularity = expr.unit if form in ("relative", "period") and expr.unit else GRANULARITY[form]
        return _unresolved(granularity, "relative", NO_DCT, None)
    if form == "relative":
        return _relative(expr, dct)
    if form == "period":
        return _period(expr, dct)
    if form == "ago":
        return _ago(expr, dct)
    if form == "past_span":
        return _past_span(expr, dct)
    if form == "day_of_month":
        return _day_of_month(expr, dct)
    if form == "weekday":
        return _weekday(expr, dct)
    if form == "night":
        return _night(expr, dct)
    if form == "weekday_span":
        return _weekday_span(expr, dct)
    raise ValueError(f"unknown expression form {form!r}")

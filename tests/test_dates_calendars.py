"""Calendar arithmetic of the date engine."""

from __future__ import annotations

import datetime as dt

from timeline.dates import calendars as cal

D = dt.date


def test_weekdays_around_a_day():
    thursday = D(2019, 3, 14)
    assert cal.weekday_on_or_before(thursday, 3) == thursday
    assert cal.weekday_on_or_before(thursday, 4) == D(2019, 3, 8)
    assert cal.weekday_after(thursday, 3) == D(2019, 3, 21)
    assert cal.weekday_on_or_after(thursday, 3) == thursday
    assert cal.weekday_on_or_after(thursday, 5) == D(2019, 3, 16)


def test_weeks_start_on_sunday():
    assert cal.week_start(D(2019, 3, 14)) == D(2019, 3, 10)
    assert cal.week_start(D(2019, 3, 10)) == D(2019, 3, 10)
    assert cal.week_start(D(2019, 3, 16)) == D(2019, 3, 10)


def test_month_bounds_and_shifts():
    assert cal.month_bounds(2020, 2) == (D(2020, 2, 1), D(2020, 2, 29))
    assert cal.month_bounds(2019, 12) == (D(2019, 12, 1), D(2019, 12, 31))
    assert cal.shift_month(2019, 1, -1) == (2018, 12)
    assert cal.shift_month(2019, 12, 1) == (2020, 1)


def test_safe_date_refuses_impossible_days():
    assert cal.safe_date(2019, 2, 29) is None
    assert cal.safe_date(2020, 2, 29) == D(2020, 2, 29)


def test_umm_al_qura_conversion_both_ways():
    assert cal.hijri_to_gregorian(1440, 9, 15) == D(2019, 5, 20)
    assert type(cal.hijri_to_gregorian(1440, 9, 15)) is dt.date
    assert cal.gregorian_to_hijri(D(2019, 5, 20)) == (1440, 9, 15)
    assert cal.hijri_month_bounds(1440, 9) == (D(2019, 5, 6), D(2019, 6, 3))


def test_hijri_outside_the_table_is_none():
    assert cal.hijri_to_gregorian(1200, 1, 1) is None
    assert cal.hijri_to_gregorian(1440, 2, 31) is None
    assert cal.gregorian_to_hijri(D(1800, 1, 1)) is None

"""Resolution of found expressions against the publication day."""

from __future__ import annotations

import datetime as dt

from timeline.dates.expression import Expression
from timeline.dates.resolver import NO_DCT, NO_SUCH_DATE, WEEKDAY_MISMATCH, Previous, resolve

D = dt.date
DCT = D(2019, 3, 14)  # a Thursday


def expr(form, **fields):
    return Expression(0, 1, form, **fields)


def test_date_without_year_takes_the_nearest_past_year():
    assert resolve(expr("date", month=9, day=17), DCT).first == D(2018, 9, 17)
    assert resolve(expr("date", month=3, day=2), DCT).first == D(2019, 3, 2)


def test_date_without_year_shortly_after_publication_stays_in_the_year():
    assert resolve(expr("date", month=4, day=10), DCT).first == D(2019, 4, 10)


def test_direction_words_move_the_year():
    assert resolve(expr("date", month=3, day=20, direction="past"), DCT).first == D(2018, 3, 20)
    assert resolve(expr("date", month=3, day=10, direction="next"), DCT).first == D(2020, 3, 10)
    assert resolve(expr("date", month=12, day=24, direction="current"), DCT).first == D(2019, 12, 24)
    assert resolve(expr("date", month=1, day=5, direction="future"), DCT).first == D(2020, 1, 5)


def test_year_relative_to_publication():
    assert resolve(expr("month", month=10, year_offset=-1), DCT).first == D(2018, 10, 1)


def test_months_of_gregorian_and_hijri_calendars():
    assert resolve(expr("month", month=3, direction="past"), DCT).first == D(2018, 3, 1)
    assert resolve(expr("month", month=2), DCT).last == D(2019, 2, 28)
    ramadan = resolve(expr("month", calendar="hijri", month=9, year=1440), DCT)
    assert (ramadan.first, ramadan.last, ramadan.kind) == (D(2019, 5, 6), D(2019, 6, 3), "hijri")


def test_impossible_date_is_reported_not_invented():
    result = resolve(expr("date", year=2019, month=2, day=30), DCT)
    assert result.first is None and NO_SUCH_DATE in result.warnings


def test_weekday_check():
    assert WEEKDAY_MISMATCH in resolve(expr("relative", unit="day", offset=-1, weekday_check=4), DCT).warnings
    assert resolve(expr("relative", unit="day", offset=-1, weekday_check=2), DCT).warnings == ()


def test_relative_units():
    night = resolve(expr("relative", unit="night", offset=-1), DCT)
    assert (night.first, night.last, night.granularity) == (D(2019, 3, 13), DCT, "night")
    week = resolve(expr("period", unit="week", offset=-1), DCT)
    assert (week.first, week.last) == (D(2019, 3, 3), D(2019, 3, 9))
    month = resolve(expr("period", unit="month", offset=1), DCT)
    assert (month.first, month.last) == (D(2019, 4, 1), D(2019, 4, 30))
    year = resolve(expr("period", unit="year", offset=0), DCT)
    assert (year.first, year.last, year.granularity) == (D(2019, 1, 1), D(2019, 12, 31), "year")


def test_weekdays_and_nights():
    assert resolve(expr("weekday", weekday=3), DCT).first == DCT
    assert resolve(expr("weekday", weekday=3, direction="past"), DCT).first == D(2019, 3, 7)
    assert resolve(expr("weekday", weekday=3, direction="next"), DCT).first == D(2019, 3, 21)
    night = resolve(expr("night", weekday=1, weekday_last=2), DCT)
    assert (night.first, night.last) == (D(2019, 3, 12), D(2019, 3, 13))


def test_day_of_month_and_holiday():
    assert resolve(expr("day_of_month", day=29, offset=-1), D(2019, 11, 7)).first == D(2019, 10, 29)
    adha = resolve(expr("holiday", calendar="hijri", month=12, day=10), D(2019, 8, 12))
    assert adha.first == D(2019, 8, 11) and adha.kind == "hijri"
    whole = resolve(expr("holiday", calendar="hijri", month=10, day=1, days=3), D(2019, 6, 20))
    assert (whole.first, whole.last) == (D(2019, 6, 4), D(2019, 6, 6))


def test_no_publication_date():
    result = resolve(expr("relative", unit="day", offset=-1), None)
    assert (result.first, result.last) == (None, None) and NO_DCT in result.warnings
    assert resolve(expr("date", year=2018, month=9, day=17), None).first == D(2018, 9, 17)


def test_anaphora_need_a_previous_expression():
    previous = Previous(D(2018, 10, 10), D(2018, 10, 10), "day", "10 تشرين الأول")
    assert resolve(expr("anaphor", unit="month", day=15), DCT, previous).first == D(2018, 10, 15)
    assert resolve(expr("anaphor", unit="day", offset=1), DCT, previous).first == D(2018, 10, 11)
    assert resolve(expr("anaphor", unit="day", offset=0), DCT, None) is None

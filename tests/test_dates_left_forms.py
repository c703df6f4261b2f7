"""Date forms the first wave's probes left (sentences written for these tests, in our own words): a count of hours
before the reference time, English Hijri months and feasts in the year told, "the next week" and "the day after" in a
past narrative, "on the 12th" after a month, "the fifth month" after a year."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import tag_dates

THURSDAY = dt.datetime(2018, 3, 8, 12, 0)  # publication of the sentences below
D = dt.date


def dates(text: str, published=THURSDAY) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.text, m.first, m.last) for m in tag_dates(text, published) if not m.since]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a count of hours is whole days before the publication day; under a day it names no other day
        ("سقطت قذائف على سوق البلدة قبل 48 ساعة", [("قبل 48 ساعة", D(2018, 3, 6), D(2018, 3, 6))]),
        ("وأصيب طفلان بشظايا منذ 36 ساعة في الحي الشرقي", [("منذ 36 ساعة", D(2018, 3, 7), D(2018, 3, 7))]),
        ("A drone hit a fuel depot 72 hours ago, the group said.", [("72 hours ago", D(2018, 3, 5), D(2018, 3, 5))]),
        ("قصفت المدفعية التلة قبل 5 ساعات", []),
    ],
)
def test_a_count_of_hours_before_is_whole_days(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an English Hijri month after a preposition or "the month of" is the whole month
        ("Shelling eased during Ramadan, residents said.", [("Ramadan", D(2017, 5, 27), D(2017, 6, 24))]),
        (
            "Raids resumed in the holy month of Ramadan last year.",
            [("the holy month of Ramadan last year", D(2017, 5, 27), D(2017, 6, 24))],
        ),
        ("Ramadan Khalil, a medic, was wounded.", []),  # a man's name, no month
        # the year told before it in the sentence picks the month or the feast of that year
        (
            "In 2016, during Ramadan, jets struck a bakery.",
            [("2016", D(2016, 1, 1), D(2016, 12, 31)), ("Ramadan", D(2016, 6, 6), D(2016, 7, 5))],
        ),
        (
            "في عام 2016، وفي أول أيام عيد الأضحى، سقطت قذيفة على مسجد القرية",
            [("عام 2016", D(2016, 1, 1), D(2016, 12, 31)), ("أول أيام عيد الأضحى", D(2016, 9, 11), D(2016, 9, 11))],
        ),
        (
            "In 2015, on the first day of Eid al-Adha, two boys died in a blast.",
            [
                ("2015", D(2015, 1, 1), D(2015, 12, 31)),
                ("the first day of Eid al-Adha", D(2015, 9, 23), D(2015, 9, 23)),
            ],
        ),
    ],
)
def test_hijri_months_and_feasts_take_the_year_told(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the next week" and "the day after" told of the past count from the day just told
        (
            "Jets hit a clinic on March 1. The next week, a market in the same town burned.",
            [("March 1", D(2018, 3, 1), D(2018, 3, 1)), ("The next week", D(2018, 3, 8), D(2018, 3, 8))],
        ),
        (
            "Gunmen ambushed a patrol on February 20. The day after, the army shelled two villages.",
            [("February 20", D(2018, 2, 20), D(2018, 2, 20)), ("The day after", D(2018, 2, 21), D(2018, 2, 21))],
        ),
        ("Envoys will meet in the next week, a diplomat said.", [("the next week", D(2018, 3, 11), D(2018, 3, 17))]),
        (
            "قصفت المدفعية قرية جبلية يوم 4 آذار، وفي اليوم اللاحق سقطت قذائف على الطريق",
            [("يوم 4 آذار", D(2018, 3, 4), D(2018, 3, 4)), ("اليوم اللاحق", D(2018, 3, 5), D(2018, 3, 5))],
        ),
    ],
)
def test_anaphora_of_the_next_day_and_week(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "on the 12th," after a month told: that day of the month
        (
            "Raids grew heavier in January. On the 12th, a school in a hill village was hit.",
            [("January", D(2018, 1, 1), D(2018, 1, 31)), ("On the 12th", D(2018, 1, 12), D(2018, 1, 12))],
        ),
        ("The convoy reached the 12th checkpoint.", []),
        # an ordinal month counts in the year told before it, not in the publication year
        (
            "The monitor logged dozens of raids in 2016. In the fourth month, a field clinic was bombed.",
            [("2016", D(2016, 1, 1), D(2016, 12, 31)), ("the fourth month", D(2016, 4, 1), D(2016, 4, 30))],
        ),
        (
            "رصد الفريق خروقات كثيرة خلال 2016. وفي الشهر الرابع قصفت المدفعية مستوصفاً ميدانياً",
            [("2016", D(2016, 1, 1), D(2016, 12, 31)), ("الشهر الرابع", D(2016, 4, 1), D(2016, 4, 30))],
        ),
        ("In 2016 the blockade of the valley entered its fourth month.", [("2016", D(2016, 1, 1), D(2016, 12, 31))]),
        ("في عام 2016 دخل حصار الوادي الشهر الرابع على التوالي", [("عام 2016", D(2016, 1, 1), D(2016, 12, 31))]),
        ("وفي الشهر الرابع للحصار قصفت المدفعية الوادي", []),  # no year told: no month
    ],
)
def test_a_day_or_month_counted_in_the_month_or_year_told(text, expected):
    assert dates(text) == expected

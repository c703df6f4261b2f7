"""Date forms the first wave's probes left (sentences written for these tests, in our own words): a count of hours
before the reference time, ..."""

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

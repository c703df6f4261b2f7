"""A weekday, week, month or year "before last" ("الجمعة قبل الماضية", "the week before last",
``modifiers.csv`` direction ``before_last``) is the one before the last such, not the last one. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import tag_dates

TUESDAY = dt.datetime(2019, 4, 16, 10, 0)
D = dt.date


@pytest.mark.parametrize(
    ("text", "span", "first", "last"),
    [
        ("سقطت القذائف على السوق يوم الأحد قبل الماضي", "يوم الأحد قبل الماضي", D(2019, 4, 7), D(2019, 4, 7)),
        ("وقتل ثلاثة رعاة الخميس ما قبل الماضية", "الخميس ما قبل الماضية", D(2019, 4, 4), D(2019, 4, 4)),
        # the weekday of publication: the last one is a week back, the one before last two weeks back
        ("وبدأ التصعيد الثلاثاء قبل الماضي", "الثلاثاء قبل الماضي", D(2019, 4, 2), D(2019, 4, 2)),
        ("shells hit the bakery on the Monday before last", "Monday before last", D(2019, 4, 8), D(2019, 4, 8)),
        ("وشهد الأسبوع قبل الماضي غارات مكثفة", "الأسبوع قبل الماضي", D(2019, 3, 31), D(2019, 4, 6)),
        ("the front was quiet until the week before last", "week before last", D(2019, 3, 31), D(2019, 4, 6)),
        ("وتراجع النزوح خلال الشهر قبل الماضي", "الشهر قبل الماضي", D(2019, 2, 1), D(2019, 2, 28)),
        ("جرت الانتخابات في العام قبل الماضي", "العام قبل الماضي", D(2017, 1, 1), D(2017, 12, 31)),
    ],
)
def test_before_last_is_one_further_back_than_last(text, span, first, last):
    [mention] = [m for m in tag_dates(text, TUESDAY) if not m.since]
    assert span in mention.text
    assert (mention.first, mention.last) == (first, last)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("سقطت القذائف على السوق يوم الأحد الماضي", D(2019, 4, 14)),
        ("shells hit the bakery last Monday", D(2019, 4, 15)),
        ("the front was quiet until last week", D(2019, 4, 7)),
    ],
)
def test_last_alone_is_still_the_last_one(text, first):
    [mention] = tag_dates(text, TUESDAY)
    assert mention.first == first

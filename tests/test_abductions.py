"""An abduction is an incident of organised violence, told in Arabic as in English, with the number of people taken
as its figure (never a toll), even when no side is named or the day is a month's (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2019, 5, 8, 12)


def _events(text: str, language: str) -> list[dict]:
    article = Article(key="a", text=text, published=PUBLISHED, language=language, source="test")
    return extract_article(article)["events"]


@pytest.mark.parametrize(
    ("text", "language", "first", "taken"),
    [
        ("اختطف مسلحون ثلاثة مدنيين من بلدة سراقب يوم الاثنين.", "ar", "2019-05-06", 3),
        ("خطف مسلحون مجهولون طبيباً وابنه على طريق في ريف درعا في 2 أيار 2019.", "ar", "2019-05-02", 2),
        ("وفي شباط 2017، خطف التنظيم 40 مدنياً من قرى ريف الحسكة الجنوبي.", "ar", "2017-02-01", 40),
        ("Gunmen abducted three civilians from the town of Saraqeb on Monday.", "en", "2019-05-06", 3),
    ],
)
def test_an_abduction_is_an_incident_with_the_people_taken(text, language, first, taken):
    events = _events(text, language)
    assert [e["first"] for e in events] == [first]
    assert [c["captured"] for c in events[0]["claims"] if c["captured"]] == [taken]
    assert all(c["killed"] is None for c in events[0]["claims"])


def test_the_people_taken_in_a_deadly_raid_are_no_part_of_its_toll():
    events = _events("قتل ثلاثة مدنيين وخطف اثنان آخران في هجوم لمسلحين على بلدة سراقب يوم الاثنين.", "ar")
    assert [(c["killed"], c["captured"]) for e in events for c in e["claims"]] == [(3, 2)]

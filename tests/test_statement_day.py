"""An incident no day in the text dates is dated by the day the statement telling it was made, not by the
publication day (GOLD_SCHEMA: the incident is that day or just before it). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.events import STATEMENT_DAY_ASSUMED
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2018, 3, 8, 12, 0)  # a Thursday


def _events(text: str, language: str) -> list[dict]:
    article = Article(key="s", text=text, published=PUBLISHED, language=language, source="t")
    return extract_article(article)["events"]


@pytest.mark.parametrize(
    "text, language, day",
    [
        (
            "أعلن الجيش التركي الثلاثاء أن مقاتلاته قصفت 6 مواقع لوحدات حماية الشعب قرب منبج وقتلت 10 مسلحين.",
            "ar",
            "2018-03-06",
        ),
        (
            "قالت وزارة الدفاع الروسية الإثنين إن طائراتها قصفت مستودعاً للذخيرة تابعاً لهيئة تحرير الشام قرب جسر الشغور.",
            "ar",
            "2018-03-05",
        ),
        (
            "Turkey's military said on Tuesday its warplanes had hit eight YPG targets around Manbij, killing 12 militants.",
            "en",
            "2018-03-06",
        ),
        (
            "The Syrian army said on Monday it had destroyed a rebel tunnel near Latamneh and killed nine insurgents.",
            "en",
            "2018-03-05",
        ),
    ],
)
def test_the_day_a_statement_was_made_dates_its_incident(text, language, day):
    (event,) = _events(text, language)
    assert (event["first"], event["last"]) == (day, day)
    if event["date_warnings"]:  # (some wordings are read as the incident's own day already)
        assert event["date_warnings"] == [STATEMENT_DAY_ASSUMED]


def test_a_day_the_incident_names_wins_over_the_statements():
    (event,) = _events("قالت الوزارة الأربعاء إن مسلحين قصفوا قاعدة حميميم مساء الإثنين وقتلوا جنديين.", "ar")
    assert event["first"] == "2018-03-05"


def test_with_no_statement_day_the_publication_day_stays():
    (event,) = _events("قالت وزارة الدفاع إن طائراتها قصفت مواقع للمسلحين قرب بلدة اللطامنة وقتلت 7 منهم.", "ar")
    assert event["first"] == "2018-03-08"
    assert STATEMENT_DAY_ASSUMED not in event["date_warnings"]

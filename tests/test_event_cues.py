"""Incident dates read with the cue words of ``data/lexicon/event_words.csv`` (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.dates import DateMention
from timeline.events import extract_events


def _date_texts(text: str, phrase: str) -> list[str | None]:
    start = text.index(phrase)
    day = dt.date(2016, 9, 13)
    dates = [DateMention(phrase, start, start + len(phrase), day, day, "day", "weekday")]
    article = Article(key="t", text=text, published=dt.datetime(2016, 9, 20), language="ar", source="test")
    return [e["date_text"] for e in extract_events(article, dates)]


def test_the_date_of_a_dated_document_is_not_the_incidents():
    # "مؤرخاً" was written with its hamza in the code's regex and never matched the normalized text
    text = "قصفت قوات النظام بلدة كفرنبل بالمدفعية وفق تقرير نشرته الفصائل مؤرخاً يوم الثلاثاء الماضي"
    assert _date_texts(text, "يوم الثلاثاء الماضي") == [None]


def test_a_date_right_after_the_incident_dates_it():
    text = "قصفت قوات النظام بلدة كفرنبل بالمدفعية يوم الثلاثاء الماضي"
    assert _date_texts(text, "يوم الثلاثاء الماضي") == ["يوم الثلاثاء الماضي"]

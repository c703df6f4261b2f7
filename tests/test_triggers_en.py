"""English incident words (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.dates import DateMention
from timeline.events import extract_events
from timeline.sentences import TextView
from timeline.triggers import find_triggers, incident_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("fighters blew up a tunnel under an army post", "explosion"),
        ("a jet carried out an air raid on the market", "air_strike"),
        ("the group executed nine captives", "attack"),
        ("a suicide bomber detonated a truck at the checkpoint", "explosion"),
        ("troops seized the hill", "attack"),
    ],
)
def test_english_incident_words(text, event_type):
    triggers = [t for t in find_triggers(TextView(text).flat) if t.role == "incident"]
    assert triggers and incident_type(triggers) == event_type


def _events(text: str, phrase: str, first: dt.date, last: dt.date, granularity: str) -> list[dict]:
    start = text.index(phrase)
    dates = [DateMention(phrase, start, start + len(phrase), first, last, granularity, "absolute")]
    article = Article(key="t", text=text, published=dt.datetime(2016, 7, 12), language="en", source="test")
    return extract_events(article, dates)


def test_an_incident_dated_only_to_a_year_is_background():
    text = "Rebels have held the district since government troops shelled it in 2013 and withdrew."
    assert _events(text, "2013", dt.date(2013, 1, 1), dt.date(2013, 12, 31), "year") == []
    dated = "Government troops shelled the district of Manbij on 3 July 2016, a monitor said."
    assert len(_events(dated, "3 July 2016", dt.date(2016, 7, 3), dt.date(2016, 7, 3), "day")) == 1


def test_ongoing_wording_is_no_incident_of_its_own():
    roles = {
        t.word: t.role
        for t in find_triggers(TextView("the ongoing assault; troops have been trying to retake it").flat)
    }
    assert roles["ongoing"] == "ongoing" and roles["have been trying"] == "ongoing"


def test_a_halt_in_fighting_is_a_statement():
    roles = {t.word: t.role for t in find_triggers(TextView("the army announced a daily halt of fighting").flat)}
    assert roles["halt"] == "statement"

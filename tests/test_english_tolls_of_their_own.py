"""An English toll told with no incident word ("Five civilians lost their lives in the town of X on Tuesday, the monitor
said") is an incident of a kind left untold, at its settlement, when its clause gives a day of its own
that no incident told before falls on and the next sentence tells no incident (events._english_toll_apart); a toll
retold at a nearby town on the raid's day, or a running total, is none. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article


def _events(text: str) -> list[dict]:
    article = Article(key="t", text=text, published=dt.datetime(2019, 5, 9, 15, 0), language="en")
    return extract_article(article)["events"]


@pytest.mark.parametrize(
    ("text", "town", "killed"),
    [
        (
            "Four civilians lost their lives in the town of Kafr Nabl on Wednesday, according to a monitor.",
            "Kafranbel",
            4,
        ),
        ("Two girls died in Maarat al-Numan on Wednesday, according to local rescuers.", "Maarrat al-Nu'man", 2),
    ],
)
def test_a_toll_on_a_day_and_at_a_town_of_its_own_is_an_incident(text, town, killed):
    [event] = _events(text)
    assert (event["first"], event["place"]["name"]) == ("2019-05-08", town)
    assert [c["killed"] for c in event["claims"]] == [killed]


def test_a_toll_retold_at_a_nearby_town_on_the_raid_s_day_is_the_raid_s():
    events = _events(
        "Russian jets killed five people in Saraqeb on Wednesday. "
        "Three more civilians lost their lives in nearby Sarmin on Wednesday, the monitor added."
    )
    assert len(events) == 1
    assert events[0]["perpetrators"] == ["russia"]


def test_a_toll_before_the_sentence_telling_its_incident_is_that_incident_s():
    events = _events(
        "Four civilians lost their lives in Kafr Nabl on Wednesday. "
        "Government helicopters hit the town with barrel bombs, rescuers said."
    )
    assert [(e["perpetrators"], e["first"]) for e in events] == [(["syrian-government"], "2019-05-08")]


def test_a_running_total_with_no_day_is_no_incident():
    assert _events("In all, 230 civilians have lost their lives in Kafr Nabl this year, the monitor said.") == []

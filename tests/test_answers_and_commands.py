"""A side's answer told as the targets it hit ("Turkey retaliated, hitting 40 targets of the regime", "ردّ الجيش التركي
بضرب 30 هدفاً للنظام"): the answering side fired on the other; a number before "targets"/"هدفاً" is no toll; the
answering side's own dead told before its answer are the toll of the incident it answers. A bare army word in the
statement of a state's military command ("the army …, the Turkish Defence Ministry announced", faction_words.csv class
military_command) is that state's army. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2019, 5, 9, 15, 0)  # a Thursday


def _events(text: str) -> list[dict]:
    article = Article(key="a", text=text, published=PUBLISHED, language="en" if text.isascii() else "ar")
    return extract_article(article)["events"]


def _killed(event: dict) -> list[int]:
    return [c["killed"] for c in event["claims"] if c["killed"] is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey retaliated on Wednesday, hitting 40 targets of the regime around Saraqeb, Ankara said.",
        "وردّ الجيش التركي يوم الأربعاء بضرب 30 هدفاً للنظام في محيط مدينة سراقب.",
        "وأعلنت أنقرة أن قواتها ردت الأربعاء باستهداف 12 هدفاً لقوات النظام قرب سراقب.",
    ],
)
def test_an_answer_told_as_the_targets_hit_is_the_answering_side_s_fire(text):
    [event] = _events(text)
    assert event["perpetrators"] == ["turkey"]
    assert event["targets"] == ["syrian-government"]
    assert event["first"] == "2019-05-08"
    assert _killed(event) == []  # the targets hit are no dead


@pytest.mark.parametrize(
    "text",
    [
        "Four Turkish soldiers died near Saraqeb on Wednesday. Turkey retaliated, hitting 40 targets of the regime.",
        "قُتل أربعة جنود أتراك قرب سراقب يوم الأربعاء، وردّ الجيش التركي بضرب 30 هدفاً للنظام.",
    ],
)
def test_the_answering_side_s_dead_told_before_its_answer_are_the_answered_incident_s(text):
    toll, answer = _events(text)
    assert (toll["perpetrators"], toll["targets"], _killed(toll)) == (["syrian-government"], ["turkey"], [4])
    assert (answer["perpetrators"], answer["targets"], _killed(answer)) == (["turkey"], ["syrian-government"], [])
    assert toll["first"] == answer["first"] == "2019-05-08"


@pytest.mark.parametrize(
    ("text", "army"),
    [
        (
            "The Turkish Defence Ministry announced on Wednesday that the army destroyed six regime targets near Saraqeb.",
            "turkey",
        ),
        ("Turkey's defence ministry said the army hit regime positions near Saraqeb on Wednesday.", "turkey"),
        ("The Turkish military said on Wednesday the army had struck 20 regime targets close to Saraqeb.", "turkey"),
        ("قالت وزارة الدفاع التركية إن الجيش استهدف يوم الأربعاء مواقع للنظام قرب بلدة النيرب.", "turkey"),
        (
            "The Russian Ministry of Defence said the army shelled militant positions near Kafr Nabl on Wednesday.",
            "russia",
        ),
    ],
)
def test_a_bare_army_word_in_a_military_command_s_statement_is_that_state_s_army(text, army):
    [event] = _events(text)
    assert event["perpetrators"] == [army]


def test_a_bare_army_word_after_the_command_s_sentence_is_the_syrian_army():
    events = _events(
        "The Turkish Defence Ministry announced it had sent more troops to its posts. "
        "On Wednesday the army shelled the town of Kafr Nabl, killing two farmers."
    )
    assert [e["perpetrators"] for e in events] == [["syrian-government"]]

"""English wire leftovers (second round): state media's "operations against" a side's hideouts, the town of the hospital
a wounded victim died in, and a plan whose day comes late in a long clause (texts written for these tests, in the
project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.dates import tag_dates
from timeline.extract import extract_article

D = dt.date


def _events(body: str, published: str = "2019-03-06") -> list[dict]:
    day = dt.datetime.fromisoformat(published).replace(hour=12)
    article = Article(key="p", text=f"Update\n\n{body}", published=day, language="en", source="test")
    return extract_article(article)["events"]


# --- state media's "army units carried out operations against the terrorists' dens in X" is the army's strike on X


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Army units carried out heavy operations against terrorist hideouts and gathering points in Latamna and "
            "Kafr Zita on Tuesday, destroying several of their vehicles.",
            "Latamna",
        ),
        ("Army units conducted operations against terrorists' dens in Kafr Zita on Tuesday.", "Kafr Zita"),
        (
            "On Tuesday, army units carried out intensive operations against gatherings of terrorists in the "
            "countryside of Latamna, killing many of them.",
            "Latamna",
        ),
        (
            "Units of the army carried out precise operations against the positions of terrorist groups around Khan "
            "Sheikhoun on Tuesday.",
            "Khan Sheikhoun",
        ),
    ],
)
def test_operations_against_a_sides_hideouts_are_the_armys_strike(text, place):
    events = _events(text)
    assert [(e["first"], e["place"]["text"], e["perpetrators"]) for e in events] == [
        ("2019-03-05", place, ["syrian-government"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey has vowed to continue military operations against Kurdish militias east of the Euphrates.",
        "The coalition has carried out operations against Islamic State in Syria since 2014.",
    ],
)
def test_operations_against_a_side_with_no_day_are_no_incident(text):
    assert _events(text) == []


# --- the town of the hospital where one hurt in an incident died is not the incident's place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Government shells hit Saraqeb on Sunday, killing two. A girl hurt in the shelling died in a hospital in "
            "the town of Azaz on Monday.",
            "Saraqeb",
        ),
        (
            "Rebel rockets fell on Suqaylabiyah on Sunday, killing a man. A woman hurt in the attack died of her "
            "wounds in a hospital in the city of Hama on Tuesday.",
            "Suqaylabiyah",
        ),
        (
            "Jets bombed Kafr Nabl on Saturday, killing three. A boy wounded in the raid died later in a hospital in "
            "Idlib on Monday.",
            "Kafr Nabl",
        ),
        (
            "Insurgents shelled Mhardeh on Sunday, killing a woman. Her son, injured in the same attack, died on "
            "Tuesday in hospital in Hama.",
            "Mhardeh",
        ),
    ],
)
def test_the_hospital_a_victim_died_in_is_not_the_incidents_place(text, place):
    events = _events(text)
    assert [e["place"]["text"] for e in events] == [place]
    assert sorted(c["wounded"] for c in events[0]["claims"] if c.get("wounded")) == [1]


# --- a plan ("prepare to", "plans to", "intends to") makes a weekday far on in its clause a day ahead


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Iran prepare to host talks between the government and the rebel factions in the capital of "
        "Kazakhstan on Monday.",
        "The opposition delegation is preparing to travel with advisers from several armed groups to the Kazakh "
        "capital for the meeting on Monday.",
        "Turkey plans to send more troops and armoured vehicles to its observation posts around the southern edge of "
        "the province on Monday.",
        "The government intends to reopen the main highway between the two largest cities of the north to civilian "
        "traffic on Monday.",
    ],
)
def test_a_weekday_far_on_in_the_clause_of_a_plan_is_ahead(text):
    published = dt.datetime(2019, 3, 6, 10, 0)
    assert [(m.first, m.last) for m in tag_dates(text, published, "en")] == [(D(2019, 3, 11), D(2019, 3, 11))]


@pytest.mark.parametrize(
    "text",
    [
        "The army plans to retake the town, which rebels captured after a long and bloody battle with many losses on "
        "Monday.",
        "The army, which plans to retake the town that rebels captured after a long and bloody battle with many "
        "losses, shelled it on Monday.",
    ],
)
def test_a_weekday_past_the_clause_of_a_plan_stays_past(text):
    published = dt.datetime(2019, 3, 6, 10, 0)
    assert [(m.first, m.last) for m in tag_dates(text, published, "en")] == [(D(2019, 3, 4), D(2019, 3, 4))]


# --- "in a war that has killed more than N" behind an incident's own toll: N is the whole war's, not the incident's


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Air strikes killed four people in Saraqeb on Tuesday, in a war that has killed more than 360,000 people.", 4),
        (
            "Air strikes killed four people in Saraqeb on Tuesday, in a war that has killed more than 360,000 people "
            "and driven half the population from their homes.",
            4,
        ),
        (
            "Shelling killed three civilians in Ariha on Tuesday, the latest deaths in a war which has killed more "
            "than 500,000 people since 2011.",
            3,
        ),
        (
            "Jets hit Ariha on Tuesday, killing five, in Syria's civil war, which has killed more than 400,000 people.",
            5,
        ),
    ],
)
def test_a_wars_toll_told_behind_an_incident_is_not_its_toll(text, killed):
    events = _events(text)
    assert len(events) == 1
    assert sorted({c["killed"] for c in events[0]["claims"] if c.get("killed")}) == [killed]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("An air strike on a market in Ariha on Tuesday has killed more than 20 people, rescuers said.", 20),
        ("Shelling of Saraqeb on Tuesday has killed more than 12 civilians.", 12),
    ],
)
def test_an_incidents_own_toll_after_has_killed_more_than_stays(text, killed):
    events = _events(text)
    assert [sorted({c["killed"] for c in e["claims"] if c.get("killed")}) for e in events] == [[killed]]


# --- "on Monday and Tuesday": a day and the next joined by "and" are both the incident's days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Airstrikes killed 5 civilians in Khan Sheikhoun on Monday and Tuesday.", ("2019-03-04", "2019-03-05")),
        ("Russian jets pounded Kafr Nabl on Sunday and Monday, killing nine civilians.", ("2019-03-03", "2019-03-04")),
        (
            "Government shelling on Saturday and Sunday killed six people in Ariha, the monitor said.",
            ("2019-03-02", "2019-03-03"),
        ),
        (
            "Clashes between rebels and troops near Kafr Nabuda on Monday and Tuesday left 14 fighters dead.",
            ("2019-03-04", "2019-03-05"),
        ),
    ],
)
def test_two_days_running_joined_by_and_are_the_incidents_days(text, days):
    assert [(e["first"], e["last"]) for e in _events(text)] == [days]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Jets struck Saraqeb on Friday and Monday, killing four.", ("2019-03-01", "2019-03-01")),
        ("Shelling killed two in Saraqeb on Monday and three in Ariha on Tuesday.", ("2019-03-04", "2019-03-04")),
    ],
)
def test_days_apart_or_told_of_other_places_stay_one_day(text, days):
    assert [(e["first"], e["last"]) for e in _events(text) if e["place"]["text"] == "Saraqeb"] == [days]

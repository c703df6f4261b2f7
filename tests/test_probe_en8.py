"""English agency and wire articles about the whole of Syria, east and north included, 2012-2020: tolls broken down
by town, quarters named after who holds them, sites near a village and the wires' other wordings (texts written for
these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_figures import killed as _killed

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2018, 9, 5, 12, 0)  # a Wednesday


def _events(body: str, title: str = "Update", published: dt.datetime = PUBLISHED) -> list[dict]:
    article = Article(key="p", text=f"{title}\n\n{body}", published=published, language="en", source="test")
    return extract_article(article)["events"]


def _at(events: list[dict]) -> list[tuple[str, list[int]]]:
    return [(e["place"]["text"], _killed(e)) for e in events]


# --- a toll broken down town by town in the next sentence


def test_a_toll_broken_down_by_town_with_a_verb_of_dying_is_one_incident_per_town():
    events = _events(
        "Warplanes struck rebel-held areas of Hama province on Tuesday, killing 11 civilians, a monitor said. "
        "Seven of them were killed in the village of Kafr Zita and four in the town of Latamneh."
    )
    assert _at(events) == [("Kafr Zita", [7]), ("Latamneh", [4])]


def test_a_breakdown_by_town_is_read_though_the_next_sentence_tells_another_incident():
    events = _events(
        "Warplanes struck rebel-held areas of Hama province on Tuesday, killing 11 civilians, a monitor said. "
        "Seven were killed in Kafr Zita and four in Latamneh. Rebels shelled the town of Mhardeh on Tuesday, "
        "wounding two, state media said."
    )
    assert _at(events) == [("Kafr Zita", [7]), ("Latamneh", [4]), ("Mhardeh", [])]


# --- a quarter named "the X district" with no city after it


@pytest.mark.parametrize(
    ("body", "quarter"),
    [
        (
            "Islamic State mortars killed five people in the government-held Jourat Bakr district on Tuesday.",
            "Jourat Bakr",
        ),
        ("Barrel bombs hit the Karm Homad quarter on Tuesday, killing five people.", "Karm Homad"),
    ],
)
def test_a_name_between_the_and_district_is_a_quarter_the_gazetteer_may_lack(body, quarter):
    assert [e["place"]["text"] for e in _events(body)] == [quarter]


def test_a_community_before_a_quarters_noun_is_no_place():
    events = _events("Mortar shells hit the Christian quarter on Tuesday, killing two people, state media said.")
    assert [e["place"] for e in events] == [None]


# --- a site near a village


def test_the_village_of_a_name_is_no_anaphor_pointing_back_to_the_last_town():
    events = _events(
        "Snipers shot dead two fighters in the town of Hajin on Tuesday, a commander said.\n\n"
        "On Monday, a suicide bomber blew himself up at a checkpoint near the village of al-Marashida, killing three "
        "fighters, a monitor said."
    )
    assert _at(events) == [("Hajin", [2]), ("al-Marashida", [3])]


def test_a_site_near_another_village_is_no_retelling_of_the_last_incident():
    events = _events(
        "Islamic State snipers shot dead two fighters in the town of Hajin on Tuesday, a commander said.\n\n"
        "On Monday, an Islamic State suicide bomber blew himself up at a checkpoint near the village of al-Marashida, "
        "killing three fighters, a monitor said."
    )
    assert [(e["first"], e["place"]["text"], _killed(e)) for e in events] == [
        ("2018-09-04", "Hajin", [2]),
        ("2018-09-03", "al-Marashida", [3]),
    ]


# --- the one named and N others


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        (
            "A suicide bomber blew himself up in a mosque in Damascus on Tuesday, killing a senior cleric who backed "
            "the government and at least 30 other people, state television said.",
            31,
        ),
        ("Gunmen shot dead a local councillor and four other people in Tal Abyad on Tuesday.", 5),
        ("The rebel commander and at least five other fighters were killed in an air strike on Douma on Tuesday.", 6),
        ("An air strike on Douma on Tuesday killed the commander and five others.", 6),
    ],
)
def test_the_others_counted_after_and_are_one_fewer_than_the_toll(body, killed):
    assert [_killed(e) for e in _events(body)] == [[killed]]


@pytest.mark.parametrize(
    "body",
    [
        "Six people were killed and 11 others wounded in Douma on Tuesday.",
        "Shells killed a boy in Douma on Tuesday and wounded 11 others.",
    ],
)
def test_others_of_another_kind_of_harm_count_no_one_more(body):
    assert [c["wounded"] for e in _events(body) for c in e["claims"] if c["wounded"]] == [11]


# --- the source's name, without the dateline or a conjunction before it


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "BEIRUT (Reuters) - Rebels in southern Syria said they had repelled an army assault on the town of Nawa "
            "on Tuesday, killing 22 soldiers.",
            "Rebels in southern Syria",
        ),
        (
            "AMMAN, Jordan (AP) — Opposition activists said government forces shelled the town of Nawa on Tuesday, "
            "killing 30 people.",
            "Opposition activists",
        ),
        (
            "Rebels attacked a police station in the town of Nawa on Tuesday, and state television said gunmen had "
            "killed four policemen there.",
            "state television",
        ),
    ],
)
def test_a_source_named_before_said_starts_after_the_dateline_and_a_conjunction(body, source):
    assert [c["source"] for e in _events(body) for c in e["claims"]] == [source]


# --- a part of a count with a casualty word of its own


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        (
            "Government forces launched a gas attack on Zamalka on Tuesday. A medical charity said clinics it supports "
            "had treated 2,100 patients with symptoms of nerve agents, of whom 240 died.",
            [240],
        ),
        ("Four people including a child were killed in shelling on Douma on Tuesday.", [4]),
    ],
)
def test_a_part_set_off_by_a_comma_before_its_own_casualty_word_is_the_toll(body, killed):
    assert [_killed(e) for e in _events(body)] == [killed]


# --- the whole country's toll of the day


@pytest.mark.parametrize(
    "tail",
    [
        "Nationwide, at least 120 people were killed on Tuesday, the Observatory said.",
        "At least 120 people were killed across Syria on Tuesday, according to the Observatory.",
    ],
)
def test_a_toll_of_the_whole_country_is_no_incidents_toll(tail):
    events = _events(f"Rebels attacked a police post in the town of Nawa on Tuesday, killing four policemen. {tail}")
    assert _at(events) == [("Nawa", [4])]


# --- a ministry's tally of the last day and night


@pytest.mark.parametrize("span", ["in the previous 24 hours", "over the past 24 hours", "over the past 48 hours"])
def test_those_neutralised_in_the_last_24_hours_are_no_incidents_toll(span):
    events = _events(
        "Kurdish fighters shot down a Turkish helicopter over the village of Qurna on Tuesday, killing its two crew. "
        f"The Turkish army said it had neutralised 82 terrorists {span}."
    )
    assert [(e["place"]["text"], _killed(e)) for e in events] == [("Qurna", [2])]


# --- the group behind a generic noun, and the jihadists named before another side


def test_militants_of_a_group_described_by_a_compound_are_that_groups():
    events = _events(
        "Militants of the Islamic State-linked Khalid ibn al-Walid Army attacked positions near the village of Heit "
        "on Tuesday, killing seven rebels."
    )
    assert [e["perpetrators"] for e in events] == [["isis"]]


def test_the_jihadists_are_the_jihadist_group_named_last_though_another_side_came_after():
    events = _events(
        "Islamic State fighters killed 30 members of the Syrian Democratic Forces near the town of Hajin on Monday, "
        "a monitor said. On Tuesday the jihadists also attacked positions in the village of al-Bahra, killing five."
    )
    assert [e["perpetrators"] for e in events] == [["isis"], ["isis"]]


def test_the_side_counted_after_a_compound_describing_it_is_the_victim():
    events = _events(
        "Islamic State fighters killed at least 40 members of the U.S.-backed Syrian Democratic Forces in a "
        "counter-attack near the town of Hajin on Monday, a monitor said."
    )
    assert [(e["perpetrators"], _killed(e)) for e in events] == [(["isis"], [40])]


# --- a toll since a town was taken, and "the militants" after the group is named


def test_a_toll_since_a_town_was_captured_is_no_incident_at_that_town():
    events = _events(
        "Islamic State militants have killed at least 150 people since capturing the town of al-Qaryatain last week, "
        "a monitor said on Tuesday. The militants shot dead 12 men in the town's square on Monday, it said."
    )
    assert [(e["first"], e["perpetrators"], _killed(e)) for e in events] == [("2018-09-03", ["isis"], [12])]


@pytest.mark.parametrize("noun", ["the militants", "the extremists"])
def test_the_militants_with_the_article_are_the_jihadist_group_named_last(noun):
    events = _events(
        f"Islamic State fighters overran the town of al-Qaryatain on Monday. On Tuesday {noun} attacked an army post "
        "near the village of Mahin, killing nine soldiers."
    )
    assert {p for e in events for p in e["perpetrators"]} == {"isis"}


def test_the_militants_with_no_group_named_are_the_generic_side():
    events = _events("The militants shelled the town of Mhardeh on Tuesday, killing two people, state media said.")
    assert [e["perpetrators"] for e in events] == [["opposition-unspecified"]]

"""English agency and wire articles about the whole of Syria, 2012-2019: the sides, places and tolls as Reuters, AP,
AFP, state and Russian outlets word them (texts written for these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_figures import killed as _killed

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2016, 12, 13, 15, 0)  # a Tuesday


def _events(body: str, title: str = "Update", published: dt.datetime = PUBLISHED) -> list[dict]:
    article = Article(key="p", text=f"{title}\n\n{body}", published=published, language="en", source="test")
    return extract_article(article)["events"]


# --- a side named as the subject of a verb of killing


@pytest.mark.parametrize(
    ("body", "sides", "killed"),
    [
        ("Government troops killed at least 40 civilians in the town of Atareb on Monday.", ["syrian-government"], 40),
        ("Islamic State militants have massacred 25 villagers in the village of Abu Fas on Monday.", ["isis"], 25),
    ],
)
def test_a_side_that_killed_a_toll_at_a_town_did_it_though_no_word_tells_how(body, sides, killed):
    events = _events(body)
    assert [(e["first"], e["perpetrators"], _killed(e)) for e in events] == [("2016-12-12", sides, [killed])]
    assert events[0]["type"] == "attack"


def test_a_side_killed_in_the_passive_did_not_kill():
    events = _events("Twelve Islamic State militants were killed in the town of Atareb on Monday.")
    assert [e["perpetrators"] for e in events] == [[]]


# --- a quarter the gazetteer lacks, named after who holds it


def test_a_quarter_after_a_holders_word_is_the_place_not_its_city():
    events = _events(
        "Army helicopters dropped barrel bombs on the rebel-held Qadi Askar district of Aleppo on Monday, killing 18."
    )
    assert [e["place"]["text"] for e in events] == ["Qadi Askar"]


# --- fire from where a side stands


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Rockets fired from areas held by rebels hit the Jaramana suburb of Damascus on Monday, killing three.",
            ["opposition-unspecified"],
        ),
        ("Shells launched from Turkish army posts hit the village of Shawargha on Monday, wounding four.", ["turkey"]),
    ],
)
def test_fire_from_the_areas_or_posts_of_a_side_is_that_sides(body, sides):
    assert [e["perpetrators"] for e in _events(body)] == [sides]


# --- a defence ministry's own words


def test_sorties_of_the_aerospace_forces_are_russian_air_strikes_and_the_eliminated_their_dead():
    events = _events(
        "The Russian Aerospace Forces carried out 40 sorties near al-Qaryatain in Homs province on Monday, the "
        "defence ministry said. It said 55 militants had been eliminated."
    )
    assert [(e["type"], e["perpetrators"], _killed(e)) for e in events] == [("air_strike", ["russia"], [55])]


# --- the day and the village told in the next sentence


def test_a_retelling_with_a_day_and_a_village_dates_and_places_an_act_told_of_its_province():
    events = _events(
        "Nusra Front fighters shot dead at least 20 villagers in Idlib province, the monitor said on Tuesday.\n\n"
        "The shooting took place on Monday in the village of Kafr Maris after a quarrel, the monitor said."
    )
    assert [(e["first"], e["place"]["text"], _killed(e)) for e in events] == [("2016-12-12", "Kafr Maris", [20])]


def test_a_retelling_naming_another_town_than_the_acts_own_leaves_it_alone():
    events = _events(
        "Gunmen shot dead 20 villagers in the town of Sarmada, the monitor said on Tuesday.\n\n"
        "The shooting took place on Monday in the village of Kafr Maris, the monitor said."
    )
    assert [(e["place"]["text"], _killed(e)) for e in events] == [("Sarmada", [20])]


# --- "said on <day>" with "that" left out


def test_the_day_a_wire_says_something_with_no_that_after_it_gives_way_to_the_incidents_day():
    events = _events(
        "The U.S. military said on Tuesday coalition aircraft may have struck Syrian troops by mistake near the "
        "village of Tharda on Saturday, killing dozens."
    )
    assert [e["first"] for e in events] == ["2016-12-10"]


# --- a second toll in the sentence, tied to the fire told after it


def test_a_toll_before_when_in_the_sentence_of_another_incident_is_the_toll_of_the_fire_told_after_it():
    events = _events(
        "Government shelling killed seven people in the Old City of Homs on Monday, and state media said three people "
        "died when rebels fired rockets at the Akrama district."
    )
    assert [(e["perpetrators"], _killed(e)) for e in events] == [
        (["syrian-government"], [7]),
        (["opposition-unspecified"], [3]),
    ]


# --- a side blamed, then denying


@pytest.mark.parametrize(
    "blame",
    [
        "Activists blamed Russian jets, which Moscow denied.",
        "Rescuers blamed Syrian or Russian jets; Moscow denied its planes had flown over the area.",
    ],
)
def test_a_side_blamed_for_fire_told_without_a_shooter_stays_blamed_though_it_denies(blame):
    events = _events(f"Air strikes destroyed a clinic in the town of Atareb late on Monday, killing 11 people. {blame}")
    assert [("russia" in e["perpetrators"], _killed(e)) for e in events] == [(True, [11])]


# --- what came hours later, told apart


def test_a_halt_announced_hours_after_the_fire_leaves_the_fire_an_incident():
    events = _events(
        "Army helicopters dropped barrel bombs on the town of Nawa on Monday, hours before the army announced a "
        "48-hour halt to combat operations, a monitor said."
    )
    assert [(e["first"], e["perpetrators"]) for e in events] == [("2016-12-12", ["syrian-government"])]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("A car bomb rocked Qadi Askar on Monday, killing eight people.", "Qadi Askar"),
        ("Government jets bombed Tal Shaeer on Monday, killing eight people.", "Tal Shaeer"),
    ],
)
def test_a_name_after_a_blasts_or_a_bombers_verb_is_a_place(body, place):
    assert [e["place"]["text"] for e in _events(body)] == [place]


# --- an undated attack told again by its means and its day


def test_an_undated_attack_told_again_as_a_barrel_dropped_on_a_day_takes_that_day_and_the_barrels_side():
    events = _events(
        "Rescuers said a poison gas attack on the rebel-held town of Douma killed at least 40 people.\n\n"
        "A helicopter dropped a barrel bomb filled with gas on Saturday evening, the rescuers said."
    )
    assert [(e["first"], e["perpetrators"], _killed(e)) for e in events] == [
        ("2016-12-10", ["syrian-government"], [40])
    ]


def test_an_eras_adjective_before_a_site_is_no_place():
    events = _events(
        "Islamic State militants shot dead 12 men in the Roman theatre of the city of Palmyra on Monday, the monitor "
        "said."
    )
    assert [e["place"]["text"] for e in events] == ["Palmyra"]


def test_a_headline_ending_in_a_cue_word_does_not_make_the_datelines_city_a_place():
    events = _events(
        "ALEPPO, Syria (AP) - Syrian jets pounded the Salaheddine neighborhood of Aleppo on Monday, activists said.\n\n"
        "State television said the army had killed dozens of terrorists.",
        title="Jets pound Aleppo's Salaheddine as rebels dig in",
    )
    assert [e["place"]["text"] for e in events] == ["Salaheddine"]


@pytest.mark.parametrize(("later", "day"), [("The November 28 strike hit a school.", "2016-11-28"), ("", None)])
def test_a_day_told_next_of_an_act_dated_by_its_month_dates_it(later, day):
    events = _events(
        f"A coalition air strike near the town of Tabqa last month killed 14 civilians, the Pentagon said. {later}"
    )
    assert [(e["first"], e["last"]) for e in events] == [(day or "2016-11-01", day or "2016-11-30")]


def test_a_day_outside_the_month_told_leaves_the_month():
    events = _events(
        "A coalition air strike near the town of Tabqa last month killed 14 civilians, the Pentagon said. A strike "
        "hit a school on December 5."
    )
    assert [(e["first"], e["last"]) for e in events][:1] == [("2016-11-01", "2016-11-30")]


def test_the_town_a_long_named_group_fired_from_is_where_the_fire_came_from():
    events = _events(
        "Three children were killed on Monday when mortar shells hit the town of al-Baath, a police source said.\n\n"
        "The shells were fired by Jabhat al-Nusra terrorists positioned in the town of Jubata al-Khashab."
    )
    assert [(e["place"]["text"], e["perpetrators"]) for e in events] == [("al-Baath", ["hts"])]


# --- an air strike told with no shooter beside one side that flies


@pytest.mark.parametrize(
    ("lead", "sides"),
    [
        (
            "Government forces regained control of the Nasib crossing on Monday, state media said.",
            ["syrian-government"],
        ),
        ("Rebels captured the hill of Tal Harra on Monday, activists said.", []),
    ],
)
def test_an_air_strike_with_no_shooter_is_the_one_side_that_flies_when_the_report_names_one(lead, sides):
    events = _events(f"{lead} Earlier on Monday, an air strike on the village of Saida killed a family of six.")
    strikes = [e for e in events if e["type"] == "air_strike"]
    assert [e["perpetrators"] for e in strikes] == [sides]


@pytest.mark.parametrize("anaphor", ["the charity", "the group", "the organization"])
def test_the_body_named_before_is_the_source_of_the_charity_or_the_group_said(anaphor):
    events = _events(
        "Missiles hit a hospital in the town of Maarat al-Numan on Monday, the Syrian American Medical Society said. "
        f"At least nine people were killed, {anaphor} said."
    )
    assert [[(c["source"], c["killed"]) for c in e["claims"]] for e in events] == [
        [("the Syrian American Medical Society", 9)]
    ]


@pytest.mark.parametrize("source", ["UN observers", "the UN human rights office", "a UN spokesman"])
def test_the_un_by_its_initials_before_its_people_or_office_is_the_un(source):
    events = _events(f"Shelling hit the town of Kafr Laha on Monday, killing 12 people, {source} said.")
    assert [[c["source_kind"] for c in e["claims"]] for e in events] == [["un"]]


def test_shabbiha_as_wires_spell_them_are_the_governments_militiamen():
    events = _events("Shabbiha militiamen shot dead 14 villagers in the village of Taldou on Monday, activists said.")
    assert [e["perpetrators"] for e in events] == [["syrian-government"]]

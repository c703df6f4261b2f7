"""English reports of outlets and genres the corpora lack: a monitor's daily English bulletin, UN situation
reports, Russian and Turkish defence statements, Kurdish-region outlets and long-form features (texts written for
these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_figures import killed as _killed
from claim_figures import sources as _sources
from claim_figures import wounded as _wounded

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2019, 7, 10, 11, 0)  # a Wednesday


def _events(body: str, title: str = "Update") -> list[dict]:
    article = Article(key="p", text=f"{title}\n\n{body}", published=PUBLISHED, language="en", source="test")
    return extract_article(article)["events"]


# --- running totals and risen tolls told as "the number of ... rose to"


def test_a_number_killed_since_the_start_of_the_month_is_a_running_total_not_an_incident():
    events = _events(
        "Government rockets struck the village of Kansafra on Tuesday, killing three civilians. "
        "Meanwhile, the number of people killed in government shelling on the Kafranbel area since the start "
        "of this month climbed to 58."
    )
    assert [_killed(e) for e in events] == [[3]]


def test_a_number_killed_that_rose_in_an_opening_sentence_is_that_incidents_toll():
    events = _events(
        "The number of people who were killed in the air raids on the village of Hish yesterday rose to 11, "
        "among them five children, after three of the injured died in hospital, the monitor said."
    )
    assert len(events) == 1
    assert _killed(events[0]) == [11]


def test_fighting_going_on_since_yesterday_evening_is_the_news_not_a_running_total():
    events = _events(
        "At least 14 rebels and 9 soldiers were killed in clashes that have been going on since yesterday evening "
        "on front lines south of the city, the Observatory reported."
    )
    assert [_killed(e) for e in events] == [[9, 14]]


# --- Turkish defence statements


@pytest.mark.parametrize(
    "body",
    [
        "Two Turkish soldiers were killed on Monday in a mortar attack by YPG terrorists in the Operation Peace "
        "Spring area, the ministry said.",
        "A Turkish soldier was killed on Monday when YPG terrorists opened fire on a patrol in the Peace Spring "
        "zone, the ministry said.",
    ],
)
def test_a_turkish_operation_by_name_is_no_place(body):
    events = _events(body)
    assert [(e["perpetrators"], e["place"]) for e in events] == [(["sdf"], None)]


def test_the_area_of_a_turkish_operation_is_no_place_the_town_near_it_is():
    events = _events(
        "The ministry said on Tuesday that three YPG/PKK terrorists who opened harassment fire on the Euphrates "
        "Shield area near Azaz were neutralized."
    )
    assert [(e["place"]["text"], e["place"]["admin1"]) for e in events] == [("Azaz", "Aleppo")]
    assert set(events[0]["perpetrators"]) == {"sdf", "pkk"}


def test_harassment_fire_on_a_turkish_post_from_government_held_positions_is_the_governments():
    events = _events(
        "A Turkish observation post near Morek came under harassment fire from regime-held positions on "
        "Monday, the General Staff said. Two Turkish soldiers were lightly wounded."
    )
    assert len(events) == 1
    assert events[0]["perpetrators"] == ["syrian-government"]
    assert events[0]["first"] == "2019-07-08"
    assert _wounded(events[0]) == [2]


def test_a_turkish_armed_drone_is_turkeys():
    events = _events(
        "A Turkish armed drone hit a car on the road west of Tal Tamr on Friday night, killing three fighters of "
        "the SDF, a local source said."
    )
    assert [e["perpetrators"] for e in events] == [["turkey"]]


# --- Kurdish-region outlets


def test_kurdish_outlets_names_for_the_turkish_army_and_its_allied_factions():
    events = _events(
        "The Turkish occupation army and its mercenaries shelled the village of Um al-Kaif near Tal Tamr with "
        "mortars on Sunday evening, wounding a woman, ANHA reported."
    )
    assert [e["perpetrators"] for e in events] == [["turkey"]]
    assert _sources(events[0]) == {"ANHA"}


def test_the_turkish_state_and_a_faction_of_the_sna_are_parties():
    events = _events(
        "Gunmen of the Hamza Division abducted two farmers in the village of Maabatli on Saturday, the SDF said."
    )
    assert [e["perpetrators"] for e in events] == [["opposition-unspecified"]]
    events = _events("The Turkish state shelled the outskirts of Ain Issa on Saturday, wounding a child.")
    assert [e["perpetrators"] for e in events] == [["turkey"]]


def test_a_health_authority_that_told_an_outlet_is_the_source():
    events = _events(
        "Nine civilians died when Turkish jets struck the village of Kafr Janneh on Thursday, the local health "
        "authority told Rudaw."
    )
    assert _sources(events[0]) == {"the local health authority"}


# --- the monitor's English bulletins


def test_what_the_monitor_learned_is_its_figure():
    events = _events(
        "Helicopters hit the town of Kafr Zita with barrel bombs this morning. The Observatory learned that "
        "two brothers were killed in the bombing."
    )
    assert len(events) == 1
    assert _sources(events[0]) == {"The Observatory"}


# --- UN situation reports


def test_civilians_reportedly_killed_keep_their_count_beside_the_injured():
    events = _events(
        "On 8 July, some 15 civilians were reportedly killed and 40 injured as air strikes struck a busy market "
        "in Maarat al-Numan, according to local sources."
    )
    assert len(events) == 1
    assert _killed(events[0]) == [15]
    assert _wounded(events[0]) == [40]


# --- reactions and comparisons are no incidents


def test_a_country_that_condemned_the_raids_is_no_party_to_them():
    events = _events(
        "Russian jets carried out a dozen raids on Khan Shaykhun on Monday, killing seven people, a monitor "
        "said. Turkey condemned the strikes."
    )
    assert [e["perpetrators"] for e in events] == [["russia"]]


def test_the_day_after_a_superlatives_since_starts_a_comparison_not_an_incident():
    events = _events(
        "Government shelling killed six civilians in Saraqib on Tuesday, a rescuer said, the deadliest attack "
        "since Moscow and Ankara agreed on a demilitarised zone in September."
    )
    assert [(e["first"], _killed(e)) for e in events] == [("2019-07-09", [6])]


def test_a_community_is_no_place():
    events = _events(
        "Islamic State suicide bombers killed 40 people in attacks on the city of Sweida and nearby villages "
        "on Tuesday, the deadliest assault on the Druze community in the war, the monitor said."
    )
    assert [e["place"]["name"] for e in events] == ["As-Suwayda"]


# --- figures


def test_a_figure_written_with_a_thousands_separator_is_one_number():
    events = _events("Shelling on the eastern suburbs killed 1,180 people on Monday, the monitor said.")
    assert [_killed(e) for e in events] == [[1180]]


def test_gunmen_who_shot_dead_farmers_killed_the_farmers_not_themselves():
    events = _events("Gunmen shot dead six farmers near Jisr al-Shughur on Sunday, activists said.")
    assert [_killed(e) for e in events] == [[6]]


def test_people_hospitalised_after_an_attack_are_its_wounded():
    events = _events(
        "Twenty-two people were hospitalised after gas shells hit the Khalidiya district of Aleppo on Saturday "
        "evening, state media said."
    )
    assert [_wounded(e) for e in events] == [[22]]


# --- who answers whom, and where


def test_the_factions_that_answered_regime_fire_by_targeting_its_positions_are_an_incident_of_their_own():
    events = _events(
        "Government forces fired mortar shells at positions of the factions near Kafr Hamra on Thursday night. "
        "The factions responded by targeting government positions in the area of al-Mallah."
    )
    assert [e["perpetrators"] for e in events] == [["syrian-government"], ["opposition-unspecified"]]


def test_a_city_district_and_a_town_outside_the_city_are_two_incidents():
    events = _events(
        "Army helicopters fired heavy machine guns on the Sukkari district of Aleppo on Sunday. Shelling killed "
        "nine people in the town of Anadan."
    )
    assert sorted(e["place"]["text"] for e in events) == ["Anadan", "Sukkari"]


# --- days that are not the incident's


def test_the_day_a_truce_came_into_force_does_not_date_the_fire_told_after_it():
    events = _events(
        "Despite the truce that came into force at midnight on Saturday, the monitor recorded government shelling "
        "on Kafr Zita and rebel rockets on Mhardeh, wounding two people."
    )
    assert events and all(e["first"] == "2019-07-10" for e in events)


def test_fire_told_as_almost_daily_is_background_the_dated_shell_is_the_incident():
    events = _events(
        "Residents say the Turkish-backed factions have shelled the villages near Tal Tamr almost daily since "
        "mid-June. On Monday, a shell killed two brothers near Umm al-Kaif, a local official said."
    )
    assert [(e["first"], e["place"]["text"], _killed(e)) for e in events] == [("2019-07-08", "Umm al-Kaif", [2])]


def test_equipment_destroyed_since_the_start_of_an_operation_is_a_total_not_an_incident():
    assert (
        _events(
            "Turkish drones have destroyed 40 tanks and 9 air defence systems in Idlib since the start of the "
            "operation, the minister said on Sunday."
        )
        == []
    )


def test_the_first_strike_in_months_keeps_its_toll():
    events = _events(
        "On 8 July, air strikes were reported on Ariha for the first time in five months, reportedly killing at "
        "least 11 civilians."
    )
    assert [_killed(e) for e in events] == [[11]]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "Russian jets carried out 21 air strikes on Monday on Kafr Zita (8), al-Lataminah (7), Kafr Nabudah (4) "
            "and Qalaat al-Madiq (2).",
            "en",
        ),
        (
            "ونفذت الطائرات الروسية 21 غارة يوم الاثنين على كفرزيتا (8) واللطامنة (7) وكفرنبودة (4) وقلعة المضيق (2).",
            "ar",
        ),
    ],
)
def test_a_list_of_towns_each_with_its_count_of_strikes_is_a_round_up(body, language):
    article = Article(key="p", text=f"Update\n\n{body}", published=PUBLISHED, language=language, source="test")
    events = extract_article(article)["events"]
    assert len(events) == 4
    assert {e["first"] for e in events} == {"2019-07-08"}


# --- units and militias by name; a toll told with the side blamed for it


@pytest.mark.parametrize(
    ("body", "side"),
    [
        (
            "The Fourth Division shelled the town of Douma with rockets on Monday, killing five people.",
            "syrian-government",
        ),
        (
            "NDF fighters shelled the Kurdish-held Halko district of Qamishli on Monday, wounding three people.",
            "syrian-government",
        ),
        (
            "Fighters of the Fatemiyoun Brigade shelled the village of Tal Mardikh on Monday, killing a boy.",
            "iran-backed-militias",
        ),
        (
            "Faylaq al-Rahman fighters shelled government positions in Jobar on Monday, killing two soldiers.",
            "opposition-unspecified",
        ),
    ],
)
def test_army_units_and_militias_named_in_english_are_their_sides(body, side):
    assert [e["perpetrators"] for e in _events(body)] == [[side]]


def test_villagers_massacred_by_militiamen_are_an_incident():
    events = _events("Shabiha militiamen massacred 25 villagers in the farming village of al-Qubeir on Wednesday.")
    assert [(e["perpetrators"], e["place"]["text"]) for e in events] == [(["syrian-government"], "al-Qubeir")]


def test_a_toll_told_with_the_side_blamed_for_it_is_that_sides_incident():
    events = _events(
        "At least 40 people were killed in the village of Aqrab on Tuesday, activists said, blaming pro-government "
        "militiamen."
    )
    assert [(e["first"], e["perpetrators"], _killed(e)) for e in events] == [
        ("2019-07-09", ["syrian-government"], [40])
    ]


def test_fire_told_as_coinciding_with_the_strikes_is_an_incident_of_its_own():
    events = _events(
        "Warplanes believed to be Russian carried out nine raids on Kafr Nabl at dawn today, coinciding with "
        "government shelling on Hass."
    )
    assert sorted((e["place"]["text"], tuple(e["perpetrators"])) for e in events) == [
        ("Hass", ("syrian-government",)),
        ("Kafr Nabl", ("russia",)),
    ]

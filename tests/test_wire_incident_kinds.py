"""English wire reports: kinds of incident the wires tell beyond shelling and strikes (texts written for these tests,
in the project's own words)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2018, 3, 8, 12, 0)


def _events(text: str) -> list[dict]:
    article = Article(key="w", text=text, published=PUBLISHED, language="en", source="Test Wire")
    return extract_article(article)["events"]


def _killed(event: dict) -> list[int]:
    return [c["killed"] for c in event["claims"] if c["killed"] is not None]


def test_a_device_that_went_off_is_an_explosion():
    text = (
        "Blast in the south\n\nAn improvised explosive device hidden by the road went off beside a patrol near "
        "the town of Nawa on Saturday, the war monitor reported."
    )
    (event,) = _events(text)
    assert (event["type"], event["first"], event["place"]["name"]) == ("explosion", "2018-03-03", "Nawa")


def test_devices_a_group_learns_to_build_are_no_incident():
    text = (
        "Threat assessment\n\nOfficials said the cell had trained recruits to assemble improvised explosive "
        "devices in safe houses."
    )
    assert _events(text) == []


def test_an_assassination_counts_its_dead_and_is_an_incident_without_a_named_killer():
    text = (
        "Commander shot\n\nMasked gunmen assassinated a local militia leader in the town of Jasim on Tuesday, "
        "residents said."
    )
    (event,) = _events(text)
    assert event["first"] == "2018-03-06" and _killed(event) == [1]


def test_the_executed_are_the_dead_of_an_execution():
    text = (
        "Killings in the east\n\nIslamic State fighters executed seven farmers in the town of Bukamal on "
        "Wednesday, the monitor said."
    )
    (event,) = _events(text)
    assert event["perpetrators"] == ["isis"] and _killed(event) == [7]


def test_people_treated_for_suffocation_are_the_hurt_of_a_gas_attack_but_who_died_of_it_are_dead():
    treated = (
        "Gas attack\n\nDoctors in the town of Saqba treated 23 people for suffocation on Wednesday after a "
        "government helicopter dropped a chlorine barrel, a medical charity said."
    )
    (event,) = _events(treated)
    assert [c["wounded"] for c in event["claims"]] == [23]
    died = (
        "Gas attack\n\nTwo boys died of suffocation in the town of Saqba on Wednesday after a government "
        "helicopter dropped a chlorine barrel, a medical charity said."
    )
    (event,) = _events(died)
    assert [(c["killed"], c["wounded"]) for c in event["claims"]] == [(2, None)]


def test_how_many_have_fled_the_fighting_is_no_incident():
    text = (
        "Exodus from the south\n\nSome 150,000 residents have fled the battles in the province of Quneitra since "
        "the army's push began, a UN agency said on Tuesday."
    )
    assert _events(text) == []


def test_a_series_of_suicide_bombings_is_an_explosion_not_air_strikes():
    text = (
        "Attacks in the south\n\nIslamic State fighters set off a wave of suicide bombings in the city of Suwayda "
        "on Wednesday, killing 40 people, the health director of the province said."
    )
    (event,) = _events(text)
    assert (event["type"], event["perpetrators"]) == ("explosion", ["isis"])
    assert [(c["killed"], c["source_kind"]) for c in event["claims"]] == [(40, "officials")]


def test_people_counted_by_their_work_are_a_toll_and_make_the_incident():
    text = (
        "Volunteer killed\n\nA volunteer of the Red Crescent was shot dead while handing out bread in the town of "
        "Mayadin on Monday, the charity said."
    )
    (event,) = _events(text)
    assert [c["killed"] for c in event["claims"]] == [1]


def test_no_one_hurt_counts_nobody():
    text = (
        "Rockets on the base\n\nInsurgents fired five rockets at the air base of Hmeimim on Saturday night, the "
        "defence ministry said, adding that no one was hurt."
    )
    (event,) = _events(text)
    assert [c for c in event["claims"] if c["wounded"]] == []


def test_troops_and_insurgents_that_died_are_two_sides_tolls_not_one_sum():
    text = (
        "Battle for a hill\n\nAt least 18 government troops and 11 insurgents died in fighting near the town of "
        "Kafr Nabuda on Tuesday, the monitor said."
    )
    (event,) = _events(text)
    assert sorted((c["killed"], c["of"]) for c in event["claims"]) == [
        (11, "opposition-unspecified"),
        (18, "syrian-government"),
    ]


def test_pro_government_wording_of_the_dead_and_hurt_and_two_dozen_are_counted():
    text = (
        "Shells on a suburb\n\nRockets that terrorists launched at the town of Jaramana on Monday caused the "
        "martyrdom of two citizens and the injury of 14 others, a police source said."
    )
    (event,) = _events(text)
    assert [(c["killed"], c["wounded"]) for c in event["claims"]] == [(2, 14)]
    text = "Raids\n\nAir strikes on the town of Saraqib on Monday killed two dozen people, the monitor said."
    (event,) = _events(text)
    assert _killed(event) == [24]


def test_people_kidnapped_make_an_incident_but_the_kidnappers_are_not_counted_as_taken():
    text = (
        "Abduction in the south\n\nGunmen kidnapped three farmers from the village of al-Mazraa on Thursday, "
        "a local news network reported."
    )
    (event,) = _events(text)
    assert [c["captured"] for c in event["claims"]] == [3]
    text = (
        "Priest taken\n\nFive members of the group kidnapped a monk from the hamlet of Ghassaniyeh on "
        "Saturday, the monitor said."
    )
    assert all(c["captured"] is None and "captured" not in c["vague"] for e in _events(text) for c in e["claims"])

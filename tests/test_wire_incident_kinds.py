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
        "the town of Nawa on Saturday, a monitor said."
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
        "Killings in the east\n\nIslamic State fighters executed seven farmers in the town of al-Bukamal on "
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
        "Exodus from the south\n\nSome 150,000 people have fled the fighting in the province of Quneitra since "
        "the army's push began, a UN agency said on Tuesday."
    )
    assert _events(text) == []

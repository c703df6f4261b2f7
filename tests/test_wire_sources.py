"""English wire reports: who gives a figure (texts written for these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.claims import attributions
from timeline.extract import extract_article
from timeline.factions import find_factions
from timeline.sentences import TextView

PUBLISHED = dt.datetime(2018, 3, 8, 12, 0)


def _events(text: str) -> list[dict]:
    article = Article(key="w", text=text, published=PUBLISHED, language="en", source="Test Wire")
    return extract_article(article)["events"]


def _sources(sentence: str) -> list[tuple[str, str]]:
    flat = TextView(sentence).flat
    return [(a.text, a.kind) for a in attributions(flat, 0, len(flat), find_factions(flat))]


def _credited(event: dict) -> list[tuple[int | None, int | None, str | None, str]]:
    return [(c["killed"], c["wounded"], c["source"], c["source_kind"]) for c in event["claims"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A strike on a clinic killed three nurses, the Syrian American Medical Society said.",
            ("the syrian american medical society", "medical sources"),
        ),
        (
            "Gunners shelled two hamlets, killing four farmers, according to the Kurdish Red Crescent.",
            ("the kurdish red crescent", "medical sources"),
        ),
        ("Mortars wounded five passers-by, a police source told the state agency.", ("a police source", "officials")),
        (
            "The raid killed nine, the Levant human rights network said in its daily report.",
            ("the levant human rights network", "monitor"),
        ),
        (
            "Six died when the market was hit, the Local Coordination Committees reported.",
            ("the local coordination committees", "activists"),
        ),
        ("A shell killed a boy, a hospital official told AFP.", ("a hospital official", "medical sources")),
    ],
)
def test_medical_ngos_rights_groups_and_officials_are_sources(sentence, expected):
    assert _sources(sentence) == [expected]


def test_who_put_the_toll_at_a_figure_gives_it():
    assert _sources("The civil defence rescue service put the toll at 16.") == [
        ("the civil defence rescue service", "civil defence")
    ]
    assert _sources("Paramedics in the town put the death toll for the night at 31.") == [
        ("paramedics in the town", "medical sources")
    ]


def test_a_source_named_after_said_and_the_title_of_a_person_named_there():
    assert _sources("The blast killed eleven, said the war monitor.") == [("the war monitor", "monitor")]
    assert _sources("The blast killed eleven, said Omar Saleh, a medic at the field clinic.") == [
        ("omar saleh, a medic at the field clinic", "medical sources")
    ]


def test_a_title_in_apposition_before_said_is_the_source():
    assert _sources("Hassan Ammar, a spokesman for the rescue teams, said 20 were hurt.") == [
        ("a spokesman for the rescue teams", "civil defence")
    ]
    # an incident's own words between commas before "said" are no source
    assert _sources("Jets hit the bakery, killing ten, said nothing of the dead.") == []


def test_a_source_passed_on_by_an_agency_follows_citing():
    got = _sources("The shells killed two people, the state agency reported, citing a security source.")
    assert ("a security source", "military sources") in got


def test_a_side_speaking_of_its_own_fight_through_a_military_source_stays_a_party():
    assert _sources("A Kurdish YPG military source said the fighting was heavy.")[0][1] == "party"


def test_he_and_the_source_point_back_to_the_source_named_before():
    text = (
        "Raids on two towns\n\nGovernment jets bombed the town of Khan Sheikhoun on Saturday, killing eight people, "
        "a rescue worker told the agency. On Sunday, jets hit the town of Kafr Nabl, killing six, he said."
    )
    first, second = _events(text)
    assert _credited(first) == [(8, None, "a rescue worker", "civil defence")]
    assert _credited(second) == [(6, None, "a rescue worker", "civil defence")]
    text = (
        "Army takes a hill\n\nSyrian troops seized a hill near the town of Kafr Zita on Saturday after hard fighting, "
        "a military source told the state agency. Twelve insurgents died in the battle, the source added."
    )
    (event,) = _events(text)
    assert [(c["killed"], c["source"]) for c in event["claims"]] == [(12, "a military source")]


def test_a_later_toll_from_another_source_is_credited_to_it_not_the_outlet():
    text = (
        "Douma bombed\n\nGovernment warplanes bombed the town of Douma on Tuesday, killing 11 civilians, "
        "activists said. The civil defence put the toll at 14."
    )
    (event,) = _events(text)
    assert _credited(event) == [(11, None, "activists", "activists"), (14, None, "The civil defence", "civil defence")]


def test_a_toll_of_the_whole_war_told_by_a_source_stays_no_incident_figure():
    text = (
        "Shelling\n\nRebel shells killed two people in the town of Mhardeh on Wednesday, a monitor said. "
        "A rights group estimates the conflict has claimed about 350000 lives."
    )
    assert [[c["killed"] for c in e["claims"]] for e in _events(text)] == [[2]]


def test_a_sentence_after_a_toll_of_two_digits_lends_it_no_source():
    text = (
        "Bus attacked\n\nGunmen ambushed a bus of pilgrims south of Damascus on Saturday, killing 9 and injuring 15. "
        "No group claimed the attack, and the police blamed insurgents."
    )
    (event,) = _events(text)
    assert [(c["killed"], c["wounded"], c["source_kind"]) for c in event["claims"]] == [(9, 15, "outlet")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two were hurt in the village, opposition-run Step News said.", "media"),
        ("A boy died in the blast, local media reported.", "media"),
        ("Three soldiers were hurt, the pro-government Al-Watan daily reported.", "newspaper"),
    ],
)
def test_news_outlets_named_in_the_text_are_sources(sentence, expected):
    assert [kind for _text, kind in _sources(sentence)] == [expected]


def test_without_commas_an_article_opens_the_name_and_a_pronoun_before_said_is_the_source_before():
    text = (
        "Two blasts\n\nA car bomb went off near a mosque in the town of Mayadin on Wednesday killing at least 9 "
        "people a local council official told the agency. Another blast hit the town of Quriyah hours later "
        "wounding 6 he said."
    )
    first, second = _events(text)
    assert [c["source"] for c in first["claims"]] == ["a local council official"]
    assert [c["source"] for c in second["claims"]] == ["a local council official"]


def test_a_second_verb_after_and_belongs_to_the_source_named_first():
    got = _sources("A rescue group said Russian jets had flown the raid and put the toll at 19.")
    assert got == [("a rescue group", "civil defence")]


def test_a_time_word_between_the_source_and_its_verb_is_no_part_of_the_name():
    assert _sources("The toll rose to 24, the civil defence later said.") == [("the civil defence", "civil defence")]


def test_it_said_points_back_to_the_organisation_named_before():
    text = (
        "Clinics hit\n\nTwo clinics in southern Idlib were knocked out of action by air strikes on Sunday, a medical "
        "charity said. A nurse was killed in the town of Kafr Nabl, it said."
    )
    (event,) = _events(text)
    assert [(c["killed"], c["source"]) for c in event["claims"]] == [(1, "a medical charity")]


def test_without_commas_the_incident_stays_out_of_the_source_name():
    text = (
        "Clinic hit\n\nJets struck a clinic in the town of Kafr Nabl on Monday killing two nurses medics said. "
        "Rockets hit a school in the town of Jaramana on Monday killing three pupils a police source said."
    )
    events = _events(text)
    assert sorted(e["type"] for e in events) == ["air_strike", "shelling"]
    sources = sorted(c["source"] for e in events for c in e["claims"])
    assert sources == ["a police source", "nurses medics"]

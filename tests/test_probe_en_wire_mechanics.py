"""English wire and agency articles in layouts and from outlets the corpora lack: datelines with the day in them,
wire tags and credit lines, photo captions, agencies and news sites never met before (texts written for these
tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_figures import killed as _killed

from timeline.article import Article
from timeline.extract import extract_article
from timeline.readers import read_path

PUBLISHED = dt.datetime(2018, 3, 8, 12, 0)  # a Thursday


def _extract(body: str, title: str = "Update") -> dict:
    article = Article(key="w", text=f"{title}\n\n{body}", published=PUBLISHED, language="en", source="test")
    return extract_article(article)


def _events(body: str, title: str = "Update") -> list[dict]:
    return _extract(body, title)["events"]


# --- datelines


@pytest.mark.parametrize(
    "dateline",
    [
        "DAMASCUS, March 6 (Xinhua) --",
        "DAMASCUS, March 6 (Reuters) -",
        "DAMASCUS, Syria, Mar. 6 (AP) —",
    ],
)
def test_the_capital_of_a_dateline_with_its_day_is_no_side(dateline):
    events = _events(
        f"{dateline} A bomb hidden in a parked van exploded on Monday night near a bakery in the town of Jarablus, "
        "killing five people, a local official said."
    )
    assert [(e["perpetrators"], _killed(e)) for e in events] == [([], [5])]


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("DAMASCUS, March 6 (Xinhua) -- Mortar rounds hit the old city of Damascus on Monday.", "Xinhua"),
        ("Rockets hit the town of Suqaylabiyah on Monday, injuring two girls, PressTV reported.", "Press TV"),
        ("The army shelled Kafr Zita on Monday, a field commander told Al-Masdar News.", "Al-Masdar News"),
        ("Jets hit Hamouriyeh on Monday, a local activist told Syria Direct.", "Syria Direct"),
    ],
)
def test_agencies_and_news_sites_never_met_before_are_outlets(body, outlet):
    from timeline.readers.outlets import outlet_named

    assert outlet_named(outlet) is not None
    assert _events(body)


# --- comparisons


@pytest.mark.parametrize("superlative", ["highest", "bloodiest", "fiercest"])
def test_a_toll_compared_with_those_since_a_month_is_no_running_total(superlative):
    events = _events(
        f"Air raids by the coalition killed 31 civilians in Raqqa on Monday, the monitor said, one of the {superlative} "
        "tolls since the battle for the city started in June."
    )
    assert [(e["first"], _killed(e)) for e in events] == [("2018-03-05", [31])]


@pytest.mark.parametrize("agency", ["DPA", "AFP", "Xinhua"])
def test_an_agency_opening_the_body_after_a_title_ending_in_a_verb_is_no_place(agency):
    events = _events(
        f"{agency} - Government troops fired mortar rounds at a Turkish observation post near the town of Morek "
        "in northern Hama on Tuesday.",
        title="Turkish post shelled",
    )
    assert [e["place"]["text"] for e in events] == ["Morek"]


# --- figures


@pytest.mark.parametrize("nobody", ["No soldiers were hurt.", "No Turkish soldiers were injured."])
def test_no_people_of_a_kind_hurt_counts_nobody(nobody):
    events = _events(
        f"Government troops fired mortar rounds at a Turkish observation post near Morek on Tuesday. {nobody}"
    )
    assert [(e["perpetrators"], e["claims"]) for e in events] == [(["syrian-government"], [])]


def test_a_count_whose_people_are_named_with_two_words_before_the_noun_is_a_number():
    events = _events(
        "Up to 16 Syrian government soldiers and allied militiamen died on Tuesday when Islamic State fighters "
        "stormed their posts near al-Bukamal, the monitor said."
    )
    assert [(e["perpetrators"], _killed(e)) for e in events] == [(["isis"], [16])]


@pytest.mark.parametrize("described", ["number of civilian dead", "number of civilian deaths"])
def test_a_singular_person_noun_describing_the_dead_counts_no_one(described):
    events = _events(
        f"Turkish jets pounded the town of Jinderes on Monday, the YPG said. The monitor put the {described} at 23."
    )
    assert [_killed(e) for e in events] == [[23]]


# --- spellings of towns the corpora lack


@pytest.mark.parametrize(
    ("sentence", "name", "admin1"),
    [
        ("Jets struck Kafr Sijna in southern Idlib on Monday, killing two farmers.", "Kafr Sijnah", "Idlib"),
        ("A shell hit a house in the village of Kafr Uwayd on Monday, killing a boy.", "Kafr Awid", "Idlib"),
        ("An air strike destroyed a clinic in the village of Hass on Monday, killing a nurse.", "Has", "Idlib"),
        (
            "Coalition raids on the village of al-Mansoura west of Raqqa killed five people on Monday.",
            "al-Mansurah (Raqqa)",
            "Raqqa",
        ),
    ],
)
def test_wire_spellings_of_towns_find_the_town(sentence, name, admin1):
    events = _events(sentence)
    assert [(e["place"]["name"], e["place"]["admin1"]) for e in events] == [(name, admin1)]


# --- days of telling


@pytest.mark.parametrize(
    ("body", "day", "killed"),
    [
        (
            "Rescuers said on Tuesday they had pulled 11 bodies from the rubble after government air strikes on "
            "Ariha in Idlib on Sunday.",
            "2018-03-04",
            [11],
        ),
        (
            "The rights office said on Tuesday it had verified the deaths of at least 19 civilians in air strikes by "
            "government forces on the town of Ariha in Idlib on 3 March.",
            "2018-03-03",
            [19],
        ),
    ],
)
def test_a_day_of_telling_before_speech_opened_without_that_dates_no_incident(body, day, killed):
    assert [(e["first"], _killed(e)) for e in _events(body)] == [(day, killed)]


def test_a_rescue_service_that_recovered_the_body_of_one_person_counts_one_dead():
    events = _events(
        "Government and Russian jets hit the town of Maarat Harma with six raids today. Our volunteers recovered the "
        "body of a young girl and pulled two men from the rubble alive.",
        title="Civil defence post",
    )
    assert [_killed(e) for e in events] == [[1]]


# --- hedged and unnamed attackers


@pytest.mark.parametrize("hedge", ["believed to belong to", "thought to belong to", "thought to be from"])
def test_an_attacker_told_with_a_hedge_before_its_name_is_the_attacker(hedge):
    events = _events(
        f"Nineteen civilians died on Tuesday in raids on al-Bukamal carried out by aircraft {hedge} the US-led "
        "coalition, the monitor said."
    )
    assert [(e["perpetrators"], _killed(e)) for e in events] == [(["coalition"], [19])]


# --- where fire came from


@pytest.mark.parametrize(
    "origin",
    [
        "The mortar rounds were fired by militants holed up in Eastern Ghouta, state television said.",
        "Residents accused rebels entrenched in the nearby town of Harasta of firing the shells.",
    ],
)
def test_where_the_shooters_of_a_shelling_told_before_are_stationed_is_no_incident_of_its_own(origin):
    events = _events(
        f"Two people were killed on Monday when mortar rounds landed in the Abbasiyin quarter of Damascus. {origin}"
    )
    assert [(e["place"]["text"], _killed(e)) for e in events] == [("Abbasiyin", [2])]


def test_the_sides_blamed_in_the_sentence_after_a_toll_with_no_shooter_are_its_shooters():
    events = _events(
        "Fourteen people died when air raids hit Saqba on Monday. The monitor blamed the Syrian government "
        "and its Russian ally."
    )
    assert [(sorted(e["perpetrators"]), _killed(e)) for e in events] == [(["russia", "syrian-government"], [14])]


def test_a_sentence_blaming_two_different_sides_names_no_shooter():
    events = _events(
        "A car bomb killed four people in Azaz on Monday. Kurdish officials blamed Turkey, while Ankara "
        "accused the YPG."
    )
    assert [(e["perpetrators"], _killed(e)) for e in events] == [([], [4])]


@pytest.mark.parametrize(
    "side", ["the Government and its allies", "Government and allied forces", "Government of Syria forces"]
)
def test_un_names_of_the_government_are_the_government(side):
    events = _events(f"On 2 March, air strikes by {side} killed six civilians in the town of Ariha, OHCHR said.")
    assert [(e["perpetrators"], _killed(e)) for e in events] == [(["syrian-government"], [6])]


@pytest.mark.parametrize("agency", ["SANA said", "AFP reported", "Xinhua news agency said"])
def test_a_town_before_an_agency_that_says_something_is_no_dateline(agency):
    events = _events(f"Two women died on Monday when rebel shells struck the southern outskirts of Mhardeh, {agency}.")
    assert [(e["place"]["name"], e["place"]["admin1"]) for e in events] == [("Mhardeh", "Hama")]


def test_the_town_of_the_source_telling_an_incident_with_no_place_of_its_own_is_its_place():
    events = _events(
        "Activists in Saqba said that a rocket struck a basement on Monday evening where families were sheltering. "
        "Six people were killed."
    )
    assert [(e["place"]["text"], _killed(e)) for e in events] == [("Saqba", [6])]


# --- credit lines, photo captions and correction notes


def test_a_wires_credit_lines_caption_and_correction_note_are_no_incidents(tmp_path):
    report = tmp_path / "wire.txt"
    report.write_text(
        "Jets pound Idlib town\n\n"
        "BEIRUT (AP) — Syrian and Russian jets pounded the town of Sarmin on Tuesday, killing five people, activists "
        "said. A day earlier, helicopters dropped barrel bombs on the village of Abu Dhuhur, killing two.\n\n"
        "FILE PHOTO: Smoke rises over Maarat al-Numan after an air strike, Idlib, Syria, June 4, 2016.\n\n"
        "This story has been corrected to show that the jets struck Sarmin, not Saraqeb.\n\n"
        "(Reporting by Jane Doe in Beirut; Editing by John Roe)\n",
        encoding="utf-8",
    )
    article = read_path(report, PUBLISHED).articles[0]
    events = extract_article(article)["events"]
    assert sorted((e["first"], e["place"]["text"]) for e in events) == [
        ("2018-03-05", "Abu Dhuhur"),
        ("2018-03-06", "Sarmin"),
    ]


@pytest.mark.parametrize("quarter", ["the al-Shaar district", "the al-Shaar neighbourhood"])
def test_a_quarter_that_needs_a_cue_takes_an_english_cue_after_its_name(quarter):
    events = _events(f"Government helicopters dropped barrel bombs on {quarter} of Aleppo on Monday, killing four.")
    assert [e["place"]["name"] for e in events] == ["al-Shaar (Aleppo)"]

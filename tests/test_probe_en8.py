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


@pytest.mark.parametrize("claim", ["Islamic State claimed it.", "Islamic State claimed both attacks."])
def test_a_side_claiming_it_after_a_blast_told_with_no_shooter_is_its_shooter(claim):
    events = _events(
        "Turkish artillery hit the town of Ras al-Ain on Monday. A car bomb in Qamishli killed three people on "
        f"Tuesday, the Kurdish administration said. {claim}"
    )
    assert [e["perpetrators"] for e in events] == [["turkey"], ["isis"]]


# --- the probes of this round that pass whole: wire articles all over Syria, 2012-2020 (written for these tests)
# each: (published, title, body, [(day or days, place as the text names it ("A|B": either), perpetrators (None: any),
# killed figures (all of them given, none larger), wounded figures or None, a source's words or None)], incidents told
# in passing that may be extracted or not: [(day, place)])

WIRE_PROBES = [
    pytest.param(
        "2012-08-14T15:00",
        "Syrian jets hit Aleppo's east as rebels hold Salaheddine",
        (
            "ALEPPO, Syria (AFP) - Syrian warplanes bombed the rebel-held Sakhour neighbourhood of Aleppo on "
            "Monday, flattening two buildings and killing at least nine people, a watchdog said, as fighting "
            "for the country's commercial capital entered its fourth week.\n\n"
            "The Syrian Observatory for Human Rights said the dead included three children. An AFP "
            "correspondent saw residents digging through the rubble with their hands.\n\n"
            "Elsewhere in the city, rebels attacked a police station in the Bab al-Nairab district on Monday,"
            " and state television said 'terrorists' had killed four policemen there. The rebels said they "
            "had captured the building after a two-hour battle.\n\n"
            "Nationwide, at least 140 people were killed on Monday, according to the Observatory."
        ),
        [
            ("2012-08-13", "Sakhour", ["syrian-government"], (9,), None, "Observatory"),
            ("2012-08-13", "Bab al-Nairab", ["opposition-unspecified"], (4,), None, "state television"),
        ],
        [],
        id="alp01",
    ),
    pytest.param(
        "2012-10-03T14:00",
        "Triple car bombing rips through Aleppo's main square",
        (
            "ALEPPO, Syria (Reuters) - Three car bombs exploded in quick succession at Saadallah al-Jabiri "
            "Square in government-held central Aleppo on Wednesday, killing at least 31 people, most of them "
            "soldiers, state media said.\n\n"
            "The blasts tore the facade off an officers' club and a hotel used by the army. State news agency"
            " SANA said more than 90 people were wounded. The Nusra Front claimed the attack in a statement "
            "posted online.\n\n"
            "The Syrian Observatory for Human Rights, a monitoring group, gave a toll of 40, saying most of "
            "the dead were members of the security forces."
        ),
        [
            ("2012-10-03", "Saadallah al-Jabiri", ["hts"], (31, 40), (90,), "state media"),
        ],
        [],
        id="alp02",
    ),
    pytest.param(
        "2016-07-28T12:00",
        "Aleppo siege tightens as aid groups warn of famine",
        (
            "ALEPPO, Syria (AP) - Air strikes hit a market in the besieged eastern Aleppo neighbourhood of "
            "Bustan al-Qasr on Wednesday, killing at least 15 people, the Syrian Civil Defence said.\n\n"
            "Government forces cut the last road into the rebel-held east of the city, the Castello Road, "
            "earlier this month, trapping some 250,000 people.\n\n"
            "Rebel shelling of the government-held Sheikh Maqsoud area killed three people on Wednesday, "
            "state media said. Sheikh Maqsoud is held by Kurdish fighters.\n\n"
            "Russia's defence ministry said on Thursday it would open humanitarian corridors out of the east."
        ),
        [
            ("2016-07-27", "Bustan al-Qasr", [], (15,), None, "Civil Defence"),
            ("2016-07-27", "Sheikh Maqsoud", ["opposition-unspecified"], (3,), None, "state media"),
        ],
        [],
        id="alp05",
    ),
    pytest.param(
        "2013-03-21T18:00",
        "Blast at Damascus mosque kills senior pro-Assad cleric",
        (
            "DAMASCUS, Syria (AP) - A suicide bomber blew himself up inside the Iman mosque in the Mazraa "
            "district of central Damascus on Thursday, killing a prominent Sunni cleric who backed President "
            "Bashar Assad and at least 41 other people, state television said.\n\n"
            "The Health Ministry said 84 people were wounded. No group claimed responsibility.\n\n"
            "Earlier on Thursday, mortar shells hit the Christian district of Bab Touma, wounding six people,"
            " the state news agency SANA said."
        ),
        [
            ("2013-03-21", "Mazraa", [], (42,), (84,), "Health Ministry"),
            ("2013-03-21", "Bab Touma", [], (), (6,), "SANA"),
        ],
        [],
        id="dam01",
    ),
    pytest.param(
        "2015-12-29T12:00",
        "Jaish al-Islam chief's death leaves Ghouta rebels reeling",
        (
            "BEIRUT (Reuters) - Zahran Alloush, the head of the powerful Jaish al-Islam rebel group, was "
            "buried on Saturday after an air strike killed him and several aides at a meeting in the Otaya "
            "area of Eastern Ghouta on Friday, rebels said.\n\n"
            "The Syrian army said its jets carried out the strike. The Syrian Observatory for Human Rights "
            "said Alloush and at least five other commanders were killed.\n\n"
            "On Monday, rebel rockets hit the Damascus suburb of Jaramana, killing three people, state media "
            "said. Jaish al-Islam denied firing them."
        ),
        [
            ("2015-12-25", "Otaya", ["syrian-government"], (6,), None, None),
            ("2015-12-28", "Jaramana", ["opposition-unspecified"], (3,), None, "state media"),
        ],
        [],
        id="dam03",
    ),
    pytest.param(
        "2018-03-16T16:00",
        "Thousands flee Ghouta's Hamouriyeh as army advances",
        (
            "HAMOURIYEH, Syria (AP) - Air strikes on the town of Kafr Batna in Syria's Eastern Ghouta killed "
            "at least 61 people on Friday, the Observatory said, as thousands of civilians streamed out of "
            "the enclave towards government lines.\n\n"
            "Russian jets also struck Zamalka, where the Syrian Civil Defense said 15 people were killed.\n\n"
            "Jaish al-Islam said its fighters had destroyed two tanks on the Douma front. State television "
            "said militants shelled the Damascus neighbourhood of Bab Touma on Friday, killing a woman."
        ),
        [
            ("2018-03-16", "Kafr Batna", ["russia"], (61,), None, "Observatory"),
            ("2018-03-16", "Zamalka", ["russia"], (15,), None, "Civil Defense"),
            ("2018-03-16", "Bab Touma", ["opposition-unspecified"], (1,), None, "State television"),
        ],
        [("2018-03-16", "Douma")],
        id="dam05",
    ),
    pytest.param(
        "2018-03-25T11:00",
        "Faylaq al-Rahman fighters leave Ghouta under deal",
        (
            "BEIRUT (AFP) - Buses carrying fighters of the Faylaq al-Rahman rebel group and their families "
            "left Eastern Ghouta's southern pocket on Saturday under a deal brokered by Russia, state media "
            "said.\n\n"
            "The departures came a day after an air strike on a shelter in the town of Arbin killed 37 "
            "people, many of them women and children, according to the Syrian Observatory for Human Rights. "
            "Rescuers said some of the dead had choked in the basement.\n\n"
            "In the rebel-held town of Douma, still held by Jaish al-Islam, the army shelled the outskirts on"
            " Saturday, wounding four people, the Observatory said."
        ),
        [
            ("2018-03-23", "Arbin", ["syrian-government"], (37,), None, "Observatory"),
            ("2018-03-24", "Douma", ["syrian-government"], (), (4,), "Observatory"),
        ],
        [],
        id="dam06",
    ),
    pytest.param(
        "2013-08-22T17:00",
        "Syrian opposition says hundreds killed in gas attack near Damascus",
        (
            "BEIRUT (Reuters) - Syrian opposition activists said government forces launched a poison gas "
            "attack on the Eastern Ghouta towns of Zamalka and Ein Tarma before dawn on Wednesday, killing "
            "hundreds of people.\n\n"
            "The opposition Syrian National Coalition put the toll at more than 1,300. Doctors Without "
            "Borders later said three hospitals it supports had treated 3,600 patients with neurotoxic "
            "symptoms, of whom 355 died.\n\n"
            "The government denied using chemical weapons and said the accusations were fabricated. State "
            "television said the army had killed dozens of terrorists in Jobar on Wednesday."
        ),
        [
            ("2013-08-21", "Zamalka", ["syrian-government"], (1300, 355), None, None),
            ("2013-08-21", "Ein Tarma", ["syrian-government"], (), None, None),
            ("2013-08-21", "Jobar", ["syrian-government"], (), None, None),
        ],
        [],
        id="dam07",
    ),
    pytest.param(
        "2017-03-22T15:00",
        "Rebels launch surprise attack on Damascus's Jobar front",
        (
            "BEIRUT (Reuters) - Rebels launched a new attack on government positions in the Jobar district on"
            " the eastern edge of Damascus on Tuesday, the second in three days, setting off heavy fighting "
            "near the Abbasiyeen Square, a monitor said.\n\n"
            "The Syrian Observatory for Human Rights said 18 soldiers and allied militiamen and 11 rebels "
            "were killed in the fighting. The army responded with more than 30 air strikes on Jobar and "
            "nearby Ein Tarma, it said.\n\n"
            "State media said rebel shells hit the Abbasiyeen area, wounding seven people."
        ),
        [
            ("2017-03-21", "Jobar", ["opposition-unspecified"], (18, 11), None, "Observatory"),
            ("2017-03-21", "Ein Tarma", ["syrian-government"], (), None, None),
            ("2017-03-21", "Abbasiyeen", ["opposition-unspecified"], (), (7,), "State media"),
        ],
        [],
        id="dam08",
    ),
    pytest.param(
        "2013-06-05T12:00",
        "Syrian army, Hezbollah retake Qusair",
        (
            "DAMASCUS (Reuters) - Syrian government forces and Lebanese Hezbollah fighters captured the "
            "border town of Qusair on Wednesday after a two-week offensive, state television said.\n\n"
            "The Syrian Observatory for Human Rights said rebels had withdrawn to the village of Dabaa to the"
            " north, where the army and Hezbollah shelled them on Wednesday, killing at least 11 fighters.\n\n"
            "Rockets fired from Syria hit the Lebanese town of Hermel on Tuesday, wounding two, Lebanese "
            "security sources said."
        ),
        [
            ("2013-06-05", "Dabaa", ["iran-backed-militias", "syrian-government"], (11,), None, "Observatory"),
        ],
        [("2013-06-05", "Qusair")],
        id="hom03",
    ),
    pytest.param(
        "2015-10-27T14:00",
        "Russian strikes hit north Homs countryside",
        (
            "MOSCOW/BEIRUT (Reuters) - Russian air strikes hit the rebel-held towns of Talbiseh and al-Ghanto"
            " in northern Homs province on Monday, killing at least 12 people, the Syrian Observatory for "
            "Human Rights said.\n\n"
            "Russia's defence ministry said its aircraft had flown 94 sorties in the past 24 hours and hit "
            "'terrorist' targets in Homs, Hama and Latakia. It said a command post near Talbiseh had been "
            "destroyed.\n\n"
            "Insurgents shelled the pro-government village of Kafr Nan on Monday, killing two children, state"
            " media said."
        ),
        [
            ("2015-10-26", "Talbiseh", ["russia"], (12,), None, "Observatory"),
            ("2015-10-26", "Ghanto", ["russia"], (), None, None),
            ("2015-10-26", "Kafr Nan", ["opposition-unspecified"], (2,), None, "state media"),
        ],
        [],
        id="hom06",
    ),
    pytest.param(
        "2015-05-22T12:00",
        "Islamic State takes Palmyra, executes dozens",
        (
            "BEIRUT (AP) - Islamic State militants have killed at least 217 people, including women and "
            "children, since capturing the central town of Palmyra this week, the Syrian Observatory for "
            "Human Rights said on Friday.\n\n"
            "The extremists shot dead 20 men in the Roman amphitheatre on Thursday, the group said. On "
            "Wednesday, they executed 26 civilians in the nearby village of al-Amiriya, some of them by "
            "beheading.\n\n"
            "Syrian government jets struck Palmyra on Friday, killing 10 people, activists said."
        ),
        [
            ("2015-05-21", "amphitheatre|Palmyra", ["isis"], (20,), None, None),
            ("2015-05-20", "Amiriya", ["isis"], (26,), None, None),
            ("2015-05-22", "Palmyra", ["syrian-government"], (10,), None, None),
        ],
        [],
        id="hom07",
    ),
    pytest.param(
        "2018-07-11T15:00",
        "Syrian flag raised in Deraa al-Balad",
        (
            "DERAA, Syria (AP) - Government shelling killed at least four people in the rebel-held part of "
            "the town of Tafas in western Deraa on Tuesday, a war monitor said, a day before state media "
            "broadcast the raising of the national flag over Deraa al-Balad.\n\n"
            "In the Yarmouk Basin, militants of the Islamic State-linked Khalid ibn al-Walid Army attacked "
            "rebel positions near the village of Heit on Tuesday, killing seven rebels, the Observatory said."
        ),
        [
            ("2018-07-10", "Tafas", ["syrian-government"], (4,), None, None),
            ("2018-07-10", "Heit", ["isis"], (7,), None, "Observatory"),
        ],
        [],
        id="dar04",
    ),
    pytest.param(
        "2016-06-16T13:00",
        "Bomb kills rebel leaders in south Syria",
        (
            "AMMAN (Reuters) - A roadside bomb killed at least five commanders of a Free Syrian Army brigade "
            "near the town of Inkhil in Deraa province on Wednesday, rebel sources said.\n\n"
            "No group claimed the attack, but rebels suspect Islamic State sleeper cells, which have carried "
            "out a string of assassinations in the south this year.\n\n"
            "Government jets struck the town of al-Harak on Wednesday, killing four children, activists said."
        ),
        [
            ("2016-06-15", "Inkhil", [], (5,), None, None),
            ("2016-06-15", "Harak", ["syrian-government"], (4,), None, None),
        ],
        [],
        id="dar07",
    ),
    pytest.param(
        "2017-08-22T13:00",
        "Coalition strikes kill dozens of civilians in Raqqa, monitor says",
        (
            "BEIRUT (AFP) - Air strikes by the U.S.-led coalition killed 42 civilians, including 19 children,"
            " in Raqqa on Monday, the Syrian Observatory for Human Rights said.\n\n"
            "The strikes targeted the city's Nahda neighbourhood and the area around the Old City wall, the "
            "monitor said.\n\n"
            "The coalition's Operation Inherent Resolve said in a statement it conducted 25 strikes near "
            "Raqqa on Monday that engaged 11 Islamic State tactical units, and that it takes every allegation"
            " of civilian casualties seriously.\n\n"
            "More than 600 civilians have been killed in coalition raids since the offensive on Raqqa began "
            "on June 6, according to the Observatory."
        ),
        [
            ("2017-08-21", "Nahda|Old City", ["coalition"], (42,), None, "Observatory"),
        ],
        [],
        id="raq04",
    ),
    pytest.param(
        "2017-09-10T12:00",
        "Syrian army breaks Islamic State siege of Deir al-Zor air base",
        (
            "BEIRUT (Reuters) - Syrian troops broke an Islamic State siege of the military air base in Deir "
            "al-Zor on Saturday, state television said, days after ending the jihadists' three-year "
            "encirclement of government-held districts of the city.\n\n"
            "Russian warplanes struck Islamic State positions in the al-Jafra area on Saturday. The Syrian "
            "Observatory for Human Rights said 34 civilians fleeing on boats across the Euphrates near the "
            "village of al-Boulil were killed in raids it blamed on Russian jets.\n\n"
            "Islamic State shelling killed five people in the government-held Joura district, state media "
            "said."
        ),
        [
            ("2017-09-09", "Jafra", ["russia"], (), None, None),
            ("2017-09-09", "Boulil", ["russia"], (34,), None, "Observatory"),
            ("2017-09-09", "Joura", ["isis"], (5,), None, "state media"),
        ],
        [],
        id="raq05",
    ),
    pytest.param(
        "2017-10-12T14:00",
        "Car bomb hits displaced families in Deir al-Zor",
        (
            "BEIRUT (AP) - An Islamic State-claimed car bomb ripped through a gathering of displaced people "
            "east of the Euphrates in Deir el-Zour province on Wednesday, killing at least 18 people, "
            "activists said.\n\n"
            "The Deir Ezzor 24 network said the bomb went off near the village of Abu Fas. The Syrian "
            "Observatory for Human Rights said 22 were killed and dozens wounded.\n\n"
            "SDF fighters captured the village of al-Jiyaa from IS on Wednesday, the group said."
        ),
        [
            ("2017-10-11", "Abu Fas", ["isis"], (18, 22), None, None),
        ],
        [("2017-10-11", "Jiyaa")],
        id="raq06",
    ),
    pytest.param(
        "2017-02-26T12:00",
        "Bombing near al-Bab kills dozens after Turkish-backed rebels take town",
        (
            "ISTANBUL (Reuters) - A car bomb exploded at a security headquarters of Turkish-backed rebels in "
            "the village of Sousian, eight km northwest of al-Bab, on Friday, killing at least 51 people, "
            "most of them civilians, the Syrian Observatory for Human Rights said.\n\n"
            "Turkey's state-run Anadolu agency said two Turkish soldiers were among the dead. Islamic State "
            "claimed the attack.\n\n"
            "Turkish-backed Syrian fighters took full control of al-Bab on Thursday after weeks of fighting."
        ),
        [
            ("2017-02-24", "Sousian", ["isis"], (51,), None, "Observatory"),
        ],
        [],
        id="tur02",
    ),
    pytest.param(
        "2018-02-09T13:00",
        "Turkish helicopter downed in Afrin, two soldiers killed",
        (
            "ANKARA (Reuters) - A Turkish military helicopter was shot down in Syria's Afrin region on "
            "Saturday, killing its two crew, President Tayyip Erdogan said.\n\n"
            "The Kurdish YPG militia said its fighters had downed the aircraft over the village of Qurna in "
            "the Rajo district. Turkey's army said on Sunday it had 'neutralised' 82 terrorists in the "
            "previous 24 hours.\n\n"
            "The Kurdish Red Crescent said Turkish shelling of the town of Jinderes on Saturday killed four "
            "civilians."
        ),
        [
            ("2018-02-03", "Qurna", ["sdf"], (2,), None, None),
            ("2018-02-03", "Jinderes", ["turkey"], (4,), None, None),
        ],
        [],
        id="tur04",
    ),
    pytest.param(
        "2019-10-11T13:00",
        "Turkey presses Syria offensive as Kurdish mortars hit border towns",
        (
            "AKCAKALE, Turkey (Reuters) - Mortar bombs fired by Kurdish fighters from Syria killed eight "
            "people in the Turkish border towns of Akcakale, Ceylanpinar and Nusaybin on Thursday, Turkish "
            "officials said, as Ankara's offensive against the YPG entered its second day.\n\n"
            "Inside Syria, Turkish artillery and jets hit Ras al-Ain and Tal Abyad. The SDF said eight "
            "civilians were killed in Ras al-Ain. The Turkish defence ministry said 228 'terrorists' had been"
            " neutralised since the start of the operation.\n\n"
            "A car bomb in the Kurdish-run city of Qamishli killed three people on Friday, the Kurdish "
            "administration said. Islamic State claimed it."
        ),
        [
            ("2019-10-10", "Ras al-Ain", ["turkey"], (8,), None, "SDF"),
            ("2019-10-10", "Tal Abyad", ["turkey"], (), None, None),
            ("2019-10-11", "Qamishli", ["isis"], (3,), None, None),
        ],
        [],
        id="tur06",
    ),
    pytest.param(
        "2019-10-14T12:00",
        "Turkish-backed fighters kill Kurdish politician, captives on highway",
        (
            "BEIRUT (AP) - Turkish-backed Syrian fighters killed a Kurdish politician and at least eight "
            "other people on the M4 highway south of Tal Abyad on Saturday, the Kurdish-led administration "
            "said.\n\n"
            "The Syrian Observatory for Human Rights said the fighters of Ahrar al-Sharqiya stopped cars near"
            " the village of Tarwazyeh and shot the passengers.\n\n"
            "A Turkish air strike on a convoy of civilians and journalists heading to Ras al-Ain on Sunday "
            "killed at least 10 people, the SDF said."
        ),
        [
            ("2019-10-12", "Tarwazyeh|M4|Tal Abyad", ["opposition-unspecified"], (9,), None, None),
            ("2019-10-13", "Ras al-Ain", ["turkey"], (10,), None, "SDF"),
        ],
        [],
        id="tur07",
    ),
    pytest.param(
        "2019-10-22T10:00",
        "Ceasefire frays in northeast Syria",
        (
            "TAL TAMR, Syria (Reuters) - Clashes broke out between Turkish-backed rebels and the SDF around "
            "the village of Umm Shaifa west of Tal Tamr on Monday, despite a five-day truce brokered by "
            "Washington, a war monitor said. Six SDF fighters and four rebels were killed, the Syrian "
            "Observatory for Human Rights said.\n\n"
            "Turkey's defence ministry said the YPG had carried out 20 attacks in the past 24 hours, wounding"
            " one Turkish soldier."
        ),
        [
            ("2019-10-21", "Umm Shaifa", None, (6, 4), None, "Observatory"),
        ],
        [],
        id="tur08",
    ),
    pytest.param(
        "2019-12-03T12:00",
        "Car bomb kills civilians in Tal Abyad",
        (
            "ISTANBUL (Anadolu) - A car bomb planted by YPG/PKK terrorists exploded in the town of Tal Abyad "
            "on Saturday, killing at least 13 civilians and wounding 20, Turkey's Defence Ministry said.\n\n"
            "The ministry said the attack targeted a market. Turkish forces 'neutralised' five terrorists "
            "trying to infiltrate the Peace Spring area near the village of Mishrafa on Monday, it said."
        ),
        [
            ("2019-11-30", "Tal Abyad", ["pkk", "sdf"], (13,), (20,), "Defence Ministry"),
            ("2019-12-02", "Mishrafa", ["turkey"], (5,), None, None),
        ],
        [],
        id="tur09",
    ),
    pytest.param(
        "2016-11-04T12:00",
        "Turkish-backed rebels, Kurdish-led forces clash near Manbij",
        (
            "BEIRUT (Reuters) - Turkish-backed Syrian rebels clashed with the U.S.-backed Manbij Military "
            "Council near the village of Arima west of Manbij on Thursday, the Syrian Observatory for Human "
            "Rights said.\n\n"
            "Turkish jets struck positions of the Kurdish-led forces near Tal Rifaat, killing at least six "
            "fighters, the monitor said. The Turkish army said 14 'terrorists' were killed in the strikes."
        ),
        [
            ("2016-11-03", "Arima", None, (), None, None),
            ("2016-11-03", "Tal Rifaat", ["turkey"], (6, 14), None, None),
        ],
        [],
        id="tur10",
    ),
    pytest.param(
        "2016-03-27T12:00",
        "Syrian army recaptures Palmyra from Islamic State",
        (
            "DAMASCUS (Reuters) - Syrian troops backed by Russian air strikes drove Islamic State out of "
            "Palmyra on Sunday, state television said, a major blow to the jihadists.\n\n"
            "Russian jets carried out 40 sorties over the area in the past day, hitting 158 targets and "
            "killing more than 100 militants, the Russian defence ministry said.\n\n"
            "The Syrian Observatory for Human Rights said at least 400 Islamic State fighters and 188 "
            "soldiers and allied militiamen had died since the start of the offensive on March 7."
        ),
        [
            ("2016-03-26", "Palmyra", ["russia"], (100,), None, None),
        ],
        [],
        id="bad01",
    ),
    pytest.param(
        "2020-02-28T12:00",
        "Islamic State attack kills soldiers near Palmyra",
        (
            "DAMASCUS (Xinhua) - Islamic State cells attacked army positions near the village of Arak east of"
            " Palmyra on Thursday, killing four soldiers, a war monitor said.\n\n"
            "The Syrian Observatory for Human Rights said 11 attackers were also killed when the army and "
            "allied militias repelled the attack, supported by Russian warplanes."
        ),
        [
            ("2020-02-27", "Arak", ["isis"], (4, 11), None, None),
        ],
        [],
        id="bad05",
    ),
    pytest.param(
        "2015-05-04T12:00",
        "Jihadist alliance takes Jisr al-Shughour; regime barrels hit Idlib",
        (
            "BEIRUT (Reuters) - Syrian government helicopters dropped barrel bombs on the town of Saraqeb in "
            "Idlib province on Sunday, killing at least 12 people, the Syrian Observatory for Human Rights "
            "said.\n\n"
            "The Army of Conquest, an alliance that includes the Nusra Front and Ahrar al-Sham, took Jisr "
            "al-Shughour last month. Its fighters shelled the government-held village of al-Fua on Sunday, "
            "killing three, state media said."
        ),
        [
            ("2015-05-03", "Saraqeb", ["syrian-government"], (12,), None, "Observatory"),
            ("2015-05-03", "Fua", None, (3,), None, "state media"),
        ],
        [],
        id="idl01",
    ),
    pytest.param(
        "2017-04-04T16:00",
        "Dozens dead in suspected gas attack on Khan Sheikhoun",
        (
            "BEIRUT (Reuters) - A suspected chemical attack on the rebel-held town of Khan Sheikhoun in Idlib"
            " province killed at least 58 people on Tuesday, including 11 children, the Syrian Observatory "
            "for Human Rights said. The Idlib health directorate put the toll at 100 with 400 people injured.\n\n"
            "The monitor said the attack was carried out by Syrian government jets. The army denied using "
            "chemical weapons.\n\n"
            "Hours later, a rocket hit a clinic treating the wounded in the town, rescuers said."
        ),
        [
            ("2017-04-04", "Khan Sheikhoun", ["syrian-government"], (58, 100), None, None),
        ],
        [],
        id="idl02",
    ),
    pytest.param(
        "2018-09-05T12:00",
        "Russian jets resume strikes on Idlib ahead of Tehran summit",
        (
            "BEIRUT (Reuters) - Russian warplanes struck rebel-held areas of Idlib province on Tuesday after "
            "a pause of several weeks, killing at least 13 civilians, a monitor said.\n\n"
            "The Syrian Observatory for Human Rights said nine of them were killed in the village of Mhambel "
            "and four in the town of Jisr al-Shughour. Government artillery also shelled the town of "
            "al-Tamanah in southern Idlib, it said.\n\n"
            "Rebels fired rockets at the government-held town of Suqaylabiyah in Hama province on Tuesday, "
            "wounding three, state media said."
        ),
        [
            ("2018-09-04", "Mhambel", ["russia"], (9,), None, "Observatory"),
            ("2018-09-04", "Jisr al-Shughour", ["russia"], (4,), None, None),
            ("2018-09-04", "Tamanah", ["syrian-government"], (), None, None),
            ("2018-09-04", "Suqaylabiyah", ["opposition-unspecified"], (), (3,), "state media"),
        ],
        [],
        id="idl03",
    ),
    pytest.param(
        "2019-08-21T12:00",
        "Turkish convoy hit as Syrian army closes on Khan Sheikhoun",
        (
            "ANKARA (Reuters) - Syrian government air strikes hit a Turkish military convoy heading to an "
            "observation post in northwest Syria on Monday, killing three civilians and wounding 12, Turkey's"
            " defence ministry said.\n\n"
            "The convoy was struck near the town of Maar Hattat on the Damascus-Aleppo highway. Ankara "
            "condemned the attack.\n\n"
            "The army took Khan Sheikhoun on Tuesday, after rebels withdrew. Russian and Syrian air strikes "
            "killed 11 people in the town of Maarat al-Numan on Tuesday, the White Helmets said."
        ),
        [
            ("2019-08-19", "Maar Hattat", ["syrian-government"], (3,), (12,), "defence ministry"),
            ("2019-08-20", "Maarat al-Numan", ["russia", "syrian-government"], (11,), None, "White Helmets"),
        ],
        [],
        id="idl05",
    ),
    pytest.param(
        "2016-08-29T16:00",
        "Barrel bomb kills mourners at Idlib funeral",
        (
            "BEIRUT (AFP) - A barrel bomb hit a funeral tent in the town of Maarat Misrin in Idlib province "
            "on Monday, killing 15 people, the Syrian Observatory for Human Rights said.\n\n"
            "In Hama province, rebels pressed their offensive north of the city, taking the town of Halfaya "
            "on Monday. Government air raids on the nearby town of Latamneh killed seven civilians, the "
            "monitor said."
        ),
        [
            ("2016-08-29", "Maarat Misrin", ["syrian-government"], (15,), None, "Observatory"),
            ("2016-08-29", "Latamneh", ["syrian-government"], (7,), None, None),
        ],
        [("2016-08-29", "Halfaya")],
        id="idl07",
    ),
    pytest.param(
        "2019-07-15T15:00",
        "Air strikes on Maarat al-Numan market kill civilians",
        (
            "BEIRUT (AP) - Air strikes hit a vegetable market in the town of Maarat al-Numan on Monday, "
            "killing at least 31 people, the Syrian Civil Defence said. The Syrian Observatory for Human "
            "Rights blamed Russian aircraft and put the toll at 39.\n\n"
            "Separately, a strike on the village of Kafr Ruma killed three children on Monday, the monitor "
            "said."
        ),
        [
            ("2019-07-15", "Maarat al-Numan", ["russia"], (31, 39), None, None),
            ("2019-07-15", "Kafr Ruma", ["russia"], (3,), None, None),
        ],
        [],
        id="idl08",
    ),
]


def _named(event: dict, place: str) -> bool:
    told = [event.get("place") or {}, *event.get("places", [])]
    words = " ".join(f"{p.get('text') or ''} {p.get('name') or ''}" for p in told).lower()
    return any(name.lower() in words for name in place.split("|"))


def _figures(event: dict, kind: str) -> set[int]:
    return {c[kind] for c in event["claims"] if c.get(kind)}


@pytest.mark.parametrize(("published", "title", "body", "expected", "in_passing"), WIRE_PROBES)
def test_wire_probe(published, title, body, expected, in_passing):
    events = _events(body, title=title, published=dt.datetime.fromisoformat(published))
    left = list(events)
    for day, place, sides, killed, wounded, source in expected:
        days = {day} if isinstance(day, str) else set(day)
        told = [e for e in events if e not in left and not killed and _named(e, place)]
        if told:
            continue  # one town of a pair told with the other's incident
        found = next(
            e
            for e in sorted(
                left, key=lambda e: (sides is not None and sorted(e["perpetrators"]) != sides, e["first"] not in days)
            )
            if _named(e, place)
        )
        left.remove(found)
        assert found["first"] in days
        assert sides is None or sorted(p for p in found["perpetrators"] if p != "unknown") == sorted(sides)
        dead = _figures(found, "killed")
        assert set(killed) <= dead and all(k <= max(killed, default=0) for k in dead), dead
        assert wounded is None or _figures(found, "wounded") == set(wounded)
        assert source is None or any(source.lower() in (c["source"] or "").lower() for c in found["claims"])
    assert all(any(e["first"] == d and _named(e, p) for d, p in in_passing) for e in left), left

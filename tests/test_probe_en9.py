"""English agency and wire articles from all over Syria, 2012-2020, probing what earlier waves left: named sites with
no town of their own, claims and blame told after the incident, a ministry's figures of another action, tallies of
strikes over several days and a final assault told in the passive (texts written for these tests, in the project's
own words)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_figures import killed as _killed
from claim_figures import wounded as _wounded

from timeline.article import Article
from timeline.extract import extract_article


def _events(body: str, published: str, title: str = "Update") -> list[dict]:
    day = dt.datetime.fromisoformat(published).replace(hour=12)
    article = Article(key="p", text=f"{title}\n\n{body}", published=day, language="en", source="test")
    return extract_article(article)["events"]


# --- whole reports: each incident as (day, place as the text names it, sides, most killed, most wounded or None)

REPORTS = [
    (
        "2018-04-10",
        "Strike on air base",
        "BEIRUT (Reuters) - Missiles struck the T4 airbase in Homs province before dawn on Monday, killing 14 people including Iranians, the Observatory said. Syria and Russia blamed Israel for the attack.",
        [("2018-04-09", "T4", ["israel"], 14, None)],
    ),
    (
        "2017-03-28",
        "Battle for Tabqa dam",
        "AIN ISSA, Syria (AP) - US-backed fighters closed in on the Tabqa dam on Monday as coalition aircraft struck Islamic State positions nearby, killing 18 militants, the SDF said. An Islamic State car bomb killed four SDF fighters at a checkpoint near the village of Jaabar the same day.",
        [("2017-03-27", "Tabqa", ["coalition"], 18, None), ("2017-03-27", "Jaabar", ["isis"], 4, None)],
    ),
    (
        "2015-11-11",
        "Kuweires siege broken",
        "BEIRUT (Reuters) - Syrian troops broke a two-year Islamic State siege of Kuweires airport east of Aleppo on Tuesday, state media said. Islamic State shelling of the airport had killed three soldiers on Monday, the Observatory said.",
        [("2015-11-09", "Kuweires", ["isis"], 3, None)],
    ),
    (
        "2016-02-22",
        "Blasts in Sayeda Zeinab",
        "DAMASCUS (SANA) - Car bombs tore through the Sayeda Zeinab area south of Damascus on Sunday, killing 83 people and wounding 178, the interior ministry said. The government blamed terrorists. The Islamic State claimed responsibility for the bombings.",
        [("2016-02-21", "Sayeda Zeinab", ["isis"], 83, 178)],
    ),
    (
        "2020-03-02",
        "Turkish drones hit Idlib",
        "ANKARA (Anadolu) - Turkish drones struck regime positions in Saraqib on Sunday, killing 19 soldiers, security sources said. The defence ministry said 309 regime troops had been neutralised since the start of the operation. Police in Hatay detained five suspects.",
        [("2020-03-01", "Saraqib", ["turkey"], 19, None)],
    ),
    (
        "2019-03-24",
        "SDF declares victory",
        "BAGHOUZ, Syria (AFP) - The Syrian Democratic Forces stormed the last Islamic State pocket in Baghouz on Friday after days of fighting. Twenty-two militants were killed in the final assault, the SDF said. An Islamic State suicide bomber killed three SDF fighters on Thursday in the nearby village of Sousah.",
        [("2019-03-22", "Baghouz", ["sdf"], 22, None), ("2019-03-21", "Sousah", ["isis"], 3, None)],
    ),
    (
        "2014-01-30",
        "Old Homs",
        "Government shells killed eight people in the besieged Old City of Homs on Wednesday, the Syrian Observatory said. A rebel mortar round wounded five in the Akrama district, state news agency SANA said.",
        [
            ("2014-01-29", "Homs", ["syrian-government"], 8, None),
            ("2014-01-29", "Akrama", ["opposition-unspecified"], None, 5),
        ],
    ),
    (
        "2017-09-11",
        "Deir ez-Zor",
        "DEIR EZ-ZOR (SANA) - Islamic State terrorists fired shells at the Joura neighbourhood on Sunday, killing three civilians. Russian aircraft destroyed an Islamic State convoy near Mayadin, killing 40 militants, the Russian defence ministry said.",
        [("2017-09-10", "Joura", ["isis"], 3, None), ("2017-09-10", "Mayadin", ["russia"], 40, None)],
    ),
    (
        "2019-01-17",
        "Manbij bombing",
        "BEIRUT (AP) - A suicide bomber killed 19 people including four Americans at a restaurant in Manbij on Wednesday. Islamic State claimed responsibility. The US military said two soldiers, a civilian employee and a contractor were killed.",
        [("2019-01-16", "Manbij", ["isis"], 19, None)],
    ),
    (
        "2015-05-24",
        "Palmyra executions",
        "BEIRUT (Reuters) - Islamic State militants have killed at least 217 people, many of them civilians, since seizing Palmyra on Wednesday, the Observatory said on Sunday. Syrian jets struck the town on Saturday, killing 10 militants.",
        [("2015-05-23", "Palmyra", ["syrian-government"], 10, None)],
    ),
    (
        "2017-01-14",
        "Badia",
        "Islamic State fighters ambushed an army convoy near al-Sukhnah on Friday, killing 17 soldiers, a military source said. Government aircraft bombed the militants' positions around Arak, the source said.",
        [("2017-01-13", "al-Sukhnah", ["isis"], 17, None), ("2017-01-13", "Arak", ["syrian-government"], None, None)],
    ),
    (
        "2019-08-21",
        "Khan Sheikhoun",
        "MOSCOW (RT) - Syrian troops entered Khan Sheikhoun on Tuesday after fierce clashes in which 48 terrorists were killed, the Russian defence ministry said. Militants shelled the Hmeimim airbase with rockets the same day, it said.",
        [
            ("2019-08-20", "Khan Sheikhoun", ["syrian-government"], 48, None),
            ("2019-08-20", "Hmeimim", ["opposition-unspecified"], None, None),
        ],
    ),
    (
        "2018-02-21",
        "Ghouta toll climbs",
        "BEIRUT (AFP) - Government bombardment of Eastern Ghouta killed 38 civilians on Tuesday, the Syrian Observatory for Human Rights said. Fourteen died in Douma alone. Eight were killed in Kafr Batna and six in Saqba, the monitor said.",
        [
            ("2018-02-20", "Eastern Ghouta", ["syrian-government"], 38, None),
            ("2018-02-20", "Douma", ["syrian-government"], 14, None),
            ("2018-02-20", "Kafr Batna", ["syrian-government"], 8, None),
            ("2018-02-20", "Saqba", ["syrian-government"], 6, None),
        ],
    ),
    (
        "2016-12-02",
        "Aleppo",
        "BEIRUT (Reuters) - Government shelling killed 21 people in eastern Aleppo on Thursday, rescuers said. Ten of the dead were in the Sheikh Saeed district. Rebel rockets killed two people in the government-held Midan district, state media said.",
        [
            ("2016-12-01", "Aleppo", ["syrian-government"], 21, None),
            ("2016-12-01", "Sheikh Saeed", ["syrian-government"], 10, None),
            ("2016-12-01", "Midan", ["opposition-unspecified"], 2, None),
        ],
    ),
    (
        "2017-11-15",
        "Atareb market",
        "BEIRUT (AP) - Air strikes on a market in the town of Atareb in western Aleppo province killed 53 people on Monday, the Observatory said. Russia denied its jets were involved. Rebels shelled the government-held Hamdaniya district of Aleppo city, wounding 9.",
        [("2017-11-13", "Atareb", [], 53, None), ("2017-11-13", "Hamdaniya", ["opposition-unspecified"], None, 9)],
    ),
    (
        "2019-02-13",
        "Coalition tally",
        "The US-led coalition said it had conducted 48 strikes in the Middle Euphrates River Valley over the past week. A coalition strike on a mosque in the village of Susah killed 12 people on Monday, activists said.",
        [("2019-02-11", "Susah", ["coalition"], 12, None)],
    ),
    (
        "2018-08-10",
        "Russian ministry",
        "MOSCOW (RT) - Militants shelled government-held villages in northern Hama on Thursday, killing three civilians in the village of Mhardeh, the Russian Reconciliation Centre said. It said the Syrian army had recorded 29 violations by militants over the past 24 hours.",
        [("2018-08-09", "Mhardeh", ["opposition-unspecified"], 3, None)],
    ),
    (
        "2018-05-02",
        "Raqqa",
        "A car bomb exploded near a checkpoint run by the SDF in Raqqa city on Tuesday, killing four of its fighters, the group said. The Islamic State claimed the attack. SDF forces later arrested 11 suspects in the city.",
        [("2018-05-01", "Raqqa", ["isis"], 4, None)],
    ),
    (
        "2015-09-30",
        "Russian strikes begin",
        "BEIRUT (Reuters) - Russian warplanes struck targets in Homs and Hama provinces on Wednesday, and activists said 36 civilians were killed. Twenty-seven of them died in the town of Talbiseh, a rescue group said.",
        [("2015-09-30", "Homs", ["russia"], 36, None), ("2015-09-30", "Talbiseh", ["russia"], 27, None)],
    ),
    (
        "2017-04-05",
        "Khan Sheikhoun",
        "BEIRUT (AP) - A suspected chemical attack killed at least 58 people in the rebel-held town of Khan Sheikhoun in Idlib province on Tuesday, the Observatory said. Opposition activists blamed Syrian government jets. Hours later, air strikes hit a clinic treating the wounded in the town.",
        [("2017-04-04", "Khan Sheikhoun", ["syrian-government"], 58, None)],
    ),
    (
        "2019-04-09",
        "Palmyra desert",
        "Islamic State militants ambushed a government convoy in the desert east of Palmyra on Monday, killing 18 soldiers and pro-Iranian militiamen, the Observatory said. Eleven of the dead were from the Fatemiyoun brigade.",
        [("2019-04-08", "Palmyra", ["isis"], 18, None)],
    ),
    (
        "2013-06-06",
        "Qusair",
        "BEIRUT (Reuters) - Syrian troops and Hezbollah fighters captured the town of Qusair on Wednesday after a two-week offensive. The army said dozens of terrorists were killed in the final assault.",
        [("2013-06-05", "Qusair", ["syrian-government", "iran-backed-militias"], None, None)],
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "expected"), REPORTS)
def test_a_wire_report_gives_the_incidents_it_tells(published, title, body, expected):
    events = _events(body, published, title)
    assert len(events) == len(expected)
    for day, place, sides, killed, wounded in expected:
        event = next(e for e in events if place.lower() in ((e["place"] or {}).get("text") or "").lower())
        assert event["first"] == day
        assert sorted(event["perpetrators"]) == sorted(sides)
        assert max(_killed(event), default=None) == killed
        if wounded is not None:
            assert max(_wounded(event), default=None) == wounded


# --- strikes counted over several days


@pytest.mark.parametrize(
    "tally",
    [
        "The US-led coalition said on Saturday it had carried out 27 strikes in Syria last week.",
        "Russia's defence ministry said its jets flew 140 sorties over Idlib in the past week.",
    ],
)
def test_strikes_counted_over_several_days_are_a_tally_not_an_incident(tally):
    events = _events(
        f"{tally} A coalition air strike hit the village of al-Kishma on Friday, killing four.", "2017-11-26"
    )
    assert [(e["first"], e["place"]["text"], e["perpetrators"]) for e in events] == [
        ("2017-11-24", "al-Kishma", ["coalition"])
    ]


@pytest.mark.parametrize(
    ("body", "language", "first"),
    [
        # a year's number before the incident word
        ("Rebel factions fought each other through 2017 and early 2018 clashes in Idlib province.", "en", "2018-01-01"),
        # a unit's number before the verb, a span of days after it
        ("وكان اللواء 47 قد قصف يومي 3 و4 آب بلدة التمانعة براجمات الصواريخ.", "ar", "2019-08-03"),
    ],
)
def test_a_number_before_an_incident_word_that_counts_no_strikes_leaves_the_incident(body, language, first):
    day = dt.datetime(2019, 8, 12, 12)
    article = Article(key="p", text=f"Update\n\n{body}", published=day, language=language, source="test")
    assert [e["first"] for e in extract_article(article)["events"]] == [first]


def test_strikes_counted_on_one_day_are_that_days_incident():
    events = _events("Russian jets carried out 35 raids on the town of Kafr Sajna on Friday.", "2017-11-26")
    assert [(e["first"], e["place"]["text"]) for e in events] == [("2017-11-24", "Kafr Sajna")]


# --- one town's part of a toll told in the sentence after it


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Regime rockets hit the rebel-held towns of Tafas and Muzayrib on Monday, killing 13 people, medics said. "
            "Eight of the dead were in Muzayrib.",
            [("Tafas", [13]), ("Muzayrib", [8])],
        ),
        (
            "Government shelling of Eastern Ghouta killed 31 civilians on Monday, the monitor said. "
            "Twelve died in Harasta alone.",
            [("Eastern Ghouta", [31]), ("Harasta", [12])],
        ),
        (
            "Government shelling of Eastern Ghouta killed 31 civilians on Monday, the monitor said. "
            "Twelve died in Harasta alone. Seven were killed in Arbin and five in Zamalka.",
            [("Eastern Ghouta", [31]), ("Harasta", [12]), ("Arbin", [7]), ("Zamalka", [5])],
        ),
    ],
)
def test_one_towns_part_told_in_the_next_sentence_is_that_towns_incident(body, expected):
    events = _events(body, "2018-02-20")
    assert [(e["place"]["text"], _killed(e)) for e in events] == expected
    assert {e["first"] for e in events} == {"2018-02-19"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lead at one town: the town told after is no part of a region's or a list's toll
        (
            "Regime rockets hit the town of Tafas on Monday, killing 13 people. Eight were killed in Muzayrib.",
            [("Tafas", ["syrian-government"], [8, 13])],
        ),
        # a side named: an incident of its own, not a part
        (
            "Government shelling of Eastern Ghouta killed 31 civilians on Monday. Rebel mortars killed two in Harasta.",
            [("Eastern Ghouta", ["syrian-government"], [31]), ("Harasta", ["opposition-unspecified"], [2])],
        ),
    ],
)
def test_a_town_told_after_a_lead_at_one_town_or_with_a_side_of_its_own_is_no_part(body, expected):
    events = _events(body, "2018-02-20")
    assert [(e["place"]["text"], e["perpetrators"], _killed(e)) for e in events] == expected

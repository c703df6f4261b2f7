"""English agency and wire articles from all over Syria: what a wire tells around an incident that is not the
incident (the day a speaker told journalists, a claim of responsibility after a comma, tolls of the whole war) and
tolls told in the wires' own turns (texts written for these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_figures import killed as _killed

from timeline.article import Article
from timeline.extract import extract_article


def _events(body: str, published: str, title: str = "Update") -> list[dict]:
    day = dt.datetime.fromisoformat(published).replace(hour=12)
    article = Article(key="p", text=f"{title}\n\n{body}", published=day, language="en", source="test")
    return extract_article(article)["events"]


# --- the day a speaker told journalists, a news conference or an agency is not the incident's day


@pytest.mark.parametrize(
    "body",
    [
        "The raid began before dawn on Wednesday, when militants overran two army posts near the village of Tal Sakhr, "
        "a Russian general told journalists on Thursday.",
        "The raid began before dawn on Wednesday, when militants overran two army posts near the village of Tal Sakhr, "
        "the spokesman told a news conference on Thursday.",
        "The raid began before dawn on Wednesday, when militants overran two army posts near the village of Tal Sakhr, "
        "the army said in a statement on Thursday.",
        "The raid began before dawn on Wednesday, when militants overran two army posts near the village of Tal Sakhr, "
        "a local commander told Reuters on Thursday.",
        "The raid began before dawn on Wednesday, when militants overran two army posts near the village of Tal Sakhr, "
        "a rebel official told AFP by phone on Thursday.",
    ],
)
def test_the_day_a_speaker_told_whom_is_not_the_incidents_day(body):
    events = _events(body, "2019-08-29")
    assert [(e["first"], e["place"]["text"]) for e in events] == [("2019-08-28", "Tal Sakhr")]


# --- a side claiming the incident in the incident's own sentence is its perpetrator, not the source of its toll


@pytest.mark.parametrize(
    ("body", "side"),
    [
        (
            "A car bomb killed five SDF fighters at a checkpoint in the town of Shuhayl on Thursday, and Islamic State "
            "claimed responsibility through its news agency.",
            "isis",
        ),
        (
            "A roadside bomb killed three soldiers near the town of Shuhayl on Thursday, and the Islamic State group "
            "later claimed the attack.",
            "isis",
        ),
        (
            "A suicide bomber killed five people at a market in Shuhayl on Thursday; Islamic State claimed "
            "responsibility in an online statement.",
            "isis",
        ),
        (
            "A bomb hidden in a car killed five policemen in Shuhayl on Thursday, and Hayat Tahrir al-Sham claimed "
            "responsibility.",
            "hts",
        ),
    ],
)
def test_a_side_claiming_the_incident_in_its_own_sentence_is_its_perpetrator(body, side):
    events = _events(body, "2019-02-13")
    assert [(e["first"], e["place"]["text"], e["perpetrators"]) for e in events] == [("2019-02-07", "Shuhayl", [side])]
    assert [c["source"] for c in events[0]["claims"] if c.get("killed")] == [None]


# --- the toll of the whole war or of a side's years, told after an incident, is none of the incident's


@pytest.mark.parametrize(
    "background",
    [
        "More than 140,000 people have been killed in Syria's war, according to the Observatory.",
        "Some 140,000 people have died in the conflict, the monitor says.",
        "Nearly 140,000 people have been killed in Syria's civil war, the monitor says.",
        "The militia has been responsible for the deaths of 40,000 people in its long insurgency.",
    ],
)
def test_a_toll_of_the_whole_war_told_after_an_incident_is_not_its_toll(background):
    events = _events(
        f"Rebel rockets hit the coastal city of Jableh on Sunday, killing two people, state media said. {background}",
        "2014-03-24",
    )
    assert [(e["first"], e["place"]["text"], _killed(e)) for e in events] == [("2014-03-23", "Jableh", [2])]


# --- tolls in the wires' own turns: a participle of martyrdom, one person shot dead told by a noun


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        ("Insurgents attacked army posts near the village of Kafr Nabudah on Wednesday, martyring two soldiers.", [2]),
        ("Unknown gunmen shot dead a tribal elder in the village of Kafr Nabudah on Wednesday, activists said.", [1]),
        ("A village elder was shot dead in Kafr Nabudah on Wednesday, activists said.", [1]),
        ("A bomb planted in his car killed a village mukhtar in Kafr Nabudah on Wednesday, activists said.", [1]),
    ],
)
def test_a_toll_told_in_a_wires_own_turn_is_read(body, killed):
    events = _events(body, "2019-11-03")
    assert [(e["first"], e["place"]["text"], _killed(e)) for e in events] == [("2019-10-30", "Kafr Nabudah", killed)]


def test_an_official_telling_the_news_is_no_one_dead():
    events = _events(
        "A drone struck a car in the town of Sarmada on Monday. An official of the group said all those in the car "
        "were martyred.",
        "2016-10-18",
    )
    assert [(e["first"], e["place"]["text"], _killed(e)) for e in events] == [("2016-10-17", "Sarmada", [])]


# --- the sides as state media and wires name them: the army's artillery, fire from where a side holds


@pytest.mark.parametrize(
    ("body", "side"),
    [
        ("Army artillery pounded militant positions in the village of Qastoun on Tuesday.", "syrian-government"),
        (
            "SANA said army artillery later pounded terrorist hideouts in the village of Qastoun on Tuesday.",
            "syrian-government",
        ),
        ("Turkish army artillery pounded YPG positions near the village of Qastoun on Tuesday.", "turkey"),
    ],
)
def test_the_army_named_by_its_guns_is_the_government(body, side):
    events = _events(body, "2019-08-29")
    assert [(e["first"], e["place"]["text"], e["perpetrators"]) for e in events] == [("2019-08-27", "Qastoun", [side])]


@pytest.mark.parametrize(
    ("body", "side"),
    [
        (
            "On Tuesday evening, rockets fired from the militant-held Jabal Arba'in heights hit homes in the town of "
            "Suqaylabiyah, killing two civilians.",
            "opposition-unspecified",
        ),
        (
            "Rockets fired from the rebel-held town of Kafr Zita hit homes in the town of Suqaylabiyah on Tuesday, "
            "killing two civilians.",
            "opposition-unspecified",
        ),
        (
            "Shells fired from the government-held village of Jurin hit homes in the town of Suqaylabiyah on Tuesday, "
            "killing two civilians.",
            "syrian-government",
        ),
    ],
)
def test_fire_from_a_place_a_side_holds_is_that_sides(body, side):
    events = _events(body, "2019-08-29")
    assert [(e["first"], e["place"]["text"], e["perpetrators"]) for e in events] == [
        ("2019-08-27", "Suqaylabiyah", [side])
    ]


@pytest.mark.parametrize("held", ["a government-held area", "government-held areas", "a rebel-held district"])
def test_a_place_a_side_holds_is_no_subject_of_the_clause_after_it(held):
    events = _events(
        f"A car bomb killed 50 people near buses in Rashidin on Saturday. Other buses waited at a garage in {held} "
        "a few miles from where the attack took place.",
        "2017-04-16",
    )
    assert [(e["first"], e["place"]["text"], e["perpetrators"]) for e in events] == [("2017-04-15", "Rashidin", [])]


# --- the Kurdish side's name for the Turkish-backed factions; the dead of a repelled attack are the attackers'


@pytest.mark.parametrize(
    "dead",
    [
        '23 "mercenaries of the Turkish occupation"',
        "23 mercenaries of the Turkish state",
        "23 of Turkey's mercenaries",
    ],
)
def test_the_turkish_backed_factions_named_as_mercenaries_are_the_opposition(dead):
    events = _events(
        "Turkish-backed rebels attacked SDF positions in the village of Hushan on Tuesday. "
        f"The SDF said it had repelled the attack and killed {dead}.",
        "2019-11-20",
    )
    assert [(e["first"], e["place"]["text"], e["perpetrators"], _killed(e)) for e in events] == [
        ("2019-11-19", "Hushan", ["opposition-unspecified"], [23])
    ]


# --- a toll dated by a month and told with "when" is one incident's; a shooter the report says is unknown


@pytest.mark.parametrize(
    ("body", "first"),
    [
        (
            "Earlier this month, two civilians were killed when shells hit a car on the road near Ain Issa, the "
            "Observatory said.",
            "2019-11-01",
        ),
        ("Last month three children died when a mortar round hit their school in the town of Ain Issa.", "2019-10-01"),
        ("In October, four farmers were killed when a shell struck their tractor outside Ain Issa.", "2019-10-01"),
    ],
)
def test_a_toll_told_with_when_under_a_months_date_is_one_incident(body, first):
    events = _events(body, "2019-11-20")
    assert [(e["first"], e["place"]["text"], len(_killed(e))) for e in events] == [(first, "Ain Issa", 1)]


@pytest.mark.parametrize(
    "unknown",
    [
        "It was not clear who fired the shells.",
        "It was unclear who fired the rockets.",
        "It was not immediately clear who was behind the shelling.",
    ],
)
def test_a_shooter_the_report_says_is_unknown_is_lent_none(unknown):
    events = _events(
        "Turkish drones struck a car near Tal Tamr on Monday, killing three SDF fighters. "
        f"On Tuesday, two civilians were killed when shells hit a car near the town of Ain Issa. {unknown}",
        "2019-11-20",
    )
    assert [(e["place"]["text"], e["perpetrators"]) for e in events] == [("Tal Tamr", ["turkey"]), ("Ain Issa", [])]


# --- a side's dead told as its loss


@pytest.mark.parametrize(
    ("said", "killed"),
    [
        ('"The terrorists lost up to 40 fighters, five tanks and several pickup trucks," the general said.', [40]),
        ("The army said the militants lost 40 fighters in the assault.", [40]),
        ("The army said it had lost 12 soldiers.", [12]),
        ("The army lost control of two hills and 3 tanks.", []),
    ],
)
def test_a_sides_dead_told_as_its_loss_are_the_incidents_toll(said, killed):
    events = _events(f"Militants stormed army outposts near the village of Huwaiz on Wednesday. {said}", "2019-08-29")
    assert [(e["first"], e["place"]["text"], _killed(e)) for e in events] == [("2019-08-28", "Huwaiz", killed)]


# --- an incident named again by its day ("Friday's shelling") after another incident is the one told of that day


@pytest.mark.parametrize(
    "again",
    [
        "A rebel commander, speaking by phone from the area, said Friday's shelling was retaliation for the barrel bombs.",
        "A commander reached by phone in the area said Friday's shelling was a warning.",
        "Speaking from the area, a rebel official said Friday's shelling targeted army posts.",
    ],
)
def test_an_incident_named_again_by_its_day_is_that_days_incident(again):
    events = _events(
        "Rebels shelled the town of Nubl on Friday, killing four people. Government helicopters dropped barrel bombs "
        "on the village of Hayan on Thursday, killing six. A separate raid on the nearby village of Bayanoun killed "
        f"three the same day. {again}",
        "2015-07-10",
    )
    assert [(e["place"]["text"], e["perpetrators"], _killed(e)) for e in events if e["first"] == "2015-07-10"] == [
        ("Nubl", ["opposition-unspecified"], [4])
    ]
    assert [e["place"]["text"] for e in events if e["first"] == "2015-07-09"] == ["Hayan", "Bayanoun"]


# --- the accused side's denial told after an incident is its account of it, no incident of the publication day


@pytest.mark.parametrize(
    ("body", "side"),
    [
        (
            "Activists said Russian air strikes on the village of Khafsa killed 11 civilians last month. Russia's "
            'defence ministry denied targeting civilians and said its warplanes had only hit "terrorist positions."',
            "russia",
        ),
        (
            "Activists said Russian air strikes on the village of Khafsa killed 11 civilians last month. Moscow denies "
            "its jets struck civilians, saying its aircraft hit only militant targets.",
            "russia",
        ),
        (
            "Activists said Russian air strikes on the village of Khafsa killed 11 civilians last month. Russia's "
            "defence ministry denied the accusation and said its jets had hit only terrorist targets in the area.",
            "russia",
        ),
        (
            "Rebels said government helicopters dropped barrel bombs on the village of Khafsa last month, killing 11. "
            "Damascus denies using barrel bombs and says its aircraft struck only terrorist hideouts.",
            "syrian-government",
        ),
    ],
)
def test_a_denial_told_after_an_incident_is_no_incident_of_its_own(body, side):
    events = _events(body, "2017-03-08")
    assert [(e["first"], e["place"]["text"], e["perpetrators"], _killed(e)) for e in events] == [
        ("2017-02-01", "Khafsa", [side], [11])
    ]


# --- a name after its settlement cue goes on with an article word: not the namesake its first word names


@pytest.mark.parametrize(
    "village",
    ["the villages of Rasm al-Abboud and Um Adasa", "the village of Rasm al-Sheikh", "the town of Rasm al-Nafal"],
)
def test_a_name_going_on_with_an_article_word_after_its_cue_is_the_longer_name(village):
    events = _events(
        f"Government forces took {village} east of Aleppo on Tuesday after intense fighting.", "2017-03-08"
    )
    place = events[0]["place"]
    assert place["text"] == village.split(" of ")[1].split(" and ")[0]
    assert place.get("admin1") != "Daraa"  # not the namesake of its first word


# --- the side that beat an attack back ("was repelled by insurgents") is no subject of the fighting told next


@pytest.mark.parametrize(
    "repelled",
    [
        "but was repelled by insurgents after heavy fighting",
        "but was pushed back by rebels after fierce clashes",
        "but was driven back by the rebels after hours of fighting",
    ],
)
def test_the_side_that_beat_an_attack_back_did_not_attack(repelled):
    events = _events(f"The army attacked the village of Ratyan on Tuesday {repelled}.", "2015-07-10")
    assert [(e["first"], e["place"]["text"], e["perpetrators"]) for e in events] == [
        ("2015-07-07", "Ratyan", ["syrian-government"])
    ]


def test_fighting_when_an_offensive_told_in_passing_was_beaten_back_is_no_incident():
    events = _events(
        "The army launched an offensive in February to break the siege of the towns, but was pushed back by "
        "insurgents after heavy fighting in the villages of Ratyan and Hardatnin.",
        "2015-07-10",
    )
    assert events == []


# --- the dead of a foiled attack counted by the generic word are the attackers already named


@pytest.mark.parametrize(
    ("body", "side"),
    [
        (
            "On Tuesday army units foiled an attempt by groups of Jabhat al-Nusra terrorists to infiltrate towards "
            "military points near the village of Kisin, killing 9 terrorists.",
            "hts",
        ),
        (
            "Troops repelled an attack by Islamic State fighters on posts near the village of Kisin on Tuesday, "
            "killing 12 militants.",
            "isis",
        ),
        (
            "The army thwarted an infiltration by Hurras al-Din fighters near the village of Kisin on Tuesday, "
            "killing six terrorists.",
            "hurras-al-din",
        ),
    ],
)
def test_the_dead_of_a_foiled_attack_counted_by_the_generic_word_are_the_named_attackers(body, side):
    events = _events(body, "2017-04-19")
    assert [(e["first"], e["place"]["text"], e["perpetrators"]) for e in events] == [("2017-04-18", "Kisin", [side])]


# --- a side accused of backing an incident is no perpetrator of it


@pytest.mark.parametrize(
    "accused",
    [
        "Damascus accused Turkey of backing the assault.",
        "State media accused Ankara of providing cover for the attack.",
        "Officials accused Turkey of supporting the offensive.",
        "The army blamed Turkey for backing the attack.",
        "Damascus accuses Ankara of facilitating the attack.",
    ],
)
def test_a_side_accused_of_backing_an_incident_is_no_perpetrator(accused):
    events = _events(f"Rebels attacked the town of Kassab on Friday, killing four soldiers. {accused}", "2014-03-24")
    assert [(e["first"], e["place"]["text"], e["perpetrators"]) for e in events] == [
        ("2014-03-21", "Kassab", ["opposition-unspecified"])
    ]


# --- a village the gazetteer lacks takes the governorate the report gave it elsewhere


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "Rebels shelled the towns of Nubl and Qurt Hamdan north of Aleppo on Friday, killing four.",
            "On Tuesday, Nusra fighters attacked militia posts on the outskirts of Qurt Hamdan, killing 12.",
        ),
        (
            "Air strikes hit the village of Qurt Hamdan in Aleppo province on Friday, killing four.",
            "On Tuesday, Nusra fighters attacked militia posts near Qurt Hamdan, killing 12.",
        ),
        (
            "Rebels shelled the villages of Nubl and Qurt Hamdan in the northern Aleppo countryside on "
            "Friday, killing four.",
            "Government jets struck Qurt Hamdan on Tuesday, killing 12.",
        ),
    ],
)
def test_a_village_the_gazetteer_lacks_takes_the_governorate_told_elsewhere(first, later):
    events = _events(f"{first} {later}", "2015-07-10")
    tuesday = next(e for e in events if e["first"] == "2015-07-07")
    assert (tuesday["place"]["text"], tuesday["place"]["admin1"]) == ("Qurt Hamdan", "Aleppo")

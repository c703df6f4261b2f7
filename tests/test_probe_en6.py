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


# --- the probes of this round that pass whole: wire articles across Syria, 2012-2019 (written for these tests)
# each: (published, title, body, [(day or days, place named, perpetrators, killed figures one of which is given)])

WIRE_PROBES = [
    pytest.param(
        "2012-08-09T16:00",
        "Syrian jets pound Aleppo's Salaheddine as rebels dig in",
        (
            "ALEPPO, Syria (AP) - Syrian fighter jets and helicopter gunships pounded the rebel-held "
            "Salaheddine neighborhood of Aleppo on Thursday as troops massed on its edges, activists "
            "said.\n\nThe Local Coordination Committees said at least 14 people were killed in the "
            "neighbourhood, among them five members of one family whose house collapsed. The Britain-based "
            "Syrian Observatory for Human Rights put the toll at 11.\n\nState television said the army was "
            "'cleansing' the area of terrorists and had killed dozens of them."
        ),
        [
            ("2012-08-09", "Salaheddine", ["syrian-government"], [11, 14]),
        ],
        id="alp01",
    ),
    pytest.param(
        "2012-12-23T13:00",
        "Dozens killed as jet hits bakery queue near Hama",
        (
            "BEIRUT (Reuters) - A Syrian warplane bombed a bakery in the town of Halfaya in Hama province on "
            "Sunday, killing dozens of people who had been queuing for bread, opposition activists "
            "said.\n\nAmateur video showed bodies strewn across a street. The Syrian Observatory for Human "
            "Rights said at least 60 people had been killed, while activists in the town put the number above "
            "90.\n\nThere was no immediate comment from the authorities, who restrict access for independent "
            "media."
        ),
        [
            ("2012-12-23", "Halfaya", ["syrian-government"], [60, 90]),
        ],
        id="alp02",
    ),
    pytest.param(
        "2014-02-05T14:00",
        "Barrel bombs kill 18 in Aleppo as army pushes east",
        (
            "BEIRUT (Reuters) - Syrian army helicopters dropped barrel bombs on the rebel-held Qadi Askar "
            "district of Aleppo on Tuesday, killing at least 18 people including six children, the Syrian "
            "Observatory for Human Rights said.\n\nThe crude weapons, oil drums packed with explosives and "
            "scrap metal, have killed hundreds of people in the city since mid-December, according to the "
            "Observatory."
        ),
        [
            ("2014-02-04", "Qadi Askar", ["syrian-government"], [18]),
        ],
        id="alp03",
    ),
    pytest.param(
        "2014-05-01T12:00",
        "Rebel mortars hit government-held Aleppo",
        (
            "DAMASCUS, May 1 (Xinhua) -- Mortar shells fired by terrorists slammed into the government-held "
            "neighborhood of al-Midan in the northern city of Aleppo on Wednesday, killing four civilians and "
            "wounding 21 others, the state news agency SANA reported.\n\nThe agency said the shells were fired "
            "from areas controlled by armed groups in the eastern part of the city."
        ),
        [
            ("2014-04-30", "Midan", ["opposition-unspecified"], [4]),
        ],
        id="alp04",
    ),
    pytest.param(
        "2016-04-29T11:00",
        "Air strike destroys Aleppo hospital, kills doctors",
        (
            "BEIRUT (AP) - Airstrikes destroyed a hospital supported by Doctors Without Borders in a "
            "rebel-held neighbourhood of Aleppo late Wednesday, killing at least 27 people including one of "
            "the last paediatricians in the city, the medical charity and activists said.\n\nThe al-Quds "
            "hospital in the Sukkari district was hit directly, MSF said. The Syrian Civil Defence put the "
            "toll at 30. Opposition activists blamed Syrian government or Russian jets; Moscow denied its "
            "planes had flown over the area."
        ),
        [
            ("2016-04-27", "Sukkari", ["russia", "syrian-government"], [27, 30]),
        ],
        id="alp05",
    ),
    pytest.param(
        "2016-09-24T12:00",
        "Aleppo's east endures heaviest bombardment yet",
        (
            "ALEPPO, Syria (AFP) - Air strikes pounded the besieged eastern districts of Aleppo on Friday, "
            "killing at least 47 civilians as the Syrian army pressed an offensive to retake the whole city, "
            "a monitor said.\n\nThe Britain-based Syrian Observatory for Human Rights said Syrian and Russian "
            "warplanes hit the Bustan al-Qasr, al-Kalasa and al-Fardous neighbourhoods. The White Helmets "
            "rescue service said its centre in Ansari had been put out of action.\n\nAn AFP correspondent saw "
            "rescuers pulling a young boy from the rubble of a four-storey building in Bustan al-Qasr."
        ),
        [
            ("2016-09-23", "Bustan al-Qasr", ["russia", "syrian-government"], [47]),
            ("2016-09-23", "Kalasa", ["russia", "syrian-government"], None),
            ("2016-09-23", "Fardous", ["russia", "syrian-government"], None),
        ],
        id="alp07",
    ),
    pytest.param(
        "2016-11-20T09:00",
        "Civilians killed in Aleppo as regime advances",
        (
            "BEIRUT (Al Jazeera) - At least 27 civilians were killed on Saturday in regime bombardment of "
            "rebel-held eastern Aleppo, according to the Syria Civil Defence, as government forces pushed "
            "into the Masaken Hanano housing district.\n\nThe group, known as the White Helmets, said barrel "
            "bombs and artillery hit the Tariq al-Bab and al-Shaar neighbourhoods. No hospital in the east is "
            "now fully working, health officials said."
        ),
        [
            ("2016-11-19", "Tariq al-Bab", ["syrian-government"], [27]),
        ],
        id="alp08",
    ),
    pytest.param(
        "2015-06-16T14:00",
        "Rebel rockets kill civilians in Aleppo's Kurdish quarter",
        (
            "BEIRUT (AFP) - Rockets fired by rebels hit the Kurdish-majority Sheikh Maqsoud neighbourhood of "
            "Aleppo on Monday, killing six civilians including two children, the Syrian Observatory for Human "
            "Rights said.\n\nThe district is held by the Kurdish People's Protection Units (YPG). Observatory "
            "chief Rami Abdel Rahman said the rockets came from areas held by Islamist factions north of the "
            "city."
        ),
        [
            ("2015-06-15", "Sheikh Maqsoud", ["opposition-unspecified"], [6]),
        ],
        id="alp10",
    ),
    pytest.param(
        "2013-08-22T12:00",
        "Opposition says hundreds killed in gas attack near Damascus",
        (
            "BEIRUT (Reuters) - Syria's opposition accused government forces of launching a nerve gas attack "
            "on the Eastern Ghouta suburbs of Damascus early on Wednesday that killed hundreds of people, "
            "including women and children.\n\nActivists said rockets carrying toxic gas hit Zamalka, Ein Tarma "
            "and Arbin before dawn. The opposition Syrian National Coalition said more than 1,300 people had "
            "died. The government denied using chemical weapons, calling the reports fabricated."
        ),
        [
            ("2013-08-21", "Zamalka", ["syrian-government"], [1300]),
            ("2013-08-21", "Ein Tarma", ["syrian-government"], None),
            ("2013-08-21", "Arbin", ["syrian-government"], None),
        ],
        id="gh01",
    ),
    pytest.param(
        "2018-02-21T11:00",
        "Ghouta death toll soars as bombing goes on",
        (
            "BEIRUT (Reuters) - Syrian government warplanes and artillery pounded the besieged rebel enclave "
            "of Eastern Ghouta for a third day on Tuesday, killing at least 106 people, a war monitor "
            "said.\n\nThe strikes hit the towns of Hammouriyeh, Saqba, Kafr Batna and Beit Sawa, the "
            "Observatory said, and rescuers said a hospital in Arbin had been put out of service. "
            "Pro-government media said rebel shelling killed three people in the Damascus district of Bab "
            "Touma."
        ),
        [
            ("2018-02-20", "Hammouriyeh", ["syrian-government"], [106]),
            ("2018-02-20", "Saqba", ["syrian-government"], None),
            ("2018-02-20", "Kafr Batna", ["syrian-government"], None),
            ("2018-02-20", "Beit Sawa", ["syrian-government"], None),
            ("2018-02-20", "Bab Touma", ["opposition-unspecified"], [3]),
        ],
        id="gh03",
    ),
    pytest.param(
        "2018-01-22T12:00",
        "Shells hit Damascus old city, killing 5",
        (
            "DAMASCUS, Jan. 22 (Xinhua) -- Five people were killed and 13 others injured on Monday when "
            "mortar rounds fired by militants in the countryside landed on the Bab Sharqi area of the capital "
            "Damascus, state media reported.\n\nThe shells were launched from the rebel-held area of Jobar on "
            "the eastern edge of the city, a military source told state TV."
        ),
        [
            ("2018-01-22", "Bab Sharqi", ["opposition-unspecified"], [5]),
        ],
        id="gh07",
    ),
    pytest.param(
        "2017-10-15T12:00",
        "Besieged Ghouta: two children killed by army shell in Mesraba",
        (
            "Two children were killed on Saturday when an artillery shell fired by government forces struck "
            "their house in the Eastern Ghouta town of Mesraba, according to local rescuers.\n\nThe Syria Civil "
            "Defence said three other family members were wounded. Ghouta is part of a 'de-escalation zone' "
            "agreed by Russia, Iran and Turkey, but residents say bombardment has continued almost daily."
        ),
        [
            ("2017-10-14", "Mesraba", ["syrian-government"], [2]),
        ],
        id="gh08",
    ),
    pytest.param(
        "2012-05-27T11:00",
        "Shelling of Homs district kills 12, activists say",
        (
            "AMMAN (Reuters) - Syrian forces shelled the Khalidiya district of Homs on Saturday, killing at "
            "least 12 people, activists said, the latest violence in a city that has become a symbol of the "
            "revolt against President Bashar al-Assad.\n\n'The tanks have been firing since the morning,' said "
            "an activist in the neighbourhood who gave his name as Abu Rami. The Violations Documentation "
            "Center listed the names of 12 dead, including three women."
        ),
        [
            ("2012-05-26", "Khalidiya", ["syrian-government"], [12]),
        ],
        id="hm02",
    ),
    pytest.param(
        "2015-11-30T12:00",
        "Government jets strike Talbiseh in Homs countryside",
        (
            "BEIRUT (Reuters) - Government air strikes on the rebel-held town of Talbiseh north of Homs "
            "killed at least 17 people on Sunday, including four women, the Syrian Observatory for Human "
            "Rights said. Russian jets also struck the nearby town of Ghantu, killing five, it said.\n\nRebels "
            "in the northern Homs countryside have been under siege for more than two years."
        ),
        [
            ("2015-11-29", "Talbiseh", ["syrian-government"], [17]),
            ("2015-11-29", "Ghantu", ["russia"], [5]),
        ],
        id="hm05",
    ),
    pytest.param(
        "2014-05-01T18:00",
        "Mortars and rockets hit Homs as truce talks stall",
        (
            "Activists said government shelling killed seven people in the besieged Old City of Homs on "
            "Wednesday, and the state news agency said three people died when rebels fired rockets at the "
            "al-Waer district.\n\nHundreds of fighters remain in the Old City's quarters of Bab Houd and Jouret "
            "al-Shayah, where residents say food has run out."
        ),
        [
            ("2014-04-30", "Homs", ["syrian-government"], [7]),
            ("2014-04-30", "Waer", ["opposition-unspecified"], [3]),
        ],
        id="hm06",
    ),
    pytest.param(
        "2015-01-27T10:00",
        "Israeli strike kills Hezbollah fighters in Quneitra",
        (
            "BEIRUT (Reuters) - An Israeli air strike killed six members of Lebanon's Hezbollah, including a "
            "commander and the son of the group's late military chief, in the Syrian part of the Golan "
            "Heights on Sunday, the group said.\n\nAn Iranian general was also killed in the strike near the "
            "village of Mazraat Amal in Quneitra province, Iran's Revolutionary Guards said."
        ),
        [
            ("2015-01-25", "Mazraat Amal", ["israel"], [6]),
        ],
        id="dr05",
    ),
    pytest.param(
        "2018-06-28T17:00",
        "Rebels shell army-held Daraa district, state media says",
        (
            "DAMASCUS (Sputnik) - Militants fired several rockets at residential areas in the "
            "government-controlled Daraa al-Mahatta district on Thursday, injuring 11 civilians, SANA "
            "reported, citing a police source.\n\nThe Syrian Arab Army responded by targeting the launch "
            "positions in the Daraa al-Balad area, the agency said."
        ),
        [
            ("2018-06-28", "Mahatta", ["opposition-unspecified"], None),
            ("2018-06-28", "Daraa al-Balad", ["syrian-government"], None),
        ],
        id="dr07",
    ),
    pytest.param(
        "2014-10-08T09:00",
        "U.S.-led strikes hit Islamic State oil sites in eastern Syria",
        (
            "BEIRUT (Reuters) - U.S.-led air strikes hit makeshift oil refineries controlled by Islamic State "
            "in eastern Syria overnight, killing at least 14 of the group's fighters and five civilians, the "
            "Syrian Observatory for Human Rights said on Wednesday.\n\nThe strikes near the town of al-Mayadin "
            "in Deir al-Zor province targeted the refineries, which the group uses to fund itself. The "
            "Pentagon said coalition aircraft conducted nine strikes in Syria on Tuesday."
        ),
        [
            (("2014-10-07", "2014-10-08"), "Mayadin", ["coalition"], [5, 14, 19]),
        ],
        id="rq01",
    ),
    pytest.param(
        "2017-08-22T11:00",
        "ISIS car bomb kills SDF fighters near Raqqa",
        (
            "An Islamic State car bomb killed at least 10 fighters of the US-backed Syrian Democratic Forces "
            "at a checkpoint on the eastern outskirts of Raqqa on Monday, the Syrian Observatory for Human "
            "Rights said.\n\nThe jihadist group's Amaq news agency said a suicide bomber drove the vehicle into "
            "an SDF position near the village of al-Karama and claimed 30 dead."
        ),
        [
            ("2017-08-21", "Karama", ["isis"], [10, 30]),
        ],
        id="rq03",
    ),
    pytest.param(
        "2017-03-21T15:00",
        "Coalition strike hits school sheltering displaced near Raqqa",
        (
            "BEIRUT (Reuters) - An air strike on a school housing displaced families in the village of "
            "al-Mansoura west of Raqqa killed at least 33 people, the Syrian Observatory for Human Rights "
            "said on Tuesday, blaming warplanes of the U.S.-led coalition.\n\nThe strike took place overnight "
            "on Monday, the monitor said. A Raqqa activist group, Raqqa is Being Slaughtered Silently, said "
            "the death toll could be higher. A coalition spokesman said it had conducted strikes near "
            "al-Mansoura and would assess the reports."
        ),
        [
            ("2017-03-20", "Mansoura", ["coalition"], [33]),
        ],
        id="rq04",
    ),
    pytest.param(
        "2019-02-10T13:00",
        "SDF launches final push on Baghouz",
        (
            "DEIR AL-ZOR, Syria (Reuters) - U.S.-backed fighters launched a final assault on the last Islamic "
            "State enclave in eastern Syria on Saturday, an SDF spokesman said.\n\nMustafa Bali said coalition "
            "air strikes supported the advance on the village of Baghouz near the Iraqi border. The "
            "Observatory said 16 civilians, including seven children, were killed in strikes on the enclave "
            "overnight, a figure the coalition did not confirm."
        ),
        [
            ("2019-02-09", "Baghouz", ["coalition"], [16]),
            ("2019-02-09", "Baghouz", ["sdf"], None),
        ],
        id="rq05",
    ),
    pytest.param(
        "2018-11-25T11:00",
        "Coalition raids kill civilians in Islamic State pocket",
        (
            "BEIRUT (AFP) - Air raids by the US-led coalition killed 18 civilians, including children, in an "
            "Islamic State group pocket of eastern Syria on Saturday, a war monitor said.\n\nThe strikes hit "
            "the village of al-Shaafa, near the town of Hajin on the east bank of the Euphrates, the Syrian "
            "Observatory for Human Rights said. The coalition said its strikes targeted IS fighters and that "
            "it would investigate."
        ),
        [
            ("2018-11-24", "Shaafa", ["coalition"], [18]),
        ],
        id="rq06",
    ),
    pytest.param(
        "2015-01-27T12:00",
        "Kurds drive Islamic State out of Kobani",
        (
            "MURSITPINAR, Turkey (Reuters) - Kurdish forces have driven Islamic State out of the Syrian town "
            "of Kobani after four months of fighting, a monitoring group said on Monday.\n\nIslamic State "
            "fighters shelled the eastern part of Kobani on Sunday, killing four YPG fighters, the "
            "Observatory said, before the last of them withdrew to villages east of the town. More than 1,600 "
            "people have died in the battle, it says."
        ),
        [
            ("2015-01-25", "Kobani", ["isis"], [4]),
        ],
        id="rq08",
    ),
    pytest.param(
        "2017-10-15T16:00",
        "Suicide attack kills displaced people in Deir ez-Zor",
        (
            "BEIRUT (Reuters) - An Islamic State suicide bomber blew himself up among people fleeing the "
            "fighting in Deir al-Zor province on Saturday, killing at least 18, most of them women and "
            "children, the Observatory said.\n\nThe attack took place near the village of Abu Fas, where "
            "displaced families were gathering to cross to areas held by the US-backed SDF, the British-based "
            "monitor said."
        ),
        [
            ("2017-10-14", "Abu Fas", ["isis"], [18]),
        ],
        id="rq10",
    ),
    pytest.param(
        "2017-04-05T18:00",
        "Pentagon says its strike killed civilians at Tabqa",
        (
            "WASHINGTON (Reuters) - A U.S.-led coalition air strike near the Syrian town of Tabqa last month "
            "killed 14 civilians, the Pentagon said on Wednesday, in an investigation of reports of "
            "casualties. The March 22 strike hit a school used by displaced families, according to the "
            "investigation report."
        ),
        [
            ("2017-03-22", "Tabqa", ["coalition"], [14]),
        ],
        id="rq12",
    ),
    pytest.param(
        "2018-01-22T18:00",
        "Rockets from Syria hit Turkish border town of Kilis",
        (
            "ANKARA (Anadolu) - Rockets fired from Syria's Afrin region by YPG/PKK terrorists hit the Turkish "
            "border province of Kilis on Monday, wounding two civilians, the governor's office said."
        ),
        [],
        id="af02",
    ),
    pytest.param(
        "2018-03-07T12:00",
        "Turkish strikes on Afrin's Jinderes kill civilians, Kurds say",
        (
            "BEIRUT (Reuters) - Turkish air strikes on the town of Jinderes in Syria's Afrin region killed at "
            "least 11 civilians on Tuesday, a Kurdish official and a war monitor said.\n\nThe Syrian "
            "Observatory for Human Rights said the dead included four children. The Turkish army, which says "
            "it only targets militants, said 2,434 'terrorists' had been neutralised since the start of the "
            "operation."
        ),
        [
            ("2018-03-06", "Jinderes", ["turkey"], [11]),
        ],
        id="af03",
    ),
    pytest.param(
        "2019-10-13T12:00",
        "Turkish-backed fighters execute Kurdish politician",
        (
            "BEIRUT (AFP) - Turkish-backed Syrian fighters executed nine civilians, including a Kurdish woman "
            "politician, on a highway south of the border town of Tal Abyad on Saturday, the Syrian "
            "Observatory for Human Rights said.\n\nThe Ahrar al-Sharqiya faction denied its fighters had "
            "carried out the killings on the M4 road. Turkey launched its offensive against the Kurdish-led "
            "SDF on Wednesday."
        ),
        [
            ("2019-10-12", "Tal Abyad", ["opposition-unspecified"], [9]),
            ("2019-10-09", "Tal Abyad", ["turkey"], None),
        ],
        id="af06",
    ),
    pytest.param(
        "2019-10-13T15:00",
        "Mortars from Syria kill civilians in Turkey's Nusaybin",
        (
            "ANKARA, Oct. 13 (Xinhua) -- Mortar shells fired by YPG terrorists from Qamishli in Syria killed "
            "two people in the Turkish border district of Nusaybin on Saturday, the governor's office "
            "said.\n\nMeanwhile the SDF said a Turkish air strike on a convoy of civilians and journalists near "
            "Ras al-Ain killed nine people on Sunday."
        ),
        [
            ("2019-10-13", "Ras al-Ain", ["turkey"], [9]),
        ],
        id="af07",
    ),
    pytest.param(
        "2016-04-29T15:00",
        "Russian strikes support army near al-Qaryatain",
        (
            "MOSCOW (RT) - The Russian Aerospace Forces carried out 33 sorties near al-Qaryatain in Homs "
            "province on Thursday, hitting 117 terrorist targets, the Russian defence ministry said.\n\nThe "
            "ministry said more than 70 Islamic State fighters had been eliminated and six armoured vehicles "
            "destroyed."
        ),
        [
            ("2016-04-28", "Qaryatain", ["russia"], [70]),
        ],
        id="pm02",
    ),
    pytest.param(
        "2017-06-19T18:00",
        "Islamic State ambush kills soldiers near al-Sukhna",
        (
            "BEIRUT (AFP) - Islamic State group fighters killed at least 19 pro-government troops in an "
            "ambush in Syria's eastern desert on Sunday, a monitor said.\n\nThe attack targeted a convoy on the "
            "road between Palmyra and al-Sukhna, the Observatory said. IS also lost 11 fighters in the "
            "clashes."
        ),
        [
            ("2017-06-18", "Palmyra", ["isis"], [19]),
        ],
        id="pm03",
    ),
    pytest.param(
        "2017-04-05T12:00",
        "Gas attack on Khan Sheikhoun kills dozens",
        (
            "BEIRUT (Reuters) - A suspected chemical attack killed dozens of people including children in the "
            "rebel-held town of Khan Sheikhoun in Idlib province on Tuesday, a war monitor and medical "
            "workers said.\n\nThe Syrian Observatory for Human Rights said at least 58 people were killed, "
            "among them 11 children, after an air strike by government or Russian jets. The Idlib health "
            "directorate put the toll at 72 and said more than 300 were injured. The Syrian army denied using "
            "chemical weapons."
        ),
        [
            ("2017-04-04", "Khan Sheikhoun", ["russia", "syrian-government"], [58, 72]),
        ],
        id="id01",
    ),
    pytest.param(
        "2019-08-30T12:00",
        "Strike on Idlib camp kills 12 despite truce",
        (
            "BEIRUT (AP) - Syrian government air strikes killed 12 people, including four children, in a camp "
            "for displaced people near the town of Haas in Idlib province on Thursday, opposition activists "
            "said, a day after a truce was declared.\n\nThe Syrian Civil Defense said the strikes also wounded "
            "more than 20. The Observatory put the death toll at 14."
        ),
        [
            ("2019-08-29", "Haas", ["syrian-government"], [12, 14]),
        ],
        id="id02",
    ),
    pytest.param(
        "2019-05-28T14:00",
        "Russian jets strike market in Maarat al-Numan",
        (
            "ISTANBUL (Anadolu Agency) - At least 10 civilians were killed and 30 others injured on Monday "
            "when Russian warplanes struck a vegetable market in the Maarat al-Numan district of Syria's "
            "northwestern Idlib province, according to a local civil defense official.\n\nThe regime and its "
            "allies have intensified their attacks on the de-escalation zone since late April, the official "
            "said."
        ),
        [
            ("2019-05-27", "Maarat al-Numan", ["russia"], [10]),
        ],
        id="id03",
    ),
    pytest.param(
        "2015-06-11T10:00",
        "Nusra fighters kill Druze villagers in Idlib",
        (
            "BEIRUT (Reuters) - Fighters of al Qaeda's Syrian wing Nusra Front shot dead at least 20 Druze "
            "villagers in Idlib province, the Syrian Observatory for Human Rights said on Thursday.\n\nThe "
            "shooting took place on Wednesday in the village of Qalb Lawzeh after a dispute over a house, the "
            "Observatory said. Nusra said the shooting was not approved by its leadership."
        ),
        [
            ("2015-06-10", "Qalb Lawzeh", ["hts"], [20]),
        ],
        id="id04",
    ),
    pytest.param(
        "2019-05-28T18:00",
        "Rebels strike back in Hama as offensive stalls",
        (
            "BEIRUT (Reuters) - Jihadist and rebel fighters launched a counter-attack on government forces in "
            "northern Hama province on Tuesday, killing at least 22 soldiers, a war monitor said.\n\nFighters "
            "of Hayat Tahrir al-Sham, which dominates the Idlib region, attacked army positions around the "
            "village of Kafr Nabuda, the Observatory said. State media said the army repelled the attack."
        ),
        [
            ("2019-05-28", "Kafr Nabuda", ["hts"], [22]),
        ],
        id="id05",
    ),
    pytest.param(
        "2016-09-24T18:00",
        "Army helicopter drops barrel bomb on Hama village",
        (
            "BEIRUT (Anadolu Agency) - An Assad regime helicopter dropped barrel bombs on the village of "
            "al-Latamneh in Hama's northern countryside on Friday, killing five civilians, local sources "
            "said.\n\nThe village has come under regular attack since rebels launched an offensive in the area "
            "last month."
        ),
        [
            ("2016-09-23", "Latamneh", ["syrian-government"], [5]),
        ],
        id="id09",
    ),
    pytest.param(
        "2017-08-22T17:00",
        "Ahrar al-Sham and HTS clash in Idlib",
        (
            "BEIRUT (Reuters) - Fighting between Hayat Tahrir al-Sham and Ahrar al-Sham in the town of "
            "Saraqeb killed at least 15 people, including six civilians, on Sunday, a monitor said, as the "
            "jihadist alliance tightened its grip on Idlib.\n\nHTS fighters stormed Ahrar positions in the "
            "town, residents said."
        ),
        [
            ("2017-08-20", "Saraqeb", ["ahrar-al-sham", "hts"], [15]),
        ],
        id="id10",
    ),
    pytest.param(
        "2018-03-07T09:00",
        "Regime jets kill 14 in Ghouta's Hazzeh",
        (
            "DAMASCUS (Press TV) - Syrian army units killed scores of Takfiri terrorists in the Eastern "
            "Ghouta on Tuesday, Press TV reported. Opposition activists said government air strikes killed 14 "
            "civilians in the town of Hazzeh that day."
        ),
        [
            ("2018-03-06", "Hazzeh", ["syrian-government"], [14]),
        ],
        id="x01",
    ),
    pytest.param(
        "2016-12-13T09:00",
        "Rebels shell west Aleppo's Hamdaniya",
        (
            "ALEPPO (Al-Masdar News) - Jihadist rebels fired several 'Hell Cannon' shells at the "
            "government-held Hamdaniya district on Monday evening, killing three civilians and injuring 15, a "
            "military source told Al-Masdar News."
        ),
        [
            ("2016-12-12", "Hamdaniya", ["opposition-unspecified"], [3]),
        ],
        id="x02",
    ),
    pytest.param(
        "2014-02-05T18:00",
        "Government troops ambush rebels near Damascus",
        (
            "BEIRUT (Reuters) - Syrian troops and Hezbollah fighters ambushed a group of rebels in the "
            "Qalamoun region north of Damascus on Tuesday, killing at least 30 of them near the town of "
            "Yabroud, state media said. The Observatory said the dead included foreign fighters."
        ),
        [
            ("2014-02-04", "Yabroud", ["iran-backed-militias", "syrian-government"], [30]),
        ],
        id="x05",
    ),
    pytest.param(
        "2017-08-22T09:00",
        "Coalition says it killed civilians in Syria strikes in July",
        (
            "WASHINGTON (AP) - The U.S.-led coalition fighting the Islamic State group said Tuesday it had "
            "'unintentionally killed' at least 11 civilians in two air strikes in Syria in July. One strike, "
            "on July 12 near Raqqa, killed six people, and another, on July 19 near al-Shadadi in Hasakah "
            "province, killed five, the coalition said in its monthly civilian casualty report."
        ),
        [
            ("2017-07-12", "Raqqa", ["coalition"], [6]),
            ("2017-07-19", "Shadadi", ["coalition"], [5]),
        ],
        id="x06",
    ),
    pytest.param(
        "2013-08-22T16:00",
        "Car bomb hits Damascus suburb",
        (
            "DAMASCUS (AFP) - A car bomb ripped through the Damascus suburb of Jaramana on Wednesday, killing "
            "at least eight people, state television said. It was the latest in a series of bombings "
            "targeting the mainly Druze and Christian district."
        ),
        [
            ("2013-08-21", "Jaramana", [], [8]),
        ],
        id="x07",
    ),
    pytest.param(
        "2018-02-21T17:00",
        "Rebel mortars kill children in Damascus school",
        (
            "DAMASCUS (SANA) - Two students were killed and five injured when terrorist organizations "
            "positioned in the Eastern Ghouta fired mortar rounds at a school in the Dwel'a neighborhood of "
            "Damascus on Wednesday, a police source said."
        ),
        [
            ("2018-02-21", "Dwel'a", ["opposition-unspecified"], [2]),
        ],
        id="x09",
    ),
    pytest.param(
        "2019-03-18T16:00",
        "Turkish drone strike kills SDF fighters near Manbij, group says",
        (
            "A Turkish drone struck a vehicle carrying members of the Manbij Military Council near the "
            "village of al-Dadat on Sunday, killing two fighters, the Kurdish-led group said in a statement. "
            "The Turkish defence ministry did not comment."
        ),
        [
            ("2019-03-17", "Dadat", ["turkey"], [2]),
        ],
        id="x10",
    ),
    pytest.param(
        "2014-05-01T09:00",
        "Rebels fire mortars at Syrian election rally",
        (
            "BEIRUT (BBC) - Mortar bombs fired by rebels hit a pro-Assad rally in the town of Busra al-Sham "
            "in southern Daraa province on Wednesday, killing at least five people, activists said. "
            "Government forces responded by shelling the rebel-held east of the town, killing two women, they "
            "added."
        ),
        [
            ("2014-04-30", "Busra", ["opposition-unspecified"], [5]),
            ("2014-04-30", "Busra", ["syrian-government"], [2]),
        ],
        id="x11",
    ),
    pytest.param(
        "2019-10-13T19:00",
        "Turkish shells hit Tal Tamr",
        (
            "Turkish artillery shelled the town of Tal Tamr in Hasakah province on Saturday, killing two "
            "civilians, the SDF said in a statement. Ankara said its forces were responding to mortar fire "
            "from the town."
        ),
        [
            ("2019-10-12", "Tal Tamr", ["turkey"], [2]),
        ],
        id="b02",
    ),
    pytest.param(
        "2017-08-22T13:00",
        "Raqqa: coalition strikes kill 42",
        (
            "BEIRUT (Reuters) - U.S.-led coalition air strikes killed 42 civilians, among them 19 children, "
            "in the Islamic State-held part of Raqqa over the previous 24 hours, the Syrian Observatory for "
            "Human Rights said on Tuesday. The strikes hit the old city and the al-Badu neighbourhood, it "
            "said."
        ),
        [
            (("2017-08-21", "2017-08-22"), "Raqqa", ["coalition"], [42]),
        ],
        id="b04",
    ),
    pytest.param(
        "2015-06-16T20:00",
        "Regime barrel bombs kill 12 in Idlib",
        (
            "Regime helicopters dropped barrel bombs on the town of Ariha in Idlib province on Monday, "
            "killing 12 civilians including three children, according to the Local Coordination Committees, "
            "an activist network."
        ),
        [
            ("2015-06-15", "Ariha", ["syrian-government"], [12]),
        ],
        id="b06",
    ),
    pytest.param(
        "2016-02-15T20:00",
        "Rebels retake Khan Tuman",
        (
            "BEIRUT (AP) - Insurgents led by al-Qaida's Syria branch captured the village of Khan Tuman south "
            "of Aleppo on Sunday after heavy fighting that killed at least 73 fighters on both sides, "
            "activists said. Among the dead were Iranian and Lebanese Hezbollah fighters allied with the "
            "government, the Observatory said."
        ),
        [
            ("2016-02-14", "Khan Tuman", ["hts"], [73]),
        ],
        id="b09",
    ),
    pytest.param(
        "2018-03-07T20:00",
        "Afrin dam area bombed",
        (
            "Turkish jets bombed villages near the Maydanki dam north of Afrin city on Tuesday, killing seven "
            "civilians from two families, Kurdish officials said. The Turkish military denies targeting "
            "civilians."
        ),
        [
            ("2018-03-06", "Maydanki", ["turkey"], [7]),
        ],
        id="b10",
    ),
    pytest.param(
        "2014-02-05T20:00",
        "Regime jets kill 10 in Yabroud",
        (
            "BEIRUT (Daily Star) - Syrian warplanes struck Yabroud, the last major rebel bastion in the "
            "Qalamoun mountains near the Lebanese border, killing 10 people on Tuesday, activists said. "
            "Hezbollah fighters are backing the army in the area."
        ),
        [
            ("2014-02-04", "Yabroud", ["syrian-government"], [10]),
        ],
        id="b11",
    ),
    pytest.param(
        "2015-08-17T18:00",
        "Rockets slam into Damascus after Douma massacre",
        (
            "DAMASCUS (Reuters) - Rockets fired by rebels hit central Damascus on Monday, killing at least "
            "seven people, state media said, a day after government air strikes killed more than 100 in the "
            "rebel-held suburb of Douma."
        ),
        [
            ("2015-08-17", "Damascus", ["opposition-unspecified"], [7]),
            ("2015-08-16", "Douma", ["syrian-government"], [100]),
        ],
        id="b12",
    ),
    pytest.param(
        "2019-08-30T19:00",
        "Airstrike on Maarat Misrin kills family",
        (
            "At least seven members of one family were killed when Russian warplanes struck their home in the "
            "town of Maarat Misrin north of Idlib city before dawn on Thursday, the White Helmets said."
        ),
        [
            ("2019-08-29", "Maarat Misrin", ["russia"], [7]),
        ],
        id="b15",
    ),
    pytest.param(
        "2016-07-20T19:00",
        "IS attack kills soldiers at Deir ez-Zor airport",
        (
            "BEIRUT (Reuters) - Islamic State fighters attacked government positions around the military "
            "airport in Deir al-Zor on Tuesday, killing 12 soldiers in fighting that lasted several hours, "
            "the Observatory said. State media said the army had repelled the assault and killed dozens of "
            "the attackers."
        ),
        [
            ("2016-07-19", "Deir", ["isis"], [12]),
        ],
        id="b16",
    ),
    pytest.param(
        "2018-11-25T20:00",
        "HTS executes men in Idlib",
        (
            "Hayat Tahrir al-Sham executed four men accused of spying for the government in the town of "
            "Sarmada on Saturday, the Observatory said."
        ),
        [
            ("2018-11-24", "Sarmada", ["hts"], [4]),
        ],
        id="b17",
    ),
    pytest.param(
        "2017-03-17T20:00",
        "Coalition strike hits mosque in Aleppo countryside",
        (
            "BEIRUT (AFP) - A US air strike on a mosque in the village of al-Jineh in Aleppo province on "
            "Thursday killed at least 42 people, most of them civilians, the Syrian Observatory for Human "
            "Rights said. The Pentagon said it had targeted a meeting of Al-Qaeda militants and denied "
            "hitting a mosque."
        ),
        [
            ("2017-03-16", "Jineh", ["coalition"], [42]),
        ],
        id="b18",
    ),
    pytest.param(
        "2014-10-08T20:00",
        "Kobani: IS shells kill 3 civilians",
        (
            "MURSITPINAR, Turkey (Reuters) - Islamic State fighters shelled the center of the Syrian border "
            "town of Kobani on Wednesday, killing three civilians, a Kurdish official said, as U.S.-led "
            "aircraft struck militant positions on the eastern edge of the town."
        ),
        [
            ("2014-10-08", "Kobani", ["isis"], [3]),
            ("2014-10-08", "Kobani", ["coalition"], None),
        ],
        id="b19",
    ),
    pytest.param(
        "2019-03-18T20:00",
        "Russian strikes kill 10 in Idlib city",
        (
            "IDLIB, Syria (AP) - Russian warplanes struck the city of Idlib on Monday, killing 10 people "
            "including a child, the White Helmets said. It was the heaviest bombardment of the city since the "
            "Sochi deal in September."
        ),
        [
            ("2019-03-18", "Idlib", ["russia"], [10]),
        ],
        id="b20",
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "expected"), WIRE_PROBES)
def test_wire_probe(published, title, body, expected):
    events = _events(body, title=title, published=dt.datetime.fromisoformat(published))
    assert len(events) == len(expected), [(e["first"], e["place"] and e["place"]["text"]) for e in events]
    left = list(events)
    for day, place, sides, killed in expected:
        days = {day} if isinstance(day, str) else set(day)
        found = next(
            e
            for e in sorted(left, key=lambda e: e["perpetrators"] != sides)
            if e["place"] and place.lower() in f"{e['place']['text']} {e['place']['name']}".lower()
        )
        left.remove(found)
        assert (found["first"] in days, sorted(found["perpetrators"])) == (True, sides)
        assert killed is None or set(killed) & set(_killed(found)), _killed(found)


def test_the_islamic_state_before_a_holders_word_is_no_place():
    events = _events(
        "Coalition air strikes killed 42 civilians in the Islamic State-held part of Raqqa on Monday, the monitor said."
    )
    assert [e["place"]["text"] for e in events] == ["Raqqa"]


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Insurgents led by al-Qaida's Syria branch captured the village of Khan Tuman on Sunday after fighting "
            "that killed 30 fighters, activists said.",
            ["hts"],
        ),
        ("A U.S. Navy jet shot down a Syrian army warplane near the town of Tabqa on Sunday.", ["coalition"]),
    ],
)
def test_the_wires_names_for_the_nusra_front_and_the_us_forces(body, sides):
    assert [e["perpetrators"] for e in _events(body)] == [sides]


@pytest.mark.parametrize(
    ("claim", "sides"),
    [
        ("The Islamic State group claimed responsibility.", ["isis"]),
        ("Islamic State claimed the bombing.", ["isis"]),
        ("No group claimed responsibility.", []),
    ],
)
def test_a_side_claiming_a_blast_told_with_no_shooter_is_its_shooter(claim, sides):
    events = _events(f"A car bomb exploded near a restaurant in the city of Qamishli on Monday, killing six. {claim}")
    assert [e["perpetrators"] for e in events] == [sides]

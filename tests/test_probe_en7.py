"""English agency and wire articles about the whole of Syria, 2012-2019, second pass: fire from the land a side holds,
hedged shooters and the wire probes of this round (texts written for these tests, in the project's own words)."""

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


# --- fire from the land a side holds


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Mortar rounds fired from rebel-held areas struck the Old City of Damascus on Monday, killing two.",
            ["opposition-unspecified"],
        ),
        (
            "Rockets launched from militant-held territory hit the Hamdaniyah district of Aleppo on Monday, killing six.",
            ["opposition-unspecified"],
        ),
        (
            "A school in Jableh came under fire from insurgent-held positions on Monday; three pupils died.",
            ["opposition-unspecified"],
        ),
        (
            "Shells fired from government-held neighbourhoods hit the Bustan al-Qasr district on Monday, killing four.",
            ["syrian-government"],
        ),
    ],
)
def test_fire_from_the_land_a_side_holds_is_that_sides_fire(body, sides):
    assert [e["perpetrators"] for e in _events(body)] == [sides]


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        ("In rebel-held areas of Douma, government air strikes killed 12 people on Monday.", ["syrian-government"]),
        ("Insurgents shelled government-held areas of Hama on Monday, killing three.", ["opposition-unspecified"]),
    ],
)
def test_the_land_a_side_holds_named_where_the_fire_fell_makes_it_no_shooter(body, sides):
    assert [e["perpetrators"] for e in _events(body)] == [sides]


# --- a hedged shooter the accused side denies


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Air strikes hit a bakery in Kafr Takharim on Monday, killing 11. Rescuers said the raids were most "
            "likely carried out by Russian warplanes, which Moscow denied.",
            ["russia"],
        ),
        (
            "A market in Ariha was struck on Monday, killing 14 people. Monitors said the attack was probably "
            "carried out by Syrian government jets, a charge Damascus denied.",
            ["syrian-government"],
        ),
        (
            "A water station near Tabqa was hit on Monday, killing three workers. Residents blamed coalition "
            "aircraft, which the coalition denied.",
            ["coalition"],
        ),
    ],
)
def test_a_shooter_told_as_the_likely_doer_stays_the_shooter_though_it_denies(body, sides):
    assert [e["perpetrators"] for e in _events(body)] == [sides]


# --- bombings of no stated kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Twin bombings near a bus station in the Zahra district of Homs killed 23 people on Monday.", "attack"),
        ("A string of bombings in Qamishli killed nine people on Monday.", "attack"),
        ("Aerial bombings of Kafranbel killed seven people on Monday.", "air_strike"),
        ("Aerial bombardment of Hamouriyeh killed nine people on Monday.", "air_strike"),
    ],
)
def test_bombings_are_air_strikes_only_told_from_the_air(body, kind):
    assert [e["type"] for e in _events(body)] == [kind]


# --- background of a campaign


def test_gains_since_a_campaign_was_launched_are_no_incident():
    events = _events(
        "Government jets struck the town of Nawa on Monday, killing six civilians, rescuers said. Troops have "
        "captured Mseifra and several hamlets since launching their offensive on the province last week."
    )
    assert [(e["place"]["text"], e["perpetrators"]) for e in events] == [("Nawa", ["syrian-government"])]


# --- the day a place changed hands


def test_the_month_a_place_was_taken_in_a_relative_clause_does_not_date_the_incident():
    events = _events(
        "Islamic State fighters beheaded five captured soldiers in al-Qaryatain, which they overran last month, "
        "a monitor said. The killings were carried out on Saturday."
    )
    assert [(e["first"], e["last"]) for e in events] == [("2016-12-10", "2016-12-10")]


# --- the quarter a ground attack took


def test_the_quarter_after_a_ground_attacks_verb_is_the_place_not_its_city():
    events = _events(
        "Islamic State fighters killed 40 people when they overran the Jourat district of Deir ez-Zor on Monday."
    )
    assert [e["place"]["text"] for e in events] == ["Jourat"]


def test_a_side_after_storming_is_no_place():
    events = _events("Jihadist fighters stormed Ahrar positions in the town of Sarmin on Monday, killing six.")
    assert [e["place"]["text"] for e in events] == ["Sarmin"]


def test_a_side_that_counter_attacked_is_the_attacker():
    events = _events("Rebel fighters counter-attacked near Tal Malah on Monday, killing 12 soldiers, a monitor said.")
    assert [(e["type"], e["perpetrators"]) for e in events] == [("attack", ["opposition-unspecified"])]


# --- a region's toll with one town's part


@pytest.mark.parametrize("lead", ["including", "among them"])
def test_a_part_of_a_regions_toll_told_at_a_town_is_the_towns_incident(lead):
    events = _events(
        f"Government air strikes killed 35 civilians in Deraa province on Monday, {lead} nine in the town of Nawa, "
        "a monitor said."
    )
    shares = {(tuple(p["text"] for p in [e["place"], *e["places"]]), tuple(_killed(e))) for e in events}
    assert any("Deraa province" in places and killed == (35,) for places, killed in shares)
    assert (("Nawa",), (9,)) in shares


# --- the probes of this round that pass whole: wire articles across Syria, 2012-2019 (written for these tests)
# each: (published, title, body, [(day or days, place named, perpetrators, killed figures one of which is given,
# wounded figure or None)])

WIRE_PROBES = [
    pytest.param(
        "2016-08-02T15:00",
        "Shelling kills dozens in Aleppo",
        "BEIRUT (Reuters) - At least 28 civilians were killed in Aleppo on Monday as government aircraft bombed rebel-held parts of the city, the Syrian Observatory for Human Rights said.",
        [("2016-08-01", "Aleppo", ["syrian-government"], [28], None)],
        id="k1a",
    ),
    pytest.param(
        "2015-03-11T12:00",
        "Deadly day in Daraa",
        "AMMAN (AP) - Twenty-two people, most of them women and children, died in Daraa on Tuesday when helicopters dropped barrel bombs on residential streets, activists said.",
        [("2015-03-10", "Daraa", ["syrian-government"], [22], None)],
        id="k1b",
    ),
    pytest.param(
        "2014-01-20T12:00",
        "Homs toll",
        "DAMASCUS (AFP) - At least 15 people were killed in Homs on Sunday, the Observatory said, as regime forces shelled the besieged Old City.",
        [("2014-01-19", "Homs", ["syrian-government"], [15], None)],
        id="k1c",
    ),
    pytest.param(
        "2017-06-12T12:00",
        "Coalition raids on Raqqa",
        "BEIRUT (AFP) - Twenty-one civilians were killed in Raqqa on Sunday in air strikes by the US-led coalition, a monitor said, as the SDF pressed into the western districts of the Islamic State group's bastion.",
        [("2017-06-11", "Raqqa", ["coalition"], [21], None)],
        id="k1d",
    ),
    pytest.param(
        "2016-11-30T12:00",
        "Monitor: 82 civilians killed",
        "BEIRUT (Reuters) - Pro-government forces killed 82 civilians in four districts of eastern Aleppo on Tuesday, the United Nations human rights office said.",
        [("2016-11-29", "Aleppo", ["syrian-government"], [82], None)],
        id="k2a",
    ),
    pytest.param(
        "2018-02-21T12:00",
        "Ghouta bombardment",
        "BEIRUT (AP) - Syrian government forces killed 106 people in several towns of Eastern Ghouta on Tuesday, the Observatory said, one of the deadliest days of the war for the enclave near Damascus.",
        [("2018-02-20", "Eastern Ghouta", ["syrian-government"], [106], None)],
        id="k2b",
    ),
    pytest.param(
        "2017-08-24T12:00",
        "Shells hit Damascus fair",
        "DAMASCUS (Xinhua) - Five people were killed on Wednesday when mortar shells fired from rebel-held areas struck near the Damascus International Fair, SANA said.",
        [("2017-08-23", "Damascus", ["opposition-unspecified"], [5], None)],
        id="k3a",
    ),
    pytest.param(
        "2016-10-14T12:00",
        "Rockets on western Aleppo",
        "ALEPPO (SANA) - Rockets fired from militant-held areas hit the Hamdaniyah neighbourhood of Aleppo on Thursday, killing six civilians and injuring 20 others.",
        [("2016-10-13", "Hamdaniyah", ["opposition-unspecified"], [6], 20)],
        id="k3b",
    ),
    pytest.param(
        "2015-09-03T12:00",
        "Shells on Latakia",
        "BEIRUT (Reuters) - Shells fired from insurgent-held territory killed four people in the coastal city of Latakia on Wednesday, state media said.",
        [("2015-09-02", "Latakia", ["opposition-unspecified"], [4], None)],
        id="k3c",
    ),
    pytest.param(
        "2016-09-20T12:00",
        "Aid convoy hit",
        "GENEVA (Reuters) - An aid convoy was struck near Urum al-Kubra west of Aleppo on Monday, killing 20 people. U.S. officials said the strikes were probably carried out by Russian jets, which Moscow denied.",
        [("2016-09-19", "Urum al-Kubra", ["russia"], [20], None)],
        id="k4a",
    ),
    pytest.param(
        "2017-04-05T12:00",
        "Gas attack",
        "BEIRUT (AP) - A suspected chemical attack killed at least 58 people in the town of Khan Sheikhoun in Idlib province on Tuesday. Witnesses said the bombs were most likely dropped by Syrian government planes, a charge Damascus denied.",
        [("2017-04-04", "Khan Sheikhoun", ["syrian-government"], [58], None)],
        id="k4b",
    ),
    pytest.param(
        "2014-06-13T12:00",
        "Rebel rockets hit Aleppo",
        "ALEPPO (AFP) - Rebel rockets hit Aleppo city on Thursday, killing 19 people. The shells landed in al-Midan, al-Sulaymaniyah and al-Jamiliyah.",
        [("2014-06-12", "Midan", ["opposition-unspecified"], [19], None)],
        id="k6a",
    ),
    pytest.param(
        "2015-08-31T12:00",
        "IS executes",
        "BEIRUT (AFP) - Islamic State jihadists executed 12 men in Palmyra, which they seized last month, the Observatory said on Monday. The killings took place on Saturday in the town's Roman theatre.",
        [("2015-08-29", "Palmyra", ["isis"], [12], None)],
        id="k7a",
    ),
    pytest.param(
        "2018-07-02T12:00",
        "Daraa offensive",
        "AMMAN (Reuters) - Russian jets struck the town of Tafas on Sunday, killing eight civilians, rescue workers said. The army has taken Busr al-Harir and a string of villages since launching its offensive last week.",
        [("2018-07-01", "Tafas", ["russia"], [8], None)],
        id="k8a",
    ),
    pytest.param(
        "2018-01-29T12:00",
        "Afrin",
        "ISTANBUL (Reuters) - Turkish air strikes killed 11 civilians in the village of Jalama in the Afrin region on Sunday, the YPG said. The Turkish military said it had hit 153 targets since the start of the operation.",
        [("2018-01-28", "Jalama", ["turkey"], [11], None)],
        id="k8b",
    ),
    pytest.param(
        "2014-10-02T12:00",
        "Homs school blasts",
        "BEIRUT (AP) - Twin bombings outside a school in the Akrama neighbourhood of Homs killed 39 people, most of them children, on Wednesday, activists said.",
        [("2014-10-01", "Akrama", [], [39], None)],
        id="k9a",
    ),
    pytest.param(
        "2016-02-22T12:00",
        "Sayyida Zeinab blasts",
        "DAMASCUS (Reuters) - A series of bombings killed 83 people near the Sayyida Zeinab shrine south of Damascus on Sunday. Islamic State claimed responsibility.",
        [("2016-02-21", "Sayyida Zeinab", ["isis"], [83], None)],
        id="k9b",
    ),
    pytest.param(
        "2013-08-22T12:00",
        "Ghouta",
        "BEIRUT (Reuters) - Syrian opposition activists accused government forces of launching a poison gas attack on the towns of Zamalka and Ein Tarma in the Damascus suburbs on Wednesday, saying hundreds had died.",
        [("2013-08-21", "Zamalka", ["syrian-government"], None, None)],
        id="r01",
    ),
    pytest.param(
        "2015-08-17T12:00",
        "Douma market",
        "BEIRUT (AP) - Government warplanes struck a crowded vegetable market in the rebel-held town of Douma on Sunday, killing at least 96 people, the Syrian Observatory for Human Rights said.",
        [("2015-08-16", "Douma", ["syrian-government"], [96], None)],
        id="r02",
    ),
    pytest.param(
        "2018-03-06T12:00",
        "Hammouriyeh",
        "BEIRUT (AFP) - Russian and Syrian aircraft pounded Hammouriyeh in Eastern Ghouta on Monday, killing 14 civilians, a monitor said. Faylaq al-Rahman said its fighters repelled an assault near Beit Sawa.",
        [("2018-03-05", "Hammouriyeh", ["russia", "syrian-government"], [14], None)],
        id="r03",
    ),
    pytest.param(
        "2017-11-16T12:00",
        "Jaish al-Islam shells",
        "DAMASCUS (SANA) - Shells fired by Jaish al-Islam terrorists struck the Bab Touma neighborhood of Damascus on Wednesday, killing two civilians and wounding nine.",
        [("2017-11-15", "Bab Touma", ["opposition-unspecified"], [2], 9)],
        id="r04",
    ),
    pytest.param(
        "2012-12-30T12:00",
        "Deir Baalba",
        "BEIRUT (Reuters) - Activists said on Sunday they had found the bodies of at least 30 people in the Deir Baalba district of Homs, blaming pro-Assad militiamen who stormed the area on Saturday.",
        [("2012-12-29", "Deir Baalba", ["syrian-government"], [30], None)],
        id="r05",
    ),
    pytest.param(
        "2012-05-26T12:00",
        "Houla",
        "BEIRUT (AP) - United Nations monitors said on Saturday that at least 92 people, including 32 children, were killed in the Houla area of Homs province on Friday. Activists blamed government shelling and shabiha militias.",
        [("2012-05-25", "Houla", ["syrian-government"], [92], None)],
        id="r06",
    ),
    pytest.param(
        "2015-02-09T12:00",
        "Waer",
        "HOMS (Reuters) - Government forces shelled the besieged al-Waer district of Homs on Sunday, killing five people, a monitoring group said.",
        [("2015-02-08", "Waer", ["syrian-government"], [5], None)],
        id="r07",
    ),
    pytest.param(
        "2017-03-14T12:00",
        "Daraa al-Balad",
        "AMMAN (Reuters) - Syrian army helicopters dropped barrel bombs on Daraa al-Balad on Monday, killing seven people, rebels said, as fighting raged in the southern city's Manshiyeh district.",
        [("2017-03-13", "Daraa al-Balad", ["syrian-government"], [7], None)],
        id="r08",
    ),
    pytest.param(
        "2016-06-28T12:00",
        "Quneitra",
        "BEIRUT (AP) - A car bomb exploded at a rebel checkpoint near the town of Jubata al-Khashab in Quneitra province on Monday, killing six fighters, activists said. No group claimed the attack.",
        [("2016-06-27", "Jubata al-Khashab", ["unknown"], [6], None)],
        id="r09",
    ),
    pytest.param(
        "2018-06-28T12:00",
        "Nawa",
        "AMMAN (Reuters) - Government air strikes killed 17 civilians in the town of al-Mseifra in eastern Daraa on Wednesday, including five children hiding in a basement, a civil defence official said.",
        [("2018-06-27", "Mseifra", ["syrian-government"], [17], None)],
        id="r10",
    ),
    pytest.param(
        "2017-05-26T12:00",
        "Mayadin",
        "BEIRUT (Reuters) - Air strikes by the U.S.-led coalition killed 35 civilians, most of them relatives of Islamic State fighters, in the town of al-Mayadin in Deir ez-Zor province on Thursday night, the Observatory said.",
        [("2017-05-25", "Mayadin", ["coalition"], [35], None)],
        id="r11",
    ),
    pytest.param(
        "2016-01-18T12:00",
        "Baghaliyeh massacre",
        "DAMASCUS (AFP) - Islamic State fighters killed at least 135 people, most of them civilians, when they overran the Baghaliyeh district of Deir ez-Zor on Saturday, the monitor said.",
        [("2016-01-16", "Baghaliyeh", ["isis"], [135], None)],
        id="r12",
    ),
    pytest.param(
        "2017-07-20T12:00",
        "Tabqa",
        "BEIRUT (Reuters) - A car bomb killed five SDF fighters at a checkpoint outside Tabqa on Wednesday. Islamic State claimed the attack through its Amaq news agency.",
        [("2017-07-19", "Tabqa", ["isis"], [5], None)],
        id="r14",
    ),
    pytest.param(
        "2018-03-17T12:00",
        "Afrin hospital",
        "BEIRUT (Reuters) - A Turkish air strike hit the main hospital in Afrin city on Friday, killing 16 civilians, the Observatory said. Ankara denied targeting the hospital.",
        [("2018-03-16", "Afrin", ["turkey"], [16], None)],
        id="r15",
    ),
    pytest.param(
        "2016-07-20T12:00",
        "Manbij",
        "BEIRUT (AFP) - Air strikes by the US-led coalition killed at least 56 civilians in the village of Tokhar near Manbij on Tuesday, the Observatory said.",
        [("2016-07-19", "Tokhar", ["coalition"], [56], None)],
        id="r16",
    ),
    pytest.param(
        "2016-10-20T12:00",
        "Turkish jets hit YPG",
        "ISTANBUL (Reuters) - Turkish warplanes struck Kurdish YPG militia positions near the Syrian town of Tel Rifaat on Wednesday night, killing up to 200 militants, the army said. The YPG put its losses at nine.",
        [("2016-10-19", "Tel Rifaat", ["turkey"], [9, 200], None)],
        id="r17",
    ),
    pytest.param(
        "2019-08-02T12:00",
        "Turkish-backed rebels",
        "BEIRUT (AP) - Turkish-backed rebels shelled the village of Ayn Daqnah near Tal Rifaat on Thursday, killing two children, a Kurdish news agency said.",
        [("2019-08-01", "Ayn Daqnah", ["opposition-unspecified"], [2], None)],
        id="r18",
    ),
    pytest.param(
        "2017-01-21T12:00",
        "Palmyra",
        "BEIRUT (Reuters) - Islamic State militants have destroyed part of the Roman theatre in Palmyra and beheaded four government soldiers in the ancient city, the head of antiquities said on Friday.",
        [(("2017-01-20", "2017-01-19"), "Palmyra", ["isis"], [4], None)],
        id="r19",
    ),
    pytest.param(
        "2016-03-28T12:00",
        "Qaryatain",
        "DAMASCUS (SANA) - Army units killed scores of ISIS terrorists in al-Qaryatain in the eastern Homs countryside on Sunday and destroyed their vehicles, a military source said.",
        [("2016-03-27", "Qaryatain", ["syrian-government"], None, None)],
        id="r20",
    ),
    pytest.param(
        "2017-09-26T12:00",
        "Idlib raids",
        "BEIRUT (Reuters) - Russian air strikes killed 11 civilians in the town of Jisr al-Shughour on Monday, rescue workers said, in an escalation that has put the Idlib de-escalation zone under strain.",
        [("2017-09-25", "Jisr al-Shughour", ["russia"], [11], None)],
        id="r21",
    ),
    pytest.param(
        "2019-07-23T12:00",
        "Maarat al-Numan market",
        "BEIRUT (AP) - Air strikes on a busy market in Maarat al-Numan killed at least 31 people on Monday, the White Helmets said, blaming Russian and Syrian government planes.",
        [("2019-07-22", "Maarat al-Numan", ["russia", "syrian-government"], [31], None)],
        id="r22",
    ),
    pytest.param(
        "2019-05-20T12:00",
        "Kafr Nabuda",
        "BEIRUT (Reuters) - Hayat Tahrir al-Sham fighters counter-attacked in Kafr Nabuda in northern Hama on Sunday, killing 26 soldiers, the Observatory said.",
        [("2019-05-19", "Kafr Nabuda", ["hts"], [26], None)],
        id="r23",
    ),
    pytest.param(
        "2016-08-30T12:00",
        "Helfaya",
        "BEIRUT (AFP) - Rebels led by Jund al-Aqsa shelled the government-held town of Mhardeh in Hama province on Monday, killing three civilians, state media said.",
        [("2016-08-29", "Mhardeh", ["hurras-al-din", "opposition-unspecified"], [3], None)],
        id="r24",
    ),
    pytest.param(
        "2018-09-05T12:00",
        "Idlib",
        "BEIRUT (AP) - Russian warplanes carried out some 30 strikes on villages in the southwestern Idlib area of Jisr al-Shughour on Tuesday, killing nine civilians including five children in the village of Mhambel, activists said.",
        [("2018-09-04", "Mhambel", ["russia"], [9], None)],
        id="r25",
    ),
    pytest.param(
        "2013-02-19T12:00",
        "Scud on Aleppo",
        "ALEPPO (AFP) - A surface-to-surface missile slammed into the Jabal Badro district of Aleppo on Monday night, flattening buildings and killing at least 20 people, activists said. They accused the regime of firing the missile.",
        [("2013-02-18", "Jabal Badro", ["syrian-government"], [20], None)],
        id="r26",
    ),
    pytest.param(
        "2016-07-25T12:00",
        "Sheikh Maqsoud",
        "ALEPPO (SANA) - Five civilians were killed on Sunday when rebel groups fired gas-laden shells at the Sheikh Maqsoud district, which is held by Kurdish fighters, a local official said.",
        [("2016-07-24", "Sheikh Maqsoud", ["opposition-unspecified"], [5], None)],
        id="r27",
    ),
    pytest.param(
        "2016-11-21T12:00",
        "Children's hospital",
        "BEIRUT (Reuters) - Barrel bombs dropped by government helicopters struck the al-Shaar and Masaken Hanano neighbourhoods of eastern Aleppo on Sunday, killing 27 people, a rescue worker said.",
        [("2016-11-20", "Shaar", ["syrian-government"], [27], None)],
        id="r28",
    ),
    pytest.param(
        "2018-12-02T12:00",
        "Coalition strike near Hajin",
        "BEIRUT (Reuters) - An air strike by the U.S.-led coalition killed 11 civilians, among them four children, in the village of Abu Hamam near Hajin on Saturday, the Syrian Observatory for Human Rights said. The coalition said it was looking into the report.",
        [("2018-12-01", "Abu Hamam", ["coalition"], [11], None)],
        id="u01",
    ),
    pytest.param(
        "2017-12-04T12:00",
        "Daesh attack",
        "BEIRUT (AFP) - Islamic State fighters attacked the village of al-Shaytat in eastern Deir ez-Zor on Sunday, killing seven members of a tribal militia allied with the SDF, a monitor said.",
        [("2017-12-03", "Shaytat", ["isis"], [7], None)],
        id="u02",
    ),
    pytest.param(
        "2018-06-19T12:00",
        "Yadouda",
        "AMMAN (AP) - Government shelling of the village of Yadouda west of Daraa killed three members of one family on Monday, a local rescue worker said.",
        [("2018-06-18", "Yadouda", ["syrian-government"], [3], None)],
        id="u03",
    ),
    pytest.param(
        "2018-02-27T12:00",
        "Jisreen",
        "BEIRUT (AFP) - Syrian and Russian warplanes pounded the town of Jisreen in Eastern Ghouta on Monday despite a U.N. call for a ceasefire, killing six civilians, the Observatory said.",
        [("2018-02-26", "Jisreen", ["russia", "syrian-government"], [6], None)],
        id="u05",
    ),
    pytest.param(
        "2018-01-24T12:00",
        "Afrin villages",
        "ISTANBUL (Reuters) - Turkish artillery shelled the village of Maabatli and the nearby hamlet of Sheikh Hadid in the Afrin region on Tuesday, wounding 14 civilians, the YPG said.",
        [("2018-01-23", "Maabatli", ["turkey"], None, 14)],
        id="u06",
    ),
    pytest.param(
        "2017-02-10T12:00",
        "al-Bab",
        "BEIRUT (AP) - Turkish warplanes struck the town of Qabasin east of al-Bab on Thursday, killing 12 civilians, activists said. Ankara said its jets hit Islamic State positions.",
        [("2017-02-09", "Qabasin", ["turkey"], [12], None)],
        id="u07",
    ),
    pytest.param(
        "2015-07-15T12:00",
        "Hasakah",
        "BEIRUT (Reuters) - Islamic State militants detonated a car bomb at a checkpoint of the Kurdish YPG militia in the village of Tell Hamidiyeh south of Hasakah on Tuesday, killing five fighters, the Observatory said.",
        [("2015-07-14", "Tell Hamidiyeh", ["isis"], [5], None)],
        id="u08",
    ),
    pytest.param(
        "2019-05-08T12:00",
        "Hama countryside",
        "BEIRUT (AFP) - Syrian government helicopters dropped barrel bombs on the town of Kafr Zita in northern Hama on Tuesday, killing two civilians, a war monitor said.",
        [("2019-05-07", "Kafr Zita", ["syrian-government"], [2], None)],
        id="u09",
    ),
    pytest.param(
        "2017-11-14T12:00",
        "Atareb market",
        "BEIRUT (Reuters) - Air strikes on a market in the town of al-Atareb west of Aleppo killed at least 53 people on Monday, rescue workers said. The Observatory said it believed Russian jets carried out the raids.",
        [("2017-11-13", "Atareb", ["russia"], [53], None)],
        id="u10",
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "expected"), WIRE_PROBES)
def test_wire_probe(published, title, body, expected):
    events = _events(body, title=title, published=dt.datetime.fromisoformat(published))
    assert len(events) == len(expected), [(e["first"], e["place"] and e["place"]["text"]) for e in events]
    left = list(events)
    for day, place, sides, killed, wounded in expected:
        days = {day} if isinstance(day, str) else set(day)
        found = next(
            e
            for e in sorted(left, key=lambda e: sorted(e["perpetrators"]) != sides)
            if any(
                place.lower() in f"{p.get('text')} {p.get('name')}".lower() for p in [e["place"] or {}, *e["places"]]
            )
        )
        left.remove(found)
        assert (found["first"] in days, sorted(found["perpetrators"])) == (True, sides)
        assert killed is None or set(killed) & set(_killed(found)), _killed(found)
        assert wounded is None or wounded in {c["wounded"] for c in found["claims"]}


# --- who took a place, told of the place hit


def test_the_sides_that_took_the_place_hit_in_a_relative_clause_are_no_party():
    events = _events(
        "Turkish shelling killed four civilians on Monday in Tal Rifaat, which the YPG seized from rebels in 2016."
    )
    assert [e["perpetrators"] for e in events] == [["turkey"]]


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        ("Russian aerial bombings of Saraqib killed 12 civilians on Monday.", ["russia"]),
        ("Syrian aerial bombardment of Douma killed nine people on Monday.", ["syrian-government"]),
    ],
)
def test_a_nationality_before_an_aerial_bombing_names_its_side(body, sides):
    assert [e["perpetrators"] for e in _events(body)] == [sides]

"""English agency and wire articles (a third held-out round): counts of time spelled in words before "ago" for every
count a wire writes, and what a wire tells around an incident that is the same incident again (texts written for
these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.dates import tag_dates
from timeline.extract import extract_article

D = dt.date


def _events(body: str, published: str, title: str = "Update") -> list[dict]:
    day = dt.datetime.fromisoformat(published).replace(hour=12)
    article = Article(key="p", text=f"{title}\n\n{body}", published=day, language="en", source="test")
    return extract_article(article)["events"]


# --- a count of weeks, months or years spelled in words before "ago" is a point that far back


@pytest.mark.parametrize(
    ("text", "found", "first"),
    [
        ("The protests that started the war broke out eight years ago in the south.", "eight years ago", D(2011, 1, 1)),
        ("Rebels lost the hill four years ago and never came back.", "four years ago", D(2015, 1, 1)),
        ("The town has been in ruins since it was stormed nine years ago.", "nine years ago", D(2010, 1, 1)),
        ("The bridge was blown up eight months ago by retreating fighters.", "eight months ago", D(2018, 7, 6)),
        ("Residents fled four weeks ago when the shelling began.", "four weeks ago", D(2019, 2, 6)),
    ],
)
def test_a_count_of_time_in_words_before_ago_is_that_far_back(text, found, first):
    published = dt.datetime(2019, 3, 6, 10, 0)
    assert [(m.text, m.first) for m in tag_dates(text, published, "en") if not m.since] == [(found, first)]


# --- a weekday after "prepare to", "planning to", "intends to" is ahead, not past


@pytest.mark.parametrize(
    "text",
    [
        "The fighting comes as Russia and Iran prepare to host talks in Astana on Monday.",
        "The envoy is preparing to visit Damascus on Monday.",
        "The rebels said they intend to attend the meeting on Monday.",
        "The army is planning to reopen the highway on Monday.",
    ],
)
def test_a_weekday_after_a_verb_of_planning_is_ahead(text):
    published = dt.datetime(2019, 3, 6, 10, 0)
    assert [(m.first, m.last) for m in tag_dates(text, published, "en")] == [(D(2019, 3, 11), D(2019, 3, 11))]


# --- the other side's figures told "in the same battle" are its account of the incident just told, not another


@pytest.mark.parametrize(
    ("body", "sides", "killed"),
    [
        (
            "Kurdish-led fighters pushed into the village of Sabha on Wednesday after heavy clashes in which 30 Islamic "
            "State militants were killed, an SDF commander said. Islamic State said on its news agency that it had "
            "killed 12 SDF fighters in the same fighting.",
            {"sdf", "isis"},
            {30, 12},
        ),
        (
            "Government troops took the hill of Tal Jabin on Wednesday after clashes that killed 20 rebels, state "
            "media said. The rebels said they had killed 15 soldiers in the same battle.",
            {"syrian-government"},
            {20, 15},
        ),
        (
            "Islamic State fighters stormed an army checkpoint outside the town of Sukhnah on Wednesday and killed "
            "nine soldiers, the monitor said. The army said its troops killed 25 Islamic State militants in the same "
            "assault.",
            {"isis", "syrian-government"},
            {9, 25},
        ),
        (
            "SDF units fought their way into the Mashlab district of Raqqa on Wednesday, killing 14 Islamic State "
            "militants, a spokesman said. Islamic State said it killed 11 SDF fighters in the same clashes.",
            {"sdf", "isis"},
            {14, 11},
        ),
    ],
)
def test_the_other_sides_figures_in_the_same_battle_are_the_same_incident(body, sides, killed):
    events = _events(body, "2019-05-09")
    assert [e["first"] for e in events] == ["2019-05-08"]
    assert set(events[0]["perpetrators"]) == sides
    assert {c["killed"] for c in events[0]["claims"] if c.get("killed")} == killed


# --- in state media "the terrorists" with the article, after a jihadist group told as "X terrorists", is that group


@pytest.mark.parametrize(
    ("body", "side"),
    [
        (
            "Army troops thwarted an assault by ISIS terrorists near Sukhnah on Sunday. The terrorists attacked the "
            "village of Tell Hamam at dawn and 20 of them were killed, a military source said.",
            "isis",
        ),
        (
            "The desert villages east of Salamiyah have long been hit by Daesh terrorists. On 3 June 2016 the "
            "terrorists stormed the village of Tell Hamam, killing 12 civilians.",
            "isis",
        ),
        (
            "Army units clashed with Jabhat al-Nusra terrorists near Kafr Nabl on Sunday. A source said the terrorists "
            "shelled the village of Tell Hamam afterwards, injuring three people.",
            "hts",
        ),
    ],
)
def test_the_terrorists_after_a_named_jihadist_group_are_that_group(body, side):
    events = _events(body, "2019-08-13")
    hit = [e for e in events if e["place"]["text"] == "Tell Hamam"]
    assert len(hit) == 1 and hit[0]["perpetrators"] == [side]


def test_the_terrorists_with_no_group_named_stay_the_generic_side():
    events = _events(
        "A source said the terrorists shelled the village of Tell Hamam on Sunday, injuring three.", "2019-08-13"
    )
    assert [e["perpetrators"] for e in events] == [["opposition-unspecified"]]


# --- "the (eastern) countryside of X" is the land around the town, as "X countryside", not the town


@pytest.mark.parametrize(
    "body",
    [
        "Army units repelled an attack by ISIS on villages in the eastern countryside of Salamiyah on Wednesday.",
        "Jets struck farms in the countryside of Maarat al-Numan on Wednesday, the monitor said.",
        "Rebels shelled army posts in the southern countryside of Aleppo on Wednesday.",
    ],
)
def test_the_countryside_of_a_town_is_a_region(body):
    events = _events(body, "2019-05-09")
    assert [e["place"]["precision"] for e in events] == [3]


# --- a dateline's city is where the report was filed, also when the body names it again with a cue word


@pytest.mark.parametrize(
    "body",
    [
        "Hama, SANA - Army units repelled an ISIS attack on the village of Tell Hamam on Wednesday, killing 20 of the "
        "attackers. Separately, a shell fell on Hama city on Tuesday, injuring two people.",
        "Homs, SANA - ISIS militants attacked the village of Tell Hamam on Wednesday, killing four soldiers. "
        "Separately, a mortar round hit the city of Homs on Tuesday, injuring a child.",
        "Aleppo, SANA - Rebels attacked the village of Tell Hamam on Wednesday and killed four soldiers. "
        "Separately, a rocket landed in Aleppo city on Tuesday, wounding three.",
    ],
)
def test_a_datelines_city_named_again_in_the_body_is_no_place_of_the_lead(body):
    events = _events(body, "2019-05-09")
    lead = next(e for e in events if e["first"] == "2019-05-08")
    assert [p["text"] for p in [lead["place"], *lead["places"]]] == ["Tell Hamam"]


# --- "a Free Syrian Army commander": the adjective inside the group's name makes no Syrian army commander


@pytest.mark.parametrize(
    ("body", "sides", "counted"),
    [
        (
            "A Free Syrian Army commander was killed in clashes with Kurdish fighters near the village of Kafr Zita on "
            "Tuesday.",
            {"fsa", "sdf"},
            "fsa",
        ),
        (
            "Kurdish fighters shelled the village of Kafr Zita on Tuesday, killing a Free Syrian Army commander and two "
            "civilians.",
            {"sdf"},
            "fsa",
        ),
    ],
)
def test_a_free_syrian_army_commander_is_of_the_fsa(body, sides, counted):
    events = _events(body, "2019-03-06")
    assert [set(e["perpetrators"]) for e in events] == [sides]
    assert {c["of"] for c in events[0]["claims"] if c.get("killed") == 1} == {counted}


# --- gunmen told as unknown have an unknown perpetrator: no side firing elsewhere in the report is lent to them

_SHELLED_BEFORE = "Government forces shelled the rebel-held town of Morek on Sunday, killing three civilians. "
_BOMBED_BEFORE = "A roadside bomb planted by rebels killed two soldiers near the town of Morek on Sunday. "


@pytest.mark.parametrize(
    "body",
    [
        _SHELLED_BEFORE + "On Tuesday unknown gunmen shot dead a former rebel commander outside his home in the "
        "village of Kafr Zita, activists said.",
        _SHELLED_BEFORE + "On Tuesday unidentified assailants shot dead a former rebel commander in the village of "
        "Kafr Zita.",
        _BOMBED_BEFORE + "On Tuesday masked gunmen stormed a shop in the village of Kafr Zita and killed its owner.",
    ],
)
def test_gunmen_told_as_unknown_have_an_unknown_perpetrator(body):
    events = _events(body, "2019-03-06")
    assert [e["perpetrators"] for e in events if e["place"]["text"] == "Kafr Zita"] == [["unknown"]]


# --- a mine left over from the fighting, a blast its teller names no one for, and attacks "none of which" anyone
# claimed are nobody's: the side that planted the report's other bomb is not lent to them


@pytest.mark.parametrize(
    "body",
    [
        _BOMBED_BEFORE + "On Tuesday an old mortar shell left over from the war exploded in the village of Kafr Zita, "
        "killing two boys.",
        _BOMBED_BEFORE + "On Tuesday a mine left over from previous fighting went off under a tractor near the village "
        "of Kafr Zita, killing the driver.",
        _BOMBED_BEFORE + "On Tuesday a car bomb killed four people in the village of Kafr Zita, the governor said, but "
        "he did not say who carried out the attack.",
        _BOMBED_BEFORE + "On Monday a bomb killed three soldiers near the village of Kafr Zita. On Tuesday another "
        "bomb wounded two policemen in the town of Latamna. No group has claimed responsibility for any of the attacks.",
    ],
)
def test_no_side_is_lent_to_a_leftover_or_unclaimed_bomb(body):
    events = _events(body, "2019-03-06")
    assert [e["perpetrators"] for e in events if e["place"]["text"] == "Kafr Zita"] == [[]]


# --- a lead telling in one breath the fire of two opposing sides, each told again after it, sums up two incidents


@pytest.mark.parametrize(
    ("body", "told"),
    [
        (
            "Rebel rockets on a government-held district of Hama and government air strikes on the rebel-held town of "
            "Latamna killed 15 people on Monday, a monitor said. The monitor said rockets fired by rebels hit the "
            "al-Arbaeen district, killing six. Separately, government jets struck Latamna, killing nine people.",
            {("al-Arbaeen", ("opposition-unspecified",), 6), ("Latamna", ("syrian-government",), 9)},
        ),
        (
            "Government shelling of the town of Kafr Zita and rebel mortar fire on the town of Mhardeh killed at least "
            "ten civilians on Monday. Rebels fired mortars at Mhardeh, killing four civilians, state media said. "
            "Elsewhere, army artillery pounded Kafr Zita, killing six, activists said.",
            {("Mhardeh", ("opposition-unspecified",), 4), ("Kafr Zita", ("syrian-government",), 6)},
        ),
        (
            "Air strikes by Russian jets on the town of Saraqeb and a rebel drone attack on the Hmeimim air base killed "
            "12 people on Monday. Russian jets bombed a market in Saraqeb, killing 12 civilians, rescuers said. Rebels "
            "launched drones at the Hmeimim base, the Russian defence ministry said.",
            {("Saraqeb", ("russia",), 12), ("Hmeimim", ("opposition-unspecified",), None)},
        ),
    ],
)
def test_a_lead_summing_up_two_sides_fire_gives_way_to_each_account(body, told):
    events = _events(body, "2019-03-05")
    found = {
        (e["place"]["text"], tuple(e["perpetrators"]), max((c["killed"] or 0 for c in e["claims"]), default=0) or None)
        for e in events
    }
    assert found == told


@pytest.mark.parametrize(
    "attacker",
    ["a rocket fired by the terrorists of Jabhat al-Nusra hit", "the militants of Hayat Tahrir al-Sham shelled"],
)
def test_the_anaphor_before_a_group_named_after_of_is_that_group(attacker):
    body = f"ISIS terrorists shelled the town of Sukhnah on Sunday, injuring two. On Monday {attacker} the village of "
    body += "Tell Hamam, injuring a woman."
    events = _events(body, "2019-08-13")
    assert [e["perpetrators"] for e in events if e["place"]["text"] == "Tell Hamam"] == [["hts"]]


# --- a linking word set off by commas after a source's name ("however", "meanwhile") is no part of the name


@pytest.mark.parametrize(
    ("second", "source"),
    [
        ("The Observatory, however, said six people were killed.", "The Observatory"),
        ("Local officials, meanwhile, put the toll at six.", "Local officials"),
        ("The civil defence, for its part, said six people were killed.", "The civil defence"),
        ("Rescuers, though, said six people had died.", "Rescuers"),
    ],
)
def test_a_linking_word_after_a_sources_name_is_no_part_of_it(second, source):
    body = "Rebels shelled the town of Mhardeh on Monday, killing four civilians, state media said. " + second
    events = _events(body, "2019-03-06")
    assert [c["source"] for c in events[0]["claims"] if c.get("killed") == 6] == [source]


# --- a nationality adjective before the guns or the ships that fire names the side firing


@pytest.mark.parametrize(
    ("body", "side"),
    [
        ("Turkish howitzers shelled YPG positions near the town of Tal Rifaat on Tuesday, a monitor said.", "turkey"),
        ("Russian warships fired cruise missiles at targets near the town of Maadan on Tuesday.", "russia"),
        ("Turkish mortar rounds struck the village of Ayn Daqnah on Tuesday, killing two fighters.", "turkey"),
        ("Turkish shells landed in the village of Shawarighat on Tuesday, wounding three civilians.", "turkey"),
    ],
)
def test_a_nationality_before_guns_or_ships_names_the_side_firing(body, side):
    assert [e["perpetrators"] for e in _events(body, "2017-08-16")] == [[side]]


# --- a count "since" a day at most two days back is the toll of those days' fire, not a running total


@pytest.mark.parametrize(
    ("second", "killed"),
    [
        ("The Turkish General Staff said 11 terrorists had been neutralized in the fire since Sunday.", 11),
        ("The monitor said nine YPG fighters had been killed in the shelling since Monday.", 9),
        ("Kurdish officials said the barrage has killed six civilians since Sunday.", 6),
        ("The Turkish General Staff said 11 terrorists had been neutralized since Thursday.", None),
        ("The monitor said 40 people had been killed there since 2016.", None),
    ],
)
def test_a_count_since_a_day_or_two_back_is_the_fires_toll(second, killed):
    body = "Turkish howitzers shelled YPG positions near the town of Tal Rifaat on Tuesday. " + second
    events = _events(body, "2017-08-15")
    assert [max((c["killed"] or 0 for c in e["claims"]), default=0) or None for e in events] == [killed]


# --- the day a wounded victim died in hospital, wherever the hospital stands, is no day of another incident

_MAREA = "Mortar rounds hit a market in the town of Marea on Sunday, killing two civilians. "


@pytest.mark.parametrize(
    "second",
    [
        "A woman wounded in the attack died in hospital on Monday, raising the toll to three.",
        "A man wounded in the attack died of his wounds in hospital in the Turkish border province of Kilis on "
        "Monday, raising the toll to three.",
        "One of the wounded died of his injuries in a hospital in Turkey early on Tuesday, raising the toll to three.",
    ],
)
def test_the_day_a_wounded_victim_died_in_hospital_is_no_other_incident(second):
    events = _events(_MAREA + second, "2017-08-15")
    assert [(e["first"], max(c["killed"] or 0 for c in e["claims"])) for e in events] == [("2017-08-13", 3)]


# --- the toll of the war told with its age ("the five-year conflict") is the whole war's, no incident's


@pytest.mark.parametrize(
    "second",
    [
        "More than 250,000 people have been killed in the five-year conflict.",
        "More than 300,000 people have been killed in the six-year war.",
        "Some 400,000 people have died in Syria's seven-year-old civil war.",
        "About 500,000 people have been killed in the eight-year-long conflict.",
    ],
)
def test_the_toll_of_the_war_told_with_its_age_is_no_incidents(second):
    body = "Rebels seized the village of Tell Hamam on Monday, killing 12 soldiers. " + second
    events = _events(body, "2016-04-12")
    assert [[c["killed"] for c in e["claims"] if c.get("killed")] for e in events] == [[12]]

"""English wire reports: the incident's place, the tolls and the incidents of one day (texts written for
these tests, in the project's own words)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from timeline.article import Article
from timeline.claims import attributions, figures
from timeline.extract import extract_article
from timeline.factions import bloc, factions
from timeline.incident_places import choose, cue_places, gazetteer_places, merge_candidates, repeated_settlements
from timeline.numbers import find_counts
from timeline.paths import LEXICON_DIR
from timeline.sentences import TextView, clauses

PUBLISHED = dt.datetime(2016, 10, 13, 9, 0)


def _events(text: str) -> list[dict]:
    article = Article(key="w", text=text, published=PUBLISHED, language="en", source="Test Wire")
    return extract_article(article)["events"]


def _places(event: dict) -> list[str]:
    return [p["text"] for p in [event["place"], *event["places"]] if p]


def test_the_area_points_back_to_the_place_named_in_its_own_clause():
    text = (
        "Strikes go on\n\n"
        "Thursday 13 October 2016. A deal will see fighters leave the town of Madaya for the north. "
        "Warplanes hit opposition-held quarters of east Aleppo several times before dawn amid raids on "
        "the area by government jets, a monitor said."
    )
    strikes = [e for e in _events(text) if e["type"] == "air_strike"]
    assert strikes and "Madaya" not in _places(strikes[0])
    assert "Aleppo" in _places(strikes[0])


def test_a_place_people_were_kept_from_entering_is_no_origin_of_fire():
    view = TextView("rescue crews were barred from entering northern Hama for days")
    kept, origins = choose(view.flat, gazetteer_places(view), 0, len(view.flat), [])
    assert [p.text for p in kept] == ["northern Hama"]
    assert origins == []


def test_fire_told_as_going_on_is_no_incident_but_strikes_amid_it_are():
    going_on = (
        "Truce frays\n\nThursday 13 October 2016. A pause announced by Moscow has not held, and clashes "
        "and shelling and air strikes have continued near the town ever since."
    )
    assert _events(going_on) == []
    amid = (
        "Strikes overnight\n\nThursday 13 October 2016. Government jets carried out ten strikes overnight on "
        "rebel-held parts of Idlib province amid an ongoing bombardment of the region, activists said."
    )
    assert [e["type"] for e in _events(amid)] == ["air_strike"]


def test_a_province_named_as_such_keeps_the_word_province():
    text = (
        "Raids in the north-west\n\nThursday 13 October 2016. In Idlib province air strikes killed eleven "
        "people on Wednesday, a monitor said."
    )
    events = _events(text)
    assert events and _places(events[0])[0] == "Idlib province"
    assert events[0]["place"]["name"] == "Idlib"


def test_the_same_jets_striking_in_another_governorate_tell_another_incident():
    text = (
        "Jets pound the north\n\nThursday 13 October 2016. Government jets struck the town of Saraqib on Wednesday, "
        "killing five people, a monitor said. Syrian warplanes also hit the insurgents hard with "
        "raids on their arms depots in Eastern Ghouta near the capital."
    )
    events = _events(text)
    assert len(events) == 2
    assert "Saraqib" in _places(events[0]) and "Eastern Ghouta" not in _places(events[0])
    assert "Eastern Ghouta" in _places(events[1])


def test_an_incident_told_only_as_recent_is_background():
    text = (
        "Army gains\n\nThursday 13 October 2016. Government forces shelled the town of Saraqib on Wednesday, "
        "killing two people, according to a monitor. Government troops backed by Russian jets have recently "
        "pushed forward against the insurgents north of Hama."
    )
    assert [_places(e) for e in _events(text)] == [["Saraqib"]]


def test_a_capital_before_ally_is_its_government_not_a_place():
    view = TextView("a news outlet backed by Damascus ally Hezbollah reported a blast in Homs")
    kept = merge_candidates(gazetteer_places(view), [], view.flat)
    assert [p.text for p in kept] == ["Homs"]


def test_the_subject_of_a_passive_toll_may_stand_far_from_were_killed():
    text = (
        "Blast hits convoy\n\nThursday 13 October 2016. A monitor said that 25 evacuees from the encircled "
        "villages of Zahraa and Nubl were killed when a car bomb struck their convoy near al-Bab "
        "on Wednesday."
    )
    (event,) = _events(text)
    assert event["type"] == "explosion"
    assert [c["killed"] for c in event["claims"]] == [25]
    assert "al-Bab" in _places(event)
    assert not {"Zahraa", "Nubl"} & set(_places(event))  # where the dead came from, not where they died


def test_n_of_them_after_a_count_is_part_of_it():
    text = "five people three of them women died in the attack"
    counts = find_counts(text, 0, len(text))
    assert [(c.value, c.breakdown) for c in counts if c.value] == [(5, False), (3, True)]
    assert [(f.kind, f.count.value) for f in figures(text, 0, len(text), counts, [])] == [("killed", 5)]


def test_barrel_bombs_with_their_own_dead_are_not_the_rebels_shelling():
    text = (
        "Shelling in Aleppo\n\nThursday 13 October 2016. Rebel shells killed at least seven people in the "
        "Sheikh Maqsoud district of Aleppo on Wednesday, a monitor said. In another quarter three people "
        "died in barrel bombs from helicopters, the monitor added on Wednesday."
    )
    events = _events(text)
    assert [(e["type"], e["perpetrators"]) for e in events] == [
        ("shelling", ["opposition-unspecified"]),
        ("air_strike", ["syrian-government"]),  # the barrels name their side (munition_users.csv)
    ]
    assert [c["killed"] for c in events[1]["claims"]] == [3]


def test_air_force_blocs_are_blocs_of_the_faction_table():
    with open(LEXICON_DIR / "air_forces.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    known = {bloc(f) for f in factions()}
    assert rows and all(r["bloc"] in known for r in rows)
    assert len({r["bloc"] for r in rows}) == len(rows)


def test_the_launch_of_a_campaign_weeks_before_the_report_is_background():
    text = (
        "Advance on the dam\n\nThursday 13 October 2016. Kurdish-led fighters captured two villages near the "
        "town of Manbij on Wednesday, a monitor said. The SDF launched its offensive on Raqqa in August and "
        "has since taken most of the province."
    )
    events = _events(text)
    assert [e["first"] for e in events] == ["2016-10-12"]


def test_a_village_introduced_once_is_a_place_where_it_is_named_again():
    view = TextView("rebels took the villages of Rasm and Tamoura. then the army moved to recapture Tamoura")
    places = merge_candidates(gazetteer_places(view), cue_places(view), view.flat)
    again = repeated_settlements(view, places)
    assert [(p.text, p.start > view.flat.index("recapture")) for p in again] == [("Tamoura", True)]


def test_a_source_named_before_said_starts_after_the_day_words():
    text = "jihadists attacked the village on wednesday morning the observatory chief said."
    (source,) = attributions(text, 0, len(text), [])
    assert text[source.start : source.end].strip() == "the observatory chief"


def test_a_road_named_before_is_the_place_of_what_happens_on_it():
    text = (
        "Siege of Aleppo\n\nThursday 13 October 2016. Families in Aleppo are running low on bread and medicine. The "
        "Castello Road was cut on Monday after army units seized a hilltop overlooking it. The eastern "
        "districts are now isolated. On Tuesday rebels launched an assault to drive the soldiers away from "
        "the road, a monitor said."
    )
    events = _events(text)
    assert len(events) == 2
    assert all("Castello Road" in _places(e) for e in events)


def test_a_war_told_since_a_year_is_the_state_of_things_not_an_incident():
    text = (
        "Strikes on Saraqib\n\nThursday 13 October 2016. Government jets struck the town of Saraqib on Wednesday, "
        "killing three people, a monitor said. Fighting between the army and dozens of rebel "
        "groups has gripped the country since 2011."
    )
    assert [e["first"] for e in _events(text)] == ["2016-10-12"]


@pytest.mark.parametrize("since", ["since mid-2012", "since early 2012", "since late March 2012"])
def test_a_war_told_since_a_part_of_a_year_is_the_state_of_things(since):
    # the part of the year ("mid", "early", "late": event_words.csv class year_part) between "since" and the year
    text = (
        "Jets hit Saraqib\n\nThursday 13 October 2016. Government jets struck the town of Saraqib on Wednesday, "
        f"killing three people, a monitor said. Fighting between the army and rebel groups has gone on {since}."
    )
    assert [e["first"] for e in _events(text)] == ["2016-10-12"]


def test_people_added_after_a_count_make_one_toll():
    for text, value in (
        ("a man and his two sons as well as another boy were killed", 4),
        ("one father and his son were found dead", 2),
        ("a man and a boy died", 2),
    ):
        counts = [c for c in find_counts(text, 0, len(text)) if c.value]
        assert [c.value for c in counts] == [value], text


def test_a_year_then_a_number_word_are_two_numbers():
    text = "friday 3 march 2017 one father and his son were found dead"
    assert [c.value for c in find_counts(text, 0, len(text))][-2:] == [2017, 2]


def test_a_toll_told_before_when_gives_the_clause_after_it_its_incident():
    text = (
        "Gas attack\n\nThursday 13 October 2016. A man and a girl died from the fumes after helicopters dropped "
        "chlorine barrels over the Sukkari district of Aleppo on Wednesday, a monitor said."
    )
    events = _events(text)
    assert [c["killed"] for e in events for c in e["claims"]] == [2]


def test_a_lead_summing_up_shelling_in_several_governorates_gives_way_to_each_account():
    text = (
        "Shells on three cities\n\nThursday 13 October 2016. Terrorists on Wednesday shelled the cities of "
        "Hama and Homs and the town of Saraqib in Idlib. In Hama a rocket launched by terrorists struck the "
        "al-Hader district killing two people. In Homs province terrorists lobbed a shell at the town of "
        "Talbiseh killing one child. Mortar rounds launched by terrorists hit the town of Saraqib injuring four "
        "people."
    )
    events = _events(text)
    assert len(events) == 3
    assert [_places(e)[0] for e in events] == ["al-Hader", "Talbiseh", "Saraqib"]
    assert events[0]["place"]["admin1"] == "Hama"  # the quarter read whole: no namesake town elsewhere


def test_a_toll_with_a_day_of_its_own_is_an_incident_of_that_day():
    text = (
        "Raids on Aleppo\n\nThursday 13 October 2016. Russian and Syrian jets pounded rebel-held districts of "
        "Aleppo on Thursday, a monitor said. 35 civilians were killed across the encircled quarters on Tuesday, "
        "the monitor said."
    )
    events = _events(text)
    assert [(e["first"], [c["killed"] for c in e["claims"]]) for e in events] == [
        ("2016-10-13", []),
        ("2016-10-11", [35]),
    ]
    assert events[1]["perpetrators"] == events[0]["perpetrators"]


def test_a_stop_after_a_year_or_a_large_number_ends_the_sentence():
    flat = TextView("Aleppo has been divided since 2012. Rebels fired 300 shells. Item 1. stays").flat
    starts = sorted(
        {min(c.start for c in clauses(flat) if c.sentence == n) for n in {c.sentence for c in clauses(flat)}}
    )
    assert [flat[s : s + 6] for s in starts] == ["aleppo", "rebels", "item 1"]  # not after "1."


def test_the_toll_of_the_whole_war_is_no_incident_figure():
    text = (
        "Shelling\n\nThursday 13 October 2016. Rebel shells killed two people in the town of Mhardeh on Wednesday, "
        "a monitor said. A rights group estimates the conflict has claimed about 350000 lives."
    )
    assert [[c["killed"] for c in e["claims"]] for e in _events(text)] == [[2]]


def test_forces_that_fended_off_an_attack_are_not_its_perpetrators():
    text = (
        "Attack repelled\n\nThursday 13 October 2016. Troops fended off a dawn attack by rebels on the "
        "town of Mhardeh on Wednesday, a monitor said."
    )
    assert [e["perpetrators"] for e in _events(text)] == [["opposition-unspecified"]]


def test_the_towns_evacuees_came_from_are_no_place_of_the_blast():
    view = TextView("the bomb struck a convoy of evacuees from the two loyalist towns of Kefraya and Foua")
    kept, origins = choose(view.flat, gazetteer_places(view), 0, len(view.flat), [])
    assert kept == [] and [p.text for p in origins] == ["Kefraya", "Foua"]


def test_a_side_that_suffered_a_blow_in_strikes_is_their_target():
    text = (
        "Strikes in the north\n\nThursday 13 October 2016. Government jets struck the town of Saraqib on Wednesday, "
        "a monitor said. Jaish al-Fath fighters suffered losses in more raids on their bases near the "
        "town of Binnish."
    )
    assert all("opposition-unspecified" not in e["perpetrators"] for e in _events(text))


def test_a_lead_in_two_governorates_is_no_summary_of_a_campaign_begun_weeks_before():
    text = (
        "Rockets on a bakery\n\nTuesday 20 March 2018. Rebels on Tuesday fired rockets at a bakery in the town of "
        "Sahnaya, south-west of Damascus. Army units shelled Harasta near Damascus on 2 February."
    )
    article = Article(key="w", text=text, published=dt.datetime(2018, 3, 20, 9, 0), language="en", source="Wire")
    events = extract_article(article)["events"]
    march = [e for e in events if e["first"] == "2018-03-20"]
    assert len(march) == 1 and "Sahnaya" in _places(march[0])


def test_fighting_told_with_no_side_is_apart_from_air_strikes_on_the_same_city():
    text = (
        "Strikes and fighting\n\nThursday 13 October 2016. Russian jets bombed the village of Kafr Hamra, north of "
        "Aleppo city, on Wednesday, killing 20 people, a monitor said. Also on Wednesday, state television "
        "reported that 30 insurgents died in street battles in the Bani Zeid and Ashrafiyeh quarters of Aleppo."
    )
    events = _events(text)
    assert sorted(e["type"] for e in events) == ["air_strike", "armed_clash"]
    fight = next(e for e in events if e["type"] == "armed_clash")
    assert "Bani Zeid" in _places(fight) and [c["killed"] for c in fight["claims"]] == [30]


def test_a_group_stationed_in_a_quarter_that_fires_fired_from_there():
    view = TextView(
        "Gunmen stationed in the Bustan al-Basha area fired mortars on the Midan quarter of Aleppo after dark"
    )
    places = merge_candidates(gazetteer_places(view), cue_places(view), view.flat)
    kept, origins = choose(view.flat, places, 0, len(view.flat), [])
    assert [p.text for p in kept][:1] == ["Midan"]
    assert [p.text for p in origins] == ["Bustan al-Basha"]


def test_a_group_named_in_an_area_that_then_fires_fired_from_there():
    # the group noun stands where "stationed" would: "rebels in X fired … at Y" hit Y
    view = TextView("Insurgents in the Latamneh pocket fired rockets on Tuesday at homes in the town of Suqaylabiyah")
    places = merge_candidates(gazetteer_places(view), cue_places(view), view.flat)
    kept, origins = choose(view.flat, places, 0, len(view.flat), [])
    assert [p.text for p in kept][:1] == ["Suqaylabiyah"]
    assert [p.text for p in origins] == ["Latamneh"]


def test_a_group_stationed_in_a_town_that_is_hit_keeps_the_town():
    text = (
        "Jets over Hama\n\nThursday 13 October 2016. Warplanes hit fighters deployed in the town of Kafr Zita "
        "on Wednesday, state media said."
    )
    [event] = _events(text)
    assert event["place"]["text"] == "Kafr Zita"


def test_a_battle_and_a_rocket_are_incidents():
    battle = (
        "Battle in the north\n\nThursday 13 October 2016. A fierce battle raged between rebels and Kurdish "
        "fighters around the town of Tal Rifaat on Wednesday, a monitor said."
    )
    assert [e["type"] for e in _events(battle)] == ["armed_clash"]
    rocket = (
        "School hit\n\nThursday 13 October 2016. Rebels fired a rocket that struck a school in the Hamdaniyeh "
        "quarter of Aleppo on Wednesday, state media said."
    )
    assert [e["type"] for e in _events(rocket)] == ["shelling"]
    container = (
        "Bombs on a town\n\nThursday 13 October 2016. Regime forces struck the town of Saraqib with container "
        "bombs on Wednesday, a monitor said."
    )
    assert [e["type"] for e in _events(container)] == ["air_strike"]


def test_what_happened_meanwhile_keeps_its_place_and_side_off_the_incident():
    text = (
        "Blast at a checkpoint\n\nThursday 13 October 2016. A truck bomb went off at a checkpoint in the town of "
        "Azaz on Wednesday, killing twelve, as Kurdish-led units pushed toward the town of Tabqa, a monitor said."
    )
    blast = next(e for e in _events(text) if e["type"] == "explosion")
    assert _places(blast)[0] == "Azaz" and "Tabqa" not in _places(blast)
    assert "sdf" not in blast["perpetrators"]


def test_the_city_of_a_wire_dateline_is_no_place_of_the_incident():
    for dateline in ("DAMASCUS, Oct. 13 (Xinhua) --", "DAMASCUS, Syria (Reuters) -", "DAMASCUS (AP) —"):
        text = (
            f"Army shells militants\n\n{dateline} Army units shelled militant positions in the northern "
            "countryside of Hama province on Wednesday, killing 15 of them, state news agency SANA said."
        )
        [event] = _events(text)
        assert event["place"]["admin1"] == "Hama", dateline
        assert "Damascus" not in _places(event), dateline


def test_a_bombing_no_group_claimed_gets_no_shooter_from_the_rest_of_the_report():
    text = (
        "Market bombing\n\nThursday 13 October 2016. A bomb exploded at a market in the town of Jarablus on "
        "Wednesday, killing four people, the monitor said. No group claimed responsibility. Separately, "
        "Islamic State militants attacked Kurdish-led forces near the city of Hasaka on Wednesday, sparking "
        "clashes that killed 14 fighters, the monitor said."
    )
    blast = next(e for e in _events(text) if e["type"] == "explosion")
    assert blast["perpetrators"] == []


def test_an_agency_named_after_a_city_with_no_mark_between_leaves_the_city_a_place():
    view = TextView("Shells fall on Hama SANA Two people were hurt when shells hit Hama")
    places = merge_candidates(gazetteer_places(view), cue_places(view), view.flat)
    assert [p.text for p in places][:1] == ["Hama"]


def test_an_incident_told_a_day_after_another_dates_that_one_the_day_before():
    text = (
        "Barrels on Aleppo\n\nThursday 13 October 2016. Helicopters struck the Mashhad quarter of Aleppo with barrel "
        "bombs on Wednesday, a day after jets had killed 20 residents of the city in a wave of raids, a monitor said."
    )
    days = {e["first"]: [c["killed"] for c in e["claims"]] for e in _events(text)}
    assert days == {"2016-10-12": [], "2016-10-11": [20]}


def test_strikes_told_in_one_province_take_no_details_from_another():
    text = (
        "Strikes after drone attack\n\nThursday 13 October 2016. Russian warplanes struck militant positions in "
        "Idlib province on Wednesday, the defence ministry said, after drones launched by the militants targeted "
        "the Hmeimim air base in Latakia province. The ministry said its air defences downed six drones near the base."
    )
    russian = [e for e in _events(text) if e["perpetrators"] == ["russia"] and "Idlib province" in _places(e)]
    assert russian and all("Hmeimim air base" not in _places(e) for e in russian)


def test_the_town_evacuees_come_from_is_no_place_of_the_blast():
    text = (
        "Checkpoint bombing\n\nThursday 13 October 2016. A roadside bomb killed 40 people near a checkpoint outside "
        "Aleppo on Wednesday, a monitor said. Zabadani evacuees waiting nearby told reporters they had heard the explosion."
    )
    [event] = _events(text)
    assert event["place"]["admin1"] == "Aleppo" and "Zabadani" not in _places(event)


def test_air_strikes_backing_a_ground_advance_are_not_the_incident_told():
    text = (
        "Village retaken\n\nThursday 13 October 2016. Army units, with the support of Russian warplanes, "
        "recaptured Tal Rifaat village on Wednesday, a monitor said."
    )
    assert [e["type"] for e in _events(text)] == ["attack"]


def test_a_toll_told_with_a_vague_time_before_its_incident_is_that_incident_s():
    text = (
        "Raids on Saraqib\n\nThursday 13 October 2016. Jets have pounded the whole Idlib countryside over the past "
        "few days, killing 30 civilians when helicopters hit the town of Saraqib with barrel bombs on Wednesday, "
        "the monitor said."
    )
    [event] = _events(text)
    assert event["type"] == "air_strike" and event["place"]["text"] == "Saraqib"
    assert [c["killed"] for c in event["claims"]] == [30]


def test_who_holds_a_town_is_no_name_of_it():
    text = (
        "Jets over Qabasin\n\nThursday 13 October 2016. Warplanes struck the IS-held village of Qabasin on Wednesday, "
        "killing six civilians, a monitor said."
    )
    [event] = _events(text)
    assert "IS-held" not in _places(event) and event["place"]["text"] == "Qabasin"


def test_fire_backing_an_advance_that_is_no_incident_is_no_air_strike():
    text = (
        "Town encircled\n\nThursday 13 October 2016. Kurdish units, aided by coalition warplanes, encircled "
        "Tabqa on Wednesday, a monitor said. Army troops backed by allied militias also recaptured Tal Rifaat "
        "village on Wednesday, state media said."
    )
    assert [(e["type"], e["place"]["text"]) for e in _events(text)] == [("attack", "Tal Rifaat")]


def test_the_side_using_the_building_hit_is_no_perpetrator():
    text = (
        "School destroyed\n\nThursday 13 October 2016. An explosion on Wednesday destroyed a school occupied by the "
        "army in the Old City of Aleppo, killing 20 soldiers, a monitor said."
    )
    [event] = _events(text)
    assert "syrian-government" not in event["perpetrators"]


def test_a_day_after_opening_a_sentence_dates_what_follows_the_day_after():
    text = (
        "Truce broken\n\nThursday 13 October 2016. A truce took effect in Idlib on Monday. A day after the truce "
        "took effect, jets struck the town of Saraqib, killing four people, a monitor said."
    )
    assert [e["first"] for e in _events(text)] == ["2016-10-11"]


def test_a_sections_undated_account_joins_the_same_sides_dated_account_at_its_town():
    text = (
        "Two bombs\n\nThursday 13 October 2016. A roadside bomb planted by insurgents killed a farmer near the "
        "village of Kafr Nubl in Idlib province. Homs In a separate attack a car bomb planted by militants wounded "
        "three passers-by in the Karm al-Zeitoun quarter of Homs city. A police source in Homs said the militants on "
        "Thursday morning blew up the car, which was parked in the Karm al-Zeitoun quarter of Homs city, wounding "
        "three passers-by."
    )
    events = _events(text)
    assert len(events) == 2
    homs = [e for e in events if "Homs" in _places(e)]
    assert len(homs) == 1 and homs[0]["first"] == "2016-10-13"


@pytest.mark.parametrize(
    "sentence",
    [
        "Positions of the insurgents were reportedly shelled near Souran by the army on Wednesday.",
        "Two tanks of the army had been destroyed near Souran by insurgents on Wednesday.",
    ],
)
def test_a_side_named_before_a_passive_incident_verb_was_hit(sentence):
    events = _events(f"Fighting near Hama\n\nThursday 13 October 2016. {sentence}")
    assert len(events) == 1
    hit = "opposition-unspecified" if "insurgents were" in sentence else "syrian-government"
    assert hit not in events[0]["perpetrators"] and events[0]["perpetrators"]


def test_the_subject_of_a_passive_verb_in_the_clause_before_lends_no_shooter():
    text = (
        "Strikes\n\nThursday 13 October 2016. Russian warplanes flew 20 sorties over Souran today. Scores of Jaish "
        "al-Fatah terrorists were reported dead in Souran and Lataminah while two of their pickup trucks were "
        "destroyed outside Lataminah."
    )
    assert all("opposition-unspecified" not in e["perpetrators"] for e in _events(text))


def test_an_incident_dated_only_earlier_this_year_is_background_even_with_its_side_and_place():
    text = (
        "Road cut\n\nThursday 13 October 2016. Government jets struck the town of Saraqib on Wednesday, killing four "
        "people, a monitor said. Army units took control of the Khan Tuman crossroads on the highway south of Aleppo "
        "earlier this year."
    )
    assert [(e["first"], _places(e)[0]) for e in _events(text)] == [("2016-10-12", "Saraqib")]


def test_what_a_text_counts_over_a_range_of_months_is_no_incident():
    text = (
        "Clinics hit\n\nThursday 13 October 2016. Government jets struck a clinic in the town of Saraqib on "
        "Wednesday, killing four people, a monitor said. Government and Russian aircraft struck 120 schools and "
        "clinics across the north between 1 March 2016 and 30 August 2016, a rights group counted."
    )
    assert [e["first"] for e in _events(text)] == ["2016-10-12"]


@pytest.mark.parametrize(
    "background",
    [
        "For their part insurgents have repeatedly shelled army-held suburbs with mortars, and the air force has "
        "bombed their districts in turn.",
        "Qatar openly funds insurgents fighting against the government.",
        "Army posts and rebel bases alike are under attack from jihadist raids.",
    ],
)
def test_an_undated_placeless_clause_told_as_a_state_is_background(background):
    text = (
        "Raids on Saraqib\n\nThursday 13 October 2016. Government jets struck the town of Saraqib on Wednesday, "
        f"killing four people, a monitor said. {background}"
    )
    assert [(e["type"], e["perpetrators"]) for e in _events(text)] == [("air_strike", ["syrian-government"])]


def test_a_battle_foreseen_is_no_incident():
    text = (
        "Army gains\n\nThursday 13 October 2016. Government troops seized the village of Souran on Wednesday, a "
        "monitor said. State television said troops would push north within days but predicted a bloody "
        "battle for the town of Halfaya."
    )
    assert [_places(e)[0] for e in _events(text)] == ["Souran"]


def test_arab_before_a_noun_is_no_place():
    view = TextView("jets struck the main market in the Arab nation on Monday")
    assert cue_places(view) == []


def test_the_day_a_source_told_the_news_at_the_end_of_a_sentence_dates_no_incident():
    text = (
        "Checkpoint blast\n\nThursday 13 October 2016. At least 25 troops died when insurgents detonated explosives "
        "packed into a tunnel dug beneath an army checkpoint in Hama city, a monitor said Thursday. According to the "
        "monitor the explosion on Wednesday killed 24 soldiers and levelled the checkpoint."
    )
    events = _events(text)
    assert [(e["first"], e["perpetrators"]) for e in events] == [("2016-10-12", ["opposition-unspecified"])]
    assert {c["killed"] for c in events[0]["claims"]} == {25, 24}


def test_a_later_sentence_whose_day_is_the_day_it_was_told_takes_that_day_not_one_told_before():
    text = (
        "Strikes\n\nThursday 13 October 2016. Insurgent mortar fire on a Kurdish-held suburb of Hama city killed "
        "seven people early on Thursday, a monitor said. Russia declared a two-day pause in the fighting around Hama "
        "on Tuesday, but the raids and shelling of the area have continued. Two women and a boy were killed and "
        "eight people hurt when a helicopter dropped barrel bombs on a market in the city, the monitor reported on "
        "Thursday."
    )
    tolls = [e for e in _events(text) if any(c["killed"] == 3 for c in e["claims"])]
    assert [e["first"] for e in tolls] == ["2016-10-13"]


def test_a_quarter_named_with_neighborhood_after_it_is_part_of_the_city_just_told():
    text = (
        "Shells on Hama\n\nThursday 13 October 2016. Insurgent rockets hit the Bab Qibli market in the Tell "
        "al-Warda quarter of Hama city on Thursday, killing four shoppers, police said. Hours before, a mortar round "
        "fired by insurgents had crashed into al-Qasabiya neighborhood, leaving a teenager dead and three people hurt."
    )
    events = _events(text)
    assert len(events) == 1
    assert {c["killed"] for c in events[0]["claims"]} >= {4}
    view = TextView("a mortar round crashed into al-Qasabiya neighborhood")
    assert [(p.text, p.kind) for p in cue_places(view)] == [("al-Qasabiya", "neighbourhood")]


def test_an_ing_word_after_a_side_describes_the_side_not_the_incident():
    text = (
        "Kobane\n\nThursday 13 October 2016. Kurdish units clashed with IS near Kobane on Thursday, a monitor said. "
        "According to the monitor, the US-led alliance fighting the jihadists also bombed their positions in the area "
        "on Thursday."
    )
    coalition = [e for e in _events(text) if "coalition" in e["perpetrators"]]
    assert [e["type"] for e in coalition] == ["air_strike"]


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Kurdish-led forces seized the town of Tabqa from the jihadists on Monday.", "sdf"),
        ("Jaish al-Fateh fighters shelled the village of Souran on Monday.", "opposition-unspecified"),
    ],
)
def test_wire_names_of_sides_are_known(sentence, side):
    events = _events(f"Fighting\n\nThursday 13 October 2016. {sentence}")
    assert [e["perpetrators"] for e in events] == [[side]]


def test_one_incident_told_with_a_and_dated_by_a_month_keeps_its_toll():
    # "a"/"an" before the incident word: one blast, not a month's running total (it was dropped as a total)
    text = (
        "Blast at a rebel base\n\n"
        "Thursday 13 October 2016. A car bomb killed 9 people in Azaz on Wednesday, a monitor said. "
        "In May 2015 a huge explosion at a depot of the group in Hama province killed nearly 40 fighters."
    )
    may = [e for e in _events(text) if e["first"] == "2015-05-01"]
    assert len(may) == 1 and may[0]["last"] == "2015-05-31"
    assert [c["killed"] for c in may[0]["claims"]] == [40]


def test_a_month_of_strikes_told_with_a_stays_a_running_total():
    text = (
        "Strikes go on\n\n"
        "Thursday 13 October 2016. Some 310 people were killed in Hama province in May 2015 "
        "in a month of air strikes, a monitor said."
    )
    assert [e for e in _events(text) if e["first"] == "2015-05-01"] == []


def test_places_taken_from_a_named_side_with_no_taker_named_are_an_incident():
    # a clash told in the passive names only the side that lost the villages: it was dropped for want of an actor
    text = (
        "Army gains\n\n"
        "Thursday 13 October 2016. The hamlets of Tal Hadya and Zammar in southern Aleppo province were liberated on "
        "Tuesday from the militants, state media said."
    )
    fights = [e for e in _events(text) if e["type"] == "armed_clash"]
    assert len(fights) == 1 and "Tal Hadya" in _places(fights[0])
    assert fights[0]["targets"] == ["opposition-unspecified"] and fights[0]["first"] == "2016-10-11"


def test_an_act_told_again_with_its_own_day_dates_the_act_just_told():
    # the next sentence gave the day of the abduction; the abduction kept the day carried from the news of Tuesday
    text = (
        "Pharmacist taken\n\n"
        "Thursday 13 October 2016. Army shells hit Kafr Nabl on Tuesday, a monitor said. "
        "Islamic State militants abducted a pharmacist near Sarmada in Idlib province, according to local activists. "
        "The pharmacist was abducted on Saturday evening as he drove home."
    )
    taken = [e for e in _events(text) if "Sarmada" in _places(e)]
    assert [(e["first"], e["last"]) for e in taken] == [("2016-10-08", "2016-10-08")]


def test_a_day_in_the_possessive_points_back_to_an_act_and_dates_nothing():
    text = (
        "Pharmacist taken\n\n"
        "Thursday 13 October 2016. Army shells hit Kafr Nabl on Tuesday, a monitor said. "
        "Islamic State militants attacked a checkpoint near Sarmada in Idlib province, according to local activists. "
        "Saturday's attack was the third this month."
    )
    taken = [e for e in _events(text) if "Sarmada" in _places(e)]
    assert [e["first"] for e in taken] == ["2016-10-11"]


def test_a_toll_told_with_its_day_before_the_incident_dates_that_incident():
    # the toll came first with its day, the fire in the next sentence without one: the incident kept the report's day
    text = (
        "Market hit\n\n"
        "Thursday 13 October 2016. On Monday 12 people were killed in Harem. "
        "Shells hit two markets and a school in the town, a monitor said."
    )
    shelling = [e for e in _events(text) if e["type"] == "shelling"]
    assert [(e["first"], e["last"]) for e in shelling] == [("2016-10-10", "2016-10-10")]
    assert [c["killed"] for c in shelling[0]["claims"]] == [12]


def test_a_side_telling_of_another_sides_fire_did_not_fire():
    # the speaker before "said" was taken for a shooter beside the side named in what it said
    text = (
        "Villages bombed\n\n"
        "Thursday 13 October 2016. The YPG said Turkish warplanes bombed two villages near Afrin on Sunday. "
        "The Syrian army said it pounded insurgent posts in Latamneh on Tuesday."
    )
    events = _events(text)
    assert [e["perpetrators"] for e in events if e["type"] == "air_strike"] == [["turkey"]]
    assert [e["perpetrators"] for e in events if "Latamneh" in _places(e)] == [["syrian-government"]]
    # a side named further on, after the speaker's own "it", leaves the speaker the shooter
    told = "Raid\n\nThursday 13 October 2016. The army said it had killed scores of militants in a raid on Tamanah."
    assert [e["perpetrators"] for e in _events(told)] == [["syrian-government"]]


def test_a_sides_fire_told_as_a_noun_is_that_sides_shelling():
    # "rebel fire killed five" had no incident word: its dead went to the strikes told before it
    text = (
        "Strikes and rockets\n\n"
        "Thursday 13 October 2016. Government jets pounded Kafr Nabl in Idlib on Tuesday, a monitor said. "
        "On Tuesday rebel fire killed five people in the loyalist district of Midan in Aleppo, state media said."
    )
    events = _events(text)
    strikes = [e for e in events if e["type"] == "air_strike"]
    assert [c["killed"] for c in strikes[0]["claims"]] == []
    shelling = [e for e in events if e["type"] == "shelling"]
    assert len(shelling) == 1 and shelling[0]["perpetrators"] == ["opposition-unspecified"]
    assert "Midan" in _places(shelling[0]) and [c["killed"] for c in shelling[0]["claims"]] == [5]


def test_fighting_told_as_days_before_a_capture_is_no_incident_of_its_own():
    # "after weeks of heavy fighting" was a second fight at the town, dated by the day the news was told
    text = (
        "Town retaken\n\n"
        "Thursday 13 October 2016. Loyalist troops retook the town of Morek after weeks of heavy fighting, "
        "state media said on Monday. Rebels killed 9 soldiers in two days of clashes near Kafr Nabudah, the monitor said."
    )
    events = _events(text)
    assert len([e for e in events if "Morek" in _places(e)]) == 1
    two_days = [e for e in events if "Kafr Nabudah" in _places(e)]  # two days of clashes are still one incident
    assert len(two_days) == 1 and [c["killed"] for c in two_days[0]["claims"]] == [9]


def test_the_side_named_on_a_repelled_attack_made_it():
    # after a repel word every side before the attack noun was taken for its target: no shooter, no incident
    text = (
        "Attack fails\n\n"
        "Thursday 13 October 2016. Kurdish fighters beat back an IS assault on Tabqa on Tuesday. "
        "Troops repelled a rebel attack on Morek on Wednesday."
    )
    events = _events(text)
    assert [(e["perpetrators"], _places(e)[0]) for e in events] == [
        (["isis"], "Tabqa"),
        (["opposition-unspecified"], "Morek"),
    ]


def test_the_clauses_of_one_sentence_told_on_a_day_share_their_date():
    # the capture kept the report's day while the clashes after it took the day the monitor told it: two incidents
    text = (
        "Village taken\n\n"
        "Thursday 13 October 2016. In the Hama countryside, rebels captured the village of Maan after fierce "
        "clashes with government forces, the monitor said on Friday."
    )
    events = _events(text)
    assert len(events) == 1 and "Maan" in _places(events[0])


def test_a_side_blamed_in_a_participle_after_the_source_fired():
    # "blaming" was no blame word: the side after it was read as the target of the rockets
    text = (
        "Bakery hit\n\n"
        "Thursday 13 October 2016. Two rockets struck a bakery in Jableh on Monday, the governor said, blaming insurgents."
    )
    assert [e["perpetrators"] for e in _events(text)] == [["opposition-unspecified"]]


def test_a_side_that_captured_a_place_was_not_taken_captive():
    # "troops captured the hilltop" was read as troops taken captive: the second side became the target
    text = (
        "Hill taken\n\n"
        "Thursday 13 October 2016. Hezbollah fighters and Syrian troops captured the hilltop of Tal Sheikh Yusuf "
        "near Zabadani on Friday. Rebels captured a soldier near Morek on Friday."
    )
    hill, soldier = _events(text)
    assert hill["perpetrators"] == ["iran-backed-militias", "syrian-government"] and hill["targets"] == []
    assert [c["captured"] for c in hill["claims"]] == []
    assert [c["captured"] for c in soldier["claims"]] == [1]  # a captive named after the word is still counted


def test_a_side_telling_of_its_own_dead_was_hit():
    # the speaker whose fighters were counted was taken for a second shooter beside the jets
    text = (
        "Strikes on militia\n\n"
        "Thursday 13 October 2016. The YPG said 10 of its fighters were killed in Turkish strikes on Herbel on Tuesday."
    )
    (strike,) = _events(text)
    assert strike["perpetrators"] == ["turkey"] and strike["targets"] == ["sdf"]


def test_an_act_of_last_week_told_in_passing_lends_no_date_to_the_next_sentence():
    # the shelling of the next sentence took the week of the rebels' earlier capture
    text = (
        "Town retaken\n\n"
        "Thursday 13 October 2016. Loyalist forces retook Souran on Monday, state television said, after "
        "insurgents overran it last week. The army also shelled the village of Latamneh, killing three civilians."
    )
    shelling = [e for e in _events(text) if "Latamneh" in _places(e)]
    assert len(shelling) == 1 and shelling[0]["first"] == shelling[0]["last"]
    assert shelling[0]["first"] != "2016-10-02"


def test_a_region_locating_the_town_hit_makes_no_overview_of_two_governorates():
    # "Daraya southwest of Damascus" counted Damascus as a second governorate: the strikes were dropped as a
    # summary of the Daraya and Mezzeh clauses told after them, and the rebels lent Daraya their shells
    text = (
        "Barrel bombs on Daraya\n\n"
        "Thursday 13 October 2016. Syrian army helicopters dropped 20 barrel bombs on the encircled town of Daraya "
        "southwest of Damascus on Thursday, the monitor said. It was the worst bombardment of the town in months. "
        "Rebels later fired mortar rounds at the Mezzeh quarter of Damascus, wounding three people, SANA said."
    )
    events = _events(text)
    daraya = [e for e in events if "Daraya" in _places(e)]
    assert [(e["type"], e["perpetrators"]) for e in daraya] == [("air_strike", ["syrian-government"])]


def test_the_second_side_of_a_clash_named_with_its_article_fought_too():
    # "between the YPG and the National Defence Forces": the article after "and" made the second side a target
    text = (
        "Fighting in Hasakeh\n\n"
        "Thursday 13 October 2016. Clashes broke out between the YPG and the National Defence Forces in Hasakeh on "
        "Tuesday, a monitor said."
    )
    (clash,) = _events(text)
    assert clash["perpetrators"] == ["sdf", "syrian-government"] and clash["targets"] == []


def test_they_before_an_incident_word_stands_for_the_shooters_just_told():
    # "they captured" named no side: a capture with no actor and no toll is no incident
    text = (
        "Camp taken\n\n"
        "Thursday 13 October 2016. Government forces pounded the Bustan al-Basha district of Aleppo on Wednesday. "
        "On Thursday they captured the nearby Handarat camp, state media said."
    )
    taken = [e for e in _events(text) if "Handarat camp" in _places(e)]
    assert [(e["first"], e["perpetrators"]) for e in taken] == [("2016-10-13", ["syrian-government"])]


@pytest.mark.parametrize(
    "habit",
    [
        "The Islamic State group has carried out similar bombings in the area.",
        "Islamic State militants frequently strike markets along the border with car bombs.",
        "Jihadists have often struck crowded places in the region with car bombs.",
        "Government jets routinely strike the town of Marea, residents say.",
    ],
)
def test_what_a_side_has_done_before_or_does_habitually_is_no_incident_and_names_no_shooter(habit):
    text = (
        "Car bomb in Azaz\n\nThursday 13 October 2016. A car bomb killed five people in Azaz on "
        f"Wednesday, a monitor said. {habit}"
    )
    assert [(e["type"], e["perpetrators"], _places(e)[0]) for e in _events(text)] == [("explosion", [], "Azaz")]


def test_strikes_told_as_similar_with_a_day_of_their_own_are_an_incident():
    text = (
        "Car bomb in Azaz\n\nThursday 13 October 2016. A car bomb killed five people in Azaz on "
        "Wednesday, a monitor said. On Tuesday government jets carried out similar strikes on the town of Marea, "
        "killing two."
    )
    marea = [e for e in _events(text) if "Marea" in _places(e)]
    assert [(e["first"], e["perpetrators"]) for e in marea] == [("2016-10-11", ["syrian-government"])]


def test_attacks_told_with_a_day_of_their_own_are_an_incident():
    text = (
        "Shells on Hama\n\nThursday 13 October 2016. Eight civilians were killed on Wednesday in terrorist attacks "
        "on homes in the city of Hama, state media said."
    )
    assert [(e["first"], e["perpetrators"], _places(e)[0]) for e in _events(text)] == [
        ("2016-10-12", ["opposition-unspecified"], "Hama")
    ]


@pytest.mark.parametrize(
    "talk",
    [
        "Rebels say such attacks on the province break the truce.",
        "Jihadists have claimed attacks on army posts in Hama province.",
    ],
)
def test_attacks_with_no_day_of_their_own_are_no_incident(talk):
    text = (
        "Raids on Saraqib\n\nThursday 13 October 2016. Government jets struck the town of Saraqib on Wednesday, "
        f"killing four people, a monitor said. {talk}"
    )
    assert [(e["type"], _places(e)[0]) for e in _events(text)] == [("air_strike", "Saraqib")]


def test_fire_aimed_back_at_where_the_shells_came_from_is_an_incident_of_its_own():
    # the reply was read as a retelling of the rocket attack it answers, the army as the rockets' shooter
    text = (
        "Shells on Hama\n\nThursday 13 October 2016. On Wednesday eight civilians were killed in rocket attacks on "
        "homes in the city of Hama, a monitor reported. Troops later struck the sources of shelling, wiping "
        "out a mortar crew."
    )
    tolls = sorted([c["killed"] for c in e["claims"]] for e in _events(text))
    assert tolls == [[], [8]]


def test_a_second_accounts_toll_blaming_terrorists_joins_the_claimed_bombing():
    """State media's lower toll of an IS-claimed bombing, "blaming terrorists", is a claim of that incident (its
    "terrorists" name IS too), not a second incident by the opposition."""
    text = (
        "Bombing in Azaz\n\nAZAZ, Syria (AFP) - A car bomb claimed by the Islamic State group exploded in the town of "
        "Azaz on Wednesday, killing at least 14 people, a monitor said. State media gave a toll of 10 dead, blaming "
        "terrorists."
    )
    events = _events(text)
    assert [(e["perpetrators"], sorted(c["killed"] for c in e["claims"])) for e in events] == [(["isis"], [10, 14])]

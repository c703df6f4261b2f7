"""English wire reports telling several incidents in one sentence or paragraph (texts written for these tests, in the
project's own words)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.extract import extract_article
from timeline.sentences import TextView, clauses

PUBLISHED = dt.datetime(2018, 3, 8, 12, 0)


def _events(text: str) -> list[dict]:
    article = Article(key="w", text=text, published=PUBLISHED, language="en", source="Test Wire")
    return extract_article(article)["events"]


def test_a_count_and_another_day_after_and_is_that_days_toll():
    text = (
        "Raids on the east\n\nCoalition planes killed 14 civilians in the city of Raqqa on Monday and 9 on Tuesday, "
        "a local activist network said."
    )
    days = [(e["first"], [c["killed"] for c in e["claims"]]) for e in _events(text)]
    assert days == [("2018-03-05", [14]), ("2018-03-06", [9])]


def test_a_count_and_a_place_after_and_opens_no_clause_of_its_own():
    flat = TextView("Shells killed 4 in the old town and 3 in the market on Monday.").flat
    assert len(clauses(flat)) == 1


def test_a_running_total_told_after_the_incident_leaves_the_incident_standing():
    text = (
        "Enclave bombed\n\nGovernment air strikes killed 15 civilians in the town of Arbin on Friday, the war monitor reported, "
        "raising the toll since the start of the assault on the enclave to more than 400."
    )
    (event,) = _events(text)
    assert [c["killed"] for c in event["claims"]] == [15]


def test_a_toll_told_in_a_later_sentence_on_the_day_before_is_that_days_incident():
    text = (
        "Enclave bombed\n\nWarplanes pounded the town of Arbin on Thursday, killing 30 people, a monitor said. "
        "On Wednesday 25 were killed."
    )
    days = sorted((e["first"], [c["killed"] for c in e["claims"]]) for e in _events(text))
    assert days == [("2018-03-07", [25]), ("2018-03-08", [30])]


def test_fire_told_hours_after_another_keeps_its_own_city_and_a_later_toll_goes_to_the_town_it_names():
    text = (
        "Strikes and mortars\n\nGovernment jets pounded the town of Douma on Sunday, killing at least 15 people, "
        "hours after rebel mortars killed three people in Damascus, a monitor said. Seven of the dead in Douma "
        "were children, the monitor said."
    )
    events = {e["place"]["name"]: e for e in _events(text)}
    assert set(events) == {"Damascus", "Duma"}
    assert events["Damascus"]["perpetrators"] == ["opposition-unspecified"]
    assert sorted(c["killed"] for c in events["Duma"]["claims"]) == [7, 15]
    assert [c["killed"] for c in events["Damascus"]["claims"]] == [3]


def test_a_bombing_the_time_is_told_from_gives_no_kind_to_the_strikes_told_after_it():
    text = (
        "Blast and raids\n\nA car bomb went off near a school in the city of Hama on Monday, killing six people. "
        "Hours after Monday's explosion, government warplanes struck the towns of Kafr Zita and Latamneh, killing "
        "four people, the monitor said."
    )
    kinds = {e["place"]["name"]: (e["type"], e["perpetrators"]) for e in _events(text)}
    assert kinds["Kafr Zita"] == ("air_strike", ["syrian-government"])
    assert kinds["Hamah"] == ("explosion", [])


def test_killed_after_an_air_strike_keeps_the_strike_as_its_incident():
    text = (
        "Raid on a market\n\nFive people were killed after an air strike hit a market in the town of Ariha on Monday."
    )
    (event,) = _events(text)
    assert event["type"] == "air_strike"


def test_an_arabic_clause_told_hours_after_a_blast_keeps_its_own_town_and_toll():
    article = Article(
        key="a",
        text=(
            "انفجار وغارات\n\nانفجرت سيارة مفخخة في مدينة جبلة يوم الاثنين، ما أدى إلى مقتل سبعة أشخاص. وبعد ساعات من "
            "تفجير جبلة قصفت طائرات حربية روسية بلدة كفرنبل ما أسفر عن مقتل ثلاثة مدنيين."
        ),
        published=PUBLISHED,
        language="ar",
        source="Test",
    )
    events = {e["place"]["name"]: e for e in extract_article(article)["events"]}
    assert set(events) == {"Jablah", "Kafranbel"}
    assert [c["killed"] for c in events["Jablah"]["claims"]] == [7]
    assert [c["killed"] for c in events["Kafranbel"]["claims"]] == [3]


def test_fire_told_since_then_has_no_day_of_its_own():
    text = (
        "Front lines\n\nJihadists attacked army posts in the village of al-Huwayz on Monday, killing nine soldiers, "
        "a monitor said. Since then, shelling has not stopped along the front lines from Jabal al-Akrad to "
        "Qalaat al-Madiq."
    )
    assert [(e["first"], e["type"]) for e in _events(text)] == [("2018-03-05", "attack")]


def test_a_wounded_man_dying_on_a_later_day_raises_the_toll_of_the_incident_that_hurt_him():
    text = (
        "Rockets on a town\n\nRockets hit the town of Azaz on Monday, killing two people, local officials said.\n\n"
        "On Tuesday morning, a hospital official said a boy had died of his wounds, raising the death toll to three."
    )
    ((day, tolls),) = [(e["first"], [c["killed"] for c in e["claims"]]) for e in _events(text)]
    assert day == "2018-03-05" and 3 in tolls


def test_a_side_with_no_air_force_is_no_shooter_of_an_air_strike_unless_it_flies_a_drone():
    told = "Raids\n\nKurdish fighters said some of the strikes hit militants dug in on the Tel Shair hill on Monday."
    assert [e["perpetrators"] for e in _events(told)] == [[]]
    drone = "Drones\n\nRebels launched drones at the Hmeimim air base on Monday, the Russian military said."
    assert [e["perpetrators"] for e in _events(drone)] == [["opposition-unspecified"]]


def test_one_body_a_witness_saw_is_no_toll_but_bodies_counted_are():
    seen = (
        "Blast\n\nA blast at a depot killed 39 people in the town of Sarmada on Monday, the monitor said. A "
        "correspondent saw rescuers carry the body of a child to an ambulance."
    )
    assert [[c["killed"] for c in e["claims"] if c["killed"]] for e in _events(seen)] == [[39]]
    counted = (
        "Blast\n\nA blast killed people in the town of Sarmada on Monday. A witness saw 12 bodies at the hospital."
    )
    assert 12 in [c["killed"] for e in _events(counted) for c in e["claims"]]

"""Which town is the incident's when a report also names the victims' or mourners' town, and background flight
(texts written for these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2018, 3, 8, 12, 0)  # a Thursday


def _events(body: str, language: str) -> list[dict]:
    article = Article(key="p", text=f"Update\n\n{body}", published=PUBLISHED, language=language, source="test")
    return extract_article(article)["events"]


def _places(body: str, language: str = "ar") -> list[tuple[str, str | None]]:
    return [(e["first"], (e["place"] or {}).get("name")) for e in _events(body, language)]


# --- the victims' home town is not where the fire fell


def test_men_from_one_town_killed_near_another_arabic():
    body = "لقي رجلان من بلدة كفرنبل مصرعهما يوم الثلاثاء بقذائف مدفعية سقطت قرب قرية حيش."
    assert _places(body) == [("2018-03-06", "Hish")]


def test_a_young_man_from_a_village_shot_on_the_edge_of_another():
    body = "أصيب شاب من قرية الهبيط بجروح بليغة صباح السبت برصاص قناص على أطراف بلدة عابدين."
    assert _places(body) == [("2018-03-03", "Abdin")]


def test_children_of_a_family_displaced_from_one_town_hurt_in_a_camp_near_another():
    body = "جرح أربعة أطفال من أسرة نازحة من مدينة حلفايا يوم الإثنين بسقوط صاروخ على مخيم قرب بلدة أطمة."
    assert _places(body) == [("2018-03-05", "Atmeh")]


def test_the_victims_town_is_the_place_when_the_clause_names_no_other():
    body = "قتل مدنيان من مدينة سراقب يوم الأحد بغارة جوية."
    assert _places(body) == [("2018-03-04", "Saraqib")]


def test_english_men_from_one_town_killed_in_another_stays_right():
    body = "Two farmers from Kafr Nabl died on Tuesday when army shells struck the village of Hish, a monitor said."
    assert _places(body, "en") == [("2018-03-06", "Hish")]


# --- the mourners' town


def test_mourners_town_gives_way_to_the_town_struck_arabic():
    body = "شيع أهالي مدينة سراقب اليوم ثلاثة من شبانها قضوا أمس في قصف روسي استهدف بلدة معرة حرمة."
    assert _places(body) == [("2018-03-07", "Maarrat Hurmah")]


def test_a_town_burying_its_sons_killed_in_another_arabic():
    body = "شيعت بلدة التمانعة أمس ستة من أبنائها سقطوا في غارة على سوق مدينة خان شيخون."
    assert [p for _, p in _places(body)] == ["Khan Shaykhun"]


def test_mourners_in_one_town_burying_the_dead_of_a_strike_on_another():
    body = "Mourners in Saraqeb buried five people on Thursday who died a day earlier in an air raid on Talmenes."
    assert [p for _, p in _places(body, "en")] == ["Talmenes"]


# --- flight told as background is no incident


def test_families_fleeing_after_weeks_of_shelling_is_no_incident_arabic():
    body = (
        "تتواصل حركة نزوح مئات العائلات من مدينة خان شيخون بعد قصف متواصل منذ أسابيع. "
        "وقتل طفل يوم الأحد بغارة جوية على بلدة التح."
    )
    assert _places(body) == [("2018-03-04", "Al-Tah")]


def test_flight_told_with_a_day_of_its_own_keeps_the_strike():
    body = "بدأ نزوح الأهالي من مدينة أريحا يوم الثلاثاء إثر غارات جوية مكثفة على أحيائها."
    assert _places(body) == [("2018-03-06", "Ariha")]


def test_shelling_that_drove_people_out_stays_an_incident():
    body = "تسبب قصف مدفعي على بلدة الهبيط بنزوح عشرات الأسر نحو الحدود."
    assert [p for _, p in _places(body)] == ["al-Habit"]


# --- where the fire came from, told after the incident


def test_the_fire_source_named_after_its_noun_is_no_second_incident_arabic():
    body = "جرح طفل يوم الثلاثاء بقصف مدفعي على قرية كنصفرة، وكان مصدر القذائف نقطة عسكرية للنظام في بلدة جورين."
    assert _places(body) == [("2018-03-06", "Kansafra")]


def test_shelling_from_a_base_at_a_town_is_no_second_incident_english():
    body = (
        "Mortar rounds hit Kansafra on Tuesday, wounding a boy. "
        "Residents said troops had been firing on the village from their base at Jurin."
    )
    assert _places(body, "en") == [("2018-03-06", "Kansafra")]

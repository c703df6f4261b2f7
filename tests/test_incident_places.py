"""English cue names that are no place, and the report's own place (texts written for these tests)."""

from __future__ import annotations

import datetime as dt
import re

from timeline.article import Article
from timeline.dates import DateMention
from timeline.events import extract_events
from timeline.incident_places import english_name


def _name(text: str) -> str | None:
    span = english_name(text, 0, len(text))
    return text[span[0] : span[1]] if span else None


def test_months_weekdays_countries_and_compass_words_are_no_place():
    for word in ("Sept", "Apr", "Thursday", "Syrias", "Northern Syria", "Southern", "Twitter", "The Levant"):
        assert _name(word) is None, word


def test_words_that_are_no_place_are_cut_off_the_end_of_a_name():
    assert _name("Raqqa Three") == "Raqqa"
    assert _name("Qamishli National") == "Qamishli"
    assert _name("Eastern Ghouta") == "Eastern Ghouta"
    assert _name("Syrian Observatory") is None


def test_an_incident_with_no_place_of_its_own_takes_the_place_of_the_lead():
    text = (
        "Shelling kills three in Manbij\n\n"
        "Rebel shells killed three people in Manbij on Monday, a monitor said. "
        "On Tuesday government jets struck again and killed two more, activists said."
    )
    day = dt.date(2016, 7, 12)
    dates = [
        DateMention(
            "Monday",
            text.index("Monday"),
            text.index("Monday") + 6,
            day - dt.timedelta(1),
            day - dt.timedelta(1),
            "day",
            "weekday",
        ),
        DateMention("Tuesday", text.index("Tuesday"), text.index("Tuesday") + 7, day, day, "day", "weekday"),
    ]
    article = Article(key="t", text=text, published=dt.datetime(2016, 7, 12), language="en", source="test")
    events = extract_events(article, dates)
    assert len(events) == 2
    assert [e["place"]["name"] for e in events] == ["Manbij", "Manbij"]


def test_a_name_before_village_or_after_inside_is_a_place_candidate():
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    view = TextView("A mine exploded in Qarmaleh village. A bomb went off inside Sanobar hall near Tufaya village.")
    assert [p.text for p in cue_places(view)] == ["Qarmaleh", "Sanobar", "Tufaya"]


def test_a_cue_place_keeps_its_latin_article_in_every_romanization():
    """The article of a transliterated name is "al-", "el-" or assimilated ("ash-", "ad-"): each stays part of the
    name after a cue word (``gazetteer_words.csv``, class ``latin_article``), on the first word or the second."""
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    view = TextView(
        "Shells fell on el-Marjeh. A car bomb hit Tell ash-Shuwaik and the village of Kherbet ed-Dour. "
        "Jets pounded al Qusour at dawn, then struck an Idlib village. Shells hit Al Hamra Al Jadida."
    )
    assert [p.text for p in cue_places(view)] == [
        "el-Marjeh",
        "Tell ash-Shuwaik",
        "Kherbet ed-Dour",
        "al Qusour",
        "Al Hamra Al Jadida",
    ]


def test_an_incident_named_only_by_a_region_takes_the_lead_town_first():
    from timeline.incident_places import Place, with_lead_place

    town = Place(0, 6, "Manbij", admin1="Aleppo", precision=1)
    north = Place(50, 64, "northern Syria", precision=3)
    other = Place(50, 64, "Idlib province", admin1="Idlib", precision=3)
    village = Place(70, 75, "Arima", admin1="Aleppo", precision=1)
    assert [p.text for p in with_lead_place([north], town)] == ["Manbij", "northern Syria"]
    assert [p.text for p in with_lead_place([other], town)] == ["Idlib province"]
    assert [p.text for p in with_lead_place([village], town)] == ["Arima"]
    assert [p.text for p in with_lead_place([], town)] == ["Manbij"]


def test_a_count_after_a_settlement_cue_is_no_town_name():
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    text = "وسقطت القذائف على قرية واحدة فقط، ثم طالت بلدة ثالثة قرب بلدة كفرنبل."
    names = [p.text for p in cue_places(TextView(text))]
    assert "كفرنبل" in names
    assert not any(n.startswith(("واحد", "ثالث")) for n in names), names


def test_a_verb_after_an_area_cue_opens_a_relative_clause_not_a_name():
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    text = (
        "وتقع القرية في ريف حماة ضمن منطقة يشملها اتفاق التهدئة، وقصفت الطائرات منطقة تسيطر عليها "
        "الفصائل قرب بلدة يقطنها نازحون، ثم قصفت منطقة الحاكورة وقرى متفرقة."
    )
    names = [p.text for p in cue_places(TextView(text))]
    assert "الحاكورة" in names
    assert not any(n.startswith(("يشمل", "تسيطر", "يقطن", "متفرق")) for n in names), names


def test_any_governorate_capital_may_stand_for_its_governorate_unless_called_a_city():
    from timeline.events import _local_places
    from timeline.incident_places import Place
    from timeline.reference import default_reference

    gaz, grammar = default_reference().gazetteer, default_reference().events.grammar

    for name in ("Homs", "Daraa", "Idlib", "Raqqa"):
        vague = f"Over the past month shelling on {name} killed dozens"
        at = vague.index(name)
        assert not _local_places(vague, [Place(at, at + len(name), name, name=name, precision=1)], gaz, grammar), name
        exact = f"Over the past month shelling on the city of {name} killed dozens"
        at = exact.index(name)
        assert _local_places(exact, [Place(at, at + len(name), name, name=name, precision=1)], gaz, grammar) == {name}
    town = "Over the past month shelling on Saraqib killed dozens"
    at = town.index("Saraqib")
    assert _local_places(town, [Place(at, at + 7, "Saraqib", name="Saraqib", precision=1)], gaz, grammar) == {"Saraqib"}


def _merged(text: str) -> list[str]:
    from timeline.incident_places import cue_places, gazetteer_places, merge_candidates
    from timeline.sentences import TextView

    view = TextView(text)
    return [p.text for p in merge_candidates(gazetteer_places(view), cue_places(view), view.flat)]


def test_a_capital_speaking_or_governing_is_the_government_not_a_place():
    assert _merged("وأكدت دمشق أن الطائرات قصفت مدينة حلب") == ["حلب"]
    assert _merged("قتل جنود من قوات موالية لنظام دمشق في قصف على مدينة حماة") == ["حماة"]
    assert _merged("Damascus has denied that its jets struck Saraqib") == ["Saraqib"]
    assert _merged("pro-Damascus militias shelled Saraqib") == ["Saraqib"]


def test_a_town_whose_people_speak_stays_a_place():
    assert _merged("Residents in Saraqib said the market was hit") == ["Saraqib"]
    assert _merged("troops moved north of the capital Damascus on Friday") == ["Damascus"]


def _gazetteer_place(name: str, kind: str, pcode: str, text: str | None = None):
    from timeline.incident_places import Place

    return Place(0, len(text or name), text or name, name=name, kind=kind, pcode=pcode, precision=1)


def test_a_subdistrict_s_city_is_its_most_populous_town():
    from timeline.places import parent_city

    assert parent_city("SY020000").name_en == "Aleppo"
    assert parent_city("SY010000").name_en == "Damascus"
    assert parent_city("no-such-code") is None


def test_a_neighbourhood_or_landmark_is_told_of_its_city_when_incidents_are_compared():
    from timeline.events import _point_names_of
    from timeline.reference import default_reference

    gaz = default_reference().gazetteer

    city = _gazetteer_place("Aleppo", "town", "SY020000")
    district = _gazetteer_place("Sheikh Saeed", "neighbourhood", "SY020000")
    landmark = _gazetteer_place("Scientific Research Centre (Aleppo)", "landmark", "SY020000")
    village = _gazetteer_place("Khan Tuman", "village", "SY020000")
    assert _point_names_of([district], gaz) & _point_names_of([city], gaz)
    assert _point_names_of([landmark], gaz) & _point_names_of([city], gaz)
    assert not _point_names_of([village], gaz) & _point_names_of(
        [city], gaz
    )  # a village of the sub-district is no part


def test_the_city_of_a_neighbourhood_is_listed_after_it_once():
    from timeline.incident_places import with_parent_cities

    district = _gazetteer_place("Sheikh Saeed", "neighbourhood", "SY020000")
    other = _gazetteer_place("al-Ashrafiyah (Aleppo)", "neighbourhood", "SY020000")
    assert [p.name for p in with_parent_cities([district, other])] == [
        "Sheikh Saeed",
        "al-Ashrafiyah (Aleppo)",
        "Aleppo",
    ]
    city = _gazetteer_place("Aleppo", "town", "SY020000")
    assert [p.name for p in with_parent_cities([city, district])] == ["Aleppo", "Sheikh Saeed"]
    village = _gazetteer_place("Khan Tuman", "village", "SY020000")
    assert [p.name for p in with_parent_cities([village])] == ["Khan Tuman"]


def test_merged_candidates_drop_cue_places_inside_a_name_or_a_gazetteer_mention():
    from timeline.incident_places import Place, merge_candidates

    flat = "قصفت جبهه النصره بلده الزيتون ومدينه سراقب"
    gazetteer = [Place(37, 42, "سراقب", name="Saraqib")]
    cues = [Place(5, 10, "جبهه"), Place(22, 29, "الزيتون"), Place(37, 42, "سراقب"), Place(38, 40, "را")]
    merged = merge_candidates(gazetteer, cues, flat, [(5, 16)])
    assert [(p.start, p.text, p.name) for p in merged] == [(22, "الزيتون", None), (37, "سراقب", "Saraqib")]


def test_a_settlement_named_again_inside_a_faction_name_is_no_place_there():
    from timeline.incident_places import cue_places, gazetteer_places, merge_candidates, repeated_settlements
    from timeline.sentences import TextView

    view = TextView("Rebels entered the village of Tallata. The Tallata Brigade said Tallata was calm again")
    places = merge_candidates(gazetteer_places(view), cue_places(view), view.flat)
    brigade = view.flat.index("tallata brigade")
    again = repeated_settlements(view, places, [(brigade, brigade + len("tallata brigade"))])
    assert [p.start for p in again] == [view.flat.rindex("tallata")]


def test_a_settlement_named_again_after_a_clitic_is_found_as_one_alternation_would():
    from timeline.incident_places import _whole_word_occurrences

    flat = "قصف بلده كفر عويد ثم وكفر عويد وكفر عويدات ثم عويد وعويد وبعويد"
    names = ["كفر عويد", "عويد"]
    oracle = re.compile(r"(?<!\w)[وبل]?(كفر عويد|عويد)(?!\w)")  # the per-report pattern it replaces
    assert _whole_word_occurrences(flat, names) == [m.span(1) for m in oracle.finditer(flat)]
    # the longest name at a place, a name inside a longer word or after two clitics never, one clitic allowed
    assert [flat[a:b] for a, b in _whole_word_occurrences(flat, names)] == ["كفر عويد"] * 2 + ["عويد"] * 2


def test_settlements_named_again_compile_no_pattern_per_report(monkeypatch):
    from timeline.incident_places import cue_places, gazetteer_places, merge_candidates, repeated_settlements
    from timeline.sentences import TextView

    view = TextView("Rebels entered the village of Tallata. By evening Tallata was calm again")
    places = merge_candidates(gazetteer_places(view), cue_places(view), view.flat)
    expected = [p.start for p in repeated_settlements(view, places)]

    def no_compile(*args, **kwargs):
        raise AssertionError("a regular expression compiled for one report")

    monkeypatch.setattr(re, "compile", no_compile)
    assert [p.start for p in repeated_settlements(view, places)] == expected
    assert expected == [view.flat.rindex("tallata")]


def test_a_cue_word_has_at_most_one_letter_before_it():
    """``cue_places`` tries the cue pattern one character before each cue word (its "و", "ب" or "ل"), no further."""
    from timeline.reference import default_reference

    assert default_reference().places.grammar.ar_cue.pattern.startswith(r"(?<!\w)[وبل]?(?P<cue>")


def test_each_kind_of_origin_cue_sets_its_place_apart_from_the_place_hit():
    from timeline.incident_places import Place, choose

    def origins(text: str, origin: str, hit: str) -> tuple[list[str], list[str]]:
        flat = text
        places = sorted(
            (Place(flat.index(name), flat.index(name) + len(name), name) for name in (origin, hit)),
            key=lambda p: p.start,
        )
        kept, fired_from = choose(flat, places, 0, len(flat), [])
        return [p.text for p in kept], [p.text for p in fired_from]

    # an English origin ("people from the besieged villages of X"), an Arabic one ("من مواقعها في X")
    assert origins(
        "shells hit Qaryat Nur and wounded people from the besieged villages of Tal Wardi", "Tal Wardi", "Qaryat Nur"
    ) == (["Qaryat Nur"], ["Tal Wardi"])
    assert origins("قصفت قوات النظام المتمركزة في تلة الورد بالمدفعية قرية النور", "تلة الورد", "قرية النور") == (
        ["قرية النور"],
        ["تلة الورد"],
    )


def test_a_cue_after_li_names_the_town_it_is_part_of():
    """ "الطرف الشرقي لبلدة X", "التابعة لقرية Y": the cue after "ل" introduces the town as after "و" or "ب"."""
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    view = TextView("سقطت قذائف على الطرف الشرقي لبلدة المزيرعة، واحترق منزل تابع لقرية الحويجة.")
    assert [p.text for p in cue_places(view)] == ["المزيرعة", "الحويجة"]


def test_a_name_before_a_settlement_noun_is_a_place_without_a_preposition():
    """A catalogue's entry heading names the site with no preposition ("14 August 2017, al-Muaizila village – …");
    "an Idlib village" is a village of Idlib, and "the village of X" is read by its cue."""
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    view = TextView(
        "Monday 14 August 2017, al-Muaizila village – eastern Raqqa countryside:\n"
        "Jets struck an Idlib village and then Kafr Batna town, near the village of Kherbet Tin."
    )
    assert [p.text for p in cue_places(view)] == ["Kherbet Tin", "al-Muaizila", "Kafr Batna"]

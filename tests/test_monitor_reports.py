"""Reports laid out the way monitors lay them out (monthly lists of notable incidents, UN-style numbered paragraphs,
attacks on health care, investigations with testimony): texts written for these tests."""

import datetime as dt

from timeline.article import Article
from timeline.dates import tag_dates
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2019, 9, 1, 12, 0)


def _events(text: str, language: str = "ar") -> list[dict]:
    article = Article(key="m", text=text, published=PUBLISHED, language=language, source="فريق التوثيق")
    return extract_article(article)["events"]


def _by_day(events: list[dict]) -> dict[str, dict]:
    return {e["first"]: e for e in events}


def test_a_range_of_days_after_wa_keeps_both_ends():
    dates = tag_dates("وبين 6 و8 أيار تعرضت بلدة كفرنبل لقصف متواصل.", PUBLISHED, "ar")
    assert [(d.text, d.first, d.last) for d in dates] == [("بين 6 و8 أيار", dt.date(2019, 5, 6), dt.date(2019, 5, 8))]


def test_an_incident_told_over_a_range_of_days_takes_the_range():
    text = (
        "حصيلة أيار\n\nوبين 12 و15 أيار 2019 قصفت قوات النظام بلدة الهبيط بالمدفعية الثقيلة، ما أسفر عن مقتل امرأة.\n"
    )
    (event,) = _events(text)
    assert (event["first"], event["last"]) == ("2019-05-12", "2019-05-15")


def test_the_same_day_with_its_date_in_brackets_takes_that_date():
    text = (
        "قائمة الاعتداءات على المراكز الصحية\n\n"
        "1. أصابت غارة جوية مستوصف بلدة حيش، وخرج عن الخدمة (3 تموز 2019).\n"
        "2. قصفت قوات النظام مركزاً للإسعاف في بلدة كفرسجنة، ومدرسة في قرية ركايا، في اليوم ذاته (6 تموز 2019).\n"
    )
    days = [e["first"] for e in _events(text)]
    assert "2019-07-06" in days
    assert days.count("2019-07-03") == 1  # the second item is no second incident of the first item's day


def test_an_offset_phrase_between_dashes_takes_the_day_printed_beside_it():
    dates = tag_dates(
        "On 7 June 2019 rockets fell on Hish. The next day - 9 June - a strike hit a clinic.", PUBLISHED, "en"
    )
    offset = next(d for d in dates if d.text == "The next day")
    assert (offset.first, offset.reference) == (dt.date(2019, 6, 9), "apposition")


def test_an_aircraft_dropping_bombs_is_an_air_strike():
    text = (
        "Markets under fire\n\n"
        "On March 4, an aircraft dropped two bombs on the fruit market in Ariha shortly after noon, "
        "killing at least 6 civilians, medics said.\n"
    )
    (event,) = _events(text, "en")
    assert (event["first"], event["type"], event["place"]["name"]) == ("2019-03-04", "air_strike", "Ariha")
    assert [c["killed"] for c in event["claims"]] == [6]


def test_a_warplane_striking_a_clinic_is_an_air_strike():
    text = (
        "Clinics\n\nOn 11 April, a Russian warplane fired two missiles at the clinic of Kafr Zita, killing a nurse.\n"
    )
    (event,) = _events(text, "en")
    assert (event["type"], event["perpetrators"]) == ("air_strike", ["russia"])


def test_fixed_wing_aircraft_the_monitor_believes_russian_are_russian():
    text = (
        "أبرز الحوادث\n\n"
        "يوم الأحد 3 آذار 2019، قصفت مدفعية قوات النظام قرية الحواش، ما أدى إلى مقتل رجل.\n\n"
        "يوم الثلاثاء 5 آذار 2019، شنت طائرات ثابتة الجناح نعتقد أنها روسية غارتين على بلدة كفرنبل، "
        "ما أدى إلى مقتل طفلين.\n"
    )
    events = _by_day(_events(text))
    assert events["2019-03-05"]["perpetrators"] == ["russia"]


def test_the_artillery_of_a_side_after_the_verb_is_that_side_firing():
    text = (
        "أبرز الحوادث\n\n"
        "يوم الأحد 3 آذار 2019، قصفت مدفعية قوات النظام قرية الحواش، ما أدى إلى مقتل رجل.\n\n"
        "يوم الثلاثاء 5 آذار 2019، شنت طائرات روسية غارتين على بلدة كفرنبل.\n"
    )
    events = _by_day(_events(text))
    assert events["2019-03-03"]["perpetrators"] == ["syrian-government"]
    assert "syrian-government" not in events["2019-03-03"]["targets"]


def test_catalogue_lines_in_the_present_tense_give_their_tolls():
    """Lists of attacks on schools and clinics are written like headlines: "a strike kills a teacher and two
    pupils", "two missiles fall ... and wound 4"."""
    text = (
        "سجل الاعتداءات على المدارس\n\n"
        "- غارة جوية على مدرسة في بلدة بنش تقتل معلمة وتلميذين – 4 نيسان 2019.\n"
        "- صاروخان يسقطان قرب مدرسة قرية حيش ويصيبان 4 تلاميذ – 8 نيسان 2019.\n"
    )
    events = _by_day(_events(text))
    assert [c["killed"] for c in events["2019-04-04"]["claims"]] == [3]
    assert [c["wounded"] for c in events["2019-04-08"]["claims"]] == [4]


def test_health_workers_are_counted_victims():
    text = (
        "Attacks on health care\n\n"
        "On 2 April, an air strike hit the hospital in Kafr Nabl. A nurse was killed and two paramedics were injured.\n"
    )
    (event,) = _events(text, "en")
    assert [(c["killed"], c["wounded"]) for c in event["claims"]] == [(1, 2)]


def test_a_clinic_struck_with_no_attacker_nor_toll_is_an_incident():
    """A monitor of attacks on health care lists a facility hit even when it cannot say who fired and nobody was
    hurt."""
    text = (
        "Attacks on health care\n\n"
        "On 7 May, the surgical hospital in Khan Shaykhun was struck; no casualties were reported.\n\n"
        "On 10 May, an ambulance near Ariha was hit twice in the same afternoon.\n"
    )
    assert [(e["first"], e["place"]["name"], e["targets"]) for e in _events(text, "en")] == [
        ("2019-05-07", "Khan Shaykhun", ["civilians"]),
        ("2019-05-10", "Ariha", ["civilians"]),
    ]


def test_a_statement_about_an_attack_on_civilians_is_no_incident_of_its_own():
    text = (
        "Reactions\n\n"
        "On 7 May, the minister condemned the attack against civilians in Khan Shaykhun.\n\n"
        "On 9 May, the envoy warned that hospitals in Ariha could be hit.\n"
    )
    assert _events(text, "en") == []


def test_repeated_fire_on_a_day_of_its_own_at_a_named_town_is_that_days_incident():
    text = (
        "الحوادث\n\n"
        "في 19 أيلول 2019 تعرضت بلدة معرة حرمة لقصف متكرر.\n\n"
        "On 21 September, the town of Kafr Nabl came under repeated shelling.\n"
    )
    assert [(e["first"], e["place"]["name"]) for e in _events(text)] == [
        ("2019-09-19", "Maarrat Hurmah"),
        ("2019-09-21", "Kafranbel"),
    ]


def test_a_side_told_as_shelling_repeatedly_with_no_day_is_still_background():
    text = "Background\n\nGovernment forces have repeatedly shelled Kafr Nabl, residents say.\n"
    assert _events(text, "en") == []


def test_towns_listed_respectively_with_days_each_take_their_day():
    text = (
        "الحوادث\n\n"
        "وفي 19 و20 أيلول 2019 تعرضت بلدتا معرة حرمة وكفرنبل لقصف مدفعي على التوالي.\n\n"
        "On 23 and 25 September, the towns of Hish and Ariha came under shelling, respectively.\n"
    )
    assert [(e["first"], e["last"], e["place"]["name"]) for e in _events(text)] == [
        ("2019-09-19", "2019-09-19", "Maarrat Hurmah"),
        ("2019-09-20", "2019-09-20", "Kafranbel"),
        ("2019-09-23", "2019-09-23", "Hish"),
        ("2019-09-25", "2019-09-25", "Ariha"),
    ]


def test_towns_paired_respectively_with_figures_stay_one_incident():
    text = "Strikes\n\nOn 19 September, air strikes on Hish and Ariha killed 5 and 3 civilians, respectively.\n"
    (event,) = _events(text, "en")
    assert [event["place"]["name"]] + [p["name"] for p in event["places"]] == ["Hish", "Ariha"]


def test_the_alliance_a_monitor_names_with_two_adjectives_is_both_sides():
    text = (
        "أبرز الحوادث\n\n"
        "يوم الأحد 3 آذار 2019، نفذ طيران ثابت الجناح تابع لقوات الحلف السوري الروسي غارات على بلدة حيش.\n\n"
        "يوم الثلاثاء 5 آذار 2019، قصف طيران ثابت الجناح نعتقد أنه روسي بلدة كفرنبل.\n"
    )
    events = _by_day(_events(text))
    assert sorted(events["2019-03-03"]["perpetrators"]) == ["russia", "syrian-government"]
    assert events["2019-03-05"]["perpetrators"] == ["russia"]


def test_a_word_of_the_sentence_before_does_not_reach_a_date_of_the_next_paragraph():
    """ "… empty since the first attack.\\n\\nOn 21 February, …": the word of a running count in the sentence before
    reaches no date of the next paragraph."""
    text = (
        "Schools under attack\n\n"
        "On 10 February, a missile struck a school in Khan Shaykhun, killing a teacher.\n\n"
        "Four days later, a second school nearby was shelled; it had stood empty since the first attack.\n\n"
        "On 21 February, barrel bombs dropped by helicopters hit a school in Hish.\n"
    )
    events = _events(text, "en")
    assert ("2019-02-21", "Hish") in [(e["first"], e["place"]["name"]) for e in events]


def test_an_entry_in_the_same_town_is_at_the_town_just_named():
    text = (
        "Schools\n\n"
        "On 10 February, a missile struck a school in Saraqib, killing a teacher. "
        "Three days later, a second school in the same town was shelled.\n\n"
        "في 20 شباط 2019 قصفت قوات النظام مدرسة في بلدة حيش. وفي 22 شباط تعرض مستوصف في نفس البلدة للقصف.\n"
    )
    assert [(e["first"], e["place"]["name"]) for e in _events(text)] == [
        ("2019-02-10", "Saraqib"),
        ("2019-02-13", "Saraqib"),
        ("2019-02-20", "Hish"),
        ("2019-02-22", "Hish"),
    ]


def test_a_draft_text_calling_for_a_halt_to_bombings_is_no_incident():
    text = (
        "Diplomacy\n\n"
        "Each side accused the other of wrecking the truce. Moscow last week vetoed a draft text "
        "calling for the bombings over Idlib to stop.\n"
    )
    assert _events(text, "en") == []


def test_an_entry_dated_in_brackets_after_its_last_sentence_takes_that_date():
    text = (
        "Incidents affecting civilians (selection)\n\n"
        "- Shelling struck homes in Kafr Nabl; two children were injured (5 May 2019).\n"
        "- A barrel bomb fell near the bakery of Hish. Nobody was hurt (8 May 2019).\n"
        "- قذيفة تسقط قرب مدرسة في بلدة التمانعة. لا إصابات – 11 أيار 2019.\n"
    )
    assert [(e["first"], e["place"]["name"]) for e in _events(text, "en")] == [
        ("2019-05-05", "Kafranbel"),
        ("2019-05-08", "Hish"),
        ("2019-05-11", "Al-Tamanaa"),
    ]


def test_a_date_closing_the_next_sentence_without_brackets_is_not_the_entrys():
    text = (
        "Log\n\n"
        "- Shelling struck homes in Kafr Nabl; two children were injured (5 May 2019).\n"
        "- A barrel bomb fell near the bakery of Hish. Its repairs began on 9 May 2019.\n"
    )
    assert "2019-05-09" not in [e["first"] for e in _events(text, "en")]

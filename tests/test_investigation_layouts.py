"""Monitors' investigations and incident lists in layouts of their own: sections per perpetrator, casualty
records of an incident tracker, victims' lists, daily bulletins dated by their title. Texts written for these
tests."""

import datetime as dt

from timeline.article import Article
from timeline.extract import extract_article
from timeline.incident_places import cue_places
from timeline.sentences import TextView


def _events(text: str, published: dt.datetime, language: str = "ar") -> list[dict]:
    article = Article(key="i", text=text, published=published, language=language, source="فريق الرصد")
    return extract_article(article)["events"]


def _summary(events: list[dict]) -> list[tuple]:
    return [(e["first"], e["place"]["text"] if e["place"] else None, e["perpetrators"]) for e in events]


SIDE_SECTIONS_AR = (
    "الانتهاكات الموثقة في ريف إدلب خلال آذار 2019\n"
    "\n"
    "ثانياً: الحوادث التي نفذتها قوات النظام السوري\n"
    "الاثنين 4 آذار 2019: سقطت قذائف على أطراف بلدة التمانعة، وأصيب رجل.\n"
    "الخميس 7 آذار 2019: تعرض مسجد قرية الخوين لقصف بالصواريخ دون إصابات.\n"
    "\n"
    "ثالثاً: الحوادث التي نفذتها القوات الروسية\n"
    "السبت 9 آذار 2019: غارة على منزل في بلدة كفرسجنة، قُتلت فيها امرأة.\n"
    "الثلاثاء 12 آذار 2019: قصف مدفعي لقوات النظام على قرية الشيخ مصطفى.\n"
)


def test_a_section_heading_naming_a_side_gives_its_entries_that_side():
    events = _summary(_events(SIDE_SECTIONS_AR, dt.datetime(2019, 4, 2)))
    assert events[:3] == [
        ("2019-03-04", "التمانعة", ["syrian-government"]),
        ("2019-03-07", "الخوين", ["syrian-government"]),
        ("2019-03-09", "كفرسجنة", ["russia"]),
    ]
    # an entry naming its own side keeps it
    assert events[3] == ("2019-03-12", "الشيخ مصطفى", ["syrian-government"])


def test_a_tally_line_per_side_is_no_heading_and_a_heading_of_another_kind_ends_a_section():
    text = (
        "حصيلة شهر نيسان 2019\n"
        "\n"
        "- القوات الروسية: 12 مدنياً.\n"
        "- قوات النظام السوري: 9 مدنيين.\n"
        "\n"
        "القوات الروسية\n"
        "- 3 نيسان 2019: غارة على قرية معرزيتا، قتل فيها طفل.\n"
        "\n"
        "ملاحظات:\n"
        "- 8 نيسان 2019: سقطت قذائف مجهولة المصدر على بلدة معرشورين، وأصيب مدني.\n"
    )
    events = _summary(_events(text, dt.datetime(2019, 5, 1)))
    assert events == [("2019-04-03", "معرزيتا", ["russia"]), ("2019-04-08", "معرشورين", ["unknown"])]


def test_an_english_heading_attributing_incidents_to_a_side():
    text = (
        "Documented violations, May 2019\n"
        "\n"
        "Incidents attributed to Russian forces\n"
        "On 5 May 2019 a strike hit a house in Kafr Nabudah, killing two civilians.\n"
        "On 9 May 2019 a market in Hish was struck at noon; four people were wounded.\n"
    )
    events = _events(text, dt.datetime(2019, 6, 1), "en")
    assert [(e["first"], e["perpetrators"]) for e in events] == [("2019-05-05", ["russia"]), ("2019-05-09", ["russia"])]


def test_entries_titled_by_their_incident_stay_in_the_section_of_the_side_they_are_attributed_to():
    text = (
        "# حوادث موثقة في ريف حماة الشمالي\n"
        "\n"
        "## أولاً: هجمات نُسبت إلى القوات الروسية\n"
        "\n"
        "### 1. غارة على مدرسة في بلدة كفرزيتا\n"
        "\n"
        "- **التاريخ:** الجمعة 7 حزيران/يونيو 2019\n"
        "- **الموقع:** مدرسة البلدة الابتدائية، كفرزيتا، ريف حماة الشمالي\n"
        "- **الضحايا:** 3 قتلى\n"
        "\n"
        "تظهر الصور دماراً في الطابق الأول من المدرسة، وقال شاهد إن الطائرة حلقت طويلاً قبل القصف.\n"
        "\n"
        "## ثانياً: هجمات نُسبت إلى قوات النظام السوري\n"
        "\n"
        "### 2. براميل متفجرة على قرية اللطامنة\n"
        "\n"
        "- **التاريخ:** الأحد 9 حزيران/يونيو 2019\n"
        "- **الموقع:** قرية اللطامنة، ريف حماة الشمالي\n"
        "- **الضحايا:** قتيلان\n"
        "\n"
        "سقط برميلان على الأطراف الشرقية للقرية صباحاً.\n"
    )
    events = _summary(_events(text, dt.datetime(2019, 7, 1)))
    assert [(day, side) for day, _, side in events] == [
        ("2019-06-07", ["russia"]),
        ("2019-06-09", ["syrian-government"]),
    ]


CASUALTY_RECORDS = (
    "Civilian harm records\n"
    "\n"
    "Incident date: 3 October 2019\n"
    "Location: Maarrat Hurmah, Idlib governorate\n"
    "Suspected belligerent: Russian Military\n"
    "Civilians reported killed: 3–5\n"
    "Civilians reported injured: 4\n"
    "\n"
    "A family home was flattened by an air strike at dawn, local rescuers said.\n"
    "\n"
    "Incident date: 8 October 2019\n"
    "Location: Kafr Sijnah, Idlib governorate\n"
    "Suspected belligerent: Syrian regime\n"
    "Civilians reported killed: 1\n"
    "\n"
    "A farmer died when artillery shells fell on his field.\n"
)


def test_casualty_records_of_an_incident_tracker_are_one_incident_each():
    events = _events(CASUALTY_RECORDS, dt.datetime(2019, 11, 1), "en")
    assert [(e["first"], e["place"]["name"], e["perpetrators"]) for e in events] == [
        ("2019-10-03", "Maarrat Hurmah", ["russia"]),
        ("2019-10-08", "Kafr Sijnah", ["syrian-government"]),
    ]
    # a figure given as a range is the most the record reports
    assert [(c["killed"], c["wounded"]) for c in events[0]["claims"]] == [(5, 4)]
    # a record without a type field is of the kind its account below tells
    assert [e["type"] for e in events] == ["air_strike", "shelling"]


def test_a_victims_list_with_a_date_of_death_column():
    text = (
        "Victims recorded in November 2019\n"
        "\n"
        "Name\tAge\tDate of death\tPlace of death\tCause of death\n"
        "Omar S.\t40\t12/11/2019\tMaarrat Hurmah\tAirstrike\n"
        "Huda S.\t35\t12/11/2019\tMaarrat Hurmah\tAirstrike\n"
        "Karim D.\t19\t20/11/2019\tSarmin\tShelling\n"
    )
    events = _events(text, dt.datetime(2019, 12, 1), "en")
    assert [(e["first"], e["place"]["name"], e["claims"][0]["killed"]) for e in events] == [
        ("2019-11-12", "Maarrat Hurmah", 2),
        ("2019-11-20", "Sarmin", 1),
    ]


def test_records_without_a_place_field_are_at_the_one_town_their_heading_names():
    text = (
        "سجل الاعتداءات على مدينة معرة مصرين\n"
        "\n"
        "تاريخ الهجوم: 2 شباط 2020\n"
        "نوع الهجوم: قصف صاروخي على حي سكني\n"
        "الجهة المنفذة: قوات النظام\n"
        "\n"
        "تاريخ الهجوم: 6 شباط 2020\n"
        "نوع الهجوم: غارة جوية\n"
        "الجهة المنفذة: القوات الروسية\n"
    )
    events = _events(text, dt.datetime(2020, 3, 1))
    assert [(e["first"], e["place"]["text"]) for e in events] == [
        ("2020-02-02", "معرة مصرين"),
        ("2020-02-06", "معرة مصرين"),
    ]


def test_a_fact_box_incident_told_again_on_no_day_of_its_own_is_no_second_incident():
    text = (
        "Strike on a water station\n"
        "\n"
        "Date: 22 August 2019\n"
        "Location: Kafr Nabudah\n"
        "Perpetrator: Russian forces\n"
        "Killed: 2\n"
        "\n"
        "The Russian defence ministry said its aircraft destroyed a drone workshop of Hayat Tahrir al-Sham near "
        "Khan Shaykhun.\n"
    )
    events = _events(text, dt.datetime(2019, 9, 1), "en")
    assert [(e["first"], e["place"]["name"]) for e in events] == [("2019-08-22", "Kafr Nabudah")]


def test_a_daily_bulletins_title_dates_what_its_body_tells_without_a_day():
    text = (
        "نشرة الرصد اليومية – الأربعاء 11 أيلول 2019\n"
        "\n"
        "قصفت قوات النظام بلدة كنصفرة بعشرات القذائف، وأصيب طفلان.\n"
        "\n"
        "واستهدفت طائرة روسية أطراف قرية البارة دون إصابات.\n"
    )
    events = _events(text, dt.datetime(2019, 9, 12, 8, 0))
    assert [(e["first"], e["place"]["text"]) for e in events] == [("2019-09-11", "كنصفرة"), ("2019-09-11", "البارة")]
    assert {e["date_text"] for e in events} == {"الأربعاء 11 أيلول 2019"}


def test_a_place_named_after_its_cue_word_ends_with_its_line():
    text = "سقطت قذائف على قرية الحاكورة\nنوع الهجوم: قصف مدفعي\n"
    assert [p.text for p in cue_places(TextView(text))] == ["الحاكورة"]


def test_the_day_heading_each_attack_of_an_investigation_dates_the_paragraph_under_it():
    text = (
        "تحقيق في استهداف بلدة البارة\n"
        "\n"
        "الهجوم الأول – 3 أيلول 2019\n"
        "قرابة الظهر أصابت غارة روسية منزلاً في طرف البلدة الغربي، وقُتل رجلان.\n"
        "\n"
        "الهجوم الثاني – 6 أيلول 2019\n"
        "سقطت قذائف مدفعية أطلقتها قوات النظام على مدرسة البلدة، دون إصابات.\n"
    )
    events = _events(text, dt.datetime(2019, 9, 20))
    assert [(e["first"], e["perpetrators"]) for e in events] == [
        ("2019-09-03", ["russia"]),
        ("2019-09-06", ["syrian-government"]),
    ]


def test_a_footnote_marker_glued_to_a_town_is_read_as_absent():
    text = (
        "الهجمات على بلدة كفرزيتا\n"
        "\n"
        "في 14 نيسان 2019 ألقت مروحية تابعة لقوات النظام برميلاً متفجراً على بلدة كفرزيتا³، وقُتل رجل.\n"
        "وفي 19 نيسان 2019 سقطت صواريخ على أطراف البلدة⁴، وأصيبت امرأتان.\n"
    )
    events = _events(text, dt.datetime(2019, 5, 1))
    assert [(e["first"], e["place"]["name"]) for e in events] == [
        ("2019-04-14", "Kafr Zita"),
        ("2019-04-19", "Kafr Zita"),
    ]


def test_an_aircraft_model_a_monitor_names_is_an_air_strike_of_the_side_its_adjective_names():
    text = "Attacks on clinics\n\nOn 9 June 2019, a Russian Su-34 hit the clinic of Kansafra, wounding a nurse.\n"
    (event,) = _events(text, dt.datetime(2019, 7, 1), "en")
    assert (event["first"], event["type"], event["perpetrators"]) == ("2019-06-09", "air_strike", ["russia"])


def test_a_chronology_line_printing_its_own_day_is_its_own_incident():
    text = (
        "Timeline of attacks on Saraqib\n"
        "\n"
        "- 11 October 2019 – Air strike on the grain silos; three killed.\n"
        "- 15 October 2019 – Double-tap strike beside the fire station; one rescuer killed.\n"
        "- 18 October 2019 – Rocket fire on the old market; four wounded.\n"
    )
    events = _events(text, dt.datetime(2019, 10, 25), "en")
    assert [(e["first"], [c["wounded"] for c in e["claims"]]) for e in events] == [
        ("2019-10-11", [None]),
        ("2019-10-15", [None]),
        ("2019-10-18", [4]),
    ]


def test_a_side_blamed_for_all_the_attacks_told_did_those_told_without_a_side():
    text = (
        "استهداف مراكز الإيواء في ريف حلب الغربي\n"
        "\n"
        "سقطت قذائف صاروخية على مدرسة تؤوي نازحين في بلدة الأبزمو يوم 4 شباط 2020، وقتل فيها ثلاثة مدنيين.\n"
        "وفي 9 شباط 2020 أصابت قذائف مدفعية مخيماً قرب بلدة كفرناها، وأصيب طفل.\n"
        "ونحمّل قوات النظام المسؤولية الكاملة عن الهجومين.\n"
    )
    events = _events(text, dt.datetime(2020, 3, 1))
    assert [(e["first"], e["perpetrators"]) for e in events] == [
        ("2020-02-04", ["syrian-government"]),
        ("2020-02-09", ["syrian-government"]),
    ]


def test_the_alliance_an_english_record_names_with_joined_adjectives_is_both_sides():
    text = (
        "Incident summary\n"
        "\n"
        "Date: 4 January 2020\n"
        "Location: Ariha\n"
        "Alleged perpetrator: Syrian-Russian alliance\n"
        "Casualties: 3 killed\n"
    )
    (event,) = _events(text, dt.datetime(2020, 2, 1), "en")
    assert sorted(event["perpetrators"]) == ["russia", "syrian-government"]


def test_the_positions_the_rockets_were_fired_from_are_no_second_incident():
    text = (
        "تحقيق: صواريخ على بلدة التمانعة\n"
        "\n"
        "في 21 تموز 2019، سقطت ثلاثة صواريخ على الحي الجنوبي من بلدة التمانعة، ما أدى إلى مقتل امرأة. "
        "وقال شهود إن الصواريخ أُطلقت من مواقع قوات النظام في بلدة صوران.\n"
    )
    events = _events(text, dt.datetime(2019, 8, 1))
    assert [(e["first"], e["place"]["text"]) for e in events] == [("2019-07-21", "التمانعة")]


def test_a_bulletins_today_is_its_titles_day_when_it_came_out_the_day_after():
    text = "حصاد الاستجابة ليوم الجمعة 13 أيلول 2019\n\nتعاملت فرقنا اليوم مع قصف مدفعي على بلدة كفرسجنة، وأصيب رجل.\n"
    (event,) = _events(text, dt.datetime(2019, 9, 14, 7, 30))
    assert (event["first"], event["date_text"]) == ("2019-09-13", "يوم الجمعة 13 أيلول 2019")


def test_two_students_killed_in_a_school_list_are_counted():
    text = (
        "المدارس المستهدفة\n"
        "\n"
        "- مدرسة بلدة الدانا: قصف صاروخي يوم 5 آذار 2020، قتل فيه طالبان.\n"
        "- مدرسة قرية بابيلا: قصف مدفعي يوم 7 آذار 2020، دون إصابات.\n"
    )
    events = _events(text, dt.datetime(2020, 3, 20))
    assert [(e["first"], [c["killed"] for c in e["claims"]]) for e in events][0] == ("2020-03-05", [2])

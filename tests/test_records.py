"""Incident lists laid out as field blocks, one-line records and plain-text tables (texts written for these tests)."""

import datetime as dt

from timeline.article import Article
from timeline.extract import extract_article
from timeline.records import could_be_table, could_have_records, find_records
from timeline.reference import default_reference
from timeline.sentences import TextView


def _events(text: str, published: dt.datetime = dt.datetime(2020, 3, 1), language: str = "ar") -> list[dict]:
    article = Article(key="t", text=text, title="", published=published, language=language, source="راصد")
    return extract_article(article)["events"]


def _table(events: list[dict]) -> list[tuple]:
    return [
        (
            e["first"],
            e["type"],
            tuple(e["perpetrators"]),
            (e["place"] or {}).get("text"),
            tuple((c["killed"], c["wounded"]) for c in e["claims"]),
        )
        for e in events
    ]


AR_BLOCKS = (
    "سجل الانتهاكات في ريف إدلب\n"
    "\n"
    "التاريخ: 14 شباط 2020\n"
    "المكان: سرمين\n"
    "الجهة المنفذة: القوات الروسية\n"
    "نوع الهجوم: غارة جوية\n"
    "الضحايا: 4 قتلى و9 جرحى\n"
    "\n"
    "التاريخ: 17 شباط 2020\n"
    "المكان: بنش، ريف إدلب الشرقي\n"
    "الجهة المنفذة: قوات النظام\n"
    "نوع الهجوم: قصف مدفعي\n"
    "القتلى: 2\n"
    "\n"
    "التاريخ: 19 شباط 2020\n"
    "المكان: تفتناز\n"
    "الجهة المنفذة: قوات النظام\n"
    "الجرحى: 6\n"
)


def test_each_field_block_is_one_incident():
    assert _table(_events(AR_BLOCKS)) == [
        ("2020-02-14", "air_strike", ("russia",), "سرمين", ((4, 9),)),
        ("2020-02-17", "shelling", ("syrian-government",), "بنش", ((2, None),)),
        ("2020-02-19", "attack", ("syrian-government",), "تفتناز", ((None, 6),)),
    ]


def test_records_on_one_line_between_separators():
    text = (
        "Verified incidents this week\n"
        "\n"
        "Date: 3 February 2020 | Location: Ariha | Perpetrator: Russian forces | Casualties: 2 killed\n"
        "Date: 5 February 2020 / Location: Sarmin / Perpetrator: regime forces / Casualties: 3 injured\n"
        "Date: 6 February 2020; Location: Binnish; Type: shelling\n"
    )
    assert _table(_events(text, language="en")) == [
        ("2020-02-03", "attack", ("russia",), "Ariha", ((2, None),)),
        ("2020-02-05", "attack", ("syrian-government",), "Sarmin", ((None, 3),)),
        ("2020-02-06", "shelling", (), "Binnish", ()),
    ]


def test_each_row_of_a_pipe_table_is_one_incident():
    text = (
        "حصيلة الأسبوع\n"
        "\n"
        "| التاريخ | المكان | النوع | الجهة المنفذة | القتلى | الجرحى |\n"
        "|---|---|---|---|---|---|\n"
        "| 2 شباط 2020 | معرة النعمان | قصف صاروخي | قوات النظام | 3 | 8 |\n"
        "| 4 شباط 2020 | كفرنبل | غارة جوية | القوات الروسية | 1 | 0 |\n"
    )
    assert _table(_events(text)) == [
        ("2020-02-02", "shelling", ("syrian-government",), "معرة النعمان", ((3, 8),)),
        ("2020-02-04", "air_strike", ("russia",), "كفرنبل", ((1, 0),)),
    ]


def test_each_row_of_a_tab_separated_table_is_one_incident():
    text = (
        "Week in review\n\nDate\tTown\tType\tKilled\n"
        "7 February 2020\tSaraqib\tair strike\t5\n"
        "9 February 2020\tKafr Nabl\tshelling\t2\n"
    )
    assert _table(_events(text, language="en")) == [
        ("2020-02-07", "air_strike", (), "Saraqib", ((5, None),)),
        ("2020-02-09", "shelling", (), "Kafr Nabl", ((2, None),)),
    ]


def test_rows_under_a_header_without_a_date_column_are_no_records():
    text = "| Town | Killed | Wounded |\n| Saraqib | 5 | 2 |\n| Ariha | 1 | 0 |\n"
    assert find_records(TextView(text), default_reference().fact_box.labels) == []


def test_prose_between_labelled_lines_ends_a_block():
    text = (
        "Date: 3 February 2020\nLocation: Ariha\n"
        "The team could not reach the site: it was shelled again.\n"
        "Perpetrator: Russian forces\n"
    )
    assert find_records(TextView(text), default_reference().fact_box.labels) == []


def test_the_first_test_for_a_table_lets_rows_through_and_prose_by():
    assert could_be_table("a | b | c\n1 | 2 | 3\n")
    assert could_be_table("a\tb\tc\n1\t2\t3\n")
    assert not could_be_table("Home | News\nA shell hit the town.\n")
    assert not could_be_table("No cells here at all.")


def test_a_governorate_column_puts_the_town_in_that_governorate():
    text = (
        "Shelling log\n\n"
        "| Date | Town | Governorate | Killed |\n"
        "| 7 February 2020 | al-Mansurah | Hama | 1 |\n"
        "| 8 February 2020 | al-Mansurah | Aleppo | 2 |\n"
        "| 9 February 2020 | al-Mansurah | Hama governorate | 0 |\n"
    )
    events = _events(text, language="en")
    assert [(e["place"]["text"], e["place"]["admin1"]) for e in events] == [
        ("al-Mansurah", "Hama"),
        ("al-Mansurah", "Aleppo"),
        ("al-Mansurah", "Hama"),
    ]


def test_commas_before_labels_and_bold_labels_separate_fields():
    text = (
        "Incidents\n\n"
        "**Date:** 3 February 2020, **Location:** Ariha, Idlib, **Perpetrator:** Russian forces\n"
        "التاريخ: 5 شباط 2020، المكان: خان شيخون، ريف إدلب، الجهة المنفذة: قوات النظام\n"
    )
    assert _table(_events(text)) == [
        ("2020-02-03", "attack", ("russia",), "Ariha", ()),
        ("2020-02-05", "attack", ("syrian-government",), "خان شيخون", ()),
    ]


def test_the_first_test_for_records_lets_one_line_records_through():
    assert could_have_records("Date: 3 May | Place: Ariha\nDate: 4 May | Place: Sarmin\n")
    assert not could_have_records("Date: 3 May | Place: Ariha\nThe town was quiet after that.\n")


def test_a_target_field_names_who_was_hit_and_no_perpetrator():
    text = (
        "Field log\n\n"
        "Date: 3 February 2020\nLocation: Ariha\nTarget: a school\n\n"
        "Date: 4 February 2020\nLocation: Sarmin\nTarget: a position of regime forces\n"
    )
    events = _events(text, language="en")
    assert [(e["perpetrators"], e["targets"]) for e in events] == [([], ["civilians"]), ([], ["syrian-government"])]


VICTIMS = (
    "سجل الضحايا المدنيين - نيسان 2020\n\n"
    "| الاسم | التاريخ | المحافظة | المنطقة | سبب الوفاة |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| فاطمة حسين الأحمد | 2020-04-02 | إدلب | سرمين | قصف جوي |\n"
    "| حسين علي الأحمد | 2020-04-02 | إدلب | سرمين | قصف جوي |\n"
    "| خالد يوسف النجار | 2020-04-02 | إدلب | بنش | قصف مدفعي |\n"
    "| رامي خالد النجار | 2020-04-05 | إدلب | بنش | قصف مدفعي |\n"
)


def test_the_rows_of_a_victims_list_of_one_day_and_place_are_one_incident():
    """A documentation centre's list names one person killed per row: the rows of one day, place and cause tell one
    incident, its toll the number of rows."""
    assert _table(_events(VICTIMS)) == [
        ("2020-04-02", "air_strike", (), "سرمين", ((2, None),)),
        ("2020-04-02", "shelling", (), "بنش", ((1, None),)),
        ("2020-04-05", "shelling", (), "بنش", ((1, None),)),
    ]


def test_field_blocks_naming_victims_count_one_killed_each():
    text = (
        "Victims documented\n\n"
        "Name: Samer Ahmad\nDate: 9 March 2020\nLocation: Ariha\nCause of death: air strike\n\n"
        "Name: Huda Ahmad\nDate: 9 March 2020\nLocation: Ariha\nCause of death: air strike\n"
    )
    assert _table(_events(text, language="en")) == [("2020-03-09", "air_strike", (), "Ariha", ((2, None),))]


def test_a_label_with_a_qualifier_of_its_own_names_its_field_and_the_account_after_a_block_gives_its_toll():
    """ "الجهة المسؤولة المرجحة", "Likely responsible party": a table label with words of its own after or before it;
    a block with no figure field takes the figures of the paragraph told after it, up to the next block."""
    text = (
        "توثيق هجمات شهر آذار\n"
        "\n"
        "### 1. سرمين\n"
        "- **التاريخ:** 4 آذار/مارس 2020\n"
        "- **الموقع:** الحي الغربي من مدينة سرمين\n"
        "- **الذخيرة المستخدمة:** صواريخ موجهة\n"
        "- **الجهة المسؤولة المرجحة:** القوات الروسية\n"
        "\n"
        "يظهر مقطع مصور دماراً في عدة منازل، وقال الدفاع المدني إن ثلاثة مدنيين قتلوا وأصيب سبعة آخرون.\n"
        "\n"
        "### 2. بنش\n"
        "- **التاريخ:** 9 آذار/مارس 2020\n"
        "- **الموقع:** وسط بلدة بنش\n"
        "- **الجهة المسؤولة المحتملة جداً:** قوات النظام\n"
        "\n"
        "لم تسجل إصابات في هذا الهجوم.\n"
    )
    assert [(e["first"], e["perpetrators"], (e["place"] or {}).get("text")) for e in _events(text)] == [
        ("2020-03-04", ["russia"], "سرمين"),
        ("2020-03-09", ["syrian-government"], "بنش"),
    ]
    assert [(c["killed"], c["wounded"]) for c in _events(text)[0]["claims"]] == [(3, 7)]


def test_a_record_told_in_a_description_field_takes_its_actor_and_toll_from_it():
    """ "الوصف: …" in place of perpetrator and casualty fields: the side the account names first did it (not the
    side holding the place, nor the victims' side), and the account's figures are the record's."""
    text = (
        "أبرز الحوادث الموثقة\n"
        "\n"
        "التاريخ: الأحد 6 آب 2017\n"
        "الموقع: حي الجورة الخاضع لسيطرة قوات النظام في مدينة دير الزور\n"
        "الوصف: استهدف تنظيم داعش الحي بقذائف الهاون، ما أدى إلى مقتل 4 مدنيين وإصابة 6 آخرين.\n"
        "\n"
        "التاريخ: الخميس 10 آب 2017\n"
        "الموقع: قرية الكسرة في ريف دير الزور الغربي\n"
        "الوصف: أعدم تنظيم داعش ثلاثة شبان بتهمة التعامل مع قوات سوريا الديمقراطية.\n"
    )
    events = _events(text, published=dt.datetime(2017, 8, 31))
    assert [(e["first"], e["perpetrators"]) for e in events] == [("2017-08-06", ["isis"]), ("2017-08-10", ["isis"])]
    assert [(c["killed"], c["wounded"]) for c in events[0]["claims"]] == [(4, 6)]

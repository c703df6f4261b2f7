"""Arabic incident catalogues and investigations of documentation groups (texts written for these tests in the ways
such groups lay out an entry; no corpus text): a night dated by its two weekdays and then its printed days, an entry
under a title line with its date, place and munition fields and a paragraph under them, the side the paragraph
attributes the attack to, or its word that the aircraft could not be identified."""

from __future__ import annotations

import datetime as dt

import pytest
from probe_table import assert_probe, probe_events

from timeline.dates import tag_dates

D = dt.date
PUBLISHED = dt.datetime(2018, 11, 20, 10, 0)  # a Tuesday, long after the nights below


def dates(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.text, m.first, m.last) for m in tag_dates(text, PUBLISHED) if not m.since]


NIGHTS = [
    # the night's weekdays, then its printed days: the printed days, never the last such night before publication
    ("التاريخ: ليل الخميس - الجمعة 8-9 شباط 2018", "ليل الخميس - الجمعة 8-9 شباط 2018", D(2018, 2, 8), D(2018, 2, 9)),
    (
        "قصفت المدفعية القرية ليلة الأحد/الاثنين 3-4 حزيران 2018 بعشرات القذائف",
        "ليلة الأحد/الاثنين 3-4 حزيران 2018",
        D(2018, 6, 3),
        D(2018, 6, 4),
    ),  # fmt: skip
    (
        "استمرت الغارات ليل الثلاثاء على الأربعاء، 6 و7 آذار 2018، حتى الفجر",
        "ليل الثلاثاء على الأربعاء، 6 و7 آذار 2018",
        D(2018, 3, 6),
        D(2018, 3, 7),
    ),  # fmt: skip
    (
        "وفي ليلة الجمعة - السبت ١٣-١٤ نيسان ٢٠١٨ سقطت قذائف على الحي",
        "ليلة الجمعة - السبت ١٣-١٤ نيسان ٢٠١٨",
        D(2018, 4, 13),
        D(2018, 4, 14),
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "span", "first", "last"), NIGHTS)
def test_a_nights_weekdays_before_its_printed_days_are_those_days(text, span, first, last):
    assert (span, first, last) in dates(text)
    assert len(dates(text)) == 1


@pytest.mark.parametrize("night", ["ليل السبت - الأحد 3-4 شباط 2018", "ليل 3-4 شباط 2018", "ليلة 3 - 4 شباط 2018"])
def test_a_day_counted_from_the_incident_counts_from_the_night_printed(night):
    found = dates(f"قصفت المدفعية البلدة {night}، ودخلتها القوات بعد أسبوع من الحادثة.")
    assert found[-1] == ("بعد أسبوع من الحادثة", D(2018, 2, 11), D(2018, 2, 11))


# An entry: a title line, its date, place and munition fields, and a paragraph under them that names no day. The
# paragraph's toll, told with no incident word, and the side it attributes the attack to are the entry's, never
# those of the incident told last in the entry before (a day counted from that one included).
CATALOGUE = """# هجمات على الأسواق والمخابز في ريف حماة (2018)

## منهجية
جمعنا المقاطع المصورة وشهادات الأهالي، ولا ننسب أي هجوم إلا بأدلة كافية.

### كفرزيتا: قصف مدفعي على حي سكني

**التاريخ:** ليل الأحد - الاثنين 4-5 شباط 2018
**الموقع:** كفرزيتا، الحي الشرقي
**الذخيرة:** قذائف مدفعية

سقطت القذائف على منازل الحي طوال الليل، ما أدى إلى مقتل رجل وإصابة ابنته. وعادت الفصائل إلى المدينة بعد عشرة أيام من الحادثة.

### اللطامنة: صواريخ على السوق

**التاريخ:** 19 آذار 2018
**الموقع:** اللطامنة، السوق الرئيسي
**الذخيرة:** صواريخ جو - أرض

قُتل خمسة مدنيين بينهم بائعان، وفق الدفاع المدني. ونُسب الهجوم إلى الطيران الروسي استناداً إلى مراصد الطيران المحلية.

### مورك: غارة قرب المخبز

**التاريخ:** الجمعة 6 نيسان 2018
**الموقع:** مورك، محيط المخبز
**الذخيرة:** قنابل غير موجهة

قُتل أربعة مدنيين كانوا ينتظرون الخبز أمام المخبز، بحسب ناشطين من البلدة. ولم نتمكن من تحديد هوية الطائرة المنفذة.

## خاتمة
تبقى هذه المجموعة مفتوحة للتحديث.
"""


def test_a_catalogues_entries_keep_their_own_day_toll_and_side():
    assert_probe(
        "2018-10-01",
        "مجموعة توثيق",
        CATALOGUE,
        [
            ("2018-02-04", "كفرزيتا", (), 1, None, None),
            ("2018-03-19", "اللطامنة", ("russia",), 5, None, "الدفاع المدني"),
            ("2018-04-06", "مورك", (), 4, None, "ناشطين"),
        ],
    )


# A register's entries: a numbered title line ending with the entry's day (bold marks around it, a Hijri day with the
# Gregorian one beside it, a night of two printed days), then a paragraph that names no day of its own.
REGISTER = """# سجل حوادث في ريف دير الزور الغربي (2017-2018)

## الحوادث

**1. حي الموظفين - 2 تشرين الأول 2017**
سقطت قذائف هاون أطلقها تنظيم الدولة على حي الموظفين، ما أسفر عن مقتل 4 مدنيين بحسب سانا.

**2. التبني - الخميس 12 ربيع الأول 1439 هـ (30 تشرين الثاني 2017)**
أغارت طائرات حربية روسية على سوق بلدة التبني، فقُتل 9 مدنيين وأصيب آخرون، وفق ناشطين محليين.

**3. معدان - ليل 9-10 كانون الثاني 2018**
لأهمية الحادثة نوردها كاملة: قصفت قوات النظام السوري أحياء بلدة معدان بالمدفعية الثقيلة، ما أدى إلى مقتل رجلين.

## ملاحظات
نواصل التوثيق.
"""


def test_a_numbered_title_ending_with_its_day_dates_the_entry_below():
    assert_probe(
        "2018-09-01",
        "سجل",
        REGISTER,
        [
            ("2017-10-02", "حي الموظفين", ("isis",), 4, None, "سانا"),
            ("2017-11-30", "التبني", ("russia",), 9, None, "ناشطين"),
            ("2018-01-09", "معدان", ("syrian-government",), 2, None, None),
        ],
    )


def _events(text: str) -> list[dict]:
    return probe_events(text, "2018-09-01")


DOERS = [
    # attributed: "نسب … إلى"
    ("يوم 5 آذار 2018 استهدفت غارتان منزلين في بلدة التح، نسبهما الأهالي إلى الطيران الروسي.", ("russia",)),
    ("قتل ثلاثة مدنيين بقصف على بلدة التح يوم 5 آذار 2018. ونُسب القصف إلى قوات النظام.", ("syrian-government",)),
    ("يوم 5 آذار 2018 سقطت صواريخ على سوق بلدة التح، وتنسب المراصد المحلية الهجوم إلى الطيران الروسي.", ("russia",)),
    # accused, the side closing the sentence
    (
        "قتل طفل بسقوط قذيفة على بلدة التح يوم 5 آذار 2018، ولم يُعرف موقع الإطلاق، لكن ناشطين اتهموا قوات الفرقة الرابعة.",
        ("syrian-government",),
    ),
    ("يوم 5 آذار 2018 سقطت قذائف على بلدة التح. واتهم الدفاع المدني الطيران الروسي.", ("russia",)),
    # the aircraft type told as one side's
    (
        "قتل أربعة مدنيين بغارة على بلدة التح يوم 5 آذار 2018. وحدد المرصد الطائرة بأنها من طراز سوخوي 22، وهو طراز يستخدمه سلاح الجو السوري.",
        ("syrian-government",),
    ),
    (
        "يوم 5 آذار 2018 ألقت مروحية حاويات حارقة على بلدة التح، وهي من طراز لا يستخدمه في المنطقة سوى سلاح الجو السوري.",
        ("syrian-government",),
    ),
    # ... and told as not that side's: no side
    ("يوم 5 آذار 2018 قصفت طائرة بلدة التح، وهي من طراز لا يستخدمه سلاح الجو السوري.", ()),
]


@pytest.mark.parametrize(("text", "doers"), DOERS)
def test_the_side_an_entry_names_as_the_doer_did_it(text, doers):
    event = next(e for e in _events(text) if e["place"] and "التح" in e["place"]["text"])
    assert tuple(event["perpetrators"]) == doers or (not doers and not event["perpetrators"])


UNKNOWN_SOURCE = [
    "ولم نتمكن من تحديد مصدر القصف.",
    "وتعذر تحديد مصدر الغارة.",
    "ولم نتمكن من تحديد هوية الطائرة المنفذة.",
]


@pytest.mark.parametrize("unknown", UNKNOWN_SOURCE)
def test_an_entry_whose_source_could_not_be_identified_takes_no_side_from_another(unknown):
    text = f"يوم 4 آذار 2018 قصفت طائرات روسية بلدة كفرنبل. وفي اليوم التالي قتلت امرأتان بقصف جوي على بلدة التح. {unknown}"
    assert [e["perpetrators"] for e in _events(text) if "التح" in e["place"]["text"]] == [[]]


HOMES = [
    "يوم 5 آذار 2018 قصفت طائرات حربية منازل في بلدة التح. قُتل 6 مدنيين، بينهم طفلان، من عائلة نازحة من مدينة كفرنبل.",
    "يوم 5 آذار 2018 استهدفت غارة جوية سوقاً في بلدة التح. وقتل ثلاثة رجال من قرية حاس.",
    "يوم 5 آذار 2018 سقطت قذائف على بلدة التح. وقُتل فيها أربعة أشخاص من أسرة واحدة نازحة من مدينة معرة النعمان.",
]


@pytest.mark.parametrize("text", HOMES)
def test_the_victims_home_town_told_after_an_incident_is_no_incident_of_its_own(text):
    events = _events(text)
    assert len(events) == 1 and "التح" in events[0]["place"]["text"]
    assert any(c["killed"] for c in events[0]["claims"])


# Field blocks with an entry's code ("رقم الحادثة: …", not its type) and a munition field: the kind of attack is the
# one the block's words tell ("قنابل شديدة الانفجار" is a bomb's kind, no explosion).
FILE = """## الحوادث

- **رقم الحادثة:** HMA-01
  - **التاريخ:** 14 آب 2016
  - **الموقع:** بلدة اللطامنة
  - **الجهة المنفذة:** الطيران الروسي
  - **الذخيرة:** قنابل جوية شديدة الانفجار
  - **الضحايا:** 5 قتلى مدنيين

- **رقم الحادثة:** HMA-02
  - **التاريخ:** 20 آب 2016
  - **الموقع:** بلدة كفرزيتا
  - **الجهة المنفذة:** قوات النظام
  - **الذخيرة:** قذائف مدفعية من عيار 130 ملم
  - **الضحايا:** 2 قتلى مدنيين
"""


def test_an_entrys_code_is_no_type_and_its_munition_tells_the_kind():
    kinds = {e["place"]["text"]: e["type"] for e in probe_events(FILE, "2016-12-01")}
    assert kinds == {"اللطامنة": "air_strike", "كفرزيتا": "shelling"}


# A table of incidents, then a paragraph on each row: a night told in the paragraph ("ليل الأحد - الاثنين 10-11 …")
# is the row's incident when the row gives the night's second day.
TABLE = """# حوادث موثقة في ريف إدلب خلال حزيران 2019

| # | التاريخ | المكان | الجهة المتهمة | القتلى |
|---|---|---|---|---|
| 1 | 4/6/2019 | كفرسجنة | قوات النظام | 3 |
| 2 | 11/6/2019 | الهبيط | القوات الروسية | 5 |

## تفاصيل الحوادث

**1- قصف على كفرسجنة**
ظهر الثلاثاء 4 حزيران 2019 سقطت قذائف مدفعية على وسط قرية كفرسجنة، ما أدى إلى مقتل 3 مدنيين.

**2- غارات على الهبيط**
ليل الاثنين - الثلاثاء 10-11 حزيران 2019 شنت طائرات حربية غارات على أطراف بلدة الهبيط، ما أسفر عن مقتل 5 مدنيين بينهم طفلان.
"""


def test_a_rows_night_told_below_the_table_is_the_rows_incident():
    assert_probe(
        "2019-07-01",
        "وحدة توثيق",
        TABLE,
        [
            ("2019-06-04", "كفرسجنة", ("syrian-government",), 3, None, None),
            ("2019-06-11", "الهبيط", ("russia",), 5, None, None),
        ],
    )


COUNTED_INCIDENTS = [
    "يوثق هذا التقرير سبع حوادث من حوادث القتل التي طالت المدنيين، أولها قصف قوات النظام بلدة كفرنبل في 5 أيلول 2017.",
    "وثقنا خمس هجمات قتل فيها مدنيون في ريف إدلب، وقصفت قوات النظام بلدة كفرنبل في 5 أيلول 2017.",
    "سجلنا أربع مجازر خلال الشهر، وقصفت قوات النظام بلدة كفرنبل في 5 أيلول 2017.",
]


@pytest.mark.parametrize("text", COUNTED_INCIDENTS)
def test_a_count_of_incidents_is_no_toll(text):
    (event,) = probe_events(text, "2017-10-01")
    assert not [c for c in event["claims"] if c["killed"] is not None]


CLAIMED = [
    "قتل 18 شخصا بتفجير سيارة مفخخة قرب قرية الصبحة يوم 19 تشرين الثاني 2017. وتبنى تنظيم الدولة التفجير في اليوم التالي.",
    "يوم 19 تشرين الثاني 2017 فجّر انتحاري سيارة مفخخة قرب قرية الصبحة، ما أدى إلى مقتل 18 شخصا. "
    "وتبنى التنظيم الهجوم عبر وكالته في اليوم التالي، زاعماً أنه استهدف تجمعاً لخصومه.",
    "انفجرت سيارة مفخخة قرب قرية الصبحة يوم 19 تشرين الثاني 2017 وقتل 18 شخصا. وتبنت جماعة مسلحة التفجير بعد يومين.",
]


@pytest.mark.parametrize("text", CLAIMED)
def test_a_claim_of_the_incident_on_a_later_day_is_no_incident_of_that_day(text):
    events = probe_events(text, "2018-01-10")
    assert [(e["first"], e["claims"][0]["killed"]) for e in events] == [("2017-11-19", 18)]


# A casualties field giving each source's figure, the two set apart by a semicolon (or a slash).
SOURCES = """## الحوادث

- **التاريخ:** 3 آذار 2016
- **الموقع:** بلدة كنصفرة
- **الجهة المنفذة:** الطيران الروسي
- **الضحايا:** 5 قتلى، بينهم طفلان (الدفاع المدني)؛ 7 قتلى (ناشطون محليون)

- **التاريخ:** 9 آذار 2016
- **الموقع:** بلدة البارة
- **الجهة المنفذة:** قوات النظام
- **الضحايا:** 2 قتلى (المجلس المحلي) / 4 قتلى (مرصد محلي)
"""


def test_each_sources_figure_of_a_casualties_field_is_kept():
    killed = {e["place"]["text"]: sorted(c["killed"] for c in e["claims"]) for e in probe_events(SOURCES, "2016-06-01")}
    assert killed == {"كنصفرة": [5, 7], "البارة": [2, 4]}


# The side an entry names as the doer before it tells the incident (the aircraft's type, then the toll); a toll with
# no incident word under an entry's date is that entry's, not the incident told next under the next entry.
TYPED = """### معرة النعمان: حاويات حارقة على سوق الهال

**التاريخ:** 2 أيار 2017
**الموقع:** معرة النعمان، سوق الهال
**الذخيرة:** حاويات حارقة

تُظهر أربعة مقاطع نُشرت مساء اليوم ذاته حرائق في المحال. ويظهر في أحد المقاطع أن المروحية من طراز مي-17، وهو طراز لا يستخدمه في المنطقة سوى سلاح الجو التابع للحكومة السورية. وأفاد الدفاع المدني بإصابة أربعة مدنيين بحروق.

### كفرنبل: قصف على حي سكني

**التاريخ:** 9 أيار 2017
**الموقع:** كفرنبل، الحي الغربي
**الذخيرة:** قذائف مدفعية

قُتل مدني وأصيب اثنان، ولم نتمكن من تحديد مصدر القذائف.
"""


def test_an_entrys_doer_named_before_its_toll_did_it():
    events = probe_events(TYPED, "2017-09-01")
    assert {e["place"]["text"]: e["perpetrators"] for e in events} == {
        "معرة النعمان": ["syrian-government"],
        "كفرنبل": [],
    }
    # the first entry's toll, told with no incident word, stays the first entry's
    assert {e["place"]["text"]: sorted((c["killed"] or 0, c["wounded"] or 0) for c in e["claims"]) for e in events} == {
        "معرة النعمان": [(0, 4)],
        "كفرنبل": [(1, 2)],
    }


STATIONED = [
    ("يوم 21 أيار 2018 قصفت مدفعية متمركزة في بلدة الصالحية منازل في قرية خشام، ما أدى إلى مقتل امرأة.", "خشام"),
    ("يوم 21 أيار 2018 قصفت قوات متمركزة في بلدة حاس قرية كفرنبل بالمدفعية.", "كفرنبل"),
    ("يوم 21 أيار 2018 سقطت قذائف أطلقتها عناصر متحصنة في تلة قريبة على بلدة اللطامنة، وقتل طفل.", "اللطامنة"),
]


@pytest.mark.parametrize(("text", "place"), STATIONED)
def test_the_place_fire_came_from_told_indefinite_is_no_place_hit(text, place):
    (event,) = probe_events(text, "2018-07-01")
    assert event["place"]["text"] == place

"""Arabic incident catalogues and investigations of documentation groups (texts written for these tests in the ways
such groups lay out an entry; no corpus text): field blocks carrying a field the labels do not know."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from probe_table import assert_probe, probe_events

from timeline.dates import tag_dates
from timeline.normalize import normalize

# Field blocks under numbered titles, each with one bold field the labels do not know between the known ones: the
# block goes on past it, so each block is still one incident with its own day, place and side.
BLOCKS = """# سجل الهجمات على الأسواق في ريف حلب الغربي (2017)

## السجل

### ١. الأتارب – السوق المسقوف

- **التاريخ:** الأحد ٥ شباط ٢٠١٧
- **الموقع:** السوق المسقوف، مدينة الأتارب
- **{label}:** صاروخان سقطا وسط المحال
- **الجهة المسؤولة:** الطيران الروسي
- **الضحايا:** ٧ قتلى بحسب الدفاع المدني

### ٢. دارة عزة – ساحة البلدة

- **التاريخ:** ١٣ آذار ٢٠١٧
- **الموقع:** ساحة بلدة دارة عزة
- **{label}:** قذائف مدفعية
- **الجهة المسؤولة:** قوات النظام
- **الضحايا:** ٣ قتلى بحسب ناشطين

### ٣. كفرناها – الطريق العام

- **التاريخ:** ٢٢ نيسان ٢٠١٧
- **الموقع:** الطريق العام قرب قرية كفرناها
- **{label}:** عبوة ناسفة
- **الجهة المسؤولة:** غير معروفة
- **الضحايا:** قتيلان بحسب مصادر محلية
"""


@pytest.mark.parametrize("label", ["الوسيلة", "الرابط", "ملاحظات الفريق", "طريقة التحقق"])
def test_a_bold_field_the_labels_do_not_know_does_not_end_the_block(label):
    assert_probe(
        "2017-06-01",
        "مجموعة توثيق",
        BLOCKS.format(label=label),
        [
            ("2017-02-05", "الأتارب", ("russia",), 7, None, None),
            ("2017-03-13", "دارة عزة", ("syrian-government",), 3, None, None),
            ("2017-04-22", "كفرناها", (), 2, None, None),
        ],
    )


# A table of incidents, then a section on each row telling it again with the toll another source gave, or the toll
# raised later: every figure is the row's incident's, the later one too, whatever day it was told (the clause reading
# joins the row and its section into one incident; the row's record keeps that incident's other figures).
TABLE = """# هجمات على المخابز في ريف إدلب خلال شباط ٢٠١٨

## مقدمة

شهد ريف إدلب خلال شباط ٢٠١٨ هجمات متكررة على المخابز والأفران، في وقت يفترض فيه أن تكون المنطقة مشمولة باتفاق خفض
التصعيد. ويوثق هذا التقرير هجومين منها فقط.

## المنهجية

اعتمدنا على شهادات عاملين في الأفران وأهالٍ من البلدتين، وعلى مقاطع مصورة تحققنا من مواقعها.

## جدول الهجمات

| # | التاريخ | الموقع | الجهة المنفذة | السلاح | الضحايا |
|---|---|---|---|---|---|
| 1 | ٤ شباط ٢٠١٨ | فرن بلدة بنش | الطيران الروسي | صواريخ جوية | ٥ قتلى |
| 2 | ١١ شباط ٢٠١٨ | فرن مدينة سراقب | قوات النظام | قذائف مدفعية | ٢ قتلى |

## تفاصيل

### ١. بنش

صباح الأحد ٤ شباط استهدفت طائرة حربية فرن بلدة بنش أثناء توزيع الخبز، ما أدى إلى مقتل خمسة مدنيين. {later}

### ٢. سراقب

ظهر الأحد ١١ شباط سقطت قذائف مدفعية قرب فرن مدينة سراقب، ما أدى إلى مقتل مدنيين اثنين.
"""

LATER_TOLLS = [
    "وقال الدفاع المدني إن حصيلة القتلى بلغت ثمانية بعد وفاة جرحى.",
    "في حين أفاد ناشطون محليون أن الحصيلة بلغت ثمانية قتلى.",
    "وأعلن الدفاع المدني في اليوم التالي ارتفاع الحصيلة إلى ٨ قتلى.",
]


@pytest.mark.parametrize("later", LATER_TOLLS)
def test_a_later_or_other_toll_told_under_a_rows_section_is_the_rows(later):
    assert_probe(
        "2018-04-01",
        "مجموعة توثيق",
        TABLE.format(later=later),
        [
            ("2018-02-04", "بنش", ("russia",), 8, None, None),
            ("2018-02-11", "سراقب", ("syrian-government",), 2, None, None),
        ],
    )


# Field blocks, each followed by its paragraph: a toll raised the day after, told there, is the block's incident's.
RAISED = """# حوادث موثقة في ريف إدلب الجنوبي خلال نيسان ٢٠١٨

نورد فيما يلي حادثتين تحققنا منهما.

## الحوادث

### الحادثة ١: غارة على سوق معرة النعمان

- **التاريخ:** ٩ نيسان ٢٠١٨
- **الموقع:** السوق الرئيسي، معرة النعمان
- **الجهة المسؤولة:** الطيران الروسي
- **الضحايا:** ٦ قتلى بحسب الدفاع المدني

سقطت الصواريخ وسط السوق وقت الذروة. {later}

### الحادثة ٢: قصف على حي سكني في كفرنبل

- **التاريخ:** ١٥ نيسان ٢٠١٨
- **الموقع:** الحي الشرقي، كفرنبل
- **الجهة المسؤولة:** قوات النظام
- **الضحايا:** قتيلان بحسب ناشطين
"""

RAISES = [
    "وأعلن المرصد في اليوم التالي ارتفاع الحصيلة إلى ٩ قتلى.",
    "وبعد يومين قال الدفاع المدني إن حصيلة القتلى ارتفعت إلى ٩.",
    "وقالت مصادر طبية في اليوم التالي إن الحصيلة بلغت تسعة قتلى بعد وفاة ثلاثة جرحى.",
]


@pytest.mark.parametrize("later", RAISES)
def test_a_toll_raised_later_told_under_a_block_is_the_blocks(later):
    assert_probe(
        "2018-06-01",
        "مجموعة توثيق",
        RAISED.format(later=later),
        [
            ("2018-04-09", "معرة النعمان", ("russia",), 9, None, None),
            ("2018-04-15", "كفرنبل", ("syrian-government",), 2, None, None),
        ],
    )


RISEN = [
    "ورفع الدفاع المدني الحصيلة في اليوم التالي إلى ٨ بعد وفاة جريحين.",
    "وبعد يومين ارتفعت حصيلة القتلى إلى ثمانية.",
    "وفي اليوم التالي أعلنت مصادر طبية ارتفاع عدد القتلى إلى ٨.",
    "وقال ناشطون بعد يومين إن عدد الضحايا ارتفع إلى ثمانية.",
]


@pytest.mark.parametrize("risen", RISEN)
def test_a_toll_told_risen_on_a_later_day_is_no_incident_of_that_day(risen):
    text = f"يوم 5 آذار 2017 قصفت طائرات حربية سوق بلدة سرمين، ما أدى إلى مقتل خمسة مدنيين. {risen}"
    assert_probe("2017-06-01", "x", text, [("2017-03-05", "سرمين", (), 8, None, None)])


TWO_HUNDRED = [
    "يوم 5 آذار 2012 قصفت قوات النظام حي الخالدية، ما أدى إلى مقتل أكثر من مئتي شخص.",
    "يوم 5 آذار 2012 قصفت قوات النظام حي الخالدية، وقتل في القصف نحو مائتي مدني.",
    "يوم 5 آذار 2012 قصفت قوات النظام حي الخالدية، وقالت المعارضة إن القصف أودى بحياة ما يزيد على مئتي شخص.",
]


@pytest.mark.parametrize("text", TWO_HUNDRED)
def test_two_hundred_in_the_construct_state_after_a_preposition_is_counted(text):
    assert_probe("2012-06-01", "x", text, [("2012-03-05", "الخالدية", ("syrian-government",), 200, None, None)])


# A register whose entries open with a bold numbered title ending with the entry's day: an entry numbered again with
# a suffix ("2 مكرر."), a day followed by "and the days after it", or two days running, dates the paragraph under it.
REGISTER = """# سجل حوادث ريف دمشق خلال نيسان ٢٠١٥

## الحوادث

**١. دوما – ٣ نيسان ٢٠١٥**

قصفت قوات النظام أحياء مدينة دوما بالمدفعية، ما أدى إلى مقتل ثلاثة مدنيين.

**٢. زملكا – ٩ نيسان ٢٠١٥**

ألقى الطيران المروحي التابع للنظام برميلين على زملكا، ما أدى إلى مقتل رجلين.

**{title}**

{paragraph}
"""

LATER_TITLES = [
    ("٢ مكرر. حرستا – ليل ١١-١٢ نيسان ٢٠١٥", "2015-04-11"),
    ("٢ مكرر. حرستا – ١٢ نيسان ٢٠١٥", "2015-04-12"),
    ("٣. حرستا – ١٥ نيسان ٢٠١٥ وما تلاه", "2015-04-15"),
    ("٣. حرستا – ١٥ نيسان ٢٠١٥ وما بعده", "2015-04-15"),
    ("٣. حرستا – ١٥ نيسان ٢٠١٥ والأيام التالية", "2015-04-15"),
    ("٣. حرستا – ١٥ و١٦ نيسان ٢٠١٥", "2015-04-15"),
]


@pytest.mark.parametrize(("title", "day"), LATER_TITLES)
def test_an_entry_numbered_again_or_running_on_after_its_day_is_dated_by_its_title(title, day):
    paragraph = "تعرضت الأحياء الغربية من مدينة حرستا لقصف بقذائف الهاون، ما أدى إلى مقتل امرأة."
    assert_probe(
        "2015-05-04",
        "مركز توثيق",
        REGISTER.format(title=title, paragraph=paragraph),
        [
            ("2015-04-03", "دوما", ("syrian-government",), 3, None, None),
            ("2015-04-09", "زملكا", ("syrian-government",), 2, None, None),
            (day, "حرستا", ("syrian-government",), 1, None, None),
        ],
    )


# Field blocks, then a paragraph on incidents the group could not verify fully: one told in a week or in part of a
# month of its own, with its place, is an incident beside the records (the month's with a figure of its own).
LOG = """# سجل التفجيرات في ريف حمص خلال ٢٠١٦

## السجل

- **التاريخ:** ٧ آذار ٢٠١٦
- **الموقع:** سوق مدينة تلبيسة
- **الجهة المسؤولة:** غير معروفة
- **الضحايا:** ٥ قتلى بحسب ناشطين

- **التاريخ:** ٢٠ حزيران ٢٠١٦
- **الموقع:** مدخل مدينة الرستن
- **الجهة المسؤولة:** غير معروفة
- **الضحايا:** ٣ قتلى بحسب ناشطين

## حوادث لم نتحقق منها

{prose}
"""

APART = [
    ("وتحدث سكان عن انفجار عبوة ناسفة قرب مدرسة في قرية الغنطو في الأسبوع الأول من أيلول، دون إصابات.", "الغنطو", None),
    ("ومنها انفجار دراجة مفخخة في قرية الغنطو منتصف آب ٢٠١٦، قالت مصادر محلية إنه أدى إلى مقتل شخصين.", "الغنطو", 2),
    ("وانفجرت عبوة ناسفة بسيارة في قرية الغنطو أواخر تشرين الأول ٢٠١٦، ما أدى إلى مقتل ثلاثة أشخاص.", "الغنطو", 3),
]


@pytest.mark.parametrize(("prose", "place", "killed"), APART)
def test_an_incident_told_beside_the_records_in_a_week_or_part_of_a_month_is_kept(prose, place, killed):
    events = probe_events(LOG.format(prose=prose), "2016-12-20")
    assert len(events) == 3
    (apart,) = [e for e in events if place in (e["place"] or {}).get("text", "")]
    assert max((c["killed"] or 0 for c in apart["claims"]), default=0) == (killed or 0)


def test_a_month_told_beside_the_records_with_no_figure_is_no_incident():
    prose = "وشهدت قرية الغنطو خلال آب ٢٠١٦ قصفاً متقطعاً لم نتمكن من توثيق نتائجه."
    assert len(probe_events(LOG.format(prose=prose), "2016-12-20")) == 2


# "المخيم" told after a camp is named is that camp: the barrels dropped "on the camp" fell there, not on the quarter
# where the same side's last incident was, nor nowhere when a toll with no place was told in between.
CAMP = """# سجل حوادث دمشق خلال نيسان ٢٠١٥

## أولاً: شرق دمشق

**١. جوبر – ٣ نيسان ٢٠١٥**

قصف الطيران الحربي التابع لقوات النظام حي جوبر، ما أدى إلى مقتل ثلاثة مدنيين.

## ثانياً: جنوب دمشق

**٢. مخيم اليرموك – ١ نيسان ٢٠١٥**

اقتحم مقاتلو تنظيم الدولة مخيم اليرموك قادمين من حي الحجر الأسود، ودارت اشتباكات عنيفة استمرت أياماً. {barrels}
"""

BARRELS = [
    "وفي أعقاب الاقتحام، ألقى الطيران المروحي التابع للنظام براميل متفجرة على المخيم، وقد وثقنا سقوط عشرين برميلاً بين ٥ "
    "و١٠ نيسان، أدت إلى مقتل ستة مدنيين.",
    "وبين ٥ و١٠ نيسان ألقت مروحيات النظام عشرين برميلاً متفجراً على المخيم، ما أدى إلى مقتل ستة مدنيين.",
    "وبين ٥ و١٠ نيسان قصف الطيران المروحي التابع للنظام أحياء في المخيم بالبراميل المتفجرة، فقتل ستة مدنيين.",
    # a toll told in between with no place of its own: the camp is still the one named before it
    "ووثقنا مقتل عشرين شخصاً على الأقل في الأيام الخمسة الأولى، بينهم مدنيون أعدموا ميدانياً. وفي أعقاب الاقتحام، ألقى الطيران المروحي التابع للنظام "
    "براميل متفجرة على المخيم بين ٥ و١٠ نيسان، ما أدى إلى مقتل ستة مدنيين.",
    "وأعدم التنظيم في الأيام الأولى خمسة عشر شخصاً. وبين ٥ و١٠ نيسان ألقت مروحيات النظام براميل متفجرة على المخيم، فقتل ستة "
    "مدنيين.",
]


@pytest.mark.parametrize("barrels", BARRELS)
def test_the_camp_told_after_a_camp_is_named_is_that_camp(barrels):
    events = probe_events(CAMP.format(barrels=barrels), "2015-05-04")
    (barrel,) = [e for e in events if e["first"] == "2015-04-05"]
    assert barrel["place"]["text"] == "مخيم اليرموك"


# "the same hospital" ("المشفى نفسه", "البلدة ذاتها") told of an earlier attack under an entry is the entry's place,
# however many lines of fields stand between, not the region the report's summary names.
SAME_PLACE = """# هجمات على منشآت طبية في ريف حماة الشمالي خلال صيف ٢٠١٩

## ملخص

يجمع هذا التقرير حادثتين تحقق فريقنا منهما في ريف حماة الشمالي.

## الحوادث

### الحادثة ١: قصف على مستوصف كفرزيتا

- **التاريخ:** ٣ حزيران ٢٠١٩
- **الموقع:** المستوصف، كفرزيتا
- **الجهة المسؤولة المحتملة:** الطيران المروحي التابع للحكومة السورية
- **الضحايا:** ممرض قتيل

تظهر المقاطع دماراً في واجهة المستوصف.

### الحادثة ٢: غارات على محيط مشفى اللطامنة

- **التاريخ:** ليل ٢٦-٢٧ تموز ٢٠١٩
- **الموقع:** محيط مشفى اللطامنة الجراحي، اللطامنة
- **الجهة المسؤولة المحتملة:** القوات الجوية الروسية
- **الضحايا:** جريحان من الكادر الطبي

يقع المشفى في مبنى محصن. {earlier}"""

EARLIER = [
    "وكان المشفى نفسه قد تعرض لغارة مماثلة في ٢٥ آذار ٢٠١٧ أدت حينها إلى مقتل طبيب.",
    "وكان المستشفى ذاته قد استهدف بغارة جوية في ٢٥ آذار ٢٠١٧ قتل فيها طبيب.",
    "وتعرضت البلدة نفسها لغارة جوية في ٢٥ آذار ٢٠١٧ أدت إلى مقتل طبيب.",
]


@pytest.mark.parametrize("earlier", EARLIER)
def test_the_same_site_told_of_an_earlier_attack_is_the_entrys_place(earlier):
    events = probe_events(SAME_PLACE.format(earlier=earlier), "2019-09-16")
    (before,) = [e for e in events if e["first"] == "2017-03-25"]
    assert before["place"]["text"] == "اللطامنة"


RUNNING_DAYS = [
    ("**٧. عين ترما – ٢٥ و٢٦ نيسان ٢٠١٥**", "٢٥ و٢٦ نيسان ٢٠١٥"),
    ("دارت الاشتباكات على أطراف البلدة ٣٠ و٣١ آذار ٢٠١٥ دون توقف", "٣٠ و٣١ آذار ٢٠١٥"),
    ("- ٨ و٩ أيار ٢٠١٥: قصف متقطع على الحي الشرقي", "٨ و٩ أيار ٢٠١٥"),
]


@pytest.mark.parametrize(("text", "span"), RUNNING_DAYS)
def test_two_days_running_joined_by_and_are_both_days(text, span):
    found = [(m.text, m.first, m.last) for m in tag_dates(text, dt.datetime(2015, 6, 1)) if not m.since]
    first, last = (int(d) for d in re.findall(r"\d+", normalize(span).text)[:2])
    assert found == [(span, found[0][1].replace(day=first), found[0][1].replace(day=last))]


OWN_LOSSES = [
    "في حين قال الفيلق إن خسائره اقتصرت على ثلاثة مقاتلين.",
    "وقال الفيلق في بيان إن خسائره بلغت ثلاثة مقاتلين.",
    "بينما أكد الفيلق أن خسائره لم تتجاوز ثلاثة عناصر.",
]


@pytest.mark.parametrize("losses", OWN_LOSSES)
def test_a_sides_losses_told_as_a_count_of_its_fighters_are_a_toll(losses):
    text = (
        "يوم 3 نيسان 2015 قصف الطيران الحربي التابع لقوات النظام حي جوبر، ما أدى إلى مقتل أربعة من مقاتلي فيلق الرحمن، "
        f"{losses}"
    )
    (event,) = probe_events(text, "2015-05-01")
    assert sorted(c["killed"] for c in event["claims"]) == [3, 4]


NEW_OR_OLD = [
    ("يوم 5 أيار 2016 انفجرت عبوة ناسفة في حي عكرمة الجديدة بحمص، ما أدى إلى مقتل أربعة مدنيين.", "عكرمة الجديدة"),
    (
        "يوم 5 أيار 2016 انفجرت سيارة مفخخة في حي عكرمة القديمة بمدينة حمص، ما أدى إلى مقتل أربعة مدنيين.",
        "عكرمة القديمة",
    ),
    ("يوم 5 أيار 2016 سقطت قذائف على حي الوعر القديم في حمص، ما أدى إلى مقتل ثلاثة مدنيين.", "الوعر القديم"),
    ("يوم 5 أيار 2016 قصفت قوات النظام بلدة كفرنبودة الجديدة، ما أدى إلى مقتل ثلاثة مدنيين.", "كفرنبودة الجديدة"),
]


@pytest.mark.parametrize(("text", "place"), NEW_OR_OLD)
def test_new_or_old_after_a_name_names_the_quarter_beside_it(text, place):
    (event,) = probe_events(text, "2016-06-01")
    assert event["place"]["text"].endswith(place)


# An entry's title names the old city; its paragraph names a quarter the gazetteer lacks: the quarter is the incident's
# place, not the title's city, nor the quarter where the entry before it happened.
QUARTER = """# سجل حوادث دمشق خلال أيار ٢٠١٦

## الحوادث

**١. جوبر – ٣ أيار ٢٠١٦**

قصف الطيران الحربي التابع لقوات النظام حي جوبر، ما أدى إلى مقتل ثلاثة مدنيين.

**٢. دمشق القديمة – ٩ أيار ٢٠١٦**

{paragraph}
"""

UNLISTED_QUARTERS = [
    (
        "قالت وسائل الإعلام الرسمية إن قذيفتي هاون سقطتا في حي القيمرية بدمشق القديمة، ما أدى إلى إصابة مدنيين.",
        "القيمرية",
    ),
    ("سقطت قذيفة هاون على حي الخراب في دمشق القديمة، ما أدى إلى إصابة ثلاثة مدنيين.", "الخراب"),
    ("أفادت وكالة سانا بسقوط قذائف على حي مئذنة الشحم، ما أدى إلى إصابة امرأة.", "مئذنة الشحم"),
]


@pytest.mark.parametrize(("paragraph", "quarter"), UNLISTED_QUARTERS)
def test_a_quarter_the_gazetteer_lacks_is_the_entrys_place_not_its_titles_city(paragraph, quarter):
    events = probe_events(QUARTER.format(paragraph=paragraph), "2016-06-01")
    assert [e["place"]["text"] for e in events] == ["جوبر", quarter]


# A bombing no one claimed: the sentence denying a claim ("لم تتبن أي جهة التفجير") is the incident told before, no
# incident of its own, so the toll another source gave after it stays that incident's.
BOMBING = """# تفجيرات في مدينة إدلب خلال آذار ٢٠١٧

## مقدمة

شهدت مدينة إدلب خلال آذار ٢٠١٧ تفجيرين بسيارات مفخخة في أحياء مكتظة، في وقت يفترض فيه أن يكون وقف إطلاق النار سارياً.

## المنهجية

اعتمدنا على شهادات سكان وعاملين في الدفاع المدني، وعلى صور تحققنا من مواقعها.

## جدول الحوادث

| # | التاريخ | الموقع | الجهة المنفذة | الوسيلة | الضحايا |
|---|---|---|---|---|---|
| 1 | ٦ آذار ٢٠١٧ | حي الجامعة، مدينة إدلب | غير معروفة | سيارة مفخخة | ٤ قتلى |
| 2 | ٢٠ آذار ٢٠١٧ | حي الثورة، مدينة إدلب | غير معروفة | سيارة مفخخة | ٧ قتلى |

## التفاصيل

### ١. حي الجامعة

عصر الاثنين ٦ آذار انفجرت سيارة مفخخة قرب دوار الجامعة، ما أدى إلى مقتل أربعة مدنيين.

### ٢. حي الثورة

مساء الاثنين ٢٠ آذار انفجرت سيارة مفخخة مركونة قرب سوق حي الثورة، ما أدى إلى مقتل سبعة أشخاص. {denied} وأفادت مصادر محلية أن الحصيلة
بلغت تسعة قتلى.
"""

DENIED = ["لم تتبن أي جهة التفجير.", "ولم تتبن أي جهة الانفجار حتى الآن.", "ولم يتبن أي فصيل التفجير."]


@pytest.mark.parametrize("denied", DENIED)
def test_a_claim_denied_is_of_the_incident_told_and_the_toll_after_it_stays_its(denied):
    events = probe_events(BOMBING.format(denied=denied), "2017-04-05")
    assert [(e["first"], sorted(c["killed"] for c in e["claims"] if c["killed"])) for e in events] == [
        ("2017-03-06", [4]),
        ("2017-03-20", [7, 9]),
    ]


# A record's place field naming a quarter the gazetteer does not file and then its city: the quarter is the place,
# in the city's governorate.
QUARTER_FIELDS = """# سجل الهجمات على الأحياء السكنية (٢٠١٦)

- **التاريخ:** ٤ شباط ٢٠١٦
- **الموقع:** {place}
- **الجهة المسؤولة:** غير معروفة
- **الضحايا:** ٣ قتلى

- **التاريخ:** ٩ شباط ٢٠١٦
- **الموقع:** بلدة معرة مصرين
- **الجهة المسؤولة:** غير معروفة
- **الضحايا:** قتيلان
"""

QUARTER_PLACES = [
    ("شارع الكورنيش، حي الضبيط، مدينة إدلب", "Idlib"),
    ("حي النزهة، مدينة حمص", "Homs"),
    ("دوار الساعة، حي القصور، مدينة حماة", "Hama"),
]


@pytest.mark.parametrize(("place", "governorate"), QUARTER_PLACES)
def test_a_quarter_told_with_its_city_in_a_field_lies_in_the_citys_governorate(place, governorate):
    events = probe_events(QUARTER_FIELDS.format(place=place), "2016-06-01")
    assert events[0]["place"]["admin1"] == governorate


COVERED_MONTHS = [
    ("وقد وثقنا الحادثة في تقريرنا الشهري عن كانون الثاني.", "كانون الثاني", 1),
    ("ونشر المرصد حصيلته عن تشرين الأول بعد أسبوع.", "تشرين الأول", 10),
    ("وتضمن التقرير عن أيلول أسماء الضحايا.", "أيلول", 9),
]


@pytest.mark.parametrize(("text", "span", "month"), COVERED_MONTHS)
def test_the_month_a_report_is_about_is_a_date(text, span, month):
    found = [(m.text, m.first) for m in tag_dates(text, dt.datetime(2017, 12, 20)) if not m.since]
    assert found == [(span, dt.date(2017, month, 1))]


SUSPECTS = [
    "وقالت الهيئة في بيان إنها اعتقلت خلية متهمة بالتفجير.",
    "وأعلنت هيئة تحرير الشام لاحقاً أنها ألقت القبض على ثلاثة أشخاص متهمين بتنفيذ التفجير.",
    "واعتقلت فصائل المعارضة في اليوم التالي رجلين متهمين بالتفجير.",
    "وأوقفت هيئة تحرير الشام شابين بتهمة تنفيذ الهجوم.",
]
# ... but a participle of accusing names the side accused: "متهمة الإرهابيين بالتفجير" (tests/test_probe_ar9.py)


@pytest.mark.parametrize("suspects", SUSPECTS)
def test_the_side_arresting_suspects_of_an_incident_told_is_none_of_its_parties(suspects):
    text = f"يوم 5 آذار 2017 انفجرت سيارة مفخخة في مدينة سرمدا، ما أدى إلى مقتل ستة أشخاص. {suspects}"
    assert_probe("2017-06-01", "x", text, [("2017-03-05", "سرمدا", (), 6, None, None)])

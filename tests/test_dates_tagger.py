"""End-to-end tests of the date tagger: every form of issue 3, in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import DateMention, tag_dates
from timeline.dates.resolver import NO_DCT, RELATIVE_MISMATCH, WEEKDAY_MISMATCH

THURSDAY = dt.datetime(2019, 3, 14, 11, 30)  # publication date-time of the Arabic sentences below
D = dt.date


def only(text: str, published=THURSDAY) -> DateMention:
    """The one point date of ``text`` (a "since X" interval is reported beside its X, see test_since_*)."""
    found = [m for m in tag_dates(text, published) if not m.since]
    assert len(found) == 1, [m.text for m in found]
    return found[0]


CASES = [
    # numeric, day-first or year-first decided by the numbers
    ("أغارت الطائرات على البلدة يوم 2019.03.10 في ساعات الفجر", "2019.03.10", D(2019, 3, 10), D(2019, 3, 10)),
    ("وجدد المرصد تحذيره في 11.03.2019 من موجة نزوح", "11.03.2019", D(2019, 3, 11), D(2019, 3, 11)),
    ("صدر البيان بتاريخ 2019/03/01 عن القيادة", "2019/03/01", D(2019, 3, 1), D(2019, 3, 1)),
    ("وثّق الفريق القصف في 26\\02\\2019 بالصور", "26\\02\\2019", D(2019, 2, 26), D(2019, 2, 26)),
    ("نشرت الوكالة الخبر في 2019-03-12 مساء", "2019-03-12", D(2019, 3, 12), D(2019, 3, 12)),
    ("the report dated 03/25/2018 was leaked", "03/25/2018", D(2018, 3, 25), D(2018, 3, 25)),
    # Arabic-Indic digits
    ("كتب المدوّن يوم ٢٧ فبراير ٢٠١٩ عن الغارات", "يوم ٢٧ فبراير ٢٠١٩", D(2019, 2, 27), D(2019, 2, 27)),
    ("سقطت القذائف في ١٢ آذار", "١٢ آذار", D(2019, 3, 12), D(2019, 3, 12)),
    # day + month name in both sets, with and without ال, with year, paired
    ("عاد الهدوء في 5 كانون ثاني 2019 لساعات", "5 كانون ثاني 2019", D(2019, 1, 5), D(2019, 1, 5)),
    ("اجتمع الطرفان في 3 تشرين الأول 2018 في أنقرة", "3 تشرين الأول 2018", D(2018, 10, 3), D(2018, 10, 3)),
    ("وقع الانفجار في 7 ابريل 2018 قرب السوق", "7 ابريل 2018", D(2018, 4, 7), D(2018, 4, 7)),
    ("توقف القصف في 9 إبريل 2018 مؤقتاً", "9 إبريل 2018", D(2018, 4, 9), D(2018, 4, 9)),
    ("بدأت الهدنة في 20 مايو/ أيار 2018 رسمياً", "20 مايو/ أيار 2018", D(2018, 5, 20), D(2018, 5, 20)),
    ("اتفق الرئيسان في 17 سبتمبر/ أيلول 2018 على المنطقة", "17 سبتمبر/ أيلول 2018", D(2018, 9, 17), D(2018, 9, 17)),
    ("ومنذ أيلول/سبتمبر 2018 تتكرر الخروقات", "أيلول/سبتمبر 2018", D(2018, 9, 1), D(2018, 9, 30)),
    ("تراجعت الغارات خلال شهر أيلول بشكل لافت", "شهر أيلول", D(2018, 9, 1), D(2018, 9, 30)),
    (
        "تم التوقيع يوم الـ 17 مِن شهر أيلول الماضي بحضور الوفود",
        "يوم الـ 17 مِن شهر أيلول الماضي",
        D(2018, 9, 17),
        D(2018, 9, 17),
    ),
    ("سيعقد اللقاء في 20 آذار المقبل بحسب المصادر", "20 آذار المقبل", D(2019, 3, 20), D(2019, 3, 20)),
    ("سيعقد اللقاء في 2 شباط المقبل بحسب المصادر", "2 شباط المقبل", D(2020, 2, 2), D(2020, 2, 2)),
    ("قتل المدنيون في 2 آذار الجاري", "2 آذار الجاري", D(2019, 3, 2), D(2019, 3, 2)),
    ("قصفت المدفعية البلدة في 23 كانون الأول", "23 كانون الأول", D(2018, 12, 23), D(2018, 12, 23)),
    ("نشر التقرير الأول في 17 سبتمر 2018 بحسب المرصد", "17 سبتمر 2018", D(2018, 9, 17), D(2018, 9, 17)),
    ("وسجل المرصد في 4 نوفمير 2018 مقتل مدني", "4 نوفمير 2018", D(2018, 11, 4), D(2018, 11, 4)),
    # a year after a year noun belongs to the date before it
    (
        "وُقّع البروتوكول في الحادي والعشرين من آب عام 2015 بحضور الوسطاء",
        "الحادي والعشرين من آب عام 2015",
        D(2015, 8, 21),
        D(2015, 8, 21),
    ),
    ("انهارت الهدنة في 4 تموز من عام 2016 بعد أيام", "4 تموز من عام 2016", D(2016, 7, 4), D(2016, 7, 4)),
    ("يعود القرار إلى 9 كانون الثاني لعام 2017", "9 كانون الثاني لعام 2017", D(2017, 1, 9), D(2017, 1, 9)),
    ("صدر المرسوم في 2 نيسان للعام 2014", "2 نيسان للعام 2014", D(2014, 4, 2), D(2014, 4, 2)),
    ("وقعت المجزرة في 11 آذار سنة 2013", "11 آذار سنة 2013", D(2013, 3, 11), D(2013, 3, 11)),
    ("تأسس المجلس في حزيران عام 2016 في غازي عنتاب", "حزيران عام 2016", D(2016, 6, 1), D(2016, 6, 30)),
    ("The council was founded on 3 May in the year 2012.", "3 May in the year 2012", D(2012, 5, 3), D(2012, 5, 3)),
    # month references
    ("وأوضح أن أيلول الماضي كان الأهدأ", "أيلول الماضي", D(2018, 9, 1), D(2018, 9, 30)),
    ("قُتل العشرات خلال الشهر الماضي", "الشهر الماضي", D(2019, 2, 1), D(2019, 2, 28)),
    ("ارتفعت الخروقات منذ مطلع الشهر الجاري", "مطلع الشهر الجاري", D(2019, 3, 1), D(2019, 3, 31)),
    ("ينتظر وصول الوفد في منتصف الشهر المقبل", "منتصف الشهر المقبل", D(2019, 4, 1), D(2019, 4, 30)),
    ("وتراجعت المعارك أواخر الشهر الماضي", "أواخر الشهر الماضي", D(2019, 2, 1), D(2019, 2, 28)),
    ("سقط مئات الضحايا خلال العام الماضي", "العام الماضي", D(2018, 1, 1), D(2018, 12, 31)),
    ("ارتفع عدد النازحين منذ بداية العام", "بداية العام", D(2019, 1, 1), D(2019, 12, 31)),
    ("كان تشرين الأول من العام الماضي داميا", "تشرين الأول من العام الماضي", D(2018, 10, 1), D(2018, 10, 31)),
    # ordinal days in words
    ("قصفت الطائرات القرية في الثاني من الشهر الجاري", "الثاني من الشهر الجاري", D(2019, 3, 2), D(2019, 3, 2)),
    ("انسحبت القوات في الحادي عشر من الشهر الماضي", "الحادي عشر من الشهر الماضي", D(2019, 2, 11), D(2019, 2, 11)),
    (
        "دفن الضحايا في الحادية والعشرين من الشهر الماضي",
        "الحادية والعشرين من الشهر الماضي",
        D(2019, 2, 21),
        D(2019, 2, 21),
    ),
    # relative days
    ("استهدفت الطائرات المدينة اليوم بعدة غارات", "اليوم", D(2019, 3, 14), D(2019, 3, 14)),
    ("استهدفت الطائرات المدينة أمس بعدة غارات", "أمس", D(2019, 3, 13), D(2019, 3, 13)),
    ("وقال المتحدث يوم أمس إن الهدنة صامدة", "يوم أمس", D(2019, 3, 13), D(2019, 3, 13)),
    ("قُتل أمس الأول ثلاثة مقاتلين", "أمس الأول", D(2019, 3, 12), D(2019, 3, 12)),
    ("قُتل أول أمس ثلاثة مقاتلين", "أول أمس", D(2019, 3, 12), D(2019, 3, 12)),
    ("سيزور الوفد المنطقة غداً للمعاينة", "غداً", D(2019, 3, 15), D(2019, 3, 15)),
    ("سيزور الوفد المنطقة بعد غد للمعاينة", "بعد غد", D(2019, 3, 16), D(2019, 3, 16)),
    ("أصيب مدني قبل يومين برصاص قناص", "قبل يومين", D(2019, 3, 12), D(2019, 3, 12)),
    ("وكانا قد قُتلا منذ ثلاثة أيام في غارة", "منذ ثلاثة أيام", D(2019, 3, 11), D(2019, 3, 11)),
    ("تصاعدت الغارات الأسبوع الماضي على الريف", "الأسبوع الماضي", D(2019, 3, 3), D(2019, 3, 9)),
    ("قُتل أمس الأربعاء طفلان", "أمس الأربعاء", D(2019, 3, 13), D(2019, 3, 13)),
    ("قصفت المدفعية اليوم الخميس الأطراف", "اليوم الخميس", D(2019, 3, 14), D(2019, 3, 14)),
    ("وقعت الاشتباكات يوم الثلاثاء أمس الأول", "يوم الثلاثاء أمس الأول", D(2019, 3, 12), D(2019, 3, 12)),
    ("أُعلن غداً الجمعة موعداً للقاء", "غداً الجمعة", D(2019, 3, 15), D(2019, 3, 15)),
    # bare weekdays
    ("وكانت الطائرات قد قصفت البلدة الثلاثاء", "الثلاثاء", D(2019, 3, 12), D(2019, 3, 12)),
    ("وكان الأحد الماضي قد شهد غارات", "الأحد الماضي", D(2019, 3, 10), D(2019, 3, 10)),
    ("ومن المقرر أن يصل الوفد السبت", "السبت", D(2019, 3, 16), D(2019, 3, 16)),
    ("يبدأ الانسحاب يوم الاثنين المقبل", "يوم الاثنين المقبل", D(2019, 3, 18), D(2019, 3, 18)),
    # parts of day and nights
    ("قصفت الطائرات البلدة فجر اليوم", "فجر اليوم", D(2019, 3, 14), D(2019, 3, 14)),
    ("دارت اشتباكات عصر اليوم على المحور", "عصر اليوم", D(2019, 3, 14), D(2019, 3, 14)),
    ("سقطت قذائف مساء أمس الأربعاء", "مساء أمس الأربعاء", D(2019, 3, 13), D(2019, 3, 13)),
    ("تعرضت المدينة ظهر أمس لقصف", "ظهر أمس", D(2019, 3, 13), D(2019, 3, 13)),
    ("قتل مدني صباح الثلاثاء", "صباح الثلاثاء", D(2019, 3, 12), D(2019, 3, 12)),
    ("سُمع دوي انفجارات الليلة الماضية", "الليلة الماضية", D(2019, 3, 13), D(2019, 3, 14)),
    ("سُمع دوي انفجارات ليلة أمس", "ليلة أمس", D(2019, 3, 13), D(2019, 3, 14)),
    ("تسللت مجموعة ليل الأربعاء - الخميس", "ليل الأربعاء - الخميس", D(2019, 3, 13), D(2019, 3, 14)),
    ("تسللت مجموعة ليل الثلاثاء – الأربعاء", "ليل الثلاثاء – الأربعاء", D(2019, 3, 12), D(2019, 3, 13)),
    ("تسللت مجموعة ليل الثلاثاء—الأربعاء", "ليل الثلاثاء—الأربعاء", D(2019, 3, 12), D(2019, 3, 13)),
    ("تسللت مجموعة ليلة الأربعاء على الخميس", "ليلة الأربعاء على الخميس", D(2019, 3, 13), D(2019, 3, 14)),
    ("تسللت مجموعة ليلة الثلاثاء/الأربعاء", "ليلة الثلاثاء/الأربعاء", D(2019, 3, 12), D(2019, 3, 13)),
    ("استهدفت الغارات البلدة في 7 الجاري", "7 الجاري", D(2019, 3, 7), D(2019, 3, 7)),
    ("عادت الغارات في الـ9 من الشهر الجاري", "الـ9 من الشهر الجاري", D(2019, 3, 9), D(2019, 3, 9)),
    ("أعلنت الهيئة الخميس الموافق 14 آذار 2019 النفير", "الخميس الموافق 14 آذار 2019", D(2019, 3, 14), D(2019, 3, 14)),
    ("صدر البيان في 5 رجب 1440 للهجرة", "5 رجب 1440 للهجرة", D(2019, 3, 12), D(2019, 3, 12)),
    ("اشتدت المعارك يومي السبت والأحد الماضيين", "يومي السبت والأحد الماضيين", D(2019, 3, 9), D(2019, 3, 10)),
    ("تسللت مجموعة ليل الأربعاء الخميس", "ليل الأربعاء الخميس", D(2019, 3, 13), D(2019, 3, 14)),
    ("قصفت الطائرات يوم الأربعاء (13 آذار) البلدة", "يوم الأربعاء (13 آذار)", D(2019, 3, 13), D(2019, 3, 13)),
    # ranges
    ("تواصل القصف بين 16 و23 شباط دون توقف", "بين 16 و23 شباط", D(2019, 2, 16), D(2019, 2, 23)),
    ("تواصل القصف من 7 إلى 9 شباط دون توقف", "من 7 إلى 9 شباط", D(2019, 2, 7), D(2019, 2, 9)),
    ("تواصل القصف أيام 7 و8 و9 شباط دون توقف", "أيام 7 و8 و9 شباط", D(2019, 2, 7), D(2019, 2, 9)),
    ("تواصل القصف من 28 شباط حتى 2 آذار دون توقف", "من 28 شباط حتى 2 آذار", D(2019, 2, 28), D(2019, 3, 2)),
    ("Shelling went on from 28 February to 2 March.", "from 28 February to 2 March", D(2019, 2, 28), D(2019, 3, 2)),
    ("The siege lasted Dec. 30-Jan. 2, 2019, residents said.", "Dec. 30-Jan. 2, 2019", D(2018, 12, 30), D(2019, 1, 2)),
    # Hijri
    ("صدر البيان في 12 صفر 1440 هـ عن الهيئة", "12 صفر 1440 هـ", D(2018, 10, 21), D(2018, 10, 21)),
    ("الجمعة 1 ربيع الأول 1440هـ", "الجمعة 1 ربيع الأول 1440هـ", D(2018, 11, 9), D(2018, 11, 9)),
    ("كتب في 3 ربيع الآخر 1440 هـ", "3 ربيع الآخر 1440 هـ", D(2018, 12, 10), D(2018, 12, 10)),
    ("كتب في 3 ربيع الثاني 1440 هـ", "3 ربيع الثاني 1440 هـ", D(2018, 12, 10), D(2018, 12, 10)),
    ("وفي 5 جمادى الأولى 1440 أعلنت الفصائل", "5 جمادى الأولى 1440", D(2019, 1, 11), D(2019, 1, 11)),
    ("صدر التعميم في 2 ذي القعدة 1439", "2 ذي القعدة 1439", D(2018, 7, 15), D(2018, 7, 15)),
    ("وفي الخامس من شهر رجب قصفت الطائرات", "الخامس من شهر رجب", D(2019, 3, 12), D(2019, 3, 12)),
    ("تجددت الغارات في أول أيام عيد الفطر", "أول أيام عيد الفطر", D(2018, 6, 15), D(2018, 6, 15)),
    ("تجددت الغارات في ثالث أيام عيد الأضحى", "ثالث أيام عيد الأضحى", D(2018, 8, 23), D(2018, 8, 23)),
    ("تجددت الغارات عشية عيد الفطر", "عشية عيد الفطر", D(2018, 6, 14), D(2018, 6, 14)),
    ("قُتل طفلان في ثاني أيام العيد", "ثاني أيام العيد", D(2018, 8, 22), D(2018, 8, 22)),
    # English
    ("Government jets pounded the town on Friday, monitors said.", "on Friday", D(2019, 3, 8), D(2019, 3, 8)),
    ("Rebels shelled the village late Wednesday.", "late Wednesday", D(2019, 3, 13), D(2019, 3, 13)),
    (
        "Clashes raged overnight Wednesday to Thursday.",
        "overnight Wednesday to Thursday",
        D(2019, 3, 13),
        D(2019, 3, 14),
    ),
    ("The deadline expired on Oct. 10 without a deal.", "Oct. 10", D(2018, 10, 10), D(2018, 10, 10)),
    ("The talks opened on October 15, 2018 in Ankara.", "October 15, 2018", D(2018, 10, 15), D(2018, 10, 15)),
    ("Fighters must withdraw by Monday (Mar 18), officials said.", "Monday (Mar 18)", D(2019, 3, 18), D(2019, 3, 18)),
    ("Strikes intensified earlier this month.", "earlier this month", D(2019, 3, 1), D(2019, 3, 31)),
    ("Dozens were killed last week in the south.", "last week", D(2019, 3, 3), D(2019, 3, 9)),
    ("Shelling continued between 16 and 23 February.", "between 16 and 23 February", D(2019, 2, 16), D(2019, 2, 23)),
    ("The ceasefire has held since December.", "December", D(2018, 12, 1), D(2018, 12, 31)),
    ("Talks stalled in January.", "January", D(2019, 1, 1), D(2019, 1, 31)),
    ("The truce was signed last September.", "last September", D(2018, 9, 1), D(2018, 9, 30)),
    ("Troops must leave by the end of April.", "the end of April", D(2019, 4, 1), D(2019, 4, 30)),
    ("The 2018 accord created the zone.", "2018", D(2018, 1, 1), D(2018, 12, 31)),
    ("Two civilians died in a strike two days ago.", "two days ago", D(2019, 3, 12), D(2019, 3, 12)),
    ("Updated Wed 13 Mar 2019 10.30 GMT", "Wed 13 Mar 2019", D(2019, 3, 13), D(2019, 3, 13)),
    ("Wednesday's raid killed four.", "Wednesday's", D(2019, 3, 13), D(2019, 3, 13)),
    ("An explosion shook the city overnight.", "overnight", D(2019, 3, 13), D(2019, 3, 14)),
    # weekends: Saturday–Sunday in English wire copy, Friday–Saturday (Syria's weekend) in Arabic
    ("Residents fled over the weekend, aid groups said.", "the weekend", D(2019, 3, 9), D(2019, 3, 10)),
    ("Rockets hit the base last weekend.", "last weekend", D(2019, 3, 9), D(2019, 3, 10)),
    ("The envoy will meet both sides this weekend.", "this weekend", D(2019, 3, 16), D(2019, 3, 17)),
    (
        "تراجعت حدة القصف خلال عطلة نهاية الأسبوع الماضية",
        "عطلة نهاية الأسبوع الماضية",
        D(2019, 3, 8),
        D(2019, 3, 9),
    ),
    # more relative forms
    ("تبدأ الهدنة الجديدة الليلة عند منتصف الليل", "الليلة", D(2019, 3, 14), D(2019, 3, 15)),
    ("The shelling was heavier earlier this week.", "earlier this week", D(2019, 3, 10), D(2019, 3, 16)),
    ("تصاعد القصف منذ منتصف الشهر الماضي", "منتصف الشهر الماضي", D(2019, 2, 1), D(2019, 2, 28)),
    ("نزحت العائلات في أواخر آب نحو الحدود", "أواخر آب", D(2018, 8, 1), D(2018, 8, 31)),
    ("قُتل ثلاثة مدنيين الثلاثاء الفائت", "الثلاثاء الفائت", D(2019, 3, 12), D(2019, 3, 12)),
    ("هدأت الجبهات مطلع الأسبوع", "مطلع الأسبوع", D(2019, 3, 10), D(2019, 3, 16)),
    ("ستُستأنف المفاوضات بعد يومين في العاصمة", "بعد يومين", D(2019, 3, 16), D(2019, 3, 16)),
    ("ومن المتوقع أن تصل القافلة بعد ثلاثة أيام", "بعد ثلاثة أيام", D(2019, 3, 17), D(2019, 3, 17)),
    # the Nth day of a run: its days up to publication (a Thursday)
    ("تواصل القصف على البلدة لليوم الثالث على التوالي", "لليوم الثالث على التوالي", D(2019, 3, 12), D(2019, 3, 14)),
    (
        "Jets pounded the town for the fifth consecutive day",
        "for the fifth consecutive day",
        D(2019, 3, 10),
        D(2019, 3, 14),
    ),
    ("Fighting raged for a second day running", "for a second day running", D(2019, 3, 13), D(2019, 3, 14)),
    # a table's two days of one month, written with one month and year
    ("| 3 | 9-10/2/2019 | قرية التح | مدرسة |", "9-10/2/2019", D(2019, 2, 9), D(2019, 2, 10)),
]


@pytest.mark.parametrize(("text", "span", "first", "last"), CASES, ids=[c[1] for c in CASES])
def test_forms(text, span, first, last):
    mention = only(text)
    assert mention.text == span
    assert text[mention.start : mention.end] == span
    assert (mention.first, mention.last) == (first, last)


NOT_DATES = [
    "وقال مراسل منصة سوريا اليوم إن الوضع هادئ",
    'ونقل موقع "الشمال اليوم" عن مصادر محلية',
    "ونقلت صحيفة «الوطن اليوم» عن مصدر عسكري",
    "في الذكرى الثامنة للحرب المستمرة منذ سبع سنوات",
    "قُتل 17 مدنياً وأصيب 23 آخرون",
    "انتشرت عناصر الفرقة 17 على الطريق",
    "بدأ القصف عند الساعة 14:30 واستمر ساعة",
    "He said the situation may change.",
    "Troops march toward the front.",
    "The Sun said they sat down to talk.",
    "غدا الوضع أكثر سوءاً في المخيمات",
    "تغيرت خريطة السيطرة بين عشية وضحاها",
    "قُتل أب وأطفاله الثلاثة",
    "قال المدير العام السابق للمنظمة إن",
    "وتحولت غارات العيد إلى مأساة",
    "تجمع المتظاهرون في ساحة 7 نيسان وسط المدينة",
    "انطلقت ثورة 8 آذار قبل عقود",
    "شهدت المنطقة هدوءاً في اليوم الأول من الهدنة",
    "وفي تلك الليلة لم ينم أحد في المخيم",
    "أمضى المقاتلون الليلة الأولى في الخنادق",
    "Families endured a weekend of shelling.",
    "وقال إنه سيبقى هنا بعد يومين من القتال",
    "ونزحت العائلات بعد يومين من القصف المتواصل",
    "وبعد يومين عاد الأهالي إلى القرية",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert tag_dates(text, THURSDAY) == []


def test_coordinated_dates_are_not_a_range():
    found = tag_dates("Strikes on Feb. 3 and March 5 killed 20.", THURSDAY)
    assert [(m.first, m.last) for m in found] == [(D(2019, 2, 3), D(2019, 2, 3)), (D(2019, 3, 5), D(2019, 3, 5))]


def test_weekday_mismatch_keeps_relative_reading_and_warns():
    mention = only("قُتل أمس الجمعة ثلاثة مدنيين")
    assert mention.first == D(2019, 3, 13)
    assert WEEKDAY_MISMATCH in mention.warnings


def test_relative_day_beside_a_printed_date_is_checked():
    assert only("اليوم، الخميس 14 آذار 2019").warnings == ()
    mention = only("اليوم، الجمعة 15 آذار 2019")
    assert mention.first == D(2019, 3, 15) and RELATIVE_MISMATCH in mention.warnings


def test_weekday_beside_hijri_date_is_checked():
    assert WEEKDAY_MISMATCH in only("السبت 1 ربيع الأول 1440هـ").warnings
    assert only("الجمعة 1 ربيع الأول 1440هـ").warnings == ()


def test_relative_dates_without_publication_date_are_unresolved():
    for text in ("قصفت الطائرات البلدة أمس", "Strikes hit the town on Friday.", "في 17 أيلول الماضي"):
        mention = only(text, published=None)
        assert (mention.first, mention.last) == (None, None)
        assert NO_DCT in mention.warnings


def test_absolute_dates_do_not_need_the_publication_date():
    mention = only("في 17 أيلول 2018 وقع الاتفاق", published=None)
    assert mention.first == D(2018, 9, 17)


def test_hijri_and_gregorian_printed_together_resolve_once_each():
    found = tag_dates("الإثنين 26 ربيع الثاني 1441هـ الموافق 23 كانون الأول 2019", THURSDAY)
    assert [(m.kind, m.first) for m in found] == [("hijri", D(2019, 12, 23)), ("absolute", D(2019, 12, 23))]


def test_relative_day_beside_hijri_date_are_two_expressions():
    found = tag_dates("جرى ذلك صباح أمس الأربعاء، 7 رجب 1440هـ، بحسب الناشطين", THURSDAY)
    assert [m.text for m in found] == ["صباح أمس الأربعاء", "7 رجب 1440هـ"]
    assert [m.first for m in found] == [D(2019, 3, 13), D(2019, 3, 14)]


def test_short_expression_inside_a_longer_one_is_reported_once():
    found = tag_dates("قصفت الطائرات صباح اليوم وأمس البلدة", THURSDAY)
    assert [m.text for m in found] == ["صباح اليوم", "أمس"]


def test_month_of_anaphor_comes_from_previous_expression():
    found = tag_dates("يبدأ الانسحاب في 10 نيسان المقبل وينتهي في 25 من الشهر ذاته", THURSDAY)
    assert [m.first for m in found] == [D(2019, 4, 10), D(2019, 4, 25)]


def test_same_day_anaphor_without_antecedent_is_dropped():
    assert tag_dates("وفي اليوم ذاته أعلنت الفصائل النفير", THURSDAY) == []


def test_future_marker_moves_bare_weekday_forward():
    assert only("سوف يجتمع الطرفان الخميس").first == D(2019, 3, 14)
    assert only("سوف يجتمع الطرفان الأحد").first == D(2019, 3, 17)


def test_spans_map_back_through_diacritics_and_tatweel():
    text = "وقُتِلَ مدنيٌّ غـداً"
    mention = only(text)
    assert mention.text == "غـداً"
    assert mention.first == D(2019, 3, 15)


def test_date_published_as_date_object():
    assert only("قصف أمس", published=dt.date(2019, 3, 14)).first == D(2019, 3, 13)


def test_mentions_are_in_text_order_and_serialize():
    found = tag_dates("اليوم الخميس قصفت الطائرات، وأمس سقطت قذائف، وفي 2 آذار الجاري", THURSDAY)
    assert [m.start for m in found] == sorted(m.start for m in found)
    item = found[0].to_dict()
    assert item["span"] == [found[0].start, found[0].end] and item["first"] == "2019-03-14"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("سيزور المبعوث الأممي إدلب يوم الأحد", D(2019, 3, 17)),
        ("وقالت المصادر إن الجولة ستعقد السبت في أستانا", D(2019, 3, 16)),
        ("وأكد القائد أننا سنرد على الخروقات الإثنين", D(2019, 3, 18)),
        ("فستبدأ الدوريات المشتركة الخميس", D(2019, 3, 14)),
    ],
)
def test_future_prefix_verb_moves_weekday_forward(text, day):
    assert only(text).first == day


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت سيارة مفخخة يوم الأحد في السوق",
        "أعلنت الفصائل سيطرتها على التلة الأحد",
        "وسيطرت القوات على القرية يوم الأحد",
        "وقال سيرغي لافروف الأحد إن الاتفاق صامد",
        "وزار ستيفان دي ميستورا أنقرة يوم الأحد",
        "سيزور الوفد المنطقة لاحقاً، وقصفت الطائرات البلدة الأحد",
        "ستواصل الطائرات غاراتها التي بدأت الأحد على الريف",
        "ستعود العائلات إلى القرية التي غادرتها منذ الأحد",
    ],
)
def test_nouns_like_future_verbs_and_other_clauses_keep_the_past_reading(text):
    assert only(text).first == D(2019, 3, 10)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Jets hit the town on Monday. Two days later, rebels shelled the airport.", [D(2019, 3, 11), D(2019, 3, 13)]),
        ("Rebels shelled the airport on Tuesday; a day earlier jets hit the town.", [D(2019, 3, 12), D(2019, 3, 11)]),
        ("قصفت الطائرات البلدة يوم الأحد، وبعد ذلك بيومين عاد القصف", [D(2019, 3, 10), D(2019, 3, 12)]),
        ("انفجرت عبوة أمس، وكانت قذيفة قد سقطت قبلها بثلاثة أيام", [D(2019, 3, 13), D(2019, 3, 10)]),
        ("اقتحمت القوات القرية في 2 آذار، وانسحبت بعد أربعة أيام من ذلك", [D(2019, 3, 2), D(2019, 3, 6)]),
        ("قُتل مدني صباح الإثنين، وفي اليوم التالي قُتل آخر", [D(2019, 3, 11), D(2019, 3, 12)]),
        ("قُتل مدني صباح الإثنين، وفي اليوم ذاته قُتل آخر", [D(2019, 3, 11), D(2019, 3, 11)]),
        ("Jets hit the town on Monday and struck again the next day.", [D(2019, 3, 11), D(2019, 3, 12)]),
        ("Jets hit the town on Monday and rebels answered the same day.", [D(2019, 3, 11), D(2019, 3, 11)]),
        ("اقتحمت القوات القرية يوم الإثنين، وفي صباح اليوم التالي انسحبت", [D(2019, 3, 11), D(2019, 3, 12)]),
    ],
)
def test_days_counted_from_the_day_just_mentioned(text, days):
    assert [m.first for m in tag_dates(text, THURSDAY)] == days


def test_days_later_without_a_day_before_is_dropped():
    assert tag_dates("Two days later, rebels shelled the airport.", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "span", "first"),
    [
        ("تواصل القصف منذ 3 آذار على القرى", "منذ 3 آذار", D(2019, 3, 3)),
        ("ونزح الآلاف منذ مساء الاثنين", "منذ مساء الاثنين", D(2019, 3, 11)),
        ("تحاصر القوات البلدة منذ عام 2013", "منذ عام 2013", D(2013, 1, 1)),
        ("قتل المئات منذ بداية العام", "منذ بداية العام", D(2019, 1, 1)),
        ("وتشهد الجبهة معارك منذ أواخر 2016", "منذ أواخر 2016", D(2016, 1, 1)),
        ("Thousands have fled since Monday", "since Monday", D(2019, 3, 11)),
    ],
)
def test_since_x_is_an_interval_up_to_publication(text, span, first):
    (interval,) = [m for m in tag_dates(text, THURSDAY) if m.since]
    assert (interval.text, interval.first, interval.last) == (span, first, D(2019, 3, 14))
    assert interval.to_dict()["since"] is True
    # X itself stays a date of the report: the day the period started
    assert any(m.first == first and not m.since and m.end == interval.end for m in tag_dates(text, THURSDAY))


def test_since_a_count_is_a_point_not_an_interval():
    (mention,) = tag_dates("غادرت العائلة منذ ثلاثة أيام", THURSDAY)
    assert (mention.first, mention.last, mention.since) == (D(2019, 3, 11), D(2019, 3, 11), False)


@pytest.mark.parametrize(
    ("text", "span", "first", "last"),
    [
        ("غادر المدينة منذ 21 يوما", "منذ 21 يوما", D(2019, 2, 21), D(2019, 2, 21)),
        ("بدأ النزاع قبل ثماني سنوات", "قبل ثماني سنوات", D(2011, 1, 1), D(2011, 12, 31)),
        ("نشر قبل 2 أسابيع", "قبل 2 أسابيع", D(2019, 2, 28), D(2019, 2, 28)),
        ("آخر تعديل: 1 عام، 2 شهر، 1 يوم، 4 ساعة", "1 عام، 2 شهر، 1 يوم، 4 ساعة", D(2018, 1, 13), D(2018, 1, 13)),
    ],
)
def test_counts_of_units_before_publication(text, span, first, last):
    mention = only(text)
    assert (mention.text, mention.first, mention.last) == (span, first, last)


def test_a_night_named_by_one_weekday_is_that_day():
    mention = only("قصفت الطائرات البلدة ليل الثلاثاء")
    assert (mention.first, mention.last) == (D(2019, 3, 12), D(2019, 3, 12))
    late = only("بدأ الهجوم في وقت متأخر من السبت")
    assert (late.text, late.first) == ("وقت متأخر من السبت", D(2019, 3, 9))


def test_the_day_before_a_relative_pronoun_is_the_day_on_which_not_today():
    published = dt.datetime(2018, 3, 8, 12, 0)
    assert tag_dates("قصفت الطائرات البلدة في اليوم الذي أعلنت فيه الهدنة.", published, "ar") == []


def test_after_two_days_opening_a_clause_counts_from_the_day_before_it():
    published = dt.datetime(2018, 3, 8, 12, 0)
    opening = tag_dates("وصل الوفد يوم الاثنين، وبعد يومين قصفت الطائرات البلدة.", published, "ar")
    assert [(m.text, str(m.first)) for m in opening] == [("يوم الاثنين", "2018-03-05"), ("بعد يومين", "2018-03-07")]
    inside = tag_dates("قال إن الاجتماع انعقد بعد يومين في جنيف.", published, "ar")
    assert inside == []


def test_after_n_days_from_another_incident_is_the_day_of_its_own_clause():
    published = dt.datetime(2018, 3, 8, 12, 0)
    told = tag_dates("قتل طفلان بغارة على البلدة ظهر الثلاثاء، بعد يومين من مقتل امرأة فيها.", published, "ar")
    assert [(m.text, str(m.first)) for m in told] == [("ظهر الثلاثاء", "2018-03-06"), ("بعد يومين من", "2018-03-06")]
    opening = tag_dates("وبعد يومين من مقتل امرأة، قصفت الطائرات البلدة.", published, "ar")
    assert opening == []


def test_a_weekday_of_last_week_is_that_weeks_weekday():
    published = dt.datetime(2018, 3, 8, 12, 0)  # a Thursday; last week ran from 25 February to 3 March
    for text, language in (
        ("قصفت الطائرات البلدة يوم الثلاثاء من الأسبوع الماضي.", "ar"),
        ("قصفت الطائرات البلدة في الأسبوع الماضي يوم الثلاثاء.", "ar"),
        ("Jets hit the town on Tuesday of last week.", "en"),
        ("Jets hit the town Tuesday last week, killing five.", "en"),
    ):
        tuesday = next(m for m in tag_dates(text, published, language) if "الثلاثاء" in m.text or "Tuesday" in m.text)
        assert str(tuesday.first) == "2018-02-27", text


def test_a_weekday_in_the_sentence_after_last_week_is_still_this_weeks():
    published = dt.datetime(2018, 3, 8, 12, 0)
    told = tag_dates("Jets hit the town last week. On Tuesday they struck again.", published, "en")
    assert [str(m.first) for m in told] == ["2018-02-25", "2018-03-06"]


def test_due_to_is_future_only_after_a_form_of_be():
    """ "due to the bombing on Saturday" gives a cause: the Saturday before publication; "are due to resume on
    Saturday" the one after."""
    from timeline.dates.tagger import tag_dates

    published = dt.datetime(2016, 10, 3, 12)  # a Monday
    (cause,) = tag_dates("The clinic closed due to damage from the bombing on Saturday.", published, "en")
    (plan,) = tag_dates("Talks between the two sides are due to resume on Saturday.", published, "en")
    assert (cause.first, plan.first) == (dt.date(2016, 10, 1), dt.date(2016, 10, 8))


def test_a_weekday_named_again_is_the_day_printed_with_it_earlier_in_its_sentence():
    """ "الجمعة 2 تشرين الثاني 2018: غارات بعد صلاة الجمعة": the Friday of the story, not the last Friday before the
    publication; a day printed without its weekday may be a week before the weekday named after it."""
    text = "الجمعة 2 تشرين الثاني 2018: قصفت الطائرات السوق بعد صلاة الجمعة."
    friday = [m for m in tag_dates(text, dt.datetime(2018, 11, 20)) if m.text == "الجمعة"]
    assert [(m.first, m.last) for m in friday] == [(D(2018, 11, 2), D(2018, 11, 2))]
    en = "On Friday, 2 November 2018, jets hit the market after Friday prayers."
    assert [m.first for m in tag_dates(en, dt.datetime(2018, 11, 20)) if m.text == "Friday"] == [D(2018, 11, 2)]
    later = "بدأ الهجوم في 19 حزيران الجاري قبل أن يتوسع الثلاثاء إلى المدينة."
    tuesday = [m for m in tag_dates(later, dt.datetime(2018, 6, 28)) if m.text == "الثلاثاء"]
    assert [m.first for m in tuesday] == [D(2018, 6, 26)]


def test_a_weekday_in_an_entry_is_the_day_its_field_line_printed():
    """A catalogue entry's "التاريخ: 29 آب 2019" (a Thursday), then its account "بعد ظهر يوم الخميس", published weeks
    later: the entry's Thursday. A day told in a wire's prose weeks before ("since Oct. 18") leaves "on Tuesday" to
    the days before publication."""
    entry = (
        "### 4. قصف على حي في المدينة\n\n- التاريخ: 29 آب 2019\n- الموقع: حي الجسر في المدينة\n\n"
        "سقطت عدة صواريخ على الحي بعد ظهر يوم الخميس، ولم تسجل إصابات."
    )
    thursday = [m.first for m in tag_dates(entry, dt.datetime(2019, 9, 25)) if "الخميس" in m.text]
    assert thursday == [D(2019, 8, 29)]
    wire = "Jets have not struck the city since Oct. 18, a monitor said. Officials said on Tuesday the truce held."
    tuesday = [m.first for m in tag_dates(wire, dt.datetime(2016, 11, 23), "en") if "Tuesday" in m.text]
    assert tuesday == [D(2016, 11, 22)]


def test_a_number_before_a_feminine_modifier_counts_hours_not_a_day_of_the_month():
    """ "خلال الساعات الأربع والعشرين الماضية": the past 24 hours (the modifier agrees with the hours); "في 17 الجاري"
    is the 17th of this month."""
    assert tag_dates("نفذت الطائرات خلال الساعات الأربع والعشرين الماضية 22 طلعة", THURSDAY) == []
    assert only("قتل ثلاثة في 11 الجاري").first == D(2019, 3, 11)


def test_a_weekday_in_a_place_name_is_no_date():
    """ "قرية كسرة شيخ الجمعة", "سوق الأحد": a weekday after these heads (``date_words.csv``, weekday_name_head) is part
    of a name; "قتل خمسة الجمعة" is still Friday."""
    text = "انفجرت سيارة مفخخة قرب قرية كسرة شيخ الجمعة جنوب النهر أمس الثلاثاء. وقصفت الطائرات سوق الأحد في البلدة."
    assert [m.text for m in tag_dates(text, THURSDAY)] == ["أمس الثلاثاء"]
    assert only("قتل خمسة الجمعة في البلدة").first == D(2019, 3, 8)

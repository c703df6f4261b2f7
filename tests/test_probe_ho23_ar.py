"""Arabic news reports in the pan-Arab outlets' style (probe round ho23-ar): a lead, a monitor's figures, state media
and a background paragraph. Kinds that came out wrong on unseen reports: in a clash "بين X وفصائل من Y من جهة، وZ من
جهة أخرى" every side named before the first "من جهة" fought on the first side, not only one joined by a bare "و"; the
side a state outlet accuses "بإطلاقها" fired, also past the words describing it ("المتحصنة في حي X"); the date closing
a relative clause that tells when a place was taken ("الذي سيطر عليه التنظيم في آب") is no date of the fire told before;
a side counted among the dead and glossed in brackets ("عناصر X (Y)") is hit, not the shooter of the next clause;
"قذيفة أخرى" at a place the incident told before does not name is another incident; the side named after a verb of
notifying ("أخطرت X قبل الغارات") is no party to the fire; a risen toll opening the report ("ارتفعت حصيلة قتلى
القصف على X إلى N") is the lead's incident also when the next sentence names that incident again ("في القصف"); a
campaign's launch told "منذ بدء/انطلاق الحملة في <يوم>" is an incident (as Arabic news annotators count it).
Texts written for these tests (no corpus text). Each row: the publication day, the outlet, the text, and every
incident it tells (day, place, perpetrators, killed, wounded, a word of the source's name)."""

from __future__ import annotations

import pytest
from probe_table import assert_probe

# (day, place, perpetrators, killed, wounded, a word the source's name holds); None: the report gives none
Expected = tuple[str, str | None, tuple[str, ...], int | None, int | None, str | None]

# "بين A و(فصائل|مقاتلين|مجموعات) من B من جهة، وC من جهة أخرى": A and B on one side, C on the other.
SIDES_NAMED: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2018-03-06",
        "فرانس 24",
        "اندلعت صباح اليوم مواجهات عنيفة قرب قرية جلمة بين الجيش التركي وفصائل من الجيش السوري الحر من جهة، ومقاتلي "
        "الوحدات الكردية من جهة أخرى، أسفرت عن مقتل ستة مقاتلين، وفق المرصد.",
        [("2018-03-06", "جلمة", ("fsa", "turkey"), 6, None, "المرصد")],
    ),
    (
        "2018-08-14",
        "العربية",
        "اندلعت أمس اشتباكات في محيط بلدة تل رفعت بين القوات التركية ومقاتلين من فيلق الشام من جهة، ووحدات حماية "
        "الشعب الكردية من جهة ثانية، بحسب ناشطين.",
        [("2018-08-13", "تل رفعت", ("nfl", "turkey"), None, None, None)],
    ),
    (
        "2019-06-02",
        "سكاي نيوز عربية",
        "دارت معارك عنيفة أمس قرب قرية الحاكورة بين قوات النظام ومجموعات من الميليشيات الإيرانية من جهة، وهيئة "
        "تحرير الشام من جهة أخرى، قتل فيها عشرة مقاتلين، وفق المرصد.",
        [("2019-06-01", "الحاكورة", ("iran-backed-militias", "syrian-government"), 10, None, "المرصد")],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", SIDES_NAMED)
def test_sides_named_before_the_first_side_word(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "اتهمت سانا X [الموصوفة بكذا] بإطلاقها": the side accused of the act fired, past the words describing it and with
# any attached pronoun on the act.
ACCUSED_PAST_DESCRIPTION: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2015-04-20",
        "سكاي نيوز عربية",
        "أصيب خمسة مدنيين بجروح صباح اليوم جراء سقوط قذائف صاروخية على حي الموكامبو في حلب، بحسب التلفزيون الرسمي "
        'الذي اتهم "التنظيمات الإرهابية" المنتشرة في الأحياء الشرقية بإطلاقها.',
        [("2015-04-20", "الموكامبو", ("opposition-unspecified",), None, 5, None)],
    ),
    (
        "2016-01-11",
        "العربية",
        "سقطت أمس قذيفتان صاروخيتان على حي المحطة في مدينة درعا، ما أسفر عن جرح أربعة مدنيين، واتهمت وكالة سانا "
        "المسلحين بإطلاقهما.",
        [("2016-01-10", "المحطة", ("opposition-unspecified",), None, 4, None)],
    ),
    (
        "2017-09-03",
        "بي بي سي عربي",
        "قتل طفلان أمس السبت بقذيفة صاروخية سقطت على بلدة السقيلبية، واتهم التلفزيون الرسمي الفصائل المسلحة "
        "المتحصنة في ريف حماة الشمالي بإطلاقها.",
        [("2017-09-02", "السقيلبية", ("opposition-unspecified",), 2, None, None)],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", ACCUSED_PAST_DESCRIPTION)
def test_side_accused_past_its_description_fired(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "X، الذي سيطر عليه التنظيم في آب الماضي": the date closing a relative clause that tells when a place changed hands
# is the taking's, not the day of the fire told before the clause (that fire takes the day the report told before).
PLACE_TAKEN_RELATIVE: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2017-03-08",
        "فرانس 24",
        "شنت طائرات حربية أمس الثلاثاء غارات على مدينة تدمر، ما أدى إلى مقتل ستة عناصر من التنظيم، بحسب المرصد.\n\n"
        "كما طالت الغارات محيط حقل الشاعر للغاز، الذي استعاده التنظيم في تشرين الثاني الماضي، وفق المرصد.",
        [("2017-03-07", "تدمر", (), 6, None, "المرصد"), ("2017-03-07", "حقل الشاعر", (), None, None, None)],
    ),
    (
        "2017-03-08",
        "سكاي نيوز عربية",
        "قصفت قوات النظام فجر اليوم بالمدفعية الثقيلة بلدة اللطامنة في ريف حماة الشمالي، وقتل في القصف مدنيان.\n\n"
        "كما سقطت قذائف على أطراف بلدة مورك، التي كانت فصائل المعارضة قد سيطرت عليها في شباط الماضي.",
        [
            ("2017-03-08", "اللطامنة", ("syrian-government",), 2, None, None),
            ("2017-03-08", "مورك", ("syrian-government",), None, None, None),
        ],
    ),
    (
        "2019-06-11",
        "العربية",
        "قتل أربعة مدنيين أمس الاثنين في غارات روسية على مدينة معرة النعمان، وفق الدفاع المدني.\n\n"
        "وطالت غارات أخرى قرية الهبيط، التي استعادتها قوات النظام منتصف الشهر الماضي، دون أنباء عن إصابات.",
        [
            ("2019-06-10", "معرة النعمان", ("russia",), 4, None, "الدفاع"),
            ("2019-06-10", "الهبيط", ("russia",), None, None, None),
        ],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", PLACE_TAKEN_RELATIVE)
def test_day_a_place_was_taken_dates_no_fire_told_before(
    published: str, outlet: str, text: str, expected: list
) -> None:
    assert_probe(published, outlet, text, expected)


# "بينهم ثلاثة من عناصر X (Y)، وأصيب آخرون … في تفجير …": the side counted among the dead, glossed by its other name in
# brackets, is hit, not the subject of the next clause's blast; "قوات الأمن الكردية" are the Asayish.
GLOSSED_DEAD: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2017-06-12",
        "سكاي نيوز عربية",
        "قتل ستة أشخاص، بينهم أربعة من عناصر قوات سوريا الديمقراطية (قسد)، وأصيب آخرون بجروح، أمس الأحد، في انفجار "
        "سيارة مفخخة في بلدة الشحيل، بحسب المرصد.",
        [("2017-06-11", "الشحيل", (), 6, None, "المرصد")],
    ),
    (
        "2017-06-12",
        "العربية",
        "قضى اثنان من عناصر قوات الأمن الكردية (الأسايش)، وجرح ثلاثة مدنيين، مساء أمس بانفجار عبوة ناسفة زرعت قرب "
        "حاجز في مدينة عامودا.",
        [("2017-06-11", "عامودا", (), 2, None, None)],
    ),
    (
        "2018-04-03",
        "فرانس 24",
        "قتل أربعة أشخاص، بينهم جنديان من الجيش التركي (القوات التركية)، وأصيب خمسة آخرون، مساء أمس، في انفجار سيارة "
        "مفخخة عند حاجز قرب مدينة عفرين.",
        [("2018-04-02", "عفرين", (), 4, None, None)],
    ),
    (
        "2018-04-03",
        "بي بي سي عربي",
        "قتل سبعة أشخاص، بينهم ثلاثة من مقاتلي وحدات حماية الشعب الكردية (YPG)، وأصيب آخرون، أمس الاثنين، في تفجير "
        "انتحاري استهدف مقراً في بلدة تل تمر.",
        [("2018-04-02", "تل تمر", (), 7, None, None)],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", GLOSSED_DEAD)
def test_dead_side_glossed_in_brackets_is_no_shooter(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "وفي حي Y، سقطت قذيفة أخرى …": an incident word told as another ("أخرى", "آخر") at a place the incident told before
# does not name is a second incident with its own figures, not that one told again.
ANOTHER_AT_ANOTHER_PLACE: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2014-02-18",
        "بي بي سي عربي",
        "سقطت عدة قذائف هاون صباح اليوم على حي القصاع في دمشق، ما أدى إلى مقتل أربعة أشخاص، بحسب سانا.\n\n"
        "وبعد ساعتين، أصابت قذيفة أخرى مبنى سكنياً في حي المزة وجرحت ثلاثة مدنيين، بحسب الوكالة.",
        [("2014-02-18", "القصاع", (), 4, None, "سانا"), ("2014-02-18", "المزة", (), None, 3, None)],
    ),
    (
        "2014-02-18",
        "سكاي نيوز عربية",
        "قتل طفلان صباح اليوم بقذيفة هاون سقطت على حي الميدان في مدينة حلب، وفق سانا.\n\n"
        "كما سقطت قذيفة أخرى بعد الظهر في حي الجميلية، وأصيب فيها خمسة مدنيين.",
        [("2014-02-18", "الميدان", (), 2, None, "سانا"), ("2014-02-18", "الجميلية", (), None, 5, None)],
    ),
    (
        "2014-02-18",
        "العربية",
        "انفجرت سيارة مفخخة مساء أمس قرب دوار الساعة في مدينة إدلب، ما أدى إلى مقتل ستة أشخاص، بحسب ناشطين.\n\n"
        "وفي حي الضبيط، قتل شخصان في انفجار آخر بعد ساعة، وفق الدفاع المدني.",
        [("2014-02-17", "إدلب", (), 6, None, "ناشطين"), ("2014-02-17", "الضبيط", (), 2, None, "الدفاع")],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", ANOTHER_AT_ANOTHER_PLACE)
def test_another_incident_at_another_place_is_apart(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "أبلغت/أخطرت X بموعد الغارات": the side named right after a verb of notifying was told of the fire, no party to
# it; the clause retells the incident told before, it tells no new one by that side.
NOTIFIED_SIDE: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2014-09-24",
        "سكاي نيوز عربية",
        "شنت طائرات التحالف أمس غارات على مدينة الرقة، قتل فيها عشرة عناصر من التنظيم.\n\n"
        "وأكد مسؤول عراقي أن بغداد أبلغت الحكومة السورية بموعد الغارات مسبقاً.",
        [("2014-09-23", "الرقة", ("coalition",), 10, None, None)],
    ),
    (
        "2019-08-20",
        "العربية",
        "قتل خمسة مدنيين أمس في غارات روسية على مدينة سراقب.\n\n"
        "وأكدت وزارة الدفاع الروسية أنها أبلغت الجانب التركي بمواعيد الغارات قبل تنفيذها.",
        [("2019-08-19", "سراقب", ("russia",), 5, None, None)],
    ),
    (
        "2016-05-10",
        "فرانس 24",
        "قتل أربعة عناصر من التنظيم أمس في غارات للتحالف على بلدة الشدادي.\n\n"
        "وقالت الخارجية الأميركية إنها أخطرت الحكومة السورية مسبقاً بالغارات عبر مندوبها في الأمم المتحدة.",
        [("2016-05-09", "الشدادي", ("coalition",), 4, None, None)],
    ),
    (
        "2018-02-27",
        "بي بي سي عربي",
        "قتل ستة مدنيين مساء أمس في قصف مدفعي تركي على قرية مرعناز.\n\n"
        "وقال مسؤول في أنقرة إن بلاده أبلغت الوحدات الكردية عبر وسطاء قبل بدء القصف بساعات.",
        [("2018-02-26", "مرعناز", ("turkey",), 6, None, None)],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", NOTIFIED_SIDE)
def test_side_notified_of_the_fire_is_no_party(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "ارتفعت حصيلة قتلى الغارة على X إلى N" opening a report: the lead's incident with its new toll, also when the next
# sentence names the same incident again by its definite noun at no town and on no other day of its own ("متأثرين
# بإصاباتهم في القصف").
RISEN_TOLL_LEAD: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2016-09-25",
        "سكاي نيوز عربية",
        "ارتفع عدد ضحايا القصف الذي طال حي الصاخور في مدينة حلب مساء أمس إلى 12 قتيلاً، وفق ناشطين.\n\n"
        "وقال مسعفون إن معظم الضحايا سقطوا في الدقائق الأولى من القصف.",
        [("2016-09-24", "الصاخور", (), 12, None, "ناشطين")],
    ),
    (
        "2017-01-08",
        "فرانس 24",
        "ارتفعت حصيلة قتلى التفجير الذي ضرب سوقاً في مدينة أعزاز صباح أمس إلى 15 شخصاً، بحسب المرصد.\n\n"
        "وأوضح المرصد أن عدداً من الجرحى توفوا متأثرين بإصاباتهم بعد ساعات من التفجير.",
        [("2017-01-07", "أعزاز", (), 15, None, "المرصد")],
    ),
    (
        "2018-03-07",
        "بي بي سي عربي",
        "ارتفعت حصيلة قتلى القصف على سوق بلدة حمورية أمس الثلاثاء إلى 11 مدنياً، بحسب المرصد.\n\n"
        "وكان ناشطون قد أحصوا مساء أمس ستة قتلى، قبل أن يتوفى خمسة من الجرحى متأثرين بإصاباتهم في القصف.",
        [("2018-03-06", "حمورية", (), 11, None, "المرصد")],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", RISEN_TOLL_LEAD)
def test_risen_toll_lead_named_again_next(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "قتل مئات المدنيين منذ انطلاق الحملة الروسية في 30 أيلول": a campaign's launch told with its day after "منذ بدء"
# is an incident of an Arabic report, by the side its words name; the figures counted since are no toll of it.
LAUNCH_SINCE_START: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2018-02-27",
        "فرانس 24",
        "قتل مدنيان أمس في قصف تركي على بلدة راجو.\n\n"
        "وتقول الأمم المتحدة إن أكثر من مئة مدني قتلوا في منطقة عفرين منذ انطلاق العملية التركية في العشرين من كانون "
        "الثاني الماضي.",
        [("2018-02-26", "راجو", ("turkey",), 2, None, None), ("2018-01-20", "عفرين", ("turkey",), None, None, None)],
    ),
    (
        "2019-06-12",
        "العربية",
        "قتل ثلاثة مدنيين أمس في غارات روسية على بلدة كفرنبل.\n\n"
        "وقتل 400 مدني منذ بداية الحملة العسكرية لقوات النظام وروسيا على ريف إدلب الجنوبي في 26 نيسان الماضي، بحسب "
        "الدفاع المدني.",
        [
            ("2019-06-11", "كفرنبل", ("russia",), 3, None, None),
            ("2019-04-26", None, ("russia", "syrian-government"), None, None, None),
        ],
    ),
    (
        "2013-08-20",
        "بي بي سي عربي",
        "قتل أربعة عناصر من قوات النظام أمس في هجوم على حاجز قرب بلدة سلمى.\n\n"
        "ومنذ بدء معركة الساحل التي أطلقتها الفصائل في الرابع من آب الجاري، قتل أكثر من 200 عنصر من الطرفين، بحسب "
        "المرصد.",
        [
            ("2013-08-19", "سلمى", ("opposition-unspecified",), 4, None, None),
            ("2013-08-04", None, ("opposition-unspecified",), None, None, None),
        ],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", LAUNCH_SINCE_START)
def test_launch_told_since_its_start_with_its_day(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected, by_day=True)

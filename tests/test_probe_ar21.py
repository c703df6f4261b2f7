"""Arabic news reports in the pan-Arab outlets' style (probe round ar21): a lead, a monitor's figures, state media and a
background paragraph. Kinds that came out wrong on unseen reports: a side's fire on a town on one day and its ground
fight there over the night before are two incidents; the weekend told as "نهاية الأسبوع"; a fight "after X's attempt
to advance" was X's attack; a mine "من مخلفات X" was laid by X; "حتى نهاية الأسبوع" is a deadline, the coming weekend,
which dates no incident; a toll told "قتل فيه" (in it) of one attack dated by its month is that attack's; "مسلحين"
without the article, as state and Russian media word the armed groups, are the opposition; a talks delegation's side
("رئيس وفد المعارضة") and the states that agreed on a zone ("التي اتفقت عليها روسيا وتركيا") are no parties; fire whose
responsibility the sides dispute, or whose teller names no one responsible, takes no shooter from the report, nor is
it retold by another kind of fire with its shooters; the side a force is "مدعومة ب" fought beside it; the sides "حيث
تسيطر X وY" hold the place, they did not fire. Texts written for these tests (no corpus text). Each row: the
publication day, the outlet, the text, and every incident it tells (day, place, perpetrators, killed, wounded, a word
of the source's name)."""

from __future__ import annotations

import datetime as dt

import pytest
from probe_table import assert_probe, probe_events

from timeline.dates import tag_dates

# (day, place, perpetrators, killed, wounded, a word the source's name holds); None: the report gives none
Expected = tuple[str, str | None, tuple[str, ...], int | None, int | None, str | None]

# A side's shelling of a town on a day, then its fight at that town over the night before (two days): two incidents.
NIGHT_FIGHT_APART: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2016-03-10",
        "سكاي نيوز عربية",
        "قتل ثلاثة مدنيين أمس الأربعاء بقصف مدفعي لقوات النظام على بلدة كفرزيتا في ريف حماة الشمالي، بحسب ناشطين.\n\n"
        "وفي سياق متصل، اندلعت مواجهات عنيفة ليل الثلاثاء - الأربعاء بين قوات النظام وفصائل المعارضة على أطراف "
        "كفرزيتا، قتل فيها سبعة مقاتلين من الجانبين، وفق المرصد السوري لحقوق الإنسان.",
        [
            ("2016-03-09", "كفرزيتا", ("syrian-government",), 3, None, "ناشطين"),
            ("2016-03-08", "كفرزيتا", ("syrian-government",), 7, None, "المرصد"),
        ],
    ),
    (
        "2017-11-03",
        "العربية",
        "سقطت قذائف صاروخية أطلقتها قوات النظام على مدينة حرستا أمس الخميس، ما أدى إلى مقتل طفلين، بحسب الدفاع "
        "المدني.\n\n"
        "ودارت معارك ليل الأربعاء - الخميس بين قوات النظام وفصائل المعارضة في محيط حرستا، أسفرت عن مقتل تسعة "
        "مقاتلين، بحسب المرصد.",
        [
            ("2017-11-02", "حرستا", ("syrian-government",), 2, None, "الدفاع"),
            ("2017-11-01", "حرستا", ("syrian-government",), 9, None, "المرصد"),
        ],
    ),
    (
        "2019-05-25",
        "فرانس 24",
        "قتل أربعة مدنيين أمس الجمعة في غارات شنتها طائرات حربية روسية على بلدة كفرنبودة.\n\n"
        "وكانت اشتباكات عنيفة قد اندلعت ليل الخميس - الجمعة بين القوات الروسية وفصائل المعارضة في كفرنبودة، "
        "قتل فيها 12 مقاتلاً، وفق المرصد.",
        [
            ("2019-05-24", "كفرنبودة", ("russia",), 4, None, None),
            ("2019-05-23", "كفرنبودة", ("russia",), 12, None, "المرصد"),
        ],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", NIGHT_FIGHT_APART)
def test_night_fight_apart_from_the_days_fire(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected, by_day=True)


# "نهاية الأسبوع" alone is the weekend (Friday and Saturday in Syria), the latest one in a report of the past.
WEEKEND: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2019-03-12",
        "بي بي سي عربي",
        "قال ناشطون إن بلدة اللطامنة تعرضت خلال نهاية الأسبوع لقصف مدفعي من قوات النظام، ما أدى إلى مقتل مدنيين اثنين.",
        [("2019-03-08", "اللطامنة", ("syrian-government",), 2, None, "ناشطون")],
    ),
    (
        "2018-10-30",
        "العربية",
        "قتل خمسة عناصر من قوات النظام في نهاية الأسبوع الماضي بهجوم شنه مقاتلو هيئة تحرير الشام على نقطة عسكرية قرب "
        "بلدة مورك، بحسب المرصد.",
        [("2018-10-26", "مورك", ("hts",), 5, None, "المرصد")],
    ),
    (
        "2020-01-07",
        "سكاي نيوز عربية",
        "شنت طائرات حربية روسية غارات على مدينة أريحا في نهاية الأسبوع، قتل فيها ثلاثة مدنيين، وفق الدفاع المدني.",
        [("2020-01-03", "أريحا", ("russia",), 3, None, "الدفاع")],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", WEEKEND)
def test_week_end_is_the_weekend(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


def test_week_end_dates_friday_and_saturday() -> None:
    events = probe_events(WEEKEND[0][2], WEEKEND[0][0])
    assert (events[0]["first"], events[0]["last"]) == ("2019-03-08", "2019-03-09")


# "إثر محاولة قوات النظام التقدم": the side right after a noun of attempting (its subject) made the attempt, so attacked.
ATTEMPT: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2019-06-12",
        "سكاي نيوز عربية",
        "اندلعت اشتباكات عنيفة أمس الثلاثاء في محيط بلدة اللطامنة بريف حماة الشمالي، إثر محاولة قوات النظام التقدم نحو "
        "البلدة، ما أسفر عن مقتل ستة مقاتلين من الطرفين، وفق المرصد السوري لحقوق الإنسان.",
        [("2019-06-11", "اللطامنة", ("syrian-government",), 6, None, "المرصد")],
    ),
    (
        "2018-09-20",
        "العربية",
        "دارت معارك ليل الأربعاء بعد محاولة هيئة تحرير الشام التقدم نحو قرية أبو دالي الخاضعة لسيطرة قوات النظام، قتل فيها "
        "أربعة عناصر، بحسب ناشطين.",
        [("2018-09-19", "أبو دالي", ("hts",), 4, None, "ناشطين")],
    ),
    (
        "2016-02-03",
        "فرانس 24",
        "وقعت مواجهات أمس على جبهة العيس في ريف حلب الجنوبي إثر محاولات الميليشيات الإيرانية التسلل إلى مواقع الفصائل، "
        "وأسفرت عن مقتل ثمانية مقاتلين، بحسب المرصد.",
        [("2016-02-02", "العيس", ("iran-backed-militias",), 8, None, "المرصد")],
    ),
    (
        "2019-10-20",
        "بي بي سي عربي",
        "اندلعت اشتباكات اليوم الأحد قرب بلدة تل تمر على خلفية محاولة القوات التركية التوغل في القرى المحيطة بها، "
        "ما أدى إلى مقتل خمسة مقاتلين، وفق المرصد.",
        [("2019-10-20", "تل تمر", ("turkey",), 5, None, "المرصد")],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", ATTEMPT)
def test_side_attempting_attacked(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "بانفجار لغم من مخلفات تنظيم داعش": a mine or bomb left behind by a side was laid by that side.
REMNANT: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2018-07-02",
        "العربية",
        "قتل ثلاثة أطفال اليوم الاثنين بانفجار لغم أرضي من مخلفات تنظيم داعش في قرية الباغوز بريف دير الزور، بحسب "
        "ناشطين.",
        [("2018-07-02", "الباغوز", ("isis",), 3, None, "ناشطين")],
    ),
    (
        "2019-02-11",
        "سكاي نيوز عربية",
        "قتل طفلان أمس الأحد جراء انفجار لغم من مخلفات قوات النظام في أرض زراعية قرب بلدة اللطامنة، وفق الدفاع المدني.",
        [("2019-02-10", "اللطامنة", ("syrian-government",), 2, None, "الدفاع")],
    ),
    (
        "2017-12-05",
        "فرانس 24",
        "أفاد المرصد السوري بمقتل أربعة مدنيين أمس الاثنين في انفجار ألغام من مخلفات التنظيم المتطرف داعش لدى عودتهم "
        "إلى منازلهم في مدينة الميادين.",
        [("2017-12-04", "الميادين", ("isis",), 4, None, "المرصد")],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", REMNANT)
def test_mine_left_behind_by_a_side(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "منحوهم مهلة حتى نهاية الأسبوع": a deadline, the coming weekend; an incident told after it with no day of its own is not
# dated by it.
DEADLINE: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2018-04-18",
        "فرانس 24",
        "قتل مدنيان اليوم الأربعاء في غارات على مدينة الضمير، بحسب المرصد.\n\n"
        "وقال عضو في لجنة المفاوضات إن الوسطاء منحوهم مهلة حتى نهاية الأسبوع للقبول بالتسوية أو مواجهة حملة "
        "عسكرية.\n\n"
        "وذكرت وكالة سانا أن قذائف أطلقها الإرهابيون سقطت على بلدة جيرود.",
        [
            ("2018-04-18", "الضمير", (), 2, None, "المرصد"),
            ("2018-04-18", "جيرود", ("opposition-unspecified",), None, None, None),
        ],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", DEADLINE)
def test_deadline_weekend_dates_no_incident(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


def test_deadline_weekend_is_the_coming_one() -> None:
    text = "وقال المفاوض إن الوسطاء منحوهم مهلة حتى نهاية الأسبوع للرد."
    (mention,) = tag_dates(text, dt.datetime(2018, 4, 18, 12), "ar")
    assert (mention.first, mention.last) == (dt.date(2018, 4, 20), dt.date(2018, 4, 21))


# "شهدت البادية الشهر الماضي هجوماً … قتل فيه سبعة جنود": a toll told "in it" is the one attack's, not a month's total.
SINGLE: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2018-04-18",
        "فرانس 24",
        "وشهدت البادية في الشهر الماضي هجوماً شنه تنظيم الدولة الإسلامية على حاجز للقوات الحكومية في بادية حمص الشرقية، "
        "قتل فيه سبعة جنود، بحسب المرصد.",
        [("2018-03-01", None, ("isis",), 7, None, "المرصد")],
    ),
    (
        "2019-08-10",
        "سكاي نيوز عربية",
        "وفي تموز الماضي، استهدف تفجير بسيارة مفخخة رتلاً لفصائل المعارضة على طريق حلب - غازي عنتاب، قتل فيه 12 "
        "مقاتلاً، وفق المرصد.",
        [("2019-07-01", None, (), 12, None, "المرصد")],
    ),
    (
        "2017-06-20",
        "العربية",
        "وفي أيار الماضي، نفذت هيئة تحرير الشام هجوماً مباغتاً على مواقع للقوات الحكومية في ريف حماة الشمالي، سقط فيه "
        "15 قتيلاً من عناصر النظام، بحسب المرصد.",
        [("2017-05-01", None, ("hts",), 15, None, "المرصد")],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", SINGLE)
def test_toll_in_one_attack_of_a_month(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "قال مركز المصالحة الروسي إن مسلحين قصفوا …": gunmen told with no article and no side are the opposition (as
# "militants" in English); "مسلحين مجهولين" stay unknown.
GUNMEN: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2019-07-16",
        "روسيا اليوم",
        "قال مركز المصالحة الروسي إن مسلحين قصفوا بلدة محردة في ريف حماة أمس الاثنين، ما أدى إلى مقتل مدنيين اثنين.",
        [("2019-07-15", "محردة", ("opposition-unspecified",), 2, None, None)],
    ),
    (
        "2016-10-04",
        "العربية",
        "ذكرت وكالة سانا أن مسلحين استهدفوا بقذائف الهاون حي الحمدانية في مدينة حلب اليوم الثلاثاء، ما أسفر عن مقتل "
        "ثلاثة مدنيين.",
        [("2016-10-04", "الحمدانية", ("opposition-unspecified",), 3, None, "سانا")],
    ),
    (
        "2018-02-27",
        "سكاي نيوز عربية",
        "أفاد التلفزيون الرسمي بأن مسلحين هاجموا حاجزاً للجيش قرب بلدة مورك أمس الاثنين، وقتل في الهجوم أربعة جنود.",
        [("2018-02-26", "مورك", ("opposition-unspecified",), 4, None, None)],
    ),
    (
        "2018-06-14",
        "العربية",
        "اغتال مسلحين مجهولين أمس الأربعاء عضواً في المجلس المحلي لبلدة الشحيل، بحسب المرصد.",
        [("2018-06-13", "الشحيل", (), None, None, "المرصد")],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", GUNMEN)
def test_gunmen_without_article(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "قال رئيس وفد المعارضة إن …", "منطقة خفض التصعيد التي اتفقت عليها روسيا وتركيا": the side of a delegation at talks and the
# states that agreed on a zone are no parties to the incidents told beside them.
TALKS: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2017-05-04",
        "بي بي سي عربي",
        "وقال رئيس وفد المعارضة إلى المحادثات للصحفيين إن قوات النظام قصفت بلدة كفرزيتا أمس الأربعاء، ما أدى إلى مقتل "
        "خمسة مدنيين.",
        [("2017-05-03", "كفرزيتا", ("syrian-government",), 5, None, None)],
    ),
    (
        "2018-01-30",
        "العربية",
        "وقال عضو وفد الحكومة السورية إن الإرهابيين قصفوا حي الميدان في حلب اليوم الثلاثاء، ما أسفر عن مقتل ثلاثة "
        "مدنيين.",
        [("2018-01-30", "الميدان", ("opposition-unspecified",), 3, None, None)],
    ),
    (
        "2019-12-21",
        "سكاي نيوز عربية",
        "وفي منطقة خفض التصعيد التي اتفقت عليها روسيا وتركيا، سيطرت القوات الحكومية على بلدة التمانعة بعد معارك "
        "عنيفة أمس الجمعة.",
        [("2019-12-20", "التمانعة", ("syrian-government",), None, None, None)],
    ),
    (
        "2018-09-25",
        "فرانس 24",
        "وفي المنطقة المنزوعة السلاح التي اتفق عليها الرئيسان الروسي والتركي، قصفت قوات النظام أمس الاثنين بلدة "
        "اللطامنة، ما أدى إلى مقتل طفل.",
        [("2018-09-24", "اللطامنة", ("syrian-government",), 1, None, None)],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", TALKS)
def test_delegations_and_agreeing_states_no_parties(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "قصف تتبادل الحكومة والفصائل الاتهامات بالمسؤولية عنه": responsibility disputed, so no shooter is lent from the report.
DISPUTED: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2017-01-07",
        "فرانس 24",
        "قتل ثلاثة مدنيين اليوم السبت في قصف لقوات النظام على بلدة دير قانون، بحسب المرصد.\n\n"
        "وتوقف ضخ المياه إلى العاصمة منذ تضرر محطة الضخ في بلدة بسيمة إثر قصف في 20 كانون الأول، تتبادل الحكومة "
        "والفصائل الاتهامات بالمسؤولية عنه.",
        [
            ("2017-01-07", "دير قانون", ("syrian-government",), 3, None, "المرصد"),
            ("2016-12-20", "بسيمة", (), None, None, None),
        ],
    ),
    (
        "2016-05-03",
        "العربية",
        "قصفت طائرات روسية أمس الاثنين مدينة الأتارب، ما أدى إلى مقتل ستة مدنيين.\n\n"
        "وفي مدينة حلب، قتل أربعة مدنيين بقذائف سقطت على سوق شعبية في حي الفردوس اليوم الثلاثاء، وسط تبادل "
        "الاتهامات بين النظام والمعارضة.",
        [
            ("2016-05-02", "الأتارب", ("russia",), 6, None, None),
            ("2016-05-03", "الفردوس", (), 4, None, None),
        ],
    ),
    (
        "2019-03-12",
        "سكاي نيوز عربية",
        "قتل طفلان أمس الاثنين بقصف مدفعي لقوات النظام على بلدة خان السبل.\n\n"
        "وفي مدينة سراقب، قتل ثلاثة مدنيين أمس بقصف صاروخي يتبادل النظام والفصائل الاتهامات بالمسؤولية عنه.",
        [
            ("2019-03-11", "خان السبل", ("syrian-government",), 2, None, None),
            ("2019-03-11", "سراقب", (), 3, None, None),
        ],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", DISPUTED)
def test_disputed_responsibility_lends_no_shooter(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "غارات جوية … من دون أن تحدد الجهة المسؤولة": no shooter is lent to the strike, and artillery fire told next with its
# shooters on the same days is another incident, not the strike told again.
UNNAMED_SHOOTER: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2018-05-15",
        "بي بي سي عربي",
        "وأعلنت منظمة طبية أن مستشفى في بلدة معرة حرمة خرج عن الخدمة جراء غارات جوية استهدفته في 11 أيار، من دون أن "
        "تحدد الجهة المسؤولة.\n\n"
        "كما تعرضت قرى في سهل الغاب خلال نهاية الأسبوع لقصف مدفعي مصدره مواقع القوات الحكومية.",
        [
            ("2018-05-11", "معرة حرمة", (), None, None, None),
            ("2018-05-11", "سهل الغاب", ("syrian-government",), None, None, None),
        ],
    ),
    (
        "2019-06-04",
        "سكاي نيوز عربية",
        "قتل ثلاثة مدنيين أمس الاثنين في غارة جوية على سوق بلدة كفرنبل، بحسب الدفاع المدني، من دون تحديد الجهة "
        "المسؤولة عنها.\n\n"
        "وفي ريف حماة، قصفت قوات النظام بالمدفعية قرى الزوار أمس الاثنين.",
        [
            ("2019-06-03", "كفرنبل", (), 3, None, None),
            ("2019-06-03", "الزوار", ("syrian-government",), None, None, None),
        ],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", UNNAMED_SHOOTER)
def test_strike_told_with_no_one_responsible(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "قوات النظام، مدعومة بعناصر من حزب الله": the side backing a force on the ground (or from the air) fought beside it,
# as the Arabic news annotators count it; air cover alone ("بغطاء جوي روسي") stays support, no party.
BACKED: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2016-02-10",
        "سكاي نيوز عربية",
        "اندلعت معارك عنيفة أمس الثلاثاء بين قوات النظام، مدعومة بعناصر من حزب الله، وفصائل المعارضة في محيط بلدة "
        "الزبداني، قتل فيها 14 مقاتلاً، بحسب المرصد.",
        [("2016-02-09", "الزبداني", ("syrian-government", "iran-backed-militias"), 14, None, "المرصد")],
    ),
    (
        "2018-05-06",
        "العربية",
        "وتواصلت المعارك اليوم الأحد بين القوات الحكومية المدعومة بمليشيات من حزب الله ومسلحي تنظيم داعش في حي "
        "القدم جنوب دمشق، ما أسفر عن مقتل ستة عناصر.",
        [("2018-05-06", "القدم", ("syrian-government", "iran-backed-militias"), 6, None, None)],
    ),
    (
        "2019-10-13",
        "بي بي سي عربي",
        "دارت اشتباكات أمس السبت في بلدة سلوك بين الفصائل السورية المدعومة بالجيش التركي ووحدات حماية الشعب الكردية، "
        "أسفرت عن مقتل تسعة مقاتلين.",
        [("2019-10-12", "سلوك", ("opposition-unspecified", "turkey"), 9, None, None)],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", BACKED)
def test_side_backing_a_force_fought_beside_it(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "حيث تسيطر القوات الحكومية والميليشيات الإيرانية": where sides hold, both of them; not who fired.
HELD: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2018-06-20",
        "العربية",
        "قتل أربعة عناصر من قوات سوريا الديمقراطية أمس الثلاثاء بهجوم لتنظيم داعش على حاجز في بلدة هجين.\n\n"
        "أما في بادية الميادين، حيث تسيطر القوات الحكومية والميليشيات الإيرانية، فقد شن التنظيم هجوماً أمس على "
        "نقطة عسكرية قرب قرية الشولا.",
        [
            ("2018-06-19", "هجين", ("isis",), 4, None, None),
            ("2018-06-19", "الميادين", ("isis",), None, None, None),
        ],
    ),
    (
        "2017-09-12",
        "سكاي نيوز عربية",
        "وفي ريف حماة الشمالي، حيث يسيطر الجيش السوري والمسلحون الموالون له، قصفت طائرات روسية بلدة كفرزيتا أمس "
        "الاثنين، ما أدى إلى مقتل طفلين.",
        [("2017-09-11", "كفرزيتا", ("russia",), 2, None, None)],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", HELD)
def test_sides_holding_the_place_did_not_fire(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)

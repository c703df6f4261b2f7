"""Arabic news reports telling several incidents on one day, across Syria 2012-2019: a lead with the day's toll over
a region then the towns or quarters hit with their own dead (in a list or a paragraph each), hospitals hit in different
towns, a siege's quarters shelled one by one, a side announcing its own losses, an undated clash followed by the
sentence giving its toll and its day (texts written for these tests in the ways Arabic outlets word such reports; no
corpus text; many towns and quarters the gazetteer lacks). Each row: the publication day, the outlet, the text, and
every incident it tells (day, place, perpetrators, killed, wounded, a word of the source's name): the extraction gives
as many incidents, each matching one row (one incident per town or quarter, as annotators code them)."""

from __future__ import annotations

import datetime as dt

import pytest
from probe_table import assert_probe

from timeline.article import Article
from timeline.extract import extract_article

# (day, place, perpetrators, killed, wounded, a word the source's name holds); None: the report gives none
Expected = tuple[str, str | None, tuple[str, ...], int | None, int | None, str | None]

PROBES: list[tuple[str, str | None, str, list[Expected]]] = [
    # 2 Ghouta: a paragraph per town
    (
        "2018-02-22",
        "الجزيرة",
        "تواصل قوات النظام السوري لليوم الخامس على التوالي حملتها العسكرية على الغوطة الشرقية، وسط حصيلة ضحايا "
        "تتصاعد يوما بعد يوم.\n"
        "ففي بلدة عربين، قتل 13 مدنيا بينهم خمسة أطفال جراء غارات جوية استهدفت الأحياء السكنية صباح اليوم الخميس، "
        "بحسب الدفاع المدني.\n"
        "وفي مدينة حرستا، قتل ستة مدنيين وأصيب آخرون بقصف صاروخي من قوات النظام على وسط المدينة.\n"
        "أما في بلدة زملكا، فقد قتلت امرأة وطفلاها بقذيفة مدفعية سقطت على منزلهم.",
        [
            ("2018-02-22", "عربين", ("syrian-government",), 13, None, "الدفاع المدني"),
            ("2018-02-22", "حرستا", ("syrian-government",), 6, None, None),
            ("2018-02-22", "زملكا", ("syrian-government",), 3, None, None),
        ],
    ),
    # 4 Ghouta: one sentence naming the towns with their dead, count first
    (
        "2018-03-05",
        "العربية",
        "أفاد المرصد السوري لحقوق الإنسان بمقتل 30 مدنيا اليوم الإثنين في قصف جوي ومدفعي للقوات الحكومية على "
        "الغوطة الشرقية، بينهم 12 في بلدة بيت سوا و10 في بلدة حزة وثمانية في بلدة عين ترما.",
        [
            ("2018-03-05", "بيت سوا", ("syrian-government",), 12, None, "المرصد"),
            ("2018-03-05", "حزة", ("syrian-government",), 10, None, "المرصد"),
            ("2018-03-05", "عين ترما", ("syrian-government",), 8, None, "المرصد"),
        ],
    ),
    # 5 Ghouta: the rebels' fire on Damascus and the regime's fire on a town, same day
    (
        "2018-02-25",
        "سانا",
        "استشهد مواطنان وأصيب 11 آخرون جراء اعتداء المجموعات الإرهابية المنتشرة في الغوطة الشرقية بالقذائف على حي "
        "باب توما في دمشق القديمة اليوم.\n"
        "كما أصيب أربعة مواطنين بجروح جراء سقوط قذائف صاروخية أطلقها الإرهابيون على ضاحية جرمانا.",
        [
            ("2018-02-25", "باب توما", ("opposition-unspecified",), 2, 11, None),
            ("2018-02-25", "جرمانا", ("opposition-unspecified",), None, 4, None),
        ],
    ),
    # 6 Ghouta 2018, Jaish al-Islam names its own dead + a second town
    (
        "2018-03-16",
        "الشرق الأوسط",
        "قتل 20 مدنيا على الأقل في غارات للطيران الروسي على بلدة كفربطنا في الغوطة الشرقية اليوم الجمعة، بحسب المرصد "
        "السوري.\n"
        "وفي بلدة جسرين القريبة، قتل سبعة مدنيين بقصف مدفعي لقوات النظام، بينما تواصل نزوح آلاف المدنيين نحو مناطق "
        "سيطرة النظام.",
        [
            ("2018-03-16", "كفربطنا", ("russia",), 20, None, "المرصد"),
            ("2018-03-16", "جسرين", ("syrian-government",), 7, None, None),
        ],
    ),
    # 9 Aleppo 2016: rebels' shells on the west + regime strikes on the east
    (
        "2016-11-28",
        "العربية",
        "قتل ثمانية مدنيين بقذائف أطلقتها فصائل المعارضة على حي الحمدانية غرب حلب اليوم الإثنين، وفق وكالة الأنباء "
        "السورية الرسمية.\n"
        "وفي الجهة المقابلة، قتل 15 مدنيا في غارات للطيران السوري على حي الصاخور في شرق المدينة، بحسب الدفاع المدني.",
        [
            ("2016-11-28", "الحمدانية", ("opposition-unspecified",), 8, None, None),
            ("2016-11-28", "الصاخور", ("syrian-government",), 15, None, "الدفاع المدني"),
        ],
    ),
    # 10 Aleppo 2016: town first, count after, several quarters in one sentence
    (
        "2016-12-05",
        "سكاي نيوز عربية",
        "قال الدفاع المدني في حلب إن 32 مدنيا قتلوا اليوم الإثنين بقصف قوات النظام على ما تبقى من الأحياء المحاصرة: "
        "حي الفردوس 14 قتيلا، وحي بستان القصر 10 قتلى، وحي الكلاسة ثمانية قتلى.",
        [
            ("2016-12-05", "الفردوس", ("syrian-government",), 14, None, "الدفاع المدني"),
            ("2016-12-05", "بستان القصر", ("syrian-government",), 10, None, "الدفاع المدني"),
            ("2016-12-05", "الكلاسة", ("syrian-government",), 8, None, "الدفاع المدني"),
        ],
    ),
    # 12 Idlib 2019: one sentence, count first per town
    (
        "2019-06-06",
        "الشرق الأوسط",
        "قتل 18 مدنيا اليوم الخميس في غارات جوية سورية وروسية على ريف إدلب الجنوبي، بينهم تسعة في مدينة معرة النعمان "
        "وخمسة في بلدة كفرسجنة وأربعة في قرية معرزيتا، وفق المرصد السوري لحقوق الإنسان.",
        [
            ("2019-06-06", "معرة النعمان", ("russia", "syrian-government"), 9, None, "المرصد"),
            ("2019-06-06", "كفرسجنة", ("russia", "syrian-government"), 5, None, "المرصد"),
            ("2019-06-06", "معرزيتا", ("russia", "syrian-government"), 4, None, "المرصد"),
        ],
    ),
    # 13 Idlib 2019: a market in one town and a school in another
    (
        "2019-08-12",
        "العربية",
        "قتل عشرة مدنيين اليوم الإثنين في قصف لقوات النظام على سوق شعبي في مدينة أريحا، بحسب الدفاع المدني.\n"
        "وفي ريف حماة الشمالي، استهدفت غارة روسية مدرسة تؤوي نازحين في بلدة كفرزيتا، ما أسفر عن مقتل ثلاثة أطفال.",
        [
            ("2019-08-12", "أريحا", ("syrian-government",), 10, None, "الدفاع المدني"),
            ("2019-08-12", "كفرزيتا", ("russia",), 3, None, None),
        ],
    ),
    # 14 Idlib: HTS attack and regime shelling same day
    (
        "2019-05-20",
        "فرانس 24",
        "قتل 11 عنصرا من قوات النظام في هجوم شنته هيئة تحرير الشام على مواقعهم قرب بلدة كفرنبودة في ريف حماة "
        "الشمالي الغربي اليوم الإثنين، بحسب المرصد السوري.\n"
        "وفي المقابل قتل أربعة مدنيين بقصف مدفعي لقوات النظام على بلدة التمانعة.",
        [
            ("2019-05-20", "كفرنبودة", ("hts",), 11, None, "المرصد"),
            ("2019-05-20", "التمانعة", ("syrian-government",), 4, None, None),
        ],
    ),
    # 15 Daraa 2018: toll by town
    (
        "2018-06-27",
        "الجزيرة",
        "قتل 17 مدنيا اليوم الأربعاء في غارات روسية وسورية على ريف درعا الشرقي، بحسب المرصد السوري لحقوق الإنسان. "
        "وأوضح المرصد أن عشرة منهم قتلوا في بلدة المسيفرة، وسبعة في بلدة صيدا.",
        [
            ("2018-06-27", "المسيفرة", ("russia", "syrian-government"), 10, None, "المرصد"),
            ("2018-06-27", "صيدا", ("russia", "syrian-government"), 7, None, "المرصد"),
        ],
    ),
    # 16 Daraa 2018: a paragraph per town
    (
        "2018-07-01",
        "سكاي نيوز عربية",
        "تتواصل العمليات العسكرية في جنوب سوريا رغم المفاوضات الجارية بين الفصائل والجانب الروسي.\n"
        "وفي بلدة طفس، قتل ستة مدنيين بقصف صاروخي لقوات النظام صباح اليوم الأحد.\n"
        "كما قتل أربعة مدنيين بغارة جوية على بلدة الغارية الغربية في ريف درعا الشرقي.",
        [
            ("2018-07-01", "طفس", ("syrian-government",), 6, None, None),
            ("2018-07-01", "الغارية الغربية", ("syrian-government",), 4, None, None),
        ],
    ),
    # 17 Quneitra/Daraa: ISIS affiliate in Yarmouk basin + regime
    (
        "2018-07-24",
        "الشرق الأوسط",
        "قتل 14 عنصرا من قوات النظام في هجوم شنه جيش خالد بن الوليد المبايع لتنظيم داعش على مواقعها قرب بلدة حيط في "
        "حوض اليرموك اليوم الثلاثاء.\n"
        "وفي الأثناء، قتل خمسة مدنيين بغارات جوية على بلدة الشجرة الخاضعة لسيطرة التنظيم.",
        [
            ("2018-07-24", "حيط", ("isis",), 14, None, None),
            ("2018-07-24", "الشجرة", (), 5, None, None),
        ],
    ),
    # 19 Deir ez-Zor: shelling of a quarter + coalition strike near a village
    (
        "2017-09-25",
        "الجزيرة",
        "سقطت قذائف أطلقها تنظيم الدولة على حي هرابش في مدينة دير الزور اليوم الإثنين، ما أدى إلى مقتل ثلاثة مدنيين، "
        "بحسب وكالة سانا.\n"
        "كذلك شنت طائرات التحالف الدولي غارات قرب قرية الشعفة بريف دير الزور الشرقي، أسفرت عن مقتل تسعة مدنيين بينهم "
        "أطفال، وفق ناشطين.",
        [
            ("2017-09-25", "هرابش", ("isis",), 3, None, None),
            ("2017-09-25", "الشعفة", ("coalition",), 9, None, None),
        ],
    ),
    # 20 Deir ez-Zor 2019: coalition strikes on two villages
    (
        "2019-02-12",
        "فرانس 24",
        "قتل 16 مدنيا بينهم سبعة أطفال في غارات للتحالف الدولي بقيادة واشنطن على قرية الباغوز فوقاني بريف دير الزور "
        "الشرقي اليوم الثلاثاء، بحسب المرصد السوري.\n"
        "كما قتل ستة مدنيين آخرين في قصف مدفعي لقوات سوريا الديمقراطية على بلدة السوسة القريبة.",
        [
            ("2019-02-12", "الباغوز", ("coalition",), 16, None, "المرصد"),
            ("2019-02-12", "السوسة", ("sdf",), 6, None, None),
        ],
    ),
    # 21 Raqqa: coalition strikes by quarter
    (
        "2017-08-29",
        "الشرق الأوسط",
        "قتل 42 مدنيا اليوم الثلاثاء في غارات للتحالف الدولي على مدينة الرقة، بحسب المرصد السوري لحقوق الإنسان. "
        "وأوضح المرصد أن 25 منهم قتلوا في حي البدو، و17 في حي الثكنة.",
        [
            ("2017-08-29", "البدو", ("coalition",), 25, None, "المرصد"),
            ("2017-08-29", "الثكنة", ("coalition",), 17, None, "المرصد"),
        ],
    ),
    # 22 Afrin 2018: Turkish General Staff announcing its own losses
    (
        "2018-01-28",
        "بي بي سي عربي",
        "أعلنت رئاسة الأركان التركية مقتل جنديين تركيين وإصابة خمسة آخرين في هجوم شنته وحدات حماية الشعب الكردية على "
        "نقطة عسكرية قرب ناحية راجو شمال غربي عفرين اليوم الأحد.",
        [("2018-01-28", "راجو", ("sdf",), 2, 5, None)],
    ),
    # 24 Afrin: SDF announcing its own dead in Turkish strikes
    (
        "2018-01-28",
        "سكاي نيوز عربية",
        "أعلنت وحدات حماية الشعب الكردية مقتل سبعة من مقاتليها في غارات للطيران التركي على قرية بعدينا في ناحية "
        "بلبلة اليوم الأحد.",
        [("2018-01-28", "بعدينا", ("turkey",), 7, None, None)],
    ),
    # 25 Manbij 2019: bombing + Turkish shelling of a village
    (
        "2019-01-16",
        "العربية",
        "قتل 16 شخصا بينهم أربعة جنود أمريكيين في تفجير انتحاري تبناه تنظيم داعش استهدف مطعما وسط مدينة منبج اليوم "
        "الأربعاء.\n"
        "وفي ريف المدينة الغربي، أصيب ثلاثة مدنيين بقصف مدفعي للفصائل الموالية لتركيا على قرية عون الدادات.",
        [
            ("2019-01-16", "منبج", ("isis",), 16, None, None),
            ("2019-01-16", "عون الدادات", ("opposition-unspecified",), None, 3, None),
        ],
    ),
    # 26 Tal Rifaat: announced own losses (Turkish MoD) in SDF attack
    (
        "2019-10-11",
        "الشرق الأوسط",
        "أعلنت وزارة الدفاع التركية مقتل جندي تركي وإصابة ثلاثة آخرين في هجوم بقذائف الهاون شنته الوحدات الكردية على "
        "قاعدة عسكرية قرب بلدة مارع اليوم الجمعة.",
        [("2019-10-11", "مارع", ("sdf",), 1, 3, None)],
    ),
    # 27 Homs 2012: quarters shelled one by one
    (
        "2012-03-01",
        "الجزيرة",
        "قال ناشطون إن 23 شخصا قتلوا اليوم الخميس في قصف مدفعي لقوات النظام على أحياء مدينة حمص، بينهم 12 في حي "
        "الخالدية وستة في حي القصور وخمسة في حي جورة الشياح.",
        [
            ("2012-03-01", "الخالدية", ("syrian-government",), 12, None, None),
            ("2012-03-01", "القصور", ("syrian-government",), 6, None, None),
            ("2012-03-01", "جورة الشياح", ("syrian-government",), 5, None, None),
        ],
    ),
    # 29 Homs countryside 2015: two towns
    (
        "2015-10-15",
        "الجزيرة",
        "قتل 11 مدنيا بغارات روسية على مدينة تلبيسة بريف حمص الشمالي اليوم الخميس، بحسب ناشطين. كما قتل ستة مدنيين "
        "في غارات مماثلة على مدينة الرستن المجاورة.",
        [
            ("2015-10-15", "تلبيسة", ("russia",), 11, None, None),
            ("2015-10-15", "الرستن", ("russia",), 6, None, None),
        ],
    ),
    # 33 Aleppo 2014: barrels on two quarters, town first with count after a dash
    (
        "2014-02-05",
        "العربية",
        "ألقى الطيران المروحي التابع للنظام براميل متفجرة على حيي المرجة والشعار في حلب اليوم الأربعاء، ما أسفر عن "
        "مقتل تسعة أشخاص في حي المرجة وأربعة في حي الشعار، وفق المرصد السوري.",
        [
            ("2014-02-05", "المرجة", ("syrian-government",), 9, None, "المرصد"),
            ("2014-02-05", "الشعار", ("syrian-government",), 4, None, "المرصد"),
        ],
    ),
    # 35 Yarmouk/southern Damascus 2018: ISIS area
    (
        "2018-04-23",
        "فرانس 24",
        "قتل ثمانية مدنيين في غارات جوية لقوات النظام على مخيم اليرموك جنوب دمشق اليوم الإثنين، بحسب المرصد السوري. "
        "كما قتل ثلاثة مدنيين بقصف على بلدة يلدا المجاورة.",
        [
            ("2018-04-23", "اليرموك", ("syrian-government",), 8, None, "المرصد"),
            ("2018-04-23", "يلدا", ("syrian-government",), 3, None, None),
        ],
    ),
    # 36 Idlib 2017: Khan Sheikhoun + another town same day
    (
        "2017-04-04",
        "الجزيرة",
        "قتل 58 شخصا بينهم 11 طفلا في قصف بغاز سام استهدف مدينة خان شيخون بريف إدلب الجنوبي صباح اليوم الثلاثاء، "
        "بحسب المرصد السوري، الذي حمل طائرات النظام المسؤولية.\n"
        "وبعد ساعات، قصفت طائرات حربية النقطة الطبية في المدينة، كما قتل أربعة مدنيين بغارات على بلدة الهبيط.",
        [
            ("2017-04-04", "خان شيخون", ("syrian-government",), 58, None, "المرصد"),
            ("2017-04-04", "الهبيط", ("syrian-government",), 4, None, None),
        ],
    ),
    # 37 Hama 2016: two villages
    (
        "2016-09-24",
        "سكاي نيوز عربية",
        "قتل تسعة مدنيين في غارات للطيران الحربي على بلدة اللطامنة بريف حماة الشمالي اليوم السبت، بينما قتل أربعة "
        "آخرون في قصف مدفعي على قرية الزكاة.",
        [
            ("2016-09-24", "اللطامنة", (), 9, None, None),
            ("2016-09-24", "الزكاة", (), 4, None, None),
        ],
    ),
    # 39 Eastern Ghouta 2016 Douma + Harasta
    (
        "2016-05-21",
        "العربية",
        "قتل 12 مدنيا في غارات لطيران النظام على مدينة دوما اليوم السبت، وقتل خمسة آخرون في قصف صاروخي على مدينة "
        "حرستا، بحسب الدفاع المدني في ريف دمشق.",
        [
            ("2016-05-21", "دوما", ("syrian-government",), 12, None, "الدفاع المدني"),
            ("2016-05-21", "حرستا", ("syrian-government",), 5, None, "الدفاع المدني"),
        ],
    ),
    # 41 Manbij 2016: SDF offensive against ISIS, coalition strike on a village
    (
        "2016-07-19",
        "فرانس 24",
        "قتل 56 مدنيا على الأقل في غارات للتحالف الدولي على قرية التوخار شمال مدينة منبج اليوم الثلاثاء، بحسب المرصد "
        "السوري. وفي داخل المدينة، قتل ستة مدنيين بقذائف أطلقها تنظيم داعش على حي الحزاونة.",
        [
            ("2016-07-19", "التوخار", ("coalition",), 56, None, "المرصد"),
            ("2016-07-19", "الحزاونة", ("isis",), 6, None, None),
        ],
    ),
    # 42 Hama 2019: Nusra/HTS shelling of a Christian town + Russian strike
    (
        "2019-08-12",
        "سانا",
        "استشهد أربعة مدنيين وأصيب ستة آخرون جراء اعتداء إرهابيي جبهة النصرة بالقذائف الصاروخية على مدينة السقيلبية "
        "بريف حماة الشمالي اليوم.",
        [("2019-08-12", "السقيلبية", ("hts",), 4, 6, None)],
    ),
]


@pytest.mark.parametrize(("published", "outlet", "text", "expected"), PROBES)
def test_a_probe_report_gives_the_incidents_it_tells(published, outlet, text, expected):
    assert_probe(published, outlet, text, expected)


def _read(text: str, published: str) -> list[dict]:
    day = dt.datetime.fromisoformat(published).replace(hour=12)
    return extract_article(Article(key="p", text=text, published=day, language="ar", source="x"))["events"]


def test_a_side_announcing_its_own_dead_is_the_target_of_the_side_named_attacking():
    (event,) = _read(
        "أعلنت وزارة الدفاع التركية مقتل جندي وإصابة اثنين في هجوم شنته الوحدات الكردية على موقع قرب بلدة مارع اليوم.",
        "2019-10-11",
    )
    assert event["perpetrators"] == ["sdf"]
    # a side announcing the dead of the side it fired at, no other side named doing it, did fire
    (event,) = _read(
        "أعلن الجيش التركي مقتل 20 مسلحا من الوحدات الكردية بغارات على قرية قرب عفرين اليوم.", "2018-02-03"
    )
    assert event["perpetrators"] == ["turkey"]


def test_an_undated_fight_takes_the_day_of_the_toll_told_after_it():
    (event,) = _read(
        "اندلعت معارك عنيفة بين قوات النظام ومسلحي تنظيم الدولة على أطراف بلدة الصالحية شمالي دير الزور. "
        "وسقط فيها 13 قتيلا من القوات الحكومية يوم الأحد، وفق المرصد.",
        "2017-09-26",
    )
    assert event["first"] == "2017-09-24"


def test_a_list_told_town_first_is_read_though_one_share_after_it_is_told_count_first():
    events = _read(
        "قصفت طائرات النظام اليوم الأحد بلدة كفرنبل التي قتل فيها 9 مدنيين، وبلدة حاس حيث قتل أربعة، فيما قتل "
        "ثلاثة في بلدة معرشورين.",
        "2019-05-19",
    )
    assert len(events) >= 2
    assert max(c["killed"] or 0 for c in events[0]["claims"]) == 9
    assert max(c["killed"] or 0 for c in events[1]["claims"]) == 4

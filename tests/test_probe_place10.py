"""Where incidents happened all over Syria, 2012-2019, as Arabic news, catalogues and English wires name it: towns,
villages and city quarters the gazetteer mostly lacks, named with a cue word or none, among the victims' home town,
the hospital, the fire's origin, the source's town, a road's ends and the region around (texts written for these tests,
in the project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.normalize import normalize
from timeline.places import find_places


def _events(text: str, published: str, language: str) -> list[dict]:
    day = dt.datetime.fromisoformat(published).replace(hour=12)
    title = "تقرير" if language == "ar" else "Update"
    return extract_article(Article(key="p", text=f"{title}\n\n{text}", published=day, language=language, source="x"))[
        "events"
    ]


def _named(event: dict, place: str) -> bool:
    """The incident's own place (its first) is the one the text names ``place``."""
    wanted = normalize(place).text.lower()
    first = event["place"] or {}
    return any(wanted in normalize(first.get(key) or "").text.lower() for key in ("text", "name", "name_ar"))


def _check(text: str, published: str, language: str, expected: list) -> None:
    events = _events(text, published, language)
    assert len(events) == len(expected)
    for place, governorate in expected:
        event = next(e for e in events if _named(e, place))
        assert event["place"]["admin1"] == governorate


# --- Arabic news and catalogues: (published, text, [(place as the text names it, governorate), ...])

ARABIC = [
    (
        "2016-11-20",
        "حلب - قُتل سبعة مدنيين وجرح آخرون، اليوم الأحد، جراء غارات جوية شنتها طائرات حربية روسية على حي الشعار في الأحياء الشرقية المحاصرة من مدينة حلب، بحسب ما أفاد الدفاع المدني.",
        [("الشعار", "Aleppo")],
    ),
    (
        "2014-02-11",
        "ألقت مروحيات النظام، صباح اليوم الثلاثاء، برميلين متفجرين على حي قاضي عسكر بمدينة حلب، ما أدى إلى مقتل أربعة أشخاص بينهم طفلان، وفق ناشطين محليين.",
        [("قاضي عسكر", "Aleppo")],
    ),
    (
        "2018-02-27",
        "ريف دمشق - قتل 11 مدنياً بينهم نساء جراء قصف صاروخي لقوات النظام استهدف بلدة بيت سوى في الغوطة الشرقية، مساء أمس الاثنين، بحسب المرصد السوري لحقوق الإنسان.",
        [("بيت سوى", "Rif Dimashq")],
    ),
    (
        "2017-09-17",
        "قتل شاب من مدينة دوما برصاص قناص من قوات النظام على أطراف بلدة أوتايا في منطقة المرج بالغوطة الشرقية، يوم السبت.",
        [("أوتايا", "Rif Dimashq")],
    ),
    (
        "2018-03-05",
        "استهدف الطيران الحربي الروسي بلدة الأشعري بعدة غارات اليوم الاثنين، ما أدى لمقتل امرأة وطفليها، وإصابة ستة آخرين نقلوا إلى مشفى ميداني في مدينة دوما.",
        [("الأشعري", "Rif Dimashq")],
    ),  # a name in -ي after a feminine settlement cue, the governorate of the hospital's town
    (
        "2013-06-02",
        "حمص - قصفت قوات النظام بقذائف الهاون قرية الدار الكبيرة في ريف حمص الشمالي، اليوم الأحد، ما أسفر عن مقتل ثلاثة مدنيين، حسب ناشطين.",
        [("الدار الكبيرة", "Homs")],
    ),
    (
        "2014-04-10",
        "قتل خمسة أشخاص بينهم طفل، اليوم الخميس، بقذائف هاون أطلقتها المجموعات الإرهابية على حي الزهراء في مدينة حمص، وفق ما نقلته وكالة سانا.",
        [("الزهراء", "Homs")],
    ),
    (
        "2015-06-23",
        "أصيب تسعة مدنيين بجروح جراء قصف مدفعي لقوات الأسد على حي الوعر المحاصر غربي مدينة حمص، الثلاثاء.",
        [("الوعر", "Homs")],
    ),
    (
        "2017-05-19",
        "درعا - قتل رجل وزوجته بغارة جوية لطائرات النظام على بلدة النعيمة شرقي مدينة درعا، فجر اليوم الجمعة، بحسب ناشطين.",
        [("النعيمة", "Daraa")],
    ),
    (
        "2018-06-25",
        "قتلت امرأة وأصيب طفلان، مساء الأحد، بقصف صاروخي لقوات النظام والميليشيات الإيرانية على قرية إبطع في ريف درعا الأوسط.",
        [("إبطع", "Daraa")],
    ),
    (
        "2017-02-14",
        "تعرض حي المنشية في درعا البلد اليوم الثلاثاء لقصف بأكثر من عشرين صاروخاً من قبل قوات النظام، ما أدى لسقوط قتيلين من المدنيين.",
        [("المنشية", "Daraa")],
    ),
    (
        "2017-06-25",
        "شنت فصائل المعارضة هجوماً، السبت، على مواقع قوات النظام في بلدة جباتا الخشب بريف القنيطرة الشمالي، وقتل أربعة عناصر من قوات النظام، وفق مصدر عسكري.",
        [("جباتا الخشب", "Quneitra")],
    ),
    (
        "2017-08-08",
        "الرقة - قتل 14 مدنياً على الأقل، الاثنين، بغارات لطيران التحالف الدولي على حي الرميلة شرقي مدينة الرقة، بحسب حملة الرقة تذبح بصمت.",
        [("الرميلة", "Raqqa")],
    ),
    (
        "2017-07-04",
        "تقدمت قوات سوريا الديمقراطية في حي المشلب شرقي الرقة، أمس الاثنين، وسط اشتباكات عنيفة مع تنظيم الدولة قتل فيها سبعة من عناصر التنظيم.",
        [("المشلب", "Raqqa")],
    ),  # a quarter the gazetteer lacks is the borrowed clause's settlement
    (
        "2018-11-30",
        "قتل ثمانية مدنيين بينهم أطفال جراء غارات للتحالف الدولي، الخميس، على بلدة الشعفة في ريف دير الزور الشرقي، وهي من آخر جيوب تنظيم داعش.",
        [("الشعفة", "Deir ez-Zor")],
    ),
    (
        "2014-08-10",
        "أعدم تنظيم الدولة الإسلامية، السبت، 12 شخصاً من أبناء عشيرة الشعيطات في بلدة غرانيج بريف دير الزور الشرقي.",
        [("غرانيج", "Deir ez-Zor")],
    ),
    (
        "2017-01-22",
        "دير الزور - استهدف تنظيم داعش بقذائف الهاون، اليوم الأحد، حي الجورة الذي تسيطر عليه قوات النظام في مدينة دير الزور، ما أدى إلى مقتل طفلة وإصابة خمسة آخرين.",
        [("الجورة", "Deir ez-Zor")],
    ),
    (
        "2019-05-10",
        "قُتل ثلاثة عناصر من قسد بانفجار عبوة ناسفة على الطريق الواصل بين بلدتي ذيبان والحوايج في ريف دير الزور الشرقي، الخميس.",
        [("ذيبان", "Deir ez-Zor")],
    ),
    (
        "2018-03-02",
        "قتل ستة مدنيين من عائلة واحدة، أمس الخميس، بقصف مدفعي للجيش التركي على قرية الباسوطة جنوبي عفرين، بحسب الهلال الأحمر الكردي.",
        [("الباسوطة", "Aleppo")],
    ),
    (
        "2018-02-05",
        "شنت الطائرات التركية اليوم الاثنين غارات على ناحية جنديرس في منطقة عفرين، ما أسفر عن مقتل ثلاثة مقاتلين من وحدات حماية الشعب.",
        [("جنديرس", "Aleppo")],
    ),
    (
        "2019-12-02",
        "قتل طفلان بقصف مدفعي تركي استهدف بلدة تل رفعت شمالي حلب، مساء الأحد، فيما ردت قسد بقصف مواقع للفصائل الموالية لأنقرة في مدينة مارع.",
        [("تل رفعت", "Aleppo"), ("مارع", "Aleppo")],
    ),
    (
        "2019-03-14",
        "انفجرت دراجة مفخخة، مساء الأربعاء، في قرية الدادات شمال مدينة منبج، ما أدى إلى مقتل مدنيين اثنين، ولم تتبن أي جهة التفجير.",
        [("الدادات", "Aleppo")],
    ),
    (
        "2019-04-09",
        "قتل 11 عنصراً من قوات النظام والميليشيات الموالية لها، أمس الاثنين، بكمين نصبه عناصر من تنظيم داعش في بادية السخنة بريف حمص الشرقي.",
        [("السخنة", "Homs")],
    ),
    (
        "2019-05-21",
        "إدلب - قتل ثلاثة مدنيين وأصيب عشرة بغارات روسية، اليوم الثلاثاء، استهدفت السوق الشعبي في مدينة كفرنبل جنوبي إدلب، وفق الدفاع المدني السوري.",
        [("كفرنبل", "Idlib")],
    ),
    (
        "2019-06-03",
        "استهدفت قوات النظام بصواريخ غراد قرية أبديتا في جبل الزاوية، مساء الأحد، ما أدى لمقتل رجل مسن.",
        [("أبديتا", "Idlib")],
    ),
    (
        "2019-07-15",
        "قتل عنصران من هيئة تحرير الشام، اليوم الاثنين، بقصف مدفعي على قرية الجنابرة في ريف حماة الشمالي الغربي، بحسب المرصد.",
        [("الجنابرة", "Hama")],
    ),
    (
        "2019-05-13",
        "قصفت هيئة تحرير الشام من مواقعها في بلدة اللطامنة مدينة محردة بعدة صواريخ، يوم الأحد، ما أدى لمقتل امرأة.",
        [("محردة", "Hama")],
    ),
    (
        "2018-01-08",
        "قال مراسلنا في مدينة معرة النعمان إن الطائرات الحربية قصفت بلدة التح اليوم الاثنين، ما أدى إلى مقتل أربعة مدنيين.",
        [("التح", "Idlib")],
    ),
    (
        "2019-07-30",
        "اندلعت اشتباكات عنيفة، الإثنين، بين قوات النظام والفصائل على محور تل ملح والجبين بريف حماة الشمالي، قتل خلالها تسعة عناصر من قوات النظام.",
        [("تل ملح", "Hama")],
    ),
    (
        "2019-10-01",
        "قتل أربعة أطفال من بلدة كفرزيتا، أمس الاثنين، بانفجار لغم أرضي من مخلفات الحرب في أرض زراعية قرب قرية الهبيط.",
        [("الهبيط", "Idlib")],
    ),
    (
        "2014-07-15",
        "في 9 تموز 2014 قتل 7 مدنيين بينهم 3 أطفال إثر قصف الطيران المروحي الحكومي ببرميل متفجر حي الصالحين في مدينة حلب.",
        [("الصالحين", "Aleppo")],
    ),
    (
        "2017-08-30",
        "في 22 آب 2017، قتل 5 مدنيين جراء غارة جوية لطيران التحالف الدولي على مبنى سكني في حي الدرعية غرب مدينة الرقة.",
        [("الدرعية", "Raqqa")],
    ),
    (
        "2015-10-10",
        "بتاريخ 3 تشرين الأول 2015 قصف طيران ثابت الجناح يُعتقد أنه روسي قرية الزعفرانة في ريف حمص الشمالي، ما أسفر عن مقتل 6 مدنيين.",
        [("الزعفرانة", "Homs")],
    ),
    (
        "2018-08-20",
        "استهدف تنظيم داعش بسيارة مفخخة مقراً لقوات سوريا الديمقراطية في قرية الكشكية بريف دير الزور، يوم السبت، ما أدى لمقتل 6 عناصر.",
        [("الكشكية", "Deir ez-Zor")],
    ),
    (
        "2016-03-12",
        "قُتل طفل برصاص حرس الحدود التركي، الجمعة، قرب قرية خربة الجوز على الحدود السورية التركية بريف إدلب الغربي.",
        [("خربة الجوز", "Idlib")],
    ),
    (
        "2017-04-16",
        "قتل عنصران من الشرطة العسكرية، السبت، بانفجار سيارة مفخخة عند دوار في مدينة الباب بريف حلب الشرقي.",
        [("الباب", "Aleppo")],
    ),
    (
        "2016-07-06",
        "سقطت عدة قذائف على حي الحمدانية غربي حلب، مساء الثلاثاء، مصدرها مواقع الفصائل في حي صلاح الدين، وأسفرت عن مقتل رجل.",
        [("الحمدانية", "Aleppo")],
    ),
    (
        "2016-09-25",
        "قتل سبعة مدنيين، يوم السبت، بغارات لطائرات حربية روسية على حي بستان الباشا في مدينة حلب، ونقل الجرحى إلى مشفى في حي الشعار.",
        [("بستان الباشا", "Aleppo")],
    ),
    (
        "2013-10-14",
        "أفاد ناشطون بمقتل ثلاثة من مقاتلي جبهة النصرة باشتباكات مع قوات النظام على الطريق بين خناصر وأثريا، يوم الأحد.",
        [("خناصر", "Aleppo")],
    ),
    (
        "2018-05-06",
        "قتل مدنيان وأصيب آخرون، السبت، بقصف لطائرات النظام على مدينة طفس في ريف درعا الغربي، وقد نقل المصابون إلى المشفى الميداني في بلدة اليادودة.",
        [("طفس", "Daraa")],
    ),
    (
        "2016-10-08",
        "قُتل عنصران من قوات النظام، مساء الجمعة، باستهداف سيارتهما بعبوة ناسفة على أطراف بلدة عتمان شمال درعا، وفق ناشطين.",
        [("عتمان", "Daraa")],
    ),
    (
        "2018-06-24",
        "قصفت قوات النظام بالمدفعية الثقيلة بلدتي الكرك الشرقي والمليحة الشرقية في ريف درعا الشرقي، اليوم الأحد، ما أدى إلى مقتل طفل.",
        [("الكرك الشرقي", "Daraa")],
    ),
    (
        "2017-03-09",
        "استشهد شاب برصاص قناصة النظام ببلدة أم باطنة في ريف القنيطرة الأوسط، يوم الأربعاء.",
        [("أم باطنة", "Quneitra")],
    ),
    (
        "2017-04-24",
        "تعرضت قرية طرنجة بريف القنيطرة الشمالي لقصف مدفعي من مواقع قوات النظام في بلدة خان أرنبة، ما أسفر عن إصابة أربعة مدنيين، الأحد.",
        [("طرنجة", "Quneitra")],
    ),
    (
        "2013-09-10",
        "قصفت قوات النظام المتمركزة في حي الجورة حي الحويقة الخاضع لسيطرة الجيش الحر في مدينة دير الزور، الإثنين، ما أدى لمقتل ثلاثة مدنيين.",
        [("الحويقة", "Deir ez-Zor")],
    ),  # a settlement cue ends the name before it
    (
        "2017-10-21",
        "قتل 9 مدنيين بغارات جوية لطائرات روسية على مدينة القورية في ريف دير الزور الشرقي، أمس الجمعة، بحسب شبكة دير الزور 24.",
        [("القورية", "Deir ez-Zor")],
    ),
    (
        "2019-09-11",
        "اغتال مسلحون مجهولون، مساء الثلاثاء، قيادياً في مجلس دير الزور العسكري في بلدة الشحيل شرقي دير الزور.",
        [("الشحيل", "Deir ez-Zor")],
    ),
    (
        "2018-01-16",
        "قتل أربعة مدنيين، الإثنين، بانفجار لغم أرضي زرعه تنظيم الدولة في منزل بحي الثكنة وسط مدينة الرقة، بعد عودتهم إليه.",
        [("الثكنة", "Raqqa")],
    ),
    (
        "2016-07-20",
        "قتل نحو 20 مدنياً، أمس الثلاثاء، بغارات للتحالف الدولي على قرية التوخار شمال منبج، بحسب ناشطين.",
        [("التوخار", "Aleppo")],
    ),
    (
        "2017-05-29",
        "شنت طائرات حربية روسية، يوم الأحد، غارات على محيط قرية حميمة في بادية حمص الشرقية، وقتل فيها 12 عنصراً من تنظيم داعش بحسب وزارة الدفاع الروسية.",
        [("حميمة", "Homs")],
    ),
    (
        "2017-08-29",
        "هاجم عناصر من داعش نقاطاً لقوات النظام قرب بلدة كباجب على طريق دير الزور - تدمر، الإثنين، ما أدى لمقتل 8 عناصر.",
        [("كباجب", "Deir ez-Zor")],
    ),
    (
        "2016-02-17",
        "قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على قرية الحميرة بريف حلب الجنوبي، صباح الثلاثاء.",
        [("الحميرة", "Aleppo")],
    ),
    (
        "2017-03-07",
        "قتل طفلان بقصف لطيران التحالف على قرية السلحبية غربي الرقة، يوم الاثنين، بحسب ناشطين من المنطقة.",
        [("السلحبية", "Raqqa")],
    ),
    (
        "2013-07-24",
        "قتل خمسة من عناصر الجيش الحر باشتباكات مع قوات النظام وحزب الله على أطراف قرية تلذهب في منطقة الحولة بريف حمص، الثلاثاء.",
        [("تلذهب", "Homs")],
    ),
    (
        "2014-11-04",
        "قصفت قوات النظام، الإثنين، قرية جبورين بريف حمص الشمالي بقذائف الهاون، ما أدى إلى إصابة طفلين.",
        [("جبورين", "Homs")],
    ),
    (
        "2017-04-19",
        "قتل عنصر من فيلق الرحمن برصاص قناص على جبهة حي جوبر الدمشقي، مساء الثلاثاء، في خرق للهدنة.",
        [("جوبر", "Damascus")],
    ),
    (
        "2016-05-06",
        "الخميس 5 أيار 2016، مخيم الكمونة للنازحين قرب بلدة سرمدا بريف إدلب الشمالي: قصف طيران ثابت الجناح يعتقد أنه تابع لقوات النظام خيام المخيم، ما أدى إلى مقتل 28 مدنياً.",
        [("الكمونة", "Idlib")],
    ),
    (
        "2018-02-09",
        "قتل 16 مدنياً في قصف جوي على مدينة حمورية، كما قتل ستة آخرون في بلدة بيت سوى ومدينة عربين، في حصيلة جديدة لليوم الرابع من التصعيد على الغوطة الشرقية.",
        [("حمورية", "Rif Dimashq"), ("بيت سوى", "Rif Dimashq")],
    ),  # a toll joined by 'كما' at another town is that town's incident
    (
        "2017-01-08",
        "قتل عنصران من الفرقة الرابعة، يوم السبت، باشتباكات مع فصائل المعارضة في قرية دير مقرن بمنطقة وادي بردى في ريف دمشق الغربي.",
        [("دير مقرن", "Rif Dimashq")],
    ),
    (
        "2017-01-20",
        "ارتفعت حصيلة القتلى جراء تفجير انتحاري استهدف مقراً لحركة أحرار الشام في مدينة الباب إلى 12 قتيلاً.",
        [("الباب", "Aleppo")],
    ),
    (
        "2018-02-22",
        "أصيبت امرأتان بجروح جراء سقوط قذائف صاروخية على حي القصاع في دمشق، مصدرها الغوطة الشرقية، بحسب وكالة سانا.",
        [("القصاع", "Damascus")],
    ),
    (
        "2019-08-02",
        "قُتل ثلاثة أشخاص بانفجار عبوة ناسفة في سيارة عند مدخل بلدة محجة بريف درعا الشمالي، مساء الخميس، وفق مكتب توثيق الشهداء في درعا.",
        [("محجة", "Daraa")],
    ),
    (
        "2015-03-20",
        "قتل أربعة مدنيين جراء قصف جوي على بلدة ناحتة بريف درعا الشرقي، وأسعف الجرحى إلى مشفى في مدينة بصرى الشام.",
        [("ناحتة", "Daraa")],
    ),
    (
        "2019-11-03",
        "قتل ستة مدنيين بينهم طفلان، أمس السبت، بقصف لقوات النظام على قرية كفر نبل وبلدة حاس جنوبي إدلب، بحسب الدفاع المدني في إدلب.",
        [("كفر نبل", "Idlib")],
    ),
    (
        "2019-10-16",
        "استهدف الجيش التركي والفصائل الموالية له بقذائف المدفعية مدينة تل تمر بريف الحسكة الشمالي الغربي، الثلاثاء، ما أدى لمقتل مدنيين اثنين، وفق ما ذكرت الإدارة الذاتية.",
        [("تل تمر", "Al-Hasakah")],
    ),
    (
        "2014-01-17",
        "أعلنت الهيئة العامة للثورة مقتل 14 شخصاً، الخميس، في قصف بالبراميل المتفجرة على حي الأنصاري بحلب.",
        [("الأنصاري", "Aleppo")],
    ),
    (
        "2014-06-06",
        "استهدف تنظيم داعش بسيارة مفخخة حاجزاً لحركة أحرار الشام في بلدة الشحيل، ما أسفر عن مقتل ثمانية عناصر، فيما قال ناشطون في مدينة الميادين إن الاشتباكات امتدت إلى قرى مجاورة.",
        [("الشحيل", "Deir ez-Zor")],
    ),  # 'قرى مجاورة' is no place; the village takes the governorate of the town its sentence names
    (
        "2018-04-08",
        "قتل أكثر من 40 مدنياً بينهم نساء وأطفال جراء قصف بغازات سامة استهدف مدينة دوما، آخر معاقل جيش الإسلام في الغوطة الشرقية، بحسب الدفاع المدني.",
        [("دوما", "Rif Dimashq")],
    ),
    (
        "2019-05-17",
        "قصفت قوات النظام بالمدفعية الثقيلة، الخميس، أطراف مدينة خان شيخون الشرقية وقرية التمانعة، ما أدى لمقتل طفل وإصابة آخرين، فيما شنت المقاتلات الروسية غارات على بلدة الهبيط.",
        [("خان شيخون", "Idlib"), ("الهبيط", "Idlib")],
    ),
    (
        "2015-04-05",
        "قتل ستة أشخاص بينهم امرأتان بقصف صاروخي لقوات النظام على بحي الكلاسة في مدينة حلب يوم السبت.",
        [("الكلاسة", "Aleppo")],
    ),
    (
        "2016-06-15",
        "قتل ثلاثة مدنيين بغارة جوية على الأطراف الشمالية لمدينة تلبيسة في ريف حمص الشمالي، صباح الثلاثاء.",
        [("تلبيسة", "Homs")],
    ),
    (
        "2019-07-21",
        "قتل 11 مدنياً بغارات روسية على سوق شعبي في بلدة معرة حرمة بريف إدلب الجنوبي، حسب ما أفاد مراسل عنب بلدي في إدلب.",
        [("معرة حرمة", "Idlib")],
    ),
    (
        "2017-03-22",
        "قتل عنصران من الجيش الحر بقصف تركي على قرية تل شعير غربي مدينة منبج، بحسب مجلس منبج العسكري.",
        [("تل شعير", "Aleppo")],
    ),
    (
        "2018-01-21",
        "قصفت المدفعية التركية قرى جلبل وكفر جنة ومريمين في منطقة عفرين، ما أدى لمقتل خمسة مدنيين، وفق ما ذكرته وحدات حماية الشعب.",
        [("جلبل", "Aleppo"), ("كفر جنة", "Aleppo"), ("مريمين", "Aleppo")],
    ),
    (
        "2016-11-28",
        "قتل سبعة مدنيين من عائلة واحدة بقصف مدفعي على حي الشيخ مقصود ذي الغالبية الكردية في مدينة حلب، يوم الأحد، بحسب ناشطين.",
        [("الشيخ مقصود", "Aleppo")],
    ),
    (
        "2017-12-31",
        "قتل عنصر من قوات النظام وجرح آخرون بهجوم شنته هيئة تحرير الشام على مواقعهم في قرية أبو دالي بريف حماة الشمالي الشرقي.",
        [("أبو دالي", "Hama")],
    ),
    (
        "2019-09-01",
        "قتل طفل برصاص الجندرما التركية على الحدود السورية التركية قرب بلدة دركوش غربي إدلب، السبت.",
        [("دركوش", "Idlib")],
    ),
    (
        "2018-12-20",
        "قتل شخصان وأصيب آخرون، الأربعاء، بانفجار عبوة ناسفة في حي الحوارنة بمدينة الحسكة، ولم تتبن أي جهة التفجير.",
        [("الحوارنة", "Al-Hasakah")],
    ),
    (
        "2014-09-29",
        "قتل عشرة عناصر من تنظيم الدولة بغارات للتحالف الدولي على قرية ذيبان التحتاني جنوبي عين العرب (كوباني)، وفق ناشطين أكراد.",
        [("ذيبان التحتاني", "Aleppo")],
    ),  # a compass word links a village to a town of another governorate
    (
        "2013-05-15",
        "استهدفت قوات النظام بقذائف الهاون حي التضامن جنوبي دمشق، ما أسفر عن مقتل امرأة وطفلها، بحسب لجان التنسيق المحلية.",
        [("التضامن", "Damascus")],
    ),
    (
        "2017-11-14",
        "سقطت قذيفتان على منطقة باب توما في دمشق القديمة، ما أدى إلى إصابة أربعة مدنيين، وفق وكالة سانا، التي قالت إن مصدرهما مواقع المسلحين في عين ترما.",
        [("باب توما", "Damascus")],
    ),
    (
        "2019-02-04",
        "انفجر لغم من مخلفات داعش، أمس الأحد، بسيارة مدنية على الطريق بين الصبحة والبوليل في ريف دير الزور الشرقي، ما أسفر عن مقتل ثلاثة أشخاص من عائلة واحدة.",
        [("الصبحة", "Deir ez-Zor")],
    ),  # the two towns a road joins, named with no settlement word
    (
        "2019-04-13",
        "قتل الشاب محمد الحمصي، أمس الجمعة، بقصف مدفعي لقوات النظام على بلدة كفرنبودة بريف حماة الشمالي.",
        [("كفرنبودة", "Hama")],
    ),
    (
        "2018-09-09",
        "أفادت مديرية صحة إدلب بمقتل أربعة مدنيين، السبت، جراء غارات روسية على قرية الهبيط جنوبي إدلب.",
        [("الهبيط", "Idlib")],
    ),
    (
        "2016-04-23",
        "قال مركز حمص الإعلامي إن ثلاثة مدنيين قتلوا، الجمعة، بقصف لقوات النظام على مدينة الرستن.",
        [("الرستن", "Homs")],
    ),
    (
        "2019-05-10",
        "استهدفت قوات النظام سيارة مدنية على الطريق الدولي حلب - دمشق قرب مدينة سراقب، ما أدى لمقتل سائقها، الخميس.",
        [("سراقب", "Idlib")],
    ),
    (
        "2019-04-14",
        "قُتل الطفل أحمد خالد العلي، من أبناء بلدة كفرومة، بقصف مدفعي على مدينة معرة النعمان، يوم السبت 13 نيسان 2019.",
        [("معرة النعمان", "Idlib")],
    ),
    (
        "2017-07-18",
        "قتل عنصران من جيش الإسلام بقصف لقوات النظام على جبهة حوش الضواهرة في الغوطة الشرقية، خلال شهر تموز الجاري، وآخرهم يوم الإثنين.",
        [("حوش الضواهرة", "Rif Dimashq")],
    ),
    (
        "2016-08-28",
        "سقط صاروخ أطلقته الفصائل على حي الحمدانية بحلب، صباح السبت، فقتل طفلان، ونقل الجرحى إلى مشفى الرازي.",
        [("الحمدانية", "Aleppo")],
    ),
    (
        "2018-02-26",
        "وثقت الشبكة السورية لحقوق الإنسان مقتل 9 مدنيين، الأحد، بقصف على مدينتي دوما وحرستا في الغوطة الشرقية.",
        [("دوما", "Rif Dimashq")],
    ),
    (
        "2015-12-14",
        "قتل خمسة مدنيين بقصف جوي على بلدة بنش، وقال الطبيب أبو محمد الإدلبي إن بين القتلى طفلين.",
        [("بنش", "Idlib")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), ARABIC)
def test_an_arabic_report_gives_the_incidents_place_and_governorate(published, text, expected):
    _check(text, published, "ar", expected)


# --- English wires

ENGLISH = [
    (
        "2014-05-18",
        "ALEPPO, Syria (AP) — A government barrel bomb slammed into the rebel-held al-Sukkari district of Aleppo on Saturday, killing at least nine people, activists said.",
        [("al-Sukkari", "Aleppo")],
    ),
    (
        "2016-10-12",
        "Activists said air strikes on the Bustan al-Qasr neighborhood killed 12 people on Tuesday, as the government pressed its offensive on the besieged eastern part of Aleppo.",
        [("Bustan al-Qasr", "Aleppo")],
    ),
    (
        "2015-03-19",
        "BEIRUT (Reuters) - Rebel shells hit the Christian quarter of Bab Touma in Damascus' Old City on Wednesday, killing two people, state media said.",
        [("Bab Touma", "Damascus")],
    ),
    (
        "2018-02-20",
        "Government warplanes struck the town of Hamouriyeh in the rebel enclave of Eastern Ghouta on Monday, killing at least 18 civilians, the Syrian Observatory for Human Rights reported.",
        [("Hamouriyeh", "Rif Dimashq")],
    ),
    (
        "2018-03-09",
        "In Ain Tarma, on the edge of Damascus, rescuers pulled six bodies from the rubble after an air strike on Thursday, according to the White Helmets.",
        [("Ain Tarma", "Rif Dimashq")],
    ),
    (
        "2015-11-03",
        "Fighting raged on Monday on the outskirts of Douma between Jaish al-Islam and government troops, with at least 14 soldiers killed, the Observatory said.",
        [("Douma", "Rif Dimashq")],
    ),
    (
        "2014-10-06",
        "Mortar rounds fired from the rebel-held Waer district fell on the Akrama neighbourhood of Homs on Sunday, wounding seven, SANA said.",
        [("Akrama", "Homs")],
    ),  # fired from the rebel-held X: an origin
    (
        "2012-08-15",
        "The army shelled the town of Talbiseh, north of Homs, on Tuesday, killing four people including a child, activists said.",
        [("Talbiseh", "Homs")],
    ),
    (
        "2016-02-06",
        "Barrel bombs hit the town of Da'el in Deraa province on Friday, killing five members of one family, opposition activists said.",
        [("Da'el", "Daraa")],
    ),
    (
        "2017-06-26",
        "Rebels in Quneitra attacked government positions around Baath City on Sunday, and at least 11 fighters were killed on both sides, the monitor said.",
        [("Baath City", "Quneitra")],
    ),
    (
        "2017-08-22",
        "Coalition strikes on the al-Badu neighbourhood of Raqqa killed 21 civilians on Monday, Raqqa is Being Slaughtered Silently said.",
        [("al-Badu", "Raqqa")],
    ),
    (
        "2018-09-17",
        "An Islamic State suicide car bomb exploded at an SDF checkpoint in the village of al-Busayrah in Deir al-Zour province on Sunday, killing seven fighters.",
        [("al-Busayrah", "Deir ez-Zor")],
    ),
    (
        "2018-11-27",
        "US-led coalition aircraft struck Hajin, the last town held by Islamic State in eastern Deir ez-Zor, on Monday, killing 16 people, including children, state news agency SANA said.",
        [("Hajin", "Deir ez-Zor")],
    ),
    (
        "2017-08-24",
        "Islamic State militants killed 30 government soldiers on Wednesday in an attack on positions near al-Shoula, on the highway from Deir al-Zor to Palmyra, a war monitor said.",
        [("al-Shoula", "Deir ez-Zor")],
    ),  # the highway from X to Y: no origin
    (
        "2018-02-26",
        "Turkish jets pounded the village of Maabatli in the Afrin region on Sunday, killing eight civilians, a Kurdish official said.",
        [("Maabatli", "Aleppo")],
    ),
    (
        "2019-11-05",
        "Turkish artillery shelled YPG positions near Tal Rifaat, north of Aleppo, on Monday, the Turkish military said, adding that it had neutralised 11 militants.",
        [("Tal Rifaat", "Aleppo")],
    ),
    (
        "2016-10-08",
        "A car bomb ripped through a market in the northern town of Jarablus near the Turkish border on Thursday, killing at least 13 people, Turkish state media reported.",
        [("Jarablus", "Aleppo")],
    ),
    (
        "2017-05-04",
        "Russian jets struck Islamic State positions around Humaymah in the desert east of Palmyra on Wednesday, killing 40 militants, the Russian defence ministry said.",
        [("Humaymah", "Homs")],
    ),
    (
        "2019-06-10",
        "Airstrikes on Kfar Nubl in southern Idleb killed three people on Sunday, rescue workers said.",
        [("Kfar Nubl", "Idlib")],
    ),  # a longer spelling variant over a shorter listed name
    (
        "2019-05-30",
        "Government shelling killed a woman and her two children in the village of Maarzaf, in the northern Hama countryside, on Wednesday.",
        [("Maarzaf", "Hama")],
    ),
    (
        "2019-05-07",
        "A Russian strike hit a hospital in Kafr Nabudah, in northwest Hama, on Monday, putting it out of service and wounding three staff, a medical charity said.",
        [("Kafr Nabudah", "Hama")],
    ),
    (
        "2019-08-12",
        "Three civilians from Khan Sheikhoun were killed on Sunday when a drone hit their car on the road between Maarat al-Numan and Saraqeb, rescuers said.",
        [("Maarat al-Numan", "Idlib")],
    ),
    (
        "2018-09-03",
        "Militants fired rockets from Latamneh at the Christian town of Suqaylabiyah on Sunday, wounding four people, SANA reported.",
        [("Suqaylabiyah", "Hama")],
    ),
    (
        "2015-04-02",
        "Syrian army shelling of the Yarmouk camp in southern Damascus killed six people on Wednesday, a Palestinian official said.",
        [("Yarmouk", "Damascus")],
    ),
    (
        "2013-08-21",
        "Activists said at least 25 people died when rockets hit the Zamalka area east of Damascus on Wednesday.",
        [("Zamalka", "Rif Dimashq")],
    ),
    (
        "2016-08-02",
        "Islamic State shelling killed four people in the Harabish neighbourhood of Deir ez-Zor city on Monday, SANA said.",
        [("Harabish", "Deir ez-Zor")],
    ),
    (
        "2014-08-17",
        "Islamic State fighters executed at least 30 men from the Shaitat tribe in the village of Ghranij in eastern Deir ez-Zor on Saturday, the Observatory said.",
        [("Ghranij", "Deir ez-Zor")],
    ),
    (
        "2017-06-14",
        "A coalition strike on the al-Thakanah neighbourhood in central Raqqa killed at least eight civilians on Tuesday, activists said.",
        [("al-Thakanah", "Raqqa")],
    ),
    (
        "2019-05-26",
        "Syrian government shelling of Maaret al-Nouman killed four civilians on Saturday, the White Helmets said.",
        [("Maaret al-Nouman", "Idlib")],
    ),  # a variant name read across its small article
    (
        "2015-09-28",
        "Regime helicopters dropped barrel bombs on Kfar Takharim in Idleb's western countryside on Sunday, killing a mother and her three children, activists said.",
        [("Kfar Takharim", "Idlib")],
    ),
    (
        "2018-06-27",
        "Russian warplanes bombed the town of Saida in eastern Deraa on Tuesday, killing five civilians, according to local rescuers.",
        [("Saida", "Daraa")],
    ),
    (
        "2018-06-29",
        "Government forces shelled al-Naima, east of Daraa city, on Thursday, killing two children, the Syrian Observatory said.",
        [("al-Naima", "Daraa")],
    ),
    (
        "2016-05-05",
        "Rebel rockets killed three people in the Hamadaniya district of Aleppo on Wednesday, while government strikes on the Bab al-Nairab neighbourhood killed five, the Observatory said.",
        [("Hamadaniya", "Aleppo"), ("Bab al-Nairab", "Aleppo")],
    ),
    (
        "2018-04-01",
        "Militants shelled the village of Tell Shihab in the Yarmouk Basin on Saturday, wounding two children, SANA said.",
        [("Tell Shihab", "Daraa")],
    ),
    (
        "2018-02-13",
        "Three children were killed when a shell struck their school in Deir al-Asafir, in the southern part of Eastern Ghouta, on Monday, rescuers said.",
        [("Deir al-Asafir", "Rif Dimashq")],
    ),
    (
        "2015-03-17",
        "A Syrian air force jet crashed in Idlib province's southern countryside on Monday, and opposition fighters said they had shot it down near the village of Hish.",
        [("Hish", "Idlib")],
    ),
    (
        "2017-05-25",
        "US-led coalition strikes killed 35 civilians overnight in al-Mayadeen, an Islamic State stronghold on the Euphrates in Deir el-Zor's eastern countryside, the monitor said.",
        [("al-Mayadeen", "Deir ez-Zor")],
    ),
    (
        "2019-10-14",
        "Turkish-backed fighters shelled the town of Ras al-Ain on the Syrian-Turkish border on Sunday, killing four SDF fighters, the Kurdish-led force said.",
        [("Ras al-Ain", "Al-Hasakah")],
    ),
    (
        "2019-10-11",
        "A car bomb exploded outside a restaurant in Qamishli on Friday, killing three people, the Kurdish Red Crescent said. Turkish shelling in the same city wounded five.",
        [("Qamishli", "Al-Hasakah")],
    ),
    (
        "2016-06-20",
        "Islamic State militants attacked government positions near the town of Maskanah, in Aleppo's eastern countryside, killing 12 soldiers, the group's Amaq agency said.",
        [("Maskanah", "Aleppo")],
    ),
    (
        "2017-09-19",
        "Russian jets struck the town of Busra al-Harir in Deraa province, the first raids since a truce took effect in July, killing two people, opposition sources said.",
        [("Busra al-Harir", "Daraa")],
    ),
    (
        "2018-07-05",
        "Government air strikes on the town of al-Ghariyah al-Gharbiyah in eastern Daraa killed seven members of a family on Wednesday, according to the Syrian Observatory.",
        [("al-Ghariyah al-Gharbiyah", "Daraa")],
    ),
    (
        "2016-10-24",
        "Fighting raged between rebels and government forces on the front line between Dahiyat al-Assad and Minyan on the western edge of Aleppo on Sunday, with 15 fighters killed, the Observatory said.",
        [("Dahiyat al-Assad", "Aleppo")],
    ),
    (
        "2015-06-17",
        "Kurdish YPG fighters and their allies captured the border town of Tal Abyad from Islamic State on Tuesday, the monitoring group said, adding that 40 militants died in the battle.",
        [("Tal Abyad", "Raqqa")],
    ),
    (
        "2018-08-13",
        "An explosion at an arms depot in a residential building in Sarmada, near the Turkish border in northern Idlib, killed 39 people including 12 children on Sunday, the Observatory said.",
        [("Sarmada", "Idlib")],
    ),
    (
        "2017-11-14",
        "A shell fired by rebels landed near the Russian embassy in the Mazraa district of Damascus on Monday, wounding four people, state news agency SANA said.",
        [("Mazraa", "Damascus")],
    ),
    (
        "2016-12-19",
        "An air strike hit the camp for displaced families in Kafr Lusin near the border on Sunday, killing four and wounding ten, a medic in the nearby town of Atmeh told Reuters.",
        [("Kafr Lusin", "Idlib")],
    ),
    (
        "2018-05-21",
        "Two Syrian soldiers were killed by Islamic State sniper fire on Sunday in Palmyra's eastern countryside, near the T3 pumping station, state media said.",
        [("Palmyra", "Homs")],
    ),
    (
        "2016-09-27",
        "A native of Douma, the 23-year-old was among seven people killed when regime shells hit a market in Saqba on Monday, local activists said.",
        [("Saqba", "Rif Dimashq")],
    ),
    (
        "2017-03-16",
        "Activists in Idlib city said that Russian warplanes struck the village of Kafr Uwayd on Wednesday, killing three.",
        [("Kafr Uwayd", "Idlib")],
    ),
    (
        "2013-04-22",
        "Government troops backed by Hezbollah fighters captured the village of Radwaniyeh on the outskirts of Qusair on Sunday, and 15 rebels died in the fighting, opposition sources said.",
        [("Radwaniyeh", "Homs")],
    ),
    (
        "2014-12-08",
        "Fighting between the Islamic State and the Nusra Front in the village of al-Sheikh Maskin left 11 militants dead, the Observatory said on Sunday.",
        [("al-Sheikh Maskin", "Daraa")],
    ),
    (
        "2016-01-04",
        "The Syrian army took full control of Salma, a hilltop town in Latakia's northern countryside, on Tuesday after heavy Russian air strikes that killed 20 rebels, a military source said.",
        [("Salma", "Latakia")],
    ),  # a settlement noun in apposition is the cue of a name that needs one
    (
        "2019-03-08",
        "A Turkish soldier was killed by a mortar round fired from Tel Rifaat at a base near Mare'a on Thursday, the Turkish defence ministry said.",
        [("Mare'a", "Aleppo")],
    ),
    (
        "2015-08-13",
        "In the town of el-Bab, held by Islamic State, a coalition strike killed nine civilians on Wednesday, activists said.",
        [("el-Bab", "Aleppo")],
    ),
    (
        "2017-02-20",
        "Mohammed Abu Hamza, a local council member, said regime helicopters dropped four barrel bombs on the town of Ziyara on Sunday, killing a child.",
        [("Ziyara", "Hama")],
    ),
    (
        "2018-03-18",
        "A Turkish air strike hit the main hospital in Afrin city on Friday, killing 16 civilians, the Kurdish Red Crescent said; Ankara denied the charge.",
        [("Afrin", "Aleppo")],
    ),
    (
        "2016-07-25",
        "Barrel bombs dropped on the al-Mashhad neighbourhood in rebel-held east Aleppo killed seven on Sunday, the Aleppo Media Centre said.",
        [("al-Mashhad", "Aleppo")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), ENGLISH)
def test_an_english_wire_gives_the_incidents_place_and_governorate(published, text, expected):
    _check(text, published, "en", expected)


# --- a person's family name is no place by its spelling; a lead's village is in the governorate the lead names


def test_a_persons_family_name_told_again_alone_is_no_place_spelt_like_it():
    text = (
        "Helicopters dropped barrels on the Seif al-Dawla district of Aleppo on Monday, killing four people, "
        "hospital director Hamza Khatib told reporters. At least 20 were wounded and Khatib said the toll could rise."
    )
    assert [m.text for m in find_places(text)] == ["Seif al-Dawla", "Aleppo"]
    # a village's name spelt another way, after a preposition, is still read by its skeleton
    assert [m.text for m in find_places("Shells fell on Khatib on Monday.")] == ["Khatib"]


def test_an_incident_of_another_governorate_does_not_take_the_leads_unlisted_village():
    text = (
        "شن تنظيم الدولة الأربعاء هجوماً على قرى في ريف السويداء الشرقي وخطف عشرات النساء من بلدة الشبكة. "
        "وفي درعا، قصفت قوات النظام والطيران الروسي بلدات في حوض اليرموك الاثنين."
    )
    events = _events(text, "2018-07-27", "ar")
    assert [(e["place"]["text"], e["place"]["admin1"]) for e in events] == [
        ("الشبكة", "As-Suwayda"),
        ("درعا", "Daraa"),
    ]


def test_a_quarter_told_right_after_another_citys_quarter_is_that_citys():
    text = "قتل أربعة بقذائف على حي الحمدانية غربي حلب، كما قتل شخصان في حي الميدان."
    assert [(m.text, m.admin1) for m in find_places(text)] == [
        ("حي الحمدانية", "Aleppo"),
        ("غربي حلب", "Aleppo"),
        ("الميدان", "Aleppo"),
    ]
    # a town of another governorate listed before it leaves the quarter to its own city
    listed = find_places("سقطت قذائف على زردنا وحي الميدان.")
    assert [(m.text, m.admin1) for m in listed][-1] == ("الميدان", "Damascus")


def test_a_border_named_by_the_two_countries_adjectives_is_no_place():
    text = (
        "Syrian warplanes struck the rebel-held neighborhood of Bustan al-Basha on Thursday, killing at least 12 "
        "people, activists said, as fighting spread near the Syrian-Turkish border."
    )
    events = _events(text, "2012-09-07", "en")
    assert [e["place"]["text"] for e in events] == ["Bustan al-Basha"]

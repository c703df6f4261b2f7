"""Dates as Arabic news, English wires and Arabic documentation reports print them, all over Syria, 2012-2020 (probe
round dates10): relative days and parts of the day, weekdays in wires, anaphors resolved against the story's day, spans
and vague periods, numeric, Hijri and feast dates, datelines, and numbers that are no dates. Texts written for these
tests in our own words (no corpus text). Each row: an id, the publication time, the text, every date expression it
holds with the value GOLD_SCHEMA gives it (a day, "first/last", a month "YYYY-MM" or a year; spans matched as the
scorer matches them), and strings no date expression may hold ("=X": no expression is exactly X)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import tag_dates

PROBES: list[tuple[str, str, str, list[tuple[str, str]], list[str]]] = [
    (
        "A1",
        "2016-08-04T12:00",
        "قتل سبعة مدنيين، بينهم طفلان، وأصيب آخرون فجر اليوم الخميس جراء غارات جوية استهدفت حي الكلاسة في مدينة حلب، فيما شهد حي بستان القصر مساء أمس قصفاً مدفعياً من قوات النظام. وكانت الطائرات الروسية قد قصفت الحي ذاته يوم الاثنين الماضي.",
        [("فجر اليوم الخميس", "2016-08-04"), ("مساء أمس", "2016-08-03"), ("يوم الاثنين الماضي", "2016-08-01")],
        [],
    ),
    (
        "A2",
        "2018-02-21T15:00",
        "قالت مصادر طبية في الغوطة الشرقية إن 32 مدنياً قتلوا منذ صباح أمس الثلاثاء في قصف جوي ومدفعي على بلدات حمورية وسقبا وكفربطنا، بينما قتل 12 آخرون في مدينة دوما الليلة الماضية. وكانت الحملة قد بدأت مساء الأحد 18 شباط.",
        [
            ("صباح أمس الثلاثاء", "2018-02-20"),
            ("الليلة الماضية", "2018-02-20/2018-02-21"),
            ("مساء الأحد 18 شباط", "2018-02-18"),
        ],
        [],
    ),
    (
        "A3",
        "2014-02-09T10:00",
        "دخلت أول قافلة مساعدات إلى أحياء حمص المحاصرة يوم الجمعة الماضي، غير أن قذائف الهاون سقطت على حي الخالدية صباح السبت وأصابت أربعة من عناصر الهلال الأحمر. وأفاد ناشطون أن القصف تجدد ليل السبت - الأحد على حي جورة الشياح.",
        [
            ("يوم الجمعة الماضي", "2014-02-07"),
            ("صباح السبت", "2014-02-08"),
            ("ليل السبت - الأحد", "2014-02-08/2014-02-09"),
        ],
        [],
    ),
    (
        "A4",
        "2017-06-30T18:00",
        "قتل ثلاثة مدنيين أول أمس في قصف بالبراميل المتفجرة على حي طريق السد في درعا البلد، وفق ما أفاد مكتب توثيق محلي اليوم. وقال المكتب إن الطيران المروحي ألقى 14 برميلاً على الحي خلال الأسبوع الماضي، بينما كانت الهدنة المعلنة في 17 حزيران قد خرقت مرات عدة.",
        [("أول أمس", "2017-06-28"), ("اليوم", "2017-06-30"), ("17 حزيران", "2017-06-17")],
        [],
    ),
    (
        "A5",
        "2015-05-21T11:00",
        "سيطر تنظيم الدولة الإسلامية على مدينة تدمر بشكل كامل مساء أمس الأربعاء، بعد معارك استمرت منذ 13 أيار مع قوات النظام. وذكر ناشطون أن التنظيم أعدم 20 شخصاً في المدرج الروماني اليوم الخميس.",
        [("مساء أمس الأربعاء", "2015-05-20"), ("13 أيار", "2015-05-13"), ("اليوم الخميس", "2015-05-21")],
        [],
    ),
    (
        "A6",
        "2017-10-17T16:00",
        "أعلنت قوات سوريا الديمقراطية اليوم الثلاثاء السيطرة الكاملة على مدينة الرقة، بعد أكثر من أربعة أشهر على بدء معركتها في 6 حزيران الماضي. وكان آخر عناصر داعش قد تحصنوا في الملعب البلدي والمشفى الوطني حتى مساء الاثنين.",
        [("اليوم الثلاثاء", "2017-10-17"), ("6 حزيران الماضي", "2017-06-06"), ("مساء الاثنين", "2017-10-16")],
        ["أربعة أشهر"],
    ),
    (
        "A7",
        "2018-01-24T13:00",
        "قتل خمسة مدنيين من عائلة واحدة ليل الثلاثاء – الأربعاء بقصف مدفعي تركي على قرية جلبرة في ناحية شيه بريف عفرين، وذلك في اليوم الخامس من العملية العسكرية التي أطلقتها أنقرة يوم السبت 20 كانون الثاني.",
        [("ليل الثلاثاء – الأربعاء", "2018-01-23/2018-01-24"), ("يوم السبت 20 كانون الثاني", "2018-01-20")],
        ["=اليوم"],
    ),
    (
        "A9",
        "2016-07-10T09:00",
        "قتل ١٢ مدنياً في غارات على مدينة دوما بتاريخ ٩/٧/٢٠١٦، الموافق ٤ شوال ١٤٣٧ هـ، أي في اليوم الرابع من عيد الفطر.",
        [("٩/٧/٢٠١٦", "2016-07-09"), ("٤ شوال ١٤٣٧ هـ", "2016-07-09"), ("اليوم الرابع من عيد الفطر", "2016-07-09")],
        [],
    ),
    (
        "A10",
        "2013-03-15T12:00",
        "في الذكرى الثانية لانطلاق ثورة 2011، قتل 14 شخصاً في قصف بصواريخ أرض-أرض على حي الشيخ خضر بحلب مساء الأربعاء، فيما تواصلت الاشتباكات في حي الشيخ مقصود منذ يوم الأحد.",
        [("مساء الأربعاء", "2013-03-13"), ("يوم الأحد", "2013-03-10")],
        ["2011"],
    ),
    (
        "A11",
        "2012-07-20T12:00",
        "شهدت أحياء الميدان وكفرسوسة والتضامن في دمشق اشتباكات عنيفة لليوم الخامس على التوالي، بعد أن قتل أربعة من كبار المسؤولين الأمنيين في تفجير مبنى الأمن القومي يوم الأربعاء 18 تموز.",
        [("يوم الأربعاء 18 تموز", "2012-07-18")],
        ["لليوم الخامس"],
    ),
    (
        "A12",
        "2019-08-22T10:00",
        "دخلت قوات النظام مدينة خان شيخون فجر الأربعاء بعد انسحاب الفصائل منها ليل الاثنين - الثلاثاء، وفق ما قال مراسلنا. وكان الطيران الروسي قد شن أكثر من 70 غارة على المدينة وريفها خلال الساعات الـ24 الماضية.",
        [("فجر الأربعاء", "2019-08-21"), ("ليل الاثنين - الثلاثاء", "2019-08-19/2019-08-20")],
        [],
    ),
    (
        "A13",
        "2018-07-20T12:00",
        "تقصف قوات النظام بلدة مسحرة في ريف القنيطرة منذ يوم الاثنين، وقتلت غارة أمس الخميس امرأتين في بلدة نبع الصخر. ومن المقرر أن تبدأ عملية إجلاء المقاتلين نحو إدلب يوم الأحد المقبل.",
        [("يوم الاثنين", "2018-07-16"), ("أمس الخميس", "2018-07-19"), ("يوم الأحد المقبل", "2018-07-22")],
        [],
    ),
    (
        "A14",
        "2019-03-23T14:00",
        "أعلنت قوات سوريا الديمقراطية اليوم السبت القضاء على آخر جيوب تنظيم داعش في بلدة الباغوز، بعد معارك بدأت في العاشر من شباط الماضي. وقال المتحدث إن طائرات التحالف نفذت 40 غارة ليلة أمس على مخيم للتنظيم على ضفة الفرات.",
        [("اليوم السبت", "2019-03-23"), ("العاشر من شباط الماضي", "2019-02-10"), ("ليلة أمس", "2019-03-22/2019-03-23")],
        [],
    ),
    (
        "A15",
        "2019-01-16T17:00",
        "قتل أربعة جنود أمريكيين ومدنيون في تفجير انتحاري استهدف مطعماً وسط مدينة منبج ظهر اليوم الأربعاء، وتبنى تنظيم الدولة الهجوم عبر وكالة أعماق بعد ساعات. ويأتي التفجير بعد نحو شهر من إعلان واشنطن في 19 كانون الأول عزمها سحب قواتها من سوريا.",
        [("ظهر اليوم الأربعاء", "2019-01-16"), ("19 كانون الأول", "2018-12-19")],
        [],
    ),
    (
        "A16",
        "2019-12-03T10:00",
        "قتل عشرة مدنيين، بينهم ثمانية أطفال، مساء الاثنين بقذائف أطلقتها القوات التركية والفصائل الموالية لها على مدرسة في بلدة تل رفعت. ويعد هذا الهجوم الأعنف على المنطقة منذ بدء عملية نبع السلام في التاسع من تشرين الأول.",
        [("مساء الاثنين", "2019-12-02"), ("التاسع من تشرين الأول", "2019-10-09")],
        [],
    ),
    (
        "A17",
        "2015-10-08T12:00",
        "شنت طائرات روسية غارات على بلدات اللطامنة وكفرزيتا ومورك أمس الأربعاء، في اليوم الثامن من بدء الضربات الروسية في سوريا التي انطلقت في 30 أيلول.",
        [("أمس الأربعاء", "2015-10-07"), ("30 أيلول", "2015-09-30")],
        ["=اليوم"],
    ),
    (
        "A18",
        "2018-03-18T13:00",
        "خرج آلاف المدنيين من بلدة كفربطنا أمس، في حين قتل 11 مدنياً في غارات على بلدة زملكا صباح اليوم. وكان مجلس الأمن قد تبنى القرار 2401 في 24 شباط الماضي لوقف إطلاق النار لمدة 30 يوماً.",
        [("أمس", "2018-03-17"), ("صباح اليوم", "2018-03-18"), ("24 شباط الماضي", "2018-02-24")],
        ["2401", "30 يوماً"],
    ),
    (
        "A19",
        "2016-11-29T12:00",
        "تقدمت قوات النظام والميليشيات الإيرانية في أحياء مساكن هنانو والصاخور والحيدرية منذ السبت، ونزح نحو عشرة آلاف مدني إلى حي الشيخ مقصود خلال الـ72 ساعة الماضية. وفي 15 تشرين الثاني استأنف الطيران قصفه على الأحياء الشرقية بعد توقف دام نحو شهر.",
        [("السبت", "2016-11-26"), ("15 تشرين الثاني", "2016-11-15")],
        [],
    ),
    (
        "A20",
        "2014-08-17T12:00",
        "أعدم تنظيم الدولة الإسلامية خلال الأسبوعين الماضيين أكثر من 700 شخص من أبناء عشيرة الشعيطات في ريف دير الزور الشرقي، وفق المرصد السوري لحقوق الإنسان. وكانت مواجهات العشيرة مع التنظيم قد اندلعت في أواخر تموز في بلدة أبو حمام.",
        [("أواخر تموز", "2014-07")],
        [],
    ),
    (
        "A21",
        "2018-06-27T12:00",
        "قال ناشطون إن أكثر من 45 ألف شخص نزحوا من ريف درعا الشرقي منذ بدء الحملة العسكرية في 19 حزيران، فيما قتل ستة مدنيين يوم أمس في بلدة المسيفرة. وفي 22 من الشهر الجاري قصف الطيران الروسي بلدة بصر الحرير لأول مرة منذ توقيع الاتفاق.",
        [("19 حزيران", "2018-06-19"), ("يوم أمس", "2018-06-26"), ("22 من الشهر الجاري", "2018-06-22")],
        [],
    ),
    (
        "A22",
        "2012-02-05T12:00",
        "قال ناشطون إن أكثر من 200 شخص قتلوا في قصف عنيف على حي الخالدية في حمص ليل الجمعة السبت، في أعنف هجوم منذ بدء الانتفاضة في آذار الماضي.",
        [("ليل الجمعة السبت", "2012-02-03/2012-02-04"), ("آذار الماضي", "2011-03")],
        [],
    ),
    (
        "A23",
        "2017-08-21T12:00",
        "قتل 42 مدنياً في غارات للتحالف الدولي على أحياء الرقة القديمة خلال اليومين الماضيين، بحسب حملة الرقة تذبح بصمت. وكانت غارة مماثلة قد استهدفت حي البدو في 14 آب.",
        [("14 آب", "2017-08-14")],
        [],
    ),
    (
        "A24",
        "2017-05-02T12:00",
        "اندلعت اشتباكات بين جيش الإسلام وفيلق الرحمن في بلدات مسرابا وحزة وزملكا منذ فجر الجمعة 28 نيسان، وأسفرت حتى اليوم عن مقتل أكثر من 100 مقاتل من الطرفين.",
        [("فجر الجمعة 28 نيسان", "2017-04-28"), ("اليوم", "2017-05-02")],
        [],
    ),
    (
        "A25",
        "2017-03-23T12:00",
        "أطلقت فصائل المعارضة وهيئة تحرير الشام معركة في ريف حماة الشمالي صباح الثلاثاء 21 آذار، وسيطرت في يومها الأول على بلدتي صوران وخطاب. وفي اليوم التالي قصف الطيران الروسي بلدة طيبة الإمام بالقنابل العنقودية.",
        [("صباح الثلاثاء 21 آذار", "2017-03-21"), ("اليوم التالي", "2017-03-22")],
        [],
    ),
    (
        "A26",
        "2014-07-02T12:00",
        "قتل ثمانية مدنيين في حي الصالحين بحلب يوم الثلاثاء 3 رمضان 1435 هـ الموافق 1 تموز 2014، جراء برميل متفجر ألقته مروحية تابعة للنظام أثناء تجمع الأهالي قبيل الإفطار.",
        [("يوم الثلاثاء 3 رمضان 1435 هـ", "2014-07-01"), ("1 تموز 2014", "2014-07-01")],
        [],
    ),
    (
        "A27",
        "2015-07-14T12:00",
        "قتل قائد ميداني في حركة أحرار الشام قبل ثلاثة أيام في كمين نصبه تنظيم داعش قرب بلدة مارع، بعدما كان التنظيم قد هاجم البلدة منذ أسبوعين بعربات مفخخة.",
        [("قبل ثلاثة أيام", "2015-07-11")],
        [],
    ),
    (
        "A28",
        "2018-08-12T12:00",
        "تجددت الغارات على ريف إدلب الجنوبي مطلع الشهر الجاري، بعد هدوء نسبي ساد منذ منتصف العام إثر اتفاق أستانا. وكانت بلدة التمانعة قد شهدت في الشهر الماضي مجزرة راح ضحيتها 11 مدنياً.",
        [("مطلع الشهر الجاري", "2018-08"), ("الشهر الماضي", "2018-07")],
        [],
    ),
    (
        "A29",
        "2013-10-03T12:00",
        "قتل ستة أشخاص مساء أمس الأول في انفجار عبوة ناسفة بحي المزة في دمشق، وجرح آخرون صباح اليوم بقذائف هاون سقطت على حي باب توما.",
        [("مساء أمس الأول", "2013-10-01"), ("صباح اليوم", "2013-10-03")],
        [],
    ),
    (
        "A30",
        "2019-06-07T12:00",
        "قتل 8 مدنيين في قصف على مدينة أريحا يوم الجمعة الماضي، كما قتل اثنان في بلدة كنصفرة اليوم الجمعة.",
        [("يوم الجمعة الماضي", "2019-05-31"), ("اليوم الجمعة", "2019-06-07")],
        [],
    ),
    (
        "A31",
        "2017-09-06T12:00",
        "كسرت قوات النظام أمس الثلاثاء الحصار الذي فرضه تنظيم داعش على أحياء مدينة دير الزور منذ مطلع عام 2015، بعد وصول أرتالها إلى مقر اللواء 137 غربي المدينة.",
        [("أمس الثلاثاء", "2017-09-05")],
        ["137"],
    ),
    (
        "A32",
        "2018-05-02T12:00",
        'وقال أبو أحمد، وهو من سكان بلدة التح، في اتصال هاتفي يوم الاثنين: "قصفت الطائرات منزلنا أمس وقتلت ابن أخي".',
        [("يوم الاثنين", "2018-04-30"), ("أمس", "2018-04-29")],
        [],
    ),
    (
        "A33",
        "2019-06-20T12:00",
        "قتل الطفل محمد، 9 أعوام، وأمه، 34 عاماً، في قصف على قرية الحويز بسهل الغاب، يوم 18 حزيران، بعد أسبوع من مقتل 11 شخصاً في قرية جبالا.",
        [("يوم 18 حزيران", "2019-06-18")],
        ["9 أعوام", "34 عاماً"],
    ),
    (
        "A34",
        "2017-04-20T12:00",
        "سقط 126 قتيلاً في تفجير سيارة مفخخة استهدف حافلات المهجرين من كفريا والفوعة في منطقة الراشدين غربي حلب يوم السبت 15 نيسان. وبعد يومين من الهجوم، استكملت عملية الإجلاء من مضايا والزبداني.",
        [("يوم السبت 15 نيسان", "2017-04-15"), ("بعد يومين من الهجوم", "2017-04-17")],
        [],
    ),
    (
        "A35",
        "2016-05-04T12:00",
        "قتل 27 شخصاً في 27 نيسان في قصف على مشفى القدس في حي السكري بحلب، بينهم طبيب أطفال في الـ36 من عمره. ويقع المشفى في الشارع 15، وكانت الفرقة 17 قد انسحبت من المنطقة عام 2012.",
        [("27 نيسان", "2016-04-27"), ("عام 2012", "2012")],
        ["27 شخصاً", "الـ36", "الشارع 15", "الفرقة 17"],
    ),
    (
        "A36",
        "2016-02-25T12:00",
        "قتل مدنيان في قصف لطائرات النظام على قرية خربة غزالة شرقي درعا ليلة الأربعاء، وذلك قبل يومين من بدء سريان الهدنة منتصف ليل الجمعة 26 شباط.",
        [("منتصف ليل الجمعة 26 شباط", "2016-02-26")],
        [],
    ),
    (
        "A37",
        "2018-11-24T20:00",
        "أصيب نحو مئة شخص بحالات اختناق مساء اليوم السبت إثر سقوط قذائف قالت وسائل الإعلام الرسمية إنها تحمل غازات سامة على حي الخالدية في حلب، واتهمت الحكومة فصائل المعارضة بإطلاقها.",
        [("مساء اليوم السبت", "2018-11-24")],
        [],
    ),
    (
        "A38",
        "2014-06-04T12:00",
        "أفاد ناشطون في حي الوعر المحاصر بمدينة حمص بأن القصف تواصل على الحي منذ مطلع الشهر، فيما قتل طفل برصاص قناص يوم الثاني من حزيران على الطريق المؤدي إلى جزيرة الوعر الخامسة.",
        [("يوم الثاني من حزيران", "2014-06-02")],
        ["الخامسة"],
    ),
    (
        "E1",
        "2016-08-25T14:00",
        "BEIRUT, Aug 25 (Reuters) - Air strikes killed at least 15 people in the rebel-held Bab al-Nairab district of Aleppo on Wednesday, the Syrian Observatory for Human Rights said, a day after a barrel bomb hit a market in al-Marja.",
        [("Aug 25", "2016-08-25"), ("on Wednesday", "2016-08-24")],
        [],
    ),
    (
        "E2",
        "2018-02-20T13:00",
        "DOUMA, Syria (AFP) - Syrian regime air strikes and rocket fire killed 100 civilians in Eastern Ghouta on Monday, the Britain-based Syrian Observatory for Human Rights said, the highest single-day toll in the enclave in three years. Another 20 died overnight in Hamouria and Saqba, it added.",
        [("on Monday", "2018-02-19"), ("overnight", "2018-02-19/2018-02-20")],
        ["three years"],
    ),
    (
        "E3",
        "2017-04-06T12:00",
        "BEIRUT (AP) — A suspected chemical attack on the opposition-held town of Khan Sheikhoun in Idlib province killed dozens of people on Tuesday, opposition activists said. The following day, warplanes struck the area again, hitting a clinic treating the wounded.",
        [("on Tuesday", "2017-04-04"), ("The following day", "2017-04-05")],
        [],
    ),
    (
        "E4",
        "2014-09-23T12:00",
        "Washington and Arab allies launched their first air strikes against Islamic State militants in Syria late on Monday, hitting targets in Raqqa and along the Iraqi border, U.S. officials said on Tuesday. The strikes killed at least 20 militants, the Observatory said.",
        [("late on Monday", "2014-09-22"), ("on Tuesday", "2014-09-23")],
        [],
    ),
    (
        "E5",
        "2016-03-27T18:00",
        "Syrian government forces backed by Russian air power recaptured the ancient city of Palmyra from Islamic State on Sunday, state media said, ten months after the jihadists seized it in May last year.",
        [("on Sunday", "2016-03-27"), ("May last year", "2015-05")],
        ["ten months"],
    ),
    (
        "E6",
        "2019-03-10T18:00",
        "The SDF said it resumed its assault on Baghouz, the last ISIS enclave in eastern Syria, on Sunday after a pause of more than a week to let civilians leave. Coalition jets struck the village overnight, and an SDF official said fighting had been heavy since Friday.",
        [("on Sunday", "2019-03-10"), ("overnight", "2019-03-09/2019-03-10"), ("Friday", "2019-03-08")],
        ["a week"],
    ),
    (
        "E7",
        "2018-03-19T09:00",
        "Turkish-backed rebels took full control of Afrin town on Sunday, two months after Ankara launched its 'Olive Branch' offensive on Jan. 20. Looters were seen in the streets hours later. Kurdish officials said at least 280 civilians had been killed since the start of the campaign.",
        [("on Sunday", "2018-03-18"), ("Jan. 20", "2018-01-20")],
        [],
    ),
    (
        "E8",
        "2016-12-13T12:00",
        "Pro-government forces were accused of killing at least 82 civilians, including 11 women and 13 children, in four districts of eastern Aleppo on Monday, the UN human rights office said on Tuesday. Residents said shelling had continued through the night into early Tuesday.",
        [("on Monday", "2016-12-12"), ("on Tuesday", "2016-12-13"), ("early Tuesday", "2016-12-13")],
        [],
    ),
    (
        "E9",
        "2015-10-01T12:00",
        "Russia carried out its first air strikes in Syria on Wednesday, hitting targets near Homs and Hama, including in the towns of Talbiseh and Rastan. A U.S. official said the strikes did not appear to target Islamic State. On Thursday Russian jets struck again near Jisr al-Shughour.",
        [("on Wednesday", "2015-09-30"), ("On Thursday", "2015-10-01")],
        [],
    ),
    (
        "E10",
        "2013-08-26T16:00",
        "U.N. inspectors came under sniper fire on Monday as they drove to the site of last Wednesday's alleged gas attack in the Damascus suburb of Moadamiyeh. Medical charity MSF said 355 people died of neurotoxic symptoms at hospitals it supports on Aug. 21.",
        [("on Monday", "2013-08-26"), ("last Wednesday", "2013-08-21"), ("Aug. 21", "2013-08-21")],
        [],
    ),
    (
        "E11",
        "2018-04-09T10:00",
        "Missiles struck the T4 airbase near Homs early on Monday, killing 14 people, including Iranians, the Syrian Observatory said. Syria and Russia blamed Israel. The strike came two days after a suspected gas attack in Douma on Saturday killed dozens.",
        [("early on Monday", "2018-04-09"), ("on Saturday", "2018-04-07")],
        [],
    ),
    (
        "E12",
        "2017-06-14T12:00",
        "The U.S.-led coalition said on Wednesday it had carried out 50 strikes in and around Raqqa between June 6 and June 12, as the SDF pushed into the city's western districts.",
        [("on Wednesday", "2017-06-14"), ("between June 6 and June 12", "2017-06-06/2017-06-12")],
        [],
    ),
    (
        "E13",
        "2019-04-30T12:00",
        "Russian and Syrian jets have pounded southern Idlib and northern Hama since Friday, killing at least 24 people, rescuers said on Tuesday. In the worst incident, a strike on a market in Kafr Nabl killed seven people on Sunday evening.",
        [("Friday", "2019-04-26"), ("on Tuesday", "2019-04-30"), ("on Sunday evening", "2019-04-28")],
        [],
    ),
    (
        "E14",
        "2012-08-06T12:00",
        "Syrian troops shelled the Salaheddine district of Aleppo for a third day on Sunday, and rebels said they had repelled an attempt by the army to storm it. On Aug. 1, activists said, a helicopter gunship attacked the nearby Saif al-Dawla quarter.",
        [("on Sunday", "2012-08-05"), ("Aug. 1", "2012-08-01")],
        ["a third day"],
    ),
    (
        "E15",
        "2016-09-20T09:00",
        "An aid convoy was hit in Urm al-Kubra, west of Aleppo, late on Monday, killing about 20 people, hours after the Syrian army declared a week-long truce over. The UN said it was suspending all aid convoys in Syria. The truce had taken effect at sunset on Sept. 12.",
        [("late on Monday", "2016-09-19"), ("Sept. 12", "2016-09-12")],
        ["week-long"],
    ),
    (
        "E16",
        "2018-07-10T12:00",
        "Rebels in Deraa city agreed on Sunday to hand over their heavy weapons, a day after government forces reached the Jordanian border for the first time since 2015. Fighting had raged across the southwest since June 19.",
        [("on Sunday", "2018-07-08"), ("2015", "2015"), ("June 19", "2018-06-19")],
        [],
    ),
    (
        "E17",
        "2020-03-01T12:00",
        "Turkey said on Sunday it had downed two Syrian government warplanes over Idlib, days after 34 Turkish soldiers were killed in an air strike in the region on Thursday. The Syrian army said the jets' pilots had ejected.",
        [("on Sunday", "2020-03-01"), ("on Thursday", "2020-02-27")],
        [],
    ),
    (
        "E18",
        "2015-01-27T12:00",
        "Kurdish fighters have driven Islamic State out of the town of Kobani on the Turkish border, a monitoring group said on Monday, after more than four months of fighting. The militants began their assault in mid-September.",
        [("on Monday", "2015-01-26"), ("mid-September", "2014-09")],
        ["four months"],
    ),
    (
        "E19",
        "2017-04-08T12:00",
        "U.S. warships fired dozens of cruise missiles at a Syrian air base early on Friday in retaliation for Tuesday's deadly chemical attack. The Shayrat base had been used to launch the attack, U.S. officials said.",
        [("early on Friday", "2017-04-07"), ("Tuesday's", "2017-04-04")],
        [],
    ),
    (
        "E20",
        "2019-10-15T12:00",
        "Syrian government troops entered the town of Manbij on Tuesday, Russian officials said, a day after a deal with the Kurdish-led SDF. Turkey launched its incursion against the YPG on Oct. 9, and dozens of civilians have died since then.",
        [("on Tuesday", "2019-10-15"), ("Oct. 9", "2019-10-09")],
        [],
    ),
    (
        "E21",
        "2016-07-28T12:00",
        "Rebels said on Thursday that government forces had completely encircled eastern Aleppo since July 17, when they cut the Castello Road. On the 7th, the army had first brought the road within range of its guns.",
        [("on Thursday", "2016-07-28"), ("July 17", "2016-07-17"), ("the 7th", "2016-07-07")],
        [],
    ),
    (
        "E22",
        "2014-05-25T12:00",
        "Government forces retook the Old City of Homs earlier this month after a two-year siege, and on Saturday a car bomb killed 10 people in the Alawite district of Zahra.",
        [("earlier this month", "2014-05"), ("on Saturday", "2014-05-24")],
        ["two-year"],
    ),
    (
        "E23",
        "2019-07-05T12:00",
        "Clashes in the Badia desert between government forces and ISIS remnants have killed more than 70 soldiers since late last year, the Observatory said. At the end of May, militants ambushed a bus near al-Sukhnah, killing 12 soldiers.",
        [("late last year", "2018"), ("the end of May", "2019-05")],
        [],
    ),
    (
        "E24",
        "2018-06-10T12:00",
        "The Syrian Network for Human Rights said 38 civilians were killed in the Idlib countryside from 1 to 7 June, after an earlier surge between 3 and 5 March killed 51.",
        [("from 1 to 7 June", "2018-06-01/2018-06-07"), ("between 3 and 5 March", "2018-03-03/2018-03-05")],
        [],
    ),
    (
        "E25",
        "2017-01-15T12:00",
        "Fighters of the Fifth Corps and the 4th Division shelled the Wadi Barada valley for 48 hours, the group said, in defiance of U.N. Resolution 2336, which endorsed the truce on Dec. 31. Some 12 civilians, aged 4 to 60, were killed on Jan. 13.",
        [("Dec. 31", "2016-12-31"), ("Jan. 13", "2017-01-13")],
        ["48 hours", "2336", "4th Division", "aged 4 to 60"],
    ),
    (
        "E26",
        "2016-04-29T12:00",
        "Air strikes on a hospital in Aleppo late on Wednesday killed at least 27 people, including one of the city's last paediatricians, and more than 60 people have died in the city this week.",
        [("late on Wednesday", "2016-04-27")],
        [],
    ),
    (
        "E27",
        "2018-04-14T09:00",
        "Western strikes hit three targets near Damascus and Homs before dawn on Saturday. Inspectors from the OPCW had arrived in Damascus the previous day to investigate the April 7 attack in Douma.",
        [("before dawn on Saturday", "2018-04-14"), ("the previous day", "2018-04-13"), ("April 7", "2018-04-07")],
        [],
    ),
    (
        "E28",
        "2018-04-24T12:00",
        "Government forces and allied Palestinian militias opened an offensive on ISIS in Yarmouk camp on April 19. The day before, jets had dropped leaflets urging fighters to surrender.",
        [("April 19", "2018-04-19"), ("The day before", "2018-04-18")],
        [],
    ),
    (
        "E29",
        "2015-11-27T12:00",
        "Turkey shot down a Russian Su-24 near the Syrian border on Nov. 24, and Russian jets pounded rebel-held Turkmen villages in Latakia's Jabal Turkman on the 25th and 26th.",
        [("Nov. 24", "2015-11-24")],
        ["Su-24"],
    ),
    (
        "E30",
        "2013-12-20T12:00",
        "Helicopters dropped barrel bombs on the Aleppo districts of al-Sakhour and Haydariya on Sunday, Dec. 15, killing at least 76 people, and the raids went on through Tuesday.",
        [("Sunday, Dec. 15", "2013-12-15"), ("Tuesday", "2013-12-17")],
        [],
    ),
    (
        "E31",
        "2017-11-15T12:00",
        "'The planes came back this morning and hit the market again,' a rescuer in Atareb told Reuters on Monday. At least 53 people were killed in the raids on the town, the Observatory said.",
        [("this morning", "2017-11-13"), ("on Monday", "2017-11-13")],
        [],
    ),
    (
        "E32",
        "2016-02-16T12:00",
        "Missiles hit at least five medical facilities and two schools in northern Syria on Monday, killing nearly 50 people, the United Nations said. In Azaz, a children's hospital was struck for the second time in two days. Turkey had shelled YPG positions near Menagh airbase over the weekend.",
        [("on Monday", "2016-02-15"), ("the weekend", "2016-02-13/2016-02-14")],
        ["two days"],
    ),
    (
        "E33",
        "2019-01-21T12:00",
        "Israel said on Monday it had struck Iranian targets in Syria overnight, in a rare public acknowledgement, after a rocket was fired at the Golan Heights on Sunday.",
        [("on Monday", "2019-01-21"), ("overnight", "2019-01-20/2019-01-21"), ("on Sunday", "2019-01-20")],
        [],
    ),
    (
        "E34",
        "2017-10-20T12:00",
        "Civilians fleeing Raqqa last week said ISIS snipers had shot at families trying to cross the Euphrates, and a coalition strike on Oct. 11 killed 18 people near the national hospital.",
        [("Oct. 11", "2017-10-11")],
        [],
    ),
    (
        "E35",
        "2012-12-24T12:00",
        "Dozens of people were killed when government warplanes struck a bakery in the rebel-held town of Halfaya in Hama province on Sunday afternoon, activists said. It was the second such raid in the province since Dec. 16.",
        [("on Sunday afternoon", "2012-12-23"), ("Dec. 16", "2012-12-16")],
        [],
    ),
    (
        "C1",
        "2017-10-20T12:00",
        "السبت 14 تشرين الأول 2017: قصفت طائرات ثابتة الجناح تابعة لقوات الحلف السوري الروسي قرية الطيبة في ريف دير الزور الشرقي، ما أدى إلى مقتل 5 مدنيين.",
        [("السبت 14 تشرين الأول 2017", "2017-10-14")],
        [],
    ),
    (
        "C2",
        "2018-03-05T12:00",
        "• الخميس 1 آذار: مقتل طفلين في قصف مدفعي على بلدة مديرا.\n• الجمعة 2 آذار: مقتل 4 مدنيين بغارة على مدينة حرستا.\n• ليل 3 – 4 آذار: قصف بصواريخ يعتقد أنها محملة بغاز الكلور على بلدة الشيفونية.",
        [("الخميس 1 آذار", "2018-03-01"), ("الجمعة 2 آذار", "2018-03-02"), ("ليل 3 – 4 آذار", "2018-03-03/2018-03-04")],
        [],
    ),
    (
        "C3",
        "2016-02-10T12:00",
        "التاريخ: 2016/02/04\nالمكان: حي الوعر – حمص\nالجهة المنفذة: قوات النظام\nالضحايا: 3 قتلى",
        [("2016/02/04", "2016-02-04")],
        [],
    ),
    (
        "C4",
        "2016-04-01T12:00",
        "قامت قوات النظام بتاريخ 12.03.2016 بقصف حي جوبر بقذائف الهاون، وتكرر القصف بتاريخ 17-3-2016 ما أسفر عن إصابة 6 أشخاص.",
        [("12.03.2016", "2016-03-12"), ("17-3-2016", "2016-03-17")],
        [],
    ),
    (
        "C5",
        "2019-09-02T12:00",
        "وثق التقرير مقتل 543 مدنياً في منطقة خفض التصعيد الرابعة في الفترة الممتدة من 26 نيسان حتى 31 آب 2019، بينهم 130 طفلاً.",
        [("من 26 نيسان حتى 31 آب 2019", "2019-04-26/2019-08-31")],
        [],
    ),
    (
        "C6",
        "2014-01-15T12:00",
        "يغطي التقرير الفترة من 15 كانون الأول 2013 إلى 10 كانون الثاني 2014، ووثق خلالها سقوط 1200 برميل متفجر على أحياء حلب الشرقية.",
        [("من 15 كانون الأول 2013 إلى 10 كانون الثاني 2014", "2013-12-15/2014-01-10")],
        [],
    ),
    (
        "C7",
        "2015-12-20T12:00",
        "بتاريخ ١٢/١٢/٢٠١٥ استهدف الطيران الحربي الروسي سوقاً شعبياً في مدينة دوما بثلاثة صواريخ، ما تسبب بمقتل ٢٠ مدنياً، ثم عاد بتاريخ ١٣ كانون الأول ليستهدف المنطقة ذاتها.",
        [("١٢/١٢/٢٠١٥", "2015-12-12"), ("١٣ كانون الأول", "2015-12-13")],
        [],
    ),
    (
        "C8",
        "2017-05-30T12:00",
        "في ليل 26 – 27 أيار 2017 تعرضت قرية عقيربات في ريف حماة الشرقي لقصف جوي مكثف، وقد قتل 7 من أفراد عائلة واحدة.",
        [("ليل 26 – 27 أيار 2017", "2017-05-26/2017-05-27")],
        [],
    ),
    (
        "C9",
        "2016-09-15T12:00",
        "في أول أيام عيد الأضحى، الموافق 12 أيلول 2016، قصف الطيران الحربي سوقاً في مدينة إدلب ما أدى إلى مقتل 13 مدنياً.",
        [("أول أيام عيد الأضحى", "2016-09-12"), ("12 أيلول 2016", "2016-09-12")],
        [],
    ),
    (
        "C10",
        "2013-08-10T12:00",
        "قتل 15 شخصاً في قصف على حي القابون في 2 شوال 1434 هـ، ثاني أيام عيد الفطر.",
        [("2 شوال 1434 هـ", "2013-08-09"), ("ثاني أيام عيد الفطر", "2013-08-09")],
        [],
    ),
    (
        "C11",
        "2019-11-20T12:00",
        "منذ مطلع العام الجاري وحتى منتصف تشرين الثاني، وثقت الشبكة 65 هجوماً على منشآت طبية، أغلبها في ريفي إدلب وحماة. وشهد شهر أيار أعلى حصيلة بواقع 24 هجوماً.",
        [("شهر أيار", "2019-05")],
        [],
    ),
    (
        "C12",
        "2017-02-10T12:00",
        "ونفذت طائرات التحالف في كانون الثاني الماضي 120 غارة على مدينة الباب وريفها، بينما قصفت الطائرات التركية البلدة في أواخر كانون الأول بشكل يومي.",
        [("كانون الثاني الماضي", "2017-01"), ("أواخر كانون الأول", "2016-12")],
        [],
    ),
    (
        "C13",
        "2018-11-05T12:00",
        "وفي يوم 24/10 قصفت قوات النظام قرية الصرمان بالصواريخ، بعد يومين من قصف مماثل على قرية جرجناز.",
        [("24/10", "2018-10-24")],
        [],
    ),
    (
        "C14",
        "2015-08-20T12:00",
        "وفي تموز قتل 40 مدنياً في غارات على بلدة سرمين، فيما تراجع العدد بآب إلى 18.",
        [("تموز", "2015-07"), ("آب", "2015-08")],
        [],
    ),
    (
        "C15",
        "2019-08-05T12:00",
        "قتل 12 مدنياً في غارات روسية على مدينة معرة النعمان يوم 22 يوليو/تموز الماضي، ووثقت منظمة حقوقية 400 قتيل منذ نهاية أبريل/نيسان.",
        [("يوم 22 يوليو/تموز الماضي", "2019-07-22")],
        [],
    ),
    (
        "C17",
        "2016-12-30T12:00",
        "الحادثة الثالثة: بتاريخ 2016-12-08 قرابة الساعة 14:30 استهدف الطيران الحربي منزلاً في حي الشعار بحلب، وقتل 6 أفراد من عائلة واحدة، وقد وثقنا أسماءهم جميعاً.",
        [("2016-12-08", "2016-12-08")],
        ["14:30", "الثالثة"],
    ),
    (
        "C18",
        "2018-05-10T12:00",
        "وفي يومي 7 و8 نيسان 2018 تعرضت مدينة دوما لقصف عنيف، تخلله هجوم كيميائي مساء اليوم الثاني.",
        [("يومي 7 و8 نيسان 2018", "2018-04-07/2018-04-08")],
        [],
    ),
    (
        "C19",
        "2017-12-01T12:00",
        "قتل ثلاثة مدنيين في منتصف تشرين الثاني جراء قصف على بلدة الشيوخ في ريف منبج الشمالي، إضافة إلى امرأة قتلت برصاص حرس الحدود التركي في العشرين من الشهر ذاته.",
        [("منتصف تشرين الثاني", "2017-11"), ("العشرين من الشهر ذاته", "2017-11-20")],
        [],
    ),
    (
        "C20",
        "2019-02-01T12:00",
        "خلال شهر كانون الثاني/يناير 2019 وثقنا مقتل 25 مدنياً على يد قوات التحالف الدولي في محافظة دير الزور، بينهم 9 أطفال قتلوا في قرية السوسة يوم 23 منه.",
        [("شهر كانون الثاني/يناير 2019", "2019-01"), ("يوم 23 منه", "2019-01-23")],
        [],
    ),
    (
        "B1",
        "2016-10-12T12:00",
        "قصفت طائرات حربية حي الكلاسة بحلب صباح الأحد 9 تشرين الأول، ما أدى إلى مقتل ستة مدنيين. وفي اليوم نفسه قتل طفلان بقذائف هاون أطلقتها الفصائل على حي الحمدانية.",
        [("صباح الأحد 9 تشرين الأول", "2016-10-09"), ("اليوم نفسه", "2016-10-09")],
        [],
    ),
    (
        "B2",
        "2018-03-02T12:00",
        "Rescuers said eight people died in air strikes on Kafr Batna on Feb. 25. Two days later, another raid on the same town killed five members of one family.",
        [("Feb. 25", "2018-02-25"), ("Two days later", "2018-02-27")],
        [],
    ),
    (
        "B3",
        "2014-11-05T12:00",
        "قتل عشرة مدنيين في قصف بالبراميل على بلدة بصرى الحرير السبت المنصرم، كما قتل ثلاثة آخرون في مدينة إنخل الجمعة الفائتة.",
        [("السبت المنصرم", "2014-11-01"), ("الجمعة الفائتة", "2014-10-31")],
        [],
    ),
    (
        "B4",
        "2019-05-15T12:00",
        "قالت منظمة الدفاع المدني إن 120 مدنياً قتلوا في ريفي إدلب وحماة منذ 30 أبريل/نيسان، وإن غارة يوم 13 مايو/أيار دمرت مدرسة في بلدة حاس.",
        [("30 أبريل/نيسان", "2019-04-30"), ("يوم 13 مايو/أيار", "2019-05-13")],
        [],
    ),
    (
        "B5",
        "2013-09-03T12:00",
        "Activists said government troops shelled the town of Maaloula on the night of Aug. 31, and again in the early hours of Monday.",
        [("the early hours of Monday", "2013-09-02")],
        [],
    ),
    (
        "B6",
        "2015-04-10T12:00",
        "سيطر تنظيم داعش على معظم مخيم اليرموك جنوبي دمشق مطلع نيسان الجاري، بعد اشتباكات مع أكناف بيت المقدس، وكان التنظيم قد حاول اقتحام المخيم أواسط آذار الماضي.",
        [("مطلع نيسان الجاري", "2015-04"), ("أواسط آذار الماضي", "2015-03")],
        [],
    ),
    (
        "B7",
        "2017-01-10T12:00",
        "شهدت مدينة الرقة خلال العام الفائت أكثر من 300 غارة للتحالف، بحسب ناشطين، وتصاعدت الغارات في نهاية العام الماضي مع بدء حملة غضب الفرات.",
        [("العام الفائت", "2016"), ("نهاية العام الماضي", "2016")],
        [],
    ),
    (
        "B8",
        "2014-03-20T12:00",
        "The Islamic State of Iraq and the Levant seized Raqqa city in early 2014, months after rebels captured it from the government in March 2013. By the summer of 2013 the group controlled several districts.",
        [("early 2014", "2014"), ("March 2013", "2013-03")],
        [],
    ),
    (
        "B9",
        "2016-03-30T12:00",
        "Government forces said they had retaken Palmyra's castle on March 24th, and state TV reported on the 26th of March that troops were inside the town. Islamic State had held it since 21st May 2015.",
        [("March 24th", "2016-03-24"), ("the 26th of March", "2016-03-26"), ("21st May 2015", "2015-05-21")],
        [],
    ),
    (
        "B10",
        "2018-01-04T12:00",
        "قتل خمسة مدنيين في الساعة الثانية من فجر يوم الخميس الماضي جراء غارة على بلدة سراقب، بحسب ما أفاد به الدفاع المدني عصر اليوم.",
        [("فجر يوم الخميس الماضي", "2017-12-28"), ("عصر اليوم", "2018-01-04")],
        [],
    ),
    (
        "B11",
        "2019-04-02T12:00",
        "A car bomb went off in the Tal Rifaat countryside on Friday night, killing three people, and Turkish artillery shelled nearby villages at dawn on Sunday, according to the Kurdish Red Crescent.",
        [("Friday night", "2019-03-29/2019-03-30"), ("dawn on Sunday", "2019-03-31")],
        [],
    ),
    (
        "B12",
        "2017-03-25T12:00",
        "قتل 33 شخصاً في غارة على مدرسة تؤوي نازحين في قرية المنصورة غربي الرقة في الحادي والعشرين من الشهر الجاري، كما قتل 49 مصلياً في غارة على مسجد في قرية الجينة بريف حلب في السادس عشر من الشهر ذاته.",
        [("الحادي والعشرين من الشهر الجاري", "2017-03-21"), ("السادس عشر من الشهر ذاته", "2017-03-16")],
        [],
    ),
    (
        "B13",
        "2017-03-07T12:00",
        "قتل ثلاثة مدنيين صباح الأحد 5/3/2017 في قصف على بلدة خان الشيح.",
        [("صباح الأحد 5/3/2017", "2017-03-05")],
        [],
    ),
    (
        "B14",
        "2016-06-15T12:00",
        "وتعرضت بلدة داريا لقصف بالبراميل المتفجرة ليلة الخميس على الجمعة، بعد ساعات من دخول أول قافلة مساعدات منذ عام 2012.",
        [("ليلة الخميس على الجمعة", "2016-06-09/2016-06-10"), ("عام 2012", "2012")],
        [],
    ),
    (
        "B15",
        "2014-02-18T12:00",
        "ودعا مجلس الأمن في قراره 2139 إلى وقف القصف العشوائي، فيما قتل 12 شخصاً في سقوط برميلين على مخيم 5 في حي الشيخ سعيد والكتيبة 46 في ريف حلب الغربي أمس.",
        [("أمس", "2014-02-17")],
        ["2139", "مخيم 5", "46"],
    ),
    (
        "B16",
        "2019-09-10T12:00",
        "Government forces pushed along the M5 highway and Route 4 near Maarat al-Numan during the 2019 offensive, and a strike on a market there killed 12 on Sept. 2.",
        [("2019", "2019"), ("Sept. 2", "2019-09-02")],
        ["M5", "Route 4"],
    ),
    (
        "B17",
        "2018-06-25T12:00",
        "Jets struck Busra al-Harir and nearby towns more than 30 times in the past 24 hours, a war monitor said on Monday, and over the past three days at least 20 civilians have died.",
        [("on Monday", "2018-06-25")],
        [],
    ),
    (
        "B18",
        "2016-12-13T16:00",
        "ALEPPO, Syria, Dec 13 (Reuters) - Rebels in eastern Aleppo agreed on Tuesday to withdraw, a rebel official said, after a month-long offensive.",
        [("Dec 13", "2016-12-13"), ("on Tuesday", "2016-12-13")],
        ["month-long"],
    ),
    (
        "B19",
        "2013-06-06T12:00",
        "QUSAIR, Syria, June 5 (AFP) - Syrian troops and Hezbollah fighters seized the town of Qusair early on Wednesday after a 17-day assault.",
        [("June 5", "2013-06-05"), ("early on Wednesday", "2013-06-05")],
        ["17-day"],
    ),
    (
        "B20",
        "2015-07-16T12:00",
        "قتل تسعة مدنيين بينهم أطفال فجر الثلاثاء 27 رمضان في غارة على سوق مدينة أريحا، وقال ناشطون إن القصف تجدد ليلة القدر على أحياء المدينة.",
        [("فجر الثلاثاء 27 رمضان", "2015-07-14")],
        [],
    ),
    (
        "B21",
        "2017-12-02T12:00",
        "قتل 53 مدنياً في غارات على سوق بلدة الأتارب في الثالث عشر من تشرين الثاني الماضي، وقالت الشبكة إن الغارات استخدمت فيها صواريخ شديدة الانفجار.",
        [("الثالث عشر من تشرين الثاني الماضي", "2017-11-13")],
        [],
    ),
    (
        "B22",
        "2018-04-12T12:00",
        "أفاد الدفاع المدني بمقتل مدنيين اثنين بغارة جوية على بلدة الهبيط ظهر يوم أمس، بعد أسبوع على الهجوم الكيميائي في دوما السبت الماضي.",
        [("ظهر يوم أمس", "2018-04-11"), ("بعد أسبوع على الهجوم", "2018-04-11"), ("السبت الماضي", "2018-04-07")],
        [],
    ),
    (
        "B23",
        "2016-01-20T12:00",
        "Government troops retook the town of Salma in Latakia's Jabal al-Akrad last week, and on Jan. 18 they seized the village of Kinsabba.",
        [("Jan. 18", "2016-01-18")],
        [],
    ),
    (
        "B24",
        "2017-07-15T12:00",
        "قتل 18 عنصراً من قوات النظام في هجوم لتنظيم داعش على حقل الشاعر في بادية حمص يوم 13/7، وكان التنظيم قد انسحب منه قبل شهر.",
        [("يوم 13/7", "2017-07-13"), ("قبل شهر", "2017-06-15")],
        [],
    ),
    (
        "B25",
        "2019-02-12T12:00",
        "An explosion tore through a crowded street in Idlib city on Monday evening, killing at least 16 people. It was the second blast there this month after a car bomb on Feb. 4.",
        [("on Monday evening", "2019-02-11"), ("this month", "2019-02"), ("Feb. 4", "2019-02-04")],
        [],
    ),
    (
        "B26",
        "2018-10-01T12:00",
        "وأفادت الشبكة بأن 55 مدنياً قتلوا خلال شهر أيلول 2018 في سوريا، بينهم 14 في إدلب، وهي أدنى حصيلة منذ آذار 2011.",
        [("شهر أيلول 2018", "2018-09"), ("آذار 2011", "2011-03")],
        [],
    ),
    (
        "B28",
        "2012-12-24T12:00",
        "وكانت قوات النظام قد قصفت حي بابا عمرو في حمص بشكل يومي طوال شهر شباط الماضي، قبل اقتحامه في الأول من آذار.",
        [("شهر شباط الماضي", "2012-02"), ("الأول من آذار", "2012-03-01")],
        [],
    ),
    (
        "B29",
        "2020-01-30T12:00",
        "Government forces entered Maarat al-Numan on Tuesday, the Syrian army said on Wednesday, after weeks of bombardment that emptied the town. Russian jets had hit its outskirts on Jan. 26 and 27.",
        [("on Tuesday", "2020-01-28"), ("on Wednesday", "2020-01-29"), ("Jan. 26 and 27", "2020-01-26/2020-01-27")],
        [],
    ),
    (
        "B30",
        "2014-10-10T12:00",
        "قالت وحدات حماية الشعب إن مقاتليها صدوا هجوماً لتنظيم الدولة على حي مقتلة في كوباني مساء الخميس، بعد يوم من وصول التنظيم إلى المربع الأمني في 8 تشرين الأول.",
        [("مساء الخميس", "2014-10-09"), ("8 تشرين الأول", "2014-10-08")],
        [],
    ),
]


def _days(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a GOLD_SCHEMA value ("2018-02-20", "2018-02-20/2018-02-21", "2018-07", "2018")."""
    if "/" in value:
        first, last = value.split("/")
        return dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        return day, day
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), following - dt.timedelta(days=1)
    return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)


def _same_expression(expected: str, said: str) -> bool:
    """The scorer's match of two spans of one expression: one holds the other and is at least 0.4 of its length, or
    they share half their words."""
    short, long_ = sorted((expected.lower(), said.lower()), key=len)
    if short in long_ and len(short) >= 0.4 * len(long_):
        return True
    words, other = set(expected.lower().split()), set(said.lower().split())
    return len(words & other) / max(1, len(words | other)) >= 0.5


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
def test_probe_dates(probe):
    _, published, text, expected, not_dates = probe
    language = "en" if text.isascii() else "ar"
    mentions = [m for m in tag_dates(text, dt.datetime.fromisoformat(published), language) if not m.since]
    found = [(m.text, (m.first, m.last)) for m in mentions]
    for expression, value in expected:
        assert any(_same_expression(expression, said) and days == _days(value) for said, days in found), (
            f"{expression!r} = {value}: {found}"
        )
    for word in not_dates:
        if word.startswith("="):
            assert all(said != word[1:] for said, _ in found), found
        else:
            assert all(word not in said for said, _ in found), found

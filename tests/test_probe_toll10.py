"""Killed and wounded figures as outlets write them: Arabic news, English wires and Arabic catalogues from all over
Syria, 2012-2020 (Aleppo's quarters, Eastern Ghouta, Homs, Daraa, Raqqa and Deir ez-Zor, Afrin and Manbij, Palmyra,
Idlib and Hama), with number words in their genders and cases, duals, a couple's children, Arabic-Indic digits,
hedged counts, tolls that rose or exceeded a figure, several sources giving different figures, split tolls of two
sides, and figures that are no toll (running totals, the displaced, rockets, ages). Texts written for these tests; the
incidents invented. Each row: the language, the publication day, the text and every incident it tells as (a place as
the text names it, its day, its killed figures, its wounded figures, words of its sources' names)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.normalize import normalize

Expected = tuple[str, str, tuple[int, ...], tuple[int, ...], tuple[str, ...]]


def _events(language: str, published: str, text: str) -> list[dict]:
    day = dt.datetime.fromisoformat(published).replace(hour=12)
    return extract_article(Article(key="p", text=text, published=day, language=language, source="x"))["events"]


def _norm(text: str) -> str:
    return normalize(text).text.lower()


def _names(event: dict) -> list[str]:
    return [
        _norm(p[key])
        for p in [event.get("place") or {}, *event.get("places", [])]
        for key in ("text", "name", "name_ar")
        if p.get(key)
    ]


def _figures(event: dict, kind: str) -> tuple[int, ...]:
    return tuple(sorted({c[kind] for c in event["claims"] if c.get(kind)}))


REPORTS: list[tuple[str, str, str, list[Expected]]] = [
    (
        "ar",
        "2016-08-10",
        "قُتل أحد عشر مدنياً، بينهم أربعة أطفال، وأصيب أكثر من عشرين آخرين، جراء غارات جوية روسية استهدفت حي الصاخور في مدينة حلب، أمس الثلاثاء، بحسب الدفاع المدني. وفي حي الشيخ سعيد، لقي رجل وزوجته حتفهما بقذيفة صاروخية أطلقتها قوات النظام.",
        [
            ("الصاخور", "2016-08-09", (11,), (20,), ("الدفاع المدني",)),
            ("الشيخ سعيد", "2016-08-09", (2,), (), ()),
        ],
    ),
    (
        "ar",
        "2013-08-22",
        "ارتفعت حصيلة القصف الذي شنته قوات النظام على مدينة دوما في الغوطة الشرقية أمس إلى سبعة عشر قتيلاً، بينهم خمس نساء، وفق ما أفاد المكتب الطبي الموحد في المدينة. كما استشهد شقيقان برصاص قناص في بلدة حزة المجاورة.",
        [
            ("دوما", "2013-08-21", (17,), (), ("المكتب الطبي",)),
            ("حزة", "2013-08-21", (2,), (), ()),
        ],
    ),
    (
        "ar",
        "2015-05-12",
        "انفجرت سيارة مفخخة في حي الزهراء بمدينة حمص مساء أمس، ما أدى إلى مقتل ثمانية أشخاص وإصابة 35 آخرين، بحسب ما نقلت وكالة سانا عن مصدر في قيادة الشرطة. وفي ريف حمص الشمالي، قُتل طفلان وأصيبت والدتهما بقصف مدفعي لقوات النظام على بلدة الغنطو.",
        [
            ("الزهراء", "2015-05-11", (8,), (35,), ("مصدر",)),
            ("الغنطو", "2015-05-11", (2,), (1,), ()),
        ],
    ),
    (
        "ar",
        "2017-10-15",
        "قتل 18 مدنياً، بينهم سبعة أطفال، في غارات للتحالف الدولي على حي الدرعية غرب مدينة الرقة أمس، وفق ما ذكرت حملة الرقة تذبح بصمت. في حين قالت قوات سوريا الديمقراطية إن مقاتليها قتلوا 25 عنصراً من تنظيم الدولة في اشتباكات بحي البدو.",
        [
            ("الدرعية", "2017-10-14", (18,), (), ("الرقة تذبح بصمت",)),
            ("البدو", "2017-10-14", (25,), (), ("قوات سوريا الديمقراطية",)),
        ],
    ),
    (
        "ar",
        "2018-02-21",
        "ارتفع عدد ضحايا القصف الجوي والمدفعي على الغوطة الشرقية منذ صباح الأحد إلى 194 قتيلاً، بينهم 57 طفلاً، وفق المرصد السوري. وقُتل اليوم تسعة مدنيين في بلدة كفربطنا واثنا عشر آخرون في بلدة حمورية جراء غارات روسية وسورية.",
        [
            ("كفربطنا", "2018-02-21", (9,), (), ()),
            ("حمورية", "2018-02-21", (12,), (), ()),
        ],
    ),
    (
        "ar",
        "2018-07-01",
        "لقي 11 شخصاً حتفهم، بينهم ثلاث نساء، بقصف جوي روسي على بلدة صيدا في ريف درعا الشرقي اليوم، بينما قُتل شاب في العشرين من عمره بنيران قناص لقوات النظام في بلدة الحراك. وقالت مصادر محلية إن أكثر من ألفي عائلة نزحت من البلدتين خلال يومين.",
        [
            ("صيدا", "2018-07-01", (11,), (), ()),
            ("الحراك", "2018-07-01", (1,), (), ()),
        ],
    ),
    (
        "ar",
        "2019-05-28",
        "استشهد خمسة عشر مدنياً وجُرح نحو ثلاثين في قصف جوي روسي استهدف سوقاً شعبية في مدينة معرة النعمان أمس، بحسب مدير الدفاع المدني في المدينة. وفي ريف حماة الشمالي، قُتل ثلاثة عناصر من جيش العزة بقصف مدفعي لقوات النظام على بلدة اللطامنة.",
        [
            ("معرة النعمان", "2019-05-27", (15,), (30,), ("الدفاع المدني",)),
            ("اللطامنة", "2019-05-27", (3,), (), ()),
        ],
    ),
    (
        "ar",
        "2016-04-28",
        "قتل ٢٧ شخصاً بينهم ثلاثة أطباء في غارة روسية استهدفت مشفى ميدانياً في حي السكري بحلب ليل الأربعاء، وقال الدفاع المدني لاحقاً إن عدد القتلى ارتفع إلى ٣٠. كما أصيب ١٢ مدنياً بقذائف أطلقتها الفصائل على حي الميدان.",
        [
            ("السكري", "2016-04-27", (27, 30), (), ("الدفاع المدني",)),
            ("الميدان", "2016-04-27", (), (12,), ()),
        ],
    ),
    (
        "ar",
        "2015-09-20",
        "قُتلت امرأة وطفلاها وأصيب ثمانية آخرون بسقوط صواريخ أرض-أرض أطلقتها قوات النظام على حي الوعر المحاصر في حمص اليوم، وفق ما أفادت لجان التنسيق المحلية. وفي حي عكرمة، جرح خمسة مدنيين بقذائف هاون أطلقتها الفصائل، بحسب سانا.",
        [
            ("الوعر", "2015-09-20", (3,), (8,), ("لجان التنسيق",)),
            ("عكرمة", "2015-09-20", (), (5,), ("سانا",)),
        ],
    ),
    (
        "ar",
        "2018-01-25",
        "قُتل ستة مدنيين من عائلة واحدة، بينهم أربعة أطفال، في قصف مدفعي تركي على قرية جلمة في ناحية جنديرس بريف عفرين أمس، بحسب ما أفاد مشفى عفرين. فيما أعلنت رئاسة الأركان التركية تحييد 34 من عناصر وحدات حماية الشعب في محيط قرية قسطل جندو.",
        [
            ("جلمة", "2018-01-24", (6,), (), ("مشفى عفرين",)),
            ("قسطل جندو", "2018-01-24", (34,), (), ("رئاسة الأركان",)),
        ],
    ),
    (
        "ar",
        "2019-10-14",
        "قالت قوات سوريا الديمقراطية إن 14 مدنياً قُتلوا بقصف مدفعي للجيش التركي والفصائل الموالية له على مدينة رأس العين أمس، بينما قال المرصد السوري إن عدد القتلى المدنيين بلغ 11. ولقي أربعة عناصر من الجيش الوطني حتفهم بهجوم لقسد قرب قرية المناجير.",
        [
            ("رأس العين", "2019-10-13", (11, 14), (), ("قوات سوريا الديمقراطية", "المرصد")),
            ("المناجير", "2019-10-13", (4,), (), ()),
        ],
    ),
    (
        "ar",
        "2014-09-18",
        "أعدم تنظيم الدولة الإسلامية سبعة عشر رجلاً في بلدة غرانيج بريف دير الزور الشرقي أمس، بحسب ناشطين من المنطقة. وفي بلدة الشحيل، قُتل ثلاثة من عناصر التنظيم وأصيب خمسة بانفجار عبوة ناسفة استهدفت سيارتهم.",
        [
            ("غرانيج", "2014-09-17", (17,), (), ("ناشطين",)),
            ("الشحيل", "2014-09-17", (3,), (5,), ()),
        ],
    ),
    (
        "ar",
        "2018-05-20",
        "قتل جنديان وأصيب خمسة آخرون من قوات النظام بنيران قناصة تنظيم الدولة في حي الحجر الأسود جنوبي دمشق أمس، بحسب مصدر عسكري. في المقابل، قال المرصد السوري إن 22 عنصراً من التنظيم قُتلوا بالقصف المكثف لقوات النظام على مخيم اليرموك.",
        [
            ("الحجر الأسود", "2018-05-19", (2,), (5,), ("مصدر عسكري",)),
            ("اليرموك", "2018-05-19", (22,), (), ("المرصد",)),
        ],
    ),
    (
        "ar",
        "2017-04-05",
        "ارتفعت حصيلة الهجوم بالغازات السامة الذي نفذته طائرة حربية تابعة للنظام على بلدة التمانعة بريف إدلب الجنوبي أمس إلى 16 قتيلاً، بينهم ستة أطفال، فيما يعالج أكثر من 60 مصاباً بحالات اختناق في مشافي المنطقة، حسب مديرية صحة إدلب الحرة.",
        [
            ("التمانعة", "2017-04-04", (16,), (60,), ("مديرية صحة",)),
        ],
    ),
    (
        "ar",
        "2018-12-03",
        "قُتل عنصر من وحدات حماية الشعب وأصيب اثنان آخران بقصف مدفعي تركي على قرية مرعناز قرب تل رفعت اليوم، بينما أُصيب ثلاثة جنود أتراك بقذائف صاروخية أطلقتها الوحدات على قاعدة عسكرية قرب أعزاز، بحسب وزارة الدفاع التركية.",
        [
            ("مرعناز", "2018-12-03", (1,), (2,), ()),
            ("أعزاز", "2018-12-03", (), (3,), ("وزارة الدفاع التركية",)),
        ],
    ),
    (
        "ar",
        "2015-07-10",
        "قضى أربعة عناصر من حزب الله اللبناني في اشتباكات مع مقاتلي حركة أحرار الشام على أطراف مدينة الزبداني أمس، وفق مصادر معارضة، بينما أحصى المرصد مقتل 9 مقاتلين من الفصائل في المعارك ذاتها.",
        [
            ("الزبداني", "2015-07-09", (4, 9), (), ("مصادر معارضة", "المرصد")),
        ],
    ),
    (
        "ar",
        "2019-07-23",
        "ارتفعت حصيلة الغارات الجوية الروسية على سوق بلدة معرشورين بريف إدلب إلى 31 قتيلاً، بعد انتشال جثث تسعة أشخاص من تحت الأنقاض، بحسب الدفاع المدني. وكانت الحصيلة الأولى 22 قتيلاً. وفي بلدة كفرسجنة، أصيب سبعة مدنيين بقصف صاروخي لقوات النظام.",
        [
            ("معرشورين", "2019-07-23", (22, 31), (), ("الدفاع المدني",)),
            ("كفرسجنة", "2019-07-23", (), (7,), ()),
        ],
    ),
    (
        "ar",
        "2017-11-14",
        "أودت غارات جوية روسية على سوق مدينة الأتارب غربي حلب اليوم بحياة 53 مدنياً، وفق حصيلة جديدة للدفاع المدني، بعد حصيلة سابقة بلغت 43. كما قضى رجل وابنه بغارة على قرية كفرنوران المجاورة.",
        [
            ("الأتارب", "2017-11-14", (43, 53), (), ("الدفاع المدني",)),
            ("كفرنوران", "2017-11-14", (2,), (), ()),
        ],
    ),
    (
        "en",
        "2016-09-24",
        "ALEPPO, Syria (AP) - Airstrikes on the rebel-held Bab al-Nairab neighbourhood of Aleppo killed at least 25 people on Friday, among them a family of five, the Syrian Civil Defense said. The Syrian Observatory for Human Rights put the toll at 27. In the government-held Hamdaniyeh district, rebel shelling wounded 14 people, state TV reported.",
        [
            ("Bab al-Nairab", "2016-09-23", (25, 27), (), ("Civil Defense", "Observatory")),
            ("Hamdaniyeh", "2016-09-23", (), (14,), ("state TV",)),
        ],
    ),
    (
        "en",
        "2015-08-17",
        "BEIRUT (Reuters) - Government air strikes on a busy market in the rebel-held town of Douma killed 71 people and wounded around 240 on Sunday, a monitoring group said. Medical workers in the town said the death toll could rise because dozens were in critical condition.",
        [
            ("Douma", "2015-08-16", (71,), (240,), ("monitoring group",)),
        ],
    ),
    (
        "en",
        "2017-06-10",
        "Coalition airstrikes killed 17 civilians, including six children, in the al-Badu neighbourhood of Raqqa on Friday, the activist group Raqqa is Being Slaughtered Silently said. Separately, an Islamic State car bomb killed four SDF fighters and injured nine at a checkpoint in the village of Hazima north of the city, the SDF said.",
        [
            ("Badu", "2017-06-09", (17,), (), ("Raqqa is Being Slaughtered Silently",)),
            ("Hazima", "2017-06-09", (4,), (9,), ("SDF",)),
        ],
    ),
    (
        "en",
        "2018-03-18",
        "ISTANBUL (Reuters) - Turkish warplanes struck the village of Maabatli in the Afrin region on Saturday, killing 11 civilians, among them four children, the Kurdish Red Crescent said. Turkey's military denied hitting civilians and said 3,603 militants had been neutralised since the start of its operation on Jan. 20.",
        [
            ("Maabatli", "2018-03-17", (11,), (), ("Kurdish Red Crescent",)),
        ],
    ),
    (
        "en",
        "2019-04-08",
        "Government bombardment of the town of Kafr Nabudah in northern Hama killed a woman and her three children on Sunday, rescuers said, while a rebel rocket attack on the Christian town of Suqaylabiyah left two people dead and seven wounded, state news agency SANA reported.",
        [
            ("Kafr Nabudah", "2019-04-07", (4,), (), ("rescuers",)),
            ("Suqaylabiyah", "2019-04-07", (2,), (7,), ("SANA",)),
        ],
    ),
    (
        "en",
        "2016-05-04",
        "Rebel rocket fire on a maternity hospital in the government-held al-Muhafaza district of Aleppo killed three women and wounded 17 people on Tuesday, state media said. Hours later, air strikes on the opposition-held Sukkari neighbourhood left 12 dead, according to the Observatory. The monitor said more than 280 civilians had been killed in the city since April 22.",
        [
            ("Muhafaza", "2016-05-03", (3,), (17,), ("state media",)),
            ("Sukkari", "2016-05-03", (12,), (), ("Observatory",)),
        ],
    ),
    (
        "en",
        "2017-02-24",
        "A suicide car bomb claimed by Islamic State killed 51 people near the town of al-Bab on Friday, most of them civilians and Turkish-backed rebels gathered at a security office in the village of Sousian, a monitoring group said. In a separate attack, Islamic State fighters killed two Turkish soldiers near Qabasin, Turkish state media said.",
        [
            ("Sousian", "2017-02-24", (51,), (), ("monitoring group",)),
            ("Qabasin", "2017-02-24", (2,), (), ("state media",)),
        ],
    ),
    (
        "en",
        "2019-02-12",
        "DEIR AL-ZOR, Syria (Reuters) - U.S.-led coalition strikes on the last Islamic State enclave near Baghouz killed 16 civilians, including children, on Monday, the Observatory said. SDF spokesman Mustafa Bali said 23 militants were killed overnight in clashes with SDF fighters around the village of al-Marashida.",
        [
            ("Baghouz", "2019-02-11", (16,), (), ("Observatory",)),
            ("Marashida", "2019-02-11", (23,), (), ("Mustafa Bali",)),
        ],
    ),
    (
        "en",
        "2015-12-29",
        "Twin bombings killed 32 people and wounded more than 90 in the al-Zahraa district of Homs on Monday, the provincial governor told state television. The Observatory gave a higher toll of 46. Islamic State said it carried out the attack.",
        [
            ("Zahraa", "2015-12-28", (32, 46), (90,), ("governor", "Observatory")),
        ],
    ),
    (
        "en",
        "2018-04-08",
        "Rescue workers said 48 people died in a suspected chemical attack by government aircraft on Douma late on Saturday, and the Syrian American Medical Society said more than 500 patients were treated for breathing difficulties.",
        [
            ("Douma", "2018-04-07", (48,), (500,), ("Rescue workers", "Syrian American Medical Society")),
        ],
    ),
    (
        "en",
        "2014-12-30",
        "Kurdish YPG fighters killed 13 Islamic State militants in street fighting in the east of Kobani on Monday, the Observatory said. Separately, an Islamic State mortar round killed a woman in the village of Boraz west of the town.",
        [
            ("Kobani", "2014-12-29", (13,), (), ("Observatory",)),
            ("Boraz", "2014-12-29", (1,), (), ()),
        ],
    ),
    (
        "en",
        "2012-08-25",
        "Activists said at least 200 bodies had been found in the Damascus suburb of Daraya after a five-day assault by government troops. In the Aleppo district of Salaheddine, army shelling killed seven rebels, a rebel commander told AFP.",
        [
            ("Daraya", "2012-08-25", (200,), (), ("Activists",)),
            ("Salaheddine", "2012-08-25", (7,), (), ("rebel commander",)),
        ],
    ),
    (
        "en",
        "2017-05-13",
        "Islamic State shelling of government-held districts of Deir al-Zor killed six people, including a 10-year-old girl, and wounded 15 on Friday, state news agency SANA said. Russian bombers struck IS positions around the town of al-Mayadin, killing dozens of militants, the Russian Defence Ministry said.",
        [
            ("Deir al-Zor", "2017-05-12", (6,), (15,), ("SANA",)),
            ("Mayadin", "2017-05-12", (), (), ("Defence Ministry",)),
        ],
    ),
    (
        "en",
        "2015-10-01",
        "Russian air strikes on the town of Talbiseh in northern Homs province killed 17 civilians, including women and children, a local activist said on Thursday. In Hama province, strikes on the town of Latamneh killed at least four, the Observatory said.",
        [
            ("Talbiseh", "2015-10-01", (17,), (), ("activist",)),
            ("Latamneh", "2015-10-01", (4,), (), ("Observatory",)),
        ],
    ),
    (
        "en",
        "2019-06-01",
        "Rebels said they killed 20 government soldiers and militiamen in a counterattack on the village of Jibin on Friday. Pro-government media said seven soldiers died in the attack, blaming Hayat Tahrir al-Sham.",
        [
            ("Jibin", "2019-05-31", (7, 20), (), ()),
        ],
    ),
    (
        "en",
        "2014-05-09",
        "Rebels detonated explosives in tunnels under a government-held hotel in Aleppo's Old City on Thursday, killing at least 14 soldiers, the Observatory said. Two days earlier, rebel mortar fire on the Midan district had killed five people and wounded 20, SANA said.",
        [
            ("Old City", "2014-05-08", (14,), (), ("Observatory",)),
            ("Midan", "2014-05-06", (5,), (20,), ("SANA",)),
        ],
    ),
    (
        "en",
        "2020-02-28",
        "Syrian and Russian air strikes killed 33 Turkish soldiers in Idlib's Balyun area on Thursday, the governor of Turkey's Hatay province said. Turkish drones struck back near Saraqib, killing 16 regime soldiers, the defence ministry said.",
        [
            ("Balyun", "2020-02-27", (33,), (), ("governor",)),
            ("Saraqib", "2020-02-27", (16,), (), ("defence ministry",)),
        ],
    ),
    (
        "en",
        "2017-07-13",
        "Three people lost their lives and five were hurt when a landmine left by Islamic State exploded in the al-Mashlab district of Raqqa on Wednesday, a medic with the Kurdish Red Crescent said. Coalition strikes on the Old City the same day left 9 dead, activists said.",
        [
            ("Mashlab", "2017-07-12", (3,), (5,), ("medic",)),
            ("Old City", "2017-07-12", (9,), (), ("activists",)),
        ],
    ),
    (
        "en",
        "2013-10-02",
        "Islamist rebels killed 16 soldiers in an attack on an army checkpoint in the town of Khan Arnabah in Quneitra province on Tuesday, the Observatory said. The attack claimed the lives of two rebels as well. State media said troops killed scores of terrorists in the Daraa countryside.",
        [
            ("Khan Arnabah", "2013-10-01", (2, 16), (), ("Observatory",)),
            ("Daraa", "2013-10-01", (), (), ("State media",)),
        ],
    ),
    (
        "ar",
        "2018-03-01",
        """# حصيلة الضحايا المدنيين في الغوطة الشرقية خلال شباط 2018

وثقنا في شباط مقتل أكثر من 600 مدني في الغوطة الشرقية على يد قوات النظام وحلفائها.

**الثلاثاء 6 شباط 2018، مدينة عربين:**
قتل 7 مدنيين، بينهم سيدتان وثلاثة أطفال، إثر غارات جوية لقوات النظام استهدفت الأحياء السكنية.

**الخميس 8 شباط 2018، بلدة بيت سوى:**
استشهد أحد عشر مدنياً إثر قصف مدفعي لقوات النظام على البلدة.

**الإثنين 19 شباط 2018، بلدة مسرابا:**
قتلت عائلة مؤلفة من خمسة أفراد جراء غارة روسية على منزلها.
""",
        [
            ("عربين", "2018-02-06", (7,), (), ()),
            ("بيت سوى", "2018-02-08", (11,), (), ()),
            ("مسرابا", "2018-02-19", (5,), (), ()),
        ],
    ),
    (
        "ar",
        "2016-12-01",
        """## الانتهاكات الموثقة في أحياء حلب الشرقية – تشرين الثاني 2016

1- الأحد 20 تشرين الثاني: قصف مروحي بالبراميل على حي الصالحين، ما أدى إلى مقتل ٩ مدنيين بينهم خمسة أطفال.
2- الأربعاء 23 تشرين الثاني: غارة روسية على حي باب النيرب، ما أسفر عن مقتل أربعة مدنيين وإصابة عشرة آخرين.
3- السبت 26 تشرين الثاني: قصف مدفعي لقوات النظام على حي الحيدرية، أدى إلى مقتل طفلين شقيقين.
""",
        [
            ("الصالحين", "2016-11-20", (9,), (), ()),
            ("باب النيرب", "2016-11-23", (4,), (10,), ()),
            ("الحيدرية", "2016-11-26", (2,), (), ()),
        ],
    ),
    (
        "ar",
        "2017-09-02",
        """# مجازر التحالف الدولي في محافظة الرقة – آب 2017

**الإثنين 14 آب 2017، حي الرميلة – مدينة الرقة:**
قصفت طائرات التحالف بناءً سكنياً في الحي، ما أسفر عن مقتل 12 مدنياً من عائلتين، بينهم 6 أطفال.

**الخميس 24 آب 2017، قرية الكسرات – ريف الرقة الجنوبي:**
قتل ثلاثة عشر مدنياً، بينهم ثمانية أطفال، إثر غارة للتحالف على عبارة نهرية.
""",
        [
            ("الرميلة", "2017-08-14", (12,), (), ()),
            ("الكسرات", "2017-08-24", (13,), (), ()),
        ],
    ),
    (
        "ar",
        "2019-06-01",
        """حصيلة يومية – الجمعة 31 أيار 2019

- كفرنبل: استشهاد 3 مدنيين بينهم امرأة جراء غارات روسية.
- خان شيخون: استشهاد طفلين وإصابة 6 مدنيين بقصف صاروخي لقوات النظام.
- قلعة المضيق: إصابة 4 مدنيين بقصف مدفعي لقوات النظام.
""",
        [
            ("كفرنبل", "2019-05-31", (3,), (), ()),
            ("خان شيخون", "2019-05-31", (2,), (6,), ()),
            ("قلعة المضيق", "2019-05-31", (), (4,), ()),
        ],
    ),
    (
        "ar",
        "2018-07-02",
        """# تقرير الانتهاكات في محافظة درعا – حزيران 2018

### أولاً: الانتهاكات التي ارتكبتها القوات الروسية

**الثلاثاء 26 حزيران 2018، بلدة المسيفرة:**
قتل 6 مدنيين، بينهم امرأتان، إثر غارات جوية استهدفت وسط البلدة.

**الخميس 28 حزيران 2018، بلدة الغارية الغربية:**
قتل رجل وزوجته وطفلاهما إثر غارة على منزلهم.

### ثانياً: الانتهاكات التي ارتكبتها قوات النظام

**الجمعة 29 حزيران 2018، بلدة طفس:**
قتل ثلاثة مدنيين وأصيب سبعة بقصف بالصواريخ.
""",
        [
            ("المسيفرة", "2018-06-26", (6,), (), ()),
            ("الغارية الغربية", "2018-06-28", (4,), (), ()),
            ("طفس", "2018-06-29", (3,), (7,), ()),
        ],
    ),
    (
        "ar",
        "2018-04-01",
        """# ضحايا عملية غصن الزيتون في منطقة عفرين – آذار 2018

**الخميس 1 آذار 2018، قرية كوكبة – ناحية شران:**
قصفت المدفعية التركية القرية، ما أسفر عن مقتل خمسة مدنيين بينهم طفلان.

**الجمعة 16 آذار 2018، مدينة عفرين:**
قتل ١٨ مدنياً وأصيب أكثر من ٣٠ إثر قصف مدفعي وجوي للجيش التركي استهدف محيط المشفى العسكري في المدينة، بحسب الهلال الأحمر الكردي.
""",
        [
            ("كوكبة", "2018-03-01", (5,), (), ()),
            ("عفرين", "2018-03-16", (18,), (30,), ("الهلال الأحمر",)),
        ],
    ),
    (
        "ar",
        "2015-01-03",
        """## حصيلة ضحايا محافظة حمص خلال كانون الأول 2014

وثق فريق التوثيق مقتل 94 شخصاً في محافظة حمص خلال الشهر.

- الأحد 7 كانون الأول: قتل أربعة مدنيين بقصف مدفعي لقوات النظام على مدينة الرستن.
- الجمعة 19 كانون الأول: قتل ثمانية مدنيين بينهم ثلاثة أطفال بغارة جوية لقوات النظام على قرية عز الدين.
- الثلاثاء 30 كانون الأول: قتل عنصران من الجيش الحر برصاص قناص قوات النظام في حي الوعر.
""",
        [
            ("الرستن", "2014-12-07", (4,), (), ()),
            ("عز الدين", "2014-12-19", (8,), (), ()),
            ("الوعر", "2014-12-30", (2,), (), ()),
        ],
    ),
    (
        "ar",
        "2017-06-01",
        """# انتهاكات تنظيم الدولة في ريف دير الزور – أيار 2017

**الأربعاء 3 أيار 2017، قرية الجنينة:**
أعدم عناصر التنظيم أربعة شبان بتهمة التواصل مع التحالف الدولي.

**السبت 20 أيار 2017، حي الجورة – مدينة دير الزور:**
قتل طفل وأصيبت والدته بقذيفة أطلقها التنظيم على الحي.
""",
        [
            ("الجنينة", "2017-05-03", (4,), (), ()),
            ("الجورة", "2017-05-20", (1,), (1,), ()),
        ],
    ),
    (
        "ar",
        "2019-09-01",
        """حصاد آب 2019 – ريف إدلب الجنوبي وريف حماة الشمالي

**الأحد 4 آب 2019، بلدة التح:**
استشهد خمسة مدنيين من عائلة واحدة، رجل وزوجته وأطفالهما الثلاثة، بغارة روسية.

**الثلاثاء 13 آب 2019، مدينة كفرزيتا:**
أصيب ثمانية مدنيين بقصف صاروخي لقوات النظام.

**السبت 24 آب 2019، بلدة حيش:**
قتل شقيقان وجرح والدهما بقصف مدفعي لقوات النظام.
""",
        [
            ("التح", "2019-08-04", (5,), (), ()),
            ("كفرزيتا", "2019-08-13", (), (8,), ()),
            ("حيش", "2019-08-24", (2,), (1,), ()),
        ],
    ),
    (
        "ar",
        "2013-11-02",
        """# حصيلة تشرين الأول 2013 – ريف دمشق

بلغ عدد الضحايا الموثقين في ريف دمشق خلال الشهر 412 شخصاً.

**السبت 5 تشرين الأول 2013، مدينة المعضمية:**
قتل 9 أشخاص بينهم ثلاث نساء إثر قصف بالصواريخ من قبل قوات النظام.

**الجمعة 18 تشرين الأول 2013، بلدة ببيلا:**
قضى ستة مدنيين جوعاً بسبب الحصار. وقتل في اليوم نفسه رجلان بقصف قوات النظام على البلدة.
""",
        [
            ("المعضمية", "2013-10-05", (9,), (), ()),
            ("ببيلا", "2013-10-18", (2,), (), ()),
        ],
    ),
    (
        "ar",
        "2018-11-01",
        """رصد يومي – منطقة خفض التصعيد

١- الثلاثاء ٣٠ تشرين الأول ٢٠١٨: قصف مدفعي لقوات النظام على قرية الزيارة في سهل الغاب، ما أدى إلى مقتل ثلاثة مدنيين.
٢- الأربعاء ٣١ تشرين الأول ٢٠١٨: هجوم لهيئة تحرير الشام على موقع لقوات النظام قرب قرية المصاصنة، ما أسفر عن مقتل ٢٢ عنصراً من قوات النظام وتسعة من عناصر الهيئة، وفق المرصد السوري.
""",
        [
            ("الزيارة", "2018-10-30", (3,), (), ()),
            ("المصاصنة", "2018-10-31", (9, 22), (), ("المرصد",)),
        ],
    ),
    (
        "ar",
        "2016-02-01",
        """## الضحايا في منطقة القلمون وريف حمص الجنوبي – كانون الثاني 2016

- الإثنين 11 كانون الثاني: قضى طفل وأصيب اثنان بانفجار لغم من مخلفات الحرب في بلدة القريتين.
- الأحد 24 كانون الثاني: قتل سبعة من عناصر تنظيم الدولة في غارة روسية على محيط مدينة مهين.
""",
        [
            ("القريتين", "2016-01-11", (1,), (2,), ()),
            ("مهين", "2016-01-24", (7,), (), ()),
        ],
    ),
    (
        "ar",
        "2012-10-01",
        """## شهداء محافظة حلب – أيلول 2012

**الخميس 13 أيلول 2012، حي صلاح الدين:**
استشهد اثنا عشر مدنياً بقصف مدفعي لقوات النظام.

**الأحد 23 أيلول 2012، مدينة الباب:**
استشهد عشرون مدنياً وجرح العشرات بغارة جوية لقوات النظام على مخبز في المدينة.
""",
        [
            ("صلاح الدين", "2012-09-13", (12,), (), ()),
            ("الباب", "2012-09-23", (20,), (), ()),
        ],
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "expected"), REPORTS)
def test_a_report_gives_each_incident_its_figures_and_sources(language, published, text, expected):
    events = _events(language, published, text)
    assert len(events) == len(expected)
    left = list(events)
    for place, day, killed, wounded, sources in expected:
        event = next(e for e in left if any(_norm(place) in n or n in _norm(place) for n in _names(e)))
        left.remove(event)
        assert event["first"] == day
        assert _figures(event, "killed") == killed
        assert _figures(event, "wounded") == wounded
        told = [_norm(c["source"] or "") for c in event["claims"]]
        # (a source's name may keep the ل of "وفق حصيلة للدفاع المدني")
        assert all(any(_norm(s) in t or _norm(s)[1:] in t for t in told) for s in sources)


# --- each rule of this probe, told alone


def _claims(language: str, text: str, published: str = "2018-05-10") -> list[dict]:
    return [c for e in _events(language, published, text) for c in e["claims"]]


def test_a_toll_said_to_exceed_a_figure_gives_that_figure():
    claims = _claims(
        "ar",
        "قتل 40 مدنياً ببراميل ألقتها مروحيات النظام على حي الشعار في حلب أمس، بحسب المرصد السوري، فيما قالت "
        "الهيئة العامة للثورة إن العدد تجاوز 60.",
    )
    assert sorted(c["killed"] for c in claims) == [40, 60]


def test_a_new_toll_before_the_source_name_is_no_part_of_it():
    claims = _claims("ar", "أودت غارات روسية على سوق بلدة سرمين اليوم بحياة 21 مدنياً، وفق حصيلة جديدة للدفاع المدني.")
    assert [(c["killed"], c["source_kind"]) for c in claims] == [(21, "civil defence")]


def test_a_medical_office_is_a_source():
    claims = _claims("ar", "قصفت قوات النظام مدينة حرستا اليوم، ما أدى إلى مقتل 9 مدنيين، وفق المكتب الطبي في المدينة.")
    assert [(c["killed"], c["source_kind"]) for c in claims] == [(9, "medical sources")]


def test_a_count_with_an_aside_opened_by_min_baynihim_before_its_verb():
    claims = _claims(
        "ar",
        "قالت مصادر محلية إن ثمانية مدنيين، من بينهم رجل وزوجته، قتلوا بغارة للتحالف الدولي على قرية الكرامة اليوم.",
    )
    assert [c["killed"] for c in claims] == [8]


def test_a_couple_and_their_two_children_are_four():
    claims = _claims("ar", "قتل رجل وزوجته وطفلاهما بقصف مدفعي لقوات النظام على بلدة بصر الحرير اليوم.")
    assert [c["killed"] for c in claims] == [4]


def test_civilians_counted_in_two_parts_are_one_toll_and_its_parts():
    claims = _claims("ar", "قتلت خمس نساء وطفل بقصف مدفعي لقوات النظام على بلدة كفرنبودة اليوم.")
    assert sorted((c["killed"], bool(c.get("subset"))) for c in claims) == [(1, True), (5, True), (6, False)]


def test_both_sides_counted_before_the_verb_take_it():
    claims = _claims(
        "ar", "قال المرصد إن 13 عنصراً من قوات النظام و8 مقاتلين من فيلق الرحمن قتلوا في اشتباكات بحي جوبر اليوم."
    )
    assert sorted((c["killed"], c["of"]) for c in claims) == [(8, "opposition-unspecified"), (13, "syrian-government")]


def test_the_dead_before_a_count_of_the_hurt_are_not_hurt():
    claims = _claims("ar", "قصفت طائرات روسية مدينة تلبيسة اليوم، فنتج عن ذلك سقوط 7 مدنيين و20 جريحاً.")
    assert [c["wounded"] for c in claims if c["wounded"]] == [20]


def test_a_toll_since_a_part_of_a_named_day_days_back_is_a_running_total():
    text = (
        "ارتفع عدد ضحايا القصف على الغوطة الشرقية منذ صباح الأحد إلى 194 قتيلاً، وفق المرصد السوري. وقُتل اليوم "
        "تسعة مدنيين في بلدة سقبا جراء غارات روسية."
    )
    events = _events("ar", "2018-02-21", text)
    assert [(e["first"], _figures(e, "killed")) for e in events] == [("2018-02-21", (9,))]


def test_a_toll_since_this_morning_is_the_incidents_own():
    text = "قتل 12 مدنياً بقصف قوات النظام على بلدة سقبا منذ صباح اليوم، وفق المرصد السوري."
    events = _events("ar", "2018-02-21", text)
    assert [(e["first"], _figures(e, "killed")) for e in events] == [("2018-02-21", (12,))]


def test_the_killed_or_wounded_together_are_neither():
    claims = _claims(
        "en", "At least 40 people were killed or wounded when jets struck a market in the town of Ariha on Wednesday."
    )
    assert not [c for c in claims if c["killed"] or c["wounded"]]


def test_the_number_of_hurt_told_after_the_incident_is_its_own():
    for tail in ("فيما بلغ عدد الجرحى 25.", "فيما وصل عدد الجرحى إلى 25.", "وبلغ عدد الجرحى 25 شخصاً."):
        text = f"قصفت قوات النظام بلدة معرة مصرين اليوم، ما أسفر عن مقتل ستة مدنيين، {tail}"
        claims = _claims("ar", text)
        assert [c["killed"] for c in claims if c["killed"]] == [6]
        assert [c["wounded"] for c in claims if c["wounded"]] == [25]


def test_a_count_of_breaches_told_after_an_incident_stays_no_toll():
    text = "قصفت قوات النظام بلدة معرة مصرين اليوم، ما أسفر عن مقتل ستة مدنيين، وبلغ عدد الخروقات منذ بدء الهدنة 300."
    assert [c["killed"] for c in _claims("ar", text)] == [6]


def test_a_risen_toll_naming_its_town_before_another_towns_incident_is_its_own():
    text = (
        "ارتفعت حصيلة القصف الذي شنته قوات النظام على مدينة دوما أمس إلى 17 قتيلاً. كما استشهد شقيقان برصاص قناص في "
        "بلدة حزة."
    )
    events = _events("ar", "2013-08-22", text)
    assert sorted((e["place"]["text"], _figures(e, "killed")) for e in events) == [("حزة", (2,)), ("دوما", (17,))]


def test_an_earlier_toll_told_with_its_source_before_the_verb_is_that_sources():
    text = (
        "قتل 25 مدنياً على الأقل بغارات لقوات النظام على بلدة سرمين اليوم. وكان الدفاع المدني قد أفاد في حصيلة "
        "أولية عن 12 قتيلاً."
    )
    assert sorted((c["killed"], c["source"]) for c in _claims("ar", text)) == [(12, "الدفاع المدني"), (25, None)]


def test_a_side_told_before_its_fire_after_kana_is_no_source():
    text = "قتل 25 مدنياً بغارات على بلدة سرمين اليوم. وكانت قوات النظام قد قصفت البلدة يوم الجمعة."
    assert all(c["source"] is None for c in _claims("ar", text))


def test_a_days_toll_over_the_whole_country_is_no_incidents():
    for tail in (
        "وبلغت حصيلة القتلى في عموم سوريا اليوم 62 شخصاً، بحسب المرصد.",
        "ووثق المرصد مقتل 31 مدنياً في مناطق مختلفة من سوريا اليوم.",
    ):
        text = f"قتل 5 مدنيين بقصف لقوات النظام على بلدة كفرزيتا اليوم. {tail}"
        assert [c["killed"] for c in _claims("ar", text)] == [5]


def test_deaths_of_a_sieges_want_are_no_attacks_toll():
    for language, text in (
        ("ar", "قتل رجلان بقصف قوات النظام على بلدة ببيلا اليوم. وقضى ستة مدنيين جوعاً بسبب الحصار."),
        (
            "en",
            "Government shelling killed two men in Madaya on Wednesday. Four children died of hunger there, medics said.",
        ),
    ):
        assert [c["killed"] for c in _claims(language, text)] == [2]


def test_bodies_recovered_since_are_part_of_a_risen_toll():
    text = (
        "ارتفعت حصيلة الغارات الروسية على سوق بلدة معرشورين إلى 31 قتيلاً، بعد انتشال جثث تسعة أشخاص من تحت "
        "الأنقاض، بحسب الدفاع المدني."
    )
    assert [c["killed"] for c in _claims("ar", text, "2019-07-23")] == [31]


def test_a_count_among_those_killed_is_of_the_dead():
    text = (
        "Government jets struck a market in the town of Saraqib on Wednesday. Fourteen civilians were among those "
        "killed, rescuers said."
    )
    assert [c["killed"] for c in _claims("en", text)] == [14]


def test_english_civilians_counted_in_two_numbers_are_one_toll_and_its_parts():
    text = "An air strike killed 15 children and two women in the town of Arbin on Tuesday, the Observatory said."
    claims = _claims("en", text, "2018-03-20")
    assert sorted((c["killed"], bool(c.get("subset"))) for c in claims) == [(2, True), (15, True), (17, False)]

"""Arabic news leftovers of the ho23 round (probe round r2-ar): the sides counted among the dead of a fight whose
attackers the clause names only as "القوات المهاجمة" are no shooters of a second incident, the attackers are those of
the fight told just before; a second act told after "، ثم على" with its verb left out, at a place and on a day of its
own, is a second incident of the same sides; the incident named by a definite noun right after "عقب" is the one told
before, and the sides of the clause are those of the fire told after it.
Texts written for these tests (no corpus text). Each row: the publication day, the outlet, the text, and every
incident it tells (day, place, perpetrators, killed, wounded, a word of the source's name)."""

from __future__ import annotations

import pytest
from probe_table import assert_probe, probe_events

# (day, place, perpetrators, killed, wounded, a word the source's name holds); None: the report gives none
Expected = tuple[str, str | None, tuple[str, ...], int | None, int | None, str | None]

# "بين X وY …، بعد أن سيطرت القوات المهاجمة على …، وأحصى المرصد مقتل N من X وM من Y": one fight, X's.
ATTACKERS_NAMED_BEFORE: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2018-03-01",
        "العربية",
        "تدور منذ صباح اليوم معارك عنيفة في ناحية راجو بين الجيش التركي والفصائل الموالية له من جهة، ووحدات حماية "
        "الشعب الكردية من جهة أخرى، بعد أن سيطرت القوات المهاجمة على ثلاث قرى في محيط الناحية، وأحصى المرصد مقتل 8 "
        "من الفصائل و6 من المقاتلين الأكراد.",
        [("2018-03-01", "راجو", ("opposition-unspecified", "turkey"), 8, None, "المرصد")],
    ),
    (
        "2018-03-01",
        "الجزيرة",
        "تدور معارك عنيفة اليوم في ناحية راجو بين الجيش التركي والفصائل الموالية له من جهة، ووحدات حماية الشعب "
        "الكردية من جهة أخرى. وجاء ذلك بعد أن سيطرت القوات المهاجمة على قرية في محيط الناحية، بحسب المرصد الذي "
        "وثق مقتل 10 من الفصائل و4 من المقاتلين الأكراد.",
        [("2018-03-01", "راجو", ("opposition-unspecified", "turkey"), 10, None, "المرصد")],
    ),
    (
        "2019-05-20",
        "سكاي نيوز عربية",
        "اندلعت اليوم معارك عنيفة قرب بلدة الحويز بين قوات النظام والميليشيات الإيرانية من جهة، وهيئة تحرير الشام "
        "من جهة أخرى، بعد أن سيطرت القوات المهاجمة على أجزاء واسعة منها، وأحصى المرصد مقتل 11 من الهيئة و7 من قوات "
        "النظام.",
        [("2019-05-20", "الحويز", ("iran-backed-militias", "syrian-government"), 11, None, "المرصد")],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", ATTACKERS_NAMED_BEFORE)
def test_attacking_forces_are_the_attackers_told_before(published: str, outlet: str, text: str, expected: list) -> None:
    assert_probe(published, outlet, text, expected)


# "X على A في <يوم>، ثم على B في <يوم آخر>": the act told again at B, on its own day.
SECOND_ACT_AFTER_THEN: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2019-05-20",
        "العربية",
        "سيطرت قوات النظام على قرية كفرنبودة في 8 أيار، ثم على بلدة قلعة المضيق في الخامس عشر من الشهر نفسه، بحسب "
        "المرصد.",
        [
            ("2019-05-08", "كفرنبودة", ("syrian-government",), None, None, None),
            ("2019-05-15", "قلعة المضيق", ("syrian-government",), None, None, None),
        ],
    ),
    (
        "2019-05-20",
        "الجزيرة",
        "تقدمت قوات النظام وسيطرت على بلدة كفرنبودة في الثامن من أيار، ثم على قرية الحويز في الثاني عشر من الشهر ذاته.",
        [
            ("2019-05-08", "كفرنبودة", ("syrian-government",), None, None, None),
            ("2019-05-12", "الحويز", ("syrian-government",), None, None, None),
        ],
    ),
    (
        "2016-02-10",
        "بي بي سي عربي",
        "شنت الطائرات الروسية غارات على بلدة سلمى في 3 شباط، ثم على بلدة كنسبا في السادس منه.",
        [
            ("2016-02-03", "سلمى", ("russia",), None, None, None),
            ("2016-02-06", "كنسبا", ("russia",), None, None, None),
        ],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", SECOND_ACT_AFTER_THEN)
def test_second_act_after_then_is_an_incident_of_its_own(
    published: str, outlet: str, text: str, expected: list
) -> None:
    assert_probe(published, outlet, text, expected)


# "X اقتحم A. وعقب الاقتحام قصفت Y A": Y's fire, no part of X's raid.
FIRE_AFTER_THE_RAID: list[tuple[str, str | None, str, list[Expected]]] = [
    (
        "2018-05-10",
        "العربية",
        "اقتحم مقاتلو تنظيم الدولة الإسلامية مخيم اليرموك جنوب دمشق أمس. وعقب الاقتحام قصفت قوات النظام المخيم "
        "بالمدفعية.",
        [
            ("2018-05-09", "اليرموك", ("isis",), None, None, None),
            ("2018-05-09", "اليرموك", ("syrian-government",), None, None, None),
        ],
    ),
    (
        "2019-03-12",
        "الجزيرة",
        "هاجمت فصائل المعارضة حاجزاً لقوات النظام قرب بلدة مورك صباح اليوم. وعقب الهجوم قصفت الطائرات الروسية "
        "البلدة بعدة غارات.",
        [
            ("2019-03-12", "مورك", ("opposition-unspecified",), None, None, None),
            ("2019-03-12", "مورك", ("russia",), None, None, None),
        ],
    ),
    (
        "2017-06-04",
        "سكاي نيوز عربية",
        "اقتحم عناصر من هيئة تحرير الشام قرية الزيارة بريف حماة أمس. وعقب الاقتحام شنت طائرات النظام غارات على "
        "القرية قتل فيها 4 مدنيين، وفق المرصد.",
        [
            ("2017-06-03", "الزيارة", ("hts",), None, None, None),
            ("2017-06-03", "الزيارة", ("syrian-government",), 4, None, "المرصد"),
        ],
    ),
]


@pytest.mark.parametrize("published,outlet,text,expected", FIRE_AFTER_THE_RAID)
def test_sides_of_the_fire_after_the_raid(published: str, outlet: str, text: str, expected: list) -> None:
    """Both incidents stand at one place: each is told apart by its sides (day, sides, largest killed figure)."""
    events = probe_events(text, published, outlet)
    found = [
        (e["first"], tuple(sorted(e["perpetrators"])), max((c["killed"] or 0 for c in e["claims"]), default=0) or None)
        for e in events
    ]
    assert sorted(found) == sorted((day, perps, killed) for day, _, perps, killed, _, _ in expected)

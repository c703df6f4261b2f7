"""Arabic news leftovers of the ho23 round (probe round r2-ar): the sides counted among the dead of a fight whose
attackers the clause names only as "القوات المهاجمة" are no shooters of a second incident, the attackers are those of
the fight told just before; a second act told after "، ثم على" with its verb left out, at a place and on a day of its
own, is a second incident of the same sides.
Texts written for these tests (no corpus text). Each row: the publication day, the outlet, the text, and every
incident it tells (day, place, perpetrators, killed, wounded, a word of the source's name)."""

from __future__ import annotations

import pytest
from probe_table import assert_probe

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

"""A side named only as suspected, or as one of two the outlet cannot tell apart, is the perpetrator (GOLD_SCHEMA:
"X or Y" names both): role_words.csv classes hedge_before and conjunction ("أم"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article


def _sides(text: str, language: str) -> list[tuple[list[str], list[str]]]:
    article = Article(key="h", text=text, published=dt.datetime(2018, 3, 8, 12, 0), language=language, source="t")
    return [(e["perpetrators"], e["targets"]) for e in extract_article(article)["events"]]


@pytest.mark.parametrize(
    "text, language, perpetrators",
    [
        # the "or" of a question after a hedge: both sides, neither a target
        (
            "قتل خمسة مدنيين في غارات على بلدة كفرنبل مساء أمس، ولم يتضح إن كانت الطائرات روسية أم سورية.",
            "ar",
            ["russia", "syrian-government"],
        ),
        (
            "سقط ثلاثة قتلى في قصف جوي طال قرية التح ظهر الأربعاء ولم يعرف بعد هل الطائرات المغيرة سورية أم روسية.",
            "ar",
            ["syrian-government", "russia"],
        ),
        # the monitor's likely side, told after the toll by a participle of its verb
        (
            "قال المرصد إن سبعة مدنيين قتلوا مساء أمس في غارات جوية استهدفت بلدة البوكمال، مرجحاً أن تكون طائرات"
            " روسية قد نفذتها.",
            "ar",
            ["russia"],
        ),
        # an English force noun whose side is only probable
        (
            "Air raids by warplanes probably from the U.S.-led coalition killed six villagers in Hajin on Tuesday,"
            " a war monitor said.",
            "en",
            ["coalition"],
        ),
        (
            "Three children died on Wednesday when rockets, likely from Syrian government positions, fell on a school"
            " in Jarjanaz, rescuers said.",
            "en",
            ["syrian-government"],
        ),
    ],
)
def test_a_hedged_side_is_the_perpetrator(text, language, perpetrators):
    (sides,) = _sides(text, language)
    assert sides[0] == perpetrators
    assert not set(sides[1]) & set(perpetrators)


def test_a_side_hit_after_a_hedge_stays_the_target():
    # the hedge is about the strike; the positions named after "استهدفت مواقع" were hit
    text = "يرجح أن الغارة استهدفت مواقع لهيئة تحرير الشام قرب بلدة حزانو صباح الثلاثاء، وقتل أربعة من عناصرها."
    (sides,) = _sides(text, "ar")
    assert "hts" not in sides[0]

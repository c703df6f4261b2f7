"""An execution is an incident of the executioner with its toll; killers the text does not name ("مجهولون",
"gunmen") give an incident with its toll and no side invented. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article


def _events(text: str, language: str) -> list[dict]:
    article = Article(key="x", text=text, published=dt.datetime(2018, 3, 8, 12, 0), language=language, source="t")
    return extract_article(article)["events"]


def _killed(event: dict) -> set:
    return {c["killed"] for c in event["claims"] if c.get("killed") is not None}


@pytest.mark.parametrize(
    "text, language, perpetrator, killed",
    [
        (
            "أعدمت قوات النظام ميدانياً خمسة شبان من أبناء بلدة كفرزيتا عند أحد الحواجز يوم الأحد.",
            "ar",
            "syrian-government",
            5,
        ),
        (
            "وثقت الشبكة إعدام ثلاثة عناصر من الجيش الحر على يد تنظيم داعش في ريف حماة الشرقي يوم الأحد.",
            "ar",
            "isis",
            3,
        ),
        (
            "Islamic State fighters executed nine villagers they accused of spying near Hajin on Sunday, according to a monitor.",
            "en",
            "isis",
            9,
        ),
        (
            "Four men were executed by Hayat Tahrir al-Sham in a square in Maarat Misrin on Sunday, residents said.",
            "en",
            "hts",
            4,
        ),
    ],
)
def test_an_execution_is_an_incident_of_the_executioner(text, language, perpetrator, killed):
    (event,) = _events(text, language)
    assert perpetrator in event["perpetrators"]
    assert _killed(event) == {killed}


@pytest.mark.parametrize(
    "text, language, killed",
    [
        ("قتل ثلاثة رجال برصاص مسلحين مجهولين على طريق مدينة الباب مساء الأحد.", "ar", 3),
        ("اغتال مجهولون قيادياً في أحد الفصائل قرب بلدة سلقين فجر الأحد.", "ar", 1),
        (
            "Unidentified attackers shot dead two people at a checkpoint outside Saraqeb on Sunday evening, activists said.",
            "en",
            2,
        ),
        ("Gunmen killed five civilians in an ambush on the road south of Maarat al-Numan late on Sunday.", "en", 5),
    ],
)
def test_unnamed_killers_give_an_incident_with_its_toll_and_no_side(text, language, killed):
    (event,) = _events(text, language)
    assert event["perpetrators"] in ([], ["unknown"])
    assert _killed(event) == {killed}

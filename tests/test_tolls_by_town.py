"""A toll told town by town in one list ("killed 12 civilians: five in A, four in B and three in C", "بينهم 5 في A و4
في B و3 في C", "killed two in A and three in B") is one incident per town with its share (issue 11: a round-up of
several towns is one incident per town); when the shares do not make up the toll, the toll stays told too
(events._tolls_by_town; event_words.csv class share_preposition). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article


def _by_town(text: str) -> list[tuple[str, list[int], list[str]]]:
    language = "en" if text.isascii() else "ar"
    article = Article(key="b", text=text, published=dt.datetime(2019, 5, 9, 15, 0), language=language)
    return [
        (e["place"]["name"], [c["killed"] for c in e["claims"] if c["killed"] is not None], e["perpetrators"])
        for e in extract_article(article)["events"]
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Russian raids killed nine civilians on Wednesday, four of them in Saraqeb, three in Sarmin and two in Binnish.",
            "russia",
        ),
        (
            "وقتل تسعة مدنيين بقصف لقوات النظام الأربعاء، هم أربعة في سراقب وثلاثة في سرمين واثنان في بنش.",
            "syrian-government",
        ),
        ("قتل 9 مدنيين بغارات روسية على ريف إدلب يوم الأربعاء، بينهم 4 في سراقب و3 في سرمين و2 في بنش.", "russia"),
    ],
)
def test_a_toll_broken_down_by_town_is_one_incident_per_town(text, side):
    assert _by_town(text) == [
        ("Saraqib", [4], [side]),
        ("Sarmin", [3], [side]),
        ("Binnish", [2], [side]),
    ]


def test_a_list_of_towns_each_with_its_dead_is_one_incident_per_town():
    assert _by_town("قتل مدنيان في كفرنبل وثلاثة في حاس بقصف لقوات النظام الأربعاء.") == [
        ("Kafranbel", [2], ["syrian-government"]),
        ("Has", [3], ["syrian-government"]),
    ]


def test_shares_short_of_the_toll_leave_the_toll_told():
    events = _by_town(
        "Regime shelling killed 10 civilians in Idlib province on Wednesday, among them four in Saraqeb and three in Sarmin."
    )
    assert [killed for _, killed, _ in events] == [[10], [4], [3]]
    assert [name for name, _, _ in events][1:] == ["Saraqib", "Sarmin"]

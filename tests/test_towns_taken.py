"""A town taken is fighting over it (an armed clash, GOLD_SCHEMA's incidents of organised violence), however the
report words the taking (texts written for these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2016, 3, 12, 12, 0)


def _events(text: str, language: str) -> list[tuple]:
    article = Article(key="t", text=text, published=PUBLISHED, language=language, source="Test")
    return [
        (e["first"], e["type"], e["perpetrators"], (e["place"] or {}).get("text"))
        for e in extract_article(article)["events"]
    ]


@pytest.mark.parametrize(
    ("text", "language", "side", "town"),
    [
        ("عنوان\n\nاستولى مقاتلو تنظيم الدولة على بلدة القريتين يوم الخميس، بحسب المرصد.", "ar", "isis", "القريتين"),
        ("عنوان\n\nسيطرت فصائل المعارضة على بلدة مورك يوم الخميس، وفق ناشطين.", "ar", "opposition-unspecified", "مورك"),
        ("عنوان\n\nوكانت القوات الحكومية قد بسطت سيطرتها على بلدة مورك يوم الخميس.", "ar", "syrian-government", "مورك"),
        (
            "Town taken\n\nIslamic State militants took over the town of al-Qaryatain on Thursday.",
            "en",
            "isis",
            "al-Qaryatain",
        ),
    ],
)
def test_a_town_taken_on_a_day_is_an_armed_clash_of_the_side_that_took_it(text, language, side, town):
    assert _events(text, language) == [("2016-03-10", "armed_clash", [side], town)]


def test_the_areas_a_side_holds_are_no_town_taken():
    text = "عنوان\n\nقصفت طائرات روسية يوم الخميس مناطق سيطرتها في ريف حماة، ما أدى إلى مقتل خمسة مدنيين."
    assert [kind for _, kind, _, _ in _events(text, "ar")] == ["air_strike"]

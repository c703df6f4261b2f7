"""An incident told near a town, on its outskirts or between two towns takes the (first) town as its place, as the
gold does ("near X" / "قرب X" / "على أطراف X" / "between X and Y"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article


def _event(text: str) -> dict:
    article = Article(
        key="n", text=text, published=dt.datetime(2019, 9, 5, 8, 0), language="en" if text.isascii() else "ar"
    )
    [event] = extract_article(article)["events"]
    return event


@pytest.mark.parametrize(
    ("text", "place", "others"),
    [
        ("Army helicopters dropped barrel bombs near Kafr Nabl on Wednesday, killing two shepherds.", "Kafr Nabl", []),
        ("Government shelling hit the outskirts of Maarat al-Numan on Wednesday, wounding a boy.", "Maarat al-Numan", []),
        ("A roadside bomb killed three travellers on the road between Saraqeb and Ariha on Wednesday.", "Saraqeb", ["Ariha"]),
        ("قصفت قوات النظام أطراف بلدة الهبيط بقذائف الهاون يوم الأربعاء.", "الهبيط", []),
        ("سقطت قذائف صاروخية قرب مدينة جسر الشغور يوم الأربعاء، ما أدى إلى إصابة طفل.", "جسر الشغور", []),
        ("انفجرت سيارة مفخخة على الطريق بين بلدتي سرمدا والدانا يوم الأربعاء، وقتل شخصان.", "سرمدا", ["الدانا"]),
    ],
)  # fmt: skip
def test_the_town_near_or_between_which_it_happened_is_the_place(text, place, others):
    event = _event(text)
    assert event["place"]["text"] == place
    assert [p["text"] for p in event["places"]] == others

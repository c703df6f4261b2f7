"""Operations rooms and coalitions named as sides (data/faction_aliases.csv): the room led by Hurras al-Din ("وحرض
المؤمنين", its English spellings and translations) is hurras-al-din; the joint room of the factions ("الفتح المبين")
and the 2015 Army of Conquest ("جيش الفتح", "Jaish al-Fateh") have no id of their own: opposition-unspecified.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article


def _perpetrators(text: str) -> list[list[str]]:
    language = "en" if text.isascii() else "ar"
    article = Article(key="o", text=text, published=dt.datetime(2019, 5, 9, 15, 0), language=language)
    return [e["perpetrators"] for e in extract_article(article)["events"]]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ('وقصفت غرفة عمليات "وحرّض المؤمنين" مواقع لقوات النظام في بلدة جورين يوم الأربعاء.', "hurras-al-din"),
        ('The "Wa Harid al-Mu\'minin" operations room shelled army posts in Jurin on Wednesday.', "hurras-al-din"),
        ("The Rouse the Believers operations room attacked regime troops near Jurin on Wednesday.", "hurras-al-din"),
        (
            "Fighters of the al-Fateh al-Mubin operations room shelled regime posts in Kafr Nabouda on Wednesday.",
            "opposition-unspecified",
        ),
        ("وسيطر جيش الفتح على مدينة جسر الشغور يوم الأربعاء بعد معارك مع قوات النظام.", "opposition-unspecified"),
    ],
)
def test_an_operations_room_or_coalition_is_the_side_that_fired(text, side):
    assert _perpetrators(text) == [[side]]

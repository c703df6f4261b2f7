"""A munition only one side uses names that side when an incident is told with no shooter
(data/lexicon/munition_users.csv): barrel bombs fall only from the Syrian government's aircraft; cluster
munitions, rockets and mortars name nobody. Sentences written for these tests."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.factions import factions
from timeline.normalize import normalize_term
from timeline.paths import LEXICON_DIR


def _perpetrators(text: str, language: str) -> list[list[str]]:
    article = Article(key="m", text=text, published=dt.datetime(2018, 3, 8, 12, 0), language=language, source="t")
    return [e["perpetrators"] for e in extract_article(article)["events"]]


@pytest.mark.parametrize(
    "text, language",
    [
        ("قصف بالبراميل المتفجرة على بلدة كفرنبل في ريف إدلب يوم الثلاثاء أدى إلى مقتل أربعة مدنيين.", "ar"),
        ("ألقت المروحيات برميلين متفجرين على قرية الهبيط صباح الاثنين.", "ar"),
        ("Barrel bombs rained on Al-Lataminah on Monday and four civilians died.", "en"),
        ("Two children died in Habit village on Tuesday when explosive barrels fell from helicopters.", "en"),
        (
            "A helicopter dropped two barrels of explosives on the town of Kafr Nabl on Monday, killing three people.",
            "en",
        ),
    ],
)
def test_barrel_bombs_with_no_shooter_named_are_the_governments(text, language):
    assert _perpetrators(text, language) == [["syrian-government"]]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Cluster munitions hit the town of Saraqeb on Monday, killing three civilians.", "en"),
        ("سقطت قذائف صاروخية على مدينة محردة يوم الأربعاء، ما أدى لإصابة طفلين.", "ar"),
    ],
)
def test_munitions_several_sides_use_name_nobody(text, language):
    assert _perpetrators(text, language) == [[]]


def test_a_named_shooter_keeps_the_incident():
    text = "Rebels said they dropped barrel bombs from a captured helicopter on the village of Tal Malah on Monday."
    assert all("syrian-government" not in p for p in _perpetrators(text, "en"))


def test_a_munition_named_in_passing_makes_no_incident():
    text = (
        "Rebels shelled the town of Mhardeh on Monday, wounding three people. "
        "Barrel bombs, oil drums packed with explosives and scrap metal, are hard to aim."
    )
    assert _perpetrators(text, "en") == [["opposition-unspecified"]]


def test_munition_users_table_names_known_sides_once():
    known = factions()
    seen: set[str] = set()
    with open(LEXICON_DIR / "munition_users.csv", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            assert row["faction_id"] in known, f"munition_users.csv:{line}: unknown faction {row['faction_id']!r}"
            assert row["word"] == normalize_term(row["word"]), f"munition_users.csv:{line}: write it normalized"
            assert row["language"] in ("ar", "en") and row["word"].isascii() == (row["language"] == "en")
            assert row["word"] not in seen, f"munition_users.csv:{line}: {row['word']!r} twice"
            seen.add(row["word"])

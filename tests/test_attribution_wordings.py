"""Who attacked, worded as other outlets and sides word it: hedged nationalities after an English force noun,
pro-government wordings without the article, Turkish outlets' initials for the PKK and the YPG, a group noun
before a named group, "X-claimed". Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.factions import find_factions
from timeline.sentences import TextView


def _ids(text: str) -> list[str]:
    return [m.faction for m in find_factions(TextView(text).flat)]


def _perpetrators(text: str, language: str) -> list[list[str]]:
    article = Article(key="w", text=text, published=dt.datetime(2018, 3, 8, 12, 0), language=language, source="t")
    return [e["perpetrators"] for e in extract_article(article)["events"]]


@pytest.mark.parametrize(
    "phrase, ids",
    [
        ("jets thought to be Russian", ["russia"]),
        ("planes, most likely Russian,", ["russia"]),
        ("warplanes, either Syrian or Russian,", ["syrian-government", "russia"]),
        ("the Syrian Arab Air Force", ["syrian-government"]),
        ("Assad's warplanes", ["syrian-government"]),
    ],
)
def test_a_hedged_nationality_after_an_english_force_noun_names_the_attacker(phrase, ids):
    assert _ids(phrase) == ids


@pytest.mark.parametrize(
    "phrase, ids",
    [
        ("قصفت قوات الحلف السوري الروسي", ["syrian-government", "russia"]),
        ("طيران ثابت الجناح نرجح أنه روسي", ["russia"]),
        ("طائرات ثابتة الجناح نعتقد أنها سورية", ["syrian-government"]),
        ("the regime and its Russian ally", ["syrian-government", "russia"]),
    ],
)
def test_monitors_wordings_of_the_aircraft_name_their_side(phrase, ids):
    assert _ids(phrase) == ids


@pytest.mark.parametrize(
    "phrase, ids",
    [
        ("illegal armed formations", ["opposition-unspecified"]),
        ("extremist groups", ["opposition-unspecified"]),
        ("jihadist factions", ["hts"]),  # as "jihadists": the jihadist group named last, else HTS
        ("extremists", ["opposition-unspecified"]),
        ("العصابات التكفيرية", ["opposition-unspecified"]),
        ("التنظيمات المتشددة", ["opposition-unspecified"]),
        ("قوات النظام والمجموعات الجهادية", ["syrian-government", "hts"]),
    ],
)
def test_a_group_noun_with_a_word_for_its_kind_names_that_kind(phrase, ids):
    assert _ids(phrase) == ids


def test_an_ally_named_by_its_nationality_is_that_side():
    ids = _ids("دكت قوات النظام وحليفها الإيراني")
    assert ids[-1] == "iran-backed-militias" and len(ids) == 2


def test_a_hedge_with_no_force_noun_before_it_names_nobody():
    assert _ids("the toll is likely to rise, a Russian monitor said") == []


@pytest.mark.parametrize(
    "text, language, perpetrators",
    [
        (
            "Planes, probably Russian, bombed a bakery in the town of Ariha on Tuesday, killing six people.",
            "en",
            [["russia"]],
        ),
        (
            "اعتدى إرهابيون متمركزون في ريف إدلب بالقذائف على بلدة السقيلبية فجر الثلاثاء فجرحوا طفلين.",
            "ar",
            [["opposition-unspecified"]],
        ),
        ("هاجم إرهابيو بي كا كا/ي ب ك نقطة للجيش الوطني قرب بلدة مارع مساء الاثنين.", "ar", [["pkk", "sdf"]]),
        ("قصفت ميليشيا قسد بالمدفعية بلدة مارع يوم الاثنين، ما أدى لإصابة طفل.", "ar", [["sdf"]]),
        (
            "An IS-claimed bomb attack killed eight shoppers in Azaz's main market on Tuesday.",
            "en",
            [["isis"]],
        ),
        (
            "Helicopters belonging to the regime let barrels fall on Habit village on Monday.",
            "en",
            [["syrian-government"]],
        ),
    ],
)
def test_the_attacker_as_other_outlets_name_it(text, language, perpetrators):
    assert _perpetrators(text, language) == perpetrators


def test_group_descriptors_name_known_factions_once():
    import csv

    from timeline.factions import factions
    from timeline.normalize import normalize_term
    from timeline.paths import LEXICON_DIR

    known = set(factions()) | {"previous-jihadist", "previous-extremist"}
    seen: set[str] = set()
    with open(LEXICON_DIR / "group_descriptors.csv", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            assert row["faction_id"] in known, f"group_descriptors.csv:{line}: unknown faction {row['faction_id']!r}"
            assert row["word"] == normalize_term(row["word"]), f"group_descriptors.csv:{line}: write it normalized"
            assert row["language"] in ("ar", "en") and row["word"].isascii() == (row["language"] == "en")
            assert row["word"] not in seen, f"group_descriptors.csv:{line}: {row['word']!r} twice"
            seen.add(row["word"])

"""A group named by its sponsor ("Turkish-backed fighters", "الفصائل الموالية لتركيا"): the group is the sponsor's
usual client (data/lexicon/sponsors.csv) unless the words name it; the sponsor is its backer, no party.
Sentences written for these tests."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.factions import factions, find_factions
from timeline.normalize import normalize_term
from timeline.paths import LEXICON_DIR
from timeline.reference import Reference
from timeline.sentences import TextView


def _ids(text: str) -> list[str]:
    return [m.faction for m in find_factions(TextView(text).flat)]


def _perpetrators(text: str, language: str) -> list[list[str]]:
    article = Article(key="s", text=text, published=dt.datetime(2018, 3, 8, 12, 0), language=language, source="t")
    return [e["perpetrators"] for e in extract_article(article)["events"]]


@pytest.mark.parametrize(
    "phrase, ids",
    [
        ("Turkish-backed fighters", ["opposition-unspecified"]),
        ("Ankara-backed militias", ["opposition-unspecified"]),
        ("a Turkey-supported faction", ["opposition-unspecified"]),
        ("Turkish-backed Syrian forces", ["opposition-unspecified"]),  # not the Syrian government's forces
        ("Turkish-backed Free Syrian Army", ["fsa"]),  # the group's own name keeps its id
        ("Saudi-backed Jaish al-Islam", ["opposition-unspecified"]),
        ("Iranian-backed Afghan fighters", ["iran-backed-militias"]),
        ("Russian-backed government forces", ["syrian-government"]),
        ("US-backed Kurdish fighters", ["sdf"]),
        ("pro-Assad militiamen", ["syrian-government"]),
        ("pro-Turkish rebel groups", ["opposition-unspecified"]),
        ("gunmen loyal to President Assad", ["syrian-government"]),
        ("militias allied with Tehran", ["iran-backed-militias"]),
        ("الفصائل المدعومة من تركيا", ["opposition-unspecified"]),
        ("فصائل سورية موالية لأنقرة", ["opposition-unspecified"]),
        ("مجموعات مدعومة إيرانياً", ["iran-backed-militias"]),
        ("المسلحين الموالين للنظام", ["syrian-government"]),
        ("قوات النظام المدعومة من روسيا", ["syrian-government"]),
        ("عناصر الجيش الوطني المحسوب على تركيا", ["opposition-unspecified"]),
    ],
)
def test_a_group_named_by_its_sponsor_is_the_sponsors_client(phrase, ids):
    assert _ids(phrase) == ids


@pytest.mark.parametrize(
    "phrase, ids",
    [
        ("anti-government gunmen", ["opposition-unspecified"]),  # not the government's forces
        ("anti-Assad fighters", ["opposition-unspecified"]),
        ("militias hostile to the regime", ["opposition-unspecified"]),
        ("anti-Turkish forces", ["sdf"]),
        ("مجموعات مناوئة للنظام السوري", ["opposition-unspecified"]),
        ("الفصائل المناهضة لحكومة دمشق", ["opposition-unspecified"]),
    ],
)
def test_a_group_named_as_a_sides_enemy_is_that_sides_opponent(phrase, ids):
    assert _ids(phrase) == ids


def test_an_enemy_is_named_with_lam_only():
    assert _ids("عناصر معارضة من دمشق") == []  # where they come from, not whom they fight


def test_a_sponsor_with_no_group_after_it_names_no_party():
    assert _ids("a Russian-backed plan for the province") == []
    assert _ids("Turkish-made drones") == []


def test_a_unit_of_a_states_army_is_that_army():
    assert _ids("قوات خاصة تابعة للجيش التركي") == ["turkey"]


def test_the_nearest_group_before_the_loyalty_is_the_client():
    # the forces named first keep their own id; only the militias are Iran's
    ids = _ids("قوات النظام والميليشيات الموالية لطهران")
    assert ids[0] == "syrian-government" and ids[1:] == ["iran-backed-militias"]


def test_a_sponsor_is_no_target_of_the_groups_fire():
    # "تركيا" after "المدعومة من" was read as the side shelled
    text = "قصفت الفصائل المدعومة من تركيا بلدة تل رفعت بالمدفعية صباح الثلاثاء فجرح ثلاثة مدنيين."
    article = Article(key="s", text=text, published=dt.datetime(2018, 3, 8, 12, 0), language="ar", source="t")
    (event,) = extract_article(article)["events"]
    assert event["perpetrators"] == ["opposition-unspecified"] and "turkey" not in event["targets"]


@pytest.mark.parametrize(
    "text, language, perpetrators",
    [
        (
            "Ankara-backed gunmen shelled the village of Tal Rifaat on Tuesday, wounding four people.",
            "en",
            [["opposition-unspecified"]],
        ),
        (
            "Fighters loyal to the Syrian government stormed the village of Tal Malah on Monday.",
            "en",
            [["syrian-government"]],
        ),
        (
            "Iran-backed forces attacked rebel posts close to Khan Touman on Monday.",
            "en",
            [["iran-backed-militias"]],
        ),
        (
            "استهدفت الفصائل الموالية لأنقرة بقذائف الهاون قرية عين دقنة مساء الاثنين، ما أدى لمقتل طفل.",
            "ar",
            [["opposition-unspecified"]],
        ),
    ],
)
def test_the_client_is_the_incidents_perpetrator(text, language, perpetrators):
    assert _perpetrators(text, language) == perpetrators


def test_sponsors_table_names_known_clients_once():
    known = factions()
    seen: set[str] = set()
    with open(LEXICON_DIR / "sponsors.csv", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            assert row["client"] in known, f"sponsors.csv:{line}: unknown faction {row['client']!r}"
            assert not row["opponent"] or row["opponent"] in known, f"sponsors.csv:{line}: unknown opponent"
            assert row["word"] == normalize_term(row["word"]), f"sponsors.csv:{line}: write the word normalized"
            assert row["language"] in ("ar", "en") and row["word"].isascii() == (row["language"] == "en")
            assert row["word"] not in seen, f"sponsors.csv:{line}: {row['word']!r} twice"
            seen.add(row["word"])


def test_a_bad_sponsor_row_names_the_file_and_line(tmp_path):
    import shutil

    from timeline.paths import DATA_DIR

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("timeline.sqlite*", "sample", "basemap"))
    with open(data / "lexicon" / "sponsors.csv", "a", encoding="utf-8") as fh:
        fh.write("ruritanian,en,ruritania-army,,\n")
    with pytest.raises(ValueError, match=r"sponsors\.csv:\d+: unknown faction id 'ruritania-army'"):
        Reference.load(data)

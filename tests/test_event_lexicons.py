"""Integrity of the word tables incident extraction reads (data/lexicon/), and what they are for."""

import csv

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.factions import factions
from timeline.normalize import normalize_term
from timeline.paths import LEXICON_DIR


def _rows(name: str) -> list[dict]:
    with open(LEXICON_DIR / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize(
    "name",
    [
        "anticipation_words.csv",
        "civilian_status_nouns.csv",
        "destination_cues.csv",
        "force_nouns.csv",
        "nationality_adjectives.csv",
    ],
)
def test_tables_have_words_once_each_with_a_language(name):
    rows = _rows(name)
    assert rows, name
    keys = [normalize_term(r["word"]) for r in rows]
    assert all(keys), f"{name}: an empty word"
    assert len(keys) == len(set(keys)), f"{name}: a word twice after normalization"
    for n, r in enumerate(rows, start=2):
        assert r["language"] in ("ar", "en"), f"{name} row {n}: language {r['language']!r}"
        assert r["word"].isascii() == (r["language"] == "en"), f"{name} row {n}: script and language disagree"


def test_nationality_adjectives_name_known_factions():
    known = factions()
    for n, r in enumerate(_rows("nationality_adjectives.csv"), start=2):
        assert r["faction_id"] in known, f"nationality_adjectives.csv row {n}: unknown faction {r['faction_id']!r}"


@pytest.mark.parametrize(
    "text, language, place",
    [
        ("استهدفت غارة روسية اليوم الأحد رتلاً عسكرياً متجهاً إلى مدينة سراقب قرب بلدة كفرنبل.", "ar", "Kafranbel"),
        ("Russian jets on Sunday struck a convoy heading to Saraqib near the town of Kafranbel.", "en", "Kafranbel"),
    ],
    ids=["ar", "en"],
)
def test_a_convoys_destination_is_not_where_it_was_hit(text, language, place):
    article = Article(key="t", text=text, published=None, language=language, source="test")
    (event,) = extract_article(article)["events"]
    assert event["place"]["name"] == place


@pytest.mark.parametrize(
    "text, language",
    [
        ("نزح آلاف المدنيين اليوم الأحد من مدينة سراقب خشية هجوم روسي وشيك على المدينة.", "ar"),
        ("Thousands fled Saraqib on Sunday, fearing an imminent attack by government forces on the town.", "en"),
        ("ويخشى سكان سراقب اليوم أن تتخذ القوات الروسية القصف ذريعة لشن عملية عسكرية على المدينة.", "ar"),
        ("وتنفذ خلايا داعش في بعض الأحيان هجمات خاطفة على الحواجز في البادية.", "ar"),
        ("ووثق المرصد خلال هذه الفترة مقتل نحو 40 مدنياً بقذائف الفصائل.", "ar"),
        ("وعانت بلدة نبل طوال سنوات من قصف الفصائل الذي أودى بحياة العشرات.", "ar"),
        ("The town of Nubl was shelled by rebels for years, killing dozens.", "en"),
        ("وقال محلل إن حشد قوات النظام حول بلدة اللطامنة يمهد لهجوم بري واسع.", "ar"),
        ("ويتحدث أهالي مدينة كفرنبل عن احتمال هجوم بري للجيش.", "ar"),
    ],
    ids=[
        "ar",
        "en",
        "ar-pretext",
        "ar-at-times",
        "ar-over-the-period",
        "ar-for-years",
        "en-for-years",
        "ar-paves-the-way",
        "ar-possibility",
    ],
)
def test_an_attack_feared_or_a_habit_or_a_periods_total_is_no_incident(text, language):
    article = Article(key="t", text=text, published=None, language=language, source="test")
    assert extract_article(article)["events"] == []

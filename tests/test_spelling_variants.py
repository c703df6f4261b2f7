"""Extraction is robust to the spellings and typography of other outlets (``benchmarks/variant_stress.py`` measures it
on the real corpora): invented reports, each written once as one outlet would and once as another, give the same
incident; and one cheap transformation of the benchmark is run here so that the benchmark itself keeps working."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.factions import find_factions
from timeline.sentences import TextView

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import variant_stress  # noqa: E402

PUBLISHED = dt.datetime(2019, 5, 14, 12, 0)


def _incidents(text: str, language: str) -> list[tuple]:
    """(day, type, perpetrators, place name, killed figures) of each incident extracted from ``text``."""
    article = Article(key="v", text=text, published=PUBLISHED, language=language, source="test")
    return [
        (
            e["first"],
            e["type"],
            tuple(e["perpetrators"]),
            (e["place"] or {}).get("name"),
            tuple(sorted(c["killed"] for c in e["claims"] if c["killed"] is not None)),
        )
        for e in extract_article(article)["events"]
    ]


def _transformation(name: str) -> variant_stress.Transformation:
    return next(t for t in variant_stress.TRANSFORMATIONS if t.name == name)


def test_a_report_with_invisible_marks_inside_words_and_numbers_gives_the_same_incident():
    text = "استهدفت مدفعية النظام صباح الأحد بلدة كفرنبل جنوبي إدلب فقتلت 4 مدنيين وجرحت طفلاً."
    marked = (
        "استهدفت مدفعية الن\u200bظام صباح الأحد بلدة كفر\u00adنبل جنوبي \u2067إدلب\u2069 فقتلت "
        "\u200f4\u200f مدني\ufeffين وجرحت طفلاً."
    )
    expected = _incidents(text, "ar")
    assert expected and expected[0][3] and expected[0][4] == (4,)
    assert _incidents(marked, "ar") == expected


def test_counts_in_words_give_the_same_figures_as_counts_in_digits():
    digits = "Government rockets killed 23 civilians in Maarat al-Numan on Sunday, activists said."
    words = "Government rockets killed twenty-three civilians in Maarat al-Numan on Sunday, activists said."
    assert _incidents(digits, "en")[0][4] == (23,)
    assert _incidents(words, "en") == _incidents(digits, "en")


@pytest.mark.parametrize(
    "variant",
    [
        "Government shells hit Khan el-Assal on Sunday, killing three fighters, activists said.",
        "Government shells hit Khan Al Assal on Sunday, killing three fighters, activists said.",
    ],
)
def test_the_article_of_a_name_in_another_romanization_finds_the_same_place(variant):
    listed = "Government shells hit Khan al-Assal on Sunday, killing three fighters, activists said."
    assert _incidents(listed, "en")[0][3]
    assert _incidents(variant, "en") == _incidents(listed, "en")


def test_a_group_named_without_the_hyphens_of_its_name_is_the_same_group():
    for hyphenated, spaced in (("Ahrar al-Sham", "Ahrar al Sham"), ("Hurras al-Din", "Hurras al Din")):
        view, spaced_view = TextView(f"Fighters of {hyphenated} attacked."), TextView(f"Fighters of {spaced} attacked.")
        found = [m.faction for m in find_factions(view.flat, view.original)]
        assert found and [m.faction for m in find_factions(spaced_view.flat, spaced_view.original)] == found


def test_the_monitor_named_by_its_acronym_is_a_source_and_no_place():
    text = "Regime jets killed six people in Kafr Hamra on Sunday, SOHR said."
    article = Article(key="v", text=text, published=PUBLISHED, language="en", source="test")
    (event,) = extract_article(article)["events"]
    assert event["place"]["text"] == "Kafr Hamra"
    assert [(c["source"], c["source_kind"]) for c in event["claims"]] == [("SOHR", "monitor")]


def test_the_stress_benchmark_rewrites_a_corpus_and_its_gold_alike(tmp_path):
    """One cheap transformation (final ة as ه) over a tiny invented corpus: the report and the gold strings the
    scorer matches are rewritten alike, the metadata is copied, and the rewritten report gives the same incident."""
    corpus = tmp_path / "mini"
    (corpus / "gold").mkdir(parents=True)
    text = "قصفت قوات النظام قرية الهبيط في ريف إدلب صباح الأحد، ما أدى إلى مقتل ثلاثة مدنيين بحسب مصادر محلية."
    (corpus / "r1.txt").write_text(text, encoding="utf-8")
    (corpus / "r1.meta.json").write_text(json.dumps({"published": "2019-05-14"}), encoding="utf-8")
    gold = {
        "id": "r1",
        "dates": [{"text": "صباح الأحد", "value": "2019-05-12", "kind": "relative"}],
        "events": [{"places": ["قرية الهبيط"], "sources": ["مصادر محلية"], "killed": [3]}],
    }
    (corpus / "gold" / "r1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    rewrite = _transformation("ta-marbuta-as-ha").rewrite
    out = tmp_path / "out"
    variant_stress.write_variant(corpus, out, rewrite)

    rewritten = (out / "r1.txt").read_text(encoding="utf-8")
    assert rewritten == rewrite(text) and "ة" not in rewritten and "قريه الهبيط" in rewritten
    assert json.loads((out / "r1.meta.json").read_text(encoding="utf-8")) == {"published": "2019-05-14"}
    new_gold = json.loads((out / "gold" / "r1.json").read_text(encoding="utf-8"))
    assert new_gold["events"][0]["places"] == ["قريه الهبيط"]
    assert new_gold["events"][0]["sources"] == ["مصادر محليه"]
    assert new_gold["events"][0]["killed"] == [3]
    assert _incidents(rewritten, "ar") == _incidents(text, "ar") != []


def test_every_transformation_changes_only_what_it_says_and_picks_words_alike_with_a_proclitic():
    sentence = "قصفت الطائرات بلدة سراقب وقرية معرة حرمة يوم 12 آذار"
    for t in variant_stress.TRANSFORMATIONS:
        assert isinstance(t.rewrite(sentence), str) and t.why
    zwnj = _transformation("zwnj").rewrite
    # the same name with or without "و" before it is rewritten alike, so the gold string still matches the text
    assert zwnj("وسراقب").endswith(zwnj("سراقب"))
    assert _transformation("digits-persian").rewrite("12") == "۱۲"
    assert _transformation("numbers-as-words").rewrite("killing 3 people on 12 March") == (
        "killing three people on 12 March"
    )


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("9 شتنبر 2018", "2018-09-09"),
        ("21 غشت 2018", "2018-08-21"),
        ("4 يوليوز 2018", "2018-07-04"),
        ("2 ماي 2018", "2018-05-02"),
    ],
)
def test_moroccan_month_names_are_months(written, day):
    from timeline.dates import tag_dates

    found = tag_dates(f"وقع القصف يوم {written} على أطراف البلدة.", dt.datetime(2018, 10, 1), "ar")
    assert [(written in d.text, d.first.isoformat(), d.last.isoformat()) for d in found] == [(True, day, day)]


def test_a_month_printed_with_its_other_name_in_parentheses_is_one_date():
    from timeline.dates import tag_dates

    for written in ("14 تموز (يوليو) 2017", "14 تموز/يوليو 2017"):
        found = tag_dates(f"انفجرت عبوة في السوق يوم {written} وقتل رجلان.", dt.datetime(2018, 10, 1), "ar")
        assert [(written in d.text, d.first.isoformat(), d.last.isoformat()) for d in found] == [
            (True, "2017-07-14", "2017-07-14")
        ]

"""The one label table (data/labels.csv) the charts, the dashboard and the briefings read."""

from __future__ import annotations

import csv
import re

import pytest

from timeline import labels as labels_mod
from timeline.labels import LABELS_FILE, PLURAL_FORMS, SCOPES, counted, labels, plural_form


def rows() -> list[dict]:
    with LABELS_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_label_has_english_and_arabic_with_the_same_placeholders():
    for row in rows():
        assert row["scope"] in SCOPES, row
        assert row["en"].strip() and row["ar"].strip(), row["key"]
        if row["key"].startswith("count_"):  # Arabic writes one and two as words: "حادثتان", no figure
            assert set(re.findall(r"\{(\w*)\}", row["en"] + row["ar"])) <= {"n"}, row["key"]
        else:
            assert set(re.findall(r"\{(\w*)\}", row["en"])) == set(re.findall(r"\{(\w*)\}", row["ar"])), row["key"]
        words = re.sub(r"\{\w*\}", "", row["ar"])
        if row["key"] != "language" and re.search(r"[^\W\d_]", words):  # the switch names the other language
            assert re.search("[\u0600-\u06ff]", words), f"{row['key']}: the Arabic column has no Arabic"


def test_shared_labels_are_written_once_and_seen_by_every_scope():
    keys = [(row["scope"], row["key"]) for row in rows()]
    assert len(keys) == len(set(keys))
    shared = {key for scope, key in keys if scope == "shared"}
    assert {"review_confirmed", "verdict_outside"} <= shared
    assert not shared & {key for scope, key in keys if scope != "shared"}
    for scope in ("chart", "dashboard", "briefing"):
        assert labels(scope)["verdict_outside"]["ar"] == "خارج المنطقة التقريبية"


def test_a_bad_row_is_named(tmp_path, monkeypatch):
    bad = tmp_path / "labels.csv"
    bad.write_text("scope,key,en,ar\nshared,x,a,ب\nmenu,y,b,ج\n", encoding="utf-8")
    monkeypatch.setattr(labels_mod, "LABELS_FILE", bad)
    labels_mod._table.cache_clear()
    try:
        with pytest.raises(ValueError, match="row 3: unknown scope 'menu'"):
            labels_mod._table()
    finally:
        labels_mod._table.cache_clear()


def test_every_counted_noun_has_every_form_and_the_plural_forms_show_the_figure():
    keys = {row["key"]: row for row in rows() if row["key"].startswith("count_")}
    nouns = {key.removeprefix("count_").rsplit("_", 1)[0] for key in keys}
    assert {"incidents", "articles", "incident_reports", "named_outlets"} <= nouns
    for noun in nouns:
        for form in PLURAL_FORMS:
            row = keys[f"count_{noun}_{form}"]
            assert row["scope"] == "shared", row["key"]
            assert "{n}" in row["en"], row["key"]
            if form in ("few", "many", "other"):
                assert "{n}" in row["ar"], row["key"]
    assert len(keys) == len(nouns) * len(PLURAL_FORMS)  # no stray form


def test_a_count_takes_the_singular_for_one_and_the_arabic_forms_for_two_few_and_many():
    assert [counted(n, "incidents", "en") for n in (0, 1, 2, 21)] == [
        "0 incidents",
        "1 incident",
        "2 incidents",
        "21 incidents",
    ]
    assert [counted(n, "incidents", "ar") for n in (1, 2, 3, 10, 11, 99, 100, 103, 111)] == [
        "حادثة واحدة", "حادثتان", "3 حوادث", "10 حوادث", "11 حادثة", "99 حادثة", "100 حادثة", "103 حوادث", "111 حادثة",
    ]  # fmt: skip
    assert [plural_form(n, "en") for n in (1, 2, 5, 12)] == ["one", "other", "other", "other"]
    assert (
        counted(1203, "incident_reports", "en") == "1,203 incident reports"
    )  # thousands grouped, as the dashboard shows

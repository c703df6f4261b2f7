"""The one label table (data/labels.csv) the charts, the dashboard and the briefings read."""

from __future__ import annotations

import csv
import re

import pytest

from timeline import labels as labels_mod
from timeline.labels import LABELS_FILE, SCOPES, labels


def rows() -> list[dict]:
    with LABELS_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_label_has_english_and_arabic_with_the_same_placeholders():
    for row in rows():
        assert row["scope"] in SCOPES, row
        assert row["en"].strip() and row["ar"].strip(), row["key"]
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

"""Issue 15, item 1: no row already in a store can make a later read fail (a year-0001 report written
before the readers rejected such dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.merge import Report
from timeline.store import Store

PLACE = {"text": "بلدة", "name": "Town", "admin1": "Idlib", "pcode": "SY070201"}


def _result(key, first):
    event = {"id": "e1", "first": first, "last": first, "type": "shelling", "perpetrators": ["syrian-government"],
             "targets": ["civilians"], "place": PLACE, "claims": [], "evidence": [[0, 4]]}  # fmt: skip
    return {"article": {"key": key, "published": None}, "dates": [], "events": [event]}


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.sqlite")
    yield s
    s.close()


def test_a_stored_year_one_report_is_read_as_undated(store):
    store.save_article("/r/old.jsonl::old#1", "h1", _result("old#1", "0001-01-01"), "نص أول")
    store.save_article("/r/new.jsonl::new#1", "h2", _result("new#1", "2019-03-01"), "نص ثان")
    frame = store.incidents_frame()
    assert len(frame) == 2
    assert frame["first"].isna().sum() == 1
    assert store.incident_count() == 2


@pytest.mark.parametrize("first", ["0001-01-01", "9999-12-31"])
def test_a_report_outside_the_window_has_no_dates(first):
    day = dt.date.fromisoformat(first)
    report = Report("k", "u", day, day, "shelling")
    assert (report.first, report.last, report.span_days) == (None, None, None)

"""Issue 15, item 1: no row already in a store can make a later read fail (a year-0001 report written
before the readers rejected such dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import cli
from timeline.dashboard.data import DashboardData
from timeline.dashboard.urlstate import ViewState
from timeline.dashboard.view import view_outputs
from timeline.incident_detail import incident_detail
from timeline.merge import Report
from timeline.store import Store

PLACE = {"text": "بلدة", "name": "Town", "admin1": "Idlib", "pcode": "SY070201"}


def _result(key, first, published=None):
    event = {"id": "e1", "first": first, "last": first, "type": "shelling", "perpetrators": ["syrian-government"],
             "targets": ["civilians"], "place": PLACE, "claims": [], "evidence": [[0, 4]]}  # fmt: skip
    return {"article": {"key": key, "published": published}, "dates": [], "events": [event]}


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


def test_every_reader_of_a_store_holding_a_year_one_report_works(tmp_path, capsys):
    path = tmp_path / "t.sqlite"
    store = Store(path)
    store.save_article("/r/a::a#1", "h1", _result("a#1", "0001-01-01", "0001-01-01T12:00:00"), "نص أول")
    store.save_article("/r/b::b#1", "h2", _result("b#1", "2019-03-01", "2019-03-02T10:00:00"), "نص ثان")
    assert len(store.articles_frame()) == 2
    assert all(incident_detail(store, i) for i in store.incidents_frame()["incident_id"])
    assert view_outputs(DashboardData(store), ViewState(), "over_time")[1].startswith("2 incidents")
    store.close()
    assert cli.main(["events", "--db", str(path)]) == 0
    assert cli.main(["export", "--db", str(path), "--format", "csv", "--out", str(tmp_path / "x.csv")]) == 0
    out = tmp_path / "b.md"
    assert cli.main(["brief", "--db", str(path), "--from", "2019-01-01", "--to", "2019-12-31", "--out", str(out)]) == 0
    assert out.exists()

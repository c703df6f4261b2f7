"""Issue 15, items 3, 9 and 10: commands, downloads and the dashboard over awkward stores and requests."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from types import SimpleNamespace

import pytest
import sqlalchemy as sa

from timeline import cli
from timeline.commands import events
from timeline.csvsafe import safe_cell
from timeline.dashboard import downloads
from timeline.dashboard.data import DashboardData
from timeline.dashboard.server import create_app
from timeline.dashboard.urlstate import ViewState
from timeline.store import Store

PLACE = {"text": "=1+2", "name": "@SUM(A1)", "admin1": "Idlib", "pcode": "SY070201"}


def _result(key, first, source="Outlet"):
    event = {"id": "e1", "first": first, "last": first, "type": "shelling", "perpetrators": ["syrian-government"],
             "targets": ["civilians"], "place": PLACE, "claims": [{"source": "-2+3", "killed": 2}],
             "evidence": [[0, 4]]}  # fmt: skip
    return {"article": {"key": key, "published": "2019-03-02T10:00", "source": source}, "dates": [], "events": [event]}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.sqlite"
    store = Store(path)
    store.save_article("/r/a::a#1", "h1", _result("a#1", None), "نص أول")
    store.save_article("/r/b::b#1", "h2", _result("b#1", "2019-03-01", source='=HYPERLINK("http://x")'), "نص ثان")
    store.close()
    return path


# -- item 3 ----------------------------------------------------------------------------------------


def test_events_without_filters_lists_an_undated_incident(db, capsys):
    assert cli.main(["events", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("2 incidents")
    assert "2019-03-01" in out


# -- item 9 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "safe"),
    [("=1+2", "'=1+2"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
     ("  =x", "'  =x"), ("Idlib", "Idlib"), (-3, -3), (2.5, 2.5), (None, None)],
)  # fmt: skip
def test_a_cell_a_spreadsheet_would_run_gets_a_quote(value, safe):
    assert safe_cell(value) == safe


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _no_formula(cells):
    return [c for c in cells if c.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r"))]


def test_the_export_command_writes_no_formula(db, tmp_path):
    out = tmp_path / "x.csv"
    assert cli.main(["export", "--db", str(db), "--format", "csv", "--out", str(out)]) == 0
    cells = _cells(out.read_text(encoding="utf-8"))
    assert _no_formula(cells) == []
    assert '\'=HYPERLINK("http://x")' in cells and "'@SUM(A1)" in cells


def test_dashboard_csv_and_reviews_downloads_write_no_formula(db):
    store = Store(db)
    incident = store.incidents_frame()["incident_id"].iloc[0]
    store.save_review(incident, "confirm", note="=cmd|' /C calc'!A0", analyst="+analyst")
    incidents_csv = downloads.csv_bytes(DashboardData(store), ViewState()).decode("utf-8")
    reviews_csv = downloads.reviews_bytes(SimpleNamespace(store=store)).decode("utf-8")
    store.close()
    assert _no_formula(_cells(incidents_csv)) == []
    cells = _cells(reviews_csv)
    assert _no_formula(cells) == []
    assert "'=cmd|' /C calc'!A0" in cells and "'+analyst" in cells


# -- item 10 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["events"], ["export", "--format", "csv"], ["ingest", "--quiet", "reports"]])
def test_a_file_that_is_not_a_store_is_one_message(tmp_path, capsys, command, monkeypatch):
    bogus = tmp_path / "passwd"
    bogus.write_text("root:x:0:0:root:/root:/bin/bash\n" * 50, encoding="utf-8")
    (tmp_path / "reports").mkdir()  # an input that exists: the store is what is wrong
    monkeypatch.chdir(tmp_path)
    assert cli.main([*command, "--db", str(bogus)]) == 2
    err = capsys.readouterr().err
    assert err == f"error: cannot open the store sqlite:///{bogus}: file is not a database\n"


def test_a_period_that_is_not_a_date_never_reaches_the_analysis():
    assert ViewState(start="2019-99-99", end="garbage").filter_dict()["start"] is None
    assert ViewState.from_dict({"start": 12, "end": "2019-02-30"}).end is None
    assert ViewState(start="2019-03-01T00:00:00").start == "2019-03-01"


def test_a_crafted_period_gets_no_http_500(db):
    app = create_app(Store(db))
    inputs = [
        {"id": "f-period", "property": "start_date", "value": "not-a-date"},
        {"id": "f-period", "property": "end_date", "value": "2019-13-45"},
        {"id": "f-flags", "property": "value", "value": []},
        *[{"id": f"f-{key}", "property": "value", "value": []} for key in
          ("faction", "bloc", "admin1", "admin2", "type", "outlet", "review")],
        {"id": "figure-tab", "property": "value", "value": "over_time"},
        {"id": "data-version", "property": "data", "value": 0},
    ]  # fmt: skip
    payload = {
        "output": "..view.data...summary.children...figure.figure..",
        "outputs": [
            {"id": "view", "property": "data"},
            {"id": "summary", "property": "children"},
            {"id": "figure", "property": "figure"},
        ],  # fmt: skip
        "inputs": inputs,
        "changedPropIds": ["f-period.start_date"],
        "state": [{"id": "lang", "property": "data", "value": "en"}],
    }
    response = app.server.test_client().post(
        "/_dash-update-component", data=json.dumps(payload), content_type="application/json"
    )
    assert response.status_code == 200, response.data[:500]
    assert json.loads(response.data)["response"]["view"]["data"]["start"] is None


def test_a_store_failing_mid_command_is_one_message(monkeypatch, capsys):
    class Failing:
        def incidents_frame(self):
            raise sa.exc.OperationalError(
                "SELECT 1", {}, sqlite3.OperationalError("attempt to write a readonly database")
            )

    monkeypatch.setattr(events, "open_existing_store", lambda db: Failing())
    assert cli.main(["events"]) == 2
    assert capsys.readouterr().err == "error: the store failed: attempt to write a readonly database\n"

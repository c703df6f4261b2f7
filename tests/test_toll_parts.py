"""A town's part of a region's toll, told in the same report, is an incident of its own whose dead the region's
incident already counts: totals count the incident, not its figure twice (an invented two-incident store)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
import sqlalchemy as sa
from test_store import HALFAYA, event, result

from timeline import analysis, export
from timeline.analysis import Filters
from timeline.briefing.content import build_briefing
from timeline.dashboard.view import summary_text
from timeline.store import SCHEMA_VERSION, Store

REGION = {"text": "ريف حماة الغربي", "name": "western Hama countryside", "name_ar": "ريف حماة الغربي",
          "admin1": "Hama", "precision": 3}  # fmt: skip
TEXT = "قصف في ريف حماة الغربي أوقع أربعين قتيلاً، منهم اثنا عشر في حلفايا."
PERIOD = Filters(start=date(2018, 11, 1), end=date(2018, 11, 30))


def two_incidents(store: Store) -> None:
    """One report: 40 killed across a region, 12 of them in one of its towns (a subset claim)."""
    region = event("e1", type_="shelling", perps=("syrian-government",), targets=("civilians",), place=REGION,
                   claims=[{"source": "monitor", "killed": 40, "evidence": [[28, 34]]}])  # fmt: skip
    town = event("e2", type_="shelling", perps=("syrian-government",), targets=("civilians",), place=HALFAYA,
                 claims=[{"source": "monitor", "killed": 12, "subset": True, "evidence": [[47, 57]]}])  # fmt: skip
    store.save_article("/r/t.txt::t", "h-t", result("t", "Outlet T", [region, town]), TEXT)


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "store.sqlite")
    two_incidents(store)
    yield store
    store.close()


def test_the_towns_incident_keeps_its_figure_and_is_marked_a_part(store):
    frame = store.incidents_frame().set_index("place_name")
    assert len(frame) == 2
    assert frame.loc["Halfaya", "killed_best"] == 12 and frame.loc["Halfaya", "part_of_toll"]
    assert frame.loc["western Hama countryside", "killed_best"] == 40
    assert not frame.loc["western Hama countryside", "part_of_toll"]


def test_totals_count_the_dead_once(store):
    frame = store.incidents_frame()
    rows = analysis.explode_perpetrators(frame)
    totals = analysis.compare_periods(rows, PERIOD).totals["current"]
    assert (totals["incidents"], totals["killed_best"], totals["killed_high"]) == (2, 40, 40)
    assert analysis.killed_by_faction(rows).loc["syrian-government", "killed_best"] == 40
    assert analysis.counts_by_place(rows)["killed_best"].sum() == 40
    assert analysis.counts_by_outlet(frame).loc["Outlet T", "killed_best"] == 40
    assert summary_text(frame, "en").startswith("2 incidents, 40 killed")


def test_the_briefing_headline_counts_the_dead_once(store):
    briefing = build_briefing(store, PERIOD, with_charts=False)
    assert briefing.totals.loc["killed_best", "current"] == 40
    assert briefing.by_faction.loc["syrian-government", "killed_best"] == 40


def test_the_towns_figure_counts_when_the_selection_leaves_the_region_out(store):
    rows = analysis.explode_perpetrators(store.incidents_frame())
    only_the_town = rows[rows["place_name"] == "Halfaya"]
    assert analysis.killed_by_faction(only_the_town).loc["syrian-government", "killed_best"] == 12


def test_a_part_on_another_day_than_any_whole_counts(store):
    frame = store.incidents_frame()
    frame.loc[frame["place_name"] == "Halfaya", "first"] = frame["first"].iloc[0] + pd.Timedelta(days=1)
    assert analysis.tolls_counted_once(frame)["killed_best"].sum() == 52


def test_an_analysts_toll_for_the_town_is_its_own(store):
    town = store.incidents_frame().set_index("place_name").loc["Halfaya", "incident_id"]
    store.save_review(town, "correct", {"killed_low": 12, "killed_best": 12, "killed_high": 12})
    frame = store.incidents_frame()
    assert not frame["part_of_toll"].any()
    assert analysis.tolls_counted_once(frame)["killed_best"].sum() == 52


def test_a_version_6_store_marks_its_parts(tmp_path):
    path = tmp_path / "old.sqlite"
    two_incidents(Store(path))
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE incidents DROP COLUMN part_of_toll"))
        conn.execute(sa.text("UPDATE meta SET value = '6' WHERE key = 'schema_version'"))
    engine.dispose()
    reopened = Store(path)
    assert reopened.schema_version() == SCHEMA_VERSION
    assert reopened.incidents_frame()["part_of_toll"].sum() == 1


def test_the_export_marks_the_part_so_a_sum_of_fatalities_can_leave_it_out(store):
    rows = {r["location"]: r for r in export.acled_rows(store.incidents_frame())}
    town, region = rows["Halfaya"], rows["western Hama countryside"]
    assert (town["fatalities"], town["part_of_toll"], region["part_of_toll"]) == (12, True, False)
    assert "part of a larger toll the same report gives" in town["notes"]
    assert "part of a larger toll" not in region["notes"]
    header = export.to_csv(store.incidents_frame()).splitlines()[0]
    assert header.endswith(",days_since,part_of_toll")

"""The dashboard's snapshot follows the store by patches: what changed since its revision, read alone,
gives exactly the snapshot a full read builds."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_incidents import PLACES, apply, article, operation
from test_store import event, result, test_zone  # noqa: F401 - the fixture replaces the zone data

from timeline.dashboard import data as data_mod
from timeline.dashboard.data import DashboardData, Snapshot
from timeline.dashboard.urlstate import ViewState
from timeline.dashboard.view import view_outputs
from timeline.schema import SCHEMA_VERSION, get_meta, incidents, meta, removed_incidents, set_meta
from timeline.store import Store

# an article with an undated report and one with several perpetrators: the order's and the rows' edge cases
odd = st.tuples(st.just("odd"), st.integers(0, 7), st.sampled_from(["undated", "sides"]))
withdrawn = st.tuples(st.just("withdraw"), st.integers(0, 7), st.just(None))  # an article re-saved without reports


def odd_article(number: int, kind: str) -> tuple[str, str, dict, str]:
    if kind == "undated":
        items = [event("e1", first=None, last=None, place=PLACES[number % 3], claims=[{"source": "s", "killed": 2}])]
    else:
        items = [event("e1", first=f"2019-03-{11 + number % 4:02d}", perps=("hts", "syrian-government"),
                       place=PLACES[number % 3], claims=[{"source": "s", "killed": number}])]  # fmt: skip
    return f"/h/a{number}.txt::a{number}", f"{kind}-{number}", result(f"a{number}", "Outlet 9", items), "نص " * 20


def change(store: Store, op: tuple) -> None:
    kind, number, detail = op
    if kind == "odd":
        store.save_articles([odd_article(number, detail)])
    elif kind == "withdraw":
        store.save_articles([article(number, [])])
    else:
        apply(store, op)


def assert_same(patched: Snapshot, built: Snapshot) -> None:
    assert patched.revision == built.revision
    pd.testing.assert_frame_equal(patched.incidents, built.incidents)
    pd.testing.assert_frame_equal(patched.rows, built.rows)
    assert patched.values == built.values and patched.sample_loaded == built.sample_loaded
    a, b = patched.outlets, built.outlets
    assert (a.column, a.length) == (b.column, b.length)
    np.testing.assert_array_equal(a.positions, b.positions)
    np.testing.assert_array_equal(a.codes, b.codes)
    pd.testing.assert_index_equal(a.values, b.values)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.one_of(operation, odd, withdrawn), st.booleans()), min_size=1, max_size=8))
def test_a_patched_snapshot_equals_a_freshly_built_one(steps):
    """Ingests, withdrawals, splits, merges and corrections, the dashboard looking in between or not; a
    server restarted from the file of the first snapshot patches it to the same result too."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "t.sqlite")
        change(store, ("save", 1, [(0, 0, 0, "shelling", 0)]))
        running = DashboardData(store)
        first_revision = running.snapshot().revision
        running.saving.join()
        first_file = Path(running.snapshot_file.path).read_bytes()
        seen = first_revision
        for op, look in steps:
            change(store, op)
            if look:
                assert_same(running.snapshot(), DashboardData(store, False)._build_snapshot(store.revision()))
                assert running.last_source == ("built" if seen == first_revision == store.revision() else "patched")
                seen = store.revision()
        built = DashboardData(store, False)._build_snapshot(store.revision())
        assert_same(running.snapshot(), built)
        running.saving.join()
        Path(running.snapshot_file.path).write_bytes(first_file)  # a server stopped before all these changes
        restarted = DashboardData(store)
        assert_same(restarted.snapshot(), built)
        assert restarted.last_source == ("file" if built.revision == first_revision else "patched")
        store.close()


def test_a_running_server_sees_a_write_by_reading_only_what_changed(store, monkeypatch):
    from test_dashboard_units import fill

    fill(store)
    data = DashboardData(store)
    before = data.snapshot()
    shown = view_outputs(data, ViewState(), "killed")
    target = before.incidents["incident_id"].iloc[0]
    elsewhere = Store(store.url)  # another process: an analyst's review
    elsewhere.save_review(target, "reject", note="a duplicate")
    elsewhere.save_article("/r/new.txt::n", "h-new", result("n", "Outlet New", [event(first="2019-02-01")]), "نص")

    def no_full_read():
        raise AssertionError("the whole incidents table was read again for a small change")

    monkeypatch.setattr(store, "incidents_frame", no_full_read)
    after = data.snapshot()
    assert data.last_source == "patched" and after.revision == store.revision() > before.revision
    assert after.incidents.set_index("incident_id").loc[target, "review_state"] == "rejected"
    assert len(after.incidents) == len(before.incidents) + 1 and "Outlet New" in after.values["outlet"]
    assert view_outputs(data, ViewState(), "killed") != shown
    monkeypatch.undo()
    assert_same(after, DashboardData(store, False)._build_snapshot(store.revision()))
    elsewhere.close()


def test_a_large_change_or_a_full_rebuild_reads_everything_again(store, monkeypatch):
    from test_dashboard_units import fill

    fill(store)
    data = DashboardData(store, False)
    data.snapshot()
    store.rebuild_incidents()  # every row rewritten: the store cannot list a change since
    data.snapshot()
    assert data.last_source == "built"
    monkeypatch.setattr(data_mod, "PATCH_FLOOR", 0)
    monkeypatch.setattr(data_mod, "PATCH_SHARE", 0.0)
    store.save_article("/r/new.txt::n", "h-new", result("n", "Outlet New", [event(first="2019-02-01")]), "نص")
    data.snapshot()
    assert data.last_source == "built"
    monkeypatch.setattr(data_mod, "PATCH_SHARE", 1.0)
    store.save_article("/r/new2.txt::n", "h-new2", result("n2", "Outlet New", [event(first="2019-02-03")]), "نص")
    data.snapshot()
    assert data.last_source == "patched"


def test_the_store_lists_the_incidents_written_and_removed_since_a_revision(store):
    store.save_article("/r/a.txt::a", "h-a", result("a", "Outlet A", [event(first="2019-01-01")]), "نص")
    store.save_article("/r/b.txt::b", "h-b", result("b", "Outlet B", [event(first="2019-01-02")]), "نص")
    (one,) = store.incidents_frame()["incident_id"]  # the two reports tell one incident
    since = store.revision()
    assert store.incident_changes(since, 10).written.empty
    store.save_review(one, "split", {"reports": ["/r/b.txt::b#e1"]})
    changes = store.incident_changes(since, 10)
    assert set(changes.written["incident_id"]) == set(store.incidents_frame()["incident_id"]) and changes.count == 2
    assert store.incident_changes(since, 1) is None  # more than the caller would patch in
    store.save_articles([("/r/a.txt::a", "h-a2", result("a", "Outlet A", []), "نص"),
                         ("/r/b.txt::b", "h-b2", result("b", "Outlet B", []), "نص")])  # fmt: skip
    changes = store.incident_changes(since, 10)
    assert changes.written.empty and one in changes.removed and changes.count == 0
    store.rebuild_incidents()
    assert store.incident_changes(since, 10) is None and store.incident_changes(store.revision(), 10) is not None


def test_a_version_4_store_is_migrated_and_then_patched(store):
    """The step to schema 5 on a store made before it, on SQLite and PostgreSQL."""
    store.save_article("/r/a.txt::a", "h-a", result("a", "Outlet A", [event(first="2019-01-01")]), "نص")
    store.incident_count()
    with store._writing() as conn:  # back to what version 4 made
        conn.execute(sa.text("DROP INDEX ix_incidents_revision"))
        conn.execute(sa.text("ALTER TABLE incidents DROP COLUMN revision"))
        removed_incidents.drop(conn)
        conn.execute(sa.delete(meta).where(meta.c.key.in_(["store_id", "incidents_rebuilt_at"])))
        set_meta(conn, "schema_version", "4")
    store.close()
    migrated = Store(store.url)
    assert migrated.schema_version() == SCHEMA_VERSION and migrated.store_id()
    with migrated.engine.connect() as conn:
        assert conn.execute(sa.select(incidents.c.revision)).scalars().all() == [None]
        assert int(get_meta(conn, "incidents_rebuilt_at")) <= migrated.revision()  # later steps may bump it
    data = DashboardData(migrated, False)
    data.snapshot()
    migrated.save_article("/r/b.txt::b", "h-b", result("b", "Outlet B", [event(first="2019-05-01")]), "نص")
    assert_same(data.snapshot(), DashboardData(migrated, False)._build_snapshot(migrated.revision()))
    assert data.last_source == "patched"
    migrated.close()


def test_a_snapshot_of_an_empty_store_is_patched_too(store):
    data = DashboardData(store, False)
    assert data.snapshot().incidents.empty
    store.save_article("/r/a.txt::a", "h-a", result("a", "Outlet A", [event(first="2019-01-01")]), "نص")
    assert_same(data.snapshot(), DashboardData(store, False)._build_snapshot(store.revision()))
    assert data.last_source == "patched"

"""Fixtures shared by the test files: the store on SQLite and on PostgreSQL (one parametrized fixture).

A test that takes ``db_url`` or ``store`` runs twice, ``[sqlite]`` and ``[postgresql]``. Without
PostgreSQL on the machine the second is skipped, except under CI (``CI`` set), where it fails: CI
installs and starts what the tests need.
"""

from __future__ import annotations

import csv
import os

import pytest
from pg_cluster import NoPostgres, ThrowawayCluster

import timeline.event_types as event_types_mod
from timeline.reference import default_reference
from timeline.store import Store


@pytest.fixture(scope="session")
def postgres():
    try:
        cluster = ThrowawayCluster()
    except NoPostgres as exc:
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A new empty store's location: a SQLite file, or a database on the session's PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "t.sqlite")
        return
    cluster = request.getfixturevalue("postgres")
    url = cluster.database()
    yield url
    cluster.drop(url)


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture
def edited_event_types(tmp_path, monkeypatch):
    """``edit(type_id, column=value, ...)``: every consumer (and the default reference) reads a copy of
    data/event_types.csv with those cells changed (each call starts again from the shipped table)."""
    shipped = event_types_mod.EVENT_TYPES_FILE

    def edit(type_id: str, **cells: str) -> None:
        with shipped.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        next(row for row in rows if row["id"] == type_id).update(cells)
        path = tmp_path / "event_types.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=event_types_mod.COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        monkeypatch.setattr(event_types_mod, "EVENT_TYPES_FILE", path)
        event_types_mod.event_types.cache_clear()
        default_reference.cache_clear()  # extraction reads the types of the default reference

    yield edit
    event_types_mod.event_types.cache_clear()
    default_reference.cache_clear()

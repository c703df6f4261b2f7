"""Read access to the store for the dashboard's callbacks.

Every callback asks for the data it needs; nothing about one user's view is kept here. The only shared
thing is a read cache of the store's incidents frame (and its per-perpetrator explosion), rebuilt
whenever the store's revision changes, so a filter change costs a pandas mask rather than a SQL read.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from dataclasses import dataclass

import pandas as pd

from timeline import analysis
from timeline.dashboard.urlstate import ViewState
from timeline.paths import SAMPLE_DIR


@dataclass(frozen=True)
class Snapshot:
    """The store's incidents at one revision: never mutated once built, so threads can share it."""

    revision: object
    incidents: pd.DataFrame
    rows: pd.DataFrame
    sample_loaded: bool
    """Whether any stored report comes from the invented sample corpus (the page then says so)."""


def analysis_filters(state: ViewState) -> analysis.Filters:
    """The analysis layer's Filters for a view (review states are applied by ``view``)."""
    return analysis.Filters(
        start=dt.date.fromisoformat(state.start) if state.start else None,
        end=dt.date.fromisoformat(state.end) if state.end else None,
        factions=state.faction,
        blocs=state.bloc,
        admin1=state.admin1,
        admin2=state.admin2,
        in_zone_only=state.zone,
        violations_only=state.violations,
        event_types=state.type,
        outlets=state.outlet,
        include_rejected="rejected" in state.review,
    )


REFRESH_SECONDS = 10


class DashboardData:
    """The store as the dashboard sees it: snapshots for reading, pass-through for writing."""

    def __init__(self, store):
        self.store = store
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    def revision(self) -> tuple:
        """Changes whenever the store is written: the SQLite file and its write-ahead log's sizes and times.

        Other databases have no file to look at; their snapshot is then at most ``REFRESH_SECONDS`` old.
        """
        database = self.store.engine.url.database if self.store.engine.dialect.name == "sqlite" else None
        if not database or database == ":memory:":
            return ("clock", int(time.monotonic() // REFRESH_SECONDS))
        stamps = []
        for path in (database, database + "-wal"):
            try:
                info = os.stat(path)
                stamps.append((info.st_mtime_ns, info.st_size))
            except FileNotFoundError:
                stamps.append(None)
        return tuple(stamps)

    def snapshot(self) -> Snapshot:
        revision = self.revision()
        current = self._snapshot
        if current is not None and current.revision == revision:
            return current
        with self._lock:
            if self._snapshot is None or self._snapshot.revision != revision:
                incidents = self.store.incidents_frame()
                rows = analysis.explode_perpetrators(incidents)
                self._snapshot = Snapshot(revision, incidents, rows, self._sample_loaded())
            return self._snapshot

    def _sample_loaded(self) -> bool:
        paths = self.store.articles_frame()["path"].dropna().astype(str)
        sample = str(SAMPLE_DIR.resolve())
        return bool(paths.map(lambda p: p.startswith(sample)).any())

    def view(self, state: ViewState) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(incidents, per-perpetrator rows) that pass the view's filters."""
        rows = analysis.apply_filters(self.snapshot().rows, analysis_filters(state))
        if state.review:
            rows = rows[rows["review_state"].isin(state.review).to_numpy()]
        return analysis.incidents_of(rows), rows

    def detail(self, incident_id: str) -> dict | None:
        """``store.incident_detail`` or None when the id is unknown (ids come from URLs and old tabs)."""
        try:
            return self.store.incident_detail(incident_id)
        except KeyError:
            return None

    def save_review(self, incident_id: str, action: str, changes: dict, note: str) -> int:
        return self.store.save_review(incident_id, action, changes, note or None)

"""Read access to the store for the dashboard's callbacks.

Every callback asks for the data it needs; nothing about one user's view is kept here. What is shared
is a read cache: the store's incidents frame, its per-perpetrator explosion (compacted to categoricals)
and the outlet index of that, rebuilt whenever the store's revision changes, so a filter change costs a
pandas mask rather than a SQL read, and the last
few filter results and figures (``remember``), since the figure and table callbacks of one change ask
for the same view and most page loads open the same default view.

On SQLite the snapshot is also kept on disk beside the store (``SnapshotFile``), under the revision it
was built at: a server started on an unchanged store loads it in a few seconds instead of reading and
shaping every incident again (about a minute at 1,000,000 incidents).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import pickle
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
import pandas as pd

from timeline import analysis
from timeline.dashboard.filters import filter_values
from timeline.dashboard.urlstate import ViewState
from timeline.incident_detail import incident_detail
from timeline.paths import SAMPLE_DIR

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    """The store's incidents at one revision: never mutated once built, so threads can share it."""

    revision: object
    incidents: pd.DataFrame
    rows: pd.DataFrame
    sample_loaded: bool
    """Whether any stored report comes from the invented sample corpus (the page then says so)."""
    values: dict[str, list[str]]
    """The values present per filter control, for the dropdowns."""
    outlets: analysis.MemberIndex
    """The outlets of ``rows``, exploded once: the outlet filter's and the captions' lookup."""


def analysis_filters(state: ViewState) -> analysis.Filters:
    """The analysis layer's Filters for a view."""
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
        review_states=state.review,
    )


MEMO_SIZE = 32

SNAPSHOT_FORMAT = 2
"""Bump when Snapshot or the frames' preparation changes: files of another format are rebuilt."""


class SnapshotFile:
    """A Snapshot kept on disk beside a SQLite store, tagged with the store's revision and incident count.

    The file holds two pickles: a small tag, read first, and the snapshot, read only when the tag
    matches the store as it is now. Every write bumps the revision, so a file from before a write is
    never served; the incident count and the file format guard against a store recreated at the same
    path. Only this process's own files are read (they sit beside the store, which is trusted as much).
    """

    def __init__(self, path: str | os.PathLike):
        self.path = os.fspath(path)

    @classmethod
    def beside(cls, store) -> SnapshotFile | None:
        """The snapshot file of a file-backed SQLite store; None for other databases and in-memory stores."""
        url = store.engine.url
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return cls(f"{url.database}.dashboard-snapshot")

    def load(self, tag: tuple) -> Snapshot | None:
        """The stored snapshot if it was saved under ``tag``, else None (missing, stale or unreadable)."""
        try:
            with open(self.path, "rb") as handle:
                if pickle.load(handle) != (SNAPSHOT_FORMAT, *tag):
                    return None
                snapshot = pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception as exc:  # a truncated or foreign file: rebuild from the store, and say so
            log.warning("%s: unreadable dashboard snapshot, rebuilding it from the store (%s)", self.path, exc)
            return None
        return snapshot if isinstance(snapshot, Snapshot) else None

    def save(self, tag: tuple, snapshot: Snapshot) -> None:
        """Write atomically (a temporary file renamed over the old one); a failure only costs the next start."""
        temporary = f"{self.path}.{os.getpid()}.{threading.get_ident()}.tmp"
        try:
            with open(temporary, "wb") as handle:
                pickle.dump((SNAPSHOT_FORMAT, *tag), handle, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(snapshot, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
        except OSError as exc:
            log.warning("%s: could not save the dashboard snapshot (%s)", self.path, exc)
            try:
                os.remove(temporary)
            except OSError:
                pass


class DashboardData:
    """The store as the dashboard sees it: snapshots for reading, pass-through for writing."""

    def __init__(self, store, snapshot_file: SnapshotFile | None | bool = True):
        """``snapshot_file``: True for the file beside a SQLite store, False for none, or a SnapshotFile."""
        self.store = store
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._memo: OrderedDict = OrderedDict()
        if snapshot_file is True:
            snapshot_file = SnapshotFile.beside(store)
        self.snapshot_file: SnapshotFile | None = snapshot_file or None
        self.saving: threading.Thread | None = None
        """The thread writing the last snapshot to disk (join it to wait for the file)."""

    def revision(self) -> int:
        """The store's revision: it grows with every write and review, on any database."""
        return self.store.revision()

    def snapshot(self) -> Snapshot:
        revision = self.revision()
        current = self._snapshot
        if current is not None and current.revision == revision:
            return current
        with self._lock:
            if self._snapshot is None or self._snapshot.revision != revision:
                self._snapshot = self._stored_snapshot(revision) or self._build_snapshot(revision)
                self._memo.clear()
            return self._snapshot

    def _stored_snapshot(self, revision: int) -> Snapshot | None:
        if self.snapshot_file is None:
            return None
        snapshot = self.snapshot_file.load(self._tag(revision))
        return snapshot if snapshot is not None and snapshot.revision == revision else None

    def _tag(self, revision: int) -> tuple:
        return revision, self.store.incident_count()

    def _build_snapshot(self, revision: int) -> Snapshot:
        incidents = self.store.incidents_frame()
        # newest first once here, so every filtered subset is already in the table's default order
        incidents = incidents.sort_values(["first", "incident_id"], ascending=[False, True], kind="stable")
        # few-valued text columns as categoricals: a filter change then copies codes, not strings
        incidents = analysis.compact(incidents.reset_index(drop=True))
        rows = analysis.compact(analysis.explode_perpetrators(incidents))
        snapshot = Snapshot(
            revision,
            incidents,
            rows,
            self._sample_loaded(),
            filter_values(incidents),
            analysis.MemberIndex.of(rows, "outlets"),
        )
        if self.snapshot_file is not None and self.revision() == revision:  # not when a write came in meanwhile
            # the count of the incidents just read: incidents_frame merged pending reports (no revision bump)
            tag, file = (revision, len(incidents)), self.snapshot_file
            self.saving = threading.Thread(target=file.save, args=(tag, snapshot), name="snapshot-save")
            self.saving.start()  # not a daemon: the file is finished even when the server stops soon after
        return snapshot

    def _sample_loaded(self) -> bool:
        return self.store.has_articles_under(SAMPLE_DIR)

    def remember(self, key: tuple, compute):
        """``compute()`` for ``key`` at the current snapshot, kept among the last few results.

        Results are read-only by convention: the figure and table callbacks of one filter change ask
        for the same view, and many analysts open the same default view.
        """
        key = (self.snapshot().revision, *key)
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        result = compute()
        with self._lock:
            self._memo[key] = result
            while len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return result

    def view(self, state: ViewState) -> tuple[pd.DataFrame, analysis.View]:
        """The incidents that pass the view's filters, and the analysis View the figures are built from."""
        state = state.replace(lang="en", incident=None, figure=None)
        return self.remember(("view", state), lambda: self.filtered(self.snapshot(), state))

    @staticmethod
    def filtered(snapshot: Snapshot, state: ViewState) -> tuple[pd.DataFrame, analysis.View]:
        """The filtering itself, without the cache."""
        filters = analysis_filters(state)
        mask = analysis.filter_mask(snapshot.rows, filters, snapshot.outlets).to_numpy()
        if mask.all():  # nothing filtered out: share the snapshot's frames (nobody mutates them)
            incidents, rows = snapshot.incidents, snapshot.rows
        else:
            rows = snapshot.rows[mask]
            # the snapshot's incidents have a positional index, which the rows repeat: it marks the incidents to keep
            keep = np.zeros(len(snapshot.incidents), dtype=bool)
            keep[rows.index.to_numpy()] = True
            incidents = snapshot.incidents[keep]
        sources = analysis.SourceCounts(
            len(incidents), int(incidents["n_reports"].sum()), snapshot.outlets.distinct(mask)
        )
        return incidents, analysis.View(rows, filters, sources)

    def detail(self, incident_id: str) -> dict | None:
        """:func:`timeline.incident_detail.incident_detail` or None when the id is unknown (ids come from URLs
        and old tabs)."""
        try:
            return incident_detail(self.store, incident_id)
        except KeyError:
            return None

    def save_review(self, incident_id: str, action: str, changes: dict, note: str) -> int:
        return self.store.save_review(incident_id, action, changes, note or None)

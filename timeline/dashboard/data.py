"""Read access to the store for the dashboard's callbacks.

Every callback asks for the data it needs; nothing about one user's view is kept here. What is shared
is a read cache: the store's incidents frame, its per-perpetrator explosion (compacted to categoricals)
and the outlet index of that, rebuilt whenever the store's revision changes, so a filter change costs a
pandas mask rather than a SQL read, and the last
few filter results and figures (``remember``), since the figure and table callbacks of one change ask
for the same view and most page loads open the same default view.
"""

from __future__ import annotations

import datetime as dt
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


class DashboardData:
    """The store as the dashboard sees it: snapshots for reading, pass-through for writing."""

    def __init__(self, store):
        self.store = store
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._memo: OrderedDict = OrderedDict()

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
                incidents = self.store.incidents_frame()
                # newest first once here, so every filtered subset is already in the table's default order
                incidents = incidents.sort_values(["first", "incident_id"], ascending=[False, True], kind="stable")
                # few-valued text columns as categoricals: a filter change then copies codes, not strings
                incidents = analysis.compact(incidents.reset_index(drop=True))
                rows = analysis.compact(analysis.explode_perpetrators(incidents))
                self._snapshot = Snapshot(
                    revision,
                    incidents,
                    rows,
                    self._sample_loaded(),
                    filter_values(incidents),
                    analysis.MemberIndex.of(rows, "outlets"),
                )
                self._memo.clear()
            return self._snapshot

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

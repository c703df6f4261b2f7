"""Read access to the store for the dashboard's callbacks.

Every callback asks for the data it needs; nothing about one user's view is kept here. What is shared
is a read cache: the store's incidents frame, its per-perpetrator explosion (compacted to categoricals)
and the outlet index of that, kept per store revision, so a filter change costs a pandas mask rather
than a SQL read, and the last few filter results and figures (``remember``), since the figure and table
callbacks of one change ask for the same view and most page loads open the same default view.

When the revision moves on, the snapshot is patched rather than rebuilt: the store lists the incidents
written and removed since the snapshot's revision (``Store.incident_changes``), and only those are read
and shaped (``patch``); a large change, or one the store cannot list (a full rebuild), reads everything.
On SQLite the snapshot is also kept on disk beside the store (``SnapshotFile``): a server started on an
unchanged store loads it in a few seconds instead of reading and shaping every incident again (about a
minute at 1,000,000 incidents), and one started after a write loads it and patches it.
"""

from __future__ import annotations

import bisect
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

SNAPSHOT_FORMAT = 3
"""Bump when Snapshot or the frames' preparation changes: files of another format are rebuilt."""

PATCH_SHARE = 0.2
"""A change of more than this share of the snapshot's incidents is read in full rather than patched in."""
PATCH_FLOOR = 1_000
"""A change of up to this many incidents is patched in whatever the share (a full read of a small store is
quick too, but patching it keeps one path for stores of every size)."""


def newest_first(incidents: pd.DataFrame) -> pd.DataFrame:
    """The table's default order, which every filtered subset keeps: latest first day first (undated last),
    then by id."""
    return incidents.sort_values(["first", "incident_id"], ascending=[False, True], kind="stable")


def shaped(incidents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The snapshot's incidents (newest first, positional index, compacted) and their per-perpetrator rows."""
    # few-valued text columns as categoricals: a filter change then copies codes, not strings
    incidents = analysis.compact(newest_first(incidents).reset_index(drop=True))
    return incidents, analysis.compact(analysis.explode_perpetrators(incidents))


def _order_keys(incidents: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """``newest_first`` as two ascending keys: minus the first day (undated last), then the id."""
    first = incidents["first"].to_numpy(dtype="datetime64[s]")
    days = np.where(np.isnat(first), np.iinfo(np.int64).max, -first.view(np.int64))
    return days, incidents["incident_id"].to_numpy(dtype=object)


def _unified(frames: list[pd.DataFrame], columns) -> list[pd.DataFrame]:
    """The frames with each of ``columns`` as a categorical over the union of their values (sorted, as
    ``analysis.compact`` makes them), so the rows of one can be set into the other as codes."""
    categories = {}
    for column in columns:
        values = set()
        for frame in frames:
            series = frame[column]
            if isinstance(series.dtype, pd.CategoricalDtype):
                values.update(series.cat.categories)
            else:
                values.update(series.dropna().unique())
        categories[column] = pd.CategoricalDtype(pd.Index(sorted(values), dtype="str"))
    return [frame.astype(categories) for frame in frames]


def _without_unused_categories(frame: pd.DataFrame) -> pd.DataFrame:
    """A category no row uses any more is dropped, as a fresh ``compact`` would never have it (counted
    with a bincount of the codes: pandas' own way sorts them, a tenth of a second per column at 1,000,000)."""
    changed = {}
    for column in frame.columns:
        series = frame[column]
        if not isinstance(series.dtype, pd.CategoricalDtype):
            continue
        codes = series.cat.codes.to_numpy()
        categories = series.cat.categories
        used = np.bincount(codes[codes >= 0], minlength=len(categories)) > 0
        if not used.all():
            renumbered = np.append(np.cumsum(used) - 1, -1)  # code -1 (missing) stays -1
            kept = pd.Categorical.from_codes(renumbered[codes], dtype=pd.CategoricalDtype(categories[used]))
            changed[column] = pd.Series(kept, index=frame.index, name=column)
    return frame.assign(**changed) if changed else frame


def _placed(old: pd.DataFrame, new: pd.DataFrame, order: np.ndarray) -> pd.DataFrame:
    """The rows of ``old`` and ``new`` (same columns and dtypes) in ``order``, which numbers them as if
    concatenated. One take of ``old`` with the few new rows set in after: concatenating first would copy
    the whole frame twice (a second or two at 1,000,000 incidents)."""
    if old.empty:
        return new.take(order)
    from_new = order >= len(old)
    frame = old.take(np.where(from_new, 0, order))
    at = np.flatnonzero(from_new)
    if len(at):
        added = new.take(order[at] - len(old))
        for number, column in enumerate(frame.columns):
            frame.iloc[at, number] = added[column].array
    return frame


def patch(base: Snapshot, revision, written: pd.DataFrame, removed, sample_loaded: bool) -> Snapshot:
    """``base`` with the incidents ``written`` since its revision (as ``Store.incidents_frame`` gives them)
    in place of their old rows and those ``removed`` dropped: the snapshot a full read would build.

    The kept rows stay in order and the changed ones are inserted where the table's order puts them, so
    only the changed incidents are exploded; the rows' positional index is renumbered to match. Each
    frame is copied once (``_placed``)."""
    old_ids = base.incidents["incident_id"]
    kept_at = np.flatnonzero(~old_ids.isin(set(removed) | set(written["incident_id"])).to_numpy())
    new = newest_first(written).reset_index(drop=True)
    kept_days, kept_ids = _order_keys(base.incidents[["first", "incident_id"]].take(kept_at))
    new_days, new_ids = _order_keys(new)
    low = np.searchsorted(kept_days, new_days, "left")
    high = np.searchsorted(kept_days, new_days, "right")
    # how many kept incidents come before each new one (same first day: by id)
    before = np.fromiter((bisect.bisect_left(kept_ids, i, a, b) for i, a, b in zip(new_ids, low, high, strict=True)),
                         np.int64, len(new))  # fmt: skip
    new_at = before + np.arange(len(new))
    kept_to = np.arange(len(kept_at)) + np.searchsorted(before, np.arange(len(kept_at)), "right")
    order = np.empty(len(kept_at) + len(new), dtype=np.int64)  # new position -> row of [base incidents, new]
    order[kept_to] = kept_at
    order[new_at] = len(base.incidents) + np.arange(len(new))

    categorical = [c for c in base.incidents.columns if isinstance(base.incidents[c].dtype, pd.CategoricalDtype)]
    old, new = _unified([base.incidents, new], categorical)
    incidents = _without_unused_categories(_placed(old, new, order).reset_index(drop=True))

    renumbered = np.full(len(base.incidents), -1, dtype=np.int64)  # old position -> new position (-1: gone)
    renumbered[kept_at] = kept_to
    new.index = pd.Index(new_at, dtype=base.rows.index.dtype)
    new_rows = analysis.explode_perpetrators(new)
    positions = np.concatenate([renumbered[base.rows.index.to_numpy()], new_rows.index.to_numpy()])
    present = np.flatnonzero(positions >= 0)
    row_order = present[np.argsort(positions[present], kind="stable")]  # each incident's rows in their order
    row_categorical = [c for c in base.rows.columns if isinstance(base.rows[c].dtype, pd.CategoricalDtype)]
    old_rows, new_rows = _unified([base.rows, new_rows], row_categorical)
    rows = _placed(old_rows, new_rows, row_order)
    rows.index = pd.Index(positions[row_order], dtype=base.rows.index.dtype)
    rows = _without_unused_categories(rows)
    return Snapshot(
        revision, incidents, rows, sample_loaded, filter_values(incidents), analysis.MemberIndex.of(rows, "outlets")
    )


class SnapshotFile:
    """A Snapshot kept on disk beside a SQLite store, tagged with the store's id and the snapshot's revision.

    The file holds two pickles: a small tag, read first, and the snapshot, read only when the tag is of
    this store and not newer than it: served as it is when the store is still at its revision, else
    patched with what changed since. The store's id (made when the store was) guards against a store
    recreated at the same path. Only this process's own files are read (they sit beside the store, which
    is trusted as much).
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

    def load(self, store_id: str | None, revision: int) -> Snapshot | None:
        """The stored snapshot if it was saved from store ``store_id`` at ``revision`` or before, else None
        (missing, of another store or format, newer, or unreadable)."""
        try:
            with open(self.path, "rb") as handle:
                tag = pickle.load(handle)
                if tag[:2] != (SNAPSHOT_FORMAT, store_id) or store_id is None or tag[2] > revision:
                    return None
                snapshot = pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception as exc:  # a truncated or foreign file: rebuild from the store, and say so
            log.warning("%s: unreadable dashboard snapshot, rebuilding it from the store (%s)", self.path, exc)
            return None
        return snapshot if isinstance(snapshot, Snapshot) and snapshot.revision == tag[2] else None

    def save(self, store_id: str | None, snapshot: Snapshot) -> None:
        """Write atomically (a temporary file renamed over the old one); a failure only costs the next start."""
        temporary = f"{self.path}.{os.getpid()}.{threading.get_ident()}.tmp"
        try:
            with open(temporary, "wb") as handle:
                tag = (SNAPSHOT_FORMAT, store_id, snapshot.revision)
                pickle.dump(tag, handle, protocol=pickle.HIGHEST_PROTOCOL)
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
        self.last_source: str | None = None
        """How the current snapshot was made: "memory", "file", "patched" or "built" (for tests and benchmarks)."""

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
                self._snapshot = self._fresh_snapshot(revision)
                self._memo.clear()
            return self._snapshot

    def _fresh_snapshot(self, revision: int) -> Snapshot:
        """The snapshot at ``revision``: the one on disk if it is that, else an older one patched, else built."""
        base = self._snapshot if self._snapshot is not None and self._snapshot.revision < revision else None
        if base is None and self.snapshot_file is not None:
            base = self.snapshot_file.load(self.store.store_id(), revision)
            if base is not None and base.revision == revision:
                self.last_source = "file"
                return base
        snapshot = self._patched(base, revision) if base is not None else None
        if snapshot is None:
            snapshot = self._build_snapshot(revision)
            self.last_source = "built"
        else:
            self.last_source = "patched"
        self._save(snapshot)
        return snapshot

    def _patched(self, base: Snapshot, revision: int) -> Snapshot | None:
        """``base`` patched with the store's changes since its revision; None when a full read is due."""
        limit = max(PATCH_FLOOR, int(PATCH_SHARE * len(base.incidents)))
        changes = self.store.incident_changes(base.revision, limit)
        if changes is None:
            return None
        snapshot = patch(base, revision, changes.written, changes.removed, self._sample_loaded())
        if len(snapshot.incidents) != changes.count:  # the store disagrees with the patched copy: trust the store
            log.warning("the patched dashboard snapshot has %d incidents, the store %d: reading them all",
                        len(snapshot.incidents), changes.count)  # fmt: skip
            return None
        return snapshot

    def _build_snapshot(self, revision: int) -> Snapshot:
        incidents, rows = shaped(self.store.incidents_frame())
        return Snapshot(
            revision,
            incidents,
            rows,
            self._sample_loaded(),
            filter_values(incidents),
            analysis.MemberIndex.of(rows, "outlets"),
        )

    def _save(self, snapshot: Snapshot) -> None:
        """Write the snapshot file in the background (a server restarted later starts from it)."""
        if self.snapshot_file is None:
            return
        args = (self.store.store_id(), snapshot)
        self.saving = threading.Thread(target=self.snapshot_file.save, args=args, name="snapshot-save")
        self.saving.start()  # not a daemon: the file is finished even when the server stops soon after

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

    def save_review(self, incident_id: str, action: str, changes: dict, note: str, analyst: str = "") -> int:
        return self.store.save_review(incident_id, action, changes, note or None, analyst or None)

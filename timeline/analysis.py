"""The analysis layer: filters and aggregations over the incidents frame (see ARCHITECTURE.md).

Charts, the dashboard and briefings all read these functions, so a figure means the same everywhere.

Counting convention: an incident with several perpetrators counts once for EACH perpetrator in the
per-faction figures (its toll too), so per-faction numbers can add up to more than the incident
total; per-bloc figures count it once per bloc of its perpetrators (``once_per_bloc``). Totals of incidents
(``incident_count``) count each incident once. A town's part of a region's toll
told in the same report is an incident of its own (``part_of_toll``); sums of the dead leave its figure out
while the region's incident is in the selection (``tolls_counted_once``), as that toll already holds them.

Work on 100,000 incidents stays vectorized: ``explode_perpetrators`` turns the incidents frame into
one row per (incident, perpetrator) once per store read, and ``MemberIndex`` explodes the outlets
column once; filters and aggregations then run on those with column operations only. Both are
plain values built by the caller and passed in explicitly: nothing is cached between calls.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import chain

import numpy as np
import pandas as pd

from timeline.paths import DATA_DIR

FREQUENCIES = ("D", "W", "M")
"""Day, week (starting Monday) and calendar month."""

REVIEWED_STATES = ("confirmed", "corrected")
FEW_VALUES = 6
UNKNOWN = "unknown"


@cache
def faction_blocs() -> dict[str, str]:
    """Faction id -> bloc, from ``data/factions.csv`` (read-only reference data, read once)."""
    with (DATA_DIR / "factions.csv").open(encoding="utf-8") as handle:
        return {row["id"]: row["bloc"] for row in csv.DictReader(handle)}


@dataclass(frozen=True)
class Filters:
    """What an analyst selected. Empty tuples and None mean "no restriction".

    ``factions``/``blocs`` select perpetrators: an incident passes if any of its perpetrators is
    selected, and per-faction figures show only the selected factions. The period applies to the
    incident's first day. Rejected incidents are left out unless ``include_rejected`` or
    ``review_states`` names them.
    """

    start: date | None = None
    end: date | None = None
    factions: tuple[str, ...] = ()
    blocs: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    admin2: tuple[str, ...] = ()
    in_zone_only: bool = False
    violations_only: bool = False
    event_types: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    reviewed_only: bool = False
    include_rejected: bool = False
    review_states: tuple[str, ...] = ()
    """Only incidents in these review states (rejected ones pass when "rejected" is listed)."""

    def with_period(self, start: date | None, end: date | None) -> Filters:
        return replace(self, start=start, end=end)


def explode_perpetrators(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (incident, perpetrator) with every incident column plus ``faction`` and ``bloc``.

    ``perpetrators`` keeps the whole tuple, so ``incidents_of`` can give the incident rows back.

    The index repeats the incident's index label, so rows map back to ``frame`` by label (a frame whose
    labels repeat is given a fresh 0..n-1 index first).
    Incidents without a perpetrator get the faction "unknown".
    """
    if not frame.index.is_unique:  # the labels must tell incidents apart (see unique_incidents)
        frame = frame.reset_index(drop=True)
    rows = frame.assign(faction=frame["perpetrators"]).explode("faction")
    faction = rows["faction"].fillna(UNKNOWN).astype(str)
    return rows.assign(faction=faction, bloc=faction.map(faction_blocs()).fillna(UNKNOWN))


CATEGORY_COLUMNS = ("faction", "bloc", "type", "admin1", "admin2", "admin3", "place_name", "place_name_ar",
                    "agreement", "violation", "review_state", "actor1", "bloc1", "pcode", "phase",
                    "violation_reason", "violation_reason_ar")  # fmt: skip
"""Text columns with few distinct values: ``compact`` stores them as pandas categoricals (at 1,000,000
incidents, selecting rows of the text columns left as strings took two thirds of a filter change)."""


def compact(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with its few-valued text columns as categoricals: same values, but selecting rows copies
    one-byte codes instead of python strings (about twice as fast on 100,000 incidents). Every function
    here gives the same figures on a compacted frame; do it once per store read, it costs ~0.2 s."""
    return frame.astype({c: "category" for c in CATEGORY_COLUMNS if c in frame.columns})


def _labels(column: pd.Series) -> np.ndarray:
    """A text column as an object array with missing and empty values as "unknown" (categoricals too)."""
    values = column.to_numpy(dtype=object, na_value=None)
    values[(values == None) | (values == "")] = UNKNOWN  # noqa: E711 — element-wise on an object array
    return values


def _is_exploded(frame: pd.DataFrame) -> bool:
    return "faction" in frame.columns


def _any_member(column: pd.Series, wanted: tuple[str, ...], mapping: dict[str, str] | None = None) -> pd.Series:
    """For a column of tuples: does any element (mapped through ``mapping`` if given) lie in ``wanted``?"""
    items = column.explode()
    if mapping is not None:
        items = items.map(mapping)
    hit = items.isin(wanted)
    return hit.groupby(level=0, sort=False).any().loc[column.index]


def _in(column: pd.Series, wanted: tuple) -> np.ndarray:
    """Membership as a numpy mask. A categorical (``compact``) is answered from its codes, without
    materialising its values (20 ms per filter at 1,000,000 rows); for a few values, element-wise
    comparisons on the object array are several times faster than pandas' ``isin``/``eq`` on
    python-backed strings."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        hit = np.append(column.cat.categories.isin(wanted), False)  # code -1 (missing) takes the last: False
        return hit[column.cat.codes.to_numpy()]
    if len(wanted) > FEW_VALUES:
        return column.isin(wanted).to_numpy()
    values = column.to_numpy(dtype=object)
    mask = np.zeros(len(values), dtype=bool)
    for value in wanted:
        mask |= values == value
    return mask


@dataclass(frozen=True, eq=False)
class MemberIndex:
    """One tuple column of a frame (e.g. ``outlets``) exploded once into integer codes per row position.

    Build it once per frame (``MemberIndex.of``), next to the frame, and pass it to ``filter_mask`` /
    ``View.of``: "any of the incident's outlets is selected" and "how many distinct outlets" then cost
    a numpy lookup instead of a pandas explode of every row on each call.
    """

    column: str
    length: int
    """Rows of the frame it was built from (a mask it answers has this length)."""
    positions: np.ndarray
    """Row position of each (row, value) entry."""
    codes: np.ndarray
    """Value code of each entry: an index into ``values``."""
    values: pd.Index

    @classmethod
    def of(cls, frame: pd.DataFrame, column: str = "outlets") -> MemberIndex:
        positions, flat = _flatten(frame[column])
        codes, values = pd.factorize(flat)
        known = codes >= 0  # None inside a tuple names nothing
        return cls(column, len(frame), positions[known], codes[known], pd.Index(values))

    def check(self, frame: pd.DataFrame) -> None:
        if len(frame) != self.length:
            raise ValueError(f"the {self.column} index was built for {self.length} rows, not this frame's {len(frame)}")

    def any_of(self, wanted: tuple[str, ...]) -> np.ndarray:
        """Rows with at least one value in ``wanted``."""
        hit = self.values.isin(wanted)[self.codes]
        mask = np.zeros(self.length, dtype=bool)
        mask[self.positions[hit]] = True
        return mask

    def distinct(self, rows: np.ndarray | None = None) -> int:
        """Distinct values among the rows selected by the boolean mask ``rows`` (all rows if None)."""
        codes = self.codes if rows is None else self.codes[rows[self.positions]]
        return int(np.count_nonzero(np.bincount(codes, minlength=len(self.values))))


def filter_mask(frame: pd.DataFrame, filters: Filters, outlets: MemberIndex | None = None) -> pd.Series:
    """Boolean mask of the rows of an incidents frame or an exploded perpetrator frame that pass.

    ``outlets``, a ``MemberIndex`` of this very frame's outlets column, makes the outlet filter cheap.
    """
    mask = np.ones(len(frame), dtype=bool)
    first = frame["first"]
    if filters.start is not None:
        mask &= (first >= pd.Timestamp(filters.start)).to_numpy()
    if filters.end is not None:
        mask &= (first <= pd.Timestamp(filters.end)).to_numpy()
    if _is_exploded(frame):
        if filters.factions:
            mask &= _in(frame["faction"], filters.factions)
        if filters.blocs:
            mask &= _in(frame["bloc"], filters.blocs)
    else:
        if filters.factions:
            mask &= _any_member(frame["perpetrators"], filters.factions).to_numpy()
        if filters.blocs:
            mask &= _any_member(frame["perpetrators"], filters.blocs, faction_blocs()).to_numpy()
    if filters.admin1:
        mask &= _in(frame["admin1"], filters.admin1)
    if filters.admin2:
        mask &= _in(frame["admin2"], filters.admin2)
    if filters.in_zone_only:
        mask &= _in(frame["in_zone"], (True,))
    if filters.violations_only:
        mask &= _in(frame["violation"], ("yes",))
    if filters.event_types:
        mask &= _in(frame["type"], filters.event_types)
    if filters.outlets:
        if outlets is None:
            mask &= _any_member(frame["outlets"], filters.outlets).to_numpy()
        else:
            outlets.check(frame)
            mask &= outlets.any_of(filters.outlets)
    mask &= _review_mask(frame["review_state"], filters)
    return pd.Series(mask, index=frame.index)


def _review_mask(states: pd.Series, filters: Filters) -> np.ndarray:
    mask = np.ones(len(states), dtype=bool)
    if filters.review_states:
        mask &= _in(states, filters.review_states)
    if filters.reviewed_only:
        mask &= _in(states, REVIEWED_STATES)
    elif not filters.include_rejected and "rejected" not in filters.review_states:
        mask &= ~_in(states, ("rejected",))
    return mask


def apply_filters(frame: pd.DataFrame, filters: Filters, outlets: MemberIndex | None = None) -> pd.DataFrame:
    """The rows that pass ``filters`` (works on the incidents frame and on ``explode_perpetrators`` output).

    When every row passes, the frame itself comes back (no copy): treat the result as read-only.
    """
    mask = filter_mask(frame, filters, outlets).to_numpy()
    return frame if mask.all() else frame[mask]


@dataclass(frozen=True)
class SourceCounts:
    """What a figure's caption says about its sources: incidents, incident reports and named outlets."""

    incidents: int
    reports: int
    outlets: int

    @classmethod
    def of(cls, rows: pd.DataFrame) -> SourceCounts:
        """From filtered rows of either kind of frame, without an index (one pass over the incidents)."""
        incidents = unique_incidents(rows, ["n_reports", "outlets"])
        named = set().union(*(c for c in incidents["outlets"] if isinstance(c, tuple | list)))
        named.discard(None)
        return cls(len(incidents), int(incidents["n_reports"].sum()), len(named))


@dataclass(frozen=True)
class View:
    """Filtered perpetrator rows and the filters that selected them: what every figure builder reads.

    Build it once per filter change (``View.of``) and hand it to as many builders as needed.
    """

    rows: pd.DataFrame
    filters: Filters
    sources: SourceCounts | None = None
    """The caption's counts, when the caller has them already (else ``source_counts`` computes them)."""

    @classmethod
    def of(cls, frame: pd.DataFrame, filters: Filters | None = None, outlets: MemberIndex | None = None) -> View:
        """From an incidents frame or an already exploded one (explode once and reuse it for speed).

        ``outlets`` is a ``MemberIndex`` of the exploded frame; with it the outlet filter and the
        caption's outlet count are numpy lookups.
        """
        filters = filters or Filters()
        rows = frame if _is_exploded(frame) else explode_perpetrators(frame)
        mask = filter_mask(rows, filters, outlets).to_numpy()
        kept = rows if mask.all() else rows[mask]
        if outlets is None:
            return cls(kept, filters, SourceCounts.of(kept))
        first_rows = unique_incidents(kept, ["n_reports"])
        return cls(
            kept, filters, SourceCounts(len(first_rows), int(first_rows["n_reports"].sum()), outlets.distinct(mask))
        )

    def source_counts(self) -> SourceCounts:
        return self.sources if self.sources is not None else SourceCounts.of(self.rows)


def incidents_of(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per incident from a filtered exploded frame (cheaper than filtering the incidents frame again)."""
    return rows[~rows.index.duplicated()].drop(columns=["faction", "bloc"])


def unique_incidents(rows: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """``columns`` of each incident once, without copying the rest: the first row of each index label of
    an exploded frame (``explode_perpetrators`` repeats the incident's label, and integer labels are
    much faster to compare than the python strings of ``incident_id``); every row of an incidents frame.
    """
    return rows.loc[~rows.index.duplicated(), columns] if _is_exploded(rows) else rows[columns]


def incident_count(frame: pd.DataFrame) -> int:
    """Distinct incidents in either kind of frame (an exploded frame repeats incidents)."""
    return int(frame["incident_id"].nunique())


TOLL_COLUMNS = ("killed_low", "killed_best", "killed_high")


def tolls_counted_once(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (either kind) with the killed figures of a part of another incident's toll blanked where the
    selection holds that whole: an incident that is no part, on the part's first day, in its governorate, with
    a toll that can contain the part's. The part still counts as an incident; sums of the dead count it once.
    A frame without the ``part_of_toll`` column (made elsewhere) has no parts."""
    if "part_of_toll" not in frame.columns:
        return frame
    part = frame["part_of_toll"].to_numpy(dtype=bool)
    if not part.any():
        return frame
    first, admin1 = frame["first"].to_numpy(), frame["admin1"].to_numpy(dtype=object)
    tolls = pd.Series(frame["killed_high"].to_numpy(dtype=float)[~part])
    wholes = tolls.groupby([first[~part], admin1[~part]], dropna=False).max()  # the largest toll per day and place
    held = wholes.reindex(pd.MultiIndex.from_arrays([first[part], admin1[part]])).to_numpy(dtype=float)
    inside = np.zeros(len(frame), dtype=bool)
    inside[np.flatnonzero(part)] = held >= frame["killed_low"].to_numpy(dtype=float)[part]  # NaN: no whole
    if not inside.any():
        return frame
    counted = frame.copy()
    counted.loc[inside, list(TOLL_COLUMNS)] = np.nan
    return counted


def period_start(first: pd.Series, freq: str) -> pd.Series:
    """The day, Monday of the week, or first of the month that each date falls in (NaT stays NaT)."""
    if freq not in FREQUENCIES:
        raise ValueError(f"unknown frequency {freq!r}: use one of {', '.join(FREQUENCIES)}")
    days = first.to_numpy(dtype="datetime64[D]")
    if freq == "W":  # day 0 of the epoch (1970-01-01) was a Thursday: Monday is 3 days before it
        offset = (days.astype(np.int64) + 3) % 7
        days = np.where(np.isnat(days), days, days - offset.astype("timedelta64[D]"))
    elif freq == "M":
        days = days.astype("datetime64[M]").astype("datetime64[D]")
    return pd.Series(days.astype("datetime64[ns]"), index=first.index, name=first.name)


def period_range(start: pd.Timestamp, end: pd.Timestamp, freq: str) -> pd.DatetimeIndex:
    """Every period start from ``start``'s period to ``end``'s period (so gaps show as zeros)."""
    bounds = period_start(pd.Series([pd.Timestamp(start), pd.Timestamp(end)]), freq)
    step = {"D": "D", "W": "W-MON", "M": "MS"}[freq]
    return pd.date_range(bounds.iloc[0], bounds.iloc[1], freq=step, name="period")


def _cross_count(index: pd.Series, columns: pd.Series) -> pd.DataFrame:
    """Rows per (index value, column value) pair, zeros where a pair never occurs; missing keys are skipped."""
    row_codes, row_values = pd.factorize(index.to_numpy(), sort=True)
    col_codes, col_values = pd.factorize(columns.to_numpy(), sort=True)
    return _cross_codes(row_codes, row_values, col_codes, col_values)


def _cross_codes(row_codes, row_values, col_codes, col_values) -> pd.DataFrame:
    """``_cross_count`` on factorized keys (code -1: missing, skipped)."""
    known = (row_codes >= 0) & (col_codes >= 0)
    cells = row_codes[known] * len(col_values) + col_codes[known]
    counts = np.bincount(cells, minlength=len(row_values) * len(col_values))
    return pd.DataFrame(counts.reshape(len(row_values), len(col_values)), index=row_values, columns=col_values)


def _ordered_columns(table: pd.DataFrame) -> pd.DataFrame:
    """Factions with most incidents first (the largest stack at the bottom of a bar chart)."""
    return table[table.sum().sort_values(ascending=False, kind="stable").index]


def counts_over_time(
    rows: pd.DataFrame, freq: str = "W", start: date | None = None, end: date | None = None
) -> pd.DataFrame:
    """Incidents per faction per period: index = period start (complete range), columns = faction ids.

    ``rows`` is an exploded perpetrator frame (already filtered). The range runs from ``start``/``end``
    when given, else from the data's first to last day.
    """
    if rows.empty and (start is None or end is None):
        return pd.DataFrame(index=pd.DatetimeIndex([], name="period"))
    periods = period_start(rows["first"], freq)
    table = _cross_count(periods, rows["faction"])
    lo = pd.Timestamp(start) if start is not None else periods.min()
    hi = pd.Timestamp(end) if end is not None else periods.max()
    table = table.reindex(period_range(lo, hi, freq), fill_value=0)
    table.columns.name = "faction"
    return _ordered_columns(table)


def cumulative_since(rows: pd.DataFrame, since: date, freq: str = "D", end: date | None = None) -> pd.DataFrame:
    """Running total of incidents per faction from ``since`` (e.g. the agreement's signing) on."""
    after = rows.loc[(rows["first"] >= pd.Timestamp(since)).to_numpy(), ["first", "faction"]]
    if end is None:
        end = after["first"].max() if not after.empty else pd.Timestamp(since)
    return counts_over_time(after, freq, since, end).cumsum()


def killed_by_faction(rows: pd.DataFrame) -> pd.DataFrame:
    """Per faction: incidents, incidents with a death figure, and killed/wounded low, best, high sums.

    An incident's toll is counted for each of its perpetrators. Missing figures add nothing.
    """
    columns = ["killed_low", "killed_best", "killed_high", "wounded_low", "wounded_best", "wounded_high"]
    grouped = rows.groupby("faction", sort=False, observed=True)
    table = tolls_counted_once(rows).groupby("faction", sort=False, observed=True)[columns].sum(min_count=0)
    table.insert(0, "with_figure", grouped["killed_best"].count())
    table.insert(0, "incidents", grouped.size())
    if isinstance(table.index, pd.CategoricalIndex):  # a compacted frame: plain labels, as from any other frame
        table.index = table.index.astype(table.index.categories.dtype)
    return table.sort_values(["killed_best", "incidents"], ascending=False, kind="stable")


def once_per_bloc(rows: pd.DataFrame) -> pd.DataFrame:
    """The exploded rows with one row per (incident, perpetrator bloc): Russia and the Syrian government on one
    incident are one pro-government incident, counted (and its toll summed) once in a per-bloc figure."""
    shared = rows.index.duplicated(keep=False)  # the rows of incidents with several perpetrators (few)
    if not shared.any():
        return rows
    at = np.flatnonzero(shared)
    keep = np.ones(len(rows), dtype=bool)
    keep[at] = ~pd.MultiIndex.from_arrays([rows.index[at], rows["bloc"].to_numpy()[at]]).duplicated()
    return rows[keep]


def counts_by_place(rows: pd.DataFrame) -> pd.DataFrame:
    """Per (place, perpetrator bloc): incidents (each once per bloc: ``once_per_bloc``) and killed (best, each dead
    once: ``tolls_counted_once``), with the place's coordinates.

    Places without coordinates are kept (lat/lon NaN) so nothing disappears from a table.
    """
    keys = ["place_name", "place_name_ar", "admin1", "admin2", "lat", "lon", "bloc"]
    grouped = tolls_counted_once(once_per_bloc(rows)).groupby(keys, dropna=False, sort=False, observed=True)
    table = grouped.agg(incidents=("incident_id", "size"), killed_best=("killed_best", "sum")).reset_index()
    table = table.astype({key: object for key in keys if isinstance(table[key].dtype, pd.CategoricalDtype)})
    return table.sort_values(["incidents", "killed_best"], ascending=False, kind="stable").reset_index(drop=True)


def counts_by_admin(rows: pd.DataFrame, level: str = "admin1", by: str = "faction") -> pd.DataFrame:
    """Incidents per governorate (``admin1``) or district (``admin2``), split by ``faction`` or ``bloc`` (an
    incident once per bloc of its perpetrators: ``once_per_bloc``).

    Unknown admin units are labelled "unknown". Rows ordered by total, largest first.
    """
    if level not in ("admin1", "admin2", "admin3"):
        raise ValueError(f"unknown admin level {level!r}")
    if by == "bloc":
        rows = once_per_bloc(rows)
    table = _cross_count(pd.Series(_labels(rows[level])), rows[by])
    table.index.name, table.columns.name = level, by
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    return _ordered_columns(table)


def _flatten(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """A column of tuples as (row position, element) arrays, one entry per element: explode without a frame.

    Cells that are not tuples or lists (None, NaN) hold no elements.
    """
    cells = column.to_numpy(dtype=object)
    try:
        lengths = np.fromiter(map(len, cells), np.int64, len(cells))
    except TypeError:  # a missing cell: replace those, then count again
        cells = pd.Series(cells).map(lambda c: c if isinstance(c, tuple | list) else ()).to_numpy(dtype=object)
        lengths = np.fromiter(map(len, cells), np.int64, len(cells))
    flat = np.fromiter(chain.from_iterable(cells), object, int(lengths.sum()))
    return np.repeat(np.arange(len(cells)), lengths), flat


def counts_by_outlet(frame: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: incidents it reported and their killed (best). Either kind of frame: each incident counts once."""
    columns = ["outlets", "first", "admin1", "killed_low", "killed_best", "killed_high", "part_of_toll"]
    incidents = unique_incidents(frame, [c for c in columns if c in frame.columns]) if _is_exploded(frame) else frame
    incidents = tolls_counted_once(incidents)
    positions, outlets = _flatten(incidents["outlets"])
    codes, names = pd.factorize(outlets)
    known = codes >= 0
    killed = incidents["killed_best"].to_numpy(dtype=float, na_value=np.nan)[positions[known]]
    table = pd.DataFrame(
        {
            "incidents": np.bincount(codes[known], minlength=len(names)),
            "killed_best": np.bincount(codes[known], weights=np.nan_to_num(killed), minlength=len(names)),
        },
        index=pd.Index(names, name="outlet", dtype=object),
    )
    return table.sort_index().sort_values(["incidents", "killed_best"], ascending=False, kind="stable")


def perpetrator_target_matrix(rows: pd.DataFrame) -> pd.DataFrame:
    """Who hit whom: incidents per (perpetrator, target) pair; rows perpetrators, columns targets.

    An incident with two perpetrators and two targets adds one to each of the four cells.
    Incidents without a named target count under "unknown".
    """
    positions, targets = _flatten(rows["targets"])
    untargeted = np.flatnonzero(np.bincount(positions, minlength=len(rows)) == 0)
    targets = np.concatenate([targets, np.full(len(untargeted), UNKNOWN, dtype=object)])
    targets[pd.isna(targets)] = UNKNOWN
    target_codes, target_names = pd.factorize(targets, sort=True)
    faction_codes, faction_names = pd.factorize(rows["faction"].to_numpy(dtype=object), sort=True)
    pair_rows = np.concatenate([positions, untargeted])
    table = _cross_codes(faction_codes[pair_rows], faction_names, target_codes, target_names)
    table.index.name, table.columns.name = "perpetrator", "target"
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    return table[table.sum().sort_values(ascending=False, kind="stable").index]


@dataclass(frozen=True)
class PeriodComparison:
    """A period against the previous period of equal length, for briefings' headline figures."""

    current: tuple[date, date]
    previous: tuple[date, date]
    totals: pd.DataFrame
    """Index: incidents, violations, killed_low, killed_best, killed_high; columns current, previous, change."""
    by_faction: pd.DataFrame
    """Index: faction; columns current, previous, change (incident counts, per perpetrator)."""


def _totals(rows: pd.DataFrame) -> pd.Series:
    columns = ["violation", "first", "admin1", *TOLL_COLUMNS, "part_of_toll"]
    incidents = tolls_counted_once(unique_incidents(rows, [c for c in columns if c in rows.columns]))
    return pd.Series(
        {
            "incidents": len(incidents),
            "violations": int(incidents["violation"].eq("yes").sum()),
            "killed_low": incidents["killed_low"].sum(),
            "killed_best": incidents["killed_best"].sum(),
            "killed_high": incidents["killed_high"].sum(),
        }
    )


def _value_counts(column: pd.Series) -> pd.Series:
    counts = column.value_counts()
    return counts[counts > 0]  # a categorical counts its absent categories as zero


def compare_periods(rows: pd.DataFrame, filters: Filters) -> PeriodComparison:
    """Figures for the filtered period and for the same number of days just before it.

    ``rows`` is the UNFILTERED exploded perpetrator frame; ``filters`` must carry start and end
    (use the data's span otherwise). Totals count each incident once.
    """
    if filters.start is None or filters.end is None:
        raise ValueError("a period comparison needs both a start and an end date")
    length = (filters.end - filters.start).days + 1
    prev_end = filters.start - timedelta(days=1)
    prev_start = prev_end - timedelta(days=length - 1)
    current = apply_filters(rows, filters)
    previous = apply_filters(rows, filters.with_period(prev_start, prev_end))
    totals = pd.DataFrame({"current": _totals(current), "previous": _totals(previous)})
    totals["change"] = totals["current"] - totals["previous"]
    by_faction = pd.DataFrame(
        {"current": _value_counts(current["faction"]), "previous": _value_counts(previous["faction"])}
    )
    by_faction = by_faction.fillna(0).astype(int)
    by_faction["change"] = by_faction["current"] - by_faction["previous"]
    by_faction.index.name = "faction"
    by_faction = by_faction.sort_values(["current", "previous"], ascending=False, kind="stable")
    return PeriodComparison((filters.start, filters.end), (prev_start, prev_end), totals, by_faction)


def data_span(frame: pd.DataFrame) -> tuple[date, date] | None:
    """First and last incident day in a frame, or None when it is empty."""
    if frame.empty:
        return None
    return frame["first"].min().date(), frame["first"].max().date()

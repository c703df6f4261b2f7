"""``python -m timeline events [--from --to --faction --bloc --violations-only --admin1 ...]``: the timeline table."""

from __future__ import annotations

import argparse

import pandas as pd

from timeline.agreements import judged_from
from timeline.analysis import apply_filters
from timeline.commands.filters import add_filter_options, filters_from, store_outlets, with_store_outlets
from timeline.commands.ingest import add_db_option
from timeline.commands.store_access import open_existing_store
from timeline.labels import counted

TABLE_COLUMNS = ("incident_id", "first", "last", "type", "actor1", "targets", "place_name", "admin1", "killed",
                 "n_sources", "agreement", "violation", "days_since")  # fmt: skip


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "events", help="print the incidents in the store", description=__doc__.splitlines()[0]
    )
    add_db_option(parser)
    add_filter_options(parser)
    parser.set_defaults(func=run)


def table(frame: pd.DataFrame) -> str:
    """The incidents as a fixed-width text table, oldest first."""
    if frame.empty:
        return "no incidents"
    # Sorted first, so every computed column (a list is assigned by position) belongs to its own row.
    shown = frame.sort_values(["first", "incident_id"])
    shown = shown.assign(
        first=shown["first"].dt.strftime("%Y-%m-%d"),
        last=shown["last"].dt.strftime("%Y-%m-%d"),
        targets=shown["targets"].map(", ".join),
        killed=[
            "" if pd.isna(lo) else f"{lo:g}" if lo == hi else f"{lo:g}-{hi:g}"
            for lo, hi in zip(shown["killed_low"], shown["killed_high"], strict=True)
        ],
        violation=[_verdict(verdict, first) for verdict, first in zip(shown["violation"], shown["first"], strict=True)],
    )
    # Text cells before blanking: "" is not a valid value of a nullable number column (days_since when
    # an incident has no date).
    cells = shown.loc[:, list(TABLE_COLUMNS)].astype(object)
    return cells.where(cells.notna(), "").to_string(index=False)


def _verdict(verdict, first) -> str:
    """The verdict cell; "before" names the agreement it came before ("before sochi-2018"): beside the agreement in
    force then (a context-only one, "astana-2017") and the days since that one took effect, a bare "before" read as
    before the agreement shown, 366 days after it."""
    if verdict != "before" or pd.isna(first):
        return verdict
    upcoming = judged_from(first)
    return f"before {upcoming.id}" if upcoming else verdict


def run(args: argparse.Namespace) -> int:
    frame = open_existing_store(args.db).incidents_frame()
    frame = apply_filters(frame, with_store_outlets(filters_from(args), store_outlets(frame)))
    print(table(frame))
    if not frame.empty:  # "no incidents" says it already
        print(counted(len(frame), "incidents", "en"))
    return 0

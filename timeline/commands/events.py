"""``python -m timeline events [--from --to --faction --bloc --violations-only --admin1]``: the timeline table."""

from __future__ import annotations

import argparse
import datetime as dt

import pandas as pd

from timeline.analysis import Filters, apply_filters
from timeline.commands.ingest import add_db_option
from timeline.store import Store

TABLE_COLUMNS = ("incident_id", "first", "last", "type", "actor1", "targets", "place_name", "admin1", "killed",
                 "n_sources", "agreement", "violation", "days_since")  # fmt: skip


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "events", help="print the incidents in the store", description=__doc__.splitlines()[0]
    )
    add_db_option(parser)
    parser.add_argument("--from", dest="start", type=_day, metavar="DATE", help="first day (incident's first day)")
    parser.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day (incident's first day)")
    parser.add_argument("--faction", action="append", default=[], help="perpetrator faction id (repeatable)")
    parser.add_argument("--bloc", action="append", default=[], help="perpetrator bloc (repeatable)")
    parser.add_argument("--admin1", action="append", default=[], help="governorate, e.g. Idlib (repeatable)")
    parser.add_argument("--violations-only", action="store_true", help="only violations of the agreement in force")
    parser.add_argument("--include-rejected", action="store_true", help="also incidents an analyst rejected")
    parser.set_defaults(func=run)


def filters_from(args: argparse.Namespace) -> Filters:
    return Filters(
        start=args.start,
        end=args.end,
        factions=tuple(args.faction),
        blocs=tuple(args.bloc),
        admin1=tuple(args.admin1),
        violations_only=args.violations_only,
        include_rejected=args.include_rejected,
    )


def table(frame: pd.DataFrame) -> str:
    """The incidents as a fixed-width text table, oldest first."""
    if frame.empty:
        return "no incidents"
    shown = frame.sort_values(["first", "incident_id"]).assign(
        first=frame["first"].dt.strftime("%Y-%m-%d"),
        last=frame["last"].dt.strftime("%Y-%m-%d"),
        targets=frame["targets"].map(", ".join),
        killed=[
            "" if pd.isna(lo) else f"{lo:g}" if lo == hi else f"{lo:g}-{hi:g}"
            for lo, hi in zip(frame["killed_low"], frame["killed_high"], strict=True)
        ],
    )
    return shown.loc[:, list(TABLE_COLUMNS)].fillna("").to_string(index=False)


def run(args: argparse.Namespace) -> int:
    frame = apply_filters(Store(args.db).incidents_frame(), filters_from(args))
    print(table(frame))
    print(f"{len(frame)} incidents")
    return 0

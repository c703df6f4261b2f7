"""The analysis filters as command-line options, shared by ``events``, ``chart`` and ``brief``."""

from __future__ import annotations

import argparse
import datetime as dt

from timeline.analysis import Filters


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The analysis filters as options (repeatable ones may be given several times)."""
    group = parser.add_argument_group("filters")
    group.add_argument("--from", dest="start", type=_day, metavar="DATE", help="first day (incident's first day)")
    group.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day (incident's first day)")
    group.add_argument("--faction", action="append", default=[], help="perpetrator faction id (repeatable)")
    group.add_argument("--bloc", action="append", default=[], help="perpetrator bloc (repeatable)")
    group.add_argument("--admin1", action="append", default=[], help="governorate, e.g. Idlib (repeatable)")
    group.add_argument("--admin2", action="append", default=[], help="district (repeatable)")
    group.add_argument("--type", dest="event_types", action="append", default=[], help="event type (repeatable)")
    group.add_argument("--outlet", action="append", default=[], help="reporting outlet (repeatable)")
    group.add_argument("--in-zone", action="store_true", help="only incidents inside the agreement's zone")
    group.add_argument("--violations-only", action="store_true", help="only violations of the agreement in force")
    group.add_argument("--reviewed-only", action="store_true", help="only incidents an analyst confirmed or corrected")
    group.add_argument("--include-rejected", action="store_true", help="also incidents an analyst rejected")


def filters_from(args: argparse.Namespace) -> Filters:
    return Filters(
        start=args.start,
        end=args.end,
        factions=tuple(args.faction),
        blocs=tuple(args.bloc),
        admin1=tuple(args.admin1),
        admin2=tuple(args.admin2),
        in_zone_only=args.in_zone,
        violations_only=args.violations_only,
        event_types=tuple(args.event_types),
        outlets=tuple(args.outlet),
        reviewed_only=args.reviewed_only,
        include_rejected=args.include_rejected,
    )

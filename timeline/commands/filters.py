"""The analysis filters as command-line options, shared by ``events``, ``chart`` and ``brief``."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import re
from functools import cache

from timeline.analysis import Filters
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR

CLOSE_MATCHES = 5


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def _key(name: str) -> str:
    """How a typed name is compared: normalized like report text, without apostrophes, hyphens or dots."""
    return re.sub(r"[\s'’‘`ʼ\-_.]+", " ", normalize_term(name)).strip()


def _rows(name: str) -> list[dict]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _names(kind: str) -> dict[str, str]:
    """Every way to name a faction (or bloc) -> its id: the id, the English and Arabic labels, the aliases."""
    table = _rows("factions.csv" if kind == "faction" else "bloc_colors.csv")
    names: dict[str, str] = {}
    for row in table:
        for name in (row["id"], row["label_en"], row["label_ar"]):
            names.setdefault(_key(name), row["id"])
    if kind == "faction":
        known = {row["id"] for row in table}
        for row in _rows("faction_aliases.csv"):
            if row["faction_id"] in known:  # the table also holds rows for words that point back ("previous")
                names.setdefault(_key(row["alias"]), row["faction_id"])
    return names


def _resolver(kind: str):
    def resolve(value: str) -> str:
        """A faction (bloc) named by id, English or Arabic label or alias -> its id; else the close matches."""
        names = _names(kind)
        key = _key(value)
        if key in names:
            return names[key]
        close = difflib.get_close_matches(key, list(names), n=CLOSE_MATCHES, cutoff=0.6)
        ids = list(dict.fromkeys(names[c] for c in close))
        hint = f"; did you mean {', '.join(ids)}?" if ids else f"; known ids: {', '.join(sorted(set(names.values())))}"
        raise argparse.ArgumentTypeError(f"unknown {kind} {value!r}{hint}")

    resolve.__name__ = kind  # argparse names the type in its messages
    return resolve


faction_id = _resolver("faction")
bloc_id = _resolver("bloc")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The analysis filters as options (repeatable ones may be given several times)."""
    group = parser.add_argument_group("filters")
    group.add_argument("--from", dest="start", type=_day, metavar="DATE", help="first day (incident's first day)")
    group.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day (incident's first day)")
    group.add_argument(
        "--faction",
        action="append",
        default=[],
        type=faction_id,
        help='perpetrator faction: id, English or Arabic name or alias, e.g. hts, HTS, "Hay\'at Tahrir al-Sham" (repeatable)',
    )
    group.add_argument(
        "--bloc", action="append", default=[], type=bloc_id, help="perpetrator bloc: id or name (repeatable)"
    )
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

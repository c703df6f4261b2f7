"""The analysis filters as command-line options, shared by ``events``, ``chart`` and ``brief``."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import difflib
import re
import sys
from collections.abc import Iterable
from functools import cache
from typing import NoReturn

from timeline.analysis import Filters
from timeline.event_types import event_types
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR
from timeline.readers.outlets import outlet_named

CLOSE_MATCHES = 5
CLOSE_CUTOFF = 0.65
"""How alike (difflib's ratio) a known name must be to an unknown one to be suggested for it."""
ADMIN_LEVELS = ("governorate", "district", "subdistrict")  # the gazetteer's kinds of administrative unit
LISTED_OUTLETS = 30  # an unknown --outlet lists the store's outlets when it has at most this many


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


def _faction_names() -> dict[str, str]:
    """The id, the English and Arabic labels and the aliases of each faction -> its id."""
    table = _rows("factions.csv")
    names = {_key(name): row["id"] for row in table for name in (row["id"], row["label_en"], row["label_ar"])}
    known = {row["id"] for row in table}
    for row in _rows("faction_aliases.csv"):
        if row["faction_id"] in known:  # the table also holds rows for words that point back ("previous")
            names.setdefault(_key(row["alias"]), row["faction_id"])
    return names


def _bloc_names() -> dict[str, str]:
    return {
        _key(name): row["id"]
        for row in _rows("bloc_colors.csv")
        for name in (row["id"], row["label_en"], row["label_ar"])
    }


def _type_names() -> dict[str, str]:
    """The id, the English and Arabic labels and verdict names of each row of ``data/event_types.csv`` -> its
    id; also a two-word label's head noun, the Arabic first word and the English last ("غارة" of "غارة جوية",
    "strike" of "air strike"), which is how one names the type in short, when no other type's label has it."""
    rows = event_types().rows
    names = {
        _key(name): row.id
        for row in rows
        for name in (row.id, row.label_en, row.label_ar, row.verdict_en, row.verdict_ar)
    }
    heads: dict[str, set[str]] = {}
    for row in rows:
        for label, head in ((row.label_ar, 0), (row.label_en, -1)):
            words = _key(label).split()
            if len(words) > 1:
                heads.setdefault(words[head], set()).add(row.id)
    for word, ids in heads.items():
        if len(ids) == 1:
            names.setdefault(word, next(iter(ids)))
    return names


def _admin_names(level: str, column: str) -> dict[str, str]:
    """A governorate's (district's) English and Arabic names and aliases in the gazetteer -> the English
    name incidents carry in ``admin1`` (``admin2``). The spellings the gazetteer gives an administrative unit
    of the same name at another level also count ("Idleb", an alias of Idlib district, names Idlib
    governorate): a governorate, its central district and subdistrict share one name, spelt many ways."""
    places = _rows("places.csv")
    names: dict[str, str] = {}
    for row in places:
        if row["kind"] == level:
            for name in (row[column], row["name_en"], row["name_ar"], *_aliases(row)):
                names.setdefault(_key(name), row[column])
    units = {row["name_en"]: row[column] for row in places if row["kind"] == level}
    for row in places:
        if row["kind"] in ADMIN_LEVELS and row["kind"] != level and row["name_en"] in units:
            for name in _aliases(row):
                names.setdefault(_key(name), units[row["name_en"]])
    return names


def _aliases(row: dict) -> list[str]:
    return [a for a in f"{row['aliases_en']}|{row['aliases_ar']}".split("|") if a]


NAME_TABLES = {
    "faction": _faction_names,
    "bloc": _bloc_names,
    "event type": _type_names,
    "governorate": lambda: _admin_names("governorate", "admin1"),
    "district": lambda: _admin_names("district", "admin2"),
}


@cache
def _names(kind: str) -> dict[str, str]:
    """Every way to name a thing of ``kind`` (a key of ``NAME_TABLES``), compared by ``_key`` -> its id."""
    return NAME_TABLES[kind]()


def suggestions(key: str, names: dict[str, str]) -> list[str]:
    """The ids an unknown name most likely meant, nearest first: a name holding every word typed ("free army" in
    "free syrian army", "ahrar" in "ahrar al sham"), then one opening with the word typed first ("hama city":
    Hama), then one spelt nearly alike ("hezbolah", "damascus city"); none when no name comes close (a name merely
    sharing a word ending with it is no suggestion)."""
    words = key.split()

    def nearness(name: str) -> tuple:
        held = set(words) <= set(name.split())
        return held, name.split()[:1] == words[:1], difflib.SequenceMatcher(None, key, name).ratio()

    close = difflib.get_close_matches(key, list(names), n=len(names), cutoff=CLOSE_CUTOFF)
    candidates = {*close, *(name for name in names if set(words) <= set(name.split()) or nearness(name)[1])}
    ranked = sorted(candidates, key=nearness, reverse=True)
    return list(dict.fromkeys(names[name] for name in ranked))[:CLOSE_MATCHES]


def named(kind: str, value: str) -> tuple[str | None, list[str]]:
    """The id of the thing of ``kind`` (a key of ``NAME_TABLES``) ``value`` names, with no suggestion; else None and
    the ids it most likely meant (the command line's options and the dashboard's links read names alike)."""
    names = _names(kind)
    key = _key(value)
    if key in names:
        return names[key], []
    return None, suggestions(key, names)


def _resolver(kind: str):
    def resolve(value: str) -> str:
        """A faction (bloc, ...) named by id, English or Arabic label or alias -> its id; else the close matches."""
        found, ids = named(kind, value)
        if found is not None:
            return found
        names = _names(kind)
        hint = f"; did you mean {', '.join(ids)}?" if ids else f"; known: {', '.join(sorted(set(names.values())))}"
        raise argparse.ArgumentTypeError(f"unknown {kind} {value!r}{hint}")

    resolve.__name__ = kind  # argparse names the type in its messages
    return resolve


faction_id = _resolver("faction")
bloc_id = _resolver("bloc")
event_type_id = _resolver("event type")
governorate_name = _resolver("governorate")
district_name = _resolver("district")


NAMED_OPTIONS = (
    ("--faction", "faction", faction_id,
     'perpetrator faction: id, English or Arabic name or alias, e.g. hts, HTS, "Hay\'at Tahrir al-Sham" (repeatable)'),
    ("--bloc", "bloc", bloc_id, "perpetrator bloc: id or name (repeatable)"),
    ("--admin1", "admin1", governorate_name, "governorate, English or Arabic, any gazetteer spelling, e.g. Idlib, Idleb, إدلب (repeatable)"),
    ("--admin2", "admin2", district_name, "district, English or Arabic (repeatable)"),
    ("--type", "event_types", event_type_id,
     'event type: id or English or Arabic label or its head word, e.g. air_strike, "air strike", غارة جوية, غارة '
     "(repeatable)"),
)  # fmt: skip
"""The repeatable options that name things of a table: (option, destination, resolver, help)."""


def add_filter_options(parser: argparse.ArgumentParser, period_required: bool = False) -> None:
    """The analysis filters as options (repeatable ones may be given several times); ``period_required``: a
    command that needs ``--from`` and ``--to`` (a briefing compares its period with the one before) says so in
    its usage, and argparse stops it without them."""
    group = parser.add_argument_group("filters")
    period = dict(type=_day, metavar="DATE", required=period_required)
    group.add_argument("--from", dest="start", help="first day (incident's first day)", **period)
    group.add_argument("--to", dest="end", help="last day (incident's first day)", **period)
    for option, dest, resolve, help_text in NAMED_OPTIONS:
        group.add_argument(option, dest=dest, action="append", default=[], type=resolve, help=help_text)
    group.add_argument(
        "--outlet",
        action="append",
        default=[],
        help="reporting outlet: a name in the store, or any name or alias of data/outlets.csv, e.g. BBC (repeatable)",
    )
    group.add_argument("--in-zone", action="store_true", help="only incidents inside the agreement's zone")
    group.add_argument("--violations-only", action="store_true", help="only violations of the agreement in force")
    group.add_argument("--reviewed-only", action="store_true", help="only incidents an analyst confirmed or corrected")
    group.add_argument("--include-rejected", action="store_true", help="also incidents an analyst rejected")


def usage_error(message: str) -> NoReturn:
    """Stop the command as argparse does for a bad value: one ``error:`` line on stderr, exit status 2."""
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)


def filters_from(args: argparse.Namespace) -> Filters:
    """The options as ``Filters``; a period that ends before it starts stops the command (it selects nothing)
    with exit status 2, as argparse does for any other bad value."""
    if args.start and args.end and args.start > args.end:
        usage_error(f"argument --from/--to: the period starts ({args.start}) after it ends ({args.end})")
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


def with_store_outlets(filters: Filters, known: Iterable[str]) -> Filters:
    """``--outlet`` values matched to the outlets the store knows, whatever their case or spacing
    ("reuters" is Reuters); an outlet of ``data/outlets.csv`` by any of its names or aliases ("BBC"), with every
    name the store gives it (an outlet is named in each report's language: "Al Arabiya" and "العربية"). One the
    store does not know stops the command (exit status 2) with the close matches, instead of an empty result that reads like
    "no incidents"."""
    by_key = {_key(name): name for name in known}
    by_outlet: dict[str, list[str]] = {}
    for name in by_key.values():
        outlet = outlet_named(name)
        if outlet is not None:
            by_outlet.setdefault(outlet.id, []).append(name)
    chosen = []
    for value in filters.outlets:
        key = _key(value)
        outlet = outlet_named(value) or (outlet_named(by_key[key]) if key in by_key else None)
        if outlet is not None and outlet.id in by_outlet:
            chosen += [name for name in sorted(by_outlet[outlet.id]) if name not in chosen]
            continue
        if key not in by_key:
            close = [by_key[c] for c in difflib.get_close_matches(key, list(by_key), n=CLOSE_MATCHES, cutoff=0.6)]
            close += [by_key[k] for k in sorted(by_key) if key in k.split() and by_key[k] not in close]  # "sky"
            hint = f"; did you mean {', '.join(close)}?" if close else f"; the store has {_listed(by_key.values())}"
            usage_error(f"argument --outlet: no outlet {value!r} in the store{hint}")
        if by_key[key] not in chosen:
            chosen.append(by_key[key])
    return dataclasses.replace(filters, outlets=tuple(chosen))


def _listed(outlets: Iterable[str]) -> str:
    """The store's outlets, named when there are few enough to read on one line (else how many)."""
    names = sorted(outlets, key=str.casefold)
    return f"these outlets: {', '.join(names)}" if len(names) <= LISTED_OUTLETS else f"{len(names)} outlets"


def store_outlets(frame) -> set[str]:
    """Every outlet named by an incident of the frame (its ``outlets`` column holds tuples)."""
    return {name for names in frame["outlets"] if isinstance(names, tuple | list) for name in names}

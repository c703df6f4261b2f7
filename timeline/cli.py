"""The command line: one sub-command per stage, each defined in its own module.

Each module in ``COMMAND_MODULES`` has ``register(subparsers)`` which adds its parser and sets
``func`` (called with the parsed args; returns the exit status). A store that cannot be opened or
written is one message and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys

import sqlalchemy as sa

from timeline.commands.store_access import StoreUnavailable, database_reason

COMMAND_MODULES = (
    "timeline.commands.extract",
    "timeline.commands.ingest",
    "timeline.commands.events",
    "timeline.commands.export",
    "timeline.commands.chart",
    "timeline.commands.brief",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m timeline", description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except StoreUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except sa.exc.OperationalError as exc:  # e.g. a read-only store file, a full disk
        print(f"error: the store failed: {database_reason(exc)}", file=sys.stderr)
        return 2

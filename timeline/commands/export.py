"""``python -m timeline export --format csv|json|geojson [filters] [--out FILE]``: the incidents, ACLED-style."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline.analysis import apply_filters
from timeline.commands.filters import add_filter_options, filters_from, store_outlets, with_store_outlets
from timeline.commands.ingest import add_db_option
from timeline.commands.store_access import open_existing_store
from timeline.export import FORMATS, export
from timeline.labels import counted


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="write the incidents as CSV, JSON or GeoJSON",
                                   description=__doc__.splitlines()[0])  # fmt: skip
    add_db_option(parser)
    parser.add_argument("--format", choices=FORMATS, default="csv", help="output format (default csv)")
    parser.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output ('-': standard output)")
    add_filter_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    frame = open_existing_store(args.db).incidents_frame()  # the incidents the events command lists (no rejected)
    chosen = apply_filters(frame, with_store_outlets(filters_from(args), store_outlets(frame)))
    text = export(chosen, args.format)
    text += "" if text.endswith("\n") else "\n"  # a text file's last line ends, JSON's too (the shell prompt after it)
    if args.out and args.out != "-":
        out = Path(args.out)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)  # as brief and chart do
            out.write_text(text, encoding="utf-8")
        except OSError as exc:  # a folder in the way, no permission, a full disk: one line, as chart says it
            print(f"error: {args.out}: cannot write: {exc.strerror or exc}", file=sys.stderr)
            return 1
        # how many, so filters that select nothing are seen at once, not in an empty file opened later
        print(f"wrote {counted(len(chosen), 'incidents', 'en')} to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0

"""``python -m timeline brief --from DATE --to DATE [filters] [--lang ar|en] --out FILE.{html,md,docx}``.

Writes a briefing on the incidents of a period (and selection): headline figures against the
previous period, tables and charts per perpetrator and governorate, the most serious incidents with
their claims and reports, contested figures, retaliation chains, milestones and a data-quality note.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from timeline import briefing, charts, png
from timeline.commands.filters import (
    add_filter_options,
    filters_from,
    store_outlets,
    usage_error,
    with_store_outlets,
)
from timeline.commands.ingest import add_db_option
from timeline.commands.numbers import positive_int
from timeline.commands.store_access import open_existing_store
from timeline.labels import counted


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "brief", help="write a briefing (HTML, Markdown or DOCX) for a period", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="output: .html, .md or .docx")
    parser.add_argument("--lang", choices=charts.LANGS, default="en", help="English or Arabic (right-to-left)")
    parser.add_argument(
        "--top", type=positive_int, default=briefing.content.TOP_INCIDENTS, help="most serious incidents shown"
    )
    parser.add_argument("--no-charts", action="store_true", help="leave the charts out (no Chromium needed)")
    add_filter_options(parser, period_required=True)
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    began = time.perf_counter()
    try:  # a bad value stops the command as argparse does (exit status 2); a failure to write is status 1
        fmt = briefing.format_of(args.out)
    except ValueError as exc:
        usage_error(f"argument --out: {exc}")
    try:
        store = open_existing_store(args.db)
        filters = filters_from(args)
        if filters.outlets:  # only then is the store's outlet list worth a read of its own
            filters = with_store_outlets(filters, store_outlets(store.incidents_frame()))
        result = briefing.build_briefing(store, filters, args.lang, args.top, not args.no_charts)
        path = briefing.render(result, fmt, args.out)
    except (ValueError, png.ExportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # the file, or the folder of a Markdown briefing's images, cannot be written
        where = f" ({exc.filename})" if exc.filename and Path(exc.filename) != args.out else ""
        print(f"error: {args.out}: cannot write: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    print(
        f"{path}  ({fmt}, {args.lang}, {counted(result.quality.incidents, 'incidents', 'en')}, {len(result.serious)} detailed, "
        f"{counted(len(result.figures), 'charts', 'en')}, {time.perf_counter() - began:.1f} s)"
    )
    return 0

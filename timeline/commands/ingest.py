"""``python -m timeline ingest [--db PATH] PATH...``: read, extract and store reports; print a summary.

Re-running on the same files changes nothing; edited files replace their old version. The exit status
is 1 when any file or article failed, 2 when no path given exists (no store is created), 130 when interrupted
(what was committed stays committed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline.commands.numbers import positive_int
from timeline.commands.store_access import open_store
from timeline.dask_ingest import SchedulerUnreachable
from timeline.ingest import IngestInterrupted, ingest
from timeline.readers import SUFFIXES
from timeline.readers.metadata import parse_iso


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db``: a SQLite file or a database URL (default: ``TIMELINE_DB`` or data/timeline.sqlite)."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="store: a SQLite file or a SQLAlchemy URL (default: $TIMELINE_DB or data/timeline.sqlite)",
    )


def _iso(value: str):
    parsed = parse_iso(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"not an ISO date or date-time: {value!r}")
    return parsed


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "ingest", help="read, extract and store report files (recursively)", description=__doc__.splitlines()[0]
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    add_db_option(parser)
    parser.add_argument("--workers", type=positive_int, help="extraction processes (default: one per CPU)")
    parser.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="extract on a Dask cluster: its scheduler address (tcp://host:8786), or 'local' for a LocalCluster "
        "of --workers processes; every worker must see the paths",
    )
    parser.add_argument("--published", type=_iso, metavar="ISO", help="publication date for every article read")
    parser.add_argument("--force", action="store_true", help="re-extract articles already stored unchanged")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Ingest, unless no path given exists: then an error naming them, before the store is opened (so a mistyped
    path does not leave a new empty store behind). A missing path beside existing ones fails like a bad file."""
    missing = [path for path in args.paths if not Path(path).exists()]
    if len(missing) == len(args.paths):
        for path in missing:
            print(f"error: no such file or folder: {path}", file=sys.stderr)
        return 2
    store = open_store(args.db)
    try:
        summary = ingest(
            args.paths,
            store,
            workers=args.workers,
            progress=not args.quiet,
            published=args.published,
            force=args.force,
            dask=args.dask,
        )
        status = 1 if summary.failed else 0
    except IngestInterrupted as exc:
        summary, status = exc.summary, 130
    except SchedulerUnreachable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for note in summary.notes:
        print(f"note: {note}", file=sys.stderr)
    if summary.read == 0 and not summary.failed and not summary.interrupted:  # a wrong folder, not a quiet success
        paths = ", ".join(map(str, args.paths))
        print(f"warning: no report found in {paths}: reports are {', '.join(sorted(SUFFIXES))} files", file=sys.stderr)
    lines = summary.lines()
    print(lines[0])
    for line in lines[1:]:
        print(line, file=sys.stderr)
    print(f"store: {store.url}")
    return status

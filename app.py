"""Serve the dashboard over the timeline store on http://127.0.0.1:8050 (``python app.py``).

On the first run, with the default store empty, the bundled sample corpus (``data/sample/``, invented for
demonstration) is ingested so there is something to look at; the dashboard then says so in a banner.
"""

from __future__ import annotations

import argparse
import logging
import os

from timeline.commands.store_access import StoreUnavailable, open_store
from timeline.dashboard.server import create_app
from timeline.ingest import ingest
from timeline.paths import SAMPLE_DIR


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8050)
    parser.add_argument(
        "--db", default=None, help="store file or SQLAlchemy URL (default data/timeline.sqlite or $TIMELINE_DB)"
    )
    parser.add_argument(
        "--no-sample", action="store_true", help="do not ingest the sample corpus into the default store when empty"
    )
    parser.add_argument("--debug", action="store_true", help="Dash debug mode (never on a shared network)")
    return parser.parse_args(argv)


def sample_wanted(args: argparse.Namespace, environ=os.environ) -> bool:
    """Whether an empty store gets the invented sample: only the default store (``make run``'s first look), never
    a store named by ``--db`` or ``TIMELINE_DB``, which may be a team's new real one."""
    return not args.no_sample and args.db is None and not environ.get("TIMELINE_DB")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        store = open_store(args.db)
    except StoreUnavailable as exc:
        raise SystemExit(f"error: {exc}") from None
    if sample_wanted(args) and store.articles_frame().empty and SAMPLE_DIR.is_dir():
        summary = ingest([SAMPLE_DIR], store, progress=True)
        for line in summary.lines():
            logging.info("sample corpus: %s", line)
    app = create_app(store)
    app.run(host=args.host, port=args.port, debug=args.debug)


if __name__ == "__main__":
    main()

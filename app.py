"""Serve the dashboard over the timeline store on http://127.0.0.1:8050 (``python app.py``).

On the first run, with an empty store, the bundled sample corpus (``data/sample/``, invented for
demonstration) is ingested so there is something to look at; the dashboard then says so in a banner.
"""

from __future__ import annotations

import argparse
import logging

from timeline.dashboard.server import create_app
from timeline.ingest import ingest
from timeline.paths import SAMPLE_DIR
from timeline.store import Store, store_error_message


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8050)
    parser.add_argument(
        "--db", default=None, help="store file or SQLAlchemy URL (default data/timeline.sqlite or $TIMELINE_DB)"
    )
    parser.add_argument("--no-sample", action="store_true", help="do not ingest the sample corpus into an empty store")
    parser.add_argument("--debug", action="store_true", help="Dash debug mode (never on a shared network)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        store = Store(args.db)
    except Exception as exc:
        message = store_error_message(exc)
        if message is None:
            raise
        raise SystemExit(f"error: {message}") from None
    if not args.no_sample and store.articles_frame().empty and SAMPLE_DIR.is_dir():
        summary = ingest([SAMPLE_DIR], store, progress=True)
        for line in summary.lines():
            logging.info("sample corpus: %s", line)
    app = create_app(store)
    app.run(host=args.host, port=args.port, debug=args.debug)


if __name__ == "__main__":
    main()

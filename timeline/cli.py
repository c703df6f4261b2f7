"""The command line: one sub-command per stage, each defined in its own module.

Each module in ``COMMAND_MODULES`` has ``register(subparsers)`` which adds its parser and sets
``func`` (called with the parsed args; returns the exit status). A store that cannot be opened or
written is one message and exit status 2; output piped to a reader that stops early (``| head``) ends quietly.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from timeline.commands.store_access import store_failure

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
        status = int(args.func(args) or 0)
        sys.stdout.flush()  # (a closed pipe shows here, not at interpreter exit)
        return status
    except BrokenPipeError:
        # the reader of the output went away (``events | head``): stop quietly, as other command-line tools do;
        # what is still buffered goes nowhere instead of failing again at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        message = store_failure(exc)
        if message is None:
            raise
        print(f"error: {message}", file=sys.stderr)
        return 2

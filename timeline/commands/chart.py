"""``python -m timeline chart KIND [filters] --out FILE.png`` and ``chart all --out-dir DIR``: figures as files.

The figures are the builders of ``timeline.charts`` (the dashboard's and briefings' too), drawn from
the store's incidents; the file format (PNG, SVG, PDF) follows the file suffix.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from timeline import charts, png
from timeline.analysis import FREQUENCIES, View, explode_perpetrators
from timeline.commands.filters import (
    add_filter_options,
    filters_from,
    store_outlets,
    usage_error,
    with_store_outlets,
)
from timeline.commands.ingest import add_db_option
from timeline.commands.numbers import positive_float, positive_int
from timeline.commands.store_access import open_existing_store
from timeline.labels import counted

BUILDER_OPTIONS = {"over_time": ("freq",), "cumulative": ("agreement",), "admin": ("level",)}
"""Which command-line options each figure kind takes."""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "chart", help="draw a figure (or all of them) to PNG/SVG/PDF", description=__doc__.splitlines()[0]
    )
    parser.add_argument("kind", choices=[*charts.FIGURES, "all"], help="which figure; 'all' draws every kind")
    parser.add_argument("--out", type=Path, metavar="FILE", help="output file (.png, .svg or .pdf) for one figure")
    parser.add_argument("--out-dir", type=Path, metavar="DIR", help="output folder for 'all' (KIND.FORMAT files)")
    parser.add_argument("--format", choices=png.FORMATS, default="png", help="file format for 'all' (default png)")
    parser.add_argument("--lang", choices=charts.LANGS, default="en", help="labels in English or Arabic")
    parser.add_argument("--width", type=positive_int, help="pixels (default 1100)")
    parser.add_argument("--height", type=positive_int, help="pixels (default: the figure's own height)")
    parser.add_argument("--scale", type=positive_float, default=1.0, help="pixel density multiplier (default 1)")
    parser.add_argument("--freq", choices=FREQUENCIES, default="W", help="over_time bins: D, W or M (default W)")
    parser.add_argument("--level", choices=("admin1", "admin2"), default="admin1", help="admin: governorate/district")
    parser.add_argument(
        "--agreement",
        help="cumulative: agreement id from data/agreements.yaml (default: the one most incidents shown fall under)",
    )
    add_filter_options(parser)
    add_db_option(parser)
    parser.set_defaults(func=run)


def _targets(args: argparse.Namespace) -> list[tuple[str, Path]]:
    if args.kind == "all":
        if args.out_dir is None:
            usage_error("chart all: give --out-dir DIR")
        return [(kind, args.out_dir / f"{kind}.{args.format}") for kind in charts.FIGURES]
    if args.out is None:
        usage_error(f"chart {args.kind}: give --out FILE.png (or .svg, .pdf)")
    png.format_of(args.out)
    return [(args.kind, args.out)]


def run(args: argparse.Namespace) -> int:
    try:
        targets = _targets(args)
        png.start_server()
    except png.ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    frame = open_existing_store(args.db).incidents_frame()
    view = View.of(explode_perpetrators(frame), with_store_outlets(filters_from(args), store_outlets(frame)))
    failed = False
    for kind, path in targets:
        options = {name: getattr(args, name) for name in BUILDER_OPTIONS.get(kind, ())}
        began = time.perf_counter()
        try:
            figure = charts.FIGURES[kind](view, args.lang, **options)
            png.write_figure(figure, path, args.width, args.height, args.scale)
        except (png.ExportError, ValueError) as exc:
            print(f"error: {kind} -> {path}: {exc}", file=sys.stderr)
            failed = True
            continue
        incidents = counted(view.source_counts().incidents, "incidents", "en")  # 0: the filters select nothing
        print(f"{path}  ({kind}, {incidents}, {time.perf_counter() - began:.2f} s)")
    return 1 if failed else 0

"""``python -m timeline extract [--json] [--published ISO] FILE...``: reports in, contract JSON out.

A thin shell over ``timeline.readers`` and ``timeline.extract.extract_article``. Problems go to stderr,
one line each naming the file (and row) and the reason; the exit status is 1 when any file failed.
"""

from __future__ import annotations

import argparse
import json
import sys

from timeline.extract import extract_article
from timeline.readers import read_paths
from timeline.readers.metadata import parse_iso

SUMMARY_EXCERPT = 160


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="read report files and print their dates and incidents",
        description=__doc__.splitlines()[0],
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="report files or folders (read recursively)")
    parser.add_argument("--json", action="store_true", help="print the extraction contract's JSON array")
    parser.add_argument(
        "--published",
        type=_iso,
        metavar="ISO",
        help="publication date-time for every article read (overrides printed dates and metadata)",
    )
    parser.set_defaults(func=run)


def _iso(value: str):
    parsed = parse_iso(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"not an ISO date or date-time: {value!r}")
    return parsed


def run(args: argparse.Namespace) -> int:
    result = read_paths(args.files, published=args.published)
    failed = bool(result.errors)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    outputs = []
    for article in result.articles:
        try:
            output = extract_article(article)
        except Exception as exc:  # one article's failure must not hide the others' results
            print(f"error: {article.path} ({article.key}): extraction failed: {exc!r}", file=sys.stderr)
            failed = True
            continue
        outputs.append((article, output))
    if args.json:
        json.dump([o for _, o in outputs], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for article, output in outputs:
            print(_summary(article, output))
    return 1 if failed else 0


def _summary(article, output: dict) -> str:
    meta = output["article"]
    excerpt = " ".join(article.body.split())[:SUMMARY_EXCERPT]
    lines = [
        f"== {meta['key']}  ({meta['path']})",
        f"   title:     {meta['title'] or '-'}",
        f"   published: {meta['published'] or 'unknown'}  (from {meta['published_from']})",
        f"   language:  {meta['language']}   source: {meta['source'] or '-'}   url: {meta['url'] or '-'}",
        f"   dates: {len(output['dates'])}   events: {len(output['events'])}   noise lines: {len(article.noise)}",
    ]
    lines += [f"   warning:   {w}" for w in meta.get("warnings") or ()]
    lines.append(f"   text:      {excerpt}…")
    return "\n".join(lines)

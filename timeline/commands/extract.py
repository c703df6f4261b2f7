"""``python -m timeline extract [--json] [--published ISO] [--data-dir DIR] FILE...``: reports in, contract JSON out.

A thin shell over ``timeline.readers`` and ``timeline.extract.extract_article``. Problems go to stderr,
one line each naming the file (and row) and the reason; the exit status is 1 when any file failed.
``--data-dir`` extracts with the tables of another copy of ``data/`` (an analyst's extended word lists).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from timeline.extract import extract_article
from timeline.readers import read_paths
from timeline.readers.metadata import parse_iso
from timeline.reference import Reference, default_reference

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
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="read the reference tables (aliases, places, word lists) from DIR, a copy of data/, instead of data/",
    )
    parser.set_defaults(func=run)


def _iso(value: str):
    parsed = parse_iso(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"not an ISO date or date-time: {value!r}")
    return parsed


def run(args: argparse.Namespace) -> int:
    if args.data_dir and not Path(args.data_dir).is_dir():
        print(f"error: --data-dir {args.data_dir}: no such folder (give a copy of data/)", file=sys.stderr)
        return 2
    try:
        reference = Reference.load(args.data_dir) if args.data_dir else default_reference()
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: --data-dir {args.data_dir}: {exc}", file=sys.stderr)
        return 2
    result = read_paths(args.files, published=args.published, tables=reference.readers)
    failed = bool(result.errors)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    outputs = []
    for article in result.articles:
        try:
            output = extract_article(article, reference)
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
            print(_summary(article, output, reference))
    return 1 if failed else 0


def _quote(text: str, spans) -> str:
    """The evidence spans as quoted text (page whitespace squeezed), joined by " … "."""
    parts = [" ".join(text[start:end].split()) for start, end in spans or () if 0 <= start < end <= len(text)]
    return " … ".join(f"«{p}»" for p in parts if p) or "-"


def _figures(claim: dict) -> str:
    words = [f"{claim[k]:g} {k}" for k in ("killed", "wounded", "captured") if isinstance(claim.get(k), int | float)]
    words += [f"{k}: a vague count" for k in claim.get("vague") or ()]
    return ", ".join(words) or "no figure"


def _event_lines(article, event: dict, reference: Reference) -> list[str]:
    """One incident: when, what, who against whom, where, each claim with its source, and the quoted evidence."""
    days = event.get("first") or "undated"
    if event.get("last") and event["last"] != event.get("first"):
        days += f" – {event['last']}"
    place = event.get("place") or {}
    where = place.get("name") or place.get("text") or "place unknown"
    if place.get("admin1"):
        where += f" ({', '.join(p for p in (place.get('admin2'), place['admin1']) if p)})"
    who = f"{', '.join(event.get('perpetrators') or ['unknown'])} → {', '.join(event.get('targets') or ['unknown'])}"
    lines = [f"   * {days}  {event.get('type') or reference.event_types.unknown}  {who}  @ {where}"]
    if event.get("date_text"):
        lines.append(f"       date from: «{event['date_text']}»")
    lines += [f"       date warning: {w}" for w in event.get("date_warnings") or ()]
    for claim in event.get("claims") or ():
        source = claim.get("source") or f"{claim.get('outlet') or 'the outlet'} (no source named)"
        of = f" of {claim['of']}" if claim.get("of") else ""
        lines.append(f"       claim: {_figures(claim)}{of} — {source}: {_quote(article.text, claim.get('evidence'))}")
    lines.append(f"       evidence: {_quote(article.text, event.get('evidence'))}")
    return lines


def _summary(article, output: dict, reference: Reference) -> str:
    """The readable form: the article's metadata, then every incident with quoted evidence."""
    meta = output["article"]
    lines = [
        f"== {meta['key']}  ({meta['path']})",
        f"   title:     {meta['title'] or '-'}",
        f"   published: {meta['published'] or 'unknown'}  (from {meta['published_from']})",
        f"   language:  {meta['language']}   source: {meta['source'] or '-'}   url: {meta['url'] or '-'}",
        f"   dates: {len(output['dates'])}   incidents: {len(output['events'])}   noise lines: {len(article.noise)}",
    ]
    lines += [f"   warning:   {w}" for w in meta.get("warnings") or ()]
    for event in output["events"]:
        lines += _event_lines(article, event, reference)
    if not output["events"]:
        lines.append(f"   text:      {' '.join(article.body.split())[:SUMMARY_EXCERPT]}…")
    return "\n".join(lines)

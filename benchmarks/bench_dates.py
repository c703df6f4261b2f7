"""Throughput of the date tagger on one core, beside dateparser's ``search_dates`` on the same reports.

    .venv/bin/python benchmarks/bench_dates.py [--reports 5000] [--repeat 3] [--dateparser-reports 40]

The corpus is built by repeating the project's sample reports (``data/sample``, written for the
project): each benchmark report joins two consecutive sample texts, so reports are 2–3 KB like
real news pages. Times are CPU seconds of this process pinned to one core (wall time is printed too,
since the machine may be shared). dateparser is far slower, so it runs on a subset and its rate is
extrapolated; the script says so in its output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.dates import tag_dates  # noqa: E402
from timeline.paths import SAMPLE_DIR  # noqa: E402

PUBLISHED = dt.datetime(2019, 3, 14, 12, 0)


def sample_texts(folder: Path = SAMPLE_DIR) -> list[str]:
    """The sample reports: every .txt file and every item of every JSON Lines feed."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    for feed in sorted(folder.glob("*.jsonl")):
        for line in feed.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if isinstance(item.get("text"), str):
                    texts.append(item["text"])
    if not texts:
        raise SystemExit(f"no sample reports found in {folder}")
    return texts


def build_reports(texts: list[str], count: int, per_report: int = 2) -> list[str]:
    n = len(texts)
    return ["\n\n".join(texts[(i + k) % n] for k in range(per_report)) for i in range(count)]


def timed(func, reports: list[str]) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, expressions found) for ``func`` over ``reports``."""
    found = 0
    cpu, wall = time.process_time(), time.perf_counter()
    for report in reports:
        found += len(func(report))
    return time.process_time() - cpu, time.perf_counter() - wall, found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=5000, help="number of reports to tag (default 5000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the date tagger; the best is reported")
    parser.add_argument("--dateparser-reports", type=int, default=40, help="subset for dateparser (default 40)")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    calibration = time.process_time()
    sum(range(10**6))
    calibration = time.process_time() - calibration
    print(f"machine: sum(range(10**6)) takes {calibration * 1000:.1f} ms CPU here (for comparing runs across machines)")
    reports = build_reports(sample_texts(), args.reports)
    size_kb = sum(len(r.encode("utf-8")) for r in reports) / len(reports) / 1024
    chars = sum(len(r) for r in reports) / len(reports)
    print(
        f"corpus: {len(reports)} reports, mean {size_kb:.1f} KB UTF-8 ({chars:.0f} characters), built from data/sample"
    )

    tag_dates(reports[0], PUBLISHED)  # load the word lists and compile the grammar once
    runs = [timed(lambda r: tag_dates(r, PUBLISHED), reports) for _ in range(args.repeat)]
    cpu, wall, found = min(runs)  # the least disturbed run: other jobs on a shared machine only slow it down
    ours = len(reports) / cpu
    rates = sorted(len(reports) / run[0] for run in runs)
    print(
        f"timeline.dates   : {ours:9.0f} reports/s CPU ({len(reports) / wall:.0f}/s wall), {found} expressions"
        f" - best of {args.repeat} runs (all: {', '.join(f'{r:.0f}' for r in rates)})"
    )

    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": PUBLISHED, "PREFER_DATES_FROM": "past"}
    subset = reports[: args.dateparser_reports]
    search_dates(subset[0][:200], languages=["ar", "en"], settings=settings)  # warm up its caches
    cpu, wall, found = timed(lambda r: search_dates(r, languages=["ar", "en"], settings=settings) or [], subset)
    theirs = len(subset) / cpu
    print(
        f"dateparser       : {theirs:9.1f} reports/s CPU ({len(subset) / wall:.1f}/s wall), {found} expressions "
        f"- measured on {len(subset)} reports, extrapolated: {len(reports) / theirs:.0f} s for all {len(reports)}"
    )
    print(f"speed-up         : {ours / theirs:9.0f}x")


if __name__ == "__main__":
    main()

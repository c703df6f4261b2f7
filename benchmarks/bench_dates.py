"""Throughput of the date tagger on one core, beside dateparser's ``search_dates`` on the same reports.

    .venv/bin/python benchmarks/bench_dates.py [--reports 5000] [--repeat 3] [--dateparser-reports 40]
                                               [--corpus DIR ...]

The first corpus is built by repeating the project's sample reports (``data/sample``, written for the
project): each benchmark report joins two consecutive sample texts, so reports are 2–3 KB like
real news pages. Then every real corpus is timed as it is, each report with its own publication date:
the folders given with ``--corpus``, or else those of ``../shared/corpus/real`` when they are beside
the project (real reports are longer and vary more than the sample). Times are CPU seconds of this
process pinned to one core (wall time is printed too, since the machine may be shared). dateparser
is far slower, so it runs on a subset and its rate is extrapolated; the script says so in its output,
with the ratio of the two rates.
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

from timeline.article import Article  # noqa: E402
from timeline.dates import tag_dates  # noqa: E402
from timeline.paths import PROJECT_ROOT, SAMPLE_DIR  # noqa: E402
from timeline.readers import read_paths  # noqa: E402

REAL_CORPORA = PROJECT_ROOT.parent / "shared" / "corpus" / "real"

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


def corpus_articles(folder: Path) -> list[Article]:
    """The reports the readers find in ``folder``: gold, sidecars and the README are not reports."""
    paths = [
        p
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(".meta.json") and not p.name.upper().startswith("README")
    ]
    result = read_paths([p for p in paths if p.suffix in (".txt", ".html", ".md", ".jsonl", ".json", ".csv")])
    return [a for a in result.articles if a.body.strip()]


def corpus_reports(folder: Path) -> list[tuple[str, dt.datetime | dt.date | None]]:
    """(text, publication date) of every report in ``folder``."""
    return [(a.body, a.published) for a in corpus_articles(folder)]


def compare(name: str, reports: list[tuple[str, object]], repeat: int, dateparser_reports: int) -> None:
    """Time the date tagger and dateparser's ``search_dates`` on the same reports; print both and their ratio."""
    size_kb = sum(len(r.encode("utf-8")) for r, _ in reports) / len(reports) / 1024
    print(f"corpus: {name}: {len(reports)} reports, mean {size_kb:.1f} KB UTF-8")
    tag_dates(reports[0][0], reports[0][1])  # load the word lists and compile the grammar once
    runs = [timed(lambda r: tag_dates(r[0], r[1]), reports) for _ in range(repeat)]
    cpu, wall, found = min(runs)  # the least disturbed run: other jobs on a shared machine only slow it down
    ours = len(reports) / cpu
    rates = sorted(len(reports) / run[0] for run in runs)
    print(
        f"  timeline.dates : {ours:9.0f} reports/s CPU ({len(reports) / wall:.0f}/s wall), {found} expressions"
        f" - best of {repeat} runs (all: {', '.join(f'{r:.0f}' for r in rates)})"
    )
    from dateparser.search import search_dates

    subset = reports[:dateparser_reports]

    def parse(report):
        text, published = report
        settings = {"PREFER_DATES_FROM": "past"}
        if published is not None:
            base = published if isinstance(published, dt.datetime) else dt.datetime.combine(published, dt.time())
            settings["RELATIVE_BASE"] = base.replace(tzinfo=None)
        return search_dates(text, languages=["ar", "en"], settings=settings) or []

    parse((subset[0][0][:200], subset[0][1]))  # warm up its caches
    cpu, wall, found = timed(parse, subset)
    theirs = len(subset) / cpu
    print(
        f"  dateparser     : {theirs:9.1f} reports/s CPU ({len(subset) / wall:.1f}/s wall), {found} expressions "
        f"- measured on {len(subset)} reports, extrapolated: {len(reports) / theirs:.0f} s for all {len(reports)}"
    )
    print(f"  ratio          : {ours / theirs:9.0f}x faster than dateparser")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=5000, help="number of sample reports to tag (default 5000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the date tagger; the best is reported")
    parser.add_argument("--dateparser-reports", type=int, default=40, help="subset for dateparser (default 40)")
    parser.add_argument("--corpus", type=Path, action="append", help="a folder of real reports (repeatable)")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    calibration = time.process_time()
    sum(range(10**6))
    calibration = time.process_time() - calibration
    print(f"machine: sum(range(10**6)) takes {calibration * 1000:.1f} ms CPU here (for comparing runs across machines)")
    sample = [(text, PUBLISHED) for text in build_reports(sample_texts(), args.reports)]
    compare("data/sample, two reports joined per benchmark report", sample, args.repeat, args.dateparser_reports)
    folders = args.corpus or (sorted(p for p in REAL_CORPORA.iterdir() if p.is_dir()) if REAL_CORPORA.is_dir() else [])
    for folder in folders:
        reports = corpus_reports(folder)
        if not reports:
            print(f"corpus: {folder}: no reports found")
            continue
        compare(str(folder), reports, args.repeat, args.dateparser_reports)


if __name__ == "__main__":
    main()

"""Extraction throughput: full ``extract_article`` (dates + incidents) on one core, in reports/second.

The first run repeats the bundled sample (``data/sample/``, invented texts) until there are at least N
reports; each repetition is a distinct Article (own key), so nothing is cached per article. Then every
real corpus is timed as it is (its reports repeated to at least 500, with their mean size printed): the
folders given with ``--corpus``, or else those of ``../shared/corpus/real`` when they are beside the
project. The reference tables are loaded before the clock starts, as in a long-running ingest.
The readers keep per-word memos, warm once a corpus has been read: the first pass over its distinct reports, each
new to the process (as in an ingest of new reports, whose words are partly new), is timed and printed apart.
The rate is measured on the process's CPU time (one core, single-threaded), which a machine shared
with other jobs does not distort; the wall-clock rate is printed beside it. Target: >= 300 reports/s.

    .venv/bin/python -m benchmarks.bench_extract [--n 5000] [--corpus DIR ...]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_dates import REAL_CORPORA, corpus_articles  # noqa: E402
from timeline.article import Article  # noqa: E402
from timeline.extract import extract_article  # noqa: E402
from timeline.paths import SAMPLE_DIR  # noqa: E402
from timeline.readers import read_paths  # noqa: E402
from timeline.reference import default_reference  # noqa: E402

TARGET = 300.0


def interpreter() -> str:
    """The interpreter the figures are of. Its build matters as much as the code: a default source build that
    loads libpython as a shared library, without profile-guided optimisation (pyenv's), runs this extraction
    with 13% more instructions and 10-20% more CPU time than Debian's own python3 of the same version, so a
    rate is only comparable beside one of the same interpreter."""
    shared = ""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            shared = next((line.split()[-1] for line in maps if "/libpython" in line), "")
    except OSError:
        return f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})"
    linked = f"libpython shared from {shared}" if shared else "libpython linked into the binary"
    return (
        f"{platform.python_implementation()} {platform.python_version()} ({os.path.realpath(sys.executable)}; {linked})"
    )


def repeated(articles: list[Article], count: int) -> list[Article]:
    """At least ``count`` reports: the articles repeated, each copy a distinct Article (own key)."""
    count = max(count, len(articles))
    return [
        dataclasses.replace(articles[i % len(articles)], key=f"{articles[i % len(articles)].key}@{i}")
        for i in range(count)
    ]


def timed(name: str, distinct: list[Article], reports: list[Article]) -> float:
    """Extract every report on one core; print the figures and return the reports per CPU second."""
    events = 0
    chars = 0
    reference = default_reference()  # loaded before the clock starts (see ``main``)
    # the readers keep per-word memos (a word's token plan, whether it can hold a casualty word): a corpus
    # repeated finds them all warm, so its first pass, every report new to the process, is timed on its own
    first_start = time.process_time()
    for article in distinct:
        extract_article(article, reference)
    first_rate = len(distinct) / (time.process_time() - first_start)
    start, cpu_start = time.perf_counter(), time.process_time()
    for article in reports:
        result = extract_article(article, reference)
        events += len(result["events"])
        chars += len(article.text)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    rate = len(reports) / cpu
    mean_kb = sum(len(a.text.encode("utf-8")) for a in distinct) / len(distinct) / 1024
    print(f"== {name}")
    print(f"reports             {len(reports)} ({len(distinct)} distinct, mean {mean_kb:.1f} KB UTF-8)")
    print(f"characters          {chars:,}")
    print(f"incidents found     {events:,}")
    print(f"CPU time (s)        {cpu:.2f}   wall time (s) {elapsed:.2f}")
    print(
        f"reports/second      {rate:,.0f} on one core (target >= {TARGET:.0f}: {'met' if rate >= TARGET else 'NOT met'})"
    )
    print(f"  by wall clock     {len(reports) / elapsed:,.0f}")
    print(f"  first pass        {first_rate:,.0f} (the {len(distinct)} distinct reports, each new to the process)")
    print(f"ms per report       {1000 * cpu / len(reports):.2f} CPU")
    # reports differ fivefold in length across the corpora: the text rate says whether a slow corpus is slow per report only
    text_kb = sum(len(a.text.encode("utf-8")) for a in reports) / 1024
    print(f"text per second     {text_kb / cpu:,.0f} KB UTF-8 ({chars / cpu / 1000:,.0f} thousand characters)")
    return rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="number of sample reports (default 5000)")
    parser.add_argument("--corpus", type=Path, action="append", help="a folder of real reports (repeatable)")
    args = parser.parse_args(argv)

    sample = read_paths([SAMPLE_DIR]).articles
    if not sample:
        print(f"no reports found in {SAMPLE_DIR}")
        return 1
    extract_article(sample[0])  # load the reference tables and compile the patterns
    print(f"interpreter         {interpreter()}")
    print(f"load average        {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    timed("data/sample (invented)", sample, repeated(sample, args.n))
    folders = args.corpus or (sorted(p for p in REAL_CORPORA.iterdir() if p.is_dir()) if REAL_CORPORA.is_dir() else [])
    for folder in folders:
        articles = corpus_articles(folder)
        if not articles:
            print(f"== {folder}: no reports found")
            continue
        timed(str(folder), articles, repeated(articles, 500))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

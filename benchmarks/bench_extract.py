"""Extraction throughput: full ``extract_article`` (dates + incidents) on one core, in reports/second.

The reports are the bundled sample (``data/sample/``, invented texts) read once and repeated until
there are at least N of them; each repetition is a distinct Article (own key), so nothing is cached
per article. The reference tables are loaded before the clock starts, as in a long-running ingest.
The rate is measured on the process's CPU time (one core, single-threaded), which a machine shared
with other jobs does not distort; the wall-clock rate is printed beside it. Target: >= 300 reports/s.

    .venv/bin/python benchmarks/bench_extract.py [--n 5000]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.extract import extract_article  # noqa: E402
from timeline.paths import SAMPLE_DIR  # noqa: E402
from timeline.readers import read_paths  # noqa: E402

TARGET = 300.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="number of reports (default 5000)")
    args = parser.parse_args(argv)

    sample = read_paths([SAMPLE_DIR]).articles
    if not sample:
        print(f"no reports found in {SAMPLE_DIR}")
        return 1
    reports = [
        dataclasses.replace(sample[i % len(sample)], key=f"{sample[i % len(sample)].key}@{i}") for i in range(args.n)
    ]
    extract_article(sample[0])  # load the reference tables and compile the patterns

    events = 0
    chars = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for article in reports:
        result = extract_article(article)
        events += len(result["events"])
        chars += len(article.text)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start

    rate = len(reports) / cpu
    print(f"reports             {len(reports)} ({len(sample)} distinct sample reports repeated)")
    print(f"characters          {chars:,}")
    print(f"incidents found     {events:,}")
    print(f"CPU time (s)        {cpu:.2f}   wall time (s) {elapsed:.2f}")
    print(
        f"reports/second      {rate:,.0f} on one core (target >= {TARGET:.0f}: {'met' if rate >= TARGET else 'NOT met'})"
    )
    print(f"  by wall clock     {len(reports) / elapsed:,.0f}")
    print(f"ms per report       {1000 * cpu / len(reports):.2f} CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

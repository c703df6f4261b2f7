"""Ingest benchmark: 10,000 reports into a fresh SQLite store (target < 60 s on 2 cores), store size,
re-ingest idempotence on the dev corpus, and the seed report's incidents.

The 10,000 reports are the bundled sample (invented texts) repeated as JSON Lines feeds with shifted
publication dates (so relative dates resolve to other days) and village names swapped for other places of
the gazetteer (so the reports land elsewhere and do not all merge).

    .venv/bin/python benchmarks/bench_ingest.py [--n 10000] [--workers N]
    .venv/bin/python benchmarks/bench_ingest.py --dask local [--n 10000] [--workers N]   # Dask beside local processes
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.ingest import ingest  # noqa: E402
from timeline.paths import DATA_DIR, PROJECT_ROOT, SAMPLE_DIR  # noqa: E402
from timeline.readers import read_paths  # noqa: E402
from timeline.store import Store  # noqa: E402

SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


def village_names() -> list[str]:
    """Arabic names of the gazetteer's towns and villages (not governorates or districts)."""
    with (DATA_DIR / "places.csv").open(encoding="utf-8", newline="") as f:
        return sorted({r["name_ar"] for r in csv.DictReader(f) if r["kind"] not in ("governorate", "district")
                       and len(r["name_ar"]) > 3})  # fmt: skip


def write_feeds(folder: Path, n: int, per_file: int = 100, seed: int = 7) -> list[Path]:
    """``n`` variants of the sample's articles as JSON Lines feeds of ``per_file`` reports each."""
    rng = random.Random(seed)
    articles = [a for a in read_paths([SAMPLE_DIR]).articles if a.published is not None]
    names = village_names()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for start in range(0, n, per_file):
        path = folder / f"feed_{start // per_file:04d}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in range(start, min(n, start + per_file)):
                base = articles[i % len(articles)]
                text = base.text
                for name in [x for x in names if x in text]:
                    text = text.replace(name, rng.choice(names))
                published = base.published + dt.timedelta(days=rng.randint(-200, 200), minutes=rng.randint(0, 600))
                row = {"id": str(i), "source": base.source, "published": published.isoformat(), "title": base.title,
                       "text": text}  # fmt: skip
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the extraction workers): a figure the
    machine's other load does not inflate, unlike the wall time."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def store_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def bench_volume(folder: Path, n: int, workers: int | None) -> None:
    feed = folder / "feeds"
    started = time.perf_counter()
    files = write_feeds(feed, n)
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"wrote {n} reports in {len(files)} feeds ({size:.1f} MB) in {time.perf_counter() - started:.1f} s")
    db = folder / "bench.sqlite"
    store = Store(db)
    print(f"machine load average before the ingest: {os.getloadavg()[0]:.1f}")
    started, cpu = time.perf_counter(), cpu_seconds()
    summary = ingest([feed], store, workers=workers, progress=False)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    print(f"ingest of {n} reports into a fresh store: {seconds:.1f} s ({n / seconds:.0f} reports/s; target < 60 s)")
    print(f"  CPU time (main + workers): {cpu:.1f} s; machine load average {os.getloadavg()[0]:.1f}")
    print("\n  ".join(["", *summary.lines()[:6]])[1:])
    print(f"  store size: {store_size(db) / 1e6:.1f} MB ({db})")
    started = time.perf_counter()
    again = ingest([feed], store, workers=workers, progress=False)
    print(f"  re-ingest of the same feed: {time.perf_counter() - started:.1f} s, {again.new} new, "
          f"{again.incidents} incidents")  # fmt: skip
    started = time.perf_counter()
    frame = store.incidents_frame()
    print(f"  incidents_frame of {len(frame)} incidents: {time.perf_counter() - started:.2f} s")
    store.close()


def bench_dask(folder: Path, n: int, workers: int | None, address: str) -> None:
    """The same reports ingested with local worker processes and on a Dask cluster, with the ratio and
    the hours 1,000,000 reports would take per worker added."""
    feed = folder / "feeds"
    files = write_feeds(feed, n)
    workers = workers or os.cpu_count() or 1
    print(f"{n} reports in {len(files)} feeds; {workers} workers each way")
    seconds = {}
    for name, dask in (("local processes", None), (f"dask ({address})", address)):
        store = Store(folder / f"{'dask' if dask else 'local'}.sqlite")
        load = os.getloadavg()[0]
        started = time.perf_counter()
        summary = ingest([feed], store, workers=workers, progress=False, dask=dask)
        seconds[name] = time.perf_counter() - started
        print(f"  {name:<18} {seconds[name]:6.1f} s ({summary.new / seconds[name]:.0f} reports/s, {summary.new} new, "
              f"{summary.incidents} incidents); load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")  # fmt: skip
        store.close()
    local, distributed = seconds.values()
    print(f"  dask / local time: {distributed / local:.2f}")
    per_worker = distributed * workers / n * 1_000_000 / 3600  # hours of one worker for a million reports
    print(f"  1,000,000 reports on dask: about {per_worker:.1f} h with 1 worker; " + ", ".join(
        f"{per_worker / k:.1f} h with {k}" for k in (2, 8, 32)) + " (linear: extraction is per report; the one "
        "writing process caps it near its store rate)")  # fmt: skip


def bench_dev_twice(folder: Path, workers: int | None) -> None:
    corpus = SHARED_CORPUS / "dev"
    if not corpus.exists():
        print(f"dev corpus not found at {corpus}: skipped")
        return
    store = Store(folder / "dev.sqlite")
    counts = []
    for run in (1, 2):
        started = time.perf_counter()
        summary = ingest([corpus], store, workers=workers, progress=False)
        counts.append(summary.incidents)
        print(f"dev corpus, run {run}: {time.perf_counter() - started:.2f} s; " + summary.lines()[0])
    print(
        f"  incident count run 1 = {counts[0]}, run 2 = {counts[1]}: {'same' if counts[0] == counts[1] else 'DIFFERENT'}"
    )
    store.close()


def show_seed(folder: Path) -> None:
    corpus = SHARED_CORPUS / "seed"
    if not corpus.exists():
        return
    store = Store(folder / "seed.sqlite")
    ingest([corpus], store, workers=1, progress=False)
    columns = ["first", "last", "type", "perpetrators", "place_name", "in_zone", "days_since", "violation",
               "violation_reason"]  # fmt: skip
    print("seed report's incidents:")
    print(store.incidents_frame()[columns].to_string(index=False))
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="reports to ingest (default 10000)")
    parser.add_argument("--workers", type=int, help="extraction processes (default: one per CPU)")
    parser.add_argument("--dask", metavar="SCHEDULER", help="compare with a Dask cluster ('local' or an address)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        folder = Path(tmp)
        if args.dask:
            bench_dask(folder, args.n, args.workers, args.dask)
            return
        bench_volume(folder, args.n, args.workers)
        bench_dev_twice(folder, args.workers)
        show_seed(folder)


if __name__ == "__main__":
    main()

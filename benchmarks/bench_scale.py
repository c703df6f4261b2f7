"""Scale: a store of 1,000,000 incidents; adding 1,000 reports to it (target < 30 s) beside a full rebuild;
the dashboard's start (target < 10 s), filter change p95 (target < 300 ms) and memory at that size; the
same ingest on SQLite and PostgreSQL side by side.

The reports are invented: one article per incident of ``benchmarks/synthetic.py`` (the dashboard
benchmark's generator) spread over 15 years, each with one event at its sub-district. They are stored
through ``Store.save_articles`` like an ingest's batches; the big store's incidents are then written
one per report (as the dashboard benchmark writes them) with the incidents stage's place index, so
only the 1,000 added reports go through the incremental merge. A full rebuild is timed on a sample
(``--full-sample``) and scaled linearly, or at full size with ``--full-rebuild``. Every figure is
printed with the machine's load average: the machine is shared, wall times vary with it.

    .venv/bin/python benchmarks/bench_scale.py [--incidents 1000000] [--add 1000] [--pg-incidents 100000]
        [--store /tmp/big.sqlite]   # keep the big store, and time only the dashboard on it next time

The dashboard is started three times, each as a server process of its own (so its RSS is its own): on
the store before the reports are added (it reads every incident, or loads the snapshot file of an earlier
run, and saves its snapshot file beside the store); then the first start after the 1,000 reports were
added (it loads that file and patches in only the incidents written since); then a restart on the
unchanged store (it loads the file as it is), whose filter changes (p50/p95) are timed too. Each start
prints its time against the target, how the snapshot was made, the RSS and its peak. With ``--store``
an existing store is reused: another 1,000 reports are added to it on every run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from bench_dashboard import filter_change, print_breakdown, random_states  # noqa: E402
from synthetic import incident_records, synthetic_incidents  # noqa: E402

from timeline import incidents as incidents_stage  # noqa: E402
from timeline.dashboard import figures  # noqa: E402
from timeline.dashboard.data import DashboardData, SnapshotFile  # noqa: E402
from timeline.dashboard.urlstate import ViewState  # noqa: E402
from timeline.dashboard.view import view_outputs  # noqa: E402
from timeline.schema import (  # noqa: E402
    incident_members,
    incidents,
    pending_reports,
    set_meta,
)
from timeline.store import Store  # noqa: E402

DAYS = 15 * 365  # the years of coverage a monitoring team collects
CHUNK = 20_000
BATCH = 64  # articles per store transaction, as ingest commits them


def load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def synthetic_articles(n: int, seed: int, prefix: str):
    """Batches of ``(uid, content hash, extraction result, text)``, one article per synthetic incident, with
    those incidents' rows (as bench_dashboard writes them) keyed by the one report each stands for."""
    for start in range(0, n, CHUNK):
        frame = synthetic_incidents(min(CHUNK, n - start), seed=seed * 1000 + start // CHUNK, days=DAYS)
        items, rows = [], {}
        for number, (row, record) in enumerate(zip(frame.itertuples(index=False), incident_records(frame), strict=True),
                                               start=start):  # fmt: skip
            place = {"text": row.place_name_ar, "name": row.place_name, "name_ar": row.place_name_ar,
                     "admin1": row.admin1, "admin2": row.admin2, "admin3": row.admin3, "pcode": row.pcode,
                     "lat": row.lat, "lon": row.lon, "precision": 2}  # fmt: skip
            killed = None if row.killed_high != row.killed_high else row.killed_high
            event = {"id": "e1", "first": row.first.date().isoformat(), "last": row.last.date().isoformat(),
                     "type": row.type, "perpetrators": list(row.perpetrators), "targets": list(row.targets),
                     "place": place, "claims": [{"source": row.outlets[0], "killed": killed}], "evidence": []}  # fmt: skip
            uid = f"/synthetic/{prefix}/{number:07d}.txt::{number}"
            result = {"article": {"key": str(number), "source": row.outlets[0], "published": event["last"]},
                      "dates": [], "events": [event]}  # fmt: skip
            items.append((uid, f"{prefix}-{number}", result, f"synthetic report {number}"))
            rows[f"{uid}#e1"] = {**record, "incident_id": f"syn-{prefix}-{number:07d}"}
        yield items, rows


def fill(store: Store, n: int, merged: bool) -> float:
    """``n`` synthetic reports; their incidents merged by a full rebuild (``merged``), or one per report."""
    started = time.perf_counter()
    for items, rows in synthetic_articles(n, seed=1, prefix="base"):
        store.save_articles(items)
        if not merged:
            with store._writing() as conn:
                conn.execute(sa.insert(incidents), list(rows.values()))
                conn.execute(sa.insert(incident_members), [{"incident_id": r["incident_id"], "event_key": key}
                                                           for key, r in rows.items()])  # fmt: skip
    if merged:
        store.rebuild_incidents()
        return time.perf_counter() - started
    with store._writing() as conn:
        conn.execute(sa.delete(pending_reports))
        incidents_stage._index_places(conn, None)
        set_meta(conn, "incidents_stale", "0")
    return time.perf_counter() - started


def add_reports(store: Store, n: int, prefix: str = "added") -> tuple[float, float, int]:
    """Store ``n`` new reports in ingest-sized batches, then merge them: (store s, merge s, incidents now)."""
    started = time.perf_counter()
    for items, _ in synthetic_articles(n, seed=2, prefix=prefix):
        for i in range(0, len(items), BATCH):
            store.save_articles(items[i : i + BATCH])
    stored = time.perf_counter()
    count = store.incident_count()  # the incremental merge runs before this read
    return stored - started, time.perf_counter() - stored, count


def peak_rss() -> float:
    """This process's peak resident memory in MB (Linux's VmHWM; getrusage would count the parent's from
    before the exec)."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1e3


def serve(url: str, label: str, changes: int = 0) -> None:
    """A dashboard server started on the store in a process of its own (see ``start``)."""
    subprocess.run([sys.executable, __file__, "--serve", url, "--label", label, "--changes", str(changes)], check=True)


def start(url: str, label: str, changes: int) -> None:
    """Start the dashboard's data on a store as a new server does, then (``changes``) time filter changes."""
    process = psutil.Process()
    cpu = sum(process.cpu_times()[:2])
    started = time.perf_counter()
    store = Store(url)
    data = DashboardData(store)
    data.snapshot()
    snapshot_seconds = time.perf_counter() - started
    view_outputs(data, ViewState(), figures.figure_names()[0])  # what create_app does before serving
    start_seconds = time.perf_counter() - started
    cpu = sum(process.cpu_times()[:2]) - cpu  # CPU time varies less than wall time on a loaded machine
    rss = process.memory_info().rss / 1e6
    print(f"{label}: {start_seconds:.1f} s (target < 10 s; snapshot {data.last_source} in {snapshot_seconds:.1f} s, "
          f"then the default view; CPU {cpu:.1f} s); RSS {rss:.0f} MB, peak {max(rss, peak_rss()):.0f} MB; "
          f"{len(data.snapshot().incidents):,} incidents; {load()}", flush=True)  # fmt: skip
    if changes:
        states = random_states(data, changes)
        times = sorted(filter_change(data, state, tab) * 1000 for state, tab in states)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"filter change over {len(times)} changes: p50 {statistics.median(times):.0f} ms, p95 {p95:.0f} ms "
              f"(target < 300 ms); RSS {process.memory_info().rss / 1e6:.0f} MB; {load()}")  # fmt: skip
        print_breakdown(data, states)
    if data.saving is not None:
        started = time.perf_counter()
        data.saving.join()
        print(
            f"  its snapshot file saved in the background, {time.perf_counter() - started:.1f} s more after the start"
        )
    sys.stdout.flush()
    store.close()


def side_by_side(n: int, add: int, folder: Path) -> None:
    """The same fill and the same added reports on SQLite and on a throwaway PostgreSQL server."""
    try:
        from pg_cluster import NoPostgres, ThrowawayCluster
    except ImportError as exc:
        print(f"PostgreSQL: skipped ({exc})")
        return
    try:
        cluster = ThrowawayCluster()
    except (NoPostgres, RuntimeError) as exc:
        print(f"PostgreSQL: skipped ({exc})")
        return
    try:
        print(f"\nSQLite and PostgreSQL side by side, {n:,} reports merged by a full rebuild, then {add:,} added:")
        for name, url in (("SQLite", str(folder / "side.sqlite")), ("PostgreSQL", cluster.database())):
            store = Store(url)
            filled = fill(store, n, merged=True)
            stored, merged, count = add_reports(store, add)
            started = time.perf_counter()
            frame = store.incidents_frame()
            read = time.perf_counter() - started
            print(f"  {name:<10} fill + full rebuild {filled:6.1f} s; add {add}: store {stored:.1f} s + merge "
                  f"{merged:.1f} s; incidents_frame of {len(frame):,} in {read:.1f} s; {count:,} incidents; {load()}")  # fmt: skip
            store.close()
    finally:
        cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--add", type=int, default=1_000, help="reports added to the big store")
    parser.add_argument("--full-sample", type=int, default=50_000, help="store size a full rebuild is timed at")
    parser.add_argument("--full-rebuild", action="store_true", help="time the full rebuild at --incidents")
    parser.add_argument("--changes", type=int, default=40, help="dashboard filter changes to time")
    parser.add_argument("--pg-incidents", type=int, default=100_000, help="size of the SQLite/PostgreSQL comparison")
    parser.add_argument("--store", type=Path, help="keep the big store in this file, and reuse it if it exists "
                        "(another --add reports are added to it on each run)")  # fmt: skip
    parser.add_argument("--serve", metavar="URL", help=argparse.SUPPRESS)  # the server process of `serve`
    parser.add_argument("--label", default="dashboard server start", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        start(args.serve, args.label, args.changes)
        return
    with tempfile.TemporaryDirectory(prefix="bench_scale_") as tmp:
        folder = Path(tmp)
        print(f"start: {load()}", flush=True)
        reused = bool(args.store and args.store.exists())
        store = Store(args.store or folder / "big.sqlite")
        if reused:
            print(f"reusing {args.store} ({store.incident_count():,} incidents, revision {store.revision()}); {load()}")
        else:
            seconds = fill(store, args.incidents, merged=False)
            print(f"store of {args.incidents:,} synthetic reports and incidents written in {seconds:.0f} s; {load()}")
        file = SnapshotFile.beside(store)
        earlier = " (snapshot file of an earlier run)" if file is not None and os.path.exists(file.path) else ""
        sys.stdout.flush()
        serve(store.url, f"dashboard start before the write{earlier}")
        stored, merged, count = add_reports(store, args.add, prefix=f"added-r{store.revision()}")
        print(f"adding {args.add:,} reports: {stored + merged:.1f} s (store {stored:.1f} s + incremental merge "
              f"{merged:.1f} s; target < 30 s); {count:,} incidents; {load()}")  # fmt: skip
        if args.full_rebuild:
            started = time.perf_counter()
            store.rebuild_incidents()
            print(f"full rebuild at {args.incidents:,}: {time.perf_counter() - started:.0f} s; {load()}")
        elif not reused:
            sample = Store(folder / "sample.sqlite")
            fill(sample, args.full_sample, merged=False)
            started = time.perf_counter()
            sample.rebuild_incidents()
            full = time.perf_counter() - started
            print(f"full rebuild at {args.full_sample:,}: {full:.1f} s, so about {full * args.incidents / args.full_sample:.0f} s "
                  f"at {args.incidents:,} (linear; --full-rebuild measures it); {load()}")  # fmt: skip
            sample.close()
        store.checkpoint()
        path = Path(store.engine.url.database)
        print(
            f"store file: {sum(p.stat().st_size for p in path.parent.glob(path.name + '*')) / 1e6:.0f} MB", flush=True
        )
        url = store.url
        store.close()
        serve(url, f"dashboard server start, the first after adding {args.add:,} reports")
        serve(url, "dashboard server restart on the unchanged store", args.changes)
        if args.pg_incidents and not reused:
            side_by_side(args.pg_incidents, args.add, folder)


if __name__ == "__main__":
    main()

"""Dashboard responsiveness on 100,000 incidents: filter-change server time (p50/p95) and first page load.

The incidents are invented (``benchmarks/synthetic.py``) and written straight into a fresh SQLite
store's incidents table, so the dashboard reads them through ``Store.incidents_frame`` as it would
after a real ingest. Server time of a filter change = the filter callback (view, summary, the shown
figure) + the table callback (one page, server-side), each including the JSON encoding Dash does.
First page load = the page callback on a cold store (SQL read, explode, filter options) + the first
filter and table callbacks; with Chromium and chromedriver present it is also timed in a headless
browser from navigation to the table's first row.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import plotly
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import incident_records, synthetic_incidents  # noqa: E402

from timeline.dashboard import figures  # noqa: E402
from timeline.dashboard.data import DashboardData  # noqa: E402
from timeline.dashboard.server import create_app  # noqa: E402
from timeline.dashboard.urlstate import ViewState  # noqa: E402
from timeline.dashboard.view import page_for, table_outputs, view_outputs  # noqa: E402
from timeline.schema import set_meta  # noqa: E402
from timeline.store import Store, incidents  # noqa: E402

FIRST_PAGE = {"startRow": 0, "endRow": 25, "sortModel": [], "filterModel": {}}
"""What the incident grid asks for first (``getRowsRequest``)."""
FIRST_ROW = "#incident-table .ag-center-cols-container .ag-row .ag-cell"


def fill_store(store: Store, n: int) -> None:
    records = incident_records(synthetic_incidents(n))
    with store.engine.begin() as conn:
        conn.execute(sa.insert(incidents), records)
        # these rows stand for merged incidents: no re-merge from (absent) reports may wipe them
        set_meta(conn, "incidents_stale", "0")


def encode(value) -> str:
    return json.dumps(value, cls=plotly.utils.PlotlyJSONEncoder)


def random_states(data: DashboardData, count: int, seed: int = 1) -> list[tuple[ViewState, str]]:
    """Filter changes an analyst makes: period, factions, governorate, zone, violations, type, outlet."""
    rng = random.Random(seed)
    frame = data.snapshot().incidents
    factions = sorted({f for p in frame["perpetrators"] for f in p})
    admin1 = sorted(frame["admin1"].dropna().unique())
    types = sorted(frame["type"].unique())
    outlets = sorted({o for os in frame["outlets"] for o in os})
    states = []
    for _ in range(count):
        start = f"2018-{rng.randint(8, 12):02d}-{rng.randint(1, 28):02d}"
        state = ViewState(
            start=start if rng.random() < 0.6 else None,
            end=f"2019-{rng.randint(1, 12):02d}-28" if rng.random() < 0.5 else None,
            faction=tuple(rng.sample(factions, rng.randint(0, 3))),
            admin1=tuple(rng.sample(admin1, rng.randint(0, 1))),
            type=tuple(rng.sample(types, rng.randint(0, 2))),
            outlet=tuple(rng.sample(outlets, rng.randint(0, 1))),
            zone=rng.random() < 0.3,
            violations=rng.random() < 0.3,
            lang=rng.choice(("en", "ar")),
        )
        states.append((state, rng.choice(figures.figure_names())))
    return states


def filter_change(data: DashboardData, state: ViewState, tab: str) -> float:
    started = time.perf_counter()
    view, summary, figure = view_outputs(data, state, tab)
    encode([view, summary, figure])
    encode(table_outputs(data, view, None, FIRST_PAGE))
    return time.perf_counter() - started


def print_breakdown(data: DashboardData, states: list[tuple[ViewState, str]]) -> None:
    """Median time of each part of a filter change: filtering, each figure builder, the table page."""
    filtering, table, per_figure = [], [], {name: [] for name in figures.figure_names()}
    for state, _tab in states:
        started = time.perf_counter()
        data.filtered(data.snapshot(), state)  # the filtering itself, not the cache the callbacks share
        filtering.append(time.perf_counter() - started)
        _incidents, view = data.view(state)
        for name in per_figure:
            started = time.perf_counter()
            encode(figures.build_one(name, view, state.lang))
            per_figure[name].append(time.perf_counter() - started)
        started = time.perf_counter()
        encode(table_outputs(data, {**state.filter_dict(), "lang": state.lang}, None, FIRST_PAGE))
        table.append(time.perf_counter() - started)

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f}"

    print(f"breakdown over {len(states)} changes (median ms): filtering {ms(filtering)}, table page {ms(table)}; "
          "figure builders (charts.py): " + ", ".join(f"{k} {ms(v)}" for k, v in per_figure.items()))  # fmt: skip


def browser_first_load(store: Store) -> float | None:
    """Seconds from navigation to the first table row in headless Chromium (None without a browser)."""
    if not (shutil.which("chromedriver") and shutil.which("chromium")):
        return None
    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait
    from werkzeug.serving import WSGIRequestHandler, make_server

    WSGIRequestHandler.log_request = lambda *args, **kwargs: None  # keep the benchmark's output to its figures

    app = create_app(store)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = webdriver.ChromeOptions()
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options)
    try:
        url = f"http://127.0.0.1:{server.server_port}/"
        driver.get(url + "?lang=en")  # warm the browser's cache of the Dash bundles, as a returning analyst has
        WebDriverWait(driver, 120).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, FIRST_ROW)))
        started = time.perf_counter()
        driver.get(url)
        WebDriverWait(driver, 120).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, FIRST_ROW)))
        return time.perf_counter() - started
    finally:
        driver.quit()
        server.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=40, help="filter changes to time")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.sqlite")
        started = time.perf_counter()
        fill_store(store, args.incidents)
        print(f"store: {args.incidents:,} synthetic incidents written in {time.perf_counter() - started:.1f} s")

        data = DashboardData(store)
        started = time.perf_counter()
        view_outputs(data, ViewState(), figures.figure_names()[0])  # what create_app does before serving
        print(f"server start: store read, explode, default view and figure {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        encode(page_for(data, ""))
        page = time.perf_counter() - started
        first = filter_change(data, ViewState(), figures.figure_names()[0])
        print(f"first page load, server: page {page * 1000:.0f} ms + first view and table {first * 1000:.0f} ms "
              f"= {(page + first):.2f} s (target < 2 s)")  # fmt: skip
        started = time.perf_counter()
        filter_change(data, ViewState(lang="ar"), figures.figure_names()[0])
        print(f"same view in Arabic (figure not cached): {(time.perf_counter() - started) * 1000:.0f} ms")

        times = [filter_change(data, state, tab) for state, tab in random_states(data, args.changes)]
        times_ms = sorted(t * 1000 for t in times)
        p50 = statistics.median(times_ms)
        p95 = times_ms[min(len(times_ms) - 1, round(0.95 * (len(times_ms) - 1)))]
        print(f"filter change, server time over {len(times)} changes: p50 {p50:.0f} ms, p95 {p95:.0f} ms, "
              f"max {times_ms[-1]:.0f} ms (target < 300 ms)")  # fmt: skip
        print_breakdown(data, random_states(data, args.changes, seed=2))

        if not args.no_browser:
            loaded = browser_first_load(store)
            if loaded is None:
                print("browser first load: skipped (no chromium/chromedriver)")
            else:
                print(f"browser first load (navigation to first table row, warm cache): {loaded:.2f} s (target < 2 s)")
        store.close()


if __name__ == "__main__":
    main()

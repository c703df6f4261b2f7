"""Benchmark: analysis time on 100,000 synthetic incidents and PNG export time per figure after warm-up.

Targets (issue 6): filter + weekly per-faction aggregation <= 200 ms on 100,000 incidents; one PNG
<= 0.5 s once the kaleido server runs. Run: ``.venv/bin/python -m benchmarks.bench_charts``
(``--incidents N``, ``--repeat R``, ``--no-png``).
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from datetime import date

from benchmarks.synthetic import synthetic_incidents
from timeline import analysis, charts, png
from timeline.analysis import Filters, View

ANALYST_FILTERS = Filters(
    start=date(2018, 9, 17),
    end=date(2019, 9, 30),
    blocs=("pro-government", "jihadist"),
    admin1=("Idlib", "Hama"),
    violations_only=True,
)


def timed(action, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return times


def report(label: str, times: list[float], target: float | None = None) -> None:
    median, worst = statistics.median(times), max(times)
    verdict = "" if target is None else ("  (target met)" if median <= target else f"  (target {target:g} s MISSED)")
    print(f"{label:<58} median {median * 1000:8.1f} ms   max {worst * 1000:8.1f} ms{verdict}")


def bench_analysis(n: int, repeat: int):
    frame = synthetic_incidents(n)
    began = time.perf_counter()
    rows = analysis.explode_perpetrators(frame)
    print(f"{n} incidents -> {len(rows)} perpetrator rows; explode once per store read: "
          f"{(time.perf_counter() - began) * 1000:.0f} ms")  # fmt: skip

    def weekly():
        analysis.counts_over_time(analysis.apply_filters(rows, ANALYST_FILTERS), "W")

    def weekly_unfiltered():
        analysis.counts_over_time(analysis.apply_filters(rows, Filters()), "W")

    def every_aggregation():
        kept = analysis.apply_filters(rows, ANALYST_FILTERS)
        analysis.counts_over_time(kept, "W")
        analysis.killed_by_faction(kept)
        analysis.counts_by_place(kept)
        analysis.counts_by_admin(kept)
        analysis.perpetrator_target_matrix(kept)
        analysis.counts_by_outlet(analysis.incidents_of(kept))

    weekly()  # warm-up (first calls import and cache)
    report("filter (period, blocs, governorates, violations) + weekly", timed(weekly, repeat), 0.2)
    report("no filter + weekly per faction", timed(weekly_unfiltered, repeat), 0.2)
    report("filter + all seven aggregations", timed(every_aggregation, repeat))
    report("filter + build all figures (no export)", timed(lambda: build_all(View.of(rows, ANALYST_FILTERS)), 3))

    began = time.perf_counter()
    compacted = analysis.compact(rows)
    outlets = analysis.MemberIndex.of(compacted)
    print(f"compact + outlet index once per store read (as the dashboard does): "
          f"{(time.perf_counter() - began) * 1000:.0f} ms")  # fmt: skip
    with_outlet = replace(ANALYST_FILTERS, outlets=("SOHR",))
    report("compacted: filter + weekly", timed(lambda: weekly_on(compacted, ANALYST_FILTERS, None), repeat), 0.2)
    report(
        "compacted: filter + outlet (index) + weekly",
        timed(lambda: weekly_on(compacted, with_outlet, outlets), repeat),
        0.2,
    )
    report("plain: filter + outlet (no index) + weekly", timed(lambda: weekly_on(rows, with_outlet, None), repeat), 0.2)
    report(
        "compacted: no filter, build all figures", timed(lambda: build_all(View.of(compacted, Filters(), outlets)), 3)
    )
    return rows


def weekly_on(rows, filters: Filters, outlets) -> None:
    analysis.counts_over_time(analysis.apply_filters(rows, filters, outlets), "W")


def build_all(view: View) -> list:
    return [builder(view, "en") for builder in charts.FIGURES.values()]


def bench_png(rows, repeat: int) -> None:
    if png.find_browser() is None:
        print("PNG: skipped, no Chromium (install chromium or set BROWSER_PATH)")
        return
    view = View.of(rows.iloc[:3000])
    began = time.perf_counter()
    png.figure_bytes(charts.over_time(view, "en"))
    print(f"PNG warm-up (starts Chromium once per process): {time.perf_counter() - began:.2f} s")
    for lang in charts.LANGS:
        figures = {kind: builder(view, lang) for kind, builder in charts.FIGURES.items()}
        for kind, fig in figures.items():
            report(f"PNG {kind} ({lang}, 1100 px wide)", timed(lambda fig=fig: png.figure_bytes(fig), repeat), 0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-png", action="store_true")
    args = parser.parse_args()
    rows = bench_analysis(args.incidents, args.repeat)
    if not args.no_png:
        bench_png(rows, max(3, args.repeat // 2))


if __name__ == "__main__":
    main()

"""Time and memory on hostile sizes (issue 15): one-line texts of 1, 2, 4 and 8 MB and HTML nested
10,000 to 80,000 levels deep, each read from a file and extracted (``read_path`` + ``extract_article``).

Each case runs in a fresh process, so its peak memory (max RSS) is its own; the reference tables are
loaded before the clock starts. Times are CPU seconds of that process (a machine shared with other
jobs does not inflate them) with the wall-clock time beside, and the load average is printed with
them. Target: the 8 MB / 1 MB time ratio is at most 10 (linear; quadratic would be 64).

    .venv/bin/python benchmarks/bench_robustness.py [--sizes 1 2 4 8] [--depths 10000 20000 40000 80000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MAX_RATIO = 10.0
# Invented sentences (no corpus text), rotated so the text is not one sentence repeated.
SENTENCES = (
    "قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي صباح أمس الجمعة ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين.",
    "وردت الفصائل باستهداف مواقع للنظام في جورين بقذائف المدفعية رداً على القصف بحسب مصدر محلي.",
    "Government artillery shelled Khan Shaykhun on 12 March 2019, killing three civilians, activists said.",
    "وأفاد مراسل محلي بأن طائرات حربية روسية شنت أربع غارات على أطراف بلدة الهبيط يوم الأحد 3 آذار 2019.",
    "ولم تعلن أي جهة مسؤوليتها عن انفجار عبوة ناسفة في مدينة سراقب مساء الثلاثاء.",
)


def one_line_text(megabytes: float) -> str:
    """A text of ``megabytes`` MB (UTF-8) without a line break."""
    target, parts, size, i = int(megabytes * 2**20), [], 0, 0
    while size < target:
        sentence = SENTENCES[i % len(SENTENCES)] + " "
        parts.append(sentence)
        size += len(sentence.encode("utf-8"))
        i += 1
    return "".join(parts)


def nested_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + " ".join(SENTENCES) + "</div>" * depth + "</body></html>"


def run_case(kind: str, size: float) -> dict:
    """Write the input, then read and extract it; CPU and wall seconds, peak RSS (in this process)."""
    from timeline.article import Article
    from timeline.extract import extract_article
    from timeline.readers import read_path

    extract_article(Article(key="warm", text=SENTENCES[0], published=dt.datetime(2019, 3, 4)))  # load tables
    with tempfile.TemporaryDirectory() as folder:
        if kind == "text":
            path = Path(folder) / "one_line.txt"
            path.write_text(one_line_text(size), encoding="utf-8")
        else:
            path = Path(folder) / "nested.html"
            path.write_text(nested_html(int(size)), encoding="utf-8")
        cpu, wall = time.process_time(), time.perf_counter()
        result = read_path(path, published=dt.datetime(2019, 3, 4, 10))
        read_cpu = time.process_time() - cpu
        events = sum(len(extract_article(a)["events"]) for a in result.articles)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    errors = [str(e) for e in result.errors]
    return {"cpu": cpu, "read_cpu": read_cpu, "wall": wall, "peak_mb": peak_mb, "events": events, "errors": errors}


def _child(kind: str, size: float) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--one", kind, str(size)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], help="one-line text sizes, MB")
    parser.add_argument("--depths", type=int, nargs="+", default=[10_000, 20_000, 40_000, 80_000])
    parser.add_argument("--one", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_case(args.one[0], float(args.one[1]))))
        return 0

    def line(label: str, r: dict) -> str:
        load = "/".join(f"{x:.1f}" for x in os.getloadavg())
        problems = f"  errors: {r['errors']}" if r["errors"] else ""
        return (
            f"{label:<22} {r['cpu']:7.2f} s cpu (read {r['read_cpu']:5.2f}) {r['wall']:7.2f} s wall  "
            f"peak {r['peak_mb']:7.0f} MB  {r['events']:4d} incidents  load {load}{problems}"
        )

    texts = {}
    for size in args.sizes:
        texts[size] = _child("text", size)
        print(line(f"one-line text {size:g} MB", texts[size]), flush=True)
    for depth in args.depths:
        print(line(f"nested HTML {depth:,}", _child("html", depth)), flush=True)
    status = 0
    if len(texts) > 1:
        small, big = min(texts), max(texts)
        ratio = texts[big]["cpu"] / max(texts[small]["cpu"], 1e-9)
        ok = ratio <= MAX_RATIO * (big / small) / 8
        print(f"{big:g} MB / {small:g} MB cpu time ratio: {ratio:.1f} (size ratio {big / small:g}; "
              f"target <= {MAX_RATIO * (big / small) / 8:g}) {'OK' if ok else 'TOO SLOW'}")  # fmt: skip
        status = 0 if ok else 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())

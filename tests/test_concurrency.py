"""Several writers on one store (two analysts, an ingest beside the dashboard) and dying processes.

Each store test runs on SQLite and PostgreSQL. Writers are forked processes, like two commands run at
once; extraction is the stand-in of test_ingest, so the tests measure the store, not the extractor.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time

import psutil
import pytest
from test_ingest import fake_extract, stand_ins, write  # noqa: F401 - the fixture swaps in the stand-in extractor
from test_store import result

from timeline import ingest as ingest_mod
from timeline.dashboard.data import DashboardData
from timeline.ingest import ingest
from timeline.store import Store, StoreBusy

FORK = multiprocessing.get_context("fork")


def corpus_with_copies(folder, count=40):
    """``count`` reports on distinct days, and a copy (another file name, same content) of every fourth."""
    for n in range(count):
        write(folder, f"r{n:02d}.txt", day=f"2019-01-{n % 28 + 1:02d}", killed=n)
    for n in range(0, count, 4):
        write(folder / "copies", f"copy{n:02d}.txt", day=f"2019-01-{n % 28 + 1:02d}", killed=n)


def _ingest_in_child(url, folders, start):
    start.wait()
    store = Store(url)  # a new store opened at the same moment as the other process's
    summary = ingest(folders, store, workers=1, progress=False)
    os._exit(1 if summary.failed else 0)


def run_at_once(*targets):
    processes = [FORK.Process(target=t, args=a) for t, a in targets]
    for p in processes:
        p.start()
    for p in processes:
        p.join(120)
    return [p.exitcode for p in processes]


def snapshot(store):
    frame = store.incidents_frame()
    return sorted(zip(frame["incident_id"], frame["n_reports"], frame["killed_high"], strict=True))


def test_two_ingests_at_once_lose_nothing_and_never_duplicate(db_url, tmp_path):
    corpus = tmp_path / "corpus"
    corpus_with_copies(corpus)
    start = FORK.Barrier(2)
    # both start on a new store: neither may die on the other's schema creation
    exits = run_at_once((_ingest_in_child, (db_url, [corpus], start)), (_ingest_in_child, (db_url, [corpus], start)))
    assert exits == [0, 0]
    store = Store(db_url)
    articles = store.articles_frame()
    assert len(articles) == 40 and articles["content_hash"].is_unique
    alone = Store(tmp_path / "alone.sqlite")
    ingest([corpus], alone, workers=1, progress=False)
    assert snapshot(store) == snapshot(alone)  # same incidents, same ids as one ingest alone


def _review_in_child(url, incident_id, start):
    start.wait()
    store = Store(url)
    for n in range(10):
        store.save_review(incident_id, "correct", {"killed_best": float(n)}, analyst=f"analyst {n}")
    store.save_review(incident_id, "confirm", analyst="analyst 10")
    os._exit(0)


def test_an_ingest_and_a_review_at_once_keep_both(db_url, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    write(first, "a.txt", day="2018-11-09", killed=3)
    for n in range(30):
        write(second, f"b{n:02d}.txt", day=f"2019-02-{n % 28 + 1:02d}", killed=n)
    store = Store(db_url)
    ingest([first], store, workers=1, progress=False)
    (incident_id,) = store.incidents_frame()["incident_id"]
    start = FORK.Barrier(2)
    exits = run_at_once((_ingest_in_child, (db_url, [second], start)), (_review_in_child, (db_url, incident_id, start)))
    assert exits == [0, 0]
    assert len(store.reviews_frame()) == 11 and len(store.articles_frame()) == 31
    frame = store.incidents_frame().set_index("incident_id")
    assert frame.loc[incident_id, "review_state"] == "confirmed" and frame.loc[incident_id, "killed_best"] == 9.0
    alone = Store(tmp_path / "alone.sqlite")
    ingest([second], alone, workers=1, progress=False)
    assert len(frame) == 1 + alone.incident_count()


def test_a_second_writer_waits_then_fails_with_a_clear_message(db_url):
    holder, other = Store(db_url), Store(db_url, wait_seconds=0.5)
    with holder._writing():  # another process's long write transaction
        started = time.perf_counter()
        with pytest.raises(StoreBusy, match="another process has been writing to this store"):
            other.save_article("/r/a.txt::a", "h-a", result("a", "Outlet A", []), "text")
        assert time.perf_counter() - started >= 0.4  # it waited its turn first
    assert other.save_article("/r/a.txt::a", "h-a", result("a", "Outlet A", []), "text") == "new"


def test_the_dashboard_sees_an_ingest_made_elsewhere(db_url, tmp_path):
    data = DashboardData(Store(db_url))
    assert data.snapshot().incidents.empty
    write(tmp_path / "corpus", "a.txt")
    ingest([tmp_path / "corpus"], Store(db_url), workers=1, progress=False)  # another process's store
    assert len(data.snapshot().incidents) == 1


def test_a_copy_stored_by_another_ingest_is_not_stored_again(db_url):
    one, two = Store(db_url), Store(db_url)
    assert one.save_articles([("/x/a.txt::a", "same", result("a", "A", []), "t")]) == ["new"]
    # the second ingest listed the store before the first committed: the store itself refuses the copy
    assert two.save_articles([("/x/copy.txt::a", "same", result("a", "A", []), "t")]) == ["unchanged"]
    assert len(two.articles_frame()) == 1


DIE_ONCE = "die-once"


def dying_extract(article, reference=None):
    """The stand-in extractor, but a report naming a flag file kills its worker (once, or every time)."""
    for line in article.text.splitlines():
        if line.startswith("@kill "):
            flag = line.split()[1]
            if os.path.exists(flag):
                if flag.endswith(DIE_ONCE):
                    os.unlink(flag)
                os.kill(os.getpid(), signal.SIGKILL)
    return fake_extract(article)


def test_a_killed_worker_gives_a_message_and_a_retry(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_mod, "extract_article", dying_extract)
    corpus = tmp_path / "corpus"
    for n in range(30):
        write(corpus, f"r{n:02d}.txt", day=f"2019-01-{n % 28 + 1:02d}", killed=n)
    once, always = tmp_path / DIE_ONCE, tmp_path / "die-always"
    once.touch()
    always.touch()
    path = write(corpus, "zz-once.txt", day="2019-03-01")
    path.write_text(path.read_text(encoding="utf-8") + f"@kill {once}\n", encoding="utf-8")
    path = write(corpus, "zz-always.txt", day="2019-03-02")
    path.write_text(path.read_text(encoding="utf-8") + f"@kill {always}\n", encoding="utf-8")
    summary = ingest([corpus], Store(tmp_path / "t.sqlite"), workers=2, progress=False)
    assert summary.new == 31  # every report but the one that kills its worker every time
    assert [file for file, _ in summary.failed] == [str(corpus / "zz-always.txt")]
    assert "worker process died" in summary.failed[0][1]
    assert any("a worker process died; retrying" in note for note in summary.notes)


SLOW_INGEST = """
import os, sys, time
from timeline import ingest as m
from timeline.store import Store
MAIN = os.getpid()
def slow(article, reference=None):
    if os.getpid() != MAIN:  # the first file is extracted in the main process, the rest in the workers
        time.sleep(30)
    return {"article": {}, "dates": [], "events": []}
m.extract_article = slow
m.ingest([sys.argv[1]], Store(sys.argv[2]), workers=2, progress=False)
"""


def test_killing_the_ingest_leaves_no_worker(tmp_path):
    corpus = tmp_path / "corpus"
    for n in range(40):
        write(corpus, f"r{n:02d}.txt")
    main = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(SLOW_INGEST), str(corpus), str(tmp_path / "t.sqlite")]
    )
    try:
        deadline = time.time() + 60
        while len(psutil.Process(main.pid).children()) < 2 and time.time() < deadline:
            time.sleep(0.2)
        workers = psutil.Process(main.pid).children()
        assert len(workers) >= 2
        main.kill()
        main.wait()
        _, alive = psutil.wait_procs(workers, timeout=10)
        assert alive == []
    finally:
        main.kill()


def test_the_page_refreshes_when_the_store_revision_grows():
    from dash.exceptions import PreventUpdate

    from timeline.dashboard.refresh import check

    assert check(7, 0, None) == (0, 7)  # the first poll only notes what the page shows
    with pytest.raises(PreventUpdate):
        check(7, 0, 7)
    assert check(9, 3, 7) == (4, 9)  # an ingest elsewhere: the view is rebuilt

"""Ingest: files -> readers -> extraction in parallel processes (or on a Dask cluster) -> the store in batches.

Worker processes read files and extract their articles; the main process only writes. A file holding
many articles (a feed, a Telegram export) is read by one worker and its articles are spread over all.
Idempotent by content hash: an article already stored with the same content is skipped before any
extraction, an edited file replaces its old version, a copy of stored content is not stored twice.
Extracted articles are committed in small batches (one transaction each), so Ctrl-C or a crash loses
nothing already committed and never leaves half an article; incidents are re-merged at the end (or on
the next read of the store).
"""

from __future__ import annotations

import ctypes
import datetime as dt
import hashlib
import json
import os
import signal
import sys
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from timeline.article import Article
from timeline.extract import extract_article
from timeline.labels import counted
from timeline.readers import read_path, report_files
from timeline.reasons import Reason
from timeline.reference import Reference, default_reference

IN_PROCESS_BELOW = 16  # fewer files than this are read and extracted without starting worker processes
FILES_PER_TASK = 4
ARTICLES_PER_TASK = 32  # a file with more articles than this hands them back to be spread over the workers
BATCH_ARTICLES = 64  # extracted articles committed together (one transaction: all or none of them)
BATCH_SECONDS = 2.0  # ... or fewer, once the oldest of them has waited this long
TASKS_PER_WORKER = 4  # tasks queued per worker, so workers keep extracting while the main process writes
RETRIES = 2  # a file (or article) that kills the worker running it alone this often is reported as failed
PR_SET_PDEATHSIG = 1  # Linux prctl option: the signal a process gets when its parent dies


@dataclass
class IngestSummary:
    """What one ingest run did. ``failed`` lists (file, reason) for every file or article not stored."""

    read: int = 0
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    undated: list[Undated] = field(default_factory=list)
    """The articles read whose publication date is unknown: their relative dates ("yesterday", "on Friday") stay
    unresolved, so the analyst must know which they are."""
    incidents: int | None = None
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)  # wall seconds of the stages
    interrupted: bool = False

    def lines(self) -> list[str]:
        """The summary as the command prints it."""
        head = (
            f"read {counted(self.read, 'articles', 'en')}: {self.new} new, {self.replaced} replaced, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed"
        )
        if self.incidents is not None:
            head += f"; {counted(self.incidents, 'incidents', 'en')} in the store"
        head += f" ({self.seconds:.1f} s"
        if self.stages:
            head += ": " + ", ".join(f"{name} {value:.1f} s" for name, value in self.stages.items())
        head += ")"
        out = [head]
        if self.interrupted:
            out.append("interrupted: every article counted above as new or replaced is committed")
        out += [f"failed: {file}: {reason}" for file, reason in self.failed]
        out += [undated.line() for undated in self.undated]
        return out


@dataclass(frozen=True)
class Undated:
    """An article read without a publication date (file, and the item key), with what its reader noted (a feed's
    date that is no date, a printed date out of range): the analyst sees why, not only that."""

    where: str
    notes: tuple[str, ...] = ()

    def line(self) -> str:
        why = f" ({'; '.join(self.notes)})" if self.notes else ""
        return f"undated: {self.where}: no publication date found{why}, so its relative dates are unresolved (--published ISO sets one)"


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during ingest; ``summary`` says what was committed before it."""

    def __init__(self, summary: IngestSummary):
        super().__init__("ingest interrupted")
        self.summary = summary


def article_uid(article: Article) -> str:
    """The identity of an article in the store: its file (absolute path) and its key within the file."""
    if not article.path:
        return article.key
    return f"{Path(article.path).resolve()}::{article.key}"


def content_hash(article: Article) -> str:
    """A hash of everything extraction depends on: the text, its noise spans and the metadata."""
    payload = {
        "text": article.text,
        "noise": [list(s) for s in article.noise],
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "language": article.language,
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


# What the workers compare against: the store's content hashes when the run started (inherited on fork).
_stored: dict[str, str] = {}
_known: frozenset[str] = frozenset()
# What the workers extract with: the run's one reference, loaded before they start (inherited on fork).
_reference: Reference | None = None


def _skip(uid: str, digest: str, force: bool) -> bool:
    return not force and (_stored.get(uid) == digest or (uid not in _stored and digest in _known))


def _extract_one(article: Article, uid: str, digest: str) -> tuple:
    try:
        return ("extracted", uid, digest, extract_article(article, _reference), article.text, _where(article))
    except Exception as exc:  # noqa: BLE001 - any extractor bug must name the article and let the batch go on
        return ("failed", _where(article), Reason("extraction_failed", error=repr(exc)))


def _read_task(files: list[str], published, force: bool, spread: bool) -> list[tuple]:
    """``_read_outcomes`` as a list (what a worker process sends back)."""
    return list(_read_outcomes(files, published, force, spread))


def _read_outcomes(files: list[str], published, force: bool, spread: bool):
    """Read files and extract their new articles, yielding as it goes (so a progress bar advances per
    article). Outcomes: ("read", n, errors, notes), ("unchanged", Undated if undated else None), ("extracted",
    uid, digest, output, text, where), ("failed", where, reason), or, for a file with many articles when
    ``spread``, ("spread", [(uid, digest, article)]) to be extracted by all workers."""
    for file in files:
        result = read_path(file, published, _reference.readers if _reference is not None else None)
        yield ("read", len(result.articles), [(e.path, e.row, e.reason) for e in result.errors], result.notes)
        todo = []
        for article in result.articles:
            uid, digest = article_uid(article), content_hash(article)
            if _skip(uid, digest, force):
                yield ("unchanged", Undated(_where(article), article.warnings) if article.published is None else None)
            else:
                todo.append((uid, digest, article))
        if spread and len(todo) > ARTICLES_PER_TASK:
            yield ("spread", todo)
        else:
            for uid, digest, article in todo:
                yield _extract_one(article, uid, digest)


def _extract_task(items: list[tuple[str, str, Article]]) -> list[tuple]:
    return [_extract_one(article, uid, digest) for uid, digest, article in items]


def _init_worker(parent: int) -> None:
    """Ctrl-C is the parent's to handle (it stops the pool); a worker dies with its parent, even on ``kill -9``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _lost(task: tuple) -> list[tuple]:
    """The outcomes of a task whose worker died on every attempt."""
    kind, chunk, _ = task
    reason = Reason("worker_died")
    if kind == "read":
        return [("read", 0, [(file, None, reason)], []) for file in chunk]
    return [("failed", _where(article), reason) for _, _, article in chunk]


def _where(article: Article) -> str:
    return f"{article.path or '?'} ({article.key})"


def _outcomes(files: list[str], published, force: bool, workers: int):
    """Yield the outcomes of reading and extracting ``files``, in worker processes when worthwhile."""
    if workers <= 1 or len(files) < IN_PROCESS_BELOW and sum(_size(f) for f in files) < 2**20:
        yield from _read_outcomes(files, published, force, spread=False)
        return
    # The first file is done here: the reference tables it loads are inherited by the forked workers.
    tasks: deque = deque()
    for outcome in _read_task(files[:1], published, force, spread=True):
        if outcome[0] == "spread":
            yield _extract_one(outcome[1][0][2], outcome[1][0][0], outcome[1][0][1])
            tasks.extend(("extract", chunk, 0) for chunk in _chunks(outcome[1][1:], ARTICLES_PER_TASK))
        else:
            yield outcome
    tasks.extend(("read", chunk, 0) for chunk in _chunks(files[1:], FILES_PER_TASK))
    pool = _pool(workers)
    suspects: deque = deque()  # tasks left unfinished by a dead worker: run one at a time, each file apart
    try:
        running: dict = {}  # future -> its task (kind, chunk, deaths while running alone)
        while tasks or suspects or running:
            broken = []
            while suspects and not running or tasks and not suspects and len(running) < workers * TASKS_PER_WORKER:
                task = (suspects or tasks).popleft()
                kind, chunk, _ = task
                call = (_read_task, chunk, published, force, True) if kind == "read" else (_extract_task, chunk)
                try:
                    running[pool.submit(*call)] = task
                except BrokenProcessPool:
                    broken.append(task)
                    break
            done, _ = wait(running, return_when=FIRST_COMPLETED) if running else (set(), set())
            alone = len(running) == 1
            for future in done:
                task = running.pop(future)
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    broken.append(task)
                    continue
                for outcome in outcomes:
                    if outcome[0] == "spread":
                        tasks.extend(("extract", chunk, 0) for chunk in _chunks(outcome[1], ARTICLES_PER_TASK))
                    else:
                        yield outcome
            if broken:  # a worker died (killed, out of memory): its pool is gone, so is every unfinished task
                broken += running.values()
                running.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                if alone and len(broken) == 1 and len(broken[0][1]) == 1:  # this one file or article did it
                    kind, chunk, deaths = broken[0]
                    if deaths + 1 >= RETRIES:
                        yield from _lost(broken[0])
                    else:
                        suspects.append((kind, chunk, deaths + 1))
                else:
                    count = sum(len(chunk) for _, chunk, _ in broken)
                    yield ("note", f"a worker process died; retrying the {count} files or articles left unfinished")
                    suspects.extend((kind, [item], deaths) for kind, chunk, deaths in broken for item in chunk)
                pool = _pool(workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(os.getpid(),))


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _size(file: str) -> int:
    try:
        return os.path.getsize(file)
    except OSError:
        return 0


class _ProgressBar(tqdm):
    """tqdm without its monitor thread: the bar is updated after every article anyway, and the monitor
    thread outlives the bar (pytest reported it dying at interpreter exit)."""

    monitor_interval = 0


def ingest(paths, store, workers: int | None = None, progress: bool = True, published: dt.datetime | None = None,
           force: bool = False, dask: str | None = None, reference: Reference | None = None) -> IngestSummary:  # fmt: skip
    """Read, extract and store every report under ``paths`` (files or folders, recursive).

    ``published`` overrides every article's publication date (as in the ``extract`` command);
    ``force`` re-extracts articles whose content is already stored (after an extractor upgrade);
    ``dask`` extracts on a Dask cluster (a scheduler address, or "local"; see ``timeline.dask_ingest``)
    instead of local processes; the store is written here either way. Every article is extracted with
    ``reference`` (default: the process's ``default_reference()``, the tables of ``data/`` loaded once).
    """
    global _stored, _known, _reference
    started = time.perf_counter()
    _reference = reference or default_reference()
    summary = IngestSummary()
    summary.stages = {"read+extract+store": 0.0, "store": 0.0, "merge": 0.0}
    listed, summary.notes = report_files(paths)
    files = [str(f) for f in listed]
    _stored = store.article_hashes()
    _known = frozenset(_stored.values())
    saved: set[str] = set()
    store.engine.dispose()  # no open database connection is inherited by the forked workers
    bar = _ProgressBar(total=len(files), unit="report", desc="ingest", disable=not progress or not files)
    if dask:
        from timeline import dask_ingest

        outcomes = dask_ingest.outcomes(files, published, force, dask, _stored, workers, _reference)
    else:
        outcomes = _outcomes(files, published, force, workers or os.cpu_count() or 1)
    batch: list[tuple[str, str, dict, str]] = []
    waiting_since = 0.0

    def commit() -> None:
        """Store the waiting articles in one transaction and count them only once committed."""
        saving = time.perf_counter()
        results = store.save_articles(batch, force=force)
        summary.stages["store"] += time.perf_counter() - saving
        for result in results:
            setattr(summary, result, getattr(summary, result) + 1)
        batch.clear()

    try:
        for outcome in outcomes:
            kind = outcome[0]
            if kind == "read":
                _, count, errors, notes = outcome
                summary.read += count
                summary.failed += [(path if row is None else f"{path} (row {row})", why) for path, row, why in errors]
                summary.notes += notes
                bar.total += max(count - 1, 0)
                bar.update(0 if count else 1)
            elif kind == "failed":
                summary.failed.append(outcome[1:])
            elif kind == "note":
                summary.notes.append(outcome[1])
                bar.write(f"note: {outcome[1]}", file=sys.stderr)
            elif kind == "unchanged" or (outcome[2] in saved and outcome[1] not in _stored):
                summary.unchanged += 1  # the same content twice in this batch is stored once
                undated = outcome[1] if kind == "unchanged" else _undated(outcome)
                summary.undated += [undated] if undated else []
            else:
                _, uid, digest, output, text, _ = outcome
                summary.undated += [undated] if (undated := _undated(outcome)) else []
                if not batch:
                    waiting_since = time.perf_counter()
                batch.append((uid, digest, output, text))
                saved.add(digest)
            if batch and (len(batch) >= BATCH_ARTICLES or time.perf_counter() - waiting_since >= BATCH_SECONDS):
                commit()
            if kind in ("unchanged", "extracted", "failed"):
                bar.update(1)
        if batch:
            commit()
    except KeyboardInterrupt as exc:
        bar.close()
        outcomes.close()  # stops the worker pool now, not at interpreter exit
        summary.interrupted = True
        _finish(summary, store, started)
        raise IngestInterrupted(summary) from exc
    bar.close()
    _finish(summary, store, started)
    return summary


def _undated(extracted: tuple) -> Undated | None:
    """An extracted article whose publication date is unknown, else None."""
    _, _, _, output, _, where = extracted
    article = output["article"]
    return Undated(where, tuple(article.get("warnings") or ())) if article.get("published") is None else None


def _finish(summary: IngestSummary, store, started: float) -> None:
    """Re-merge the incidents (if anything changed) and record the timings."""
    merging = time.perf_counter()
    summary.stages["read+extract+store"] = merging - started
    summary.incidents = store.incident_count()
    store.checkpoint()
    summary.stages["merge"] = time.perf_counter() - merging
    summary.seconds = time.perf_counter() - started

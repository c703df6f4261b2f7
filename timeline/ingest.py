"""Ingest: files -> readers -> extraction in parallel processes -> one store transaction per article.

Idempotent by content hash: an article already stored with the same content is skipped (before any
extraction), an edited file replaces its old version, a copy of stored content is not stored twice.
Each article is committed on its own, so Ctrl-C or a crash loses nothing already committed and never
leaves half an article; incidents are re-merged at the end (or on the next read of the store).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from timeline.article import Article
from timeline.extract import extract_article
from timeline.readers import read_paths

IN_PROCESS_BELOW = 16  # fewer articles than this are extracted without starting worker processes


@dataclass
class IngestSummary:
    """What one ingest run did. ``failed`` lists (file, reason) for every file or article not stored."""

    read: int = 0
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    incidents: int | None = None
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)  # wall seconds: read, store, merge
    interrupted: bool = False

    def lines(self) -> list[str]:
        """The summary as the command prints it."""
        head = (
            f"read {self.read} articles: {self.new} new, {self.replaced} replaced, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed"
        )
        if self.incidents is not None:
            head += f"; {self.incidents} incidents in the store"
        head += f" ({self.seconds:.1f} s"
        if self.stages:
            head += ": " + ", ".join(f"{name} {value:.1f} s" for name, value in self.stages.items())
        head += ")"
        out = [head]
        if self.interrupted:
            out.append("interrupted: every article counted above as new or replaced is committed")
        out += [f"failed: {file}: {reason}" for file, reason in self.failed]
        return out


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


def _extract_chunk(chunk: list[tuple[int, Article]]) -> list[tuple[int, dict | None, str | None]]:
    """Extract a chunk of articles; one article's failure is reported, not raised."""
    out = []
    for number, article in chunk:
        try:
            out.append((number, extract_article(article), None))
        except Exception as exc:  # noqa: BLE001 - any extractor bug must name the article and let the batch go on
            out.append((number, None, f"extraction failed: {exc!r}"))
    return out


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool


def _where(article: Article) -> str:
    return f"{article.path or '?'} ({article.key})"


def _extracted(pending: list[tuple[int, Article]], workers: int):
    """Yield (number, result, error) for each pending article, in parallel when worthwhile."""
    if workers <= 1 or len(pending) < IN_PROCESS_BELOW:
        for item in pending:
            yield from _extract_chunk([item])
        return
    # The first article is extracted here: the reference tables it loads are inherited by the forked workers.
    yield from _extract_chunk(pending[:1])
    pending = pending[1:]
    size = max(1, min(64, len(pending) // (workers * 8)))
    chunks = [pending[i : i + size] for i in range(0, len(pending), size)]
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_sigint)
    try:
        queue = iter(chunks)
        running = {pool.submit(_extract_chunk, c) for c in [next(queue) for _ in range(min(len(chunks), workers * 2))]}
        while running:
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = next(queue, None)
                if chunk is not None:
                    running.add(pool.submit(_extract_chunk, chunk))
                yield from future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def ingest(paths, store, workers: int | None = None, progress: bool = True, published: dt.datetime | None = None,
           force: bool = False) -> IngestSummary:  # fmt: skip
    """Read, extract and store every report under ``paths`` (files or folders, recursive).

    ``published`` overrides every article's publication date (as in the ``extract`` command);
    ``force`` re-extracts articles whose content is already stored (after an extractor upgrade).
    """
    started = time.perf_counter()
    summary = IngestSummary()
    result = read_paths(list(paths), published=published)
    summary.stages = {"read": time.perf_counter() - started, "extract+store": 0.0, "store": 0.0, "merge": 0.0}
    summary.read = len(result.articles)
    summary.failed += [(str(e.path) if e.row is None else f"{e.path} (row {e.row})", e.reason) for e in result.errors]
    summary.notes += result.notes
    stored = store.article_hashes()
    known = set(stored.values())
    pending: list[tuple[int, Article]] = []
    identities: dict[int, tuple[str, str]] = {}
    for number, article in enumerate(result.articles):
        uid, digest = article_uid(article), content_hash(article)
        if not force and (stored.get(uid) == digest or (uid not in stored and digest in known)):
            summary.unchanged += 1
            continue
        known.add(digest)
        identities[number] = (uid, digest)
        pending.append((number, article))
    articles = dict(pending)
    store.engine.dispose()  # no open database connection is inherited by the forked extraction workers
    bar = tqdm(total=len(pending), unit="article", desc="ingest", disable=not progress or not pending)
    try:
        for number, output, error in _extracted(pending, workers or os.cpu_count() or 1):
            article = articles[number]
            if error is not None:
                summary.failed.append((_where(article), error))
            else:
                uid, digest = identities[number]
                saving = time.perf_counter()
                outcome = store.save_article(uid, digest, output, article.text, force=force)
                summary.stages["store"] += time.perf_counter() - saving
                if outcome == "new":
                    summary.new += 1
                elif outcome == "replaced":
                    summary.replaced += 1
                else:
                    summary.unchanged += 1
            bar.update(1)
    except KeyboardInterrupt as exc:
        bar.close()
        summary.interrupted = True
        _finish(summary, store, started)
        raise IngestInterrupted(summary) from exc
    bar.close()
    _finish(summary, store, started)
    return summary


def _finish(summary: IngestSummary, store, started: float) -> None:
    """Re-merge the incidents (if anything changed) and record the timings."""
    merging = time.perf_counter()
    summary.stages["extract+store"] = merging - started - summary.stages["read"]
    summary.incidents = store.incident_count()
    summary.stages["merge"] = time.perf_counter() - merging
    summary.seconds = time.perf_counter() - started

"""Extraction on a Dask cluster (``timeline ingest --dask ADDRESS`` or ``--dask local``).

Extraction is a pure function per report, so it maps over dask.distributed workers: the files are
sent in partitions (``FILES_PER_PARTITION`` paths per task; each worker reads its files itself, so
every worker must see the same paths, e.g. a shared folder), the ingest's one reference (the loaded tables,
``timeline.reference.Reference``) is scattered to every worker once and each task reads that copy, not a
pickle of its own, and the outcomes stream back as
partitions finish, to be stored by the ingest loop in batches exactly as after a local run. Only the
stored content hashes of a partition's own files travel with it, so the tasks stay small however
large the store.

``local`` starts a LocalCluster of one single-threaded worker process per CPU (or ``workers``).
"""

from __future__ import annotations

import gc
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from timeline.reasons import Reason

FILES_PER_PARTITION = 16
IN_FLIGHT_PER_WORKER = 4  # partitions queued per worker: results stream back while the rest waits


def _extract_partition(files: list[str], published, force: bool, stored: dict[str, str], reference) -> list[tuple]:
    """Read and extract ``files`` on a worker; ``stored`` holds the store's hashes of their articles,
    ``reference`` is the ingest's (the worker's scattered copy)."""
    from timeline import ingest as ingest_mod

    ingest_mod._stored = stored  # what the skip test compares against, in this worker process
    ingest_mod._known = frozenset()  # copies of other files' content are refused by the store itself
    ingest_mod._reference = reference
    return ingest_mod._read_task(files, published, force, spread=False)


def _stored_by_file(stored: dict[str, str]) -> dict[str, dict[str, str]]:
    """The stored hashes grouped by the file (resolved path) their uid starts with."""
    grouped: dict[str, dict[str, str]] = defaultdict(dict)
    for uid, digest in stored.items():
        grouped[uid.split("::", 1)[0]][uid] = digest
    return grouped


class SchedulerUnreachable(Exception):
    """``--dask`` names an address where no scheduler can be reached: one message, not a traceback."""


def _client(address: str, workers: int | None):
    from distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,  # extraction is CPU-bound Python: processes, not threads
            processes=True,
            dashboard_address=None,
        )
        return Client(cluster), cluster
    try:
        return Client(address), None
    except (ValueError, OSError) as exc:  # a malformed address, or no scheduler answering there
        message = f"no Dask scheduler at {address!r} ({exc}); give tcp://HOST:8786 or 'local'"
    # The half-built client, held by the error's frames, closes now: left to a later garbage collection, it may be
    # collected in a process forked after (an ingest's workers), where its close waits forever for an event loop
    # that was not forked, holding whatever that process holds (the store's write lock).
    gc.collect()
    raise SchedulerUnreachable(message)


def outcomes(files: list[str], published, force: bool, address: str, stored: dict[str, str],
             workers: int | None = None, reference=None) -> Iterator[tuple]:  # fmt: skip
    """Yield the outcomes of reading and extracting ``files`` with ``reference`` (a ``Reference``; default the
    shipped tables) on the cluster at ``address``, as :func:`timeline.ingest._read_task` gives them, partition by
    partition as they finish."""
    from distributed import as_completed

    from timeline.reference import default_reference

    client, cluster = _client(address, workers)
    try:
        tables = client.scatter(reference or default_reference(), broadcast=True)  # once per worker
        by_file = _stored_by_file(stored)
        partitions = [files[i : i + FILES_PER_PARTITION] for i in range(0, len(files), FILES_PER_PARTITION)]
        limit = IN_FLIGHT_PER_WORKER * max(1, len(client.nthreads()))
        pending = iter(partitions)
        running = as_completed()
        task_files = {}

        def submit() -> bool:
            part = next(pending, None)
            if part is None:
                return False
            subset = {uid: digest for f in part for uid, digest in by_file.get(str(Path(f).resolve()), {}).items()}
            future = client.submit(_extract_partition, part, published, force, subset, tables, pure=False)
            task_files[future.key] = part
            running.add(future)
            return True

        for _ in range(limit):
            if not submit():
                break
        for future in running:
            part = task_files.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost worker (KilledWorker) or a task error: name its files
                reason = Reason("cluster_failed", error=repr(exc))
                result = [("read", 0, [(f, None, reason)], []) for f in part]
            future.release()
            yield from result
            submit()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

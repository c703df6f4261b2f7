"""Ingest with extraction on a Dask cluster (a 2-worker LocalCluster) gives the store a local run gives."""

from __future__ import annotations

import pandas as pd

from timeline.ingest import ingest
from timeline.paths import SAMPLE_DIR
from timeline.store import Store


def contents(store: Store) -> tuple:
    articles = store.articles_frame()[["uid", "content_hash", "n_reports"]].sort_values("uid")
    incidents = store.incidents_frame()
    return articles.reset_index(drop=True), incidents.sort_values("incident_id").reset_index(drop=True)


def test_dask_ingest_gives_the_store_of_a_local_run(tmp_path):
    local, distributed = Store(tmp_path / "local.sqlite"), Store(tmp_path / "dask.sqlite")
    here = ingest([SAMPLE_DIR], local, workers=1, progress=False)
    there = ingest([SAMPLE_DIR], distributed, workers=2, progress=False, dask="local")
    assert (there.read, there.new, there.failed) == (here.read, here.new, here.failed) and here.new > 10
    for a, b in zip(contents(local), contents(distributed), strict=True):
        pd.testing.assert_frame_equal(a, b)
    again = ingest([SAMPLE_DIR], distributed, workers=2, progress=False, dask="local")
    assert (again.new, again.unchanged) == (0, here.read)  # the stored hashes reached the workers

"""Fixtures shared by the test files: the store on SQLite and on PostgreSQL (one parametrized fixture).

A test that takes ``db_url`` or ``store`` runs twice, ``[sqlite]`` and ``[postgresql]``. Without
PostgreSQL on the machine the second is skipped, except under CI (``CI`` set), where it fails: CI
installs and starts what the tests need.
"""

from __future__ import annotations

import os

import pytest
from pg_cluster import NoPostgres, ThrowawayCluster

from timeline.store import Store


@pytest.fixture(scope="session")
def postgres():
    try:
        cluster = ThrowawayCluster()
    except NoPostgres as exc:
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A new empty store's location: a SQLite file, or a database on the session's PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "t.sqlite")
        return
    cluster = request.getfixturevalue("postgres")
    url = cluster.database()
    yield url
    cluster.drop(url)


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()

"""A throwaway PostgreSQL server for the tests and benchmarks: ``initdb`` + ``pg_ctl`` in a temporary folder.

Debian's ``postgresql`` package provides the binaries (``scripts/setup.sh --dev`` installs it). The
server listens on a Unix socket in its own folder only, with fsync off: nothing outlives the run.
PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user.
``TIMELINE_TEST_POSTGRES`` (an admin URL such as ``postgresql://postgres@/postgres?host=/run/postgresql``)
uses a running server instead.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import sqlalchemy as sa

from timeline.store import resolve_url


class NoPostgres(RuntimeError):
    """No PostgreSQL binaries on this machine and no server given."""


def _binaries() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[4]))
    if not versions:
        raise NoPostgres("no PostgreSQL binaries (pg_ctl): install Debian's postgresql (scripts/setup.sh --dev)")
    return Path(versions[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayCluster:
    """A PostgreSQL server for one test session; ``database()`` gives a fresh, empty database's URL."""

    def __init__(self):
        self._names = itertools.count(1)
        self._folder: Path | None = None
        given = os.environ.get("TIMELINE_TEST_POSTGRES")
        if given:
            self.admin_url = resolve_url(given)
            return
        bin_dir = _binaries()
        self._folder = Path(tempfile.mkdtemp(prefix="timeline-pg-"))
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self._folder, "postgres", "postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self._pg_ctl = str(bin_dir / "pg_ctl")
        data, port = self._folder / "data", _free_port()
        self._run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--no-locale", "--no-sync")  # fmt: skip
        options = f"-k {self._folder} -c listen_addresses='' -p {port} -c fsync=off -c full_page_writes=off"
        self._run(self._pg_ctl, "-D", str(data), "-l", str(self._folder / "server.log"), "-o", options, "-w", "start")
        self._data = data
        self.admin_url = f"postgresql+psycopg://postgres@/postgres?host={self._folder}&port={port}"

    def _run(self, *command: str) -> None:
        done = subprocess.run([*self._as_user, *command], capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr or done.stdout}")

    def _admin(self, statement: str) -> None:
        engine = sa.create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql(statement)
        finally:
            engine.dispose()

    def database(self) -> str:
        """The URL of a new empty database."""
        name = f"timeline_test_{os.getpid()}_{next(self._names)}"
        self._admin(f"CREATE DATABASE {name}")
        return sa.make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {sa.make_url(url).database} WITH (FORCE)")

    def stop(self) -> None:
        if self._folder is None:
            return
        self._run(self._pg_ctl, "-D", str(self._data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self._folder, ignore_errors=True)
        self._folder = None

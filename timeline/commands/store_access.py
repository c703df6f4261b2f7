"""Opening the store for a command: a path that is not a usable database is one clear message, not a
traceback (``--db /etc/passwd``, a folder, a file in a missing folder)."""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa

from timeline.store import DEFAULT_DB, Store, StoreBusy, resolve_url


class StoreUnavailable(Exception):
    """The store named by ``--db`` (or ``TIMELINE_DB``) cannot be opened or written; the message says why."""


def open_store(db: str | os.PathLike | None) -> Store:
    """``Store(db)``, or StoreUnavailable naming the store and the database's own reason."""
    try:
        return Store(db)
    except (sa.exc.SQLAlchemyError, OSError, RuntimeError, ValueError) as exc:
        raise StoreUnavailable(f"cannot open the store {_shown(db)}: {database_reason(exc)}") from None


def open_existing_store(db: str | os.PathLike | None) -> Store:
    """``open_store`` for a command that only reads: a SQLite file that does not exist is an error naming it,
    not a new empty store that answers "no incidents" (a mistyped ``--db`` or a store never ingested)."""
    value = str(db) if db else os.environ.get("TIMELINE_DB") or str(DEFAULT_DB)
    if "://" not in value or value.startswith("sqlite:///"):
        path = Path(value.removeprefix("sqlite:///")).expanduser()
        if not path.exists():
            raise StoreUnavailable(
                f"no store at {path}: ingest reports into it first (python -m timeline ingest --db {path} PATH...)"
            )
    return open_store(db)


def store_failure(exc: BaseException) -> str | None:
    """One line for a store that failed during a command (unavailable, busy, unreachable, read-only, full
    disk), or None for any other error, which stays a traceback."""
    if isinstance(exc, StoreUnavailable | StoreBusy):
        return str(exc)
    if isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError):
        return f"the store failed: {database_reason(exc)}"
    return None


def database_reason(exc: BaseException) -> str:
    """The database driver's own first line ("file is not a database", "attempt to write a readonly
    database"), without SQLAlchemy's statement and background link."""
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]


def _shown(db) -> str:
    try:
        return str(resolve_url(db))
    except Exception:  # noqa: BLE001 - only for the message
        return str(db)

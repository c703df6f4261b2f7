"""The durable timeline: the rows of articles, their extraction, merged incidents and analyst reviews,
and the queries over them. The one place that talks to the database.

SQLAlchemy Core on SQLite (the default ``data/timeline.sqlite``, or ``TIMELINE_DB``, or ``--db``) or
PostgreSQL (``postgresql://...``, psycopg 3). The tool creates and migrates the schema itself
(``timeline.schema``). Writers are serialized (see :meth:`Store._writing`), so several processes can
ingest and review at once. Incidents are derived data: every write records which reports changed, and
the incidents stage (``timeline.incidents``) re-merges what they can touch before the next read of
incidents, so reviews (keyed by incident id and report keys) survive re-ingest.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import sqlalchemy as sa

from timeline import incidents as incidents_stage
from timeline.event_types import event_types
from timeline.incidents import CORRECTABLE, REVIEW_ACTIONS, REVIEW_STATES, VERDICTS, as_date  # noqa: F401 - re-exported
from timeline.paths import DATA_DIR
from timeline.schema import (  # noqa: F401 - tables re-exported for benchmarks and tests
    EVENT_KEYS_STORED,
    INCIDENT_COLUMNS,
    MIGRATIONS,
    SCHEMA_VERSION,
    TEXT_COLUMNS,
    articles,
    bump_revision,
    claims,
    date_mentions,
    evidence,
    get_meta,
    incident_members,
    incidents,
    mark_changed,
    meta,
    relations,
    removed_incidents,
    reports,
    reviews,
    set_meta,
)

DEFAULT_DB = DATA_DIR / "timeline.sqlite"
WAIT_SECONDS = 60.0  # how long a writer waits for another writer of the same store before giving up
WRITE_LOCK = 7_150_914  # PostgreSQL advisory lock key held by every write transaction of the store


def resolve_url(url: str | os.PathLike | None = None) -> str:
    """A database URL from an explicit URL or path, ``TIMELINE_DB``, or the default SQLite file.

    ``postgresql://`` (or ``postgres://``) URLs are driven by psycopg 3 (``postgresql+psycopg://``).
    """
    value = str(url) if url else os.environ.get("TIMELINE_DB") or str(DEFAULT_DB)
    if "://" in value:
        scheme, rest = value.split("://", 1)
        return f"postgresql+psycopg://{rest}" if scheme in ("postgresql", "postgres") else value
    path = Path(value).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


class StoreBusy(RuntimeError):
    """Another writer held the store longer than this one would wait."""


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # transactions are begun by _sqlite_begin, not by the driver
    cursor = dbapi_conn.cursor()
    _set_wal(cursor, time.monotonic() + dbapi_conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _set_wal(cursor, deadline: float) -> None:
    """Write-ahead logging (readers never block the writer). Switching a new file to it is refused, not
    queued, while another process switches it too, so it is retried until the busy deadline."""
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_begin(conn: sa.Connection) -> None:
    """A write transaction takes SQLite's write lock first (waiting for another writer), so it never
    fails half-way when it upgrades from reading; a read transaction is a snapshot and never waits."""
    writing = conn.get_execution_options().get("timeline_write")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def _is_lock_timeout(exc: sa.exc.OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "database is locked" in text or "lock timeout" in text or getattr(exc.orig, "sqlstate", "") == "55P03"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _number(value) -> float | None:
    """A toll as a float; None for what is not a finite number."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _finite(value):
    """``value`` with every NaN or infinite float inside it (dict values, list items) replaced by None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def json_text(value) -> str:
    """Every JSON column's text, on every database. JSON has no NaN or Infinity: Python writes them anyway
    (SQLite keeps the invalid text, PostgreSQL refuses the row), so they are stored as null. A float
    reaches the JSON columns from extraction results (claims' ``vague`` counts, places' coordinates,
    the contract's other event keys, article metadata) and from analysts' corrections."""
    try:
        return json.dumps(value, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(value), allow_nan=False)


@dataclass(frozen=True)
class IncidentRows:
    """One incident (its frame row as plain values) and the stored rows behind it."""

    incident: dict
    reports: list[
        dict
    ]  # report columns with their article's uid, article_key, title, source, url, path, published, text
    claims: list[dict]
    spans: list[dict]  # evidence rows
    mentions: list[dict]  # date mentions of the reports' articles
    relations: list[dict]
    reviews: list[dict]


@dataclass(frozen=True)
class IncidentChanges:
    """What the incidents stage wrote since a revision: see :meth:`Store.incident_changes`."""

    written: pd.DataFrame
    """The incidents written (new or changed) since then, as ``incidents_frame`` gives them."""
    removed: frozenset[str]
    """Ids of incidents removed since then (an id also in ``written`` came back)."""
    count: int
    """How many incidents the store holds now (with these changes)."""


class Store:
    """The timeline database. ``Store()`` opens (and creates or migrates) the default store."""

    def __init__(self, url: str | os.PathLike | None = None, wait_seconds: float = WAIT_SECONDS):
        self.url = resolve_url(url)
        self.wait_seconds = wait_seconds
        if self.url.startswith("sqlite"):
            self.engine = sa.create_engine(self.url, connect_args={"timeout": wait_seconds}, json_serializer=json_text)
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            sa.event.listen(self.engine, "begin", _sqlite_begin)
        else:
            self.engine = sa.create_engine(self.url, pool_pre_ping=True, json_serializer=json_text)
        self._migrate()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def close(self) -> None:
        self.engine.dispose()

    # -- schema -------------------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[sa.Connection]:
        """One write transaction, serialized with every other writer of the store, in any process.

        SQLite: ``BEGIN IMMEDIATE`` (see :func:`_sqlite_begin`); PostgreSQL: a transaction-level
        advisory lock. Writes are short batches, so a second writer waits its turn; after
        ``wait_seconds`` it stops with :class:`StoreBusy` and nothing of its transaction is kept.
        """
        try:
            with self.engine.connect() as conn:
                conn.execution_options(timeline_write=True)
                with conn.begin():
                    if self.engine.dialect.name == "postgresql":
                        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(self.wait_seconds * 1000)}ms'")
                        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
                    yield conn
        except sa.exc.OperationalError as exc:
            if _is_lock_timeout(exc):
                raise StoreBusy(
                    f"{self.url}: another process has been writing to this store for over {self.wait_seconds:.0f} s "
                    "(an ingest or a review); nothing was written, try again when it has finished"
                ) from exc
            raise

    def _migrate(self) -> None:
        with self._writing() as conn:
            meta.create(conn, checkfirst=True)
            row = conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema_version")).first()
            version = int(row[0]) if row else 0
            if version > SCHEMA_VERSION:
                raise RuntimeError(f"{self.url}: schema version {version} is newer than this tool ({SCHEMA_VERSION})")
            for step in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[step](conn)
            if version != SCHEMA_VERSION:
                set_meta(conn, "schema_version", str(SCHEMA_VERSION))

    def revision(self) -> int:
        """A number that grows with every write (article saved, review applied, incidents re-merged).

        One indexed read: readers such as the dashboard cache what they derived from the store under it.
        It is bumped after a change is visible, so a cache keyed by it is never newer than its content.
        """
        with self.engine.connect() as conn:
            value = conn.execute(sa.select(meta.c.value).where(meta.c.key == "revision")).scalar()
        return int(value or 0)

    def checkpoint(self) -> None:
        """Fold SQLite's write-ahead log back into the database file (after a large ingest)."""
        if self.engine.dialect.name == "sqlite":
            raw = self.engine.raw_connection()  # outside any transaction (the driver is in autocommit)
            try:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema_version")).scalar_one())

    # -- articles -----------------------------------------------------------------------------------

    def article_hashes(self) -> dict[str, str]:
        """uid -> content hash of every stored article."""
        with self.engine.connect() as conn:
            return dict(conn.execute(sa.select(articles.c.uid, articles.c.content_hash)).all())

    def save_article(self, uid: str, content_hash: str, result: dict, text: str, force: bool = False) -> str:
        """Store one article's extraction in one transaction, replacing an older version of it.

        Returns "new", "replaced" or "unchanged" (same content already stored, unless ``force``).
        Marks the incidents stale (rebuilt on next read).
        """
        return self.save_articles([(uid, content_hash, result, text)], force=force)[0]

    def save_articles(self, items: list[tuple[str, str, dict, str]], force: bool = False) -> list[str]:
        """Store several articles' extractions ``(uid, content hash, result, text)`` in one transaction.

        All or none of them are committed, so no article is ever half written; a batch costs a few
        statements per table instead of a few per article. Returns each article's "new", "replaced" or
        "unchanged" (also a new uid whose content is already stored: a copy). A uid given twice keeps its
        last version.
        """
        latest = {uid: (digest, result, text) for uid, digest, result, text in items}
        with self._writing() as conn:
            old: dict[str, tuple[int, str]] = {}
            for chunk in _chunks(sorted(latest), 500):
                query = sa.select(articles.c.uid, articles.c.id, articles.c.content_hash).where(
                    articles.c.uid.in_(chunk)
                )
                old.update((uid, (article_id, digest)) for uid, article_id, digest in conn.execute(query))
            copies = self._stored_hashes(conn, {digest for uid, (digest, _, _) in latest.items() if uid not in old})
            status = {}
            for uid, (digest, _, _) in latest.items():
                if uid not in old:
                    status[uid] = "unchanged" if digest in copies else "new"
                    copies.add(digest)  # a second copy in this batch is not stored either
                else:
                    status[uid] = "unchanged" if old[uid][1] == digest and not force else "replaced"
            todo = [uid for uid in latest if status[uid] != "unchanged"]
            if todo:
                replaced = [old[uid][0] for uid in todo if uid in old]
                changed = self._report_keys(conn, replaced)
                self._delete_articles(conn, replaced)
                now = _now()
                rows = []
                for uid in todo:
                    digest, result, text = latest[uid]
                    info = result.get("article") or {}
                    rows.append(
                        {
                            "uid": uid,
                            "key": str(info.get("key") or uid),
                            "content_hash": digest,
                            "path": info.get("path"),
                            "title": info.get("title"),
                            "published": info.get("published"),
                            "published_from": info.get("published_from"),
                            "source": info.get("source"),
                            "url": info.get("url"),
                            "language": info.get("language"),
                            "metadata": info,
                            "text": text,
                            "ingested_at": now,
                        }
                    )
                returning = sa.insert(articles).returning(articles.c.id, sort_by_parameter_order=True)
                article_ids = list(conn.execute(returning, rows).scalars())
                self._insert_extractions(
                    conn, [(article_id, uid, latest[uid][1]) for article_id, uid in zip(article_ids, todo, strict=True)]
                )
                mark_changed(conn, changed | self._report_keys(conn, article_ids))
        return [status[uid] for uid, _, _, _ in items]

    @staticmethod
    def _report_keys(conn: sa.Connection, article_ids: list[int]) -> set[str]:
        keys = set()
        for chunk in _chunks(article_ids, 500):
            keys.update(conn.execute(sa.select(reports.c.event_key).where(reports.c.article_id.in_(chunk))).scalars())
        return keys

    @staticmethod
    def _stored_hashes(conn: sa.Connection, digests: set[str]) -> set[str]:
        """Those of ``digests`` already stored (under any uid): a copy of stored content is not stored again,
        decided inside the write transaction so two ingests at once cannot both store it."""
        found = set()
        for chunk in _chunks(sorted(digests), 500):
            query = sa.select(articles.c.content_hash).where(articles.c.content_hash.in_(chunk)).distinct()
            found.update(conn.execute(query).scalars())
        return found

    @staticmethod
    def _delete_articles(conn: sa.Connection, article_ids: list[int]) -> None:
        for chunk in _chunks(article_ids, 500):
            report_ids = sa.select(reports.c.id).where(reports.c.article_id.in_(chunk))
            conn.execute(sa.delete(evidence).where(evidence.c.report_id.in_(report_ids)))
            conn.execute(sa.delete(relations).where(relations.c.report_id.in_(report_ids)))
            conn.execute(sa.delete(claims).where(claims.c.report_id.in_(report_ids)))
            conn.execute(sa.delete(reports).where(reports.c.article_id.in_(chunk)))
            conn.execute(sa.delete(date_mentions).where(date_mentions.c.article_id.in_(chunk)))
            conn.execute(sa.delete(articles).where(articles.c.id.in_(chunk)))

    @staticmethod
    def _insert_extractions(conn: sa.Connection, stored: list[tuple[int, str, dict]]) -> None:
        """The articles' date mentions, reports, claims, evidence spans and relations: one insert per table."""
        dates, rows, row_events = [], [], []
        for article_id, uid, result in stored:
            dates += [
                {
                    "article_id": article_id,
                    "text": d.get("text"),
                    "start_char": (d.get("span") or [None, None])[0],
                    "end_char": (d.get("span") or [None, None])[1],
                    "first": as_date(d.get("first")),
                    "last": as_date(d.get("last")),
                    "granularity": d.get("granularity"),
                    "kind": d.get("kind"),
                    "warnings": list(d.get("warnings") or []),
                    "anchor": d.get("anchor"),
                }
                for d in result.get("dates") or []
            ]
            outlet = (result.get("article") or {}).get("source")
            for number, event in enumerate(result.get("events") or [], start=1):
                event_id = str(event.get("id") or f"e{number}")
                place = event.get("place") or {}
                places = [place, *[p for p in event.get("places") or [] if p and p != place]]
                first = as_date(event.get("first"))
                rows.append(
                    {
                        "article_id": article_id,
                        "event_key": f"{uid}#{event_id}",
                        "event_id": event_id,
                        "first": first,
                        "last": as_date(event.get("last")) or first,
                        "date_text": event.get("date_text"),
                        "date_warnings": list(event.get("date_warnings") or []),
                        "type": event.get("type") or event_types().unknown,
                        "perpetrators": list(event.get("perpetrators") or []),
                        "targets": list(event.get("targets") or []),
                        "places": places if place else [p for p in places if p],
                        "event": {k: v for k, v in event.items() if k not in EVENT_KEYS_STORED},
                    }
                )
                row_events.append((uid, outlet, event))
        if dates:
            conn.execute(sa.insert(date_mentions), dates)
        if not rows:
            return
        # plain executemany, then one query for the new ids (RETURNING would cost one statement per row on SQLite)
        conn.execute(sa.insert(reports), rows)
        article_ids = sorted({article_id for article_id, _, _ in stored})
        new_reports = sa.select(reports.c.event_key, reports.c.id).where(reports.c.article_id.in_(article_ids))
        ids_by_key = {key: report_id for key, report_id in conn.execute(new_reports)}
        report_ids = [ids_by_key[row["event_key"]] for row in rows]
        claim_rows, claim_spans, spans, links = [], [], [], []
        for report_id, (uid, outlet, event) in zip(report_ids, row_events, strict=True):
            spans += [{"report_id": report_id, "claim_id": None, "start_char": a, "end_char": b}
                      for a, b in event.get("evidence") or []]  # fmt: skip
            for position, claim in enumerate(event.get("claims") or []):
                claim_rows.append(
                    {
                        "report_id": report_id,
                        "position": position,
                        "source": claim.get("source"),
                        "source_kind": claim.get("source_kind"),
                        "outlet": claim.get("outlet") or outlet,
                        "killed": _number(claim.get("killed")),
                        "wounded": _number(claim.get("wounded")),
                        "captured": _number(claim.get("captured")),
                        "vague": claim.get("vague"),
                        "of": claim.get("of"),
                        "subset": bool(claim.get("subset")),
                    }
                )
                claim_spans.append((report_id, claim.get("evidence") or []))
            links += [{"report_id": report_id, "type": r.get("type"), "target_event_key": f"{uid}#{r.get('event')}"}
                      for r in event.get("relations") or []]  # fmt: skip
        if claim_rows:
            conn.execute(sa.insert(claims), claim_rows)
            new_claims = sa.select(claims.c.report_id, claims.c.position, claims.c.id).where(
                claims.c.report_id.in_(sorted({row["report_id"] for row in claim_rows}))
            )
            ids_by_position = {
                (report_id, position): claim_id for report_id, position, claim_id in conn.execute(new_claims)
            }
            claim_ids = [ids_by_position[row["report_id"], row["position"]] for row in claim_rows]
            for claim_id, (report_id, claim_evidence) in zip(claim_ids, claim_spans, strict=True):
                spans += [{"report_id": report_id, "claim_id": claim_id, "start_char": a, "end_char": b}
                          for a, b in claim_evidence]  # fmt: skip
        if spans:
            conn.execute(sa.insert(evidence), spans)
        if links:
            conn.execute(sa.insert(relations), links)

    def articles_frame(self) -> pd.DataFrame:
        """One row per stored article (without its text), with its number of reports."""
        n_reports = (
            sa.select(sa.func.count(reports.c.id)).where(reports.c.article_id == articles.c.id).scalar_subquery()
        )
        query = sa.select(
            articles.c.uid,
            articles.c.key,
            articles.c.path,
            articles.c.title,
            articles.c.published,
            articles.c.published_from,
            articles.c.source,
            articles.c.url,
            articles.c.language,
            articles.c.content_hash,
            articles.c.ingested_at,
            n_reports.label("n_reports"),
        ).order_by(articles.c.uid)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return pd.DataFrame([dict(r) for r in rows], columns=list(query.selected_columns.keys()))

    # -- incidents ----------------------------------------------------------------------------------

    def rebuild_incidents(self) -> int:
        """Re-merge every report into incidents (deterministic; keeps ids and reviews). Returns the count."""
        with self._writing() as conn:
            bump_revision(conn)  # first: the rows are stamped with the revision that shows them
            count = incidents_stage.update(conn, full=True)
        return count

    def _ensure_incidents(self) -> None:
        """Let the incidents stage re-merge what changed since the last merge, before a read of incidents."""
        with self.engine.connect() as conn:
            if not incidents_stage.needs_update(conn):
                return
        with self._writing() as conn:  # the write that made them stale has bumped the revision already
            if incidents_stage.needs_update(conn):  # unless another process merged while this one waited
                incidents_stage.update(conn)

    def incidents_frame(self) -> pd.DataFrame:
        """One row per merged incident, with exactly the columns of ARCHITECTURE.md."""
        self._ensure_incidents()
        with self.engine.connect() as conn:
            return incidents_to_frame(_fetch(conn, _incident_query()))

    def store_id(self) -> str | None:
        """A random id given to the store when it was created (or migrated to schema 5): a copy of its data
        kept elsewhere, such as the dashboard's snapshot file, is told from one of another store."""
        with self.engine.connect() as conn:
            return get_meta(conn, "store_id")

    def incident_changes(self, since: int, limit: int) -> IncidentChanges | None:
        """The incidents written and the ids removed after revision ``since``, for a reader that holds the
        incidents as they were at ``since``. None when the store cannot tell (a full rebuild since then) or
        when more than ``limit`` incidents changed: reading them all is then as quick."""
        self._ensure_incidents()
        with self.engine.connect() as conn:
            if self.engine.dialect.name == "postgresql":  # the statements below see one state of the store
                conn.execution_options(isolation_level="REPEATABLE READ")
            if since < int(get_meta(conn, "incidents_rebuilt_at") or 0):
                return None
            written = incidents.c.revision > since
            changed = conn.execute(sa.select(sa.func.count()).where(written)).scalar_one()
            removed = conn.execute(
                sa.select(removed_incidents.c.incident_id).where(removed_incidents.c.revision > since)
            ).scalars()
            removed = frozenset(removed)
            if changed + len(removed) > limit:
                return None
            frame = incidents_to_frame(_fetch(conn, _incident_query().where(written)))
            count = conn.execute(sa.select(sa.func.count()).select_from(incidents)).scalar_one()
        return IncidentChanges(frame, removed, count)

    def incident_count(self) -> int:
        self._ensure_incidents()
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(incidents)).scalar_one()

    def members(self, incident_id: str) -> list[str]:
        """The report keys (``<article uid>#<event id>``) merged into an incident."""
        self._ensure_incidents()
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    sa.select(incident_members.c.event_key)
                    .where(incident_members.c.incident_id == incident_id)
                    .order_by(incident_members.c.event_key)
                ).scalars()
            )

    def incident_rows(self, incident_id: str) -> IncidentRows:
        """The stored rows behind one incident (for its detail view, built by ``timeline.incident_detail``)."""
        self._ensure_incidents()
        with self.engine.connect() as conn:
            row = conn.execute(_incident_query().where(incidents.c.incident_id == incident_id)).first()
        if row is None:
            raise KeyError(f"no incident {incident_id!r}")
        incident = _plain(incidents_to_frame([row]).iloc[0].to_dict())
        keys = self.members(incident_id)
        with self.engine.connect() as conn:
            report_rows = conn.execute(
                sa.select(reports, articles.c.uid, articles.c.key.label("article_key"), articles.c.title,
                          articles.c.source, articles.c.url, articles.c.path, articles.c.published, articles.c.text)
                .join_from(reports, articles, reports.c.article_id == articles.c.id)
                .where(reports.c.event_key.in_(keys))
                .order_by(articles.c.published, reports.c.event_key)
            ).mappings().all()  # fmt: skip
            report_ids = [r["id"] for r in report_rows]
            claim_rows = conn.execute(
                sa.select(claims).where(claims.c.report_id.in_(report_ids)).order_by(claims.c.report_id, claims.c.position)
            ).mappings().all()  # fmt: skip
            span_rows = conn.execute(sa.select(evidence).where(evidence.c.report_id.in_(report_ids))).mappings().all()
            article_ids = sorted({r["article_id"] for r in report_rows})
            mention_rows = conn.execute(
                sa.select(date_mentions).where(date_mentions.c.article_id.in_(article_ids)).order_by(date_mentions.c.start_char)
            ).mappings().all()  # fmt: skip
            relation_rows = (
                conn.execute(sa.select(relations).where(relations.c.report_id.in_(report_ids))).mappings().all()
            )
            review_rows = conn.execute(
                sa.select(reviews)
                .where(sa.or_(reviews.c.incident_id == incident_id, reviews.c.action == "merge"))
                .order_by(reviews.c.id)
            ).mappings().all()  # fmt: skip
            review_rows = incidents_stage.IncidentReviews([dict(r) for r in review_rows])(incident_id, keys)
        return IncidentRows(
            incident=incident,
            reports=[dict(r) for r in report_rows],
            claims=[dict(c) for c in claim_rows],
            spans=[dict(x) for x in span_rows],
            mentions=[dict(m) for m in mention_rows],
            relations=[dict(x) for x in relation_rows],
            reviews=[dict(r) for r in review_rows],
        )

    def relations_frame(self, types: tuple[str, ...] | None = None) -> pd.DataFrame:
        """Links between two different incidents that a report states (e.g. ``retaliation_for``).

        Columns: ``incident_id`` (the incident of the report that states it), ``target_id`` (the incident
        it points at), ``type``, ``report`` (the stating report's key); sorted, one row per distinct link.
        """
        self._ensure_incidents()
        source, target = incident_members.alias("source"), incident_members.alias("target")
        query = (
            sa.select(source.c.incident_id, target.c.incident_id.label("target_id"), relations.c.type,
                      reports.c.event_key.label("report"))
            .join_from(relations, reports, relations.c.report_id == reports.c.id)
            .join(source, source.c.event_key == reports.c.event_key)
            .join(target, target.c.event_key == relations.c.target_event_key)
            .where(source.c.incident_id != target.c.incident_id)
            .distinct()
            .order_by(source.c.incident_id, "target_id", relations.c.type, "report")
        )  # fmt: skip
        if types is not None:
            query = query.where(relations.c.type.in_(types))
        with self.engine.connect() as conn:
            rows = [tuple(r) for r in conn.execute(query)]
        return pd.DataFrame(rows, columns=["incident_id", "target_id", "type", "report"])

    def date_warnings(self, incident_ids=None) -> dict[str, tuple[str, ...]]:
        """Incident id -> the distinct date warnings of its reports (sorted), for incidents that have any."""
        self._ensure_incidents()
        wanted = None if incident_ids is None else set(incident_ids)
        query = sa.select(incident_members.c.incident_id, reports.c.date_warnings).join_from(
            incident_members, reports, incident_members.c.event_key == reports.c.event_key
        )
        found: dict[str, set[str]] = {}
        with self.engine.connect() as conn:
            for incident_id, warnings in conn.execute(query):
                if warnings and (wanted is None or incident_id in wanted):
                    found.setdefault(incident_id, set()).update(str(w) for w in warnings)
        return {key: tuple(sorted(value)) for key, value in sorted(found.items())}

    def article_count(self, incident_ids=None) -> int:
        """Distinct stored articles (all, or those whose reports were merged into ``incident_ids``)."""
        with self.engine.connect() as conn:
            if incident_ids is None:
                return int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one())
        wanted = set(incident_ids)
        if not wanted:
            return 0
        self._ensure_incidents()
        query = sa.select(incident_members.c.incident_id, reports.c.article_id).join_from(
            incident_members, reports, incident_members.c.event_key == reports.c.event_key
        )
        with self.engine.connect() as conn:
            return len({article for incident_id, article in conn.execute(query) if incident_id in wanted})

    def undated_report_count(self) -> int:
        """Incident reports whose date could not be resolved (no period can include them)."""
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).where(reports.c.first.is_(None))).scalar_one())

    def has_articles_under(self, folder: str | os.PathLike) -> bool:
        """Whether any stored article was read from a file under ``folder`` (e.g. the sample corpus)."""
        prefix = f"{Path(folder).resolve()}{os.sep}"
        query = sa.select(articles.c.id).where(articles.c.uid.startswith(prefix, autoescape=True)).limit(1)
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    # -- reviews ------------------------------------------------------------------------------------

    def save_review(
        self,
        incident_id: str,
        action: str,
        changes: dict | None = None,
        note: str | None = None,
        analyst: str | None = None,
    ) -> int:
        """Record an analyst's decision on an incident; it is applied now and after every re-ingest.

        - confirm / reject: sets the review state;
        - correct: ``changes`` maps incident fields (``CORRECTABLE``) to their right values;
        - split: ``changes={"reports": [keys]}`` moves those reports into a new incident (or
          ``{"groups": [[keys], [keys], ...]}``); they will not be merged back;
        - merge: ``changes={"with": [incident ids]}`` joins those incidents into this one.
        Returns the review's id.
        """
        changes, touched = incidents_stage.checked_review(incident_id, action, changes, self.members)
        with self._writing() as conn:
            review_id = conn.execute(
                sa.insert(reviews).values(
                    incident_id=incident_id,
                    action=action,
                    changes=changes,
                    note=note,
                    analyst=analyst,
                    created_at=_now(),
                )
            ).inserted_primary_key[0]
            mark_changed(conn, touched)
            incidents_stage.update(conn)
        return review_id

    def reviews_frame(self) -> pd.DataFrame:
        """Every analyst review, oldest first."""
        with self.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(sa.select(reviews).order_by(reviews.c.id)).mappings()]
        return pd.DataFrame(rows, columns=[c.name for c in reviews.columns])


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _storable(value):
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float) and value != value:
        return None
    return value


def _plain(record: dict) -> dict:
    """Frame values as plain Python (ISO dates, None for missing) for JSON and templates."""
    out = {}
    for name, value in record.items():
        if isinstance(value, pd.Timestamp):
            value = value.date().isoformat()
        elif value is pd.NaT or (isinstance(value, float) and value != value) or value is pd.NA:
            value = None
        elif hasattr(value, "item") and not isinstance(value, tuple | list | str):
            value = value.item()
        out[name] = value
    return out


RAW_TEXT_COLUMNS = ("first", "last", "perpetrators", "targets", "outlets")
"""Incident columns read as their stored text and decoded in bulk (no per-row type processing)."""


def _fetch(conn: sa.Connection, query: sa.Select) -> list[tuple]:
    """The rows of ``query`` through the driver's own cursor: plain tuples, without SQLAlchemy's per-row
    Row objects and result processors (half the read time at 1,000,000 incidents); incidents_to_frame
    types every column."""
    compiled = query.compile(conn)
    params = compiled.params
    if compiled.positional:  # SQLite's "?" placeholders
        params = tuple(params[name] for name in compiled.positiontup)
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        return cursor.fetchall()
    finally:
        cursor.close()


def _incident_query() -> sa.Select:
    """The incidents in ``INCIDENT_COLUMNS`` order, dates and JSON lists as text for :func:`incidents_to_frame`."""
    return sa.select(
        *(
            sa.cast(incidents.c[c], sa.Text).label(c) if c in RAW_TEXT_COLUMNS else incidents.c[c]
            for c in INCIDENT_COLUMNS
        )
    )


def _tuples(values: pd.Series) -> pd.Series:
    """JSON lists stored as text -> tuples; each distinct text is decoded once (few distinct actor lists)."""
    codes, uniques = pd.factorize(values.astype(object), use_na_sentinel=True)
    decoded = np.empty(len(uniques) + 1, dtype=object)
    decoded[:] = [*(tuple(json.loads(u) or ()) for u in uniques), ()]  # code -1 (NULL) -> the last, ()
    return pd.Series(decoded[codes], index=values.index, dtype=object)


def incidents_to_frame(rows: list) -> pd.DataFrame:
    """The incidents frame from rows of :func:`_incident_query`, with the documented dtypes."""
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(INCIDENT_COLUMNS)
    frame = pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in zip(INCIDENT_COLUMNS, columns,
                                                                                         strict=True)})  # fmt: skip
    for name in ("first", "last"):
        frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d", errors="coerce").astype("datetime64[s]")
    for name in ("perpetrators", "targets", "outlets"):
        frame[name] = _tuples(frame[name])
    for name in ("lat", "lon", "killed_low", "killed_best", "killed_high", "wounded_low", "wounded_best",
                 "wounded_high"):  # fmt: skip
        frame[name] = pd.to_numeric(frame[name], errors="coerce").astype(float)
    for name in ("geo_precision", "days_since"):
        frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("Int64")
    for name in TEXT_COLUMNS:
        frame[name] = frame[name].astype("str")
    for name in ("n_claims", "n_sources", "n_reports", "date_warnings"):
        frame[name] = pd.to_numeric(frame[name], errors="coerce").fillna(0).astype(int)
    frame["part_of_toll"] = frame["part_of_toll"].eq(True)  # NULL (written before schema 7): no part
    zone = frame["in_zone"]
    frame["in_zone"] = zone.astype(bool).astype(object).where(zone.notna(), None)
    return frame

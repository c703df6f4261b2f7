"""The store's tables and their migrations (SQLAlchemy Core: one schema for SQLite and PostgreSQL).

Rows written by the store (articles, their extraction, reviews), rows derived by the incidents stage
(``incidents``, ``incident_members``, ``report_places``) and the ``meta`` rows both use: the schema
version, the revision, and what the incidents stage still has to re-merge.

Readers that keep a copy of the incidents (the dashboard's snapshot) ask what changed since the revision
they copied: every incident row carries the revision it was written at, ``removed_incidents`` the ids that
went and when, and the meta row ``incidents_rebuilt_at`` the last full rebuild (which replaces them all).
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa

SCHEMA_VERSION = 10
V3_TABLES = ("report_places", "pending_reports")
V5_TABLES = ("removed_incidents",)
EVENT_KEYS_STORED = {"id", "first", "last", "date_text", "date_warnings", "type", "perpetrators", "targets", "place",
                     "places", "claims", "evidence", "relations"}  # fmt: skip
INCIDENT_COLUMNS = (
    "incident_id",
    "first",
    "last",
    "type",
    "perpetrators",
    "targets",
    "actor1",
    "bloc1",
    "place_name",
    "place_name_ar",
    "admin1",
    "admin2",
    "admin3",
    "pcode",
    "lat",
    "lon",
    "geo_precision",
    "killed_low",
    "killed_best",
    "killed_high",
    "wounded_low",
    "wounded_best",
    "wounded_high",
    "n_claims",
    "n_sources",
    "n_reports",
    "outlets",
    "agreement",
    "in_zone",
    "violation",
    "violation_reason",
    "days_since",
    "phase",
    "review_state",
    "date_warnings",
    "violation_reason_ar",
    "part_of_toll",
)

TEXT_COLUMNS = ("incident_id", "type", "actor1", "bloc1", "place_name", "place_name_ar", "admin1", "admin2", "admin3",
                "pcode", "agreement", "violation", "violation_reason", "phase", "review_state", "violation_reason_ar")  # fmt: skip

metadata = sa.MetaData()

meta = sa.Table("meta", metadata, sa.Column("key", sa.String(64), primary_key=True), sa.Column("value", sa.Text))

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("uid", sa.String, nullable=False, unique=True),  # file path + article key
    sa.Column("key", sa.String, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("path", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String),
    sa.Column("published_from", sa.String),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("language", sa.String),
    sa.Column("metadata", sa.JSON),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.String(40)),
)

date_mentions = sa.Table(
    "date_mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("text", sa.Text),
    sa.Column("start_char", sa.Integer),
    sa.Column("end_char", sa.Integer),
    sa.Column("first", sa.Date),
    sa.Column("last", sa.Date),
    sa.Column("granularity", sa.String),
    sa.Column("kind", sa.String),
    sa.Column("warnings", sa.JSON),
    sa.Column("anchor", sa.Text),
)

# One article's account of one incident (an ``events`` item of the extraction contract).
reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("event_key", sa.String, nullable=False, unique=True),
    sa.Column("event_id", sa.String),
    sa.Column("first", sa.Date),
    sa.Column("last", sa.Date),
    sa.Column("date_text", sa.Text),
    sa.Column("date_warnings", sa.JSON),
    sa.Column("type", sa.String(20)),
    sa.Column("perpetrators", sa.JSON),
    sa.Column("targets", sa.JSON),
    sa.Column("places", sa.JSON),  # the main place first
    sa.Column("event", sa.JSON),  # the contract item's other keys (those not stored in the columns and tables here)
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False, index=True),
    sa.Column("position", sa.Integer),
    sa.Column("source", sa.Text),
    sa.Column("source_kind", sa.String),
    sa.Column("outlet", sa.Text),
    sa.Column("killed", sa.Float),
    sa.Column("wounded", sa.Float),
    sa.Column("captured", sa.Float),
    sa.Column("vague", sa.JSON),
    sa.Column("of", sa.String),
    sa.Column("subset", sa.Boolean),  # counted inside another claim's toll ("among them 28 civilians")
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False, index=True),
    sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id")),
    sa.Column("start_char", sa.Integer),
    sa.Column("end_char", sa.Integer),
)

relations = sa.Table(
    "relations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False, index=True),
    sa.Column("type", sa.String),
    sa.Column("target_event_key", sa.String),
)

incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("incident_id", sa.String(40), primary_key=True),
    sa.Column("first", sa.Date),
    sa.Column("last", sa.Date),
    sa.Column("type", sa.String(20)),
    sa.Column("perpetrators", sa.JSON),
    sa.Column("targets", sa.JSON),
    sa.Column("actor1", sa.String),
    sa.Column("bloc1", sa.String),
    sa.Column("place_name", sa.Text),
    sa.Column("place_name_ar", sa.Text),
    sa.Column("admin1", sa.String),
    sa.Column("admin2", sa.String),
    sa.Column("admin3", sa.String),
    sa.Column("pcode", sa.String),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    *(sa.Column(f"{f}_{b}", sa.Float) for f in ("killed", "wounded") for b in ("low", "best", "high")),
    sa.Column("n_claims", sa.Integer),
    sa.Column("n_sources", sa.Integer),
    sa.Column("n_reports", sa.Integer),
    sa.Column("outlets", sa.JSON),
    sa.Column("agreement", sa.String),
    sa.Column("in_zone", sa.Boolean),
    sa.Column("violation", sa.String(10)),
    sa.Column("violation_reason", sa.Text),
    sa.Column("days_since", sa.Integer),
    sa.Column("phase", sa.Text),
    sa.Column("review_state", sa.String(12)),
    sa.Column("date_warnings", sa.Integer),
    sa.Column("violation_reason_ar", sa.Text),
    sa.Column("part_of_toll", sa.Boolean),  # its killed figure is a part of another incident's toll
    sa.Column("revision", sa.Integer, index=True),  # the store's revision when the incidents stage wrote the row
)

# Incidents the incidents stage removed (merged away, split off, their reports gone) and the revision it
# was at; emptied by a full rebuild, which readers notice from the meta row ``incidents_rebuilt_at``.
removed_incidents = sa.Table(
    "removed_incidents",
    metadata,
    sa.Column("incident_id", sa.String(40), primary_key=True),
    sa.Column("revision", sa.Integer, nullable=False, index=True),
)

incident_members = sa.Table(
    "incident_members",
    metadata,
    sa.Column("incident_id", sa.String(40), primary_key=True),
    sa.Column("event_key", sa.String, primary_key=True),
    sa.Index("ix_incident_members_event_key", "event_key"),
)

reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("incident_id", sa.String(40), nullable=False, index=True),
    sa.Column("action", sa.String(10), nullable=False),
    sa.Column("changes", sa.JSON),
    sa.Column("note", sa.Text),
    sa.Column("analyst", sa.String),
    sa.Column("created_at", sa.String(40), nullable=False),
    # the incident a review was saved on, when that incident has since joined another and the review went with it
    sa.Column("carried_from", sa.String(40)),
)

# The incidents stage's index of where and when each mergeable report happened (one row per place key).
report_places = sa.Table(
    "report_places",
    metadata,
    sa.Column("event_key", sa.String, nullable=False, index=True),
    sa.Column("place_key", sa.String, nullable=False),
    sa.Column("first", sa.Date, nullable=False),
    sa.Column("last", sa.Date, nullable=False),
    sa.Index("ix_report_places_place_first", "place_key", "first"),
)

# Reports added, removed or reviewed since the incidents were last merged.
pending_reports = sa.Table("pending_reports", metadata, sa.Column("event_key", sa.String, primary_key=True))


def _create_v1(conn: sa.Connection) -> None:
    metadata.create_all(conn, tables=[t for t in metadata.sorted_tables if t.name not in V3_TABLES + V5_TABLES])


def _add_arabic_reasons(conn: sa.Connection) -> None:
    """v2: incidents carry their verdict reason in Arabic too (filled by the next re-merge)."""
    if "violation_reason_ar" not in {c["name"] for c in sa.inspect(conn).get_columns("incidents")}:
        conn.execute(sa.text("ALTER TABLE incidents ADD COLUMN violation_reason_ar TEXT"))
    request_full_rebuild(conn)


def _add_incremental_merge(conn: sa.Connection) -> None:
    """v3: the incidents stage re-merges only what changed; it indexes every report's places first."""
    metadata.create_all(conn, tables=[metadata.tables[name] for name in V3_TABLES])
    request_full_rebuild(conn)


def _add_claim_subsets(conn: sa.Connection) -> None:
    """v4: a claim counted inside another's toll is marked, so it does not pull the estimate down."""
    if "subset" not in {c["name"] for c in sa.inspect(conn).get_columns("claims")}:
        conn.execute(sa.text("ALTER TABLE claims ADD COLUMN subset BOOLEAN"))
    request_full_rebuild(conn)


def _add_incident_revisions(conn: sa.Connection) -> None:
    """v5: readers can ask which incidents changed since a revision. Rows written before carry none, so
    copies made before this step are treated as older than a full rebuild; the store gets an id, which
    tells a copy of this store from one of another store later created at the same path."""
    if "revision" not in {c["name"] for c in sa.inspect(conn).get_columns("incidents")}:
        conn.execute(sa.text("ALTER TABLE incidents ADD COLUMN revision INTEGER"))
    for index in incidents.indexes:
        index.create(conn, checkfirst=True)
    metadata.create_all(conn, tables=[removed_incidents])
    bump_revision(conn)
    set_meta(conn, "incidents_rebuilt_at", get_meta(conn, "revision"))
    if get_meta(conn, "store_id") is None:
        set_meta(conn, "store_id", uuid.uuid4().hex)


def _file_outlets_once(conn: sa.Connection) -> None:
    """v6: an outlet is filed under one name whatever its reports' language; incidents merged before
    named it in each report's language ("Al Arabiya" and "العربية"), so they are merged again."""
    request_full_rebuild(conn)


def _add_parts_of_tolls(conn: sa.Connection) -> None:
    """v7: an incident whose killed figure is a town's part of another incident's toll says so, so totals
    count those dead once (filled by the re-merge it asks for)."""
    if "part_of_toll" not in {c["name"] for c in sa.inspect(conn).get_columns("incidents")}:
        conn.execute(sa.text("ALTER TABLE incidents ADD COLUMN part_of_toll BOOLEAN"))
    request_full_rebuild(conn)


def _merge_accounts(conn: sa.Connection) -> None:
    """v8: ``report_places`` also indexes a vague report's account (place, interval and toll; see
    ``merge.account_keys``) and a verdict of "before" names its agreement: every incident is re-merged."""
    request_full_rebuild(conn)


def _add_carried_reviews(conn: sa.Connection) -> None:
    """v9: a reviewed incident that a re-merge joins to another passes its reviews on, and each says where from."""
    if "carried_from" not in {c["name"] for c in sa.inspect(conn).get_columns("reviews")}:
        conn.execute(sa.text("ALTER TABLE reviews ADD COLUMN carried_from VARCHAR(40)"))


def _count_voices_once(conn: sa.Connection) -> None:
    """v10: a monitor or outlet quoted under several names ("المرصد", its director, its full name) counts as one
    source in ``n_sources`` and in the toll estimates (``outlets.claim_voices``): every incident is re-merged."""
    request_full_rebuild(conn)


MIGRATIONS = {
    1: _create_v1,
    2: _add_arabic_reasons,
    3: _add_incremental_merge,
    4: _add_claim_subsets,
    5: _add_incident_revisions,
    6: _file_outlets_once,
    7: _add_parts_of_tolls,
    8: _merge_accounts,
    9: _add_carried_reviews,
    10: _count_voices_once,
}  # version -> step to it


def set_meta(conn: sa.Connection, key: str, value: str) -> None:
    if not conn.execute(sa.update(meta).where(meta.c.key == key).values(value=value)).rowcount:
        conn.execute(sa.insert(meta), {"key": key, "value": value})


def get_meta(conn: sa.Connection, key: str) -> str | None:
    return conn.execute(sa.select(meta.c.value).where(meta.c.key == key)).scalar()


def bump_revision(conn: sa.Connection) -> None:
    bumped = sa.cast(sa.cast(meta.c.value, sa.Integer) + 1, sa.Text)
    if not conn.execute(sa.update(meta).where(meta.c.key == "revision").values(value=bumped)).rowcount:
        conn.execute(sa.insert(meta), {"key": "revision", "value": "1"})


def request_full_rebuild(conn: sa.Connection) -> None:
    """Every incident is re-merged before the next read (after a migration or a change of merge rules)."""
    set_meta(conn, "incidents_stale", "full")
    bump_revision(conn)


def mark_changed(conn: sa.Connection, event_keys) -> None:
    """These reports were added, removed or reviewed: the incidents they can touch are re-merged before
    the next read (see ``timeline.incidents``)."""
    keys = sorted(set(event_keys))
    if keys:
        known = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            known.update(
                conn.execute(
                    sa.select(pending_reports.c.event_key).where(pending_reports.c.event_key.in_(chunk))
                ).scalars()
            )
        new = [{"event_key": k} for k in keys if k not in known]
        if new:
            conn.execute(sa.insert(pending_reports), new)
    bump_revision(conn)

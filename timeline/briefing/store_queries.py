"""Read-only questions a briefing asks the store that ``Store`` has no method for (yet).

A thin layer over the store's own tables (``timeline.store``): retaliation links between incidents,
the date warnings behind incidents, the articles behind incidents, and whether the sample corpus is
loaded. Everything comes back sorted so that a briefing is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from timeline import store as store_mod
from timeline.dates.resolver import WEEKDAY_MISMATCH
from timeline.paths import SAMPLE_DIR
from timeline.store import Store

RETALIATION = "retaliation_for"


@dataclass(frozen=True)
class Link:
    """Report ``report`` (inside incident ``answer``) says it answered incident ``answered``."""

    answer: str
    answered: str
    type: str
    report: str


def retaliation_links(store: Store, incident_ids: set[str]) -> list[Link]:
    """Retaliation links between two different incidents where either side is in ``incident_ids``."""
    if not incident_ids:
        return []
    reports, relations, members = store_mod.reports, store_mod.relations, store_mod.incident_members
    source = members.alias("source")
    target = members.alias("target")
    query = (
        sa.select(source.c.incident_id, target.c.incident_id, relations.c.type, reports.c.event_key)
        .join_from(relations, reports, relations.c.report_id == reports.c.id)
        .join(source, source.c.event_key == reports.c.event_key)
        .join(target, target.c.event_key == relations.c.target_event_key)
        .where(relations.c.type == RETALIATION)
    )
    store.incident_count()  # makes sure the incidents (and their members) are current
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    links = {
        Link(answer, answered, kind, report)
        for answer, answered, kind, report in rows
        if answer != answered and (answer in incident_ids or answered in incident_ids)
    }
    return sorted(links, key=lambda link: (link.answer, link.answered, link.report))


def date_warnings(store: Store, incident_ids: set[str]) -> dict[str, tuple[str, ...]]:
    """Incident id -> the distinct date warnings of its reports (sorted), for incidents that have any."""
    if not incident_ids:
        return {}
    reports, members = store_mod.reports, store_mod.incident_members
    query = sa.select(members.c.incident_id, reports.c.date_warnings).join_from(
        members, reports, members.c.event_key == reports.c.event_key
    )
    found: dict[str, set[str]] = {}
    with store.engine.connect() as conn:
        for incident_id, warnings in conn.execute(query):
            if incident_id in incident_ids and warnings:
                found.setdefault(incident_id, set()).update(str(w) for w in warnings)
    return {key: tuple(sorted(value)) for key, value in sorted(found.items())}


def is_weekday_mismatch(warning: str) -> bool:
    return warning == WEEKDAY_MISMATCH


def undated_reports(store: Store) -> int:
    """Incident reports whose date could not be resolved (no period can include them)."""
    reports = store_mod.reports
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).where(reports.c.first.is_(None))).scalar_one())


def articles_behind(store: Store, incident_ids: set[str]) -> int:
    """Distinct articles whose reports were merged into any of ``incident_ids``."""
    if not incident_ids:
        return 0
    reports, members = store_mod.reports, store_mod.incident_members
    query = sa.select(members.c.incident_id, reports.c.article_id).join_from(
        members, reports, members.c.event_key == reports.c.event_key
    )
    with store.engine.connect() as conn:
        return len({article for incident_id, article in conn.execute(query) if incident_id in incident_ids})


def sample_loaded(store: Store) -> bool:
    """Whether any stored article was read from the invented sample corpus (``data/sample``)."""
    sample = SAMPLE_DIR.resolve()
    articles = store.articles_frame()
    places = [*articles["path"].dropna().astype(str), *articles["uid"].astype(str).str.split("::").str[0]]
    return any(sample == Path(place).resolve().parent for place in places)

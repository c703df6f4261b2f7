"""The incidents stage: incidents re-merged from the stored reports, the analysts' reviews and the agreements.

Incremental. The store lists the reports added, removed or reviewed since the last merge
(``pending_reports``); :func:`update` re-merges only the *region* they can touch and leaves every
other incident as it is. The merge (``timeline.merge``) only ever puts a report in a cluster whose
every member shares its place and is compatible with it (same or adjacent days, types, sides, per
``data/merge.yaml``), and an incident keeps the id of the old incident it overlaps most, so the region
is closed under three links: a shared place key with compatible facts, former membership of one
incident, and an analyst's merge. Clustering and id assignment never look past such a closed region,
so re-merging it alone gives the incidents a full rebuild would give (a property test checks it).
``report_places`` indexes the place keys and days of every mergeable report for that search.

Every incident written is stamped with the store's revision, and every incident removed is listed in
``removed_incidents`` with it, so a reader holding the incidents of an older revision can fetch only
what changed (``Store.incident_changes``). The write that makes incidents stale bumps the revision before
they are re-merged, so a re-merge is always stamped later than any copy taken before it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import sqlalchemy as sa

from timeline import agreements as agreements_mod
from timeline.event_types import event_types
from timeline.merge import (
    Report,
    account_keys,
    assign_ids,
    cluster_reports,
    compatible,
    faction_blocs,
    load_rules,
    meeting_keys,
    place_keys,
    summarize,
    toll_figures,
)
from timeline.readers.outlets import filed_outlet_name
from timeline.schema import (
    INCIDENT_COLUMNS,
    articles,
    claims,
    get_meta,
    incident_members,
    incidents,
    pending_reports,
    removed_incidents,
    report_places,
    reports,
    reviews,
    set_meta,
)

REVIEW_ACTIONS = ("confirm", "reject", "correct", "split", "merge")
REVIEW_STATES = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected", "merge": "corrected"}
"""The state a review leaves its incident in: a merge is the analyst's correction of what the incident holds."""
CORRECTABLE = (
    "first",
    "last",
    "type",
    "perpetrators",
    "targets",
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
    "violation",  # the analyst's verdict overrides the computed one; the reason says so
)
VERDICTS = ("yes", "no", "outside", "unclear", "before")
PLACE_NAME_FIELDS = ("place_name", "place_name_ar")
LOCATION_FIELDS = ("admin1", "admin2", "admin3", "pcode", "lat", "lon", "geo_precision")
"""Where a place lies: a corrected place's name that comes without them leaves them unknown, never the old place's."""
CHUNK = 500  # keys per IN (...) list


def needs_update(conn: sa.Connection) -> bool:
    """Whether reports changed since the incidents were merged (two indexed reads)."""
    if get_meta(conn, "incidents_stale") == "full":
        return True
    return conn.execute(sa.select(pending_reports.c.event_key).limit(1)).first() is not None


def update(conn: sa.Connection, full: bool = False) -> int:
    """Re-merge what changed (or everything, when ``full`` or asked for by a migration) inside the caller's
    write transaction. Returns the number of incidents written."""
    full = full or get_meta(conn, "incidents_stale") == "full"
    if full:
        conn.execute(sa.delete(report_places))
        _index_places(conn, None)
        region = None
    else:
        seeds = set(conn.execute(sa.select(pending_reports.c.event_key)).scalars())
        if not seeds:
            return 0
        gone = set(seeds)
        for chunk in _chunks(sorted(seeds), CHUNK):
            conn.execute(sa.delete(report_places).where(report_places.c.event_key.in_(chunk)))
            gone -= set(conn.execute(sa.select(reports.c.event_key).where(reports.c.event_key.in_(chunk))).scalars())
        _index_places(conn, seeds - gone)
        region = _region(conn, seeds)
    written = _remerge(conn, region)
    conn.execute(sa.delete(pending_reports))
    set_meta(conn, "incidents_stale", "0")
    return written


# -- the region a change can touch ------------------------------------------------------------------


def _index_places(conn: sa.Connection, keys: set[str] | None) -> None:
    """``report_places`` rows for the given reports (all when None): those that can merge at all."""
    rules = load_rules()
    query = sa.select(reports.c.id, reports.c.event_key, reports.c.first, reports.c.last, reports.c.places)
    claim_query = sa.select(claims.c.report_id, claims.c.killed, claims.c.subset)
    batches = [None] if keys is None else _chunks(sorted(keys), CHUNK)
    for chunk in batches:
        selected = query if chunk is None else query.where(reports.c.event_key.in_(chunk))
        selected_claims = claim_query if chunk is None else claim_query.join_from(claims, reports).where(
            reports.c.event_key.in_(chunk)
        )  # fmt: skip
        claims_of: dict[int, list[dict]] = defaultdict(list)
        for row in conn.execute(selected_claims).mappings():
            claims_of[row["report_id"]].append(dict(row))
        rows = []
        for report_id, key, first, last, places in conn.execute(selected):
            if first is None or last is None or (last - first).days > rules.max_account_span_days:
                continue
            places = places or ()
            found = place_keys(places) | account_keys(places, first, last, toll_figures(claims_of[report_id]))
            rows += [{"event_key": key, "place_key": f"{kind}:{value}", "first": first, "last": last}
                     for kind, value in sorted(found)]  # fmt: skip
        if rows:
            conn.execute(sa.insert(report_places), rows)


def _region(conn: sa.Connection, seeds: set[str]) -> set[str]:
    """The seeds and every report linked to them, transitively, by one of: a shared place key and
    compatible facts (``merge.compatible``: dates within the gap, types, sides), former membership of
    one incident, an analyst's merge. A cluster only ever takes a report compatible with all its
    members, so clusters never cross the region's edge."""
    rules = load_rules()
    gap = dt.timedelta(days=rules.max_gap_days)
    _, must = links(review_rows(conn))
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b in must:
        partners[a].add(b)
        partners[b].add(a)
    loaded: dict[str, Report] = {}
    region: set[str] = set()
    frontier = set(seeds)
    while frontier:
        region |= frontier
        found: set[str] = set()
        for key in frontier:
            found |= partners.get(key, set())
        for chunk in _chunks(sorted(frontier), CHUNK):
            old = sa.select(incident_members.c.incident_id).where(incident_members.c.event_key.in_(chunk))
            found.update(
                conn.execute(sa.select(incident_members.c.event_key).where(incident_members.c.incident_id.in_(old)))
                .scalars()
            )  # fmt: skip
        found |= _compatible_neighbours(conn, frontier, loaded, gap, rules)
        frontier = found - region
    return region


def _compatible_neighbours(conn, frontier: set[str], loaded: dict[str, Report], gap, rules) -> set[str]:
    """Reports sharing a place key with a frontier report within the day gap and compatible with it."""
    _load_into(conn, loaded, frontier)
    at: dict[tuple[str, dt.date], list[Report]] = defaultdict(list)  # (place, day) -> frontier reports
    intervals: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for key in frontier:
        report = loaded.get(key)
        if report is None or report.first is None or report.span_days > rules.max_account_span_days:
            continue
        for kind, value in meeting_keys(report):
            place = f"{kind}:{value}"
            intervals[place].append((report.first - gap, report.last + gap))
            for day in _days(report.first, report.last):
                at[place, day].append(report)
    windows = [(place, low, high) for place, spans in sorted(intervals.items()) for low, high in _joined(spans)]
    near: dict[str, set[str]] = defaultdict(set)  # neighbour key -> the places it shares with the frontier
    span = dt.timedelta(days=rules.max_account_span_days)  # a report starting earlier cannot reach the window
    columns = (report_places.c.event_key, report_places.c.place_key)
    for chunk in _chunks(windows, CHUNK // 5):  # one indexed range per window (an OR of them is a table scan)
        ranges = [
            sa.select(*columns).where(
                report_places.c.place_key == place,
                report_places.c.first >= low - span,
                report_places.c.first <= high,
                report_places.c.last >= low,
            )  # fmt: skip
            for place, low, high in chunk
        ]
        for key, place in conn.execute(sa.union_all(*ranges)):
            near[key].add(place)
    _load_into(conn, loaded, set(near))
    found = set()
    for key, places in near.items():
        other = loaded.get(key)
        if other is None or other.first is None:
            continue
        days = _days(other.first - gap, other.last + gap)
        if any(compatible(r, other, rules) for place in places for day in days for r in at.get((place, day), ())):
            found.add(key)
    return found


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _joined(spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Overlapping or touching date intervals joined, so one query covers each stretch once."""
    joined: list[list[dt.date]] = []
    for low, high in sorted(spans):
        if joined and low <= joined[-1][1] + dt.timedelta(days=1):
            joined[-1][1] = max(joined[-1][1], high)
        else:
            joined.append([low, high])
    return [(low, high) for low, high in joined]


def _load_into(conn: sa.Connection, loaded: dict[str, Report], keys: set[str]) -> None:
    missing = keys - set(loaded)
    if missing:
        loaded.update((r.event_key, r) for r in load_reports(conn, missing))  # claims: the account keys


# -- re-merging ---------------------------------------------------------------------------------------


def _remerge(conn: sa.Connection, region: set[str] | None) -> int:
    """Cluster the region's reports (every report when None) and replace the region's incidents."""
    report_list = load_reports(conn, region)
    all_reviews = review_rows(conn)
    cannot, must = links(all_reviews)
    member_query = sa.select(incident_members.c.event_key, incident_members.c.incident_id)
    previous: dict[str, str] = {}
    for chunk in [None] if region is None else _chunks(sorted(region), CHUNK):
        query = member_query if chunk is None else member_query.where(incident_members.c.event_key.in_(chunk))
        previous.update(conn.execute(query).all())
    if region is not None:
        must = [(a, b) for a, b in must if a in region and b in region]
    clusters = cluster_reports(report_list, cannot, must)
    assigned = assign_ids(clusters, previous)
    if region is not None:  # a new id must not be one an incident outside the region holds
        fresh = sorted({incident_id for incident_id, _ in assigned} - set(previous.values()))
        outside = set()
        for chunk in _chunks(fresh, CHUNK):
            outside.update(
                conn.execute(sa.select(incidents.c.incident_id).where(incidents.c.incident_id.in_(chunk))).scalars()
            )
        if outside:
            assigned = assign_ids(clusters, previous, frozenset(outside))
    _carry_reviews(conn, _absorbed(previous, assigned), all_reviews)
    reviews_of = IncidentReviews(all_reviews)
    rows, members = [], []
    for incident_id, cluster in assigned:
        row = {"incident_id": incident_id, **summarize(cluster)}
        rows.append(apply_reviews(row, reviews_of(incident_id, [r.event_key for r in cluster])))
        members.extend({"incident_id": incident_id, "event_key": r.event_key} for r in cluster)
    stamp = int(get_meta(conn, "revision") or 0)
    if region is None:
        conn.execute(sa.delete(incident_members))
        conn.execute(sa.delete(incidents))
        conn.execute(sa.delete(removed_incidents))  # readers see the rebuild itself and read everything again
        set_meta(conn, "incidents_rebuilt_at", str(stamp))
    else:
        old_ids = sorted(set(previous.values()))
        for chunk in _chunks(old_ids, CHUNK):
            conn.execute(sa.delete(incident_members).where(incident_members.c.incident_id.in_(chunk)))
            conn.execute(sa.delete(incidents).where(incidents.c.incident_id.in_(chunk)))
        _record_removals(conn, set(old_ids), {row["incident_id"] for row in rows}, stamp)
    if rows:
        conn.execute(sa.insert(incidents), [{**{c: storable(r[c]) for c in INCIDENT_COLUMNS}, "revision": stamp}
                                            for r in rows])  # fmt: skip
        conn.execute(sa.insert(incident_members), members)
    return len(rows)


def _absorbed(previous: dict[str, str], assigned: list[tuple[str, list[Report]]]) -> dict[str, str]:
    """The earlier incidents whose id no cluster kept but whose reports live on, each with the incident now holding
    most of them (on a tie, the least id): a re-merge joined them to another."""
    kept = {incident_id for incident_id, _ in assigned}
    holder = {r.event_key: incident_id for incident_id, cluster in assigned for r in cluster}
    held: dict[str, Counter] = defaultdict(Counter)
    for key, old_id in previous.items():
        if old_id not in kept and key in holder:
            held[old_id][holder[key]] += 1
    return {old_id: min(counts.items(), key=lambda item: (-item[1], item[0]))[0] for old_id, counts in held.items()}


def _carry_reviews(conn: sa.Connection, moves: dict[str, str], review_rows: list[dict]) -> None:
    """Pass the reviews of each absorbed incident on to the one that absorbed it (stored and in ``review_rows``),
    each keeping the id it was first saved on: an analyst's decision is never left on an incident that is gone."""
    for old_id, new_id in sorted(moves.items()):
        conn.execute(
            sa.update(reviews)
            .where(reviews.c.incident_id == old_id)
            .values(incident_id=new_id, carried_from=sa.func.coalesce(reviews.c.carried_from, old_id))
        )
    for review in review_rows:
        if review["incident_id"] in moves:
            review["carried_from"] = review.get("carried_from") or review["incident_id"]
            review["incident_id"] = moves[review["incident_id"]]


def _record_removals(conn: sa.Connection, old_ids: set[str], new_ids: set[str], stamp: int) -> None:
    """List the old incidents that are gone at revision ``stamp``; an id written again is no longer gone
    (its row, stamped now, tells readers)."""
    for chunk in _chunks(sorted(old_ids | new_ids), CHUNK):
        conn.execute(sa.delete(removed_incidents).where(removed_incidents.c.incident_id.in_(chunk)))
    gone = [{"incident_id": incident_id, "revision": stamp} for incident_id in sorted(old_ids - new_ids)]
    if gone:
        conn.execute(sa.insert(removed_incidents), gone)


def load_reports(conn: sa.Connection, keys: set[str] | None = None, with_claims: bool = True) -> list[Report]:
    """Every stored report (or those with the given keys) with its claims, as the merge needs them."""
    claim_cols = (claims.c.report_id, claims.c.source, claims.c.source_kind, claims.c.outlet, claims.c.killed,
                  claims.c.wounded, claims.c.captured, claims.c.vague, claims.c.of, claims.c.subset)  # fmt: skip
    query = sa.select(
        reports.c.id,
        reports.c.event_key,
        articles.c.uid,
        articles.c.source,
        articles.c.content_hash,
        reports.c.event_id,
        reports.c.first,
        reports.c.last,
        reports.c.type,
        reports.c.perpetrators,
        reports.c.targets,
        reports.c.places,
        reports.c.date_warnings,
        reports.c.event,
    ).join_from(reports, articles, reports.c.article_id == articles.c.id)
    claim_query = sa.select(*claim_cols).order_by(claims.c.report_id, claims.c.position)
    rows, claims_by_report = [], defaultdict(list)
    filed = _FiledNames()
    for chunk in [None] if keys is None else _chunks(sorted(keys), CHUNK):
        if chunk is None:
            rows += conn.execute(query).all()
            selected_claims = claim_query
        else:
            rows += conn.execute(query.where(reports.c.event_key.in_(chunk))).all()
            selected_claims = claim_query.join_from(claims, reports).where(reports.c.event_key.in_(chunk))
        if with_claims:
            for row in conn.execute(selected_claims).mappings():
                claim = dict(row)
                claim["outlet"] = filed[claim["outlet"]]
                claims_by_report[row["report_id"]].append(claim)
    return [
        Report(
            event_key=row.event_key,
            article_uid=row.uid,
            first=row.first,
            last=row.last,
            type=row.type or event_types().unknown,
            perpetrators=tuple(row.perpetrators or ()),
            targets=tuple(row.targets or ()),
            places=tuple(row.places or ()),
            claims=tuple(claims_by_report.get(row.id, ())),
            outlet=filed[row.source],
            date_warnings=len(row.date_warnings or ()) + (1 if row.first is None else 0),
            content_key=f"{row.content_hash}#{row.event_id}",
            relative_to_agreement=(row.event or {}).get("relative_to_agreement"),
        )
        for row in rows
    ]


class _FiledNames(dict):
    """Outlet name as stored (in its report's language, or as printed) -> the one name incidents file the
    outlet under (``filed_outlet_name``), each distinct name resolved once. Stores written before keep
    their per-language names in their reports and are filed the same way at their next re-merge."""

    def __missing__(self, name: str | None) -> str | None:
        self[name] = filed_outlet_name(name)
        return self[name]


# -- reviews --------------------------------------------------------------------------------------------


def review_rows(conn: sa.Connection) -> list[dict]:
    return [dict(r) for r in conn.execute(sa.select(reviews).order_by(reviews.c.id)).mappings()]


def _groups(review: dict) -> list[list[str]]:
    """The groups of report keys a split parted or a merge joined."""
    return (review["changes"] or {}).get("groups") or []


def links(review_rows: list[dict]) -> tuple[set[frozenset[str]], list[tuple[str, str]]]:
    """Analyst splits and merges as pairs of report keys; a later review overrides an earlier one."""
    status: dict[frozenset[str], str] = {}
    for review in review_rows:
        if review["action"] == "split":
            groups = _groups(review)
            for i, group in enumerate(groups):
                for other in groups[i + 1 :]:
                    for a in group:
                        for b in other:
                            status[frozenset((a, b))] = "cannot"
        elif review["action"] == "merge":
            keys = sorted({k for group in _groups(review) for k in group})
            for i, a in enumerate(keys):  # every pair: the merge holds even if some report later disappears
                for b in keys[i + 1 :]:
                    status[frozenset((a, b))] = "must"
    cannot = {pair for pair, s in status.items() if s == "cannot"}
    must = sorted(tuple(sorted(pair)) for pair, s in status.items() if s == "must" and len(pair) == 2)
    return cannot, must


def merged_in(review: dict, keys) -> bool:
    """Whether ``review`` is a merge that took effect in the incident of report ``keys``: the incident holds
    reports of two or more of the incidents it merged (wherever the merged incident's id came from)."""
    if review["action"] != "merge":
        return False
    keys = set(keys)
    return sum(1 for group in _groups(review) if keys.intersection(group)) > 1


class IncidentReviews:
    """The reviews of each incident: those saved on its id, and the merges that made it, saved on the id of
    whichever incident the analyst started from, oldest first."""

    def __init__(self, review_rows: list[dict]) -> None:
        self.by_incident: dict[str, list[dict]] = defaultdict(list)
        self.merges_by_report: dict[str, list[dict]] = defaultdict(list)
        for review in review_rows:
            self.by_incident[review["incident_id"]].append(review)
            if review["action"] == "merge":
                for key in {k for group in _groups(review) for k in group}:
                    self.merges_by_report[key].append(review)

    def __call__(self, incident_id: str, keys: list[str]) -> list[dict]:
        found = {id(r): r for r in self.by_incident.get(incident_id, ())}
        for key in keys:
            for review in self.merges_by_report.get(key, ()):
                if id(review) not in found and merged_in(review, keys):
                    found[id(review)] = review
        return sorted(found.values(), key=lambda r: r["id"])


def apply_reviews(row: dict, review_rows: list[dict]) -> dict:
    """An incident's fields after the analyst's corrections, with its agreement linkage and state."""
    state, verdict, dates_corrected, unlocated = "unreviewed", None, False, None
    for review in review_rows:
        if review["action"] == "correct":
            changes = review["changes"] or {}
            renamed = any(changes.get(name) not in (None, row.get(name)) for name in PLACE_NAME_FIELDS)
            if renamed and not any(name in changes for name in LOCATION_FIELDS):
                # a place the gazetteer lacks, typed with no location: the old place's would pass for the new one's
                row.update(dict.fromkeys(LOCATION_FIELDS))
                unlocated = changes.get("place_name") or changes.get("place_name_ar")
            elif any(changes.get(name) is not None for name in LOCATION_FIELDS):
                unlocated = None
            for name, value in changes.items():
                if name == "violation":
                    verdict = (value, review["analyst"], review["note"])
                else:
                    row[name] = as_date(value) if name in ("first", "last") else value
                    dates_corrected = dates_corrected or name in ("first", "last")
                    if name.startswith("killed_"):  # the analyst's toll is the incident's own
                        row["part_of_toll"] = False
        if review["action"] in REVIEW_STATES:
            state = REVIEW_STATES[review["action"]]
    for name in ("perpetrators", "targets", "outlets"):
        row[name] = tuple(row[name] or ())
    row["actor1"] = row["perpetrators"][0] if row["perpetrators"] else "unknown"
    row["bloc1"] = faction_blocs().get(row["actor1"], "unknown")
    link = agreements_mod.link_incident(
        row["first"],
        row["last"],
        row["pcode"],
        row["admin1"],
        row["type"],
        relative=row.get("relative_to_agreement"),
        unlocated=unlocated if row["pcode"] is None and row["admin1"] is None else None,
    )
    if link.get("latest_day") and not dates_corrected:  # "hours before the truce took effect at 00:01": the eve
        row["last"] = min(row["last"], link["latest_day"])
        row["first"] = min(row["first"], row["last"])
    if link.get("earliest_day") and not dates_corrected:  # a night across the day, "after the truce took effect"
        row["first"] = max(row["first"], link["earliest_day"])
    if verdict is not None and verdict[0] != link["violation"]:
        link.update(agreements_mod.override_reasons(*verdict, computed=link))
        link["violation"] = verdict[0]
    row.update(
        agreement=link["id"],
        in_zone=link["in_zone"],
        violation=link["violation"],
        violation_reason=link["reason"],
        violation_reason_ar=link["reason_ar"],
        days_since=link["days_since"],
        phase=link["phase"],
        review_state=state,
    )
    return row


def checked_review(incident_id: str, action: str, changes: dict | None, members) -> tuple[dict, set[str]]:
    """A review's changes as stored, after checking them, and the report keys it touches.

    ``members(incident_id)`` gives an incident's report keys. Raises KeyError for an unknown incident,
    ValueError for a review that cannot apply.
    """
    if action not in REVIEW_ACTIONS:
        raise ValueError(f"unknown review action {action!r}; expected one of {', '.join(REVIEW_ACTIONS)}")
    changes = dict(changes or {})
    keys = members(incident_id)
    if not keys:
        raise KeyError(f"no incident {incident_id!r}")
    touched = set(keys)
    if action == "correct":
        unknown = sorted(set(changes) - set(CORRECTABLE))
        if unknown:
            raise ValueError(f"cannot correct {', '.join(unknown)}; correctable: {', '.join(CORRECTABLE)}")
        if "violation" in changes and changes["violation"] not in VERDICTS:
            raise ValueError(f"violation must be one of {', '.join(VERDICTS)}, not {changes['violation']!r}")
        for name in ("first", "last"):
            if name in changes and changes[name] is not None:
                changes[name] = as_date(changes[name]).isoformat()
    elif action == "split":
        changes = {"groups": _split_groups(incident_id, keys, changes)}
    elif action == "merge":
        others = list(changes.get("with") or [])
        groups = [keys]
        for other in others:
            other_members = members(other)
            if not other_members:
                raise KeyError(f"no incident {other!r} to merge with")
            groups.append(other_members)
            touched.update(other_members)
        changes = {"with": others, "groups": groups}
    return changes, touched


def _split_groups(incident_id: str, members: list[str], changes: dict) -> list[list[str]]:
    if changes.get("groups"):
        groups = [list(g) for g in changes["groups"]]
    else:
        moved = list(changes.get("reports") or [])
        groups = [[k for k in members if k not in moved], moved]
    named = [k for g in groups for k in g]
    strangers = sorted(set(named) - set(members))
    if strangers:
        raise ValueError(f"reports not in incident {incident_id}: {', '.join(strangers)}")
    if len(groups) < 2 or any(not g for g in groups) or len(named) != len(set(named)):
        raise ValueError("a split needs at least two non-empty, disjoint groups of the incident's reports")
    return groups


# -- values ---------------------------------------------------------------------------------------------


def as_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def storable(value):
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float) and value != value:
        return None
    return value


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]

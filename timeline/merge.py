"""One incident from many reports: deterministic clustering of article events and the merged figures.

A *report* is one article's account of one incident (an ``events`` item of the extraction contract).
Reports from different articles merge when the rules of ``data/merge.yaml`` say they tell the same
incident. Every claim is kept; the incident gets low / best / high casualty figures over them:

- low  = the most conservative total any source supports (ACLED codes this one);
- high = the largest total any source supports;
- best = the figure the most distinct sources agree on, else the median of the sources' figures, the
  lower of the two middle ones when their number is even: always a figure some source gave (never 10.5).

Figures about different victims (``of``: the regime's losses vs. HTS's) add up; figures about the same
victims (or with ``of`` unknown) are alternative estimates. See :func:`casualty_range`.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from timeline.datewindow import in_window
from timeline.event_types import event_types
from timeline.normalize import normalize_term as _normalize_term
from timeline.paths import DATA_DIR
from timeline.readers.outlets import claim_voices

MERGE_RULES_FILE = DATA_DIR / "merge.yaml"
FACTIONS_FILE = DATA_DIR / "factions.csv"


normalize_term = cache(_normalize_term)  # place names repeat across thousands of reports


@dataclass(frozen=True)
class MergeRules:
    max_gap_days: int
    max_span_days: int
    max_account_span_days: int
    side_of_bloc: dict[str, str]
    ignore_actors: frozenset[str]


@cache
def load_rules(path: Path = MERGE_RULES_FILE) -> MergeRules:
    with path.open(encoding="utf-8") as f:
        doc = yaml.safe_load(f) or {}
    return MergeRules(
        max_gap_days=int(doc.get("max_gap_days", 1)),
        max_span_days=int(doc.get("max_span_days", 3)),
        max_account_span_days=int(doc.get("max_account_span_days", 7)),
        side_of_bloc=dict(doc.get("sides", {})),
        ignore_actors=frozenset(doc.get("ignore_actors", [])),
    )


@cache
def faction_blocs(path: Path = FACTIONS_FILE) -> dict[str, str]:
    """Canonical faction id -> bloc, from ``data/factions.csv``."""
    with path.open(encoding="utf-8", newline="") as f:
        return {row["id"]: row["bloc"] for row in csv.DictReader(f)}


@dataclass(frozen=True)
class Report:
    """One article's account of one incident, as the merge needs it."""

    event_key: str  # "<article uid>#<event id>": stable while the article does not change
    article_uid: str
    first: dt.date | None
    last: dt.date | None
    type: str
    perpetrators: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    places: tuple[dict, ...] = ()  # the main place first
    claims: tuple[dict, ...] = ()  # each with "outlet" filled in
    outlet: str | None = None
    date_warnings: int = 0
    content_key: str = ""  # "<article content hash>#<event id>": the same for every stored copy of the article
    relative_to_agreement: str | None = None  # "before" / "after" an agreement took effect, as the text says

    @property
    def identity(self) -> str:
        """What orders and names the report in a merge: its content, not which copy of a file was stored,
        so the same inputs give the same incidents and ids whichever copy a worker stored first."""
        return self.content_key or self.event_key

    def __post_init__(self) -> None:
        # Reliability guard (issue 15): a stored date outside the sane window (a year-0001 row written
        # before readers rejected it) counts as unknown, so date arithmetic below can never overflow.
        if not (in_window(self.first) and in_window(self.last)):
            object.__setattr__(self, "first", None)
            object.__setattr__(self, "last", None)

    @property
    def span_days(self) -> int | None:
        if self.first is None or self.last is None:
            return None
        return (self.last - self.first).days


def place_keys(places) -> frozenset[tuple[str, str]]:
    """What identifies the places of a report: sub-district P-codes and normalized names.

    Regions ("ريف حماة الشمالي", precision 3, no P-code) are too wide to say two reports meet.
    """
    keys = set()
    for place in places:
        if not place or (place.get("precision") or 0) >= 3 and not place.get("pcode"):
            continue
        code = str(place.get("pcode") or "").strip().upper()
        if len(code) >= 8:
            keys.add(("pcode", code[:8]))
        for name_field in ("name", "name_ar", "text"):
            name = place.get(name_field)
            if name:
                keys.add(("name", normalize_term(str(name))))
    return frozenset(keys)


def toll_figures(claims) -> tuple[float, ...]:
    """The killed totals the claims give (a subset counted inside another toll is not a total)."""
    figures = (_number(c.get("killed")) for c in claims if not c.get("subset"))
    return tuple(sorted({f for f in figures if f}))


def account_keys(places, first: dt.date | None, last: dt.date | None, tolls) -> frozenset[tuple[str, str]]:
    """Keys on which two vague accounts meet: a place name (a region too) with the exact interval and a
    killed total. Outlets retelling one account ("air strikes on a region in the second week of the month
    killed 250") give the same three; a region or a week alone is too wide to say two reports meet."""
    if first is None or last is None or not tolls:
        return frozenset()
    names = {normalize_term(str(p.get(f))) for p in places if p for f in ("name", "name_ar", "text") if p.get(f)}
    return frozenset(("account", f"{name}|{first}|{last}|{toll:g}") for name in names for toll in tolls)


def meeting_keys(report: Report) -> frozenset[tuple[str, str]]:
    """Every key on which the report can meet another: its places and its vague account."""
    return place_keys(report.places) | account_keys(
        report.places, report.first, report.last, toll_figures(report.claims)
    )


def _sides(actors, rules: MergeRules) -> frozenset[str]:
    blocs = faction_blocs()
    return frozenset(
        rules.side_of_bloc.get(blocs.get(a, a), blocs.get(a, a)) for a in actors if a not in rules.ignore_actors
    )


def _dates_close(a: Report, b: Report, gap: int) -> bool:
    return a.first <= b.last + dt.timedelta(days=gap) and b.first <= a.last + dt.timedelta(days=gap)


def _types_compatible(a: str, b: str) -> bool:
    """Types an outlet may use for the same act: one ``merge_group`` of ``data/event_types.csv``; the unknown
    kind ("other") goes with every type."""
    types = event_types()
    if a == b or types.is_unknown(a) or types.is_unknown(b):
        return True
    row_a, row_b = types.get(a), types.get(b)
    return row_a is not None and row_b is not None and row_a.merge_group == row_b.merge_group


def compatible(a: Report, b: Report, rules: MergeRules | None = None) -> bool:
    """Whether two reports can tell the same incident (place sharing is checked by the caller's index)."""
    rules = rules or load_rules()
    if a.article_uid == b.article_uid or a.first is None or b.first is None:
        return False
    if a.span_days > rules.max_span_days or b.span_days > rules.max_span_days:
        # a week-long report meets only a report of the very same interval (one account told twice)
        if (a.first, a.last) != (b.first, b.last) or a.span_days > rules.max_account_span_days:
            return False
    if not _dates_close(a, b, rules.max_gap_days) or not _types_compatible(a.type, b.type):
        return False
    for attr in ("perpetrators", "targets"):
        sa, sb = _sides(getattr(a, attr), rules), _sides(getattr(b, attr), rules)
        if sa and sb and not sa & sb:
            return False
    return True


def cluster_reports(
    reports: list[Report],
    cannot_link: set[frozenset[str]] | None = None,
    must_link: list[tuple[str, str]] | None = None,
    rules: MergeRules | None = None,
) -> list[list[Report]]:
    """Group reports into incidents; the result does not depend on the order of ``reports``.

    Reports are visited by date then key; each joins the earliest cluster sharing a place whose every
    member is compatible with it and not split from it by an analyst (complete linkage, so no chains).
    ``must_link`` pairs (analyst merges) then join their clusters.
    """
    rules = rules or load_rules()
    cannot_link = cannot_link or set()
    order = sorted(reports, key=lambda r: (r.first or dt.date.max, r.last or dt.date.max, r.identity))
    clusters: list[list[Report]] = []
    index: dict[tuple, list[int]] = defaultdict(list)  # (place key, day) -> cluster numbers
    for report in order:
        keys = meeting_keys(report)
        chosen = None
        if report.first is not None and keys and report.span_days <= rules.max_account_span_days:
            gap = dt.timedelta(days=rules.max_gap_days)
            candidates = set()
            day = report.first - gap
            while day <= report.last + gap:
                for key in keys:
                    candidates.update(index.get((key, day), ()))
                day += dt.timedelta(days=1)
            for number in sorted(candidates):
                members = clusters[number]
                if all(
                    compatible(report, m, rules) and frozenset((report.event_key, m.event_key)) not in cannot_link
                    for m in members
                ):
                    chosen = number
                    break
        if chosen is None:
            chosen = len(clusters)
            clusters.append([])
        clusters[chosen].append(report)
        if report.first is not None and report.span_days <= rules.max_account_span_days:
            day = report.first
            while day <= report.last:
                for key in keys:
                    index[(key, day)].append(chosen)
                day += dt.timedelta(days=1)
    return _join_must_links(clusters, must_link or [])


def _join_must_links(clusters: list[list[Report]], must_link: list[tuple[str, str]]) -> list[list[Report]]:
    where = {r.event_key: i for i, members in enumerate(clusters) for r in members}
    parent = list(range(len(clusters)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in must_link:
        if a in where and b in where:
            ra, rb = root(where[a]), root(where[b])
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    joined: dict[int, list[Report]] = defaultdict(list)
    for i, members in enumerate(clusters):
        joined[root(i)].extend(members)
    return [sorted(members, key=lambda r: r.event_key) for _, members in sorted(joined.items())]


def assign_ids(
    clusters: list[list[Report]], previous: dict[str, str], reserved: frozenset[str] = frozenset()
) -> list[tuple[str, list[Report]]]:
    """Give each cluster a stable incident id.

    A cluster keeps the id of the earlier incident it shares most reports with (``previous`` maps
    event key -> old incident id), so reviews stay attached across re-ingests and re-merges; each old
    id goes to one cluster only, on a tie to the cluster that id was first hashed from. Other clusters
    get an id hashed from their reports' identities, never one already given or ``reserved``.
    """
    own = {n: _hashed_id(members) for n, members in enumerate(clusters)}
    overlaps = []
    for n, members in enumerate(clusters):
        counts = Counter(previous[r.event_key] for r in members if r.event_key in previous)
        overlaps.extend((-count, old_id != own[n], old_id, n) for old_id, count in counts.items())
    ids: dict[int, str] = {}
    taken = set(reserved)
    for _, _, old_id, n in sorted(overlaps):
        if n not in ids and old_id not in taken:
            ids[n] = old_id
            taken.add(old_id)
    taken |= set(previous.values())  # an old id no cluster kept is not reused for another incident
    result = []
    for n, members in enumerate(clusters):
        if n not in ids:
            salt = 0
            while own[n] in taken:
                salt += 1
                own[n] = _hashed_id(members, salt)
            ids[n] = own[n]
            taken.add(own[n])
        result.append((ids[n], members))
    return result


def _hashed_id(members: list[Report], salt: int = 0) -> str:
    text = "\n".join(sorted(r.identity for r in members)) + (f"\n#{salt}" if salt else "")
    return f"inc-{hashlib.sha1(text.encode()).hexdigest()[:12]}"


def _number(value) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip())
    except ValueError:
        return None


def claim_source(claim: dict) -> str:
    """Who makes a claim: the attributed source, or the outlet speaking for itself."""
    return str(claim.get("source") or claim.get("outlet") or "unknown").strip()


def _estimate(by_source: dict[str, set[float]]) -> tuple[float, float, float]:
    figures = sorted({v for values in by_source.values() for v in values})
    cited = Counter(v for values in by_source.values() for v in values)
    top = cited.most_common()
    if len(top) > 1 and top[0][1] > top[1][1] or len(top) == 1:
        best = top[0][0]
    else:
        best = float(statistics.median_low([v for values in by_source.values() for v in sorted(values)]))
    return figures[0], best, figures[-1]


def casualty_range(
    claims, figure: str = "killed", voices: dict[str, str] | None = None
) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) of ``figure`` over the claims; None when no claim gives a number.

    A subset (counted inside another claim's toll) counts only when no other claim gives the figure.
    Claims are grouped by whose losses they count (``of``). With one group, its figures are
    alternative estimates. With several named groups, the estimate for the incident is the sum over
    groups; claims with ``of`` unknown are read as alternative totals beside that sum. Within a group the
    figures are counted by who gives them: ``voices`` maps a claim's source to the voice it is counted under
    (``outlets.claim_voices``), else each source is its own.
    """
    groups: dict[str | None, dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))
    if any(_number(c.get(figure)) is not None and not c.get("subset") for c in claims):
        claims = [c for c in claims if not c.get("subset")]  # "54 killed, among them 28 civilians": 54
    for claim in claims:
        value = _number(claim.get(figure))
        if value is not None:
            source = claim_source(claim)
            groups[claim.get("of") or None][voices.get(source, source) if voices else source].add(value)
    if not groups:
        return None, None, None
    named = {g: v for g, v in groups.items() if g is not None}
    if not named:
        return _estimate(groups[None])
    parts = [_estimate(v) for _, v in sorted(named.items())]
    low, best, high = (sum(p[i] for p in parts) for i in range(3))
    if None not in groups:
        return low, best, high
    totals = sorted({v for values in groups[None].values() for v in values})
    return min(low, totals[0]), float(statistics.median_low([best, *totals])), max(high, totals[-1])


def is_part_of_toll(claims) -> bool:
    """True when every killed figure of the claims is a subset: a town's part of a region's toll told in the same
    report ("40 killed in the countryside, 12 of them in town X"), an incident of its own whose dead the region's
    incident already counts."""
    figures = [c for c in claims if _number(c.get("killed")) is not None]
    return bool(figures) and all(c.get("subset") for c in figures)


def _most_common(values, order=()) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    rank = {v: i for i, v in enumerate(order)}
    return min(counts, key=lambda v: (-counts[v], rank.get(v, len(rank)), v))


def _ranked_union(lists, drop=("unknown",)) -> tuple[str, ...]:
    counts = Counter(a for actors in lists for a in dict.fromkeys(actors))
    first_seen = {}
    for actors in lists:
        for pos, a in enumerate(actors):
            first_seen.setdefault(a, pos)
    ranked = sorted(counts, key=lambda a: (-counts[a], first_seen[a], a))
    kept = [a for a in ranked if a not in drop]
    return tuple(kept) if kept else tuple(ranked)


def _best_place(reports: list[Report]) -> dict:
    """The main place most reports agree on, preferring the most precise."""
    mains = [r.places[0] for r in reports if r.places and r.places[0]]
    if not mains:
        return {}
    names = Counter(normalize_term(str(p.get("name") or p.get("text") or "")) for p in mains)

    def rank(p: dict):
        name = normalize_term(str(p.get("name") or p.get("text") or ""))
        precision = p.get("precision") or 9
        return (-names[name], precision, not p.get("pcode"), name)

    return min(mains, key=rank)


def _interval(reports: list[Report]) -> tuple[dt.date | None, dt.date | None]:
    """The days all reports agree on (their intersection), else the union of their intervals."""
    dated = [r for r in reports if r.first is not None]
    if not dated:
        return None, None
    first = max(r.first for r in dated)
    last = min(r.last for r in dated)
    if first <= last:
        return first, last
    return min(r.first for r in dated), max(r.last for r in dated)


def summarize(reports: list[Report]) -> dict:
    """The merged incident's fields (before agreement linkage and analyst corrections)."""
    first, last = _interval(reports)
    types = event_types()
    perpetrators = _ranked_union([r.perpetrators for r in reports])
    targets = _ranked_union([r.targets for r in reports])
    place = _best_place(reports)
    claims = [c for r in reports for c in r.claims]
    voices = claim_voices({claim_source(c) for c in claims})  # one monitor quoted three ways is one source
    killed = casualty_range(claims, "killed", voices)
    wounded = casualty_range(claims, "wounded", voices)
    actor1 = perpetrators[0] if perpetrators else "unknown"
    outlets = sorted({o for r in reports for o in [r.outlet, *(c.get("outlet") for c in r.claims)] if o})
    return {
        "first": first,
        "last": last,
        "type": _most_common([r.type for r in reports if not types.is_unknown(r.type)], types.by_precedence)
        or types.unknown,
        "perpetrators": perpetrators,
        "targets": targets,
        "actor1": actor1,
        "bloc1": faction_blocs().get(actor1, "unknown"),
        "place_name": place.get("name") or place.get("text"),
        "place_name_ar": place.get("name_ar") or place.get("text"),
        "admin1": place.get("admin1"),
        "admin2": place.get("admin2"),
        "admin3": place.get("admin3"),
        "pcode": place.get("pcode"),
        "lat": _number(place.get("lat")),
        "lon": _number(place.get("lon")),
        "geo_precision": place.get("precision"),
        "killed_low": killed[0],
        "killed_best": killed[1],
        "killed_high": killed[2],
        "wounded_low": wounded[0],
        "wounded_best": wounded[1],
        "wounded_high": wounded[2],
        "part_of_toll": is_part_of_toll(claims),
        "n_claims": len(claims),
        # a report without claims speaks for its outlet, or for its article when the outlet is unknown
        "n_sources": len(
            {voices[claim_source(c)] for c in claims} | {r.outlet or r.article_uid for r in reports if not r.claims}
        ),
        "n_reports": len({r.article_uid for r in reports}),
        "outlets": tuple(outlets),
        "date_warnings": sum(r.date_warnings for r in reports),
        "relative_to_agreement": _relative_to_agreement(reports),
    }


def _relative_to_agreement(reports: list[Report]) -> str | None:
    """What the reports say of the incident's time relative to an agreement's entry into force; None when
    none says it or they disagree."""
    said = {r.relative_to_agreement for r in reports if r.relative_to_agreement}
    return said.pop() if len(said) == 1 else None

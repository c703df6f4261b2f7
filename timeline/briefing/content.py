"""What a briefing says, gathered from the store once, before any format is chosen.

``build_briefing(store, filters, lang)`` returns a ``Briefing``: headline figures against the previous
period of equal length, tables per perpetrator and per governorate, the most serious incidents with
their claims and the reports behind them, contested figures, retaliation chains, agreement milestones
in the period and a data-quality note. Figures and tables come from ``timeline.analysis`` and the
charts from ``timeline.charts`` so a number means the same here as on the dashboard.

Everything is sorted explicitly: the same store and arguments give the same briefing.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from timeline import analysis, charts, png
from timeline.agreements import load_agreements
from timeline.analysis import Filters, View
from timeline.dates.resolver import WEEKDAY_MISMATCH
from timeline.incident_detail import incident_detail
from timeline.paths import SAMPLE_DIR
from timeline.readers.outlets import claim_voices, outlet_label
from timeline.store import Store

TOP_INCIDENTS = 10
CHART_KINDS = ("over_time", "killed", "admin", "map")
"""Figures of ``charts.FIGURES`` a briefing embeds, in this order."""
DAILY_UP_TO = 62
RETALIATION = "retaliation_for"  # the relation type (extraction contract) that links an answer to what it answered
"""Periods up to this many days are charted per day, longer ones per week."""


@dataclass(frozen=True)
class Citation:
    """One report behind an incident: outlet, title, publication day and address."""

    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    report: str
    document: str | None = None
    """The file it was read from (with the item key for feeds and exports), for reports without a URL."""


@dataclass(frozen=True)
class Claim:
    """One source's figures for an incident, as one report carried them."""

    source: str | None
    source_kind: str | None
    outlet: str | None
    killed: float | None
    wounded: float | None
    captured: float | None
    report: str


@dataclass(frozen=True)
class Incident:
    incident_id: str
    first: dt.date | None
    last: dt.date | None
    type: str
    perpetrators: tuple[str, ...]
    targets: tuple[str, ...]
    place_name: str | None
    place_name_ar: str | None
    admin1: str | None
    geo_precision: int | None
    killed_low: float | None
    killed_best: float | None
    killed_high: float | None
    wounded_low: float | None
    wounded_best: float | None
    wounded_high: float | None
    violation: str
    violation_reason: str
    review_state: str
    violation_reason_ar: str = ""  # the same reason in Arabic, for Arabic briefings
    claims: tuple[Claim, ...] = ()
    citations: tuple[Citation, ...] = ()

    def claimant(self, claim: Claim) -> str | None:
        """Who makes a claim: its named source, else the outlet it speaks for, else the outlet or file of the
        report that carries it."""
        if claim.source or claim.outlet:
            return claim.source or claim.outlet
        citation = next((c for c in self.citations if c.report == claim.report), None)
        return (citation.outlet or citation.document) if citation else None

    def voices(self, names: tuple[str, ...]) -> dict[str, tuple[Claim, ...]]:
        """The claims giving any of ``names`` ("killed", "wounded"), grouped by who makes them, in order: a
        source giving two tolls (a report's own update) is one voice, never two sources disagreeing, and so is
        one monitor named three ways (``claim_voices``: keyed by its filed name)."""
        giving = [c for c in self.claims if any(getattr(c, name) is not None for name in names)]
        claimants = [self.claimant(claim) or f"?{claim.report}" for claim in giving]
        named = claim_voices(claimants)
        voices: dict[str, list[Claim]] = {}
        for claim, claimant in zip(giving, claimants, strict=True):
            voices.setdefault(named[claimant], []).append(claim)
        return {voice: tuple(claims) for voice, claims in voices.items()}

    @property
    def contested(self) -> tuple[str, ...]:
        """The figures ("killed", "wounded") on which two sources disagree: at least two sources give it, and
        not all of them the same figures."""
        contested = []
        for name in ("killed", "wounded"):
            given = [frozenset(getattr(c, name) for c in claims) for claims in self.voices((name,)).values()]
            if len(given) > 1 and len(set(given)) > 1:
                contested.append(name)
        return tuple(contested)


@dataclass(frozen=True)
class Chain:
    """``answer`` was presented (in ``citation``) as retaliation for ``answered``."""

    answer: Incident
    answered: Incident
    citation: Citation | None


@dataclass(frozen=True)
class MilestoneEntry:
    date: dt.date
    agreement_id: str
    agreement: str
    label: str
    signing: bool


@dataclass(frozen=True)
class Quality:
    articles_in_store: int
    articles_in_period: int
    incidents: int
    unreviewed: int
    weekday_mismatch: int
    other_date_warnings: int
    undated_reports: int
    region_precision: int
    unplaced: int
    no_figure: int


@dataclass(frozen=True)
class Figure:
    kind: str
    png: bytes
    title: str = ""
    """The chart's own title, the image's text for a reader who cannot see it (its kind when empty)."""


@dataclass(frozen=True)
class Briefing:
    lang: str
    filters: Filters
    filters_text: str
    period: tuple[dt.date, dt.date]
    previous: tuple[dt.date, dt.date]
    generated_at: str
    totals: pd.DataFrame
    """Index incidents, violations, killed_low/best/high; columns current, previous, change."""
    by_faction: pd.DataFrame
    """Index faction; columns incidents, previous, change, violations, killed_low/best/high."""
    by_area: pd.DataFrame
    """Index governorate; one column per perpetrator bloc (an incident once per bloc of its perpetrators) plus
    total (each incident once)."""
    serious: tuple[Incident, ...]
    contested: tuple[Incident, ...]
    contested_more: int
    chains: tuple[Chain, ...]
    chains_more: int
    milestones: tuple[MilestoneEntry, ...]
    quality: Quality
    zone_notes: tuple[tuple[str, str], ...]
    """(agreement name, how its zone was drawn) for the agreements in force during the period."""
    sample: bool
    figures: tuple[Figure, ...] = field(default=())


def _number(value) -> float | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def _day(value) -> dt.date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    return pd.Timestamp(value).date()


def _text(value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    return None if str(value) in ("", "None", "nan", "<NA>") else str(value)


def _document(path: str | None, key: str | None) -> str | None:
    if not path:
        return key
    name = Path(path).name
    return name if not key or key == Path(path).stem else f"{name} ({key})"


def _incident(row: pd.Series, claims: tuple[Claim, ...] = (), citations: tuple[Citation, ...] = ()) -> Incident:
    precision = row["geo_precision"]
    return Incident(
        incident_id=str(row["incident_id"]),
        first=_day(row["first"]),
        last=_day(row["last"]),
        type=str(row["type"]),
        perpetrators=tuple(row["perpetrators"]),
        targets=tuple(row["targets"]),
        place_name=_text(row["place_name"]),
        place_name_ar=_text(row["place_name_ar"]),
        admin1=_text(row["admin1"]),
        geo_precision=None if pd.isna(precision) else int(precision),
        **{f"{f}_{b}": _number(row[f"{f}_{b}"]) for f in ("killed", "wounded") for b in ("low", "best", "high")},
        violation=str(row["violation"]),
        violation_reason=_text(row["violation_reason"]) or "",
        violation_reason_ar=_text(row.get("violation_reason_ar")) or "",
        review_state=str(row["review_state"]),
        claims=claims,
        citations=citations,
    )


def _outlet(name, lang: str) -> str | None:
    name = _text(name)
    return outlet_label(name, lang) if name else None


def _published_day(value) -> str | None:
    return str(value)[:10] if value else None


def _detailed(store: Store, row: pd.Series, lang: str) -> Incident:
    """An incident with its claims and the reports behind it (sorted by publication, outlet, title); a known
    outlet is named in the briefing's language, as it is counted: once, whatever its reports' language."""
    detail = incident_detail(store, str(row["incident_id"]))
    citations = {}
    for report in detail["reports"]:
        citation = Citation(
            outlet=_outlet(report["outlet"], lang),
            title=_text(report["title"]),
            published=_published_day(report["published"]),
            url=_text(report["url"]),
            report=report["report"],
            document=_document(_text(report["path"]), _text(report["article"])),
        )
        citations.setdefault((report["uid"]), citation)
    ordered = sorted(
        citations.values(), key=lambda c: (c.published or "", c.outlet or "", c.title or "", c.url or "", c.report)
    )
    # a report telling one source's figures twice (its lead, then a later sentence) gives two identical claims: one row
    claims = tuple(
        dict.fromkeys(
            Claim(
                source=_text(c["source"]),
                source_kind=_text(c["source_kind"]),
                outlet=_outlet(c["outlet"], lang),
                killed=_number(c["killed"]),
                wounded=_number(c["wounded"]),
                captured=_number(c["captured"]),
                report=c["report"],
            )
            for c in detail["claims"]
        )
    )
    return _incident(row, claims, tuple(ordered))


def by_toll(incidents: pd.DataFrame) -> pd.DataFrame:
    """Most killed (best estimate) first; ties: most recent first, then incident id."""
    ordered = incidents.assign(_toll=incidents["killed_best"].fillna(-1.0))
    ordered = ordered.sort_values(["incident_id"], kind="stable")
    ordered = ordered.sort_values(["_toll", "first"], ascending=[False, False], kind="stable", na_position="last")
    return ordered.drop(columns="_toll")


def _faction_table(rows: pd.DataFrame, comparison: analysis.PeriodComparison) -> pd.DataFrame:
    tolls = analysis.killed_by_faction(rows)[["killed_low", "killed_best", "killed_high"]]
    violations = rows[rows["violation"].eq("yes")]["faction"].value_counts()
    table = comparison.by_faction.rename(columns={"current": "incidents"})
    table = table.join(tolls, how="left").assign(violations=violations.reindex(table.index).fillna(0).astype(int))
    table = table[["incidents", "previous", "change", "violations", "killed_low", "killed_best", "killed_high"]]
    table = table.sort_index(kind="stable")
    return table.sort_values(["incidents", "killed_best", "previous"], ascending=False, kind="stable")


def _area_table(rows: pd.DataFrame) -> pd.DataFrame:
    """Incidents per governorate: once in the column of each bloc among their perpetrators (Russia and the
    Syrian government on one incident are one pro-government incident), and once in the total."""
    if rows.empty:
        return pd.DataFrame()
    table = analysis.counts_by_admin(rows, "admin1", by="bloc")
    table = table[sorted(table.columns)]
    once = analysis.counts_by_admin(rows.loc[~rows.index.duplicated()], "admin1", by="bloc")
    table["total"] = once.sum(axis=1).reindex(table.index)
    table = table.sort_index(kind="stable")
    return table.sort_values("total", ascending=False, kind="stable")


def _milestones(start: dt.date, end: dt.date, lang: str) -> tuple[MilestoneEntry, ...]:
    entries = []
    for agreement in load_agreements():
        name = charts.agreement_name(agreement, lang)
        if start <= agreement.signed <= end:
            entries.append(MilestoneEntry(agreement.signed, agreement.id, name, "", True))
        entries += [
            MilestoneEntry(m.date, agreement.id, name, m.label_for(lang), False)
            for m in agreement.milestones
            if start <= m.date <= end and m.date != agreement.signed
        ]
    return tuple(sorted(entries, key=lambda m: (m.date, m.agreement_id, m.label)))


def _zone_notes(start: dt.date, end: dt.date, lang: str) -> tuple[tuple[str, str], ...]:
    notes = []
    for agreement in load_agreements():
        overlaps = agreement.start <= end and (agreement.until is None or start < agreement.until)
        if overlaps and agreement.judged and agreement.zone_note:
            notes.append((charts.agreement_name(agreement, lang), agreement.zone_note_for(lang)))
    return tuple(notes)


def _quality(store: Store, incidents: pd.DataFrame) -> Quality:
    ids = set(incidents["incident_id"])
    warnings = store.date_warnings(ids)
    weekday = {i for i, ws in warnings.items() if WEEKDAY_MISMATCH in ws}
    other = {i for i, ws in warnings.items() if any(w != WEEKDAY_MISMATCH for w in ws)}
    precision = incidents["geo_precision"]
    return Quality(
        articles_in_store=store.article_count(),
        articles_in_period=store.article_count(ids),
        incidents=len(incidents),
        unreviewed=int(incidents["review_state"].eq("unreviewed").sum()),
        weekday_mismatch=len(weekday),
        other_date_warnings=len(other),
        undated_reports=store.undated_report_count(),
        region_precision=int(precision.eq(3).fillna(False).sum()),
        unplaced=int(precision.isna().sum()),
        no_figure=int(incidents["killed_best"].isna().sum()),
    )


def _chains(
    store: Store, frame: pd.DataFrame, selected: set[str], detailed: dict[str, Incident], top: int, lang: str
) -> tuple[tuple[Chain, ...], int]:
    """The first ``top`` retaliation chains touching the selection (by the answer's date), and how many more."""
    by_id = frame.set_index("incident_id", drop=False)
    relations = store.relations_frame(types=(RETALIATION,))
    links = [
        (answer, answered, report)
        for answer, answered, report in relations[["incident_id", "target_id", "report"]].itertuples(index=False)
        if (answer in selected or answered in selected) and answer in by_id.index and answered in by_id.index
    ]
    links.sort(key=lambda link: (_day(by_id.at[link[0], "first"]) or dt.date.min, link[0], link[1], link[2]))
    chains = []
    for answer_id, answered_id, report in links[:top]:
        answer = detailed.get(answer_id) or _detailed(store, by_id.loc[answer_id], lang)
        answered = detailed.get(answered_id) or _incident(by_id.loc[answered_id])
        citation = next((c for c in answer.citations if c.report == report), None)
        chains.append(Chain(answer, answered, citation))
    return tuple(chains), len(links) - len(chains)


def render_figures(view: View, lang: str, period: tuple[dt.date, dt.date]) -> tuple[Figure, ...]:
    """The briefing's charts as PNG bytes (needs Chromium; see ``timeline.png``)."""
    freq = "D" if (period[1] - period[0]).days < DAILY_UP_TO else "W"
    options = {"over_time": {"freq": freq}}
    figures = [(kind, charts.FIGURES[kind](view, lang, **options.get(kind, {}))) for kind in CHART_KINDS]
    return tuple(
        Figure(kind, png.figure_bytes(figure, "png", scale=1.0), figure.layout.title.text or "")
        for kind, figure in figures
    )


def build_briefing(
    store: Store,
    filters: Filters,
    lang: str = "en",
    top: int = TOP_INCIDENTS,
    with_charts: bool = True,
    generated_at: str | None = None,
) -> Briefing:
    """Gather a briefing for the incidents that pass ``filters`` (the period defaults to the data's span)."""
    if lang not in charts.LANGS:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(charts.LANGS)}")
    frame = store.incidents_frame()
    all_rows = analysis.explode_perpetrators(frame)
    if filters.start is None or filters.end is None:
        span = analysis.data_span(analysis.apply_filters(frame, filters))
        if span is None:
            raise ValueError("no incidents match the selection, and no period was given")
        filters = replace(filters, start=filters.start or span[0], end=filters.end or span[1])
    if filters.start > filters.end:
        raise ValueError(f"the period starts ({filters.start}) after it ends ({filters.end})")
    view = View.of(all_rows, filters)
    incidents = analysis.incidents_of(view.rows)
    comparison = analysis.compare_periods(all_rows, filters)
    ranked = by_toll(incidents)
    serious = tuple(_detailed(store, row, lang) for _, row in ranked.head(top).iterrows())
    detailed = {i.incident_id: i for i in serious}
    disputed = ranked[
        (ranked["killed_low"] != ranked["killed_high"]) & ranked["killed_low"].notna()
        | (ranked["wounded_low"] != ranked["wounded_high"]) & ranked["wounded_low"].notna()
    ]
    contested = []
    for _, row in disputed.iterrows():
        if len(contested) == top:
            break
        incident = detailed.get(row["incident_id"]) or _detailed(store, row, lang)
        detailed[incident.incident_id] = incident
        if incident.contested:
            contested.append(incident)
    period = (filters.start, filters.end)
    chains, chains_more = _chains(store, frame, set(incidents["incident_id"]), detailed, top, lang)
    return Briefing(
        lang=lang,
        filters=filters,
        filters_text=charts.describe_filters(view, lang) if filters != Filters(*period) else "",
        period=period,
        previous=comparison.previous,
        generated_at=generated_at or dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        totals=comparison.totals,
        by_faction=_faction_table(view.rows, comparison),
        by_area=_area_table(view.rows),
        serious=serious,
        contested=tuple(contested),
        contested_more=max(len(disputed) - len(contested), 0) if len(contested) == top else 0,
        chains=chains,
        chains_more=chains_more,
        milestones=_milestones(*period, lang),
        quality=_quality(store, incidents),
        zone_notes=_zone_notes(*period, lang),
        sample=store.has_articles_under(SAMPLE_DIR),
        # charts of no incident would be four images saying so: the tables above already say it once
        figures=render_figures(view, lang, period) if with_charts and not incidents.empty else (),
    )

"""Report genres the clause-by-clause reading does not fit: catalogues and fact-box investigations.

``genre_events`` takes the clause reading's events and, when the report is

- a catalogue (``timeline.catalogue``): returns one event per catalogue entry, dated by the entry's
  day, placed at its places, without a perpetrator unless the entry names one. The clause reading's
  event on the same day and place lends its type, targets, claims and the perpetrators its own text
  names (not those it borrowed from another incident); its events on the
  entries' days are copies or fragments of them (the in-depth retelling), and of its other events
  only those dated by a day of their own are kept;
- a list of incident records (``timeline.records``: field blocks, one-line records, table rows): returns one
  event per record, read from its labelled values, and keeps the clause reading's events told outside the
  records on days of their own;
- an investigation with a fact box (``timeline.factbox``): returns the box's incident, with the
  clause reading's retellings at the same place (or at no place, or on no day of their own) folded into it as
  claims, and keeps the incidents cited at other places with their own dates;
- anything else: returns the events unchanged.

Whatever the genre, a report published after the incidents it documents (``_documented_later``) keeps no incident
told without a day or a figure of its own: its introduction's campaign or period, not an incident.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from timeline.article import Article
from timeline.catalogue import (
    CatalogueEntry,
    catalogue_entries,
    could_be_catalogue,
    find_cues,
    generic_place,
    unique_places,
)
from timeline.claims import build_claims, figures, has_casualty_word, new_claim
from timeline.dates import DateMention
from timeline.event_types import EventTypes
from timeline.factbox import FactBox, could_have_fact_box, find_fact_box, named_places
from timeline.factions import FactionMention, find_factions, has_cased_alias
from timeline.headings import governorate_named, in_governorate
from timeline.incident_places import Place, merge_candidates
from timeline.lexregex import word_search
from timeline.normalize import normalize_term
from timeline.numbers import find_counts
from timeline.reading import ReportReading, read_report
from timeline.records import MIN_RECORDS, Record, could_have_records, find_records
from timeline.report_incidents import PUBLICATION_ASSUMED, has_figure
from timeline.roles import doers_named
from timeline.sentences import TextView
from timeline.spans import SpanSet
from timeline.triggers import Trigger, incident_type

if TYPE_CHECKING:
    from timeline.reference import Reference

_FIGURES_APART = re.compile(r"[؛;]")  # between the figures of two sources in a casualties field
_FIGURE_RANGE = re.compile(r"\d+\s*[-–—]\s*(?P<high>\d+)")  # a record's figure given as a range: "4-6", "4–6"
# A report dating at least this many incidents by days it names, all this many days or more before its publication,
# documents them after the fact (``_documented_later``).
_DOCUMENTED_INCIDENTS, _DOCUMENTED_AFTER_DAYS = 2, 7
_TITLE_CHARS = 120  # the longest line read as an entry's title above its record
_BLANK_LINE_END = re.compile(r"\n[ \t]*\n[ \t]*$")
_MONTH_DAYS = 27  # the days from a month's first to its last, at least (February)
_LONGEST_MONTH_DAYS = 30  # ... and at most
_WEEK_DAYS = 6  # the days from a week's first to its last


def genre_events(
    article: Article, dates: list[DateMention], events: list[dict], reading: ReportReading | None = None
) -> list[dict]:
    """The report's events as its genre tells them (see the module docstring); ``reading``: the body's, when
    already read."""
    return _documented_later(_genre_events(article, dates, events, reading), article.published)


def _genre_events(
    article: Article, dates: list[DateMention], events: list[dict], reading: ReportReading | None
) -> list[dict]:
    listed = could_be_catalogue(dates)
    boxed = could_have_fact_box(article.body)
    recorded = boxed or could_have_records(article.body)
    if not listed and not recorded:
        return events  # most reports: nothing to read again
    reading = reading or read_report(article.body)
    view = reading.view
    ref = reading.reference
    records = _dated_records(find_records(view, ref.fact_box.labels), view, dates) if recorded else []
    if len(records) < MIN_RECORDS and not listed and not boxed:
        return events  # lines with colons or cells, but no list of incidents
    # the genre reader matches no alias by its case: the reading's factions serve when none was found so
    cased = has_cased_alias(view.original, ref.factions)
    factions = (
        find_factions(view.flat, tables=ref.factions, tokens=view.flat_tokens) if cased else list(reading.factions)
    )
    if cased:
        names = [(f.start, f.end) for f in factions]
        places = merge_candidates(
            list(reading.gazetteer_places), list(reading.cue_places), view.flat, names, ref.places
        )
    else:  # the clause reader's merge, with the same factions
        places = list(reading.places)
    if len(records) >= MIN_RECORDS:
        return _record_events(article, view, records, events, places, factions, reading)
    entries = catalogue_entries(
        view,
        dates,
        places,
        factions,
        ref.catalogue,
        ref.numbers.cardinals,
        ref.dates.lexicon.month_parts,
        ref.sentences,
        ref.places,
    )
    if entries:
        dated = SpanSet.of((view.to_norm(d.start), view.to_norm(d.end)) for d in dates)
        return _catalogue_events(
            article, view, entries, events, _Reading(dates, factions, ref, dated), reading.triggers
        )
    box = find_fact_box(view, dates, places, factions, ref)
    if box is not None:
        return _fact_box_events(article, view, box, events, ref.event_types)
    return events


def _documented_later(events: list[dict], published: dt.datetime | None) -> list[dict]:
    """``events`` without those dated by no word of the text (or, told first, by a whole month only) and giving no
    figure, when the report documents its incidents after the fact (at least ``_DOCUMENTED_INCIDENTS`` dated by days it
    names, none within ``_DOCUMENTED_AFTER_DAYS`` of its publication): "the campaign on the town since April", "the
    attacks this report documents", an introduction's "the shelling of the city during November" are no incident of
    their own (a later entry of "late August" is one)."""
    told_first = min(events, key=lambda e: (e.get("evidence") or [[0]])[0][0], default=None)
    undated = [
        e
        for e in events
        if (e.get("date_warnings") == [PUBLICATION_ASSUMED] or (e is told_first and _month_long(e)))
        and not any(has_figure(c) for c in e.get("claims") or ())
    ]
    if not undated or published is None:
        return events  # (most reports)
    dated = [e for e in events if _own_day(e)]
    latest = (published.date() - dt.timedelta(days=_DOCUMENTED_AFTER_DAYS)).isoformat()
    if len(dated) < _DOCUMENTED_INCIDENTS or any(e["last"] > latest for e in dated):
        return events
    return [e for e in events if not any(e is u for u in undated)]


def with_shared_sides(events: list[dict], dates: list[DateMention], reading: ReportReading) -> list[dict]:
    """``events`` with those told without a perpetrator given the sides a sentence names as the authors of all the
    incidents told ("ونحمل قوات النظام المسؤولية عن الهجومين", "the attacks were carried out by Russian forces"):
    a sentence printing no date, joined to an incident it does not tell first, whose side the incident took."""
    if len(events) < 2 or all(e.get("perpetrators") for e in events):
        return events  # (most reports: one incident, or a side for each)
    view = reading.view
    all_told = reading.reference.catalogue.all_told
    dated = SpanSet.of((d.start, d.end) for d in dates if d.kind == "absolute")
    sides: list[str] = []
    for event in events:
        own = set(event.get("perpetrators") or ()) - {"unknown"}
        for a, b in (event.get("evidence") or [])[1:] if own else []:
            start, end = view.to_norm(a), view.to_norm(b)
            if dated.overlaps(a, b) or word_search(all_told, view.flat, start, end) is None:
                continue
            named = [f.faction for f in reading.factions if start <= f.start < end and f.faction in own]
            sides += [side for side in named if side not in sides]
    if not sides:
        return events
    return [
        e
        if e.get("perpetrators")
        else dict(e, perpetrators=list(sides), targets=[t for t in e.get("targets") or [] if t not in sides])
        for e in events
    ]


# -- catalogues ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """What the whole report's mentions give every entry."""

    dates: list[DateMention]
    factions: list[FactionMention]
    reference: Reference
    dated: SpanSet  # the dates' spans on the matching copy: a count inside one is a date's number


def _catalogue_events(
    article: Article,
    view: TextView,
    entries: list[CatalogueEntry],
    events: list[dict],
    reading: _Reading,
    triggers: tuple[Trigger, ...],
) -> list[dict]:
    """One event per entry; every entry takes the report's trigger words within its span."""
    out = []
    used: set[int] = set()
    per_day = Counter(e.date.first for e in entries)
    per_start = Counter(e.start for e in entries)  # entries cut from one stretch share its text
    by_start = sorted(range(len(triggers)), key=lambda i: triggers[i].start)  # an entry's are found by bisection
    trigger_starts = [triggers[i].start for i in by_start]
    on_day: dict[str, list[int]] = {}  # day -> the clause events dated by that one day, in order
    for i, event in enumerate(events):
        if event.get("first") is not None and event.get("first") == event.get("last"):
            on_day.setdefault(event["first"], []).append(i)
    named_at = [view.to_original(f.start, f.end)[0] for f in reading.factions]  # where each faction is named
    for n, entry in enumerate(entries):
        match = _clause_event(entry, events, on_day, used, alone=per_day[entry.date.first] == 1)
        names_side = _names_a_side(match, named_at)
        inside = by_start[bisect_left(trigger_starts, entry.start) : bisect_left(trigger_starts, entry.end)]
        own = [triggers[i] for i in sorted(inside)]  # in the report's order
        event = _entry_dict(article.key, n, view, entry, match, own, names_side, reading.reference.event_types)
        if not event["claims"] and per_start[entry.start] == 1:
            event["claims"] = _own_claims(article, view, entry, reading)
        out.append(event)
    days = {e.date.first.isoformat() for e in entries}
    for i, event in enumerate(events):  # an incident told in a sentence without a catalogue's words
        if i not in used and _own_day(event) and event["first"] not in days:
            out.append(dict(event, id=f"{article.key}-e{len(out) + 1}", relations=[]))
    return out


def _days_spanned(event: dict) -> int | None:
    """The days from the event's first day to its last (0 for one day), None when it is undated."""
    first, last = event.get("first"), event.get("last")
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days if first and last else None


def _month_long(event: dict) -> bool:
    """The event is dated by a span of a month or more only ("خلال تشرين الثاني")."""
    span = _days_spanned(event)
    return span is not None and span >= _MONTH_DAYS


def _own_day(event: dict) -> bool:
    """The event is dated by a day or a night its text names ("ليل 26 – 27 تشرين الأول": two days), not a month, a
    year or the publication."""
    span = _days_spanned(event)
    return bool(event.get("date_text")) and span is not None and span <= 1


def _own_claims(article: Article, view: TextView, entry: CatalogueEntry, reading: _Reading) -> list[dict]:
    """The figures an entry's own text gives ("one person wounded", "nine pupils killed")."""
    flat = view.flat
    ref = reading.reference
    if not has_casualty_word(flat, entry.start, entry.end, ref.claims):
        return []
    counts = [
        c for c in find_counts(flat, entry.start, entry.end, ref.numbers) if not reading.dated.overlaps(c.start, c.end)
    ]
    figs = figures(flat, entry.start, entry.end, counts, reading.factions, ref.claims)
    claims = build_claims(figs, None, article.source, None)
    return [dict(c, evidence=[list(view.to_original(a, b)) for a, b in c["evidence"]]) for c in claims]


def _clause_event(
    entry: CatalogueEntry, events: list[dict], on_day: dict[str, list[int]], used: set[int], alone: bool
) -> dict | None:
    """The clause reading's event telling this entry: same day, and the same place unless the day has one entry
    (a city or a governorate framing the spot is no shared place: "a university in Aleppo", "a hospital in
    X, Aleppo"); ``on_day``: the events dated by each one day, looked at instead of all."""
    day = entry.date.first.isoformat()
    names = {normalize_term(p.text) for p in entry.places if not generic_place(p)}
    for i in on_day.get(day, ()):
        event = events[i]
        if i in used:
            continue
        if (names & _place_names(event)) or (alone and not (names and _place_names(event))):
            used.add(i)
            return event
    return None


def _names_a_side(match: dict | None, named_at: list[int]) -> bool:
    """The clause reading's event names its perpetrator in its own text (not one lent by another incident: a
    catalogue attributes what its investigators could, and an entry it leaves unattributed stays so);
    ``named_at``: where the report names each faction, on the original text."""
    if match is None:
        return False
    spans = [(a, b) for a, b in match.get("evidence") or []]
    return any(a <= at < b for at in named_at for a, b in spans)


def _entry_dict(
    key: str,
    n: int,
    view: TextView,
    entry: CatalogueEntry,
    match: dict | None,
    triggers: list[Trigger],
    match_names_side: bool,
    types: EventTypes,
) -> dict:
    """The entry's event (``triggers``: the report's trigger words within the entry's span)."""
    event_type = incident_type(triggers, types)
    perpetrators = list(entry.perpetrators)
    targets = list(entry.targets)
    claims: list[dict] = []
    if match is not None:
        if match_names_side:
            perpetrators = perpetrators or list(match.get("perpetrators") or [])
        targets = list(dict.fromkeys([*targets, *(match.get("targets") or [])]))
        claims = list(match.get("claims") or [])
        if event_type == types.general:  # the clause reading names the kind
            event_type = match.get("type") or event_type
    return _event(
        f"{key}-e{n + 1}",
        entry.date,
        event_type,
        perpetrators,
        targets,
        list(entry.places),
        claims,
        [list(view.to_original(entry.start, entry.end))],
    )


# -- incident records ---------------------------------------------------------------------------------------


def _dated_records(records: list[Record], view: TextView, dates: list[DateMention]) -> list[tuple[Record, DateMention]]:
    """The records with a date in their date field (the first there), each with it."""
    if not records:
        return []
    starts = sorted((view.to_norm(d.start), i) for i, d in enumerate(dates) if d.first is not None)
    keys = [s for s, _ in starts]
    out = []
    for record in records:
        where = record.span("date")
        if where is None:
            continue
        k = bisect_left(keys, where[0])
        if k < len(keys) and keys[k] < where[1]:
            out.append((record, dates[starts[k][1]]))
    return out


def _record_events(
    article: Article,
    view: TextView,
    records: list[tuple[Record, DateMention]],
    events: list[dict],
    places: list[Place],
    factions: list[FactionMention],
    reading: ReportReading,
) -> list[dict]:
    """One event per record; the clause reading's events told outside every record, on a day of their own that
    no record has, are kept after them."""
    ref = reading.reference
    out = []
    starts = sorted(r.start for r, _ in records)
    ends = [0, *sorted(r.end for r, _ in records)[:-1]]  # where the record before each ends
    titled = {start: _title_above(view.flat, start, end) for start, end in zip(starts, ends, strict=True)}
    bounds = sorted(titled.values())
    regions, entries = [], []  # each record's entry: its title, fields and the paragraphs under them
    lead = _lead_place(places, starts[0])
    for n, rows in enumerate(_incident_rows(view, records)):
        record, date = rows[0]
        where = record.span("place")
        here = [p for p in places if where and where[0] <= p.start < where[1]]
        if where and not here:
            here = named_places(view, *where, ref.gazetteer)
        if where is None:  # "نوع الحادثة: قصف على سوق بلدة X", else the one town the list's heading names
            here = [p for p in places if record.start <= p.start < record.end] or lead
        # "حي الضبيط، مدينة إدلب": a quarter the gazetteer files nowhere lies in the governorate of the city after it
        here = [p if p.admin1 else replace(p, admin1=_admin1_after(here, k)) for k, p in enumerate(here)]
        if any(not generic_place(p) for p in here):  # "خان شيخون، ريف إدلب": the town, not its region
            here = [p for p in here if not generic_place(p)]
        hit = record.span("target") or (0, 0)
        until = _told_until(view.flat, record, bounds)
        regions.append(view.to_original(titled[record.start], until))
        entries.append((titled[record.start], until))
        who = record.span("perpetrator")
        if who is not None:
            perpetrators = list(
                dict.fromkeys(
                    f.faction for f in factions if who[0] <= f.start < who[1] and not hit[0] <= f.start < hit[1]
                )
            )
        else:  # the sides the clause reading gives its account, else the first side it names outside its fields
            perpetrators = _told_sides(view, record, events) or _first_side(record, factions, hit)
        kind = record.span("type") or (titled[record.start], until)
        told = [t for t in reading.triggers if kind[0] <= t.start < kind[1]]
        event = _event(
            f"{article.key}-e{n + 1}",
            date,
            incident_type(told, ref.event_types),
            perpetrators,
            _record_targets(view, hit, factions, ref),
            unique_places(here),
            _victims_claims(article, view, rows)
            if record.span("victim")
            else _record_figures(article, view, record, until, events, factions, ref),
            [list(view.to_original(r.start, r.end)) for r, _ in rows],
        )
        province = record.span("governorate")  # "| إدلب |": the towns of that governorate
        governorate = governorate_named(_original_text(view, *province), ref.gazetteer) if province else None
        out.append(in_governorate(event, governorate, ref.gazetteer) if governorate else event)
    spans = SpanSet.of(view.to_original(record.start, record.end) for record, _ in records)
    prose, joined = [], []  # the clause reading's events told outside every record, and its others
    for e in events:
        (joined if any(spans.overlaps(a, b) for a, b in e.get("evidence") or []) else prose).append(e)
    beside = [(e, _figures_beside(e, spans)) for e in joined]
    beside = [(e, claims) for e, claims in beside if claims]  # (most: no figure outside the records)
    if beside:
        out = [
            dict(event, claims=_with_claims(event["claims"], _figures_joined(event, beside, spans, region)))
            for event, region in zip(out, regions, strict=True)
        ]
    out = [
        _with_account(event, prose, ref.event_types.general, region) for event, region in zip(out, regions, strict=True)
    ]
    out = [
        event if event["perpetrators"] else dict(event, perpetrators=_named_doers(view, entry, factions, ref))
        for event, entry in zip(out, entries, strict=True)
    ]
    days = {date.first.isoformat() for _, date in records}
    for event in prose:  # an incident told in prose beside the records
        if _told_apart(event, days):
            out.append(dict(event, id=f"{article.key}-e{len(out) + 1}", relations=[]))
    return out


def _admin1_after(places: list[Place], k: int) -> str | None:
    """The governorate of the first place after ``places[k]`` that has one."""
    return next((p.admin1 for p in places[k + 1 :] if p.admin1), None)


def _figures_beside(told: dict, spans: SpanSet) -> list[dict]:
    """The claims of a clause reading's event giving a figure told outside every record (``spans``)."""
    return [
        c
        for c in told["claims"]
        if has_figure(c) and c.get("evidence") and not any(spans.overlaps(a, b) for a, b in c["evidence"])
    ]


def _figures_joined(
    event: dict, beside: list[tuple[dict, list[dict]]], spans: SpanSet, region: tuple[int, int]
) -> list[dict]:
    """The figures the clause reading told with a record's incident outside every record ("| 7 آذار | … | 6 قتلى |",
    then "… وقال الدفاع المدني إن حصيلة القتلى بلغت سبعة"; "وأعلن المرصد في اليوم التالي ارتفاع الحصيلة إلى 62"
    under its fields): another source's toll, or a later one, of that incident, whatever day the clause reading gave
    it. A figure is the record's when its entry holds it, or when the clause reading joined it to that record alone
    (``beside``: its events overlapping a record, each with its figures outside them; ``event["evidence"]``: the
    record's rows)."""
    rows = SpanSet.of(tuple(span) for span in event["evidence"])
    out = []
    for told, claims in beside:
        if not any(rows.overlaps(a, b) for a, b in told["evidence"]):
            continue
        alone = all(rows.overlaps(a, b) or not spans.overlaps(a, b) for a, b in told["evidence"])
        out += [c for c in claims if alone or all(region[0] <= a and b <= region[1] for a, b in c["evidence"])]
    return out


def _told_apart(event: dict, days: set[str]) -> bool:
    """An incident told in prose beside the records, on a time of its own that no record falls on: a day or a night,
    a few days up to a week ("في الأسبوع الأخير من تشرين الأول"), or one month when it gives a figure of its own
    ("انفجار عبوة … منتصف آب 2016 … أدى إلى مقتل شخصين": the clause reading keeps no month's running total)."""
    span = _days_spanned(event) if event.get("date_text") else None
    if span is None:
        return False
    if span <= 1:  # (most: a day or a night)
        return event["first"] not in days and event["last"] not in days
    if span > _WEEK_DAYS and not (span <= _LONGEST_MONTH_DAYS and any(has_figure(c) for c in event["claims"])):
        return False
    return not any(event["first"] <= day <= event["last"] for day in days)


def _named_doers(view: TextView, entry: tuple[int, int], factions: list[FactionMention], ref: Reference) -> list[str]:
    """The sides an entry's text names as the doer of its incident, wherever it tells it ("… وهي من طراز مي-8 الذي لا
    يستخدمه في المنطقة سوى سلاح الجو السوري", before the toll; ``roles.doers_named``)."""
    flat, (start, end), grammar = view.flat, entry, ref.roles.grammar
    named = [f for f in factions if start <= f.start < end and f.faction not in ("civilians", "unknown")]
    if not named or not grammar.doer_word.search(flat, start, end):
        return []  # (most entries: no word of attributing, accusing or using)
    return doers_named(flat, named, start, grammar)


def _with_account(event: dict, prose: list[dict], general: str, region: tuple[int, int]) -> dict:
    """A record's event with what the report's own account of that incident adds, told in prose on the same day at
    the same place (a table of incidents, then a paragraph on each), or on its day within its entry (its title, its
    fields and the paragraph under them, up to the next entry's title): the side the record names none of, the kind
    of attack where the record tells none, the figures of the other sources it quotes, the town located where the
    record's name of it is ambiguous."""
    names = _place_names(event)
    accounts = [
        e for e in prose if _same_day(e, event) and all(region[0] <= a and b <= region[1] for a, b in e["evidence"])
    ]
    if not accounts and names:
        retold = (e for e in prose if _same_day(e, event) and _retells(e, names) and _place_names(e))
        accounts = [e for e in [next(retold, None)] if e is not None]
    if not accounts:
        return event
    place = event["place"]
    for account in accounts:
        told = account["place"]
        if place and told and not place.get("admin1") and told.get("admin1") and _place_names(account) & names:
            place = told  # "| صيدا |" and then "في بلدة صيدا بريف درعا": the town the account locates
            break
    kinds = [a["type"] for a in accounts if a["type"] != general]
    claims = event["claims"]
    for account in accounts:
        claims = _with_claims(claims, account["claims"])
    return dict(
        event,
        place=place,
        type=kinds[0] if kinds and event["type"] == general else event["type"],
        perpetrators=event["perpetrators"] or list(dict.fromkeys(p for a in accounts for p in a["perpetrators"])),
        targets=event["targets"] or list(dict.fromkeys(t for a in accounts for t in a["targets"])),
        claims=claims,
        evidence=event["evidence"] + [span for a in accounts for span in a["evidence"]],
    )


def _same_day(told: dict, event: dict) -> bool:
    """The prose tells the record's incident on its day: the same first day, or a night ending on the record's day
    ("ليل الأحد - الاثنين 26-27 أيار" told of the row "| 27/5/2019 |")."""
    return told["first"] == event["first"] or (told["last"] == event["first"] and _own_day(told))


def _with_claims(claims: list[dict], told: list[dict]) -> list[dict]:
    """``claims`` and those of ``told`` giving other figures: every figure claimed for the incident, once (a told
    claim with the same killed figure lends the wounded one a claim lacks: "7 killed" and "7 killed, 10 wounded")."""
    out = list(claims)
    for c in told:
        if not has_figure(c):
            continue
        same = next((k for k, s in enumerate(out) if _same_figures(s, c)), None)
        if same is None:
            out.append(c)
        elif out[same].get("wounded") is None and c.get("wounded") is not None:
            out[same] = dict(out[same], wounded=c["wounded"])
    return out


def _same_figures(a: dict, b: dict) -> bool:
    """True when two claims give the same figures, a figure one of them lacks aside."""
    return all(a.get(k) == b.get(k) or a.get(k) is None or b.get(k) is None for k in ("killed", "wounded")) and (
        a.get("killed") == b.get("killed") or a.get("wounded") == b.get("wounded")
    )


def _record_figures(
    article: Article,
    view: TextView,
    record: Record,
    until: int,
    events: list[dict],
    factions: list[FactionMention],
    ref: Reference,
) -> list[dict]:
    """The record's figure fields; a victims column's bare figure with the other figures the clause reading found in
    its account (with their sources); with no figure field, the figures the clause reading found in its account,
    else those its description states, else those of the account told after it."""
    told = _told_claims(events, *view.to_original(record.start, until))
    victims = _victims_column(article, view, record)
    if victims:
        return _with_claims(victims, told)
    return (
        _record_claims(article, view, record, factions, ref)
        or told
        or _span_claims(article, view, record.span("type") or (record.end, until), factions, ref)
    )


def _victims_column(article: Article, view: TextView, record: Record) -> list[dict]:
    """ "| عدد الضحايا | … | 11 |": a documentation group counts as its victims the people killed (the wounded are
    always named so), as the claim of the report; an English "casualties" field of a bare figure may count both, and
    gives none."""
    where = record.span("casualties")
    value = view.flat[where[0] : where[1]].strip() if where and article.language == "ar" else ""
    if not value.isdecimal() or record.span("killed") or record.span("wounded"):
        return []
    claim = new_claim(None, article.source, None)
    claim.update(killed=int(value), evidence=[list(view.to_original(*where))])
    return [claim]


def _told_claims(events: list[dict], start: int, end: int) -> list[dict]:
    """The clause reading's claims with figures whose evidence lies in [start, end) of the original text."""
    return [
        c
        for e in events
        for c in e["claims"]
        if has_figure(c) and c.get("evidence") and all(start <= a and b <= end for a, b in c["evidence"])
    ]


def _first_side(record: Record, factions: list[FactionMention], hit: tuple[int, int]) -> list[str]:
    """The first side a record names outside its date, place and target fields: who did it, in an account that
    names the actor before the place it struck and the victims ("أعدم تنظيم داعش 4 مدنيين …")."""
    fields = [s for s in (record.span("date"), record.span("place"), hit) if s]
    side = next(
        (
            f
            for f in factions
            if record.start <= f.start < record.end
            and f.faction not in ("civilians", "unknown")
            and not any(a <= f.start < b for a, b in fields)
        ),
        None,
    )
    return [side.faction] if side else []


def _told_sides(view: TextView, record: Record, events: list[dict]) -> list[str]:
    """The perpetrators the clause reading gives the incidents told inside a record with no perpetrator field ("وصف:
    انفجار عند حاجز لقوات سوريا الديمقراطية تبناه تنظيم الدولة": the group that claimed it, not the one hit)."""
    start, end = view.to_original(record.start, record.end)
    return list(
        dict.fromkeys(
            side
            for e in events
            if any(start <= a < end for a, _ in e.get("evidence") or [])
            for side in e.get("perpetrators") or []
        )
    )


def _lead_place(places: list[Place], first_record: int) -> list[Place]:
    """The one settlement the text before the first record names ("الحوادث الموثقة في بلدة X"), else none."""
    named = unique_places([p for p in places if p.start < first_record and not generic_place(p)])
    return named if len(named) == 1 else []


def _title_above(flat: str, start: int, after: int) -> int:
    """Where the title line standing alone right above a record starts ("### الرستن: غارة قرب فرن آلي", then a blank
    line and the record's fields), past ``after`` (the record before it), else the record's start: the title is the
    entry's."""
    line_start = flat.rfind("\n", 0, start) + 1
    above = flat[after:line_start].rstrip()
    title_start = above.rfind("\n") + 1
    title = above[title_start:].strip()
    if not title or len(title) > _TITLE_CHARS or title.endswith((".", ":")):
        return start
    if above[:title_start].strip() and not _BLANK_LINE_END.search(above, 0, title_start):
        return start  # not a line of its own: the end of a paragraph
    return after + title_start


def _told_until(flat: str, record: Record, starts: list[int]) -> int:
    """Where the account of a record without a type field ends: at the next record, or after the paragraph that
    follows the last ("Summary: Two men were killed by a barrel bomb …" says what the record's incident was)."""
    k = bisect_right(starts, record.start)
    if k < len(starts):
        return starts[k]
    text_at = len(flat) - len(flat[record.end :].lstrip())
    end = flat.find("\n\n", text_at)
    return len(flat) if end < 0 else end


def _incident_rows(view: TextView, records: list[tuple[Record, DateMention]]) -> list[list[tuple[Record, DateMention]]]:
    """The records of each incident, in order: one record each, but the rows of a victims' list (a "name" column:
    one row per person killed) of one day, place, cause and perpetrator, which tell one incident."""
    out: list[list[tuple[Record, DateMention]]] = []
    rows_of: dict[tuple, list[tuple[Record, DateMention]]] = {}
    for record, date in records:
        if record.span("victim") is None:
            out.append([(record, date)])
            continue
        key = (date.first, date.last) + tuple(
            normalize_term(view.flat[a:b]) if (a, b) != (0, 0) else None
            for a, b in (record.span(f) or (0, 0) for f in ("place", "governorate", "type", "perpetrator"))
        )
        if key in rows_of:
            rows_of[key].append((record, date))
        else:
            rows_of[key] = [(record, date)]
            out.append(rows_of[key])
    return out


def _victims_claims(article: Article, view: TextView, rows: list[tuple[Record, DateMention]]) -> list[dict]:
    """The toll a victims' list gives an incident: one killed per row."""
    claim = new_claim(None, article.source, None)
    names = [r.span("victim") for r, _ in rows]
    claim.update(killed=len(rows), evidence=[list(view.to_original(a, b)) for a, b in names])
    return [claim]


def _record_targets(view: TextView, hit: tuple[int, int], factions: list[FactionMention], ref: Reference) -> list[str]:
    """Who a record's target field names: its factions, and civilians for a school, a market, a hospital ...
    (the catalogue's protected objects)."""
    if hit[0] == hit[1]:
        return []
    targets = [f.faction for f in factions if hit[0] <= f.start < hit[1]]
    cues = find_cues(view.flat[hit[0] : hit[1]], (), ref.catalogue)
    targets += [str(c.value) for c in cues if c.cls == "protected"]
    return list(dict.fromkeys(targets))


def _original_text(view: TextView, start: int, end: int) -> str:
    o_start, o_end = view.to_original(start, end)
    return view.original[o_start:o_end]


def _record_claims(
    article: Article, view: TextView, record: Record, factions: list[FactionMention], ref: Reference
) -> list[dict]:
    """The record's figures: its killed and wounded fields ("4", "أربعة"), else the figures its casualties field
    states ("3 قتلى و7 جرحى", "2 killed, 6 injured")."""
    flat = view.flat
    killed = _record_figure(flat, record.span("killed"), ref)
    wounded = _record_figure(flat, record.span("wounded"), ref)
    if killed is not None or wounded is not None:
        claim = new_claim(None, article.source, None)
        evidence = [s for s in (record.span("killed"), record.span("wounded")) if s]
        claim.update(killed=killed, wounded=wounded, evidence=[list(view.to_original(a, b)) for a, b in evidence])
        return [claim]
    where = record.span("casualties")
    if where is None:
        return []
    # "6 قتلى (الدفاع المدني)؛ 8 قتلى (ناشطون)": the figures of each source, one claim each
    cuts = [where[0]] + [m.end() for m in _FIGURES_APART.finditer(view.flat, *where)] + [where[1]]
    return [c for a, b in itertools.pairwise(cuts) for c in _span_claims(article, view, (a, b), factions, ref)]


def _span_claims(
    article: Article, view: TextView, where: tuple[int, int], factions: list[FactionMention], ref: Reference
) -> list[dict]:
    """The figures flat[where] states ("3 قتلى و7 جرحى", "2 killed, 6 injured"), as claims of the report."""
    flat = view.flat
    if not has_casualty_word(flat, *where, ref.claims):
        return []
    counts = find_counts(flat, where[0], where[1], ref.numbers)
    claims = build_claims(figures(flat, where[0], where[1], counts, factions, ref.claims), None, article.source, None)
    return [dict(c, evidence=[list(view.to_original(a, b)) for a, b in c["evidence"]]) for c in claims]


def _record_figure(flat: str, span: tuple[int, int] | None, ref: Reference) -> int | None:
    """The figure a killed or wounded field gives, None when it gives none."""
    if span is None:
        return None
    counts = find_counts(flat, span[0], span[1], ref.numbers)
    if counts:
        return counts[0].value
    value = flat[span[0] : span[1]].strip()
    if value.isdecimal():
        return int(value)
    between = _FIGURE_RANGE.fullmatch(value)  # "4-6": as many as the record reports at most
    return int(between["high"]) if between else None


# -- fact boxes ---------------------------------------------------------------------------------------------


def _fact_box_events(
    article: Article, view: TextView, box: FactBox, events: list[dict], types: EventTypes
) -> list[dict]:
    names = {normalize_term(p.text) for p in box.places}
    retold = [e for e in events if _retells(e, names) or not e.get("date_text")]  # undated: told again
    claim = new_claim(None, article.source, None)
    claim.update(killed=box.killed, wounded=box.wounded, evidence=[list(view.to_original(box.start, box.end))])
    claims = [claim] if box.killed is not None or box.wounded is not None else []
    targets: list[str] = []
    for e in retold:
        claims.extend(c for c in e.get("claims") or [] if has_figure(c))
        targets.extend(t for t in e.get("targets") or [] if t not in targets)
    evidence = [list(view.to_original(box.start, box.end))] + [span for e in retold for span in e.get("evidence", [])]
    incident_id = f"{article.key}-e{len(events) + 1}"  # the clause events keep their ids (and relations)
    general = types.general  # a retelling's specific type names the box's incident
    incident = _event(
        incident_id,
        box.date,
        _most_common([e.get("type") for e in retold if e.get("type") != general]) or general,
        list(box.perpetrators) or list(_most_common([tuple(e.get("perpetrators") or ()) for e in retold]) or ()),
        targets,
        list(box.places),
        claims,
        evidence,
    )
    retold_ids = {e.get("id") for e in retold}
    others = [
        dict(e, relations=[dict(r, event=incident_id) if r.get("event") in retold_ids else r for r in e["relations"]])
        for e in events
        if e not in retold
    ]
    return [incident, *others]


def _most_common(values: list):
    """The value told most often (the first told on a tie), or None."""
    values = [v for v in values if v]
    return max(values, key=values.count) if values else None


def _retells(event: dict, box_names: set[str]) -> bool:
    """An event at the box's place (or at no place) retells the box's incident."""
    theirs = _place_names(event)
    return not theirs or any(a in b or b in a for a in theirs for b in box_names)


# -- shared ---------------------------------------------------------------------------------------------------


def _place_names(event: dict) -> set[str]:
    return {normalize_term(p["text"]) for p in [event.get("place"), *(event.get("places") or [])] if p}


def _event(
    event_id: str,
    date: DateMention,
    event_type: str,
    perpetrators: list[str],
    targets: list[str],
    places: list[Place],
    claims: list[dict],
    evidence: list[list[int]],
) -> dict:
    """A contract ``events`` item."""
    first: dt.date = date.first
    last: dt.date = date.last or date.first
    dicts = [p.to_dict() for p in places]
    return {
        "id": event_id,
        "first": first.isoformat(),
        "last": last.isoformat(),
        "date_text": date.text,
        "date_warnings": list(date.warnings),
        "type": event_type,
        "perpetrators": perpetrators,
        "targets": targets,
        "place": dicts[0] if dicts else None,
        "places": dicts[1:],
        "claims": claims,
        "evidence": evidence,
        "relations": [],
    }

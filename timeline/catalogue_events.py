"""A catalogue's entries as the contract's events, completed by the clause-by-clause reading.

When ``timeline.catalogue`` finds that a report is a catalogue, its entries are the report's
incidents: one event each, dated by the entry's day, placed at the entry's places, without a
perpetrator unless the entry (or a back-reference to it) names one. The clause reading's events
on the same day and place lend their type, perpetrators, targets and claims; its other events are
copies or fragments of the entries (the in-depth retelling, a video's upload date) and are dropped.
"""

from __future__ import annotations

from timeline.article import Article
from timeline.catalogue import CatalogueEntry, catalogue_entries
from timeline.dates import DateMention
from timeline.factions import find_factions
from timeline.incident_places import cue_places, gazetteer_places, merge_candidates
from timeline.normalize import normalize_term
from timeline.sentences import TextView
from timeline.triggers import find_triggers, incident_type


def catalogue_events(article: Article, dates: list[DateMention], events: list[dict]) -> list[dict]:
    """``events`` unchanged unless the report is a catalogue; then one event per catalogue entry."""
    view = TextView(article.body)
    factions = find_factions(view.flat)
    places = merge_candidates(gazetteer_places(view), cue_places(view), view.flat, [(f.start, f.end) for f in factions])
    entries = catalogue_entries(view, dates, places, factions)
    if not entries:
        return events
    out = []
    used: set[int] = set()
    for n, entry in enumerate(entries):
        same_day = [e for e in entries if e.date.first == entry.date.first]
        match = _clause_event(entry, events, used, alone=len(same_day) == 1)
        out.append(_to_dict(article.key, n, view, entry, match))
    return out


def _clause_event(entry: CatalogueEntry, events: list[dict], used: set[int], alone: bool) -> dict | None:
    """The clause reading's event telling this entry: same day, and the same place unless the day has one entry."""
    day = entry.date.first.isoformat()
    names = {normalize_term(p.text) for p in entry.places}
    for i, event in enumerate(events):
        if i in used or event.get("first") != day or event.get("last") != day:
            continue
        theirs = {normalize_term(p["text"]) for p in [event.get("place"), *event.get("places", [])] if p}
        if (names & theirs) or (alone and not (names and theirs)):
            used.add(i)
            return event
    return None


def _to_dict(key: str, n: int, view: TextView, entry: CatalogueEntry, match: dict | None) -> dict:
    date = entry.date
    flat = view.flat
    triggers = [t for t in find_triggers(flat) if entry.start <= t.start < entry.end]
    event_type = incident_type(triggers)
    places = [p.to_dict() for p in entry.places]
    perpetrators = list(entry.perpetrators)
    targets: list[str] = []
    claims: list[dict] = []
    if match is not None:
        perpetrators = perpetrators or list(match.get("perpetrators") or [])
        targets = list(match.get("targets") or [])
        claims = list(match.get("claims") or [])
        if event_type == "attack":
            event_type = match.get("type") or event_type
    return {
        "id": f"{key}-e{n + 1}",
        "first": date.first.isoformat(),
        "last": date.last.isoformat(),
        "date_text": date.text,
        "date_warnings": list(date.warnings),
        "type": event_type,
        "perpetrators": perpetrators,
        "targets": targets,
        "place": places[0] if places else None,
        "places": places[1:],
        "claims": claims,
        "evidence": [list(view.to_original(entry.start, entry.end))],
        "relations": [],
    }

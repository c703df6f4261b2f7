"""What both incident readers take from a report before either reads it, computed once per report.

The clause reading (``timeline.events``) and the genre reading (``timeline.genres``) both need the
report's matching copy, its incident words and its place candidates; ``extract_article`` reads them
once and hands the same reading to both, instead of each reader finding them again.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.factions import FactionMention, find_factions
from timeline.incident_places import Place, cue_places, gazetteer_places
from timeline.reference import Reference, default_reference
from timeline.sentences import TextView
from timeline.triggers import Trigger, find_triggers


@dataclass(frozen=True)
class ReportReading:
    """A report's text views, trigger words, faction mentions (aliases in capitals matched with their case)
    and place candidates (gazetteer and cue-word ones, unmerged: each reader merges them with its factions)."""

    view: TextView
    triggers: tuple[Trigger, ...]
    factions: tuple[FactionMention, ...]
    gazetteer_places: tuple[Place, ...]
    cue_places: tuple[Place, ...]
    reference: Reference  # the tables it was read with, which the readers after it read too


def read_report(body: str, reference: Reference | None = None) -> ReportReading:
    """The reading of one report's body with ``reference``'s tables (default: the shipped ones)."""
    reference = reference or default_reference()
    view = TextView(body)
    return ReportReading(
        view,
        tuple(find_triggers(view.flat, reference.triggers)),
        tuple(find_factions(view.flat, view.original, view.to_norm, reference.factions)),
        tuple(gazetteer_places(view, reference.gazetteer)),
        tuple(cue_places(view)),
        reference,
    )

"""What both incident readers take from a report before either reads it, computed once per report.

The clause reading (``timeline.events``) and the genre reading (``timeline.genres``) both need the
report's matching copy, its incident words and its place candidates; ``extract_article`` reads them
once and hands the same reading to both, instead of each reader finding them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.factions import FactionMention, find_factions
from timeline.incident_places import Place, cue_places, gazetteer_places, merge_candidates
from timeline.sentences import TextView
from timeline.triggers import Trigger, find_triggers

if TYPE_CHECKING:  # the reference imports the readers of this module's callers
    from timeline.reference import Reference


@dataclass(frozen=True)
class ReportReading:
    """A report's text views, trigger words, faction mentions (aliases in capitals matched with their case)
    and place candidates (gazetteer and cue-word ones, and both merged: the clause reader and the genre reader
    start from the same merge, unless the genre reader finds factions by their case)."""

    view: TextView
    triggers: tuple[Trigger, ...]
    factions: tuple[FactionMention, ...]
    gazetteer_places: tuple[Place, ...]
    cue_places: tuple[Place, ...]
    places: tuple[Place, ...]  # both kinds merged with ``factions`` (``merge_candidates``), as both readers take them
    reference: Reference  # the tables it was read with, which the readers after it read too


def read_report(body: str, reference: Reference | None = None) -> ReportReading:
    """The reading of one report's body with ``reference``'s tables (default: the shipped ones)."""
    if reference is None:
        from timeline.reference import default_reference  # imported here: the reference imports this module's users

        reference = default_reference()
    view = TextView(body)
    triggers = tuple(find_triggers(view.flat, reference.triggers, view.flat_tokens))
    factions = tuple(find_factions(view.flat, view.original, view.to_norm, reference.factions, view.flat_tokens))
    gazetteer = gazetteer_places(view, reference.gazetteer, reference.places)
    cues = cue_places(view, reference.places)
    names = [(f.start, f.end) for f in factions]
    return ReportReading(
        view,
        triggers,
        factions,
        tuple(gazetteer),
        tuple(cues),
        tuple(merge_candidates(list(gazetteer), list(cues), view.flat, names, reference.places)),
        reference,
    )

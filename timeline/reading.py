"""What both incident readers take from a report before either reads it, computed once per report.

The clause reading (``timeline.events``) and the genre reading (``timeline.genres``) both need the
report's matching copy, its incident words and its place candidates; ``extract_article`` reads them
once and hands the same reading to both, instead of each reader finding them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
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
    and place candidates (gazetteer and cue-word ones, unmerged; ``places``: merged with these factions, as both
    readers take them unless the genre reader finds factions by their case)."""

    view: TextView
    triggers: tuple[Trigger, ...]
    factions: tuple[FactionMention, ...]
    gazetteer_places: tuple[Place, ...]
    cue_places: tuple[Place, ...]
    reference: Reference  # the tables it was read with, which the readers after it read too

    @cached_property
    def places(self) -> tuple[Place, ...]:
        """The place candidates merged with the reading's factions (``merge_candidates``), in text order: the clause
        reader and the genre reader both start from them, so they are merged once."""
        names = [(f.start, f.end) for f in self.factions]
        return tuple(
            merge_candidates(
                list(self.gazetteer_places), list(self.cue_places), self.view.flat, names, self.reference.places
            )
        )


def read_report(body: str, reference: Reference | None = None) -> ReportReading:
    """The reading of one report's body with ``reference``'s tables (default: the shipped ones)."""
    if reference is None:
        from timeline.reference import default_reference  # imported here: the reference imports this module's users

        reference = default_reference()
    view = TextView(body)
    return ReportReading(
        view,
        tuple(find_triggers(view.flat, reference.triggers, view.flat_tokens)),
        tuple(find_factions(view.flat, view.original, view.to_norm, reference.factions, view.flat_tokens)),
        tuple(gazetteer_places(view, reference.gazetteer, reference.places)),
        tuple(cue_places(view, reference.places)),
        reference,
    )

"""The reference tables of extraction, loaded into one immutable object that is passed in.

Every table the extraction path reads (event types, the date word lists and grammar, factions and their
aliases, trigger words, the gazetteer, ...) is a field of ``Reference``, grouped in one small typed
dataclass per stage, each built by a pure builder in the stage's own module (``FactionTables.build``,
``TriggerTables.build``, ...): the word lists stay data, the module keeps its matcher. ``Reference.load``
reads them all from a data folder, with no cache, so an analyst can run with an extended copy of ``data/``
and two references never share state. ``default_reference()`` is the one process-wide object, for the
callers that pass none. A reference pickles (a Dask worker unpickles one per process, not per report).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from timeline.catalogue import CatalogueCues, read_cues
from timeline.claims import ClaimTables
from timeline.dates.grammar import DateTables
from timeline.entry_into_force import EntryIntoForceCues, cue_pattern
from timeline.event_types import EventTypes, load_event_types
from timeline.events import EventTables
from timeline.factbox import FactBoxTables
from timeline.factions import FactionTables
from timeline.incident_places import PlaceTables
from timeline.numbers import NumberTables
from timeline.paths import DATA_DIR
from timeline.places import Gazetteer
from timeline.readers.tables import ReaderTables
from timeline.report_incidents import ReportTables
from timeline.roles import RoleTables
from timeline.sentences import SentenceGrammar
from timeline.triggers import TriggerTables


@dataclass(frozen=True, eq=False)
class Reference:
    """Every table extraction reads, loaded from ``data_dir`` (None: the shipped ``data/``)."""

    data_dir: Path | None
    readers: ReaderTables
    event_types: EventTypes
    sentences: SentenceGrammar
    dates: DateTables
    factions: FactionTables
    triggers: TriggerTables
    gazetteer: Gazetteer
    places: PlaceTables
    numbers: NumberTables
    claims: ClaimTables
    events: EventTables
    catalogue: CatalogueCues
    fact_box: FactBoxTables
    roles: RoleTables
    report: ReportTables
    entry_into_force: EntryIntoForceCues  # a "before"/"after" word and an entry-into-force phrase after it

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Reference:
        """Read every table of ``data_dir`` (default the shipped ``data/``); a bad row is an error naming its file."""
        folder = data_dir or DATA_DIR
        triggers = TriggerTables.build(folder)
        return cls(
            data_dir=data_dir,
            readers=ReaderTables.build(folder),
            event_types=load_event_types(data_dir / "event_types.csv" if data_dir else None),
            sentences=SentenceGrammar.load(folder),
            dates=DateTables.build(folder),
            factions=FactionTables.build(folder),
            triggers=triggers,
            gazetteer=Gazetteer(folder),
            places=PlaceTables.build(folder),
            numbers=NumberTables.build(folder),
            claims=ClaimTables.build(folder, triggers),
            events=EventTables.build(folder),
            catalogue=read_cues(folder / "lexicon" / "catalogue_cues.csv"),
            fact_box=FactBoxTables.build(folder),
            roles=RoleTables.build(folder),
            report=ReportTables.build(folder),
            entry_into_force=cue_pattern(folder / "lexicon" / "entry_into_force_cues.csv"),
        )


@cache
def default_reference() -> Reference:
    """The reference of the shipped ``data/``, loaded once per process (for callers that are given none)."""
    return Reference.load()

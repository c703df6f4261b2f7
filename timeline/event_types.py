"""The event types (``data/event_types.csv``): one row per type with everything a stage needs to know about
it — its English and Arabic labels, how a verdict names it, its ACLED event and sub-event type, which types
an outlet may use for the same act, and the properties extraction reads — so adding or renaming a type is
editing one row, not four modules and three YAML files. The trigger words of each type stay cue words in
``data/lexicon/triggers.csv``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from timeline.paths import DATA_DIR

EVENT_TYPES_FILE = DATA_DIR / "event_types.csv"
LANGS = ("en", "ar")
# ACLED's codebook (2023): each event type with its sub-event types. Our types map into it, nothing else.
ACLED_CODEBOOK: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {
        "Battles": frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}),
        "Explosions/Remote violence": frozenset(
            {
                "Chemical weapon",
                "Air/drone strike",
                "Suicide bomb",
                "Shelling/artillery/missile attack",
                "Remote explosive/landmine/IED",
                "Grenade",
            }
        ),
        "Violence against civilians": frozenset({"Sexual violence", "Attack", "Abduction/forced disappearance"}),
        "Protests": frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}),
        "Riots": frozenset({"Violent demonstration", "Mob violence"}),
        "Strategic developments": frozenset(
            {
                "Agreement",
                "Arrests",
                "Change to group/activity",
                "Disrupted weapons use",
                "Headquarters or base established",
                "Looting/property destruction",
                "Non-violent transfer of territory",
                "Other",
            }
        ),
    }
)
# A direct attack whose only targets are civilians (``acled_on_civilians``), as ACLED codes it.
ACLED_ON_CIVILIANS = ("Violence against civilians", "Attack")
# specific: a kind of incident; general: the word for any attack, which a retelling may name more
# precisely (exactly one row); unknown: kind not known (exactly one row).
KINDS = ("specific", "general", "unknown")
# remote: fire from a distance (shelling, air strikes); ground: fighting and explosions on the spot.
MEANS = ("remote", "ground")
FLAGS = ("yes", "no")
COLUMNS = (
    "id",
    "label_en",
    "label_ar",
    "verdict_en",
    "verdict_ar",
    "acled_event_type",
    "acled_sub_event_type",
    "acled_on_civilians",
    "merge_group",
    "merge_precedence",
    "means",
    "kind",
    "distinctive",
    "mutual",
    "aircraft",
    "needs_actor_or_toll",
    "description",
)


class EventTypeTableError(ValueError):
    """A row of the event-type table that cannot be used (the message names the file and row)."""


@dataclass(frozen=True)
class EventType:
    """One row of ``data/event_types.csv``."""

    id: str
    label_en: str  # charts, dashboard, briefings
    label_ar: str
    verdict_en: str  # how a verdict's one-line reason names an incident of this type
    verdict_ar: str
    acled_event_type: str  # empty for the unknown kind
    acled_sub_event_type: str
    acled_on_civilians: bool  # only civilians targeted: ACLED's "Violence against civilians / Attack"
    merge_group: str  # reports of types in one group may tell one incident; empty = the unknown kind
    merge_precedence: int | None  # the type an incident gets when its reports name types equally often: lowest
    means: str | None  # remote | ground: one side's shelling and its ground attack on one day are two incidents
    kind: str  # specific | general | unknown
    distinctive: bool  # its trigger names the incident better than any other word of the clause
    mutual: bool  # a fight between two sides: each side named is a party
    aircraft: bool  # its trigger words name aircraft, which "تابعة ل" gives an owner
    needs_actor_or_toll: bool  # a clause of it with a place but no perpetrator nor figure is no incident
    description: str

    def label(self, lang: str) -> str:
        return self.label_ar if lang == "ar" else self.label_en

    def verdict_word(self, lang: str) -> str:
        return self.verdict_ar if lang == "ar" else self.verdict_en


@dataclass(frozen=True)
class EventTypes:
    """The loaded table: rows in file order, looked up by id."""

    rows: tuple[EventType, ...]
    by_id: MappingProxyType[str, EventType]
    general: str  # the id of the general kind ("attack")
    unknown: str  # the id of the unknown kind ("other")
    # The ids of the types with each property, for the matchers' membership tests.
    distinctive: frozenset[str]
    mutual: frozenset[str]
    aircraft: frozenset[str]
    needs_actor_or_toll: frozenset[str]
    by_precedence: tuple[str, ...]  # the ids with a merge_precedence, lowest first

    def __getstate__(self) -> dict:
        """Pickled with a plain dict for the read-only ``by_id`` (a mapping proxy does not pickle)."""
        return self.__dict__ | {"by_id": dict(self.by_id)}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state | {"by_id": MappingProxyType(state["by_id"])})

    def get(self, type_id: str | None) -> EventType | None:
        return self.by_id.get(type_id) if type_id is not None else None

    def ids(self) -> tuple[str, ...]:
        return tuple(row.id for row in self.rows)

    def is_unknown(self, type_id: str | None) -> bool:
        """Whether ``type_id`` is the unknown kind ("other"); an id the table lacks is not."""
        return type_id == self.unknown

    def means(self, type_id: str | None) -> str | None:
        row = self.by_id.get(type_id) if type_id is not None else None
        return row.means if row else None

    def label(self, type_id: str, lang: str) -> str | None:
        row = self.by_id.get(type_id)
        return row.label(lang) if row else None


def _flag(value: str, column: str, where: str) -> bool:
    if value not in FLAGS:
        raise EventTypeTableError(f"{where}: {column} must be yes or no, not {value!r}")
    return value == "yes"


def _row(raw: dict[str, str], where: str) -> EventType:
    missing = [column for column in COLUMNS if raw.get(column) is None]
    if missing:
        raise EventTypeTableError(f"{where}: missing column(s) {', '.join(missing)}")
    cell = {column: raw[column].strip() for column in COLUMNS}
    for column in ("id", "label_en", "label_ar", "verdict_en", "verdict_ar"):
        if not cell[column]:
            raise EventTypeTableError(f"{where}: empty {column}")
    if cell["kind"] not in KINDS:
        raise EventTypeTableError(f"{where}: kind must be one of {', '.join(KINDS)}, not {cell['kind']!r}")
    event_type, sub_event_type = cell["acled_event_type"], cell["acled_sub_event_type"]
    if (event_type or sub_event_type) and sub_event_type not in ACLED_CODEBOOK.get(event_type, ()):
        raise EventTypeTableError(f"{where}: {event_type!r} / {sub_event_type!r} is not in ACLED's codebook")
    if cell["means"] and cell["means"] not in MEANS:
        raise EventTypeTableError(f"{where}: means must be one of {', '.join(MEANS)}, not {cell['means']!r}")
    precedence = cell["merge_precedence"]
    if precedence and not precedence.isdigit():
        raise EventTypeTableError(f"{where}: merge_precedence must be a whole number, not {precedence!r}")
    flags = {
        column: _flag(cell[column], column, where)
        for column in ("acled_on_civilians", "distinctive", "mutual", "aircraft", "needs_actor_or_toll")
    }
    return EventType(
        id=cell["id"],
        label_en=cell["label_en"],
        label_ar=cell["label_ar"],
        verdict_en=cell["verdict_en"],
        verdict_ar=cell["verdict_ar"],
        acled_event_type=event_type,
        acled_sub_event_type=sub_event_type,
        merge_group=cell["merge_group"],
        merge_precedence=int(precedence) if precedence else None,
        means=cell["means"] or None,
        kind=cell["kind"],
        description=cell["description"],
        **flags,
    )


def _one_of_kind(rows: list[EventType], kind: str, path: Path) -> str:
    ids = [row.id for row in rows if row.kind == kind]
    if len(ids) != 1:
        raise EventTypeTableError(f"{path}: exactly one type must be of kind {kind}, not {len(ids)} ({ids})")
    return ids[0]


@cache
def event_types(path: Path | None = None) -> EventTypes:
    """The event-type table (``EVENT_TYPES_FILE`` unless ``path``), read and checked once, for the stages after
    extraction (merge, agreements, export, charts); extraction reads its ``timeline.reference.Reference``'s."""
    return load_event_types(path)


def load_event_types(path: Path | None = None) -> EventTypes:
    """Read and check the event-type table (``EVENT_TYPES_FILE`` unless ``path``)."""
    path = path or EVENT_TYPES_FILE
    rows: list[EventType] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, raw in enumerate(csv.DictReader(handle), start=2):
            row = _row(raw, f"{path}, row {line}")
            if any(row.id == seen.id for seen in rows):
                raise EventTypeTableError(f"{path}, row {line}: type {row.id!r} given twice")
            if (row.kind == "unknown") != (not row.merge_group):
                raise EventTypeTableError(f"{path}, row {line}: only the unknown kind has no merge_group")
            rows.append(row)
    return EventTypes(
        rows=tuple(rows),
        by_id=MappingProxyType({row.id: row for row in rows}),
        general=_one_of_kind(rows, "general", path),
        unknown=_one_of_kind(rows, "unknown", path),
        distinctive=frozenset(row.id for row in rows if row.distinctive),
        mutual=frozenset(row.id for row in rows if row.mutual),
        aircraft=frozenset(row.id for row in rows if row.aircraft),
        needs_actor_or_toll=frozenset(row.id for row in rows if row.needs_actor_or_toll),
        by_precedence=tuple(
            row.id
            for row in sorted(rows, key=lambda row: row.merge_precedence or 0)
            if row.merge_precedence is not None
        ),
    )

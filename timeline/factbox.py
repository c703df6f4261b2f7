"""A report's fact box: "- التاريخ: …", "- الموقع: …", "- القتلى: …" lines that state its incident.

Investigations open with such a box, then retell the incident from many sources (videos, posts,
agencies), each with its own dates and figures. The box is the report's own statement of when,
where, how many and by whom; the narrative's retellings at the same place add claims to it rather
than making incidents of their own. Labels are rows of ``data/lexicon/fact_labels.csv``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.claims import figures
from timeline.dates import DateMention
from timeline.factions import FactionMention
from timeline.frozen import freeze_fields
from timeline.incident_places import Place
from timeline.lexregex import trie_pattern
from timeline.normalize import normalize_term
from timeline.numbers import find_counts
from timeline.paths import DATA_DIR, LEXICON_DIR
from timeline.places import Gazetteer, place_by_name
from timeline.sentences import TextView

if TYPE_CHECKING:
    from timeline.reference import Reference

LABELS_CSV = LEXICON_DIR / "fact_labels.csv"
FIELDS = (
    "place",
    "date",
    "time",
    "target",
    "killed",
    "wounded",
    "munition",
    "perpetrator",
    "type",
    "casualties",
    "governorate",
    "victim",  # a victims' list: each row names one person killed (timeline/records.py)
    "number",  # the entry's number or code ("رقم الحادثة: LAT-01"): read as no other field
)
# A box has a date and at least this many labelled lines in a row.
MIN_LINES = 3
_NAME = re.compile(r"[^:،,;/\-–\n]*[^\s:،,;/\-–\n][^:،,;/\-–\n]*")
# Possessive blanks (``*+``): a line of thousands of blanks (page furniture blanked out of the body) is
# not re-split between the three parts at every length (that backtracking took minutes).
# Matched at the start of each line that has a colon (a scan of the whole text tries every position).
_LABEL_LIKE = re.compile(r"[ \t]*+[-•*]?[ \t]*+[^\n:]{2,40}:")
_NUMBER = re.compile(r"(?<!\d)(\d{1,5})(?!\d)")


class LabelTableError(ValueError):
    """A row of the label table is malformed (the message names the file and the row)."""


def read_labels(path: Path = LABELS_CSV) -> dict[str, str]:
    """Normalized label -> field, checked."""
    table: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for row_no, row in enumerate(csv.DictReader(fh), start=2):
            label, field = (row.get("label") or "").strip(), row.get("field")
            if not label or field not in FIELDS:
                raise LabelTableError(f"{path}: row {row_no}: needs a label and a field among {FIELDS}")
            key = normalize_term(label).lower()
            if key in table:
                raise LabelTableError(f"{path}: row {row_no}: {label!r} is listed twice")
            table[key] = field
    return table


@dataclass(frozen=True, eq=False)
class FactBoxTables:
    """The label table and the pattern of a labelled line (``FactBoxTables.build``), held by the
    ``timeline.reference.Reference``."""

    labels: dict[str, str]  # normalized label -> field
    line_pattern: re.Pattern

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR) -> FactBoxTables:
        labels = read_labels(data_dir / "lexicon" / "fact_labels.csv")
        return cls(labels, _line_pattern(labels))


def _line_pattern(labels: dict[str, str]) -> re.Pattern:
    words = trie_pattern(labels)
    return re.compile(rf"^[ \t]*[-•]?[ \t]*(?P<label>{words})[ \t]*:[ \t]*(?P<value>[^\n]*)$", re.M | re.I)


@dataclass(frozen=True)
class FactBox:
    """The incident a fact box states, and where the box stands ([start, end) of the matching copy)."""

    start: int
    end: int
    date: DateMention
    places: tuple[Place, ...]
    killed: int | None
    wounded: int | None
    perpetrators: tuple[str, ...]


def could_have_fact_box(text: str) -> bool:
    """A cheap first test on the raw text: enough short "label: value" lines for a box."""
    found = 0
    for line in text.split("\n"):
        if ":" in line and _LABEL_LIKE.match(line):
            found += 1
            if found == MIN_LINES:
                return True
    return False


def find_fact_box(
    view: TextView,
    dates: list[DateMention],
    places: list[Place],
    factions: list[FactionMention],
    reference: Reference | None = None,
) -> FactBox | None:
    """The report's first fact box, or None when it has none (or one without a date); read with ``reference``'s
    labels, gazetteer and number words (default: the shipped ones)."""
    if reference is None:
        from timeline.reference import default_reference  # imported here: the reference imports this module

        reference = default_reference()
    labels = reference.fact_box.labels
    for lines in _runs(view.flat, reference.fact_box.line_pattern):
        if len(lines) < MIN_LINES:
            continue
        fields: dict[str, tuple[int, int]] = {}
        for m in lines:
            fields.setdefault(labels[normalize_term(m.group("label")).lower()], m.span("value"))
        date = _date_in(view, dates, fields.get("date"))
        if date is None:
            continue
        where = fields.get("place", (0, 0))
        here = [p for p in places if where[0] <= p.start < where[1]] or named_places(view, *where, reference.gazetteer)
        specific = [p for p in here if (p.precision or 1) < 3] or here
        who = fields.get("perpetrator", (0, 0))
        perpetrators = tuple(dict.fromkeys(f.faction for f in factions if who[0] <= f.start < who[1]))
        killed = _figure(view.flat, fields.get("killed"), reference.numbers.cardinals)
        wounded = _figure(view.flat, fields.get("wounded"), reference.numbers.cardinals)
        if killed is None and wounded is None and "casualties" in fields:
            killed, wounded = _casualties(view.flat, fields["casualties"], reference)
        return FactBox(
            lines[0].start(),
            lines[-1].end(),
            date,
            tuple(reversed(specific)),  # "حمص: تلبيسة": the last name is the most specific
            killed,
            wounded,
            perpetrators,
        )
    return None


def _runs(flat: str, line_pattern: re.Pattern) -> list[list[re.Match]]:
    """Labelled lines, grouped into runs of consecutive lines."""
    runs: list[list[re.Match]] = []
    for m in line_pattern.finditer(flat):
        if runs and flat[runs[-1][-1].end() : m.start()].strip() == "":
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def named_places(view: TextView, start: int, end: int, gaz: Gazetteer) -> list[Place]:
    """The names of a place line ("حمص: تلبيسة"), read one by one against the gazetteer, broadest first."""
    out = []
    for m in _NAME.finditer(view.flat, start, end):
        o_start, o_end = view.to_original(m.start(), m.end())
        text = view.original[o_start:o_end].strip()
        known = place_by_name(text, gaz)
        if known is None:
            out.append(Place(m.start(), m.end(), text))
            continue
        out.append(Place.of_known(m.start(), m.end(), text, known))
    return out


def _date_in(view: TextView, dates: list[DateMention], span: tuple[int, int] | None) -> DateMention | None:
    if span is None:
        return None
    for d in dates:
        if span[0] <= view.to_norm(d.start) < span[1] and d.first is not None:
            return d
    return None


def _casualties(flat: str, span: tuple[int, int], reference: Reference) -> tuple[int | None, int | None]:
    """(killed, wounded) a casualties line states ("عدد الضحايا: 3 قتلى و5 جرحى", "Toll: 2 killed, 6 injured"): the
    first figure of each kind."""
    counts = find_counts(flat, span[0], span[1], reference.numbers)
    told = figures(flat, span[0], span[1], counts, [], reference.claims)
    killed = next((f.count.value for f in told if f.kind == "killed" and not f.subset), None)
    wounded = next((f.count.value for f in told if f.kind == "wounded" and not f.subset), None)
    return killed, wounded


def _figure(flat: str, span: tuple[int, int] | None, cardinals: dict[str, int]) -> int | None:
    """The number a figure line gives ("18", "ثمانية عشر" is read word by word), None when empty."""
    if span is None:
        return None
    value = flat[span[0] : span[1]]
    number = _NUMBER.search(value)
    if number:
        return int(number.group(1))
    words = value.split()
    return cardinals.get(words[0]) if words else None

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
from functools import cache
from pathlib import Path

from timeline.dates import DateMention
from timeline.factions import FactionMention
from timeline.incident_places import Place
from timeline.lexregex import trie_pattern
from timeline.normalize import normalize_term
from timeline.numbers import cardinals
from timeline.paths import LEXICON_DIR
from timeline.places import place_by_name
from timeline.sentences import TextView

LABELS_CSV = LEXICON_DIR / "fact_labels.csv"
FIELDS = ("place", "date", "time", "target", "killed", "wounded", "munition", "perpetrator")
# A box has a date and at least this many labelled lines in a row.
MIN_LINES = 3
_NAME = re.compile(r"[^:،,;/\-–\n]*[^\s:،,;/\-–\n][^:،,;/\-–\n]*")
_LABEL_LIKE = re.compile(r"^[ \t]*[-•*]?[ \t]*[^\n:]{2,40}:", re.M)
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


@cache
def labels() -> dict[str, str]:
    return read_labels()


@cache
def _line_pattern() -> re.Pattern:
    words = trie_pattern(labels())
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
    return len(_LABEL_LIKE.findall(text)) >= MIN_LINES


def find_fact_box(
    view: TextView, dates: list[DateMention], places: list[Place], factions: list[FactionMention]
) -> FactBox | None:
    """The report's first fact box, or None when it has none (or one without a date)."""
    for lines in _runs(view.flat):
        if len(lines) < MIN_LINES:
            continue
        fields: dict[str, tuple[int, int]] = {}
        for m in lines:
            fields.setdefault(labels()[normalize_term(m.group("label")).lower()], m.span("value"))
        date = _date_in(view, dates, fields.get("date"))
        if date is None:
            continue
        where = fields.get("place", (0, 0))
        here = [p for p in places if where[0] <= p.start < where[1]] or _named(view, *where)
        specific = [p for p in here if (p.precision or 1) < 3] or here
        who = fields.get("perpetrator", (0, 0))
        perpetrators = tuple(dict.fromkeys(f.faction for f in factions if who[0] <= f.start < who[1]))
        return FactBox(
            lines[0].start(),
            lines[-1].end(),
            date,
            tuple(reversed(specific)),  # "حمص: تلبيسة": the last name is the most specific
            _figure(view.flat, fields.get("killed")),
            _figure(view.flat, fields.get("wounded")),
            perpetrators,
        )
    return None


def _runs(flat: str) -> list[list[re.Match]]:
    """Labelled lines, grouped into runs of consecutive lines."""
    runs: list[list[re.Match]] = []
    for m in _line_pattern().finditer(flat):
        if runs and flat[runs[-1][-1].end() : m.start()].strip() == "":
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _named(view: TextView, start: int, end: int) -> list[Place]:
    """The names of a place line ("حمص: تلبيسة"), read one by one against the gazetteer, broadest first."""
    out = []
    for m in _NAME.finditer(view.flat, start, end):
        o_start, o_end = view.to_original(m.start(), m.end())
        text = view.original[o_start:o_end].strip()
        known = place_by_name(text)
        if known is None:
            out.append(Place(m.start(), m.end(), text))
            continue
        fields = (known.admin1, known.admin2, known.admin3, known.pcode, known.lat, known.lon, known.precision)
        out.append(Place(m.start(), m.end(), text, known.name_en, known.name_ar, *fields, known.kind))
    return out


def _date_in(view: TextView, dates: list[DateMention], span: tuple[int, int] | None) -> DateMention | None:
    if span is None:
        return None
    for d in dates:
        if span[0] <= view.to_norm(d.start) < span[1] and d.first is not None:
            return d
    return None


def _figure(flat: str, span: tuple[int, int] | None) -> int | None:
    """The number a figure line gives ("18", "ثمانية عشر" is read word by word), None when empty."""
    if span is None:
        return None
    value = flat[span[0] : span[1]]
    number = _NUMBER.search(value)
    if number:
        return int(number.group(1))
    words = value.split()
    return cardinals().get(words[0]) if words else None

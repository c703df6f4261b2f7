"""Incident records: lists that state each incident's facts under labels rather than in sentences.

Monitors lay incident lists out in two such ways:

- field blocks, one per incident: "التاريخ: …" / "المكان: …" / "الجهة المنفذة: …" / "الضحايا: …" lines (or
  "Date: … / Location: … / Perpetrator: …"), or the same fields on one line between separators
  ("Date: … | Location: … | Casualties: …");
- plain-text tables: a header row naming the columns (date | place | type | killed | wounded), then one row per
  incident, the cells between pipes ("| … | … |", Markdown's layout) or tabs;
- victims' lists (a documentation centre's database): a field block or a table row per person killed, with a name
  field ("الاسم", "Name"); ``timeline.genres`` reads the rows of one day, place and cause as one incident.

The clause reading finds little in them (no verbs, no sentences, a date far from its town), so each record is
read as one incident from its labelled values. Labels and column headers are the rows of
``data/lexicon/fact_labels.csv`` (the fact box's labels; ``timeline.factbox``). A record is read from the text as
it stands (``TextView.original``: tabs and pipes are blanked or merged in the matching copy), its values'
spans given on the matching copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.normalize import normalize_term
from timeline.sentences import TextView

# A report is read as a list of records when it has at least this many, each with a date.
MIN_RECORDS = 2
# A field block has at least this many labelled lines; a record on one line at least this many labelled parts.
MIN_BLOCK_FIELDS = 3
MIN_LINE_FIELDS = 2
# A table row has at least this many cells.
MIN_CELLS = 3
_LABEL_CHARS = 40  # a label is short: a longer text before a colon is prose
_QUALIFIER_WORDS = 3  # words a label may carry besides a table's label ("المرجحة", "of the attack")
# Between the fields of a one-line record: a pipe, a tab, a semicolon, or a slash with blanks around it.
_JOINING_SEPARATORS = (";", "؛", "/")  # (not "|" nor a tab: a table's cells)
_FIELD_SEPARATOR = re.compile(r"\s*(?:[|\t;؛]|\s/\s)\s*")
# A comma before a label ends a field too ("التاريخ: 9 آب، المكان: سرمين"), not one inside a value ("خان شيخون، ريف
# إدلب"): the words between the comma and the next colon must be a label.
_COMMA_LABEL = re.compile(r"[،,]\s*(?P<label>[^،,:|\t\n]{1,40}):")
_BULLET = re.compile(r"[\s\-–•*·]*")
_LABEL_MARKS = " \t*_#"  # Markdown's bold or heading marks around a label ("**Date:**")
_NON_BLANK = re.compile(r"\S")
# A line opening with a bold label ("- **الرابط:** …", "**Notes**: …"): a field, even one the labels do not know.
_BOLD_LABEL = re.compile(r"[\s\-–•·]*\*\*[^*:\n]{1,40}(?::\*\*|\*\*:)")
_RULE_CELL = re.compile(r"\s*:?-{2,}:?\s*")  # "---", ":---:": a Markdown table's rule under its header


@dataclass(frozen=True)
class Record:
    """One incident's labelled values: (field, start, end) of each on the matching copy (the first value of a
    field repeated is its own), and the span [start, end) of the whole record there."""

    start: int
    end: int
    fields: tuple[tuple[str, int, int], ...]

    def span(self, field: str) -> tuple[int, int] | None:
        """The span of the field's value, or None when the record has no such field."""
        return next(((s, e) for f, s, e in self.fields if f == field), None)


def could_have_records(text: str) -> bool:
    """A cheap first test on the raw text: a table (``could_be_table``), or at least ``MIN_RECORDS`` lines with
    ``MIN_LINE_FIELDS`` colons or more (records on one line each; a field block has a fact box's lines)."""
    if could_be_table(text):
        return True
    if text.count(":") < MIN_RECORDS * MIN_LINE_FIELDS:
        return False
    lines = _lines_with(text, ":")
    return sum(_field_colons(text, start, end) >= MIN_LINE_FIELDS for start, end in lines) >= MIN_RECORDS


def _field_colons(text: str, start: int, end: int) -> int:
    """The colons of text[start:end] that may end a label: not a link's ("https://")."""
    return text.count(":", start, end) - text.count("://", start, end)


def could_be_table(text: str) -> bool:
    """A cheap first test on the raw text: at least two lines with cells (a header and a row)."""
    if "|" not in text and "\t" not in text:
        return False
    return len(_row_lines(text)) >= 2


def find_records(view: TextView, labels: dict[str, str]) -> list[Record]:
    """The field blocks, one-line records and table rows of the text, in text order (``labels``: normalized
    label -> field, the reference's fact-box labels)."""
    text = view.original
    records = _field_records(view, _lines_with(text, ":"), labels)
    rows = _row_lines(text) if "|" in text or "\t" in text else []
    if len(rows) >= 2:
        records += _table_records(view, rows, labels)
    return sorted(records, key=lambda r: r.start)


def _lines_with(text: str, char: str) -> list[tuple[int, int]]:
    """[start, end) of each line holding ``char``, in text order: found by ``str.find`` from one to the next (a
    walk over every line of a long report costs more)."""
    out = []
    at = text.find(char)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        out.append((start, end))
        at = text.find(char, end)
    return out


def _row_lines(text: str) -> list[tuple[int, str]]:
    """(start, line) of each line with cells: ``MIN_CELLS - 1`` pipes or tabs or more, in text order."""
    rows = {
        start: text[start:end]
        for char in ("|", "\t")
        for start, end in _lines_with(text, char)
        if text.count(char, start, end) >= MIN_CELLS - 1
    }
    return sorted(rows.items())


def _field(label: str, labels: dict[str, str]) -> str | None:
    """The field a label names: a label of the table, or one with up to ``_QUALIFIER_WORDS`` words of its own after
    it ("الجهة المسؤولة المرجحة", "Date of the attack") or before it ("Probable perpetrator")."""
    label = label.strip(_LABEL_MARKS)
    if not label or len(label) > _LABEL_CHARS:
        return None
    key = normalize_term(label).lower()
    if key in labels:
        return labels[key]
    words = key.split()
    for cut in range(1, min(_QUALIFIER_WORDS, len(words) - 1) + 1):
        for head in (" ".join(words[:-cut]), " ".join(words[cut:])):
            if head in labels:
                return labels[head]
    return None


def _opens_with_label(text: str, start: int, end: int, labels: dict[str, str]) -> bool:
    """text[start:end] (a line) opens with a label and its colon (not a link's "https:")."""
    opening = _BULLET.match(text, start, end).end()
    colon = text.find(":", opening, min(end, opening + _LABEL_CHARS + len(_LABEL_MARKS)))
    return colon >= 0 and not text.startswith("//", colon + 1) and _field(text[opening:colon], labels) is not None


def _labelled_parts(start: int, line: str, labels: dict[str, str]) -> list[tuple[str, int, int]]:
    """(field, start, end) of each "label: value" part of a line that opens with a labelled part
    (``_opens_with_label``: the caller has asked), original offsets, parts cut at separators."""
    cuts = [m.span() for m in _FIELD_SEPARATOR.finditer(line)]
    if "," in line or "،" in line:
        cuts += [(m.start(), m.start("label")) for m in _COMMA_LABEL.finditer(line) if _field(m["label"], labels)]
    parts: list[tuple[str, int, int]] = []
    pos = 0
    joined = False  # the part after a ";" or " / " with no label of its own goes on with the value before it
    for cut_start, cut_end in [*sorted(cuts), (len(line), len(line))]:
        if cut_start < pos:
            continue  # (a comma cut inside a separator's)
        part_start = _BULLET.match(line, pos).end()
        colon = line.find(":", part_start, cut_start)
        field = _field(line[part_start:colon], labels) if colon > 0 else None
        if field is None:
            if not parts:
                return []
            if joined:  # "6 قتلى (الدفاع المدني)؛ 8 قتلى (ناشطون)": both the casualties field's
                parts[-1] = (parts[-1][0], parts[-1][1], start + len(line[:cut_start].rstrip()))
        else:
            value = line[colon + 1 : cut_start]
            value_start = colon + 1 + len(value) - len(value.lstrip(_LABEL_MARKS))
            parts.append((field, start + value_start, start + len(line[:cut_start].rstrip())))
        pos = cut_end
        joined = line[cut_start:cut_end].strip() in _JOINING_SEPARATORS
    return parts


def _field_records(view: TextView, lines: list[tuple[int, int]], labels: dict[str, str]) -> list[Record]:
    """Field blocks (one labelled line after another; a field told again, or a line of prose, ends a block; a bold
    label the labels do not know, "**الوسيلة:** …", is passed over) and one-line records (a line of several labelled
    parts); ``lines``: the lines with a colon."""
    text = view.original
    records: list[Record] = []
    block: list[tuple[str, int, int]] = []

    def close() -> None:
        if len(block) >= MIN_BLOCK_FIELDS:
            records.append(_record(view, block))
        block.clear()

    previous_end = 0
    for start, end in lines:
        if block and _NON_BLANK.search(text, previous_end, start):
            close()  # a line of prose ends a block; blank lines do not
        previous_end = end
        if not _opens_with_label(text, start, end, labels):
            if not (block and _BOLD_LABEL.match(text, start, end)):
                close()
            continue
        parts = _labelled_parts(start, text[start:end], labels)
        if len(parts) >= MIN_LINE_FIELDS:
            close()
            records.append(_record(view, parts))
        elif parts:
            if any(f == parts[0][0] for f, _, _ in block):
                close()  # "التاريخ:" again: the next incident's block
            block.extend(parts)
        else:
            close()
    close()
    return records


def _cells(start: int, line: str) -> list[tuple[int, int]] | None:
    """The cells of a table row (original offsets of their stripped text), or None for no row."""
    if line.count("|") >= MIN_CELLS - 1:
        separator = "|"
    elif line.count("\t") >= MIN_CELLS - 1:
        separator = "\t"
    else:
        return None
    cells, pos = [], 0
    for piece in line.split(separator):
        lead = len(piece) - len(piece.lstrip())
        cells.append((start + pos + lead, start + pos + len(piece.rstrip())))
        pos += len(piece) + 1
    if separator == "|":  # "| a | b |": the blanks outside the outer pipes are no cells
        if cells and cells[0][0] == cells[0][1]:
            cells = cells[1:]
        if cells and cells[-1][0] == cells[-1][1]:
            cells = cells[:-1]
    return cells if len(cells) >= MIN_CELLS else None


def _table_records(view: TextView, lines: list[tuple[int, str]], labels: dict[str, str]) -> list[Record]:
    """The rows under a header row whose cells name at least two fields, one of them the date; the table ends at
    the first line that is no row of as many cells (``lines``: the lines with cells)."""
    text = view.original
    records: list[Record] = []
    header: list[str | None] | None = None
    previous_end = -1
    for start, line in lines:
        if start != previous_end + 1:
            header = None  # a line that is no row ends the table
        previous_end = start + len(line)
        cells = _cells(start, line)
        if cells is None or (header is not None and len(cells) != len(header)):
            header = None
            if cells is None:
                continue
        if header is None:
            named = [_field(text[a:b], labels) for a, b in cells]
            if "date" in named and sum(f is not None for f in named) >= 2:
                header = named
            continue
        if all(_RULE_CELL.fullmatch(text[a:b]) or a == b for a, b in cells):
            continue
        fields = [(f, a, b) for f, (a, b) in zip(header, cells, strict=True) if f is not None and a < b]
        if fields:
            records.append(_record(view, fields))
    return records


def _record(view: TextView, parts: list[tuple[str, int, int]]) -> Record:
    """A record of labelled values at original offsets, its spans moved to the matching copy."""
    fields = tuple((f, view.to_norm(a), view.to_norm(b)) for f, a, b in parts)
    return Record(min(s for _, s, _ in fields), max(e for _, _, e in fields), fields)

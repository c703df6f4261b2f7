"""The word lists the readers use, read from ``data/lexicon`` (analysts extend the CSVs, not the code) into the
``ReaderTables`` the ``timeline.reference.Reference`` holds, with the dateline patterns and the outlet table
compiled from them: a reader is given them, it reads no file of its own."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from timeline.frozen import freeze_fields
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR
from timeline.readers.datelines import DatelinePatterns
from timeline.readers.outlets import OutletTables


def _rows(lexicon_dir: Path, name: str) -> list[dict[str, str]]:
    with (lexicon_dir / name).open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@dataclass(frozen=True, eq=False)
class ReaderTables:
    """The readers' word lists and what is compiled from them (``ReaderTables.build``)."""

    gregorian_months: dict[str, int]  # normalized month name (Levantine, transliterated, English) -> number
    hijri_months: dict[str, int]  # normalized Hijri month name -> number (Hijri/Gregorian header pairs)
    weekdays: dict[str, int]  # normalized weekday name -> Python weekday number (Monday = 0)
    publication_cues: dict[str, tuple[str, ...]]  # kind ('published', 'updated', 'wire', clocks) -> cues, longest first
    time_zones: dict[str, str]  # normalized city or zone printed after a time -> IANA zone name
    page_noise: dict[
        str, tuple[str, ...]
    ]  # match mode ('line', 'prefix', 'note', 'suffix', 'segment', 'class') -> terms
    datelines: DatelinePatterns
    outlets: OutletTables

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR) -> ReaderTables:
        """Read ``data_dir``'s reader tables (``months.csv``, ``weekdays.csv``, ``publication_cues.csv``,
        ``timezones.csv``, ``page_noise.csv``, ``credit_cues.csv``, ``outlets.csv``, ``gazetteer/outlet_words.csv``)."""
        lexicon_dir = data_dir / "lexicon"
        months = _rows(lexicon_dir, "months.csv")
        gregorian = {normalize_term(r["name"]): int(r["month"]) for r in months if r["calendar"] == "gregorian"}
        hijri = {normalize_term(r["name"]): int(r["month"]) for r in months if r["calendar"] == "hijri"}
        weekdays = {normalize_term(r["name"]): int(r["weekday"]) for r in _rows(lexicon_dir, "weekdays.csv")}
        cues: dict[str, list[str]] = {}
        for row in _rows(lexicon_dir, "publication_cues.csv"):
            cues.setdefault(row["kind"], []).append(normalize_term(row["cue"]))
        publication_cues = {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in cues.items()}
        zones = {normalize_term(r["name"]): r["zone"] for r in _rows(lexicon_dir, "timezones.csv")}
        noise: dict[str, list[str]] = {}
        for row in _rows(lexicon_dir, "page_noise.csv"):
            noise.setdefault(row["match"], []).append(normalize_term(row["text"]))
        return cls(
            gregorian_months=gregorian,
            hijri_months=hijri,
            weekdays=weekdays,
            publication_cues=publication_cues,
            time_zones=zones,
            page_noise={mode: tuple(terms) for mode, terms in noise.items()},
            datelines=DatelinePatterns.build(gregorian, hijri, weekdays, zones, publication_cues),
            outlets=OutletTables.build(data_dir),
        )


def default_tables() -> ReaderTables:
    """The default reference's reader tables (for callers that are given none)."""
    from timeline.reference import default_reference  # imported here: the reference imports the readers

    return default_reference().readers

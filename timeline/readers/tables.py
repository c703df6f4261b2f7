"""The word lists the readers use, read once from ``data/lexicon`` (analysts extend the CSVs, not the code)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from timeline.normalize import normalize_term
from timeline.paths import LEXICON_DIR


def _rows(name: str) -> list[dict[str, str]]:
    path = Path(LEXICON_DIR) / name
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@cache
def gregorian_months() -> dict[str, int]:
    """Normalized Gregorian month name (Levantine, transliterated, English) -> month number."""
    return {normalize_term(r["name"]): int(r["month"]) for r in _rows("months.csv") if r["calendar"] == "gregorian"}


@cache
def hijri_months() -> dict[str, int]:
    """Normalized Hijri month name -> month number (used to recognise Hijri/Gregorian header pairs)."""
    return {normalize_term(r["name"]): int(r["month"]) for r in _rows("months.csv") if r["calendar"] == "hijri"}


@cache
def weekdays() -> dict[str, int]:
    """Normalized weekday name -> Python weekday number (Monday = 0)."""
    return {normalize_term(r["name"]): int(r["weekday"]) for r in _rows("weekdays.csv")}


@cache
def publication_cues() -> dict[str, list[str]]:
    """Cue kind ('published', 'updated', 'wire') -> normalized cues, longest first."""
    cues: dict[str, list[str]] = {}
    for row in _rows("publication_cues.csv"):
        cues.setdefault(row["kind"], []).append(normalize_term(row["cue"]))
    return {kind: sorted(words, key=len, reverse=True) for kind, words in cues.items()}


@cache
def time_zones() -> dict[str, str]:
    """Normalized city or zone wording printed after a time -> IANA zone name."""
    return {normalize_term(r["name"]): r["zone"] for r in _rows("timezones.csv")}


@cache
def page_noise() -> dict[str, list[str]]:
    """Match mode ('line', 'prefix', 'suffix', 'segment', 'class') -> normalized page-furniture terms."""
    terms: dict[str, list[str]] = {}
    for row in _rows("page_noise.csv"):
        terms.setdefault(row["match"], []).append(normalize_term(row["text"]))
    return terms

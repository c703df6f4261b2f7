"""Interface strings in English and Arabic, read from ``strings.csv`` so a translator edits a table, not code."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "ar")
STRINGS_FILE = Path(__file__).with_name("strings.csv")


@cache
def _strings() -> dict[str, dict[str, str]]:
    with STRINGS_FILE.open(encoding="utf-8", newline="") as handle:
        return {row["key"]: {lang: row[lang] for lang in LANGUAGES} for row in csv.DictReader(handle)}


def has(key: str) -> bool:
    return key in _strings()


def language(value: str | None) -> str:
    """A supported language code (English unless Arabic is asked for)."""
    return value if value in LANGUAGES else "en"


def t(key: str, lang: str, **values) -> str:
    """The interface string ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    text = _strings()[key][language(lang)]
    return text.format(**values) if values else text


def direction(lang: str) -> str:
    """Text direction of the interface for ``lang``."""
    return "rtl" if language(lang) == "ar" else "ltr"


def other_language(lang: str) -> str:
    return "en" if language(lang) == "ar" else "ar"

"""The one label table (``data/labels.csv``): every English/Arabic string of the charts, the dashboard
and the briefings, so a translator edits one file and a label shared by all three (review states,
verdicts) is written once. Event types are labelled in their own table, ``data/event_types.csv``.

Rows are ``scope,key,en,ar``; ``scope`` is ``shared``, ``chart``, ``dashboard``, ``briefing`` or ``reader``
(why a file or row could not be read). A module reads its own scope plus the shared rows (``labels(scope)``).
"""

from __future__ import annotations

import csv
from functools import cache

from timeline.paths import DATA_DIR

LABELS_FILE = DATA_DIR / "labels.csv"
SCOPES = ("shared", "chart", "dashboard", "briefing", "reader")
LANGS = ("en", "ar")
PLURAL_FORMS = ("one", "two", "few", "many", "other")
"""The forms a counted noun takes (rows ``shared,count_NOUN_FORM``): English uses one/other; Arabic counts
1, 2, 3-10 (plural), 11-99 (singular accusative) and hundreds (singular genitive) differently."""


@cache
def _table() -> dict[str, dict[str, dict[str, str]]]:
    table: dict[str, dict[str, dict[str, str]]] = {scope: {} for scope in SCOPES}
    with LABELS_FILE.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            scope, key = row.get("scope"), row.get("key")
            if scope not in table or not key:
                raise ValueError(f"{LABELS_FILE}, row {line}: unknown scope {scope!r} or empty key")
            if key in table[scope]:
                raise ValueError(f"{LABELS_FILE}, row {line}: {scope} key {key!r} given twice")
            table[scope][key] = {lang: row[lang] for lang in LANGS}
    return table


@cache
def labels(scope: str) -> dict[str, dict[str, str]]:
    """key -> {"en": ..., "ar": ...} for ``scope`` and the shared rows (the scope's own win)."""
    table = _table()
    if scope not in table:
        raise KeyError(f"unknown label scope {scope!r}: use one of {', '.join(SCOPES)}")
    return {**table["shared"], **table[scope]}


def plural_form(n: int, lang: str) -> str:
    """Which of ``PLURAL_FORMS`` a count of ``n`` takes in ``lang`` (the last two digits decide in Arabic:
    103 takes the plural like 3, 111 the singular like 11)."""
    if n == 1:
        return "one"
    if lang == "ar":
        if n == 2:
            return "two"
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
    return "other"


def grouped(value: float) -> str:
    """A figure as every view writes it: thousands grouped ("4,568"), a fraction kept ("2.5")."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def counted(n: int, noun: str, lang: str) -> str:
    """``n`` with ``noun`` in the form the count takes ("1 incident", "1,203 incidents"; "حادثتان", "11 حادثة")."""
    return _table()["shared"][f"count_{noun}_{plural_form(n, lang)}"][lang].format(n=grouped(n))

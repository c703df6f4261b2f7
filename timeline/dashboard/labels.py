"""Readable labels for stored codes in the interface language: the charts' labels, plus review words."""

from __future__ import annotations

import csv
import re
from functools import cache

import pandas as pd

from timeline import charts
from timeline.dashboard.i18n import has, language, t
from timeline.labels import counted
from timeline.paths import DATA_DIR
from timeline.readers.outlets import outlet_label

ANCHOR_LABELS_FILE = DATA_DIR / "date_anchor_labels.csv"
PUBLICATION_OFFSET = re.compile(r"^publication day (?P<day>[\d-]+) (?P<offset>[+-]\d+) day\(s\)$")
"""The dates engine's note for a day counted from the publication day (timeline/dates/resolver.py)."""


def faction_ids() -> list[str]:
    return list(charts.faction_table().index)


def faction(code: str, lang: str) -> str:
    return charts.faction_label(code, language(lang))


def code_label(kind: str, code, lang: str) -> str:
    """Label of ``code`` for a filter or table column ``kind``; unknown codes are shown as they are."""
    lang = language(lang)
    if code is None or code == "" or (isinstance(code, float) and code != code):
        return t("unknown", lang)
    code = str(code)
    if kind == "faction":
        return charts.faction_label(code, lang)
    if kind == "bloc":
        return charts.bloc_label(code, lang)
    if kind == "type":
        return charts.type_label(code, lang)
    if kind in ("admin1", "admin2"):
        return charts.admin_label(code, lang)
    if kind == "outlet":
        return outlet_label(code, lang)
    if kind == "review" and has("review_" + code):
        return t("review_" + code, lang)
    if kind == "violation" and has("verdict_" + code):
        return t("verdict_" + code, lang)
    return code


def factions_text(codes, lang: str) -> str:
    return t("comma", lang).join(faction(code, lang) for code in codes or ()) or t("unknown", lang)


def dates_text(first, last, lang: str) -> str:
    """``first – last`` (one day alone when they agree) as one left-to-right unit in Arabic, so the bidi
    algorithm never swaps the two dates beside Arabic words."""
    if first is None or pd.isna(first):
        return ""
    a = pd.Timestamp(first).date().isoformat()
    b = pd.Timestamp(last).date().isoformat() if last is not None and pd.notna(last) else ""
    text = a if not b or a == b else f"{a} – {b}"
    return charts.ltr(text, language(lang))


def who_text(perpetrators, targets, lang: str) -> str:
    """ "perpetrators → targets"; the arrow points leftwards in Arabic, the way the line reads."""
    arrow = "←" if language(lang) == "ar" else "→"
    return f"{factions_text(perpetrators, lang)} {arrow} {factions_text(targets, lang)}"


@cache
def _anchor_patterns() -> list[tuple[re.Pattern, str]]:
    with ANCHOR_LABELS_FILE.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    patterns = []
    for number, row in enumerate(csv.DictReader(lines), start=2):
        try:
            patterns.append((re.compile(row["pattern"]), row["ar"]))
        except (re.error, KeyError, TypeError) as error:
            raise ValueError(f"{ANCHOR_LABELS_FILE}, row {number}: {error}") from error
    return patterns


def anchor_text(anchor: str | None, lang: str) -> str:
    """What a date was resolved against, or a warning about a date, in ``lang`` (the dates engine and the
    incidents' dating write them in English).

    A day counted from the publication day is said in words in both languages ("the publication day
    itself", "2 days before the publication day"). Any other "; "-separated part is translated by the first
    row of ``data/date_anchor_labels.csv`` whose pattern matches it; a part no row matches stays as it is.
    """
    if not anchor:
        return ""
    lang = language(lang)
    parts = []
    for part in anchor.split("; "):
        offset = PUBLICATION_OFFSET.match(part)
        if offset:
            parts.append(_publication_offset_text(offset, lang))
            continue
        if lang != "ar":
            parts.append(part)
            continue
        for pattern, template in _anchor_patterns():
            match = pattern.match(part)
            if match:
                parts.append(template.format(**{k: charts.ltr(v, "ar") for k, v in match.groupdict().items()}))
                break
        else:
            parts.append(charts.ltr(part, "ar"))
    return ("؛ " if lang == "ar" else "; ").join(parts)


def _publication_offset_text(match: re.Match, lang: str) -> str:
    """ "publication day 2020-03-06 -2 day(s)" in words: "2 days before the publication day (2020-03-06)"."""
    day, offset = charts.ltr(match["day"], lang), int(match["offset"])
    if offset == 0:
        return t("anchor_publication_same", lang, day=day)
    side = "anchor_publication_before" if offset < 0 else "anchor_publication_after"
    return t(side, lang, days=counted(abs(offset), "days", lang), day=day)


def date_kind(kind: str | None, lang: str) -> str:
    return t("date_kind_" + kind, lang) if kind and has("date_kind_" + kind) else kind or ""

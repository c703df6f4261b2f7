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
PUBLICATION_OFFSET = re.compile(r"publication day (?P<day>[\d-]+) (?P<offset>[+-]\d+) day\(s\)")
"""The dates engine's note for a day counted from the publication day (timeline/dates/resolver.py)."""
MONTHS_BEFORE_PUBLICATION = re.compile(
    r"publication day (?P<day>[\d-]+) minus (?P<months>\d+) month\(s\) and (?P<days>\d+) day\(s\)"
)
"""Its note for a day counted back in months (and days) from the publication day."""
PUBLICATION_MONTH_OFFSET = re.compile(r"month (?P<offset>[+-]\d+) from the publication day")
"""Its note for a month counted from the publication day's month ("last month")."""
HIJRI_OFFSET = re.compile(r"Umm al-Qura (?P<date>[\d-]+) AH \+ (?P<days>\d+) day\(s\)")
"""Its note for a day counted from a Hijri date."""
NIGHT_OF = "night "
"""The prefix of its note for a night counted from the publication day."""
FSI, PDI = "\u2068", "\u2069"
"""A value filled into an Arabic note (a day, a year, the report's own words) is isolated in the direction of its
first letter: a date or number has none and reads left to right, Arabic words quoted from a report right to left
(forced left to right, "30 سبتمبر 2015" came out reordered)."""


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
def _anchor_patterns() -> list[tuple[re.Pattern, dict[str, str]]]:
    """Each row's pattern with its templates by language (``ar``; ``en`` only where the engine's note is shorthand)."""
    with ANCHOR_LABELS_FILE.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    patterns = []
    for number, row in enumerate(csv.DictReader(lines), start=2):
        try:
            templates = {lang: row[lang] for lang in ("ar", "en") if row[lang]}
            patterns.append((re.compile(row["pattern"]), templates))
        except (re.error, KeyError, TypeError) as error:
            raise ValueError(f"{ANCHOR_LABELS_FILE}, row {number}: {error}") from error
    return patterns


def anchor_text(anchor: str | None, lang: str) -> str:
    """What a date was resolved against, or a warning about a date, in ``lang`` (the dates engine and the
    incidents' dating write them in English, with counts as "+N day(s)" and "minus M month(s)").

    A count of days or months from the publication day or a Hijri date is said in words in both languages,
    with the counted-noun forms of ``labels.counted`` ("2 days before the publication day", "شهران قبل يوم
    النشر"), wherever it stands in the note. Any other "; "-separated part is translated into Arabic by the
    first row of ``data/date_anchor_labels.csv`` whose pattern matches it (its group ``note``, a note within the
    note, in turn), and into an analyst's English by the row's ``en`` when the engine wrote shorthand ("night from
    the evening day"); a part no row matches stays as it is.
    """
    if not anchor:
        return ""
    lang = language(lang)
    return ("؛ " if lang == "ar" else "; ").join(_anchor_part(part, lang) for part in _note_parts(anchor))


def _note_parts(anchor: str) -> list[str]:
    """``anchor`` cut at its "; " separators outside parentheses (a nested note keeps its own)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(anchor):
        depth = depth + 1 if char == "(" else max(depth - 1, 0) if char == ")" else depth
        if depth == 0 and anchor.startswith("; ", i):
            parts.append(anchor[start:i])
            start = i + 2
    return [*parts, anchor[start:]]


def _anchor_part(part: str, lang: str) -> str:
    counted_text = _counted_note(part, lang)
    if counted_text is not None:
        return counted_text
    for pattern, templates in _anchor_patterns():
        match = pattern.match(part)
        if match:
            if lang not in templates:  # an English note that is already a sentence
                break
            values = {
                key: anchor_text(value, lang) if key == "note" else f"{FSI}{value}{PDI}" if lang == "ar" else value
                for key, value in match.groupdict().items()
            }
            return templates[lang].format(**values)
    return charts.ltr(part, "ar") if lang == "ar" else _counted_notes_within(part, lang)


def _counted_notes_within(text: str, lang: str) -> str:
    """``text`` with every counted note in it said in words (an English note quoting another)."""
    for pattern in (MONTHS_BEFORE_PUBLICATION, PUBLICATION_OFFSET, PUBLICATION_MONTH_OFFSET, HIJRI_OFFSET):
        text = pattern.sub(lambda match: _counted_note(match[0], lang) or match[0], text)
    return text


def _counted_note(part: str, lang: str) -> str | None:
    """A count of days or months the dates engine wrote with digits and signs, in words; None for another note."""
    if part.startswith(NIGHT_OF):
        night = _counted_note(part[len(NIGHT_OF) :], lang)
        return t("anchor_night", lang, note=night) if night else None
    if match := PUBLICATION_OFFSET.fullmatch(part):
        return _publication_offset_text(match, lang)
    if match := MONTHS_BEFORE_PUBLICATION.fullmatch(part):
        day, months, days = charts.ltr(match["day"], lang), int(match["months"]), int(match["days"])
        span = counted(months, "months", lang)
        if days:
            span = t("anchor_and", lang, first=span, second=counted(days, "days", lang))
        return t("anchor_publication_before", lang, days=span, day=day)
    if match := PUBLICATION_MONTH_OFFSET.fullmatch(part):
        offset = int(match["offset"])
        if offset == 0:
            return t("anchor_publication_month", lang)
        side = "anchor_publication_month_before" if offset < 0 else "anchor_publication_month_after"
        return t(side, lang, months=counted(abs(offset), "months", lang))
    if match := HIJRI_OFFSET.fullmatch(part):
        hijri, days = charts.ltr(match["date"], lang), int(match["days"])
        if days == 0:
            return t("anchor_hijri", lang, date=hijri)
        return t("anchor_hijri_after", lang, days=counted(days, "days", lang), date=hijri)
    return None


def _publication_offset_text(match: re.Match, lang: str) -> str:
    """ "publication day 2020-03-06 -2 day(s)" in words: "2 days before the publication day (2020-03-06)"."""
    day, offset = charts.ltr(match["day"], lang), int(match["offset"])
    if offset == 0:
        return t("anchor_publication_same", lang, day=day)
    side = "anchor_publication_before" if offset < 0 else "anchor_publication_after"
    return t(side, lang, days=counted(abs(offset), "days", lang), day=day)


def date_kind(kind: str | None, lang: str) -> str:
    return t("date_kind_" + kind, lang) if kind and has("date_kind_" + kind) else kind or ""

"""Publication stamps printed in a report: datelines, "تم النشر: ...", wire datelines, header dates.

A page can print several dates near its top: a site's date widget (today's date when the page was
crawled, often a Hijri/Gregorian pair), the article's own dateline, an update stamp. The article's
stamp is the one the page *language* marks as a publication stamp: a cue ("تم النشر", "نشر في",
"Published on"), a wire dateline ("BEIRUT, Oct 14 (AFP) -"), or a date printed with a clock time and
a city or zone ("2018.11.10 | 14:11 دمشق"). A Hijri header date ("الجمعة 1 ربيع الأول 1440هـ") is
converted (Umm al-Qura) and used only when nothing else is printed. A bare date in the header is weaker; a site's date widget, told
apart by sitting above the site's navigation bar or by pairing the date with a Hijri one, weaker still; and a body sentence "اليوم، الثلاثاء 18 من أيلول" is the
last resort. Matching runs on the normalized text (``timeline.normalize``) and spans map back to it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from hijridate import Hijri

from timeline.frozen import freeze_fields
from timeline.normalize import Normalized, normalize
from timeline.readers.noise import is_navigation_bar

if TYPE_CHECKING:
    from timeline.readers.tables import ReaderTables

HEADER_MAX_LINES = 15
PARAGRAPH_MIN_WORDS = 25
WIRE_MAX_LINES = 20
EARLIEST_YEAR = 1990

# Strength of a candidate: higher wins (ties go to the later one, nearer the article body).
STRENGTH = {"published": 100, "wire": 60, "updated": 45, "header": 20, "body": 15}
TIME_BONUS = 30
ZONE_BONUS = 10
WIDGET_PENALTY = 10


@dataclass(frozen=True)
class Stamp:
    """One printed date that may be the publication date; ``start``/``end`` index the original text."""

    start: int
    end: int
    kind: str  # published | updated | wire | header | body
    year: int | None
    month: int
    day: int
    hour: int | None = None
    minute: int | None = None
    zone: dt.tzinfo | None = None
    weekday: int | None = None
    strength: int = 0
    warnings: tuple[str, ...] = ()
    calendar: str = "gregorian"

    @property
    def has_time(self) -> bool:
        return self.hour is not None

    def to_datetime(self) -> dt.datetime:
        """The stamp as a datetime: naive unless a zone was printed; midnight when no time was printed."""
        if self.year is None:
            raise ValueError("stamp has no year")
        return dt.datetime(self.year, self.month, self.day, self.hour or 0, self.minute or 0, tzinfo=self.zone)

    @property
    def published_from(self) -> str:
        return "body" if self.kind == "body" else "dateline"


def _alternation(names) -> str:
    """Regex alternation of normalized names, longest first, spaces flexible, whole words only."""
    parts = sorted(set(names), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in name.split()) for name in parts)
    return rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])"


CLOCK_KINDS = ("clock_am", "clock_pm", "clock_noon", "clock_night")


def _time(tag: str, clock_words: Mapping[str, str]) -> str:
    return (
        rf"(?P<hh{tag}>\d{{1,2}}):(?P<mi{tag}>\d{{2}})(?::\d{{2}})?"
        rf"(?:\s*(?P<ampm{tag}>{_alternation(clock_words)}))?"
    )


@dataclass(frozen=True, eq=False)
class DatelinePatterns:
    """The stamp patterns compiled from the readers' month, weekday, zone and cue words (``build``), held by
    the reference's ``ReaderTables``."""

    patterns: dict[str, re.Pattern]  # form ('ymd', 'wire', 'hijri', ...) -> its pattern
    clock_words: dict[str, str]  # normalized word after a clock time ("ص", "مساءً", "PM") -> its kind

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(
        cls,
        gregorian_months: Mapping[str, int],
        hijri_months: Mapping[str, int],
        weekdays: Mapping[str, int],
        time_zones: Mapping[str, str],
        publication_cues: Mapping[str, tuple[str, ...]],
    ) -> DatelinePatterns:
        clock_words = {word: kind for kind in CLOCK_KINDS for word in publication_cues.get(kind, ())}
        months = _alternation(gregorian_months)
        days = _alternation(weekdays)
        zones = _alternation(time_zones)
        cues = _alternation(publication_cues["published"] + publication_cues["updated"])
        wires = _alternation(publication_cues["wire"])
        prefix = (
            rf"(?:(?P<cue>{cues})\s*:?\s*(?:في\s+)?)?"
            rf"(?:(?P<wd>{days})\s*[،,]?\s*)?"
            rf"(?:{_time('p', clock_words)}\s*[،,]?\s*)?"
        )
        suffix = (
            rf"(?:\s*[|،,/-]?\s*(?:الساعه\s*|at\s+)?{_time('s', clock_words)}"
            rf"(?:\s*\(?\s*(?:بتوقيت\s+)?(?P<zone>(?:utc|gmt)\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?|{zones})(?:\s*\))?)?)?"
        )
        cores = {
            "ymd": r"(?<!\d)(?P<y>\d{4})\s*[./\\-]\s*(?P<m>\d{1,2})\s*[./\\-]\s*(?P<d>\d{1,2})(?!\d)",
            "dmy": r"(?<!\d)(?P<d>\d{1,2})\s*[./\\-]\s*(?P<m>\d{1,2})\s*[./\\-]\s*(?P<y>\d{4})(?!\d)",
            "d_mon_y": (
                rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<mon>{months})\.?(?:\s*/\s*{months})?"
                rf"(?:\s*[،,]?\s*(?P<y>\d{{4}}))?(?!\d)"
            ),
            "mon_d_y": rf"(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s*(?P<y>\d{{4}}))?(?!\d)",
        }
        patterns = {name: re.compile(prefix + core + suffix) for name, core in cores.items()}
        patterns["wire"] = re.compile(
            rf"(?m)^[ \t]*[a-z][a-z .'/-]{{1,40}},\s*(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}})\s*\(\s*(?:{wires})\s*\)\s*-"
        )
        # Arabic order: "<city> - 6 <month> (<agency>)" or "<city>، 6 <month> (<agency>)", the year left to other stamps.
        patterns["wire_day_first"] = re.compile(
            rf"(?m)^[ \t]*[^\W\d_a-z][^\W\d_a-z]*(?:[ \t]+[^\W\d_a-z]+){{0,3}}[ \t]*[-–،,][ \t]*"
            rf"(?P<d>\d{{1,2}})\s*(?:من\s+)?(?P<mon>{months})\s*\(\s*(?:{wires})\s*\)"
        )
        patterns["body"] = re.compile(
            rf"(?<![^\W\d_])(?:اليوم|today)\s*[،,]?\s*(?P<wd>{days})\s*[،,]?\s*"
            rf"(?P<d>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<mon>{months})(?:\s*[،,]?\s*(?P<y>\d{{4}}))?(?!\d)"
        )
        hijri = _alternation(hijri_months)
        patterns["hijri"] = re.compile(
            prefix
            + rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?:من\s+)?(?P<hmon>{hijri})\s*(?P<y>\d{{4}})\s*(?:ه|هـ)?(?![^\W\d_])"
            + suffix
        )
        patterns["hijri_month"] = re.compile(hijri)
        return cls(patterns, clock_words)


def _zone(text: str | None, tables: ReaderTables) -> dt.tzinfo | None:
    if not text:
        return None
    text = re.sub(r"\s+", " ", text.strip())
    offset = re.fullmatch(r"(?:utc|gmt) ?([+-]) ?(\d{1,2}):?(\d{2})?", text)
    if offset:
        sign = 1 if offset.group(1) == "+" else -1
        delta = dt.timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0))
        return dt.timezone(sign * delta)
    name = tables.time_zones.get(text)
    return ZoneInfo(name) if name else None


def _clock(match: re.Match, tag: str, clock_words: Mapping[str, str]) -> tuple[int, int] | None:
    hh = match.groupdict().get(f"hh{tag}")
    if hh is None:
        return None
    hour, minute = int(hh), int(match.group(f"mi{tag}"))
    kind = clock_words.get(re.sub(r"\s+", " ", match.group(f"ampm{tag}") or ""))
    if kind == "clock_am" and hour == 12:
        hour = 0
    elif (kind == "clock_pm" and hour < 12) or (kind == "clock_noon" and hour < 6):
        hour += 12
    elif kind == "clock_night" and 6 <= hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def _stamp_from_match(match: re.Match, form: str, norm: Normalized, tables: ReaderTables) -> Stamp | None:
    groups = match.groupdict()
    if form == "hijri":
        return _hijri_stamp(match, norm, tables)
    month = tables.gregorian_months.get(re.sub(r"\s+", " ", groups["mon"])) if groups.get("mon") else int(groups["m"])
    if not month or not 1 <= month <= 12:
        return None
    day = int(groups["d"])
    year = int(groups["y"]) if groups.get("y") else None
    clock_words = tables.datelines.clock_words
    clock = _clock(match, "s", clock_words) or _clock(match, "p", clock_words)
    weekday = tables.weekdays.get(re.sub(r"\s+", " ", groups["wd"])) if groups.get("wd") else None
    if form.startswith("wire"):
        kind = "wire"
    elif form == "body":
        kind = "body"
    elif groups.get("cue"):
        kind = "published" if groups["cue"] in tables.publication_cues["published"] else "updated"
    else:
        kind = "header"
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return None
    if year is not None and year < EARLIEST_YEAR:
        return None
    start, end = norm.span(match.start(), match.end())
    return Stamp(
        start=start,
        end=end,
        kind=kind,
        year=year,
        month=month,
        day=day,
        hour=clock[0] if clock else None,
        minute=clock[1] if clock else None,
        zone=_zone(groups.get("zone"), tables) if clock else None,
        weekday=weekday,
    )


def _hijri_stamp(match: re.Match, norm: Normalized, tables: ReaderTables) -> Stamp | None:
    """A Hijri header date (Umm al-Qura), for pages that print no Gregorian one."""
    hmonth = tables.hijri_months.get(re.sub(r"\s+", " ", match.group("hmon")))
    try:
        day = Hijri(int(match.group("y")), hmonth, int(match.group("d"))).to_gregorian()
    except (ValueError, OverflowError):
        return None
    clock_words = tables.datelines.clock_words
    clock = _clock(match, "s", clock_words) or _clock(match, "p", clock_words)
    weekday = tables.weekdays.get(re.sub(r"\s+", " ", match.group("wd"))) if match.group("wd") else None
    start, end = norm.span(match.start(), match.end())
    return Stamp(
        start=start,
        end=end,
        kind="header",
        year=day.year,
        month=day.month,
        day=day.day,
        hour=clock[0] if clock else None,
        minute=clock[1] if clock else None,
        zone=_zone(match.group("zone"), tables) if clock else None,
        weekday=weekday,
        calendar="hijri",
    )


def _header_end(norm_text: str) -> int:
    """End (normalized offset) of the page header: the lines before the first paragraph."""
    offset = 0
    for number, line in enumerate(norm_text.split("\n")):
        if number >= HEADER_MAX_LINES or len(line.split()) >= PARAGRAPH_MIN_WORDS:
            return offset
        offset += len(line) + 1
    return len(norm_text)


def _line_of(norm_text: str, pos: int) -> str:
    start = norm_text.rfind("\n", 0, pos) + 1
    end = norm_text.find("\n", pos)
    return norm_text[start : end if end >= 0 else len(norm_text)]


def _strength(stamp: Stamp, line: str, above_navigation: bool, tables: ReaderTables) -> int:
    score = STRENGTH[stamp.kind]
    if stamp.has_time:
        score += TIME_BONUS
    if stamp.zone is not None:
        score += ZONE_BONUS
    if stamp.kind == "header" and (above_navigation or tables.datelines.patterns["hijri_month"].search(line)):
        score -= WIDGET_PENALTY
    return score


def _navigation_start(text: str, header_lines: int, tables: ReaderTables) -> int | None:
    """Original offset of the last navigation bar in the header, or None."""
    offset, found = 0, None
    for line in text.split("\n")[:header_lines]:
        if is_navigation_bar(line, tables):
            found = offset
        offset += len(line) + 1
    return found


def find_stamps(text: str, tables: ReaderTables | None = None) -> list[Stamp]:
    """Every candidate publication stamp in ``text``, in text order, each with its strength (``tables``: the
    reference's reader tables, default the shipped ones)."""
    if tables is None:
        from timeline.readers.tables import default_tables  # imported here: the tables import this module

        tables = default_tables()
    norm = normalize(text)
    ntext = norm.text
    header_end = _header_end(ntext)
    wire_end = sum(len(line) + 1 for line in ntext.split("\n")[:WIRE_MAX_LINES])
    navigation = _navigation_start(text, ntext[:header_end].count("\n") + 1, tables)
    found: list[tuple[int, int, Stamp]] = []
    for form, pattern in tables.datelines.patterns.items():
        if form == "hijri_month":
            continue
        for match in pattern.finditer(ntext):
            if form.startswith("wire") and match.start() >= wire_end:
                continue
            stamp = _stamp_from_match(match, form, norm, tables)
            if stamp is None:
                continue
            if stamp.kind == "header" and (match.start() >= header_end or stamp.year is None):
                continue
            if stamp.kind in ("published", "updated") and stamp.year is None:
                continue
            above_navigation = navigation is not None and stamp.end <= navigation
            stamp = replace(stamp, strength=_strength(stamp, _line_of(ntext, match.start()), above_navigation, tables))
            found.append((match.start(), match.end(), stamp))
    return [s for _, _, s in _drop_nested(found)]


def _drop_nested(found: list[tuple[int, int, Stamp]]) -> list[tuple[int, int, Stamp]]:
    """Keep the longest of overlapping matches (a date with its time and cue, not the bare date)."""
    kept: list[tuple[int, int, Stamp]] = []
    for item in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if kept and item[0] < kept[-1][1]:
            if item[1] - item[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = item
            continue
        kept.append(item)
    return kept


def parse_stamp(text: str, tables: ReaderTables | None = None) -> Stamp | None:
    """The strongest stamp in a short string (a dateline on its own); None when there is none."""
    stamps = find_stamps(text, tables)
    return max(stamps, key=lambda s: s.strength) if stamps else None


def publication_stamp(
    text: str,
    today: dt.date | None = None,
    near: dt.date | None = None,
    widgets: tuple[tuple[int, int], ...] = (),
    tables: ReaderTables | None = None,
) -> Stamp | None:
    """The article's own publication stamp, with a missing year or time filled from the other stamps.

    ``near`` (a date known from metadata) picks the year of a stamp printed without one; otherwise the
    weekday or the years the text mentions do, never a year after ``today``. ``widgets`` are spans a
    reader knows to be page chrome (an HTML page's date bar outside the story): a stamp inside one
    ranks as a site's date widget whatever it prints, so it wins only when nothing else is printed
    (``tables``: the reference's reader tables, default the shipped ones).
    """
    stamps = [
        _as_widget(s) if any(a <= s.start and s.end <= b for a, b in widgets) else s for s in find_stamps(text, tables)
    ]
    order = {id(s): i for i, s in enumerate(stamps)}
    ranked = sorted(stamps, key=lambda s: (s.strength, order[id(s)]), reverse=True)
    filled = (s if s.year is not None else _fill_year(s, stamps, text, today or dt.date.today(), near) for s in ranked)
    best = next((s for s in filled if s is not None), None)
    if best is None:
        return None
    best = _fill_time(best, stamps)
    if best.weekday is not None and dt.date(best.year, best.month, best.day).weekday() != best.weekday:
        best = replace(best, warnings=best.warnings + ("weekday does not match publication date",))
    return best


def _as_widget(stamp: Stamp) -> Stamp:
    return replace(stamp, strength=min(stamp.strength, STRENGTH["header"] - WIDGET_PENALTY))


def _fill_year(stamp: Stamp, stamps: list[Stamp], text: str, today: dt.date, near: dt.date | None) -> Stamp | None:
    """A year for a stamp printed without one: a stamp of the same day, ``near``, the weekday, or the text."""
    for other in stamps:
        if other.year is not None and (other.month, other.day) == (stamp.month, stamp.day):
            return replace(stamp, year=other.year)
    if near is not None:
        years = [
            y for y in (near.year - 1, near.year, near.year + 1) if _weekday_fits(y, stamp) or stamp.weekday is None
        ]
        if years:
            year = min(years, key=lambda y: abs((dt.date(y, stamp.month, min(stamp.day, 28)) - near).days))
            return replace(stamp, year=year)
    # A page cannot be older than a date it prints elsewhere (a site widget shows the crawl day).
    printed = [dt.date(o.year, o.month, o.day) for o in stamps if o.year is not None]
    limit = min([today, max(printed)]) if printed else today
    years_in_text = sorted(
        {
            int(y)
            for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", normalize(text).text)
            if EARLIEST_YEAR <= int(y) <= limit.year
        }
    )
    if stamp.weekday is not None:
        fitting = [
            y
            for y in range(limit.year, EARLIEST_YEAR - 1, -1)
            if _weekday_fits(y, stamp) and dt.date(y, stamp.month, stamp.day) <= limit
        ]
        mentioned = [y for y in fitting if y in years_in_text]
        year = (mentioned or fitting or [None])[0]
        if year is None:
            return None
        return replace(stamp, year=year, warnings=stamp.warnings + ("year inferred from the weekday",))
    if printed:
        year = next(
            y
            for y in range(limit.year, limit.year - 9, -1)
            if _fits(y, stamp) and (y, stamp.month, stamp.day) <= (limit.year, limit.month, limit.day)
        )
        return replace(stamp, year=year, warnings=stamp.warnings + ("year inferred from the other printed date",))
    years = [y for y in years_in_text if _fits(y, stamp) and dt.date(y, stamp.month, stamp.day) <= limit]
    if years:
        return replace(stamp, year=years[-1], warnings=stamp.warnings + ("year inferred from the text",))
    return None


def _fits(year: int, stamp: Stamp) -> bool:
    try:
        dt.date(year, stamp.month, stamp.day)
    except ValueError:
        return False
    return True


def _weekday_fits(year: int, stamp: Stamp) -> bool:
    try:
        return dt.date(year, stamp.month, stamp.day).weekday() == stamp.weekday
    except ValueError:
        return False


def _fill_time(stamp: Stamp, stamps: list[Stamp]) -> Stamp:
    """Borrow the clock time (and zone) of another stamp of the same day when this one printed none."""
    if stamp.has_time:
        return stamp
    for other in sorted(stamps, key=lambda s: -s.strength):
        if other is not stamp and other.has_time and other.year in (None, stamp.year):
            if (other.month, other.day) == (stamp.month, stamp.day):
                return replace(stamp, hour=other.hour, minute=other.minute, zone=other.zone)
    return stamp

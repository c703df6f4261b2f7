"""The date tagger: normalize, find, resolve against the reference time, and map spans back.

dateparser is not used here: on Arabic news it resolves under half of the expressions (issue 3) and
tags a 3 KB report in tens of milliseconds, while this table-driven grammar compiles once and tags
a report in about a millisecond. ``benchmarks/bench_dates.py`` prints both figures side by side.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cached_property
from operator import itemgetter

from timeline.dates import calendars as cal
from timeline.dates.expression import Expression
from timeline.dates.finder import find_expressions
from timeline.dates.grammar import DateTables
from timeline.dates.mention import DateMention
from timeline.dates.reference import (
    QUOTE_FORMS,
    QUOTE_INTRO_REACH,
    Quote,
    apposition_partner,
    find_quotes,
    intro_span,
    joins_a_range,
    quote_at,
    speaker_of,
)
from timeline.dates.resolver import WEEKDAY_MISMATCH, Previous, Resolution, resolve
from timeline.normalize import Normalized, normalize


def publication_day(published: dt.datetime | dt.date | None) -> dt.date | None:
    """The calendar day of the publication date-time, as printed (local time of the outlet)."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def _extend_over_marks(text: str, end: int) -> int:
    """Include the diacritics and tatweel that follow the last letter of a span ("غداً")."""
    while end < len(text) and (text[end] == "\u0640" or unicodedata.category(text[end]) == "Mn"):
        end += 1
    return end


_SENTENCE_END = re.compile(r"[.!?؟\n]")
# A catalogue entry's day printed with its weekday ("التاريخ: الثلاثاء 16 تموز 2019"), then its account ("صباح يوم
# الثلاثاء"): the weekday named again within this many characters, no heading line between, is that day.
_ENTRY_CHARS = 600
_HEADING_LINE = re.compile(r"\n[ \t]*#")
_WEEK_DAYS = 7
_LABEL_LINE_CHARS = 80


def _printed(expr: Expression) -> bool:
    """Does the expression carry its own year (nothing to count from)?"""
    return expr.form == "year" or (expr.form in ("date", "month") and expr.year is not None)


@dataclass(frozen=True)
class _Week:
    first: dt.date
    last: dt.date
    span: tuple[int, int]


class _ReferenceTime:
    """The anchors of one text while it is read in order (see ``timeline.dates.reference``)."""

    def __init__(
        self,
        norm: Normalized,
        dct: dt.date | None,
        week_links: frozenset[str] = frozenset(),
        speech: re.Pattern | None = None,
        speech_verb: re.Pattern | None = None,
        not_speech_lead: re.Pattern | None = None,
    ) -> None:
        self.norm = norm
        self.week_links = week_links  # "من", "of": "الثلاثاء من الأسبوع الماضي", "Tuesday of last week"
        self.speech = speech  # reported speech opening: "قال ناشط أمس إن", "a medic said on Friday that"
        self.speech_verb = speech_verb  # a verb of saying after a quotation: "…," a medic said on Friday
        self.not_speech_lead = not_speech_lead  # "غير أن", "بعد أن": a conjunction, no words said
        self.text = norm.text
        self.dct = dct
        self.told_after: dict[int, Previous | None] = {}  # quotation start -> the day told after it, if any
        self.day: Previous | None = None  # the last day the narrative gave
        self.told_day: Previous | None = None  # the last such day not after publication
        self.period: Previous | None = None  # the last day, month or range it gave ("الشهر ذاته")
        self.days: list[tuple[int, Previous]] = []  # (start, day) of every day given so far
        self.year: tuple[int, int, str] | None = None  # (end, year, text) of the last year the text printed
        self.since_ends: set[int] = set()  # where a "since X" interval ends: its X sets no context

    @cached_property
    def quotes(self) -> list[Quote]:
        """The text's quotations, found when an expression first asks (most reports hold no day a quote counts from)."""
        return find_quotes(self.text)

    def resolve(self, expressions: list[Expression], index: int) -> tuple[Resolution | None, str]:
        """The resolution of ``expressions[index]`` and the name of the anchor it used."""
        expr = expressions[index]
        if expr.form == "anaphor":
            partner = apposition_partner(self.text, expressions, index)
            if partner is not None:
                found = resolve(expressions[partner], self.dct, self.day)
                if found is not None and found.first is not None:
                    anchor = f"the day printed beside it ({found.anchor})"
                    return Resolution(found.first, found.last, found.granularity, "relative", (), anchor), "apposition"
            if expr.unit == "clause":
                # "غداة الهدنة", "عشية الاجتماع": the time of the clause they stand in, the one the narrative
                # is at (a report's narrative starts on its publication day)
                if self.told_day is None:
                    found = resolve(replace(expr, form="relative", unit="day"), self.dct, None)
                    return found, "publication"
                return resolve(replace(expr, unit="day"), self.dct, self.told_day), "narrative"
            previous = self.period if expr.unit in ("month", "same") else self.day
            return resolve(expr, self.dct, previous), "narrative"
        if expr.form in QUOTE_FORMS:
            quote = quote_at(self.quotes, expr.start)
            given = self._quote_day(quote) if quote else None
            if given is not None:
                found = resolve(expr, given.first, self.day)
                if found is not None:
                    speaker = speaker_of(self.text, quote)
                    by = f" by {self.original(*speaker)}" if speaker else ""
                    anchor = f"counted from the day the quote was given{by}, {given.first.isoformat()} ('{given.text}')"
                    return Resolution(found.first, found.last, found.granularity, found.kind, found.warnings, anchor), (
                        "quote"
                    )
            if quote is None:
                said = self._speech_day(expr)
            elif quote.start in self.told_after:
                said = self.told_after[quote.start]
            else:  # (once per quotation: a long one may hold many days)
                said = self.told_after[quote.start] = self._day_told_after(quote, expressions, index)
            if said is not None:
                found = resolve(expr, said.first, self.day)
                if found is not None:
                    anchor = f"counted from the day the words were said, {said.first.isoformat()} ('{said.text}')"
                    return replace(found, anchor=anchor), "quote"
        week = self._week_beside(expressions, index)
        if week is not None:
            found = resolve(expr, week.last, self.day)  # that weekday, counted back from the week's last day
            if found is not None and found.first is not None and found.first >= week.first:
                anchor = f"that weekday of the week '{self.original(*week.span)}' ({found.anchor})"
                return replace(found, anchor=anchor), "apposition"
        same = self._printed_day_of_weekday(expr)
        if same is not None:
            return same, "narrative"
        context = self._context_year(expr)
        if context is not None:
            year, given = context
            found = resolve(replace(expr, year=year), self.dct, self.day)
            # a year that would put a told day after publication is not the narrative's ("تقرير شباط 2017 … في 19 آب")
            told = found is not None and found.first is not None
            if told and (self.dct is None or found.first <= self.dct + cal.FUTURE_WINDOW):
                anchor = f"year {year} from '{given}' earlier in the sentence"
                return replace(found, anchor=f"{anchor}; {found.anchor}"), "narrative"
        found = resolve(expr, self.dct, self.day)
        return found, "printed" if _printed(expr) else "publication"

    def _printed_day_of_weekday(self, expr: Expression) -> Resolution | None:
        """The day printed last, for a bare weekday naming its weekday again: in its sentence, with that weekday printed
        ("الجمعة 2 تشرين الثاني 2018: غارات بعد صلاة الجمعة", "on Friday 2 November … after Friday prayers"); or in
        the entry whose field or heading line printed it, weeks before publication ("التاريخ: 29 آب 2019" then "بعد ظهر
        يوم الخميس"). The story is on
        that day, not on the last such weekday before the publication. (Otherwise a day printed without its weekday
        may be a week before it: "بدأ الهجوم في 19 حزيران قبل أن يتوسع الثلاثاء".)"""
        if expr.form != "weekday" or expr.direction is not None or not self.days:
            return None
        pos, day = self.days[-1]
        if day.first != day.last or day.first.weekday() != expr.weekday:
            return None
        if not _SENTENCE_END.search(self.text, pos, expr.start):
            name = self.original(expr.start, expr.end).split()[-1]
            if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", day.text, re.IGNORECASE):
                return None
            told = f"the day printed earlier in its sentence ('{day.text}')"
        elif (
            self.dct is None
            or (self.dct - day.first).days <= _WEEK_DAYS  # (news of the week: its weekdays are counted back from it)
            or expr.start - pos > _ENTRY_CHARS
            or not self._on_a_label_line(pos)  # (a day told in prose: "not struck since Oct. 18. On Tuesday …")
            or _HEADING_LINE.search(self.text, pos, expr.start)  # (another entry)
        ):
            return None
        else:
            told = f"the day its entry printed ('{day.text}')"
        return Resolution(day.first, day.last, "day", "relative", (), told)

    def _on_a_label_line(self, pos: int) -> bool:
        """The day at ``pos`` stands on a short line of its own: an entry's field or heading ("- التاريخ: الخميس 29
        آب 2019", "### 12 May 2019"), not prose."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return (len(self.text) if end < 0 else end) - start <= _LABEL_LINE_CHARS

    def _week_beside(self, expressions: list[Expression], index: int) -> _Week | None:
        """The past week a bare weekday is told in when the two stand side by side ("الثلاثاء من الأسبوع الماضي",
        "on Tuesday last week", "last week on Tuesday"), or None."""
        expr = expressions[index]
        if expr.form != "weekday" or expr.direction not in (None, "past"):
            return None
        for other, gap in ((index + 1, (expr.end, None)), (index - 1, (None, expr.start))):
            if not 0 <= other < len(expressions):
                continue
            week = expressions[other]
            if week.form != "period" or week.unit != "week" or week.offset >= 0 or week.since:
                continue
            between = self.text[gap[0] or week.end : gap[1] or week.start].replace(",", " ").replace("،", " ").split()
            if all(word in self.week_links for word in between):
                found = resolve(week, self.dct, self.day)
                if found is not None and found.first is not None:
                    return _Week(found.first, found.last, (week.start, week.end))
        return None

    def _context_year(self, expr: Expression) -> tuple[int, str] | None:
        """The year a day or month without one takes from a year printed before it in its sentence
        ("في عام 2017 … خلال نيسان وأيلول", "in 2016, during Ramadan"); further back, a year printed is background, not the narrative's."""
        if self.year is None or expr.form not in ("date", "month", "holiday"):
            return None
        if expr.year is not None or expr.year_offset is not None or expr.direction is not None or expr.feasts:
            return None
        pos, year, given = self.year
        if _SENTENCE_END.search(self.text, pos, expr.start):
            return None
        if expr.calendar == "hijri" and expr.form != "holiday":  # "in 2016, during Ramadan": that year's Ramadan
            year = cal.hijri_year_of(year, expr.month, expr.day or 1)
        return (year, given) if year is not None else None

    def original(self, start: int, end: int) -> str:
        """The original text behind a normalized span."""
        first, last = self.norm.span(start, end)
        return self.norm.original[first:last]

    def _speech_day(self, expr: Expression) -> Previous | None:
        """The day reported speech holding ``expr`` was given ("وقال ناشط أمس إن القوات قصفت المدينة اليوم": أمس),
        when its sentence opens the speech with a verb of saying, that day, and "إن"/"that" before ``expr``; a day
        after publication is a plan, not when words were said."""
        if self.speech is None:
            return None
        reach = max(0, expr.start - QUOTE_INTRO_REACH)
        first_day = bisect_left(self.days, reach, key=itemgetter(0))  # (days are kept in text order)
        if first_day == len(self.days) or self.days[first_day][0] >= expr.start:
            return None  # (most expressions: no day given within reach before them, so none in their sentence)
        ends = list(_SENTENCE_END.finditer(self.text, reach, expr.start))
        start = ends[-1].end() if ends else reach
        first_day = bisect_left(self.days, start, lo=first_day, key=itemgetter(0))
        if first_day == len(self.days) or self.days[first_day][0] >= expr.start:
            return None
        opened = None
        for m in self.speech.finditer(self.text, start, expr.start):
            opened = m
        if opened is None or (self.not_speech_lead and self.not_speech_lead.search(opened.group("gap"))):
            return None
        last_day = bisect_left(self.days, opened.end("gap"), key=itemgetter(0)) - 1
        if last_day < first_day or self.days[last_day][0] < opened.start("gap"):
            return None
        given = self.days[last_day][1]
        return None if self.dct is not None and given.first > self.dct else given

    def _day_told_after(self, quote, expressions: list[Expression], index: int) -> Previous | None:
        """The day a quotation was given when its sentence gives it after the closing mark, with a verb of saying
        ("«قصفونا أمس»، قال أحد السكان يوم الجمعة", '"They hit us yesterday," a medic told AFP on Friday')."""
        if self.speech_verb is None:
            return None
        end = min(len(self.text), quote.end + QUOTE_INTRO_REACH)
        stop = _SENTENCE_END.search(self.text, quote.end, end)
        end = stop.start() if stop else end
        if not self.speech_verb.search(self.text, quote.end, end):
            return None
        for later in expressions[index + 1 :]:
            if later.start >= end:
                return None
            if later.start < quote.end or later.since or later.form not in ("weekday", "relative", "date"):
                continue
            found = resolve(later, self.dct, self.day)
            if found is None or found.first is None or found.granularity != "day":
                return None
            if self.dct is not None and found.first > self.dct:
                return None
            return Previous(found.first, found.last, found.granularity, self.original(later.start, later.end))
        return None

    def _quote_day(self, quote) -> Previous | None:
        start, end = intro_span(self.text, quote)
        given = [day for pos, day in self.days if start <= pos < end]
        return given[-1] if given else None

    def moved_to(self, expr: Expression, mention: DateMention) -> None:
        """The narrative moves with every date the text gives, not with anaphors nor "since" intervals."""
        if expr.since:
            self.since_ends.add(expr.end)
        if mention.first is None or expr.since or expr.form == "anaphor":
            return
        if _printed(expr) and expr.calendar == "gregorian" and expr.end not in self.since_ends:
            self.year = (expr.end, mention.last.year, mention.text)
        day = Previous(mention.first, mention.last, mention.granularity, mention.text)
        self.period = day
        if mention.granularity in ("day", "night"):
            self.day = day
            if self.dct is None or mention.first <= self.dct:
                self.told_day = day  # a day ahead ("الأحد المقبل") is a plan, not where the story is told
            self.days.append((expr.start, day))


def tag_dates(
    text: str,
    published: dt.datetime | dt.date | None,
    language: str = "ar",
    normalized: Normalized | None = None,
    tables: DateTables | None = None,
) -> list[DateMention]:
    """Return every date expression in ``text`` resolved against its reference time, in text order.

    ``language`` is accepted for the seam; both Arabic and English rules always run, because Arabic
    reports quote English dates and the reverse. Pass ``normalized`` (``normalize(text)``) when the caller
    already has it; ``tables``: the reference's word lists and grammar (default: the shipped ones).
    """
    if not text:
        return []
    norm = normalized if normalized is not None else normalize(text)
    if tables is None:
        from timeline.reference import default_reference  # imported here: the reference imports this module

        tables = default_reference().dates
    expressions = find_expressions(norm, tables.lexicon, tables.grammar)
    reference = _ReferenceTime(
        norm,
        publication_day(published),
        tables.lexicon.week_links,
        tables.grammar.speech,
        tables.grammar.speech_verb,
        tables.grammar.not_speech_lead,
    )
    found: list[tuple[Expression, DateMention]] = []
    for index, expr in enumerate(expressions):
        resolution, anchor_kind = reference.resolve(expressions, index)
        if resolution is None:
            continue
        start, end = norm.span(expr.start, expr.end)
        end = _extend_over_marks(text, end)
        mention = DateMention(
            text=text[start:end],
            start=start,
            end=end,
            first=resolution.first,
            last=resolution.last,
            granularity=resolution.granularity,
            kind=resolution.kind,
            warnings=resolution.warnings,
            anchor=resolution.anchor,
            since=expr.since,
            reference=anchor_kind if resolution.first is not None else None,
        )
        found.append((expr, mention))
        reference.moved_to(expr, mention)
    return [mention for _, mention in _join_ranges(norm.text, text, found)]


def _join_ranges(norm_text: str, text: str, found: list[tuple[Expression, DateMention]]):
    """Two printed dates joined by a dash, "إلى" or "بين … و" become one range from the first to the second."""
    out: list[tuple[Expression, DateMention]] = []
    for expr, mention in found:
        if out:
            left_expr, left = out[-1]
            since_left = len(out) > 1 and out[-2][1].since and out[-2][1].end == left.end
            if (
                not since_left
                and left.first is not None
                and mention.first is not None
                and left.last < mention.first
                and left.kind == mention.kind
                and joins_a_range(norm_text, left_expr, expr)
            ):
                joined = DateMention(
                    text=text[left.start : mention.end],
                    start=left.start,
                    end=mention.end,
                    first=left.first,
                    last=mention.last,
                    granularity="range",
                    kind=left.kind,
                    warnings=left.warnings + mention.warnings,
                    anchor=f"from '{left.text}' to '{mention.text}'",
                    reference=left.reference,
                )
                out[-1] = (Expression(left_expr.start, expr.end, "date"), joined)
                continue
        if out and _same_day_in_two_calendars(norm_text, out[-1], (expr, mention)):
            left_expr, left = out[-1]
            anchor = f"the Gregorian date printed beside it, '{mention.text}' (Umm al-Qura gives {left.first})"
            # the weekday printed before the Hijri date is checked against the day taken ("الثلاثاء 11 ربيع الأول
            # 1440 هـ الموافق 20 تشرين الثاني 2018": a Tuesday, though Umm al-Qura gives the Monday)
            warnings = tuple(w for w in left.warnings if w != WEEKDAY_MISMATCH)
            if left_expr.weekday_check is not None and mention.first.weekday() != left_expr.weekday_check:
                warnings += (WEEKDAY_MISMATCH,)
            out[-1] = (
                left_expr,
                replace(left, first=mention.first, last=mention.last, anchor=anchor, warnings=warnings),
            )
        out.append((expr, mention))
    return out


# a dash, comma, slash or bar, "الموافق" (with ل or من), or a comma and then "الموافق" ("…، الموافق 12 أيلول 2016")
_EQUIVALENT = re.compile(r"[\s)(]*(?:[-,،/|])?[\s)(]*(?:الموافق(?:\s+ل|\s+من)?)?[\s)(]*$")


def _same_day_in_two_calendars(norm_text: str, left, right) -> bool:
    """ "17 ذي القعدة 1440هـ الموافق 20 تموز 2019": the Hijri day takes the Gregorian day printed beside it.

    Printed Hijri dates follow local sightings and may differ from Umm al-Qura by a day or two.
    """
    (left_expr, left), (right_expr, right) = left, right
    if left.kind != "hijri" or right.kind != "absolute" or left.first is None or right.first is None:
        return False
    if left.first != left.last or right.first != right.last or abs((left.first - right.first).days) > 2:
        return False
    return right_expr.start - left_expr.end <= 12 and bool(
        _EQUIVALENT.match(norm_text[left_expr.end : right_expr.start])
    )

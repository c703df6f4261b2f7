"""Finding: run the grammar over the normalized text and turn each match into an ``Expression``.

A builder per rule reads the match groups through the word lists and rejects readings that the
language rules out (an English month written in lower case, a bare ``آب``/``أب`` without a date
context, ``غدا`` meaning "became", a duration like ``منذ أسبوعين``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from timeline.dates import calendars as cal
from timeline.dates.expression import Expression
from timeline.dates.grammar import (
    DIGIT,
    DIGIT_AR,
    DIGIT_AR_PLAIN,
    DIGIT_COMMA,
    DIGIT_EN,
    DIGIT_EN_PLAIN,
    DIGIT_OTHER,
    NUMBER_REACH,
    YEAR,
    Grammar,
    digit_class,
    number_head_key,
)
from timeline.dates.lexicon import Lexicon, Month, key
from timeline.dates.overlap import select_longest
from timeline.lexregex import planned_tokens
from timeline.normalize import Normalized
from timeline.spans import CoveredPositions

DIRECTION_OFFSET = {"before_last": -2, "past": -1, "current": 0, "next": 1}  # "الأسبوع قبل الماضي": -2
HIJRI_ERAS = ("ه", "للهجره", "هجريه", "هجري")
HIJRI_DAY_MAX_PRINTED = 99  # a Hijri day printed above 30 is flagged as impossible, not read as a month
# Everything up to the last mark that ends a sentence (or a clause): one greedy match finds it.
_YEAR_TOLD = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")  # a Gregorian year among the digits before
YEAR_TOLD_REACH = 300  # how far back (characters) a year told still sets the year of "the fifth month"
_FEMININE = ("ه", "ة")  # an Arabic adjective's feminine ending (ة, written ه once normalized)
_UP_TO_SENTENCE_END = re.compile(r".*[.!?؟\n]", re.S)
_UP_TO_CLAUSE_END = re.compile(r".*[.!?؟\n،,؛;:]", re.S)
_PLAN_REACH = 160  # how far back in its clause a plan cue ("prepare to", "plans to") makes a weekday ahead
_SUBWORD = _WORD = re.compile(r"\w+")  # the words of a token that holds punctuation or digits
# سـ + an imperfect prefix (ي/ت/ن) + at least two letters, behind an optional و/ف: "سيزور"، "وستعقد"، "سنرد".
_FUTURE_VERB = re.compile(r"(?<!\w)[وف]?(س[يتن][^\W\d_]{2,})")
_FUTURE_VERB_FIRST = "وفس"  # the letters such a verb opens with: most new words need not be tried with the regex
# Words that open a clause of its own between a future verb and a weekday (relative pronouns, "since").
# Head markers (never rule heads) for the words that put a weekday in the future.
FUTURE_CUE, FUTURE_VERB = "!cue", "!verb"
_PUNCTUATION = "\"'«»“”‘’()[]{}<>,،.:;؛!?؟-–—/\\|*+=_…"


@dataclass(frozen=True)
class FindContext:
    norm: Normalized
    lex: Lexicon
    grammar: Grammar
    future_cue_positions: list[int] = field(default_factory=list)  # where a future cue word starts (sorted)
    future_verb_positions: list[int] = field(default_factory=list)  # where a verb with the future prefix سـ starts

    def original_at(self, norm_pos: int) -> str:
        """The original character behind normalized position ``norm_pos``."""
        return self.norm.original[self.norm.index[norm_pos]]

    def capitalized(self, m: re.Match, group: str) -> bool:
        """English month and weekday names are capitalized; lower-case "may", "march" are not dates."""
        return self.original_at(m.start(group)).isupper()

    def before(self, pos: int, width: int = 24) -> str:
        """The ``width`` normalized characters before ``pos``."""
        return self.norm.text[max(0, pos - width) : pos]

    def after_preposition(self, pos: int) -> bool:
        """Does a preposition (``Grammar.preposition_before``) stand just before ``pos``? The regex search tries every
        position of the window: a window that ends with none of the words it can end with is passed over."""
        window = self.before(pos)
        if not window.rstrip().endswith(self.grammar.preposition_ends):
            return False
        return self.grammar.preposition_before.search(window) is not None

    def after_year_preposition(self, pos: int) -> bool:
        """Does a word that makes a bare number a year (``Grammar.year_preposition``) stand just before ``pos``? Asked
        of the regex only when the window ends with one of its words (blanks and dashes aside)."""
        window = self.before(pos, 12)
        end = len(window)
        while end and (window[end - 1].isspace() or window[end - 1] == "-"):
            end -= 1
        if end == len(window) or not window.endswith(self.grammar.year_prepositions, 0, end):
            return False
        return self.grammar.year_preposition.search(window) is not None

    def sentence_before(self, pos: int, width: int = 80) -> str:
        """The text before ``pos`` in its sentence, at most ``width`` characters."""
        chunk = self.norm.text[max(0, pos - width) : pos]
        last = _UP_TO_SENTENCE_END.match(chunk)
        return chunk[last.end() :] if last else chunk

    def clause_before(self, pos: int, width: int = 80) -> str:
        """The text before ``pos`` in its clause (up to a comma or semicolon), at most ``width`` characters."""
        chunk = self.norm.text[max(0, pos - width) : pos]
        last = _UP_TO_CLAUSE_END.match(chunk)
        return chunk[last.end() :] if last else chunk


def _any_within(positions: list[int], end: int, width: int = 80) -> bool:
    """Is any of the sorted ``positions`` in the ``width`` characters before ``end``?"""
    k = bisect_left(positions, end - width)
    return k < len(positions) and positions[k] < end


def _opt(m: re.Match, name: str) -> str | None:
    """Group ``name`` of ``m``, or None when the rule has no such group (builders serve several rules; the group
    is nearly always there, so it is asked for first: ``groupindex`` makes a new mapping at every call)."""
    try:
        return m.group(name)
    except IndexError:  # no such group
        return None


def _month(ctx: FindContext, term: str | None) -> Month | None:
    return ctx.lex.months.get(key(term)) if term else None


def _day(ctx: FindContext, term: str) -> int | None:
    if term.isdigit():
        value = int(term)
    else:
        value = ctx.lex.ordinals.get(key(term), (None,))[0]
    return value if value and 1 <= value <= 31 else None


def _weekday(ctx: FindContext, term: str | None) -> int | None:
    return ctx.lex.weekdays[key(term)][0] if term else None


def _direction(ctx: FindContext, term: str | None) -> str | None:
    return ctx.lex.modifiers[key(term)][0] if term else None


def _paired_month(ctx: FindContext, m: re.Match) -> tuple[Month | None, str | None]:
    """The month of ``m1`` (and ``m2`` when two names are printed, "نوفمبر/ تشرين الثاني")."""
    first = _month(ctx, m.group("m1"))
    second = _month(ctx, _opt(m, "m2"))
    if first and second and (first.number != second.number or first.calendar != second.calendar):
        if not re.search(r"[/\\]", ctx.norm.text[m.end("m1") : m.start("m2")]):
            return None, None  # two months side by side with no slash are not one month's two names
        return first, "paired month names disagree"
    return first, None


def _year_offset(ctx: FindContext, m: re.Match) -> int | None:
    """The year given relative to the publication year ("أيلول من العام الماضي", "March last year")."""
    if _opt(m, "ythis"):
        return 0
    if _opt(m, "ymod"):
        return DIRECTION_OFFSET[ctx.lex.modifiers[key(m.group("ymod"))][0]]
    return None


def _year(m: re.Match, month: Month) -> tuple[int | None, str]:
    """The printed year and the calendar it belongs to (an ``هـ`` or a 14xx year means Hijri)."""
    year = _opt(m, "year")
    if not year:
        return None, month.calendar
    value = int(year)
    era = _opt(m, "era")
    if month.calendar == "hijri" or era in HIJRI_ERAS or value < 1600:
        return value, "hijri" if month.calendar == "hijri" else "mismatch"
    return value, "gregorian"


def build_numeric(m: re.Match, ctx: FindContext) -> Expression | None:
    hijri = m.group("era") in HIJRI_ERAS  # "14-09-1432 هـ": a numeric Hijri date needs its era mark
    year: int | None
    day_last = None
    if m.group("y"):
        year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    elif m.group("d5"):  # "21-22/4/2018": a range of days in one month
        year, month, day, day_last = int(m.group("y5")), int(m.group("m5")), int(m.group("d5")), int(m.group("d5b"))
        if hijri or day_last <= day:
            return None
    elif m.group("mn"):  # "4-أيار-2019"
        named = _month(ctx, m.group("mn"))
        if named is None or named.calendar != "gregorian" or hijri:
            return None
        year, month, day = int(m.group("y3")), named.number, int(m.group("d3"))
    elif m.group("d4"):  # "في 30/4": a day and month, the year inferred
        if hijri or not _after_day_lead(ctx, m.start("d4")) or _FRACTION_OF.match(ctx.norm.text, m.end()):
            return None
        year, month, day = None, int(m.group("m4")), int(m.group("d4"))
        if month > 12 and day <= 12:  # "on 4/30": month first
            month, day = day, month
    else:
        year, month, day = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        if len(m.group("y2")) == 2:  # "30/4/19": a two-digit year of this century or the last
            if hijri:
                return None
            year += 2000 if year <= 50 else 1900
        if month > 12 and day <= 12 and not hijri:  # month-first (US) order; Hijri dates are day/month/year
            month, day = day, month
    if year is not None and not ((1300 <= year <= 1500) if hijri else (1900 <= year <= 2100)):
        return None
    if not hijri and not (1 <= month <= 12 and 1 <= day <= 31):
        return None  # an impossible Hijri date (month 13, day 35) is kept: the resolver flags it
    if m.group("wd") and m.group("wd").isascii() and not ctx.capitalized(m, "wd"):
        return None
    return Expression(
        m.start(),
        m.end(),
        "date",
        calendar="hijri" if hijri else "gregorian",
        year=year,
        month=month,
        day=day,
        day_last=day_last,
        weekday_check=_weekday(ctx, m.group("wd")),
    )


_FRACTION_OF = re.compile(r"\s*من\s")  # "في 1/3 من المناطق": a fraction, no day


def _after_day_lead(ctx: FindContext, pos: int) -> bool:
    """Does a word that leads a day ("في", "يوم", "بتاريخ", "on"; ``Lexicon.day_leads``, و/ف glued) stand before
    ``pos``? A bare "30/4" elsewhere may be a fraction or a ratio."""
    words = ctx.before(pos, 12).split()
    if not words:
        return False
    word = words[-1]
    return word in ctx.lex.day_leads or (word[:1] in "وف" and word[1:] in ctx.lex.day_leads)


def _day_month(m: re.Match, ctx: FindContext, day: int, day_last: int | None = None) -> Expression | None:
    month, note = _paired_month(ctx, m)
    if month is None:
        return None
    year, calendar = _year(m, month)
    if calendar == "mismatch":
        return None
    start = _night_start(m, ctx) if "ليل" in ctx.before(m.start(), _NIGHT_REACH) else m.start()
    return Expression(
        start,
        m.end(),
        "date",
        unit="night" if start < m.start() and day_last == day + 1 else None,
        calendar=month.calendar,
        year=year,
        year_offset=_year_offset(ctx, m),
        month=month.number,
        day=day,
        day_last=day_last,
        direction=_direction(ctx, _opt(m, "mod")) or _future(m, ctx),
        weekday_check=_weekday(ctx, _opt(m, "wd")),
        note=note,
    )


_NIGHT_REACH = 40  # characters before a printed date in which a night's words may stand


def _night_start(m: re.Match, ctx: FindContext) -> int:
    """Where the printed date starts, taking in the night's two weekdays named right before it ("ليل السبت - الأحد
    14-15 كانون الثاني 2017"): read alone, they would be the last such night before publication."""
    before = ctx.before(m.start(), _NIGHT_REACH)
    if _opt(m, "wd") or "ليل" not in before:
        return m.start()
    night = ctx.grammar.night_before.search(before)
    return m.start() - len(night.group()) if night else m.start()


# The word before "و" glued to an ordinal day: "في الثالث والرابع من أيار".
_WORD_AND = re.compile(r"(?:^|\s)(\S+)\s+و$")


def _ordinal_day_before(m: re.Match, ctx: FindContext, day: int) -> tuple[int, int] | None:
    """ "الثالث والرابع من أيار": the ordinal day joined by "و" before this one (its value and where it starts), unless
    the two words are one ordinal ("الثاني والعشرين")."""
    word = ctx.norm.text[m.start() : m.end("day")]  # the ordinal with its article, nothing before it
    if m.group("day").isdigit() or word not in (m.group("day"), "ال" + m.group("day")):
        return None
    before = ctx.before(m.start(), 16)
    joined = _WORD_AND.search(before)
    if joined is None or key(f"{joined.group(1)} و{word}") in ctx.lex.ordinals:
        return None
    first = _day(ctx, joined.group(1))
    return (first, m.start() - len(before) + joined.start(1)) if first is not None and first < day else None


def build_ar_day_month(m: re.Match, ctx: FindContext) -> Expression | None:
    day = _day(ctx, m.group("day")) or _impossible_hijri_day(ctx, m)
    if day is None:
        return None
    two_days = _ordinal_day_before(m, ctx, day)
    if two_days is not None:
        expr = _day_month(m, ctx, two_days[0], day)
        if expr:
            expr.start = two_days[1]
        return expr
    expr = _day_month(m, ctx, day)
    if expr and m.group("rel") and ctx.lex.relative[key(m.group("rel"))][0] == "day":
        expr.relative_check = ctx.lex.relative[key(m.group("rel"))][1]
    relative_before = m.group("wd") and ctx.grammar.relative_before.search(ctx.before(m.start()))
    if expr and expr.calendar == "hijri" and (m.group("rel") or m.group("dpart") or relative_before):
        # "صباح أمس السبت، 1 محرم 1441هـ": the Hijri date in apposition is an expression of its own.
        expr.start, expr.weekday_check, expr.relative_check = m.start("day"), None, None
    return expr


def _impossible_hijri_day(ctx: FindContext, m: re.Match) -> int | None:
    """A printed day above 31 before a Hijri month ("35 رجب 1440 هـ"): kept, so the resolver flags it
    ("no such date in the calendar") instead of the date being read as the month."""
    term = m.group("day")
    month, _ = _paired_month(ctx, m)
    if term.isdigit() and month is not None and month.calendar == "hijri" and int(term) <= HIJRI_DAY_MAX_PRINTED:
        return int(term)
    return None


def build_ar_week_of_month(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "الأسبوع الأول من كانون الثاني": the n-th seven days of the month."""
    term = key(m.group("nth"))
    if term not in ctx.lex.ordinals:  # "الأسبوع الأخير من آذار", "the last week of March": the month's last seven days
        expr = _day_month(m, ctx, 1)
        if expr is not None:
            expr.last_days = 7
    else:
        nth = ctx.lex.ordinals[term][0]
        expr = _day_month(m, ctx, 7 * nth - 6, 7 * nth)
    if expr is not None and term.isascii():
        expr.end = _without_full_stop(m, ctx, expr.end)  # "in the first week of May."
    return expr


@lru_cache(maxsize=4096)  # a memo per (lexicon, word), not a table loader
def _fuzzy_month(lex: Lexicon, word: str) -> Month | None:
    """``Lexicon.fuzzy_month``, once per word: reports repeat their words."""
    return lex.fuzzy_month(word)


def build_ar_month_day(m: re.Match, ctx: FindContext) -> Expression | None:
    day = int(m.group("day"))
    return _day_month(m, ctx, day) if 1 <= day <= 31 else None


def build_ar_day_fuzzy(m: re.Match, ctx: FindContext) -> Expression | None:
    word = m.group("word")
    if key(word) in ctx.lex.months:
        return None
    if not (m.group("year") or m.group("mod")):
        # "في 29 سبتمر،": with no year, a misspelt month needs a preposition before it or a pause after it
        if m.group("pause") is None and not ctx.after_preposition(m.start()):
            return None
    month = _fuzzy_month(ctx.lex, word)
    day = _day(ctx, m.group("day"))
    if month is None or day is None:
        return None
    year = int(m.group("year")) if m.group("year") else None
    return Expression(
        m.start(),
        m.end(),
        "date",
        year=year,
        month=month.number,
        day=day,
        direction=_direction(ctx, m.group("mod")),
        weekday_check=_weekday(ctx, m.group("wd")),
        note=f"month name '{word}' read as month {month.number} (spelling variant)",
    )


def build_ar_range(m: re.Match, ctx: FindContext) -> Expression | None:
    days = [int(m.group("d1"))] + [int(d) for d in re.findall(r"\d{1,2}", m.group("rest"))]
    lead = ctx.grammar.range_lead.search(ctx.before(m.start(), 12))
    # "16-23 شباط", "بين 16 و23 شباط", "في 14 أو 15 آذار": a list of numbers alone is not a range of days
    either = re.search(r"(?<!\w)او(?!\w)", m.group("rest")) or ctx.before(m.start(), 3) == "في "
    # "ليل 13/14 أيار": two days running joined by a slash are a night's two days
    night = len(days) == 2 and days[1] == days[0] + 1 and m.group("rest").lstrip().startswith("/")
    # "ليل الثلاثاء - الأربعاء 5 و6 كانون الثاني": the two days of the night its weekdays name
    night = night or (len(days) == 2 and days[1] == days[0] + 1 and _night_start(m, ctx) < m.start())
    # "عين ترما – 25 و26 نيسان 2015": two days running joined by "و" are both days, with no lead word too
    running = len(days) == 2 and days[1] == days[0] + 1 and m.group("rest").lstrip().startswith("و")
    if not lead and "-" not in m.group("rest") and not either and not night and not running:
        return None
    if _item_number(m, ctx):
        return None
    if any(not 1 <= d <= 31 for d in days) or days != sorted(days) or len(set(days)) != len(days):
        return None
    expr = _day_month(m, ctx, days[0], days[-1])
    if expr and lead:
        expr.start -= len(lead.group())
    return expr


def _item_number(m: re.Match, ctx: FindContext) -> bool:
    """True for a list item's number and dash opening the line before its day ("1- 4 تشرين الثاني 2018:"), no range."""
    rest = m.group("rest")
    if not (rest[:1] == "-" and rest[1:2].isspace()):
        return False
    line = ctx.before(m.start(), 12)
    return (m.start() <= 12 or "\n" in line) and not line.rsplit("\n", 1)[-1].strip(" *#>")


def _span(m: re.Match, ctx: FindContext, first: Month | None, day: int, day_last: int) -> Expression | None:
    """A range from a day of one month to a day of a later month; the year printed at the end."""
    expr = _day_month(m, ctx, day, day_last) if first else None
    if expr is None or first.calendar != expr.calendar or first.number == expr.month:
        return None
    if _opt(m, "ya") and expr.year is None:
        return None  # "28 شباط 2019 - 2 آذار": a year on the first date only is not a pattern of the language
    last_month = expr.month
    expr.month, expr.month_last = first.number, last_month
    if expr.year is not None and first.number > last_month:
        expr.year -= 1  # "28 كانون الأول - 3 كانون الثاني 2019": the range starts the year before
    return expr


def build_ar_span(m: re.Match, ctx: FindContext) -> Expression | None:
    lead = ctx.grammar.range_lead.search(ctx.before(m.start(), 12))
    first, last = int(m.group("d1")), int(m.group("d2"))
    if not (lead or m.group("sep") == "-") or not (1 <= first <= 31 and 1 <= last <= 31):
        return None
    expr = _span(m, ctx, _month(ctx, m.group("ma")), first, last)
    if expr and lead:
        expr.start -= len(lead.group())
    return expr


def build_en_span(m: re.Match, ctx: FindContext) -> Expression | None:
    month_a, month_b = m.group("ma") or m.group("mb"), m.group("m1") or m.group("m1b")
    first, last = int(m.group("d1") or m.group("d1b")), int(m.group("d2") or m.group("d2b"))
    start_month = m.start("ma") if m.group("ma") else m.start("mb")
    end_month = m.start("m1") if m.group("m1") else m.start("m1b")
    if not (ctx.original_at(start_month).isupper() and ctx.original_at(end_month).isupper()):
        return None
    if m.group("sep") == "and" and not m.group("lead"):
        return None  # "Feb. 3 and March 5": two dates, not a range
    a, b = _month(ctx, month_a), _month(ctx, month_b)
    if a.number == b.number or not (1 <= first <= 31 and 1 <= last <= 31):
        return None
    year = int(m.group("year")) if m.group("year") else None
    if year is not None and a.number > b.number:
        year -= 1
    return Expression(
        m.start(),
        _without_full_stop(m, ctx, m.end()),
        "date",
        year=year,
        month=a.number,
        day=first,
        day_last=last,
        month_last=b.number,
    )


def _distinct_spelling(ctx: FindContext, m: re.Match) -> bool:
    """ "في آب": the month printed in a spelling only it has (the father is "أب"; both normalize to "اب")."""
    start, end = ctx.norm.span(m.start("m1"), m.end("m1"))
    return ctx.norm.original[start:end] in ctx.lex.distinct_month_spellings


def build_ar_month(m: re.Match, ctx: FindContext) -> Expression | None:
    month, note = _paired_month(ctx, m)
    if month is None:
        return None
    year, calendar = _year(m, month)
    if calendar == "mismatch":
        return None
    context = m.group("year") or m.group("mod") or m.group("shahr") or m.group("part")
    context = context or _year_offset(ctx, m) is not None
    if not context:
        # A bare month name needs a date context: a paired name, or a preposition for unambiguous names.
        if month.calendar == "hijri":
            return None
        ambiguous = month.ambiguous and not _distinct_spelling(ctx, m)
        if not m.group("m2") and (ambiguous or not ctx.after_preposition(m.start())):
            return None
    return Expression(
        m.start(),
        m.end(),
        "month",
        calendar=month.calendar,
        year=year,
        year_offset=_year_offset(ctx, m),
        month=month.number,
        direction=_direction(ctx, m.group("mod")) or _future(m, ctx),
        note=note,
    )


def build_ar_day_of_month(m: re.Match, ctx: FindContext) -> Expression | None:
    day = _day(ctx, m.group("day"))
    mod = m.group("mod") or m.group("mod2")  # "في 17 الجاري": the 17th of this month
    if day is None:
        return None
    if _opt(m, "of_it") and not _after_day_lead(ctx, m.start()):
        return None  # "وفي 31 منه": the 31st of the month just told; "10 منه" alone may count things
    if m.group("mod2") and m.group("mod2").endswith(_FEMININE):
        return None  # "الساعات الأربع والعشرين الماضية": the modifier agrees with hours or days, not with a month
    if not (mod or m.group("this")) or mod in ("ذاته", "نفسه", "عينه"):  # "26 الشهر": of the month being told
        return Expression(m.start(), m.end(), "anaphor", unit="month", day=day)
    offset = DIRECTION_OFFSET[_direction(ctx, mod)] if mod else 0
    return Expression(m.start(), m.end(), "day_of_month", day=day, offset=offset)


def _period(m: re.Match, ctx: FindContext, language: str) -> Expression | None:
    mod, this, part = m.group("mod") or _opt(m, "after"), _opt(m, "this"), m.group("part")
    if not (mod or this or part):
        return None
    unit = ctx.lex.periods[key(m.group("unit") or _opt(m, "unit_a") or _opt(m, "unit_b"))][0]
    offset = DIRECTION_OFFSET[_direction(ctx, mod)] if mod else 0
    return Expression(m.start(), m.end(), "period", unit=unit, offset=offset)


# A year printed right after a period's noun: "مطلع العام 2015" is early 2015 (the year rule reads it), not this year.
_YEAR_FOLLOWS = re.compile(rf"\s+{YEAR}(?!\d)")


def build_ar_period(m: re.Match, ctx: FindContext) -> Expression | None:
    if m.group("part") and key(ctx.norm.text[m.start("part") : m.end("unit")]) in ctx.lex.weekends:
        return None  # "خلال نهاية الأسبوع": the weekend (the weekend rule reads it), not the whole week
    expr = _period(m, ctx, "ar")
    if expr is not None and expr.unit == "year" and not m.group("mod") and _YEAR_FOLLOWS.match(ctx.norm.text, m.end()):
        return None
    return expr


def build_en_period(m: re.Match, ctx: FindContext) -> Expression | None:
    if ctx.before(m.start(), 4) == "the " and _direction(ctx, m.group("mod")) == "next" and not _future(m, ctx):
        return None  # "the next week" told of the past: the week after the day just told (an anaphor)
    return _period(m, ctx, "en")


# A day number right after a night's weekday: "منتصف ليل الجمعة 26 شباط" is dated by the day printed.
_PRINTED_DAY_FOLLOWS = re.compile(r"\s*[,،]?\s*(?:الموافق\s+)?\d{1,2}(?!\d)")


def build_ar_night(m: re.Match, ctx: FindContext) -> Expression | None:
    first, second = _weekday(ctx, m.group("wd1")), _weekday(ctx, m.group("wd2"))
    if second is None and not m.group("mod") and _PRINTED_DAY_FOLLOWS.match(ctx.norm.text, m.end()):
        return None  # the weekday opens a printed date (the date rule reads it)
    if second is None:  # "ليل الثلاثاء", "منتصف ليل الجمعة": reports date the night by the weekday they name
        return Expression(m.start(), m.end(), "weekday", weekday=first, direction=_weekday_direction(m, ctx))
    note = None if second == (first + 1) % 7 else "the two weekdays of the night are not consecutive"
    return Expression(m.start(), m.end(), "night", weekday=first, weekday_last=second, note=note)


def build_ar_weekday_pair(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "يومي السبت والأحد": the two days (and any between), the latest such span by default."""
    if _in_a_name(m, ctx):
        return None
    first, last = _weekday(ctx, m.group("wd1")), _weekday(ctx, m.group("wd2"))
    return Expression(
        m.start(), m.end(), "weekday_span", weekday=first, weekday_last=last, direction=_weekday_direction(m, ctx)
    )


def _plausible_tomorrow(m: re.Match, ctx: FindContext) -> bool:
    """``غدا`` is also the verb "became": read it as "tomorrow" only with tanween, a weekday or a pause after it."""
    start, end = ctx.norm.span(m.start("rel"), m.end("rel"))
    if "ً" in ctx.norm.original[start : end + 1] or _opt(m, "wd"):
        return True
    rest = ctx.norm.text[m.end("rel") : m.end("rel") + 3].lstrip()
    return not rest or rest[0] in ",،.؛:)\"'»"


def _plausible_tonight(m: re.Match, ctx: FindContext) -> bool:
    """ "الليلة" alone is tonight; "تلك الليلة", "طوال الليلة", "الليلة الأولى", "الليلة ذاتها" are not."""
    before = ctx.before(m.start("rel"), 12).split()
    if before and before[-1] in ctx.lex.night_determiners:
        return False
    after = ctx.norm.text[m.end("rel") : m.end("rel") + 12].split()
    return not after or not (after[0].startswith("ال") or after[0] in ("ذاتها", "نفسها"))


def _day_of_a_relative_clause(m: re.Match, ctx: FindContext) -> bool:
    """ "في اليوم الذي أعلنت فيه الهدنة": "اليوم" before a relative pronoun is the day on which, not today."""
    after = ctx.norm.text[m.end("rel") : m.end("rel") + 8].split()
    return bool(after) and after[0] in ctx.lex.day_relatives


_OPEN_QUOTES, _CLOSE_QUOTES = '"«“', '"»”'


def _ends_quoted_name(m: re.Match, ctx: FindContext) -> bool:
    """«سوريا اليوم», "العربي اليوم": a relative word after one quoted word ends a name, not a date."""
    text = ctx.norm.text
    after = text[m.end() : m.end() + 2].lstrip()
    if not after or after[0] not in _CLOSE_QUOTES:
        return False
    before = text[max(0, m.start() - 25) : m.start()]
    opening = max(before.rfind(q) for q in _OPEN_QUOTES)
    return (
        opening != -1
        and not any(q in before[opening + 1 :] for q in _CLOSE_QUOTES)
        and len(before[opening + 1 :].split()) == 1
    )


def _counted_day(m: re.Match, ctx: FindContext) -> bool:
    """ "في اليوم الخامس من العملية", "لليوم الثامن": "اليوم" before an ordinal counts days from an event, not today."""
    after = ctx.norm.text[m.end("rel") : m.end("rel") + 12].split()
    return bool(after) and after[0] in ctx.grammar.number_words


def build_ar_relative(m: re.Match, ctx: FindContext) -> Expression | None:
    term = key(m.group("rel"))
    unit, offset, _ = ctx.lex.relative[term]
    if term == "غدا" and not _plausible_tomorrow(m, ctx):
        return None
    if term == "الليله" and not _plausible_tonight(m, ctx):
        return None
    if term == "اليوم" and not m.group("wd") and (_day_of_a_relative_clause(m, ctx) or _counted_day(m, ctx)):
        return None
    if not m.group("wd") and _ends_quoted_name(m, ctx):
        return None
    check = _weekday(ctx, m.group("wd")) if m.group("wd") else _weekday(ctx, m.group("wd0"))
    return Expression(m.start(), m.end(), "relative", unit=unit, offset=offset, weekday_check=check)


def _future(m: re.Match, ctx: FindContext) -> str | None:
    """ "future" when the clause before the expression is in the future tense ("سوف", "will", "is due to"); a plan
    ("prepare to host talks between … on Monday") may name its day further on in its clause."""
    if not _any_within(ctx.future_cue_positions, m.start(), _PLAN_REACH):  # most expressions have no cue before them
        return None
    if _any_within(ctx.future_cue_positions, m.start()) and ctx.grammar.future_cue.search(
        ctx.sentence_before(m.start())
    ):
        return "future"
    return "future" if ctx.grammar.plan_cue.search(ctx.clause_before(m.start(), _PLAN_REACH)) else None


def _future_verb_before(m: re.Match, ctx: FindContext) -> bool:
    """A verb with the future prefix سـ in the clause before ``m`` ("سيزور الوفد دمشق يوم الخميس").

    Nouns and names that start the same way (سيارة، سيطرة، سيرغي) are listed in ``future_prefix_nouns.csv``.
    """
    end = m.start()
    if not _any_within(ctx.future_verb_positions, end):
        return False
    start = end - len(ctx.clause_before(end))
    positions = ctx.future_verb_positions
    k = bisect_left(positions, start)
    while k < len(positions) and positions[k] < end:
        between = ctx.norm.text[positions[k] : end].split()[1:]
        if not ctx.lex.clause_openers.intersection(between):  # "ستواصل غاراتها التي بدأت الخميس": the weekday is past
            return True
        k += 1
    return False


def _future_tense(m: re.Match, ctx: FindContext) -> str | None:
    """ "future" after a future cue word or a سـ verb in the clause before ``m``."""
    return _future(m, ctx) or ("future" if _future_verb_before(m, ctx) else None)


def _weekday_direction(m: re.Match, ctx: FindContext) -> str | None:
    direction = _direction(ctx, _opt(m, "mod"))
    if direction:
        return direction
    return _future_tense(m, ctx)  # "سوف يجتمعون الخميس"، "سيجتمعون الخميس": that weekday, today or later


def build_ar_weekday(m: re.Match, ctx: FindContext) -> Expression | None:
    if not m.group("dpart") and _in_a_name(m, ctx):
        return None
    return Expression(
        m.start(), m.end(), "weekday", weekday=_weekday(ctx, m.group("wd")), direction=_weekday_direction(m, ctx)
    )


def _in_a_name(m: re.Match, ctx: FindContext) -> bool:
    """True for a weekday with its article opening ``m`` right after a given name ("محمد الجمعة": a family name) or a
    word heading a name ("كسرة شيخ الجمعة", "سوق الأحد": ``weekday_name_heads``)."""
    if not m.group(0).startswith("ال"):
        return False
    words = ctx.before(m.start(), 16).split()
    return bool(words) and (words[-1] in ctx.lex.given_names or words[-1] in ctx.lex.weekday_name_heads)


def _amount(ctx: FindContext, m: re.Match) -> tuple[int, str] | None:
    """(count, unit) of "21 أيام", "عامين", "two weeks"; whole days for a count of hours ("48 ساعة": 2 days, "36
    hours": the day before), None for fewer than 24 hours (the publication day, a clock time apart)."""
    if m.group("num"):
        count, unit = int(m.group("num")), ctx.lex.time_units[key(m.group("unit"))][0]
        if unit == "hour":
            return (count // 24, "day") if count >= 24 else None
        return count, unit
    count, _, unit = ctx.lex.date_numbers[key(m.group("n"))]
    return count, unit


def _ago(m: re.Match, count: int, unit: str) -> Expression | None:
    """The point ``count`` units before the publication day: a day for days and weeks, a day for months, a year."""
    if unit == "day" and 1 <= count <= 366:
        return Expression(m.start(), m.end(), "relative", unit="day", offset=-count)
    if unit == "week" and 1 <= count <= 52:
        return Expression(m.start(), m.end(), "relative", unit="day", offset=-7 * count)
    if unit == "month" and 1 <= count <= 120:
        return Expression(m.start(), m.end(), "ago", unit="day", months=count)
    if unit == "year" and 1 <= count <= 100:
        return Expression(m.start(), m.end(), "ago", unit="year", months=12 * count)
    return None


def _lasts_since(m: re.Match, ctx: FindContext) -> bool:
    """ "الحرب المستمرة منذ سبع سنوات", "أعنف هجوم منذ شهر": after a word of continuing or a superlative
    (within the two words before منذ, in its clause), منذ gives a length of time, not a day."""
    words = ctx.clause_before(m.start(), 30).split()[-2:]
    return any(word.strip(_PUNCTUATION) in ctx.lex.duration_cues for word in words)


def build_days_ago(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "منذ 21 يوماً", "قبل عامين", "three days ago": a count of units before the reference time (GOLD_SCHEMA)."""
    amount = _amount(ctx, m)
    if amount is None or (_opt(m, "prep") == "منذ" and _lasts_since(m, ctx)):
        return None
    count, unit = amount
    if _opt(m, "prep") == "منذ" and unit != "day":
        # "يبيع الخبز منذ 15 عاماً", "بدأ الهجوم منذ ثلاثة أسابيع": weeks, months or years after منذ tell how
        # long (the real reports' annotators do not date them); "قبل شهرين" and "منذ 21 يوماً" are points.
        return None
    if _opt(m, "dir") in ("later", "earlier"):  # "two days later": from the day just mentioned
        days = count * 7 if unit == "week" else count
        if unit not in ("day", "week") or not 1 <= days <= 31:
            return None
        return Expression(
            m.start(), m.end(), "anaphor", unit="day", offset=days if m.group("dir") == "later" else -days
        )
    return _ago(m, count, unit)


_AMOUNT = re.compile(r"(\d{1,3})\s*([^\W\d_]+)")


def build_duration_list(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "1 عام، 1 شهر، 1 أسبوع، 1 يوم": an age printed as a list of amounts; hours and minutes stay within the day."""
    months = days = 0
    units = []
    for number, word in _AMOUNT.findall(m.group("list")):
        unit = ctx.lex.time_units.get(key(word), (None,))[0]
        if unit is None or unit in units:
            return None
        units.append(unit)
        count = int(number)
        months += {"year": 12 * count, "month": count}.get(unit, 0)
        days += {"week": 7 * count, "day": count}.get(unit, 0)
    if not months and not days:
        return None
    return Expression(m.start(), m.end(), "ago", unit="day", months=months, offset=-days)


# What stands before a phrase opening its sentence or clause: the text's start, a stop, a comma or a line break, with
# "و" or "ف" glued to the phrase.
_OPENS_CLAUSE = re.compile(r"(?:^|[.،,؛;:\n])\s*[وف]?$")
# What stands before a phrase that moves the story on: the sentence's start, or a comma and "و" ("، وبعد يومين من …");
# after a comma alone the phrase tells when the clause before it happened ("…، بعد يومين من مقتل امرأة").
_MOVES_ON = re.compile(r"(?:(?:^|[.؛;:\n])\s*[وف]?|[،,]\s*[وف])$")
# A comma right before a phrase (no "و" after it): the phrase tells when the clause before it happened.
_AFTER_COMMA = re.compile(r"[،,]\s*$")
# An explicit day printed right after an offset phrase: "بعد يومين، في 16 تموز", "الليلة التالية 22 أيلول".
_DAY_FOLLOWS = re.compile(r"[\s,،؛]*(?:و\s*)?(?:في\s+|ب\s*)?(?:ليله\s+|يوم\s+)?(?:ال)?\d{1,2}(?!\d)")


def build_days_after(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "بعد ذلك بيومين", "قبلها بيوم", "بعد سنة من الهجوم": an offset from the day the narrative is at.

    A bare "بعد يومين" is an offset when a printed day follows it (the two stand in apposition) or when it opens
    its sentence or clause ("…يوم الاثنين. وبعد يومين قصفت …": the story moves on from the day it is at), or
    counts from publication in the future tense ("ستبدأ المحادثات بعد يومين"); otherwise its reference
    point is not given.
    """
    term = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5")
    months, days = _offset(ctx, term)
    if not (1 <= days <= 31 or 1 <= months <= 120):
        return None
    sign = -1 if m.group("dir") == "قبل" else 1
    if m.group("n5"):
        # "قتل ثلاثة أطفال الثلاثاء، بعد يومين من مقتل امرأة": the day of the clause it stands in, with another
        # incident named after it, days apart (the extractor dates that one); opening its clause, its reference
        # point is not given
        if months or _MOVES_ON.search(ctx.before(m.start(), 6)):
            return None
        return Expression(m.start(), m.end(), "anaphor", unit="clause")
    if m.group("n4") and _AFTER_COMMA.search(ctx.before(m.start(), 6)):
        # "قتل مدنيان أمس، بعد أسبوع على الهجوم على دوما": after a comma it tells the day of its clause, the attack
        # named being the earlier one (not the narrative's day moved on)
        return Expression(m.start(), m.end(), "anaphor", unit="clause")
    if m.group("n3") and not _DAY_FOLLOWS.match(ctx.norm.text, m.end()):
        future = sign == 1 and not months and _future_tense(m, ctx)
        if future:
            return Expression(m.start(), m.end(), "relative", unit="day", offset=days)
        if sign == -1 or not _OPENS_CLAUSE.search(ctx.before(m.start(), 6)):
            return None
    return Expression(m.start(), m.end(), "anaphor", unit="day", offset=sign * days, months=sign * months)


def _offset(ctx: FindContext, term: str) -> tuple[int, int]:
    """(months, days) of "يومين", "3 أيام", "بشهر", "سنة", "أسبوعين"."""
    return time_count(ctx.lex, term)


def time_count(lex: Lexicon, term: str) -> tuple[int, int]:
    """(months, days) of a normalized count of time ("يومين", "3 أيام", "بشهر", "سنة", "أسبوعين"); (0, 0) for a
    word that counts no time."""
    number = re.match(r"\d+", term)
    if number:
        return 0, int(number.group())
    found = lex.date_numbers.get(key(term))
    if found is None:
        return 0, 0
    count, _, unit = found
    return {"year": (12 * count, 0), "month": (count, 0), "week": (0, 7 * count)}.get(unit, (0, count))


def build_weekend(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "over the weekend", "عطلة نهاية الأسبوع الماضية": the latest weekend by default (days in ``weekends.csv``)."""
    first, last, language = ctx.lex.weekends[key(m.group("w"))]
    if language == "en" and not m.group("mod") and ctx.before(m.start(), 4) != "the ":
        return None  # "weekend strikes", "a weekend of violence": no day is meant
    direction = _direction(ctx, m.group("mod"))
    if direction in (None, "current"):  # "this weekend": the one just past, or the coming one in the future tense
        words = ctx.before(m.start(), 12).split()
        deadline = bool(words) and words[-1] in ctx.lex.deadline_leads  # "حتى نهاية الأسبوع": a deadline, ahead
        direction = "future" if deadline else _future_tense(m, ctx)
    return Expression(m.start(), m.end(), "weekday_span", weekday=first, weekday_last=last, direction=direction)


def build_holiday(m: re.Match, ctx: FindContext) -> Expression | None:
    options = ctx.lex.holidays[key(m.group("h"))]
    (month, day, days), feasts = options[0], options if len(options) > 1 else ()
    nth = m.group("nth") or m.group("en_nth") or m.group("day_nth")  # "ثالث أيام العيد", "اليوم الثالث من العيد"
    if nth:
        n = ctx.lex.ordinals[key(nth)][0]  # a feast may be kept a day longer than the table says
        return Expression(
            m.start(), m.end(), "holiday", calendar="hijri", month=month, day=day, offset=n - 1, feasts=feasts
        )
    if m.group("eve") or m.group("en_eve"):  # "عشية عيد الفطر", "the eve of Eid al-Adha": the day before the feast
        return Expression(
            m.start(), m.end(), "holiday", calendar="hijri", month=month, day=day, offset=-1, feasts=feasts
        )
    if feasts:
        return None  # "غارات العيد": a feast that is not named is a date only with its day ("ثالث أيام العيد")
    return Expression(
        m.start(),
        m.end(),
        "holiday",
        calendar="hijri",
        month=month,
        day=day,
        days=days if m.group("ayyam") else 1,
        direction=_direction(ctx, m.group("mod")),
    )


def build_fixed_holiday(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "عيد الأم" (21 March), "عشية عيد الميلاد" (24 December): the year is inferred like a day and month."""
    term = m.group("h")
    if term.isascii() and not ctx.capitalized(m, "h"):
        return None
    month, day = ctx.lex.fixed_holidays[key(term)]
    if m.group("eve") or m.group("en_eve"):
        eve = dt.date(2001, month, day) - dt.timedelta(days=1)  # 2001: any year with no 29 February
        month, day = eve.month, eve.day
    return Expression(m.start(), m.end(), "date", month=month, day=day, direction=_future(m, ctx))


def build_past_span(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "خلال الأيام الثلاثة الماضية", "over the past 24 hours": the days from N units before publication to it."""
    if m.group("num"):
        count = int(m.group("num"))
    elif _opt(m, "num_after"):  # "خلال الساعات الـ48 الماضية"
        count = int(m.group("num_after"))
    elif m.group("word"):
        count = ctx.lex.past_counts[key(m.group("word"))][0]
    elif _opt(m, "dual"):
        count = 2
    elif m.group("unit").endswith("s"):
        return None  # "in the last days": how many is not said
    else:
        count = 1  # "over the past week"
    if _opt(m, "dual"):
        unit = ctx.lex.past_counts[key(m.group("dual"))][2]
    else:
        named = m.group("unit") or _opt(m, "units") or _opt(m, "units_n") or ""
        unit = ctx.lex.time_units.get(key(named), ("hour",))[0]
    if unit == "hour":
        unit, count = "day", -(-count // 24)  # "the past 24 hours": since yesterday
    months = {"year": 12 * count, "month": count}.get(unit, 0)
    days = {"week": 7 * count, "day": count}.get(unit, 0)
    if not (months or days) or months > 120 or days > 366:
        return None
    return Expression(m.start(), m.end(), "past_span", months=months, offset=-days)


def build_consecutive_day(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "لليوم الثالث على التوالي", "for the third consecutive day": the run's days, the publication day its last."""
    count = ctx.lex.ordinals[key(m.group("ord"))][0]
    if count < 2:
        return None
    return Expression(m.start(), m.end(), "past_span", offset=-(count - 1))


def build_year(m: re.Match, ctx: FindContext) -> Expression | None:
    if m.group("year"):
        return Expression(m.start(), m.end(), "year", year=int(m.group("year")))
    if not ctx.after_year_preposition(m.start()):
        return None
    return Expression(m.start("year2"), m.end("year2"), "year", year=int(m.group("year2")))


def _range_opened(m: re.Match, ctx: FindContext) -> bool:
    """ "بين 2015 و2018", "between 2014 and 2017": a word that opens a range stands before ``m``."""
    before = ctx.before(m.start(), 12)
    if ctx.grammar.range_lead.search(before):
        return True
    words = before.split()
    return bool(words) and words[-1] in ctx.lex.interval_terms("range_open", "en")


def build_year_range(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "2013 - 2018", "عامي 2012 إلى 2018", "from 2012 to 2016"; joined by و or "and" only after a dual noun or a word
    opening a range ("بين عامي 2015 و2018", "between 2014 and 2017")."""
    first, last = int(m.group("y1")), int(m.group("y2"))
    if not first < last <= first + 100:
        return None
    if m.group("sep") in ("و", "and") and not (m.group("noun") or _range_opened(m, ctx)):
        return None  # "killed in 2014 and 2015": two years, not the years between
    if m.group("sep") == "/" and last != first + 1:
        return None  # "2018/2019" is a season; "2012/2018" reads as two years, not a span
    following = ctx.norm.text[m.end() : m.end() + 24].split()[:1]
    if following and following[0].strip(_PUNCTUATION) in ctx.lex.counted_nouns:
        return None  # "بين 1800 و2000 مقاتل": counts of people, not years
    return Expression(
        m.start(), m.end(), "date", year=first, month=1, day=1, month_last=12, day_last=31, year_last=last
    )


def build_ar_month_range(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "يوليو - ديسمبر 2016": from the first day of one month to the last day of the other, in the printed year."""
    first, last = _month(ctx, m.group("ma")), _month(ctx, m.group("m1"))
    if first is None or last is None or first.calendar != "gregorian" or last.calendar != "gregorian":
        return None
    if first.number == last.number:
        return None
    year = int(m.group("year"))
    end_year = year
    start_year = year - 1 if first.number > last.number else year
    return Expression(
        m.start(),
        m.end(),
        "date",
        year=start_year,
        month=first.number,
        day=1,
        month_last=last.number,
        day_last=31,
        year_last=end_year,
    )


def _without_full_stop(m: re.Match, ctx: FindContext, end: int) -> int:
    """Leave out a full stop that ends the sentence after a month name that is not abbreviated ("in January.")."""
    text = ctx.norm.text
    if end and text[end - 1] == "." and m.group("m1") and end == m.end("m1") + 1 and _full_name(ctx, m.group("m1")):
        return end - 1
    return end


def _full_name(ctx: FindContext, name: str) -> bool:
    """Is ``name`` a month's full name ("May", "June"), not the shortening of a longer one ("Jun", "Sept")?"""
    month = _month(ctx, name)
    return month is not None and not any(
        other != key(name) and other.startswith(key(name)) and found.number == month.number
        for other, found in ctx.lex.months.items()
    )


def _en_date(m: re.Match, ctx: FindContext, day: int, day_last: int | None = None, group: str = "m1"):
    if not ctx.capitalized(m, group):
        return None
    if _opt(m, "wd") and not ctx.capitalized(m, "wd"):
        return None
    month = _month(ctx, m.group(group))
    year = int(m.group("year")) if m.group("year") else None
    return Expression(
        m.start(),
        _without_full_stop(m, ctx, m.end()),
        "date",
        year=year,
        year_offset=_year_offset(ctx, m),
        month=month.number,
        day=day,
        day_last=day_last,
        weekday_check=_weekday(ctx, _opt(m, "wd")),
    )


def build_en_month_day(m: re.Match, ctx: FindContext) -> Expression | None:
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    found = _en_date(m, ctx, day)
    if found and m.group(0).endswith(")") and "(" not in m.group(0):
        found.end -= 1
    return found


def build_en_day_month(m: re.Match, ctx: FindContext) -> Expression | None:
    day = int(m.group("day"))
    return _en_date(m, ctx, day) if 1 <= day <= 31 else None


def build_en_range(m: re.Match, ctx: FindContext) -> Expression | None:
    group = "m0" if m.group("m0") else "m1" if m.group("m1") else None
    if group is None or (m.group("m0") and m.group("m1")):
        return None
    first, last = int(m.group("d1")), int(m.group("d2"))
    if not (1 <= first < last <= 31):
        return None
    return _en_date(m, ctx, first, last, group)


def build_en_month(m: re.Match, ctx: FindContext) -> Expression | None:
    if not ctx.capitalized(m, "m1"):
        return None
    month = _month(ctx, m.group("m1"))
    mod = m.group("mod")
    context = m.group("year") or mod or m.group("part") or m.group("ymod") or "month" in m.group(0)
    if not context and not ctx.after_preposition(m.start()):
        return None
    direction = _direction(ctx, mod) or _future(m, ctx)
    year = int(m.group("year")) if m.group("year") else None
    if year is not None and month.calendar == "hijri":  # "Ramadan 2016": the Hijri year of that Gregorian one
        year = cal.hijri_year_of(year, month.number)
    return Expression(
        m.start(),
        _without_full_stop(m, ctx, m.end()),
        "month",
        calendar=month.calendar,
        year=year,
        year_offset=_year_offset(ctx, m),
        month=month.number,
        direction=direction,
    )


def build_en_night(m: re.Match, ctx: FindContext) -> Expression | None:
    if not ctx.capitalized(m, "wd1"):
        return None
    first, second = _weekday(ctx, m.group("wd1")), _weekday(ctx, m.group("wd2"))
    if second is None:  # "overnight Saturday": the night into Saturday
        return Expression(m.start(), m.end(), "night", weekday=(first - 1) % 7, weekday_last=first)
    return Expression(m.start(), m.end(), "night", weekday=first, weekday_last=second)


def build_en_relative(m: re.Match, ctx: FindContext) -> Expression | None:
    unit, offset, _ = ctx.lex.relative[key(m.group("rel"))]
    return Expression(
        m.start(), m.end(), "relative", unit=unit, offset=offset, weekday_check=_weekday(ctx, m.group("wd"))
    )


def build_en_weekday(m: re.Match, ctx: FindContext) -> Expression | None:
    if not ctx.capitalized(m, "wd"):
        return None
    weekday = _weekday(ctx, m.group("wd"))
    if m.group("dpart2") == "night":  # "Saturday night": Saturday evening into Sunday
        return Expression(m.start(), m.end(), "night", weekday=weekday, weekday_last=(weekday + 1) % 7)
    direction = (
        {"last": "past", "next": "next"}.get(m.group("mod") or "")
        or _direction(ctx, m.group("after"))  # "the Friday before last"
        or _weekday_direction(m, ctx)
    )
    return Expression(m.start(), m.end(), "weekday", weekday=weekday, direction=direction)


def build_anaphor(m: re.Match, ctx: FindContext) -> Expression | None:
    if m.group("event"):  # "يوم الهجوم": the day of the incident just told
        return Expression(m.start(), m.end(), "anaphor", unit="day", offset=0)
    unit, offset, _ = ctx.lex.anaphora[key(m.group("a"))]
    if offset < 0 and m.group("a").endswith("after") and ctx.sentence_before(m.start()).split() in ([], ["the"]):
        # "Y on Monday, a day after X": X is the day before; "A day after X, Y" opening its sentence tells Y, the day
        # after (the day just told being X's)
        offset = -offset
    return Expression(m.start(), m.end(), "anaphor", unit=unit, offset=offset)


def _year_told_before(m: re.Match, ctx: FindContext) -> int | None:
    """The year printed last in the text before ``m`` (within ``YEAR_TOLD_REACH``), the one "the fifth month" counts in."""
    years = _YEAR_TOLD.findall(ctx.before(m.start(), YEAR_TOLD_REACH))
    return int(years[-1]) if years else None


def _ordinal_month(m: re.Match, ctx: FindContext) -> Expression | None:
    """ "الشهر الخامس من العام 2017", "the fifth month": a month counted in the year printed or told before."""
    month = ctx.lex.ordinals[key(m.group("mord"))][0]
    year = int(m.group("year")) if m.group("year") else _year_told_before(m, ctx)
    if year is None:
        return None
    return Expression(m.start(), m.end(), "month", year=year, month=month)


def build_en_ordinal_month(m: re.Match, ctx: FindContext) -> Expression | None:
    return _ordinal_month(m, ctx) if ctx.before(m.start(), 4) == "the " else None  # not "its fifth month"


def build_en_day_of_it(m: re.Match, ctx: FindContext) -> Expression | None:
    day, last = int(m.group("day")), int(m.group("day_last") or m.group("day"))
    if not 1 <= day <= last <= 31:
        return None
    return Expression(m.start(), m.end(), "anaphor", unit="month", day=day, day_last=last if last > day else None)


def build_ar_ordinal_month(m: re.Match, ctx: FindContext) -> Expression | None:
    if not m.group("year"):
        return None if m.group("day") else _ordinal_month(m, ctx)
    month = ctx.lex.ordinals[key(m.group("mord"))][0]
    year = int(m.group("year"))
    if m.group("day"):
        day = _day(ctx, m.group("day"))
        return Expression(m.start(), m.end(), "date", year=year, month=month, day=day) if day else None
    return Expression(m.start(), m.end(), "month", year=year, month=month)


BUILDERS = {
    "numeric": build_numeric,
    "ar_range": build_ar_range,
    "ar_span": build_ar_span,
    "ar_day_month": build_ar_day_month,
    "ar_week_of_month": build_ar_week_of_month,
    "en_week_of_month": build_ar_week_of_month,
    "ar_month_day": build_ar_month_day,
    "ar_ordinal_month": build_ar_ordinal_month,
    "ar_day_fuzzy": build_ar_day_fuzzy,
    "ar_month": build_ar_month,
    "ar_day_of_month": build_ar_day_of_month,
    "ar_period": build_ar_period,
    "ar_night": build_ar_night,
    "ar_weekday_pair": build_ar_weekday_pair,
    "ar_relative": build_ar_relative,
    "ar_weekday": build_ar_weekday,
    "ar_days_ago": build_days_ago,
    "duration_list": build_duration_list,
    "holiday": build_holiday,
    "year": build_year,
    "ar_past_span": build_past_span,
    "en_past_span": build_past_span,
    "ar_consecutive_day": build_consecutive_day,
    "en_consecutive_day": build_consecutive_day,
    "fixed_holiday": build_fixed_holiday,
    "year_range": build_year_range,
    "ar_month_range": build_ar_month_range,
    "en_month_day": build_en_month_day,
    "en_day_month": build_en_day_month,
    "en_range": build_en_range,
    "en_span": build_en_span,
    "en_month": build_en_month,
    "en_period": build_en_period,
    "en_night": build_en_night,
    "en_relative": build_en_relative,
    "en_weekday": build_en_weekday,
    "en_days_ago": build_days_ago,
    "ar_days_after": build_days_after,
    "ar_weekend": build_weekend,
    "en_weekend": build_weekend,
    "anaphor": build_anaphor,
    "en_ordinal_month": build_en_ordinal_month,
    "en_day_of_it": build_en_day_of_it,
}


def _number_head(text: str, pos: int, grammar: Grammar) -> tuple[int, str]:
    """The head of the number that starts at ``pos``, dispatched by its digits (``grammar.digit_class``) and by
    what follows it (see ``grammar.DIGIT_AR``)."""
    end, size = pos, len(text)
    while end < size and text[end].isdecimal():  # the digits ``\\d`` matches
        end += 1
    digits = digit_class(text[pos:end])
    while end < size and text[end].isdigit():
        end += 1
    while end < size and text[end] == " ":
        end += 1
    follower = text[end] if end < size else ""
    if follower.isalpha():
        word = _WORD.match(text, end).group()
        if follower.isascii():
            if word in grammar.number_followers_en:
                return pos, number_head_key(DIGIT_EN, digits, word)
            return pos, number_head_key(DIGIT_EN_PLAIN, digits)
        if word in grammar.number_followers:
            return pos, number_head_key(DIGIT_AR, digits, word)
        if word[0] == "و" and (word[1:2].isdigit() or word[1:] in grammar.number_followers):
            return pos, number_head_key(DIGIT_AR, digits)
        return pos, number_head_key(DIGIT_AR_PLAIN, digits)
    if follower in ",،":
        return pos, number_head_key(DIGIT_COMMA, digits)
    return pos, number_head_key(DIGIT if follower in "./\\-" else DIGIT_OTHER, digits)


def _token_plan(token: str, readings: dict, lex: Lexicon) -> tuple[tuple[int, str | None], ...]:
    """Where rules can start inside ``token``: (offset, head word), head None for a number (judged in context).

    A future cue word or a verb with the future prefix سـ is marked too (``FUTURE_CUE``, ``FUTURE_VERB``), so
    their positions come out of the same pass. Empty for a plain word that starts nothing ("قال،").
    """
    options = readings.get(token)
    if options is not None:
        return options
    core = token.strip(_PUNCTUATION)
    if core in readings:
        return tuple((token.find(core) + offset, word) for offset, word in readings[core])
    if core in lex.future_cue_words or "'ll" in core:
        return ((token.find(core), FUTURE_CUE),)
    verb = _FUTURE_VERB.match(core) if core[:1] in _FUTURE_VERB_FIRST else None
    if verb and verb.end() == len(core) and not lex.is_future_prefix_noun(verb.group(1)):
        return ((token.find(core), FUTURE_VERB),)
    if core.isalpha() or not core:
        return ()
    plan: list[tuple[int, str | None]] = []
    for sub in _SUBWORD.finditer(token):
        word, start = sub.group(), sub.start()
        if word[0].isdigit():
            plan.append((start, None))
        elif word[0] in "وفبل" and word[1:2].isdigit():
            plan.append((start + 1, None))  # "و23"
        elif word[:2] == "في" and word[2:3].isdigit():
            plan.append((start + 2, None))  # "في23": the preposition glued to the number
        elif word[:2] == "ال" and word[2:3].isdigit():
            plan.extend(((start, "ال"), (start + 2, None)))  # "الـ15" (the tatweel is normalized away)
        elif word in readings:
            plan.extend((start + offset, head) for offset, head in readings[word])
    return tuple(plan)


@lru_cache(maxsize=4)  # derived from the reference's grammar and lexicon (hashed by identity), not a loader
def _token_plans(grammar: Grammar, lex: Lexicon) -> dict[str, tuple]:
    """The plans of the tokens seen so far: news reports repeat their words, so each is looked into once."""
    return {}


def _head_positions(text: str, grammar: Grammar, lex: Lexicon) -> list[tuple[int, str]]:
    """(position, word) of every token that can start a rule, in text order.

    Regex scans of Arabic text are slow (every character is a Unicode lookup), so the text is split on
    white space by ``str.split``; each token's plan (``_token_plan``, cached) says whether anything can start
    in it, and only those tokens are located (``str.find``).
    """
    readings, plans = grammar.head_readings, _token_plans(grammar, lex)
    found: list[tuple[int, str]] = []
    for pos, plan in planned_tokens(text, plans, lambda token: _token_plan(token, readings, lex)):
        for offset, word in plan:
            found.append((pos + offset, word) if word is not None else _number_head(text, pos + offset, grammar))
    found.sort()
    return found


def _names_something(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A date right after "ساحة", "شارع", "ثورة"… is part of a name ("ساحة 7 نيسان"), not a date of the report;
    so is one right before an English name word ("April 7th Street", "the 6 October Bridge")."""
    before = text[max(0, start - 16) : start].split()
    if before and before[-1].strip("\"'«") in lex.date_name_words:
        return True
    after = text[end : end + 16].split()
    return bool(after) and after[0].isascii() and after[0].strip("\"'»,.") in lex.date_name_words


@lru_cache(maxsize=4)  # derived from the lexicon's table, not a loader
def _by_anchor(terms: tuple[str, ...]) -> dict[str, tuple[tuple[str, int], ...]]:
    """The terms grouped by a word of theirs that most of them share ("اليوم"), each with that word's offset in it:
    a text is searched once per such word, not once per term."""
    shared = Counter(word for term in terms for word in set(term.split()))
    groups: dict[str, list[tuple[str, int]]] = {}
    for term in terms:
        anchor = max(term.split(), key=lambda word: (shared[word], len(word)), default=term)
        groups.setdefault(anchor, []).append((term, term.find(anchor)))
    return {anchor: tuple(group) for anchor, group in groups.items()}


def _blocked_spans(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the names that are not dates ("سوريا اليوم") stand in ``text`` (as whole words): each term where its
    anchor word (``_by_anchor``) stands at the term's offset."""
    spans = []
    for anchor, group in _by_anchor(terms).items():
        at = text.find(anchor)
        while at != -1:
            for term, offset in group:
                pos, end = at - offset, at - offset + len(term)
                if pos >= 0 and text.startswith(term, pos):
                    if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                        spans.append((pos, end))
            at = text.find(anchor, at + 1)
    return spans


# Web addresses and link targets ("](…)"), and file names ("screenshot_2019-03-12.png"): their digits are not dates.
# A file name is a run of name characters (``_NAME_CHARACTERS``) up to the last extension in it; the run is found from
# its extensions (a literal "." lets the regex engine skip to them), not by trying every run of the text.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\]\([^)\s]*\)")
_ADDRESS_MARKS = ("http", "www.", "](")
_FILE_EXTENSION = re.compile(r"\.(?:png|jpe?g|gif|webp|mp4|pdf|html?)(?!\w)")
_LINK_MARKS = ("http", "www.", "](", ".png", ".jp", ".gif", ".webp", ".mp4", ".pdf", ".htm")


_NAME_CHARACTERS = re.compile(r"[\w./-]*")  # the characters of a file name (matched on reversed text)


def _run_start(text: str, end: int, floor: int) -> int:
    """Where the run of file-name characters ending at ``end`` starts, looking back no further than ``floor``: the
    text before ``end`` is reversed in growing windows and the characters matched at once (not one by one)."""
    width = 64
    while True:
        low = max(floor, end - width)
        run = _NAME_CHARACTERS.match(text[low:end][::-1]).end()
        if run < end - low or low == floor:
            return end - run
        width *= 4


def _file_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each file name: a whole run of name characters up to the end of its last extension
    (one before which the run holds at least one character), in text order."""
    names: dict[int, int] = {}
    last_dot = last_start = -1  # the previous extension and the start of its run
    for m in _FILE_EXTENSION.finditer(text):
        # a run reaching the previous extension is its run: its start is known (no quadratic scan)
        start = _run_start(text, m.start(), max(last_dot, 0))
        if start == last_dot:
            start = last_start
        last_dot, last_start = m.start(), start
        if start < m.start():
            names[start] = m.end()  # a later extension of the same run ends the name further on
    return list(names.items())


class _Addresses:
    """The addresses and link targets of a text, asked for at positions that never go back: each mark's next
    occurrence is found once and kept until the text is read past it (a text with many links is not searched to
    its end for every one)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.next_mark = [text.find(mark) for mark in _ADDRESS_MARKS]  # -1: no more of that mark

    def first_from(self, pos: int) -> re.Match | None:
        """The first address or link target at or after ``pos`` (tried only where one of its marks stands)."""
        while True:
            for k, at in enumerate(self.next_mark):
                if 0 <= at < pos:
                    self.next_mark[k] = self.text.find(_ADDRESS_MARKS[k], pos)
            marks = [at for at in self.next_mark if at >= 0]
            if not marks:
                return None
            m = _ADDRESS.match(self.text, min(marks))
            if m is not None:
                return m
            pos = min(marks) + 1


def _link_spans(text: str) -> list[tuple[int, int]]:
    """Where addresses and file names stand in ``text``: the spans one scan of the text would give, taking at
    each position an address before a file name, and going on after each span (most texts have none: one find
    before any regex)."""
    if not any(mark in text for mark in _LINK_MARKS):
        return []
    files = _file_names(text)
    spans: list[tuple[int, int]] = []
    pos = k = 0
    addresses = _Addresses(text)
    address = addresses.first_from(0)
    while True:
        if address is not None and address.start() < pos:
            address = addresses.first_from(pos)
        while k < len(files) and files[k][0] < pos:
            k += 1  # a name that starts inside a span taken is no name: its run started before
        if address is None and k == len(files):
            return spans
        if address is not None and (k == len(files) or address.start() <= files[k][0]):
            span = address.span()
        else:
            span = files[k]
        spans.append(span)
        pos = span[1]


@lru_cache(maxsize=4)  # derived from the reference's grammar (hashed by identity), not a loader
def _dispatch(grammar: Grammar) -> dict[str, tuple[tuple, tuple | None]]:
    """For each head word: the (index, name, match, builder) of its rules, and of those needing no number when a
    number must follow the head for the others (None when the head is a number itself, or no rule of it needs one:
    nothing to look up)."""
    out = {}
    for word, ids in grammar.head_index.items():
        tries = tuple((i, grammar.rules[i][0], grammar.rules[i][1].match, BUILDERS[grammar.rules[i][0]]) for i in ids)
        without_number = tuple(t for t in tries if not grammar.needs_number[t[0]])
        numbered = word[0] == DIGIT or word in grammar.number_words
        out[word] = (tries, None if numbered or without_number == tries else without_number)
    return out


def find_expressions(norm: Normalized, lex: Lexicon | None = None, grammar: Grammar | None = None) -> list[Expression]:
    """Every date expression in ``norm.text``, overlapping readings resolved to the longest, in text order.

    The text is scanned once for the words that can start a rule; each such rule is tried (anchored) there.
    """
    if lex is None or grammar is None:
        from timeline.reference import default_reference  # imported here: the reference imports this module

        lex, grammar = default_reference().dates.lexicon, default_reference().dates.grammar
    text = norm.text
    # asked of each expression built: merged, so that is one bisection (a text with many links has many spans)
    blocked = CoveredPositions(_blocked_spans(text, lex.not_dates) + _link_spans(text))
    dispatch = _dispatch(grammar)
    number_words = grammar.number_words
    candidates: list[tuple[int, Expression]] = []
    names: list[tuple[int, int]] = []  # the dates that name something ("حي الأول من أيار"): no date inside them either
    heads = _head_positions(text, grammar, lex)
    # the future cue words and verbs are taken in as the heads are read, in text order: a builder asks only for those
    # before the expression it builds
    ctx = FindContext(norm, lex, grammar)
    numbers = [pos for pos, word in heads if word[0] == DIGIT or word in number_words]
    for pos, word in heads:
        entry = dispatch.get(word)
        if entry is None:
            if word == FUTURE_CUE:
                ctx.future_cue_positions.append(pos)
            elif word == FUTURE_VERB:
                ctx.future_verb_positions.append(pos)
            continue
        tries, tries_without_number = entry
        if tries_without_number is not None:
            k = bisect_left(numbers, pos)
            if k == len(numbers) or numbers[k] - pos > NUMBER_REACH:
                tries = tries_without_number
        for i, name, match, build in tries:
            m = match(text, pos)
            if m is None or m.end() == pos:
                continue
            expr = build(m, ctx)
            # a feast's counted day is a calendar day ("اليوم الثالث من عيد الأضحى"; "اليوم الثالث" alone is not)
            if expr is None or (expr.form != "holiday" and blocked.overlaps(expr.start, expr.end)):
                continue
            if name.startswith(("en_", "holiday", "anaphor")) and text[max(0, expr.start - 4) : expr.start] == "the ":
                if expr.start == 4 or not text[expr.start - 5].isalnum():
                    expr.start -= 4  # "the end of April", "the night of Sunday"
            if expr.form == "date" and _names_something(text, expr.start, expr.end, lex):
                names.append((expr.start, expr.end))
                continue
            if names and any(start <= expr.start and expr.end <= end for start, end in names):
                continue
            if text[expr.end : expr.end + 1] == ")" and "(" in text[expr.start : expr.end]:
                expr.end += 1  # "السبت (10 تشرين الثاني)": close the bracket the date opened
            candidates.append((i, expr))
    found = select_longest(candidates)
    return sorted(found + _since_intervals(found, text, grammar), key=lambda e: (e.start, -e.end))


# Forms that can open a "since X" interval; a count ("منذ ثلاثة أيام") is a point and holds its منذ already.
_SINCE_FORMS = frozenset(("date", "month", "year", "weekday", "relative", "night", "period", "holiday", "day_of_month"))


def _since_intervals(found: list[Expression], text: str, grammar: Grammar) -> list[Expression]:
    """ "منذ 18 شباط", "منذ بداية العام", "since Friday": the interval from X up to publication (GOLD_SCHEMA).

    The interval is an expression of its own, with its منذ; X stays reported too, because the day a
    period starts is also a date of the report (when the offensive began).
    """
    intervals = []
    for expr in found:
        if expr.form not in _SINCE_FORMS:
            continue
        window = max(0, expr.start - 32)
        if text.find("منذ", window, expr.start) == -1 and text.find("since", window, expr.start) == -1:
            continue  # most dates have no منذ before them: skip the regex
        lead = grammar.since_before.search(text, window, expr.start)
        if lead:
            intervals.append(replace(expr, start=lead.start(), since=True))
    return intervals

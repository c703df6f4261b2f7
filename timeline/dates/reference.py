"""The reference-time model: what each relative expression is counted from, and why.

A report is not all told on its publication day. The narrative moves with every day it prints
("في 12 آذار … وفي اليوم التالي …"), quoted testimony speaks from the day it was given, and an
offset phrase printed beside an explicit day ("بعد يومين، في 16 تموز") means that day. The tagger
asks this model which anchor an expression resolves against:

- ``printed``: nothing, the expression carries its own year ("12 آذار 2016");
- ``publication``: the publication day (today, yesterday, a weekday, "منذ ثلاثة أيام", a day
  whose year is the one nearest before publication);
- ``narrative``: the last day the text itself gave, never an anaphor nor a "since" interval
  ("في اليوم نفسه", "بعد ذلك بيومين", "بعد سنة من الهجوم", "حينها"), or the year printed
  earlier in the sentence for a day without one ("في عام 2017 … خلال نيسان");
- ``quote``: the day a quotation was given, when the sentence that opens it names one
  ("قال الأربعاء: «قصفونا اليوم»");
- ``apposition``: an explicit day printed right after the offset phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.dates.expression import Expression

# Quotation marks that open a quote, and the mark that closes each.
_QUOTES = {"«": "»", "“": "”", '"': '"'}
_SENTENCE_END = re.compile(r"[.!?؟\n]")
# Between an offset phrase and the day printed after it: punctuation (an opening bracket or a dash too: "في اليوم
# ذاته (9 حزيران)"), "و", "في", "ب", "ليلة", "يوم".
_APPOSITION_GAP = re.compile(r"[\s,،؛(\[–—-]*(?:و\s*)?(?:في\s+|ب\s*)?(?:ليله\s+|يوم\s+)?$")
_APPOSITION_REACH = 16  # characters
QUOTE_FORMS = frozenset(("relative", "weekday", "night"))  # what a quoted speaker counts from their own day
QUOTE_INTRO_REACH = 160  # characters before a quote where the day it was given is looked for


@dataclass(frozen=True)
class Quote:
    """A quotation in the normalized text, ``start``..``end`` (the marks included)."""

    start: int
    end: int


# A quotation in single marks ("'The planes came back this morning,' a rescuer said"): an opening mark at a word's
# start, up to a closing mark right after a stop or comma (an apostrophe never follows these); a mark inside is an
# apostrophe within a word ("didn't"), never one before a blank (the close of "the 'Olive Branch' offensive").
_SINGLE_QUOTED = re.compile(r"(?<![^\s(\[])['‘](?=[^\W\d_])(?:[^\n'’]|['’](?=\w))*?[,.!?]['’](?!\w)")


def find_quotes(text: str) -> list[Quote]:
    """Quotations: a text between an opening mark and its closing mark, within one paragraph."""
    quotes = _double_quotes(text)
    if "'" in text or "‘" in text:
        quotes += [
            Quote(m.start(), m.end())
            for m in _SINGLE_QUOTED.finditer(text)
            if quote_at(quotes, m.start()) is None and quote_at(quotes, m.end() - 1) is None
        ]
        quotes.sort(key=lambda quote: quote.start)
    return quotes


def _double_quotes(text: str) -> list[Quote]:
    """Quotations in double marks or guillemets."""
    quotes, pos = [], 0
    next_mark = {mark: text.find(mark) for mark in _QUOTES}  # each mark's next occurrence, kept until passed
    while True:
        for mark, at in next_mark.items():
            if 0 <= at < pos:
                next_mark[mark] = text.find(mark, pos)
        starts = [(at, mark) for mark, at in next_mark.items() if at != -1]
        if not starts:
            return quotes
        start, mark = min(starts)
        end = text.find(_QUOTES[mark], start + 1)
        paragraph_end = text.find("\n", start + 1)
        if end == -1 or (paragraph_end != -1 and paragraph_end < end):
            pos = start + 1
            continue
        quotes.append(Quote(start, end + 1))
        pos = end + 1


def quote_at(quotes: list[Quote], pos: int) -> Quote | None:
    """The quotation that holds position ``pos``, if any."""
    for quote in quotes:
        if quote.start < pos < quote.end:
            return quote
    return None


def intro_span(text: str, quote: Quote) -> tuple[int, int]:
    """The words that open a quote in its sentence ("وقال الشاهد يوم الأربعاء: "): where its day is given."""
    start = max(0, quote.start - QUOTE_INTRO_REACH)
    chunk = text[start : quote.start]
    ends = list(_SENTENCE_END.finditer(chunk))
    return (start + ends[-1].end() if ends else start), quote.start


# A verb of saying in the words that open a quote, and the speaker after it ("وقال أحد المسعفين يوم الخميس:").
_SPEAKER = re.compile(
    r"(?<!\w)[وف]?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|روي|روت|ذكر|ذكرت|صرح|صرحت|said|told|added|says)"
    r"\s+(?P<speaker>[^\s,،:؛\"«“]+(?:\s+[^\s,،:؛\"«“]+){0,3})"
)


def speaker_of(text: str, quote: Quote) -> tuple[int, int] | None:
    """Where the speaker of a quote is named, when the words that open it give them after a verb of saying."""
    start, end = intro_span(text, quote)
    found = list(_SPEAKER.finditer(text, start, end))
    return found[-1].span("speaker") if found else None


def apposition_partner(text: str, expressions: list[Expression], index: int) -> int | None:
    """The explicit day printed right after the offset phrase ``expressions[index]``, if there is one."""
    expr = expressions[index]
    for later in range(index + 1, min(index + 3, len(expressions))):
        other = expressions[later]
        if other.since:
            continue
        if other.start - expr.end > _APPOSITION_REACH or other.start < expr.end:
            return None
        if other.form == "date" and other.day is not None and _APPOSITION_GAP.match(text[expr.end : other.start]):
            return later
        return None
    return None


# A range of two printed dates: "من أيلول 2015 إلى شباط 2016", "بين 12 آذار 2016 و4 أيار 2018".
_RANGE_JOIN = re.compile(r"\s*(?:-|الي|حتي|وحتي|لغايه|to|until|through)\s*(?:(?:بدايه|مطلع|نهايه|اواخر|end\s+of)\s+)?$")
_RANGE_AND = re.compile(r"\s*(?:و|and)\s*(?:(?:بدايه|مطلع|نهايه|اواخر|end\s+of)\s+)?$")
_RANGE_OPEN = re.compile(r"(?<!\w)(?:بين|between)\s+$")
RANGE_FORMS = frozenset(("date", "month", "year"))


def joins_a_range(text: str, left: Expression, right: Expression) -> bool:
    """Do two dates printed one after the other make one range (a dash, "إلى", or "بين X و Y")?"""
    if left.since or right.since or left.form not in RANGE_FORMS or right.form not in RANGE_FORMS:
        return False
    gap = text[left.end : right.start]
    if len(gap) > 14:
        return False
    if _RANGE_JOIN.match(gap):
        return True
    return bool(_RANGE_AND.match(gap) and _RANGE_OPEN.search(text, max(0, left.start - 12), left.start))

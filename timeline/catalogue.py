"""Incident catalogues: reports that list incident after incident, a few lines each.

A monitor's catalogue ("on 7 July an attack on X; two days later, on 9 July, two attacks, the first
on Y, the other on Z …") names the date first, then the place and the munition, and usually no
perpetrator. Read clause by clause, such a text gives almost no incident (no agent, no toll), and
its back-references ("for the incident of 3 August …") would give copies. This module cuts the text
into entries instead: every day (or part of a month, "early July") named in a sentence with an
incident word opens an entry; a count bound to it ("four attacks on 12 May", "حادثتين") and ordinal items ("الأولى … الثانية …",
"1) … 2) …") split it into several incidents; a list of days followed by a list of places is read
in order ("on the 14th and 16th, in A and B respectively"). An entry whose day is already listed
and names no new place is a back-reference, not a new incident.

Cue words (entry nouns with the count their form gives, ordinals, aggregate words, munitions) are
rows of ``data/lexicon/catalogue_cues.csv``.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from timeline.cuewords import CueWords, cue_words
from timeline.dates import DateMention
from timeline.dates.lexicon import within_one_edit
from timeline.factions import FactionMention
from timeline.frozen import freeze_fields
from timeline.incident_places import Place, PlaceTables, named_site
from timeline.lexregex import BlankTokens, planned_tokens, trie_pattern, word_runs
from timeline.normalize import normalize_term
from timeline.numbers import cardinals as default_cardinals
from timeline.paths import LEXICON_DIR
from timeline.sentences import SentenceGrammar, TextView, clauses
from timeline.spans import CoveredPositions, SpanSet

CUES_CSV = LEXICON_DIR / "catalogue_cues.csv"
CUE_CLASSES = ("entry", "ordinal", "aggregate", "munition", "publication", "protected", "again")
# A report is read as a catalogue when its entries fall on at least this many distinct days.
MIN_CATALOGUE_DAYS = 5
_DAY_GRANULARITIES = ("day", "night")
# Between two days of one list: only commas, "و" and "في" ("14 و16 يوليو", "24، 25، 26 تشرين الثاني").
_LIST_GAP = re.compile(r"[\s،,]*(?:و\s*)?(?:في\s+)?[\s،,]*")
# A numbered item of a list in the text: "1) في حي …", "2- على …" (not "(1)", which counts videos).
# (The digit is matched first and the character before it checked after: the engine then skips to digits instead of
# testing a look-behind at every character.)
_NUMBERED_ITEM = re.compile(r"([1-9])(?<![\w(][1-9])(?:\)|-(?=\s))")
# The classes of cue words in data/lexicon/catalogue_words.csv: the place words read by the patterns below, the
# words of a side's section heading (``side_heading_rest``) and the words naming every incident told (``all_told``).
PLACE_WORD_CLASSES = frozenset({"apposition_preposition", "joined_lead", "locality_noun", "neighbourhood_noun"})
WORD_CLASSES = PLACE_WORD_CLASSES | {"side_heading_word", "incidents_anaphor"}
# What may stand before a section heading's words: a list letter or number ("أ-", "2.", "b)").
_SECTION_MARKER = r"(?:[^\W\d]|\d{1,2})[ \t]*[-.)–:]"
_SECTION_MARKS = r"[\s\-–—*#•:.،,]"
_NAME = r"[^\W\d]+(?:\s+(?!و|في)[^\W\d]+)?"  # a name of one or two words
# A word of five letters or more after its clitics (و، ف، بال، لل، ال، ب، ل), in a word opening with five letters.
# The clitics are taken as the longest that leave a letter (the group is atomic: with five letters there always is
# one), so a word too short after them is passed over by the regex engine, not tried again with fewer clitics.
_LONG_WORD = re.compile(r"(?<!\w)(?=[^\W\d_]{5})(?>[وف]?(?:بال|لل|ال|ب|ل)?)(?P<word>[^\W\d_]{5,})")
_FIRST_WORD = re.compile(r"\w*")
# The clitics the cue pattern lets a word take: و or ف, then one of these (or none).
_PROCLITICS = ("بال", "لل", "ال", "ب", "ل", "")
# What may stand before a cue's first word in its token ("": nothing).
_CLITICS = tuple(a + b for a in ("و", "ف", "") for b in _PROCLITICS)
_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")
_JOINED_END = "و"  # the word that joins a name to a known town ("X وسرمين"), the last of ``joined_to_known``


@dataclass(frozen=True)
class CatalogueCues:
    """The loaded cue table: normalized word -> value, per class."""

    entries: dict[str, int]  # entry noun -> incidents its form counts (2 for a dual, 0 for a plural)
    ordinals: dict[str, int]
    aggregates: tuple[str, ...]
    munitions: dict[str, str]
    publications: tuple[str, ...]  # "posted on": the day that follows is a video's or a report's
    protected: dict[str, str]  # a school, a market, a hospital -> the target its attack has ("civilians")
    again: tuple[str, ...]  # "مرة أخرى", "again": the site of the entry before is hit anew
    pattern: re.Pattern = field(repr=False)
    # the patterns of ``catalogue_words.csv`` (``_place_patterns``): localities named before their city (each with
    # what a text ends with, blanks aside, where it matches), a name joined to a known town, and the locality noun
    # before a name
    apposed: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = field(repr=False)
    joined_to_known: re.Pattern = field(repr=False)
    place_prefix: re.Pattern = field(repr=False)
    # what a section heading naming a side has beside the side's names ("ثانيا: الحوادث التي ارتكبتها …", "Incidents
    # attributed to …"): ``timeline.headings.side_headings``
    side_heading_rest: re.Pattern = field(repr=False)
    # "الهجومين", "the attacks": the incidents a report told, named together (``timeline.genres.with_shared_sides``)
    all_told: re.Pattern = field(repr=False)
    # the entry nouns (of four letters or more) by length and by their first two or last two letters
    entry_nouns_by_ends: dict[tuple[int, str, str], tuple[str, ...]] = field(default_factory=dict, repr=False)
    misspelt_memo: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)  # word -> noun
    # the first word of every cue (its letters up to a blank or a mark) after each of the clitics ``pattern`` lets
    # it take: what a word must be for ``pattern`` to find a cue at it (one set look-up per word)
    openings: frozenset[str] = field(default=frozenset(), repr=False)
    plans: dict[str, tuple] = field(default_factory=dict, repr=False, compare=False)  # token -> ``_plan``
    # every cue word with its (class, value), a word of several classes with the first of ``cue_at``'s order
    classes: dict[str, tuple[str, str | int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        classes: dict[str, tuple[str, str | int]] = {}
        tables = (("entry", self.entries), ("ordinal", self.ordinals), ("munition", self.munitions))
        for cls, table in (*tables, ("protected", self.protected)):
            for word, value in table.items():
                classes.setdefault(word, (cls, value))
        for cls, words in (("aggregate", self.aggregates), ("again", self.again), ("publication", self.publications)):
            for word in words:
                classes.setdefault(word, (cls, ""))
        object.__setattr__(self, "classes", classes)
        freeze_fields(self)

    def __getstate__(self) -> dict:
        """Pickled without the memos (a worker fills its own)."""
        return self.__dict__ | {"misspelt_memo": {}, "plans": {}}

    def cue_at(self, word: str) -> tuple[str, str | int] | None:
        """(class, value) of a matched cue word: entry, ordinal, munition, protected, aggregate, again or
        publication, the first of these a word of several classes has."""
        return self.classes.get(word)


class CueTableError(ValueError):
    """A row of the cue table is malformed (the message names the file and the row)."""


def read_cues(path: Path = CUES_CSV, words_dir: Path | None = None) -> CatalogueCues:
    """Read and check the cue table, and the words of ``catalogue_words.csv`` in ``words_dir`` (default:
    the cue table's folder)."""
    tables: dict[str, dict] = {cls: {} for cls in CUE_CLASSES}
    with open(path, encoding="utf-8") as fh:
        for row_no, row in enumerate(csv.DictReader(fh), start=2):
            word, cls, value = (row.get("word") or "").strip(), row.get("class"), (row.get("value") or "").strip()
            if not word or cls not in CUE_CLASSES:
                raise CueTableError(f"{path}: row {row_no}: needs a word and a class among {CUE_CLASSES}")
            if cls in ("entry", "ordinal") and not value.isdigit():
                raise CueTableError(f"{path}: row {row_no}: {cls} {word!r} needs a whole number value")
            if cls in ("munition", "protected") and not value:
                raise CueTableError(f"{path}: row {row_no}: {cls} {word!r} needs a label")
            key = normalize_term(word).lower()
            if key in tables[cls]:
                raise CueTableError(f"{path}: row {row_no}: {word!r} is listed twice as {cls}")
            tables[cls][key] = int(value) if cls in ("entry", "ordinal") else value
    words = [w for table in tables.values() for w in table]
    place_words = cue_words("catalogue_words.csv", WORD_CLASSES, directory=words_dir or path.parent)
    pattern = re.compile(
        rf"(?<!\w)(?:[وف]?(?:بال|لل|ال|ب|ل)?)(?=\w)(?P<cue>{trie_pattern(words)})(?!\w)", re.IGNORECASE
    )
    return CatalogueCues(
        tables["entry"],
        tables["ordinal"],
        tuple(tables["aggregate"]),
        tables["munition"],
        tuple(tables["publication"]),
        tables["protected"],
        tuple(tables["again"]),
        pattern,
        *_place_patterns(place_words),
        _side_heading_rest(place_words),
        re.compile(rf"(?<!\w)[وف]?{place_words.pattern('incidents_anaphor')}(?!\w)", re.IGNORECASE),
        _entry_nouns_by_ends(tables["entry"]),
        openings=frozenset(c + _FIRST_WORD.match(word).group() for word in words for c in _CLITICS),
    )


def _place_patterns(
    cues: CueWords,
) -> tuple[tuple[tuple[re.Pattern, tuple[str, ...]], ...], re.Pattern, re.Pattern]:
    """(apposed, joined to a known town, locality noun before a name) from the words of ``cues``; each apposed
    pattern with the words its match ends with (blanks aside: its end-anchored search is skipped before others)."""
    _w = cues.pattern
    # Localities named before their city: "… في X، حلب", "… على X بحلب" (a name of one or two words after a
    # preposition), "في حي X في حلب", "منطقتي X وY في حلب" (after a neighbourhood word, "في" may join them).
    apposed = (
        (
            re.compile(
                rf"(?<!\w){_w('apposition_preposition')}\s+(?:{_w('locality_noun')}\s+)?(?P<name>{_NAME})\s*(?:[،,]\s*|\s+ب)$"
            ),
            ("،", ",", "ب"),
        ),
        (
            re.compile(
                rf"(?<!\w){_w('neighbourhood_noun')}\s+(?P<name>{_NAME}|\d+)(?:\s+و(?P<second>{_NAME}))?"
                r"(?:\s+في\s+|\s+ب|\s*[،,]\s*)$"
            ),
            ("في", "ب", "،", ","),
        ),
    )
    # "على كل من X وسرمين": a name joined to a known town is a place too (its match ends with ``_JOINED_END``).
    joined_to_known = re.compile(rf"(?<!\w){_w('joined_lead')}\s+(?P<name>[^\W\d]+)\s+{_JOINED_END}$")
    return apposed, joined_to_known, re.compile(rf"^{_w('locality_noun')}\s+")


def _side_heading_rest(cues: CueWords) -> re.Pattern:
    """The words a side's section heading may have beside the side's names (blanked out before the match): a list
    marker, then words of class ``side_heading_word`` and marks."""
    words = cues.pattern("side_heading_word")
    return re.compile(
        rf"{_SECTION_MARKS}*(?:{_SECTION_MARKER})?{_SECTION_MARKS}*(?:{words}(?!\w){_SECTION_MARKS}*)*", re.IGNORECASE
    )


def _default() -> CatalogueCues:
    from timeline.reference import default_reference  # imported here: the reference imports this module

    return default_reference().catalogue


def _default_month_parts() -> Iterable[str]:
    from timeline.reference import default_reference  # imported here: the reference imports this module

    return default_reference().dates.lexicon.month_parts


def _entry_nouns_by_ends(entries: dict[str, int]) -> dict[tuple[int, str, str], tuple[str, ...]]:
    """The entry nouns (of four letters or more) by length and by their first two or last two letters, in
    table order. A word with one letter slipped into a noun of length L has L + 1 letters and keeps the
    noun's first two letters (the letter slipped in after them) or its last two (slipped in before), so
    only those nouns need the edit test."""
    index: dict[tuple[int, str, str], list[str]] = {}
    for noun in entries:
        if len(noun) >= 4:
            index.setdefault((len(noun), "first", noun[:2]), []).append(noun)
            index.setdefault((len(noun), "last", noun[-2:]), []).append(noun)
    return {key: tuple(nouns) for key, nouns in index.items()}


def _misspelt_entry(word: str, table: CatalogueCues) -> str | None:
    """The first entry noun (in table order) that ``word``, five letters or more, is with one letter slipped in
    (memoized on the table: a report's words recur, in it and in the next)."""
    memo = table.misspelt_memo
    if word in memo:
        return memo[word]
    if len(memo) > 65536:
        memo.clear()
    index, length = table.entry_nouns_by_ends, len(word) - 1
    candidates = {*index.get((length, "first", word[:2]), ()), *index.get((length, "last", word[-2:]), ())}
    if not candidates:
        memo[word] = None
        return None
    order = list(table.entries)
    memo[word] = next((n for n in sorted(candidates, key=order.index) if within_one_edit(word, n)), None)
    return memo[word]


class Cue(NamedTuple):
    """A cue word found at [start, end) of the matching copy (a named tuple: a catalogue has hundreds, each made
    in half the time of a frozen dataclass)."""

    start: int
    end: int
    cls: str
    value: str | int


@dataclass(frozen=True)
class DayMention:
    """A day named in the text, on the matching copy's offsets."""

    start: int
    end: int
    date: DateMention


@dataclass(frozen=True)
class CatalogueEntry:
    """One incident a catalogue lists: its day, its places (most specific first), what it says of it."""

    date: DateMention
    start: int  # the stretch of the matching copy that tells it
    end: int
    places: tuple[Place, ...]
    munition: str | None
    perpetrators: tuple[str, ...]
    targets: tuple[str, ...] = ()  # "civilians" when it hit a school, a market, a hospital …


@dataclass
class _Group:
    """A day (or a list of days) and the text up to the next one."""

    days: list[DayMention]
    start: int
    end: int
    paragraph: int
    continues: bool = False  # opened by "the second", "the other": one more of a set told just before


class _Mentions:
    """A report's dates, cues, places and factions, each list in text order beside its starts: a group takes
    those of its stretch by bisection rather than by a scan of the whole report."""

    def __init__(
        self,
        view: TextView,
        dates: list[DateMention],
        date_spans: list[tuple[int, int]],
        cues: list[Cue],
        places: list[Place],
        factions: list[FactionMention],
        cue_table: CatalogueCues,
        cardinals: dict[str, int],
        month_parts: Iterable[str],
        sentences: SentenceGrammar | None,
        place_tables: PlaceTables | None,
    ) -> None:
        self.cue_table = cue_table  # the reference's tables the entries are read with
        self.sentences = sentences
        self.place_tables = place_tables
        self.cardinals = cardinals
        self.month_openings = tuple(part + " " for part in month_parts)  # what a part of a month's text opens with
        self.dates = dates
        self.date_spans = date_spans  # of ``dates``, on the matching copy
        self.dated = CoveredPositions(date_spans)
        # the spans' starts and ends when both rise with the list (dates in text order, none inside another, as
        # ``tag_dates`` gives them): the date nearest a count is then found by bisection (``_nearest_date``)
        starts, ends = [s for s, _ in date_spans], [e for _, e in date_spans]
        self.date_bounds = (starts, ends) if starts == sorted(starts) and ends == sorted(ends) else None
        self.cues = cues  # sorted by start (``find_cues``)
        self._cue_starts = [c.start for c in cues]
        self.places = sorted(places, key=lambda p: (p.start, -p.end))
        self._place_starts = [p.start for p in self.places]
        self.factions = sorted(factions, key=lambda f: f.start)
        self._faction_starts = [f.start for f in self.factions]
        sentence_spans, self.paragraph_of, self.paragraph_start = _sentence_spans(view.flat, sentences)
        days = [  # the days (and parts of a month) an entry may open on, with their spans
            (s, e, d)
            for (s, e), d in zip(self.date_spans, dates, strict=True)
            if _is_day(d) or _is_month_part(d, self.month_openings)
        ]
        self.sentence_days = _days_by_sentence(sentence_spans, days)

    def cues_in(self, start: int, end: int) -> list[Cue]:
        return self.cues[bisect_left(self._cue_starts, start) : bisect_left(self._cue_starts, end)]

    def places_in(self, start: int, end: int) -> list[Place]:
        return self.places[bisect_left(self._place_starts, start) : bisect_left(self._place_starts, end)]

    def factions_in(self, start: int, end: int) -> list[FactionMention]:
        return self.factions[bisect_left(self._faction_starts, start) : bisect_left(self._faction_starts, end)]


def find_cues(
    flat: str,
    date_spans: list[tuple[int, int]] = (),
    table: CatalogueCues | None = None,
    tokens: BlankTokens | None = None,
) -> list[Cue]:
    """Cue words of the matching copy, outside the given date spans ("تشرين الأول" has no ordinal); ``table``:
    the reference's cue table (default: the shipped one); ``tokens``: ``lexregex.blank_tokens(flat)`` when the
    caller has it."""
    table = table or _default()
    dated = CoveredPositions(date_spans)
    out = []
    cue_end = 0  # where the last cue found ends: the next one starts after it
    taken = set()  # where cues start: a misspelt noun is never read there
    # Both patterns start at a word; only the words ``_plan`` keeps are tried: the cues a scan of the whole text
    # finds, and the misspelt nouns ("حوادثت", "هجموم": an entry noun with a letter slipped in).
    match, cue_at = table.pattern.match, table.classes.get  # (``CatalogueCues.cue_at``, without its call)
    for token_pos, plan in planned_tokens(flat, table.plans, lambda token: _plan(token, table), tokens):
        for offset, noun_start, noun_end, noun in plan:
            pos = token_pos + offset
            m = match(flat, pos) if pos >= cue_end else None
            if m is not None:
                cue_end = m.end()
                found = cue_at(m.group("cue").lower())
                if found:
                    start = m.start("cue")
                    if start not in dated:
                        out.append(Cue(start, m.end("cue"), *found))
                        taken.add(start)
            if noun is not None and token_pos + noun_start not in taken and pos not in dated:
                out.append(Cue(token_pos + noun_start, token_pos + noun_end, "entry", table.entries[noun]))
    return sorted(out, key=itemgetter(0))  # (by start)


def _plan(token: str, table: CatalogueCues) -> tuple[tuple[int, int, int, str | None], ...]:
    """The words of ``token`` where a cue or a misspelt entry noun may be found: a word that is, after its clitics,
    a cue's first word, or a long word ``_misspelt_entry`` reads as a noun. (A word with a letter neither Arabic
    nor ASCII is always kept: the cue pattern ignores case, and Unicode folds some such letters onto Latin ones.)
    Each as (offset, start, end, noun): the word's offset in the token, and the misspelt noun the word is, with
    its offsets without the clitics (``_LONG_WORD`` reads the word alone as in the text: it starts and ends at
    the word's ends), or None."""
    plan = []
    for offset, word in word_runs(token):
        long_word = _LONG_WORD.match(word) if len(word) >= 5 else None  # (the pattern needs five letters)
        noun = _misspelt_entry(long_word.group("word"), table) if long_word is not None else None
        kept = noun is not None or not (word.isascii() or "\u0600" <= min(word) and max(word) <= "\u06ff")
        if not kept:
            kept = word.lower() in table.openings
        if kept:
            start, end = long_word.span("word") if noun is not None else (0, 0)
            plan.append((offset, offset + start, offset + end, noun))
    return tuple(plan)


def could_be_catalogue(dates: list[DateMention]) -> bool:
    """A cheap first test: the report names at least as many distinct days as a catalogue lists."""
    return len({d.first for d in dates if _is_day(d)}) >= MIN_CATALOGUE_DAYS


def _is_day(d: DateMention) -> bool:
    return d.first is not None and d.granularity in _DAY_GRANULARITIES and d.first == d.last


def _is_month_part(d: DateMention, month_openings: tuple[str, ...]) -> bool:
    """ "أوائل أيلول", "late September": the nearest a catalogue could date an incident (an entry, with the month
    as its interval), unlike a bare month, which frames a period's total (``month_openings``: the date lexicon's
    parts of a month, each with the blank after it)."""
    if d.first is None or d.granularity != "month":
        return False
    return normalize_term(d.text).startswith(month_openings)


def catalogue_entries(
    view: TextView,
    dates: list[DateMention],
    places: list[Place],
    factions: list[FactionMention],
    table: CatalogueCues | None = None,
    cardinals: dict[str, int] | None = None,
    month_parts: Iterable[str] | None = None,
    sentences: SentenceGrammar | None = None,
    place_tables: PlaceTables | None = None,
) -> list[CatalogueEntry]:
    """The incidents of a catalogue in text order; [] when the report is not one (``table``, ``cardinals`` and
    ``month_parts``: the reference's cue table, number words and the date lexicon's parts of a month, and
    ``sentences`` and ``place_tables`` its sentence grammar and place tables, default the shipped ones)."""
    table = table or _default()
    if month_parts is None:
        month_parts = _default_month_parts()
    date_spans = [(view.to_norm(d.start), view.to_norm(d.end)) for d in dates]  # on the matching copy
    found = find_cues(view.flat, date_spans, table, view.flat_tokens)
    numbers = cardinals if cardinals is not None else default_cardinals()
    mentions = _Mentions(
        view,
        dates,
        date_spans,
        found,
        [*places, *apposed_places(view, places, table)],
        factions,
        table,
        numbers,
        month_parts,
        sentences,
        place_tables,
    )
    # Each day of a group gives at least one entry, and an entry dropped as a back-reference repeats a day
    # already listed: the groups' days (``_sentence_days``, read without building the groups) are the entries'
    # days, so a report that is no catalogue is told apart before any group is made or split.
    if (
        len({day.date.first for *_, day in _sentence_days(mentions, _entry_cue_starts(mentions, []))})
        < MIN_CATALOGUE_DAYS
    ):
        return []
    # In a catalogue, a sentence naming a day and a place is an entry even without an incident word.
    return _entries(view, mentions, _specific(mentions.places))


def apposed_places(view: TextView, places: list[Place], table: CatalogueCues | None = None) -> list[Place]:
    """Localities the gazetteer lacks, named before their city ("في الورود، حلب", "في حي الياسمين في حماة")
    or joined to a known town ("على كل من الزيتونة وسرمين"). A new place takes the location of the city (or
    of the town it is joined to) at sub-district precision (``table``: the reference's, default the shipped)."""
    table = table or _default()
    out: list[Place] = []
    taken = SpanSet.of((p.start, p.end) for p in places)  # the places known and found: a new one overlaps none

    def add(anchor: Place, start: int, end: int) -> None:
        if taken.overlaps(start, end):
            return
        o_start, o_end = view.to_original(start, end)
        name = view.original[o_start:o_end]
        fields = (anchor.name_ar, anchor.admin1, anchor.admin2, anchor.admin3, anchor.pcode, anchor.lat, anchor.lon)
        out.append(Place(start, end, name, name, *fields, precision=2, kind="neighbourhood"))
        taken.add(start, end)

    for anchor in places:
        window = max(0, anchor.start - 60)
        # the patterns are anchored at the place: each is searched (trying every start of the window) only when
        # the text before the place ends with one of the words its match ends with
        before = view.flat[window : anchor.start].rstrip()
        if generic_place(anchor) and anchor.kind != "region":  # "ريف حلب" is no city
            for pattern, ends in table.apposed:
                if not before.endswith(ends):
                    continue
                m = pattern.search(view.flat, window, anchor.start)
                if m is not None:
                    for group in ("name", "second"):
                        if m.groupdict().get(group):
                            # "منطقة 2040": a number is a name only with its neighbourhood word
                            start = m.start() if m.group(group).isdigit() else m.start(group)
                            add(anchor, start, m.end(group))
                    break
        elif anchor.pcode and before.endswith(_JOINED_END):
            m = table.joined_to_known.search(view.flat, window, anchor.start)
            if m is not None:
                add(anchor, *m.span("name"))
    return out


def _entries(view: TextView, mentions: _Mentions, opening_places: list[Place]) -> list[CatalogueEntry]:
    entries: list[CatalogueEntry] = []
    previous: tuple[_Group, tuple[str, ...]] | None = None
    for group in _groups(view, mentions, opening_places):
        told = _split(view, group, mentions)
        if len(told) == 1 and not told[0].places and entries and _hit_again(group, mentions):
            told = [replace(told[0], places=_last_places(entries))]
        if previous is not None and group.continues and previous[0].paragraph == group.paragraph:
            # "two attacks by X: the first on A, the second on B": the set's agent is each one's
            told = [e if e.perpetrators else _with_perpetrators(e, previous[1]) for e in told]
        previous = (group, told[-1].perpetrators if told else ())
        for entry in told:
            _add(entries, entry, mentions.cue_table)
    return entries


def _hit_again(group: _Group, mentions: _Mentions) -> bool:
    """ "تعرض السوق نفسه لغارة مرة أخرى": a placeless entry telling a new strike on the site just listed."""
    return any(c.cls == "again" for c in mentions.cues_in(group.start, group.end))


def _last_places(entries: list[CatalogueEntry]) -> tuple[Place, ...]:
    return next((e.places for e in reversed(entries) if e.places), ())


def _sentence_spans(
    flat: str, grammar: SentenceGrammar | None
) -> tuple[list[tuple[int, int, int]], dict[int, int], dict[int, int]]:
    """(sentence, start, end) of every sentence in order, each sentence's paragraph, and where each paragraph
    starts: read once from the clauses for both passes of ``_groups``."""
    sentences: dict[int, list[int]] = {}
    paragraph_of: dict[int, int] = {}
    paragraph_start: dict[int, int] = {}
    for c in clauses(flat, grammar):
        span = sentences.get(c.sentence)
        if span is None:
            sentences[c.sentence] = [c.start, c.end]
        else:
            span[0], span[1] = min(span[0], c.start), max(span[1], c.end)
        paragraph_of[c.sentence] = c.paragraph
        start = paragraph_start.get(c.paragraph)
        if start is None or c.start < start:
            paragraph_start[c.paragraph] = c.start
    return [(n, a, b) for n, (a, b) in sorted(sentences.items())], paragraph_of, paragraph_start


def _groups(view: TextView, mentions: _Mentions, opening_places: list[Place]) -> list[_Group]:
    """Days named in sentences with an incident word, lists of days joined, each with its stretch of text:
    from its sentence (the paragraph's start for the first) or the item word that opens it, to the next."""
    flat = view.flat
    paragraph_of, paragraph_start = mentions.paragraph_of, mentions.paragraph_start
    found = mentions.cues
    item_cues = [c.start for c in found if c.cls in ("entry", "ordinal")]
    ordinals = [c for c in found if c.cls == "ordinal"]
    ordinal_starts = [c.start for c in ordinals]  # (the cues are in text order: a stretch's are found by bisection)
    groups: list[_Group] = []
    for sentence, s_start, day in _sentence_days(mentions, _entry_cue_starts(mentions, opening_places)):
        paragraph = paragraph_of[sentence]
        previous = groups[-1] if groups and groups[-1].paragraph == paragraph else None
        if previous is not None and previous.days[-1].end > s_start:  # a second day of this sentence
            if _LIST_GAP.fullmatch(flat, previous.days[-1].end, day.start):
                previous.days.append(day)
                continue
            first, last = bisect_left(item_cues, previous.days[-1].end), bisect_left(item_cues, day.start)
            start = item_cues[last - 1] if last > first else day.start  # the last item word before the day
        else:
            start = s_start if previous is not None else paragraph_start[paragraph]
        if previous is not None:
            previous.end = start
        before_day = ordinals[bisect_left(ordinal_starts, start) : bisect_left(ordinal_starts, day.start)]
        opening = any(int(c.value) >= 2 for c in before_day)
        groups.append(_Group([day], start, _paragraph_end(flat, start), paragraph, opening))
    return groups


def _entry_cue_starts(mentions: _Mentions, opening_places: list[Place]) -> list[int]:
    """Where the entry cues and the places that open an entry start, in order."""
    return sorted([c.start for c in mentions.cues if c.cls == "entry"] + [p.start for p in opening_places])


def _days_by_sentence(
    sentence_spans: list[tuple[int, int, int]], days: list[tuple[int, int, DateMention]]
) -> list[tuple[int, int, int, list[DayMention]]]:
    """(sentence, start, end, its days) of every sentence naming a day, in order (``_days_in``): read once for
    both passes of ``_sentence_days``, which look at these sentences only. (The sentences follow each other in
    the text: a day's is found by bisection, and a report names fewer days than it has sentences.)"""
    starts = [s_start for _, s_start, _ in sentence_spans]
    of_sentence: dict[int, list[tuple[int, int, DateMention]]] = {}  # position in ``sentence_spans`` -> its days
    for day in days:
        k = bisect_right(starts, day[0]) - 1
        if k >= 0 and day[0] < sentence_spans[k][2]:
            of_sentence.setdefault(k, []).append(day)
    return [(*sentence_spans[k], _days_in(of_sentence[k], *sentence_spans[k][1:])) for k in sorted(of_sentence)]


def _sentence_days(mentions: _Mentions, entry_cues: list[int]) -> Iterator[tuple[int, int, DayMention]]:
    """(sentence, its start, day) of each day that opens or joins a group, in text order: the days of the
    sentences with an entry cue (``entry_cues``, sorted), but the day a video was posted (a publication cue
    before it in its sentence, with no entry cue between)."""
    posted = [c.start for c in mentions.cues if c.cls == "publication"]  # (the cues are in text order)
    for sentence, s_start, s_end, days in mentions.sentence_days:
        if bisect_left(entry_cues, s_start) == bisect_left(entry_cues, s_end):
            continue  # no entry cue in the sentence
        for day in days:
            first = bisect_left(posted, s_start)
            if any(_no_cue_between(entry_cues, p, day.start) for p in posted[first : bisect_left(posted, day.start)]):
                continue  # the day a video was posted
            yield sentence, s_start, day


def _no_cue_between(cues: list[int], start: int, end: int) -> bool:
    """No position of the sorted ``cues`` lies strictly between ``start`` and ``end``."""
    k = bisect_right(cues, start)
    return k == len(cues) or cues[k] >= end


def _days_in(days: list[tuple[int, int, DateMention]], start: int, end: int) -> list[DayMention]:
    """The days of a sentence, one mention per day ("in the next day, 23 September" names one day); ``days``
    are the report's day mentions with their spans in the matching copy."""
    out: list[DayMention] = []
    for s, e, d in days:
        if not start <= s < end:
            continue
        if any(o.date.first == d.first for o in out):
            continue
        out.append(DayMention(s, e, d))
    return sorted(out, key=lambda m: m.start)


def _paragraph_end(flat: str, pos: int) -> int:
    end = flat.find("\n", pos)
    return len(flat) if end < 0 else end


def _split(view: TextView, group: _Group, mentions: _Mentions) -> list[CatalogueEntry]:
    """The incidents of one group: one per day of a list, or as many as its count or its items."""
    flat = view.flat
    inside = mentions.cues_in(group.start, group.end)
    dated = mentions.dated
    named = [p for p in mentions.places_in(group.start, group.end) if p.start not in dated]
    here = [p for p in named if not generic_place(p)]  # (``_specific``, each place looked at once)
    if not here:  # no settlement: the site hit, if the entry names it
        here = named + _named_sites(view, inside, mentions)
    munition = next((str(c.value) for c in inside if c.cls == "munition"), None)
    perpetrators = tuple(dict.fromkeys(f.faction for f in mentions.factions_in(group.start, group.end)))
    targets = tuple(dict.fromkeys(str(c.value) for c in inside if c.cls == "protected"))

    def entry(day: DayMention, chosen: list[Place]) -> CatalogueEntry:
        return CatalogueEntry(day.date, group.start, group.end, tuple(chosen), munition, perpetrators, targets)

    if len(group.days) > 1:  # "on 14 and 16 July, in A and B respectively"
        if len(here) == len(group.days):
            return [entry(day, [p]) for day, p in zip(group.days, here, strict=True)]
        return [entry(day, unique_places(here)) for day in group.days]
    day = group.days[0]
    count = _count(flat, inside, day, view, mentions)
    numbered = _items(view, group, inside, here)
    items = [numbered[n] for n in sorted(numbered)]
    if count > 1 and numbered and max(numbered) <= count:  # "one of the two ... the other in B": B is the 2nd
        items = [numbered.get(n, []) for n in range(1, count + 1)]
    if len(items) >= 2 or count > 1:
        chosen = items if len(items) >= 2 else [[p] for p in unique_places(here)]
        if count > 1 and len(chosen) > count:  # more places than incidents: the last one takes the rest
            chosen = chosen[: count - 1] + [[p for item in chosen[count - 1 :] for p in item]]
        chosen = chosen + [[] for _ in range(max(0, count - len(chosen)))]
        return [entry(day, places_) for places_ in chosen]
    if len(here) > 1:  # (most entries name one place: nothing to order)
        here = sorted(here, key=lambda p: (p.kind == "site", _distance(flat, day, p)))
    return [entry(day, unique_places(here))]


def _named_sites(view: TextView, inside: list[Cue], mentions: _Mentions) -> list[Place]:
    """Sites an entry names ("مدرسة X", "جامعة حلب"): its place when it names no settlement."""
    flat = view.flat
    sites = []
    for c in inside:
        if c.cls == "protected" and not flat[max(0, c.start - 2) : c.start].endswith("ال"):
            site = named_site(view, c.start, c.end, mentions.places, mentions.place_tables)
            if site is not None:
                sites.append(site)
    return sites


def _distance(flat: str, day: DayMention, place: Place) -> tuple[bool, int]:
    """How far a place is from its day: in another sentence first, then in characters (nearest first)."""
    a, b = sorted((day.start, place.start))
    return bool(_SENTENCE_BREAK.search(flat, a, b)), b - a


def _count(flat: str, inside: list[Cue], day: DayMention, view: TextView, mentions: _Mentions) -> int:
    """How many incidents the group says fell on its day (1 unless a count binds to this day)."""
    for c in inside:
        if c.cls != "entry":
            continue
        value = int(c.value)
        if value == 0 or value == 1:
            before = flat[max(0, c.start - 40) : c.start]
            number = _last_number(before)
            if number:
                value = int(number[0])
                before = before[: number[1]]
                word = _last_word(before)
                if word and normalize_term(word[0]) in mentions.cardinals:  # "أربع (4) حوادث"
                    before = before[: word[1]]
            else:
                word = _last_word(before)
                if not word or word[0] not in mentions.cardinals:
                    continue
                value = mentions.cardinals[word[0]]
                before = before[: word[1]]
            if before.rstrip().endswith(mentions.cue_table.aggregates):
                continue
        if value < 2 or _nearest_date(view, mentions, c) is not day.date:
            continue
        return value
    return 1


def _last_number(text: str) -> tuple[str, int] | None:
    """The number ending ``text`` (blanks after it aside) and where it starts: what ``(\\d+)\\s*$`` finds, without
    the regex search, which tries every position of the text."""
    end = len(text.rstrip())
    start = end
    while start and text[start - 1].isdecimal():
        start -= 1
    return (text[start:end], start) if start < end else None


def _last_word(text: str) -> tuple[str, int] | None:
    """The word ending ``text`` (blanks after it aside) and where it starts: what ``(\\S+)\\s*$`` finds (that regex
    search is quadratic in the text's length)."""
    stripped = text.rstrip()
    word = stripped.rsplit(None, 1)[-1] if stripped else ""
    return (word, len(stripped) - len(word)) if word else None


def _nearest_date(view: TextView, mentions: _Mentions, cue: Cue) -> DateMention | None:
    """The date mention closest to a count: a count next to a month ("ten incidents in July") is a total.

    Of the dates in its sentence (no sentence break between), the one fewest characters away, the first listed on
    a tie. With rising spans (``_Mentions.date_bounds``) only the nearest date ending before the count and the
    nearest starting after it can be that one (a sentence break before a date is before every date further away);
    otherwise every date is looked at (``_nearest_date_scan``)."""
    if mentions.date_bounds is None:
        return _nearest_date_scan(view, mentions, cue)
    starts, ends = mentions.date_bounds
    best, distance = None, None
    before = bisect_right(ends, cue.start) - 1  # the last date ending at or before the count
    if before >= 0:
        before = bisect_left(ends, ends[before])  # the first of the dates ending there
        if not _SENTENCE_BREAK.search(view.flat, ends[before], cue.start):
            best, distance = before, cue.start - ends[before]
    after = bisect_left(starts, cue.end)  # the first date starting at or after its end
    if after < len(starts) and (distance is None or starts[after] - cue.end < distance):
        if not _SENTENCE_BREAK.search(view.flat, cue.end, starts[after]):
            best = after
    return None if best is None else mentions.dates[best]


def _nearest_date_scan(view: TextView, mentions: _Mentions, cue: Cue) -> DateMention | None:
    """``_nearest_date`` by a look at every date (dates whose spans do not rise with the list)."""
    best, distance = None, None
    for d, (s, e) in zip(mentions.dates, mentions.date_spans, strict=True):
        gap = s - cue.end if s >= cue.end else cue.start - e
        if gap < 0 or (distance is not None and gap >= distance):
            continue  # (a date no nearer than the best is not looked at: the sentence test is the cost)
        if not _SENTENCE_BREAK.search(view.flat, min(cue.end, e), max(cue.start, s)):
            best, distance = d, gap
    return best


def _items(view: TextView, group: _Group, inside: list[Cue], here: list[Place]) -> dict[int, list[Place]]:
    """Places per item number of a group, for items opened by an ordinal word or a list number; an item
    that names no place is absent."""
    starts: list[tuple[int, int]] = [(c.start, int(c.value)) for c in inside if c.cls == "ordinal"]
    for m in _NUMBERED_ITEM.finditer(view.norm, group.start, group.end):
        starts.append((m.start(), int(m.group(1))))
    starts.sort()
    items: dict[int, list[Place]] = {}
    for i, (start, number) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else group.end
        chosen = [p for p in here if start <= p.start < end]
        if chosen:
            items.setdefault(number, [])
            items[number].extend(p for p in chosen if p.text not in {q.text for q in items[number]})
    return items


def _specific(places: list[Place]) -> list[Place]:
    """Places of a stretch without the governorate or its city when a place inside it is named."""
    return [p for p in places if not generic_place(p)] or places


def generic_place(place: Place) -> bool:
    """A governorate, a region, or a governorate's capital city (the report's frame, not the spot)."""
    return (place.precision or 1) >= 3 or bool(place.admin1 and place.name == place.admin1)


def unique_places(places: list[Place]) -> list[Place]:
    """The places in their order, each text once (a town named twice in an entry is one place of it)."""
    out: list[Place] = []
    for p in places:
        if not any(q.text == p.text for q in out):
            out.append(p)
    return out


def _add(entries: list[CatalogueEntry], entry: CatalogueEntry, table: CatalogueCues) -> None:
    """Keep a new incident; a day already listed that names no new place is a back-reference."""
    same_day = [e for e in entries if e.date.first == entry.date.first and e.start != entry.start]
    if not same_day:
        entries.append(entry)
        return
    names = {_name_key(p, table) for p in entry.places if not generic_place(p)}
    for old in same_day:
        old_names = {_name_key(p, table) for p in old.places}
        if not names or any(_same_name(a, b) for a in names for b in old_names):
            if entry.perpetrators and not old.perpetrators and (names or len(same_day) == 1):
                entries[entries.index(old)] = _with_perpetrators(old, entry.perpetrators)
            return
    entries.append(entry)


def _name_key(place: Place, table: CatalogueCues) -> str:
    return table.place_prefix.sub("", normalize_term(place.text))


def _same_name(a: str, b: str) -> bool:
    """ "الصالحين" and "الصالحين نتيجة" (a cue place that ran one word too far) name one place."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _with_perpetrators(entry: CatalogueEntry, perpetrators: tuple[str, ...]) -> CatalogueEntry:
    return replace(entry, perpetrators=perpetrators)


def line_sides(
    flat: str, start: int, end: int, factions: list[FactionMention], rest: re.Pattern
) -> tuple[str, ...] | None:
    """The sides a heading line [start, end) names when it names only sides and the words of a side's section heading
    (``side_heading_rest``: "### مجازر قوات النظام السوري", "Incidents attributed to the SDF:"), else None."""
    named = [f for f in factions if start <= f.start and f.end <= end]
    if not named:
        return None
    pieces, pos = [], start
    for f in named:
        pieces.append(flat[pos : f.start - len(f.clitic)])
        pos = f.end
    pieces.append(flat[pos:end])
    return tuple(dict.fromkeys(f.faction for f in named)) if all(rest.fullmatch(p) for p in pieces) else None

"""Paragraphs, sentences and clauses of an article, on its normalized copy, with offsets.

Incident extraction reads one clause at a time: a sentence such as "X killed 18, while pro-government
media said 6" holds two claims, and "A hit B in response to C's attack on D" holds two incidents.
Title lines, bylines and link lists (short lines without a final full stop) are marked as
headlines: they repeat the body, so they never create an incident of their own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import compress, count
from pathlib import Path
from typing import NamedTuple

from timeline.cuewords import CueWords, cue_words
from timeline.frozen import freeze_fields
from timeline.lexregex import BlankTokens, blank_tokens, first_words
from timeline.normalize import char_positions, normalize
from timeline.paths import DATA_DIR

# Quotes and brackets become spaces in the matching copy: 'لـ"تحرير الشام"' must read as 'ل تحرير الشام';
# so do a hashtag's underscores: "#هيئة_تحرير_الشام", "#معرة_النعمان".
_BLANK = "\"'«»“”„‘’()[]{}<>*#|_"
# The classes of cue words in data/lexicon/sentence_words.csv, each read by the patterns below.
CUE_CLASSES = frozenset(
    {
        "abbreviation",
        "amid_place_noun",
        "as_not_after",
        "as_not_before",
        "clause_opener",
        "gapped_act",
        "gapped_count",
        "gapped_day_word",
        "item_number_suffix",
        "not_body",
        "number_label",
        "others",
        "reply_verb",
        "response_ref",
        "section_ordinal",
        "toll_verb",
        "incident_word",
        "place_lead",
    }
)
# A stop after a digit ends no sentence ("1. …" items), unless it closes a year or a larger number: "… since
# 2012. Rebels fired …", "… wounded over 300. Activists said …", or a count of one or two digits after a word
# ("… killing 9 and injuring 15. No group claimed …"). (The stop is matched before the
# look-behinds that check the characters before it: a pattern opening with a character class lets the regex
# engine skip to the candidates instead of trying every position; the line break is in that class too, so that
# no alternative opens the pattern.)
# A Telegram post may mark off its news with emoji and bullets instead of stops ("🔴 قصف على X 🔴 غارات على Y"): a
# run of them ends a sentence too (pictographs, dingbats, geometric shapes, bullets and the variation selector).
# (Only a text holding one is searched with them: a class of such ranges is no bitmap, slow at every character.)
_MARKS = "\u2022\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff"
_MARK = re.compile(f"[{_MARKS}]")
_AT_OR_ABOVE_MARKS = re.compile("[\u2022-\U0010ffff]")  # the marks and all above: one range, a quick test per character
_STOP_END = r"[.!?؟\n](?:(?<=\n)\n*|(?:(?<![.\d].)|(?<=\d{3}.)|(?<=[^\W\d] \d.)|(?<=[^\W\d] \d\d.))(?![.\d])\s+)"
_SENTENCE_END = re.compile(_STOP_END)
_STOPS = ".!?؟"  # the first characters of ``_STOP_END`` but the line break (a paragraph holds none)
_SENTENCE_END_MARKED = re.compile(rf"{_STOP_END}|[{_MARKS}]+\s*")


def _sentence_end(flat: str) -> re.Pattern:
    """The sentence end pattern for ``flat``: with emoji and bullets when the text holds any (most texts have no
    character as high as the first of them: a search of that one range tells fast; ``max`` made an object of every
    Arabic character)."""
    if _AT_OR_ABOVE_MARKS.search(flat) is None or _MARK.search(flat) is None:
        return _SENTENCE_END
    return _SENTENCE_END_MARKED


_PARAGRAPH_END_CHARS = '.!?؟:"”»)'  # what a body paragraph's last character is (a headline ends with none)
_HEADLINE_MAX = 200
SENTENCE_MAX_CHARS = 2000  # see ``_bounded``
_TITLE_REPEAT_WITHIN, _TITLE_MIN = 400, 20  # a title printed again starts this near the body's head; is this long
_COMMA = re.compile(r"[،,]")
_ITEM_MARKS = "*#-–•"  # Markdown's bold or heading marks and a bullet before an item's number
_ITEM_LABEL_CHARS = 24  # the longest item label (its number, suffix and marks) opening a paragraph, before its stop


@dataclass(frozen=True, eq=False)  # hashed by identity: the clauses of a text are memoized per grammar
class SentenceGrammar:
    """The patterns that cut sentences and clauses, compiled from the words of ``sentence_words.csv``
    (``SentenceGrammar.build``), held by the ``timeline.reference.Reference``."""

    abbreviations: frozenset[str]  # a full stop after these ends no sentence ("Feb.", "Mr.")
    number_labels: frozenset[str]  # a stop after "March 19", "item 3" keeps its sentence ("… on May 3. It added …")
    item_number_suffixes: frozenset[str]  # "**7 مكرر. حرستا – 11 نيسان 2015**": an item numbered again, no sentence end
    gapped_toll: re.Pattern  # "، و9 آخرين": a count and "others", the toll's verb left out
    gapped_act: re.Pattern  # "، ثم على B": the act told before, its verb left out
    others_after_count: re.Pattern  # "خمسة مدنيين آخرين", "9 others"
    clause_mark: re.Pattern  # where a new clause starts
    # the tokens a blank before which may start a ``clause_mark`` (an opener's first word, "وسط", "and"); every
    # other mark starts at a comma or a semicolon
    mark_words: frozenset[str]
    as_clause: re.Pattern  # "as" opening what happened meanwhile
    as_not_after: frozenset[str]  # "such", "known": "as" after these opens no clause
    not_body: re.Pattern  # a line opening with these is page furniture, never body
    section_heading: re.Pattern  # "ثانياً: قصف مدينة X": a short line opening with a section's ordinal is a heading
    response_ref: re.Pattern  # "رداً على": the part naming an earlier incident
    # the words of each response reference: a clause holds one only if it holds them all (``str.find`` first)
    response_words: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> SentenceGrammar:
        return cls.build(cue_words("sentence_words.csv", CUE_CLASSES, directory=data_dir / "lexicon"))

    @classmethod
    def build(cls, cues: CueWords) -> SentenceGrammar:
        _w = cues.pattern
        # Clause boundaries: a new clause starts at these words (the marker belongs to the new clause).
        # "وسط اشتباكات" (amid) opens a clause; "وسط مدينة سرمدا" (in the centre of) is where the incident happened.
        amid = rf"وسط\s(?!(?:ال)?{_w('amid_place_noun')}(?!\w))"
        # "قتلت الغارات 12 يوم الخميس، و9 آخرين يوم الجمعة", ", and three others on Friday": a count (digits or a
        # word of gapped_count) and "others", the verb and noun of the toll before left out, is a clause of its own
        # (it may tell another day); "… killed 18 on Monday and 11 on Tuesday": a count and the word opening its day
        gapped_toll = re.compile(
            rf"\W*(?:و|and\s+)\s*(?P<count>\d+|{_w('gapped_count')})\s+(?:{_w('others')}|{_w('gapped_day_word')})(?!\w)"
        )
        # "سيطرت القوات على A في 3 آذار، ثم على B في العاشر منه": "ثم" and the preposition of the act told before,
        # its verb left out, open a clause of its own (it may tell another place and day)
        gapped_act = re.compile(rf"\W*و?{_w('gapped_act')}\s")
        # "خمسة مدنيين آخرين", "9 others": after a count, its noun (if any), then "others".
        others_after = re.compile(rf"\s+(?:\S+\s+)?{_w('others')}(?!\w)")
        # Also: an English clause joined by ", and" or "and that", a reply told after a comma ("، وردت قوات …") and a
        # toll joined by و after a comma ("…، وقتل 3 آخرون في غارة على Y": it may tell an incident of its own).
        # Every mark opens with a comma, a semicolon or a blank, matched first and then told apart by look-behinds:
        # a pattern opening with a character class lets the regex engine skip to the candidates (twice as fast).
        opens_clause = rf"(?={_w('clause_opener')}\s|{amid})"
        clause_mark = re.compile(
            rf"[،,;\s](?:(?<=[،,;])\s*{opens_clause}|(?<=\s){opens_clause}|(?<=[,;])\s*(?=and\s)|(?<=\s)(?=and that\s)|"
            rf"(?<=[،,])\s*(?=[وف]?{_w('reply_verb')}\s)|(?<=[،,])\s*(?=(?:و|and\s+)\s*(?:\d+|{_w('gapped_count')})\s+{_w('others')}(?!\w))|"
            rf"(?<=[،,])\s*(?=و(?:{_w('toll_verb')}|{_w('incident_word')}|{_w('place_lead')})\s)|(?<=\s)(?=and\s+\d+\s+{_w('gapped_day_word')}\s)|"
            rf"(?<=[،,])\s*(?=و?{_w('gapped_act')}\s))"
        )
        # "mortar fire wounded six in X on Saturday as Kurdish units pushed toward Y": "as" opening what happened meanwhile
        # is a clause of its own; not "such as", "known as the", "as well as", "as many as", "as a result" (as_not_after,
        # as_not_before)
        # (The word is matched before the look-behind that checks the blank before it: the regex engine skips to it.)
        as_clause = re.compile(rf"as(?<=\sas)\s+(?!(?:{_w('as_not_before')})(?![\w-])|\d)")
        mark_words = frozenset(first_words(cues.words("clause_opener")) | {"وسط", "and"})  # amid's, "and that"'s
        as_not_after = cues.word_set("as_not_after")
        not_body = re.compile(rf"^{_w('not_body')}")
        section_heading = re.compile(rf"{_w('section_ordinal')}\s*[:\-–.]")
        response_ref = re.compile(rf"(?<!\w)(?:و)?{_w('response_ref')} ")
        return cls(
            abbreviations=cues.word_set("abbreviation"),
            number_labels=cues.word_set("number_label"),
            item_number_suffixes=cues.word_set("item_number_suffix"),
            gapped_toll=gapped_toll,
            gapped_act=gapped_act,
            others_after_count=others_after,
            clause_mark=clause_mark,
            mark_words=mark_words,
            as_clause=as_clause,
            as_not_after=as_not_after,
            not_body=not_body,
            section_heading=section_heading,
            response_ref=response_ref,
            response_words=tuple(tuple(phrase.split()) for phrase in cues.words("response_ref")),
        )


def _default() -> SentenceGrammar:
    from timeline.reference import default_reference  # imported here: the reference imports this module

    return default_reference().sentences


class Clause(NamedTuple):
    """A stretch of one sentence; ``reference`` marks the "رداً على ..." part naming an earlier incident (a named
    tuple: a report has hundreds, each made in half the time of a frozen dataclass)."""

    start: int
    end: int
    sentence: int
    paragraph: int
    headline: bool
    reference: bool = False


class TextView:
    """An article's text, its normalized copy (``norm``) and the copy used for matching (``flat``)."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.normalized = normalize(text)
        self.norm = self.normalized.text
        self.flat = _blanked(self.norm)

    @cached_property
    def flat_tokens(self) -> BlankTokens:
        """The blank-separated tokens of ``flat`` and their positions, read once for every word-list stage."""
        return blank_tokens(self.flat)

    def to_norm(self, offset: int) -> int:
        """The normalized offset of an original offset (the first kept character at or after it)."""
        return bisect_left(self.normalized.index, offset)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a normalized span."""
        return self.normalized.span(start, end)


def _blanked(text: str) -> str:
    """``text`` with the characters of ``_BLANK`` made spaces: one ``str.replace`` for each one present
    (``str.translate`` looks every character of a non-ASCII text up in its table, several times slower)."""
    for char in _BLANK:
        if char in text:
            text = text.replace(char, " ")
    return text


def paragraphs(flat: str, grammar: SentenceGrammar | None = None) -> list[tuple[int, int, bool]]:
    """Lines of the text as (start, end, headline).

    A short line without a final stop is a headline (title, byline, link) when it stands before the
    first or after the last body paragraph, or opens with a section's ordinal ("ثانياً: قصف مدينة X", a report's
    heading); a Telegram post made of short lines is all body (``grammar``: the reference's, default the shipped one).
    """
    grammar = grammar or _default()
    not_body, section_heading = grammar.not_body, grammar.section_heading
    lines = []
    pos = 0
    for line in flat.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        short = len(stripped) < _HEADLINE_MAX and stripped[-1] not in _PARAGRAPH_END_CHARS
        furniture = bool(not_body.match(stripped) or (short and section_heading.match(stripped)))
        lines.append((start + lead, start + lead + len(stripped), short, furniture))
    body = [i for i, (_s, _e, short, furniture) in enumerate(lines) if not short and not furniture]
    if not body:
        return [(s, e, furniture) for s, e, _short, furniture in lines]
    first, last = body[0], body[-1]
    while last + 1 < len(lines) and lines[last + 1][2] and _lists_lines(flat, lines[last], lines[last + 1]):
        last += 1  # "حصيلة اليوم:" then a line per town: the list a paragraph ends by announcing is body
    out = [  # short lines between body paragraphs are body too (a paragraph split by markup)
        (s, e, (short and not first < i <= last) or furniture) for i, (s, e, short, furniture) in enumerate(lines)
    ]
    return _title_sentence_apart(flat, out, first)


def _lists_lines(flat: str, lead: tuple, line: tuple) -> bool:
    """True when ``line`` (no page furniture) is an item of the list ``lead`` opens: ``lead`` ends with a colon, or
    is itself an item."""
    return not line[3] and (lead[2] or flat[lead[0] : lead[1]].endswith(":"))


def _title_sentence_apart(flat: str, lines: list[tuple[int, int, bool]], first: int) -> list[tuple[int, int, bool]]:
    """A scraped page often prints the title again as the first sentence of the body, after the date
    ("Friday 3 May 2019 Title. Lead …"): that sentence is a headline too, not the incident told twice."""
    p_start, p_end, _ = lines[first]
    head = flat[p_start : p_start + _TITLE_REPEAT_WITHIN]
    for s, e, headline in lines[:first]:
        title = flat[s:e].strip().rstrip(".")
        at = head.find(title) if headline and len(title) >= _TITLE_MIN else -1
        cut = p_start + at + len(title)
        if at >= 0 and flat[cut : cut + 1] == ".":
            return [*lines[:first], (p_start, cut + 1, True), (cut + 1, p_end, False), *lines[first + 1 :]]
    return lines


def clauses(flat: str, grammar: SentenceGrammar | None = None, tokens: BlankTokens | None = None) -> list[Clause]:
    """Every clause of the text, in order (``grammar``: the reference's, default the shipped one; ``tokens``:
    ``lexregex.blank_tokens(flat)`` when the caller has it).

    Kept for the report at hand only (the last text read): the incident reader and the catalogue reader both
    split it."""
    grammar = grammar or _default()
    key = (flat, grammar)
    found = _last_clauses.get(key)
    if found is None:
        found = _clauses(flat, grammar, tokens if tokens is not None else blank_tokens(flat))
        _last_clauses.clear()
        _last_clauses[key] = found
    return list(found)


_last_clauses: dict[tuple[str, SentenceGrammar], tuple[Clause, ...]] = {}  # (text, grammar) -> its clauses
_MARK_PUNCTUATION = "،,;"  # where a clause mark that is no blank starts


def _clauses(flat: str, grammar: SentenceGrammar, tokens: BlankTokens) -> tuple[Clause, ...]:
    out: list[Clause] = []
    sentence_no = 0
    mark_starts = _mark_starts(flat, grammar, tokens)
    ends_in = _sentence_ends(flat)
    # the response references whose every word the text holds, and whether it holds an "as": a sentence is looked
    # at for the others in vain
    response_words = tuple(phrase for phrase in grammar.response_words if all(word in flat for word in phrase))
    holds_as = "as" in flat
    for par_no, (p_start, p_end, headline) in enumerate(paragraphs(flat, grammar)):
        s_start = p_start
        ends = [
            m
            for m in ends_in(p_start, p_end)
            if not _abbreviation(flat, m.start(), grammar)
            and not _labelled_number(flat, m.start(), grammar)
            and not (m.start() - p_start <= _ITEM_LABEL_CHARS and _item_number(flat, p_start, m.start(), grammar))
        ]
        for m in ends + [None]:
            s_end = m.start() + 1 if m else p_end
            for a, b in _bounded(flat, s_start, s_end):
                marks = mark_starts[bisect_left(mark_starts, a) : bisect_left(mark_starts, b)]
                out.extend(
                    _split_sentence(flat, a, b, sentence_no, par_no, headline, grammar, marks, response_words, holds_as)
                )
                sentence_no += 1
            if m:
                s_start = m.end()
    return tuple(out)


def _sentence_ends(flat: str) -> Callable[[int, int], Iterable[re.Match]]:
    """What finds the sentence ends of a paragraph flat[start:end] (no line break inside): the sentence end
    pattern matched at the stops of the paragraph, found once for the text with ``str.find`` (a regex scan of each
    paragraph tries every character; a match takes a stop and the blanks after it, never the next stop). A text
    holding emoji or bullets is scanned with the marked pattern."""
    pattern = _sentence_end(flat)
    if pattern is not _SENTENCE_END:
        return lambda start, end: pattern.finditer(flat, start, end)
    stops, match = char_positions(flat, _STOPS), pattern.match

    def ends_in(start: int, end: int) -> list[re.Match]:
        inside = stops[bisect_left(stops, start) : bisect_left(stops, end)]
        return [m for pos in inside if (m := match(flat, pos, end)) is not None]

    return ends_in


def _mark_starts(flat: str, grammar: SentenceGrammar, tokens: BlankTokens) -> list[int]:
    """Every position where a ``clause_mark`` may start, in order: a comma or a semicolon, or the blank before a
    token of ``mark_words`` (found with ``str.find`` and the text's tokens: a regex scan tries every blank)."""
    pieces, offsets = tokens
    starts = [offsets[i] + i - 1 for i in compress(count(), map(grammar.mark_words.__contains__, pieces))]
    if starts[:1] == [-1]:
        del starts[0]  # the text opens with such a word: no blank before it
    return sorted(starts + char_positions(flat, _MARK_PUNCTUATION))


def _bounded(flat: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence flat[start:end], cut at spaces into pieces of at most ``SENTENCE_MAX_CHARS``: a "sentence"
    of thousands of words without punctuation (a scrape that lost its stops) would make the per-clause
    steps quadratic; real sentences stay far below the bound (the longest measured is ~600)."""
    pieces = []
    while end - start > SENTENCE_MAX_CHARS:
        cut = flat.rfind(" ", start + SENTENCE_MAX_CHARS // 2, start + SENTENCE_MAX_CHARS)
        cut = cut + 1 if cut > start else start + SENTENCE_MAX_CHARS
        pieces.append((start, cut))
        start = cut
    return pieces + [(start, end)] if end > start else pieces


def _abbreviation(flat: str, dot: int, grammar: SentenceGrammar) -> bool:
    """A full stop that ends an abbreviation ("Feb. 3", "Mr. Smith"), not a sentence."""
    if flat[dot] != ".":
        return False
    word = flat[max(0, dot - 5) : dot].split()[-1:] or [""]
    return word[0] in grammar.abbreviations


def _item_number(flat: str, start: int, dot: int, grammar: SentenceGrammar) -> bool:
    """A stop closing an item's number and a suffix of it opening its paragraph at ``start`` ("**7 مكرر. حرستا – ليل
    11-12 نيسان**", "3 bis. …"): the item's label, as "7." is, not a sentence's end."""
    label = flat[start:dot].split()
    return (
        len(label) == 2 and label[1].lower() in grammar.item_number_suffixes and label[0].strip(_ITEM_MARKS).isdigit()
    )


def _labelled_number(flat: str, dot: int, grammar: SentenceGrammar) -> bool:
    """A stop right after a number a word labels, a day of the month or an item ("… on May 3. It added …",
    "item 3. …"): only a count of one or two digits ends a sentence with its stop ("… injuring 15. No group …")."""
    if not flat[dot - 1 : dot].isdigit() or flat[dot - 3 : dot].isdigit():
        return False
    words = flat[max(0, dot - 16) : dot].split()
    return len(words) >= 2 and words[-2] in grammar.number_labels


def _split_sentence(
    flat: str,
    start: int,
    end: int,
    sentence: int,
    paragraph: int,
    headline: bool,
    grammar: SentenceGrammar,
    mark_starts: list[int],
    response_words: tuple[tuple[str, ...], ...],
    holds_as: bool,
) -> list[Clause]:
    """The clauses of the sentence flat[start:end]; ``mark_starts``: where in it a ``clause_mark`` may start;
    ``response_words``: those of ``grammar``'s the text may hold; ``holds_as``: whether the text holds an "as".

    A mark that starts at a blank takes that blank alone; one that starts at a comma may take the blanks after it,
    and a mark at one of those blanks would end where it ends: so the marks tried at ``mark_starts`` end where those
    of ``clause_mark.finditer`` do."""
    mark = grammar.clause_mark.match
    marks = [m.end() for pos in mark_starts if (m := mark(flat, pos, end)) is not None]
    if holds_as and flat.find("as", start, end) != -1:  # (a regex scan of a sentence costs more than this look)
        marks += [
            m.start()
            for m in grammar.as_clause.finditer(flat, start, end)
            if not _as_not_opening(flat, start, m.start(), grammar.as_not_after)
        ]
    if not marks and not (response_words and _may_refer(flat, start, end, response_words)):
        return [Clause(start, end, sentence, paragraph, headline)] if flat[start:end].strip() else []  # (most)
    cuts = [start, *sorted(c for c in set(marks) if c - start > 6), end] if marks else [start, end]
    parts = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        refers = response_words and _may_refer(flat, a, b, response_words)
        ref = grammar.response_ref.search(flat, a, b) if refers else None
        if ref is None:
            parts.append(Clause(a, b, sentence, paragraph, headline))
            continue
        ref_end = _reference_end(flat, ref.end(), b)
        if ref.start() > a:
            parts.append(Clause(a, ref.start(), sentence, paragraph, headline))
        parts.append(Clause(ref.start(), ref_end, sentence, paragraph, headline, reference=True))
        if ref_end < b:
            parts.append(Clause(ref_end, b, sentence, paragraph, headline))
    return [c for c in parts if flat[c.start : c.end].strip()]


def _may_refer(flat: str, start: int, end: int, response_words: tuple[tuple[str, ...], ...]) -> bool:
    """Does flat[start:end] hold every word of a response reference? (A few finds cost less than the regex.)"""
    for phrase in response_words:
        for word in phrase:
            if flat.find(word, start, end) == -1:
                break
        else:
            return True
    return False


def _as_not_opening(flat: str, start: int, at: int, not_after: frozenset[str]) -> bool:
    """True when the word before "as" makes it no clause opener ("such as", "known as", "used as")."""
    before = flat[max(start, at - 20) : at].split()
    return not before or before[-1].strip(",;") in not_after


def _reference_end(flat: str, start: int, end: int) -> int:
    """The "رداً على ..." reference runs to the next comma (or the clause end)."""
    m = _COMMA.search(flat, start, end)
    return m.start() if m else end

"""Word lists compiled into one trie-shaped regular expression.

A plain alternation of a few hundred phrases makes the regex engine try every phrase at every
position; a trie shares prefixes, so each position costs a few character tests. Spaces inside a
phrase match any run of whitespace. Where one phrase is a prefix of another the longer one is tried
first, as in a longest-first alternation.

A pattern opening with a look-behind ("no word character before") is tried at every position of the text; the
same pattern without it, opening with its words, lets the engine skip straight to their first letters.
``word_start_matches``, ``word_search`` and ``word_finditer`` test the character before each match in Python
instead, so their matches are those of the pattern itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, compress, count, filterfalse
from typing import NamedTuple, TypeVar

WORD_START = r"(?<![\w-])"  # no letter, digit, "_" or hyphen before: a word (not the tail of "ISIS", "FOCUS") starts


def trie_pattern(words: Iterable[str]) -> str:
    """A regex (without anchors) matching any of ``words``, longest first."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:
    branches = [(ch, child) for ch, child in node.items() if ch != ""]
    if not branches:
        return ""
    parts = [(r"\s+" if ch == " " else re.escape(ch)) + _emit(child) for ch, child in branches]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" in node:
        body = "(?:" + body + ")?"
    return body


LOOK_BEHIND_WORD = r"(?<!\w)"  # no word character before: ``word_search``, ``word_finditer``


@lru_cache(maxsize=64)
def _without_look_behind(pattern: re.Pattern, look_behind: str) -> re.Pattern:
    """``pattern`` without the look-behind it opens with, which must hold for the whole of it (no "|" outside
    brackets: "(?<!\\w)a|b" looks behind "a" only)."""
    source = pattern.pattern
    if not source.startswith(look_behind) or pattern.flags & re.ASCII or _alternation_outside_brackets(source):
        raise ValueError(f"the pattern does not open with {look_behind} for all of it: {source[:40]!r}")
    return re.compile(source[len(look_behind) :], pattern.flags)


def _class_end(source: str, i: int) -> int:
    """The index after the character class opening at ``source[i]`` ("["): its brackets are characters, up to
    its closing "]" (a "]" first in the class is one of its characters)."""
    i += 1 + (source[i + 1] == "^")
    i += source[i] == "]"
    while source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _alternation_outside_brackets(source: str) -> bool:
    depth, i = 0, 0
    while i < len(source):
        if source[i] == "\\":
            i += 2  # an escaped character
            continue
        if source[i] == "[":
            i = _class_end(source, i)
            continue
        if source[i] in "()":
            depth += 1 if source[i] == "(" else -1
        elif source[i] == "|" and depth == 0:
            return True
        i += 1
    return False


def word_start_matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, for a pattern that opens with ``WORD_START`` and then its words.

    A look-behind opening a pattern is tested at every position of the text; without it, a pattern opening with
    its words lets the regex engine skip straight to their first letters (several times faster). The character
    before each match is tested here instead, and a match inside a word is passed over by going on from the
    next character, exactly as the look-behind would.
    """
    bare = _without_look_behind(pattern, WORD_START)
    pos = 0
    while (m := bare.search(text, pos)) is not None:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):  # ``\w`` is alphanumeric or "_"
            pos = start + 1
            continue
        yield m
        pos = max(m.end(), start + 1)


@lru_cache(maxsize=64)
def named_group(pattern: re.Pattern, name: str) -> re.Pattern:
    """The group ``(?P<name>...)`` of ``pattern`` compiled on its own (with the pattern's flags)."""
    source, opening = pattern.pattern, f"(?P<{name}>"
    start = i = source.index(opening) + len(opening)
    depth = 1
    while depth:
        if source[i] == "\\":
            i += 2  # an escaped character: no bracket
        elif source[i] == "[":
            i = _class_end(source, i)
        else:
            depth += {"(": 1, ")": -1}.get(source[i], 0)
            i += 1
    return re.compile(source[start : i - 1], pattern.flags)


def matches_near(pattern: re.Pattern, core: re.Pattern, text: str, reach: int) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, for a pattern each of whose matches holds a match of ``core`` at
    most ``reach`` characters after its start (a word after its optional clitics: ``core`` is the word list).

    A pattern opening with a look-behind and optional clitics is tried at every position of the text; its words
    alone let the regex engine skip to their first letters. Each match of ``core`` is a place a match of the
    pattern may start up to ``reach`` characters before: the pattern is tried only there, leftmost first, so the
    matches are those ``finditer`` gives.
    """
    pos = 0
    while (found := core.search(text, pos)) is not None:
        at = found.start()
        for start in range(max(pos, at - reach), at + 1):
            m = pattern.match(text, start)
            if m is not None:
                yield m
                pos = max(m.end(), start + 1)
                break
        else:
            pos = at + 1


_RUN = re.compile(r"\w+")
P = TypeVar("P", tuple, int)  # a token's plan: what a stage wants to know of the token (empty or 0: nothing)
PLAN_MEMO_LIMIT = 100_000  # distinct tokens a plan memo keeps; past it, new tokens are planned each time


EDGE_SIGNS = ".,،:;؛!?؟\"'«»()[]{}…-–—/"  # signs, none a word character, that often stand before or after a word


def word_runs(token: str) -> list[tuple[int, str]]:
    """(offset, run) of each run of word characters (``\\w+``) in a token: where a word of it starts. A token of
    word characters only (``str.isalnum``: ``\\w`` but "_"), most of them, is one run without a regex scan; so is
    one such run between ``EDGE_SIGNS`` ("«الغارة»،")."""
    if token.isalnum():
        return [(0, token)]
    rest = token.lstrip(EDGE_SIGNS)
    word = rest.rstrip(EDGE_SIGNS)
    if word.isalnum():
        return [(len(token) - len(rest), word)]
    return [(m.start(), m.group()) for m in _RUN.finditer(token)]


@lru_cache(maxsize=PLAN_MEMO_LIMIT)  # a memo of a pure function of the string: every word-list table plans the token
def lone_word_start(token: str) -> int:
    """Where the one run of word characters of a token not all of them starts, when ``word_runs`` finds it between
    ``EDGE_SIGNS`` without a scan ("«الغارة»،": 1), else -1 (a token of signs only, or of several runs)."""
    rest = token.lstrip(EDGE_SIGNS)
    return len(token) - len(rest) if rest.rstrip(EDGE_SIGNS).isalnum() else -1


class BlankTokens(NamedTuple):
    """A text cut at its blanks, read once per text and shared by the word-list stages (a piece's hash, computed at
    its first dictionary look-up, is kept for the next): its ``pieces`` (the tokens of ``str.split()``, and an empty
    piece between two blanks in a row), and ``offsets``: the piece i starts at ``offsets[i] + i`` (the length of the
    pieces before it, and a blank after each)."""

    pieces: list[str]
    offsets: list[int]

    def start(self, i: int) -> int:
        return self.offsets[i] + i


def blank_tokens(text: str) -> BlankTokens:
    """The text's pieces and where each starts, without a regex scan (slow on Arabic text, where every character is
    a Unicode lookup): a text whose only blanks are spaces and line breaks (every blank but these is unprintable) is
    split at them, the pieces' lengths adding up to where each starts; any other text is split by ``str.split()``
    and each token located with ``str.find``."""
    spaced = text.replace("\n", " ")
    if spaced.isprintable():
        pieces = spaced.split(" ")
        return BlankTokens(pieces, list(accumulate(map(len, pieces), initial=0)))
    pieces = text.split()
    offsets, cursor = [], 0
    for i, piece in enumerate(pieces):
        cursor = text.find(piece, cursor)
        offsets.append(cursor - i)
        cursor += len(piece)
    return BlankTokens(pieces, offsets)


def planned_tokens(
    text: str, plans: dict[str, P], plan: Callable[[str], P], tokens: BlankTokens | None = None
) -> list[tuple[int, P]]:
    """(position, plan) of each blank-separated token of ``text`` whose plan is not empty, in order: ``plan(token)``
    memoized in ``plans`` (a report repeats its words, and the next report too); ``tokens``: ``blank_tokens(text)``
    when the caller has it.

    Regex scans of Arabic text are slow (every character is a Unicode lookup): the text is split at its blanks and
    each piece's plan looked up in the memo (``map``: no Python loop but for the pieces not yet planned)."""
    pieces, offsets = tokens if tokens is not None else blank_tokens(text)
    planned = _plans_of(pieces, plans, plan)
    return [(offsets[i] + i, planned[i]) for i in compress(count(), planned)]


def _plans_of(
    pieces: list[str], plans: dict[str, P], plan: Callable[[str], P], plan_new: Callable[[dict], None] | None = None
) -> list[P]:
    """Each piece's plan, read from the memo (``map``: no Python loop but when a piece is not yet planned);
    ``plan_new``: what plans the new pieces (a dict of them, in text order) into the memo at once, when the caller
    has it."""
    try:
        return list(map(plans.__getitem__, pieces))
    except KeyError:  # pieces not yet planned: each new one planned once, then every piece read from the memo
        # (in the order the text gives them: a frequent word, met first, takes its own slot of the memo's table)
        new = dict.fromkeys(filterfalse(plans.__contains__, pieces))
        if len(plans) + len(new) > PLAN_MEMO_LIMIT:
            return [_plan_of(piece, plans, plan) for piece in pieces]
        if plan_new is not None:
            plan_new(new)
        else:
            for piece in new:
                plans[piece] = plan(piece) if piece else ()
        return list(map(plans.__getitem__, pieces))


def _plan_of(token: str, plans: dict[str, P], plan: Callable[[str], P]) -> P:
    """``plan(token)``, memoized in ``plans`` until it holds ``PLAN_MEMO_LIMIT`` tokens (the empty piece between two
    blanks has the empty plan)."""
    planned = plans.get(token)
    if planned is None:
        planned = plan(token) if token else ()
        if len(plans) < PLAN_MEMO_LIMIT:
            plans[token] = planned
    return planned


# (source, flags) -> the pattern without its look-behind: ``word_search`` runs for most clauses, and the
# ``lru_cache`` of ``_without_look_behind`` hashes the compiled pattern's whole program at every call
_bare_patterns: dict[tuple[str, int], re.Pattern] = {}
BARE_MEMO_LIMIT = 1024


def word_search(pattern: re.Pattern, flat: str, start: int, end: int, clitics: str = "") -> re.Match | None:
    r"""``pattern.search(flat, start, end)`` for a pattern that opens with ``(?<!\w)``: without that look-behind,
    tried at every position, a pattern opening with its words lets the regex engine skip straight to their first
    letters; the character before a match is tested here instead (a match inside a word: go on from the next
    character, as the look-behind would). ``clitics``: letters a word may also carry glued before it ("ولم")."""
    key = (pattern.pattern, pattern.flags)  # (a str's hash is computed once and kept: a cheap key)
    bare = _bare_patterns.get(key)
    if bare is None:
        bare = _without_look_behind(pattern, LOOK_BEHIND_WORD)
        if len(_bare_patterns) < BARE_MEMO_LIMIT:
            _bare_patterns[key] = bare
    pos = start
    while (m := bare.search(flat, pos, end)) is not None:
        at = m.start()
        if not at or not (flat[at - 1].isalnum() or flat[at - 1] == "_"):  # ``\w``: alphanumeric or "_"
            return m
        if flat[at - 1] in clitics and (at == 1 or not (flat[at - 2].isalnum() or flat[at - 2] == "_")):
            return m
        pos = at + 1
    return None


def word_finditer(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
    """``pattern.finditer(text, start, end)`` for a pattern that opens with ``(?<!\\w)`` (see ``word_search``) and
    never matches the empty string."""
    end = len(text) if end is None else end
    pos = start
    while (m := word_search(pattern, text, pos, end)) is not None:
        if m.end() == m.start():
            raise ValueError(f"an empty match of {pattern.pattern[:40]!r}: word_finditer reads words")
        yield m
        pos = m.end()


def first_words(phrases: Iterable[str]) -> set[str]:
    """The first word (up to a blank) of each phrase: what a text must hold where a match of the phrases starts."""
    return {phrase.split(" ", 1)[0] for phrase in phrases if phrase}


def any_of(*alternatives: str) -> str:
    """A regex matching any of the non-empty ``alternatives`` (none: a regex that never matches)."""
    kept = [a for a in alternatives if a]
    return "|".join(f"(?:{a})" for a in kept) if kept else "(?!)"


class PhraseStarts(NamedTuple):
    """What tells a word-list pattern's phrase openings apart: ``single`` matches where a one-word entry may start
    (after its clitics); ``clitics`` is what may stand before a phrase's first word in its token; ``second_words``
    gives the second words of the phrases opening with each first word."""

    single: re.Pattern
    clitics: re.Pattern
    second_words: dict[str, tuple[str, ...]]


class WordOpenings:
    """Where the matches of a word-list pattern may start: at the start of a word (a run of ``\\w``) from which
    ``opening`` matches within the word's blank-separated token (a clitic and a list word's first word; what a
    pattern's matches must open with).

    Each token's starts are planned once (memoized: a report repeats its words, and the next report too), so a
    text is read by ``str.split`` and the pattern is tried only there (``finditer``) instead of by a regex scan
    of every character (several times slower on Arabic text, where every character is a Unicode lookup).
    Given ``phrases``, a token that can only open a phrase ("في", "من": common words) is tried only when the next
    token opens with a second word of such a phrase. Held by a table of the ``timeline.reference.Reference``; the
    memos are its only state."""

    def __init__(self, opening: re.Pattern, phrases: PhraseStarts | None = None) -> None:
        self.opening = opening
        self.phrases = phrases
        self.plans: dict[str, tuple[int, ...]] = {}
        self.seconds: dict[str, tuple[str, ...]] = {}  # a token that only opens phrases -> their second words

    def __getstate__(self) -> dict:
        """Pickled without the memos (a worker fills its own)."""
        return {"opening": self.opening, "phrases": self.phrases, "plans": {}, "seconds": {}}

    def plan(self, token: str) -> tuple[int, ...]:
        """The offsets of the words of ``token`` from which ``opening`` matches (and, for a token whose one start
        only opens phrases, their second words kept in ``seconds``)."""
        opening = self.opening
        if token.isalnum():  # one word (most tokens: ``word_runs`` would find it alone)
            offsets = (0,) if opening.match(token) else ()
        else:
            offsets = tuple(offset for offset, _run in word_runs(token) if opening.match(token, offset))
        phrases = self.phrases
        if phrases is not None and len(offsets) == 1 and not phrases.single.match(token, offsets[0]):
            second_words, clitics = phrases.second_words, phrases.clitics
            seconds = {  # (the phrases' first words the token ends with: each of its tails looked up)
                second
                for cut in range(len(token) + 1)
                if token[cut:] in second_words and clitics.fullmatch(token, offsets[0], cut)
                for second in second_words[token[cut:]]
            }
            if seconds and len(self.seconds) < PLAN_MEMO_LIMIT:
                self.seconds[token] = tuple(sorted(seconds))
        return offsets

    def _plan_new(self, tokens: dict[str, None]) -> None:
        """``plan`` each of ``tokens`` (new, in text order) into the memo: ``opening`` is tried at the one word of a
        token (most tokens: the one-word ones by a match run over them all without a Python loop, the others at
        ``lone_word_start``), ``plan`` called only for the tokens it matches and those of several words."""
        plans, match = self.plans, self.opening.match
        plans.update(dict.fromkeys(tokens, ()))
        words = list(filter(str.isalnum, tokens))
        to_plan = list(compress(words, map(match, words)))
        for token in filterfalse(str.isalnum, tokens):
            start = lone_word_start(token)
            if token and (start < 0 or match(token, start)):
                to_plan.append(token)
        for token in to_plan:
            plans[token] = self.plan(token)

    def finditer(self, pattern: re.Pattern, text: str, tokens: BlankTokens | None = None) -> Iterator[re.Match]:
        """The matches of ``pattern.finditer(text)``, for a non-empty pattern each of whose matches starts at a word
        from which ``opening`` matches (its look-behinds see the text before it; ``tokens``: ``blank_tokens(text)``
        when the caller has it)."""
        pieces, offsets = tokens if tokens is not None else blank_tokens(text)
        planned = _plans_of(pieces, self.plans, self.plan, self._plan_new)
        seconds = self.seconds
        last = len(pieces) - 1
        end = 0
        for i in compress(count(), planned):
            piece = pieces[i]
            if piece in seconds:
                following = pieces[i + 1] if i < last else ""  # the next piece, unless blanks in a row come first
                if not following and i < last:
                    following = _next_piece(pieces, i)
                if not following.startswith(seconds[piece]):
                    continue  # a phrase's first word without a second word of it after
            for offset in planned[i]:
                pos = offsets[i] + i + offset
                if pos >= end and (m := pattern.match(text, pos)) is not None:
                    if m.end() == pos:
                        raise ValueError(f"an empty match of {pattern.pattern[:40]!r}: WordOpenings reads words")
                    yield m
                    end = m.end()


def _next_piece(pieces: list[str], i: int) -> str:
    """The first non-empty piece after the piece i ('' at the end)."""
    size = len(pieces)
    i += 1
    while i < size and not pieces[i]:
        i += 1
    return pieces[i] if i < size else ""

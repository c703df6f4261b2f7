"""Searches for a pattern that opens with ``(?<!\\w)`` ("no word character before"), made fast.

A look-behind opening a pattern is tried at every position of the text; the same pattern without it, opening with
its words, lets the regex engine skip straight to their first letters (several times faster). The character before
each match is then tested in Python, and a match inside a word is passed over by going on from the next character,
exactly as the look-behind would: the matches are those of the pattern itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_WORD_START = r"(?<!\w)"


@lru_cache(maxsize=64)
def _without_word_start(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` without the ``(?<!\\w)`` it opens with, which must hold for the whole of it (no "|" outside
    brackets: "(?<!\\w)a|b" looks behind "a" only)."""
    source = pattern.pattern
    if not source.startswith(_WORD_START) or pattern.flags & re.ASCII or _alternation_outside_brackets(source):
        raise ValueError(f"the pattern does not open with {_WORD_START} for all of it: {source[:40]!r}")
    return re.compile(source[len(_WORD_START) :], pattern.flags)


def _alternation_outside_brackets(source: str) -> bool:
    depth, i = 0, 0
    while i < len(source):
        if source[i] == "\\":
            i += 1  # an escaped character
        elif source[i] == "[":  # a class: its characters up to its closing "]"
            i += 1 + (source[i + 1] == "^")
            i += source[i] == "]"
            while source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif source[i] in "()":
            depth += 1 if source[i] == "(" else -1
        elif source[i] == "|" and depth == 0:
            return True
        i += 1
    return False


def word_search(pattern: re.Pattern, flat: str, start: int, end: int) -> re.Match | None:
    r"""``pattern.search(flat, start, end)`` for a pattern that opens with ``(?<!\w)``: without that look-behind,
    tried at every position, a pattern opening with its words lets the regex engine skip straight to their first
    letters; the character before a match is tested here instead (a match inside a word: go on from the next
    character, as the look-behind would)."""
    bare = _without_word_start(pattern)
    pos = start
    while (m := bare.search(flat, pos, end)) is not None:
        at = m.start()
        if not at or not (flat[at - 1].isalnum() or flat[at - 1] == "_"):  # ``\w``: alphanumeric or "_"
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

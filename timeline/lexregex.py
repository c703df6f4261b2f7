"""Word lists compiled into one trie-shaped regular expression.

A plain alternation of a few hundred phrases makes the regex engine try every phrase at every
position; a trie shares prefixes, so each position costs a few character tests. Spaces inside a
phrase match any run of whitespace. Where one phrase is a prefix of another the longer one is tried
first, as in a longest-first alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

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


@lru_cache(maxsize=64)
def _without_word_start(pattern: re.Pattern) -> re.Pattern:
    if not pattern.pattern.startswith(WORD_START):
        raise ValueError(f"the pattern does not open with {WORD_START}: {pattern.pattern[:40]!r}")
    return re.compile(pattern.pattern[len(WORD_START) :], pattern.flags)


def word_start_matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, for a pattern that opens with ``WORD_START`` and then its words.

    A look-behind opening a pattern is tested at every position of the text; without it, a pattern opening with
    its words lets the regex engine skip straight to their first letters (several times faster). The character
    before each match is tested here instead, and a match inside a word is passed over by going on from the
    next character, exactly as the look-behind would.
    """
    bare = _without_word_start(pattern)
    pos = 0
    while (m := bare.search(text, pos)) is not None:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):  # ``\w`` is alphanumeric or "_"
            pos = start + 1
            continue
        yield m
        pos = max(m.end(), start + 1)

"""Word lists compiled into one trie-shaped regular expression.

A plain alternation of a few hundred phrases makes the regex engine try every phrase at every
position; a trie shares prefixes, so each position costs a few character tests. Spaces inside a
phrase match any run of whitespace. Where one phrase is a prefix of another the longer one is tried
first, as in a longest-first alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


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

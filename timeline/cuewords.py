"""Cue words as data: classes of words in ``data/lexicon/`` tables, compiled by one matcher.

The rules of extraction are grammar (where a word must stand: right before a name, at a clause's end,
after a verb) written in code, and vocabulary (which words stand there: "led by", "بقياده", "on both
sides", the verbs of saying) kept as rows an analyst can extend, the way spaCy's EntityRuler keeps its
patterns. A table has the columns ``word,class,language,note``; each row puts one normalized word or
phrase (see ``timeline.normalize.normalize_term``) into one class. A module names the classes it reads,
and its regular expressions take each class's words as one trie-shaped alternation (``trie_pattern``:
longest first, a space inside a phrase matching any run of whitespace).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from timeline.lexregex import trie_pattern
from timeline.normalize import normalize_term
from timeline.paths import LEXICON_DIR

LANGUAGES = frozenset({"ar", "en"})


@dataclass(frozen=True)
class CueWords:
    """The words of each class of one table, normalized, in the table's order."""

    table: str
    classes: Mapping[str, tuple[str, ...]]

    def words(self, *names: str) -> tuple[str, ...]:
        """The words of the classes ``names`` (each class must have words)."""
        out: list[str] = []
        for name in names:
            if not self.classes.get(name):
                raise KeyError(f"data/lexicon/{self.table}: no words of class {name!r}")
            out.extend(w for w in self.classes[name] if w not in out)
        return tuple(out)

    def pattern(self, *names: str) -> str:
        """A non-capturing group matching any word of the classes ``names``, longest first."""
        return f"(?:{trie_pattern(self.words(*names))})"

    def word_set(self, *names: str) -> frozenset[str]:
        return frozenset(self.words(*names))


def cue_words(
    table: str, known: frozenset[str], class_column: str = "class", directory: Path = LEXICON_DIR
) -> CueWords:
    """Read ``<directory>/<table>`` (a module's grammar builder reads its table's words from the reference's data
    folder, once per ``timeline.reference.Reference``); a row with an empty or unnormalized word, an unknown
    language or a class not in ``known``, or a word twice in a class, is an error naming the file and line."""
    classes: dict[str, list[str]] = {name: [] for name in sorted(known)}
    with open(directory / table, encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            where = f"{directory.parent.name}/{directory.name}/{table}:{line}"
            word, name, language = row.get("word") or "", row.get(class_column) or "", row.get("language") or ""
            if name not in known:
                raise ValueError(f"{where}: unknown {class_column} {name!r}")
            if language not in LANGUAGES:
                raise ValueError(f"{where}: language must be ar or en, not {language!r}")
            if not word.strip() or word != normalize_term(word):
                raise ValueError(f"{where}: the word {word!r} must be written normalized: {normalize_term(word)!r}")
            if word in classes[name]:
                raise ValueError(f"{where}: {word!r} is already a word of {name!r}")
            classes[name].append(word)
    return CueWords(table, {name: tuple(words) for name, words in classes.items()})

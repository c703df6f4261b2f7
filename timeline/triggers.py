"""Trigger words (``data/lexicon/triggers.csv``): incident words by type, and the words that change
how a clause is read — a repelled attack ("تصدى لمحاولة تسلل"), a response ("رداً على"), a call to
arms or a warning (not an incident), a running total (not an incident), a generic accusation.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline.event_types import EventTypes
from timeline.frozen import freeze_fields
from timeline.lexregex import BlankTokens, PhraseStarts, WordOpenings, any_of, first_words, trie_pattern
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR

LOOKUP_MEMO_LIMIT = 100_000  # distinct matched words the lookup memo keeps


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    word: str
    event_type: str | None
    role: str  # incident | generic | plural | repel | response | statement | generic-report | aggregate | period | toll | craft | displacement


@dataclass(frozen=True, eq=False)
class TriggerTables:
    """The trigger table and its pattern (``TriggerTables.build``), held by the ``timeline.reference.Reference``."""

    table: dict[str, tuple[str | None, str]]
    pattern: re.Pattern
    openings: WordOpenings = field(compare=False)  # the words a match of ``pattern`` may start at
    # matched text -> (event type, role): a memo of ``_lookup`` (the same words recur in every report)
    lookups: dict[str, tuple[str | None, str]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        freeze_fields(self)

    def __getstate__(self) -> dict:
        """Pickled without the memo (a worker fills its own)."""
        return self.__dict__ | {"lookups": {}}

    def lookup(self, matched: str) -> tuple[str | None, str]:
        """(event type, role) of a matched trigger word (``_lookup``, memoized)."""
        found = self.lookups.get(matched)
        if found is None:
            found = _lookup(matched, self.table)
            if len(self.lookups) < LOOKUP_MEMO_LIMIT:
                self.lookups[matched] = found
        return found

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR) -> TriggerTables:
        table = _table(data_dir / "lexicon")
        return cls(table, _pattern(table), _openings(table))


def _table(lexicon_dir: Path) -> dict[str, tuple[str | None, str]]:
    """Trigger words, normalized; an Arabic phrase also in its definite form, the article on every word after
    the first (the first takes it in ``_pattern``): "ضربة جوية" -> "الضربة الجوية"."""
    with open(lexicon_dir / "triggers.csv", encoding="utf-8") as fh:
        table = {normalize_term(r["word"]): (r["event_type"] or None, r["role"]) for r in csv.DictReader(fh)}
    for word, value in list(table.items()):
        first, *rest = word.split(" ")
        if rest and not word.isascii() and not any(w.startswith("ال") for w in rest):
            table.setdefault(" ".join([first, *("ال" + w for w in rest)]), value)
    return table


NOT_A_TRIGGER = "none"  # the role of a word that only looks like a trigger word with an ending
_AR_CLITICS = "[وف]?(?:بال|لل|ال|ب|ل)?"  # before an Arabic trigger word


def _pattern(words: dict[str, tuple[str | None, str]]) -> re.Pattern:
    short = trie_pattern(w for w in words if not w.isascii() and len(w) <= 2)  # "رد", "صد": no suffix
    long = trie_pattern(w for w in words if not w.isascii() and len(w) > 2)
    en = trie_pattern(w for w in words if w.isascii())
    # A word starts after a character that is no letter (no hyphen either, for an English one); the pattern is
    # tried only at the words its ``_openings`` plan.
    return re.compile(rf"(?<!\w)(?:{_AR_CLITICS}(?P<ar>{long}\w{{0,3}}|{short})(?!\w)|(?<![\w-])(?P<en>{en})(?![\w-]))")


def _openings(words: dict[str, tuple[str | None, str]]) -> WordOpenings:
    """A match of ``_pattern`` starts at a word that opens with a trigger word (after its clitics, for an Arabic
    one), or that is, up to the blank after it, the first word of a trigger phrase ("في بعض الاحيان": "في", not
    "فيديو")."""
    arabic = [w for w in words if not w.isascii()]
    english = [w for w in words if w.isascii()]
    ar_single = trie_pattern(w for w in arabic if " " not in w)
    en_single = trie_pattern(w for w in english if " " not in w)
    ar_words = any_of(ar_single, _whole(first_words(w for w in arabic if " " in w)))
    en_words = any_of(en_single, _whole(first_words(w for w in english if " " in w)))
    second_words: dict[str, set[str]] = {}
    for phrase in words:
        first, *rest = phrase.split(" ")
        if rest:
            second_words.setdefault(first, set()).add(rest[0])
    # a phrase's first word after an Arabic word's clitics (an English one takes none: a superset, never a miss)
    phrases = PhraseStarts(
        re.compile(any_of(f"{_AR_CLITICS}(?:{ar_single})" if ar_single else "", en_single)),
        re.compile(_AR_CLITICS),
        {first: tuple(sorted(seconds)) for first, seconds in second_words.items()},
    )
    return WordOpenings(re.compile(any_of(f"{_AR_CLITICS}(?:{ar_words})" if ar_words else "", en_words)), phrases)


def _whole(words: set[str]) -> str:
    """The words up to the end of the token (a blank follows them in the text), or "" for none."""
    return rf"(?:{trie_pattern(words)})\Z" if words else ""


def _lookup(matched: str, table: dict[str, tuple[str | None, str]]) -> tuple[str | None, str]:
    key = re.sub(r"\s+", " ", matched)
    for cut in range(0, 4):
        stem = key[: len(key) - cut] if cut else key
        if stem in table:
            return table[stem]
    return None, "incident"


def find_triggers(flat: str, tables: TriggerTables | None = None, tokens: BlankTokens | None = None) -> list[Trigger]:
    """Every trigger word of a normalized text, in order (``tables``: the reference's, default the shipped ones;
    ``tokens``: ``lexregex.blank_tokens(flat)`` when the caller has it)."""
    if tables is None:
        from timeline.reference import default_reference  # imported here: the reference imports this module

        tables = default_reference().triggers
    out = []
    for m in tables.openings.finditer(tables.pattern, flat, tokens):
        group = "ar" if m.group("ar") else "en"
        event_type, role = tables.lookup(m.group(group))
        if role == NOT_A_TRIGGER:
            continue  # "طالبين" (two students), not the verb "طالب" with an ending
        out.append(Trigger(m.start(group), m.end(group), m.group(group), event_type, role))
    return out


def incident_type(triggers: list[Trigger], types: EventTypes | None = None) -> str:
    """The type a clause's incident words give: a distinctive one (``data/event_types.csv``; ``types``: the
    reference's table), else the first specific, else the general type (attack)."""
    if types is None:
        from timeline.reference import default_reference  # imported here: the reference imports this module

        types = default_reference().event_types
    for t in triggers:
        if t.role == "incident" and t.event_type in types.distinctive:
            return t.event_type
    for t in triggers:
        if t.role == "incident" and t.event_type:
            return t.event_type
    return types.general

"""Where a report places an incident relative to an agreement's entry into force.

"قصف … قبل ساعات من دخول الهدنة حيز التنفيذ", "hours before the ceasefire took effect": the text says the
incident came before (or after) the moment the agreement took effect. A report dated by its publication
day would otherwise put such an incident on the agreement's first day and call it a violation; the
verdict (``timeline.agreements.link_incident``) reads this cue instead. The cue words are data
(``data/lexicon/entry_into_force_cues.csv``): a "before"/"after" word followed, within a few words of the
same sentence, by an "effect" phrase (the word may carry the conjunction و or ف).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from timeline.lexregex import trie_pattern
from timeline.normalize import normalize_term
from timeline.paths import LEXICON_DIR

CUES_FILE = LEXICON_DIR / "entry_into_force_cues.csv"
KINDS = ("before", "after", "effect")
MAX_GAP_WORDS = 8  # "قبل ساعات من دخول وقف اطلاق النار حيز التنفيذ": six words between the cue and the phrase
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_SENTENCE_END_CHARS = ".!?؟\n"  # the characters of ``_SENTENCE_END``


@dataclass(frozen=True)
class RelativeToAgreement:
    """The text's word on an incident's time relative to an agreement's entry into force."""

    relation: str  # "before" | "after"
    span: tuple[int, int]  # the cue, in the searched text's offsets


# Characters that Python's case-insensitive matching takes for a different lower-case letter (dotless i, long s):
# a slice with one of them is searched with the pattern whatever the gate says.
CASE_ODD_CHARS = "\u0131\u017f"


@dataclass(frozen=True)
class EntryIntoForceCues:
    """The cue pattern and its gate: one word of each "effect" phrase, one of which every match holds. The
    pattern is case-insensitive, so the regex engine cannot skip ahead and tries every position; the gate's
    ``str.find`` over the lower-cased slice skips the sentences without an "effect" phrase."""

    pattern: re.Pattern
    gate_words: tuple[str, ...]

    def finditer(self, flat: str, start: int, end: int) -> list[re.Match]:
        """The pattern's matches in ``flat[start:end]``."""
        if self.may_hold(flat[start:end]):
            return list(self.pattern.finditer(flat, start, end))
        return []

    def may_hold(self, text: str) -> bool:
        """False when ``text`` holds no match (nor any slice of it: a report's incidents ask once for all)."""
        piece = text.lower()
        return any(word in piece for word in self.gate_words) or any(char in piece for char in CASE_ODD_CHARS)


def cue_pattern(path: Path = CUES_FILE) -> EntryIntoForceCues:
    """The pattern of a "before"/"after" word and the "effect" phrase after it, from the cue table ``path``
    (held by the ``timeline.reference.Reference``), with its gate."""
    words: dict[str, list[str]] = {kind: [] for kind in KINDS}
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            if row["kind"] not in KINDS:
                raise ValueError(f"{path}: line {line}: kind {row['kind']!r} is not one of {', '.join(KINDS)}")
            words[row["kind"]].append(normalize_term(row["term"]).lower())
    gap = rf"(?:\s+\S+){{0,{MAX_GAP_WORDS}}}?"
    pattern = re.compile(
        rf"(?<!\w)(?:[وف])?(?:(?P<before>{trie_pattern(words['before'])})|(?P<after>{trie_pattern(words['after'])}))"
        rf"(?!\w){gap}\s+(?:{trie_pattern(words['effect'])})(?!\w)",
        re.IGNORECASE,
    )
    # the longest word of each phrase: the pattern matches a phrase's space as any blank run, never inside a word
    gate_words = {max(phrase.split(), key=len) for phrase in words["effect"] if phrase.strip()}
    return EntryIntoForceCues(pattern, tuple(sorted(gate_words)))


def _sentence(flat: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence(s) around ``flat[start:end]``."""
    last_end = max(flat.rfind(char, 0, start) for char in _SENTENCE_END_CHARS)  # -1 when none: the text's start
    after = _SENTENCE_END.search(flat, end)
    return last_end + 1, (after.start() if after else len(flat))


def relative_to_agreement(
    flat: str, evidence: list[tuple[int, int]], cues: EntryIntoForceCues | None = None
) -> RelativeToAgreement | None:
    """The cue in the sentences of the incident's ``evidence`` spans (offsets into the matching text
    ``flat``); None when there is none or when the text says both "before" and "after". ``cues``: the
    reference's ``cue_pattern`` (default: the shipped one's)."""
    if cues is None:
        from timeline.reference import default_reference  # imported here: the reference imports this module

        cues = default_reference().entry_into_force
    found: list[RelativeToAgreement] = []
    for start, end in sorted({_sentence(flat, a, b) for a, b in evidence}):
        for m in cues.finditer(flat, start, end):
            found.append(RelativeToAgreement("before" if m.group("before") else "after", (m.start(), m.end())))
    if not found or len({f.relation for f in found}) > 1:
        return None
    return found[0]

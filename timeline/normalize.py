"""Arabic text normalization with an offset map.

Matching (dates, factions, places, numbers) runs on a normalized copy of the text: diacritics and
tatweel removed, alef/hamza variants folded, alef maqsura -> ya, ta marbuta -> ha, Arabic-Indic and
Persian digits -> ASCII, dashes unified, Latin lower-cased. ``Normalized.span`` maps a span of the
normalized copy back to the original text, so every reported span points into what the user reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DELETE = set("\u0640") | {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u200c", "\u200d", "\u200e", "\u200f"}
_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ک": "ك",
    "ی": "ي",
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "−": "-",
    "\u00a0": " ",
    "\u202f": " ",
}
_FOLD.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_FOLD.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian digits


def fold_char(ch: str) -> str:
    """The normalized form of one character ('' when it is dropped)."""
    if ch in _DELETE:
        return ""
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    low = ch.lower()
    return low if len(low) == 1 else ch


@dataclass(frozen=True)
class Normalized:
    """A normalized copy of ``original`` and, for each of its characters, the original index."""

    original: str
    text: str
    index: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the original text."""
        if start >= end:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


def normalize(text: str) -> Normalized:
    """Normalize ``text`` keeping an index back to it."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = fold_char(ch)
        if folded:
            out.append(folded)
            index.append(i)
    return Normalized(text, "".join(out), tuple(index))


def normalize_term(term: str) -> str:
    """Normalize a lexicon entry the same way as text, and squeeze spaces."""
    return re.sub(r"\s+", " ", normalize(term).text).strip()

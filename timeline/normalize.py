"""Arabic text normalization with an offset map.

Matching (dates, factions, places, numbers) runs on a normalized copy of the text: diacritics,
tatweel, invisible format characters (zero-width spaces and joiners, soft hyphens, direction marks) and footnote
markers (superscript digits) removed, alef/hamza variants folded, alef maqsura -> ya, ta marbuta -> ha, Arabic-Indic and Persian
digits -> ASCII, dashes unified, hashtag underscores -> spaces, Latin lower-cased and its article "el-" read
"al-", and every run of spaces, tabs and other horizontal blanks one space (line breaks are kept: they end
paragraphs), so that no matcher depends on how a text was spaced. ``Normalized.span`` maps a span of the normalized copy back
to the original text, so every reported span points into what the user reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

# Invisible format characters that web pages, editors and keyboards leave inside words and around numbers: joiners and
# zero-width spaces, the soft hyphen, the word joiner and byte-order mark, and the direction marks, embeddings and
# isolates of right-to-left text (U+061C, U+200E/F, U+202A-E, U+2066-9). A word is read as if they were not there.
_INVISIBLE = set("\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u2060\ufeff") | {chr(c) for c in range(0x202A, 0x202F)}
_INVISIBLE |= {chr(c) for c in range(0x2066, 0x206A)}
# Footnote markers glued to a word ("في بلدة كفرنبل¹،", "the town of Hish²"): superscript digits, read as if absent.
_FOOTNOTE_MARKS = set("\u00b9\u00b2\u00b3") | {chr(c) for c in range(0x2070, 0x207A)}
_DELETE = set("\u0640") | {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670"} | _INVISIBLE | _FOOTNOTE_MARKS
# The rarest of them, looked for by one regex search before each is found (a ``str.find`` per character would cost
# more than the search on the many short names and words that are normalized too).
_RARE = (_INVISIBLE | _FOOTNOTE_MARKS) - {"\u200c", "\u200d", "\u200e", "\u200f"}
_RARE_SEARCH = re.compile(f"[{''.join(sorted(_RARE))}]")
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
    "_": " ",  # hashtags join words with underscores: #معرة_النعمان
    "\u00a0": " ",
    "\u202f": " ",
}
# Horizontal blanks: each is one space, and a run of them is one space (see ``_squeezed_positions``).
HORIZONTAL_BLANKS = (
    " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_FOLD.update({ch: " " for ch in HORIZONTAL_BLANKS if ch != " "})
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
    index: Sequence[int]  # a tuple, or a range when nothing was dropped

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the original text."""
        if start >= end:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


_DELETE_ORDER = tuple(sorted(_DELETE))
_COMMON_ORDER = tuple(sorted(_DELETE - _RARE))
_RARE_ORDER = tuple(sorted(_RARE))
# A run of blanks in the text as it is once the dropped characters are gone: blanks with only dropped characters
# between them (written as a blank, then more: a pattern opening with its class lets the regex engine skip to the
# blanks; a repeat opening it does not).
_BLANK_RUN = re.compile(f"[{HORIZONTAL_BLANKS}](?:[{re.escape(''.join(_DELETE_ORDER))}]*[{HORIZONTAL_BLANKS}])+")


def char_positions(text: str, chars: Iterable[str]) -> list[int]:
    """Sorted positions of every one of ``chars`` in ``text``, found with ``str.find`` (C speed, where a regex
    scan tries every position)."""
    positions: list[int] = []
    for char in chars:
        pos = text.find(char)
        while pos != -1:
            positions.append(pos)
            pos = text.find(char, pos + 1)
    positions.sort()
    return positions


_BLANKS_BUT_SPACE = HORIZONTAL_BLANKS.replace(" ", "")


def _run_starts(text: str, deleted: list[int]) -> list[int]:
    """Sorted positions where a run of ``_BLANK_RUN`` may start, found with ``str.find`` (a regex scan tries every
    character): a run opens with a blank followed by a blank or by a deleted character, so it starts at two spaces,
    at or just before a blank other than a space, or at a blank just before a deleted character (most deleted
    characters are vowel marks inside words, with no blank before them)."""
    starts = [pos - 1 for pos in deleted if pos and text[pos - 1] in HORIZONTAL_BLANKS]
    for pos in char_positions(text, _BLANKS_BUT_SPACE):
        starts += (pos - 1, pos) if pos else (pos,)
    pos = text.find("  ")
    while pos != -1:
        starts.append(pos)
        pos = text.find("  ", pos + 2)
    return sorted(set(starts))


def _dropped_positions(text: str) -> list[int]:
    """Sorted positions of the characters normalization drops: the deleted characters, and in each run of blanks
    every blank after the first (found in ``text`` itself, so that the position index is built once)."""
    dropped = char_positions(text, _COMMON_ORDER)
    if _RARE_SEARCH.search(text) is not None:
        dropped = sorted(dropped + char_positions(text, _RARE_ORDER))
    squeezed: list[int] = []
    end = 0
    for start in _run_starts(text, dropped):
        if start >= end and (m := _BLANK_RUN.match(text, start)) is not None:
            end = m.end()
            squeezed += [i for i in range(start + 1, end) if text[i] in HORIZONTAL_BLANKS]
    if squeezed:
        dropped = sorted(dropped + squeezed)
    return dropped


class _Positions:
    """Every position up to the longest text seen (at most ``LIMIT``), made once: a text's index is copied from its
    slices, no new number made for each of its characters (most of building the index of a long text)."""

    LIMIT = 1 << 18  # (a longer text's index is made from ranges)
    table: tuple[int, ...] = ()

    @classmethod
    def upto(cls, size: int) -> Sequence[int]:
        """A sequence whose item i is i, for i < ``size``: the table (grown to ``size`` if need be), else a range."""
        if size > len(cls.table):
            if size > cls.LIMIT:
                return range(size)
            cls.table = tuple(range(min(max(size, 2 * len(cls.table), 4096), cls.LIMIT)))
        return cls.table


def _without(text: str, dropped: list[int]) -> tuple[str, Sequence[int]]:
    """``text`` without the characters at the sorted positions ``dropped``, and the original position of each
    character kept (a ``range`` when none is dropped)."""
    if not dropped:
        return text, range(len(text))
    kept: list[str] = []
    positions: list[int] = []
    every = _Positions.upto(len(text))
    kept_from = 0
    for pos in dropped:
        if pos > kept_from:
            kept.append(text[kept_from:pos])
            positions += every[kept_from:pos]
        kept_from = pos + 1
    kept.append(text[kept_from:])
    positions += every[kept_from : len(text)]
    return "".join(kept), tuple(positions)


_FOLD_ITEMS = tuple(_FOLD.items())


def _normalize_by_char(text: str) -> Normalized:
    out: list[str] = []
    index: list[int] = []
    after_blank = False
    for i, ch in enumerate(text):
        folded = fold_char(ch)
        if not folded:
            continue
        blank = ch in HORIZONTAL_BLANKS
        if not (blank and after_blank):
            out.append(folded)
            index.append(i)
        after_blank = blank
    return Normalized(text, _article_as_al("".join(out)), tuple(index))


# The Arabic article in Latin letters is "al-" in one romanization and "el-" in another (Egyptian and French-influenced
# spellings: "el-Bab", "Khan el-Assal", "Jabhat el-Nusra"): read as "al", the same length, so spans keep their place.
# (The pattern opens with its letters, which the regex engine skips to; the letter before is looked at per match.)
_ARTICLE_EL = re.compile(r"el(?=[- ][^\W\d_])")
_LETTER = re.compile(r"[^\W\d_]")


def _article_as_al(text: str) -> str:
    """``text`` (lower-cased) with the Latin article "el" of a name written "al" (found with ``str.find`` first:
    most texts have none); "el" ending a word ("israel said") is left."""
    if "el-" not in text and "el " not in text:
        return text

    def article(m: re.Match) -> str:
        return "el" if m.start() and _LETTER.match(text, m.start() - 1) else "al"

    return _ARTICLE_EL.sub(article, text)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` keeping an index back to it.

    Fast path (the date tagger normalizes every report): dropped characters are located with ``str.find``,
    runs of blanks with one regex, the one-to-one folds done by ``str.replace`` (only for the characters
    present), then one ``lower``; the index is a ``range`` when nothing was dropped. Texts whose
    lower-casing changes length (or depends on context, final sigma) take the character-by-character
    path, which gives the same text.
    """
    folded, positions = _without(text, _dropped_positions(text))
    for char, replacement in _FOLD_ITEMS:
        if char in folded:
            folded = folded.replace(char, replacement)
    lowered = folded.lower()
    if len(lowered) != len(folded) or "Σ" in folded:
        return _normalize_by_char(text)
    return Normalized(text, _article_as_al(lowered), positions)


@lru_cache(maxsize=65536)  # a memo of a pure function of the string, not a table loader
def normalize_term(term: str) -> str:
    """Normalize a lexicon entry the same way as text, and squeeze spaces (cached: the same words, place
    names and source names are normalized again and again, in one report and the next)."""
    return re.sub(r"\s+", " ", normalize(term).text).strip()

"""Page furniture in scraped text: menus, font-size buttons, "live coverage" links, captions, share lines.

The text keeps every character (offsets must point into what the user opens); this module only
returns the spans of whole lines that are furniture, which ``Article.body`` blanks out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.normalize import normalize_term

if TYPE_CHECKING:
    from timeline.readers.tables import ReaderTables

SEGMENT_SEPARATORS = re.compile(r"\s*(?:\||›|»|«|/|•|·|>|\\)\s*")
CAPTION_MAX_WORDS = 30
SHARE_MAX_WORDS = 12
MENU_SEGMENT_MAX_WORDS = 6
LINKS_ONLY = re.compile(r"(?:https?://\S+|www\.\S+)(?:\s+(?:https?://\S+|www\.\S+))*")


def _given(tables: ReaderTables | None) -> ReaderTables:
    if tables is None:
        from timeline.readers.tables import default_tables  # imported here: the tables import this module

        return default_tables()
    return tables


def is_noise_line(line: str, tables: ReaderTables | None = None) -> bool:
    """True when a whole line is page furniture rather than article text (``tables``: the reference's reader
    tables, default the shipped ones)."""
    norm = normalize_term(line)
    if not norm:
        return False
    terms = _given(tables).page_noise
    whole = set(terms.get("line", ()))
    if norm in whole or LINKS_ONLY.fullmatch(line.strip()):  # URLs as printed, not normalized
        return True
    segments = [s for s in SEGMENT_SEPARATORS.split(norm) if s]
    if segments and all(s in whole for s in segments):
        return True
    words = len(norm.split())
    if words <= SHARE_MAX_WORDS and any(norm.startswith(p) for p in terms.get("prefix", ())):
        return True
    if words <= CAPTION_MAX_WORDS and any(norm.endswith(s) for s in terms.get("suffix", ())):
        return True
    if words <= CAPTION_MAX_WORDS and any(norm.startswith(p) for p in terms.get("note", ())):
        return True  # a wire's credit line, photo caption or correction note: "Writing by …", "FILE PHOTO: …"
    return _is_menu_line(norm, segments, set(terms.get("segment", ())) | whole)


def _is_menu_line(norm: str, segments: list[str], menu_words: set[str]) -> bool:
    """A breadcrumb or menu: short segments between separators, no digits, at least one menu word."""
    if len(segments) == 1:
        return segments[0] in menu_words
    if not segments or any(ch.isdigit() for ch in norm):
        return False
    if any(len(s.split()) > MENU_SEGMENT_MAX_WORDS for s in segments):
        return False
    return any(s in menu_words for s in segments)


def is_navigation_bar(line: str, tables: ReaderTables | None = None) -> bool:
    """A menu or breadcrumb bar of several items ("الرئيسية | سوريا | تقارير"): the site's chrome."""
    norm = normalize_term(line)
    segments = [s for s in SEGMENT_SEPARATORS.split(norm) if s]
    terms = _given(tables).page_noise
    return len(segments) >= 2 and _is_menu_line(
        norm, segments, set(terms.get("segment", ())) | set(terms.get("line", ()))
    )


def noise_spans(text: str, tables: ReaderTables | None = None) -> tuple[tuple[int, int], ...]:
    """Spans ``(start, end)`` of the furniture lines of ``text`` (leading/trailing blanks excluded)."""
    tables = _given(tables)
    spans = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and is_noise_line(stripped, tables):
            start = offset + line.index(stripped)
            spans.append((start, start + len(stripped)))
        offset += len(line) + 1
    return tuple(spans)

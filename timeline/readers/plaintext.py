"""Plain-text and Markdown reports as scraped from news sites: one article per file."""

from __future__ import annotations

import re
from pathlib import Path

from timeline.readers.build import make_article
from timeline.readers.datelines import HEADER_MAX_LINES, PARAGRAPH_MIN_WORDS, find_stamps
from timeline.readers.decode import DecodeError, decode_bytes, decode_problem
from timeline.readers.metadata import read_sidecar
from timeline.readers.noise import is_noise_line, noise_spans
from timeline.readers.result import ReadError, ReadResult
from timeline.readers.tables import ReaderTables, default_tables

TITLE_MIN_WORDS = 3
SENTENCE_END = (".", "!", "؟", "?", "،", ",")
NOT_A_TITLE = re.compile(r"\||›|»|/|\s[-–—]\s|^#+\s*$")


def read_text_file(path: Path, published=None, tables: ReaderTables | None = None) -> ReadResult:
    """Read one ``.txt``/``.md`` report (and its sidecar) with ``tables``, the reference's reader tables."""
    if tables is None:
        tables = default_tables()
    result = ReadResult()
    try:
        text, encoding = decode_bytes(path.read_bytes())
    except (OSError, DecodeError) as exc:
        result.errors.append(ReadError(str(path), None, decode_problem(exc)))
        return result
    warnings = () if encoding.startswith("utf-8") else (f"decoded as {encoding}",)
    metadata, problem = read_sidecar(path, tables)
    if problem:
        result.errors.append(ReadError(str(path), None, problem))
    result.articles.append(
        make_article(
            path.stem,
            text,
            path,
            metadata=[metadata] if metadata else [],
            published=published,
            title=guess_title(text, tables),
            noise=noise_spans(text, tables),
            warnings=warnings,
            tables=tables,
        )
    )
    return result


def guess_title(text: str, tables: ReaderTables | None = None) -> str | None:
    """The headline: the longest header line that is not furniture, a stamp, a menu or a byline."""
    if tables is None:
        tables = default_tables()
    best = None
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip().lstrip("#").strip()
        words = len(stripped.split())
        if number >= HEADER_MAX_LINES or words >= PARAGRAPH_MIN_WORDS:
            break
        if words < TITLE_MIN_WORDS or stripped.endswith(SENTENCE_END) or NOT_A_TITLE.search(stripped):
            continue
        if is_noise_line(stripped, tables):
            continue
        if find_stamps(stripped, tables):
            continue
        if best is None or len(stripped) > len(best):
            best = stripped
    return best

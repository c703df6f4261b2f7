"""Readers: turn report files of any supported format into Articles, and bad input into ReadErrors.

``read_path(path, published=None, tables=None)`` reads one file; ``read_paths(paths, published=None,
tables=None)`` also walks folders (skipping ``*.meta.json`` sidecars, ``gold`` folders, hidden files and
READMEs). ``tables`` are the reader tables of a ``timeline.reference.Reference`` (default the shipped ones).
Nothing raises out of a batch: problems come back as ``ReadResult.errors``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from pathlib import Path

from timeline.readers.decode import DecodeError, decode_bytes, decode_problem
from timeline.readers.feeds import csv_rows, jsonl_rows, read_rows
from timeline.readers.html_page import read_html_file
from timeline.readers.metadata import is_sidecar
from timeline.readers.plaintext import read_text_file
from timeline.readers.result import ReadError, ReadResult
from timeline.readers.tables import ReaderTables, default_tables
from timeline.readers.telegram import is_telegram_export, read_export
from timeline.reasons import Reason

__all__ = ["ReadError", "ReadResult", "read_path", "read_paths", "report_files", "SUFFIXES"]

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".csv", ".json"}
SKIPPED_FOLDERS = {"gold"}
SKIPPED_STEMS = {"readme", "license", "changelog"}


# Documented in the README ("Limits and safety"): extraction is linear, ~6 s per million characters.
MAX_FILE_BYTES = 64 * 2**20  # a report file above this is refused
MAX_ARTICLE_CHARS = 8 * 2**20  # an article's text above this is refused (it would take about a minute)


def read_path(path: Path | str, published: dt.datetime | None = None, tables: ReaderTables | None = None) -> ReadResult:
    """Read one file of any supported format; ``published`` overrides every other publication date.

    Never raises: a problem the readers did not foresee still becomes one error naming the file."""
    path = Path(path)
    try:
        result = _read_one(path, published, tables or default_tables())
    except RecursionError:
        return ReadResult(errors=[ReadError(shown_path(path), None, Reason("nested_too_deep"))])
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the batch
        return ReadResult(errors=[ReadError(shown_path(path), None, Reason("unreadable", error=repr(exc)))])
    return _refuse_unstorable(result)


def shown_path(path: Path) -> str:
    """The path as text that can be printed and stored (undecodable bytes shown as escapes)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _refuse_unstorable(result: ReadResult) -> ReadResult:
    """Articles whose text is above ``MAX_ARTICLE_CHARS`` (split the report first), or that hold text
    no database can store (a lone surrogate from a JSON ``\\ud800`` escape), become errors."""
    kept = []
    for article in result.articles:
        reason = None
        if len(article.text) > MAX_ARTICLE_CHARS:
            reason = Reason("article_too_long", key=article.key, chars=len(article.text), limit=MAX_ARTICLE_CHARS)
        elif not _storable(article):
            reason = Reason("article_surrogate", key=article.key)
        if reason:
            result.errors.append(ReadError(article.path or "?", None, reason))
        else:
            kept.append(article)
    result.articles = kept
    return result


def _storable(article) -> bool:
    try:
        for value in (article.key, article.text, article.title, article.source, article.url):
            if value:
                value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _read_one(path: Path, published: dt.datetime | None, tables: ReaderTables) -> ReadResult:
    if path.is_dir():
        return ReadResult(errors=[ReadError(shown_path(path), None, folder_problem(path))])
    if not path.is_file():
        return ReadResult(errors=[ReadError(shown_path(path), None, Reason("no_such_file"))])
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        reason = Reason("name_not_utf8")
        return ReadResult(errors=[ReadError(shown_path(path), None, reason)])
    if path.stat().st_size > MAX_FILE_BYTES:
        reason = Reason("file_too_big", size=path.stat().st_size, limit=MAX_FILE_BYTES)
        return ReadResult(errors=[ReadError(str(path), None, reason)])
    suffix = path.suffix.lower()
    if is_sidecar(path):
        return ReadResult(notes=[f"{path}: sidecar metadata, read with its article, not on its own"])
    if suffix in TEXT_SUFFIXES:
        return read_text_file(path, published, tables)
    if suffix in HTML_SUFFIXES:
        return read_html_file(path, published, tables)
    if suffix in JSONL_SUFFIXES | {".csv", ".json"}:
        return _read_container(path, suffix, published, tables)
    known = ", ".join(sorted(SUFFIXES))
    reason = Reason("unknown_type", suffix=suffix or Reason("no_suffix"), known=known)
    return ReadResult(errors=[ReadError(str(path), None, reason)])


def _read_container(path: Path, suffix: str, published, tables: ReaderTables) -> ReadResult:
    try:
        text, _ = decode_bytes(path.read_bytes(), nul_lines=suffix in JSONL_SUFFIXES | {".csv"})
    except (OSError, DecodeError) as exc:
        return ReadResult(errors=[ReadError(str(path), None, decode_problem(exc))])
    if suffix in JSONL_SUFFIXES:
        rows, errors = jsonl_rows(path, text)
    elif suffix == ".csv":
        rows, errors = csv_rows(path, text)
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return ReadResult(errors=[ReadError(str(path), None, Reason("broken_json", error=str(exc)))])
        except RecursionError:
            return ReadResult(errors=[ReadError(str(path), None, Reason("json_too_deep"))])
        if is_telegram_export(data):
            return read_export(path, data, published, tables)
        if isinstance(data, dict) and "text" in data:
            data = [data]
        if not isinstance(data, list):
            reason = Reason("json_not_articles")
            return ReadResult(errors=[ReadError(str(path), None, reason)])
        rows, errors = list(enumerate(data, start=1)), []
    result = read_rows(path, rows, published, tables)
    result.errors[:0] = errors
    if not result.articles and not result.errors:
        result.errors.append(ReadError(str(path), None, Reason("no_articles")))
    return result


def _walk(folder: Path, result: ReadResult) -> list[Path]:
    """Report files under ``folder``, sorted. Symlinked folders are followed once; a folder that cannot be
    listed, or a symlink leading back to a folder already walked, is returned itself so that reading
    it reports the problem (nothing is skipped silently)."""
    files: list[Path] = []
    problems: list[Path] = []
    seen: set[tuple[int, int]] = set()
    found = ReadResult()  # notes, sorted at the end like the files
    waiting = [folder]
    while waiting:
        directory = waiting.pop()
        try:
            info = directory.stat()
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            problems.append(directory)
            continue
        if (info.st_dev, info.st_ino) in seen:
            target, parent = directory.resolve(), directory.parent.resolve()
            if target == parent or target in parent.parents:
                problems.append(directory)  # a loop: reading it says so
            else:
                found.notes.append(f"{shown_path(directory)}: skipped, the same folder as one already walked (a link)")
            continue
        seen.add((info.st_dev, info.st_ino))
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                problems.append(path)
                continue
            if not is_dir:
                _consider(path, files, found)
            elif not entry.name.startswith(".") and entry.name not in SKIPPED_FOLDERS:
                subfolders.append(path)
        waiting.extend(reversed(subfolders))  # walked in name order
    result.notes.extend(sorted(found.notes))
    return sorted(files + problems)


def _consider(path: Path, files: list[Path], result: ReadResult) -> None:
    if not path.is_file():
        if path.is_symlink():
            result.notes.append(f"{shown_path(path)}: skipped, broken symbolic link")
        return
    if path.name.startswith(".") or is_sidecar(path) or path.stem.lower() in SKIPPED_STEMS:
        return
    if path.suffix.lower() not in SUFFIXES:
        result.notes.append(f"{shown_path(path)}: skipped, not a report file type")
        return
    files.append(path)


def folder_problem(path: Path) -> str:
    """Why a folder named in a listing cannot be walked (see ``_walk``)."""
    try:
        os.listdir(path)
    except OSError as exc:
        return Reason("folder_unreadable", error=exc.strerror or str(exc))
    if path.is_symlink():
        return Reason("folder_loop", target=str(path.resolve()))
    return Reason("folder_not_file")


def report_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[str]]:
    """The files that would be read for ``paths`` (folders walked recursively, in order) and notes on
    what the walk skipped. A file named explicitly is always listed (reading it says what is wrong)."""
    listing = ReadResult()
    files = []
    for path in map(Path, paths):
        files += _walk(path, listing) if path.is_dir() else [path]
    return files, listing.notes


def read_paths(
    paths: Iterable[Path | str], published: dt.datetime | None = None, tables: ReaderTables | None = None
) -> ReadResult:
    """Read files and folders (recursively), in order; errors and notes are collected, never raised."""
    tables = tables or default_tables()
    result = ReadResult()
    files, result.notes = report_files(paths)
    for file in files:
        result.extend(read_path(file, published, tables))
    return result

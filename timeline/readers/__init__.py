"""Readers: turn report files of any supported format into Articles, and bad input into ReadErrors.

``read_path(path, published=None)`` reads one file; ``read_paths(paths, published=None)`` also walks
folders (skipping ``*.meta.json`` sidecars, ``gold`` folders, hidden files and READMEs). Nothing
raises out of a batch: problems come back as ``ReadResult.errors``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path

from timeline.readers.decode import DecodeError, decode_bytes
from timeline.readers.feeds import csv_rows, jsonl_rows, read_rows
from timeline.readers.html_page import read_html_file
from timeline.readers.metadata import is_sidecar
from timeline.readers.plaintext import read_text_file
from timeline.readers.result import ReadError, ReadResult
from timeline.readers.telegram import is_telegram_export, read_export

__all__ = ["ReadError", "ReadResult", "read_path", "read_paths", "report_files", "SUFFIXES"]

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".csv", ".json"}
SKIPPED_FOLDERS = {"gold"}
SKIPPED_STEMS = {"readme", "license", "changelog"}


def read_path(path: Path | str, published: dt.datetime | None = None) -> ReadResult:
    """Read one file of any supported format; ``published`` overrides every other publication date."""
    path = Path(path)
    if not path.is_file():
        return ReadResult(errors=[ReadError(str(path), None, "no such file")])
    suffix = path.suffix.lower()
    if is_sidecar(path):
        return ReadResult(notes=[f"{path}: sidecar metadata, read with its article, not on its own"])
    if suffix in TEXT_SUFFIXES:
        return read_text_file(path, published)
    if suffix in HTML_SUFFIXES:
        return read_html_file(path, published)
    if suffix in JSONL_SUFFIXES | {".csv", ".json"}:
        return _read_container(path, suffix, published)
    known = ", ".join(sorted(SUFFIXES))
    return ReadResult(errors=[ReadError(str(path), None, f"unknown file type {suffix or '(none)'}; expected {known}")])


def _read_container(path: Path, suffix: str, published) -> ReadResult:
    try:
        text, _ = decode_bytes(path.read_bytes())
    except (OSError, DecodeError) as exc:
        return ReadResult(errors=[ReadError(str(path), None, str(exc))])
    if suffix in JSONL_SUFFIXES:
        rows, errors = jsonl_rows(path, text)
    elif suffix == ".csv":
        rows, errors = csv_rows(path, text)
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return ReadResult(errors=[ReadError(str(path), None, f"broken JSON ({exc})")])
        if is_telegram_export(data):
            return read_export(path, data, published)
        if isinstance(data, dict) and "text" in data:
            data = [data]
        if not isinstance(data, list):
            reason = "JSON is neither a Telegram export (messages[]) nor a list of articles"
            return ReadResult(errors=[ReadError(str(path), None, reason)])
        rows, errors = list(enumerate(data, start=1)), []
    result = read_rows(path, rows, published)
    result.errors[:0] = errors
    if not result.articles and not result.errors:
        result.errors.append(ReadError(str(path), None, "no articles in the file"))
    return result


def _walk(folder: Path, result: ReadResult) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if not path.is_file() or any(part.startswith(".") or part in SKIPPED_FOLDERS for part in relative[:-1]):
            continue
        if path.name.startswith(".") or is_sidecar(path) or path.stem.lower() in SKIPPED_STEMS:
            continue
        if path.suffix.lower() not in SUFFIXES:
            result.notes.append(f"{path}: skipped, not a report file type")
            continue
        files.append(path)
    return files


def report_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[str]]:
    """The files that would be read for ``paths`` (folders walked recursively, in order) and notes on
    what the walk skipped. A file named explicitly is always listed (reading it says what is wrong)."""
    listing = ReadResult()
    files = []
    for path in map(Path, paths):
        files += _walk(path, listing) if path.is_dir() else [path]
    return files, listing.notes


def read_paths(paths: Iterable[Path | str], published: dt.datetime | None = None) -> ReadResult:
    """Read files and folders (recursively), in order; errors and notes are collected, never raised."""
    result = ReadResult()
    files, result.notes = report_files(paths)
    for file in files:
        result.extend(read_path(file, published))
    return result

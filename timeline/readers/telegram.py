"""Telegram Desktop channel exports (``result.json``): each message with text is an article.

A message's ``text`` is a string or a list of strings and entity objects (bold, hashtag, link...);
it is flattened by concatenating the strings and the entities' ``text``. The message ``date`` (the
export's local time) is the publication date. Service messages and messages without text (photos,
stickers) are skipped and counted in a note.
"""

from __future__ import annotations

from pathlib import Path

from timeline.datewindow import window_problem
from timeline.readers.build import make_article
from timeline.readers.metadata import Metadata, parse_timestamp
from timeline.readers.noise import noise_spans
from timeline.readers.result import ReadError, ReadResult
from timeline.readers.tables import ReaderTables, default_tables
from timeline.reasons import Reason

HEADLINE_MAX_WORDS = 15


def is_telegram_export(data: object) -> bool:
    return isinstance(data, dict) and isinstance(data.get("messages"), list)


def flatten_text(value: object) -> str:
    """A message's text as one string."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in value if isinstance(p, str | dict))
    return ""


def _headline(text: str) -> str | None:
    """A post's first line when it is short enough to be its headline."""
    first = text.strip().split("\n", 1)[0].strip()
    return first if len(first.split()) <= HEADLINE_MAX_WORDS else None


def read_export(path: Path, data: dict, published=None, tables: ReaderTables | None = None) -> ReadResult:
    """Articles from one export; bad messages (and a second message with an id already read) are errors
    naming the message (``tables``: the reference's reader tables, default the shipped ones)."""
    if tables is None:
        tables = default_tables()
    result = ReadResult()
    channel = data.get("name") if isinstance(data.get("name"), str) else None
    skipped = {"service": 0, "empty": 0}
    seen: set[str] = set()
    for number, message in enumerate(data["messages"], start=1):
        try:
            _read_message(path, number, message, channel, published, seen, skipped, result, tables)
        except Exception as exc:  # noqa: BLE001 - one bad message must never lose the others
            result.errors.append(ReadError(str(path), number, Reason("message_unreadable", error=repr(exc))))
    if skipped["service"] or skipped["empty"] or not data["messages"]:
        result.notes.append(
            f"{path}: skipped {skipped['service']} service message(s) and {skipped['empty']} message(s) "
            f"without text ({len(result.articles)} read)"
        )
    return result


def _read_message(path: Path, number: int, message, channel, published, seen: set[str], skipped: dict,
                  result: ReadResult, tables: ReaderTables) -> None:  # fmt: skip
    """Add the message's article to ``result``, or an error, or count it as skipped."""
    if not isinstance(message, dict):
        result.errors.append(ReadError(str(path), number, Reason("message_not_object")))
        return
    if message.get("type", "message") != "message":
        skipped["service"] += 1
        return
    text = flatten_text(message.get("text"))
    if not text.strip():
        skipped["empty"] += 1
        return
    message_id = str(message.get("id", number))
    if message_id in seen:
        result.errors.append(ReadError(str(path), message_id, Reason("duplicate_message", id=message_id)))
        return
    seen.add(message_id)
    when = parse_timestamp(message.get("date"), tables)
    if problem := window_problem(when, Reason("date_message")):
        result.errors.append(ReadError(str(path), message_id, problem))
        return
    warnings = () if when else (f"message date {message.get('date')!r} is not a date",)
    meta = Metadata(published=when, origin="telegram", source=channel, title=_headline(text))
    result.articles.append(
        make_article(
            f"{path.stem}#{message_id}",
            text,
            path,
            metadata=[meta],
            published=published,
            noise=noise_spans(text, tables),
            warnings=warnings,
            tables=tables,
        )
    )

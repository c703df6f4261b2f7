"""What a reader returns: the articles it found and the problems it met (never an exception)."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline.article import Article


@dataclass(frozen=True)
class ReadError:
    """One unreadable file or row, with a reason a user can act on."""

    path: str
    row: int | str | None
    reason: str

    def __str__(self) -> str:
        where = self.path if self.row is None else f"{self.path} (row {self.row})"
        return f"{where}: {self.reason}"


@dataclass
class ReadResult:
    """Articles read from one or more files; ``errors`` and ``notes`` are reported, never raised.

    ``notes`` are things skipped on purpose (Telegram service messages, for instance) so that nothing
    is dropped silently; unlike errors they do not make the batch fail.
    """

    articles: list[Article] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def extend(self, other: ReadResult) -> None:
        self.articles.extend(other.articles)
        self.errors.extend(other.errors)
        self.notes.extend(other.notes)

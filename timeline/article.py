"""The Article every reader produces and every later stage consumes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One report.

    ``text`` is the text the user can open; every span the tool reports is an offset into it.
    ``noise`` lists spans of page furniture (menus, "+A / حجم الخط / -A", captions) that the
    extractor must not read; ``body`` blanks them out while keeping offsets unchanged.
    ``published_from`` says where ``published`` was read: dateline, metadata, html, feed, telegram, option,
    body, url, or none.
    ``source`` is the publishing outlet's name; ``outlet_id``/``outlet_stance`` come from
    ``data/outlets.csv`` when the outlet is known there.
    """

    key: str
    text: str
    title: str | None = None
    published: dt.datetime | None = None
    published_from: str = "none"
    source: str | None = None
    url: str | None = None
    language: str = "ar"
    path: str | None = None
    noise: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = field(default=())
    outlet_id: str | None = None
    outlet_stance: str | None = None

    @property
    def body(self) -> str:
        """The text with noise spans replaced by spaces (same length, same offsets)."""
        if not self.noise:
            return self.text
        chars = list(self.text)
        for start, end in self.noise:
            for i in range(max(0, start), min(len(chars), end)):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)

    def metadata_dict(self) -> dict:
        """The contract's ``article`` object."""
        return {
            "key": self.key,
            "published": self.published.isoformat() if self.published else None,
            "published_from": self.published_from,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "language": self.language,
            "path": self.path,
            "warnings": list(self.warnings),
            "noise": [list(span) for span in self.noise],
            "outlet_id": self.outlet_id,
            "outlet_stance": self.outlet_stance,
        }

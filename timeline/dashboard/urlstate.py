"""The view's state as a URL query string, so a filtered view can be bookmarked and shared.

The query string is the single place the filter state lives between requests: nothing about a user's
view is kept on the server.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from urllib.parse import parse_qs, urlencode

from timeline.dashboard.i18n import language
from timeline.readers.outlets import filed_outlet_name

LIST_KEYS = ("faction", "bloc", "admin1", "admin2", "type", "outlet", "review")
FLAG_KEYS = ("zone", "violations")
MAX_VALUES = 200  # a hand-edited URL with thousands of values is cut, not trusted


@dataclass(frozen=True)
class ViewState:
    """What the user is looking at: filters, language, the figure tab and the open incident."""

    start: str | None = None
    end: str | None = None
    faction: tuple[str, ...] = ()
    bloc: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    admin2: tuple[str, ...] = ()
    type: tuple[str, ...] = ()
    outlet: tuple[str, ...] = ()
    review: tuple[str, ...] = ()
    zone: bool = False
    violations: bool = False
    lang: str = "en"
    incident: str | None = None
    figure: str | None = None

    def __post_init__(self) -> None:
        # Whatever reaches the state (URL, date picker, the browser's copy of the view) was typed or
        # crafted by someone: a period bound that is not a date is dropped, never parsed later (HTTP 500).
        object.__setattr__(self, "start", _date(self.start))
        object.__setattr__(self, "end", _date(self.end))

    def filter_dict(self) -> dict:
        """The filter part only (no language, open incident or figure tab), for the analysis layer and caches."""
        values = asdict(self)
        for key in ("lang", "incident", "figure"):
            values.pop(key)
        return values

    @classmethod
    def from_dict(cls, values: dict | None) -> ViewState:
        """Back from ``filter_dict()`` (plus ``lang``) after a trip through the browser (lists for tuples)."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in (values or {}).items() if k in known})

    def replace(self, **changes) -> ViewState:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return ViewState(**values)


def _date(value: object) -> str | None:
    """``value``'s day as ``YYYY-MM-DD`` when it starts with an ISO date, else None."""
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def from_query(search: str | None) -> ViewState:
    """Parse ``?from=…&faction=hts&faction=russia&zone=1&lang=ar``; unknown or malformed values are dropped."""
    params = parse_qs((search or "").lstrip("?"), keep_blank_values=False)

    def one(key: str) -> str | None:
        values = params.get(key)
        return values[0][:200] if values else None

    lists = {key: tuple(dict.fromkeys(v[:200] for v in params.get(key, [])[:MAX_VALUES])) for key in LIST_KEYS}
    # a link made before outlets were filed under one name ("العربية") selects the outlet as filed now
    lists["outlet"] = tuple(dict.fromkeys(filed_outlet_name(name) for name in lists["outlet"]))
    flags = {key: one(key) == "1" for key in FLAG_KEYS}
    return ViewState(
        start=_date(one("from")),
        end=_date(one("to")),
        lang=language(one("lang")),
        incident=one("incident"),
        figure=one("fig"),
        **lists,
        **flags,
    )


def to_query(state: ViewState) -> str:
    """The query string (with its ``?``, or empty) that ``from_query`` reads back to ``state``."""
    pairs: list[tuple[str, str]] = []
    if state.start:
        pairs.append(("from", state.start))
    if state.end:
        pairs.append(("to", state.end))
    for key in LIST_KEYS:
        pairs.extend((key, value) for value in getattr(state, key))
    pairs.extend((key, "1") for key in FLAG_KEYS if getattr(state, key))
    if state.lang != "en":
        pairs.append(("lang", state.lang))
    if state.figure:
        pairs.append(("fig", state.figure))
    if state.incident:
        pairs.append(("incident", state.incident))
    return "?" + urlencode(pairs) if pairs else ""

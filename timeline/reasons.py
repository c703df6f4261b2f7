"""Why a file or row could not be read, in the user's language.

A reader's reason is English text (what the command line prints) that also keeps its row of
``data/labels.csv`` (scope ``reader``) and the values filled into it, so the dashboard's upload panel can
show it in Arabic. It stays a ``str``: every caller that prints, compares or stores a reason is unchanged,
and it crosses to and from worker processes (pickle) whole.
"""

from __future__ import annotations

from timeline.labels import labels


class Reason(str):
    """The English text of ``data/labels.csv`` row ``reader,KEY`` with ``values`` filled in.

    A value may itself be a Reason (a date's name inside "… is outside the accepted years"): it is shown in
    the same language as the whole."""

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, /, **values: object) -> Reason:
        self = super().__new__(cls, _fill(key, "en", values))
        self.key = key
        self.values = values
        return self

    def text(self, lang: str) -> str:
        """The reason in ``lang`` (``en`` or ``ar``)."""
        return _fill(self.key, lang, self.values)

    def __reduce__(self):
        return _rebuilt, (self.key, self.values)


def _rebuilt(key: str, values: dict[str, object]) -> Reason:
    return Reason(key, **values)


def _fill(key: str, lang: str, values: dict[str, object]) -> str:
    shown = {name: value.text(lang) if isinstance(value, Reason) else value for name, value in values.items()}
    return labels("reader")[key][lang].format(**shown)


def in_language(reason: str, lang: str) -> str:
    """``reason`` in ``lang`` when it is a Reason; any other text (an operating system's message) as it is."""
    return reason.text(lang) if isinstance(reason, Reason) else reason

"""Interface strings in English and Arabic, from the one label table (``data/labels.csv``, scope dashboard)."""

from __future__ import annotations

from timeline.labels import labels

LANGUAGES = ("en", "ar")


def _strings() -> dict[str, dict[str, str]]:
    return labels("dashboard")


def has(key: str) -> bool:
    return key in _strings()


def language(value: str | None) -> str:
    """A supported language code (English unless Arabic is asked for)."""
    return value if value in LANGUAGES else "en"


def t(key: str, lang: str, **values) -> str:
    """The interface string ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    text = _strings()[key][language(lang)]
    return text.format(**values) if values else text


DROPDOWN_TEXTS = ("select_all", "deselect_all", "selected_count", "search", "clear_search", "clear_selection",
                  "no_options_found")  # fmt: skip
"""The texts a ``dcc.Dropdown`` draws itself (its ``labels`` prop; English unless given), rows ``dropdown_*``."""


def dropdown_labels(lang: str) -> dict[str, str]:
    """A dropdown's own texts ("3 selected", "Search", "No options found") in ``lang``; ``{num_selected}`` is
    filled in by the browser."""
    return {name: t(f"dropdown_{name}", lang) for name in DROPDOWN_TEXTS}


def direction(lang: str) -> str:
    """Text direction of the interface for ``lang``."""
    return "rtl" if language(lang) == "ar" else "ltr"


def other_language(lang: str) -> str:
    return "en" if language(lang) == "ar" else "ar"

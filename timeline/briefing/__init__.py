"""Briefings: a period and a selection turned into a document an analyst can hand on.

``build_briefing(store, filters, lang)`` gathers the content (``content.py``); ``render(briefing, fmt,
out_path)`` writes it as HTML, Markdown or DOCX through the shared block layout (``document.py``).
The dashboard calls the same two functions for its current view.
"""

from __future__ import annotations

from pathlib import Path

from timeline.briefing.content import Briefing, build_briefing
from timeline.briefing.document import layout, strings
from timeline.briefing.docx_format import render_docx
from timeline.briefing.html_format import render_html
from timeline.briefing.markdown_format import render_markdown

FORMATS = ("html", "md", "docx")

__all__ = ["FORMATS", "Briefing", "build_briefing", "format_of", "render"]


def format_of(path: str | Path) -> str:
    """The format a file name asks for (``.html``/``.htm``, ``.md``, ``.docx``)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    fmt = {"htm": "html", "markdown": "md"}.get(suffix, suffix)
    if fmt not in FORMATS:
        raise ValueError(f"{path}: unknown briefing format {Path(path).suffix!r}: use .html, .md or .docx")
    return fmt


def render(briefing: Briefing, fmt: str, out_path: str | Path) -> Path:
    """Write the briefing to ``out_path`` as ``fmt`` (Markdown also writes its PNGs beside it)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown briefing format {fmt!r}: use one of {', '.join(FORMATS)}")
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    blocks = layout(briefing)
    title = strings()["title"][briefing.lang]
    if fmt == "html":
        out_path.write_text(render_html(blocks, briefing.lang, title), encoding="utf-8")
    elif fmt == "md":
        out_path.write_text(render_markdown(blocks, briefing.lang, out_path), encoding="utf-8")
    else:
        render_docx(blocks, briefing.lang, title, out_path)
    return out_path

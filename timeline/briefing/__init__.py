"""Briefings: a period and a selection turned into a document an analyst can hand on.

``build_briefing(store, filters, lang)`` gathers the content (``content.py``); ``render(briefing, fmt,
out_path)`` writes it as HTML, Markdown or DOCX through the shared block layout (``document.py``).
The dashboard calls the same two functions for its current view.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from timeline.briefing.content import Briefing, build_briefing
from timeline.briefing.document import layout, strings
from timeline.briefing.docx_format import render_docx
from timeline.briefing.html_format import render_html
from timeline.briefing.markdown_format import render_markdown

FORMATS = ("html", "md", "docx")

__all__ = ["FORMATS", "Briefing", "build_briefing", "format_of", "render", "render_bytes", "file_name"]


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


def file_name(briefing: Briefing, fmt: str) -> str:
    """A download name saying the period and language, e.g. ``briefing_2018-11-01_2018-11-30_en.html``."""
    start, end = briefing.period
    return f"briefing_{start}_{end}_{briefing.lang}.{'zip' if fmt == 'md' else fmt}"


def render_bytes(briefing: Briefing, fmt: str) -> bytes:
    """The rendered file's bytes, for a download button; Markdown comes zipped with its PNGs."""
    with tempfile.TemporaryDirectory() as folder:
        stem = file_name(briefing, "html").removesuffix(".html")
        path = render(briefing, fmt, Path(folder) / f"{stem}.{fmt}")
        if fmt != "md":
            return path.read_bytes()
        archive = Path(folder) / "briefing.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
            for item in sorted(Path(folder).rglob("*")):
                if item.is_file() and item != archive:
                    bundle.write(item, item.relative_to(folder).as_posix())
        return archive.read_bytes()

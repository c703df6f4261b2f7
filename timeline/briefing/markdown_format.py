"""Markdown with the chart PNGs written beside it (``NAME_files/NN-kind.png``).

Report text is escaped: Markdown punctuation gets a backslash and ``<``/``>``/``&`` become entities,
so a report title can neither format the page nor inject HTML into a viewer that renders it.
Arabic output is wrapped in ``<div dir="rtl" lang="ar">`` (the only HTML this writer emits).
"""

from __future__ import annotations

import re
from pathlib import Path

from timeline.briefing.document import Block, Bullets, Heading, Image, Paragraph, Run, Table

SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def escape_md(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = SPECIAL.sub(r"\\\1", text)
    # No line breaks inside a paragraph or a table cell; a run's edge blank stays one space, since it
    # separates the run from its neighbour ("Killed 5." + " Agreement: ...").
    return re.sub(r"\s+", " ", text)


def _safe_url(url: str) -> str | None:
    return url if url.lower().startswith(("http://", "https://")) else None


def _runs(runs: tuple[Run, ...]) -> str:
    out = []
    for run in runs:
        text = escape_md(run.text)
        url = _safe_url(run.url) if run.url else None
        if url:
            text = f"[{text}](<{url.replace('<', '%3C').replace('>', '%3E').replace(' ', '%20')}>)"
        out.append(f"**{text}**" if run.bold and text else text)
    return "".join(out)


def _table(table: Table) -> str:
    lines = ["| " + " | ".join(escape_md(h) for h in table.header) + " |"]
    lines.append("|" + "|".join("---:" if n else "---" for n in table.numeric) + "|")
    lines += ["| " + " | ".join(_runs(cell) or " " for cell in row) + " |" for row in table.rows]
    return "\n".join(lines)


def render_markdown(blocks: list[Block], lang: str, out_path: Path) -> str:
    """The Markdown text; images are written to ``<stem>_files/`` next to ``out_path``."""
    image_dir = out_path.with_name(f"{out_path.stem}_files")
    parts = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append(f"{'#' * block.level} {escape_md(block.text)}")
        elif isinstance(block, Paragraph):
            text = _runs(block.runs)
            parts.append(f"> {text}" if block.style == "notice" else f"*{text}*" if block.style == "meta" else text)
        elif isinstance(block, Table):
            parts.append(_table(block))
        elif isinstance(block, Bullets):
            parts.append("\n".join(f"- {_runs(item)}" for item in block.items))
        elif isinstance(block, Image):
            image_dir.mkdir(parents=True, exist_ok=True)
            (image_dir / f"{block.name}.png").write_bytes(block.png)
            parts.append(f"![{escape_md(block.alt)}]({image_dir.name}/{block.name}.png)")
        else:
            raise TypeError(f"unknown block {block!r}")
    body = "\n\n".join(parts) + "\n"
    if lang == "ar":
        return f'<div dir="rtl" lang="ar">\n\n{body}\n</div>\n'
    return body

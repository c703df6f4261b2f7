"""One self-contained HTML file: charts inlined as base64 PNG, print CSS, right-to-left for Arabic.

Every piece of text is escaped (report titles, sources and URLs come from outside); links are kept
only for http(s) addresses.
"""

from __future__ import annotations

import base64
from html import escape

from timeline.briefing.document import Block, Bullets, Heading, Image, Paragraph, Run, Table

CSS = """
body { font-family: "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", Arial, sans-serif; font-size: 14px;
       line-height: 1.45; color: #222; max-width: 1100px; margin: 24px auto; padding: 0 24px; }
h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 19px; border-bottom: 1px solid #bbb; margin-top: 28px; }
h3 { font-size: 15px; margin: 18px 0 4px; }
table { border-collapse: collapse; margin: 6px 0 10px; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: start; vertical-align: top; }
th { background: #f0f0f0; } td.num { text-align: end; font-variant-numeric: tabular-nums; }
p.note { font-size: 12px; color: #555; } p.meta { font-size: 12px; color: #777; }
p.notice { background: #fff4d6; border-inline-start: 4px solid #d9a400; padding: 6px 10px; }
figure { margin: 10px 0; } figure img { max-width: 100%; border: 1px solid #eee; }
a { color: #1f5fa8; word-break: break-all; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2, h3 { break-after: avoid; } table, figure, li { break-inside: avoid; }
  a { color: #222; }
}
"""


def _safe_url(url: str) -> str | None:
    return url if url.lower().startswith(("http://", "https://")) else None


def _runs(runs: tuple[Run, ...]) -> str:
    out = []
    for run in runs:
        text = escape(run.text)
        url = _safe_url(run.url) if run.url else None
        if url:
            text = f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{text}</a>'
        out.append(f"<strong>{text}</strong>" if run.bold else text)
    return "".join(out)


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in table.header)
    body = "".join(
        "<tr>"
        + "".join(
            (f'<td class="num">{_runs(cell)}</td>' if numeric else f"<td>{_runs(cell)}</td>")
            for cell, numeric in zip(row, table.numeric, strict=True)
        )
        + "</tr>"
        for row in table.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def block_html(block: Block) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{escape(block.text)}</h{block.level}>"
    if isinstance(block, Paragraph):
        return f'<p class="{block.style}">{_runs(block.runs)}</p>'
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{_runs(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Image):
        data = base64.b64encode(block.png).decode("ascii")
        return f'<figure><img alt="{escape(block.alt, quote=True)}" src="data:image/png;base64,{data}"></figure>'
    raise TypeError(f"unknown block {block!r}")


def render_html(blocks: list[Block], lang: str, title: str) -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    body = "\n".join(block_html(b) for b in blocks)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{escape(title)}</title>\n'
        f"<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )

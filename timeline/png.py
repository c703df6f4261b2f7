"""Static export of figures (PNG, SVG, PDF) through kaleido 1.x and the system Chromium.

kaleido starts a browser per call unless a sync server is running (1.6-3 s per image instead of
~0.1-0.4 s), so the first export starts one server for the whole process (kaleido keeps it as a
singleton and closes it at exit). MathJax is off: it would be fetched from a CDN. plotly.js comes
from the installed plotly package, so rendering needs no network.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import kaleido
import plotly.graph_objects as go

FORMATS = ("png", "svg", "pdf")
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
DEFAULT_WIDTH = 1100
DEFAULT_HEIGHT = 560


class ExportError(RuntimeError):
    """A figure could not be exported (no browser, unknown format, unwritable file)."""


def find_browser() -> str | None:
    """``BROWSER_PATH`` if set (kaleido's choreographer reads it too), else a Chromium on PATH."""
    configured = os.environ.get("BROWSER_PATH")
    if configured:
        return configured if Path(configured).is_file() else None
    return next((path for name in BROWSER_NAMES if (path := shutil.which(name))), None)


def start_server() -> None:
    """Start this process's kaleido server (idempotent). Raises ExportError when no browser exists.

    Checked before starting because a server whose browser fails to launch would leave callers
    waiting on its queue instead of raising.
    """
    if find_browser() is None:
        hint = f"BROWSER_PATH={os.environ['BROWSER_PATH']} does not exist" if os.environ.get("BROWSER_PATH") else ""
        raise ExportError(
            "PNG/SVG/PDF export needs Chromium: install it (Debian: apt-get install -y chromium) "
            f"or point BROWSER_PATH at a Chrome/Chromium binary{'; ' + hint if hint else ''}"
        )
    kaleido.start_sync_server(mathjax=False, silence_warnings=True)


def figure_bytes(
    fig: go.Figure, fmt: str = "png", width: int | None = None, height: int | None = None, scale: float = 1.0
) -> bytes:
    """The figure rendered as ``fmt``; size defaults to the figure's own layout height and 1100 px width."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown image format {fmt!r}: use one of {', '.join(FORMATS)}")
    start_server()
    opts = {
        "format": fmt,
        "width": width or fig.layout.width or DEFAULT_WIDTH,
        "height": height or fig.layout.height or DEFAULT_HEIGHT,
        "scale": scale,
    }
    return kaleido.calc_fig_sync(fig, opts=opts)


def format_of(path: Path) -> str:
    """The export format a file name asks for (its suffix)."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"{path}: unknown image format {path.suffix!r}: use .png, .svg or .pdf")
    return fmt


def write_figure(
    fig: go.Figure, path: str | os.PathLike, width: int | None = None, height: int | None = None, scale: float = 1.0
) -> Path:
    """Write the figure to ``path`` in the format its suffix names; returns the path."""
    path = Path(path)
    data = figure_bytes(fig, format_of(path), width, height, scale)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    return path

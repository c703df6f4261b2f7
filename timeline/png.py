"""Static export of figures (PNG, SVG, PDF) through kaleido 1.x and the system Chromium.

kaleido starts a browser per call unless a server is running (1.6-3 s per image instead of ~0.1-0.4 s),
so the first export starts one browser for the whole process, closed at exit. kaleido also reloads its
page after every image, which parses plotly.js again (~150-300 ms, half of a typical PNG); plotly's
``toImage`` draws in a throw-away element it purges, so this module keeps the page and reloads it only
every ``RELOAD_EVERY`` images or after a failed one (same PNG bytes, measured). That needs kaleido's tab
hand-over hooks, private in kaleido 1.5: should they change, kaleido reloads as before (slower, not wrong).
MathJax is off: it would be fetched from a CDN. plotly.js comes from the installed plotly package, so
rendering needs no network.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import shutil
import threading
from pathlib import Path

import kaleido
import plotly.graph_objects as go
from kaleido.errors import KaleidoError

FORMATS = ("png", "svg", "pdf")
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
DEFAULT_WIDTH = 1100
DEFAULT_HEIGHT = 560
RELOAD_EVERY = 50
CLOSE_WAIT = 10
"""Images drawn on one page before kaleido's page is loaded afresh (bounds what a long-lived page accumulates)."""


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
    _Server.running()


class _PageKeepingKaleido(kaleido.Kaleido):
    """kaleido that reloads its page every RELOAD_EVERY images and after a failure instead of after every image."""

    drawn_since_reload = 0
    reload_due = False

    async def _return_kaleido_tab(self, tab) -> None:
        await self.tabs_ready.put(tab)

    async def _get_kaleido_tab(self):
        tab = await super()._get_kaleido_tab()
        if self.reload_due or self.drawn_since_reload >= RELOAD_EVERY:
            await tab.reload()
            self.drawn_since_reload, self.reload_due = 0, False
        self.drawn_since_reload += 1
        return tab

    async def _render_task(self, *args, **kwargs):
        try:
            return await super()._render_task(*args, **kwargs)
        except BaseException:
            self.reload_due = True
            raise


class _Server:
    """One browser for the process, driven from an event loop in a daemon thread (as kaleido's sync server)."""

    _instance: _Server | None = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, name="kaleido", daemon=True).start()
        self.kaleido = self.call(self._open())
        atexit.register(self.close)

    @classmethod
    def running(cls) -> _Server:
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    @staticmethod
    async def _open() -> _PageKeepingKaleido:
        browser = _PageKeepingKaleido(mathjax=False)
        await browser.open()
        return browser

    def call(self, coroutine, timeout: float | None = None):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def close(self) -> None:
        """At exit: close the browser (kaleido removes its temporary page), waiting at most CLOSE_WAIT seconds."""
        try:
            self.call(self.kaleido.close(), CLOSE_WAIT)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)


def figure_bytes(
    fig: go.Figure, fmt: str = "png", width: int | None = None, height: int | None = None, scale: float = 1.0
) -> bytes:
    """The figure rendered as ``fmt``; size defaults to the figure's own layout height and 1100 px width."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown image format {fmt!r}: use one of {', '.join(FORMATS)}")
    opts = {
        "format": fmt,
        "width": width or fig.layout.width or DEFAULT_WIDTH,
        "height": height or fig.layout.height or DEFAULT_HEIGHT,
        "scale": scale,
    }
    start_server()
    server = _Server.running()
    try:
        return server.call(server.kaleido.calc_fig(fig, opts=opts))
    except KaleidoError as exc:  # plotly.js refused to lay the figure out: one message, not a traceback
        raise ExportError(
            f"cannot draw the figure at {opts['width']}x{opts['height']} px ({exc}): "
            "too small for its titles, margins and legend? give a larger width and height"
        ) from exc


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

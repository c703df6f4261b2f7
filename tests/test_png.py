"""PNG, SVG and PDF export through kaleido and the system Chromium (skipped when there is no Chromium)."""

from __future__ import annotations

import struct

import pytest
from test_analysis import make_frame

from timeline import charts, png
from timeline.analysis import View

pytestmark = pytest.mark.skipif(
    png.find_browser() is None, reason="no Chromium on PATH or at BROWSER_PATH: static export cannot run"
)


@pytest.fixture(scope="module")
def view() -> View:
    return View.of(make_frame())


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_png_has_the_requested_size_and_scale(view, tmp_path):
    fig = charts.over_time(view, "ar")
    path = png.write_figure(fig, tmp_path / "over_time.png", width=800, height=500, scale=2)
    assert png_size(path.read_bytes()) == (1600, 1000)


def test_png_height_defaults_to_the_figures_own(view):
    fig = charts.places_map(view, "en")
    assert png_size(png.figure_bytes(fig, "png")) == (png.DEFAULT_WIDTH, fig.layout.height)


def test_svg_keeps_the_arabic_text_and_pdf_is_a_pdf(view, tmp_path):
    fig = charts.killed(view, "ar")
    svg = png.write_figure(fig, tmp_path / "killed.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "قوات الحكومة السورية" in svg
    assert png.write_figure(fig, tmp_path / "killed.pdf").read_bytes()[:5] == b"%PDF-"


def test_unknown_suffix_is_refused_with_the_file_name(view, tmp_path):
    with pytest.raises(png.ExportError, match=r"killed\.gif"):
        png.write_figure(charts.killed(view, "en"), tmp_path / "killed.gif")


def test_missing_browser_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    assert png.find_browser() is None
    with pytest.raises(png.ExportError, match="needs Chromium"):
        png.start_server()

"""PNG, SVG and PDF export through kaleido and the system Chromium (skipped when there is no Chromium)."""

from __future__ import annotations

import html
import json
import re
import struct
import subprocess
from datetime import date

import pytest
from test_analysis import make_frame
from test_dashboard_units import fill

from timeline import charts, png
from timeline.analysis import Filters, View
from timeline.cli import main
from timeline.store import Store

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


def test_the_kept_page_draws_the_same_pixels_as_a_fresh_one(view, monkeypatch):
    figs = [charts.over_time(view, "ar"), charts.killed(view, "en"), charts.places_map(view, "en")]
    kept = [png.figure_bytes(fig) for fig in figs]
    png.figure_bytes(figs[1], "pdf")
    again = [png.figure_bytes(fig) for fig in figs]
    monkeypatch.setattr(png, "RELOAD_EVERY", 1)
    fresh = [png.figure_bytes(fig) for fig in figs]
    assert kept == again == fresh
    assert len(set(kept)) == 3


def test_svg_keeps_the_arabic_text_and_pdf_is_a_pdf(view, tmp_path):
    fig = charts.killed(view, "ar")
    svg = png.write_figure(fig, tmp_path / "killed.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "قوات الحكومة السورية" in svg
    assert png.write_figure(fig, tmp_path / "killed.pdf").read_bytes()[:5] == b"%PDF-"


def test_unknown_suffix_is_refused_with_the_file_name(view, tmp_path):
    with pytest.raises(png.ExportError, match=r"killed\.gif"):
        png.write_figure(charts.killed(view, "en"), tmp_path / "killed.gif")


def test_a_size_too_small_for_the_figure_is_one_clear_error_and_the_next_figure_still_draws(view, tmp_path):
    """plotly.js cannot lay out a heat map in 300x200 px (its margins and colour bar take more): the caller gets an
    ExportError naming the size, which the chart command prints on one line, not kaleido's traceback."""
    with pytest.raises(png.ExportError, match=r"300x200 px.*larger width and height"):
        png.write_figure(charts.matrix(view, "en"), tmp_path / "matrix.png", width=300, height=200)
    assert not (tmp_path / "matrix.png").exists()
    assert png_size(png.figure_bytes(charts.killed(view, "en"), width=400, height=300)) == (400, 300)


def test_missing_browser_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    assert png.find_browser() is None
    with pytest.raises(png.ExportError, match="needs Chromium"):
        png.start_server()


LAYOUT_PROBE = """<script>
window.onload = () => {
  const found = {};
  for (const node of document.querySelectorAll("text")) {
    const text = node.textContent;
    for (const [key, needle] of Object.entries(NEEDLES)) {
      const at = text.indexOf(needle);
      if (at >= 0 && !(key in found)) found[key] = [...needle].map((_, i) => node.getStartPositionOfChar(at + i).x);
    }
  }
  document.body.setAttribute("data-layout", JSON.stringify(found));
};
</script>"""


def char_positions(svg: str, needles: dict[str, str], tmp_path) -> dict[str, list[float]]:
    """x position of each character of each needle as Chromium lays the SVG out."""
    page = tmp_path / "probe.html"
    probe = LAYOUT_PROBE.replace("NEEDLES", json.dumps(needles, ensure_ascii=False))
    page.write_text(f"<html><body>{svg}{probe}</body></html>", encoding="utf-8")
    command = [png.find_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120).stdout
    match = re.search(r'data-layout="([^"]*)"', dom)
    assert match, "Chromium did not run the layout probe"
    return json.loads(html.unescape(match.group(1)))


def test_arabic_runs_right_to_left_and_dates_left_to_right_in_the_rendered_svg(view, tmp_path):
    fig = charts.over_time(View.of(make_frame(), Filters(start=date(2018, 11, 1), end=date(2018, 11, 30))), "ar")
    svg = png.figure_bytes(fig, "svg").decode("utf-8")
    positions = char_positions(svg, {"title": "الحوادث حسب", "caption": "5 حوادث", "date": "2018-11-01"}, tmp_path)
    title, caption, day = positions["title"], positions["caption"], positions["date"]
    assert title[0] > title[-1]  # the first word of the title is drawn rightmost
    assert caption[0] > caption[-1]  # the line's leading count sits at its right end, where Arabic starts
    assert day == sorted(day)  # the date's digits read left to right: 2018-11-01, not 01-11-2018


def test_the_chart_command_says_how_many_incidents_each_figure_shows(tmp_path, capsys):
    """A figure of filters that select nothing is an empty frame: the command says so as it writes it."""
    store = Store(tmp_path / "store.sqlite")
    fill(store)
    store.close()
    db = str(tmp_path / "store.sqlite")
    assert main(["chart", "killed", "--db", db, "--out", str(tmp_path / "all.png")]) == 0
    assert "(killed, 2 incidents, " in capsys.readouterr().out
    assert main(["chart", "killed", "--db", db, "--faction", "hts", "--out", str(tmp_path / "none.png")]) == 0
    assert "(killed, 0 incidents, " in capsys.readouterr().out

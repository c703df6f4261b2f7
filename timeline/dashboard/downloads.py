"""Downloads of the current view: incidents as CSV (ACLED columns), figures as PNG, the analysts' reviews."""

from __future__ import annotations

import io
import logging
import zipfile

from dash import Input, Output, State, ctx, dcc, html, no_update

from timeline import briefing, export, png
from timeline.csvsafe import safe_frame_csv
from timeline.dashboard import figures
from timeline.dashboard.data import analysis_filters
from timeline.dashboard.i18n import language, t
from timeline.dashboard.urlstate import ViewState

log = logging.getLogger(__name__)
BUTTONS = ("download-csv-button", "download-png-button", "download-brief-button", "download-reviews-button")


def panel(lang: str) -> html.Section:
    return html.Section(
        [
            html.H2(t("downloads", lang)),
            html.Button(t("download_csv", lang), id="download-csv-button", n_clicks=0),
            html.Button(t("download_png", lang), id="download-png-button", n_clicks=0),
            html.Button(t("download_brief", lang), id="download-brief-button", n_clicks=0),
            html.Button(t("download_reviews", lang), id="download-reviews-button", n_clicks=0),
            dcc.Loading(html.Span(id="download-message", role="status"), type="dot"),
            dcc.Download(id="download"),
        ],
        className="downloads",
    )


def csv_bytes(data, state: ViewState) -> bytes:
    """The view's incidents in the store's export format (ACLED column names plus our own)."""
    incidents, _view = data.view(state)
    return export.to_csv(incidents).encode("utf-8")


def png_zip(data, state: ViewState) -> bytes:
    """Every figure of the view as PNG (same builders as on screen), in one zip."""
    _incidents, view = data.view(state)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, figure in zip(figures.figure_names(), figures.build(view, state.lang), strict=True):
            archive.writestr(f"{name}.png", png.figure_bytes(figure, "png"))
    return buffer.getvalue()


def briefing_file(data, state: ViewState) -> tuple[bytes, str]:
    """A self-contained HTML briefing of the view (same filters, same language) and its file name."""
    made = briefing.build_briefing(data.store, analysis_filters(state), language(state.lang))
    return briefing.render_bytes(made, "html"), briefing.file_name(made, "html")


def reviews_bytes(data) -> bytes:
    return safe_frame_csv(data.store.reviews_frame()).encode("utf-8")


def register(app, data) -> None:
    @app.callback(
        Output("download", "data"),
        Output("download-message", "children"),
        *[Input(button, "n_clicks") for button in BUTTONS],
        State("view", "data"),
        prevent_initial_call=True,
    )
    def download(_csv, _png, _brief, _reviews, view):
        state = ViewState.from_dict(view)
        try:
            if ctx.triggered_id == "download-csv-button":
                return dcc.send_bytes(csv_bytes(data, state), "incidents.csv"), ""
            if ctx.triggered_id == "download-png-button":
                return dcc.send_bytes(png_zip(data, state), "figures.zip"), ""
            if ctx.triggered_id == "download-brief-button":
                content, name = briefing_file(data, state)
                return dcc.send_bytes(content, name), ""
            if ctx.triggered_id == "download-reviews-button":
                return dcc.send_bytes(reviews_bytes(data), "reviews.csv"), ""
        except (png.ExportError, OSError, ValueError) as error:
            log.exception("download failed")
            return no_update, html.Span(t("download_failed", state.lang, error=str(error)), className="error")
        return no_update, no_update

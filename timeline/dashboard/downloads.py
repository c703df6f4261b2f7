"""Downloads of the current view: the incidents as CSV (ACLED columns), the figures as PNG, a briefing."""

from __future__ import annotations

import io
import logging
import zipfile

from dash import Input, Output, State, dcc, html, no_update

from timeline.dashboard import figures
from timeline.dashboard.i18n import t
from timeline.dashboard.urlstate import ViewState

log = logging.getLogger(__name__)


def panel(lang: str) -> html.Section:
    return html.Section(
        [
            html.H2(t("downloads", lang)),
            html.Button(t("download_csv", lang), id="download-csv-button", n_clicks=0),
            html.Button(t("download_png", lang), id="download-png-button", n_clicks=0),
            dcc.Loading(html.Span(id="download-message", role="status"), type="dot"),
            dcc.Download(id="download"),
        ],
        className="downloads",
    )


def csv_bytes(data, state: ViewState) -> bytes:
    """The filtered incidents in the store's CSV export format (ACLED column names plus our own)."""
    from timeline import export

    incidents, _rows = data.view(state)
    buffer = io.StringIO()
    export.write_csv(incidents, buffer)
    return buffer.getvalue().encode("utf-8")


def png_zip(data, state: ViewState) -> bytes:
    """Every figure of the view as PNG, zipped."""
    from timeline import png

    incidents, rows = data.view(state)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, figure in zip(figures.figure_names(), figures.build(incidents, rows, state), strict=True):
            archive.writestr(f"{name}.png", png.figure_png(figure))
    return buffer.getvalue()


def register(app, data) -> None:
    @app.callback(
        Output("download", "data"),
        Output("download-message", "children"),
        Input("download-csv-button", "n_clicks"),
        Input("download-png-button", "n_clicks"),
        State("view", "data"),
        prevent_initial_call=True,
    )
    def download(csv_clicks, png_clicks, view):
        from dash import ctx

        state = ViewState.from_dict(view)
        try:
            if ctx.triggered_id == "download-csv-button" and csv_clicks:
                return dcc.send_bytes(csv_bytes(data, state), "incidents.csv"), ""
            if ctx.triggered_id == "download-png-button" and png_clicks:
                return dcc.send_bytes(png_zip(data, state), "figures.zip"), ""
        except Exception as error:  # noqa: BLE001 — a failed export is reported, never crashes the page
            log.exception("download failed")
            return no_update, html.Span(t("download_failed", state.lang, error=str(error)), className="error")
        return no_update, no_update

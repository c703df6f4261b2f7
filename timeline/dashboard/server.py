"""Build the Dash app over a store: layout shell, then each feature module wires its own callbacks."""

from __future__ import annotations

from pathlib import Path

from dash import Dash

from timeline.dashboard import detail_callbacks, downloads, figures, refresh, upload, view
from timeline.dashboard.data import DashboardData
from timeline.dashboard.layout import shell
from timeline.dashboard.upload import UPLOAD_DIR
from timeline.dashboard.urlstate import ViewState

ASSETS = Path(__file__).with_name("assets")


def create_app(store, upload_dir: Path = UPLOAD_DIR) -> Dash:
    """A Dash app over ``store`` (a ``timeline.store.Store``); uploads are saved under ``upload_dir``."""
    app = Dash(
        __name__,
        title="Timeline",
        assets_folder=str(ASSETS),
        suppress_callback_exceptions=True,
        serve_locally=True,
        update_title=None,
    )
    app.server.config["MAX_CONTENT_LENGTH"] = upload.MAX_REQUEST_MB * 1024 * 1024
    app.layout = shell()
    data = DashboardData(store)
    view.view_outputs(
        data, ViewState(), figures.figure_names()[0]
    )  # the store read and default view, before anyone waits
    view.register(app, data)
    detail_callbacks.register(app, data)
    upload.register(app, lambda name, path, lang: upload.ingest_upload(store, name, path, lang), upload_dir)
    downloads.register(app, data)
    refresh.register(app, data)
    return app

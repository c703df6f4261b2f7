"""Show what other processes wrote: an ingest from the command line or another analyst's review.

The page polls the store's revision (one indexed read) every ``POLL_SECONDS``; when it has grown since
the page last looked, ``data-version`` changes and the view, table and detail are rebuilt from it.
"""

from __future__ import annotations

from dash import Input, Output, State, dcc
from dash.exceptions import PreventUpdate

POLL_SECONDS = 5


def components(revision: int | None = None) -> list:
    """The poll timer and the revision the page shows: the one it was built from (None: noted by the first poll)."""
    return [dcc.Interval(id="store-poll", interval=POLL_SECONDS * 1000), dcc.Store(id="shown-revision", data=revision)]


def check(revision: int, version: int, shown: int | None) -> tuple[int, int]:
    """The new ``data-version`` and shown revision, or PreventUpdate when the store has not changed."""
    if shown is None:
        return version, revision
    if revision == shown:
        raise PreventUpdate
    return (version or 0) + 1, revision


def register(app, data) -> None:
    """Wire the poll to ``app``; ``data`` is a DashboardData."""

    @app.callback(
        Output("data-version", "data", allow_duplicate=True),
        Output("shown-revision", "data"),
        Input("store-poll", "n_intervals"),
        State("data-version", "data"),
        State("shown-revision", "data"),
        prevent_initial_call=True,
    )
    def poll(_n, version, shown):
        return check(data.revision(), version, shown)

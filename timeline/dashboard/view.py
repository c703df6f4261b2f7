"""Callbacks that keep the view in step: URL → page, filters → figures/summary/table, row click → incident."""

from __future__ import annotations

from dash import Input, Output, State, ctx, no_update

from timeline.dashboard import figures
from timeline.dashboard.filters import CONTROL_IDS, filter_options, quick_pick_range, state_from_controls
from timeline.dashboard.i18n import language, other_language, t
from timeline.dashboard.labels import code_label
from timeline.dashboard.layout import page
from timeline.dashboard.table import table_page
from timeline.dashboard.urlstate import ViewState, from_query, to_query

FILTER_INPUTS = [
    Input("f-period", "start_date"),
    Input("f-period", "end_date"),
    Input("f-flags", "value"),
    *[Input(f"f-{key}", "value") for key in CONTROL_IDS],
]


def summary_text(incidents, lang: str) -> str:
    killed = incidents["killed_best"].sum()
    reports = incidents["n_reports"].sum()
    return t("summary", lang, n=f"{len(incidents):,}", k=f"{killed:,.0f}", s=f"{int(reports):,}")


def register(app, data) -> None:
    """Wire the view callbacks to ``app``; ``data`` is a DashboardData."""

    @app.callback(Output("page", "children"), Input("url", "pathname"), State("url", "search"))
    def render_page(_pathname, search):
        return page_for(data, search)

    @app.callback(
        Output("view", "data"),
        Output("summary", "children"),
        Output("figure", "figure"),
        *FILTER_INPUTS,
        Input("figure-tab", "value"),
        Input("data-version", "data"),
        State("lang", "data"),
    )
    def update_view(start, end, flags, *rest):
        *lists, tab, _version, lang = rest
        state = state_from_controls(start, end, flags, dict(zip(CONTROL_IDS, lists, strict=True)), lang)
        return view_outputs(data, state, tab)

    @app.callback(
        Output("incident-table", "data"),
        Output("incident-table", "page_count"),
        Output("selection-note", "children"),
        Output("selection-bar", "style"),
        Input("view", "data"),
        Input("selection", "data"),
        Input("incident-table", "page_current"),
        Input("incident-table", "page_size"),
        Input("incident-table", "sort_by"),
        Input("incident-table", "filter_query"),
    )
    def update_table(view, selection, page_current, page_size, sort_by, filter_query):
        return table_outputs(data, view, selection, page_current, page_size, sort_by, filter_query)

    @app.callback(
        Output("selection", "data"),
        Output("incident-table", "page_current"),
        Input("figure", "clickData"),
        Input("clear-selection", "n_clicks"),
        State("figure-tab", "value"),
        prevent_initial_call=True,
    )
    def select_from_figure(click, _clear, tab):
        if ctx.triggered_id != "figure":
            return None, 0
        selection = figures.selection_from_click(tab, click)
        return (selection, 0) if selection else (no_update, no_update)

    @app.callback(Output("incident", "data"), Input("incident-table", "active_cell"), prevent_initial_call=True)
    def open_incident(active_cell):
        return (active_cell or {}).get("row_id") or no_update

    @app.callback(
        Output("url", "search"),
        Output("lang-link", "href"),
        Input("view", "data"),
        Input("incident", "data"),
        Input("figure-tab", "value"),
        prevent_initial_call=True,
    )
    def sync_url(view, incident, tab):
        state = ViewState.from_dict(view).replace(incident=incident, figure=tab)
        return to_query(state), to_query(state.replace(lang=other_language(state.lang))) or "?"

    @app.callback(
        Output("f-period", "start_date"),
        Output("f-period", "end_date"),
        Input("f-quick", "value"),
        prevent_initial_call=True,
    )
    def quick_pick(pick):
        if not pick:
            return no_update, no_update
        return quick_pick_range(pick, data.snapshot().incidents)


def page_for(data, search: str | None):
    """The page for a URL query string: controls pre-set from it, options from the store's values."""
    state = from_query(search)
    snapshot = data.snapshot()
    options = filter_options(snapshot.values, lambda kind, value: code_label(kind, value, state.lang))
    return page(state, options, snapshot.sample_loaded)


def table_outputs(data, view: dict | None, selection, page_current, page_size, sort_by, filter_query):
    """One page of the incident table for the view and the figure selection, and the selection note."""
    state = ViewState.from_dict(view)
    incidents, view = data.view(state)
    incidents = figures.apply_selection(incidents, view.rows, selection)
    records, pages, _total = table_page(incidents, page_current, page_size, sort_by, filter_query, state.lang)
    if not selection:
        return records, pages, "", {"display": "none"}
    note = t("selection", state.lang, what=figures.selection_label(selection, state.lang))
    return records, pages, note, {"display": "block"}


def view_outputs(data, state: ViewState, tab: str) -> tuple[dict, str, object]:
    """What a filter change sends back: the view (for the table and URL), the summary and the shown figure."""
    incidents, view = data.view(state)
    lang = language(state.lang)
    figure = data.remember(("figure", tab, state.replace(incident=None)), lambda: figures.build_one(tab, view, lang))
    return {**state.filter_dict(), "lang": lang}, summary_text(incidents, lang), figure

"""Callbacks that keep the view in step: URL → page, filters → figures/summary/table, row click → incident."""

from __future__ import annotations

from dash import Input, Output, State, ctx, html, no_update

from timeline.analysis import tolls_counted_once
from timeline.dashboard import figures
from timeline.dashboard.filters import (
    CONTROL_IDS,
    FILTER_LABELS,
    filter_options,
    lifted_filters,
    quick_pick_range,
    state_from_controls,
    understood,
)
from timeline.dashboard.i18n import language, other_language, t
from timeline.dashboard.labels import code_label
from timeline.dashboard.layout import page
from timeline.dashboard.table import PAGE_SIZE, table_page
from timeline.dashboard.urlstate import ViewState, from_query, to_query
from timeline.labels import counted

FILTER_INPUTS = [
    Input("f-period", "start_date"),
    Input("f-period", "end_date"),
    Input("f-flags", "value"),
    *[Input(f"f-{key}", "value") for key in CONTROL_IDS],
]


def summary_text(incidents, lang: str) -> str:
    killed = tolls_counted_once(incidents)["killed_best"].sum()
    wounded = incidents["wounded_best"].sum()
    reports = incidents["n_reports"].sum()
    n, s = counted(len(incidents), "incidents", lang), counted(int(reports), "incident_reports", lang)
    k, w = counted(round(killed), "killed", lang), counted(round(wounded), "wounded", lang)
    return t("summary", lang, n=n, k=k, w=w, s=s)


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
        Output("incident-table", "getRowsResponse"),
        Input("incident-table", "getRowsRequest"),
        State("view", "data"),
        State("selection", "data"),
        prevent_initial_call=True,
    )
    def update_table(request, view, selection):
        return table_outputs(data, view, selection, request)

    @app.callback(
        Output("selection-note", "children"),
        Output("selection-bar", "style"),
        Input("selection", "data"),
        State("lang", "data"),
    )
    def show_selection(selection, lang):
        return selection_note(selection, lang)

    app.clientside_callback(
        """function (view, selection, version, shown) {
            // a new view, figure selection or store content (a write elsewhere): drop the grid's pages so
            // it asks the server again (not when the filter callback only confirms the page's view)
            const now = JSON.stringify([view, selection || null, version || 0]);
            if (now === shown) { return window.dash_clientside.no_update; }
            dash_ag_grid.getApiAsync("incident-table").then((api) => {
                api.paginationGoToFirstPage();
                api.purgeInfiniteCache();
            });
            return now;
        }""",
        Output("table-refresh", "data"),
        Input("view", "data"),
        Input("selection", "data"),
        Input("data-version", "data"),
        State("table-refresh", "data"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output("selection", "data"),
        Input("figure", "clickData"),
        Input("clear-selection", "n_clicks"),
        State("figure-tab", "value"),
        prevent_initial_call=True,
    )
    def select_from_figure(click, _clear, tab):
        if ctx.triggered_id != "figure":
            return None
        return figures.selection_from_click(tab, click) or no_update

    @app.callback(Output("incident", "data"), Input("incident-table", "cellClicked"), prevent_initial_call=True)
    def open_incident(cell):
        return (cell or {}).get("rowId") or no_update

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
    snapshot = data.snapshot()
    state, extra, refused = understood(from_query(search), snapshot.values)
    values = {key: sorted({*items, *extra.get(key, ())}) for key, items in snapshot.values.items()}
    options = filter_options(values, lambda kind, value: code_label(kind, value, state.lang))
    return page(state, options, snapshot.sample_loaded, snapshot.revision, link_note(refused, state.lang))


def link_note(refused: list[tuple[str, str, list[str]]], lang: str) -> str:
    """Which values of the page's link were not understood and left out of the view, with the close matches, as the
    command line refuses them ("" when every value was understood)."""
    parts = []
    for key, value, close in refused:
        part = t("link_value", lang, filter=t(FILTER_LABELS[key], lang), value=value)
        if close:
            names = t("comma", lang).join(code_label(key, name, lang) for name in close)
            part += t("did_you_mean", lang, names=names)
        parts.append(part)
    return t("link_not_understood", lang, values=t("semicolon", lang).join(parts)) if parts else ""


def table_outputs(data, view: dict | None, selection: dict | None, request: dict | None) -> dict:
    """The rows the grid asks for (``getRowsRequest``) of the view narrowed to the figure selection."""
    request = request or {}
    state = ViewState.from_dict(view)
    incidents, analysis_view = data.view(state)
    incidents = figures.apply_selection(incidents, analysis_view.rows, selection)
    start = request.get("startRow") or 0
    end = request.get("endRow") or start + PAGE_SIZE
    rows, total = table_page(incidents, start, end, request.get("sortModel"), request.get("filterModel"), state.lang)
    return {"rowData": rows, "rowCount": total}


def selection_note(selection: dict | None, lang: str) -> tuple[str, dict]:
    if not selection:
        return "", {"display": "none"}
    return t("selection", lang, what=figures.selection_label(selection, lang)), {"display": "block"}


def empty_view_note(data, state: ViewState, lang: str) -> str:
    """Why a view shows nothing: how many incidents each filter in use would let through were it lifted (the
    others kept), so the analyst sees which one empties it instead of an empty table alone; a period that starts
    after it ends (a link typed by hand) says that, as the command line does."""
    if state.start and state.end and state.start > state.end:
        return t("period_reversed", lang, start=state.start, end=state.end)
    lifted = [
        t(
            "without_filter",
            lang,
            filter=t(FILTER_LABELS[key], lang),
            n=counted(len(data.view(wider)[0]), "incidents", lang),
        )
        for key, wider in lifted_filters(state)
    ]
    return t("empty_view", lang, lifted=t("semicolon", lang).join(lifted)) if lifted else ""


def view_outputs(data, state: ViewState, tab: str) -> tuple[dict, object, object]:
    """What a filter change sends back: the view (for the table and URL), the summary (with why the view is
    empty, when it is) and the shown figure."""
    incidents, view = data.view(state)
    lang = language(state.lang)
    figure = data.remember(("figure", tab, state.replace(incident=None)), lambda: figures.build_one(tab, view, lang))
    summary = summary_text(incidents, lang)
    note = empty_view_note(data, state, lang) if incidents.empty else ""
    if note:
        summary = [summary, html.Span(note, id="empty-view-note", className="note")]
    return {**state.filter_dict(), "lang": lang}, summary, figure

"""The page: header, filters, figures, table, incident detail, uploads and downloads, in the URL's language."""

from __future__ import annotations

import json

from dash import dcc, html

from timeline.dashboard import downloads, figures, refresh, upload
from timeline.dashboard.filters import filter_panel
from timeline.dashboard.i18n import direction, other_language, t
from timeline.dashboard.table import incident_table
from timeline.dashboard.urlstate import ViewState


def shell() -> html.Div:
    """The part that never changes: the URL and the page slot filled from it."""
    return html.Div([dcc.Location(id="url", refresh=False), html.Div(id="page")])


def page(
    state: ViewState, options: dict, sample_loaded: bool, revision: int | None = None, link_note: str = ""
) -> html.Div:
    """Everything below the URL, built once per page load from the state the URL carries and the store at
    ``revision`` (a later write is then shown by the first poll); ``link_note`` says which of the link's values
    were not understood."""
    lang = state.lang
    view = {**state.filter_dict(), "lang": lang}
    header = [
        html.H1(t("title", lang)),
        html.A(t("language", lang), id="lang-link", href=f"?lang={other_language(lang)}", lang=other_language(lang)),
    ]
    if sample_loaded:
        header.append(html.Div(t("sample_banner", lang), id="sample-banner", className="banner", role="status"))
    if link_note:
        header.append(html.P(link_note, id="link-note", className="note", role="status"))
    return html.Div(
        [
            dcc.Store(id="lang", data=lang),
            dcc.Store(id="view", data=view),  # the table's first rows need it
            dcc.Store(id="table-refresh", data=json.dumps([view, None, 0], separators=(",", ":"), ensure_ascii=False)),
            dcc.Store(id="selection"),
            dcc.Store(id="incident", data=state.incident),
            dcc.Store(id="data-version", data=0),
            *refresh.components(revision),
            html.Header(header, className="header"),
            html.Div(
                [
                    html.Aside(filter_panel(state, options, lang), className="sidebar"),
                    html.Main(
                        [
                            html.P(id="summary", className="summary"),
                            html.P(t("claims_note", lang), className="note"),
                            figures.figure_tabs(lang, state.figure),
                            html.H2(t("incidents", lang)),
                            html.Div(
                                [
                                    html.Span(id="selection-note"),
                                    html.Button(t("clear_selection", lang), id="clear-selection", n_clicks=0),
                                ],
                                id="selection-bar",
                                style={"display": "none"},
                            ),
                            incident_table(lang),
                            html.Section(id="detail", className="detail", children=t("pick_incident", lang)),
                            html.Section(id="review-panel", className="review"),
                            html.P(id="review-message", role="status"),
                            downloads.panel(lang),
                            upload.panel(lang),
                        ],
                        className="content",
                    ),
                ],
                className="columns",
            ),
        ],
        dir=direction(lang),
        lang=lang,
        className="app",
    )

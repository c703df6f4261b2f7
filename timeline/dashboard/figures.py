"""The charts issue's figures in the dashboard (same builders), and what a click on one of them selects.

A click becomes a small selection dict kept in the browser (``dcc.Store``); the table callback narrows
the filtered incidents to it. Which value a click carries is the builders' ``customdata`` contract.
"""

from __future__ import annotations

import logging

import pandas as pd
import plotly.graph_objects as go
from dash import dcc, html

from timeline import analysis, charts
from timeline.dashboard.i18n import has, language, t
from timeline.dashboard.labels import code_label, faction

log = logging.getLogger(__name__)

TIME_FREQ = "W"
OPTIONS = {"over_time": {"freq": TIME_FREQ}}
"""Options passed to a builder; the click on a weekly bar selects that week."""


def figure_names() -> list[str]:
    return list(charts.FIGURES)


def tab_label(name: str, lang: str) -> str:
    return t("fig_" + name, lang) if has("fig_" + name) else name.replace("_", " ")


def figure_tabs(lang: str, selected: str | None = None) -> html.Div:
    """One figure at a time, chosen by tab: a filter change then draws one figure, not all of them."""
    names = figure_names()
    return html.Div(
        [
            dcc.Tabs(
                id="figure-tab",
                value=selected if selected in names else names[0],
                children=[dcc.Tab(label=tab_label(name, lang), value=name) for name in names],
            ),
            dcc.Loading(
                dcc.Graph(id="figure", figure=go.Figure(), config={"displaylogo": False}),
                type="default",
                delay_show=400,
            ),
        ],
        className="figures",
    )


def build_one(name: str, view: analysis.View, lang: str) -> go.Figure:
    """Figure ``name`` for the view; a failing builder shows its error instead of taking the page down."""
    try:
        return charts.FIGURES[name](view, language(lang), **OPTIONS.get(name, {}))
    except Exception as error:  # noqa: BLE001 — one figure's failure must not blank the dashboard
        log.exception("figure %s failed", name)
        return go.Figure(layout={"title": {"text": f"{name}: {type(error).__name__}: {error}"}})


def build(view: analysis.View, lang: str) -> list[go.Figure]:
    """Every figure, in ``figure_names()`` order (for the PNG download)."""
    return [build_one(name, view, lang) for name in figure_names()]


def selection_from_click(name: str, click: dict | None) -> dict | None:
    """What a click on figure ``name`` selects, from the clicked point's ``customdata`` (None if nothing)."""
    points = (click or {}).get("points") or []
    if not points or "customdata" not in points[0]:
        return None
    point = points[0]
    data = point["customdata"]
    if name == "over_time":
        return {"kind": "faction_week", "faction": str(data), "week": str(point.get("x"))[:10]}
    if name in ("cumulative", "killed"):
        return {"kind": "faction", "faction": str(data)}
    if name == "map":
        return {"kind": "place", "place": str(data[0])}
    if name == "admin":
        return {"kind": "admin1", "admin1": str(data)}
    if name == "matrix":
        return {"kind": "pair", "faction": str(data[0]), "target": str(data[1])}
    if name == "outlets":
        return {"kind": "outlet", "outlet": str(data)}
    return None


def _with_ids(incidents: pd.DataFrame, keep: pd.Series) -> pd.DataFrame:
    return incidents[incidents.index.isin(keep[keep].index)]


def apply_selection(incidents: pd.DataFrame, rows: pd.DataFrame, selection: dict | None) -> pd.DataFrame:
    """The incidents a figure click points at (all of ``incidents`` when nothing is selected)."""
    kind = (selection or {}).get("kind")
    if kind in ("faction", "faction_week", "pair"):
        keep = rows["faction"].eq(selection["faction"])
        if kind == "faction_week":
            week = pd.Timestamp(selection["week"])
            keep &= analysis.period_start(rows["first"], TIME_FREQ).eq(week)
        if kind == "pair":
            target = selection["target"]
            keep &= rows["targets"].map(lambda ts: target in ts if ts else target == analysis.UNKNOWN)
        return _with_ids(incidents, keep)
    if kind == "place":
        return incidents[incidents["place_name"].eq(selection["place"]).to_numpy()]
    if kind == "admin1":
        unit = selection["admin1"]
        column = incidents["admin1"].astype(object).fillna(analysis.UNKNOWN).replace("", analysis.UNKNOWN)
        return incidents[column.eq(unit).to_numpy()]
    if kind == "outlet":
        outlet = selection["outlet"]
        return incidents[incidents["outlets"].map(lambda outs: outlet in (outs or ())).to_numpy()]
    return incidents


def selection_label(selection: dict, lang: str) -> str:
    kind = selection.get("kind")
    if kind == "faction_week":
        return f"{faction(selection['faction'], lang)} · {selection['week']}"
    if kind == "faction":
        return faction(selection["faction"], lang)
    if kind == "pair":
        return f"{faction(selection['faction'], lang)} → {faction(selection['target'], lang)}"
    if kind == "place":
        return selection["place"]
    if kind == "admin1":
        return code_label("admin1", selection["admin1"], lang)
    return str(selection.get(kind, ""))

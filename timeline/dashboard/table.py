"""The incident table (dash-ag-grid, infinite row model): sorting, filtering and paging run on the server,
so 100,000 rows never travel to the browser; the grid asks for one page at a time (``getRowsRequest``)."""

from __future__ import annotations

import dash_ag_grid as dag
import pandas as pd

from timeline.dashboard.i18n import t
from timeline.dashboard.labels import code_label, dates_text, who_text

PAGE_SIZE = 25
COLUMNS = (
    ("dates", "col_dates", "text", 165),
    ("type", "col_type", "text", 72),
    ("who", "col_who", "text", 140),
    ("place", "col_place", "text", 88),
    ("admin1", "col_admin1", "text", 68),
    ("killed_low", "col_killed_low", "numeric", 58),
    ("killed_best", "col_killed_best", "numeric", 58),
    ("killed_high", "col_killed_high", "numeric", 58),
    ("wounded_best", "col_wounded_best", "numeric", 58),
    ("n_sources", "col_sources", "numeric", 58),
    ("violation", "col_violation", "text", 100),
    ("review_state", "col_review", "text", 76),
)
"""(column, label key, kind, minimum width in px): the minimums add up to less than the grid's width
beside the filters at 1,400 px, so no column is ever pushed out of sight; wider screens share the rest
(``flex``). Cells keep one line (the infinite row model needs fixed row heights): a tooltip shows
what an ellipsis cuts."""
THEME = (
    "themeQuartz.withParams({spacing: 5, cellHorizontalPadding: 6, fontSize: 13, headerFontSize: 12,"
    " fontFamily: 'Noto Sans, Noto Sans Arabic, DejaVu Sans, sans-serif'})"
)
GROUPED = "params.value == null ? '' : d3.format(',')(params.value)"
"""A number cell's text: thousands grouped ("1,234"), a fraction kept, as the briefing and the detail panel write
figures (``labels.grouped``); the cell's value stays the number the grid sorts and filters by."""
SORT_KEYS = {"dates": "first", "who": "actor1", "place": "place_name"}
"""Display columns sorted by an underlying column of the incidents frame."""
CODED = ("type", "violation", "review_state", "admin1")
"""Text columns whose stored code matches a filter as well as the shown label."""
TEXT_OPERATORS = {"contains": "contains", "equals": "=", "notEqual": "!="}
NUMBER_OPERATORS = {
    "equals": "=",
    "notEqual": "!=",
    "greaterThan": ">",
    "greaterThanOrEqual": ">=",
    "lessThan": "<",
    "lessThanOrEqual": "<=",
}
GRID_TEXT_KEYS = (
    "page", "of", "to", "more", "nextPage", "previousPage", "firstPage", "lastPage", "pageSizeSelectorLabel",
    "loadingOoo", "noRowsToShow", "filterOoo", "contains", "equals", "notEqual", "greaterThan", "greaterThanOrEqual", "lessThan",
    "lessThanOrEqual", "andCondition", "orCondition", "applyFilter", "resetFilter", "clearFilter",
)  # fmt: skip
"""AG Grid's own interface words, translated in ``data/labels.csv`` under ``grid_<key>``."""


def grid_texts(lang: str) -> dict[str, str]:
    return {key: t("grid_" + key, lang) for key in GRID_TEXT_KEYS}


def incident_table(lang: str) -> dag.AgGrid:
    text_filter = {"filterOptions": list(TEXT_OPERATORS), "maxNumConditions": 1, "buttons": ["reset"]}
    number_filter = {"filterOptions": list(NUMBER_OPERATORS), "maxNumConditions": 1, "buttons": ["reset"]}
    columns = [
        {
            "field": col,
            "headerName": t(label, lang),
            "headerTooltip": t(label, lang),
            "minWidth": width,
            "flex": width,
            "filter": "agNumberColumnFilter" if kind == "numeric" else "agTextColumnFilter",
            "filterParams": number_filter if kind == "numeric" else text_filter,
            "floatingFilter": kind != "numeric",  # a number filter opens from the header's filter button
            **({"type": "rightAligned"} if kind == "numeric" and lang != "ar" else {"tooltipField": col}),
            **({"valueFormatter": {"function": GROUPED}} if kind == "numeric" else {}),
        }
        for col, label, kind, width in COLUMNS
    ]
    return dag.AgGrid(
        id="incident-table",
        columnDefs=columns,
        defaultColDef={"sortable": True, "resizable": True, "wrapHeaderText": True, "autoHeaderHeight": True},
        rowModelType="infinite",
        getRowId="params.data.id",
        dashGridOptions={
            "theme": {"function": THEME},
            "pagination": True,
            "paginationPageSize": PAGE_SIZE,
            "paginationPageSizeSelector": False,
            "cacheBlockSize": PAGE_SIZE,
            "maxBlocksInCache": 4,
            "enableRtl": lang == "ar",
            "localeText": grid_texts(lang),
            "domLayout": "autoHeight",
            "tooltipShowDelay": 300,
            "suppressColumnVirtualisation": True,  # 12 columns: render them all, scrolled into view or not
        },
        style={"width": "100%"},
    )


def _text_column(frame: pd.DataFrame, col: str, lang: str) -> pd.Series:
    """What a text column shows, computed only for the rows at hand (display strings are not stored)."""
    if col == "dates":
        values = [dates_text(a, b, lang) for a, b in zip(frame["first"], frame["last"], strict=True)]
        return pd.Series(values, index=frame.index, dtype=object)
    if col == "who":
        values = [who_text(p, q, lang) for p, q in zip(frame["perpetrators"], frame["targets"], strict=True)]
        return pd.Series(values, index=frame.index, dtype=object)
    if col == "place":
        names = frame["place_name_ar" if lang == "ar" else "place_name"].astype(object)  # categoricals too
        fallback = frame["place_name" if lang == "ar" else "place_name_ar"].astype(object)
        shown = names.where(names.notna() & names.astype(str).ne(""), fallback).fillna("").astype(str)
        return shown.mask(shown.eq(""), t("unknown_place", lang))  # said, as the governorate beside it is
    if col in ("type", "violation", "admin1"):
        kind = col
        return frame[col].astype(object).map(lambda code: code_label(kind, code, lang))
    if col == "review_state":
        return frame[col].astype(object).map(lambda code: code_label("review", code, lang))
    return frame[col].astype(object).fillna("").astype(str)


def filter_clauses(filter_model: dict | None) -> list[tuple[str, str, str]]:
    """AG Grid's ``filterModel`` ({column: {filterType, type, filter}}) as (column, operator, value) clauses.

    Unknown columns and operators are dropped: the grid only offers the ones listed here.
    """
    kinds = {col: kind for col, _, kind, _ in COLUMNS}
    clauses = []
    for col, model in (filter_model or {}).items():
        if col not in kinds or not isinstance(model, dict) or model.get("filter") in (None, ""):
            continue
        operators = NUMBER_OPERATORS if kinds[col] == "numeric" else TEXT_OPERATORS
        if model.get("type") in operators:
            clauses.append((col, operators[model["type"]], str(model["filter"])))
    return clauses


def _apply_clause(frame: pd.DataFrame, col: str, op: str, value: str, lang: str) -> pd.DataFrame:
    kinds = {c: kind for c, _, kind, _ in COLUMNS}
    if kinds.get(col) == "numeric":
        try:
            number = float(value)
        except ValueError:
            return frame.iloc[0:0]
        series = frame[col]
        compare = {"=": series.eq, "!=": series.ne, ">": series.gt, "<": series.lt, ">=": series.ge, "<=": series.le}
        return frame[compare[op](number).fillna(False).to_numpy()]
    forms = [_text_column(frame, col, lang).str.casefold()]
    if col in CODED:
        forms.append(frame[col].astype(str).str.casefold())  # the stored code matches too
    needle = value.casefold()
    keep = pd.Series(op == "!=", index=frame.index)
    for shown in forms:
        if op == "contains":
            keep |= shown.str.contains(needle, regex=False)
        elif op == "!=":
            keep &= shown.ne(needle)
        else:
            keep |= shown.eq(needle)
    return frame[keep.to_numpy()]


def _number(value) -> int | float | None:
    if pd.isna(value):
        return None
    return int(value) if float(value).is_integer() else float(value)


def table_page(
    frame: pd.DataFrame, start: int, end: int, sort_model: list[dict] | None, filter_model: dict | None, lang: str
) -> tuple[list[dict], int]:
    """Rows ``start``..``end`` (records with an ``id``) after the grid's filters and sort, and the matching count.

    Without a sort the rows keep the order of ``frame`` (the dashboard's snapshot is newest first).
    """
    for col, op, value in filter_clauses(filter_model):
        frame = _apply_clause(frame, col, op, value, lang)
    if sort_model:
        keys = [
            (SORT_KEYS.get(item.get("colId"), item.get("colId")), item.get("sort") != "desc") for item in sort_model
        ]
        known = [(k, a) for k, a in keys if k in frame.columns]
        if known:
            frame = frame.sort_values([k for k, _ in known], ascending=[a for _, a in known], kind="stable")
    start = max(0, int(start or 0))
    end = max(start, min(int(end or start + PAGE_SIZE), start + 500))
    rows = frame.iloc[start:end]
    records = pd.DataFrame({"id": rows["incident_id"].astype(str)}, index=rows.index)
    for col, _, kind, _ in COLUMNS:
        if kind == "numeric":
            records[col] = [_number(v) for v in rows[col]]
        else:
            records[col] = _text_column(rows, col, lang)
    return records.to_dict("records"), len(frame)

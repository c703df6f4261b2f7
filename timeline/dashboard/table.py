"""The incident table: server-side sorting, filtering and paging, so 100,000 rows never travel to the browser."""

from __future__ import annotations

import re

import pandas as pd
from dash import dash_table

from timeline.dashboard.i18n import t
from timeline.dashboard.labels import code_label, factions_text

PAGE_SIZE = 25
COLUMNS = (
    ("dates", "col_dates", "text"),
    ("type", "col_type", "text"),
    ("who", "col_who", "text"),
    ("place", "col_place", "text"),
    ("admin1", "col_admin1", "text"),
    ("killed_low", "col_killed_low", "numeric"),
    ("killed_best", "col_killed_best", "numeric"),
    ("killed_high", "col_killed_high", "numeric"),
    ("n_sources", "col_sources", "numeric"),
    ("violation", "col_violation", "text"),
    ("review_state", "col_review", "text"),
)
SORT_KEYS = {"dates": "first", "who": "actor1", "place": "place_name"}
"""Display columns sorted by an underlying column of the incidents frame."""

_CLAUSE = re.compile(
    r"^\{(?P<col>[a-z_0-9]+)\}\s+(?P<op>scontains|contains|s=|=|eq|!=|ne|>=|<=|>|<|ge|le|gt|lt)\s+(?P<value>.+)$"
)
_OPERATORS = {"eq": "=", "s=": "=", "ne": "!=", "ge": ">=", "le": "<=", "gt": ">", "lt": "<", "scontains": "contains"}


def incident_table(lang: str) -> dash_table.DataTable:
    return dash_table.DataTable(
        id="incident-table",
        columns=[{"name": t(label, lang), "id": col, "type": kind} for col, label, kind in COLUMNS],
        data=[],
        page_action="custom",
        page_current=0,
        page_size=PAGE_SIZE,
        sort_action="custom",
        sort_mode="multi",
        sort_by=[],
        filter_action="custom",
        filter_query="",
        row_selectable=False,
        cell_selectable=True,
        style_table={"overflowX": "auto"},
        style_cell={"textAlign": "right" if lang == "ar" else "left", "whiteSpace": "normal", "maxWidth": 260},
        style_header={"fontWeight": "bold"},
    )


def _dates(first, last) -> str:
    if pd.isna(first):
        return ""
    a, b = pd.Timestamp(first).date().isoformat(), pd.Timestamp(last).date().isoformat() if pd.notna(last) else ""
    return a if not b or a == b else f"{a} – {b}"


def _text_column(frame: pd.DataFrame, col: str, lang: str) -> pd.Series:
    """What a text column shows, computed only for the rows at hand (display strings are not stored)."""
    if col == "dates":
        return pd.Series([_dates(a, b) for a, b in zip(frame["first"], frame["last"], strict=True)], index=frame.index)
    if col == "who":
        values = [
            f"{factions_text(p, lang)} → {factions_text(q, lang)}"
            for p, q in zip(frame["perpetrators"], frame["targets"], strict=True)
        ]
        return pd.Series(values, index=frame.index)
    if col == "place":
        names = frame["place_name_ar" if lang == "ar" else "place_name"].astype(object)  # categoricals too
        fallback = frame["place_name" if lang == "ar" else "place_name_ar"].astype(object)
        return names.where(names.notna() & names.astype(str).ne(""), fallback).fillna("").astype(str)
    if col in ("type", "violation"):
        kind = col
        return frame[col].map(lambda code: code_label(kind, code, lang))
    if col == "review_state":
        return frame[col].map(lambda code: code_label("review", code, lang))
    return frame[col].astype(object).fillna("").astype(str)


def parse_filter_query(query: str | None) -> list[tuple[str, str, str]]:
    """``{col} op value && …`` (the DataTable's filter row) as (column, operator, value) clauses."""
    clauses = []
    for part in (query or "").split(" && "):
        match = _CLAUSE.match(part.strip())
        if not match:
            continue
        value = match["value"].strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'`":
            value = value[1:-1]
        clauses.append((match["col"], _OPERATORS.get(match["op"], match["op"]), value))
    return clauses


def _apply_clause(frame: pd.DataFrame, col: str, op: str, value: str, lang: str) -> pd.DataFrame:
    kinds = {c: kind for c, _, kind in COLUMNS}
    if kinds.get(col) == "numeric":
        try:
            number = float(value)
        except ValueError:
            return frame.iloc[0:0]
        series = frame[col]
        compare = {
            "=": series.eq,
            "!=": series.ne,
            ">": series.gt,
            "<": series.lt,
            ">=": series.ge,
            "<=": series.le,
            "contains": series.eq,
        }
        return frame[compare[op](number).fillna(False).to_numpy()]
    if col not in kinds:
        return frame
    forms = [_text_column(frame, col, lang).str.casefold()]
    if col in ("type", "violation", "review_state", "admin1"):
        forms.append(frame[col].astype(str).str.casefold())  # the stored code matches too
    needle = value.casefold()
    keep = pd.Series(False, index=frame.index)
    for shown in forms:
        if op == "contains":
            keep |= shown.str.contains(needle, regex=False)
        elif op == "!=":
            keep |= shown.ne(needle)
        else:
            keep |= shown.eq(needle)
    return frame[keep.to_numpy()]


def table_page(
    frame: pd.DataFrame, page: int, size: int, sort_by: list[dict] | None, filter_query: str | None, lang: str
) -> tuple[list[dict], int, int]:
    """Rows of one page (as DataTable records with an ``id``), the page count and the matching row count.

    Without ``sort_by`` the rows keep the order of ``frame`` (the dashboard's snapshot is newest first).
    """
    for col, op, value in parse_filter_query(filter_query):
        frame = _apply_clause(frame, col, op, value, lang)
    if sort_by:
        keys = [SORT_KEYS.get(item["column_id"], item["column_id"]) for item in sort_by]
        ascending = [item.get("direction") != "desc" for item in sort_by]
        known = [(k, a) for k, a in zip(keys, ascending, strict=True) if k in frame.columns]
        if known:
            frame = frame.sort_values([k for k, _ in known], ascending=[a for _, a in known], kind="stable")
    size = max(1, min(int(size or PAGE_SIZE), 500))
    total = len(frame)
    pages = max(1, -(-total // size))
    page = min(max(0, int(page or 0)), pages - 1)
    rows = frame.iloc[page * size : (page + 1) * size]
    records = pd.DataFrame({"id": rows["incident_id"].astype(str)}, index=rows.index)
    for col, _, kind in COLUMNS:
        if kind == "numeric":
            records[col] = [None if pd.isna(v) else float(v) for v in rows[col]]
        else:
            records[col] = _text_column(rows, col, lang)
    return records.to_dict("records"), pages, total

"""Figure builders: one plotly figure per kind, shared by the CLI, the dashboard and briefings.

Every builder is ``builder(view, lang="en", **options) -> go.Figure`` where ``view`` is an
``analysis.View`` (filtered perpetrator rows + the filters, built once per filter change). ``FIGURES``
maps the kind names (``chart KIND`` on the command line) to the builders.

Colours come from ``data/factions.csv`` and ``data/bloc_colors.csv``; labels from the same tables in
Arabic or English. Arabic strings are wrapped in Unicode bidi isolates so that the browser and the
PNG export both lay them out right-to-left (Chromium shapes the letters itself). The map draws the
gazetteer's sub-district centroids on a plain lon/lat scatter: no tiles, no topojson, no network.

Clickable traces carry ``customdata`` for the dashboard: the faction id (time and toll charts), the
place name (map), the admin unit (admin bars), [perpetrator, target] (matrix), the outlet (outlets).
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable
from datetime import date
from functools import cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline import analysis
from timeline.agreements import load_agreements
from timeline.analysis import Filters, View
from timeline.event_types import event_types
from timeline.labels import counted, labels
from timeline.paths import DATA_DIR
from timeline.readers.outlets import outlet_label

LANGS = ("en", "ar")
FONT_FAMILY = "Noto Sans, Noto Sans Arabic, DejaVu Sans, Arial, sans-serif"
FALLBACK_COLOR = "#bababa"
MARKER_LEVEL = 0.065
"""Share of the plot's height one row of milestone labels takes; time charts leave room above the
tallest value for as many rows as the labels need (``_marker_levels``)."""
MARKER_FONT_PX = 10
TIME_PLOT_PX = 740
"""About the width of a time chart's plot area beside its legend: what label placement assumes."""
TOOLBAR_PX = 30
"""The dashboard's figure toolbar sits in the top 30 px: titles start below it."""
RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"
SUBDISTRICTS_FILE = DATA_DIR / "gazetteer" / "nw_syria_subdistricts.csv"
BASEMAP_FILE = DATA_DIR / "basemap" / "nw_syria.geojson"
SEA_COLOR, LAND_COLOR, NEIGHBOUR_COLOR, OFF_MAP_COLOR = "#dce8f2", "#fbfaf6", "#ecebe6", "white"
ZONE_COLOR = "rgba(230,160,40,0.28)"
MAP_PLOT_PX = (460, 330)
"""About the smallest plot area the map gets (the dashboard beside the filters): what label placement assumes,
so labels that do not collide there do not collide in a larger export either."""
ZONE_STEP = 0.025
ZONE_REACH = 0.3
"""The zone grid's cell (degrees) and how far from a sub-district centroid a cell may still belong to it."""

TEXT = {lang: {key: value[lang] for key, value in labels("chart").items()} for lang in LANGS}
"""The charts' titles and notes per language, from the one label table (``data/labels.csv``)."""

MONTHS_AR = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
             "تشرين الثاني", "كانون الأول")  # fmt: skip
"""Levantine month names, as Syrian outlets write them, for Arabic date axes."""
MAX_DATE_TICKS = 7
BIN_DAYS = {"D": 1, "W": 7, "M": 30}  # a month bin drawn 30 days wide
BIN_PERIODS = {"D": 86_400_000, "W": 7 * 86_400_000, "M": "M1"}
"""Each bin's length as plotly's ``xperiod`` reads it (milliseconds, or months)."""
BIN_ZERO = {"D": "2000-01-01", "W": "2000-01-03", "M": "2000-01-01"}
"""Where plotly starts counting bins (``xperiod0``): weeks from a Monday, as ``analysis.period_start`` counts them."""
OVER_TIME_BARGAP = 0.1
MATRIX_TITLE_STANDOFF_PX = 24
MAP_LABELS = 10
"""The map names this many places (those with most incidents); the others have hover text only."""
MAP_LABEL_CHARS = 28
"""A place's label on the map is cut to this many characters: a long name ("the southern outskirts of ...") ran
over the other places' marks and labels."""
MAP_PADDING_DEGREES = 0.15
MAP_FRAME_ASPECT = 1.4
"""Width over height of the map's plot area at the default size (its frame is widened towards this shape)."""


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")


def bidi(text: str, lang: str) -> str:
    """Arabic text as a right-to-left isolate (SVG text is left-to-right unless told otherwise)."""
    return f"{RLI}{text}{PDI}" if lang == "ar" and text else text


def ltr(text: str, lang: str) -> str:
    """Dates and codes inside Arabic text as one left-to-right unit, whatever brackets or marks surround them."""
    return f"{LRI}{text}{PDI}" if lang == "ar" else text


def _read_csv(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def faction_table() -> pd.DataFrame:
    """``data/factions.csv`` indexed by faction id (labels, bloc, colour)."""
    return pd.DataFrame(_read_csv(DATA_DIR / "factions.csv")).set_index("id")


@cache
def bloc_table() -> pd.DataFrame:
    """``data/bloc_colors.csv`` indexed by bloc id (labels, colour)."""
    return pd.DataFrame(_read_csv(DATA_DIR / "bloc_colors.csv")).set_index("id")


def _label(table: pd.DataFrame, key: str, lang: str) -> str:
    if key in table.index:
        return str(table.at[key, f"label_{lang}"])
    return key


def faction_label(faction: str, lang: str = "en") -> str:
    return _label(faction_table(), faction, lang)


def faction_color(faction: str) -> str:
    table = faction_table()
    return str(table.at[faction, "color"]) if faction in table.index else FALLBACK_COLOR


def bloc_label(bloc: str, lang: str = "en") -> str:
    return _label(bloc_table(), bloc, lang)


def bloc_color(bloc: str) -> str:
    table = bloc_table()
    return str(table.at[bloc, "color"]) if bloc in table.index else FALLBACK_COLOR


@cache
def subdistricts() -> pd.DataFrame:
    """Sub-district centroids with English/Arabic names of them and their district and governorate."""
    table = pd.DataFrame(_read_csv(SUBDISTRICTS_FILE))
    return table.astype({"centroid_lat": float, "centroid_lon": float})


@cache
def admin_names_ar() -> dict[str, str]:
    """English governorate/district/sub-district name -> Arabic, from the gazetteer of the whole country
    (``data/places.csv``; incidents anywhere in Syria carry these names) and the Sochi zone's sub-districts.
    A name used at several levels gets the larger unit's Arabic name."""
    table = subdistricts()
    places = _read_csv(DATA_DIR / "places.csv")
    names: dict[str, str] = {}
    for level, column in (("subdistrict", "admin3"), ("district", "admin2"), ("governorate", "admin1")):
        names.update(zip(table[f"{level}_en"], table[f"{level}_ar"], strict=True))
        names.update((row[column], row["name_ar"]) for row in places if row["kind"] == level and row["name_ar"])
    return names


def admin_label(name: str, lang: str) -> str:
    if name == analysis.UNKNOWN:
        return TEXT[lang]["unknown"]
    return admin_names_ar().get(name, name) if lang == "ar" else name


def review_label(state: str, lang: str) -> str:
    known = labels("shared").get(f"review_{state}")
    return known[lang] if known else state


def type_label(event_type: str, lang: str) -> str:
    """The type's label of ``data/event_types.csv``; a type the table lacks is shown as its id."""
    return event_types().label(event_type, lang) or str(event_type).replace("_", " ")


# --- titles and captions -------------------------------------------------------------------------


def describe_filters(view: View, lang: str) -> str:
    """One line saying the period and every active filter, for subtitles."""
    f = view.filters
    span = (f.start, f.end)
    if f.start is None or f.end is None:
        data = analysis.data_span(view.rows)
        span = (f.start or (data[0] if data else None), f.end or (data[1] if data else None))
    # An open end of a period that selects nothing is left open ("2030-01-01 –"), never "None".
    shown = [str(day) if day else "" for day in span]
    parts = [ltr(f"{shown[0]} – {shown[1]}".strip(), lang) if any(span) else TEXT[lang]["all_dates"]]
    parts += [", ".join(faction_label(x, lang) for x in f.factions)] if f.factions else []
    parts += [", ".join(bloc_label(x, lang) for x in f.blocs)] if f.blocs else []
    parts += [", ".join(admin_label(x, lang) for x in (*f.admin1, *f.admin2))] if f.admin1 or f.admin2 else []
    parts += [", ".join(type_label(x, lang) for x in f.event_types)] if f.event_types else []
    parts += [", ".join(dict.fromkeys(outlet_label(x, lang) for x in f.outlets))] if f.outlets else []
    parts += [", ".join(review_label(x, lang) for x in f.review_states)] if f.review_states else []
    flags = (
        ("in_zone", f.in_zone_only),
        ("violations", f.violations_only),
        ("reviewed", f.reviewed_only),
        ("with_rejected", f.include_rejected and not f.reviewed_only and not f.review_states),
    )
    parts += [TEXT[lang][key] for key, on in flags if on]
    return " · ".join(parts)


def caption(view: View, lang: str, *notes: str) -> str:
    """Source count and the reminder that figures are claims (plus any figure-specific notes)."""
    counts = view.source_counts()
    text = TEXT[lang]["caption"].format(
        incidents=counted(counts.incidents, "incidents", lang),
        reports=counted(counts.reports, "incident_reports", lang),
        outlets=counted(counts.outlets, "named_outlets", lang),
    )
    return "<br>".join(bidi(line, lang) for line in (text, *notes))


TEMPLATE = go.layout.Template(
    layout=dict(
        paper_bgcolor="white",
        plot_bgcolor="white",
        font=dict(color="#2a3f5f"),
        xaxis=dict(gridcolor="#ebf0f8", linecolor="#ebf0f8", zerolinecolor="#ebf0f8", automargin=True),
        yaxis=dict(
            gridcolor="#ebf0f8", linecolor="#ebf0f8", zerolinecolor="#ebf0f8", automargin=True, ticklabelstandoff=6
        ),
        hoverlabel=dict(align="left"),
    )
)
"""A light white look like plotly_white, small enough that giving it to each figure costs nothing
(assigning a built-in template deep-copies and validates it: ~half of a figure's build time)."""


def _figure(data=None) -> go.Figure:
    """A figure whose traces are plain dicts and whose properties plotly does not validate one by one.

    Validation (``_validate``, the switch plotly's own template loader uses) costs ~2 ms per trace
    and per layout update on dashboard-sized data; the builders' properties are fixed code, checked by
    the tests that render every figure to PNG, so it buys nothing at run time.
    """
    return go.Figure(data=data, layout=dict(template=TEMPLATE), _validate=False)


def _layout(
    fig: go.Figure,
    view: View,
    lang: str,
    title: str,
    height: int = 560,
    notes: tuple[str, ...] = (),
    mirror_x: bool = True,
):
    """Title, then the period/filter line and the caption (source count, "figures are claims") under it.

    The caption sits in the title block rather than under the plot so that long or rotated axis labels
    can never run into it. An Arabic chart is mirrored (``_mirror``); ``mirror_x=False`` keeps its x axis
    running left to right (the map's longitudes).
    """
    right = lang == "ar"
    filters_line = bidi(describe_filters(view, lang), lang)
    caption_html = f"<span style='font-size:11px;color:#666'>{caption(view, lang, *notes)}</span>"
    legend_entries = sum(1 for trace in fig.data if trace.showlegend is not False)
    fig.update_layout(
        font=dict(family=FONT_FAMILY, size=13),
        height=max(height, 230 + 21 * legend_entries + 16 * len(notes)),
        title=dict(
            text=bidi(title, lang),
            subtitle=dict(text=f"{filters_line}<br>{caption_html}"),
            x=0.98 if right else 0.02,
            xanchor="right" if right else "left",
            y=1,
            yanchor="top",
            yref="container",
            pad=dict(t=TOOLBAR_PX),
            font=dict(size=17),
        ),
        margin=dict(t=110 + TOOLBAR_PX + 16 * len(notes), b=60, l=40 if right else 70, r=70 if right else 40),
        legend=dict(font=dict(size=12)),
    )
    if right:
        _mirror(fig, mirror_x)
    return fig


def _mirror(fig: go.Figure, mirror_x: bool) -> None:
    """Lay a chart out right to left, the way Arabic reads: time (and counts of horizontal bars) run from the
    right, the y axis and its names stand on the right, the legend and a colour bar on the left."""
    if mirror_x:
        axis = fig.layout.xaxis
        if axis.range is not None:
            fig.update_xaxes(range=list(axis.range)[::-1])
        else:
            fig.update_xaxes(autorange="reversed")
    fig.update_yaxes(side="right")
    fig.update_layout(legend=dict(x=-0.02, xanchor="right"))
    fig.update_traces(colorbar=dict(x=-0.02, xanchor="right"), selector=dict(type="heatmap"))


def _empty(view: View, lang: str, title: str, message: str | None = None, notes: tuple[str, ...] = ()) -> go.Figure:
    """A figure with nothing to draw, saying why (by default: the filters select no incident)."""
    fig = _layout(_figure(), view, lang, title, notes=notes)
    fig.add_annotation(text=bidi(message or TEXT[lang]["no_data"], lang), showarrow=False, font=dict(size=16))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


# --- agreement markers ---------------------------------------------------------------------------


def agreement_name(agreement, lang: str) -> str:
    """Short display name: ``short`` in English; the Arabic name without its parenthetical qualifier."""
    if lang == "ar" and agreement.name_ar:
        return agreement.name_ar.split(" (")[0]
    return agreement.short


def agreement_markers(start: date, end: date, lang: str) -> list[tuple[date, str]]:
    """Signing days and milestones of every agreement that fall between ``start`` and ``end``."""
    markers: dict[date, str] = {}
    for agreement in load_agreements():
        name = agreement_name(agreement, lang)
        for milestone in agreement.milestones:
            markers.setdefault(milestone.date, milestone.label_for(lang))
        markers[agreement.signed] = TEXT[lang]["signed"].format(agreement=name)
    return sorted((day, label) for day, label in markers.items() if start <= day <= end)


def _marker_levels(markers: list[tuple[date, str]], start: date, end: date) -> list[tuple[int, bool]]:
    """(row, leftwards) per milestone label: each takes the lowest row where it overlaps no label before it.

    Labels in the last third of the axis run back towards earlier days from their line (leftwards; rightwards on
    an Arabic axis, which runs right to left) so they stay inside the plot.
    Widths are estimated from the label length at ``MARKER_FONT_PX`` on a ``TIME_PLOT_PX``-wide plot.
    """
    span = max((end - start).days, 1)
    px_per_day = TIME_PLOT_PX / span
    rows: list[list[tuple[float, float]]] = []
    placed = []
    for day, label in markers:
        x = (day - start).days * px_per_day
        width = 0.58 * MARKER_FONT_PX * len(label) + 8
        leftwards = (day - start).days > 2 * span / 3
        box = (x - width, x) if leftwards else (x, x + width)
        row = next((i for i, taken in enumerate(rows) if all(box[1] < a or box[0] > b for a, b in taken)), len(rows))
        if row == len(rows):
            rows.append([])
        rows[row].append(box)
        placed.append((row, leftwards))
    return placed


def _add_markers(fig: go.Figure, start: date, end: date, lang: str) -> int:
    """Dashed vertical lines with labels in as many rows as keep them apart; returns the number of rows.

    Shapes and labels are set in one update (``add_shape`` re-validates the whole list on each call).
    """
    markers = agreement_markers(start, end, lang)
    shapes, labels = [], []
    levels = _marker_levels(markers, start, end)
    for (day, label), (row, leftwards) in zip(markers, levels, strict=True):
        x = pd.Timestamp(day).isoformat()
        runs_left = leftwards != (lang == "ar")  # an Arabic time axis runs right to left (``_mirror``)
        shapes.append(
            dict(
                type="line",
                x0=x,
                x1=x,
                xref="x",
                y0=0,
                y1=1,
                yref="paper",
                line=dict(color="#444", width=1, dash="dot"),
            )
        )
        labels.append(
            dict(
                x=x,
                xref="x",
                y=1 - MARKER_LEVEL * row,
                yref="paper",
                text=bidi(label, lang),
                showarrow=False,
                xanchor="right" if runs_left else "left",
                yanchor="top",
                xshift=-2 if runs_left else 2,
                bgcolor="rgba(255,255,255,0.85)",
                font=dict(size=MARKER_FONT_PX, color="#333"),
            )
        )
    fig.update_layout(shapes=[*fig.layout.shapes, *shapes], annotations=[*fig.layout.annotations, *labels])
    return max((row for row, _ in levels), default=-1) + 1


def _count_axis(axis, top: float, rows: int = 0) -> None:
    """A count axis from 0 with whole-number ticks, and room above ``top`` for ``rows`` rows of labels."""
    headroom = 1 / max(1 - MARKER_LEVEL * rows - 0.02 * bool(rows), 0.3)
    upper = max(top, 1) * headroom
    axis(range=[0, upper])
    _whole_number_ticks(axis, top)


def _whole_number_ticks(axis, top: float) -> None:
    """Counts have no halves: one tick per unit up to 8, else plotly's steps printed as integers."""
    axis(tick0=0, rangemode="tozero", **(dict(dtick=1) if top <= 8 else dict(tickformat=",d")))


def month_tick_step(months: int) -> int:
    """Months between two date ticks: the smallest of 1, 2, 3, 6, 12, 24, ... giving at most
    ``MAX_DATE_TICKS``, so ticks fall on the same months every year (January, July) as plotly's own do."""
    step = next((n for n in (1, 2, 3, 6, 12) if math.ceil(months / n) <= MAX_DATE_TICKS), 12)
    while math.ceil(months / step) > MAX_DATE_TICKS:
        step += 12
    return step


def _time_range(fig: go.Figure, start: date, end: date, freq: str, lang: str, bins: bool = False) -> None:
    """Fix the date axis to the period (annotations would otherwise stretch plotly's autorange), with half a
    bin to spare either side of points drawn at ``start`` … ``end``, or, with ``bins``, of bins drawn from
    ``start`` to the end of the one that starts at ``end`` (so the first tick stands off the count axis).

    Arabic charts get month ticks with Levantine month names (plotly's own are English). A tick naming a day
    stands on a bin's first day: weekly bins run Monday to Sunday, and plotly's own week ticks fall on Sundays,
    so a weekly chart of up to ``2 * MAX_DATE_TICKS`` weeks is ticked on its Mondays, a longer one on months.
    """
    half = pd.Timedelta(days=BIN_DAYS[freq] / 2)
    days = pd.date_range(start, end, freq=f"{BIN_DAYS[freq]}D")  # the bins' (or points') first days
    if bins:
        end = analysis.period_range(pd.Timestamp(end), pd.Timestamp(end) + pd.Timedelta(days=31), freq)[1]
    low, high = pd.Timestamp(start) - half, pd.Timestamp(end) + half
    # a tick label that would stand past the plot's edge (a first month a few days in) is left out: it ran into
    # the count axis's "0"
    fig.update_xaxes(range=[low.isoformat(), high.isoformat()], ticklabeloverflow="hide past domain")
    if lang != "ar" and freq != "W":
        return  # plotly's ticks stand on days' and months' first moments: the bins' own first days
    months = pd.date_range(pd.Timestamp(start).to_period("M").to_timestamp(), pd.Timestamp(end), freq="MS")
    step = month_tick_step(len(months))
    ticks = [m for m in months if (m.year * 12 + m.month - 1) % step == 0 and low <= m <= high]
    by_day = len(ticks) < 2 or freq == "W" and len(days) <= 2 * MAX_DATE_TICKS
    day_step = max(1, math.ceil(len(days) / MAX_DATE_TICKS))
    if lang != "ar":  # plotly's own labels, on the ticks chosen here
        dtick = day_step * BIN_DAYS[freq] * 86_400_000 if by_day else f"M{step}"
        tick0 = days[0].isoformat() if by_day else "2000-01-01"  # month ticks on January's steps, as in Arabic
        fig.update_xaxes(tickmode="linear", tick0=tick0, dtick=dtick)
        return
    if by_day:  # a period within about a month, or a few weeks: the bins' own days
        # the year under the first day and wherever it changes, as plotly writes English days: "22 تشرين الأول
        # 2018" on every tick ran into its neighbours two weeks apart
        ticks = list(days[::day_step])
        texts = [
            bidi(f"{t.day} {MONTHS_AR[t.month - 1]}", lang)
            + (f"<br>{bidi(str(t.year), lang)}" if i == 0 or t.year != ticks[i - 1].year else "")
            for i, t in enumerate(ticks)
        ]
    else:
        texts = [bidi(f"{MONTHS_AR[t.month - 1]} {t.year}", lang) for t in ticks]
    fig.update_xaxes(tickvals=[t.isoformat() for t in ticks], ticktext=texts, tickangle=0)


# --- figures -------------------------------------------------------------------------------------


def _faction_bar(faction: str, x, y, lang: str, **kwargs) -> dict:
    return dict(
        type="bar",
        x=x,
        y=y,
        name=bidi(faction_label(faction, lang), lang),
        marker_color=faction_color(faction),
        customdata=np.full(len(x), faction),  # a fixed-width string array: plotly copies it in one go
        **kwargs,
    )


def _period(view: View) -> tuple[date, date] | None:
    data = analysis.data_span(view.rows)
    if data is None:
        return None
    return view.filters.start or data[0], view.filters.end or data[1]


def over_time(view: View, lang: str = "en", freq: str = "W") -> go.Figure:
    """Stacked bars: incidents per perpetrator per day/week/month, with agreement milestones."""
    _check_lang(lang)
    title = TEXT[lang]["over_time"].format(freq=TEXT[lang][freq])
    period = _period(view)
    if period is None:
        return _empty(view, lang, title)
    table = analysis.counts_over_time(view.rows, freq, *period)
    dates = table.index.to_numpy()
    # Bar width in milliseconds, as plotly reads it on a date axis: plotly derives it from the gap between
    # bins, so a period of one bin alone would draw bars too thin to see. Each bar stands over its own days
    # (``xperiod``, aligned to the middle), not centred on its first day, which would put half of it in the
    # bin before: a month's bar across two months, a week's astride a milestone that opened it.
    width = BIN_DAYS[freq] * 86_400_000 * (1 - OVER_TIME_BARGAP)
    placing = dict(xperiod=BIN_PERIODS[freq], xperiod0=BIN_ZERO[freq], xperiodalignment="middle")
    fig = _figure([_faction_bar(f, dates, table[f].to_numpy(), lang, width=width, **placing) for f in table.columns])
    fig.update_layout(barmode="stack", bargap=OVER_TIME_BARGAP)
    fig.update_yaxes(title_text=bidi(TEXT[lang]["incidents"], lang))
    rows = _add_markers(fig, table.index[0].date(), period[1], lang)
    _count_axis(fig.update_yaxes, float(table.sum(axis=1).to_numpy().max(initial=0)), rows)
    _time_range(fig, table.index[0].date(), table.index[-1].date(), freq, lang, bins=True)
    return _layout(fig, view, lang, title)


def _agreement(agreement_id: str):
    known = {a.id: a for a in load_agreements()}
    if agreement_id not in known:
        raise ValueError(f"unknown agreement {agreement_id!r}: data/agreements.yaml has {', '.join(known)}")
    return known[agreement_id]


def _default_agreement(view: View):
    """The agreement most incidents in view fall under, else the first judged one."""
    agreements = {a.id: a for a in load_agreements()}
    codes, used = pd.factorize(view.rows["agreement"].to_numpy(dtype=object, na_value=None), sort=True)
    counts = np.bincount(codes[codes >= 0], minlength=len(used))
    if counts.any() and used[counts.argmax()] in agreements:
        return agreements[used[counts.argmax()]]
    return next((a for a in agreements.values() if a.judged), next(iter(agreements.values())))


def cumulative(view: View, lang: str = "en", freq: str = "D", agreement: str | None = None) -> go.Figure:
    """Lines: running total of incidents per perpetrator since an agreement was signed."""
    _check_lang(lang)
    chosen = _agreement(agreement) if agreement else _default_agreement(view)
    name = agreement_name(chosen, lang)
    title = TEXT[lang]["cumulative"].format(agreement=name, signed=ltr(str(chosen.signed), lang))
    period = _period(view)
    if period is None:
        return _empty(view, lang, title)
    if period[1] < chosen.signed:  # incidents there are, all before the agreement: not "no incident matches"
        signed = ltr(str(chosen.signed), lang)
        note = TEXT[lang]["before_count"].format(
            day=signed, incidents=counted(view.source_counts().incidents, "incidents", lang)
        )
        return _empty(view, lang, title, TEXT[lang]["none_since"].format(day=signed), (note,))
    # A period chosen after the signing starts the count there: days before it were filtered out, not quiet.
    since = max(chosen.signed, view.filters.start) if view.filters.start else chosen.signed
    table = analysis.cumulative_since(view.rows, since, freq, period[1])
    fig = _figure(
        [
            dict(
                type="scatter",
                x=table.index.to_numpy(),
                y=table[f].to_numpy(),
                mode="lines",
                name=bidi(faction_label(f, lang), lang),
                line=dict(color=faction_color(f), width=2),
                customdata=np.full(len(table), f),
            )
            for f in table.columns
        ]
    )
    fig.update_yaxes(title_text=bidi(TEXT[lang]["incidents"], lang))
    rows = _add_markers(fig, since, period[1], lang)
    _count_axis(fig.update_yaxes, float(table.to_numpy().max(initial=0)), rows)
    _time_range(fig, since, period[1], "D", lang)
    firsts = analysis.unique_incidents(view.rows, ["first"])["first"]
    earlier = int((firsts < pd.Timestamp(since)).sum())  # in the caption's count, not on the lines
    note = TEXT[lang]["before_count"].format(day=ltr(str(since), lang), incidents=counted(earlier, "incidents", lang))
    return _layout(fig, view, lang, title, notes=(note,) if earlier else ())


def killed(view: View, lang: str = "en") -> go.Figure:
    """Horizontal bars: killed (best) per perpetrator with the lowest–highest claim as whiskers."""
    _check_lang(lang)
    title = TEXT[lang]["killed"]
    if view.rows.empty:
        return _empty(view, lang, title)
    table = analysis.killed_by_faction(view.rows).iloc[::-1]
    labels = [bidi(faction_label(f, lang), lang) for f in table.index]
    fig = _figure(
        dict(
            type="bar",
            y=labels,
            x=table["killed_best"].to_numpy(),
            orientation="h",
            marker_color=[faction_color(f) for f in table.index],
            error_x=dict(
                type="data",
                symmetric=False,
                array=(table["killed_high"] - table["killed_best"]).clip(lower=0).to_numpy(),
                arrayminus=(table["killed_best"] - table["killed_low"]).clip(lower=0).to_numpy(),
                color="#333",
                thickness=1.5,
            ),
            customdata=list(table.index),
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_xaxes(title_text=bidi(TEXT[lang]["killed_axis"], lang))
    _whole_number_ticks(fig.update_xaxes, float(table["killed_high"].max()))
    incidents = analysis.unique_incidents(view.rows, ["killed_best"])
    note = TEXT[lang]["with_figure"].format(n=int(incidents["killed_best"].notna().sum()), total=len(incidents))
    return _layout(fig, view, lang, title, height=max(420, 160 + 34 * len(table)), notes=(note,))


@cache
def basemap() -> dict:
    """Land (per country), borders and coast around north-west Syria from ``data/basemap/nw_syria.geojson``.

    Natural Earth data shipped with the project (``scripts/build_basemap.py``): nothing is fetched.
    Lines come back as one x/y list each with ``None`` between the pieces (one trace draws them all).
    """
    collection = json.loads(BASEMAP_FILE.read_text(encoding="utf-8"))
    land, lines = [], {"border": ([], []), "coast": ([], [])}
    for feature in collection["features"]:
        kind, geometry = feature["properties"]["kind"], feature["geometry"]
        if kind == "land":
            rings = [polygon[0] for polygon in geometry["coordinates"]]
            land.append((feature["properties"], rings))
        else:
            xs, ys = lines[kind]
            xs.extend([*(x for x, _ in geometry["coordinates"]), None])
            ys.extend([*(y for _, y in geometry["coordinates"]), None])
    return {"box": tuple(collection["bbox"]), "land": land, "lines": lines}


def _inside(rings, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Even-odd point-in-polygon test of many points against the rings."""
    inside = np.zeros(x.shape, dtype=bool)
    for ring in rings:
        points = np.asarray(ring)
        for (x1, y1), (x2, y2) in zip(points[:-1], points[1:], strict=True):
            crosses = (y1 > y) != (y2 > y)
            with np.errstate(divide="ignore", invalid="ignore"):
                at = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            inside ^= crosses & (x < at)
    return inside


@cache
def zone_raster(agreement_id: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The agreement's zone as a grid (lon, lat, 1 inside / NaN outside) over Syria's land.

    The gazetteer has sub-district centroids, not outlines, so each grid cell belongs to the nearest
    centroid (within ``ZONE_REACH`` degrees): an approximation of the sub-districts the zone lists.
    """
    agreement = _agreement(agreement_id)
    x0, y0, x1, y1 = basemap()["box"]
    lons = np.arange(x0, x1, ZONE_STEP) + ZONE_STEP / 2
    lats = np.arange(y0, y1, ZONE_STEP) + ZONE_STEP / 2
    grid_x, grid_y = np.meshgrid(lons, lats)
    units = subdistricts()
    scale = math.cos(math.radians(float(units["centroid_lat"].mean())))
    dx = (grid_x[..., None] - units["centroid_lon"].to_numpy()) * scale
    dy = grid_y[..., None] - units["centroid_lat"].to_numpy()
    distance = np.hypot(dx, dy)
    nearest = distance.argmin(axis=-1)
    member = np.array(
        [bool(agreement.zone.contains(p, g)) for p, g in zip(units["ocha_pcode"], units["governorate_en"], strict=True)]
    )
    syria = next((rings for props, rings in basemap()["land"] if props["name"] == "Syria"), [])
    keep = member[nearest] & (distance.min(axis=-1) <= ZONE_REACH) & _inside(syria, grid_x, grid_y)
    return lons, lats, np.where(keep, 1.0, np.nan)


@cache
def zone_outline(agreement_id: str) -> tuple[list, list]:
    """``zone_raster`` as filled rectangles, one per run of zone cells in a grid row (``None`` between)."""
    lons, lats, zone = zone_raster(agreement_id)
    half = ZONE_STEP / 2
    xs: list = []
    ys: list = []
    for row, lat in enumerate(lats):
        inside = np.concatenate([[False], ~np.isnan(zone[row]), [False]])
        edges = np.flatnonzero(inside[1:] != inside[:-1])
        for begin, end in zip(edges[::2], edges[1::2], strict=True):
            left, right = lons[begin] - half, lons[end - 1] + half
            xs += [left, right, right, left, left, None]
            ys += [lat - half, lat - half, lat + half, lat + half, lat - half, None]
    return xs, ys


def _label_boxes(points: pd.DataFrame, texts: list[str], x_range, y_range, ratio: float, font_px=11):
    """Greedy label placement: for each point (most incidents first) the first of four positions whose
    box overlaps no label placed before; a label that fits nowhere is left to the hover text."""
    width, height = MAP_PLOT_PX
    px_x = min(width / max(x_range[1] - x_range[0], 1e-9), height / max((y_range[1] - y_range[0]) * ratio, 1e-9))
    px_y = px_x * ratio  # equal ground scale: the axes share one scale (``scaleanchor``)
    taken: list[tuple[float, float, float, float]] = []
    positions = []
    offsets = {"top center": (0, 1), "bottom center": (0, -1), "middle right": (1, 0), "middle left": (-1, 0)}
    for (lon, lat), text in zip(points[["lon", "lat"]].to_numpy(), texts, strict=True):
        w, h = (0.62 * font_px * len(text) + 6) / px_x, (font_px + 6) / px_y
        chosen = None
        for position, (ox, oy) in offsets.items():
            cx = lon + ox * (w / 2 + 8 / px_x)
            cy = lat + oy * (h / 2 + 6 / px_y)
            box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            if all(box[2] < t[0] or box[0] > t[2] or box[3] < t[1] or box[1] > t[3] for t in taken):
                chosen = position
                taken.append(box)
                break
        positions.append(chosen)
    return positions


def _shortened(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word's end, with "…" (the whole name is in the hover)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,،-") + "…"


def places_map(view: View, lang: str = "en") -> go.Figure:
    """Points per place and perpetrator bloc, area ~ killed, on an offline basemap with the zone drawn.

    Land, borders and coast come from the shipped Natural Earth extract (``basemap``); the agreement's
    zone (approximated, see ``zone_raster``) is a shaded area; the busiest places are named where their
    labels do not collide. Plain lon/lat axes with equal ground scale: no tiles, nothing fetched.
    """
    _check_lang(lang)
    title = TEXT[lang]["map"]
    if view.rows.empty:
        return _empty(view, lang, title)
    text = TEXT[lang]
    places = analysis.counts_by_place(view.rows)
    placed = places.dropna(subset=["lat", "lon"])
    background = subdistricts()
    base = basemap()
    x0, y0, x1, y1 = base["box"]
    placed = placed[placed["lon"].between(x0, x1) & placed["lat"].between(y0, y1)]  # the basemap's land ends there
    agreement = _default_agreement(view)
    traces = []
    for props, rings in base["land"]:
        xs = [x for ring in rings for x in ([p[0] for p in ring] + [None])]
        ys = [y for ring in rings for y in ([p[1] for p in ring] + [None])]
        fill = LAND_COLOR if props["name"] == "Syria" else NEIGHBOUR_COLOR
        traces.append(dict(type="scatter", x=xs, y=ys, mode="lines", fill="toself", fillcolor=fill,
                           line=dict(width=0), hoverinfo="skip", showlegend=False))  # fmt: skip
    zone_x, zone_y = zone_outline(agreement.id)
    zone_name = text["zone_area"].format(agreement=agreement_name(agreement, lang))
    traces.append(
        dict(
            type="scatter",
            x=zone_x,
            y=zone_y,
            mode="lines",
            fill="toself",
            fillcolor=ZONE_COLOR,
            line=dict(width=0, color=ZONE_COLOR),
            name=bidi(zone_name, lang),
            hoverinfo="skip",
        )  # fmt: skip
    )
    border_x, border_y = base["lines"]["border"]
    coast_x, coast_y = base["lines"]["coast"]
    traces.append(dict(type="scatter", x=border_x, y=border_y, mode="lines", name=bidi(text["border"], lang),
                       line=dict(color="#7a7a7a", width=1.4, dash="dash"), hoverinfo="skip"))  # fmt: skip
    traces.append(dict(type="scatter", x=coast_x, y=coast_y, mode="lines", name=bidi(text["coast"], lang),
                       line=dict(color="#6f98b8", width=1.2), hoverinfo="skip"))  # fmt: skip
    traces.append(
        dict(
            type="scatter",
            x=background["centroid_lon"].to_numpy(),
            y=background["centroid_lat"].to_numpy(),
            mode="markers",
            name=bidi(text["centroids"], lang),
            marker=dict(size=4, color="#b8b8b8"),
            hoverinfo="text",
            text=np.array([bidi(admin_label(n, lang), lang) for n in background["subdistrict_en"]]),
        )
    )
    fig = _figure(traces)
    top = max(float(placed["killed_best"].max()), 1.0) if not placed.empty else 1.0
    placed = placed.sort_values("killed_best", ascending=False, na_position="last", kind="stable")
    for bloc, points in placed.groupby("bloc", sort=False):
        names = points["place_name_ar"] if lang == "ar" else points["place_name"]
        fig.add_trace(
            dict(
                type="scatter",
                x=points["lon"].to_numpy(),
                y=points["lat"].to_numpy(),
                mode="markers",
                name=bidi(bloc_label(bloc, lang), lang),
                marker=dict(
                    size=8 + 32 * np.sqrt(points["killed_best"].fillna(0).to_numpy() / top),
                    color=bloc_color(bloc),
                    opacity=0.75,
                    line=dict(color="white", width=1),
                ),
                text=np.array([bidi(str(n), lang) for n in names.fillna(points["place_name"])]),
                customdata=points[["place_name", "incidents", "killed_best"]].to_numpy(),
                hovertemplate="%{text}<br>%{customdata[1]} · %{customdata[2]}<extra>%{fullData.name}</extra>",
            )
        )
    if placed.empty:
        x_range, y_range = [x0, x1], [y0, y1]
    else:  # frame the incidents, not the whole box
        pad = MAP_PADDING_DEGREES
        x_range = [max(x0, placed["lon"].min() - pad), min(x1, placed["lon"].max() + pad)]
        y_range = [max(y0, placed["lat"].min() - pad), min(y1, placed["lat"].max() + pad)]
    ratio = 1 / math.cos(math.radians(float(background["centroid_lat"].mean())))
    x_range, y_range = _frame_to_aspect(x_range, y_range, (x0, x1), (y0, y1), ratio)
    governorates = background.groupby("governorate_en")[["centroid_lon", "centroid_lat"]].mean()
    governorates = governorates.rename(columns={"centroid_lon": "lon", "centroid_lat": "lat"})
    busiest = (
        placed.groupby(["place_name", "lon", "lat"], sort=False)
        .agg(incidents=("incidents", "sum"), name_ar=("place_name_ar", "first"))
        .nlargest(MAP_LABELS, "incidents")
        .reset_index()
    )
    busiest_names = [
        _shortened(str(ar) if lang == "ar" and isinstance(ar, str) and ar else str(en), MAP_LABEL_CHARS)
        for en, ar in zip(busiest["place_name"], busiest["name_ar"], strict=True)
    ]
    governorate_names = [admin_label(n, lang) for n in governorates.index]
    labels = pd.concat([governorates.reset_index()[["lon", "lat"]], busiest[["lon", "lat"]]], ignore_index=True)
    positions = _label_boxes(labels, governorate_names + busiest_names, x_range, y_range, ratio)
    governorate_positions, place_positions = positions[: len(governorate_names)], positions[len(governorate_names) :]
    shown = [i for i, p in enumerate(governorate_positions) if p]
    fig.add_trace(
        dict(
            type="scatter",
            x=governorates["lon"].to_numpy()[shown],
            y=governorates["lat"].to_numpy()[shown],
            mode="text",
            text=[bidi(governorate_names[i], lang) for i in shown],
            textposition="middle center",
            textfont=dict(size=15, color="rgba(60,60,60,0.7)"),
            hoverinfo="skip",
            showlegend=False,
        )
    )
    shown = [i for i, p in enumerate(place_positions) if p]
    fig.add_trace(
        dict(
            type="scatter",
            x=busiest["lon"].to_numpy()[shown],
            y=busiest["lat"].to_numpy()[shown],
            mode="text",
            text=[bidi(busiest_names[i], lang) for i in shown],
            textposition=[place_positions[i] for i in shown],
            textfont=dict(size=11, color="#222"),
            hoverinfo="skip",
            showlegend=False,
        )
    )
    for props, rings in base["land"]:
        if props["name"] != "Syria":
            lon, lat = _label_point(rings, x_range, y_range)
            if lon is not None:
                fig.add_annotation(x=lon, y=lat, text=bidi(props["name_ar"] if lang == "ar" else props["name"], lang),
                                   showarrow=False, font=dict(size=13, color="#8a8a8a"))  # fmt: skip
    # Equal ground scale shrinks the plot area (constrain="domain") instead of widening the ranges, which
    # would show ground past the basemap's box, blank where the land data ends.
    ground_axis = dict(showgrid=False, zeroline=False, constrain="domain")
    fig.update_xaxes(range=x_range, title_text=bidi(text["longitude"], lang), **ground_axis)
    fig.update_yaxes(
        range=y_range, title_text=bidi(text["latitude"], lang), scaleanchor="x", scaleratio=ratio, **ground_axis
    )
    # Sea is the basemap box's background, not the plot's: what lies past the box is left blank, not sea.
    fig.add_shape(type="rect", x0=x0, y0=y0, x1=x1, y1=y1, layer="below", fillcolor=SEA_COLOR, line_width=0)
    fig.update_layout(plot_bgcolor=OFF_MAP_COLOR, legend=dict(itemsizing="constant"))
    incidents = analysis.unique_incidents(view.rows, ["lat", "lon"])
    unplaced = incidents["lat"].isna() | incidents["lon"].isna()
    outside = ~unplaced & ~(incidents["lon"].between(x0, x1) & incidents["lat"].between(y0, y1))
    notes = (
        *(
            (text["unplaced"].format(incidents=counted(int(unplaced.sum()), "incidents", lang)),)
            if unplaced.any()
            else ()
        ),
        *(
            (text["outside_map"].format(incidents=counted(int(outside.sum()), "incidents", lang)),)
            if outside.any()
            else ()
        ),
        text["zone_method"],
        text["map_credit"],
    )
    return _layout(fig, view, lang, title, height=760, notes=notes, mirror_x=False)


def _widen(low: float, high: float, span: float, bounds: tuple[float, float]) -> list[float]:
    """``[low, high]`` widened about its middle to ``span``, shifted back inside ``bounds`` and cut to them."""
    middle = (low + high) / 2
    low, high = middle - span / 2, middle + span / 2
    if low < bounds[0]:
        low, high = bounds[0], high + bounds[0] - low
    if high > bounds[1]:
        low, high = low - (high - bounds[1]), bounds[1]
    return [max(low, bounds[0]), high]


def _frame_to_aspect(x_range, y_range, x_bounds, y_bounds, ratio: float) -> tuple[list[float], list[float]]:
    """Widen the map's frame, inside the basemap's box, towards the plot area's shape (``MAP_FRAME_ASPECT``).

    Equal ground scale would otherwise leave part of the plot area unused; the axes shrink their domain for
    what is left (``constrain="domain"``), so the frame never shows ground past the box the land data covers.
    """
    width, height = x_range[1] - x_range[0], (y_range[1] - y_range[0]) * ratio
    if width < MAP_FRAME_ASPECT * height:
        return _widen(*x_range, MAP_FRAME_ASPECT * height, x_bounds), list(y_range)
    return list(x_range), _widen(*y_range, width / MAP_FRAME_ASPECT / ratio, y_bounds)


def _label_point(rings, x_range, y_range) -> tuple[float | None, float | None]:
    """Where a neighbour country's name goes: the middle of its land seen in the frame (None if none)."""
    points = np.array([p for ring in rings for p in ring])
    seen = points[
        (points[:, 0] >= x_range[0]) & (points[:, 0] <= x_range[1]) & (points[:, 1] >= y_range[0])
        & (points[:, 1] <= y_range[1])
    ]  # fmt: skip
    if len(seen) < 3:
        return None, None
    return float(np.median(seen[:, 0])), float(np.median(seen[:, 1]))


def admin_bars(view: View, lang: str = "en", level: str = "admin1") -> go.Figure:
    """Horizontal stacked bars: incidents per governorate (or district) and perpetrator."""
    _check_lang(lang)
    title = TEXT[lang][level]
    if view.rows.empty:
        return _empty(view, lang, title)
    table = analysis.counts_by_admin(view.rows, level).iloc[::-1]
    labels = [bidi(admin_label(n, lang), lang) for n in table.index]
    fig = _figure(
        [
            dict(
                type="bar",
                y=labels,
                x=table[f].to_numpy(),
                orientation="h",
                name=bidi(faction_label(f, lang), lang),
                marker_color=faction_color(f),
                customdata=list(table.index),
            )
            for f in table.columns
        ]
    )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title_text=bidi(TEXT[lang]["incidents"], lang))
    _whole_number_ticks(fig.update_xaxes, float(table.sum(axis=1).max()))
    return _layout(fig, view, lang, title, height=max(420, 180 + 30 * len(table)))


def matrix(view: View, lang: str = "en") -> go.Figure:
    """Heatmap: incidents per (perpetrator, target) pair, counts written in the cells."""
    _check_lang(lang)
    title = TEXT[lang]["matrix"]
    if view.rows.empty:
        return _empty(view, lang, title)
    table = analysis.perpetrator_target_matrix(view.rows).iloc[::-1]
    fig = _figure(
        dict(
            type="heatmap",
            z=table.to_numpy(),
            x=[bidi(faction_label(t, lang), lang) for t in table.columns],
            y=[bidi(faction_label(p, lang), lang) for p in table.index],
            customdata=[[[p, t] for t in table.columns] for p in table.index],
            colorscale="Reds",
            text=[[str(v) if v else "" for v in row] for row in table.to_numpy()],
            texttemplate="%{text}",
            hovertemplate="%{y} → %{x}: %{z}<extra></extra>",
            colorbar=dict(title=dict(text=bidi(TEXT[lang]["incidents"], lang))),
        )
    )
    fig.update_xaxes(title_text=bidi(TEXT[lang]["target"], lang), tickangle=-30)
    # The standoff keeps the title clear of the names: plotly's margin for Arabic names alone fell ~30 px short.
    fig.update_yaxes(title_text=bidi(TEXT[lang]["perpetrator"], lang), title_standoff=MATRIX_TITLE_STANDOFF_PX)
    return _layout(fig, view, lang, title, height=max(480, 260 + 34 * len(table)))


def outlets(view: View, lang: str = "en") -> go.Figure:
    """Horizontal bars: incidents each outlet reported."""
    _check_lang(lang)
    title = TEXT[lang]["outlets"]
    if view.rows.empty:
        return _empty(view, lang, title)
    table = analysis.counts_by_outlet(view.rows).iloc[::-1]
    fig = _figure(
        dict(
            type="bar",
            y=[bidi(outlet_label(str(o), lang), lang) for o in table.index],
            x=table["incidents"].to_numpy(),
            orientation="h",
            marker_color="#4a6f8a",
            customdata=list(table.index),
        )
    )
    fig.update_xaxes(title_text=bidi(TEXT[lang]["incidents"], lang))
    _whole_number_ticks(fig.update_xaxes, float(table["incidents"].max()))
    return _layout(fig, view, lang, title, height=max(420, 180 + 28 * len(table)))


FIGURES: dict[str, Callable[..., go.Figure]] = {
    "over_time": over_time,
    "cumulative": cumulative,
    "killed": killed,
    "map": places_map,
    "admin": admin_bars,
    "matrix": matrix,
    "outlets": outlets,
}
"""Kind name -> builder; ``chart all`` draws each of these."""


def build(kind: str, frame: pd.DataFrame, filters: Filters | None = None, lang: str = "en", **options) -> go.Figure:
    """Convenience for one-off figures: filter ``frame`` and call the builder for ``kind``."""
    if kind not in FIGURES:
        raise ValueError(f"unknown chart kind {kind!r}: use one of {', '.join(FIGURES)}")
    return FIGURES[kind](View.of(frame, filters), lang, **options)

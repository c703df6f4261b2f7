"""The filter panel: controls built from the data's own values, and the quick picks for the period."""

from __future__ import annotations

import datetime as dt
import difflib

import pandas as pd
from dash import dcc, html

from timeline import charts
from timeline.agreements import Agreement, agreement_in_force, load_agreements
from timeline.commands.filters import CLOSE_MATCHES, named
from timeline.dashboard.i18n import dropdown_labels, language, t
from timeline.dashboard.urlstate import FLAG_KEYS, ViewState

QUICK_PICKS = ("since_agreement", "last7", "last30", "all_dates")
REVIEW_STATES = ("unreviewed", "confirmed", "rejected", "corrected")
CONTROL_IDS = ("faction", "bloc", "admin1", "admin2", "type", "outlet", "review")


def _values(series: pd.Series) -> list[str]:
    return sorted({str(v) for v in series.dropna().unique() if str(v)})  # unique first: 1,000,000 rows, few values


def _tuple_values(series: pd.Series) -> list[str]:
    distinct = pd.unique(series.to_numpy(dtype=object))  # few distinct tuples: a fifth of the time at 1,000,000 rows
    return sorted({str(v) for values in distinct if isinstance(values, tuple | list) for v in values if v})


def filter_values(frame: pd.DataFrame) -> dict[str, list[str]]:
    """The values present in the store per control (computed once per store revision)."""
    return {
        "faction": _tuple_values(frame["perpetrators"]),
        "bloc": _values(frame["bloc1"]),
        "admin1": _values(frame["admin1"]),
        "admin2": _values(frame["admin2"]),
        "type": _values(frame["type"]),
        "outlet": _tuple_values(frame["outlets"]),
        "review": sorted(set(REVIEW_STATES) | set(_values(frame["review_state"]))),
    }


LINK_NAME_KINDS = {"faction": "faction", "bloc": "bloc", "type": "event type", "admin1": "governorate",
                   "admin2": "district"}  # fmt: skip
"""The controls whose link values may name their thing as the command line's options do (any label or alias)."""


def understood(state: ViewState, values: dict[str, list[str]]):
    """``state``'s control values as the controls can hold them, from a link typed or edited by hand: each value the
    store has, or a name the command line would read ("HTS", "إدلب", a district with no incident yet: the view is
    then empty, not widened). Returns the state, the values to add to the controls' options (named right but absent
    from the store) and the values not understood as ``(control, value, close matches)``: a dropdown silently drops a
    value it has no option for, which widened the view to everything without a word."""
    chosen, extra, refused = {}, {}, []
    for key in CONTROL_IDS:
        present = set(values.get(key, ()))
        kept: list[str] = []
        for value in getattr(state, key):
            found, close = (value, []) if value in present else _named_in_link(key, value, sorted(present))
            if found is None:
                refused.append((key, value, close))
                continue
            if found not in present:
                extra.setdefault(key, []).append(found)
            if found not in kept:
                kept.append(found)
        chosen[key] = tuple(kept)
    return state.replace(**chosen), extra, refused


def _named_in_link(key: str, value: str, present: list[str]) -> tuple[str | None, list[str]]:
    if key in LINK_NAME_KINDS:
        return named(LINK_NAME_KINDS[key], value)
    by_case = {name.casefold(): name for name in present}  # an outlet or review state, in any case
    if value.casefold() in by_case:
        return by_case[value.casefold()], []
    return None, difflib.get_close_matches(value, present, n=CLOSE_MATCHES, cutoff=0.6)


def filter_options(values: dict[str, list[str]], labels) -> dict[str, list[dict]]:
    """Dropdown options per control, labelled in the page's language and in the order of the labels shown
    (an analyst scans the list by the names it shows, not by the stored codes)."""
    options = {}
    for key, items in values.items():
        labelled = [{"label": labels(key, value), "value": value} for value in items]
        options[key] = sorted(labelled, key=lambda option: (str(option["label"]).casefold(), option["value"]))
    return options


def phases() -> list[tuple[str, Agreement, int]]:
    """Every judged agreement's phases as (quick-pick value, agreement, milestone index)."""
    return [
        (f"phase:{agreement.id}:{index}", agreement, index)
        for agreement in load_agreements()
        if agreement.judged
        for index in range(len(agreement.milestones))
    ]


def _phase_bounds(agreement: Agreement, index: int) -> tuple[dt.date, dt.date | None]:
    start = agreement.milestones[index].date
    following = agreement.milestones[index + 1].date if index + 1 < len(agreement.milestones) else agreement.until
    return start, (following - dt.timedelta(days=1)) if following else None


def quick_pick_options(lang: str) -> list[dict]:
    options = [{"label": t(pick, lang), "value": pick} for pick in QUICK_PICKS]
    for value, agreement, index in phases():
        start, end = _phase_bounds(agreement, index)
        span = charts.ltr(f"{start.isoformat()} – {end.isoformat() if end else '…'}", lang)
        name = agreement.name_ar if lang == "ar" and agreement.name_ar else agreement.short
        label = agreement.milestones[index].label_for(lang)
        options.append({"label": f"{name}: {label} ({span})", "value": value})
    return options


def quick_pick_range(pick: str, frame: pd.DataFrame) -> tuple[str | None, str | None]:
    """The (from, to) a quick pick stands for: the last 7/30 days end at the data's last day, not today."""
    if pick.startswith("phase:"):
        for value, agreement, index in phases():
            if value == pick:
                start, end = _phase_bounds(agreement, index)
                return start.isoformat(), end.isoformat() if end else None
        return None, None
    if pick == "all_dates" or frame.empty:
        return None, None
    last_day = pd.Timestamp(frame["first"].max()).date()
    if pick == "since_agreement":
        agreement = agreement_in_force(last_day)
        return (agreement.signed.isoformat() if agreement else None), None
    days = {"last7": 7, "last30": 30}.get(pick)
    if days is None:
        return None, None
    return (last_day - dt.timedelta(days=days - 1)).isoformat(), last_day.isoformat()


def _dropdown(key: str, state: ViewState, options: dict, lang: str, label_key: str) -> html.Div:
    return html.Div(
        [
            html.Label(t(label_key, lang), htmlFor=f"f-{key}"),
            dcc.Dropdown(
                id=f"f-{key}",
                options=options[key],
                value=list(getattr(state, key)),
                multi=True,
                labels=dropdown_labels(lang),
            ),
        ],
        className="filter",
    )


FILTER_LABELS = {
    "period": "period",
    "faction": "factions",
    "bloc": "blocs",
    "admin1": "admin1",
    "admin2": "admin2",
    "type": "event_type",
    "outlet": "outlet",
    "review": "review_state",
    "zone": "in_zone",
    "violations": "violations_only",
}
"""Each filter of the view state -> the label key its control is named by."""


def lifted_filters(state: ViewState) -> list[tuple[str, ViewState]]:
    """Each filter in use (a key of ``FILTER_LABELS``) with the view state that has it lifted, the others kept."""
    lifted = [("period", state.replace(start=None, end=None))] if state.start or state.end else []
    lifted += [(key, state.replace(**{key: ()})) for key in CONTROL_IDS if getattr(state, key)]
    return lifted + [(key, state.replace(**{key: False})) for key in FLAG_KEYS if getattr(state, key)]


def filter_panel(state: ViewState, options: dict, lang: str) -> html.Div:
    """The controls, pre-set from ``state`` (which came from the URL)."""
    return html.Div(
        [
            html.H2(t("filters", lang)),
            html.Div(
                [
                    html.Label(t("period", lang), htmlFor="f-period"),
                    dcc.DatePickerRange(
                        id="f-period",
                        start_date=state.start,
                        end_date=state.end,
                        display_format="YYYY-MM-DD",
                        start_date_placeholder_text=t("from_day", lang),
                        end_date_placeholder_text=t("to_day", lang),
                        clearable=True,
                        is_RTL=lang == "ar",
                    ),
                    dcc.Dropdown(
                        id="f-quick",
                        options=quick_pick_options(lang),
                        placeholder=t("quick_pick", lang),
                        clearable=True,
                        labels=dropdown_labels(lang),
                    ),
                ],
                className="filter",
            ),
            *[_dropdown(key, state, options, lang, FILTER_LABELS[key]) for key in CONTROL_IDS],
            dcc.Checklist(
                id="f-flags",
                options=[
                    {"label": t("in_zone", lang), "value": "zone"},
                    {"label": t("violations_only", lang), "value": "violations"},
                ],
                value=[flag for flag in ("zone", "violations") if getattr(state, flag)],
                className="filter",
            ),
            html.P(t("zone_note", lang), className="note", id="zone-note"),
            html.A(t("reset", lang), href="?" + ("lang=ar" if lang == "ar" else ""), id="reset-filters"),
        ],
        className="filters",
    )


def state_from_controls(period_start, period_end, flags, lists: dict, lang: str) -> ViewState:
    """The ViewState the current control values describe."""
    flags = flags or []
    return ViewState(
        start=(period_start or None) and str(period_start)[:10],
        end=(period_end or None) and str(period_end)[:10],
        zone="zone" in flags,
        violations="violations" in flags,
        lang=language(lang),
        **{key: tuple(lists.get(key) or ()) for key in CONTROL_IDS},
    )

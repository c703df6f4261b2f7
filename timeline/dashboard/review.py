"""The analyst's review of one incident: confirm, reject, correct fields, split or merge, with a note.

The form is pre-filled from the incident; only fields the analyst changed are sent to the store, which
keeps reviews apart from extracted data so they survive re-ingest.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from dash import dcc, html

from timeline.dashboard.i18n import t
from timeline.dashboard.labels import code_label, faction

ACTIONS = ("confirm", "reject", "correct", "split", "merge")
VERDICTS = ("yes", "no", "outside", "unclear", "before")
TOLL_FIELDS = ("killed_low", "killed_best", "killed_high")
FIELDS = ("first", "last", "perpetrators", "targets", "place_name", *TOLL_FIELDS, "violation")


class ReviewInvalid(ValueError):
    """The form does not describe a review that can be saved; the message says which field and why."""


def _day(value) -> str:
    return str(value)[:10] if value is not None and str(value) not in ("NaT", "nan", "None") else ""


def _number(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def form(incident: dict, reports: list[dict], faction_ids: list[str], lang: str) -> html.Div:
    """The review form for ``incident`` (a row of the incidents frame as a dict)."""
    factions = [{"label": faction(code, lang), "value": code} for code in faction_ids]

    def labelled(key: str, control) -> html.Div:
        return html.Div([html.Label(t(key, lang)), control], className="field")

    return html.Div(
        [
            html.H3(t("review", lang)),
            dcc.RadioItems(
                id="review-action",
                options=[{"label": t(action, lang), "value": action} for action in ACTIONS],
                value="confirm",
                inline=True,
            ),
            labelled("first_day", dcc.Input(id="review-first", type="text", value=_day(incident.get("first")))),
            labelled("last_day", dcc.Input(id="review-last", type="text", value=_day(incident.get("last")))),
            labelled(
                "perpetrators",
                dcc.Dropdown(
                    id="review-perpetrators",
                    options=factions,
                    multi=True,
                    value=list(incident.get("perpetrators") or ()),
                ),
            ),
            labelled(
                "targets",
                dcc.Dropdown(
                    id="review-targets", options=factions, multi=True, value=list(incident.get("targets") or ())
                ),
            ),
            labelled("place", dcc.Input(id="review-place", type="text", value=incident.get("place_name") or "")),
            *[
                labelled(key, dcc.Input(id=f"review-{key}", type="number", min=0, value=_number(incident.get(key))))
                for key in TOLL_FIELDS
            ],
            labelled(
                "violation",
                dcc.Dropdown(
                    id="review-violation",
                    options=[{"label": code_label("violation", v, lang), "value": v} for v in VERDICTS],
                    value=incident.get("violation"),
                    clearable=False,
                ),
            ),
            labelled("merge_with", dcc.Input(id="review-merge", type="text", value="")),
            labelled(
                "split_claims",
                dcc.Checklist(
                    id="review-split",
                    options=[
                        {
                            "label": f"{r.get('outlet') or ''} · {r.get('title') or r.get('report')}",
                            "value": r["report"],
                        }
                        for r in reports
                    ],
                    value=[],
                ),
            ),
            labelled("note", dcc.Textarea(id="review-note", value="", style={"width": "100%"})),
            html.Button(t("save_review", lang), id="review-save", n_clicks=0),
        ],
        className="review-form",
    )


def _changes_text(changes) -> str:
    """A correction's fields as ``name=value`` (splits and merges list what they moved)."""
    if not isinstance(changes, dict):
        return ""
    parts = []
    for name, value in changes.items():
        if name == "groups":
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
        parts.append(f"{name}={shown}")
    return "; ".join(parts)


def history(reviews: list[dict], lang: str) -> html.Div:
    """Earlier reviews of the incident, newest first; notes and values shown as text."""
    if not reviews:
        return html.Div()
    items = []
    for r in reversed(reviews):
        action = r.get("action")
        head = f"{str(r.get('created_at') or '')[:19]} · {t(action, lang) if action in ACTIONS else action}"
        changes = _changes_text(r.get("changes"))
        items.append(
            html.Li(
                [
                    head,
                    html.Span(f" ({changes})", dir="auto") if changes else None,
                    html.Span(" — " + str(r.get("note")), dir="auto") if r.get("note") else None,
                ]
            )
        )
    return html.Div([html.H4(t("review_history", lang)), html.Ul(items)], className="review-history")


def review_changes(action: str, values: dict, incident: dict) -> dict:
    """What the store's ``save_review`` needs as ``changes`` for ``action``, validated.

    A correction sends only the fields that differ (dates ISO and ordered, tolls low ≤ best ≤ high);
    a split the report keys to move out; a merge the other incidents' ids.
    """
    if action not in ACTIONS:
        raise ReviewInvalid(f"unknown action {action!r}")
    if action == "split":
        moved = list(values.get("split") or ())
        if not moved:
            raise ReviewInvalid("choose the reports to split off")
        return {"reports": moved}
    if action == "merge":
        others = [part for part in re.split(r"[\s,;]+", values.get("merge") or "") if part]
        if not others:
            raise ReviewInvalid("give the id of the incident to merge with")
        if incident.get("incident_id") in others:
            raise ReviewInvalid("an incident cannot be merged with itself")
        return {"with": others}
    if action != "correct":
        return {}
    changes = {}
    for key in ("first", "last"):
        value = (values.get(key) or "").strip()
        if not value:
            continue
        try:
            day = dt.date.fromisoformat(value).isoformat()
        except ValueError as error:
            raise ReviewInvalid(f"{key}: {value!r} is not a date (YYYY-MM-DD)") from error
        if day != _day(incident.get(key)):
            changes[key] = day
    first = changes.get("first", _day(incident.get("first")))
    last = changes.get("last", _day(incident.get("last")))
    if first and last and last < first:
        raise ReviewInvalid(f"last day {last} is before first day {first}")
    for key in ("perpetrators", "targets"):
        chosen = tuple(values.get(key) or ())
        if chosen != tuple(incident.get(key) or ()):
            changes[key] = list(chosen)
    place = (values.get("place_name") or "").strip()
    if place and place != (incident.get("place_name") or ""):
        changes["place_name"] = place
    tolls = {key: _number(values.get(key)) for key in TOLL_FIELDS}
    present = [tolls[k] for k in TOLL_FIELDS if tolls[k] is not None]
    if any(v < 0 for v in present) or present != sorted(present):
        raise ReviewInvalid("killed figures must be ≥ 0 and ordered low ≤ best ≤ high")
    changes.update({k: v for k, v in tolls.items() if v is not None and v != _number(incident.get(k))})
    if values.get("violation") in VERDICTS and values.get("violation") != incident.get("violation"):
        changes["violation"] = values["violation"]
    return changes

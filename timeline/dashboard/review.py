"""The analyst's review of one incident: confirm, reject, correct fields, split or merge, with a note.

The form is pre-filled from the incident; only fields the analyst changed are sent to the store, which
keeps reviews apart from extracted data so they survive re-ingest.
"""

from __future__ import annotations

import datetime as dt
import math
import re

import pandas as pd
from dash import dcc, html

from timeline.dashboard.i18n import dropdown_labels, t
from timeline.dashboard.labels import code_label, dates_text, faction, factions_text, who_text
from timeline.labels import counted
from timeline.merge import load_rules
from timeline.places import place_by_name
from timeline.readers.outlets import outlet_label

ACTIONS = ("confirm", "reject", "correct", "split", "merge")
VERDICTS = ("yes", "no", "outside", "unclear", "before")
TOLL_FIELDS = ("killed_low", "killed_best", "killed_high")
FIELDS = ("first", "last", "perpetrators", "targets", "place_name", *TOLL_FIELDS, "violation")
MAX_MERGE_CHOICES = 30
"""The merge field offers at most this many nearby incidents (same place first, then the closest days)."""


class ReviewInvalid(ValueError):
    """The form does not describe a review that can be saved; the message says which field and why, in the
    panel's language."""


def shown_place(incident: dict, lang: str) -> str:
    """The incident's place as the panel shows it: its Arabic name in Arabic (the English one when it has none)."""
    name = incident.get("place_name_ar") if lang == "ar" else None
    return name or incident.get("place_name") or ""


def place_changes(typed: str) -> dict:
    """The fields a corrected place sets: every name, admin unit and coordinate of the gazetteer's place for the
    typed name (so the map, the governorate and the agreement's verdict follow it), else the typed name alone, as
    its name in both languages: in one field only, the other language's views went on naming the place it replaced."""
    place = place_by_name(typed)
    if place is None:
        return {"place_name": typed, "place_name_ar": typed}
    return {
        "place_name": place.name_en,
        "place_name_ar": place.name_ar or place.name_en,
        "admin1": place.admin1 or None,
        "admin2": place.admin2 or None,
        "admin3": place.admin3 or None,
        "pcode": place.pcode or None,
        "lat": place.lat,
        "lon": place.lon,
        "geo_precision": place.precision,
    }


def _day(value) -> str:
    return str(value)[:10] if value is not None and str(value) not in ("NaT", "nan", "None") else ""


def _number(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def _report_label(report: dict, lang: str) -> html.Span:
    """A report to split off, as the detail lists it: its outlet in the form's language, then its title, each
    isolated (``bdi``), so an Arabic title with Latin words in it ("… لـCNN …") keeps its own order in the English
    form, and an English one in the Arabic form, instead of being reordered with the words around it."""
    outlet = outlet_label(report["outlet"], lang) if report.get("outlet") else None
    parts = [html.Bdi(part) for part in (outlet, report.get("title") or report.get("report")) if part]
    return html.Span([item for part in parts for item in (" · ", part)][1:])


def _same(values: pd.Series, value) -> pd.Series:
    """Where ``values`` equal ``value``; nowhere when ``value`` is unknown."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return pd.Series(False, index=values.index)
    return values.astype(object).eq(value).fillna(False).astype(bool)


def merge_candidates(incidents: pd.DataFrame, incident: dict, limit: int = MAX_MERGE_CHOICES) -> pd.DataFrame:
    """The incidents an analyst may mean to merge ``incident`` with: the others told on the same or adjacent days
    (within the merge rules' ``max_gap_days``, ``data/merge.yaml``) at the same place, sub-district or district,
    rejected ones left out; the same place first, then the closest days."""
    first, last = pd.Timestamp(incident.get("first")), pd.Timestamp(incident.get("last") or incident.get("first"))
    if pd.isna(first) or incidents.empty:
        return incidents.iloc[:0]
    gap = pd.Timedelta(days=load_rules().max_gap_days)
    near_days = (incidents["first"] <= (last if pd.notna(last) else first) + gap) & (
        incidents["last"].fillna(incidents["first"]) >= first - gap
    )
    same_place = _same(incidents["place_name"], incident.get("place_name")) | _same(
        incidents["pcode"], incident.get("pcode")
    )
    near = same_place | _same(incidents["admin2"], incident.get("admin2"))
    keep = near_days & near & incidents["incident_id"].ne(incident.get("incident_id"))
    keep &= incidents["review_state"].astype(object).ne("rejected")
    chosen = incidents[keep].assign(
        _elsewhere=~same_place[keep], _days_apart=(incidents.loc[keep, "first"] - first).abs()
    )
    chosen = chosen.sort_values(["_elsewhere", "_days_apart", "incident_id"], kind="stable")
    return chosen.drop(columns=["_elsewhere", "_days_apart"]).head(limit)


def merge_label(row: dict, lang: str) -> str:
    """A nearby incident as the merge field names it: its days, type, place, who against whom and its toll."""
    killed = row.get("killed_best")
    parts = (
        dates_text(row.get("first"), row.get("last"), lang),
        code_label("type", row.get("type"), lang),
        shown_place(row, lang) or t("unknown_place", lang),
        who_text(row.get("perpetrators"), row.get("targets"), lang),
        counted(int(killed), "killed", lang) if _number(killed) is not None else None,
    )
    return " · ".join(part for part in parts if part)


def form(
    incident: dict, reports: list[dict], faction_ids: list[str], lang: str, nearby: pd.DataFrame | None = None
) -> html.Div:
    """The review form for ``incident`` (a row of the incidents frame as a dict); ``nearby``, its
    ``merge_candidates``, are offered by their labels to merge with."""
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
                    labels=dropdown_labels(lang),
                    id="review-perpetrators",
                    options=factions,
                    multi=True,
                    value=list(incident.get("perpetrators") or ()),
                ),
            ),
            labelled(
                "targets",
                dcc.Dropdown(
                    labels=dropdown_labels(lang),
                    id="review-targets",
                    options=factions,
                    multi=True,
                    value=list(incident.get("targets") or ()),
                ),
            ),
            labelled("place", dcc.Input(id="review-place", type="text", value=shown_place(incident, lang))),
            *[
                labelled(key, dcc.Input(id=f"review-{key}", type="number", min=0, value=_number(incident.get(key))))
                for key in TOLL_FIELDS
            ],
            labelled(
                "violation",
                dcc.Dropdown(
                    labels=dropdown_labels(lang),
                    id="review-violation",
                    options=[{"label": code_label("violation", v, lang), "value": v} for v in VERDICTS],
                    value=incident.get("violation"),
                    clearable=False,
                ),
            ),
            labelled(
                "merge_with",
                dcc.Dropdown(
                    labels=dropdown_labels(lang),
                    id="review-merge",
                    options=[
                        {"label": merge_label(row, lang), "value": row["incident_id"]}
                        for row in (nearby.to_dict("records") if nearby is not None else ())
                    ],
                    multi=True,
                    value=[],
                    placeholder=t("merge_none_nearby", lang) if nearby is None or nearby.empty else None,
                ),
            ),
            labelled("merge_ids", dcc.Input(id="review-merge-ids", type="text", value="")),
            labelled(
                "split_claims",
                dcc.Checklist(
                    id="review-split",
                    options=[{"label": _report_label(r, lang), "value": r["report"]} for r in reports],
                    value=[],
                ),
            ),
            labelled("note", dcc.Textarea(id="review-note", value="", style={"width": "100%"})),
            # who reviews: typed once, kept by this browser (Dash persistence) for every later review
            labelled(
                "analyst",
                dcc.Input(
                    id="review-analyst", type="text", value="", maxLength=80, persistence=True, persistence_type="local"
                ),
            ),
            html.Button(t("save_review", lang), id="review-save", n_clicks=0),
        ],
        className="review-form",
    )


# The label of each field a review changes, as the form names it; a corrected place shows as its name alone.
_FIELD_LABELS = {"first": "first_day", "last": "last_day", "perpetrators": "perpetrators", "targets": "targets",
                 "killed_low": "killed_low", "killed_best": "killed_best", "killed_high": "killed_high",
                 "violation": "violation", "reports": "split_claims", "with": "merged_with"}  # fmt: skip
_PLACE_FIELDS = ("place_name", "place_name_ar")


def _changes_text(changes, lang: str) -> str:
    """A review's changes as ``label: value`` in ``lang``: the place by its name in ``lang`` (the admin units and
    coordinates that came with it left out), factions and verdicts by their labels; splits and merges list what
    they moved."""
    if not isinstance(changes, dict):
        return ""
    parts = []
    place = changes.get("place_name_ar") if lang == "ar" else changes.get("place_name")
    place = place or next((changes[f] for f in _PLACE_FIELDS if changes.get(f)), None)
    if place:
        parts.append(f"{t('place', lang)}: {place}")
    for name, value in changes.items():
        if name not in _FIELD_LABELS:
            continue  # the place's other fields, and a split's groups (its reports are listed)
        if name in ("perpetrators", "targets"):
            shown = factions_text(value, lang)
        elif name == "violation":
            shown = code_label("violation", value, lang)
        elif isinstance(value, float) and value.is_integer():
            shown = str(int(value))  # a toll of 5, not 5.0
        else:
            shown = t("comma", lang).join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
        parts.append(f"{t(_FIELD_LABELS[name], lang)}: {shown}")
    return t("reason_separator", lang).join(parts)


def history(reviews: list[dict], lang: str) -> html.Div:
    """Earlier reviews of the incident, newest first; notes and values shown as text."""
    if not reviews:
        return html.Div()
    items = []
    for r in reversed(reviews):
        action = r.get("action")
        head = f" · {t(action, lang) if action in ACTIONS else action}"
        if r.get("analyst"):
            head += " " + t("review_by", lang, analyst=r["analyst"])
        if r.get("carried_from"):  # saved on an incident that has since joined this one
            head += " " + t("review_carried", lang, incident=r["carried_from"])
        changes = _changes_text(r.get("changes"), lang)
        items.append(
            html.Li(
                [
                    html.Span(_when(r.get("created_at")), dir="ltr"),
                    head,
                    html.Span(f" ({changes})", dir="auto") if changes else None,
                    html.Span(" — " + str(r.get("note")), dir="auto") if r.get("note") else None,
                ]
            )
        )
    return html.Div([html.H4(t("review_history", lang)), html.Ul(items)], className="review-history")


def _when(stamp) -> str:
    """When a review was saved, to the minute and in UTC as the store records it ("2026-12-07 03:57 UTC", not
    ISO's "2026-12-07T03:57:25+00:00"); a stamp that does not parse is shown as it is."""
    try:
        moment = dt.datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp or "")
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def review_changes(action: str, values: dict, incident: dict, lang: str = "en") -> dict:
    """What the store's ``save_review`` needs as ``changes`` for ``action``, validated (a refusal says why in
    ``lang``).

    A correction sends only the fields that differ (dates ISO and ordered, tolls low ≤ best ≤ high; the place
    compared with the name the form showed in ``lang``); a split the report keys to move out; a merge the
    other incidents' ids.
    """
    if action not in ACTIONS:
        raise ReviewInvalid(t("review_unknown_action", lang, action=action))
    if action == "split":
        moved = list(values.get("split") or ())
        if not moved:
            raise ReviewInvalid(t("review_no_split", lang))
        return {"reports": moved}
    if action == "merge":
        typed = [part for part in re.split(r"[\s,;]+", values.get("merge_ids") or "") if part]
        others = list(dict.fromkeys([*(values.get("merge") or ()), *typed]))
        if not others:
            raise ReviewInvalid(t("review_no_merge", lang))
        if incident.get("incident_id") in others:
            raise ReviewInvalid(t("review_self_merge", lang))
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
            raise ReviewInvalid(t("review_not_a_date", lang, field=t(f"{key}_day", lang), value=value)) from error
        if day != _day(incident.get(key)):
            changes[key] = day
    first = changes.get("first", _day(incident.get("first")))
    last = changes.get("last", _day(incident.get("last")))
    if first and last and last < first:
        raise ReviewInvalid(t("review_days_order", lang, last=last, first=first))
    for key in ("perpetrators", "targets"):
        chosen = tuple(values.get(key) or ())
        if chosen != tuple(incident.get(key) or ()):
            changes[key] = list(chosen)
    place = (values.get("place_name") or "").strip()
    if place and place != shown_place(incident, lang):
        changes.update(place_changes(place))
    tolls = {key: _number(values.get(key)) for key in TOLL_FIELDS}
    present = [tolls[k] for k in TOLL_FIELDS if tolls[k] is not None]
    if any(v < 0 for v in present) or present != sorted(present):
        raise ReviewInvalid(t("review_tolls_order", lang))
    changes.update({k: v for k, v in tolls.items() if v is not None and v != _number(incident.get(k))})
    if values.get("violation") in VERDICTS and values.get("violation") != incident.get("violation"):
        changes["violation"] = values["violation"]
    return changes

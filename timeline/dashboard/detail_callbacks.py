"""Callbacks of the incident detail and review panels: open an incident, save a review, show it again."""

from __future__ import annotations

from dash import Input, Output, State, html, no_update

from timeline.dashboard import review
from timeline.dashboard.detail import detail_view
from timeline.dashboard.i18n import t
from timeline.dashboard.labels import faction_ids


def register(app, data) -> None:
    @app.callback(
        Output("detail", "children"),
        Output("review-panel", "children"),
        Input("incident", "data"),
        Input("data-version", "data"),
        State("lang", "data"),
    )
    def show_incident(incident_id, _version, lang):
        return incident_panels(data, incident_id, lang)

    @app.callback(
        Output("review-message", "children"),
        Output("data-version", "data", allow_duplicate=True),
        Input("review-save", "n_clicks"),
        State("incident", "data"),
        State("review-action", "value"),
        State("review-first", "value"),
        State("review-last", "value"),
        State("review-perpetrators", "value"),
        State("review-targets", "value"),
        State("review-place", "value"),
        State("review-killed_low", "value"),
        State("review-killed_best", "value"),
        State("review-killed_high", "value"),
        State("review-violation", "value"),
        State("review-merge", "value"),
        State("review-merge-ids", "value"),
        State("review-split", "value"),
        State("review-note", "value"),
        State("review-analyst", "value"),
        State("lang", "data"),
        State("data-version", "data"),
        prevent_initial_call=True,
    )
    def save(
        n_clicks,
        incident_id,
        action,
        first,
        last,
        perpetrators,
        targets,
        place,
        low,
        best,
        high,
        verdict,
        merge_with,
        merge_ids,
        split,
        note,
        analyst,
        lang,
        version,
    ):
        if not n_clicks or not incident_id:
            return no_update, no_update
        values = {
            "first": first,
            "last": last,
            "perpetrators": perpetrators,
            "targets": targets,
            "place_name": place,
            "killed_low": low,
            "killed_best": best,
            "killed_high": high,
            "violation": verdict,
            "merge": merge_with,
            "merge_ids": merge_ids,
            "split": split,
        }
        message = save_review(data, incident_id, action, values, note, lang, analyst)
        return message, (version or 0) + 1


def incident_panels(data, incident_id: str | None, lang: str) -> tuple[list, list]:
    """(detail children, review children) for one incident."""
    detail = data.detail(incident_id) if incident_id else None
    panels = detail_view(detail, incident_id, lang)
    if not detail:
        return panels, []
    incident = detail.get("incident") or {}
    nearby = review.merge_candidates(data.snapshot().incidents, incident)
    form = review.form(incident, detail.get("reports") or [], faction_ids(), lang, nearby)
    return panels, [form, review.history(detail.get("reviews") or [], lang)]


def save_review(data, incident_id, action, values, note, lang, analyst: str | None = None) -> html.Span:
    """Validate and store a review, with who made it when the analyst gave a name; the message says what
    happened (never raises into the app)."""
    detail = data.detail(incident_id)
    if not detail:
        return html.Span(t("not_found", lang, id=incident_id), className="error")
    try:
        changes = review.review_changes(action, values, detail.get("incident") or {}, lang)
        data.save_review(incident_id, action, changes, (note or "").strip(), (analyst or "").strip())
    except (review.ReviewInvalid, ValueError, KeyError) as error:
        return html.Span(t("review_failed", lang, error=str(error)), className="error")
    return html.Span(t("review_saved", lang), className="ok")

"""One incident laid out for checking: claims side by side, date reasoning, verdict, and the reports.

Report text, titles and notes are passed to Dash as plain strings, which React renders as text: a
report that contains ``<script>`` or ``onerror=`` shows those characters and runs nothing.
"""

from __future__ import annotations

from dash import html

from timeline.dashboard.i18n import t
from timeline.dashboard.labels import code_label, factions_text


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    return str(value)


def highlighted(text: str, spans) -> list:
    """``text`` with the evidence ``spans`` (start, end offsets) wrapped in <mark>, overlapping spans joined."""
    merged: list[list[int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in spans or () if 0 <= int(s) < int(e) <= len(text)):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, cursor = [], 0
    for start, end in merged:
        if start > cursor:
            parts.append(text[cursor:start])
        parts.append(html.Mark(text[start:end], className="evidence"))
        cursor = end
    if cursor < len(text):
        parts.append(text[cursor:])
    return parts


def _field(label: str, value) -> html.Div:
    return html.Div([html.Dt(label), html.Dd(_text(value))])


def claims_table(claims: list[dict], lang: str) -> html.Table:
    """Every claim in one row: who says it, where it was published, and the figures it gives."""
    heads = (
        "claim_source",
        "claim_outlet",
        "claim_killed",
        "claim_wounded",
        "claim_captured",
        "claim_vague",
        "claim_of",
    )
    keys = ("source", "outlet", "killed", "wounded", "captured", "vague", "of")
    return html.Table(
        [
            html.Thead(html.Tr([html.Th(t(head, lang)) for head in heads])),
            html.Tbody(
                [
                    html.Tr(
                        [
                            html.Td(factions_text(c.get(k), lang) if k == "of" and c.get(k) else _text(c.get(k)))
                            for k in keys
                        ]
                    )
                    for c in claims
                ]
            ),
        ],
        className="claims",
    )


def date_reasoning(dates: list[dict], lang: str) -> html.Ul:
    items = []
    for mention in dates:
        parts = [html.Q(_text(mention.get("text")), dir="auto")]
        span = " – ".join(dict.fromkeys(_text(mention.get(k)) for k in ("first", "last") if mention.get(k)))
        if span:
            parts.append(f" → {span}")
        if mention.get("anchor"):
            parts.append(f" ({t('date_anchor', lang)}: {_text(mention.get('anchor'))})")
        for warning in mention.get("warnings") or ():
            parts.append(html.Strong(f" ⚠ {t('weekday_warning', lang)}: {_text(warning)}", className="warning"))
        items.append(html.Li(parts))
    return html.Ul(items, className="dates")


def report_block(report: dict, lang: str) -> html.Article:
    """A source report with its evidence highlighted, right-to-left when it is Arabic."""
    language = report.get("language") or "ar"
    meta = " · ".join(_text(report.get(k)) for k in ("outlet", "source", "published") if report.get(k))
    children = [html.H4(_text(report.get("title")) or _text(report.get("key")), dir="auto"), html.P(meta)]
    if report.get("url"):
        children.append(html.P(_text(report.get("url")), className="url"))
    children.append(
        html.Div(
            highlighted(_text(report.get("text")), report.get("evidence")),
            dir="rtl" if language == "ar" else "ltr",
            lang=language,
            className="report-text",
        )
    )
    return html.Article(children, className="report")


def detail_view(detail: dict | None, incident_id: str | None, lang: str) -> list:
    """The detail panel for ``store.incident_detail(id)`` (None when the id is unknown)."""
    if not incident_id:
        return [t("pick_incident", lang)]
    if not detail:
        return [t("not_found", lang, id=incident_id)]
    incident = detail.get("incident") or {}
    first, last = _text(incident.get("first"))[:10], _text(incident.get("last"))[:10]
    place = incident.get("place_name_ar") if lang == "ar" else incident.get("place_name")
    heading = (
        f"{first}{' – ' + last if last and last != first else ''} · {code_label('type', incident.get('type'), lang)}"
        f" · {factions_text(incident.get('perpetrators'), lang)} → {factions_text(incident.get('targets'), lang)}"
        f" · {_text(place or incident.get('place_name'))}"
    )
    verdict = code_label("violation", incident.get("violation"), lang)
    return [
        html.H2(f"{t('detail', lang)} {incident_id}"),
        html.P(heading, className="incident-heading", dir="auto"),
        html.Dl(
            [
                _field(t("agreement", lang), incident.get("agreement")),
                _field(t("verdict", lang), verdict),
                _field(t("reason", lang), incident.get("violation_reason")),
                _field(t("review_state", lang), code_label("review", incident.get("review_state"), lang)),
            ],
            className="verdict",
        ),
        html.H3(t("claims", lang)),
        claims_table(detail.get("claims") or [], lang),
        html.H3(t("dates_reasoning", lang)),
        date_reasoning(detail.get("dates") or [], lang),
        html.H3(t("reports", lang)),
        *[report_block(report, lang) for report in detail.get("reports") or []],
    ]

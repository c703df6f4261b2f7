"""One incident laid out for checking: claims side by side, date reasoning, verdict, and the reports.

Report text, titles and notes are passed to Dash as plain strings, which React renders as text: a
report that contains ``<script>`` or ``onerror=`` shows those characters and runs nothing.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from urllib.parse import unquote

import pandas as pd
from dash import html

from timeline.agreements import agreement_by_id
from timeline.dashboard.i18n import has, t
from timeline.dashboard.labels import anchor_text, code_label, date_kind, dates_text, factions_text, who_text
from timeline.labels import grouped
from timeline.readers.outlets import outlet_label
from timeline.report_incidents import PUBLICATION_ASSUMED


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""  # a missing value read from a frame
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    return str(value)


MARKUP = re.compile(
    r"<(?P<element>iframe|script|style|video|audio|object)\b[^>]*>.*?</(?P=element)\s*>"  # an embed and its content
    r"|</?[A-Za-z][^<>\n]*>"  # any other tag
    r"|!\[[^\]\n]*\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)"  # a Markdown image
    r"|(?P<link_open>\[)(?=[^\]\n]+\]\([^()\s]+\))"  # a Markdown link's opening bracket ...
    r"|(?<=[^\[\n])\]\([^()\s]+(?:\s+\"[^\"\n]*\")?\)"  # ... and its closing bracket with the address
    r"|\*\*|__"  # bold
    r"|\\(?=[\\`*_{}\[\]()#+\-.!>~|])"  # a Markdown escape's backslash (a backslash before punctuation)
    r"|^[ \t]*#{1,6}[ \t]+"  # a heading's marks
    r"|^[ \t]*>[ \t]?",  # a quotation's mark
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)
"""The HTML and Markdown markup of a scraped page's text (embedded players, images, link addresses, bold and
heading marks): hidden when the report is shown, never removed from the stored text the offsets point into."""


def markup_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are markup; a line of nothing but markup is taken whole with the blank lines
    after it, so an embedded video or an image leaves no empty lines behind."""
    spans = [match.span() for match in MARKUP.finditer(text)]
    if not spans:
        return spans
    hidden = bytearray(len(text))
    for start, end in spans:
        hidden[start:end] = b"\x01" * (end - start)
    line_start, after_markup_line = 0, False
    for line in text.splitlines(keepends=True):
        line_end = line_start + len(line)
        has_markup = hidden.find(1, line_start, line_end) != -1
        blank = (
            all(hidden[i] or text[i].isspace() for i in range(line_start, line_end)) if has_markup else not line.strip()
        )
        markup_line = blank and has_markup
        if markup_line or (blank and after_markup_line):
            spans.append((line_start, line_end))
        after_markup_line = markup_line or (blank and after_markup_line)
        line_start = line_end
    return spans


def highlighted(text: str, spans, hidden=()) -> list:
    """``text`` with the evidence ``spans`` (start, end offsets) wrapped in <mark>, overlapping spans joined,
    and the ``hidden`` spans (markup, ``markup_spans``) left out; the offsets stay those of ``text``."""
    evidence = _merged((int(s), int(e)) for s, e in spans or () if 0 <= int(s) < int(e) <= len(text))
    skipped = _merged((s, e) for s, e in hidden if 0 <= s < e <= len(text))
    cuts = sorted({0, len(text), *(p for span in evidence + skipped for p in span)})
    parts: list = []
    for start, end in itertools.pairwise(cuts):
        if _inside(start, skipped):
            continue
        piece = text[start:end]
        if not _inside(start, evidence):
            parts.append(piece)
        elif parts and isinstance(parts[-1], html.Mark) and _inside(start - 1, evidence):
            parts[-1].children += piece
        else:
            parts.append(html.Mark(piece, className="evidence"))
    return _joined(parts)


def _merged(spans) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(spans, (position, math.inf)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _joined(parts: list) -> list:
    """Neighbouring plain strings as one (a hidden span between them leaves two)."""
    joined: list = []
    for part in parts:
        if joined and isinstance(part, str) and isinstance(joined[-1], str):
            joined[-1] += part
        else:
            joined.append(part)
    return joined


NOT_APPLICABLE = "–"
"""What a field without a value shows (days since an agreement that was not yet in force), never a bare label."""


def quoted(text: str) -> html.Q:
    """A report's words in the interface's quotation marks: the marks stand the way the panel reads, the words
    isolated in their own direction (an Arabic quote in the English panel used to get its marks reversed)."""
    return html.Q(html.Bdi(text))


def _field(label: str, value) -> html.Div:
    return html.Div([html.Dt(label), html.Dd((value if isinstance(value, list) else _text(value)) or NOT_APPLICABLE)])


def _spans(items) -> list[tuple[int, int]]:
    return [(item["start"], item["end"]) for item in items or () if item.get("start") is not None]


def claims_table(claims: list[dict], lang: str) -> html.Table | html.P:
    """Every claim in one row: who says it, where it was published, the figures it gives, and its words;
    a sentence instead of an empty table when no report gives a figure."""
    if not claims:
        return html.P(t("no_claims", lang), className="note")
    heads = ("claim_source", "claim_outlet", "claim_killed", "claim_wounded", "claim_captured", "claim_vague",
             "claim_of", "published", "evidence")  # fmt: skip
    rows = []
    for claim in claims:
        outlet = outlet_label(claim["outlet"], lang) if claim.get("outlet") else None  # one name per outlet
        cells = [
            claim.get("source") or outlet,  # an outlet that names no source speaks for itself
            outlet,
            *(_figure(claim.get(name)) for name in ("killed", "wounded", "captured")),
            _vague_text(claim.get("vague"), lang),
            factions_text(_list(claim.get("of")), lang) if claim.get("of") else "",
        ]
        # the publication time on one line: a date broken after a hyphen ("2018-11-" above "10 09:00") reads as two
        published = html.Td(_published(claim.get("published")), dir="ltr", className="published")
        quote = " … ".join(_text(item.get("text")) for item in claim.get("evidence") or ())
        rows.append(html.Tr([*[html.Td(_text(c), dir="auto") for c in cells], published, html.Td(quoted(quote))]))
    return html.Table([html.Thead(html.Tr([html.Th(t(h, lang)) for h in heads])), html.Tbody(rows)], className="claims")


def _figure(value) -> str:
    """A claimed count as the summary above writes it ("1,200"); empty when the claim gives none."""
    if value is None or isinstance(value, float) and math.isnan(value):
        return ""
    return grouped(value)


def _vague_text(kinds, lang: str) -> str:
    """The kinds a claim gives only as a vague count ("dozens killed"), by the claims table's own column names."""
    return t("comma", lang).join(
        t(f"claim_{kind}", lang) if has(f"claim_{kind}") else kind for kind in _list(kinds or [])
    )


def _list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def date_reasoning(reports: list[dict], lang: str) -> html.Ul:
    """Per report: the expression the date came from, what it was resolved against, and any warning."""
    items = []
    for report in reports:
        mentions = report.get("dates") or []
        chosen = [m for m in mentions if m.get("text") == report.get("date_text")] or mentions
        chosen = list({_reading(m): m for m in chosen}.values())  # "الجمعة" said thrice: explained once
        span = dates_text(report.get("first"), report.get("last"), "en") if report.get("first") else "?"
        outlet = outlet_label(report["outlet"], lang) if report.get("outlet") else None
        parts = [html.B(_text(outlet) or _text(report.get("article"))), ": "]
        parts += [html.Span(span, dir="ltr", className="date-range"), " "]
        for mention in chosen:
            parts.append(quoted(_text(mention.get("text"))))
            kind = date_kind(mention.get("kind"), lang)
            anchor = anchor_text(_text(mention.get("anchor")), lang)
            parts.append(
                f" ({kind}؛ {t('date_anchor', lang)}: {anchor}) "
                if lang == "ar"
                else f" ({kind}; {t('date_anchor', lang)}: {anchor}) "
            )
            for warning in mention.get("warnings") or ():
                warning = anchor_text(_text(warning), lang)
                parts.append(html.Strong(f" ⚠ {t('weekday_warning', lang)}: {warning}", className="warning"))
        if not chosen and PUBLICATION_ASSUMED not in (report.get("date_warnings") or ()):
            parts.append(t("no_date_expression", lang))  # the warning below says it when given: said once
        for warning in report.get("date_warnings") or ():
            parts.append(html.Strong(f" ⚠ {anchor_text(_text(warning), lang)}", className="warning"))
        items.append(html.Li(parts))
    return html.Ul(items, className="dates")


def _published(value) -> str:
    """A publication date-time to the minute, as people write it ("2018-10-19 20:52", not ISO's "T")."""
    return _text(value)[:16].replace("T", " ")


def _reading(mention: dict) -> tuple:
    """What the date list shows of a mention: mentions reading alike are one line."""
    return tuple(str(mention.get(key)) for key in ("text", "kind", "anchor", "warnings"))


def _is_arabic(text: str) -> bool:
    letters = [c for c in text[:2000] if c.isalpha()]
    return bool(letters) and sum("\u0600" <= c <= "\u06ff" for c in letters) > len(letters) / 2


def report_block(report: dict, claims: list[dict], lang: str) -> html.Article:
    """A source report with its evidence (the report's and its claims') highlighted, RTL when Arabic; its
    outlet under the one name the interface's language gives it, as in the claims table."""
    text = _text(report.get("text"))
    spans = _spans(report.get("evidence"))
    for claim in claims:
        if claim.get("report") == report.get("report"):
            spans += _spans(claim.get("evidence"))
    # Each piece isolated: an Arabic outlet name beside a date-time would otherwise reorder its digits.
    published = _published(report.get("published"))
    title = _text(report.get("title"))
    # The report's stored key ("029") names it only when no outlet, day or title does (the title falls back to it).
    key_only = report.get("article") and title and not (report.get("outlet") or published)
    pieces = [
        html.Bdi(_text(outlet_label(report["outlet"], lang))) if report.get("outlet") else None,
        html.Bdi(published, dir="ltr") if published else None,
        html.Bdi(_text(report.get("article"))) if key_only else None,
    ]
    meta = [part for piece in pieces if piece is not None for part in (" · ", piece)][1:]
    children = [html.H4(title or _text(report.get("article")), dir="auto"), html.P(meta)]
    if report.get("url"):
        children.append(html.P(unquote(_text(report.get("url")), errors="replace"), dir="ltr", className="url"))
    arabic = _is_arabic(text)
    children.append(
        html.Div(
            highlighted(text, spans, markup_spans(text)),
            dir="rtl" if arabic else "ltr",
            lang="ar" if arabic else "en",
            className="report-text",
        )  # fmt: skip
    )
    return html.Article(children, className="report")


def agreement_text(agreement: dict, lang: str) -> list | str:
    """The agreement's name in ``lang`` with its signing day kept left-to-right."""
    name = agreement.get("name_ar") if lang == "ar" and agreement.get("name_ar") else agreement.get("name")
    if not name:
        return t("unknown", lang)
    return [f"{name} (", html.Span(_text(agreement.get("signed")), dir="ltr"), ")"]


def phase_text(agreement: dict, first, lang: str) -> str:
    """The phase (the milestone the incident's first day falls after) in ``lang``."""
    known = agreement_by_id(agreement["id"]) if agreement.get("id") else None
    if known is None or not first:
        return _text(agreement.get("phase"))
    milestone = known.milestone_on(pd.Timestamp(first).date())
    return milestone.label_for(lang) if milestone else _text(agreement.get("phase"))


def detail_view(detail: dict | None, incident_id: str | None, lang: str) -> list:
    """The detail panel for ``incident_detail(store, id)`` (None when the id is unknown)."""
    if not incident_id:
        return [t("pick_incident", lang)]
    if not detail:
        return [t("not_found", lang, id=incident_id)]
    incident = detail.get("incident") or {}
    agreement = detail.get("agreement") or {}
    place = incident.get("place_name_ar") if lang == "ar" else incident.get("place_name")
    span = dates_text(incident.get("first"), incident.get("last"), "en")
    # What an analyst knows an incident by (day, kind, place); the stored id follows, small, for reference.
    heading = [
        html.Span(span or t("unknown", lang), dir="ltr" if span else None, className="date-range"),
        f" · {code_label('type', incident.get('type'), lang)}"
        f" · {_text(place or incident.get('place_name')) or t('unknown_place', lang)} ",
        html.Small(incident_id, dir="ltr", className="incident-id"),
    ]
    in_zone = {True: t("zone_inside", lang), False: t("verdict_outside", lang)}.get(
        agreement.get("in_zone"), t("unknown", lang)
    )
    claims = detail.get("claims") or []
    reports = detail.get("reports") or []
    known = agreement_by_id(agreement["id"]) if agreement.get("id") else None
    zone_note = known.zone_note_for(lang) if known else agreement.get("zone_note")
    return [
        html.H2(heading, className="incident-heading", dir="auto"),
        html.P(who_text(incident.get("perpetrators"), incident.get("targets"), lang), className="incident-who"),
        html.Dl(
            [
                _field(t("agreement", lang), agreement_text(agreement, lang)),
                _field(t("in_zone_label", lang), in_zone),
                _field(t("days_since", lang), agreement.get("days_since")),
                _field(t("phase", lang), phase_text(agreement, incident.get("first"), lang)),
                _field(t("verdict", lang), code_label("violation", agreement.get("violation"), lang)),
                _field(t("reason", lang), agreement.get("reason_ar") if lang == "ar" else agreement.get("reason")),
                _field(t("review_state", lang), code_label("review", incident.get("review_state"), lang)),
            ],
            className="verdict",
        ),
        html.P(_text(zone_note), className="note") if zone_note else None,
        html.H3(t("claims", lang)),
        claims_table(claims, lang),
        html.H3(t("dates_reasoning", lang)),
        date_reasoning(reports, lang),
        html.H3(t("reports", lang)),
        *[report_block(report, claims, lang) for report in reports],
    ]

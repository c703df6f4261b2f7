"""The detail view of one incident, built from the store's rows: claims side by side with their evidence,
the date reasoning of each report, the verdict with the agreement's zone note, the source reports and
the reviews. Read by the dashboard's detail panel and the briefings' most serious incidents.
"""

from __future__ import annotations

from timeline import agreements as agreements_mod


def incident_detail(store, incident_id: str) -> dict:
    """Everything behind one incident (``KeyError`` when there is none): ``incident``, ``agreement`` (with
    ``reason``, ``reason_ar`` and ``zone_note``), ``claims``, ``reports``, ``reviews``."""
    rows = store.incident_rows(incident_id)
    incident, report_rows, claim_rows, span_rows = rows.incident, rows.reports, rows.claims, rows.spans
    mention_rows, relation_rows, review_rows = rows.mentions, rows.relations, rows.reviews
    by_report = {r["id"]: r for r in report_rows}

    def spans(report_id: int, claim_id: int | None) -> list[dict]:
        text = by_report[report_id]["text"]
        return [
            {"start": s["start_char"], "end": s["end_char"], "text": text[s["start_char"] : s["end_char"]]}
            for s in span_rows
            if s["report_id"] == report_id and s["claim_id"] == claim_id
        ]

    claim_list = []
    for c in claim_rows:
        report = by_report[c["report_id"]]
        claim_list.append(
            {
                "outlet": c["outlet"],
                "source": c["source"],
                "source_kind": c["source_kind"],
                "killed": c["killed"],
                "wounded": c["wounded"],
                "captured": c["captured"],
                "vague": c["vague"],
                "of": c["of"],
                "report": report["event_key"],
                "article": report["article_key"],
                "published": report["published"],
                "evidence": spans(c["report_id"], c["id"]),
            }
        )
    report_list = []
    for r in report_rows:
        ev_spans = spans(r["id"], None)
        mentions = [
            {
                "text": m["text"],
                "span": [m["start_char"], m["end_char"]],
                "first": m["first"].isoformat() if m["first"] else None,
                "last": m["last"].isoformat() if m["last"] else None,
                "kind": m["kind"],
                "anchor": m["anchor"],
                "warnings": m["warnings"] or [],
            }
            for m in mention_rows
            if m["article_id"] == r["article_id"]
            and (
                m["text"] == r["date_text"]
                or any(s["start"] <= m["start_char"] and m["end_char"] <= s["end"] for s in ev_spans)
            )
        ]
        report_list.append(
            {
                "report": r["event_key"],
                "article": r["article_key"],
                "uid": r["uid"],
                "title": r["title"],
                "outlet": r["source"],
                "url": r["url"],
                "path": r["path"],
                "published": r["published"],
                "first": r["first"].isoformat() if r["first"] else None,
                "last": r["last"].isoformat() if r["last"] else None,
                "date_text": r["date_text"],
                "date_warnings": r["date_warnings"] or [],
                "dates": mentions,
                "type": r["type"],
                "perpetrators": r["perpetrators"] or [],
                "targets": r["targets"] or [],
                "places": r["places"] or [],
                "evidence": ev_spans,
                "relations": [
                    {"type": x["type"], "report": x["target_event_key"]}
                    for x in relation_rows
                    if x["report_id"] == r["id"]
                ],
                "text": r["text"],
            }
        )
    agreement = agreements_mod.agreement_by_id(incident["agreement"]) if incident["agreement"] else None
    return {
        "incident": incident,
        "agreement": {
            "id": incident["agreement"],
            "name": agreement.name if agreement else None,
            "name_ar": agreement.name_ar if agreement else None,
            "signed": agreement.signed.isoformat() if agreement else None,
            "in_zone": incident["in_zone"],
            "days_since": incident["days_since"],
            "phase": incident["phase"],
            "violation": incident["violation"],
            "reason": incident["violation_reason"],
            "reason_ar": incident["violation_reason_ar"],
            "zone_note": agreement.zone_note if agreement else None,
        },
        "claims": claim_list,
        "reports": report_list,
        "reviews": [dict(r) for r in review_rows],
    }

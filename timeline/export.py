"""Incidents out: ACLED-style CSV, JSON records, GeoJSON.

The CSV follows ACLED's column names so that analysts can put our rows beside ACLED's, plus our own
columns (date interval, low/best/high fatalities, agreement linkage, and ``part_of_toll``: the incident's dead are
part of another exported incident's toll, so a sum of ``fatalities`` must leave them out). ACLED codes the most
conservative fatality figure, so ``fatalities`` is our ``killed_low`` (0 when no figure was claimed,
as in ACLED). ``source_scale`` is left empty: the tool does not know an outlet's reach.
"""

from __future__ import annotations

import csv
import io
import json
import math
from functools import cache
from pathlib import Path

import pandas as pd

from timeline.csvsafe import safe_cell
from timeline.event_types import ACLED_ON_CIVILIANS, event_types
from timeline.paths import DATA_DIR

FACTIONS_FILE = DATA_DIR / "factions.csv"
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
)
OUR_COLUMNS = (
    "first",
    "last",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "agreement",
    "in_zone",
    "violation",
    "days_since",
    "part_of_toll",
)
EXPORT_COLUMNS = ACLED_COLUMNS + OUR_COLUMNS
FORMATS = ("csv", "json", "geojson")


@cache
def faction_labels(path: Path = FACTIONS_FILE) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row["id"]: row["label_en"] for row in csv.DictReader(f)}


def _missing(value) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _text(value) -> str:
    return "" if _missing(value) else str(value)


def _day(value) -> str:
    return "" if _missing(value) else pd.Timestamp(value).date().isoformat()


def _count(value) -> int | float | None:
    """A count of people as a source gave it: a whole number as an int ("6", not "6.0" in the CSV), None if none."""
    if _missing(value):
        return None
    number = float(value)
    return int(number) if number.is_integer() else number


def time_precision(first, last) -> int | None:
    """ACLED's time precision: 1 a day (or a night over two days), 2 within a week, 3 within a month."""
    if _missing(first):
        return None
    days = (pd.Timestamp(last) - pd.Timestamp(first)).days if not _missing(last) else 0
    return 1 if days <= 1 else 2 if days <= 7 else 3


def acled_types(event_type: str, targets) -> tuple[str, str]:
    """ACLED event type and sub-event type for one of our types (``data/event_types.csv``): a direct attack
    whose only targets are civilians is "Violence against civilians"; remote violence on them stays remote."""
    row = event_types().get(event_type)
    if row is None:
        return "", ""
    if row.acled_on_civilians and bool(targets) and set(targets) <= {"civilians"}:
        return ACLED_ON_CIVILIANS
    return row.acled_event_type, row.acled_sub_event_type


def _label(actor: str) -> str:
    return faction_labels().get(actor, actor)


def _notes(row: dict) -> str:
    perpetrators = ", ".join(_label(a) for a in row["perpetrators"]) or "Unknown actors"
    targets = ", ".join(_label(a) for a in row["targets"]) or "unstated targets"
    where = _text(row["place_name"]) or _text(row["admin1"]) or "an unknown place"
    when = (
        _day(row["first"]) if _day(row["first"]) == _day(row["last"]) else f"{_day(row['first'])}/{_day(row['last'])}"
    )
    kind = event_types().label(row["type"], "en") or str(row["type"]).replace("_", " ")
    text = f"On {when or 'an unknown date'}, {perpetrators}: {kind} against {targets} in {where}."
    figures = [
        f"{what} {int(row[f'{what}_low'])}-{int(row[f'{what}_high'])}"
        if row[f"{what}_low"] != row[f"{what}_high"]
        else f"{what} {int(row[f'{what}_low'])}"
        for what in ("killed", "wounded")
        if not _missing(row[f"{what}_low"])
    ]
    if figures:
        sources = f"{row['n_sources']} source" + ("" if row["n_sources"] == 1 else "s")
        text += f" Claimed: {', '.join(figures)} ({sources})."
        if row.get("part_of_toll"):
            text += " These dead are part of a larger toll the same report gives for the area: do not add them to it."
    if not _missing(row["violation_reason"]) and row["violation_reason"]:
        reason = str(row["violation_reason"])  # a clause ("air strike outside the zone ..."): here it opens a sentence
        text += f" {reason[:1].upper()}{reason[1:]}."
    return text


def acled_rows(frame: pd.DataFrame) -> list[dict]:
    """One ACLED-style record per incident (values as plain Python; '' where unknown)."""
    out = []
    for row in frame.to_dict("records"):
        event_type, sub_event_type = acled_types(row["type"], row["targets"])
        perpetrators, targets = list(row["perpetrators"]), [t for t in row["targets"]]
        killed = [_count(row[f"killed_{b}"]) for b in ("low", "best", "high")]
        out.append(
            {
                "event_id_cnty": f"SYR-{row['incident_id']}",
                "event_date": _day(row["first"]),
                "time_precision": time_precision(row["first"], row["last"]),
                "event_type": event_type,
                "sub_event_type": sub_event_type,
                "actor1": _label(perpetrators[0]) if perpetrators else "Unidentified Armed Group",
                "assoc_actor_1": "; ".join(_label(a) for a in perpetrators[1:]),
                "actor2": "; ".join(_label(a) for a in targets),
                "admin1": _text(row["admin1"]),
                "admin2": _text(row["admin2"]),
                "admin3": _text(row["admin3"]),
                "location": _text(row["place_name"]),
                "latitude": None if _missing(row["lat"]) else float(row["lat"]),
                "longitude": None if _missing(row["lon"]) else float(row["lon"]),
                "geo_precision": None if _missing(row["geo_precision"]) else int(row["geo_precision"]),
                "source": "; ".join(row["outlets"]),
                "source_scale": "",
                "notes": _notes(row),
                "fatalities": int(killed[0]) if killed[0] is not None else 0,
                "first": _day(row["first"]),
                "last": _day(row["last"]),
                "fatalities_low": killed[0],
                "fatalities_best": killed[1],
                "fatalities_high": killed[2],
                "agreement": _text(row["agreement"]),
                "in_zone": row["in_zone"],
                "violation": _text(row["violation"]),
                "days_since": None if _missing(row["days_since"]) else int(row["days_since"]),
                "part_of_toll": bool(row.get("part_of_toll", False)),
            }
        )
    return out


def to_csv(frame: pd.DataFrame) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(EXPORT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for record in acled_rows(frame):
        writer.writerow({k: "" if v is None else safe_cell(v) for k, v in record.items()})
    return buffer.getvalue()


def _plain(value):
    if _missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, tuple):
        return list(value)
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    return value


def to_json(frame: pd.DataFrame) -> str:
    """Every incidents-frame column per incident, plus the ACLED fields."""
    records = []
    for row, acled in zip(frame.to_dict("records"), acled_rows(frame), strict=True):
        records.append({**{k: _plain(v) for k, v in row.items()}, "acled": acled})
    return json.dumps(records, ensure_ascii=False, indent=1)


def to_geojson(frame: pd.DataFrame) -> str:
    """A FeatureCollection; incidents without coordinates keep a null geometry (RFC 7946 allows it)."""
    features = []
    for record in acled_rows(frame):
        has_point = record["latitude"] is not None and record["longitude"] is not None
        geometry = {"type": "Point", "coordinates": [record["longitude"], record["latitude"]]} if has_point else None
        features.append({"type": "Feature", "id": record["event_id_cnty"], "geometry": geometry, "properties": record})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)


WRITERS = {"csv": to_csv, "json": to_json, "geojson": to_geojson}


def export(frame: pd.DataFrame, fmt: str) -> str:
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return WRITERS[fmt](frame)

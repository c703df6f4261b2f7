"""Synthetic incidents frames (the columns of ARCHITECTURE.md) for benchmarks of analysis, charts and dashboard.

Invented data: random factions from ``data/factions.csv``, random places from the sub-district
gazetteer, random tolls. Deterministic for a given seed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from timeline.analysis import faction_blocs
from timeline.charts import subdistricts
from timeline.event_types import event_types
from timeline.store import INCIDENT_COLUMNS

EVENT_TYPES = tuple(row.id for row in event_types().rows if row.kind != "unknown")
OUTLETS = ("SANA", "Enab Baladi", "SOHR", "Orient News", "Reuters", "AFP", "Step News", "Al-Watan")
SIGNED = pd.Timestamp("2018-09-17")


def _pick_tuples(rng: np.random.Generator, choices: list[str], n: int, max_len: int) -> list[tuple[str, ...]]:
    lengths = rng.choice(np.arange(1, max_len + 1), size=n, p=_length_weights(max_len))
    picks = rng.integers(0, len(choices), size=(n, max_len))
    return [tuple(dict.fromkeys(choices[i] for i in row[:k])) for row, k in zip(picks, lengths, strict=True)]


def _length_weights(max_len: int) -> np.ndarray:
    weights = 1.0 / 3.0 ** np.arange(max_len)
    return weights / weights.sum()


def synthetic_incidents(n: int = 100_000, seed: int = 0, days: int = 540) -> pd.DataFrame:
    """``n`` invented incidents over ``days`` days starting a month before the Sochi signing."""
    rng = np.random.default_rng(seed)
    factions = [f for f in faction_blocs() if f not in ("civilians", "unknown")]
    places = subdistricts()
    first = pd.Timestamp("2018-08-15") + pd.to_timedelta(rng.integers(0, days, n), unit="D")
    span = rng.choice([0, 0, 0, 1], size=n)
    place_index = rng.integers(0, len(places), n)
    perpetrators = _pick_tuples(rng, factions, n, 3)
    targets = _pick_tuples(rng, [*factions, "civilians"], n, 2)
    killed_low = rng.poisson(1.5, n).astype(float)
    killed_high = killed_low + rng.poisson(1.0, n)
    killed_low[rng.random(n) < 0.3] = np.nan
    killed_high[np.isnan(killed_low)] = np.nan
    wounded = rng.poisson(3, n).astype(float)
    in_zone = rng.choice(np.array([True, False, None], dtype=object), size=n, p=[0.6, 0.3, 0.1])
    after = first >= SIGNED
    violation = np.where(~after, "before", np.where(in_zone == True, "yes", "unclear"))  # noqa: E712
    review = rng.choice(["unreviewed", "confirmed", "rejected", "corrected"], size=n, p=[0.85, 0.1, 0.02, 0.03])
    row_places = places.iloc[place_index].reset_index(drop=True)
    frame = pd.DataFrame(
        {
            "incident_id": [f"syn-{i:06d}" for i in range(n)],
            "first": first,
            "last": first + pd.to_timedelta(span, unit="D"),
            "type": rng.choice(EVENT_TYPES, size=n),
            "perpetrators": perpetrators,
            "targets": targets,
            "actor1": [p[0] for p in perpetrators],
            "bloc1": [faction_blocs()[p[0]] for p in perpetrators],
            "place_name": row_places["subdistrict_en"],
            "place_name_ar": row_places["subdistrict_ar"],
            "admin1": row_places["governorate_en"],
            "admin2": row_places["district_en"],
            "admin3": row_places["subdistrict_en"],
            "pcode": row_places["ocha_pcode"],
            "lat": row_places["centroid_lat"],
            "lon": row_places["centroid_lon"],
            "geo_precision": pd.array(np.full(n, 2), dtype="Int64"),
            "killed_low": killed_low,
            "killed_best": killed_low,
            "killed_high": killed_high,
            "wounded_low": wounded,
            "wounded_best": wounded,
            "wounded_high": wounded + rng.poisson(1.0, n),
            "n_claims": rng.integers(1, 4, n),
            "n_sources": rng.integers(1, 3, n),
            "n_reports": rng.integers(1, 4, n),
            "outlets": _pick_tuples(rng, list(OUTLETS), n, 3),
            "agreement": np.where(after, "sochi-2018", None),
            "in_zone": in_zone,
            "violation": violation,
            "violation_reason": "synthetic",
            "violation_reason_ar": "مولّد",
            "days_since": pd.array((first - SIGNED).days, dtype="Int64"),
            "phase": "synthetic",
            "review_state": review,
            "date_warnings": rng.choice([0, 0, 0, 1], size=n),
            "part_of_toll": np.zeros(n, dtype=bool),
        }
    )
    return frame


if __name__ == "__main__":
    print(synthetic_incidents(10).T)


def incident_records(frame: pd.DataFrame) -> list[dict]:
    """The frame's incidents as rows of the store's ``incidents`` table (lists, dates, None for NaN)."""
    records = []
    for row in frame[list(INCIDENT_COLUMNS)].to_dict("records"):
        for key, value in row.items():
            if isinstance(value, tuple):
                row[key] = list(value)
            elif hasattr(value, "date") and key in ("first", "last"):
                row[key] = value.date()
            elif value is None or value != value:  # NaN and NA
                row[key] = None
            elif hasattr(value, "item"):
                row[key] = value.item()
        records.append(row)
    return records

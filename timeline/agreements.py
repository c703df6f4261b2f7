"""Link an incident to the agreement in force on its date: zone, days since signing, phase, verdict.

The agreements are rows of ``data/agreements.yaml``; nothing about a particular agreement lives here.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from timeline.paths import DATA_DIR

AGREEMENTS_FILE = DATA_DIR / "agreements.yaml"


@dataclass(frozen=True)
class Zone:
    """Where an agreement's ceasefire applies: whole governorates plus listed sub-districts."""

    governorates: frozenset[str]
    subdistricts: frozenset[str]
    partly_in: frozenset[str]

    def contains(self, pcode: str | None, admin1: str | None) -> bool | None:
        """True / False, or None when the place is too coarse to tell."""
        gov = _norm_admin1(admin1)
        if gov in self.governorates:
            return True
        code = (pcode or "").strip().upper()
        if len(code) >= 8:
            return code[:8] in self.subdistricts
        if code:  # a district or governorate P-code: unknown if some of its sub-districts are listed
            return None if any(s.startswith(code) for s in self.subdistricts) else False
        if gov is None or gov in self.partly_in:
            return None
        return False


@dataclass(frozen=True)
class Milestone:
    date: dt.date
    label: str


@dataclass(frozen=True)
class Agreement:
    id: str
    name: str
    short: str
    name_ar: str
    signed: dt.date
    parties: tuple[str, ...]
    start: dt.date
    until: dt.date | None
    judged: bool
    zone: Zone
    zone_note: str
    milestones: tuple[Milestone, ...]

    def in_force_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.until is None or day < self.until)

    def phase_on(self, day: dt.date) -> str | None:
        """The label of the last milestone on or before ``day``."""
        label = None
        for m in self.milestones:
            if m.date <= day:
                label = m.label
        return label


def _norm_admin1(admin1: str | None) -> str | None:
    return admin1.strip().casefold() if admin1 and admin1.strip() else None


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _read_pcodes(path: Path) -> set[str]:
    if not path.exists():
        raise FileNotFoundError(f"{AGREEMENTS_FILE}: zone file {path} does not exist")
    with path.open(encoding="utf-8", newline="") as f:
        return {row["pcode"].strip().upper() for row in csv.DictReader(f) if (row.get("pcode") or "").strip()}


def _zone(spec: dict, data_dir: Path) -> Zone:
    subdistricts = {p.strip().upper() for p in spec.get("subdistricts", [])}
    if spec.get("subdistricts_file"):
        subdistricts |= _read_pcodes(data_dir / spec["subdistricts_file"])
    return Zone(
        governorates=frozenset(_norm_admin1(g) for g in spec.get("governorates", [])),
        subdistricts=frozenset(subdistricts),
        partly_in=frozenset(_norm_admin1(g) for g in spec.get("partly_in", [])),
    )


def parse_agreements(rows: list[dict], data_dir: Path = DATA_DIR) -> tuple[Agreement, ...]:
    """Agreements from the YAML rows, sorted by the day they come into force."""
    agreements = []
    for row in rows:
        in_force = row.get("in_force") or {}
        agreements.append(
            Agreement(
                id=row["id"],
                name=row["name"],
                short=row.get("short", row["name"]),
                name_ar=row.get("name_ar", ""),
                signed=_as_date(row["signed"]),
                parties=tuple(row.get("parties", [])),
                start=_as_date(in_force.get("from", row["signed"])),
                until=_as_date(in_force["until"]) if in_force.get("until") else None,
                judged=bool(row.get("judged", True)),
                zone=_zone(row.get("zone") or {}, data_dir),
                zone_note=" ".join(str(row.get("zone_note", "")).split()),
                milestones=tuple(
                    sorted(
                        (Milestone(_as_date(m["date"]), m["label"]) for m in row.get("milestones", [])),
                        key=lambda m: m.date,
                    )
                ),
            )
        )
    return tuple(sorted(agreements, key=lambda a: a.start))


@cache
def load_agreements(path: Path = AGREEMENTS_FILE) -> tuple[Agreement, ...]:
    """The agreements of ``data/agreements.yaml`` (read once per process)."""
    with path.open(encoding="utf-8") as f:
        doc = yaml.safe_load(f) or {}
    return parse_agreements(doc.get("agreements", []), path.parent)


@cache
def type_words(path: Path = AGREEMENTS_FILE) -> dict[str, str]:
    """How the one-line reasons name each incident type (``type_words`` in the agreements file)."""
    with path.open(encoding="utf-8") as f:
        return dict((yaml.safe_load(f) or {}).get("type_words") or {})


def agreement_by_id(agreement_id: str) -> Agreement | None:
    return next((a for a in load_agreements() if a.id == agreement_id), None)


def agreement_in_force(day: dt.date, agreements: tuple[Agreement, ...] | None = None) -> Agreement | None:
    return next((a for a in (agreements or load_agreements()) if a.in_force_on(day)), None)


def _place_words(pcode: str | None, admin1: str | None) -> str:
    if pcode:
        return f"sub-district {pcode}"
    if admin1:
        return f"{admin1} governorate"
    return "an unknown place"


def link_incident(
    first,
    last,
    pcode: str | None,
    admin1: str | None,
    event_type: str | None,
    agreements: tuple[Agreement, ...] | None = None,
) -> dict:
    """Which agreement was in force, whether the place is in its zone, and the violation verdict.

    ``violation`` is "before" for incidents that predate the first judged agreement, "yes" for a hostile
    act inside the zone, "no" outside it, "unclear" when the date, the place or the act is too vague.
    """
    agreements = agreements if agreements is not None else load_agreements()
    what = type_words().get(event_type or "other", str(event_type or "incident").replace("_", " "))
    result = {"id": None, "in_zone": None, "days_since": None, "phase": None, "violation": "unclear", "reason": ""}
    if first is None:
        result["reason"] = f"{what} with no date: cannot tell which agreement applies"
        return result
    first = _as_date(first)
    last = _as_date(last) if last is not None else first
    agreement = agreement_in_force(first, agreements)
    judged = [a for a in agreements if a.judged]
    if agreement is None or not agreement.judged:
        upcoming = next((a for a in judged if a.signed > first), None)
        if agreement is not None:
            result.update(id=agreement.id, days_since=(first - agreement.signed).days, phase=agreement.phase_on(first))
            result["in_zone"] = agreement.zone.contains(pcode, admin1)
        if upcoming is None:
            result["reason"] = f"{what} on {first.isoformat()}: no agreement in force"
            return result
        if last >= upcoming.signed:
            result["reason"] = (
                f"{what} dated {first.isoformat()} to {last.isoformat()} straddles the signing of the "
                f"{upcoming.short} ({upcoming.signed.isoformat()})"
            )
            return result
        days = (upcoming.signed - first).days
        result["violation"] = "before"
        result["reason"] = f"{what} {days} days before the {upcoming.short} ({upcoming.signed.isoformat()})"
        if agreement is not None:
            result["reason"] += f", under the {agreement.short}"
        return result
    days = (first - agreement.signed).days
    in_zone = agreement.zone.contains(pcode, admin1)
    result.update(id=agreement.id, in_zone=in_zone, days_since=days, phase=agreement.phase_on(first))
    after = f"{days} days after the {agreement.short}"
    where = _place_words(pcode, admin1)
    if in_zone is None:
        result["reason"] = f"{what} in {where}: not precise enough to tell whether it is inside the zone ({after})"
    elif not in_zone:
        result["violation"] = "no"
        result["reason"] = f"{what} outside the zone, in {where}, {after}"
    elif event_type in (None, "", "other"):
        result["reason"] = f"an incident of unclear kind inside the zone {after}"
    else:
        result["violation"] = "yes"
        result["reason"] = f"{what} inside the zone {after}"
    return result

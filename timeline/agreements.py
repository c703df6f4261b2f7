"""Link an incident to the agreement in force on its date: zone, days since signing, phase, verdict.

The agreements are rows of ``data/agreements.yaml``; nothing about a particular agreement lives here.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from timeline.event_types import event_types
from timeline.labels import plural_form
from timeline.paths import DATA_DIR
from timeline.places import places, subdistrict

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


LANGS = ("en", "ar")


@dataclass(frozen=True)
class Milestone:
    date: dt.date
    label: str
    label_ar: str = ""

    def label_for(self, lang: str = "en") -> str:
        """The label in ``lang`` ("en" or "ar"); the English one when no Arabic label is given."""
        return self.label_ar if lang == "ar" and self.label_ar else self.label


@dataclass(frozen=True)
class Agreement:
    id: str
    name: str
    short: str
    name_ar: str
    short_ar: str
    signed: dt.date
    parties: tuple[str, ...]
    start: dt.date
    until: dt.date | None
    judged: bool
    zone: Zone
    zone_note: str
    milestones: tuple[Milestone, ...]
    zone_note_ar: str = ""
    ceasefire_area: Zone | None = None
    """Where the ceasefire holds beyond the approximated zone (the whole de-escalation area), if wider."""
    start_time: dt.time | None = None
    """The hour on ``start`` the agreement took effect (``in_force.at``), when the sources give it."""
    time_zone: str = ""
    """The IANA zone of ``start_time`` (``in_force.time_zone``)."""

    @property
    def takes_effect(self) -> dt.datetime | None:
        """The moment the agreement took effect, when its hour is known."""
        if self.start_time is None:
            return None
        return dt.datetime.combine(self.start, self.start_time, tzinfo=ZoneInfo(self.time_zone))

    def name_for(self, lang: str = "en") -> str:
        return self.name_ar if lang == "ar" and self.name_ar else self.name

    def zone_note_for(self, lang: str = "en") -> str:
        return self.zone_note_ar if lang == "ar" and self.zone_note_ar else self.zone_note

    def short_for(self, lang: str = "en") -> str:
        return self.short_ar if lang == "ar" and self.short_ar else self.short

    def in_force_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.until is None or day < self.until)

    def milestone_on(self, day: dt.date) -> Milestone | None:
        """The last milestone on or before ``day`` (it starts the phase ``day`` falls in)."""
        found = None
        for m in self.milestones:
            if m.date <= day:
                found = m
        return found

    def phase_on(self, day: dt.date) -> str | None:
        """The label of the last milestone on or before ``day``."""
        milestone = self.milestone_on(day)
        return milestone.label if milestone else None


def _norm_admin1(admin1: str | None) -> str | None:
    return admin1.strip().casefold() if admin1 and admin1.strip() else None


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _start_time(agreement_id: str, in_force: dict) -> tuple[dt.time | None, str]:
    """``in_force.at`` ("HH:MM", quoted: YAML reads a bare 00:01 as a number) and ``in_force.time_zone``."""
    at, zone = in_force.get("at"), in_force.get("time_zone") or ""
    if at is None:
        return None, ""
    try:
        start_time = dt.time.fromisoformat(at) if isinstance(at, str) else None
        ZoneInfo(zone)
    except (ValueError, ZoneInfoNotFoundError):
        start_time = None
    if start_time is None:
        raise ValueError(
            f'{AGREEMENTS_FILE}: agreement {agreement_id!r}: in_force.at must be a quoted "HH:MM" with an IANA '
            f"in_force.time_zone, not at={at!r}, time_zone={zone!r}"
        )
    return start_time, zone


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
        start_time, time_zone = _start_time(row["id"], in_force)
        agreements.append(
            Agreement(
                id=row["id"],
                name=row["name"],
                short=row.get("short", row["name"]),
                name_ar=row.get("name_ar", ""),
                short_ar=row.get("short_ar", ""),
                signed=_as_date(row["signed"]),
                parties=tuple(row.get("parties", [])),
                start=_as_date(in_force.get("from", row["signed"])),
                until=_as_date(in_force["until"]) if in_force.get("until") else None,
                judged=bool(row.get("judged", True)),
                zone=_zone(row.get("zone") or {}, data_dir),
                zone_note=" ".join(str(row.get("zone_note", "")).split()),
                zone_note_ar=" ".join(str(row.get("zone_note_ar", "")).split()),
                ceasefire_area=_zone(row["ceasefire_area"], data_dir) if row.get("ceasefire_area") else None,
                start_time=start_time,
                time_zone=time_zone,
                milestones=tuple(
                    sorted(
                        (
                            Milestone(_as_date(m["date"]), m["label"], m.get("label_ar", ""))
                            for m in row.get("milestones", [])
                        ),
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
def _wording(path: Path = AGREEMENTS_FILE) -> dict:
    with path.open(encoding="utf-8") as f:
        doc = yaml.safe_load(f) or {}
    return {"reasons": doc.get("reasons") or {}}


def reason_phrases(lang: str = "en", path: Path = AGREEMENTS_FILE) -> dict:
    """The reason templates of ``lang`` (``reasons`` in the agreements file)."""
    phrases = _wording(path)["reasons"]
    if lang not in phrases:
        raise KeyError(f"{path}: no reason templates for language {lang!r}")
    return phrases[lang]


def verdict_reason(kind: str, lang: str, **facts) -> str:
    """One reason sentence: the ``kind`` template of ``lang`` filled with ``facts``.

    Facts that differ by language are given as a function of the language (type words, agreement names,
    places); the others are plain values.
    """
    phrases = reason_phrases(lang)
    values = {name: value(lang) if callable(value) else value for name, value in facts.items()}
    if isinstance(values.get("days"), int):
        count = values["days"]
        forms = phrases["days"]
        values["days"] = forms.get(plural_form(count, lang), forms["other"]).format(n=count)
    return phrases[kind].format(**values)


def agreement_by_id(agreement_id: str) -> Agreement | None:
    return next((a for a in load_agreements() if a.id == agreement_id), None)


def judged_from(day, agreements: tuple[Agreement, ...] | None = None) -> Agreement | None:
    """The first judged agreement taking effect on or after ``day``: the one an incident of that day judged "before"
    came before (the agreement column names the one in force then, a context-only agreement such as Astana)."""
    day = _as_date(day)
    return next((a for a in (agreements or load_agreements()) if a.judged and a.start >= day), None)


def agreement_in_force(day: dt.date, agreements: tuple[Agreement, ...] | None = None) -> Agreement | None:
    return next((a for a in (agreements or load_agreements()) if a.in_force_on(day)), None)


@cache
def _governorates_ar() -> dict[str, str]:
    """Arabic governorate names by their English name, from the gazetteer."""
    return {p.admin1: p.name_ar for p in places() if p.kind == "governorate"}


def _place_words(pcode: str | None, admin1: str | None, lang: str, unlocated: str | None = None) -> str:
    """The place of a reason, named in the reason's language (the P-code kept for the analyst); ``unlocated``
    is an analyst's place the gazetteer lacks, named so the reason says why its zone is unknown."""
    phrases = reason_phrases(lang)
    if pcode:
        unit = subdistrict(pcode)
        name = (unit.name_ar if lang == "ar" else unit.name_en) if unit else pcode
        return phrases["place_subdistrict"].format(pcode=pcode, name=name)
    if admin1:
        name = _governorates_ar().get(admin1, admin1) if lang == "ar" else admin1
        return phrases["place_governorate"].format(admin1=name)
    if unlocated:
        return phrases["place_unlocated"].format(name=unlocated)
    return phrases["place_unknown"]


def _what(event_type: str | None, lang: str) -> str:
    """How a reason names an incident of ``event_type`` (``verdict_en`` / ``verdict_ar`` of
    ``data/event_types.csv``); none is the unknown kind's word."""
    types = event_types()
    row = types.get(event_type or types.unknown)
    return row.verdict_word(lang) if row else str(event_type).replace("_", " ")


def link_incident(
    first,
    last,
    pcode: str | None,
    admin1: str | None,
    event_type: str | None,
    agreements: tuple[Agreement, ...] | None = None,
    relative: str | None = None,
    unlocated: str | None = None,
) -> dict:
    """Which agreement was in force, whether the place is in its zone, and the violation verdict.

    ``violation`` is "before" for incidents before the first judged agreement took effect (its
    ``in_force.from``, which may come after the signing; ``id`` is then the agreement in force, else the one
    the incident came before, never empty beside a verdict of "before"), "yes" for a hostile act inside the zone or, outside
    the approximated zone, inside the agreement's ``ceasefire_area``; "outside" (outside the approximated
    zone) elsewhere ("no", not a violation, is an analyst's verdict only); "unclear" when the date, the place or the act is too
    vague. ``days_since`` counts from the day the agreement took effect. ``reason`` and ``reason_ar`` say
    why in one line, in English and Arabic.

    ``relative`` is "before" when the report puts the incident before an agreement took effect ("hours
    before the truce took effect", ``timeline.entry_into_force``): an incident dated on (or spanning) the
    day a judged agreement took effect is then judged at the eve of that day, under the agreement in force
    then ("before" when none is judged), and the reason names the moment the agreement took effect;
    ``latest_day``, when given, is the last day such an incident can be on (see ``_before_taking_effect``).
    ``relative`` "after" judges an incident spanning that day (a night across it) from the day itself, and
    ``earliest_day`` says so. ``unlocated`` names a place an analyst gave that the gazetteer lacks (no P-code, no
    governorate): the reason names it as such.
    """
    agreements = agreements if agreements is not None else load_agreements()
    result = {"id": None, "in_zone": None, "days_since": None, "phase": None, "violation": "unclear"}
    facts: dict = {"what": lambda lang: _what(event_type, lang)}

    def done(kind: str) -> dict:
        result.update(_reasons(kind, facts, unlocated))
        return result

    if first is None:
        return done("undated")
    first = _as_date(first)
    last = _as_date(last) if last is not None else first
    facts.update(first=first.isoformat(), last=last.isoformat())
    taking_effect = next((a for a in agreements if a.judged and first <= a.start <= last), None)
    if relative == "before" and taking_effect is not None:
        return _before_taking_effect(taking_effect, pcode, admin1, event_type, agreements, unlocated)
    if relative == "after" and taking_effect is not None and first < taking_effect.start:  # "ليل 5-6 آذار", after
        after = link_incident(taking_effect.start, last, pcode, admin1, event_type, agreements, unlocated=unlocated)
        return after | {"earliest_day": taking_effect.start}
    agreement = agreement_in_force(first, agreements)
    judged = [a for a in agreements if a.judged]
    if agreement is None or not agreement.judged:
        upcoming = next((a for a in judged if a.start > first), None)
        if agreement is not None:
            result.update(id=agreement.id, days_since=(first - agreement.start).days, phase=agreement.phase_on(first))
            result["in_zone"] = agreement.zone.contains(pcode, admin1)
            facts["agreement"] = agreement.short_for
        if upcoming is None:
            return done("no_agreement")
        facts.update(
            upcoming=upcoming.short_for,
            signed=upcoming.signed.isoformat(),
            effective=upcoming.start.isoformat(),
            days=(upcoming.start - first).days,
        )
        if last >= upcoming.start:
            return done("straddles")
        result["violation"] = "before"
        if agreement is None:  # the verdict names the agreement it is before: the agreement column says which
            result["id"] = upcoming.id
        return done("before_under" if agreement is not None else "before")
    days = (first - agreement.start).days
    in_zone = agreement.zone.contains(pcode, admin1)
    in_area = agreement.ceasefire_area.contains(pcode, admin1) if agreement.ceasefire_area else None
    result.update(id=agreement.id, in_zone=in_zone, days_since=days, phase=agreement.phase_on(first))
    facts.update(
        days=days, agreement=agreement.short_for, where=lambda lang: _place_words(pcode, admin1, lang, unlocated)
    )
    after = "after_same_day" if days == 0 else "after"  # "on the day it took effect", not "0 days after"
    facts["after"] = lambda lang: verdict_reason(after, lang, days=days, agreement=agreement.short_for)
    if not in_zone and in_area:  # outside the approximated zone (or not known to be in it), in the ceasefire's area
        if not event_type or event_types().is_unknown(event_type):
            return done("unclear_kind_area")
        result["violation"] = "yes"
        return done("outside_in_area" if in_zone is False else "in_area")
    if in_zone is None:
        return done("imprecise")
    if not in_zone:
        result["violation"] = "outside"
        return done("outside")
    if not event_type or event_types().is_unknown(event_type):
        return done("unclear_kind")
    result["violation"] = "yes"
    return done("inside")


def _effective_at(agreement: Agreement, lang: str) -> str:
    """When ``agreement`` took effect, in ``lang``: the day and, when known, the hour and its zone."""
    phrases = reason_phrases(lang)
    if agreement.start_time is None:
        return phrases["effective_day"].format(day=agreement.start.isoformat())
    return phrases["effective_at"].format(
        day=agreement.start.isoformat(),
        time=agreement.start_time.strftime("%H:%M"),
        time_zone=(phrases.get("time_zones") or {}).get(agreement.time_zone, agreement.time_zone),
    )


def _before_taking_effect(
    agreement: Agreement,
    pcode: str | None,
    admin1: str | None,
    event_type: str | None,
    agreements: tuple,
    unlocated: str | None = None,
) -> dict:
    """The linkage of an incident the report puts before ``agreement`` took effect: judged on the eve.

    When the agreement took effect in the first hour of its day (the Moscow protocol at 00:01), what came
    "hours before" it came the day before: ``latest_day`` (the eve) is then the last day the incident can be on.
    """
    eve = agreement.start - dt.timedelta(days=1)
    moved = {"latest_day": eve} if agreement.start_time is not None and agreement.start_time.hour == 0 else {}
    earlier = agreement_in_force(eve, agreements)
    facts = {
        "what": lambda lang: _what(event_type, lang),
        "upcoming": agreement.short_for,
        "effective_at": lambda lang: _effective_at(agreement, lang),
    }
    if earlier is not None and earlier.judged:
        result = link_incident(eve, eve, pcode, admin1, event_type, agreements, unlocated=unlocated)
        for lang, key in zip(LANGS, ("reason", "reason_ar"), strict=True):
            result[key] = verdict_reason("before_effect_judged", lang, reason=result[key], **facts)
        return result | moved
    result = {"id": agreement.id, "in_zone": None, "days_since": None, "phase": None, "violation": "before"}
    if earlier is not None:
        result.update(
            id=earlier.id,
            in_zone=earlier.zone.contains(pcode, admin1),
            days_since=(eve - earlier.start).days,
            phase=earlier.phase_on(eve),
        )
        facts["agreement"] = earlier.short_for
    result.update(_reasons("before_effect_under" if earlier is not None else "before_effect", facts, unlocated))
    return result | moved


def _reasons(kind: str, facts: dict, unlocated: str | None) -> dict[str, str]:
    """``reason`` and ``reason_ar``: the ``kind`` template filled with ``facts``; a reason whose template names no
    place still says so of an analyst's place the gazetteer lacks (``unlocated``): why its zone is not known."""
    out = {}
    for lang, key in zip(LANGS, ("reason", "reason_ar"), strict=True):
        reason = verdict_reason(kind, lang, **facts)
        if unlocated and "{where}" not in reason_phrases(lang)[kind]:
            reason = verdict_reason("unlocated", lang, reason=reason, where=_place_words(None, None, lang, unlocated))
        out[key] = reason
    return out


def override_reasons(verdict: str, analyst: str | None, note: str | None, computed: dict) -> dict[str, str]:
    """The reasons (``reason``, ``reason_ar``) of a verdict set by an analyst, citing the computed one."""
    out = {}
    for lang, key in zip(LANGS, ("reason", "reason_ar"), strict=True):
        phrases = reason_phrases(lang)
        who = phrases["analyst_named"].format(analyst=analyst) if analyst else phrases["analyst_unnamed"]
        words = phrases.get("verdicts") or {}
        out[key] = phrases["override"].format(
            verdict=words.get(verdict, verdict),
            who=who,
            why=f": {note}" if note else "",
            computed=words.get(computed["violation"], computed["violation"]),
            reason=computed[key],
        )
    return out

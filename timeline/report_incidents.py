"""Incidents of one report: clause frames clustered across the whole document.

A report tells one strike several times: in its lead, in a quote, with its toll, in an aftermath
paragraph. ``timeline.events`` turns each clause with an incident word into a ``Frame`` and joins a
frame to the incident told just before it; this module then clusters the incidents of the whole
document, so a fragment told paragraphs apart still lands on its incident (same day, same
settlement or none, compatible perpetrators and type; a frame with no place or no perpetrator joins
the incident it elaborates), and splits a round-up of several towns ("قصفت … بلدات X وY وZ") into
one incident per town, as annotators and analysts count them.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.cuewords import cue_words
from timeline.dates import DateMention
from timeline.event_types import EventTypes
from timeline.factions import FactionTables
from timeline.frozen import freeze_fields
from timeline.incident_places import Place
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR
from timeline.sentences import Clause

if TYPE_CHECKING:
    from timeline.reference import Reference

# A pair of towns in one clause is one barrage with two places; a list of three or more is a round-up of
# separate incidents (one per town), as is a pair named as some of several ("بلدات عدة، منها X وY").
ROUND_UP_MIN = 3
GENERIC_OPPOSITION = "opposition-unspecified"
# The classes of cue words in data/lexicon/report_words.csv, each read by the patterns below.
CUE_CLASSES = frozenset({"between", "list_noun", "list_noun_en", "plural_list_noun", "respectively", "some_of_intro"})


@dataclass(frozen=True, eq=False)
class ReportTables:
    """The report clustering's own table (``ReportTables.build``), held by the ``timeline.reference.Reference``."""

    air_force_blocs: frozenset[str]  # the blocs with an air force
    list_gap: re.Pattern  # what may stand between two settlements of one list: "X وY", "X وبلدة Y", "X and Y"
    between: re.Pattern  # "بين X وY", "between X and Y": a road or a front between two places is one place
    some_of: re.Pattern  # "بلدات عدة، منها", "قرى في الريف هي": the towns named next are some of several
    respectively: re.Pattern  # "respectively", "على التوالي": the towns listed take the days listed, in order

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR) -> ReportTables:
        """From ``data/lexicon/air_forces.csv`` and ``report_words.csv``."""
        with open(data_dir / "lexicon" / "air_forces.csv", encoding="utf-8") as fh:
            air_force_blocs = frozenset(r["bloc"] for r in csv.DictReader(fh))
        _w = cue_words("report_words.csv", CUE_CLASSES, directory=data_dir / "lexicon").pattern
        # (a count in brackets after each town, its strikes or shells, may stand before the comma: "X (9), Y (6)")
        list_gap = re.compile(
            rf"\s*(?:\d+\s*)?(?:[،,]\s*)?(?:و\s*)?(?:(?:ال)?{_w('list_noun')}\s+){{0,2}}"
            rf"|\s*(?:\d+\s*)?,?\s*(?:and\s+)?(?:the\s+)?(?:{_w('list_noun_en')}\s+of\s+)?",
        )
        some_of = re.compile(
            rf"(?<!\w)(?:ال)?{_w('plural_list_noun')}(?:\s+[^\s.،,]+){{0,8}}?\s*[،,]?\s+{_w('some_of_intro')}\s+$"
        )
        between = re.compile(rf"{_w('between')}\s+(?:\S+\s+){{0,2}}$")
        return cls(air_force_blocs, list_gap, between, some_of, re.compile(rf"(?<!\w){_w('respectively')}(?!\w)"))


def _given(reference: Reference | None) -> Reference:
    """``reference``, else the default one (for callers that pass none)."""
    if reference is None:
        from timeline.reference import default_reference  # imported here: the reference imports this module

        return default_reference()
    return reference


def means(event_type: str | None, types: EventTypes | None = None) -> str | None:
    """How a type's harm is done (``data/event_types.csv``, or ``types``): "remote" (shelling, air strikes) or
    "ground" (fighting, explosions); incidents of one means can be one incident told with two words (an attack
    retold as an infiltration), of two means not (one side's shelling and its ground attack on one day)."""
    return (types or _given(None).event_types).means(event_type)


@dataclass
class Frame:
    """One clause's incident (a trigger with its roles, place, date and figures) before clustering."""

    clause: Clause
    event_type: str
    perpetrators: list[str]
    targets: list[str]
    places: list[Place]
    date: DateMention | None
    date_warnings: list[str]
    claims: list[dict]
    evidence: list[tuple[int, int]]
    weak: bool
    responds: bool
    reference: bool
    carried: bool = False  # the date was carried over from an earlier clause
    generic: bool = False  # only a generic word ("استهدف") names the incident
    answers: frozenset | set = frozenset()  # places of the incident it answers ("رداً على قصف X")
    origins: list = field(default_factory=list)  # places the fire came from ("المتحصنين في X")
    retold: bool = False  # "وتركز القصف على …", "the strikes killed …": names the incident just told
    day_retold: bool = False  # "Friday's shelling was retaliation …": names the incident told of that day
    denied: bool = False  # told in a sentence of denial ("Moscow denied targeting civilians and said its jets hit …")
    towns: list[Place] = field(default_factory=list)  # the settlements of a round-up ("بلدات X وY")
    gapped: bool = False  # "…، و9 آخرين يوم الجمعة": a toll, its verb left out, on a day of its own
    unclaimed: bool = False  # "no group claimed responsibility": no shooter is lent to it from the report
    elsewhere: bool = False  # "…وسقط 4 قتلى آخرون في قرى أخرى بالريف": the same day's toll at other places
    respective: bool = False  # its towns take its listed days in order ("on 19 and 20 May, A and B, respectively")


def point_names(places: list[Place]) -> set[str]:
    """The settlements among places (no region, no neighbourhood, none that only locates the site hit), by name;
    the Arabic name too, so that a sub-district named after its seat ("ناحية X") is the town X."""
    points = [p for p in places if (p.precision or 1) < 3 and p.kind != "neighbourhood" and not p.nearby]
    return {(p.name or p.text) for p in points} | {p.name_ar for p in points if p.name_ar}


def same_settlement(a: set[str], b: set[str]) -> bool:
    """True when two sets of settlement names share one; a name is the same as a longer one it begins
    ("السوسة" and "السوسة السورية": a cue word's name may run one word too far)."""
    for x in a:
        for y in b:
            short, long_ = sorted((x.split(), y.split()), key=len)
            if long_[: len(short)] == short:
                return True
    return False


# The warning of a frame the text does not date: it will be dated with the publication day.
PUBLICATION_ASSUMED = "no date in the text: the publication day is assumed"


def day_range(frame: Frame, undated: tuple[dt.date, dt.date] | None = None) -> tuple[dt.date, dt.date] | None:
    """The frame's days; for a frame the text neither dates nor places (a headline's toll), ``undated`` (the
    days a report's news covers), else None."""
    if frame.date is None or frame.date.first is None:
        return undated if frame.date_warnings == [PUBLICATION_ASSUMED] and not point_names(frame.places) else None
    return frame.date.first, frame.date.last or frame.date.first


def told_in_passing(frame: Frame) -> tuple[dt.date, dt.date] | None:
    """The year of an incident the report dates only by its year ("the rounds of infighting in 2017"): an
    earlier incident cited in passing, never the same as one told by its day."""
    date = frame.date
    if date is None or frame.carried or date.granularity != "year" or date.first is None:
        return None
    return date.first, date.last or date.first


def month_summary(frame: Frame) -> bool:
    """True for a frame the text dates by a whole month only and that gives no figure ("تعرضت المدينة خلال تشرين
    الثاني لأعنف حملة قصف"): a period's fire summed up."""
    date = frame.date
    return (
        date is not None
        and not frame.carried
        and date.granularity == "month"
        and not any(has_figure(c) for c in frame.claims)
    )


def apart_from_month_summary(a: Frame, b: Frame) -> bool:
    """True when one frame sums a month's fire up (``month_summary``) and the other tells an incident on one of its
    days at a place the summary does not name (a quarter or a village of its city or region): one of the month's
    many incidents, not the summary told again with its day."""
    summary, day = (a, b) if month_summary(a) else (b, a)
    if not month_summary(summary) or day.date is None or day.date.granularity not in ("day", "night"):
        return False
    return bool({p.name or p.text for p in day.places} - {p.name or p.text for p in summary.places})


def unclaimed_apart(a: Frame, b: Frame) -> bool:
    """True when one frame tells an incident its report says no one is known to have done ("من دون أن تحدد الجهة
    المسؤولة") and the other fire of another kind by named shooters: two incidents, not the first told again."""
    unclaimed, other = (a, b) if a.unclaimed else (b, a)
    return unclaimed.unclaimed and bool(other.perpetrators) and unclaimed.event_type != other.event_type


def news_days(published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days an undated incident of a report may be on: a wire tells the news of its day or the day
    before ("21 killed in air strikes" in a headline, "on Sunday" in the body)."""
    if published is None:
        return None
    return published - dt.timedelta(days=1), published


def blocs(perpetrators: list[str], factions: FactionTables | None = None) -> set[str]:
    factions = factions or _given(None).factions
    return {factions.bloc(p) for p in perpetrators}


def perpetrators_compatible(a: list[str], b: list[str], factions: FactionTables | None = None) -> bool:
    """True when one side is unnamed, a name is shared, or a generic "opposition" stands for named rebels."""
    if not a or not b or set(a) & set(b):
        return True
    factions = factions or _given(None).factions
    for x, y in ((a, b), (b, a)):
        if x == [GENERIC_OPPOSITION] and all(factions.bloc(p) in ("opposition", "jihadist") for p in y):
            return True
    return False


def round_up_towns(flat: str, places: list[Place], tables: ReportTables | None = None) -> list[Place]:
    """The settlements a clause lists as a round-up, each once: three or more together ("بلدات X وY وZ"), or two
    named as some of several ("قرى عدة، منها X وY"); else []. Places "between X and Y" make no list
    (``tables``: the reference's)."""
    tables = tables or _given(None).report
    best, names = _listed_towns(flat, places, tables)
    if not names:
        return []
    if len(names) < ROUND_UP_MIN and not tables.some_of.search(flat, max(0, best[0].start - 80), best[0].start):
        return []
    return list(names.values())


def respective_towns(flat: str, start: int, end: int, places: list[Place], tables: ReportTables) -> list[Place]:
    """The settlements of the clause flat[start:end] that it pairs with its days "respectively" ("on 19 and 20
    September, A and B came under fire, respectively"): its list of two or more, each once; else []."""
    if not tables.respectively.search(flat, start, end):
        return []
    return list(_listed_towns(flat, [p for p in places if start <= p.start < end], tables)[1].values())


def _listed_towns(flat: str, places: list[Place], tables: ReportTables) -> tuple[list[Place], dict[str, Place]]:
    """The longest list of settlements among ``places`` (its places, and each name once with its first place);
    ([], {}) when it names fewer than two or they are "between X and Y"."""
    points = sorted(
        (p for p in places if (p.precision or 1) < 3 and not p.text.isdigit()),
        key=lambda p: p.start,
    )
    best: list[Place] = []
    run: list[Place] = []
    for p in points:
        if run and tables.list_gap.fullmatch(flat, run[-1].end, p.start):
            run.append(p)
        else:
            run = [p]
        if len(run) > len(best):
            best = list(run)
    names: dict[str, Place] = {}
    for p in best:
        names.setdefault(p.name or p.text, p)
    if len(names) < 2 or tables.between.search(flat, max(0, best[0].start - 30), best[0].start):
        return [], {}
    return best, names


def same_toll(ev: Frame, other: Frame) -> bool:
    """True when an undated frame and a dated one name the same side and give the same death toll (of more
    than one): a lead told without its day ("N soldiers were killed in an attack by X") and the body's account."""
    if not set(ev.perpetrators) & set(other.perpetrators):
        # a lead naming neither side nor a settlement ("39 killed in a blast in Idlib province") and the body's
        # account of it with its town and day
        if not any(not f.perpetrators and not point_names(f.places) for f in (ev, other)):
            return False
    if PUBLICATION_ASSUMED not in ev.date_warnings + other.date_warnings:
        return False
    tolls = [
        {c["killed"] for c in f.claims if isinstance(c.get("killed"), int) and c["killed"] > 1} for f in (ev, other)
    ]
    return bool(tolls[0] & tolls[1])


def tells_same_incident(
    ev: Frame,
    other: Frame,
    undated: tuple[dt.date, dt.date] | None = None,
    lead: int | None = None,
    reference: Reference | None = None,
) -> bool:
    """True when two incidents of one report are one: same day (or both undated; ``undated`` are the days a
    frame the text does not date may be on), compatible perpetrators and type, the same settlement or at most
    one of them naming a settlement. ``lead``: the sentence of the report's first incident, whose undated
    strike on a town is the one the body dates at that town; ``reference``: the tables (default the shipped)."""
    reference = _given(reference)
    types = reference.event_types
    a, b = day_range(ev), day_range(other)
    if (a is None) != (b is None) and same_toll(ev, other):
        a = b = a or b  # the lead's toll, then the day in the body: one incident
    if (a is None) != (b is None):
        vague = next(f for f, days in ((ev, a), (other, b)) if days is None)
        if not set(ev.perpetrators) & set(other.perpetrators) and (vague.perpetrators or vague.places):
            # an undated headline toll joins only an incident of the side it names, or any when it names no
            # side and no place ("40 killed in air attacks in the south")
            return False
        a, b = day_range(ev, undated), day_range(other, undated)
        if (a is None) != (b is None) and vague.date_warnings == [PUBLICATION_ASSUMED]:
            # the lead's undated strike on a town, then its day in the body; or a section's undated account of an
            # incident at a town, then the same side's account dated within the report's news days
            if (vague.clause.sentence == lead or vague.perpetrators) and same_settlement(
                point_names(ev.places), point_names(other.places)
            ):
                a, b = a or undated, b or undated
    if (a is None) != (b is None) or (a and b and (b[1] < a[0] or b[0] > a[1])):
        return False
    if apart_from_month_summary(ev, other):
        return False  # a month's fire summed up, then an incident on one of its days
    if unclaimed_apart(ev, other):
        return False
    if told_in_passing(ev) != told_in_passing(other):
        return False
    if ev.responds != other.responds:
        return False  # a reply and the incident it answers
    if ev.elsewhere or other.elsewhere:
        return False  # "N others elsewhere in the province": apart from the incident it is counted beside
    if grounded_air_strike(ev, other, reference):
        return False
    if not perpetrators_compatible(ev.perpetrators, other.perpetrators, reference.factions):
        return False
    agentless = not ev.perpetrators or not other.perpetrators
    if means(ev.event_type, types) != means(other.event_type, types) and (
        not agentless or fight_and_strike(ev, other, types)
    ):
        general = types.general in (ev.event_type, other.event_type)
        own, told = point_names(ev.places), point_names(other.places)
        summary = (not own or not told or same_settlement(own, told)) and a == b
        if not (ev.generic or other.generic or (general and summary)):
            return False  # shelling and a ground attack by one side on one day are two incidents
    own, told = point_names(ev.places), point_names(other.places)
    if own and told:
        return same_settlement(own, told)
    if (own or told) and quarter_elsewhere(*((other.places, ev.places) if own else (ev.places, other.places))):
        return False  # "helicopters fired on the X district of Aleppo, while shelling killed 17 in the town of Y"
    if other_governorate(ev.places, other.places):
        return False  # one names a town, the other only a region of another governorate: two incidents
    if (own or told) and part_of_toll(*((ev, other) if told else (other, ev))):
        return False  # "45 dead in strikes on a district … its worst-hit village lost 12": that village's own incident
    if not ev.perpetrators and not other.perpetrators:
        return not (own or told) or means(ev.event_type, types) == means(other.event_type, types)
    return True


def part_of_toll(region: Frame, town: Frame) -> bool:
    """True when a town's frame tells its own death toll, smaller than the one of the region's incident told with
    its shooters, and names no shooter of its own ("the highest toll was in X, where 20 were killed")."""
    if town.perpetrators or not region.perpetrators:
        return False
    own = [c["killed"] for c in town.claims if isinstance(c.get("killed"), int)]
    wider = [c["killed"] for c in region.claims if isinstance(c.get("killed"), int)]
    return bool(own and wider) and max(own) < max(wider)


def fight_and_strike(a: Frame, b: Frame, types: EventTypes | None = None) -> bool:
    """True for a fight between two sides and an air strike: two incidents even when either is told with no side
    ("fighting in two quarters" beside "air strikes on a village" of the same city); ``types``: the reference's."""
    types = types or _given(None).event_types
    kinds = {a.event_type, b.event_type}
    return bool(kinds & types.mutual) and bool(kinds & types.aircraft)


def grounded_air_strike(a: Frame, b: Frame, reference: Reference | None = None) -> bool:
    """True when one frame is an air strike told with no shooter and the other names shooters none of whom
    flies: barrel bombs dropped on a city are not the rebels' shelling of it."""
    reference = _given(reference)
    for strike, other in ((a, b), (b, a)):
        if strike.event_type in reference.event_types.aircraft and not strike.perpetrators and other.perpetrators:
            if not flies(other.perpetrators, reference):
                return True
    return False


def _flies(ev: Frame, perpetrators: list[str], reference: Reference) -> bool:
    """True unless ``ev`` is an air strike and no side of ``perpetrators`` has an air force (it cannot lend them)."""
    return ev.event_type not in reference.event_types.aircraft or flies(perpetrators, reference)


def flies(perpetrators: list[str], reference: Reference) -> bool:
    """True when a side of ``perpetrators`` belongs to a bloc with an air force (``air_forces.csv``)."""
    return bool(blocs(perpetrators, reference.factions) & reference.report.air_force_blocs)


def quarter_elsewhere(quarters: list[Place], settled: list[Place]) -> bool:
    """True when ``quarters`` names neighbourhoods and no settlement, and none of those lies in the sub-district of a
    settlement ``settled`` names: a city's district and a town outside it are two places."""
    hoods = {p.pcode for p in quarters if p.kind == "neighbourhood" and not p.nearby and p.pcode}
    towns = [p.pcode for p in settled if (p.precision or 1) < 3 and p.kind != "neighbourhood" and not p.nearby]
    if not hoods or not towns or not all(towns):
        return False  # no neighbourhood, or a town the gazetteer lacks: no sub-district to compare
    return not hoods & set(towns)


def other_governorate(own: list[Place], told: list[Place]) -> bool:
    """True when both name places and none of ``told`` lies in a governorate of ``own``."""
    a, b = {p.admin1 for p in own if p.admin1}, {p.admin1 for p in told if p.admin1}
    return bool(a and b) and not a & b


def _rank(ev: Frame, other: Frame) -> tuple[int, int]:
    """How surely ``other`` retells ``ev``: a shared settlement, then shared perpetrators."""
    shared_place = same_settlement(point_names(ev.places), point_names(other.places))
    shared_actor = bool(set(ev.perpetrators) & set(other.perpetrators))
    return int(shared_place), int(shared_actor)


def cluster(
    events: list[Frame], absorb, undated: tuple[dt.date, dt.date] | None = None, reference: Reference | None = None
) -> tuple[list[Frame], dict[int, Frame]]:
    """The incidents of a report with every retelling joined to its incident (``absorb(kept, retelling)``);
    returns them in text order and, by ``id``, the incident each joined frame went to. ``undated``: the
    days a frame the text does not date may be on (see ``news_days``)."""
    reference = _given(reference)
    kept: list[Frame] = []
    joined: dict[int, Frame] = {}
    lead = min((ev.clause.sentence for ev in events if not ev.clause.headline), default=None)
    for ev in events:
        matches = [k for k in kept if tells_same_incident(k, ev, undated, lead, reference)]
        if not matches:
            kept.append(ev)
            continue
        best = max(reversed(matches), key=lambda k: _rank(k, ev))
        if (not best.perpetrators and ev.perpetrators) or best.event_type == reference.event_types.general:
            best.event_type = ev.event_type  # the frame naming the shooters, or the kind of attack, names it
        absorb(best, ev)
        joined[id(ev)] = best
        for key, target in joined.items():
            if target is ev:
                joined[key] = best
    return kept, joined


def split_round_up(ev: Frame, flat: str) -> list[Frame]:
    """One incident per town of a round-up (or of a pair each on its own listed day, ``Frame.respective``), in the
    order the report first names them; the first keeps the figures
    (they are rarely given per town), but a figure told in a clause of ``flat`` (the report's normalized text) naming
    one other town of the round-up and no other is that town's ("… و11 قتلوا في بلدة X")."""
    names: dict[str, Place] = {}
    for p in ev.towns:
        names.setdefault(p.name or p.text, p)
    if len(names) < 2:
        return [ev]
    day_of = _respective_days(ev)
    if ev.respective and not day_of:
        return [ev]  # "A and B, respectively" pairing them with figures, not days: one incident at both
    named_at = {(p.name or p.text): i for i, p in reversed(list(enumerate(ev.places)))}
    towns = sorted(names.values(), key=lambda p: named_at.get(p.name or p.text, len(ev.places)))
    first = next((p for p in ev.places if (p.name or p.text) in names), towns[0])
    others = [p for p in towns if (p.name or p.text) != (first.name or first.text)]
    other_names = {p.name or p.text for p in others}
    rest = [p for p in ev.places if (p.name or p.text) not in other_names and p is not first]
    # "قصفوا بلدات X وY وZ في محافظة حماة، وبلدة W في محافظة إدلب": a town of another governorate named beside the
    # round-up is one more of its towns
    governorates = {p.admin1 for p in towns if p.admin1}
    apart = [p for p in rest if p.admin1 and governorates and p.admin1 not in governorates and point_names([p])]
    if apart:
        others = [*others, *apart]
        rest = [p for p in rest if p not in apart]
    apart_governorates = {p.admin1 for p in apart}
    ev.places = [first, *(p for p in rest if (p.precision or 1) < 3 or p.admin1 not in apart_governorates)]
    own = _town_claims(ev, towns, flat)
    ev.claims = [c for c in ev.claims if id(c) not in own]
    if day_of:
        ev.date = day_of[first.name or first.text]
    out = [ev]
    regions = [p for p in rest if (p.precision or 1) >= 3]
    for town in others:
        out.append(
            replace(
                ev,
                places=[town, *(r for r in regions if r.admin1 in ("", town.admin1) or not apart_governorates)],
                claims=[claim for claim, at in own.values() if at is town],
                perpetrators=list(ev.perpetrators),
                targets=list(ev.targets),
                towns=[],
                date=day_of.get(town.name or town.text, ev.date),
            )
        )
    return out


_LISTED_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def _respective_days(ev: Frame) -> dict[str, DateMention]:
    """Each town's day when the frame pairs its towns with its listed days ("19 و20 أيلول … على التوالي"): the days of
    the list, in order, as many as the towns; {} otherwise."""
    date = ev.date
    if not ev.respective or date is None or date.first is None or date.last is None or date.first == date.last:
        return {}
    numbers = [int(n) for n in _LISTED_DAY.findall(date.text)]
    if len(numbers) != len(ev.towns) or numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        return {}
    if (numbers[0], numbers[-1]) != (date.first.day, date.last.day) or date.first.month != date.last.month:
        return {}
    days = [date.first.replace(day=n) for n in numbers]
    return {
        (t.name or t.text): replace(date, first=d, last=d, granularity="day")
        for t, d in zip(ev.towns, days, strict=True)
    }


def _town_claims(ev: Frame, towns: list[Place], flat: str) -> dict[int, tuple[dict, Place]]:
    """By ``id``, the claims of ``ev`` told in a clause naming one town of ``towns`` other than the first and no
    other town of them, with that town. A town is named by its whole word, bare or behind the proclitics و/ف and
    ب/ل/ك ("وبكفرنبل"), never inside a longer word."""
    named_by = [
        (re.compile(rf"(?<!\w)[وف]?[بلك]?{re.escape(word)}(?!\w)"), p)
        for p in towns
        if (word := normalize_term(p.text))
    ]
    out: dict[int, tuple[dict, Place]] = {}
    for claim in ev.claims:
        at = claim["evidence"][0][0] if claim.get("evidence") else None
        clause = next(((a, b) for a, b in ev.evidence if at is not None and a <= at < b), None)
        if clause is None:
            continue
        named = [p for name, p in named_by if name.search(flat, *clause)]
        if len(named) == 1 and named[0] is not towns[0]:
            out[id(claim)] = (claim, named[0])
    return out


def lacks_shooter(ev: Frame) -> bool:
    """True for fire told without a shooter that may take one from the report (``implied_shooters``,
    ``headline_shooters``, ``campaign_shooters``): none named, no reference to an earlier incident, no reply, not
    told as unclaimed."""
    return not (ev.perpetrators or ev.reference or ev.responds or ev.unclaimed)


def implied_shooters(events: list[Frame], reference: Reference | None = None) -> None:
    """Fire told without a shooter ("قصف على بلدة X", "strikes hit Y") in a report where every shooter of that
    kind of fire (shelling and air strikes; ground fighting) belongs to one bloc is that side's, as readers
    (and annotators) take it; the nearest such incident before it, else after it, lends its perpetrators. A bomb
    takes a shooter only from another bomb (its ``merge_group``): a side's ground attack told beside it did not plant
    it."""
    reference = _given(reference)
    types, factions = reference.event_types, reference.factions
    for ev in events:
        if not lacks_shooter(ev):
            continue
        family = means(ev.event_type, types)
        group = _merge_group(ev.event_type, types)
        told = [
            k
            for k in events
            if k.perpetrators
            and means(k.event_type, types) == family
            and _merge_group(k.event_type, types) == group
            and not k.reference
            and _flies(ev, k.perpetrators, reference)
        ]
        if not told and ev.event_type in types.aircraft:
            # "an air strike on the village of X killed six", told beside the army's advance: the one side of the
            # report that flies dropped it
            told = [k for k in events if k.perpetrators and not k.reference and _flies(ev, k.perpetrators, reference)]
        if family is None or not told or len({frozenset(blocs(k.perpetrators, factions)) for k in told}) != 1:
            continue
        before = [k for k in told if k.clause.start < ev.clause.start]
        lender = before[-1] if before else told[0]
        ev.perpetrators = list(lender.perpetrators)
        ev.targets = [t for t in ev.targets if t not in ev.perpetrators]


def _merge_group(event_type: str | None, types: EventTypes) -> str | None:
    row = types.get(event_type)
    return row.merge_group if row else None


def headline_shooters(events: list[Frame], headlines: list[Frame], reference: Reference | None = None) -> None:
    """Fire told without a shooter in the body of a report whose headline names one side firing that kind of
    fire ("غارات النظام تقتل أطفالاً في X", "… وغاراته تحصد …") is that side's, as the headline tells it."""
    reference = _given(reference)
    types = reference.event_types
    for head in headlines:
        family = means(head.event_type, types)
        if not head.perpetrators or head.reference or len(blocs(head.perpetrators, reference.factions)) != 1:
            continue
        towns = point_names(head.places)
        for ev in events:
            if not lacks_shooter(ev):
                continue
            # "النظام يرتكب مجزرة في X": a generic word names no kind of fire, so the body's fire at X (or at no town
            # of its own) is the side's whatever its kind
            own = point_names(ev.places)
            at_town = head.generic and towns and (not own or same_settlement(towns, own))
            if not at_town and means(ev.event_type, types) != family:
                continue
            if not _flies(ev, head.perpetrators, reference):
                continue
            ev.perpetrators = list(head.perpetrators)
            ev.targets = [t for t in ev.targets if t not in ev.perpetrators]


def headline_toll(events: list[Frame], headlines: list[Frame], reference: Reference | None = None) -> None:
    """The toll a headline gives ("مقتل 5 مدنيين بغارات روسية على ريف إدلب") is the toll of the one incident the
    body tells without a figure of its own (the headline and the body tell one incident), when the kind of fire,
    the sides and the settlement named agree."""
    reference = _given(reference)
    told = [h for h in headlines if any(has_figure(c) for c in h.claims)]
    if len(events) != 1 or len(told) != 1 or any(has_figure(c) for c in events[0].claims):
        return
    ev, head = events[0], told[0]
    if means(head.event_type, reference.event_types) != means(ev.event_type, reference.event_types):
        return
    if not perpetrators_compatible(head.perpetrators, ev.perpetrators, reference.factions):
        return
    own, named = point_names(ev.places), point_names(head.places)
    if named and not same_settlement(own, named):
        return
    ev.claims = [*ev.claims, *head.claims]


def has_figure(claim: dict) -> bool:
    """True for a claim giving a number of dead or wounded."""
    return isinstance(claim.get("killed"), int) or isinstance(claim.get("wounded"), int)


def campaign_shooters(
    events: list[Frame], background: list[tuple[str, list[str]]], reference: Reference | None = None
) -> None:
    """Fire still without a shooter in a report whose running totals or campaign name one side firing that kind
    of fire ("القصف المكثف لقوات النظام منذ بداية التصعيد … وتعرّض مستشفى X للقصف") is that side's; an attack of no
    stated kind takes it too ("a convoy was struck … the strikes were probably carried out by Russian jets")."""
    reference = _given(reference)
    types, factions = reference.event_types, reference.factions
    for family in {means(kind, types) for kind, _ in background}:
        sides = [perps for kind, perps in background if means(kind, types) == family and perps]
        if not sides or len({frozenset(blocs(p, factions)) for p in sides}) != 1 or len(blocs(sides[0], factions)) != 1:
            continue
        for ev in events:
            if not lacks_shooter(ev) or (means(ev.event_type, types) != family and ev.event_type != types.general):
                continue
            if not _flies(ev, sides[0], reference):
                continue
            ev.perpetrators = list(sides[0])
            ev.targets = [t for t in ev.targets if t not in ev.perpetrators]

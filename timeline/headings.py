"""Section headings: governorates and sides.

Governorate headings: monthly summaries that list incidents under the governorate ("محافظة إدلب:", "Hama
governorate:", "ريف حلب:"), each entry naming only its town.

A town's name can be a settlement of several governorates (the gazetteer ranks one first); under a heading, it is
the one of the heading's governorate, and an entry naming no place at all happened in that governorate. A heading is
a short line ending with a colon (or a Markdown heading) that names a governorate or its countryside and nothing
else: the gazetteer's names of governorates (``governorate_words``) or a region phrase it reads (``ريف حلب``). A
heading's section runs to the next heading.

Side headings: monitors' reports that list incidents per perpetrator ("ثانيا: الحوادث التي ارتكبتها القوات الروسية",
"ب- قوات النظام السوري:", "Incidents attributed to Syrian government forces"), each entry telling only the place and
the toll. A side heading is a short line naming one or more sides and otherwise only the words of class
``side_heading_word`` (``data/lexicon/catalogue_words.csv``) and a list marker; an incident told under it that names
no perpetrator of its own was that side's. Its section runs to the next heading of either kind.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from timeline.catalogue import generic_place, line_sides
from timeline.dates import DateMention
from timeline.incident_places import Place
from timeline.places import Gazetteer, name_key
from timeline.reading import ReportReading
from timeline.sentences import clauses

_HEADING_CHARS = 40  # a heading is short: a longer line ending with a colon introduces a quotation
_SIDE_HEADING_CHARS = 70  # a side's heading may say "the incidents carried out by" before the side's long name
_MARKS = " \t-–—*#•:"
_LETTER = re.compile(r"[^\W\d_]")
_LINE_END_COLON = re.compile(r":[ \t*]*(?=\n|$)")


def with_section_headings(events: list[dict], dates: list[DateMention], reading: ReportReading) -> list[dict]:
    """``events`` as the report's title dates them and its section headings place them (governorates) and attribute
    them (sides)."""
    return with_heading_sides(
        with_heading_governorates(with_title_day(events, dates, reading), reading), dates, reading
    )


def with_title_day(events: list[dict], dates: list[DateMention], reading: ReportReading) -> list[dict]:
    """``events`` with those the body dates by no day of its own (the publication's day) dated by the one day the
    headlines above the body name: a daily report's title ("رصد يومي – السبت 14 كانون الأول 2019", "Daily update,
    3 May 2019") is the day of what its body tells, and its "today" ("استجابت فرقنا اليوم") when the report came out the
    day after."""
    published = {
        d.first.isoformat()
        for d in dates
        if d.reference == "publication" and d.kind == "relative" and d.first == d.last
    }
    if not any(e.get("first") and (not e.get("date_text") or e["first"] in published) for e in events):
        return events  # (most reports: every incident dated by the text)
    view = reading.view
    found = clauses(view.flat, reading.reference.sentences)
    body = next((c.start for c in found if not c.headline), None)
    if not body:
        return events
    days = [
        d
        for d in dates
        if d.first is not None
        and d.first == d.last
        and d.granularity in ("day", "night")
        and view.to_norm(d.start) < body
        and not any(a <= view.to_norm(d.start) < b for a, b in _non_headline_spans(found, body))
        and _titled(view.original, d)
    ]
    if len({d.first for d in days}) != 1:
        return events
    day = days[0]
    after = (day.first + dt.timedelta(days=1)).isoformat()
    today = {  # the body's "today", "this morning": the publication's day, a day after the title's
        d.text
        for d in dates
        if d.reference == "publication" and d.kind == "relative" and d.first and d.first.isoformat() == after
    }
    return [
        dict(e, first=day.first.isoformat(), last=day.first.isoformat(), date_text=day.text)
        if e.get("first") and (not e.get("date_text") or (e["first"] == after and e["date_text"] in today))
        else e
        for e in events
    ]


def _titled(text: str, date: DateMention) -> bool:
    """The date's line has words of its own (a title), not the date alone (a stamp: the publication's)."""
    start = text.rfind("\n", 0, date.start) + 1
    end = text.find("\n", date.end)
    rest = text[start : date.start] + text[date.end : len(text) if end < 0 else end]
    return _LETTER.search(rest) is not None


def _non_headline_spans(found: list, body: int) -> list[tuple[int, int]]:
    """The spans of the clauses before the body's first that are no headline (none, in most reports)."""
    return [(c.start, c.end) for c in found if c.start < body and not c.headline]


def with_heading_sides(events: list[dict], dates: list[DateMention], reading: ReportReading) -> list[dict]:
    """``events`` with those told under a side's heading, naming no perpetrator of their own, given that side."""
    if not events:
        return events
    headings = side_headings(reading, dates)
    if not headings:
        return events
    starts = [s for s, _ in headings]
    out = []
    for event in events:
        evidence = event.get("evidence") or []
        k = bisect_right(starts, evidence[0][0]) - 1 if evidence else -1
        if k < 0 or headings[k][1] is None or _names_its_side(event, reading):
            out.append(event)
            continue
        sides = list(headings[k][1])
        out.append(dict(event, perpetrators=sides, targets=[t for t in event.get("targets") or [] if t not in sides]))
    return out


def _names_its_side(event: dict, reading: ReportReading) -> bool:
    """The event's perpetrators are named in its own text (not lent by another incident of the report)."""
    sides = set(event.get("perpetrators") or ())
    if not sides:
        return False  # (an unknown side counts when its own text says so: "قذائف مجهولة المصدر")
    view = reading.view
    spans = event.get("evidence") or []
    return any(
        f.faction in sides and any(a <= view.to_original(f.start, f.end)[0] < b for a, b in spans)
        for f in reading.factions
    )


def side_headings(reading: ReportReading, dates: list[DateMention]) -> list[tuple[int, tuple[str, ...] | None]]:
    """(where the line starts in the text, the sides it heads) of each heading line, in text order; a heading of
    another kind (a governorate's, "Notes:", "ثالثاً: انتهاكات جهات أخرى", "حوادث مجهولة الفاعل") ends a section with None, an entry's label
    naming its day ("الأحد 3 أيلول 2017، قرية X:") or its title naming its incident ("### 1. غارة على بلدة X") does not. The lines of the sides the text names are looked at
    first (most are inside paragraphs, and most reports have no side heading)."""
    view = reading.view
    flat = view.flat
    reach = _SIDE_HEADING_CHARS
    lines: dict[int, int] = {}
    for f in reading.factions:
        window = max(0, f.start - reach)
        line_start = flat.rfind("\n", window, f.start) + 1
        line_end = flat.find("\n", f.end, f.end + reach)
        if (line_start == 0 and window > 0) or (line_end < 0 and f.end + reach < len(flat)):
            continue  # (most mentions: inside a paragraph)
        lines[line_start] = len(flat) if line_end < 0 else line_end
    if not lines:
        return []
    rest = reading.reference.catalogue.side_heading_rest
    found: dict[int, tuple[str, ...]] = {}
    for line_start, line_end in lines.items():
        sides = line_sides(flat, line_start, line_end, reading.factions, rest)
        if sides:
            found[view.to_original(line_start, line_end)[0]] = sides
    if not found:
        return []
    days = sorted(d.start for d in dates if d.granularity in ("day", "night"))
    # an entry's title names its incident ("### 2. غارات على سوق بلدة X", "Air strike on the market of X")
    told = sorted(view.to_original(t.start, t.end)[0] for t in reading.triggers if t.role == "incident")
    headings: dict[int, tuple[str, ...] | None] = {
        start: None
        for start, end in _heading_lines(view.original)
        # (an entry's label holds its day, its title an incident word)
        if bisect_left(days, start) == bisect_left(days, end) and bisect_left(told, start) == bisect_left(told, end)
    }
    headings |= {start: None for start in _sideless_lines(reading)}
    headings |= {start: None for start, place in governorate_headings(reading) if place is not None}
    return sorted((headings | found).items())


def _sideless_lines(reading: ReportReading) -> list[int]:
    """Where each short line opening with a section's ordinal or made of a side heading's words alone starts in the
    text ("ثالثاً: انتهاكات جهات أخرى", "حوادث مجهولة الفاعل"): a section of no side's."""
    view = reading.view
    flat = view.flat
    section_heading = reading.reference.sentences.section_heading
    rest = reading.reference.catalogue.side_heading_rest
    out, pos = [], 0
    while pos < len(flat):
        end = flat.find("\n", pos)
        end = len(flat) if end < 0 else end
        line = flat[pos:end].strip(" \t*#•")
        if (
            len(line) <= _SIDE_HEADING_CHARS
            and _LETTER.search(line)
            and (section_heading.match(line) or rest.fullmatch(line))
        ):
            out.append(view.to_original(pos, end)[0])
        pos = end + 1
    return out


def with_heading_governorates(events: list[dict], reading: ReportReading) -> list[dict]:
    """``events`` with the places of those told under a governorate heading taken in that governorate."""
    if not events:
        return events
    headings = governorate_headings(reading)
    if not headings:
        return events
    gaz = reading.reference.gazetteer
    starts = [s for s, _ in headings]
    out = []
    for event in events:
        evidence = event.get("evidence") or []
        k = bisect_right(starts, evidence[0][0]) - 1 if evidence else -1
        if k < 0 or headings[k][1] is None:
            out.append(event)
            continue
        out.append(in_governorate(event, headings[k][1], gaz))
    return out


def in_governorate(event: dict, governorate: Place, gaz: Gazetteer) -> dict:
    """The event told as one of ``governorate``: its places taken there when the gazetteer knows their names there
    too, or the governorate itself when it has none."""
    place = event.get("place")
    if place is None:
        return dict(event, place=governorate.to_dict())
    return dict(
        event,
        place=_in_governorate(place, governorate, gaz),
        places=[_in_governorate(p, governorate, gaz) for p in event.get("places") or []],
    )


def governorate_headings(reading: ReportReading) -> list[tuple[int, Place | None]]:
    """(where the line starts in the text, the governorate it heads) of each heading line, in text order; a
    heading of another kind ("Notes:") ends a section with None. The governorates the gazetteer found in the text
    are looked at first (a report has few, and most have no heading at all); the other headings only then."""
    view = reading.view
    if "#" not in view.original and not _LINE_END_COLON.search(view.original):
        return []  # (most reports: no line ends with a colon, none opens with "#")
    norm = view.norm
    reach = 2 * _HEADING_CHARS  # (a line's ends are looked for only that far: a longer line is no heading)
    found: dict[int, Place] = {}
    for p in reading.gazetteer_places:
        if not p.admin1 or not generic_place(p):
            continue
        window = max(0, p.start - reach)
        line_start = norm.rfind("\n", window, p.start) + 1
        line_end = norm.find("\n", p.end, p.end + reach)
        if (line_start == 0 and window > 0) or (line_end < 0 and p.end + reach < len(norm)):
            continue  # (most mentions: inside a paragraph)
        line = norm[line_start : len(norm) if line_end < 0 else line_end].strip(" \t*")
        if not (line.endswith(":") or line.startswith("#")) or line_start in found:
            continue
        o_start, o_end = view.to_original(line_start, len(norm) if line_end < 0 else line_end)
        name = view.original[o_start:o_end].strip(_MARKS)
        if name and len(name) <= _HEADING_CHARS:
            governorate = _governorate(
                name, view.original.index(name, o_start, o_end), reading.reference.gazetteer, reading, view
            )
            if governorate is not None:
                found[o_start] = governorate
    if not found:
        return []
    headings: dict[int, Place | None] = {start: None for start, _ in _heading_lines(view.original)}
    return sorted((headings | found).items())


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """[start, end) of every short line that ends with a colon or opens with Markdown's "#", in text order (the
    colons and hashes are found first: a scan from every line's start costs more in a long report)."""
    lines: dict[int, int] = {}
    reach = 2 * _HEADING_CHARS  # (a line's ends are looked for only that far: a longer line is no heading)
    for m in _LINE_END_COLON.finditer(text):
        window = max(0, m.start() - reach)
        start = text.rfind("\n", window, m.start()) + 1
        if start or not window:
            lines[start] = m.end()
    hash_at = text.find("#")  # (found by ``str.find``: a regex for "#" tries every position of the text)
    while hash_at >= 0:
        start = hash_at
        while start and text[start - 1] in " \t":
            start -= 1
        end = text.find("\n", hash_at, hash_at + reach)
        if (not start or text[start - 1] == "\n") and start not in lines and (end >= 0 or len(text) <= hash_at + reach):
            lines[start] = len(text) if end < 0 else end
        hash_at = text.find("#", hash_at + 1 if end < 0 else end)
    return sorted(lines.items())


def governorate_named(name: str, gaz: Gazetteer) -> Place | None:
    """The governorate a name of it names ("إدلب", "محافظة حماة", "Aleppo governorate"), as a place at region
    precision, or None."""
    admin1 = gaz.governorate_words.get(name_key(name))
    return None if admin1 is None else _governorate_place(admin1, name, gaz)


def _governorate(name: str, start: int, gaz: Gazetteer, reading: ReportReading, view) -> Place | None:
    """The governorate a heading's text names, as a place at region precision, or None."""
    norm_start, norm_end = view.to_norm(start), view.to_norm(start + len(name))
    places = reading.gazetteer_places  # (in text order: the heading's are found by bisection)
    first = bisect_left(places, norm_start, key=lambda p: p.start)
    inside = [p for p in places[first : bisect_left(places, norm_end, key=lambda p: p.start)] if p.end <= norm_end]
    if not inside:
        return None  # (most headings: no place at all)
    admin1 = gaz.governorate_words.get(name_key(name))
    if admin1 is None:  # "ريف حلب", "Idlib province": one region phrase, the whole heading
        whole = len(inside) == 1 and inside[0].start == norm_start and inside[0].end == norm_end
        if not whole or (inside[0].precision or 1) < 3 or not inside[0].admin1:
            return None
        admin1 = inside[0].admin1
    return _governorate_place(admin1, name, gaz)


def _governorate_place(admin1: str, name: str, gaz: Gazetteer) -> Place | None:
    region = next((c for c in gaz.index.get(name_key(admin1), []) if c.kind == "governorate"), None)
    return None if region is None else replace(Place.of_known(0, 0, name, region), precision=3)


def _in_governorate(place: dict, governorate: Place, gaz: Gazetteer) -> dict:
    """The place of the heading's governorate that a name means, when the gazetteer ranked one elsewhere first."""
    if place.get("admin1") == governorate.admin1:
        return place
    same = [
        c
        for name in (place.get("text"), place.get("name_ar"))  # the Arabic name: Latin spellings are listed for fewer
        if name
        for c in gaz.index.get(name_key(name), [])
        if c.admin1 == governorate.admin1
    ]
    if not same:
        return place
    return Place.of_known(0, 0, place["text"], same[0]).to_dict()

"""Which outlet published a report: its canonical name, id and stance from ``data/outlets.csv``.

Only positions where a page names its *publisher* count: metadata (a sidecar's or feed's ``source``,
HTML ``og:site_name``, ``application-name``, the JSON-LD ``publisher``), the masthead and credit lines
above the first paragraph ("عنب بلدي – إدلب", "إدلب/ البوسفور", "المصدر: …"), a wire dateline opening
the first paragraph ("BEIRUT, Oct 14 (Reuters) -"), a domain in the URL, and a Telegram export's
channel name. The body is never searched: reports quote other outlets all the time ("وقالت وكالة سانا
إن…", "according to AFP"), and a quoted outlet is a *source* of a claim, not the publisher. Taking it as
the publisher would give a pro-government agency's framing to an opposition site (or the reverse),
which is exactly what per-outlet comparisons must not confuse.

Header lines are matched whole or segment by segment, never by searching inside a sentence.

``data/outlets.csv`` (analysts extend it): ``id``, ``name_ar``, ``name_en``, ``aliases``, ``speakers`` (people
who speak for it, such as a monitor's director: found only in a claim's source, see ``claim_voices``) and
``domains`` (``|``-separated; aliases in any script, matched after ``normalize_term``), ``stance`` (one of
``STANCES``), ``country`` (ISO code of the outlet's origin), ``note``. An outlet not in it gives no
outlet id: a printed metadata name is kept as ``source``, a header line that names no known outlet
gives nothing, since a short header line could as well be a headline or a section name.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from timeline.frozen import freeze_fields
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR
from timeline.readers.noise import is_navigation_bar

if TYPE_CHECKING:
    from timeline.readers.tables import ReaderTables

OUTLETS_CSV = DATA_DIR / "outlets.csv"
STANCES = (
    "opposition",
    "pro-government",
    "hts-affiliated",
    "sdf-affiliated",
    "monitor",
    "international-wire",
    "turkish",
    "russian",
    "regional",
    "independent",
)
HEADER_MAX_LINES = 15
PARAGRAPH_MIN_WORDS = 25
CLOSING_LINES = 3
LINE_MAX_WORDS = 12
SEGMENT_SPLIT = re.compile(r"\s*(?:\||›|»|«|•|·|/)\s*|\s+-\s+")
PAREN_CREDIT = re.compile(r"\(\s*([^()\n]{1,40}?)\s*\)\s*(?:-|:|$)")
WIRE_OPENING = re.compile(r"^[^()\n]{0,80}?\(\s*([^()\n]{1,40}?)\s*\)\s*[-:]")
DOMAIN = re.compile(r"(?<![\w.@-])(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])", re.IGNORECASE)
EDGE_PUNCTUATION = "\"'“”«»()[]{}.,:;،؛!?-"


@dataclass(frozen=True)
class Outlet:
    """One row of ``data/outlets.csv``."""

    id: str
    name_ar: str
    name_en: str
    stance: str
    country: str = ""

    def name_for(self, language: str) -> str:
        """The outlet's name in the article's language when it has one, else its other name."""
        first, second = (self.name_en, self.name_ar) if language == "en" else (self.name_ar, self.name_en)
        return first or second

    @property
    def filed_name(self) -> str:
        """The one name incidents file the outlet under, whatever its reports' language (its English name,
        else its Arabic one): "Al Arabiya" and "العربية" must count as one outlet in charts and filters."""
        return self.name_en or self.name_ar


@dataclass(frozen=True)
class Publisher:
    """What the readers found: the name to show (``source``) and the outlet it resolves to, if known."""

    source: str | None
    outlet: Outlet | None = None


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@dataclass(frozen=True, eq=False)
class OutletTables:
    """The outlets of ``data/outlets.csv`` by alias and by domain, and the words that tell an outlet's name
    (``OutletTables.build``), held by the reference's ``ReaderTables``."""

    outlets: tuple[Outlet, ...]
    by_alias: dict[str, Outlet]  # normalized name or alias -> outlet
    by_domain: dict[str, Outlet]  # domain -> outlet
    words_before: frozenset[str]  # words that open an outlet's name ("قناة", "وكالة")
    words_after: frozenset[str]  # words that close one ("الإخبارية", "news")
    credit_cues: tuple[str, ...]  # "المصدر:", "Source:", longest first
    speaking: dict[str, Outlet]  # names found inside a claim's source: the outlet's distinctive names, its speakers
    speaking_pattern: re.Pattern  # any of ``speaking``, whole words, longest first
    titles: frozenset[str]  # words of a speaker's title ("مدير", "spokesman"): "مدير المرصد" is the Observatory

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR) -> OutletTables:
        """From ``outlets.csv``, ``gazetteer/outlet_words.csv`` and ``lexicon/credit_cues.csv``; a row with an
        unknown stance or no name is an error naming the file and row."""
        path = data_dir / "outlets.csv"
        rows = _csv_rows(path)
        found = []
        for number, row in enumerate(rows, start=2):
            if row["stance"] not in STANCES or not (row["name_ar"] or row["name_en"]) or not row["id"]:
                raise ValueError(f"{path}:{number}: needs an id, a name and a stance among {', '.join(STANCES)}")
            found.append(Outlet(row["id"], row["name_ar"], row["name_en"], row["stance"], row["country"]))
        by_id = {row["id"]: row for row in rows}
        by_alias: dict[str, Outlet] = {}
        for outlet in found:
            names = [outlet.name_ar, outlet.name_en, *by_id[outlet.id]["aliases"].split("|")]
            for name in filter(None, (normalize_term(n).strip(EDGE_PUNCTUATION + " ") for n in names)):
                by_alias.setdefault(name, outlet)
        by_domain = {
            domain.strip().lower(): outlet
            for outlet in found
            for domain in by_id[outlet.id]["domains"].split("|")
            if domain.strip()
        }
        words = _csv_rows(data_dir / "gazetteer" / "outlet_words.csv")
        credit = (normalize_term(r["cue"]) for r in _csv_rows(data_dir / "lexicon" / "credit_cues.csv"))
        speaking = {name: outlet for name, outlet in by_alias.items() if _distinctive(name)}
        for outlet in found:
            for name in filter(None, (normalize_term(n) for n in by_id[outlet.id].get("speakers", "").split("|"))):
                speaking.setdefault(name, outlet)
        names = sorted(speaking, key=len, reverse=True)
        titles = _csv_rows(data_dir / "lexicon" / "speaker_titles.csv")
        return cls(
            tuple(found),
            by_alias,
            by_domain,
            frozenset(normalize_term(r["word"]) for r in words if r["side"] == "before"),
            frozenset(normalize_term(r["word"]) for r in words if r["side"] == "after"),
            tuple(sorted(credit, key=len, reverse=True)),
            speaking,
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)" if names else r"(?!)"),
            frozenset(normalize_term(r["word"]) for r in titles),
        )


def _distinctive(name: str) -> bool:
    """An outlet's name that may be found inside a longer phrase: two words or more ("المرصد السوري"), or one Latin
    word of three letters or more ("Reuters", "SOHR"). A one-word Arabic name is often a common word too ("المدن",
    "الجزيرة", "العربية"): it counts only as the whole source."""
    return " " in name or (len(name) >= 3 and name.isascii())


def _default() -> OutletTables:
    from timeline.readers.tables import default_tables  # imported here: the tables import this module

    return default_tables().outlets


def outlets(tables: OutletTables | None = None) -> tuple[Outlet, ...]:
    """Every outlet of ``data/outlets.csv`` (``tables``: the reference's, default the shipped ones)."""
    return (tables or _default()).outlets


def outlet_named(name: str | None, tables: OutletTables | None = None) -> Outlet | None:
    """The outlet a whole name stands for ("عنب بلدي", "Reuters", "وكالة الأناضول"), else None (``tables``: the
    reference's, default the shipped ones)."""
    if not name:
        return None
    return (tables or _default()).by_alias.get(normalize_term(name).strip(EDGE_PUNCTUATION + " "))


def filed_outlet_name(name: str | None) -> str | None:
    """The name an outlet is filed under (``Outlet.filed_name``) when ``name`` is any name or alias of a known
    outlet, else ``name`` as printed (an outlet not in ``data/outlets.csv`` keeps the report's own word)."""
    outlet = outlet_named(name)
    return outlet.filed_name if outlet is not None else name


def claim_voices(sources: Iterable[str], tables: OutletTables | None = None) -> dict[str, str]:
    """Who speaks in each claim source, as the name the source is counted under: the outlet or monitor it names
    ("SOHR, the UK monitor", "مراسل وكالة فرانس برس", a speaker of it) by its
    filed name; a source that is the short name of one of those, alone or after a title ("المرصد", "the
    Observatory", "مدير المرصد"), is that one when no other of ``sources`` fits; any other source is itself.
    One monitor quoted three ways is one voice, not three sources agreeing or disagreeing."""
    tables = tables or _default()
    voices: dict[str, str] = {}
    named: dict[str, str] = {}  # normalized names of the outlets found -> filed name
    for source in sources:
        norm = normalize_term(source or "")
        match = max(tables.speaking_pattern.finditer(norm), key=lambda m: len(m[0]), default=None)
        outlet = tables.speaking[match[0]] if match else outlet_named(source, tables)
        if outlet is not None:
            voices[source] = outlet.filed_name
            named.update({n: outlet.filed_name for n, o in tables.by_alias.items() if o is outlet})
    for source in sources:
        if source in voices:
            continue
        words = [w.removesuffix("'s") for w in normalize_term(source or "").split()]  # "the Observatory's director"
        words = [w for w in words if w not in tables.titles]
        head = re.compile(r"(?<!\w)" + re.escape(" ".join(words)) + r"(?!\w)") if words else None
        fits = {filed for name, filed in named.items() if head is not None and head.search(name)}
        voices[source] = fits.pop() if len(fits) == 1 else source
    return voices


def outlet_label(name: str, language: str) -> str:
    """How an interface in ``language`` shows a filed outlet name: a known outlet's name in that language."""
    outlet = outlet_named(name)
    return outlet.name_for(language) if outlet is not None else name


def outlet_of_url(url: str | None, tables: OutletTables | None = None) -> Outlet | None:
    """The outlet whose domain (or a parent domain of it) hosts ``url``."""
    if not url:
        return None
    by_domain = (tables or _default()).by_domain
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    parts = host.lower().removeprefix("www.").split(".")
    for start in range(len(parts) - 1):
        outlet = by_domain.get(".".join(parts[start:]))
        if outlet is not None:
            return outlet
    return None


def _looks_like_outlet(segment: str, tables: OutletTables) -> bool:
    """A name built like an outlet's ("قناة …", "… الإخبارية"): a masthead even when the outlet is unknown."""
    words = segment.split()
    return bool(words) and (words[0] in tables.words_before or words[-1] in tables.words_after)


def _segments(line: str, tables: ReaderTables) -> list[str]:
    """The named parts of a header line, without dates, numbers and menu items."""
    menu = set(tables.page_noise.get("segment", ())) | set(tables.page_noise.get("line", ()))
    parts = (s.strip(EDGE_PUNCTUATION + " ") for s in SEGMENT_SPLIT.split(line))
    return [s for s in parts if s and s not in menu and not any(ch.isdigit() for ch in s)]


def _credited(norm_line: str, tables: OutletTables) -> Outlet | None:
    """A credit line: "المصدر: عنب بلدي", "Source: Reuters", "نقلاً عن الأناضول"."""
    for cue in tables.credit_cues:
        if norm_line.startswith(cue):
            return outlet_named(norm_line[len(cue) :].lstrip(" :-"), tables)
    return None


def _line_outlet(norm_line: str, tables: ReaderTables) -> Outlet | None:
    """The outlet a masthead, byline or credit line names, in the positions such lines put it."""
    if len(norm_line.split()) > LINE_MAX_WORDS:
        return None
    known = tables.outlets
    credited = _credited(norm_line, known)
    if credited is not None:
        return credited
    for match in PAREN_CREDIT.finditer(norm_line):  # "(AFP)", "إدلب (سمارت) -"
        if (outlet := outlet_named(match.group(1), known)) is not None:
            return outlet
    segments = _segments(norm_line, tables)
    if not segments:
        return None
    if (
        outlet := outlet_named(segments[0], known)
    ) is not None:  # masthead "عنب بلدي | سياسة", byline "عنب بلدي – إدلب"
        return outlet
    if _looks_like_outlet(segments[0], known):  # an unknown masthead: its edition labels ("- العربية") are no outlet
        return None
    if len(segments) == 1 or is_navigation_bar(norm_line, tables):  # a menu's last item is no credit
        return None
    return outlet_named(segments[-1], known)  # credit "إدلب – عنب بلدي", "حماة - وجا"


def _header_and_opening(text: str) -> tuple[list[str], str | None, list[str]]:
    """Short lines above the first paragraph, the first paragraph's opening, and the closing short lines."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    header, opening = [], None
    for number, line in enumerate(lines):
        if number >= HEADER_MAX_LINES or len(line.split()) >= PARAGRAPH_MIN_WORDS:
            opening = line if len(line.split()) >= PARAGRAPH_MIN_WORDS else None
            break
        header.append(line)
    closing = [line for line in lines[-CLOSING_LINES:] if len(line.split()) <= LINE_MAX_WORDS]
    return header, opening, closing


def outlet_in_header(text: str, tables: ReaderTables | None = None) -> Outlet | None:
    """The known outlet the top of a report names as its publisher (masthead, byline, credit, wire
    dateline, printed domain), or a closing credit line ("المصدر: …"); None when none is known (``tables``:
    the reference's reader tables, default the shipped ones)."""
    if tables is None:
        from timeline.readers.tables import default_tables  # imported here: the tables import this module

        tables = default_tables()
    known = tables.outlets
    header, opening, closing = _header_and_opening(text)
    for line in header:
        norm = normalize_term(line)
        if (outlet := _line_outlet(norm, tables)) is not None:
            return outlet
        for match in DOMAIN.finditer(line):
            if (outlet := outlet_of_url(match.group(1), known)) is not None:
                return outlet
    if opening is not None and (match := WIRE_OPENING.match(normalize_term(opening))):
        if (outlet := outlet_named(match.group(1), known)) is not None:
            return outlet
    for line in closing:
        if (outlet := _credited(normalize_term(line), known)) is not None:
            return outlet
    return None


def find_publisher(
    text: str,
    language: str,
    *,
    metadata_sources: Sequence[str] = (),
    url: str | None = None,
    channel: str | None = None,
    tables: ReaderTables | None = None,
) -> Publisher:
    """Who published ``text``, in order of authority: metadata ``source`` fields (sidecar, feed, HTML),
    the header of the text, the URL's domain, the Telegram channel's name.

    A metadata name that is no known outlet is kept as printed (it is still the publisher's own
    word), and the URL's domain may still say which outlet it is. A channel name is kept the same way
    (``tables``: the reference's reader tables, default the shipped ones).
    """
    if tables is None:
        from timeline.readers.tables import default_tables  # imported here: the tables import this module

        tables = default_tables()
    outlets_known = tables.outlets
    printed = next((s.strip() for s in metadata_sources if s and s.strip()), None)
    known = next((o for o in (outlet_named(s, outlets_known) for s in metadata_sources) if o is not None), None)
    if printed is not None:
        outlet = known or outlet_of_url(url, outlets_known)
        return Publisher(outlet.name_for(language) if outlet else printed, outlet)
    outlet = outlet_in_header(text, tables) or outlet_of_url(url, outlets_known) or outlet_named(channel, outlets_known)
    if outlet is not None:
        return Publisher(outlet.name_for(language), outlet)
    return Publisher(channel.strip() if channel and channel.strip() else None)

"""A briefing laid out as plain blocks (headings, paragraphs, tables, images, lists) in one language.

Every renderer (HTML, Markdown, DOCX) walks the same blocks, so the three formats say the same thing
in the same order. Texts come from ``data/labels.csv`` (scope briefing) (English and Arabic side by side); labels of
factions, blocs, places and event types from the reference tables through ``timeline.charts``.
Report text stays plain text here: each renderer escapes it for its own format.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote

from timeline import charts
from timeline.briefing.content import Briefing, Citation, Claim, Incident
from timeline.labels import counted, grouped, labels
from timeline.readers.outlets import outlet_label

FSI, PDI = "\u2068", "\u2069"
RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
LTR_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
TOTAL_ROWS = ("incidents", "violations", "killed_low", "killed_best", "killed_high")


@dataclass(frozen=True)
class Run:
    """A piece of plain text; ``url`` makes it a link."""

    text: str
    url: str | None = None
    bold: bool = False


@dataclass(frozen=True)
class Heading:
    text: str
    level: int


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: str = "body"
    """body, note (small print), notice (a warning box) or meta (the generated-at line)."""


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[tuple[Run, ...], ...], ...]
    numeric: tuple[bool, ...]


@dataclass(frozen=True)
class Image:
    name: str
    png: bytes
    alt: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[tuple[Run, ...], ...]


Block = Heading | Paragraph | Table | Image | Bullets


def readable_url(url: str) -> str:
    """A link's shown text: its address with the percent-escapes decoded ("/ar/قصف-…", not "/ar/%D9%82…") and
    any control or bidi formatting character left out, so the address shown is the one followed."""
    decoded = unquote(url, errors="replace")
    return "".join(char for char in decoded if unicodedata.category(char) not in ("Cc", "Cf"))


def strings() -> dict[str, dict[str, str]]:
    return labels("briefing")


class Writer:
    """Turns a Briefing into blocks in its language."""

    def __init__(self, briefing: Briefing):
        self.b = briefing
        self.lang = briefing.lang

    def t(self, key: str, **values) -> str:
        return strings()[key][self.lang].format(**values)

    def ltr(self, text: str) -> str:
        return charts.ltr(text, self.lang)

    def iso(self, text: str | None) -> str:
        """Text from a report (title, source, place) isolated (FSI … PDI) when it runs against the document.

        Keeps an Arabic title from reordering the English punctuation around it, and the other way round.
        Text in the document's own direction needs no isolate (fewer control characters for editors).
        """
        if not text:
            return ""
        rtl, ltr = RTL_LETTER.search(text), LTR_LETTER.search(text)
        right_to_left = rtl is not None and (ltr is None or rtl.start() < ltr.start())
        return text if right_to_left == (self.lang == "ar") else f"{FSI}{text}{PDI}"

    def day(self, value) -> str:
        return self.ltr(str(value)) if value else "?"

    def number(self, value: float | None) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "–"
        return grouped(value)

    def counted(self, value: float, noun: str) -> str:
        """A figure with its noun ("killed", "wounded") in the form its number takes ("220 قتيلاً", "قتيلان")."""
        if value != int(value):
            return f"{self.number(value)} {self.t(noun)}"
        return counted(int(value), noun, self.lang)

    def signed(self, value: float) -> str:
        text = self.number(value)
        return self.ltr(f"+{text}" if value > 0 else text)

    def span(self, low, best, high) -> str:
        if best is None or (isinstance(best, float) and math.isnan(best)):
            return self.t("no_figure")
        if low == high:
            return self.number(best)
        return self.ltr(f"{self.number(low)}–{self.number(high)}") + f" ({self.number(best)})"

    def faction(self, faction: str) -> str:
        return charts.faction_label(faction, self.lang)

    def actors(self, factions: tuple[str, ...]) -> str:
        return self.t("comma").join(map(self.faction, factions)) or self.t("unknown_actor")

    def place(self, incident: Incident) -> str:
        name = incident.place_name_ar if self.lang == "ar" and incident.place_name_ar else incident.place_name
        if not name:
            return self.t("unknown_place")
        admin = charts.admin_label(incident.admin1, self.lang) if incident.admin1 else ""
        named = admin in (name, "") or name.endswith(f"({admin})")  # the gazetteer's "al-Mashhad (Aleppo)"
        return self.iso(name) if named else f"{self.iso(name)} ({admin})"

    def incident_title(self, incident: Incident) -> str:
        return self.t(
            "incident_line",
            date=self.day(incident.first),
            place=self.place(incident),
            type=charts.type_label(incident.type, self.lang),
        )

    def citation(self, citation: Citation) -> tuple[Run, ...]:
        comma = self.t("comma")
        parts = [self.iso(citation.outlet), self.t("quoted", text=self.iso(citation.title)) if citation.title else ""]
        runs = [Run(comma.join(p for p in parts if p) or self.iso(citation.document or citation.report))]
        if citation.published:
            runs.append(Run(comma + self.day(citation.published)))
        if citation.url:
            runs += [Run(comma), Run(self.ltr(readable_url(citation.url)), url=citation.url)]
        elif citation.document and (citation.outlet or citation.title):
            runs.append(Run(comma + self.iso(citation.document)))
        return tuple(runs)

    # -- sections ---------------------------------------------------------------------------------

    def blocks(self) -> list[Block]:
        return [
            *self.head(),
            *self.headline(),
            *self.factions(),
            *self.areas(),
            *self.figures(),
            *self.serious(),
            *self.contested(),
            *self.chains(),
            *self.milestones(),
            *self.quality(),
        ]

    def head(self) -> list[Block]:
        b = self.b
        out: list[Block] = [
            Heading(self.t("title"), 1),
            Paragraph(
                (
                    Run(
                        self.t(
                            "period",
                            start=self.day(b.period[0]),
                            end=self.day(b.period[1]),
                            prev_start=self.day(b.previous[0]),
                            prev_end=self.day(b.previous[1]),
                        )
                    ),
                )
            ),
            *([Paragraph((Run(self.t("filters", filters=b.filters_text)),))] if b.filters_text else []),
            Paragraph((Run(self.t("generated_at", when=self.ltr(b.generated_at))),), "meta"),
        ]
        if b.sample:
            out.append(Paragraph((Run(self.t("sample_notice"), bold=True),), "notice"))
        for name, note in b.zone_notes:
            out.append(Paragraph((Run(f"{name}: {note}"),), "notice"))
        out.append(Paragraph((Run(self.t("claims_notice")),), "note"))
        return out

    def headline(self) -> list[Block]:
        totals = self.b.totals
        rows = tuple(
            (
                (Run(self.t(name)),),
                (Run(self.number(totals.at[name, "current"]), bold=True),),
                (Run(self.number(totals.at[name, "previous"])),),
                (Run(self.signed(totals.at[name, "change"])),),
            )
            for name in TOTAL_ROWS
        )
        header = (self.t("figure"), self.t("current"), self.t("previous"), self.t("change"))
        return [Heading(self.t("headline"), 2), Table(header, rows, (False, True, True, True))]

    def factions(self) -> list[Block]:
        table = self.b.by_faction
        if table.empty:
            return [Heading(self.t("by_faction"), 2), Paragraph((Run(self.t("no_incidents")),))]
        header = (self.t("faction"), self.t("incidents"), self.t("previous"), self.t("change"),
                  self.t("violations"), self.t("killed_range"))  # fmt: skip
        rows = tuple(
            (
                (Run(self.faction(faction)),),
                (Run(self.number(r["incidents"])),),
                (Run(self.number(r["previous"])),),
                (Run(self.signed(r["change"])),),
                (Run(self.number(r["violations"])),),
                (Run(self.span(r["killed_low"], r["killed_best"], r["killed_high"])),),
            )
            for faction, r in table.iterrows()
        )
        return [
            Heading(self.t("by_faction"), 2),
            Table(header, rows, (False, True, True, True, True, True)),
            Paragraph((Run(self.t("by_faction_note")),), "note"),
        ]

    def areas(self) -> list[Block]:
        table = self.b.by_area
        if table.empty:
            return [Heading(self.t("by_area"), 2), Paragraph((Run(self.t("no_incidents")),))]
        blocs = [c for c in table.columns if c != "total"]
        header = (self.t("area"), *(charts.bloc_label(c, self.lang) for c in blocs), self.t("total"))
        rows = tuple(
            (
                (Run(charts.admin_label(area, self.lang)),),
                *((Run(self.number(r[c])),) for c in blocs),
                (Run(self.number(r["total"]), bold=True),),
            )
            for area, r in table.iterrows()
        )
        table_block = Table(header, rows, (False, *([True] * (len(blocs) + 1))))
        return [Heading(self.t("by_area"), 2), table_block, Paragraph((Run(self.t("by_area_note")),), "note")]

    def figures(self) -> list[Block]:
        if not self.b.figures:
            return []
        out: list[Block] = [Heading(self.t("charts"), 2)]
        out += [Image(f"{i:02d}-{f.kind}", f.png, f.title or f.kind) for i, f in enumerate(self.b.figures, start=1)]
        return out

    def claims_table(self, claims: tuple[Claim, ...], citations: tuple[Citation, ...]) -> Table:
        titles = {c.report: c for c in citations}
        header = (self.t("source"), self.t("outlet"), self.t("killed"), self.t("wounded"), self.t("captured"),
                  self.t("cited_in"))  # fmt: skip
        rows = []
        for claim in claims:
            citation = titles.get(claim.report)
            rows.append(
                (
                    (Run(self.iso(claim.source) or "–"),),
                    (Run(self.iso(claim.outlet or (citation.outlet if citation else None)) or "–"),),
                    (Run(self.number(claim.killed)),),
                    (Run(self.number(claim.wounded)),),
                    (Run(self.number(claim.captured)),),
                    (Run(self.iso(citation.title or citation.document or citation.report)) if citation else Run("–"),),
                )
            )
        return Table(header, tuple(rows), (False, False, True, True, True, False))

    def incident_blocks(self, number: int, incident: Incident) -> list[Block]:
        key = f"verdict_{incident.violation}"
        verdict = self.t(key) if key in strings() else incident.violation
        out: list[Block] = [
            Heading(f"{number}. {self.incident_title(incident)}", 3),
            Paragraph(
                (Run(self.t("who_whom", who=self.actors(incident.perpetrators), whom=self.actors(incident.targets))),)
            ),
            Paragraph(
                (
                    Run(
                        self.t(
                            "toll",
                            killed=self.span(incident.killed_low, incident.killed_best, incident.killed_high),
                            wounded=self.span(incident.wounded_low, incident.wounded_best, incident.wounded_high),
                        )
                    ),
                    Run(" " + self.verdict(verdict, incident)),
                    Run(" " + self.t("review", state=self.t(f"state_{incident.review_state}"))),
                )
            ),
        ]
        if incident.contested:
            out.append(Paragraph((Run(self.contested_text(incident), bold=True),), "notice"))
        if incident.claims:
            out.append(self.claims_table(incident.claims, incident.citations))
        else:
            out.append(Paragraph((Run(self.t("no_claims")),), "note"))
        out.append(Paragraph((Run(self.t("citations"), bold=True),)))
        out.append(Bullets(tuple(self.citation(c) for c in incident.citations)))
        return out

    def verdict(self, verdict: str, incident: Incident) -> str:
        """The verdict, with its one-line reason in the briefing's language."""
        reason = incident.violation_reason_ar if self.lang == "ar" else incident.violation_reason
        if reason:
            return self.t("verdict_reason", verdict=verdict, reason=reason)
        return self.t("verdict", verdict=verdict)

    def serious(self) -> list[Block]:
        out: list[Block] = [Heading(self.t("serious"), 2), Paragraph((Run(self.t("serious_note")),), "note")]
        if not self.b.serious:
            return [*out, Paragraph((Run(self.t("no_incidents")),))]
        for number, incident in enumerate(self.b.serious, start=1):
            out += self.incident_blocks(number, incident)
        return out

    def claimant(self, incident: Incident, claim: Claim) -> str:
        """Who makes a claim: its named source, else the outlet or file of the report that carries it."""
        return self.iso(incident.claimant(claim)) or "?"

    def sayings(self, incident: Incident, names: tuple[str, ...], value) -> str:
        """Each source once with what it says of ``names``, ``value(claim)`` phrasing one claim: a source giving
        two tolls says both, a source repeating a figure says it once."""
        says = []
        for voice, claims in incident.voices(names).items():
            values = self.t("comma").join(dict.fromkeys(value(c) for c in claims))
            # a known outlet or monitor by its name in the briefing's language, any other source as written
            source = (
                self.claimant(incident, claims[0])
                if voice.startswith("?")
                else self.iso(outlet_label(voice, self.lang))
            )
            says.append(self.t("says", source=source, value=values))
        return self.t("semicolon").join(says)

    def contested_text(self, incident: Incident) -> str:
        parts = [
            f"{self.t(name)}: " + self.sayings(incident, (name,), lambda c, n=name: self.number(getattr(c, n)))
            for name in incident.contested
        ]
        return f"{self.t('contested')} — " + " · ".join(parts)

    def contested(self) -> list[Block]:
        out: list[Block] = [Heading(self.t("contested"), 2)]
        if not self.b.contested:
            return [*out, Paragraph((Run(self.t("contested_none")),))]
        out.append(Paragraph((Run(self.t("contested_note")),), "note"))
        items = []
        for incident in self.b.contested:
            what = self.t("comma").join(self.t(name) for name in incident.contested)
            claims = self.sayings(
                incident,
                incident.contested,
                lambda c, names=incident.contested: " / ".join(
                    self.counted(getattr(c, n), n) for n in names if getattr(c, n) is not None
                ),
            )
            items.append(
                (Run(self.t("contested_line", incident=self.incident_title(incident), what=what, claims=claims)),)
            )
        out.append(Bullets(tuple(items)))
        if self.b.contested_more:
            out.append(Paragraph((Run(self.t("more", n=self.number(self.b.contested_more))),), "note"))
        out.append(self.side_by_side())
        return out

    def side_by_side(self) -> Table:
        """Every contested claim in one table: incident, source, figures, report."""
        header = (self.t("incident"), self.t("source"), self.t("killed"), self.t("wounded"), self.t("cited_in"))
        rows = []
        for incident in self.b.contested:
            titles = {c.report: c for c in incident.citations}
            for claim in incident.claims:
                citation = titles.get(claim.report)
                rows.append(
                    (
                        (Run(self.incident_title(incident)),),
                        (Run(self.claimant(incident, claim)),),
                        (Run(self.number(claim.killed), bold="killed" in incident.contested),),
                        (Run(self.number(claim.wounded), bold="wounded" in incident.contested),),
                        (
                            Run(self.iso(citation.title or citation.document or citation.report))
                            if citation
                            else Run("–"),
                        ),
                    )
                )
        return Table(header, tuple(rows), (False, False, True, True, False))

    def chains(self) -> list[Block]:
        out: list[Block] = [Heading(self.t("chains"), 2)]
        if not self.b.chains:
            return [*out, Paragraph((Run(self.t("chains_none")),))]
        items = []
        for chain in self.b.chains:

            def who(i: Incident) -> str:
                return f"{self.incident_title(i)} ({self.t('who_whom', who=self.actors(i.perpetrators), whom=self.actors(i.targets))})"

            report = self.citation(chain.citation) if chain.citation else (Run("?"),)
            text = self.t("chain_line", answer=who(chain.answer), answered=who(chain.answered), report="{report}")
            before, _, after = text.partition("{report}")
            out_of_order = chain.answer.first and chain.answered.first and chain.answer.first < chain.answered.first
            warning = (Run(" " + self.t("chain_out_of_order"), bold=True),) if out_of_order else ()
            items.append((Run(before), *report, Run(after), *warning))
        out.append(Bullets(tuple(items)))
        if self.b.chains_more:
            out.append(Paragraph((Run(self.t("more", n=self.number(self.b.chains_more))),), "note"))
        return out

    def milestones(self) -> list[Block]:
        out: list[Block] = [Heading(self.t("milestones"), 2)]
        if not self.b.milestones:
            return [*out, Paragraph((Run(self.t("milestones_none")),))]
        items = tuple(
            (
                Run(self.day(m.date), bold=True),
                Run(" — " + (self.t("signed", agreement=m.agreement) if m.signing else f"{m.agreement}: {m.label}")),
            )
            for m in self.b.milestones
        )
        return [*out, Bullets(items)]

    def quality(self) -> list[Block]:
        q = self.b.quality
        lines = [
            self.t("q_articles", period=self.number(q.articles_in_period), store=self.number(q.articles_in_store)),
            self.t("q_unreviewed", n=self.number(q.unreviewed), total=self.number(q.incidents)),
            self.t("q_weekday", n=self.number(q.weekday_mismatch)),
            self.t("q_other_warnings", n=self.number(q.other_date_warnings)),
            self.t("q_undated", n=self.number(q.undated_reports)),
            self.t("q_region", n=self.number(q.region_precision)),
            self.t("q_unplaced", n=self.number(q.unplaced)),
            self.t("q_no_figure", n=self.number(q.no_figure)),
        ]
        return [Heading(self.t("quality"), 2), Bullets(tuple((Run(line),) for line in lines))]


def layout(briefing: Briefing) -> list[Block]:
    """The briefing as blocks, in its language."""
    return Writer(briefing).blocks()

"""Faction mentions: the alias table (``data/faction_aliases.csv``) matched on the normalized text.

Arabic names take clitics: "لـ"تحرير الشام"" (ل, with or without a space after the tatweel), "بـ",
"و", "ف", and "للنظام" (ل + النظام with the alef dropped). The clitic is kept on the mention because
it carries meaning: "قصف لقوات النظام" names the shooter. Sub-units ("العصائب الحمراء") map to their
parent in the table; a generic wording followed by a named group ("مجموعات إرهابية تابعة لتنظيم جبهة
النصرة") counts as the named group only; a bare "الجيش" after a named "جيش ..." faction means that one.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from timeline.lexregex import trie_pattern
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR, LEXICON_DIR
from timeline.spans import SpanSet

_BLANK = str.maketrans({c: " " for c in "\"'«»“”()[]"})
GENERIC = "opposition-unspecified"
# Words allowed between a generic wording and the named group it belongs to.
_LINK_WORDS = re.compile(
    r"^(?:\s|تابعه|التابعه|ل|من|تنظيم|لتنظيم|ما|يسمي|وما|فصائل|مجموعه|مجموعات|group|groups|the|fighters|from|of)*$"
)
ANAPHOR = "previous"  # "التنظيم", "الفصيل": the armed group named last
POSSESSOR = "possessor"  # "its forces", "its troops": the party named last, whatever its kind
_ANAPHORS = (ANAPHOR, POSSESSOR)
_AMBIGUOUS_ARMY = "الجيش"
_OUTLET_BEFORE = re.compile(r"(?:وكاله|قناه|شبكه|صحيفه|موقع|agency|channel|network|newspaper)\s+$")


@dataclass(frozen=True)
class FactionMention:
    """A faction named in the text: [start, end) is the alias itself, ``clitic`` the prefix before it."""

    start: int
    end: int
    faction: str
    alias: str
    clitic: str


@cache
def factions() -> dict[str, dict]:
    """The canonical factions by id (``data/factions.csv``)."""
    with open(DATA_DIR / "factions.csv", encoding="utf-8") as fh:
        return {row["id"]: row for row in csv.DictReader(fh)}


def bloc(faction: str) -> str:
    """The bloc of a faction id ('unknown' for ids the table lacks)."""
    row = factions().get(faction)
    return row["bloc"] if row else "unknown"


@cache
def aliases() -> dict[str, str]:
    """Normalized alias -> faction id."""
    table: dict[str, str] = {}
    known = factions()
    with open(DATA_DIR / "faction_aliases.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["faction_id"] not in known and row["faction_id"] not in _ANAPHORS:
                raise ValueError(f"data/faction_aliases.csv: unknown faction id {row['faction_id']!r}")
            alias = normalize_term(row["alias"].translate(_BLANK))
            if alias:
                table[alias] = row["faction_id"]
    return table


@cache
def _pattern() -> re.Pattern:
    variants = set(aliases())
    # "للنظام": ل + النظام with the alef dropped; accepted only after the clitic ل (see find_factions)
    variants |= {"ل" + alias[2:] for alias in aliases() if alias.startswith("ال")}
    body = trie_pattern(variants)
    # "HTS-led fighters" names HTS; "Russia-backed forces" does not name Russia as a party
    return re.compile(r"(?<![\w-])(?P<clitic>[وف]?[بلك]\s?|[وف])?(?P<alias>" + body + r")(?:(?=-led\b)|(?![\w-]))")


@cache
def _second_adjective() -> re.Pattern:
    adjectives = _adjective_pattern()[1]
    # "روسية أو سورية", "Russian or Syrian": a hedged attribution names both (GOLD_SCHEMA: "X or Y" = both)
    return re.compile(rf"\s+(?:و|او\s+|and\s+|or\s+)(?P<adj>{trie_pattern(adjectives)})(?!\w)")


def _alias_key(matched: str) -> str:
    key = " ".join(matched.split())
    if key in aliases():
        return key
    return "ال" + key[1:]  # the "للنظام" form: ل + لنظام


@cache
def _adjective_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """Nationality adjectives right after a force or incident noun (``nationality_adjectives.csv``,
    ``force_nouns.csv``): "غارة جوية روسية", "طائرات حربية روسية", "جنود أتراك"."""
    with open(LEXICON_DIR / "nationality_adjectives.csv", encoding="utf-8") as fh:
        adjectives = {normalize_term(r["word"]): r["faction_id"] for r in csv.DictReader(fh)}
    with open(LEXICON_DIR / "force_nouns.csv", encoding="utf-8") as fh:
        nouns = {normalize_term(r["word"]) for r in csv.DictReader(fh)}
    pattern = re.compile(
        rf"(?<!\w)(?P<clitic>[وف]?[بل]|[وف])?(?P<noun>{trie_pattern(nouns)})(?:\s+\w+)?\s+"
        rf"(?P<adj>{trie_pattern(adjectives)})(?!\w)"
    )
    return pattern, adjectives


def find_factions(flat: str) -> list[FactionMention]:
    """Every faction mention in a normalized, quote-free text, in order."""
    found: list[FactionMention] = []
    taken = SpanSet()  # spans of ``found``, for the overlap test below (no scan of every mention)
    pattern, adjectives = _adjective_pattern()
    for m in pattern.finditer(flat):
        faction = adjectives[m.group("adj")]
        found.append(FactionMention(m.start("noun"), m.end("adj"), faction, m.group(), m.group("clitic") or ""))
        taken.add(m.start("noun"), m.end("adj"))
        more = _second_adjective().match(flat, m.end())  # "الطائرات الروسية والسورية": both air forces
        if more and adjectives[more.group("adj")] != faction:
            found.append(FactionMention(more.start("adj"), more.end("adj"), adjectives[more.group("adj")], "", ""))
            taken.add(more.start("adj"), more.end("adj"))
    for m in _pattern().finditer(flat):
        clitic = (m.group("clitic") or "").strip()
        matched = " ".join(m.group("alias").split())
        if matched not in aliases() and not clitic.endswith("ل"):
            continue
        key = _alias_key(m.group("alias"))
        start = m.start("alias")
        if not m.group("clitic") and start > 0 and flat[start - 1] == "ل" and key.startswith("ال"):
            clitic = "ل"
        if _OUTLET_BEFORE.search(flat, max(0, m.start() - 12), m.start()):
            continue  # "وكالة أنقرة للأنباء": an outlet's name, not the faction
        if taken.overlaps(start, m.end("alias")):
            continue
        found.append(FactionMention(start, m.end("alias"), aliases()[key], key, clitic))
        taken.add(start, m.end("alias"))
    return _resolve(flat, sorted(found, key=lambda f: f.start))


def _resolve(flat: str, mentions: list[FactionMention]) -> list[FactionMention]:
    """Drop generic wordings that a named group follows; read a bare "الجيش" as the last named army."""
    out: list[FactionMention] = []
    last_army: str | None = None
    last_group: str | None = None
    last_party: str | None = None
    for i, m in enumerate(mentions):
        if m.faction in _ANAPHORS:
            meant = last_group if m.faction == ANAPHOR else last_party
            if meant is not None:
                out.append(FactionMention(m.start, m.end, meant, m.alias, m.clitic))
            continue
        if m.faction not in ("civilians", "unknown"):
            last_party = m.faction
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.faction == GENERIC
            and nxt is not None
            and nxt.faction not in (GENERIC, "unknown")
            and bloc(nxt.faction) in ("opposition", "jihadist")
            and nxt.start - m.end <= 30
            and _LINK_WORDS.match(flat[m.end : nxt.start] + " " + nxt.clitic)
        ):
            continue
        if m.alias == _AMBIGUOUS_ARMY and last_army:
            m = FactionMention(m.start, m.end, last_army, m.alias, m.clitic)
        elif m.alias.startswith(("جيش", "الجيش")) and m.faction != "syrian-government":
            last_army = m.faction
        if bloc(m.faction) in ("opposition", "jihadist", "isis", "sdf"):
            last_group = m.faction
        out.append(m)
    return out

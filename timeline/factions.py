"""Faction mentions: the alias table (``data/faction_aliases.csv``) matched on the normalized text.

Arabic names take clitics: "لـ"تحرير الشام"" (ل, with or without a space after the tatweel), "بـ",
"و", "ف", and "للنظام" (ل + النظام with the alef dropped). The clitic is kept on the mention because
it carries meaning: "قصف لقوات النظام" names the shooter. Sub-units ("العصائب الحمراء") map to their
parent in the table; a generic wording followed by a named group ("مجموعات إرهابية تابعة لتنظيم جبهة
النصرة") counts as the named group only; a bare "الجيش" after a named "جيش ..." faction means that one.
English nationality adjectives name a faction only before a force or incident noun ("Russian and Syrian
jets", "Syrian regime helicopters"), never alone ("the Turkish border"). A short alias written in capitals
in the table ("IS", "US") is matched with its case only, so the verb "is" and the pronoun "us" are no factions.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from timeline.cuewords import cue_words
from timeline.frozen import freeze_fields
from timeline.lexregex import (
    BlankTokens,
    WordOpenings,
    any_of,
    blank_tokens,
    first_words,
    matches_near,
    named_group,
    trie_pattern,
    word_start_matches,
)
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR
from timeline.spans import SpanSet

# An English possessive ending inside an alias ("Assad's air force"), apostrophe and all.
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’]s(?=\s)")
_BLANK = str.maketrans({c: " " for c in "\"'«»“”()[]"})
GENERIC = "opposition-unspecified"
# The classes of cue words in data/lexicon/faction_words.csv, each read by the patterns below.
CUE_CLASSES = frozenset({"country_alias", "hedge_complementizer", "hedge_verb", "link_word", "outlet_noun"})
NOUN_CLITIC_MAX = 2  # characters of the longest clitic before a force noun ("وب", "فل": ``_adjective_pattern``)
ANAPHOR = "previous"  # "التنظيم", "الفصيل": the armed group named last
POSSESSOR = "possessor"  # "its forces", "its troops": the party named last, whatever its kind
JIHADISTS = "previous-jihadist"  # "jihadists": the jihadist group named last ("IS jihadists"), else HTS
_ANAPHORS = (ANAPHOR, POSSESSOR, JIHADISTS)
_AMBIGUOUS_ARMY = "الجيش"
_ORGANIZATION = "التنظيم"


@dataclass(frozen=True)
class FactionMention:
    """A faction named in the text: [start, end) is the alias itself, ``clitic`` the prefix before it."""

    start: int
    end: int
    faction: str
    alias: str
    clitic: str


def _rows(lexicon_dir: Path, name: str) -> list[dict]:
    with open(lexicon_dir / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _case_sensitive(alias: str) -> bool:
    """ "IS", "US": a short alias written in capitals collides with a common word when lower-cased."""
    return alias.isascii() and alias.isupper() and len(alias) <= 3


@dataclass(frozen=True, eq=False)
class FactionTables:
    """The faction tables and the patterns compiled from them (``FactionTables.build``), held by the
    ``timeline.reference.Reference`` that extraction is given; nothing here is read from a hidden cache."""

    factions: dict[str, dict]  # the canonical factions by id (``data/factions.csv``)
    aliases: dict[str, str]  # normalized alias -> faction id (aliases matched with their case apart)
    cased_aliases: dict[str, str]  # aliases matched only as written ("IS", "US") -> faction id
    pattern: re.Pattern
    cased_pattern: re.Pattern | None
    english_adjective_pattern: tuple[re.Pattern, dict[str, str]]
    adjective_pattern: tuple[re.Pattern, dict[str, str]]
    second_adjective: re.Pattern
    country_names: frozenset[str]
    locatives: frozenset[str]
    agency_pattern: re.Pattern
    link_words: re.Pattern  # only words allowed between a generic wording and the named group it belongs to
    outlet_before: re.Pattern  # "وكالة", "agency" right before an alias: an outlet's name, not the faction
    openings: WordOpenings = field(compare=False)  # the words a match of ``pattern`` may start at
    # the words a match of ``english_adjective_pattern``, of ``adjective_pattern`` may start at
    english_adjective_openings: WordOpenings = field(compare=False)
    adjective_openings: WordOpenings = field(compare=False)

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR) -> FactionTables:
        """Read and compile every faction table of ``data_dir``."""
        lexicon_dir = data_dir / "lexicon"
        with open(data_dir / "factions.csv", encoding="utf-8") as fh:
            known = {row["id"]: row for row in csv.DictReader(fh)}
        rows = _alias_rows(data_dir, known)
        alias_table = _aliases(rows)
        cased = {row["alias"]: row["faction_id"] for row in rows if _case_sensitive(row["alias"])}
        cues = cue_words("faction_words.csv", CUE_CLASSES, directory=lexicon_dir)
        _w = cues.pattern
        # "طائرات يعتقد أنها روسية", "قصف يرجح أنه تركي": a hedged attacker is still the one named (issue 11,
        # point 4); the hedge may stand between commas: "صواريخ، يرجح أنها أمريكية، …"
        hedge = rf"(?:[،,]?\s+{_w('hedge_verb')}(?:\s+{_w('hedge_complementizer')})?[،,]?)"
        adjective_pattern = _adjective_pattern(lexicon_dir, hedge)
        english_adjective_pattern = _english_adjective_pattern(lexicon_dir)
        return cls(
            factions=known,
            aliases=alias_table,
            cased_aliases=cased,
            pattern=_pattern(alias_table),
            cased_pattern=_cased_pattern(cased),
            english_adjective_pattern=english_adjective_pattern,
            adjective_pattern=adjective_pattern,
            second_adjective=_second_adjective(adjective_pattern[1]),
            country_names=_country_names(lexicon_dir, alias_table, cues.word_set("country_alias")),
            locatives=_locatives(lexicon_dir),
            agency_pattern=_agency_pattern(data_dir),
            link_words=re.compile(rf"^(?:\s|{_w('link_word')})*$"),
            outlet_before=re.compile(rf"{_w('outlet_noun')}\s+$"),
            openings=_openings(alias_table),
            english_adjective_openings=_list_openings(english_adjective_pattern[1]),
            adjective_openings=_list_openings(_force_nouns(lexicon_dir, "ar"), _NOUN_CLITIC),
        )

    def bloc(self, faction: str) -> str:
        """The bloc of a faction id ('unknown' for ids the table lacks)."""
        row = self.factions.get(faction)
        return row["bloc"] if row else "unknown"


def _default() -> FactionTables:
    from timeline.reference import default_reference  # imported here: the reference imports this module

    return default_reference().factions


def factions() -> dict[str, dict]:
    """The canonical factions by id (``data/factions.csv``) of the default reference."""
    return _default().factions


def bloc(faction: str, tables: FactionTables | None = None) -> str:
    """The bloc of a faction id ('unknown' for ids the table lacks)."""
    return (tables or _default()).bloc(faction)


def _alias_rows(data_dir: Path, known: dict[str, dict]) -> tuple[dict, ...]:
    with open(data_dir / "faction_aliases.csv", encoding="utf-8") as fh:
        rows = tuple(csv.DictReader(fh))
    for line, row in enumerate(rows, start=2):
        if row["faction_id"] not in known and row["faction_id"] not in _ANAPHORS:
            raise ValueError(f"{data_dir / 'faction_aliases.csv'}:{line}: unknown faction id {row['faction_id']!r}")
    return rows


def _aliases(rows: tuple[dict, ...]) -> dict[str, str]:
    """Normalized alias -> faction id (aliases matched with their case apart: ``cased_aliases``)."""
    table: dict[str, str] = {}
    for row in rows:
        if _case_sensitive(row["alias"]):
            continue
        # "Assad's air force" is also written "Assads air force" when a text lost its apostrophes, and a Latin name's
        # hyphens are spaces in some romanizations ("Ahrar al-Sham", "Ahrar al Sham")
        latin = row["alias"].isascii()
        spellings = {row["alias"], _POSSESSIVE.sub("s", row["alias"]), row["alias"].replace("-", " ") if latin else ""}
        for written in spellings - {""}:
            alias = normalize_term(written.translate(_BLANK))
            if alias:
                table[alias] = row["faction_id"]
    return table


def _cased_pattern(table: dict[str, str]) -> re.Pattern | None:
    if not table:
        return None
    return re.compile(r"(?<![\w-])(?P<alias>" + trie_pattern(table) + r")(?:(?=-led\b)|(?![\w-]))")


def _english_adjective_pattern(lexicon_dir: Path) -> tuple[re.Pattern, dict[str, str]]:
    """ "Russian jets", "Russian and Syrian strikes", "Syrian regime helicopters": English nationality
    adjectives (one or two, joined by and/or) before a force or incident noun (``force_nouns.csv``), with
    at most two words of ``force_modifiers.csv`` between."""
    adjectives = {
        normalize_term(r["word"]): r["faction_id"]
        for r in _rows(lexicon_dir, "nationality_adjectives.csv")
        if r["language"] == "en"
    }
    nouns = _force_nouns(lexicon_dir, "en")
    modifiers = {normalize_term(r["word"]) for r in _rows(lexicon_dir, "force_modifiers.csv")}
    adj = trie_pattern(adjectives)
    pattern = re.compile(
        rf"(?<![\w-])(?P<adj>{adj})(?:\s+(?:and|or)\s+(?P<adj2>{adj}))?"
        rf"(?:\s+(?:{trie_pattern(modifiers)})){{0,2}}\s+(?P<noun>{trie_pattern(nouns)})(?![\w-])"
    )
    return pattern, adjectives


_CLITIC = r"[وف]?[بلك]\s?|[وف]"  # before an Arabic alias: "لـ"تحرير الشام"" is "ل تحرير الشام"
_NOUN_CLITIC = "[وف]?[بل]|[وف]"  # before an Arabic force noun: "وبالطائرات"


def _variants(alias_table: dict[str, str]) -> set[str]:
    """The aliases and, for "النظام", "للنظام" without its alef: ل + "لنظام", accepted only after the clitic ل
    (see find_factions)."""
    return set(alias_table) | {"ل" + alias[2:] for alias in alias_table if alias.startswith("ال")}


def _pattern(alias_table: dict[str, str]) -> re.Pattern:
    body = trie_pattern(_variants(alias_table))
    # "HTS-led fighters" names HTS; "Russia-backed forces" does not name Russia as a party
    # "the Syrian armys tanks": an English possessive whose apostrophe was lost
    return re.compile(
        rf"(?<![\w-])(?P<clitic>{_CLITIC})?(?P<alias>" + body + r")(?:(?=-led\b)|(?<=[a-z])s(?![\w-])|(?![\w-]))"
    )


def _openings(alias_table: dict[str, str]) -> WordOpenings:
    """A match of ``_pattern`` starts at a word that opens with an alias of one word (after its clitic), that is
    the first word of a longer alias up to the blank after it, or that is a clitic written apart ("ل تحرير")."""
    variants = _variants(alias_table)
    words = trie_pattern(v for v in variants if " " not in v)
    phrases = first_words(v for v in variants if " " in v)
    alias = any_of(words, rf"(?:{trie_pattern(phrases)})\Z" if phrases else "")
    return WordOpenings(re.compile(rf"(?:[وف]?[بلك]|[وف])?(?:{alias})|[وف]?[بلك]\Z"))


def _second_adjective(adjectives: dict[str, str]) -> re.Pattern:
    # "روسية أو سورية", "Russian or Syrian": a hedged attribution names both (GOLD_SCHEMA: "X or Y" = both); "قوات
    # الحلف السوري الروسي", a monitor's name for the alliance: two adjectives side by side name both too
    return re.compile(rf"\s+(?:و|او\s+|and\s+|or\s+)?(?P<adj>{trie_pattern(adjectives)})(?!\w)")


def _alias_key(matched: str, tables: FactionTables) -> str:
    key = " ".join(matched.split())
    if key in tables.aliases:
        return key
    return "ال" + key[1:]  # the "للنظام" form: ل + لنظام


def _adjective_pattern(lexicon_dir: Path, hedge: str) -> tuple[re.Pattern, dict[str, str]]:
    """Nationality adjectives right after a force or incident noun (``nationality_adjectives.csv``,
    ``force_nouns.csv``): "غارة جوية روسية", "طائرات حربية روسية", "جنود أتراك", maybe with a ``hedge`` between."""
    adjectives = {
        normalize_term(r["word"]): r["faction_id"]
        for r in _rows(lexicon_dir, "nationality_adjectives.csv")
        if r["language"] == "ar"
    }
    nouns = _force_nouns(lexicon_dir, "ar")
    pattern = re.compile(
        rf"(?<!\w)(?P<clitic>{_NOUN_CLITIC})?(?P<noun>{trie_pattern(nouns)})(?:\s+\w+)?{hedge}?\s+"
        rf"(?P<adj>{trie_pattern(adjectives)})(?!\w)"
    )
    return pattern, adjectives


def _force_nouns(lexicon_dir: Path, language: str) -> set[str]:
    """The force and incident nouns of ``force_nouns.csv`` in ``language``, normalized."""
    return {normalize_term(r["word"]) for r in _rows(lexicon_dir, "force_nouns.csv") if r["language"] == language}


def _list_openings(words: Iterable[str], clitic: str = "") -> WordOpenings:
    """Where a match of a pattern opening with ``words`` (after an optional ``clitic``) may start: at a word that
    opens with one of them, or that is, up to the blank after it, the first word of a phrase of them."""
    words = set(words)
    phrases = first_words(w for w in words if " " in w)
    alternatives = any_of(
        trie_pattern(w for w in words if " " not in w), rf"(?:{trie_pattern(phrases)})\Z" if phrases else ""
    )
    return WordOpenings(re.compile(rf"(?:{clitic})?(?:{alternatives})" if clitic else alternatives))


def _country_names(lexicon_dir: Path, alias_table: dict[str, str], arabic: frozenset[str]) -> frozenset[str]:
    """Names of countries and capitals that are also aliases of a party (``not_place_names.csv``; ``arabic``: the
    Arabic ones, class country_alias of ``faction_words.csv``)."""
    return arabic & set(alias_table) | frozenset(
        r["word"].lower() for r in _rows(lexicon_dir, "not_place_names.csv") if r["role"] == "never"
    ) & set(alias_table)


def _locatives(lexicon_dir: Path) -> frozenset[str]:
    """English words after which a one-word name is a place (``place_prepositions.csv``, role 'cue')."""
    return frozenset(
        r["word"] for r in _rows(lexicon_dir, "place_prepositions.csv") if r["role"] == "cue" and " " not in r["word"]
    )


def _agency_pattern(data_dir: Path) -> re.Pattern:
    """A dateline's agency after a city ("MOSCOW (Sputnik) –"): the outlets of ``data/outlets.csv``."""
    with open(data_dir / "outlets.csv", encoding="utf-8") as fh:
        names = {normalize_term(n) for r in csv.DictReader(fh) for n in [r["name_en"], *r["aliases"].split("|")] if n}
    return re.compile(rf"[\s,\-–(]*(?:{trie_pattern(n for n in names if n.isascii())})(?![\w])")


def _agency_after(flat: str, end: int, tables: FactionTables) -> bool:
    return bool(tables.agency_pattern.match(flat, end))


def _locative_before(flat: str, start: int, tables: FactionTables) -> bool:
    words = flat[max(0, start - 12) : start].split()
    return bool(words) and words[-1] in tables.locatives and flat[start - 1 : start] == " "


def has_cased_alias(original: str, tables: FactionTables | None = None) -> bool:
    """True when ``original`` writes an alias matched only with its case ("IS", "US"): without one,
    ``find_factions`` finds the same mentions whether or not it is given the original text."""
    cased = (tables or _default()).cased_pattern
    return cased is not None and next(word_start_matches(cased, original), None) is not None


def find_factions(
    flat: str,
    original: str | None = None,
    to_flat=None,
    tables: FactionTables | None = None,
    tokens: BlankTokens | None = None,
) -> list[FactionMention]:
    """Every faction mention in a normalized, quote-free text, in order.

    ``original`` (the text before lower-casing) and ``to_flat`` (its offsets to ``flat``'s) let the aliases
    written in capitals ("IS") be matched with their case; ``tables``: the reference's (default: the shipped ones);
    ``tokens``: ``lexregex.blank_tokens(flat)`` when the caller has it."""
    tables = tables or _default()
    tokens = tokens if tokens is not None else blank_tokens(flat)
    found: list[FactionMention] = []
    cased = tables.cased_pattern
    if original is not None and cased is not None:
        for m in word_start_matches(cased, original):
            start, end = (to_flat(m.start()), to_flat(m.end())) if to_flat else (m.start(), m.end())
            found.append(
                FactionMention(start, end, tables.cased_aliases[m.group("alias")], m.group("alias").lower(), "")
            )
    en_pattern, en_adjectives = tables.english_adjective_pattern
    # Each adjective pattern is tried at the words that may open it, in a text of its script; in a text without
    # that script, a regex search skipping to the pattern's first letters finds the same matches faster.
    ascii_text = flat.isascii()
    en_matches = (
        tables.english_adjective_openings.finditer(en_pattern, flat, tokens)
        if ascii_text
        else word_start_matches(en_pattern, flat)
    )
    for m in en_matches:
        for group in ("adj", "adj2"):
            if m.group(group):
                start = m.start(group)  # "Russian and Syrian strikes": each adjective names the strikes'
                found.append(FactionMention(start, m.end("noun"), en_adjectives[m.group(group)], m.group(), ""))
    pattern, adjectives = tables.adjective_pattern
    ar_matches = (
        matches_near(pattern, named_group(pattern, "noun"), flat, NOUN_CLITIC_MAX)
        if ascii_text
        else tables.adjective_openings.finditer(pattern, flat, tokens)
    )
    for m in ar_matches:
        faction = adjectives[m.group("adj")]
        found.append(FactionMention(m.start("noun"), m.end("adj"), faction, m.group(), m.group("clitic") or ""))
        more = tables.second_adjective.match(flat, m.end())  # "الطائرات الروسية والسورية": both air forces
        if more and adjectives[more.group("adj")] != faction:
            found.append(FactionMention(more.start("adj"), more.end("adj"), adjectives[more.group("adj")], "", ""))
    taken = SpanSet()  # spans of ``found``, for the overlap test below (no scan of every mention)
    for f in found:
        taken.add(f.start, f.end)
    for m in tables.openings.finditer(tables.pattern, flat, tokens):
        clitic = (m.group("clitic") or "").strip()
        matched = " ".join(m.group("alias").split())
        if matched not in tables.aliases and not clitic.endswith("ل"):
            continue
        key = _alias_key(m.group("alias"), tables)
        start = m.start("alias")
        if not m.group("clitic") and start > 0 and flat[start - 1] == "ل" and key.startswith("ال"):
            clitic = "ل"
        if tables.outlet_before.search(flat, max(0, m.start() - 12), m.start()):
            continue  # "وكالة أنقرة للأنباء": an outlet's name, not the faction
        if key in tables.country_names and (
            _locative_before(flat, m.start(), tables) or _agency_after(flat, m.end(), tables)
        ):
            continue  # "a programme in Turkey", "MOSCOW (Sputnik) -": a country or a dateline's city, not a party
        if taken.overlaps(start, m.end("alias")):
            continue
        found.append(FactionMention(start, m.end("alias"), tables.aliases[key], key, clitic))
        taken.add(start, m.end("alias"))
    kept: list[FactionMention] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if not kept or f.start >= kept[-1].end or f.faction != kept[-1].faction:
            kept.append(f)  # "US strikes" is one mention, found by the alias and by the adjective
    return _resolve(flat, kept, tables)


def _resolve(flat: str, mentions: list[FactionMention], tables: FactionTables) -> list[FactionMention]:
    """Drop generic wordings that a named group follows; read a bare "الجيش" as the last named army."""
    bloc = tables.bloc
    out: list[FactionMention] = []
    last_army: str | None = None
    last_group: str | None = None
    last_organization: str | None = None  # "التنظيم" is what reports call IS or a jihadist group, never the SDF
    last_party: str | None = None
    for i, m in enumerate(mentions):
        if m.faction == JIHADISTS:
            meant = last_group if last_group and bloc(last_group) in ("jihadist", "isis") else "hts"
            out.append(FactionMention(m.start, m.end, meant, m.alias, m.clitic))
            continue
        if m.faction in _ANAPHORS:
            meant = last_group if m.faction == ANAPHOR else last_party
            if m.alias == _ORGANIZATION:
                meant = last_organization
            if meant is not None:
                out.append(FactionMention(m.start, m.end, meant, m.alias, m.clitic))
            continue
        if m.faction not in ("civilians", "unknown"):
            last_party = m.faction
        if m.faction == GENERIC and out and out[-1].faction != GENERIC and 0 <= m.start - out[-1].end <= 1:
            if bloc(out[-1].faction) in ("opposition", "jihadist", "isis", "sdf"):
                continue  # "IS militants", "Nusra rebels": the generic noun is the named group's
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.faction == GENERIC
            and nxt is not None
            and nxt.faction not in (GENERIC, "unknown")
            and bloc(nxt.faction) in ("opposition", "jihadist")
            and nxt.start - m.end <= 30
            and tables.link_words.match(flat[m.end : nxt.start] + " " + nxt.clitic)
        ):
            continue
        if m.alias == _AMBIGUOUS_ARMY and last_army:
            m = FactionMention(m.start, m.end, last_army, m.alias, m.clitic)
        elif m.alias.startswith(("جيش", "الجيش")) and m.faction != "syrian-government":
            last_army = m.faction
        if bloc(m.faction) in ("opposition", "jihadist", "isis", "sdf"):
            last_group = m.faction
        if bloc(m.faction) in ("jihadist", "isis"):
            last_organization = m.faction
        out.append(m)
    return out

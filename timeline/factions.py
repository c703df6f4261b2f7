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
    word_search,
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
CUE_CLASSES = frozenset(
    {
        "client_modifier",
        "actor_suffix",
        "bare_army",
        "client_noun",
        "country_alias",
        "hedge_complementizer",
        "hedge_phrase",
        "hedge_verb",
        "link_word",
        "military_command",
        "opponent_after_group",
        "opponent_prefix",
        "outlet_noun",
        "other_body_modifier",
        "sponsor_after_group",
        "sponsor_prefix",
        "sponsor_preposition",
        "sponsor_suffix",
        "sponsor_title",
    }
)
NOUN_CLITIC_MAX = 2  # characters of the longest clitic before a force noun ("وب", "فل": ``_adjective_pattern``)
ANAPHOR = "previous"  # "التنظيم", "الفصيل": the armed group named last
POSSESSOR = "possessor"  # "its forces", "its troops": the party named last, whatever its kind
_HYPHEN_COMPOUND = re.compile(
    r"(?:[^\s-]+\s+)?[^\s-]+-[^\s-]+"
)  # "Islamic State-linked", "US-backed": describes a group
JIHADISTS = "previous-jihadist"  # "jihadists": the jihadist group named last ("IS jihadists"), else HTS
# "extremists": the jihadist group named last ("IS militants … the extremists attacked"), else the unnamed armed
# groups of state and Russian media's wording
EXTREMISTS = "previous-extremist"
_ANAPHORS = (ANAPHOR, POSSESSOR, JIHADISTS, EXTREMISTS)
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


@dataclass(frozen=True)
class Sponsored:
    """A group named by its sponsor: [start, end) covers the group and the sponsor's name, ``client`` is the group's
    id, ``clitic`` the prefix before the group."""

    start: int
    end: int
    client: str
    clitic: str


@dataclass(frozen=True, eq=False)
class SponsoredGroups:
    """The patterns of a group named by its sponsor (``data/lexicon/sponsors.csv``, classes of ``faction_words.csv``):
    "Turkish-backed fighters", "pro-Assad militias", "fighters loyal to Ankara", "الفصائل المدعومة من تركيا".
    A group named only by a generic noun (class client_noun) is the sponsor's usual client. The sponsor is the
    group's backer, no party (as "backed by"): an incident of its own that day is not the group's. Named as its
    enemy ("anti-government forces", "قوات مناوئة للنظام"), the group is the sponsor's usual opponent."""

    # kind of link ("client", "opponent") -> sponsor's name (and its ل-form "لنظام") -> the id of the group named
    groups: dict[str, dict[str, str]]
    suffix_link: re.Pattern  # "-backed" after a sponsor: where an English phrase may be
    prefixes: dict[str, str]  # "pro-", "anti-" before a sponsor -> the kind of link
    link_words: dict[str, str]  # "loyal to", "المدعوم", "المناوئ": after a group noun, before its sponsor -> kind
    after_link: re.Pattern  # "loyal to" after a group noun
    arabic_link: re.Pattern  # "المدعوم", "الموالي" (any ending): where an Arabic phrase may be
    sponsor_before: re.Pattern  # the English sponsor ending right before "-backed"
    sponsor_right: re.Pattern  # the English sponsor right after "pro-"
    sponsor_after: re.Pattern  # the English sponsor after "loyal to" and a title
    client_after: re.Pattern  # the English group noun after "Turkish-backed" and modifiers
    modifiers: re.Pattern  # the modifiers before a group's own name: "Turkish-backed Syrian rebels"
    client_before: re.Pattern  # the English group noun right before "loyal to"
    arabic_sponsor_after: re.Pattern  # the Arabic sponsor after the link word's ending and a preposition
    arabic_client: re.Pattern  # an Arabic group noun, with its clitic
    descriptors: dict[str, str]  # "militant", "المتطرفه": what kind of group a generic group noun names -> its id
    described_after: re.Pattern  # an English descriptor, then a group noun: "militant groups"
    described_before: re.Pattern  # an Arabic group noun right before a descriptor: "الجماعات المتطرفة"

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, lexicon_dir: Path, cues, known: dict[str, dict]) -> SponsoredGroups:
        groups: dict[str, dict[str, str]] = {"client": {}, "opponent": {}}
        path = lexicon_dir / "sponsors.csv"
        for line, row in enumerate(_rows(lexicon_dir, "sponsors.csv"), start=2):
            word = row["word"]
            if not word or word != normalize_term(word) or row["language"] not in ("ar", "en"):
                raise ValueError(f"{path}:{line}: the word must be written normalized, with a language ar or en")
            if row["client"] not in known or (row["opponent"] and row["opponent"] not in known):
                raise ValueError(f"{path}:{line}: unknown faction id {row['client']!r} or {row['opponent']!r}")
            if word in groups["client"]:
                raise ValueError(f"{path}:{line}: {word!r} is already a sponsor")
            for kind in ("client", "opponent"):
                spellings = [word, "ل" + word[2:]] if word.startswith("ال") else [word]  # "للنظام": ل + لنظام
                groups[kind].update((w, row[kind]) for w in spellings if row[kind] and w not in groups[kind])
        english = trie_pattern(w for w in groups["client"] if w.isascii())
        arabic = trie_pattern(w for w in groups["client"] if not w.isascii())
        _w = cues.pattern
        client = rf"(?P<noun>{_w('client_noun')})(?![\w-])"
        after = cues.words("sponsor_after_group", "opponent_after_group")
        descriptors = _descriptors(lexicon_dir, known)
        clitic_noun = (
            rf"(?P<clitic>[وف]?[بل]?)(?P<noun>{_w('client_noun')}|"
            rf"{trie_pattern('ل' + w[2:] for w in cues.words('client_noun') if w.startswith('ال'))})"
        )
        return cls(
            groups=groups,
            suffix_link=re.compile(rf"-{_w('sponsor_suffix')}(?![\w-])"),
            prefixes={
                **{w + "-": "client" for w in cues.words("sponsor_prefix")},
                **{w + "-": "opponent" for w in cues.words("opponent_prefix")},
            },
            link_words={w: "opponent" if w in cues.words("opponent_after_group") else "client" for w in after},
            after_link=re.compile(rf"(?P<link>{trie_pattern(after)})(?!\w)"),
            arabic_link=re.compile(rf"(?P<link>{trie_pattern(after)})\w*"),
            sponsor_before=re.compile(rf"(?<![\w-])(?P<sponsor>{english})\Z"),
            sponsor_right=re.compile(rf"(?P<sponsor>{english})(?![\w-])"),
            sponsor_after=re.compile(rf"\s+(?:{_w('sponsor_title')}\s+){{0,3}}(?P<sponsor>{english})(?![\w-])"),
            client_after=re.compile(rf"\s+(?:{_w('client_modifier')}\s+){{0,2}}{client}"),
            modifiers=re.compile(rf"(?:\s+{_w('client_modifier')}(?![\w-])){{0,2}}\s+"),
            client_before=re.compile(rf"(?<![\w-]){client}\s+\Z"),
            arabic_sponsor_after=re.compile(
                rf"\s+(?P<preposition>{_w('sponsor_preposition')}\s+)?(?:[لب]\s?)?(?:{_w('sponsor_title')}\s+)?"
                rf"(?P<sponsor>{arabic})(?!\w)"
            ),
            arabic_client=re.compile(rf"(?<!\w){clitic_noun}(?!\w)"),
            descriptors=descriptors,
            described_after=re.compile(
                rf"(?P<descriptor>{trie_pattern(w for w in descriptors if w.isascii())})"
                rf"\s+(?:{_w('client_modifier')}\s+)?{client}"
            ),
            described_before=re.compile(rf"(?<!\w){clitic_noun}\s+\Z"),
        )


def _sponsored_groups(flat: str, tables: FactionTables, cues: list[re.Match]) -> list[Sponsored]:
    """Every group named by its sponsor in ``flat``: "Turkish-backed fighters" (sponsor, link, group),
    "pro-Assad militias" (prefix, sponsor, group), "fighters loyal to Ankara" and "الفصائل الموالية لتركيا" (group,
    link, sponsor). The group is the alias named in the phrase, else the sponsor's client; "Turkish-backed" with no
    group after it names none ("a Russian-backed plan")."""
    grammar = tables.sponsored
    found: list[Sponsored] = []
    arabic: list[re.Match] = []
    # (each link searched apart: a literal "-", a word found by ``str.find``)
    for at in (m.start() for m in cues if m.lastgroup == "link"):
        if not flat[at].isascii():
            arabic += [m for m in [grammar.arabic_link.match(flat, at)] if m is not None]
            continue
        link = grammar.after_link.match(flat, at)
        sponsor = grammar.sponsor_after.match(flat, link.end()) if link is not None else None
        noun = grammar.client_before.search(flat, max(0, link.start() - 20), link.start()) if sponsor else None
        if noun is not None:
            kind = grammar.link_words[" ".join(link.group("link").split())]
            found += _phrase(noun.start(), sponsor.end(), sponsor.group("sponsor"), None, "", kind, grammar)
    sponsored = _arabic_sponsored_groups(flat, arabic, tables)
    # "مجموعات إرهابية مدعومة من إيران": the sponsor names the group its descriptor describes
    found += [
        g
        for g in _described_groups(flat, tables, cues)
        if not any(p.start <= g.start and g.end <= p.end for p in sponsored)
    ] + sponsored
    if "-" not in flat:
        return found
    prefixed = [
        (
            at,
            grammar.sponsor_right.match(flat, flat.index("-", at) + 1),
            grammar.prefixes[flat[at : flat.index("-", at) + 1]],
        )
        for at in (m.start() for m in cues if m.lastgroup == "prefix")
    ]
    suffixed = [
        (link.end(), grammar.sponsor_before.search(flat, max(0, link.start() - 30), link.start()), "client")
        for link in grammar.suffix_link.finditer(flat)
    ]
    for at, sponsor, kind in prefixed + suffixed:
        if sponsor is None:
            continue
        # "pro-Assad militias": the group after the sponsor; "Turkish-backed fighters": after the link
        start, group_at = (at, sponsor.end()) if sponsor.start() >= at else (sponsor.start(), at)
        noun = grammar.client_after.match(flat, group_at)
        lead = grammar.modifiers.match(flat, group_at) if noun is None else None
        alias = tables.pattern.match(flat, lead.end()) if lead is not None else None
        if noun is not None or (alias is not None and not alias.group("clitic")):
            end = noun.end() if noun is not None else alias.end("alias")
            named = tables.aliases.get(" ".join(alias.group("alias").split())) if alias is not None else None
            found += _phrase(start, end, sponsor.group("sponsor"), named, "", kind, grammar)
    return found


def _described_groups(flat: str, tables: FactionTables, cues: list[re.Match]) -> list[Sponsored]:
    """ "militant groups", "extremist factions", "الجماعات المتطرفة": a generic group noun with a word saying what kind
    of group it is (``group_descriptors.csv``)."""
    grammar = tables.sponsored
    found: list[Sponsored] = []
    for at in (m.start() for m in cues if m.lastgroup == "descriptor"):
        if flat[at].isascii():
            m = grammar.described_after.match(flat, at)
            if m is not None:
                found.append(Sponsored(at, m.end(), grammar.descriptors[" ".join(m.group("descriptor").split())], ""))
            continue
        noun = grammar.described_before.search(flat, max(0, at - 24), at)
        word = max((w for w in grammar.descriptors if flat.startswith(w, at)), key=len, default="")
        end = at + len(word)
        if noun is not None and word and (end == len(flat) or not flat[end].isalnum()):
            found.append(Sponsored(noun.start("noun"), end, grammar.descriptors[word], noun.group("clitic")))
    return found


def _arabic_sponsored_groups(flat: str, links: list[re.Match], tables: FactionTables) -> list[Sponsored]:
    """ "الفصائل الموالية لتركيا", "قوات النظام المدعومة من روسيا": the group, a link word (``links``), the sponsor."""
    grammar = tables.sponsored
    found: list[Sponsored] = []
    for link in links:
        sponsor = grammar.arabic_sponsor_after.match(flat, link.end())
        if sponsor is None:
            continue
        window = max(0, link.start() - 60)
        if _PUNCTUATION.search(flat, window, link.start()):
            window = max(m.end() for m in _PUNCTUATION.finditer(flat, window, link.start()))
        # the group noun nearest the link, at most two words before it: "الفصائل السورية الموالية لتركيا"
        noun = None
        for candidate in grammar.arabic_client.finditer(flat, window, link.start()):
            if len(flat[candidate.end() : link.start()].split()) <= 2:
                noun = candidate
        if noun is None:
            continue
        # the group's own name in the phrase ("قوات النظام", "فصائل الجيش الوطني"); a generic noun that is an alias
        # alone ("المسلحين") is the sponsor's client
        own = tables.pattern.match(flat, noun.start("noun"))
        if own is None or own.end("alias") <= noun.end("noun"):
            own = tables.pattern.search(flat, noun.end("noun"), link.start())
        if own is not None and _described_noun(flat[noun.end("noun") : own.end("alias")], grammar):
            own = None  # "مجموعات إرهابية مدعومة من إيران": a pejorative word for any group names none of its own
        named = tables.aliases.get(_alias_key(own.group("alias"), tables)) if own is not None else None
        kind = grammar.link_words[link.group("link")]
        if kind == "opponent" and (
            sponsor.group("preposition") or "ل" not in flat[link.end() : sponsor.start("sponsor")]
        ):
            # "المعارضة للنظام" with ل only: "معارضة من دمشق" is where they come from, and in "قصفت فصائل المعارضة
            # قوات النظام" the opposition's name is followed by the side it fired on
            continue
        found += _phrase(
            noun.start("noun"), sponsor.end(), sponsor.group("sponsor"), named, noun.group("clitic"), kind, grammar
        )
    return found


def _described_noun(rest: str, grammar: SponsoredGroups) -> bool:
    """True when the words after a generic group noun are only words saying what kind of group it is
    (``group_descriptors.csv``: "إرهابية", "المتطرفة"): the noun and its descriptor name no group of their own."""
    words = rest.split()
    return bool(words) and all(w in grammar.descriptors for w in words)


def _descriptors(lexicon_dir: Path, known: dict[str, dict]) -> dict[str, str]:
    """``group_descriptors.csv``: a word saying what kind of group a generic group noun names -> its id."""
    descriptors: dict[str, str] = {}
    path = lexicon_dir / "group_descriptors.csv"
    for line, row in enumerate(_rows(lexicon_dir, "group_descriptors.csv"), start=2):
        word, faction = row["word"], row["faction_id"]
        if not word or word != normalize_term(word) or row["language"] not in ("ar", "en") or word in descriptors:
            raise ValueError(f"{path}:{line}: the word must be written normalized, once, with a language ar or en")
        if faction not in known and faction not in _ANAPHORS:
            raise ValueError(f"{path}:{line}: unknown faction id {faction!r}")
        descriptors[word] = faction
    return descriptors


def _phrase(
    start: int, end: int, sponsor: str, named: str | None, clitic: str, kind: str, grammar: SponsoredGroups
) -> list[Sponsored]:
    """The group of a phrase (``kind``: "client" or "opponent" of the sponsor), none when the sponsor has no usual
    group of that kind and the words name none."""
    group = named or grammar.groups[kind].get(" ".join(sponsor.split()))
    return [Sponsored(start, end, group, clitic)] if group else []


_PUNCTUATION = re.compile(r"[،,.:;؛]")


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
    english_hedged: re.Pattern  # "jets believed to be Russian", "planes, likely Russian or Syrian,"
    # the words that open a sponsored or described group or a hedge (named groups link, prefix, descriptor, hedge)
    cue_pattern: re.Pattern
    adjective_pattern: tuple[re.Pattern, dict[str, str]]
    second_adjective: re.Pattern
    country_names: frozenset[str]
    locatives: frozenset[str]
    agency_pattern: re.Pattern
    link_words: re.Pattern  # only words allowed between a generic wording and the named group it belongs to
    outlet_before: re.Pattern  # "وكالة", "agency" right before an alias: an outlet's name, not the faction
    other_body_after: re.Pattern  # "الطبية" right after a one-word alias: "الهيئة الطبية" is another body
    sponsored: SponsoredGroups  # "Turkish-backed fighters", "الفصائل الموالية لتركيا": a sponsor and its client
    munitions: re.Pattern  # a munition only one side uses ("براميل متفجرة", "barrel bombs"): ``munition_user``
    munition_users: dict[str, str]  # normalized munition -> the id of the side that alone uses it
    # a state's military command as a speaker ("the Turkish Defence Ministry", "وزارة الدفاع التركية", "Turkey's
    # defence ministry"): in the alias, or right after a country's name; then a bare army word is that state's
    military_command: re.Pattern
    military_command_after: re.Pattern
    bare_army: frozenset[str]  # "the army", "الجيش": the Syrian army unless a speaker or a named army says whose
    openings: WordOpenings = field(compare=False)  # the words a match of ``pattern`` may start at
    # the words a match of ``english_adjective_pattern``, of ``adjective_pattern`` may start at
    english_adjective_openings: WordOpenings = field(compare=False)
    adjective_openings: WordOpenings = field(compare=False)
    cue_openings: WordOpenings = field(compare=False)  # the words a match of ``cue_pattern`` may start at

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
        sponsored = SponsoredGroups.build(lexicon_dir, cues, known)
        opening = {
            "link": tuple(sponsored.link_words),
            "prefix": tuple(sponsored.prefixes),
            "descriptor": tuple(sponsored.descriptors),
            "hedge": cues.words("hedge_phrase"),
        }
        cue_pattern = re.compile("|".join(rf"(?P<{name}>{trie_pattern(words)})" for name, words in opening.items()))
        cue_words_ = {w for words in opening.values() for w in words}
        users = _munition_users(lexicon_dir, known)
        return cls(
            factions=known,
            aliases=alias_table,
            cased_aliases=cased,
            pattern=_pattern(alias_table, _w("actor_suffix")),
            cased_pattern=_cased_pattern(cased, _w("actor_suffix")),
            english_adjective_pattern=english_adjective_pattern,
            english_hedged=_english_hedged_pattern(lexicon_dir, _w("hedge_phrase")),
            cue_pattern=cue_pattern,
            adjective_pattern=adjective_pattern,
            second_adjective=_second_adjective(adjective_pattern[1]),
            country_names=_country_names(lexicon_dir, alias_table, cues.word_set("country_alias")),
            locatives=_locatives(lexicon_dir),
            agency_pattern=_agency_pattern(data_dir),
            link_words=re.compile(rf"^(?:\s|{_w('link_word')})*$"),
            outlet_before=re.compile(rf"{_w('outlet_noun')}\s+$"),
            other_body_after=re.compile(rf"\s+{_w('other_body_modifier')}(?!\w)"),
            sponsored=sponsored,
            munitions=re.compile(rf"(?<!\w)[وف]?[بل]?(?P<munition>{trie_pattern(users)})(?![\w-])"),
            munition_users=users,
            military_command=re.compile(_w("military_command")),
            military_command_after=re.compile(rf"(?:\s+s)?\s+{_w('military_command')}"),
            bare_army=cues.word_set("bare_army"),
            openings=_openings(alias_table),
            english_adjective_openings=_list_openings(english_adjective_pattern[1]),
            adjective_openings=_list_openings(_force_nouns(lexicon_dir, "ar"), _NOUN_CLITIC),
            cue_openings=_list_openings(cue_words_),
        )

    def bloc(self, faction: str) -> str:
        """The bloc of a faction id ('unknown' for ids the table lacks)."""
        row = self.factions.get(faction)
        return row["bloc"] if row else "unknown"


def _munition_users(lexicon_dir: Path, known: dict[str, dict]) -> dict[str, str]:
    """``munition_users.csv``: a munition only one side uses -> that side's id (a bad row names the file and line)."""
    users: dict[str, str] = {}
    path = lexicon_dir / "munition_users.csv"
    for line, row in enumerate(_rows(lexicon_dir, "munition_users.csv"), start=2):
        word = row["word"]
        if not word or word != normalize_term(word) or row["language"] not in ("ar", "en"):
            raise ValueError(f"{path}:{line}: the word must be written normalized, with a language ar or en")
        if row["faction_id"] not in known or word in users:
            raise ValueError(f"{path}:{line}: unknown faction id {row['faction_id']!r} or {word!r} twice")
        users[word] = row["faction_id"]
    return users


def munition_user(flat: str, start: int, end: int, tables: FactionTables) -> str | None:
    """The side that alone uses a munition named in ``flat[start:end]`` ("قصف بالبراميل المتفجرة": the Syrian
    government's helicopters), for an incident told with no shooter; None when none is named."""
    m = word_search(tables.munitions, flat, start, end)
    return tables.munition_users[" ".join(m.group("munition").split())] if m is not None else None


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


def _cased_pattern(table: dict[str, str], suffix: str) -> re.Pattern | None:
    if not table:
        return None
    return re.compile(rf"(?<![\w-])(?P<alias>{trie_pattern(table)})(?:(?=-{suffix}\b)|(?![\w-]))")


def _english_adjective_pattern(lexicon_dir: Path) -> tuple[re.Pattern, dict[str, str]]:
    """ "Russian jets", "Russian and Syrian strikes", "Syrian-Russian alliance", "Syrian regime helicopters": English
    nationality adjectives (one or two, joined by and/or or a hyphen) before a force or incident noun (``force_nouns.csv``), with
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
        rf"(?<![\w-])(?P<adj>{adj})(?:(?:\s+(?:and|or)\s+|-)(?P<adj2>{adj}))?"
        rf"(?:\s+(?:{trie_pattern(modifiers)})){{0,2}}\s+(?P<noun>{trie_pattern(nouns)})(?![\w-])"
    )
    return pattern, adjectives


HEDGE_REACH = 16  # characters of the longest English force noun and the comma before a hedge ("fighter jets, ")


def _hedged(flat: str, tables: FactionTables, cues: list[re.Match]) -> list[re.Match]:
    """The matches of ``english_hedged``: tried only just before each hedge word ``str.find`` finds."""
    found: list[re.Match] = []
    for at in (m.start() for m in cues if m.lastgroup == "hedge"):
        for start in range(max(0, at - HEDGE_REACH), at):
            m = tables.english_hedged.match(flat, start)
            if m is not None and m.start("hedge") == at:
                found.append(m)
                break
    return found


def _english_hedged_pattern(lexicon_dir: Path, hedge: str) -> re.Pattern:
    """ "jets believed to be Russian", "planes, likely Russian or Syrian,": an English force noun, a hedge
    (class hedge_phrase) and one or two nationality adjectives after it."""
    adjectives = trie_pattern(
        normalize_term(r["word"]) for r in _rows(lexicon_dir, "nationality_adjectives.csv") if r["language"] == "en"
    )
    return re.compile(
        rf"(?<![\w-])(?P<noun>{trie_pattern(_force_nouns(lexicon_dir, 'en'))}),?\s+(?P<hedge>{hedge})\s+"
        rf"(?P<adj>{adjectives})(?:\s+(?:and|or)\s+(?P<adj2>{adjectives}))?(?![\w-])"
    )


_CLITIC = r"[وف]?[بلك]\s?|[وف]"  # before an Arabic alias: "لـ"تحرير الشام"" is "ل تحرير الشام"
_NOUN_CLITIC = "[وف]?[بل]|[وف]"  # before an Arabic force noun: "وبالطائرات"


def _variants(alias_table: dict[str, str]) -> set[str]:
    """The aliases and, for "النظام", "للنظام" without its alef: ل + "لنظام", accepted only after the clitic ل
    (see find_factions)."""
    return set(alias_table) | {"ل" + alias[2:] for alias in alias_table if alias.startswith("ال")}


def _pattern(alias_table: dict[str, str], suffix: str) -> re.Pattern:
    body = trie_pattern(_variants(alias_table))
    # "HTS-led fighters", "an IS-claimed bombing" (``suffix``: class actor_suffix) name the group; "Russia-backed
    # forces" does not name Russia as a party; "the Syrian armys tanks": an English possessive whose apostrophe was lost
    return re.compile(
        rf"(?<![\w-])(?P<clitic>{_CLITIC})?(?P<alias>{body})(?:(?=-{suffix}\b)|(?<=[a-z])s(?![\w-])|(?![\w-]))"
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
    # "روسية أو سورية", "Russian or Syrian": a hedged attribution names both (GOLD_SCHEMA: "X or Y" = both); "الحلف
    # السوري الروسي": two adjectives side by side name an alliance of both
    # "روسية أم سورية": the "or" of a question names both too
    return re.compile(rf"\s+(?:و|او\s+|ام\s+|and\s+|or\s+)?(?P<adj>{trie_pattern(adjectives)})(?!\w)")


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
    """English words and phrases after which a one-word name is a place (``place_prepositions.csv``, role 'cue':
    "in", "south of")."""
    return frozenset(r["word"] for r in _rows(lexicon_dir, "place_prepositions.csv") if r["role"] == "cue")


def _agency_pattern(data_dir: Path) -> re.Pattern:
    """A dateline's agency after a city ("MOSCOW (Sputnik) –", "DAMASCUS, March 6 (Xinhua) --", "ALEPPO, Syria, Jan. 4
    (AFP) -": the country and the day may stand between): the outlets of ``data/outlets.csv``."""
    with open(data_dir / "outlets.csv", encoding="utf-8") as fh:
        names = {normalize_term(n) for r in csv.DictReader(fh) for n in [r["name_en"], *r["aliases"].split("|")] if n}
    return re.compile(
        r"(?:\s*,\s*(?:syria\b\s*,?\s*)?(?:[a-z]{3,9}\.?\s+\d{1,2}\b)?)?"
        rf"[\s,\-–(]*(?:{trie_pattern(n for n in names if n.isascii())})(?![\w])"
    )


def _agency_after(flat: str, end: int, tables: FactionTables) -> bool:
    return bool(tables.agency_pattern.match(flat, end))


def _locative_before(flat: str, start: int, tables: FactionTables) -> bool:
    """A locative word or two-word phrase ends right before ``start`` ("in Turkey", "south of Damascus")."""
    words = flat[max(0, start - 24) : start].split()
    return (
        bool(words)
        and flat[start - 1 : start] == " "
        and (words[-1] in tables.locatives or " ".join(words[-2:]) in tables.locatives)
    )


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
    # groups named by their sponsor: no adjective inside names another ("Turkish-backed Syrian forces")
    phrases = SpanSet()
    # the words that open the phrase rules below, found at the text's tokens (``WordOpenings``: no regex scan)
    cues = list(tables.cue_openings.finditer(tables.cue_pattern, flat, tokens))
    for group in _sponsored_groups(flat, tables, cues):
        phrases.add(group.start, group.end)
        found.append(FactionMention(group.start, group.end, group.client, flat[group.start : group.end], group.clitic))
    cased = tables.cased_pattern
    # the aliases matched with their case: a longer alias holding one outranks it ("US" in "US-led coalition")
    with_case: list[FactionMention] = []
    if original is not None and cased is not None:
        for m in word_start_matches(cased, original):
            start, end = (to_flat(m.start()), to_flat(m.end())) if to_flat else (m.start(), m.end())
            with_case.append(
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
                if phrases.overlaps(start, m.end("noun")):
                    continue
                found.append(FactionMention(start, m.end("noun"), en_adjectives[m.group(group)], m.group(), ""))
    for m in _hedged(flat, tables, cues):
        if phrases.overlaps(m.start(), m.end()):
            continue
        found.append(FactionMention(m.start("noun"), m.end("adj"), en_adjectives[m.group("adj")], m.group(), ""))
        if m.group("adj2"):  # "planes, either Russian or Syrian": both air forces
            found.append(FactionMention(m.start("adj2"), m.end("adj2"), en_adjectives[m.group("adj2")], m.group(), ""))
    pattern, adjectives = tables.adjective_pattern
    ar_matches = (
        matches_near(pattern, named_group(pattern, "noun"), flat, NOUN_CLITIC_MAX)
        if ascii_text
        else tables.adjective_openings.finditer(pattern, flat, tokens)
    )
    for m in ar_matches:
        faction = adjectives[m.group("adj")]
        if phrases.overlaps(m.start("noun"), m.end("adj")):
            continue
        found.append(FactionMention(m.start("noun"), m.end("adj"), faction, m.group(), m.group("clitic") or ""))
        more = tables.second_adjective.match(flat, m.end())  # "الطائرات الروسية والسورية": both air forces
        if more and adjectives[more.group("adj")] != faction:
            found.append(FactionMention(more.start("adj"), more.end("adj"), adjectives[more.group("adj")], "", ""))
    taken = SpanSet()  # spans of ``found``, for the overlap test below (no scan of every mention)
    for f in found:
        taken.add(f.start, f.end)
    for m in tables.openings.finditer(tables.pattern, flat, tokens):
        if m.group("alias").startswith("the "):
            m = _longer_after_article(flat, m, tables)  # "the Army of Conquest", not "the army"
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
        if " " not in key and tables.other_body_after.match(flat, m.end("alias")):
            continue  # "الهيئة الطبية في البلدة": a medical body, not HTS
        if key in tables.country_names and (
            _locative_before(flat, m.start(), tables) or _agency_after(flat, m.end(), tables)
        ):
            continue  # "a programme in Turkey", "MOSCOW (Sputnik) -": a country or a dateline's city, not a party
        if taken.overlaps(start, m.end("alias")):
            held = _held_in(found, start, m.end("alias"))
            if held is None:
                continue
            found = held  # "the Free Syrian Army": the alias, not the "Syrian army" inside it
        found.append(FactionMention(start, m.end("alias"), tables.aliases[key], key, clitic))
        taken.add(start, m.end("alias"))
    found += [f for f in with_case if not taken.overlaps(f.start, f.end)]
    kept: list[FactionMention] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if not kept or f.start >= kept[-1].end or f.faction != kept[-1].faction:
            kept.append(f)  # "US strikes" is one mention, found by the alias and by the adjective
    return _resolve(flat, kept, tables)


def _held_in(found: list[FactionMention], start: int, end: int) -> list[FactionMention] | None:
    """``found`` without the mentions the alias at [start, end) overlaps, when the alias runs on past each of them:
    an alias holding an adjective and its noun names its own group ("the Free Syrian Army" holds "Syrian army", "قصف
    الجيش السوري الحر" the adjective's "قصف الجيش السوري"), and so does one holding the adjective that opens a
    mention ("a Free Syrian Army commander": no Syrian army commander). None when a mention opening with the alias or
    before it ends with it or after it (the alias then yields)."""
    overlapping = [f for f in found if f.start < end and start < f.end]
    if any(f.start <= start and f.end >= end for f in overlapping):
        return None
    return [f for f in found if not (f.start < end and start < f.end)]


def _longer_after_article(flat: str, m: re.Match, tables: FactionTables) -> re.Match:
    """The alias opening at the word after an English article, when it runs past the alias ``m`` the article opens
    ("the Army of Conquest" holds "the army"), else ``m``."""
    longer = tables.pattern.match(flat, m.start("alias") + len("the "))
    if longer is None or longer.end("alias") <= m.end("alias"):
        return m
    return longer if " ".join(longer.group("alias").split()) in tables.aliases else m


def _resolve(flat: str, mentions: list[FactionMention], tables: FactionTables) -> list[FactionMention]:
    """Drop generic wordings that a named group follows; read a bare "الجيش" as the last named army."""
    bloc = tables.bloc
    out: list[FactionMention] = []
    last_army: str | None = None
    last_group: str | None = None
    last_organization: str | None = None  # "التنظيم" is what reports call IS or a jihadist group, never the SDF
    last_party: str | None = None
    command: FactionMention | None = None  # the state whose military command spoke last
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.faction in (JIHADISTS, EXTREMISTS):
            if _named_right_after(flat, m, nxt, tables):
                continue  # "the terrorists of Jabhat al-Nusra": the group named after, not the one named before
            # the jihadist group named last, though another side came after; with none named, "extremists" and "the
            # militants" are the generic side (state and Russian media's wording), "jihadists" HTS
            generic = m.faction == EXTREMISTS or m.alias.startswith("the ")
            meant = last_organization or (GENERIC if generic else "hts")
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
        if m.faction == GENERIC and _named_right_after(flat, m, nxt, tables):
            continue  # "militants of the Islamic State": the group named after
        if m.alias in tables.bare_army and command is not None and _said_by_command(flat, command, m):
            m = FactionMention(m.start, m.end, command.faction, m.alias, m.clitic)
        elif m.alias == _AMBIGUOUS_ARMY and last_army:
            m = FactionMention(m.start, m.end, last_army, m.alias, m.clitic)
        elif m.alias.startswith(("جيش", "الجيش")) and m.faction != "syrian-government":
            last_army = m.faction
        if tables.military_command.search(m.alias) or tables.military_command_after.match(flat, m.end):
            command = m
        if bloc(m.faction) in ("opposition", "jihadist", "isis", "sdf"):
            last_group = m.faction
        if bloc(m.faction) in ("jihadist", "isis"):
            last_organization = m.faction
        out.append(m)
    return out


def _named_right_after(flat: str, m: FactionMention, nxt: FactionMention | None, tables: FactionTables) -> bool:
    """True when an armed group is named right after a generic wording, joined by a link word ("of", "affiliated
    to"): the wording is that group's."""
    return (
        nxt is not None
        and nxt.faction not in (GENERIC, "unknown")
        and tables.bloc(nxt.faction) in ("opposition", "jihadist", "isis", "sdf")
        and nxt.start - m.end <= 30
        # "militants of the Islamic State-linked X": a compound describing the group stands between too
        and bool(tables.link_words.match(without_compounds(flat[m.end : nxt.start]) + " " + nxt.clitic))
    )


def without_compounds(gap: str) -> str:
    """``gap`` with the hyphenated compounds describing a group blanked ("of the Islamic State-linked ")."""
    return _HYPHEN_COMPOUND.sub(" ", gap) if "-" in gap else gap


COMMAND_REACH = 200  # characters from a military command speaking to the army word of its statement


def _said_by_command(flat: str, command: FactionMention, army: FactionMention) -> bool:
    """True when a bare army word is in the statement of a state's military command told before it in its sentence
    ("the army hit 40 targets, the Turkish Defence Ministry announced", "قالت وزارة الدفاع التركية إن الجيش …"): the
    speaker's army, not the Syrian one."""
    between = flat[command.end : army.start]
    return 0 <= army.start - command.end <= COMMAND_REACH and "." not in between and "\n" not in between

"""Which of a clause's places is the incident's place.

Candidates come from the gazetteer (``timeline.places.find_places``) and from the words that
introduce a place name in reports ("بلدة X"، "قرية X"، "بلدتي X وY"، "محور X"، "the town of X"),
which also catches villages the gazetteer lacks. The incident's place is the first named point
that is not an origin ("المتحصنين في X"، "من X"، "launched from X"): "قرية الزلاقيات جنوب غربي مدينة
اللطامنة" keeps الزلاقيات and lists اللطامنة; regions ("ريف حماة الشمالي") come after points.
"""

from __future__ import annotations

import csv
import itertools
import operator
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from timeline.cuewords import CueWords, cue_words
from timeline.frozen import freeze_fields
from timeline.lexregex import (
    LOOK_BEHIND_WORD,
    WordOpenings,
    first_words,
    matches_near,
    named_group,
    trie_pattern,
    word_finditer,
    word_search,
)
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR
from timeline.places import Gazetteer, find_places, parent_city
from timeline.places import Place as CityEntry
from timeline.sentences import TextView
from timeline.spans import SpanSet

# The classes of cue words in data/lexicon/place_words.csv, each read by the patterns below.
CUE_CLASSES = frozenset(
    {
        "abroad_adjective",
        "abroad_preposition",
        "area_cue",
        "area_stem",
        "destination_preposition",
        "direction_stem",
        "dual_anaphor",
        "dual_cue",
        "en_noun_after",
        "en_place_before",
        "en_quarter_of",
        "en_region_after",
        "en_indefinite_article",
        "en_settlement_after",
        "en_the_quarter_noun",
        "en_settlement_noun",
        "evacuation_to",
        "clock_zone",
        "compound_name_opener",
        "evacuees_after",
        "evacuation_verb_stem",
        "government_verb_adverb",
        "held_suffix",
        "holder_suffix",
        "list_intro",
        "locating_participle",
        "medical_place_stem",
        "mourning",
        "modifier_stem",
        "name_adjective",
        "name_cue",
        "name_head",
        "near",
        "neighbourhood_cue",
        "not_a_name",
        "numbered_cue",
        "origin",
        "origin_fire_source",
        "origin_fire_verb_en",
        "origin_position_en",
        "origin_position_noun",
        "origin_stationed_en",
        "origin_stationed_stem",
        "origin_verb_stem",
        "patronymic_link",
        "plural_cue",
        "region_before",
        "region_word",
        "road_noun",
        "seat",
        "settlement_cue",
        "settlement_stem",
        "site_noun",
        "stop_word",
        "taken_away_verb_stem",
        "victim_noun_stem",
        "wire_agency",
        "wire_agency_speech",
    }
)
# "مدينة محاصرة", "منطقة صحراوية", "قاعدة جوية": a describing word (a nisba in -وية), no name
# "مخيم للنازحين" (a camp for the displaced): ل with the article after a cue word says whom the site is for; the
# cue and that word together are the place, as the text names it
_FOR_WHOM = re.compile(r"لل\w")
# "المحاصرة", "المحررة", "المستهدفة": a definite participle of a town (ة written ه), which no name's second word is
# unless a head word opens the name ("عين المريجة")
_PARTICIPLE = re.compile(r"^الم\w{3,}ه$")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")  # the words title case capitalises ("on", "of" stay small)
_TITLE_WINDOW, _TITLE_MIN_WORDS, _TITLE_SHARE = 3, 4, 0.75
_start_of = operator.attrgetter("start")
_ORIGIN_REACH = 80  # characters before a place in which its origin cue may start ("fired by X terrorists positioned in the town of")
_TAKEN_AWAY_REACH = 80  # characters before a place in which the verb of captives taken there may start
_SEAT_REACH = 40  # characters before a place in which its seat cue may start
_EN_NAME_CHARS = 40  # characters before "village", "town" in which the name they follow may start


@dataclass(frozen=True, eq=False)
class PlaceTables:
    """The place cue tables and their patterns (``PlaceTables.build``), held by the ``timeline.reference.Reference``."""

    destination: re.Pattern  # where a convoy was heading, right before a place
    en_cue: re.Pattern  # "in X", "shelled X", "the town of X"
    en_cue_words: re.Pattern  # ``en_cue``'s words at a word's start and a blank after: a text without one has no match
    not_place_words: dict[str, str]  # capitalised English words that are no place, by role
    number_words: frozenset[str]  # Arabic cardinal and ordinal words: they count towns, never name one
    government_cues: tuple[re.Pattern, re.Pattern]  # (word right before a name, word right after one)
    foreign: ForeignNames  # places abroad (``data/foreign_places.csv``)
    grammar: PlaceGrammar  # the patterns of ``place_words.csv``
    # "al-X village", "Y town": a settlement's noun after a capitalised name (``word_finditer``), and
    # the name right before it (searched back from the noun)
    en_settlement_after: tuple[re.Pattern, re.Pattern]
    en_cue_openings: WordOpenings = field(compare=False)  # the words a match of ``en_cue`` may start at

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR) -> PlaceTables:
        lexicon_dir = data_dir / "lexicon"
        cues = cue_words("place_words.csv", CUE_CLASSES, directory=lexicon_dir)
        return cls(
            _destination(lexicon_dir, cues),
            _en_cue(lexicon_dir),
            _en_cue_words(lexicon_dir),
            _not_place_words(lexicon_dir),
            _number_words(lexicon_dir),
            _government_cues(lexicon_dir, cues),
            foreign_names(data_dir, cues),
            PlaceGrammar.build(cues),
            _en_settlement_after(lexicon_dir, cues),
            _en_cue_openings(lexicon_dir),
        )


def _default() -> PlaceTables:
    from timeline.reference import default_reference  # imported here: the reference imports this module

    return default_reference().places


def _destination(lexicon_dir: Path, cues: CueWords) -> re.Pattern:
    """Where a convoy or column was heading ("رتل متجه إلى X", "a convoy bound for X"): words of
    ``destination_cues.csv``, then at most three words ("إلى بلدة", "the town of") before the place."""
    with open(lexicon_dir / "destination_cues.csv", encoding="utf-8") as fh:
        words = [normalize_term(r["word"]) for r in csv.DictReader(fh)]
    return re.compile(
        rf"(?<!\w)(?:{trie_pattern(words)})\s+(?:{cues.pattern('destination_preposition')}\s+)?(?:\S+\s+){{0,3}}$"
    )


_WORD = re.compile(r"[^\s،,.:;]+")
_DASHES = frozenset("-–—")  # a dash standing as a word ends a name: "حي الرميلة – مدينة الرقة"
_AND = r"(?:و|and\s)"  # the conjunction that lists one place with the next ("X وY", "X and Y")
_CONJUNCTION = re.compile(rf"\s*{_AND}")


@dataclass(frozen=True)
class Place:
    """A place named in the text, at [start, end) of the normalized copy."""

    start: int
    end: int
    text: str
    name: str | None = None
    name_ar: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    pcode: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None
    kind: str | None = None
    nearby: bool = False  # "قاعدة جوية قرب مدينة حمص": the town only locates the unnamed site hit

    @classmethod
    def of_known(cls, start: int, end: int, text: str, known: CityEntry) -> Place:
        """The gazetteer's entry ``known`` as the place the text names ``text`` at [start, end)."""
        fields = (known.admin1, known.admin2, known.admin3, known.pcode, known.lat, known.lon, known.precision)
        return cls(start, end, text, known.name_en, known.name_ar, *fields, known.kind)

    def to_dict(self) -> dict:
        """The contract's ``place`` object."""
        return {
            "text": self.text,
            "name": self.name or self.text,
            "name_ar": self.name_ar or ("" if self.text.isascii() else self.text),
            "admin1": self.admin1,
            "admin2": self.admin2,
            "admin3": self.admin3,
            "pcode": self.pcode,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
        }


def gazetteer_places(view: TextView, gaz: Gazetteer | None = None, tables: PlaceTables | None = None) -> list[Place]:
    """The gazetteer's place mentions of the whole text, on normalized offsets (``gaz``, ``tables``: the
    reference's, default the shipped ones)."""
    grammar = (tables or _default()).grammar
    out = []
    for p in find_places(
        view.original, view.normalized, gaz, view.flat_tokens
    ):  # normalize() reads "#معرة_النعمان" as words
        start, end = view.to_norm(p.start), view.to_norm(p.end)
        precision, kind, text = p.precision, p.kind, p.text
        region_after = grammar.region_after.match(view.flat, end)
        if region_after or grammar.region_before.search(view.flat, max(0, start - 18), start):
            precision, kind = 3, "region"  # "Idlib province", "محافظة إدلب": the governorate, not the city
        if region_after and p.text.isascii():  # the phrase as printed names the province: "Idlib province"
            end = region_after.end()
            o_start, o_end = view.to_original(start, end)
            text = view.original[o_start:o_end]
        if not p.place_id:  # a name the gazetteer lacks ("بلدة بصرى الحرير"): the text's, as after a cue word
            out.append(Place(start, end, text, admin1=p.admin1 or None, admin2=p.admin2 or None, kind=p.kind or None))
            continue
        fields = (p.name, p.name_ar, p.admin1, p.admin2, p.admin3, p.pcode, p.lat, p.lon)
        out.append(Place(start, end, text, *fields, precision, kind))
    return out


def cue_places(view: TextView, tables: PlaceTables | None = None) -> list[Place]:
    """Places introduced by a cue word ("بلدة X", "the town of X") in the whole text (``tables``: the
    reference's, default the shipped ones)."""
    tables = tables or _default()
    grammar = tables.grammar
    flat = view.flat
    out: list[Place] = []
    # the cue after "و", "ب" or "ل" ("الطرف الشرقي لبلدة X"), tried at the words that may open it; in a text without
    # Arabic letters, a regex search skipping to the cue's first letters finds the same matches faster
    arabic_cues = (
        matches_near(grammar.ar_cue, named_group(grammar.ar_cue, "cue"), flat, 1)
        if flat.isascii()
        else grammar.ar_cue_openings.finditer(grammar.ar_cue, flat, view.flat_tokens)
    )
    read_to = 0  # the end of the last name read: a cue word inside it is a word of that name
    for m in arabic_cues:
        cue = m.group("cue")
        if m.start("cue") < read_to:
            continue  # "بلدتي أقجة قلعة ونصيبين": "قلعة" ends the first name, it opens no name "قلعة ونصيبين"
        intro = grammar.list_intro.match(flat, m.end("cue")) if cue in grammar.plural_cues else None
        names = _ar_names(flat, intro.end() if intro else m.start("name"), cue, tables)
        read_to = max([read_to, *(end for _, end in names)])
        for start, end in names:
            if (cue in grammar.cue_in_name or _FOR_WHOM.match(flat, start)) and (start, end) == names[0]:
                start = m.start("cue")  # "مخيم للنازحين": an unnamed site, told by whom it is for
            place = _from_norm(view, start, end, grammar)
            if cue in grammar.neighbourhood_cues:
                place = replace(place, kind="neighbourhood")
            out.append(place)
    # each match of en_cue opens with one of its words and a blank (an Arabic text's Latin letters seldom do)
    english = word_search(tables.en_cue_words, view.original, 0, len(view.original)) is not None
    for m in tables.en_cue_openings.finditer(tables.en_cue, view.original) if english else ():
        for group in ("name", "name2"):
            # "the al-Mashlab district of Raqqa": a quarter of the city named after it, though "district" follows
            quarter_of = m.group(group) and (
                grammar.en_quarter_of.match(view.original, m.end(group))
                or (m.group("owner") and grammar.en_quarter_noun.match(view.original, m.end(group)))
                or (
                    group == "name"
                    and grammar.en_the_quarter_noun.match(view.original, m.end(group))
                    and grammar.the_before_name.search(view.original, m.start(), m.start(group))
                )
            )
            if (
                not m.group(group)
                or (grammar.en_noun_after.match(view.original, m.end(group)) and not quarter_of)
                or grammar.en_describes.match(view.original, m.end(group))
            ):
                continue
            span = english_name(view.original, m.start(group), m.end(group), tables)
            if span is not None and not _title_case_around(view.original, *span):
                place = _from_norm(view, view.to_norm(span[0]), view.to_norm(span[1]), grammar)
                if quarter_of or grammar.en_quarter_after.match(view.original, m.end()):
                    place = replace(place, kind="neighbourhood")
                out.append(place)
    nouns, name_before = tables.en_settlement_after
    taken = SpanSet.of(view.to_original(p.start, p.end) for p in out) if english else None
    for m in word_finditer(nouns, view.original) if english else ():
        named = name_before.search(view.original, max(0, m.start() - _EN_NAME_CHARS), m.start())
        if named is None or named.group("indefinite") or taken.overlaps(*named.span("name")):
            continue  # (most nouns: no capitalised name before them, or one a cue introduced)
        span = english_name(view.original, *named.span("name"), tables)
        if span is not None and not _title_case_around(view.original, *span):
            out.append(_from_norm(view, view.to_norm(span[0]), view.to_norm(span[1]), grammar))
    return out


def _en_cue(lexicon_dir: Path) -> re.Pattern:
    """ "in X", "shelled X", "the town of X" (``place_prepositions.csv``, roles 'cue', 'verb' and 'settlement')."""
    with open(lexicon_dir / "place_prepositions.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    cues = trie_pattern(r["word"] for r in rows if r["role"] in ("cue", "verb"))
    settlements = trie_pattern(r["word"] for r in rows if r["role"] == "settlement")
    with open(lexicon_dir / "place_words.csv", encoding="utf-8") as fh:
        held = trie_pattern(r["word"] for r in csv.DictReader(fh) if r["class"] == "holder_suffix")
    name = _en_name(lexicon_dir)
    # a city's possessive before the name is no part of it: "in Homs's Bab Tadmur neighbourhood"; nor is who holds
    # it: "on the rebel-held X district of Aleppo"; a paragraph's last word is no cue of the next paragraph's first
    # ("… as rebels dig in", a blank line, then the dateline "ALEPPO, Syria (AP) -"; a hard-wrapped line goes on)
    return re.compile(
        rf"(?<![\w-])(?:(?:{settlements})\s+of\s+|(?:{cues})(?!\s*\n\s*\n)\s+(?:the\s+)?(?:[\w.]+-(?:{held})\s+)?"
        rf"(?P<owner>[A-Z][\w-]*['’]s\s+)?)"
        rf"(?P<name>{name})(?:\s+and\s+(?:the\s+\w+\s+of\s+)?(?P<name2>{name}))?"
    )


def _en_name(lexicon_dir: Path) -> str:
    """A capitalised English name of one or two words, each perhaps after a transliterated article, as each
    romanization writes it (``gazetteer_words.csv``, class ``latin_article``): "al-Bab", "el-Bab", "ash-Shaykh",
    "Urum el-Kubra", "al Bab"."""
    with open(lexicon_dir / "gazetteer_words.csv", encoding="utf-8") as fh:
        articles = [r["word"] for r in csv.DictReader(fh) if r["class"] == "latin_article"]
    # the unassimilated article ("al", "el") is also written apart ("Khan al Assal", "Seif Al Dawla"); an assimilated
    # one ("ash-", "ad-") keeps its hyphen, and "an", "as", "at" apart are English words
    apart = trie_pattern(a for a in articles if a.endswith("l"))
    word = rf"(?:(?i:{trie_pattern(articles)})-|(?i:{apart})\s+)?[A-Z][\w'-]+"
    # the two words on one line, or a hard-wrapped line's end between them: never a paragraph's end ("… near Golan",
    # a blank line, then the dateline "AMMAN, July 17 (Reuters) -")
    return rf"{word}(?:(?:[ \t]+\n?|\n)[ \t]*{word})?"


def _en_settlement_after(lexicon_dir: Path, cues: CueWords) -> tuple[re.Pattern, re.Pattern]:
    """(the nouns, the name right before one) of "al-Muaizila village", "Kafr Batna town" (``place_words.csv``,
    class en_settlement_after): a name no preposition introduces, as a catalogue's entry heading writes it
    ("14 August 2017, al-Muaizila village – eastern Raqqa countryside:")."""
    nouns = re.compile(rf"(?<!\w){cues.pattern('en_settlement_after')}(?![\w-]|\s+of\s)")
    # "an Idlib village" is a village of Idlib (a name after an indefinite article: matched, then left aside)
    indefinite = cues.pattern("en_indefinite_article")
    return nouns, re.compile(rf"(?<![\w'-])(?:(?P<indefinite>{indefinite})\s+)?(?P<name>{_en_name(lexicon_dir)})\s+\Z")


def _en_cue_openings(lexicon_dir: Path) -> WordOpenings:
    """A match of ``_en_cue`` starts at a word that is the first word of a cue up to the blank after it (a cue of
    one word, or "of" after a settlement word, needs a blank before the name)."""
    with open(lexicon_dir / "place_prepositions.csv", encoding="utf-8") as fh:
        words = first_words(r["word"] for r in csv.DictReader(fh) if r["role"] in ("cue", "verb", "settlement"))
    return WordOpenings(re.compile(rf"(?:{trie_pattern(words)})\Z"))


def _en_cue_words(lexicon_dir: Path) -> re.Pattern:
    """The cue words of ``_en_cue`` in one trie, at the start of a word and followed by a blank, as every match of
    ``_en_cue`` opens (``lexregex.word_search`` skips to the words): most Arabic reports hold none, though their
    Latin letters (addresses, sources) hold the letters of "in" or "at"."""
    with open(lexicon_dir / "place_prepositions.csv", encoding="utf-8") as fh:
        words = trie_pattern(r["word"] for r in csv.DictReader(fh) if r["role"] in ("cue", "verb", "settlement"))
    return re.compile(rf"{LOOK_BEHIND_WORD}(?:{words})\s")


def _not_place_words(lexicon_dir: Path) -> dict[str, str]:
    """Capitalised English words that are no place (``not_place_names.csv``), by role: 'never' (nor does a
    name starting with it), 'alone' (may start a name: "Eastern Ghouta"); month, weekday and number words."""
    words: dict[str, str] = {}
    with open(lexicon_dir / "not_place_names.csv", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            if row["role"] not in ("never", "alone"):
                raise ValueError(f"{lexicon_dir / 'not_place_names.csv'}:{line}: unknown role {row['role']!r}")
            words[row["word"].lower()] = row["role"]
    with open(lexicon_dir / "months.csv", encoding="utf-8") as fh:
        words.update({r["name"].lower(): "never" for r in csv.DictReader(fh) if r["name"].isascii()})
    for table, column in (("weekdays.csv", "name"), ("cardinals.csv", "word")):
        with open(lexicon_dir / table, encoding="utf-8") as fh:
            words.update({r[column].lower(): "never" for r in csv.DictReader(fh) if r["language"] == "en"})
    return words


def _number_words(lexicon_dir: Path) -> frozenset[str]:
    """Arabic cardinal and ordinal words (``cardinals.csv``, ``ordinals.csv``), normalized: after a settlement
    cue they count the towns ("بلدة واحدة") and never name one."""
    with open(lexicon_dir / "cardinals.csv", encoding="utf-8") as fh:
        words = {r["word"] for r in csv.DictReader(fh) if r["language"] == "ar"}
    with open(lexicon_dir / "ordinals.csv", encoding="utf-8") as fh:
        ordinals = {normalize_term(r["term"]) for r in csv.DictReader(fh) if not r["term"].isascii()}
    # "بلدة ثالثة": an ordinal without its article counts the town too
    ordinals |= {w.removeprefix("ال") for w in ordinals}
    return frozenset(normalize_term(w) for w in words) | ordinals


def _not_place_role(word: str, table: dict[str, str]) -> str | None:
    """The role of a word, also in the possessive with its apostrophe lost ("Syrias" for "Syria's"); a compound of
    words that are never a place is none either ("the Syrian-Turkish border")."""
    key = word.lower().removesuffix("'s").removesuffix("’s")
    role = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
    if role is None and "-" in key and all(table.get(part) == "never" for part in key.split("-")):
        return "never"
    return role


def _title_case_around(text: str, start: int, end: int) -> bool:
    """A capitalised phrase in a title-case headline ("Fresh Rocket Fire Hits Eastern Villages"): most of the
    longer words around it are capitalised too, so the capital says nothing of a name."""
    before = _LONG_WORD.findall(text, max(0, start - 60), start)[-_TITLE_WINDOW:]
    after = _LONG_WORD.findall(text, end, end + 60)[:_TITLE_WINDOW]
    words = before + after
    if len(words) < _TITLE_MIN_WORDS:
        return False  # (most names: too few long words around to tell)
    capitals = len([w for w in words if w[0].isupper()])
    return capitals >= _TITLE_SHARE * len(words)


_NON_BLANK = re.compile(r"\S+")


def english_name(text: str, start: int, end: int, tables: PlaceTables | None = None) -> tuple[int, int] | None:
    """The span of a capitalised name after an English cue word, without the words that are no place
    ("in Homs Two people" -> "Homs", "in Northern Syria" -> None, "in Sept" -> None, "near a YPG-controlled village" ->
    None: who holds a place describes it, the grammar's ``held``)."""
    tables = tables or _default()
    not_places, grammar = tables.not_place_words, tables.grammar
    # the words by ``str.split`` (the blanks of ``\s``), their offsets read only when words are dropped at the end
    span = text[start:end]
    words = span.split()
    kept = len(words)
    while kept and (_not_place_role(words[kept - 1], not_places) or grammar.held.search(words[kept - 1])):
        kept -= 1
    if not kept or _not_place_role(words[0], not_places) == "never" or grammar.held.search(words[0]):
        return None
    if kept < len(words):
        end = list(_NON_BLANK.finditer(text, start, end))[kept - 1].end()
    else:
        end -= len(span) - len(span.rstrip())
    return start + len(span) - len(span.lstrip()), end


def _ar_names(flat: str, pos: int, cue: str, tables: PlaceTables) -> list[tuple[int, int]]:
    grammar, number_words = tables.grammar, tables.number_words
    window = flat[pos : pos + 60]
    # a name of at most two words and the word after it: the first three words of the window (five for a name of a
    # person's son, "حي هشام بن عبد الملك": ``_patronymic``)
    words = [(m.start(), m.end(), m.group()) for m in itertools.islice(_WORD.finditer(window), 5)]
    if words and words[0][2] in grammar.settlement_cues:
        return []  # "جبهة حي بستان الباشا": the neighbourhood's own cue reads its name
    names: list[tuple[int, int]] = []
    taken: list[tuple[int, int, str]] = []
    for w in words:
        # "قرية أم ولد", "بلدة دير بعلبة": after a name's head word a clitic-like letter opens the name's second word
        after_head = len(taken) == 1 and grammar.name_head.match(taken[0][2]) and not grammar.conjoined_cue.match(w[2])
        stops = grammar.listed_stop.match(w[2]) if after_head else grammar.stop_word.match(w[2])
        if len(taken) == 1 and w[2] in grammar.patronymic_links and w[0] - taken[0][1] == 1:
            taken.append(w)  # "هشام بن …": the father's name follows (``_patronymic``)
            break
        if taken and (stops or len(taken) == 2 or "\n" in flat[pos + taken[-1][1] : pos + w[0]] or w[2] in _DASHES):
            break  # (a name never runs on to the next line: "حي سكني" at a line's end is no "سكني الجهة")
        if taken and w[2] in grammar.settlement_cues:
            break  # "حي الجورة حي الحويقة": another settlement's cue opens the next name
        if taken and grammar.modifier.match(w[2]) and not grammar.name_adjective.match(w[2]):
            break
        if taken and not after_head and _PARTICIPLE.match(w[2]):
            break  # "بلدة زبدين المحاصرة": a participle after a one-word name describes the town
        if cue in grammar.numbered_cues:  # "اللواء 93": a unit's base named by its number, never "اللواء فلان"
            return [(pos + w[0], pos + w[1])] if w[2].isdigit() else []
        if not taken and (
            (grammar.not_a_quarter_name if cue in grammar.nisba_name_cues else grammar.not_a_name).match(w[2])
            or w[2][0].isdigit()
            or grammar.conjoined_cue.match(w[2])
            or w[2] in number_words
        ):
            return []  # "بلدة واحدة", "قرية ثالثة": a count of towns, not a town's name
        taken.append(w)
        if _FOR_WHOM.match(w[2]):
            break
        if w[1] < len(window) and window[w[1]] in "،,.:;":
            break
    if len(taken) == 2 and taken[1][2] in grammar.patronymic_links:
        taken = _patronymic(taken, words, grammar)
    if taken:
        following = words[len(taken)] if len(words) > len(taken) else None
        if following and grammar.name_adjective.match(following[2]) and pos + following[0] - (pos + taken[-1][1]) == 1:
            taken.append(following)  # "تل خزنة الغربية", "الدير الشرقي": the adjective is part of the name
        names.append((pos + taken[0][0], pos + taken[-1][1]))
        rest = pos + taken[-1][1]
        while cue in grammar.dual_cues:  # "بلدتي X وY"; a plural cue lists more: "بلدات X وY وZ"
            second = grammar.second_name.match(flat[rest : rest + 40])
            if not second or grammar.not_a_name.match(second.group(1)):
                break
            # ("وبيت سوى": a head word opening a name is no clitic's word)
            stops = grammar.listed_stop if grammar.name_head.match(second.group(1)) else grammar.stop_word
            if stops.match(second.group(1)):
                break
            name_end = rest + second.end(1)
            if grammar.name_head.match(second.group(1)):  # "قرى تل طويل وتل شنان": a head word opens a name of two
                following = _WORD.match(flat, name_end + 1) if flat[name_end : name_end + 1] == " " else None
                if following and not grammar.stop_word.match(following.group()):
                    name_end = following.end()
            names.append((rest + second.start(1), name_end))
            rest = name_end
            if cue not in grammar.plural_cues:
                break
    return names


def _patronymic(
    taken: list[tuple[int, int, str]], words: list[tuple[int, int, str]], grammar: PlaceGrammar
) -> list[tuple[int, int, str]]:
    """ "حي هشام بن عبد الملك", "مدرسة خالد بن الوليد": a name of a person's son runs on to the father's name, two
    words when the first opens a compound name ("عبد"); ``taken`` is the name and "بن"."""
    rest = words[2:]
    if not rest or rest[0][0] - taken[1][1] != 1:
        return taken[:1]
    father = 2 if rest[0][2] in grammar.compound_name_openers and len(rest) > 1 and rest[1][0] - rest[0][1] == 1 else 1
    return [*taken, *rest[:father]]


def named_site(
    view: TextView, start: int, end: int, places: list[Place], tables: PlaceTables | None = None
) -> Place | None:
    """The name after a site noun written without "ال" ("مدرسة X", "مسجد X", "جامعة X") in [start, end) of the
    normalized copy: the site itself, told by its name. The name must be a known place or have "ال" on its first
    or second word (an indefinite noun before a definite word is a construct, a name: "مدرسة النور", "مسجد
    خالد الأنصاري"; "مدرسة ابتدائية", two indefinite words, is a noun and its adjective); at most three
    words, up to a preposition or a comma (``tables``: the reference's, default the shipped ones)."""
    grammar = (tables or _default()).grammar
    flat = view.flat
    place_starts = {p.start for p in places}
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(flat, end, min(len(flat), end + 50))]
    if not words or words[0][0] - end > 1:
        return None
    second_definite = len(words) > 1 and words[1][0] - words[0][1] == 1 and words[1][2].startswith("ال")
    if not (words[0][2].startswith("ال") or words[0][0] in place_starts or second_definite):
        return None
    taken = []
    for w in words[:3]:
        if (taken and w[0] - taken[-1][1] > 1) or grammar.stop_word.match(w[2]) or grammar.not_a_name.match(w[2]):
            break
        taken.append(w)
        if flat[w[1] : w[1] + 1] in "،,.:;":
            break
    if not taken:
        return None
    return replace(_from_norm(view, start, taken[-1][1], grammar), kind="site")


def _from_norm(view: TextView, start: int, end: int, grammar: PlaceGrammar) -> Place:
    o_start, o_end = view.to_original(start, end)
    region = bool(grammar.region.match(view.flat[start:end]))
    return Place(start, end, view.original[o_start:o_end], precision=3 if region else None)


_EN_REPEAT_MIN = 4  # an English place name found once is a place wherever it recurs, from this many letters


def dual_anaphora(view: TextView, places: list[Place], tables: PlaceTables | None = None) -> list[Place]:
    """ "هاجمت الهيئة البلدتين": the two settlements the report names with a dual cue ("بلدتا X وY"), the pair
    named nearest before the anaphor, else the first after it, as places at the anaphor (with their names;
    ``tables``: the reference's, default the shipped ones)."""
    grammar = (tables or _default()).grammar
    flat = view.flat
    pairs: list[tuple[Place, Place]] = []
    points = [p for p in places if (p.precision or 1) < 3]
    for first, second in zip(points, points[1:], strict=False):
        joined = grammar.second_name.match(flat, first.end)
        if (
            grammar.dual_named.search(flat, max(0, first.start - 10), first.start)
            and joined
            and joined.start(1) == second.start
        ):
            pairs.append((first, second))
    if not pairs:
        return []
    out = []
    for m in grammar.dual_anaphor.finditer(flat):
        before = [pair for pair in pairs if pair[1].end <= m.start()]
        first, second = before[-1] if before else pairs[0]
        out.extend(replace(p, start=m.start(), end=m.end()) for p in (first, second))
    return out


def repeated_settlements(
    view: TextView, places: list[Place], names: list[tuple[int, int]] = (), tables: PlaceTables | None = None
) -> list[Place]:
    """A settlement the report introduces with a cue word ("مدينة X", "بلدات X وY") is a place wherever the
    report names it again bare ("… في X"), though the gazetteer lacks it; so is an English name found once as a
    place (after a cue or by its spelling variant), wherever it recurs capitalised. ``places`` are the mentions
    found already, ``names`` faction names (neither is overlapped); ``tables``: the reference's (default the
    shipped ones)."""
    grammar = (tables or _default()).grammar
    flat = view.flat
    known: dict[str, Place] = {}
    for p in places:
        if p.name is None and (p.precision or 1) < 3 and not p.text.isascii():
            cues = [m.group("cue") for m in grammar.ar_cue.finditer(flat, max(0, p.start - 80), p.start + 1)]
            if cues and cues[-1] in grammar.settlement_cues and len(flat[p.start : p.end]) >= 3:
                known.setdefault(flat[p.start : p.end], p)
        elif p.text.isascii() and (p.precision or 1) < 3 and len(p.text) >= _EN_REPEAT_MIN and p.text[:1].isupper():
            if p.name is not None or grammar.en_settlement_before.search(flat, max(0, p.start - 60), p.start):
                known.setdefault(
                    flat[p.start : p.end], p
                )  # "the villages of X and Y" ... "a counterattack to retake Y"
    if not known:
        return []
    taken = SpanSet()
    for a, b in [(p.start, p.end) for p in places] + list(names):
        taken.add(a, b)
    out = []
    for start, end in _whole_word_occurrences(flat, known):
        if taken.overlaps(start, end) or grammar.dateline_after.match(flat, end):
            continue  # (a dateline's city, "Hama, SANA –", is where the report was filed: no place named again)
        first = known[flat[start:end]]
        o_start, o_end = view.to_original(start, end)
        if first.text.isascii() and not view.original[o_start:o_end][:1].isupper():
            continue  # an English name is capitalised wherever it names the place
        out.append(replace(first, start=start, end=end, text=view.original[o_start:o_end]))
    return out


_WORD_CHAR = re.compile(r"\w")
_NAME_CLITICS = "وبل"


def _whole_word_occurrences(flat: str, names) -> list[tuple[int, int]]:
    """The spans of ``names`` in ``flat`` as whole words, a clitic (و، ب، ل) allowed before a name, leftmost
    first and the longest name at a place, none overlapping: what one alternation of the names would find,
    without compiling a pattern for each report's names."""
    best: dict[int, tuple[tuple[int, int], int, int]] = {}  # match start -> (preference, name start, name end)
    for name in names:
        at = flat.find(name)
        while at >= 0:
            end = at + len(name)
            if not _WORD_CHAR.match(flat, end):
                if at > 0 and flat[at - 1] in _NAME_CLITICS and not (at > 1 and _WORD_CHAR.match(flat, at - 2)):
                    best[at - 1] = min(best.get(at - 1, ((2, 0), 0, 0)), ((0, -len(name)), at, end))
                elif not (at > 0 and _WORD_CHAR.match(flat, at - 1)):
                    best[at] = min(best.get(at, ((2, 0), 0, 0)), ((1, -len(name)), at, end))
            at = flat.find(name, at + 1)
    out: list[tuple[int, int]] = []
    reached = 0
    for match_start in sorted(best):
        _, start, end = best[match_start]
        if match_start >= reached:
            out.append((start, end))
            reached = end
    return out


def merge_candidates(
    gazetteer: list[Place],
    cues: list[Place],
    flat: str,
    names: list[tuple[int, int]] = (),
    tables: PlaceTables | None = None,
) -> list[Place]:
    """Gazetteer mentions, plus cue mentions that no gazetteer mention overlaps, in text order; a dateline's
    city ("Hama, SANA –", "حماة-سانا") is where the report was filed, not a place of the incident. A cue
    mention inside a faction's name (``names``: "جبهة النصرة", "جبهة فتح الشام") is no place, nor a capital
    speaking for its government ("قالت دمشق", "Moscow denied"); ``tables``: the reference's (default the shipped)."""
    tables = tables or _default()
    gazetteer = [
        g for g in gazetteer if not tables.grammar.dateline_after.match(flat, g.end) and not _speaks(flat, g, tables)
    ]
    # "قرية تل شنان": a name opened by a head word ("تل", "أم", "عين") after its cue is one name, though the
    # gazetteer knows a place named by its second word alone
    by_start = {g.start: g for g in gazetteer}
    inside = set()
    for c in cues:
        head_end = flat.find(" ", c.start, c.end)
        g = by_start.get(head_end + 1) if head_end > 0 else None
        if g is not None and g.end <= c.end and tables.grammar.name_head.match(flat[c.start : head_end]):
            inside.add(id(g))
    # "the Bab Tadmur area of Homs", "Homs's Bab Tadmur neighbourhood": a quarter of a city named with its cue is one
    # name, though the gazetteer knows a town (elsewhere) named by its last word
    for c in cues:
        if c.kind == "neighbourhood" and c.start < c.end:
            inside.update(
                id(g)
                for g in gazetteer
                if c.start <= g.start < c.end
                and (g.start > c.start or g.end < c.end)
                and g.kind not in ("neighbourhood", "landmark")
            )
    gazetteer = [g for g in gazetteer if id(g) not in inside] if inside else gazetteer
    out = list(gazetteer)
    named, found = SpanSet(), SpanSet()  # (overlap tests without a scan of every name and mention per cue)
    for a, b in names:
        named.add(a, b)
    for g in gazetteer:
        found.add(g.start, g.end)
    for c in cues:
        if named.overlaps(c.start, c.end) or _speaks(flat, c, tables):
            continue
        if not found.overlaps(c.start, c.end):
            out.append(c)
    return sorted(out, key=lambda p: (p.start, -p.end))


@dataclass(frozen=True, eq=False)
class PlaceGrammar:
    """The patterns compiled from the words of ``place_words.csv`` (``PlaceGrammar.build``), held by the
    reference's ``PlaceTables``: compiled once per Reference, never per report."""

    ar_cue: re.Pattern
    name_adjective: re.Pattern
    modifier: re.Pattern
    cue_in_name: frozenset[str]
    dual_cues: frozenset[str]
    plural_cues: frozenset[str]
    neighbourhood_cues: frozenset[str]
    # the cues after which a definite word in -ي names the place ("حي السكري"; "بلدة الأشعري": a feminine noun takes an
    # adjective in -ية, so a word in -ي after it is a name)
    nisba_name_cues: frozenset[str]
    list_intro: re.Pattern
    stop_word: re.Pattern
    listed_stop: re.Pattern
    name_head: re.Pattern
    patronymic_links: frozenset[str]  # "بن": a place named after a person's son ("حي عمر بن الخطاب")
    compound_name_openers: frozenset[str]  # "عبد": the first of a father's name of two words ("بن عبد العزيز")
    not_a_name: re.Pattern
    not_a_quarter_name: re.Pattern  # ``not_a_name`` after a ``nisba_name_cues`` word: a word in -ي may be a name
    dual_anaphor: re.Pattern
    dual_named: re.Pattern
    en_noun_after: re.Pattern
    en_describes: re.Pattern
    en_quarter_after: re.Pattern
    en_quarter_of: re.Pattern
    en_quarter_noun: re.Pattern
    en_the_quarter_noun: re.Pattern
    the_before_name: re.Pattern
    origin: re.Pattern
    origin_word: re.Pattern
    road_from: re.Pattern  # "the highway from X to Y": the road's end, no origin
    home: re.Pattern
    home_word: re.Pattern
    en_stationed: re.Pattern
    stationed_word: re.Pattern  # the verbs in every ``en_stationed`` match, alone: none, no search for it
    fires_after: re.Pattern
    fired_by_stationed: re.Pattern
    evacuated_to: re.Pattern
    medical_word: re.Pattern  # the nouns in every ``evacuated_to`` match, alone: none, no search for it
    taken_away_to: re.Pattern
    taken_away_word: re.Pattern  # the verbs in every ``taken_away_to`` match, alone: none, no search for it
    seat: re.Pattern
    seat_word: re.Pattern  # the words in every ``seat`` match, alone: none, no search for it
    evacuees_after: re.Pattern
    clock_zone: re.Pattern
    conjoined_cue: re.Pattern
    numbered_cues: frozenset[str]
    second_name: re.Pattern
    joined: re.Pattern
    locating: re.Pattern
    dateline_after: re.Pattern
    region_after: re.Pattern
    region_before: re.Pattern
    region: re.Pattern
    near_a_site: re.Pattern
    near_a_town: re.Pattern
    settlement_named: re.Pattern
    held: re.Pattern
    en_settlement_before: re.Pattern
    settlement_cues: frozenset[str]
    en_place_before: re.Pattern

    # the words a match of ``ar_cue`` may start at: the cue (after "و", "ب" or "ل") ending its token
    ar_cue_openings: WordOpenings = field(compare=False)

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, cues: CueWords) -> PlaceGrammar:
        _w = cues.pattern
        ar_cue_classes = ("settlement_cue", "area_cue", "name_cue", "numbered_cue")  # read by ar_cue and its openings
        ar_cue = re.compile(rf"(?<!\w)[وبل]?(?P<cue>{_w(*ar_cue_classes)})\s+(?=(?P<name>\S+(?:\s+\S+)?))")
        name_adjective = re.compile(rf"^{_w('name_adjective')}ه?$")
        # "قرية السوسة السورية", "بلدة المسيفرة الواقعة شرق …", "القدم المجاور": a describing word after the name.
        modifier = re.compile(rf"^(?:ال\w{{2,}}يه|ال\w{{2,}}[^ل]ي|{_w('modifier_stem')}\w*)$")
        cue_in_name = cues.word_set("name_cue", "numbered_cue")
        numbered_cues = cues.word_set("numbered_cue")
        dual_cues = cues.word_set("dual_cue")
        plural_cues = cues.word_set("plural_cue")
        neighbourhood_cues = cues.word_set("neighbourhood_cue")
        feminine = frozenset(c for c in cues.word_set("settlement_cue") if c.endswith("ه"))  # (ة, normalized)
        # "بلدات في الغوطة هي X وY", "عدة قرى: X وY": the list of names comes after "هي" or a colon.
        list_intro = re.compile(rf"[^.،,:;\n]{{0,40}}?\s{_w('list_intro')}\s+|[^.،,:;\n]{{0,40}}?:\s*")
        listed_stop = rf"{_w('stop_word')}|\w*{_w('direction_stem')}\w*|\d+\S*|[،,.:;]\S*"
        stop_word = re.compile(rf"^(?:{listed_stop}|ب\w+|ل\w+|و\w+)$")
        listed_stop = re.compile(rf"^(?:{listed_stop})$")  # the stop words but those a clitic letter opens
        name_head = re.compile(rf"^{_w('name_head')}$")
        # After a cue noun, an imperfect verb with an object pronoun opens a relative clause, not a name: "منطقة يشملها
        # اتفاق", "بلدة يقطنها نازحون" (the verbs without a pronoun, "منطقة تسيطر عليها", are not_a_name words).
        not_a_name = re.compile(rf"^(?:{_w('not_a_name')}|ال\w*ي|\w+ويه|[يت]\w{{2,}}(?:ها|هم))$")
        # "حي المفتي", "حي السكري", "حي العسالي": after a neighbourhood's cue a definite word in -ي is its name
        not_a_quarter_name = re.compile(rf"^(?:{_w('not_a_name')}|\w+ويه|[يت]\w{{2,}}(?:ها|هم))$")
        # "البلدتين", "بالقريتين": the two settlements the report names with a dual cue ("بلدتي X وY").
        dual_anaphor = re.compile(rf"(?<!\w)[وبلف]?(?:ال|لل){_w('dual_anaphor')}(?!\w)")
        dual_named = re.compile(rf"(?<!\w)[وب]?{_w('dual_cue')}\s+$")
        en_noun_after = re.compile(rf"\s+{_w('en_noun_after')}\b")  # "in X village" keeps X
        # "at the Christian-majority town of X", "the Kurdish village of Y": a word before "<settlement> of" describes
        # the place named after "of"; it is no name
        en_describes = re.compile(rf"\s+{_w('en_settlement_noun')}\s+of\s", re.IGNORECASE)
        en_quarter_after = re.compile(rf"\s+{_w('neighbourhood_cue')}(?!\w)")  # "in X neighborhood": a city's quarter
        # "the Jobar district of Damascus", "the Zahraa neighbourhood of Homs city": a quarter of the city named after "of"
        en_quarter_of = re.compile(rf"\s+{_w('en_quarter_of')}\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?[A-Z]")
        en_quarter_noun = re.compile(
            rf"\s+{_w('en_quarter_of')}(?!\w)"
        )  # "Aleppo's Midan district": after a city's possessive
        en_the_quarter_noun = re.compile(rf"\s+{_w('en_the_quarter_noun')}(?!\w)")  # "the Joura district"
        # what a cue leaves before a name after "the": "in the X", "in the government-held X"
        the_before_name = re.compile(r"(?<!\w)the\s+(?:[\w.]+-\w+\s+)?$")
        origin = re.compile(
            rf"(?:{_w('origin_stationed_stem')}\w*\s+في|{_w('origin')}|{_w('origin_verb_stem')}\S*\s+(?:\S+\s+){{0,3}}?من)\s*"
            # "المتمركزة في معسكر جورين": one cue word may stand between, no verb; or a possessive ("from Syria's X"),
            # maybe after "the" ("fired from the rebel-held X")
            r"(?:the\s+)?(?:(?!\w+ing\s)\S+\s+(?:s\s+)?)?$"
            # "أطلقت من مواقع قوات النظام في بلدة X": the positions fired from, held by whom, then in X
            rf"|{_w('origin_verb_stem')}\S*\s+(?:\S+\s+){{0,3}}?من\s+{_w('origin_position_noun')}\S*\s+(?:\S+\s+){{0,3}}?"
            r"في\s+(?:\S+\s+)?$"
            # "بقصف مدفعي من مواقع قوات النظام في بلدة X", "قصفت من مواقعها في معسكر X": fire from positions in X
            rf"|(?<!\w)من\s+(?:ال)?{_w('origin_position_noun')}\S*\s+(?:\S+\s+){{0,3}}?في\s+(?:\S+\s+)?$"
            rf"|from\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_w('en_settlement_noun')}\s+of\s+$"  # "people from the two besieged villages of"
            # "وكان مصدر القصف حاجز النظام في قرية X": where the fire came from, named after its source noun
            rf"|{_w('origin_fire_source')}\s+(?:\S+\s+){{0,6}}?$"
            # "shelling the area from its base at X", "fire from army positions near the village of X"
            rf"|\bfrom\s+(?:[\w'-]+\s+){{0,3}}?{_w('origin_position_en')}\s+(?:at|in|near|on)\s+(?:the\s+)?"
            r"(?:(?:town|village|city)\s+of\s+)?$"
        )  # ("barred from entering X": where they could not go, not where anything came from)
        # the words every ``origin`` match starts with, in one trie: where none stands, the whole pattern is not tried
        origin_word = re.compile(
            trie_pattern(
                (*cues.words("origin_stationed_stem", "origin", "origin_verb_stem", "origin_position_noun"), "from")
            )
        )
        road_from = re.compile(
            rf"(?<!\w){_w('road_noun')}\s+from\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$", re.IGNORECASE
        )
        # "قتل رجلان من بلدة X بقصف على Y", "شيّع أهالي X ثلاثة من أبنائهم", "mourners in X buried …": the victims' or
        # mourners' town, not where the fire fell when the clause names another settlement
        home = re.compile(
            rf"(?<!\w)[وبل]?(?:ال)?{_w('victim_noun_stem')}\S*\s+(?:\S+\s+){{0,2}}?من\s+(?:\S+\s+)?$"
            rf"|(?<!\w)و?{_w('mourning')}\s+(?:\S+\s+){{0,3}}?$"
        )
        home_word = re.compile(_w("victim_noun_stem", "mourning"))
        # "gunmen stationed in X and Y fired mortars at Z": a group stationed in a place that then fires is where the
        # fire came from; "jets hit fighters deployed in X" keeps X, the place hit.
        en_stationed = re.compile(
            rf"\b{_w('origin_stationed_en')}\s+in\s+(?:(?:the|nearby|[a-z]+ern)\s+)*(?:[a-z]+\s+of\s+)?$"
        )
        # (words alone, with no look-behind or boundary before them, let the regex engine skip to their first letters)
        stationed_word = re.compile(_w("origin_stationed_en"))
        fires_after = re.compile(rf"(?:\s+(?:and\s+)?[\w'-]+){{0,6}}?\s+{_w('origin_fire_verb_en')}\b")
        # "the rounds were fired by militants holed up in X": the passive's agent stationed in a place fired from there
        fired_by_stationed = re.compile(
            rf"\b{_w('origin_fire_verb_en')}\s+by\s+(?:[\w'-]+\s+){{0,4}}?{_w('origin_stationed_en')}\s+in\s"
        )
        # "إسعاف المصابين إلى المشافي الميدانية في معرة النعمان", "rushed to a hospital in Idlib": where the wounded
        # were taken, not where the incident was.
        evacuated_to = re.compile(
            rf"{_w('evacuation_verb_stem')}\S*\s+(?:\S+\s+){{0,4}}?"
            rf"{_w('evacuation_to')}\s+(?:\S+\s+){{0,2}}?(?:ال)?{_w('medical_place_stem')}\S*\s+"
            r"(?:\S+\s+){0,4}$"
        )
        # "هاجم المسلحون القرية واقتادوا 40 رجلاً إلى بلدة X": where the captives were taken, not where the attack was.
        taken_away_to = re.compile(
            rf"(?<!\w)[وف]?{_w('taken_away_verb_stem')}\S*\s+(?:\S+\s+){{0,8}}?{_w('evacuation_to')}\s+(?:\S+\s+)?$"
        )
        taken_away_word = re.compile(_w("taken_away_verb_stem"))
        medical_word = re.compile(_w("medical_place_stem"))
        # "رئيس المنظمة ومقرها في مدينة X", "a medic based in X": where the one telling it sits, not where it happened.
        seat = re.compile(rf"(?<!\w)و?{_w('seat')}\s+(?:\S+\s+)?$")
        seat_word = re.compile(_w("seat"))
        # "Zabadani evacuees told reporters …": the town the people named come from, not where it happened
        evacuees_after = re.compile(rf"\s+{_w('evacuees_after')}(?!\w)")
        # "الساعة 12 ظهراً بتوقيت دمشق": the city names the clock the time is told by, not a place of the incident.
        clock_zone = re.compile(rf"(?<!\w){_w('clock_zone')}\s+$")
        conjoined_cue = re.compile(rf"^و(?:ب|ال)?(?:{_w('settlement_stem')}|{_w('area_stem')}|ال)")
        second_name = re.compile(rf"\s+و(?!ال?{_w('settlement_stem')}\w*)([^\s،,.:;]+)")
        joined = re.compile(rf"\s*{_AND}?\s*(?:\S*{_w('settlement_stem')}\S*\s*)?")  # "X وY", "X and Y"
        # Between a place and the place that locates it: "مستشفى X (المشفى الوطني)، الكائن في بلدة Z", "X, located in Z".
        locating = re.compile(
            rf"\s*\(\s*|(?:\s+[^\s()]+){{0,3}}\s*\)?\s*[،,]?\s*{_w('locating_participle')}\s+(?:في|ب|in\s)?\s*"
        )
        # "Hama, SANA –", "حماة-سانا", "BEIRUT (AP) —", "DAMASCUS, Feb. 12 (Xinhua) --", "ALEPPO, Syria (Reuters)": the
        # city of a dateline, maybe with the country or the day after it, then the agency after a comma or a dash or in
        # brackets (blanked in the matching copy: two blanks); "shells fall on Hama SANA Two people …" is no dateline,
        # nor "shells struck Harasta, SANA said": the agency is the subject of a verb of saying
        dateline_after = re.compile(
            rf"(?:\s*,\s*(?:syria\b\s*,?\s*)?(?:[a-z]{{3,9}}\.?\s+\d{{1,2}}\b)?)?(?:\s*[,،\-–]\s*|\s{{2,}})"
            rf"{_w('wire_agency')}\b(?!\s+{_w('wire_agency_speech')}\b)"
        )
        region_after = re.compile(rf"\s+{_w('en_region_after')}\b")
        region_before = re.compile(rf"{_w('region_before')}\s*$")
        # "ريف X", "جبل X", "منطقة شرق سوريا" (a compass point of a country or province): a region, never one settlement.
        region = re.compile(rf"{_w('region_word')}|(?:ال)?{_w('direction_stem')}(?:ي|ى)?\s")
        # "مستودع ذخيرة قرب مدينة حماة", "a checkpoint near the town of X": an unnamed site hit near a settlement.
        near_a_site = re.compile(
            rf"(?<!\w){_w('site_noun')}(?:\s+\S+){{0,2}}\s+{_w('near')}\s+"
            rf"(?:(?:ال)?{_w('settlement_cue')}\s+|the\s+(?:town|city|village)\s+of\s+)?$"
        )
        # "بلدة X، قرب مدينة Y", "the village of X, near Y": between a settlement and another, a near word makes the
        # second only locate the first (the first was hit)
        near_a_town = re.compile(
            rf"\s*[،,]?\s*{_w('near')}\s+(?:(?:ال)?{_w('settlement_cue')}\s+|the\s+(?:town|city|village)\s+of\s+)?"
        )
        # the first named with its settlement word ("بلدة X", "the village of X"): "منطقة X قرب Y" may name an area of Y
        settlement_named = re.compile(
            rf"(?<!\w)[وب]?(?:ال)?{_w('settlement_cue')}\s+$|\b(?:town|city|village)\s+of\s+$", re.IGNORECASE
        )
        # "IS-held", "Kurdish-controlled", "Turkish-backed": a word saying who holds or backs a place, never its name
        held = re.compile(rf"-{_w('held_suffix')}$", re.IGNORECASE)
        en_settlement_before = re.compile(rf"\b{_w('en_settlement_noun')}\s+of\s+(?:[\w'-]+\s+and\s+)?$")
        settlement_cues = cues.word_set("settlement_cue")
        en_place_before = re.compile(rf"(?<!\w){_w('en_place_before')}\s+$", re.IGNORECASE)
        cue_words = cues.words(*ar_cue_classes)
        ar_cue_openings = WordOpenings(
            re.compile(rf"[وبل]?(?:{trie_pattern(first_words(cue_words))})\Z")  # a blank follows the cue's first word
        )
        return cls(
            ar_cue=ar_cue,
            ar_cue_openings=ar_cue_openings,
            name_adjective=name_adjective,
            modifier=modifier,
            cue_in_name=cue_in_name,
            dual_cues=dual_cues,
            plural_cues=plural_cues,
            neighbourhood_cues=neighbourhood_cues,
            nisba_name_cues=neighbourhood_cues | feminine,
            list_intro=list_intro,
            stop_word=stop_word,
            listed_stop=listed_stop,
            name_head=name_head,
            patronymic_links=cues.word_set("patronymic_link"),
            compound_name_openers=cues.word_set("compound_name_opener"),
            not_a_name=not_a_name,
            not_a_quarter_name=not_a_quarter_name,
            dual_anaphor=dual_anaphor,
            dual_named=dual_named,
            en_noun_after=en_noun_after,
            en_describes=en_describes,
            en_quarter_after=en_quarter_after,
            en_quarter_of=en_quarter_of,
            en_quarter_noun=en_quarter_noun,
            en_the_quarter_noun=en_the_quarter_noun,
            the_before_name=the_before_name,
            origin=origin,
            origin_word=origin_word,
            road_from=road_from,
            home=home,
            home_word=home_word,
            en_stationed=en_stationed,
            stationed_word=stationed_word,
            fires_after=fires_after,
            fired_by_stationed=fired_by_stationed,
            evacuated_to=evacuated_to,
            medical_word=medical_word,
            taken_away_to=taken_away_to,
            taken_away_word=taken_away_word,
            seat=seat,
            seat_word=seat_word,
            evacuees_after=evacuees_after,
            clock_zone=clock_zone,
            conjoined_cue=conjoined_cue,
            numbered_cues=numbered_cues,
            second_name=second_name,
            joined=joined,
            locating=locating,
            dateline_after=dateline_after,
            region_after=region_after,
            region_before=region_before,
            region=region,
            near_a_site=near_a_site,
            near_a_town=near_a_town,
            settlement_named=settlement_named,
            held=held,
            en_settlement_before=en_settlement_before,
            settlement_cues=settlement_cues,
            en_place_before=en_place_before,
        )


def _government_cues(lexicon_dir: Path, cues: CueWords) -> tuple[re.Pattern, re.Pattern]:
    """(word right before a name, word right after one) from ``government_cues.csv``."""
    with open(lexicon_dir / "government_cues.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for line, row in enumerate(rows, start=2):
        if row["language"] not in ("ar", "en") or row["position"] not in ("before", "after") or not row["word"]:
            raise ValueError(
                f"{lexicon_dir / 'government_cues.csv'}:{line}: needs a word, language ar|en, position before|after"
            )
    words = {
        side: trie_pattern(normalize_term(r["word"]).lower() for r in rows if r["position"] == side)
        for side in ("before", "after")
    }
    return (
        re.compile(rf"(?<!\w)[وف]?ل?(?:{words['before']})(?:(?<=-)|\s+)$", re.IGNORECASE),
        re.compile(rf"\s+(?:{cues.pattern('government_verb_adverb')}\s+)?(?:{words['after']})(?!\w)", re.IGNORECASE),
    )


def _speaks(flat: str, place: Place, tables: PlaceTables) -> bool:
    """True when the place is the subject of a speech or stance verb or names a government ("نظام دمشق"):
    a capital standing for its government."""
    verb_before, verb_after = tables.government_cues
    if verb_before.search(flat, max(0, place.start - 20), place.start):
        return True
    # "activists in Douma said", "the capital Damascus, government forces": still a place
    return bool(verb_after.match(flat, place.end)) and not tables.grammar.en_place_before.search(
        flat, max(0, place.start - 12), place.start
    )


def victims_home(flat: str, start: int, place: Place, tables: PlaceTables) -> bool:
    """True for the victims' or mourners' town ("قتل 8 مدنيين من عائلة نازحة من مدينة X", "شيّع أهالي X"), named in
    the clause starting at ``start``: not where the fire fell."""
    reach = max(start, place.start - _ORIGIN_REACH)
    grammar = tables.grammar
    return bool(grammar.home_word.search(flat, reach, place.start) and grammar.home.search(flat, reach, place.start))


def choose(
    flat: str,
    candidates: list[Place],
    start: int,
    end: int,
    excluded: list[tuple[int, int]],
    tables: PlaceTables | None = None,
) -> tuple[list[Place], list[Place]]:
    """The clause's places, the incident's place first, and apart the places fire came from (``tables``: the
    reference's, default the shipped ones)."""
    tables = tables or _default()
    grammar = tables.grammar
    inside = [
        p
        for p in candidates
        if start <= p.start < end
        and not any(a <= p.start < b for a, b in excluded)
        and not (
            grammar.medical_word.search(flat, max(start, p.start - 80), p.start)
            and grammar.evacuated_to.search(flat, max(start, p.start - 80), p.start)
        )
        and not (
            grammar.taken_away_word.search(flat, max(start, p.start - _TAKEN_AWAY_REACH), p.start)
            and grammar.taken_away_to.search(flat, max(start, p.start - _TAKEN_AWAY_REACH), p.start)
        )
        and not grammar.evacuees_after.match(flat, p.end)
        and not (
            grammar.seat_word.search(flat, max(start, p.start - _SEAT_REACH), p.start)
            and grammar.seat.search(flat, max(start, p.start - _SEAT_REACH), p.start)
        )
        and not grammar.clock_zone.search(flat, max(start, p.start - 12), p.start)
    ]
    if not inside:
        return [], []

    origins: set[int] = set()
    homes: set[int] = set()
    previous: Place | None = None
    for p in sorted(inside, key=lambda p: p.start):
        reach = max(start, p.start - _ORIGIN_REACH)
        if grammar.home_word.search(flat, reach, p.start) and grammar.home.search(flat, reach, p.start):
            homes.add(id(p))
        stationed = grammar.stationed_word.search(flat, reach, p.start) and grammar.en_stationed.search(
            flat, reach, p.start
        )
        if (
            (
                grammar.origin_word.search(flat, reach, p.start)
                and grammar.origin.search(flat, reach, p.start)
                and not grammar.road_from.search(flat, reach, p.start)
            )
            or (stationed and grammar.fires_after.match(flat, p.end, end))
            or (stationed and grammar.fired_by_stationed.search(flat, reach, p.start))
            or (
                previous is not None
                and id(previous) in origins
                and (
                    # "من X وبلدة Y", not "المتمركزة في X قرية Y": a settlement word with no "و" opens the place hit
                    (grammar.joined.fullmatch(flat, previous.end, p.start) and _listed_on(flat, previous.end, p.start))
                    or grammar.locating.fullmatch(flat, previous.end, p.start)
                )
            )
        ):
            origins.add(id(p))
        previous = p
    kept = [p for p in inside if id(p) not in origins]
    if homes and any((p.precision or 1) < 3 and id(p) not in homes for p in kept):
        kept = [p for p in kept if id(p) not in homes]  # the victims' town is the place only when none other is named
    first_point = min((p.start for p in kept if (p.precision or 1) < 3), default=end)
    points = [p for p in kept if (p.precision or 1) < 3]
    located = set()
    if len(points) > 1:  # "قرية X، قرب بلدة Y": Y only locates X
        points.sort(key=_start_of)
        located = {
            id(p)
            for before, p in itertools.pairwise(points)
            if grammar.near_a_town.fullmatch(flat, before.end, p.start)
            and grammar.settlement_named.search(flat, max(0, before.start - 20), before.start)
        }
    kept = [
        replace(p, nearby=True)
        if (located and id(p) in located)
        or (p.start == first_point and grammar.near_a_site.search(flat, max(start, p.start - 50), p.start))
        else p
        for p in kept
    ]
    destination = tables.destination
    heading = {id(p) for p in kept if destination.search(flat, max(start, p.start - 40), p.start)}
    # the place a convoy was heading to comes after the place it was hit ("near X" names that one)
    ordered = sorted(kept, key=lambda p: ((p.precision or 1) >= 3, id(p) in heading, p.start))
    unique: list[Place] = []
    for p in ordered:
        if not any(q.text == p.text for q in unique):
            unique.append(p)
    # "قرية الشيخ دامس جنوب إدلب": a village the gazetteer lacks is in the governorate the clause names
    governorate = next((p.admin1 for p in unique if p.admin1 and (p.precision or 1) >= 3), None)
    governorate = governorate or next((p.admin1 for p in unique if p.admin1), None)
    # else the one of a place the clause names only as the hospital, the fire's origin or the victims' town: near it
    governorate = governorate or next((p.admin1 for p in candidates if p.admin1 and start <= p.start < end), None)
    if governorate:
        unique = [p if p.admin1 else replace(p, admin1=governorate) for p in unique]
    return unique, [p for p in inside if id(p) in origins]


def _listed_on(flat: str, start: int, end: int) -> bool:
    """True when the words between two places list the second with the first: a conjunction, or nothing."""
    return not flat[start:end].strip() or _CONJUNCTION.match(flat, start, end) is not None


def lead_place(candidates: list[Place], lead_end: int) -> Place | None:
    """The report's own place: the first settlement its title and first sentence (before ``lead_end``) name,
    else the first region there. An incident told with no place of its own happened there ("20 killed in
    strikes on X" ... "the strikes also hit a market")."""
    lead = [p for p in candidates if p.start < lead_end]
    points = [p for p in lead if (p.precision or 1) < 3]
    place = (points or lead or [None])[0]
    if place is not None and not place.admin1:  # a village the gazetteer lacks is in the governorate the lead names
        governorate = next((p.admin1 for p in lead if p.admin1 and (p.precision or 1) >= 3), None)
        governorate = governorate or next((p.admin1 for p in lead if p.admin1), None)
        place = replace(place, admin1=governorate) if governorate else place
    return place


def with_governorate_around(places: list[Place], candidates: list[Place], start: int, end: int) -> list[Place]:
    """An incident's places, the first (a settlement the gazetteer lacks, its clause naming no governorate: "قرية X")
    in the governorate of the place named nearest to it in [start, end), its sentence ("… فيما قال ناشطون في مدينة Y")."""
    first = places[0] if places else None
    if first is None or first.admin1 or (first.precision or 1) >= 3:
        return places  # (most incidents: a place of the gazetteer, or one its clause gave a governorate)
    near = min(
        (p for p in candidates if p.admin1 and start <= p.start < end),
        key=lambda p: abs(p.start - first.start),
        default=None,
    )
    return [replace(first, admin1=near.admin1), *places[1:]] if near is not None else places


def with_lead_place(places: list[Place], lead: Place | None) -> list[Place]:
    """An incident's places with the lead's settlement first when the incident names none of its own: no place
    at all, or only regions around it ("in northern Syria", "in Aleppo province" for a strike on the lead's
    town). The regions stay listed after it."""
    if lead is not None and not places:
        return [lead]
    if lead is None or (lead.precision or 1) >= 3 or any((p.precision or 1) < 3 for p in places):
        return places
    if any(p.admin1 and lead.admin1 and p.admin1 != lead.admin1 for p in places):
        return places  # a region of another governorate: another incident's place, not the lead's
    return [lead, *[p for p in places if p.text != lead.text]]


FOREIGN_KINDS = ("country", "adjective", "place")
_COUNTRY_REACH = 60  # characters either side of a town abroad within which its country is named


@dataclass(frozen=True)
class ForeignNames:
    """Places abroad (``data/foreign_places.csv``): the country of each town or region abroad, the pattern of
    a country told as where something happened ("in neighbouring Iraq", "في العراق"), and for each country the
    pattern of its names and adjectives (to tell "the Iraqi town of Sinjar" from the Syrian Sinjar)."""

    towns: dict[str, str]
    located: re.Pattern
    named: dict[str, re.Pattern]

    def __post_init__(self) -> None:
        freeze_fields(self)


def foreign_names(directory: Path = DATA_DIR, cues: CueWords | None = None) -> ForeignNames:
    """Load ``data/foreign_places.csv`` (into the reference's ``PlaceTables``); a row with an empty or unnormalized name, an unknown kind or language,
    a country no ``country`` row names, or a name twice, is an error naming the file and line."""
    path = directory / "foreign_places.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(enumerate(csv.DictReader(fh), start=2))
    countries = {r["country"] for _, r in rows if r["kind"] == "country"}
    seen: set[str] = set()
    towns: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    for line, row in rows:
        name = row["name"] or ""
        problem = (
            "an empty name" if not name.strip()
            else f"the name is not normalized (write {normalize_term(name)!r})" if normalize_term(name) != name
            else f"unknown kind {row['kind']!r}" if row["kind"] not in FOREIGN_KINDS
            else f"unknown language {row['language']!r}" if row["language"] not in ("ar", "en")
            else f"no country row names {row['country']!r}" if row["country"] not in countries
            else f"{name!r} is listed twice" if name in seen
            else None
        )  # fmt: skip
        if problem:
            raise ValueError(f"{path}:{line}: {problem}")
        seen.add(name)
        if row["kind"] != "place":
            names.setdefault(row["country"], []).append(name)
        if row["kind"] != "adjective":
            towns[name] = row["country"]
    country_names = trie_pattern(r["name"] for _, r in rows if r["kind"] == "country")
    _w = (cues or cue_words("place_words.csv", CUE_CLASSES, directory=directory / "lexicon")).pattern
    located = re.compile(
        rf"(?<!\w){_w('abroad_preposition')}\s+(?:the\s+)?(?:{_w('abroad_adjective')}\s+)?(?:{country_names})(?!\w)"
    )
    named = {c: re.compile(rf"(?<!\w)(?:{trie_pattern(ns)})(?!\w)") for c, ns in names.items()}
    return ForeignNames(towns, located, named)


def abroad_mentions(flat: str, candidates: list[Place], tables: PlaceTables | None = None) -> list[Place]:
    """The places abroad a report names: a country told as where something happened ("in neighbouring Iraq"),
    and the candidates that name a town or region abroad ("the city of Mosul"). A town the Syrian gazetteer
    also knows (Sinjar) is abroad only when its country is named beside it ("Sinjar in northern Iraq");
    ``tables``: the reference's (default the shipped ones)."""
    foreign = (tables or _default()).foreign
    out = [Place(m.start(), m.end(), m.group(), kind="abroad") for m in word_finditer(foreign.located, flat)]
    for p in candidates:
        country = foreign.towns.get(normalize_term(p.text).removeprefix("the "))
        if country is None:
            continue
        if p.admin1 and not foreign.named[country].search(
            flat, max(0, p.start - _COUNTRY_REACH), p.end + _COUNTRY_REACH
        ):
            continue
        out.append(replace(p, admin1=None, admin2=None, admin3=None, pcode=None, kind="abroad"))
    return sorted(out, key=lambda p: (p.start, -p.end))


# kinds of place that lie inside a city and are told of it: the city's name is theirs too
INSIDE_A_CITY = frozenset({"neighbourhood", "landmark"})


def city_of(place: Place, gaz: Gazetteer | None = None) -> CityEntry | None:
    """The city a neighbourhood or landmark of the gazetteer lies in (the most populous town of its
    sub-district), else None (``gaz``: the reference's gazetteer)."""
    return parent_city(place.pcode, gaz) if place.kind in INSIDE_A_CITY and place.pcode else None


def with_parent_cities(places: list[Place], gaz: Gazetteer | None = None) -> list[Place]:
    """An incident's places with, after them, the city of each neighbourhood or landmark the report names
    without it ("shells hit al-Ashrafiyah" happened in Aleppo): the city is the settlement it is filed under."""
    out = list(places)
    for p in places:
        city = city_of(p, gaz)
        if city is not None and not any((q.name or q.text) in (city.name_en, city.name_ar) for q in out):
            out.append(
                replace(
                    p,
                    text=city.name_en if p.text.isascii() else city.name_ar,
                    name=city.name_en,
                    name_ar=city.name_ar,
                    admin1=city.admin1,
                    admin2=city.admin2,
                    admin3=city.admin3,
                    lat=city.lat,
                    lon=city.lon,
                    precision=city.precision,
                    kind=city.kind,
                )
            )
    return out

"""Counts of people in a text: "18 عنصراً", "سبعة جنود", "مدنيان", "امرأة وطفلها", "five civilians", "عشرات".

A count is a number (ASCII or Arabic-Indic digits, which normalization folds, or number words in
their gendered and case forms from ``data/lexicon/cardinals.csv``), a person noun whose form gives
the number (singular 1, dual 2: ``data/lexicon/people.csv``), or a vague quantity (``vague.csv``:
عشرات، عدد من، dozens) which is kept as vague, never turned into a number. A count right after
"بينهم"/"including" is a breakdown of the count before it and is marked so it is not added twice.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

from timeline.cuewords import cue_words
from timeline.frozen import freeze_fields
from timeline.lexregex import trie_pattern
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR

# "5أشخاص": the digits, then the noun glued to them; "1,429": digits in groups of three are one number
_TOKEN = re.compile(r"\d+(?=[\u0621-\u064a])|\d{1,3}(?:,\d{3})+(?!\d)|[\w-]+")
# The classes of cue words in data/lexicon/number_words.csv, each read by the patterns below.
CUE_CLASSES = frozenset(
    {
        "breakdown_lead",
        "comparative",
        "described_noun",
        "function_word",
        "harm_verb_clitic",
        "harm_verb",
        "household_noun",
        "lone_other",
        "multiplier",
        "name_prefix",
        "negation",
        "thousand_word",
    }
)
_NEW_VERB = re.compile(r"\band\s+\w+(?:ing|ed)\b")
_NISBA_PLURAL = re.compile(r"\w{2,}يين$")  # "سوريين", "روسيين": an adjective of origin after a plural noun
_AFFILIATION_TOKENS = 6  # tokens from "في" to the "و" of the people joined after the group a person is of
# the possessive endings of a person noun: his, her, their, their two ("مرافقيه", "أطفالها", "عناصرهم", "أطفالهما")
_POSSESSIVE_SUFFIXES = ("ها", "هما", "هم", "ه")
_PUNCT_IN = re.compile(r"[,.;:،؛]")  # a stop or a comma between a negation and a noun: the negation is another clause's
_MEMBERS_LISTED = 12  # at most so many of a family counted after a person ("وأطفالها الثلاثة")
_COUNT_TOKENS = 12  # words a count of people may run over ("a man and his two sons as well as another boy")
# a colon right after a number (not a clock's "10:30"): the number labels an item
_ITEM_COLON = re.compile(r" ?:(?!\d)")
_PART_REACH = 30  # characters before "N of them" in which the whole count stands


@dataclass(frozen=True)
class Count:
    """A count of people at [start, end) of the normalized text; ``value`` None when vague."""

    start: int
    end: int
    value: int | None
    group: str | None  # civilians | combatants | None (from the noun)
    breakdown: bool
    parts: tuple[int, ...] = ()  # "15 children and two women": (15, 2), the numbers told of a sum of civilians

    @property
    def vague(self) -> bool:
        return self.value is None


def _read(lexicon_dir: Path, name: str) -> list[dict]:
    with open(lexicon_dir / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@dataclass(frozen=True, eq=False)
class NumberTables:
    """The number words and person nouns and the patterns compiled from them (``NumberTables.build``), held by
    the ``timeline.reference.Reference``."""

    cardinals: dict[str, int]  # normalized number word -> value (multi-word entries such as "احد عشر" included)
    people: dict[str, tuple[int, str | None]]  # normalized person noun -> (count its form gives, 0 plural; group)
    vague_words: tuple[str, ...]  # normalized vague quantities, longest first
    candidates: re.Pattern  # where a count can start
    vague_pattern: re.Pattern
    breakdown: re.Pattern  # "بينهم", "including" and the words up to a count: a breakdown of the toll before
    thousands: frozenset[str]  # "5 آلاف": the number before these is in thousands
    comparatives: frozenset[str]  # "more than 70": a count after "than", not of these words
    multipliers: dict[str, int]  # "two hundred", "three thousand": a number word times the value of these
    negations: frozenset[str]  # "no one was hurt": a number after these counts nobody
    described_nouns: frozenset[str]  # "the civilian dead": a singular person noun before these describes them
    given_names: frozenset[str]  # "استشهد الشاب خالد …": a definite person noun before one of these is one person
    name_prefixes: tuple[str, ...]  # "عبد الله", "أبو أحمد": a word starting with one of these is a given name too
    function_words: frozenset[str]  # "the", "were": no word describing the people a count names ("20 Syrian troops")
    lone_others: frozenset[str]  # "آخر": one more person only right after a ``harm_verbs`` word ("وأصيب آخر")
    harm_verbs: frozenset[str]  # "أصيب", "قتل": elsewhere "آخر" is "last" ("في آخر حصيلة")
    harm_verb_clitics: tuple[str, ...]  # "وأصيب آخر", "فقتل": the conjunctions a harm verb may carry
    household_nouns: frozenset[str]  # "a family of five": the number after "of" counts its members

    def __post_init__(self) -> None:
        freeze_fields(self)

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR) -> NumberTables:
        lexicon_dir = data_dir / "lexicon"
        cardinals = {normalize_term(r["word"]): int(r["value"]) for r in _read(lexicon_dir, "cardinals.csv")}
        people = {
            normalize_term(r["word"]): (int(r["count"]), r["group"] or None) for r in _read(lexicon_dir, "people.csv")
        }
        vague = tuple(
            sorted({normalize_term(r["word"]) for r in _read(lexicon_dir, "vague.csv")}, key=len, reverse=True)
        )
        cues = cue_words("number_words.csv", CUE_CLASSES, directory=lexicon_dir)
        unvalued = [w for w in cues.words("multiplier") if w not in cardinals]
        if unvalued:
            raise ValueError(
                f"{lexicon_dir / 'number_words.csv'}: multiplier {unvalued[0]!r} has no value in cardinals.csv"
            )
        return cls(
            cardinals,
            people,
            vague,
            _candidates(cardinals, people, vague),
            re.compile(rf"(?:{trie_pattern(vague)})(?!\w)"),
            re.compile(rf"{cues.pattern('breakdown_lead')}[\s،,]+[^،,.;]{{0,40}}$"),
            cues.word_set("thousand_word"),
            cues.word_set("comparative"),
            {word: cardinals[word] for word in cues.words("multiplier")},
            cues.word_set("negation"),
            cues.word_set("described_noun"),
            frozenset(normalize_term(r["term"]) for r in _read(lexicon_dir, "given_names.csv")),
            cues.words("name_prefix"),
            cues.word_set("function_word"),
            cues.word_set("lone_other"),
            cues.word_set("harm_verb"),
            cues.words("harm_verb_clitic"),
            cues.word_set("household_noun"),
        )


def _default() -> NumberTables:
    from timeline.reference import default_reference  # imported here: the reference imports this module

    return default_reference().numbers


def cardinals() -> dict[str, int]:
    """Normalized number word -> value, of the default reference."""
    return _default().cardinals


def _strip_clitic(word: str, table) -> str | None:
    if word in table:
        return word
    if word[:1] not in "وبل":  # every clitic below starts with one of these letters
        return None
    for prefix in ("و", "ب", "ل", "وب", "ول"):
        if word.startswith(prefix) and word[len(prefix) :] in table:
            return word[len(prefix) :]
    return None


def _number_at(tokens: list[tuple[int, int, str]], i: int, tables: NumberTables) -> tuple[int, int] | None:
    """(value, tokens used) of a number written in digits or words at token i."""
    word = tokens[i][2]
    if word[:1] in "وبل" and word[1:].isdigit():
        word = word[1:]  # "و4"
    if "," in word:
        word = word.replace(",", "")  # "1,200" (a token holds a comma only between groups of three digits)
    if word.isdigit():
        value, used = int(word), 1
        if i + 1 < len(tokens) and tokens[i + 1][2] in tables.thousands:
            value, used = value * 1000, 2
        return value, used
    table = tables.cardinals
    tens_and_unit = _tens_and_unit(tokens, i, table)
    if tens_and_unit is not None:
        return tens_and_unit
    for width in (2, 1):
        if i + width <= len(tokens):
            phrase = f"{tokens[i][2]} {tokens[i + 1][2]}" if width == 2 else tokens[i][2]
            key = _strip_clitic(phrase, table)
            if key is not None:
                value, used = table[key], width
                multipliers = tables.multipliers
                if i + used < len(tokens) and tokens[i + used][2] in multipliers and value < 100:
                    value, used = value * multipliers[tokens[i + used][2]], used + 1
                # "ثلاثة عشر", "خمس عشرة": a unit with the word for ten after it is a teen
                if 3 <= value <= 9 and width == 1 and i + 1 < len(tokens) and table.get(tokens[i + 1][2]) == 10:
                    value, used = value + 10, 2
                # "خمسة وعشرين": units and tens joined by و
                if value < 10 and i + used < len(tokens):
                    tens = _strip_clitic(tokens[i + used][2], table)
                    if tens and tokens[i + used][2].startswith("و") and table[tens] % 10 == 0 and table[tens] >= 20:
                        value, used = value + table[tens], used + 1
                return _and_smaller(tokens, i, value, used, tables)
    return None


def _and_smaller(
    tokens: list[tuple[int, int, str]], i: int, value: int, used: int, tables: NumberTables
) -> tuple[int, int]:
    """(value, tokens used) of a number of hundreds or thousands in words with the smaller number joined to it by
    و after it: "مئة وعشرون" 120, "مئتان وخمسة وثلاثون" 235 (the order of Arabic's compound numbers)."""
    at = i + used
    if value < 100 or value % 100 or at >= len(tokens) or tokens[at][2][:1] != "و":
        return value, used
    rest = _number_at(tokens, at, tables)  # (a number word or digits behind و: "وعشرون", "و20")
    if rest is None or rest[0] >= value or not (value >= 1000 or rest[0] < 100):
        return value, used
    return value + rest[0], used + rest[1]


def _tens_and_unit(tokens: list[tuple[int, int, str]], i: int, table: dict[str, int]) -> tuple[int, int] | None:
    """(value, tokens used) of an English number of tens and a unit, hyphenated or not: "twenty-three",
    "forty five" (the Arabic "خمسة وعشرون" puts the unit first, joined by و)."""
    word = tokens[i][2]
    if not word.isascii():
        return None
    tens, _, unit = word.partition("-")
    used = 1
    if not unit and i + 1 < len(tokens) and tokens[i + 1][2].isascii():
        unit, used = tokens[i + 1][2], 2
    if 20 <= table.get(tens, 0) <= 90 and table[tens] % 10 == 0 and 1 <= table.get(unit, 0) <= 9:
        return table[tens] + table[unit], used
    return None


def _candidates(cardinals: dict, people: dict, vague_words: tuple[str, ...]) -> re.Pattern:
    """Where a count can start: a digit, a number word, a person noun or a vague quantity (with clitics)."""
    words = set(cardinals) | set(people) | set(vague_words)
    alternation = trie_pattern({w.split()[0] for w in words})
    units = trie_pattern({w for w in cardinals if w.isascii() and " " not in w})  # "twenty-three": after a hyphen
    # a number inside a link or an identifier ("…/videos/622454/", "?id=1539189&t=2") is part of an address; digits
    # in groups of three ("1,429") are one number; number words may be hyphenated ("twenty-three"); digits glued to
    # the person noun after them ("5أشخاص", a scrape's lost space) are a count
    # a clock time ("الساعة 08:30: مقتل عنصرين", a live blog's stamp) counts nobody: no digits beside a colon and digits
    return re.compile(
        rf"(?<![\w\-=/&?#])(?<!\d:)(?:و|ب|ل|وب|ول)?(?:\d+(?={_glued_noun(people)})"
        rf"|(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?!:\d)|{alternation}(?:-{units})?)(?![\w\-=/&]))"
    )


def _glued_noun(people: dict) -> str:
    """The person nouns a scrape may glue to the digits before them, as a pattern that ends with the word."""
    return rf"(?:{trie_pattern({w for w in people if ' ' not in w and people[w][1] != 'thing'})})(?!\w)"


def find_counts(flat: str, start: int = 0, end: int | None = None, tables: NumberTables | None = None) -> list[Count]:
    """Every count of people in flat[start:end], in order (``tables``: the reference's, default the shipped ones)."""
    tables = tables or _default()
    end = len(flat) if end is None else end
    out: list[Count] = []
    pos = start
    words: list[tuple[int, int, str]] | None = None  # the text's tokens, read once at the first candidate
    for m in tables.candidates.finditer(flat, start, end):
        if m.start() < pos:
            continue
        if words is None:
            words = [(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(flat, m.start(), end)]
            word_starts = [w[0] for w in words]
        # a candidate starts a token (no word character or "-" before it): its tokens are the text's from there
        first = bisect_left(word_starts, m.start())
        tokens = words[first : first + _COUNT_TOKENS]
        parsed = _count_at(flat, tokens, start, end, tables)
        if parsed is not None:
            out.append(parsed)
            pos = parsed.end
    return out


def _count_at(
    flat: str, tokens: list[tuple[int, int, str]], start: int, end: int, tables: NumberTables
) -> Count | None:
    """The count that starts at the first token, if any."""
    persons = tables.people
    t_start = tokens[0][0]
    aside = tables.breakdown.search(flat, max(start, t_start - 60), t_start)
    # "killing nine people including four children and wounding 20": the second verb ends the breakdown
    breakdown = bool(aside) and not _NEW_VERB.search(flat, aside.start(), t_start)
    vague = _vague_at(flat, t_start, end, tables)
    if vague:
        v_end = t_start + vague
        i = 0
        while i < len(tokens) and tokens[i][0] < v_end:
            i += 1
        group = _group_after(tokens, flat, v_end, persons)
        # "dozens of people", "عشرات العناصر": the noun belongs to the vague count
        if i < len(tokens) and tokens[i][2] in ("of", "من"):
            i += 1
        noun = _strip_clitic(tokens[i][2], persons) if i < len(tokens) else None
        if noun is not None and persons[noun][1] != "thing":
            v_end = tokens[i][1]
        return Count(t_start, v_end, None, group, breakdown)
    number = _number_at(tokens, 0, tables)
    if number is not None and _negated(flat, start, t_start, tables):
        return None  # "no one was hurt", "لم يصب أحد"
    if number is not None and _ITEM_COLON.match(flat, tokens[number[1] - 1][1]):
        return None  # "الحادثة 1: قتل 12 مدنياً": an item's number before its colon, no one counted
    if number is not None:
        value, j = number
        group = None
        if not breakdown and _part_of_count_before(flat, tokens, j, start, t_start, tables):
            breakdown = True  # "five people, three of them women, died": part of the five
        # "five of its soldiers", "ستة من عناصرها": the noun after "of" / "من" is the count's noun
        if j + 1 < len(tokens) and tokens[j][2] in ("of", "من"):
            k = j + 1 + (tokens[j + 1][2] in ("its", "their", "the", "his"))
            if k < len(tokens) and _noun_with_suffix(tokens[k][2], persons) is not None:
                noun = _noun_with_suffix(tokens[k][2], persons)
                return Count(t_start, tokens[k][1], value, persons[noun][1], breakdown)
        if j < len(tokens):
            noun = _strip_clitic(tokens[j][2], persons)
            if noun is not None and persons[noun][1] == "thing":
                return None  # "ثلاثة أيام", "8 غارات": not people
            if noun is not None:
                group, j = persons[noun][1], j + 1
            elif (
                tokens[j][2].isascii()
                and j + 1 < len(tokens)
                and tokens[j][2] not in ("a", "an", "the")
                and _number_at(tokens, j, tables) is None
                and not flat[tokens[j - 1][1] : tokens[j][0]].strip()
            ):
                # "9 government soldiers", "12 Turkish troops", "20 Syrian government troops" (not "2017 one father",
                # "2017. A man": a new count)
                two_words = _modifier_word(tokens, j, flat, tables) and _modifier_word(tokens, j + 1, flat, tables)
                for k in range(j + 1, j + 3 if two_words else j + 2):
                    noun = _strip_clitic(tokens[k][2], persons) if k < len(tokens) else None
                    if noun is not None and persons[noun][1] not in (None, "thing"):
                        group, j = persons[noun][1], k + 1
                        break
        told = value
        if group is not None and not breakdown:  # "a man and a boy", "one father and his son"
            value, j = _and_more(flat, tokens, j, value, group, tables)
        parts = (told, value - told) if value != told else ()
        return Count(t_start, tokens[j - 1][1], value, group, breakdown, parts)
    noun = _strip_clitic(tokens[0][2], persons)
    if noun in tables.household_nouns and len(tokens) > 2 and tokens[1][2] == "of":
        size = _number_at(tokens, 2, tables)  # "killing a family of five": its members are the count
        if size is not None:
            return Count(t_start, tokens[1 + size[1]][1], size[0], "civilians", breakdown)
    if noun is None or persons[noun][1] == "thing":
        return None
    if noun in tables.lone_others and not _after_harm_verb(flat, start, t_start, tables):
        return None  # "في آخر حصيلة": "the last", no one counted
    if not persons[noun][0] and _negated_noun(flat, start, t_start, tables):
        return None  # "no Turkish soldiers were hurt": nobody
    if len(tokens) > 1 and tokens[1][2] in tables.described_nouns and not flat[tokens[0][1] : tokens[1][0]].strip():
        return None  # "the number of civilian dead", "civilian casualties": an adjective, no one counted
    if noun.startswith("ال") and not (len(tokens) > 1 and _given_name(tokens[1][2], tables)):
        return None  # "ونقلت السيدة مطالبهم": a definite noun is one person only before a name ("الطفلة سلمى")
    if noun in tables.comparatives and len(tokens) > 1 and tokens[1][2] == "than":
        return None
    value, group = persons[noun]
    j = 1
    joined = j < len(tokens) and tokens[j][2].startswith("و") and tokens[j][2] not in tables.cardinals
    if j < len(tokens) and not joined:  # "مدنيين اثنين", "ضابطا واحدا": the number after the noun
        after = _number_at(tokens, j, tables)  # ("شهيدان و7 جرحى": a number joined by و is a new count)
        if after is None and j + 1 < len(tokens) and _NISBA_PLURAL.match(tokens[j][2]):
            after = _number_at(tokens, j + 1, tables)  # "عسكريين سوريين اثنين": past the noun's adjective
            after = (after[0], after[1] + 1) if after is not None else None
        if after is not None and after[0] <= 12:
            value, j = after[0], j + after[1]
    while value and j < len(tokens) and tokens[j][2].startswith("و"):
        more = _strip_clitic(tokens[j][2], persons)  # "امرأة وطفلها": a list of people
        if more is None:  # "امرأة وأطفالها الثلاثة": a plural of hers, counted by the definite number after it
            members = _listed_members(tokens, j, tables)
            if members is None:
                break
            value, j = value + members, j + 2
            continue
        if not persons[more][0]:
            break
        value, j = value + persons[more][0], j + 1
    if value == 1:
        value, j = _companions(flat, tokens, j, tables)
    value, j = _and_more(flat, tokens, j, value, group, tables)
    return Count(t_start, tokens[j - 1][1], value or None, group, breakdown)


def _companions(flat: str, tokens: list[tuple[int, int, str]], j: int, tables: NumberTables) -> tuple[int, int]:
    """(value, next token) of one person counted with his own people joined after him, past the group he is of:
    "قيادي في أحرار الشام ومرافقه", "قيادي في الجيش الحر وثلاثة من مرافقيه", "رجل وثلاثة من أطفاله"."""
    persons = tables.people
    k = j
    if k < len(tokens) and (tokens[k][2] == "في" or tokens[k][2][:1] == "ب"):  # the group he is of
        k = next((i for i in range(k + 1, min(k + _AFFILIATION_TOKENS, len(tokens))) if tokens[i][2][:1] == "و"), k)
        if k == j or _PUNCT_IN.search(flat, tokens[j - 1][1], tokens[k][0]):
            return 1, j
    if k >= len(tokens) or tokens[k][2][:1] != "و":
        return 1, j
    word = tokens[k][2]
    more = _strip_clitic(word, persons)
    if more is not None and persons[more][0] and more.endswith(_POSSESSIVE_SUFFIXES):
        return 1 + persons[more][0], k + 1  # "ومرافقه", "وزوجته"
    number = _number_at(tokens, k, tables)
    at = k + number[1] if number else k
    if number is None or at + 1 >= len(tokens) or tokens[at][2] != "من":
        return 1, j
    own = tokens[at + 1][2]
    if own.endswith(_POSSESSIVE_SUFFIXES) and _noun_with_suffix(own, persons) is not None:
        return 1 + number[0], at + 2  # "وثلاثة من مرافقيه": his own, counted with him
    return 1, j


def _after_harm_verb(flat: str, start: int, t_start: int, tables: NumberTables) -> bool:
    """True when the word right before ``t_start`` is a verb of harm, with or without its "و"/"ف" ("قتل مدني وأصيب")."""
    before = flat[max(start, t_start - 16) : t_start].split()
    if not before:
        return False
    word = before[-1]
    return word in tables.harm_verbs or any(
        word.startswith(clitic) and word[len(clitic) :] in tables.harm_verbs for clitic in tables.harm_verb_clitics
    )


def _given_name(word: str, tables: NumberTables) -> bool:
    """True for a given name (``given_names.csv``) or a name opening with a ``name_prefix`` ("عبد الله", "عبدالرحمن",
    a kunya "أبو …")."""
    return word in tables.given_names or word.startswith(tables.name_prefixes)


def _negated(flat: str, start: int, t_start: int, tables: NumberTables) -> bool:
    """True for a number right after a negation word ("no one", "not one")."""
    before = flat[max(start, t_start - 12) : t_start].split()
    return bool(before) and before[-1] in tables.negations


def _modifier_word(tokens: list[tuple[int, int, str]], j: int, flat: str, tables: NumberTables) -> bool:
    """True when the token at ``j`` may be a second word describing the people a count names ("20 Syrian
    government troops"): an English word that is no person noun, article, link word or number, with only a space
    before it."""
    return (
        j < len(tokens)
        and tokens[j][2].isascii()
        and tokens[j][2] not in tables.function_words
        and tokens[j][2] not in tables.people
        and _number_at(tokens, j, tables) is None
        and not flat[tokens[j - 1][1] : tokens[j][0]].strip()
    )


def _negated_noun(flat: str, start: int, t_start: int, tables: NumberTables) -> bool:
    """True for a plural noun after a negation word, maybe with two words between ("no soldiers", "no Turkish
    soldiers", "no other civilians")."""
    before = flat[max(start, t_start - 40) : t_start].split()[-3:]
    return any(w in tables.negations for w in before) and not _PUNCT_IN.search(" ".join(before))


def _and_more(
    flat: str, tokens: list[tuple[int, int, str]], j: int, value: int, group: str | None, tables: NumberTables
) -> tuple[int, int]:
    """(value, next token) of a count of civilians with more of them added after it: "a man and his son", "a man
    and his two sons as well as another boy", "a man, his wife and their three children" (a comma before a
    possessive); fighters joined by "and" may be two sides' ("18 troops and 11 insurgents died"), each its own
    count."""
    persons = tables.people
    while value and group == "civilians" and j + 2 < len(tokens):
        listed = False  # "a man, his wife and …": an item of a list that "and" closes (not "a man, his son said")
        if tokens[j][2] == "and":
            k = j + 1
        elif tokens[j][2] == "as" and j + 3 < len(tokens) and tokens[j + 1][2] == "well" and tokens[j + 2][2] == "as":
            k = j + 3
        elif tokens[j][2] in ("his", "her", "their") and flat[tokens[j - 1][1] : tokens[j][0]].strip() == ",":
            k, listed = j, True
        else:
            break
        k += tokens[k][2] in ("her", "his", "their", "a", "an", "another")
        number = _number_at(tokens, k, tables) if k < len(tokens) else None
        noun_at = k + (number[1] if number else 0)
        noun = _strip_clitic(tokens[noun_at][2], persons) if noun_at < len(tokens) else None
        if noun is None or persons[noun][1] != group or not (number or persons[noun][0]):
            break
        if listed and not (noun_at + 1 < len(tokens) and tokens[noun_at + 1][2] == "and"):
            break
        value, j = value + (number[0] if number else persons[noun][0]), noun_at + 1
    return value, j


def _part_of_count_before(
    flat: str, tokens: list[tuple[int, int, str]], j: int, start: int, t_start: int, tables: NumberTables
) -> bool:
    """True for "N of them" / "N of whom" right after a count of people ("five people three of them women")."""
    if not (j + 1 < len(tokens) and tokens[j][2] == "of" and tokens[j + 1][2] in ("them", "whom")):
        return False
    before = _TOKEN.findall(flat, max(start, t_start - _PART_REACH), t_start)[-3:]
    numbers = tables.cardinals
    return (
        any(w.isdigit() or w in numbers for w in before[:-1]) and _strip_clitic(before[-1], tables.people) is not None
    )


def _listed_members(tokens: list[tuple[int, int, str]], j: int, tables: NumberTables) -> int | None:
    """The number of "وأطفالها الثلاثة", "وأبناؤه الخمسة" at token ``j``: a plural person noun with a possessive
    suffix, then a definite number word of at most ``_MEMBERS_LISTED``; None for other words."""
    if j + 1 >= len(tokens) or _noun_with_suffix(tokens[j][2], tables.people) is None:
        return None
    word = tokens[j + 1][2]
    value = tables.cardinals.get(word[2:]) if word.startswith("ال") else None
    return value if value is not None and value <= _MEMBERS_LISTED else None


def _noun_with_suffix(word: str, table) -> str | None:
    """A person noun, also with a possessive suffix ("عناصرها", "مقاتليه")."""
    for suffix in ("", *_POSSESSIVE_SUFFIXES):
        if word.endswith(suffix) and (stem := _strip_clitic(word[: len(word) - len(suffix)], table)):
            return stem if table[stem][1] != "thing" else None
    return None


def _vague_at(flat: str, pos: int, end: int, tables: NumberTables) -> int:
    m = tables.vague_pattern.match(flat, pos, end)
    return m.end() - pos if m else 0


def _group_after(tokens: list[tuple[int, int, str]], flat: str, pos: int, persons: dict) -> str | None:
    following = [word for t_start, _t_end, word in tokens if t_start >= pos][:2]
    if following and following[0] in ("of", "من"):
        following = following[1:]
    noun = _strip_clitic(following[0], persons) if following else None
    return persons[noun][1] if noun else None

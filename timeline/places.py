"""Place finder: gazetteer look-ups and place mentions in Arabic and English text.

The gazetteer is ``data/places.csv`` (admin units, towns, curated villages, hills and bases, built by
``scripts/build_places.py``) plus the named regions and roads of ``data/regions.csv``. Matching runs on
the normalized text (``timeline.normalize``) token by token against one dictionary of names, so the
cost is a few dictionary look-ups per word whatever the size of the gazetteer:

* Arabic proclitics are peeled off the first word (و، ف، ب، ل، ك, and ل + ال written لل);
* the longest name wins ("خان شيخون" over "خان", "قلعة المضيق" over nothing shorter);
* names that are also common words (``data/gazetteer/ambiguous_names.csv``, or ``needs_cue`` rows) need
  a cue before them (قرية، بلدة، مدينة، منطقة، محور، تلة، village, town ...);
* English names must be capitalised in the text; a possessive whose apostrophe was lost ("Aleppos") is the name;
* region phrases ("ريف حماة الشمالي", "جنوب إدلب", "southern Idlib countryside") become a region of
  precision 3 in the governorate (or district) they name, with the words of ``region_words.csv``.
* a place right after or before an outlet or organisation word of ``data/gazetteer/outlet_words.csv``
  ("قناة الشمال السوري", "شبكة ريف إدلب", "مجلس منبج العسكري", "the Idlib Health Directorate") is part of the
  name of the outlet or body, not a place;
* every mention carries ``precision`` (1 point, 2 sub-district centroid, 3 region or admin area), so a caller
  given "the Aleppo district of al-Hamdaniya" can prefer the quarter (2) over the governorate (3).

Offsets of every mention point into the ORIGINAL text.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, compress, count, filterfalse
from math import cos, hypot, radians
from operator import itemgetter
from pathlib import Path

from timeline.cuewords import cue_words
from timeline.frozen import freeze
from timeline.lexregex import BlankTokens
from timeline.normalize import Normalized, normalize, normalize_term
from timeline.paths import DATA_DIR

_TOKEN = re.compile(r"[^\W_]+(?:['’‘ʼ`](?!s\b)[^\W_]+)*")  # "Idlib's" is "Idlib" + "'s"
_APOSTROPHES = str.maketrans("", "", "'’‘ʼ`")
_LATIN_EXTENDED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
# A name read in the possessive without its apostrophe ("Aleppos") is at least this long ("Hamas" is no "Hama").
_POSSESSIVE_MIN = 5
# Spelling variants: skeletons of at least _SKELETON_MIN letters name one place; names of up to _VARIANT_WORDS
# capitalised words, the last at least _VARIANT_MIN_WORD letters long.
_SKELETON_MIN, _VARIANT_WORDS, _VARIANT_MIN_WORD = 4, 3, 4
_VARIANT_NEIGHBOURHOOD = 100  # characters either side in which places count as named beside a variant
_NOT_LETTER = re.compile("[^a-z]")
# a dateline: a city opening a line, then a dash or a bracket, maybe after a comma and the country ("حلب - ",
# "ALEPPO, Syria (AP) —")
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:,[^\n,(]{0,12})?[-–—ـ(]")
_POSSESSIVE_BETWEEN = re.compile(r"['’]?s\s+(?:the\s+)?")  # "Aleppo's Midan district": the city owns the quarter
_VOWELS = re.compile("[aeiouyw]")
_FINAL_VOWEL_H = re.compile("(?<=[aeiouy])h$")  # "Ramousiyeh", "Kallasa": a final -eh is a vowel
_DOUBLED = re.compile(r"(.)\1+")
_WORD_SPLIT = re.compile(r"[\s-]+")
_QUARTER_KINDS = frozenset({"neighbourhood", "landmark"})  # places inside a city, told "of" it
_CITY_KINDS = frozenset({"town", "governorate", "district", "subdistrict"})
_QUARTER_REACH = 150  # characters after a place of another governorate within which a quarter is told of it
# the places a quarter told right after lies with: another quarter, or the city's own area ("غربي حلب"), not a town
_QUARTERS_TOLD_AFTER = frozenset({"neighbourhood", "landmark", "region", "governorate"})
_LINK_WORDS = 5  # at most these words ("neighbourhood in the city of", "في مدينة") between a place and where it lies
_EARTH_KM = 6371.0
_BORDER_KM = 25  # a town this near a sub-district's centroid of another governorate may be filed under it
_SIGN = re.compile(r"[^\w\s-]")  # a comma, a stop, a bracket: no longer one phrase
_NISBA = re.compile(r"ال\w{2,}(?:[^ل]ي|يه)$")  # "العسكري", "الروسية": a describing word, never a name going on
_POINT_KINDS = {"town", "village", "hill", "base", "landmark", "neighbourhood"}
_KIND_RANK = {"subdistrict": 1, "district": 2, "region": 2, "road": 2, "governorate": 3}
# Words that announce a settlement or a front sector right before its name.
_AREA_KINDS = {"region", "road", "governorate", "district", "subdistrict"}
_ADJ_EN = {"north": "northern", "south": "southern", "east": "eastern", "west": "western"}
_ADJ_AR = {"north": "الشمالي", "south": "الجنوبي", "east": "الشرقي", "west": "الغربي"}
_PREFIX_AR = {"north": "شمال", "south": "جنوب", "east": "شرق", "west": "غرب"}
_COUNTRYSIDE_ROLES = ("countryside", "countryside_dual")  # the roles of region_words.csv that open "ريف X"


@dataclass(frozen=True)
class Place:
    """One gazetteer entry. ``pcode`` is the sub-district P-code ('' above that level); ``pcodes`` lists the
    sub-districts a named region covers; ``precision`` is 1 point, 2 sub-district centroid, 3 region."""

    id: str
    name_en: str
    name_ar: str
    kind: str
    admin1: str
    admin2: str
    admin3: str
    pcode: str
    lat: float | None
    lon: float | None
    precision: int
    population: int = 0
    needs_cue: bool = False
    pcodes: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: span [start, end) into the original text and the resolved place."""

    start: int
    end: int
    text: str
    name: str
    name_ar: str
    admin1: str
    admin2: str
    admin3: str
    pcode: str
    lat: float | None
    lon: float | None
    precision: int | None  # None: a place the gazetteer lacks (``_unlisted``)
    kind: str
    place_id: str = ""  # "": a place the gazetteer lacks
    variant: bool = False  # found by its consonant skeleton, not by a spelling the gazetteer lists

    def to_dict(self) -> dict:
        """The contract's ``place`` object."""
        return {
            "text": self.text,
            "name": self.name,
            "name_ar": self.name_ar,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "admin3": self.admin3,
            "pcode": self.pcode,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
        }


def token_key(token: str, fold_latin: bool = False) -> str:
    """The dictionary form of one normalized token: no apostrophes, transliteration marks folded."""
    token = token.translate(_APOSTROPHES)
    if fold_latin:
        token = "".join(ch for ch in unicodedata.normalize("NFKD", token) if not unicodedata.combining(ch))
    return token


def name_key(name: str) -> str:
    """The dictionary key of a whole name: normalized tokens joined by single spaces."""
    text = normalize_term(name)
    fold = bool(_LATIN_EXTENDED.search(text))
    return " ".join(token_key(t, fold) for t in _TOKEN.findall(text))


def _proclitic_forms(token: str) -> list[tuple[int, str]]:
    """(characters peeled off, remaining form) for an Arabic word that may carry و/ف and ب/ل/ك."""
    forms = [(0, token)]
    if len(token) < 3 or not ("\u0600" <= token[0] <= "\u06ff"):
        return forms
    skip = 1 if token[0] in "وف" else 0
    if skip:
        forms.append((1, token[1:]))
    rest = token[skip:]
    if len(rest) >= 3 and rest[0] in "بلك":
        if rest.startswith("لل"):
            forms += [(skip + 1, "ال" + rest[2:]), (skip + 1, "ال" + rest[1:])]
        else:
            forms.append((skip + 1, rest[1:]))
    return forms


def _float(value: str) -> float | None:
    return float(value) if value not in ("", None) else None


def _read(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _place_row(row: dict) -> Place:
    return Place(
        id=row["id"],
        name_en=row["name_en"],
        name_ar=row["name_ar"],
        kind=row["kind"],
        admin1=row["admin1"],
        admin2=row["admin2"],
        admin3=row["admin3"],
        pcode=row["pcode"],
        lat=_float(row["lat"]),
        lon=_float(row["lon"]),
        precision=int(row["precision"]),
        population=int(row["population"] or 0),
        needs_cue=row["needs_cue"] == "1",
    )


def _region_row(row: dict) -> Place:
    return Place(
        id=f"region:{row['id']}",
        name_en=row["name_en"],
        name_ar=row["name_ar"],
        kind=row["kind"],
        admin1=row["admin1"],
        admin2=row["admin2"],
        admin3="",
        pcode="",
        lat=_float(row["lat"]),
        lon=_float(row["lon"]),
        precision=3,
        pcodes=tuple(p for p in row["pcodes"].split("|") if p),
    )


CUE_CLASSES = frozenset(  # data/lexicon/gazetteer_words.csv
    {"settlement_cue", "area_cue", "area_cue_after", "latin_article", "name_adjective", "part_noun", "place_link"}
)
_MEMOS = frozenset({"starts_cache", "_roles"})  # the gazetteer's lookup memos, the only tables it changes


class Gazetteer:
    """The places, their names as dictionary keys, and the words of region phrases, read from ``data_dir``
    (held by the ``timeline.reference.Reference``; ``starts_cache`` and ``_roles`` are memos of lookups)."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.places: list[Place] = []
        self.index: dict[str, list[Place]] = {}
        self.max_tokens: dict[str, int] = {}
        self.first_pairs: set[tuple[str, str]] = set()  # (first word, second word) of every longer name
        self.starts_cache: dict[str, tuple[tuple[int, str, int], ...]] = {}
        self._roles: dict[str, tuple[tuple[str, str], int]] = {}
        for path, make in ((data_dir / "places.csv", _place_row), (data_dir / "regions.csv", _region_row)):
            for line, row in enumerate(_read(path), start=2):
                try:
                    self._add(make(row), row)
                except (KeyError, ValueError, TypeError, AttributeError) as exc:
                    raise ValueError(f"{path}:{line}: bad gazetteer row ({exc!r})") from exc
        for candidates in self.index.values():
            candidates.sort(key=_default_rank)
        self.ambiguous = set()
        for row in _read(data_dir / "gazetteer" / "ambiguous_names.csv"):
            key = name_key(row["name"])
            self.ambiguous |= {key, key[2:]} if key.startswith("ال") else {key, "ال" + key}
        self.words: dict[str, tuple[str, str]] = {}
        for row in _read(data_dir / "gazetteer" / "region_words.csv"):
            self.words[name_key(row["word"])] = (row["role"], row["value"])
        # Outlet and organisation words ('قناة الشمال السوري', 'مركز إدلب الإعلامي', 'مجلس منبج العسكري', 'the Idlib
        # Health Directorate'): a place next to one is part of the name of the outlet or body, not a place. A word
        # after the name may open a phrase ("military council"): (side, first word) -> ((rest of the words, blocks), ...)
        self.outlet_words: dict[tuple[str, str], tuple[tuple[tuple[str, ...], str], ...]] = {}
        for r in _read(data_dir / "gazetteer" / "outlet_words.csv"):
            first, *rest = name_key(r["word"]).split(" ")
            key = (r["side"], first)
            self.outlet_words[key] = (*self.outlet_words.get(key, ()), (tuple(rest), r["blocks"]))
        # a governorate inside another (``enclosing_governorates.csv``: the capital in its countryside): a town of one
        # told in the other is the same town, both ways round
        self.enclosing = frozenset(
            pair
            for r in _read(data_dir / "gazetteer" / "enclosing_governorates.csv")
            for pair in ((r["governorate"], r["encloses"]), (r["encloses"], r["governorate"]))
        )
        self.governorate_words = {
            key: cands[0].admin1 for key, cands in self.index.items() if cands[0].kind == "governorate"
        }
        self.by_pcode = {p.pcode: p for p in self.places if p.kind == "subdistrict"}
        self.centroids: dict[str, list[tuple[float, float]]] = {}  # the sub-districts' centroids of each governorate
        for p in self.by_pcode.values():
            if p.lat is not None and p.lon is not None:
                self.centroids.setdefault(p.admin1, []).append((p.lat, p.lon))
        self.city_by_pcode: dict[str, Place] = {}
        for p in self.places:
            best = self.city_by_pcode.get(p.pcode)
            if p.kind == "town" and p.pcode and p.population > (best.population if best else 0):
                self.city_by_pcode[p.pcode] = p
        # The cue words before a name (``gazetteer_words.csv``): a settlement's ("قرية", "the village of") or
        # another place's ("منطقة", "hill"); only after one is an ambiguous name or a ``needs_cue`` place read.
        # And the article words of Latin names ("al", "el"), left out of their skeletons.
        cues = cue_words("gazetteer_words.csv", CUE_CLASSES, directory=data_dir / "lexicon")
        self.settlement_cues = cues.word_set("settlement_cue")
        self.cues = cues.word_set("settlement_cue", "area_cue")
        self.latin_articles = cues.word_set("latin_article")
        self.cues_after = cues.word_set("area_cue_after")  # "the al-Shaar district": an English cue after the name
        # "Salma, a hilltop town in …": an English settlement noun in apposition after the name
        settlement_nouns = sorted((w for w in self.settlement_cues if w.isascii()), key=len, reverse=True)
        self.appositive_cue = re.compile(rf"\s*,\s*an?\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(settlement_nouns)})\b")
        # "تل أبيض الغربي", "Kafr Zita al-Sharqi": a side or size word after a village's name names its neighbour
        self.name_adjectives = cues.word_set("name_adjective")
        self.part_nouns = cues.word_set("part_noun")  # "أطراف كفرنبل الشمالية": the side word is the outskirts'
        self.place_links = cues.word_set("place_link")  # "X neighbourhood of Homs", "قرية X في ريف درعا"
        # "بصرى" (of "بصرى الشام"): a short name of a place whose longer name goes on with another word, by the words
        # the longer names go on with; "بلدة بصرى الحرير" names another town
        self.short_names = _short_names(self.index, self.latin_articles)
        # the days of the week ("بلدة بصرى الأحد"): a word after a name that never goes on with it
        with open(data_dir / "lexicon" / "weekdays.csv", encoding="utf-8", newline="") as fh:
            self.weekdays = frozenset(name_key(r["name"]) for r in csv.DictReader(fh) if r["language"] == "ar")
        self.skeletons = _skeleton_index(self.index, self.latin_articles)
        # Words after which a name found by its skeleton is read as a place (``place_prepositions.csv``; the
        # last word of a phrase: "west of" -> "of").
        self.place_prepositions = frozenset(
            r["word"].lower().split()[-1] for r in _read(data_dir / "lexicon" / "place_prepositions.csv")
        )
        for name, table in vars(self).items():  # read-only once built, but for the lookup memos
            if name not in _MEMOS:
                setattr(self, name, freeze(table))

    def __getstate__(self) -> dict:
        """Pickled without the lookup memos (a worker fills its own)."""
        return self.__dict__ | {"starts_cache": {}, "_roles": {}}

    def name_starts(self, word: str) -> tuple[tuple[int, str, int], ...]:
        """(characters peeled, bare form, longest name in words) for each way ``word`` can start a name; a Latin
        word that starts none but read as a possessive whose apostrophe was lost ("aleppos": "aleppo's") starts the
        names its stem starts ("Hamas" is no "Hama": the word is longer than ``_POSSESSIVE_MIN``)."""
        found = self.starts_cache.get(word)
        if found is None:
            found = tuple((p, f, self.max_tokens[f]) for p, f in _proclitic_forms(word) if f in self.max_tokens)
            if not found and word[-1:] == "s" and word.isascii() and len(word) > _POSSESSIVE_MIN:
                stem = word[:-1]
                found = ((0, stem, self.max_tokens[stem]),) if stem in self.max_tokens else ()
            if len(self.starts_cache) > 500_000:
                self.starts_cache.clear()
            self.starts_cache[word] = found
        return found

    def word_role(self, word: str) -> tuple[tuple[str, str], int]:
        """The region-phrase role of ``word`` once its clitics are peeled, and how many characters were peeled."""
        found = self._roles.get(word)
        if found is None:
            found = next(((self.words[f], p) for p, f in _proclitic_forms(word) if f in self.words), (("", ""), 0))
            if len(self._roles) > 500_000:
                self._roles.clear()
            self._roles[word] = found
        return found

    def _add(self, place: Place, row: dict) -> None:
        self.places.append(place)
        for name in [row["name_ar"], row["name_en"], *row["aliases_ar"].split("|"), *row["aliases_en"].split("|")]:
            key = name_key(name) if name else ""
            if not key:
                continue
            bucket = self.index.setdefault(key, [])
            if place not in bucket:
                bucket.append(place)
            first, _, rest = key.partition(" ")
            n = 1 + rest.count(" ") + (1 if rest else 0)
            self.max_tokens[first] = max(self.max_tokens.get(first, 0), n)
            if rest:
                self.first_pairs.add((first, rest.partition(" ")[0]))


def _short_names(index: dict[str, list[Place]], articles: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each name that is the first words of a longer name of the same place ("بصري" of "بصري الشام", "busra" of
    "busra ash sham"), with the word those longer names go on with (``_continuation_word``: a Latin one by its
    skeleton after its article, "sham" of "ash sham")."""
    names_of: dict[str, set[str]] = {}
    for key, candidates in index.items():
        for place in candidates:
            names_of.setdefault(place.id, set()).add(key)
    found: dict[str, set[str]] = {}
    for names in names_of.values():
        for name in names:
            for longer in names:
                if longer.startswith(name + " "):
                    found.setdefault(name, set()).add(_continuation_word(longer[len(name) + 1 :].split(" "), articles))
    return {name: frozenset(words) for name, words in found.items()}


def _continuation_word(words: list[str], articles: frozenset[str]) -> str:
    """The word a name goes on with after a shorter name: an Arabic word as written, a Latin one as the skeleton of
    its first word that is no article ("al-Sham", "ash Sham" -> "shm")."""
    if not words[0].isascii():
        return words[0]
    return next((_skeleton_token(w) for w in words if w not in articles), "")


def _default_rank(place: Place) -> tuple:
    """Without context: a governorate name means the governorate; otherwise points before areas, big first."""
    return (
        0 if place.kind == "governorate" else 1,
        0 if place.kind in _POINT_KINDS else _KIND_RANK.get(place.kind, 2),
        -place.population,
    )


def gazetteer() -> Gazetteer:
    """The default reference's gazetteer (for callers that are given none)."""
    from timeline.reference import default_reference  # imported here: the reference imports this module

    return default_reference().gazetteer


def place_by_name(name: str, gaz: Gazetteer | None = None) -> Place | None:
    """The place a bare name most likely means (Arabic or English, any spelling the gazetteer knows)."""
    candidates = (gaz or gazetteer()).index.get(name_key(name))
    return candidates[0] if candidates else None


def names_a_governorate(name: str, gaz: Gazetteer | None = None) -> bool:
    """True when ``name`` (any spelling) is a governorate's: its capital bearing the same name ("Idlib",
    "درعا") may stand for the whole governorate."""
    return name_key(name) in (gaz or gazetteer()).governorate_words


def subdistrict(pcode: str, gaz: Gazetteer | None = None) -> Place | None:
    """The sub-district with this OCHA P-code (e.g. 'SY070201' Khan Shaykhun)."""
    return (gaz or gazetteer()).by_pcode.get(pcode)


def parent_city(pcode: str, gaz: Gazetteer | None = None) -> Place | None:
    """The most populous town of the sub-district ``pcode``: the city a neighbourhood of it belongs to
    ("al-Ashrafiyah" -> Aleppo)."""
    return (gaz or gazetteer()).city_by_pcode.get(pcode)


def places(gaz: Gazetteer | None = None) -> tuple[Place, ...]:
    """Every gazetteer entry (admin units, towns, curated places, named regions and roads)."""
    return tuple((gaz or gazetteer()).places)


_APOSTROPHE_IN_WORD = re.compile("['’‘ʼ`](?<=[^\\W_]['’‘ʼ`])(?=[^\\W_])")


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # the text parted into gaps and words: gap, word, gap, ..., gap


class _Tokens:
    """The words of a normalized text: where each starts and their dictionary keys (``blanks``: the text's
    blank-separated pieces, when the caller has them); a word ends its length after its start (``end``: asked of the
    few words a name is found at, not listed for all)."""

    def __init__(self, norm_text: str, blanks: BlankTokens | None = None) -> None:
        # (a search for each apostrophe character: far cheaper than a regex scan of the text, and most texts have none)
        apostrophes = any(map(norm_text.__contains__, _APOSTROPHES_IN_TEXT))
        if blanks is None:
            # One split of the text, no match objects: its parts' lengths add up to where each word starts.
            parts = _TOKEN_SPLIT.split(norm_text)
            self.words = parts[1::2]
            self.starts = list(accumulate(map(len, parts)))[0:-1:2]
        else:
            self.words, self.starts = _letter_runs(blanks)
            if apostrophes:
                self._join_at_apostrophes(norm_text)
        # keys with their transliteration marks folded (an ASCII text, known at once, has none)
        self.folded = not norm_text.isascii() and bool(_LATIN_EXTENDED.search(norm_text))
        if self.folded:
            self.keys = [token_key(word, fold_latin=True) for word in self.words]
            return
        self.keys = list(self.words)
        for pos in (m.start() for m in _APOSTROPHE_IN_WORD.finditer(norm_text)) if apostrophes else ():
            j = bisect_right(self.starts, pos) - 1
            self.keys[j] = token_key(self.words[j])

    def _join_at_apostrophes(self, norm_text: str) -> None:
        """Words parted by one apostrophe are one word, as ``_TOKEN`` reads them ("o'brien"), but for a possessive
        "'s" ("idlib's" is "idlib" and "s")."""
        for pos in [m.start() for m in _APOSTROPHE_IN_WORD.finditer(norm_text)]:
            after = norm_text[pos + 2 : pos + 3]
            if norm_text[pos + 1] == "s" and not (after.isalnum() or after == "_"):
                continue  # (?!s\b)
            j = bisect_right(self.starts, pos) - 1  # the word ending right before the apostrophe
            if self.end(j) != pos:
                continue  # a letter apostrophe ("ʼ") inside a word
            self.words[j : j + 2] = [norm_text[self.starts[j] : self.end(j + 1)]]
            del self.starts[j + 1]

    def __len__(self) -> int:
        return len(self.words)

    def start(self, j: int) -> int:
        return self.starts[j]

    def end(self, j: int) -> int:
        return self.starts[j] + len(self.words[j])

    def latin(self, j: int) -> bool:
        return self.keys[j][0].isascii()


_LETTER_RUN = re.compile(r"[^\W_]+")
_APOSTROPHES_IN_TEXT = "'’‘ʼ`"  # (``_TOKEN``'s and ``_APOSTROPHE_IN_WORD``'s)


def _letter_runs(blanks: BlankTokens) -> tuple[list[str], list[int]]:
    """The runs of letters and digits of a text, and where each starts, from its blank-separated pieces: most pieces
    are one such run (``str.isalnum``), the others are read by a regex (``_runs_in``, memoized)."""
    pieces, offsets = blanks
    words: list[str] = []
    starts: list[int] = []
    for i in compress(count(), pieces):
        piece = pieces[i]
        if piece.isalnum():
            words.append(piece)
            starts.append(offsets[i] + i)
        else:
            at = offsets[i] + i
            for offset, run in _runs_in(piece):
                words.append(run)
                starts.append(at + offset)
    return words, starts


@lru_cache(maxsize=65536)  # a memo of a pure function of the string, not a table loader: pieces with signs recur
def _runs_in(piece: str) -> tuple[tuple[int, str], ...]:
    """(offset, run) of each run of letters and digits in a piece that holds other signs ("(حلب)،", "x-ray")."""
    return tuple((m.start(), m.group()) for m in _LETTER_RUN.finditer(piece))


def _joined(text: str, tokens: _Tokens, i: int, n: int) -> bool:
    """Tokens i..i+n-1 form one name: only spaces or hyphens between them."""
    return all(not text[tokens.end(j - 1) : tokens.starts[j]].strip(" -") for j in range(i + 1, i + n))


def find_places(
    text: str, normalized: Normalized | None = None, gaz: Gazetteer | None = None, blanks: BlankTokens | None = None
) -> list[PlaceMention]:
    """Every place named in ``text``, in text order, longest names first, region phrases resolved.

    Pass ``normalized`` (``normalize(text)``, or a copy with the same index) when the caller already has it;
    ``gaz``: the reference's gazetteer (default: the shipped one); ``blanks``: the ``lexregex.blank_tokens`` of
    the normalized text or of a copy of it with more of its signs made blanks (``TextView.flat``), when the caller
    has them.
    """
    gaz = gaz or gazetteer()
    norm = normalized if normalized is not None else normalize(text)
    ntext = norm.text
    tokens = _Tokens(ntext, blanks)
    keys, starts_cache = tokens.keys, gaz.starts_cache
    mentions: list[PlaceMention] = []
    namesakes: list[tuple[int, list[Place]]] = []  # (index in mentions, the places of its name left to choose from)
    next_free = 0  # first token not yet inside a mention
    dual_region_end = -1  # token index right after a "ريفي X" region: "وY" that follows is a region too
    last = None  # (the last mention, the token after it): the city or governorate it is told in may follow
    # The common case, a word that starts no name, is one dictionary look-up in the memo of every word, run by ``map``
    # and ``compress`` (no Python loop; a text with words not yet in the memo looks each new one up once)
    try:
        name_starts = list(map(starts_cache.__getitem__, keys))
    except KeyError:
        for key in dict.fromkeys(filterfalse(starts_cache.__contains__, keys)):  # (in text order, as one by one)
            gaz.name_starts(key)
        try:
            name_starts = list(map(starts_cache.__getitem__, keys))
        except KeyError:  # the memo was full and cleared meanwhile
            name_starts = list(map(gaz.name_starts, keys))
    opening = list(compress(count(), name_starts))
    for i in opening:  # a possessive ("aleppos", ``Gazetteer.name_starts``) is read as its stem wherever it stands
        if keys[i] not in gaz.max_tokens and keys[i].isascii():
            keys[i] = keys[i][:-1]
    for i in opening:
        if i < next_free:
            continue
        found = _match_at(gaz, ntext, tokens, i, name_starts[i])
        if found is None:
            continue
        n, peeled, key, candidates = found
        if tokens.latin(i) and not any(text[norm.index[at]].isupper() for at in tokens.starts[i : i + n]):
            continue
        cue = _cue_before(gaz, tokens, i)
        if (key in gaz.ambiguous or all(c.needs_cue for c in candidates)) and cue is None:
            if not (tokens.latin(i) and i + n < len(tokens) and tokens.keys[i + n] in gaz.cues_after) and not (
                tokens.latin(i) and gaz.appositive_cue.match(ntext, tokens.end(i + n - 1))
            ):
                continue
        place, pool = _choose(gaz, tokens, i + n, candidates, cue)
        start, end = tokens.start(i) + peeled, tokens.end(i + n - 1)
        mention, end_tok = _as_region(gaz, tokens, i, n, start, place, cue, i == dual_region_end)
        first = start if mention is None else mention[0]
        goes_on, neighbour = (
            _name_goes_on(gaz, text, norm, tokens, i, n, key, place, cue) if mention is None else (0, 0)
        )
        if goes_on:  # the text's name is longer than the gazetteer's: another place, of its district if a neighbour
            end_tok += goes_on
            s, e = norm.span(start, tokens.end(end_tok - 1))
            mention = _unlisted(text, s, e, place if neighbour else None)
        elif mention is None:
            s, e = norm.span(start, end)
            mention = _mention(text, s, e, place)
            if len({c.admin1 for c in pool}) > 1:  # namesakes in several governorates, none named after it
                namesakes.append((len(mentions), pool))
        else:
            region_start, region_end, name, name_ar = mention
            s, e = norm.span(region_start, region_end)
            mention = _region_mention(text, s, e, place, name, name_ar)
            if i == dual_region_end or (i and _word_role(gaz, tokens, i - 1)[0][0] == "countryside_dual"):
                dual_region_end = end_tok
        next_free = end_tok
        if not _names_an_outlet(gaz, tokens, i, first, end_tok, mention.kind):
            opens = bisect_right(tokens.starts, first) - 1  # the token the mention opens at ("ريف" of "ريف درعا")
            if last is not None and _told_in_another_governorate(gaz, ntext, tokens, last, opens, mention):
                listed = mentions[-1]  # a name the gazetteer gives a place elsewhere: another place of that name
                kind = "neighbourhood" if listed.kind in _QUARTER_KINDS else ""
                mentions[-1] = _unlisted(text, listed.start, listed.end, None, mention.admin1, kind)
            mentions.append(mention)
            last = (mention, end_tok)
    if namesakes:
        _choose_namesakes(text, mentions, namesakes)
    if len(mentions) > 1:
        _quarters_of_other_cities(gaz, text, mentions)
    if any(map(str.isascii, map(itemgetter(0), keys))):  # a Latin word (``_Tokens.latin``)
        variants = _variant_mentions(gaz, text, norm, tokens, mentions)
        if variants:  # "Kfar Nubl": a longer name read by its skeleton over a shorter one listed ("Nubl") is the place
            mentions = [m for m in mentions if not any(v.start <= m.start and m.end <= v.end for v in variants)]
            variants = [v for v in variants if _fits_neighbours(v, mentions)]
            mentions = sorted(mentions + variants, key=lambda m: m.start)
    return mentions


def _name_goes_on(
    gaz: Gazetteer,
    text: str,
    norm: Normalized,
    tokens: _Tokens,
    i: int,
    n: int,
    key: str,
    place: Place,
    cue: str | None,
) -> tuple[int, bool]:
    """(words, neighbour): how many words after the name ``key`` found at tokens i..i+n-1 go on with it into a name
    the gazetteer lacks (0: the name ends there), and whether that name is the neighbour of ``place`` a side or size
    word names ("تل أبيض الغربي", "Kafr Zita al-Sharqi") rather than another place a short name of ``place`` begins
    ("بلدة بصرى الحرير", "the town of Busra al-Harir": not "بصرى الشام") or an English settlement word introduces
    ("the village of Tell Shihab": not "Tell", the town of al-Tall)."""
    j = i + n
    if j >= len(tokens):
        return 0, False
    word, latin = tokens.keys[j], tokens.latin(j)
    if not latin and word not in gaz.name_adjectives and key not in gaz.short_names:
        return 0, False  # (most names: an Arabic word after them that no name goes on with)
    if not _joined(norm.text, tokens, i, n + 1):
        return 0, False
    article = latin and word in gaz.latin_articles and j + 1 < len(tokens) and _joined(norm.text, tokens, j, 2)
    words = 2 if article else 1
    after = tokens.keys[j + 1] if article else word
    if latin and not text[norm.index[tokens.start(j + words - 1)]].isupper():
        return 0, False  # a Latin name goes on in capitals
    if after in gaz.name_adjectives:
        part = i and any(form in gaz.part_nouns for form in _bare(tokens.keys[i - 1]))
        neighbour = place.kind in _POINT_KINDS and key not in gaz.governorate_words and not part
        return (words, True) if neighbour else (0, False)
    if latin and cue in gaz.settlement_cues and (key in gaz.ambiguous or place.needs_cue or article):
        # "the village of Tell Shihab": a name read only after its cue goes on in capitals; so does any name after
        # its cue with an article word after it ("the villages of Rasm al-Abboud": not Rasm, a namesake elsewhere)
        return words, False
    goes_on_with = gaz.short_names.get(key)
    if goes_on_with is None or place.kind not in _POINT_KINDS:
        return 0, False  # (a region's longer names go on with words that locate it: "الغوطة الشرقية لدمشق")
    if latin:
        return (2, False) if article and _skeleton_token(after) not in goes_on_with else (0, False)
    describes = word in gaz.weekdays or word in gaz.words or _NISBA.match(word)
    if cue in gaz.settlement_cues and word.startswith("ال") and len(word) > 3 and word not in goes_on_with:
        return (0, False) if describes else (1, False)
    return 0, False


def _told_in_another_governorate(
    gaz: Gazetteer, ntext: str, tokens: _Tokens, last: tuple[PlaceMention, int], i: int, where: PlaceMention
) -> bool:
    """The place the gazetteer gave the name before is told of a governorate or city (``where``, at token i) of
    another governorate, right after it ("قرية X بريف درعا", "the village of X in Daraa province", "the Zahraa
    neighbourhood of Homs", "حي X في مدينة حمص"): the text's place is another of the same name. Words join them, no
    sign ("قصف على اللطامنة، حلب" lists two places)."""
    listed, after = last
    # "the Ashrafiyeh district of Afrin": a city's quarter told of another town of its governorate is that town's
    other_town = where.kind == "town" and bool(listed.pcode and where.pcode) and listed.pcode != where.pcode
    if listed.kind in _QUARTER_KINDS:
        told_of = where.kind in _CITY_KINDS
    else:
        # a settlement (a sub-district is named after its town), or a neighbour the gazetteer lacks, told of a
        # governorate, a district or a town ("قرية X في عفرين", "حي X في مدينة حماة", "X التابعة لناحية Y")
        point = listed.kind in _POINT_KINDS or listed.kind == "subdistrict" or not listed.place_id
        told_of = point and ((where.precision == 3 and where.kind in _AREA_KINDS) or where.kind in _CITY_KINDS)
    if not told_of or _SIGN.search(ntext, tokens.end(after - 1), tokens.start(i)):
        return False  # (the kinds first: most places are told of no area)
    links = tokens.keys[after:i]
    return (
        len(links) <= _LINK_WORDS
        and all(word in gaz.place_links for word in links)
        and bool(listed.admin1 and where.admin1)
        and (
            (listed.kind in _QUARTER_KINDS and other_town)
            or (
                listed.admin1 != where.admin1
                and (listed.admin1, where.admin1) not in gaz.enclosing
                and not _near_governorate(gaz, listed, where.admin1)
            )
        )
    )


def _near_governorate(gaz: Gazetteer, place: PlaceMention, admin1: str) -> bool:
    """``place`` lies within ``_BORDER_KM`` of a sub-district of ``admin1``: a town by the border between two
    governorates, which reports file under either ("Tirmanin in the western Aleppo countryside"), not a namesake."""
    if place.lat is None or place.lon is None:
        return False
    lat, cos_lat = radians(place.lat), cos(radians(place.lat))
    for c_lat, c_lon in gaz.centroids.get(admin1, ()):
        d_lat, d_lon = radians(c_lat) - lat, (radians(c_lon) - radians(place.lon)) * cos_lat
        if _EARTH_KM * hypot(d_lat, d_lon) <= _BORDER_KM:
            return True
    return False


def _unlisted(
    text: str, start: int, end: int, neighbour: Place | None, admin1: str = "", kind: str = ""
) -> PlaceMention:
    """A place the gazetteer lacks, named at [start, end): no name but the text's, in the district of the place it
    neighbours when one is known, else in ``admin1``."""
    return PlaceMention(
        start=start,
        end=end,
        text=text[start:end],
        name="",
        name_ar="",
        admin1=neighbour.admin1 if neighbour else admin1,
        admin2=neighbour.admin2 if neighbour else "",
        admin3="",
        pcode="",
        lat=None,
        lon=None,
        precision=None,
        kind=kind,
    )


def _fits_neighbours(variant: PlaceMention, listed: list[PlaceMention]) -> bool:
    """A spelling guessed from its skeleton is kept unless the places named beside it all lie in another
    governorate: one skeleton can stand for two names ("Saad" and "Said"), and a report names neighbouring
    quarters together."""
    near = [m for m in listed if abs(m.start - variant.start) <= _VARIANT_NEIGHBOURHOOD]
    return not near or any(m.admin1 == variant.admin1 for m in near)


def _skeleton_token(token: str) -> str:
    """The consonant skeleton of one Latin word: first letter, then its consonants without vowels, y or w,
    q read as k, doubled letters once ("Seraqeb" and "Saraqib" -> "srkb", "Kfar" and "Kafr" -> "kfr")."""
    token = _FINAL_VOWEL_H.sub("a", _NOT_LETTER.sub("", token.lower()))
    if not token:
        return ""
    ends_in_vowel = token[-1] in "aeiouy" and len(token) > 1
    core = _DOUBLED.sub(r"\1", (token[0] + _VOWELS.sub("", token[1:])).replace("q", "k"))
    return core + ("-" if ends_in_vowel else "")  # "Omranie" is not "Omran"


@lru_cache(maxsize=65536)  # a memo of a pure function of the string and the articles, not a table loader
def skeleton(name: str, articles: frozenset[str]) -> str:
    """The skeleton of a Latin name, its article words (``articles``: "al-", "el", the gazetteer's) left out
    (cached: the same capitalised words recur in every report)."""
    words = [w for w in _WORD_SPLIT.split(name_key(name)) if w and w not in articles]
    return " ".join(_skeleton_token(w) for w in words)


def _skeleton_index(index: dict[str, list[Place]], articles: frozenset[str]) -> dict[str, Place]:
    """Skeleton -> place, for the skeletons of English names and aliases long enough ("idlb", "srkb") not to
    be met by chance whose places lie in one governorate (the town before its sub-district)."""
    found: dict[str, dict[str, Place]] = {}
    for key, candidates in index.items():
        if not key.isascii():
            continue
        skel = skeleton(key, articles)
        if len(_NOT_LETTER.sub("", skel)) >= _SKELETON_MIN:
            found.setdefault(skel, {}).update((place.id, place) for place in candidates)
    return {
        skel: min(places.values(), key=_default_rank)
        for skel, places in found.items()
        if len({p.admin1 for p in places.values()}) == 1
    }


def _variant_mentions(gaz: Gazetteer, text: str, norm: Normalized, tokens: _Tokens, found: list) -> list:
    """Capitalised English names the gazetteer lists under another spelling (Idleb/Idlib, Seraqeb/Saraqib,
    Kfar/Kafr): looked up by skeleton where no listed spelling was found, the longest name first."""
    prepositions = gaz.place_prepositions
    keys, starts, index = tokens.keys, tokens.starts, norm.index
    if prepositions.isdisjoint(keys):  # (an Arabic text's Latin words are numbers)
        return []
    taken = [(m.start, m.end) for m in found]
    # whether an offset lies inside a name found, by bisection: the names by start, and the furthest end so far
    taken_starts = sorted(a for a, _ in taken)
    furthest_ends = list(accumulate(map(itemgetter(1), sorted(taken)), max))
    out: list[PlaceMention] = []

    def capitalised(j: int) -> bool:  # (``_Tokens.latin``, and a capital in the text)
        return keys[j][0].isascii() and text[index[starts[j]]].isupper()

    # only after a place preposition ("in Seraqeb", "the village of Kfar Nabl": not a person's name); a
    # lower-case article may open the name ("in al-Kallaseh")
    after_preposition = list(compress(count(1), map(prepositions.__contains__, keys[:-1])))
    next_free = 0  # first token not inside a name found
    latin_articles = gaz.latin_articles
    for i in after_preposition:
        if i < next_free:
            continue
        key = keys[i]
        opens = (key[0].isascii() and text[index[starts[i]]].isupper()) or (
            key in latin_articles and i + 1 < len(keys) and capitalised(i + 1)
        )
        if not opens:
            continue
        next_free = i + 1
        at = index[starts[i]]
        inside = bisect_right(taken_starts, at)
        if inside and furthest_ends[inside - 1] > at:
            continue  # a listed name goes on here ("in Aleppo"): any name read from here would overlap it
        longest = 1  # the name runs on over the capitalised words that follow, and a small article before one
        while longest < min(_VARIANT_WORDS, len(keys) - i):  # ("Maaret al-Nouman")
            if capitalised(i + longest):
                longest += 1
            elif keys[i + longest] in latin_articles and longest + 1 < _VARIANT_WORDS and i + longest + 1 < len(keys):
                if not capitalised(i + longest + 1):
                    break
                longest += 2
            else:
                break
        for n in range(longest, 0, -1):
            words = tokens.words[i : i + n]
            if len(words[-1]) < _VARIANT_MIN_WORD or not _joined(norm.text, tokens, i, n):
                continue
            place = gaz.skeletons.get(skeleton(" ".join(words), gaz.latin_articles))
            if place is None:
                continue
            if _told_as_surname(norm.text, tokens, i, capitalised, prepositions | latin_articles):
                continue  # "… and Khatib said": the word is a person's family name ("Hamza Khatib"), no "Khattab"
            s, e = norm.span(starts[i], tokens.end(i + n - 1))
            if any(a < e and s < b and not (s <= a and b <= e and (s, e) != (a, b)) for a, b in taken):
                continue  # (a listed name it overlaps, but one it holds, is another place's)
            out.append(replace(_mention(text, s, e, place), variant=True))
            next_free = i + n
            break
    return out


def _told_as_surname(ntext: str, tokens: _Tokens, i: int, capitalised, small_words: frozenset[str]) -> bool:
    """The word at token i stands somewhere in the text right after another capitalised word but a preposition or an
    article ("Hamza Khatib", not "In Kfar" nor "al-Bab"): the second of a person's two names, wherever it stands."""
    keys, key = tokens.keys, tokens.keys[i]
    if key in small_words:
        return False
    j = keys.index(key)  # (the word's other places, found by ``list.index``: no scan in Python)
    while True:
        if (
            j
            and capitalised(j)
            and capitalised(j - 1)
            and keys[j - 1] not in small_words
            and _joined(ntext, tokens, j - 1, 2)
        ):
            return True
        try:
            j = keys.index(key, j + 1)
        except ValueError:
            return False


def _names_an_outlet(gaz: Gazetteer, tokens: _Tokens, i: int, first: int, end_tok: int, kind: str) -> bool:
    """The place found at token i, whose mention starts at ``first`` (a region phrase starts before the name)
    and ends before token ``end_tok``, sits next to an outlet or organisation word ('قناة الشمال السوري', 'شبكة ريف إدلب',
    'مركز إدلب الإعلامي', 'Aleppo Media Center', 'مجلس منبج العسكري', 'the Hama Operations Room'): it is part of
    the name of the outlet or body, not a place."""
    j = i
    while j > 0 and tokens.end(j - 1) > first:
        j -= 1
    words = [("before", form) for form in _bare(tokens.keys[j - 1])] if j else []
    if end_tok < len(tokens):
        words.append(("after", tokens.keys[end_tok]))
    for word in words:
        for rest, blocks in gaz.outlet_words.get(word, ()):
            if rest and (word[0] == "before" or tuple(tokens.keys[end_tok + 1 : end_tok + 1 + len(rest)]) != rest):
                continue  # a phrase is read after the name only, word for word
            if blocks == "any" or kind in _AREA_KINDS:
                return True
    return False


def _match_at(gaz: Gazetteer, ntext: str, tokens: _Tokens, i: int, starts: tuple[tuple[int, str, int], ...]):
    """The longest gazetteer name starting at token i, whose ways to start a name are ``starts``
    (``Gazetteer.name_starts``): (tokens, chars peeled, key, candidates) or None."""
    best = None
    keys = tokens.keys
    following = keys[i + 1] if i + 1 < len(keys) else ""
    for peeled, form, longest in starts:
        # a name of several words only where one starts with these two words (not at "the town"), the longest first
        if longest > 1 and (form, following) in gaz.first_pairs:
            for n in range(min(longest, len(keys) - i), 1, -1):
                if best is not None and n <= best[0]:
                    break
                key = " ".join([form, *keys[i + 1 : i + n]])
                candidates = gaz.index.get(key)
                if candidates and _joined(ntext, tokens, i, n):
                    best = (n, peeled, key, candidates)
                    break
        if best is None and form in gaz.index:  # the word alone
            best = (1, peeled, form, gaz.index[form])
    return best


@lru_cache(maxsize=65536)  # a memo of a pure function of the string, not a table loader
def _bare(key: str) -> tuple[str, ...]:
    return tuple(form for _, form in _proclitic_forms(key))


def _cue_before(gaz: Gazetteer, tokens: _Tokens, i: int) -> str | None:
    """The cue word right before token i ('قرية', 'بلدة' ..., or 'village' in 'the village of X')."""
    if i == 0:
        return None
    prev = tokens.keys[i - 1]
    if prev == "of" and i >= 2:
        prev = tokens.keys[i - 2]
    for form in _bare(prev):
        if form in gaz.cues:
            return form
    return None


def _choose_namesakes(text: str, mentions: list[PlaceMention], namesakes: list[tuple[int, list[Place]]]) -> None:
    """A name the gazetteer gives places in several governorates, with none named after it, is the one in the
    governorate of the nearest place the report names that has no namesake ("Tal Rifaat and Mare' in northern Aleppo
    … and Suran": Suran of Aleppo, not of Hama); with no such place, the default rank's choice stands."""
    chosen = {i for i, _ in namesakes}
    known = [m for i, m in enumerate(mentions) if i not in chosen and m.admin1]
    for i, pool in namesakes:
        listed = mentions[i]
        governorates = {c.admin1 for c in pool}
        near = min(
            (m for m in known if m.admin1 in governorates),
            key=lambda m: abs(m.start - listed.start),
            default=None,
        )
        if near is not None and near.admin1 != listed.admin1:
            place = next(c for c in pool if c.admin1 == near.admin1)
            mentions[i] = _mention(text, listed.start, listed.end, place)


def _quarters_of_other_cities(gaz: Gazetteer, text: str, mentions: list[PlaceMention]) -> None:
    """A city's quarter told after another governorate's city in the possessive ("Aleppo's Midan district"), or
    with no city in a report datelined in a town of another governorate that names no place of the quarter's ("حلب -
    … حي الميدان": Aleppo's Midan, not Damascus's), or right after a quarter or the area of another governorate's city,
    in the same line, in a report naming no place of the quarter's ("حي الحمدانية غربي حلب، كما قتل شخصان في حي
    الميدان"), is a quarter of that city the gazetteer lacks."""
    for i, (owner, m) in enumerate(zip(mentions, mentions[1:], strict=False), start=1):
        if (
            m.kind in _QUARTER_KINDS
            and m.place_id
            and owner.kind in ("town", "governorate")
            and owner.admin1
            and m.admin1 != owner.admin1
            and _POSSESSIVE_BETWEEN.fullmatch(text, owner.end, m.start)
        ):
            mentions[i] = _unlisted(text, m.start, m.end, None, owner.admin1, "neighbourhood")
    governorates = {m.admin1 for m in mentions if m.kind not in _QUARTER_KINDS}
    # (the quarters of a governorate the report names no other place of: most reports have none)
    for i in [i for i, m in enumerate(mentions) if i and m.kind in _QUARTER_KINDS and m.admin1 not in governorates]:
        near, m = mentions[i - 1], mentions[i]
        if (
            m.place_id
            and near.kind in _QUARTERS_TOLD_AFTER
            and near.admin1
            and near.admin1 != m.admin1
            and (near.admin1, m.admin1) not in gaz.enclosing
            and m.start - near.end <= _QUARTER_REACH
            and "\n" not in text[near.end : m.start]
        ):
            mentions[i] = _unlisted(text, m.start, m.end, None, near.admin1, "neighbourhood")
    first = mentions[0]
    before = text[: first.start]
    if first.kind not in ("town", "governorate") or not first.admin1 or not _DATELINE_AFTER.match(text, first.end):
        return
    if before.strip() and not before.rstrip(" \t").endswith("\n"):
        return  # (a dateline opens a line: the body's first, after the title)
    for i, m in enumerate(mentions):
        if m.kind in _QUARTER_KINDS and m.place_id and m.admin1 != first.admin1 and m.admin1 not in governorates:
            mentions[i] = _unlisted(text, m.start, m.end, None, first.admin1, "neighbourhood")


def _choose(
    gaz: Gazetteer, tokens: _Tokens, after: int, candidates: list[Place], cue: str | None
) -> tuple[Place, list[Place]]:
    """Pick among places sharing a name, and the places still left to choose from: a settlement cue wants a
    settlement; a governorate named within the next few words ('صوران بريف حماة') wants a place of that governorate;
    else the default rank (``_choose_namesakes`` may choose again from the other places the report names)."""
    if len(candidates) == 1:
        return candidates[0], candidates
    pool = candidates
    next_key = tokens.keys[after] if after < len(tokens) else ""
    if cue in gaz.settlement_cues or next_key == "city":
        pool = [c for c in pool if c.kind in _POINT_KINDS] or pool
    context = set()
    governorates = {c.admin1 for c in pool}
    for word in tokens.keys[after : after + 6] if len(governorates) > 1 else ():
        for form in _bare(word):
            if form in gaz.governorate_words:
                context.add(gaz.governorate_words[form])
    if context:
        pool = [c for c in pool if c.admin1 in context] or pool
    return pool[0], pool


def _word_role(gaz: Gazetteer, tokens: _Tokens, j: int) -> tuple[tuple[str, str], int]:
    """The region-phrase role of word j (clitics peeled: 'بريف' is 'ريف') and where the bare word starts."""
    role, peeled = gaz.word_role(tokens.keys[j])
    return role, tokens.start(j) + peeled


def _direction(parts: list[str]) -> str:
    return "-".join(dict.fromkeys(p for part in parts for p in part.split("-")))


def _as_region(gaz, tokens, i, n, name_start, place, cue, after_dual):
    """A region phrase built on ``place``: ((start, end, name, name_ar), next token) or (None, next token).

    'ريف X [الشمالي [الغربي]]' and 'الريف الشمالي لـX' for any place; 'جنوب X', 'شمالي X', 'southern X
    [countryside]', 'north of X' for a governorate or district named without a settlement cue."""
    end_tok = i + n
    area = place.kind in ("governorate", "district") and cue not in gaz.settlement_cues
    lam = name_start > tokens.start(i) and tokens.keys[i][name_start - tokens.start(i) - 1] == "ل"
    nearest = gaz.word_role(tokens.keys[i - 1])[0][0] if i else ""  # (``_word_role``'s role)
    if not (after_dual or area or nearest in _COUNTRYSIDE_ROLES or (lam and nearest == "adjective")):
        return None, end_tok  # most names: no region word before them and no area named (the roles further back unread)
    before = [_word_role(gaz, tokens, j) for j in range(max(0, i - 3), i)][::-1]  # nearest first
    roles = [role for (role, _), _ in before]
    if (roles[:1] and roles[0] in _COUNTRYSIDE_ROLES) or after_dual:
        adjs, joined = [], False
        while end_tok < len(tokens) and len(adjs) < 2:
            (role, value), bare_start = _word_role(gaz, tokens, end_tok)
            if role != "adjective":
                break
            joined = joined or bare_start > tokens.start(end_tok)  # الجنوبي والشرقي: two sides, not south-east
            adjs.append(value)
            end_tok += 1
        start = before[0][1] if roles[:1] and roles[0].startswith("countryside") else name_start
        if joined:
            name = " and ".join(_en_adj(a) for a in adjs) + f" {place.name_en} countryside"
            name_ar = f"ريف {place.name_ar} " + " و".join(_ADJ_AR[a] for a in adjs)
            return (start, tokens.end(end_tok - 1), name, name_ar), end_tok
        return _countryside(place, adjs, start, tokens.end(end_tok - 1)), end_tok
    if lam and roles[:1] == ["adjective"]:  # الريف الشمالي [الغربي] لحماة
        adjs = [before[0][0][1]]
        if roles[1:2] == ["adjective"]:
            adjs.insert(0, before[1][0][1])
        k = len(adjs)
        if roles[k : k + 1] == ["countryside"]:
            return _countryside(place, adjs, before[k][1], tokens.end(end_tok - 1)), end_tok
    if not area:
        return None, end_tok
    parts, start = [], name_start
    if roles[:1] == ["prefix"]:
        parts, start = [before[0][0][1]], before[0][1]
        if roles[1:2] in (["prefix"], ["compass"]) and tokens.latin(i - 1) == tokens.latin(i - 2):
            parts.insert(0, before[1][0][1])
            start = before[1][1]
    elif tokens.latin(i) and i >= 2 and tokens.keys[i - 1] == "of" and roles[1:2] in (["prefix"], ["compass"]):
        parts, start = [before[1][0][1]], before[1][1]  # north of Hama
    suffix = end_tok < len(tokens) and gaz.words.get(tokens.keys[end_tok], ("",))[0] == "suffix"
    if not parts and not (tokens.latin(i) and suffix and tokens.keys[end_tok] == "countryside"):
        return None, end_tok
    direction = _direction(parts)
    name = f"{_en_adj(direction)} {place.name_en}".strip()
    name_ar = " ".join([*(_PREFIX_AR[d] for d in direction.split("-") if d), place.name_ar])
    if suffix:
        if tokens.keys[end_tok] == "countryside":
            name, name_ar = name + " countryside", " ".join(["ريف", place.name_ar, *_ar_adjs(direction)])
        end_tok += 1
    return (start, tokens.end(end_tok - 1), name, name_ar), end_tok


def _countryside(place: Place, adjs: list[str], start: int, end: int) -> tuple[int, int, str, str]:
    direction = _direction(adjs)
    name = f"{_en_adj(direction)} {place.name_en} countryside".strip()
    return start, end, name, " ".join(["ريف", place.name_ar, *_ar_adjs(direction)])


def _ar_adjs(direction: str) -> list[str]:
    return [_ADJ_AR[d] for d in direction.split("-") if d]


def _en_adj(direction: str) -> str:
    parts = direction.split("-") if direction else []
    if not parts:
        return ""
    return "-".join(parts[:-1] + [_ADJ_EN[parts[-1]]])


def _mention(text: str, start: int, end: int, place: Place) -> PlaceMention:
    return PlaceMention(
        start=start,
        end=end,
        text=text[start:end],
        name=place.name_en,
        name_ar=place.name_ar,
        admin1=place.admin1,
        admin2=place.admin2,
        admin3=place.admin3,
        pcode=place.pcode,
        lat=place.lat,
        lon=place.lon,
        precision=place.precision,
        kind=place.kind,
        place_id=place.id,
    )


def _region_mention(text: str, start: int, end: int, base: Place, name: str, name_ar: str) -> PlaceMention:
    return PlaceMention(
        start=start,
        end=end,
        text=text[start:end],
        name=name,
        name_ar=name_ar,
        admin1=base.admin1,
        admin2=base.admin2 if base.kind != "governorate" else "",
        admin3="",
        pcode="",
        lat=None,
        lon=None,
        precision=3,
        kind="region",
        place_id=f"region-of:{base.id}",
    )

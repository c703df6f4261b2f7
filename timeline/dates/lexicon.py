"""The date engine's word lists, read once from ``data/lexicon/*.csv`` and normalized like the text.

Every table maps a normalized term to its meaning; ``alternation`` turns a set of terms into a regex
alternative (longest first, spaces matching any run of white space) for the grammar.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from timeline.cuewords import cue_words
from timeline.frozen import freeze_fields
from timeline.normalize import normalize_term
from timeline.paths import LEXICON_DIR


def read_rows(name: str, lexicon_dir: Path = LEXICON_DIR) -> list[dict[str, str]]:
    """The rows of one lexicon table; a missing table is an error that names the file."""
    path = lexicon_dir / name
    if not path.exists():
        raise FileNotFoundError(f"date lexicon table missing: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if any((v or "").strip() for v in row.values())]


def alternation(terms) -> str:
    """A regex matching any of the (normalized) ``terms``, longest first, a space matching any white space.

    Shaped as a prefix tree, so the engine discards most terms on their first letter.
    """
    trie: dict = {}
    for term in terms:
        if not term:
            continue
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        ends_here = "" in node
        if len(branches) == 1 and not ends_here:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")

    body = build(trie)
    return "(?:" + body + ")" if body else "(?!)"


def key(term: str) -> str:
    """The lookup key of a matched phrase: normalized with single spaces (a single word, most matches, as it is)."""
    return term if term.isalnum() else " ".join(term.split())


# The classes of cue words in data/lexicon/date_words.csv, each a set of the lexicon the finder reads.
DATE_WORD_CLASSES = frozenset(
    {
        "clause_opener",
        "weekday_name_head",
        "night_determiner",
        "day_relative",
        "week_link",
        "deadline_lead",
        "future_cue",
        "plan_cue",
        "month_preposition",
        "year_preposition",
        "range_lead",
        "speech_verb",
        "speech_complementizer",
        "not_speech_lead",
        "approximator",
        "day_lead",
    }
)
# Endings that a noun stem takes: ta marbuta, plurals, relative adjectives, possessive pronouns, accusative alef.
NOUN_SUFFIXES = frozenset(
    (
        "",
        "ه",
        "ت",
        "ته",
        "تها",
        "تهم",
        "ات",
        "اته",
        "اتها",
        "اتهم",
        "ا",
        "ي",
        "يه",
        "يات",
        "يين",
        "يون",
        "ين",
        "ون",
        "ان",
        "ها",
        "هم",
    )
)


@dataclass(frozen=True)
class Month:
    calendar: str  # gregorian | hijri
    number: int
    spelling: str  # levantine | transliterated | maghrebi | english | hijri
    ambiguous: bool = False  # also a common word or name (آب/أب, مارس, رمضان): needs a date context


@dataclass(frozen=True, eq=False)  # hashed by identity, so compiled grammars can be cached per lexicon
class Lexicon:
    """All word lists of the date engine, keyed by normalized term."""

    months: dict[str, Month]
    # spellings (as printed) of an ambiguous month's normal form that only the month has: "آب" (the father is "أب")
    distinct_month_spellings: frozenset[str]
    weekdays: dict[str, tuple[int, str]]  # term -> (weekday Monday=0, language)
    ordinals: dict[str, tuple[int, str]]  # term -> (value, form)
    relative: dict[str, tuple[str, int, str]]  # term -> (unit, offset, language)
    periods: dict[str, tuple[str, str]]  # term -> (unit, language)
    modifiers: dict[str, tuple[str, str, str]]  # term -> (direction, language, position)
    month_parts: dict[str, tuple[str, str]]  # term -> (part, language)
    day_parts: dict[str, tuple[str, str]]  # term -> (position, language)
    holidays: dict[str, tuple[tuple[int, int, int], ...]]  # term -> ((hijri month, hijri day, days), ...)
    date_numbers: dict[str, tuple[int, str, str]]  # term -> (count, language, unit): "ثلاثة أيام" -> (3, ar, day)
    anaphora: dict[str, tuple[str, int, str]]  # term -> (unit, offset, language)
    not_dates: tuple[str, ...]
    date_name_words: frozenset[str]  # a date right after these names a place or a group ("ساحة 7 نيسان")
    future_prefix_nouns: frozenset[str] = frozenset()  # stems that start like سـ + imperfect but are not verbs (سيارة)
    weekends: dict[str, tuple[int, int, str]] | None = None  # term -> (first weekday, last weekday, language)
    interval_words: dict[str, tuple[str, str]] | None = None  # term -> (role, language): since / range words
    time_units: dict[str, tuple[str, str]] | None = None  # term -> (unit, language): "أيام" -> (day, ar)
    duration_cues: frozenset[str] = frozenset()  # "المستمرة منذ سبع سنوات": a length of time, not a day
    fixed_holidays: dict[str, tuple[int, int]] | None = None  # "عيد الأم" -> (3, 21): Gregorian feasts
    past_counts: dict[str, tuple[int, str, str]] | None = None  # "الثلاثة" -> (3, ar, ""): "the past three days"
    counted_nouns: frozenset[str] = frozenset()  # "بين 1800 و2000 مقاتل": a number before these counts people
    given_names: frozenset[str] = frozenset()  # "محمد الجمعة": a weekday after a given name is a family name
    weekday_name_heads: frozenset[str] = frozenset()  # "كسرة شيخ الجمعة", "سوق الأحد": a weekday in a name
    incident_nouns: tuple[str, ...] = ()  # "بعد سنة من الهجوم": an offset from the incident the narrative is at
    clause_openers: frozenset[str] = frozenset()  # "التي", "عندما": a future verb before these is another clause's
    night_determiners: frozenset[str] = frozenset()  # "تلك", "طوال": "الليلة" after these is no tonight
    day_relatives: frozenset[str] = frozenset()  # "الذي": "اليوم الذي قتل فيه" is the day on which, not today
    week_links: frozenset[str] = frozenset()  # "من", "of": "الثلاثاء من الأسبوع الماضي" is that week's Tuesday
    deadline_leads: frozenset[str] = frozenset()  # "حتى", "by": "حتى نهاية الأسبوع" is a deadline, the coming weekend
    future_cues: tuple[str, ...] = ()  # "سوف", "due to": a bare weekday after these in its sentence is ahead
    plan_cues: tuple[str, ...] = ()  # "prepare to", "plans to": future cues whose plan may run long, clause-wide
    future_cue_words: frozenset[str] = frozenset()  # the first words of ``future_cues`` (a letter first)
    month_prepositions: tuple[str, ...] = ()  # "في", "in": a bare month right after these is a date
    approximators: tuple[str, ...] = ()  # "نحو", "حوالي": about, between "قبل"/"منذ" and the count
    day_leads: tuple[str, ...] = ()  # "في", "يوم", "بتاريخ", "on": words before a bare day/month "30/4"
    year_prepositions: tuple[str, ...] = ()  # "في", "the", "mid": a bare number right after these is a year
    range_leads: tuple[str, ...] = ()  # "بين", "ايام": a list of days right after these is a range of days
    speech_verbs: tuple[str, ...] = ()  # "قال", "said": open reported speech, the day said given before ...
    speech_complementizers: tuple[str, ...] = ()  # ... "إن", "that": where the words said begin
    not_speech_leads: tuple[str, ...] = ()  # "غير", "بعد": "غير أن", "بعد أن" are conjunctions, no speech opening

    def __post_init__(self) -> None:
        freeze_fields(self)

    def is_future_prefix_noun(self, word: str) -> bool:
        """True when ``word`` (normalized, proclitic removed) is one of the listed nouns or names plus a suffix."""
        stems = self.future_prefix_nouns
        return any(word[:n] in stems and word[n:] in NOUN_SUFFIXES for n in range(3, len(word) + 1))

    def interval_terms(self, role: str, language: str | None = None) -> list[str]:
        """The words of one role in ``interval_words.csv`` ("since", "range_open", "range_join" …), of one
        ``language`` (with those of any language, such as "-") when given."""
        return [
            t
            for t, (r, lang) in (self.interval_words or {}).items()
            if r == role and (language is None or lang in (language, "any"))
        ]

    def month_terms(self, calendar: str, spellings: tuple[str, ...] | None = None) -> list[str]:
        return [
            t
            for t, m in self.months.items()
            if m.calendar == calendar and (spellings is None or m.spelling in spellings)
        ]

    def fuzzy_month(self, word: str) -> Month | None:
        """The Gregorian Arabic month one typo away from ``word`` (a dropped, added, changed or swapped letter).

        Only for words of five letters or more, so short words never turn into months.
        """
        if len(word) < 5:
            return None
        found = None
        for term, month in self.months.items():
            if month.calendar != "gregorian" or month.spelling == "english" or " " in term or len(term) < 5:
                continue
            if within_one_edit(word, term):
                if found is not None and found.number != month.number:
                    return None
                found = month
        return found


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` becomes ``b`` by at most one insertion, deletion, substitution or transposition."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if la < lb else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def load_lexicon(lexicon_dir: Path = LEXICON_DIR) -> Lexicon:
    """Read and normalize every table (extraction reads the one its ``timeline.reference.Reference`` holds)."""

    def rows(name):
        return read_rows(name, lexicon_dir)

    def norm(term):
        return normalize_term(term)

    def bare(term):
        """Without a leading "the": "the" is too common to start a rule at; the finder adds it back to the span."""
        term = norm(term)
        return term[4:] if term.startswith("the ") else term

    month_rows = [(r, (r.get("ambiguous") or "").strip() == "1") for r in rows("months.csv")]
    flagged = {norm(r["name"]) for r, ambiguous in month_rows if ambiguous}
    months = {
        norm(r["name"]): Month(r["calendar"], int(r["month"]), r["set"], norm(r["name"]) in flagged)
        for r, _ in month_rows
    }
    # an unflagged spelling of a flagged normal form: "آب" is only August, "اب" may be "أب" (father)
    distinct_month_spellings = frozenset(
        r["name"] for r, ambiguous in month_rows if not ambiguous and norm(r["name"]) in flagged
    )
    weekdays = {norm(r["name"]): (int(r["weekday"]), r.get("language") or "ar") for r in rows("weekdays.csv")}
    ordinals = {norm(r["term"]): (int(r["value"]), r["form"]) for r in rows("ordinals.csv")}
    relative = {bare(r["term"]): (r["unit"], int(r["offset"]), r["language"]) for r in rows("relative.csv")}
    periods = {norm(r["term"]): (r["unit"], r["language"]) for r in rows("periods.csv")}
    modifiers = {norm(r["term"]): (r["direction"], r["language"], r["position"]) for r in rows("modifiers.csv")}
    month_parts = {norm(r["term"]): (r["part"], r["language"]) for r in rows("month_parts.csv")}
    day_parts = {norm(r["term"]): (r["position"], r["language"]) for r in rows("day_parts.csv")}
    holidays: dict[str, tuple[tuple[int, int, int], ...]] = {}
    for r in rows("holidays.csv"):  # a term listed twice ("العيد") may mean either feast
        feast = (int(r["hijri_month"]), int(r["hijri_day"]), int(r["days"]))
        known = holidays.get(norm(r["term"]), ())
        holidays[norm(r["term"])] = known if feast in known else known + (feast,)
    date_numbers = {
        norm(r["term"]): (int(r["value"]), r["language"], r["unit"] or "day") for r in rows("date_numbers.csv")
    }
    anaphora = {bare(r["term"]): (r["unit"], int(r["offset"]), r["language"]) for r in rows("anaphora.csv")}
    not_dates = tuple(norm(r["term"]) for r in rows("not_dates.csv"))
    date_name_words = frozenset(norm(r["term"]) for r in rows("date_name_words.csv"))
    future_prefix_nouns = frozenset(norm(r["stem"]) for r in rows("future_prefix_nouns.csv"))
    weekends = {
        norm(r["term"]): (int(r["first_weekday"]), int(r["last_weekday"]), r["language"]) for r in rows("weekends.csv")
    }
    interval_words = {norm(r["term"]): (r["role"], r["language"]) for r in rows("interval_words.csv")}
    time_units = {norm(r["term"]): (r["unit"], r["language"]) for r in rows("time_units.csv")}
    duration_cues = frozenset(norm(r["term"]) for r in rows("duration_cues.csv"))
    incident_nouns = tuple(bare(r["term"]) for r in rows("incident_nouns.csv"))
    given_names = frozenset(norm(r["term"]) for r in rows("given_names.csv"))
    past_counts = {norm(r["term"]): (int(r["value"]), r["language"], r["unit"] or "") for r in rows("past_counts.csv")}
    counted_nouns = frozenset(norm(r["word"]) for r in rows("people.csv"))  # the numbers' table of people words
    fixed_holidays = {norm(r["term"]): (int(r["month"]), int(r["day"])) for r in rows("fixed_holidays.csv")}
    date_words = cue_words("date_words.csv", DATE_WORD_CLASSES, directory=lexicon_dir)
    return Lexicon(
        months=months,
        distinct_month_spellings=distinct_month_spellings,
        weekdays=weekdays,
        ordinals=ordinals,
        relative=relative,
        periods=periods,
        modifiers=modifiers,
        month_parts=month_parts,
        day_parts=day_parts,
        holidays=holidays,
        date_numbers=date_numbers,
        anaphora=anaphora,
        not_dates=not_dates,
        date_name_words=date_name_words,
        future_prefix_nouns=future_prefix_nouns,
        weekends=weekends,
        interval_words=interval_words,
        time_units=time_units,
        duration_cues=duration_cues,
        incident_nouns=incident_nouns,
        given_names=given_names,
        counted_nouns=counted_nouns,
        past_counts=past_counts,
        fixed_holidays=fixed_holidays,
        clause_openers=date_words.word_set("clause_opener"),
        weekday_name_heads=date_words.word_set("weekday_name_head"),
        night_determiners=date_words.word_set("night_determiner"),
        day_relatives=date_words.word_set("day_relative"),
        week_links=date_words.word_set("week_link"),
        deadline_leads=date_words.word_set("deadline_lead"),
        future_cues=date_words.words("future_cue", "plan_cue"),
        plan_cues=date_words.words("plan_cue"),
        future_cue_words=frozenset(
            cue.split()[0] for cue in date_words.words("future_cue", "plan_cue") if cue[0].isalpha()
        ),
        month_prepositions=date_words.words("month_preposition"),
        year_prepositions=date_words.words("year_preposition"),
        range_leads=date_words.words("range_lead"),
        speech_verbs=date_words.words("speech_verb"),
        speech_complementizers=date_words.words("speech_complementizer"),
        not_speech_leads=date_words.words("not_speech_lead"),
        approximators=date_words.words("approximator"),
        day_leads=date_words.words("day_lead"),
    )

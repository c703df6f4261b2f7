"""The date grammar: one compiled regular expression per form of date expression.

The patterns run on the normalized text (see ``timeline.normalize``) and are assembled once from the
word lists, so analysts extend the grammar by adding rows to ``data/lexicon``. Arabic words may carry
a proclitic (و، ف، ب، ل، ك and وب/فل …) that stays outside the span. Arabic literals in the patterns
are written in normalized form (ى -> ي, ة -> ه, no hamza on alef).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.dates.lexicon import Lexicon, alternation, load_lexicon

# Start of an Arabic word, allowing a one- or two-letter proclitic before it.
B = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بل]))"
E = r"(?!\w)"
C = r"\s*[,،(]?\s*"  # optional comma (or opening bracket) between the parts of a date
YEAR = r"(?:1[89]|20|21)\d\d"
HIJRI_YEAR = r"1[34]\d\d"
# A year noun between a date and its year: "عام"، "العام"، "سنة"، with "من"/"في" or a glued "ل"/"لل" before it.
YEAR_NOUN = r"(?:\s+(?:(?:من|في)\s+)?(?:ال|ل|لل)?(?:عام|سنه)\s+)"
EN_YEAR_LEAD = r"(?:,?\s+(?:(?:in|of)\s+the\s+year\s+)?)"


@dataclass(frozen=True, eq=False)  # hashed by identity, so what is derived from it can be cached
class Grammar:
    rules: tuple[tuple[str, re.Pattern], ...]  # (rule name, pattern), in priority order
    head_index: dict[str, tuple[int, ...]]  # word (or DIGIT) -> indexes of the rules that can start there
    head_readings: dict[str, tuple[tuple[int, str], ...]]  # token -> (offset, head word): "وامس" -> (1, "امس")
    needs_number: tuple[bool, ...]  # per rule: is it in NUMBERED_RULES
    number_words: frozenset[str]  # head words that are day numbers themselves (ordinals)
    number_followers: frozenset[str]  # Arabic words after a number that a date rule continues with
    preposition_before: re.Pattern  # a preposition that makes a bare month a date ("في آب", "in January")
    future_cue: re.Pattern  # a future marker before a bare weekday
    range_lead: re.Pattern  # the word that opens a range of days ("بين 16 و23", "أيام 7 و8")
    year_preposition: re.Pattern  # the word that makes a bare number a year ("في 2018", "the 2018 deal")
    relative_before: re.Pattern  # a relative day word just before ("أمس السبت، 1 محرم": the weekday is the relative's)


def _terms(table: dict, language: str | None = None, test=None) -> list[str]:
    out = []
    for term, meaning in table.items():
        if language is not None and language not in meaning:
            continue
        if test is not None and not test(meaning):
            continue
        out.append(term)
    return out


def build_patterns(lex: Lexicon) -> dict[str, str]:
    """The regex source of every rule (exposed so tests can look at one rule alone)."""
    alt = alternation
    ar_month = alt(lex.month_terms("gregorian", ("levantine", "transliterated", "maghrebi")) + lex.month_terms("hijri"))
    en_month = alt(lex.month_terms("gregorian", ("english",)))
    ar_wd = alt(_terms(lex.weekdays, "ar"))
    en_wd = alt(_terms(lex.weekdays, "en"))
    # Abbreviated weekdays ("Wed 14 Nov 2018") only stand before a date: "Sun", "Sat", "Wed" are also words.
    en_wd_dated = alt(_terms(lex.weekdays, "en") + _terms(lex.weekdays, "en-abbr"))
    ar_ord = alt(_terms(lex.ordinals, test=lambda m: m[1] in ("masculine", "feminine")))
    construct = alt(_terms(lex.ordinals, test=lambda m: m[1] == "construct"))
    en_ord = alt(_terms(lex.ordinals, test=lambda m: m[1] == "english"))
    ar_rel = alt(_terms(lex.relative, "ar"))
    en_rel = alt(_terms(lex.relative, "en"))
    ar_mod = alt(_terms(lex.modifiers, "ar", lambda m: m[2] == "after"))
    ar_mod_before = alt(_terms(lex.modifiers, "ar", lambda m: m[2] == "before"))
    en_mod = alt(_terms(lex.modifiers, "en"))
    ar_period = alt(_terms(lex.periods, "ar"))
    en_period = alt(_terms(lex.periods, "en"))
    ar_mpart = alt(_terms(lex.month_parts, "ar"))
    en_mpart = alt(_terms(lex.month_parts, "en"))
    ar_dpart = alt(_terms(lex.day_parts, "ar", lambda m: m[0] == "before"))
    ar_night = alt(_terms(lex.day_parts, "ar", lambda m: m[0] == "night"))
    en_dpart_before = alt(_terms(lex.day_parts, "en", lambda m: m[0] == "before"))
    en_dpart_after = alt(_terms(lex.day_parts, "en", lambda m: m[0] == "after"))
    holiday = alt(list(lex.holidays))
    ar_num = alt(_terms(lex.date_numbers, "ar"))
    en_num = alt(_terms(lex.date_numbers, "en"))
    anaphor = alt(list(lex.anaphora))
    ar_weekend = alt(_terms(lex.weekends, "ar"))
    en_weekend = alt(_terms(lex.weekends, "en"))
    ar_count = rf"(?:\d{{1,2}}\s+(?:ايام|يوما)|{ar_num})"

    day = rf"(?:يوم\s*)?(?:ال\s*)?(?<!\d[./\\-])(?P<day>\d{{1,2}}|{ar_ord})(?!\d)"
    year_rel = (
        rf"(?:\s+(?:من\s+)?(?:(?P<ythis>{ar_mod_before})\s+(?:العام|السنه)|(?:العام|السنه)\s+(?P<ymod>{ar_mod})){E})"
    )
    en_year_rel = rf"(?:,?\s+(?P<ymod>last|this|next)\s+year{E})?"
    era = r"(?:\s*(?P<era>ه|م|للهجره|هجريه|هجري|للميلاد|ميلاديه|ميلادي)" + E + ")?"
    # The year after a date, plain ("17 أيلول 2016") or after a year noun ("17 أيلول (من) عام 2016", "لعام 2016").
    year_lead = rf"(?:{YEAR_NOUN}|{C})"
    year_tail = rf"(?:{year_lead}(?P<year>{YEAR}|{HIJRI_YEAR}){era}{E})?"
    # "اليوم، الخميس الموافق 14 آذار": a relative day and a weekday may stand before a date.
    ar_wd_prefix = (
        rf"(?:(?P<dpart>{ar_dpart})\s+)?(?:(?P<rel>{ar_rel}){C})?(?:(?:يوم\s+)?(?P<wd>{ar_wd}){C}(?:الموافق\s+)?)?"
    )
    return {
        "numeric": (
            rf"(?:(?P<dpart>{ar_dpart})\s+)?(?:(?:يوم\s+)?(?P<wd>{ar_wd}|{en_wd_dated})\.?{C}(?:الموافق\s+)?)?"
            rf"(?<![\d./\\-])"
            r"(?:(?P<y>\d{4})(?P<s>[./\\-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
            r"|(?P<d2>\d{1,2})(?P<s2>[./\\-])(?P<m2>\d{1,2})(?P=s2)(?P<y2>\d{4}))(?!\d|[./\\-]\d)"
        ),
        "ar_range": (
            rf"{B}(?:ال\s*)?(?P<d1>\d{{1,2}})"
            # at most 30 more days (increasing, distinct): a bound, so "1/1/1/…" is not scanned to its end from
            # every digit (quadratic time)
            rf"(?P<rest>(?:\s*(?:-|/|،|,|و|الي|حتي)\s*(?:ال\s*)?\d{{1,2}}(?!\d)){{1,30}})\s*(?:من\s+)?(?:شهر\s+)?"
            rf"(?P<m1>{ar_month}){E}(?:\s*/\s*(?P<m2>{ar_month}){E})?{year_tail}(?:\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        "ar_span": (
            rf"{B}(?:ال\s*)?(?P<d1>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<ma>{ar_month}){E}(?:{C}(?P<ya>{YEAR}){E})?"
            rf"\s*(?P<sep>-|و|الي|حتي|لغايه)\s*(?:ال\s*)?(?P<d2>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<m1>{ar_month}){E}"
            rf"(?:\s*/\s*(?P<m2>{ar_month}){E})?{year_tail}(?:\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        "ar_day_month": (
            rf"{B}{ar_wd_prefix}{day}\s*(?:من\s+)?(?:(?:شهر|الشهر)\s+)?(?P<m1>{ar_month}){E}"
            rf"(?:\s*/\s*(?P<m2>{ar_month}){E})?{year_tail}(?:\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        "ar_day_fuzzy": rf"{B}(?:(?:يوم\s+)?(?P<wd>{ar_wd}){C})?(?P<day>\d{{1,2}})\s+(?:من\s+)?(?P<word>[^\W\d_]{{5,}}){E}"
        rf"(?:{year_lead}(?P<year>{YEAR}){E}|\s+(?P<mod>{ar_mod}){E})",
        "ar_month": (
            rf"{B}(?:(?P<part>{ar_mpart})\s+)?(?:(?P<shahr>شهر|الشهر|شهري)\s+)?(?P<m1>{ar_month}){E}"
            rf"(?:\s*/\s*(?P<m2>{ar_month}){E})?(?:{year_lead}(?P<year>{YEAR}|{HIJRI_YEAR}){era}{E}"
            rf"|\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        "ar_day_of_month": (
            rf"{B}{day}\s+(?:من\s+)?(?:(?:(?P<this>{ar_mod_before})\s+)?الشهر{E}"
            rf"(?:\s+(?P<mod>{ar_mod}|ذاته|نفسه|عينه){E})?|(?P<mod2>{ar_mod}){E})"
        ),
        "ar_period": (
            rf"{B}(?:(?P<part>{ar_mpart})\s+)?(?:(?P<this>{ar_mod_before})\s+)?(?P<unit>{ar_period}){E}"
            rf"(?:\s+(?P<mod>{ar_mod}){E})?"
        ),
        "ar_night": (
            rf"{B}(?P<night>{ar_night})\s+(?:يوم\s+)?(?P<wd1>{ar_wd}){E}"
            rf"(?:(?:\s*[-/]\s*|\s+(?:(?:علي|الي|و)\s*)?)(?:يوم\s+)?(?P<wd2>{ar_wd}){E})?(?:\s+(?P<mod>{ar_mod}){E})?"
        ),
        "ar_weekday_pair": (
            rf"{B}(?:(?P<dpart>{ar_dpart})\s+)?يومي\s+(?P<wd1>{ar_wd})\s+و\s*(?P<wd2>{ar_wd}){E}"
            rf"(?:\s+(?P<mod>{ar_mod}){E})?"
        ),
        "ar_relative": (
            rf"{B}(?:(?P<dpart>{ar_dpart})\s+)?(?:(?:يوم\s+)?(?P<wd0>{ar_wd})\s+)?(?P<rel>{ar_rel}){E}"
            rf"(?:{C}(?:يوم\s+)?(?P<wd>{ar_wd}){E})?"
        ),
        "ar_weekday": (rf"{B}(?:(?P<dpart>{ar_dpart})\s+)?(?:يوم\s+)?(?P<wd>{ar_wd}){E}(?:\s+(?P<mod>{ar_mod}){E})?"),
        "ar_days_ago": rf"{B}(?P<prep>قبل|منذ)\s+(?:(?P<num>\d{{1,2}})\s+(?:ايام|يوما|يوم)|(?P<n>{ar_num})){E}",
        "holiday": (
            rf"{B}(?:(?P<eve>عشيه)\s+|(?P<nth>{construct})\s+(?:ايام\s+)?|(?P<ayyam>ايام)\s+"
            rf"|(?:the\s+)?(?P<en_nth>{en_ord})\s+day\s+of\s+)?(?P<h>{holiday}){E}(?:\s+(?P<mod>{ar_mod}){E})?"
        ),
        "year": (
            rf"{B}(?P<noun>عام|العام|سنه|السنه)\s+(?P<year>{YEAR}){E}(?![./\\-]\d)"
            rf"|(?<![\w./\\])(?<!\d-)(?P<year2>{YEAR}){E}(?![./\\-]\d|\s*[-/]\s*\d)"
        ),
        "en_month_day": (
            rf"(?<!\w)(?:(?P<wd>{en_wd_dated})\.?(?:,\s*|\s*\(\s*|\s+))?(?P<m1>{en_month})\.?\s+(?P<day>\d{{1,2}})"
            rf"(?:st|nd|rd|th)?(?![\d,]\d)(?:{EN_YEAR_LEAD}(?P<year>{YEAR}))?{E}(?:\))?{en_year_rel}"
        ),
        "en_day_month": (
            rf"(?<!\w)(?:(?P<wd>{en_wd_dated})\.?,?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<m1>{en_month})\.?{E}(?:{EN_YEAR_LEAD}(?P<year>{YEAR}){E})?{en_year_rel}"
        ),
        "en_range": (
            rf"(?<!\w)(?:(?P<lead>between|from)\s+)?(?:(?P<m0>{en_month})\.?\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"\s*(?:and|to|until|through|-)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?{E}"
            rf"(?:\s+(?:of\s+)?(?P<m1>{en_month})\.?{E})?(?:,?\s+(?P<year>{YEAR}){E})?"
        ),
        "en_span": (
            rf"(?<!\w)(?:(?P<lead>between|from)\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<ma>{en_month})\.?"
            rf"|(?P<mb>{en_month})\.?\s+(?P<d1b>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?P<ya>{YEAR}))?"
            rf"\s*(?P<sep>and|to|until|through|-)\s*(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{en_month})\.?"
            rf"|(?P<m1b>{en_month})\.?\s+(?P<d2b>\d{{1,2}})(?:st|nd|rd|th)?)(?!\d){E}(?:,?\s+(?P<year>{YEAR}){E})?"
        ),
        "en_month": (
            rf"(?<!\w)(?:(?P<part>{en_mpart})\s*(?:of\s+)?)?(?:(?P<mod>{en_mod})\s+)?(?P<m1>{en_month})\.?{E}"
            rf"(?:{EN_YEAR_LEAD}(?P<year>{YEAR}){E})?{en_year_rel}"
        ),
        "en_period": (
            rf"(?<!\w)(?:(?P<part>{en_mpart})\s*(?:of\s+)?)?(?:the\s+)?(?P<mod>{en_mod})\s+(?P<unit>{en_period}){E}"
        ),
        "en_night": (
            rf"(?<!\w)(?:overnight|(?:on\s+)?(?:the\s+)?night\s+of)\s+(?:from\s+)?(?P<wd1>{en_wd})"
            rf"(?:\s+(?:to|into|-|and)\s+(?P<wd2>{en_wd}))?{E}"
        ),
        "en_relative": rf"(?<!\w)(?P<rel>{en_rel}){E}(?:\s*(?:,\s*|\(\s*)(?P<wd>{en_wd}){E}\)?)?",
        "en_weekday": (
            rf"(?<!\w)(?:(?P<dpart>{en_dpart_before})\s+(?:on\s+)?)?(?:(?P<on>on)\s+)?(?:(?P<mod>last|next|this)\s+)?"
            rf"(?P<wd>{en_wd})(?P<poss>['’]s)?(?:\s+(?P<dpart2>{en_dpart_after}))?{E}"
        ),
        "en_days_ago": rf"(?<!\w)(?:(?P<n>{en_num})|(?P<num>\d{{1,2}})\s+days)\s+(?P<dir>ago|later|earlier){E}",
        # "بعد ذلك بيومين"، "قبلها بثلاثة أيام"، "بعد يومين من ذلك": days from the day just mentioned;
        # "ستبدأ المحادثات بعد يومين": days from the publication day, in the future tense only.
        "ar_days_after": (
            rf"{B}(?P<dir>بعد|قبل)(?:(?:\s+ذلك\s+|ها\s+)ب\s*(?P<n>{ar_count})|\s+(?P<n2>{ar_count})\s+(?:من|علي)\s+ذلك"
            rf"|\s+(?P<n3>{ar_count}){E}(?!\s+(?:من|علي)\s))"  # "بعد يومين من القتال": counted from an event
        ),
        "ar_weekend": rf"{B}(?P<w>{ar_weekend}){E}(?:\s+(?P<mod>{ar_mod}){E})?",
        "en_weekend": rf"(?<!\w)(?:(?P<mod>{en_mod})\s+)?(?P<w>{en_weekend}){E}",
        "anaphor": rf"{B}(?:(?P<dpart>{ar_dpart})\s+)?(?P<a>{anaphor}){E}",  # "صباح اليوم التالي"
    }


DIGIT = "#"  # head marker: the rule may start at a number
# A number is dispatched by what follows it: an Arabic word, a Latin word, a comma (a list of days), a
# date separator ("#", every rule), or anything else (a clock time, a bracket: only a year can start there).
DIGIT_AR, DIGIT_EN, DIGIT_COMMA, DIGIT_OTHER = "#ar", "#en", "#,", "#_"
# A number followed by an Arabic word that no date rule continues with ("18 عنصرا") is only tried as a
# year or as a misspelt month.
DIGIT_AR_PLAIN = "#a"
# A number followed by a date separator starts only a numeric date, a range of days ("16-23 شباط") or a year.
SEPARATOR_RULES = ("numeric", "ar_range", "en_range", "year")
ARABIC_RULES = ("ar_range", "ar_span", "ar_day_month", "ar_day_fuzzy", "ar_day_of_month")
ENGLISH_RULES = ("en_day_month", "en_range", "en_span", "en_days_ago")
# Rules whose match holds a day number or year close after where it starts ("الجمعة 3 ربيع الأول",
# "Oct. 10"); at a word head they are tried only when a number or ordinal word follows within reach.
NUMBERED_RULES = frozenset(
    {
        "numeric",
        "ar_range",
        "ar_day_month",
        "ar_day_fuzzy",
        "ar_day_of_month",
        "year",
        "en_month_day",
        "en_day_month",
        "en_range",
    }
)
NUMBER_REACH = 48
# Words that put the clause after them in the future ("سوف يجتمعون الخميس", "talks are due to resume on Monday").
FUTURE_CUES = (
    "سوف",
    "المقرر",
    "المتوقع",
    "المزمع",
    "يجب",
    "will",
    "'ll",
    "must",
    "due to",
    "expected to",
    "scheduled to",
    "set to",
    "plan to",
    "plans to",
)
PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def first_words(terms) -> set[str]:
    """The first word of each term: where a match of a rule built from these terms can start."""
    out = set()
    for term in terms:
        m = re.match(r"\w+", term)
        if m:
            out.add(m.group())
    return out


def build_heads(lex: Lexicon) -> dict[str, set[str]]:
    """For each rule, the words a match can start with (``DIGIT`` for a number).

    The tagger tries a rule only at the tokens that can start it, so the text is scanned once.
    Keep in step with ``build_patterns``. "the" is never a head (it is too frequent): an English match
    starts after it and takes it in afterwards ("the end of April").
    """
    fw = first_words
    ar_wd, en_wd = fw(_terms(lex.weekdays, "ar")), fw(_terms(lex.weekdays, "en"))
    en_wd_dated = en_wd | fw(_terms(lex.weekdays, "en-abbr"))
    en_month = fw(lex.month_terms("gregorian", ("english",)))
    ar_month = fw(lex.month_terms("gregorian", ("levantine", "transliterated", "maghrebi")) + lex.month_terms("hijri"))
    ar_ord = fw(_terms(lex.ordinals, test=lambda m: m[1] in ("masculine", "feminine")))
    ar_rel, en_rel = fw(_terms(lex.relative, "ar")), fw(_terms(lex.relative, "en"))
    ar_dpart = fw(_terms(lex.day_parts, "ar", lambda m: m[0] == "before"))
    ar_mpart, en_mpart = fw(_terms(lex.month_parts, "ar")), fw(_terms(lex.month_parts, "en"))
    en_mod = fw(_terms(lex.modifiers, "en"))
    day = {"يوم", "ال", DIGIT} | ar_ord
    return {
        "numeric": ar_dpart | ar_wd | en_wd_dated | {"يوم", DIGIT},
        "ar_range": {"ال", DIGIT},
        "ar_span": {"ال", DIGIT},
        "ar_day_month": ar_dpart | ar_rel | ar_wd | day,
        "ar_day_fuzzy": ar_wd | {"يوم", DIGIT},
        "ar_month": ar_mpart | ar_month | {"شهر", "الشهر", "شهري"},
        "ar_day_of_month": day,
        "ar_period": ar_mpart
        | fw(_terms(lex.modifiers, "ar", lambda m: m[2] == "before"))
        | fw(_terms(lex.periods, "ar")),
        "ar_night": fw(_terms(lex.day_parts, "ar", lambda m: m[0] == "night")),
        "ar_weekday_pair": ar_dpart | {"يومي"},
        "ar_relative": ar_dpart | ar_wd | ar_rel | {"يوم"},
        "ar_weekday": ar_dpart | ar_wd | {"يوم"},
        "ar_days_ago": {"قبل", "منذ"},
        "holiday": {"عشيه", "ايام"}
        | fw(_terms(lex.ordinals, test=lambda m: m[1] in ("construct", "english")))
        | fw(lex.holidays),
        "year": {"عام", "العام", "سنه", "السنه", DIGIT},
        "en_month_day": en_wd_dated | en_month,
        "en_day_month": en_wd_dated | {DIGIT},
        "en_range": {"between", "from", DIGIT} | en_month,
        "en_span": {"between", "from", DIGIT} | en_month,
        "en_month": en_mpart | en_mod | en_month,
        "en_period": en_mpart | en_mod,
        "en_night": {"overnight", "on", "night"},
        "en_relative": en_rel,
        "en_weekday": fw(_terms(lex.day_parts, "en", lambda m: m[0] == "before"))
        | {"on", "last", "next", "this"}
        | en_wd,
        "en_days_ago": fw(_terms(lex.date_numbers, "en")) | {DIGIT},
        "ar_days_after": {"بعد", "قبل", "بعدها", "قبلها"},
        "ar_weekend": fw(_terms(lex.weekends, "ar")),
        "en_weekend": en_mod | fw(_terms(lex.weekends, "en")),
        "anaphor": ar_dpart | fw(lex.anaphora),
    }


def _head_readings(words) -> dict[str, tuple[tuple[int, str], ...]]:
    """Every token that starts a rule, bare or behind a proclitic, with where the head word starts in it."""
    readings: dict[str, list[tuple[int, str]]] = {}
    for word in words:
        for clitic in ("", *PROCLITICS):
            readings.setdefault(clitic + word, []).append((len(clitic), word))
    return {token: tuple(sorted(options)) for token, options in readings.items()}


@lru_cache(maxsize=4)
def load_grammar(lex: Lexicon | None = None) -> Grammar:
    """Compile every rule once per process."""
    lex = lex or load_lexicon()
    heads = build_heads(lex)
    rules = tuple((name, re.compile(src)) for name, src in build_patterns(lex).items())
    index: dict[str, list[int]] = {}
    for i, (name, _) in enumerate(rules):
        for word in heads[name]:
            if word != DIGIT:
                index.setdefault(word, []).append(i)
                continue
            if name in SEPARATOR_RULES:
                index.setdefault(DIGIT, []).append(i)
            if name not in ENGLISH_RULES + ("numeric",):
                index.setdefault(DIGIT_AR, []).append(i)
            if name not in ARABIC_RULES + ("numeric",):
                index.setdefault(DIGIT_EN, []).append(i)
            if name in ("year", "ar_range", "en_range"):
                index.setdefault(DIGIT_COMMA, []).append(i)
            if name == "year":
                index.setdefault(DIGIT_OTHER, []).append(i)
            if name in ("year", "ar_day_fuzzy"):
                index.setdefault(DIGIT_AR_PLAIN, []).append(i)
    return Grammar(
        rules=rules,
        head_index={word: tuple(ids) for word, ids in index.items()},
        head_readings=_head_readings(w for w in index if not w.startswith(DIGIT)),
        needs_number=tuple(name in NUMBERED_RULES for name, _ in rules),
        number_followers=frozenset(
            first_words(
                lex.month_terms("gregorian", ("levantine", "transliterated", "maghrebi")) + lex.month_terms("hijri")
            )
            | first_words(_terms(lex.modifiers, "ar"))
            | {"من", "شهر", "الشهر", "و", "الي", "حتي", "لغايه", "ه", "م"}
        ),
        number_words=frozenset(first_words(_terms(lex.ordinals, test=lambda m: m[1] in ("masculine", "feminine")))),
        preposition_before=re.compile(
            r"(?:(?<!\w)(?:في|خلال|منذ|حتي|مع|قبل|بعد|من|مطلع|منتصف|اواخر|نهايه|بدايه|in|since|until|by|during|from|"
            r"through|throughout|before|after|of)|(?<![^\W\d_])[بل])\s*$"
        ),
        relative_before=re.compile(rf"(?<!\w){alternation(_terms(lex.relative, 'ar'))}\s*$"),
        range_lead=re.compile(r"(?<!\w)(?:ما\s+بين|بين|من|ايام)\s+$"),
        year_preposition=re.compile(
            r"(?<!\w)(?:in|since|the|of|by|until|during|before|after|early|late|mid|منذ|خلال|في|حتي"
            r"|مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه)[\s-]+$"
        ),
        future_cue=re.compile(rf"(?<!\w)(?:{'|'.join(FUTURE_CUES)})(?!\w)"),
    )

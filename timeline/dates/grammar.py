"""The date grammar: one compiled regular expression per form of date expression.

The patterns run on the normalized text (see ``timeline.normalize``) and are assembled once from the
word lists, so analysts extend the grammar by adding rows to ``data/lexicon``. Arabic words may carry
a proclitic (و، ف، ب، ل، ك and وب/فل …) that stays outside the span. Arabic literals in the patterns
are written in normalized form (ى -> ي, ة -> ه, no hamza on alef).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path

import regex  # its partial matching tells which numbers and words a rule can go on with (``_by_number_heads``)

from timeline.dates.lexicon import Lexicon, alternation, load_lexicon
from timeline.frozen import freeze_fields
from timeline.paths import DATA_DIR

# Start of an Arabic word, allowing a one- or two-letter proclitic before it, or "في" glued to a number.
B = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بل])|(?<=(?<!\w)في)|(?<=(?<!\w)[وف]في))"
E = r"(?!\w)"
SPEECH_GAP = 80  # characters at most between a verb of saying and the "إن"/"that" that opens the words said
C = r"\s*[,،(]?\s*"  # optional comma (or opening bracket) between the parts of a date
YEAR = r"(?:1[89]|20|21)\d\d"
HIJRI_YEAR = r"1[34]\d\d"
# A year noun between a date and its year: "عام"، "العام"، "سنة"، with "من"/"في" or a glued "ل"/"لل" before it.
YEAR_NOUN = r"(?:\s+(?:(?:من|في)\s+)?(?:ال|ل|لل)?(?:عام|سنه)\s+)"
EN_YEAR_LEAD = r"(?:,?\s+(?:(?:in|of)\s+the\s+year\s+)?)"


@dataclass(frozen=True, eq=False)  # hashed by identity, so what is derived from it can be cached
class Grammar:
    rules: tuple[tuple[str, re.Pattern], ...]  # (rule name, pattern), in priority order
    head_index: dict[str, tuple[int, ...]]  # word (or a number head, ``number_head_key``) -> the rules starting there
    head_readings: dict[str, tuple[tuple[int, str], ...]]  # token -> (offset, head word): "وامس" -> (1, "امس")
    needs_number: tuple[bool, ...]  # per rule: is it in NUMBERED_RULES
    number_words: frozenset[str]  # head words that are day numbers themselves (ordinals)
    number_followers: frozenset[str]  # Arabic words after a number that a date rule continues with
    number_followers_en: frozenset[str]  # English ones ("17 march", "12th", "3 to 5", "2 days ago")
    preposition_before: re.Pattern  # a preposition that makes a bare month a date ("في آب", "in January")
    # what a text ends with (blanks aside) wherever ``preposition_before`` matches: its last words, "و" and ب/ل
    preposition_ends: tuple[str, ...]
    future_cue: re.Pattern  # a future marker before a bare weekday
    plan_cue: re.Pattern  # the future markers that reach a weekday anywhere after them in their clause
    range_lead: re.Pattern  # the word that opens a range of days ("بين 16 و23", "أيام 7 و8")
    night_before: re.Pattern  # a night (its weekdays) just before its printed days ("ليل السبت - الأحد 14-15 …")
    year_preposition: re.Pattern  # the word that makes a bare number a year ("في 2018", "the 2018 deal")
    year_prepositions: tuple[str, ...]  # its words: a text ends with one (blanks and dashes aside) where it matches
    relative_before: re.Pattern  # a relative day word just before ("أمس السبت، 1 محرم": the weekday is the relative's)
    since_before: re.Pattern  # "منذ", "since" (with a part word) just before: the expression runs up to publication
    # a verb of saying, then (in ``gap``) what comes before the words said, up to "إن"/"that": reported speech opens
    speech: re.Pattern
    not_speech_lead: re.Pattern  # "غير", "بعد" ending a ``speech`` gap: "غير أن" is "but", no words said
    speech_verb: re.Pattern  # the verb alone: "…," a resident told Reuters on Friday (after a quotation)

    def __post_init__(self) -> None:
        freeze_fields(self)


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
    ar_month = alt(
        lex.month_terms("gregorian", ("levantine", "transliterated", "maghrebi")) + lex.month_terms("hijri", ("hijri",))
    )
    en_month = alt(lex.month_terms("gregorian", ("english",)))
    en_hijri_month = alt(lex.month_terms("hijri", ("english",)))  # "during Ramadan": a whole month only
    ar_wd = alt(_terms(lex.weekdays, "ar"))
    en_wd = alt(_terms(lex.weekdays, "en"))
    # Abbreviated weekdays ("Wed 14 Nov 2018") only stand before a date: "Sun", "Sat", "Wed" are also words.
    en_wd_dated = alt(_terms(lex.weekdays, "en") + _terms(lex.weekdays, "en-abbr"))
    # "السابع من حزيران", "سابع حزيران", "أول أيار": an ordinal day, defined or in construct
    ar_ord = alt(_terms(lex.ordinals, test=lambda m: m[1] in ("masculine", "feminine", "construct")))
    month_ord = alt(_terms(lex.ordinals, test=lambda m: m[1] == "masculine" and m[0] <= 12))
    en_month_ord = alt(_terms(lex.ordinals, test=lambda m: m[1] == "english" and m[0] <= 12))
    week_ord = alt(_terms(lex.ordinals, test=lambda m: m[1] == "masculine" and m[0] <= 4))
    construct = alt(_terms(lex.ordinals, test=lambda m: m[1] == "construct"))
    en_ord = alt(_terms(lex.ordinals, test=lambda m: m[1] == "english"))
    day_ord = alt(_terms(lex.ordinals, test=lambda m: m[1] == "masculine"))  # "اليوم الثالث": يوم is masculine
    en_week_ord = alt(_terms(lex.ordinals, test=lambda m: m[1] == "english" and m[0] <= 4))
    ar_rel = alt(_terms(lex.relative, "ar"))
    en_rel = alt(_terms(lex.relative, "en"))
    ar_mod = alt(_terms(lex.modifiers, "ar", lambda m: m[2] == "after"))
    ar_mod_before = alt(_terms(lex.modifiers, "ar", lambda m: m[2] == "before"))
    en_mod = alt(_terms(lex.modifiers, "en", lambda m: m[2] == "before"))
    en_mod_after = alt(_terms(lex.modifiers, "en", lambda m: m[2] == "after"))  # "the week before last"
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
    ar_count = rf"(?:\d{{1,2}}\s+(?:ايام|يوما|يوم)|{ar_num})"
    # the words that open and join a range ("between 3 and 5 March", "3 آذار وحتى 5 نيسان"): interval_words.csv
    en_lead = alt(lex.interval_terms("range_open", "en"))
    en_join = alt(lex.interval_terms("range_join", "en") + lex.interval_terms("range_join_after_open", "en"))
    ar_join = alt(lex.interval_terms("range_join", "ar"))
    ar_join_after = alt(lex.interval_terms("range_join", "ar") + lex.interval_terms("range_join_after_open", "ar"))
    incident = alt(list(lex.incident_nouns))
    approx = alt(lex.approximators)  # "قبل نحو أسبوعين": about
    fixed_holiday = alt(list(lex.fixed_holidays))
    past_count = alt(_terms(lex.past_counts, "ar"))
    en_past_count = alt(_terms(lex.past_counts, "en"))
    ar_dual = alt(_terms(lex.past_counts, "ar-dual"))
    incident_after = alt(["ل" + t[1:] for t in lex.incident_nouns if t.startswith("ال")])  # ل + الهجوم = للهجوم
    date_units = ("day", "week", "month", "year")
    ar_unit = alt(_terms(lex.time_units, "ar", lambda m: m[0] in date_units))
    en_unit = alt(_terms(lex.time_units, "en", lambda m: m[0] in date_units))
    any_unit = alt(list(lex.time_units))
    ar_ago_unit = alt(_terms(lex.time_units, "ar", lambda m: m[0] in date_units + ("hour",)))  # "قبل 48 ساعة"
    en_ago_unit = alt(_terms(lex.time_units, "en", lambda m: m[0] in date_units + ("hour",)))

    day = rf"(?:يوم\s*)?(?:ال\s*)?(?<!\d[./\\-])(?P<day>\d{{1,2}}|{ar_ord})(?!\d)"
    year_rel = (
        rf"(?:\s+(?:من\s+)?(?:(?P<ythis>{ar_mod_before})\s+(?:العام|السنه)|(?:العام|السنه)\s+(?P<ymod>{ar_mod})){E})"
    )
    en_year_rel = rf"(?:,?\s+(?P<ymod>last|this|next)\s+year{E})?"
    # Two names of one month: "أيلول/سبتمبر", "أيلول\\سبتمبر", "تشرين الأول أكتوبر", "أيلول (سبتمبر)"
    pair = r"(?:\s*[/\\]+\s*|\s*\(\s*|\s+)"
    pair_end = r"(?:\s*\))?"
    # "، الساعة 11:00 صباحاً" after a dated day: a time stamp is part of the one expression
    clock = r"\s*[,،]?\s*(?:الساعه\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:صباحا|مساء|ص|م|am|pm)(?!\w))?"
    era = r"(?:\s*(?P<era>ه|م|للهجره|هجريه|هجري|للميلاد|ميلاديه|ميلادي)" + E + ")?"
    # The year after a date, plain ("17 أيلول 2016") or after a year noun ("17 أيلول (من) عام 2016", "لعام 2016").
    year_lead = rf"(?:{YEAR_NOUN}|{C})"
    year_tail = rf"(?:{year_lead}(?P<year>{YEAR}|{HIJRI_YEAR}){era}{E}(?:{clock})?)?"
    # "اليوم، الخميس الموافق 14 آذار": a relative day and a weekday may stand before a date.
    ar_wd_prefix = rf"(?:(?P<dpart>{ar_dpart})\s+)?(?:(?P<rel>{ar_rel}){C})?(?:(?:يوم\s+)?(?P<wd>{ar_wd}){C}(?:(?:الموافق|المصادف|الواقع\s+في)\s+)?)?"
    return {
        "numeric": (
            rf"(?:(?P<dpart>{ar_dpart})\s+)?(?:(?:يوم\s+)?(?P<wd>{ar_wd}|{en_wd_dated})\.?{C}(?:(?:الموافق|المصادف|الواقع\s+في)\s+)?)?"
            rf"(?<![\d./\\-])"
            r"(?:(?P<y>\d{4})(?P<s>[./\\-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
            r"|(?P<d2>\d{1,2})(?P<s2> ?[./\\-] ?)(?P<m2>\d{1,2})(?P=s2)(?P<y2>\d{4}|\d\d)"
            # "21-22/4/2018": two days of one month, a table's night or range
            r"|(?P<d5>\d{1,2}) ?[-–] ?(?P<d5b>\d{1,2})(?P<s5>[./\\])(?P<m5>\d{1,2})(?P=s5)(?P<y5>\d{4})"
            # "4-أيار-2019", "4/May/2019": the month by its name between the separators
            rf"|(?P<d3>\d{{1,2}})(?P<s3>[/\\-])(?P<mn>{ar_month}|{en_month})(?P=s3)(?P<y3>{YEAR})"
            # "في 30/4": a day and month without a year, only after a word that leads a day (``build_numeric``)
            r"|(?P<d4>\d{1,2})/(?P<m4>\d{1,2}))(?!\d|[./\\-]\d)"
            rf"{era}(?:{clock})?"
        ),
        "ar_range": (
            rf"{B}(?:ال\s*)?(?P<d1>\d{{1,2}})"
            # at most 30 more days (increasing, distinct): a bound, so "1/1/1/…" is not scanned to its end from
            # every digit (quadratic time)
            # (the joining words of interval_words.csv: "و", "إلى", "وحتى", "لغاية", a dash)
            rf"(?P<rest>(?:\s*(?:/|،|,|او|{ar_join_after})\s*(?:ال\s*)?\d{{1,2}}(?!\d)){{1,30}})\s*(?:من\s+)?(?:شهر\s+)?"
            rf"(?P<m1>{ar_month}){E}(?:{pair}(?P<m2>{ar_month}){E}{pair_end})?{year_tail}(?:\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        "ar_span": (
            rf"{B}(?:ال\s*)?(?P<d1>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<ma>{ar_month}){E}(?:{C}(?P<ya>{YEAR}){E})?"
            rf"\s*(?P<sep>{ar_join_after})\s*(?:ال\s*)?(?P<d2>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<m1>{ar_month}){E}"
            rf"(?:{pair}(?P<m2>{ar_month}){E}{pair_end})?{year_tail}(?:\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        "ar_day_month": (
            rf"{B}{ar_wd_prefix}{day}\s*(?:من\s+)?(?:(?:شهر|الشهر)\s+)?(?P<m1>{ar_month}){E}"
            rf"(?:{pair}(?P<m2>{ar_month}){E}{pair_end})?{year_tail}(?:\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        # "الأسبوع الثاني من شباط الحالي": days 8-14 of the month
        "ar_week_of_month": (
            rf"{B}(?:ال)?اسبوع\s+(?P<nth>{week_ord}|الاخير){E}\s+(?:من\s+)?(?:(?:شهر|الشهر)\s+)?(?P<m1>{ar_month}){E}"
            rf"(?:{pair}(?P<m2>{ar_month}){E}{pair_end})?{year_tail}(?:\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        # "the first week of May", "the last week of March 2019": seven days of the month
        "en_week_of_month": (
            rf"(?<!\w)(?P<nth>{en_week_ord}|last|final)\s+week\s+of\s+(?P<m1>{en_month})\.?{E}"
            rf"(?:{EN_YEAR_LEAD}(?P<year>{YEAR}){E})?{en_year_rel}"
        ),
        # "أيلول 17، 2016": the month first, as English pages translated to Arabic print it (the year is needed)
        "ar_month_day": (
            rf"{B}(?P<m1>{ar_month}){E}(?:{pair}(?P<m2>{ar_month}){E}{pair_end})?\s+(?P<day>\d{{1,2}})(?!\d)"
            rf"\s*[,،]?\s*(?P<year>{YEAR}){E}(?![./\\-]\d)"
        ),
        # "في 17 من الشهر التاسع 2016", "الشهر الثالث من عام 2018": a month by its ordinal, with its year
        "ar_ordinal_month": (
            rf"{B}(?:{day}\s+(?:من\s+)?)?الشهر\s+(?P<mord>{month_ord}){E}"
            rf"(?:(?:\s+من)?{year_lead}(?P<year>{YEAR}){E}|(?P<of_year>\s+من\s+(?:العام|السنه)){E}|(?!\s+(?:من|ل|علي\s+التوالي)))"
        ),
        "ar_day_fuzzy": rf"{B}(?:(?:يوم\s+)?(?P<wd>{ar_wd}){C})?(?P<day>\d{{1,2}})\s+(?:من\s+)?(?P<word>[^\W\d_]{{5,}}){E}"
        rf"(?:{year_lead}(?P<year>{YEAR}){E}|\s+(?P<mod>{ar_mod}){E}|(?P<pause>(?=\s*[,،.؛:)]))|)",
        "ar_month": (
            rf"{B}(?:(?P<part>{ar_mpart})\s+)?(?:(?P<shahr>شهر|الشهر|شهري)\s+)?(?P<m1>{ar_month}){E}"
            rf"(?:{pair}(?P<m2>{ar_month}){E}{pair_end})?(?:{year_lead}(?P<year>{YEAR}|{HIJRI_YEAR}){era}{E}"
            rf"|\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        "ar_day_of_month": (
            rf"{B}{day}\s+(?:من\s+)?(?:(?:(?P<this>{ar_mod_before})\s+)?الشهر{E}"
            rf"(?:\s+(?P<mod>{ar_mod}|ذاته|نفسه|عينه){E})?|(?P<mod2>{ar_mod}){E}|(?P<of_it>منه){E})"
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
        # "منذ 21 يوماً", "قبل عامين", "منذ عام": a count of units before the reference time (not "منذ عام 2015")
        "ar_days_ago": (
            rf"{B}(?P<prep>قبل|منذ)\s+(?:{approx}\s+)?(?:(?P<num>\d{{1,3}})\s+(?P<unit>{ar_ago_unit})|(?P<n>{ar_num})){E}(?!\s*[(]?\d)"
        ),
        # "1 عام، 2 شهر، 3 يوم": a list of amounts with no "ago" word, as a page prints an item's age
        "duration_list": (
            rf"(?<![\w.,،])(?P<list>\d{{1,3}}\s*(?:{any_unit})(?:\s*[,،]\s*\d{{1,3}}\s*(?:{any_unit}){E})+){E}"
        ),
        "holiday": (
            rf"{B}(?:(?P<eve>عشيه|ليله)\s+|(?P<nth>{construct})\s+(?:ايام\s+)?|(?P<ayyam>ايام)\s+"
            rf"|(?:ال)?يوم\s+(?P<day_nth>{week_ord})\s+(?:من\s+)?(?:ايام\s+)?"
            rf"|(?:the\s+)?(?P<en_nth>{en_ord})\s+day\s+of\s+|(?P<en_eve>eve)\s+of\s+)?(?P<h>{holiday}){E}"
            rf"(?:\s+(?P<mod>{ar_mod}){E})?"
        ),
        # "عيد الأم", "عشية عيد الميلاد", "Christmas Eve": a feast on a fixed Gregorian day (or its eve)
        "fixed_holiday": rf"{B}(?:(?P<eve>عشيه|ليله)\s+)?(?P<h>{fixed_holiday}){E}(?:\s+(?P<en_eve>eve){E})?",
        "year": (
            rf"{B}(?P<noun>عام|العام|سنه|السنه)\s+(?P<year>{YEAR}){E}(?![./\\-]\d)"
            rf"|(?<![\w./\\])(?<!\d-)(?P<year2>{YEAR}){E}(?![./\\-]\d|\s*[-/]\s*\d)"
        ),
        # "2013 - 2018", "عامي 2012 إلى 2018", "عامي 2015 و2018": from the first year to the end of the second
        "year_range": (
            rf"(?:{B}(?P<noun>عامي|العامين|سنتي|الاعوام|السنوات)\s+)?(?<![\w./\\])(?P<y1>{YEAR})"
            rf"\s*(?P<sep>/|{ar_join_after}|{en_join}(?=\s))\s*(?P<y2>{YEAR}){E}(?![./\\-]\d)"
        ),
        # "يوليو - ديسمبر 2016", "من آذار إلى أيار 2019": the months of one year, the year printed once
        "ar_month_range": (
            rf"{B}(?:شهر\s+)?(?P<ma>{ar_month}){E}(?:{pair}(?P<ma2>{ar_month}){E}{pair_end})?\s*{ar_join}\s*(?:شهر\s+)?"
            rf"(?P<m1>{ar_month}){E}(?:{pair}(?P<m2>{ar_month}){E}{pair_end})?{year_lead}(?P<year>{YEAR}){E}"
        ),
        # "خلال الأيام الثلاثة الماضية", "خلال الـ24 ساعة الماضية", "over the past three days": up to publication;
        # "الساعات الـ48 الماضية", "في الأيام الثلاثة الأخيرة" without a lead
        "ar_past_span": (
            rf"{B}(?:(?:خلال|طيله|طوال|علي\s+مدي|علي\s+مدار)\s+)?(?:ال\s*)?(?:(?P<num>\d{{1,3}})\s+(?P<unit>{ar_unit}|ساعه)"
            rf"|(?P<units_n>{ar_unit}|ساعات)\s+(?:ال\s*)?(?P<num_after>\d{{1,3}})"
            rf"|(?P<units>{ar_unit})\s+(?P<word>{past_count})|(?P<dual>{ar_dual}))\s+(?:الماضيه|الماضيين|الماضي|الاخيره|الاخيرين|المنصرمه){E}"
        ),
        # "لليوم الثالث على التوالي", "for the third consecutive day", "for a second day running": the days of the run
        # up to publication
        "ar_consecutive_day": rf"{B}(?:لل|ال)يوم\s+(?P<ord>{day_ord})\s+علي\s+التوالي{E}",
        "en_consecutive_day": (
            rf"(?<!\w)for\s+(?:the|a)\s+(?P<ord>{en_ord})\s+(?:(?:consecutive|straight|successive)\s+day"
            rf"|day\s+(?:running|in\s+a\s+row)){E}"
        ),
        "en_past_span": (
            rf"(?<!\w)(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+(?:(?P<num>\d{{1,3}})\s+|(?P<word>{en_past_count})\s+)?"
            rf"(?P<unit>{en_unit}|hours?){E}"
        ),
        "en_month_day": (
            # not after a day ("on 4 May 19 people died": the day is 4, 19 a count)
            rf"(?<!\w)(?<!\d\s)(?:(?P<wd>{en_wd_dated})\.?(?:,\s*|\s*\(\s*|\s+))?(?P<m1>{en_month})\.?\s+(?P<day>\d{{1,2}})"
            rf"(?:st|nd|rd|th)?(?:(?=,{YEAR}(?!\d))|(?![\d,]\d))"  # "May 12,2016" but not "May 1,500"
            rf"(?:(?:,|{EN_YEAR_LEAD})(?P<year>{YEAR}))?{E}(?:\))?{en_year_rel}"
        ),
        "en_day_month": (
            rf"(?<!\w)(?:(?P<wd>{en_wd_dated})\.?,?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<m1>{en_month})\.?{E}(?:{EN_YEAR_LEAD}(?P<year>{YEAR}){E})?{en_year_rel}"
        ),
        "en_range": (
            rf"(?<!\w)(?:(?P<lead>{en_lead})\s+)?(?:(?P<m0>{en_month})\.?\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"\s*{en_join}\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?{E}"
            rf"(?:\s+(?:of\s+)?(?P<m1>{en_month})\.?{E})?(?:,?\s+(?P<year>{YEAR}){E})?"
        ),
        "en_span": (
            rf"(?<!\w)(?:(?P<lead>{en_lead})\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<ma>{en_month})\.?"
            rf"|(?P<mb>{en_month})\.?\s+(?P<d1b>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?P<ya>{YEAR}))?"
            rf"\s*(?P<sep>{en_join})\s*(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{en_month})\.?"
            rf"|(?P<m1b>{en_month})\.?\s+(?P<d2b>\d{{1,2}})(?:st|nd|rd|th)?)(?!\d){E}(?:,?\s+(?P<year>{YEAR}){E})?"
        ),
        "en_month": (
            rf"(?<!\w)(?:(?P<part>{en_mpart})\s*(?:of\s+)?)?(?:(?P<mod>{en_mod})\s+)?(?:(?:holy\s+)?month\s+of\s+)?(?P<m1>{en_month}|{en_hijri_month})\.?{E}"
            rf"(?:{EN_YEAR_LEAD}(?P<year>{YEAR}){E})?{en_year_rel}"
        ),
        "en_period": (
            rf"(?<!\w)(?:(?P<part>{en_mpart})\s*(?:of\s+)?)?(?:the\s+)?(?:(?P<mod>{en_mod})\s+(?P<unit>{en_period})"
            rf"|(?P<unit_a>{en_period})\s+(?P<after>{en_mod_after})|(?<=\s)the\s+(?P<unit_b>{en_period})){E}"  # "end of the month"
        ),
        "en_night": (
            rf"(?<!\w)(?:overnight|(?:on\s+)?(?:the\s+)?night\s+of)\s+(?:from\s+)?(?P<wd1>{en_wd})"
            rf"(?:\s+(?:to|into|-|and)\s+(?P<wd2>{en_wd}))?{E}"
        ),
        "en_relative": rf"(?<!\w)(?P<rel>{en_rel}){E}(?:\s*(?:,\s*|\(\s*)(?P<wd>{en_wd}){E}\)?)?",
        "en_weekday": (
            rf"(?<!\w)(?:(?P<dpart>{en_dpart_before})\s+(?:on\s+)?)?(?:(?P<on>on)\s+)?(?:(?P<mod>last|next|this)\s+)?"
            rf"(?P<wd>{en_wd})(?P<poss>['’]s)?(?:\s+(?P<dpart2>{en_dpart_after})|\s+(?P<after>{en_mod_after}))?{E}"
        ),
        "en_days_ago": (
            rf"(?<!\w)(?:(?P<n>{en_num})|(?P<num>\d{{1,3}})\s+(?P<unit>{en_ago_unit}))\s+(?P<dir>ago|later|earlier){E}"
        ),
        # "بعد ذلك بيومين"، "قبلها بثلاثة أيام"، "بعد يومين من ذلك": days from the day just mentioned;
        # "ستبدأ المحادثات بعد يومين": days from the publication day, in the future tense only.
        "ar_days_after": (
            rf"{B}(?P<dir>بعد|قبل|عقب)(?:(?:\s+ذلك\s+|ها\s+)ب\s*(?P<n>{ar_count})"
            rf"|\s+(?P<n2>{ar_count})\s+(?:من|علي)\s+(?:ذلك|هذا|هذه|تلك)(?:\s+ال[^\W\d_]+)?{E}"
            rf"|\s+(?P<n4>{ar_count})\s+(?:من|علي)\s+(?:{incident}){E}"  # "بعد سنة من الهجوم"
            # "، بعد يومين من مقتل امرأة": another incident (not "بعد يومين من القتال", two days of fighting); tried
            # before a bare count, which would stop at "يوم" of "بعد يوم واحد من سيطرة …"
            rf"|\s+(?P<n5>{ar_count})\s+من(?=\s+(?!ال)[^\W\d_])"
            rf"|\s+(?P<n3>{ar_count}){E}(?!\s+(?:من|علي)\s)(?!\s*[(]?\d{{4}}))"
        ),
        "ar_weekend": rf"{B}(?P<w>{ar_weekend}){E}(?:\s+(?P<mod>{ar_mod}){E})?",
        "en_weekend": rf"(?<!\w)(?:(?P<mod>{en_mod})\s+)?(?P<w>{en_weekend}){E}",
        # "the fifth month (of 2017)": a month counted in the year told; not "the fifth month of the siege" nor
        # "for the second month in a row"
        "en_ordinal_month": (
            rf"(?<!\w)(?P<mord>{en_month_ord})\s+month"
            rf"(?:\s+of\s+(?:(?P<of_year>the\s+year)|(?P<year>{YEAR})){E}|(?=\s*[,;.]))"
        ),
        # "on the 12th," "on the 30th of the month", "on the 25th and 26th.": a day (or two) of the month just told
        "en_day_of_it": (
            rf"(?<!\w)on\s+the\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)"
            rf"(?:\s+(?:and|to)\s+(?:the\s+)?(?P<day_last>\d{{1,2}})(?:st|nd|rd|th))?"
            rf"(?:(?=\s*[,;.])|\s+of\s+(?:the|that|this)\s+(?:same\s+)?month){E}"
        ),
        # "صباح اليوم التالي", "الأسبوع الذي تلى هذه الحادثة", "اليوم التالي للهجوم"
        "anaphor": (
            rf"{B}(?:(?P<dpart>{ar_dpart})\s+)?(?:(?P<a>{anaphor})|يوم\s+(?P<event>{incident})){E}"
            rf"(?:\s+(?:هذه|هذا|تلك|ذلك)\s+ال[^\W\d_]+|\s+(?:{incident_after}){E})?"
        ),
    }


DIGIT = "#"  # head marker: the rule may start at a number
# A number is dispatched by what follows it: an Arabic word, a Latin word, a comma (a list of days), a
# date separator ("#", every rule), or anything else (a clock time, a bracket: only a year can start there).
DIGIT_AR, DIGIT_EN, DIGIT_COMMA, DIGIT_OTHER = "#ar", "#en", "#,", "#_"
# A number followed by an Arabic word that no date rule continues with ("18 عنصرا") is only tried as a
# year or as a misspelt month.
DIGIT_AR_PLAIN = "#a"
# A number followed by an English word that no date rule continues with ("18 people") is only tried as a year.
DIGIT_EN_PLAIN = "#e"
# A number followed by a date separator starts only a numeric date, a range of days ("16-23 شباط") or a year.
SEPARATOR_RULES = ("numeric", "ar_range", "en_range", "year", "year_range")
ARABIC_RULES = ("ar_range", "ar_span", "ar_day_month", "ar_day_fuzzy", "ar_day_of_month", "ar_ordinal_month")
ENGLISH_RULES = ("en_day_month", "en_range", "en_span", "en_days_ago")
# A number head is refined by the digits of its number (``digit_class``): a day (1-2 digits), a count (3), a year
# ("2016", ``YEAR``), another 4-digit number; a longer number starts no rule. After an Arabic follower word
# ("17 تموز") the head also names the word (``number_head_key``), so only the rules that can go on with it are tried.
DAY_DIGITS, COUNT_DIGITS, YEAR_DIGITS, FOUR_DIGITS, LONG_DIGITS = "d", "c", "y", "f", "l"
_YEAR_RE = re.compile(YEAR)
# A number of each digit class (``digit_class``), and the characters that can end a number and a word: a rule
# starts at a number of a class, and goes on with a word after it, if it matches part of the text so made.
CLASS_NUMBERS = {
    DAY_DIGITS: ("7", "17"),
    COUNT_DIGITS: ("170",),
    YEAR_DIGITS: ("2018",),
    FOUR_DIGITS: ("1440", "3000"),  # a Hijri year, another number
}
WORD_ENDS = " \n.,،؛;:!?؟()[]/\\-'\""
NUMBER_ENDS = WORD_ENDS + "".join(map(chr, range(0x621, 0x64B))) + string.ascii_lowercase  # a mark, a letter


def digit_class(digits: str) -> str:
    """The class of the run of decimal digits (what ``\\d`` matches) that opens a number (``CLASS_NUMBERS``)."""
    size = len(digits)
    if size <= 2:
        return DAY_DIGITS
    if size == 3:
        return COUNT_DIGITS
    if size == 4:
        return YEAR_DIGITS if _YEAR_RE.match(digits) else FOUR_DIGITS
    return LONG_DIGITS  # no rule starts at it


def number_head_key(kind: str, digits: str, follower: str | None = None) -> str:
    """The head word of a number: its kind (``DIGIT_AR``…), its digit class and, after a number follower, the word."""
    return f"{kind}:{digits}" if follower is None else f"{kind}:{digits}:{follower}"


def _digits_read(rule: regex.Pattern) -> frozenset[str]:
    """The digit classes of the numbers ``rule`` can start at: it matches part of a number of the class followed
    by a mark or a letter (a partial match: the text may go on as the rule wants)."""
    return frozenset(
        digits
        for digits, numbers in CLASS_NUMBERS.items()
        if any(rule.match(number + end, partial=True) for number in numbers for end in NUMBER_ENDS)
    )


def _reads_word(rule: regex.Pattern, digits: str, word: str) -> bool:
    """Can ``rule``, started at a number of the class ``digits``, go on with the whole word ``word`` after it (a
    blank between or none)? A text that can go on with the word can go on with its start, asked first."""
    starts = [number + blank + word for number in CLASS_NUMBERS[digits] for blank in (" ", "")]
    return any(rule.match(start, partial=True) for start in starts) and any(
        rule.match(start + end, partial=True) for start in starts for end in WORD_ENDS
    )


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
        "year_range",
        "ar_month_range",
        "ar_month_day",
        "ar_ordinal_month",
    }
)
NUMBER_REACH = 48
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
    en_hijri_month = fw(lex.month_terms("hijri", ("english",)))
    ar_month = fw(
        lex.month_terms("gregorian", ("levantine", "transliterated", "maghrebi")) + lex.month_terms("hijri", ("hijri",))
    )
    ar_ord = fw(_terms(lex.ordinals, test=lambda m: m[1] in ("masculine", "feminine", "construct")))
    ar_rel, en_rel = fw(_terms(lex.relative, "ar")), fw(_terms(lex.relative, "en"))
    ar_dpart = fw(_terms(lex.day_parts, "ar", lambda m: m[0] == "before"))
    ar_mpart, en_mpart = fw(_terms(lex.month_parts, "ar")), fw(_terms(lex.month_parts, "en"))
    en_mod = fw(_terms(lex.modifiers, "en", lambda m: m[2] == "before"))
    day = {"يوم", "ال", DIGIT} | ar_ord
    return {
        "numeric": ar_dpart | ar_wd | en_wd_dated | {"يوم", DIGIT},
        "ar_range": {"ال", DIGIT},
        "ar_span": {"ال", DIGIT},
        "ar_day_month": ar_dpart | ar_rel | ar_wd | day,
        "ar_day_fuzzy": ar_wd | {"يوم", DIGIT},
        "ar_month_day": ar_month,
        "ar_ordinal_month": day | {"الشهر"},
        "en_ordinal_month": fw(_terms(lex.ordinals, test=lambda m: m[1] == "english" and m[0] <= 12)),
        "en_day_of_it": {"on"},
        "ar_week_of_month": {"الاسبوع", "اسبوع"},
        "en_week_of_month": fw(_terms(lex.ordinals, test=lambda m: m[1] == "english" and m[0] <= 4))
        | {"last", "final"},
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
        "duration_list": {DIGIT},
        "holiday": {"عشيه", "ليله", "ايام", "اليوم", "يوم", "eve"}
        | fw(_terms(lex.ordinals, test=lambda m: m[1] in ("construct", "english")))
        | fw(lex.holidays),
        "year": {"عام", "العام", "سنه", "السنه", DIGIT},
        "fixed_holiday": {"عشيه", "ليله"} | fw(lex.fixed_holidays),
        # "في الأيام الثلاثة الأخيرة": after another word the span starts at its unit ("ال" + a unit of time)
        "ar_past_span": {"خلال", "طيله", "طوال", "علي", "ال"}
        | {"ال" + t for t in _terms(lex.time_units, "ar", lambda m: m[0] in ("day", "week", "month", "year", "hour"))}
        | fw(_terms(lex.past_counts, "ar-dual")),
        "en_past_span": {"over", "in", "during", "for", "within"},
        "ar_consecutive_day": {"لليوم", "اليوم"},
        "en_consecutive_day": {"for"},
        "year_range": {"عامي", "العامين", "سنتي", "الاعوام", "السنوات", DIGIT},
        "ar_month_range": ar_month | {"شهر"},
        "en_month_day": en_wd_dated | en_month,
        "en_day_month": en_wd_dated | {DIGIT},
        "en_range": fw(lex.interval_terms("range_open", "en")) | {DIGIT} | en_month,
        "en_span": fw(lex.interval_terms("range_open", "en")) | {DIGIT} | en_month,
        "en_month": en_mpart | en_mod | en_month | en_hijri_month | {"holy", "month"},
        "en_period": en_mpart | en_mod | fw(_terms(lex.periods, "en")),  # "the week before last" opens at "week"
        "en_night": {"overnight", "on", "night"},
        "en_relative": en_rel,
        "en_weekday": fw(_terms(lex.day_parts, "en", lambda m: m[0] == "before"))
        | {"on", "last", "next", "this"}
        | en_wd,
        "en_days_ago": fw(_terms(lex.date_numbers, "en")) | {DIGIT},
        "ar_days_after": {"بعد", "قبل", "بعدها", "قبلها", "عقب"},
        "ar_weekend": fw(_terms(lex.weekends, "ar")),
        "en_weekend": en_mod | fw(_terms(lex.weekends, "en")),
        "anaphor": ar_dpart | fw(lex.anaphora) | {"يوم"},
    }


def _head_readings(words) -> dict[str, tuple[tuple[int, str], ...]]:
    """Every token that starts a rule, bare or behind a proclitic, with where the head word starts in it."""
    readings: dict[str, list[tuple[int, str]]] = {}
    for word in words:
        for clitic in ("", *PROCLITICS):
            readings.setdefault(clitic + word, []).append((len(clitic), word))
    return {token: tuple(sorted(options)) for token, options in readings.items()}


@dataclass(frozen=True, eq=False)
class DateTables:
    """The date engine's word lists and the grammar compiled from them (``DateTables.build``), held by the
    ``timeline.reference.Reference``."""

    lexicon: Lexicon
    grammar: Grammar

    @classmethod
    def build(cls, data_dir: Path = DATA_DIR) -> DateTables:
        lexicon = load_lexicon(data_dir / "lexicon")
        return cls(lexicon, load_grammar(lexicon))


def _by_number_heads(
    index: dict[str, list[int]], rules: tuple[tuple[str, re.Pattern], ...], followers: dict[str, frozenset[str]]
) -> dict[str, tuple[int, ...]]:
    """The head index with each number kind split by digit class (and, for ``DIGIT_AR`` and ``DIGIT_EN``, by follower
    word: ``followers`` of each): the rules of a kind that can start at such a number and go on with such a word, as
    their patterns say (``_digits_read``, ``_reads_word``)."""
    out = {word: tuple(ids) for word, ids in index.items() if not word.startswith(DIGIT)}
    at_numbers = {i for word, ids in index.items() if word.startswith(DIGIT) for i in ids}
    partial = {i: regex.compile(rules[i][1].pattern) for i in at_numbers}
    digits_read = {i: _digits_read(partial[i]) for i in at_numbers}
    for kind in (DIGIT, DIGIT_AR, DIGIT_EN, DIGIT_COMMA, DIGIT_OTHER, DIGIT_AR_PLAIN, DIGIT_EN_PLAIN):
        for digits in (DAY_DIGITS, COUNT_DIGITS, YEAR_DIGITS, FOUR_DIGITS):
            ids = tuple(i for i in index.get(kind, ()) if digits in digits_read[i])
            out[number_head_key(kind, digits)] = ids
            for word in followers.get(kind, ()):
                out[number_head_key(kind, digits, word)] = tuple(
                    i for i in ids if _reads_word(partial[i], digits, word)
                )
    return {word: ids for word, ids in out.items() if ids}


def load_grammar(lex: Lexicon | None = None) -> Grammar:
    """Compile every rule from the lexicon (extraction reads the grammar its ``timeline.reference.Reference`` holds)."""
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
            if name == "year_range":
                index.setdefault(DIGIT_OTHER, []).append(i)
            if name == "year":
                index.setdefault(DIGIT_OTHER, []).append(i)
            if name in ("year", "ar_day_fuzzy", "duration_list"):
                index.setdefault(DIGIT_AR_PLAIN, []).append(i)
            if name == "year":
                index.setdefault(DIGIT_EN_PLAIN, []).append(i)
    months = first_words(
        lex.month_terms("gregorian", ("levantine", "transliterated", "maghrebi")) + lex.month_terms("hijri", ("hijri",))
    )
    modifiers = first_words(_terms(lex.modifiers, "ar"))
    number_followers = frozenset(
        months | modifiers | {"من", "منه", "شهر", "الشهر", "و", "او", "الي", "حتي", "لغايه", "ه", "م"}
    )
    # the month, the ordinal suffix ("12th"), "of", the word joining a range and the unit of a count
    number_followers_en = frozenset(
        first_words(lex.month_terms("gregorian", ("english",)))
        | first_words(lex.interval_terms("range_join", "en") + lex.interval_terms("range_join_after_open", "en"))
        | first_words(_terms(lex.time_units, "en"))
        | {"st", "nd", "rd", "th", "of"}
    )
    return Grammar(
        rules=rules,
        head_index=_by_number_heads(index, rules, {DIGIT_AR: number_followers, DIGIT_EN: number_followers_en}),
        head_readings=_head_readings(w for w in index if not w.startswith(DIGIT)),
        needs_number=tuple(name in NUMBERED_RULES for name, _ in rules),
        number_followers=number_followers,
        number_followers_en=number_followers_en,
        number_words=frozenset(
            first_words(_terms(lex.ordinals, test=lambda m: m[1] in ("masculine", "feminine", "construct")))
        ),
        preposition_before=re.compile(
            rf"(?<!\w){alternation(lex.month_terms('gregorian'))}\s+و$|"  # "في آذار وأيار": a list of months
            # "وفي تموز": the preposition may carry و or ف
            rf"(?:(?:(?<!\w)|(?<=(?<!\w)[وف])){alternation(lex.month_prepositions)}|(?<![^\W\d_])[بل])\s*$"
        ),
        preposition_ends=("و", "ب", "ل", *lex.month_prepositions),
        year_prepositions=lex.year_prepositions,
        relative_before=re.compile(rf"(?<!\w){alternation(_terms(lex.relative, 'ar'))}\s*$"),
        # "وبين 6 و8 أيار": the lead may carry و or ف, left out of the range's span
        range_lead=re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[وف])){alternation(lex.range_leads)}\s+$"),
        night_before=re.compile(
            rf"{B}{alternation(_terms(lex.day_parts, 'ar', lambda m: m[0] == 'night'))}(?:\s+(?:يوم\s+)?"
            rf"{alternation(_terms(lex.weekdays, 'ar'))}{E}\s*(?:[-/–]\s*|(?:علي|الي|و)\s*)(?:يوم\s+)?"
            rf"{alternation(_terms(lex.weekdays, 'ar'))})?\s*[,،]?\s*$"
        ),
        year_preposition=re.compile(rf"(?<!\w){alternation(lex.year_prepositions)}[\s-]+$"),
        future_cue=re.compile(rf"(?<!\w){alternation(lex.future_cues)}(?!\w)"),
        plan_cue=re.compile(rf"(?<!\w){alternation(lex.plan_cues)}(?!\w)"),
        since_before=re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[وف])){alternation(lex.interval_terms('since'))}\s+$"),
        speech=re.compile(
            rf"(?<!\w)[وف]?{alternation(lex.speech_verbs)}(?!\w)(?P<gap>[^.!?؟\n]{{0,{SPEECH_GAP}}}?)"
            rf"(?<!\w){alternation(lex.speech_complementizers)}(?!\w)"
        ),
        not_speech_lead=re.compile(rf"(?<!\w)[وف]?{alternation(lex.not_speech_leads)}\s*$"),
        speech_verb=re.compile(rf"(?<!\w)[وف]?{alternation(lex.speech_verbs)}(?!\w)"),
    )

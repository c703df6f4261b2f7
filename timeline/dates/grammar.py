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
C = r"\s*[,،]?\s*"  # optional comma between the parts of a date
YEAR = r"(?:1[89]|20|21)\d\d"
HIJRI_YEAR = r"1[34]\d\d"


@dataclass(frozen=True)
class Grammar:
    rules: tuple[tuple[str, re.Pattern], ...]  # (rule name, pattern), in priority order
    not_dates: re.Pattern
    preposition_before: re.Pattern  # a preposition that makes a bare month a date ("في آب", "in January")
    future_cue: re.Pattern  # a future marker before a bare weekday


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

    day = rf"(?:يوم\s*)?(?:ال\s*)?(?P<day>\d{{1,2}}|{ar_ord})(?!\d)"
    year_rel = (
        rf"(?:\s+(?:من\s+)?(?:(?P<ythis>{ar_mod_before})\s+(?:العام|السنه)|(?:العام|السنه)\s+(?P<ymod>{ar_mod})){E})"
    )
    en_year_rel = rf"(?:,?\s+(?P<ymod>last|this|next)\s+year{E})?"
    year_tail = rf"(?:{C}(?P<year>{YEAR}|{HIJRI_YEAR})(?:\s*(?P<era>ه|م){E})?{E})?"
    ar_wd_prefix = rf"(?:(?P<dpart>{ar_dpart})\s+)?(?:(?P<rel>{ar_rel}){C})?(?:(?:يوم\s+)?(?P<wd>{ar_wd}){C})?"
    return {
        "numeric": (
            rf"(?:(?:يوم\s+)?(?P<wd>{ar_wd}|{en_wd}){C})?(?<![\d./\\-])"
            r"(?:(?P<y>\d{4})(?P<s>[./\\-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
            r"|(?P<d2>\d{1,2})(?P<s2>[./\\-])(?P<m2>\d{1,2})(?P=s2)(?P<y2>\d{4}))(?!\d|[./\\-]\d)"
        ),
        "ar_range": (
            rf"{B}(?:(?P<lead>ما\s+بين|بين|من|ايام)\s+)?(?:ال\s*)?(?P<d1>\d{{1,2}})"
            rf"(?P<rest>(?:\s*(?:-|/|،|,|و|الي|حتي)\s*(?:ال\s*)?\d{{1,2}}(?!\d))+)\s*(?:من\s+)?(?:شهر\s+)?"
            rf"(?P<m1>{ar_month}){E}(?:\s*/\s*(?P<m2>{ar_month}){E})?{year_tail}(?:\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        "ar_day_month": (
            rf"{B}{ar_wd_prefix}{day}\s*(?:من\s+)?(?:(?:شهر|الشهر)\s+)?(?P<m1>{ar_month}){E}"
            rf"(?:\s*/\s*(?P<m2>{ar_month}){E})?{year_tail}(?:\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        "ar_day_fuzzy": rf"{B}(?:(?:يوم\s+)?(?P<wd>{ar_wd}){C})?(?P<day>\d{{1,2}})\s+(?:من\s+)?(?P<word>[^\W\d_]{{5,}}){E}"
        rf"(?:{C}(?P<year>{YEAR}){E}|\s+(?P<mod>{ar_mod}){E})",
        "ar_month": (
            rf"{B}(?:(?P<part>{ar_mpart})\s+)?(?:(?P<shahr>شهر|الشهر)\s+)?(?P<m1>{ar_month}){E}"
            rf"(?:\s*/\s*(?P<m2>{ar_month}){E})?(?:{C}(?P<year>{YEAR}|{HIJRI_YEAR})(?:\s*(?P<era>ه|م){E})?{E}"
            rf"|\s+(?P<mod>{ar_mod}){E}|{year_rel})?"
        ),
        "ar_day_of_month": (
            rf"{B}{day}\s+(?:من\s+)?(?:(?P<this>{ar_mod_before})\s+)?الشهر{E}"
            rf"(?:\s+(?P<mod>{ar_mod}|ذاته|نفسه|عينه){E})?"
        ),
        "ar_period": (
            rf"{B}(?:(?P<part>{ar_mpart})\s+)?(?:(?P<this>{ar_mod_before})\s+)?(?P<unit>{ar_period}){E}"
            rf"(?:\s+(?P<mod>{ar_mod}){E})?"
        ),
        "ar_night": (
            rf"{B}(?P<night>{ar_night})\s+(?:يوم\s+)?(?P<wd1>{ar_wd}){E}"
            rf"(?:(?:\s*[-/]\s*|\s+(?:علي|الي|و)\s*)(?:يوم\s+)?(?P<wd2>{ar_wd}){E})?(?:\s+(?P<mod>{ar_mod}){E})?"
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
            rf"|(?<!\w)(?P<pre>in|since|the|of|by|until|during|before|after|early|late|mid|منذ|خلال|في|حتي)[\s-]+"
            rf"(?P<year2>{YEAR}){E}(?![./\\-]\d|\s*[-/]\s*\d)"
        ),
        "en_month_day": (
            rf"(?<!\w)(?:(?P<wd>{en_wd})(?:,\s*|\s*\(\s*|\s+))?(?P<m1>{en_month})\.?\s+(?P<day>\d{{1,2}})"
            rf"(?:st|nd|rd|th)?(?![\d,]\d)(?:,?\s+(?P<year>{YEAR}))?{E}(?:\))?{en_year_rel}"
        ),
        "en_day_month": (
            rf"(?<!\w)(?:(?P<wd>{en_wd}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<m1>{en_month})\.?{E}(?:,?\s+(?P<year>{YEAR}){E})?{en_year_rel}"
        ),
        "en_range": (
            rf"(?<!\w)(?:(?P<lead>between|from)\s+)?(?:(?P<m0>{en_month})\.?\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"\s*(?:and|to|until|through|-)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?{E}"
            rf"(?:\s+(?:of\s+)?(?P<m1>{en_month})\.?{E})?(?:,?\s+(?P<year>{YEAR}){E})?"
        ),
        "en_month": (
            rf"(?<!\w)(?:(?P<part>{en_mpart})\s*(?:of\s+)?)?(?:(?P<mod>{en_mod})\s+)?(?P<m1>{en_month})\.?{E}"
            rf"(?:,?\s+(?P<year>{YEAR}){E})?{en_year_rel}"
        ),
        "en_period": (
            rf"(?<!\w)(?:(?P<part>{en_mpart})\s*(?:of\s+)?)?(?:the\s+)?(?P<mod>{en_mod})\s+(?P<unit>{en_period}){E}"
        ),
        "en_night": (
            rf"(?<!\w)(?:overnight|(?:on\s+)?the\s+night\s+of)\s+(?:from\s+)?(?P<wd1>{en_wd})"
            rf"(?:\s+(?:to|into|-|and)\s+(?P<wd2>{en_wd}))?{E}"
        ),
        "en_relative": rf"(?<!\w)(?P<rel>{en_rel}){E}(?:\s*(?:,\s*|\(\s*)(?P<wd>{en_wd}){E}\)?)?",
        "en_weekday": (
            rf"(?<!\w)(?:(?P<dpart>{en_dpart_before})\s+(?:on\s+)?)?(?:(?P<on>on)\s+)?(?:(?P<mod>last|next|this)\s+)?"
            rf"(?P<wd>{en_wd})(?P<poss>['’]s)?(?:\s+(?P<dpart2>{en_dpart_after}))?{E}"
        ),
        "en_days_ago": rf"(?<!\w)(?:(?P<n>{en_num})|(?P<num>\d{{1,2}})\s+days)\s+ago{E}",
        "anaphor": rf"{B}(?P<a>{anaphor}){E}",
    }


@lru_cache(maxsize=4)
def load_grammar(lex: Lexicon | None = None) -> Grammar:
    """Compile every rule once per process."""
    lex = lex or load_lexicon()
    rules = tuple((name, re.compile(src)) for name, src in build_patterns(lex).items())
    return Grammar(
        rules=rules,
        not_dates=re.compile(rf"(?<!\w){alternation(lex.not_dates)}(?!\w)"),
        preposition_before=re.compile(
            r"(?:(?<!\w)(?:في|خلال|منذ|حتي|مع|قبل|بعد|من|مطلع|منتصف|اواخر|نهايه|بدايه|in|since|until|by|during|from|"
            r"through|throughout|before|after|of)|(?<![^\W\d_])[بل])\s*$"
        ),
        future_cue=re.compile(
            r"(?<!\w)(?:سوف|المقرر|المتوقع|المزمع|will|'ll|due to|expected to|scheduled to|set to|plans? to)(?!\w)"
        ),
    )

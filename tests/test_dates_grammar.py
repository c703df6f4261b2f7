"""The grammar: every rule compiles, and every rule can start at the head words it declares."""

from __future__ import annotations

import re

from timeline.dates.grammar import DIGIT, build_heads, build_patterns, load_grammar
from timeline.dates.lexicon import load_lexicon
from timeline.normalize import normalize

# One phrase per rule, normalized, that the rule must match from its first character.
EXAMPLES = {
    "numeric": "2018.11.10",
    "ar_range": "16 و23 شباط",
    "ar_span": "28 شباط - 2 اذار",
    "ar_day_month": "الاثنين 17 من ايلول",
    "ar_day_fuzzy": "17 سبتمر 2018",
    "ar_month_day": "ايلول 17، 2016",
    "ar_ordinal_month": "17 من الشهر التاسع 2016",
    "ar_week_of_month": "الاسبوع الثاني من شباط",
    "ar_month": "شهر ايلول",
    "ar_day_of_month": "الثاني من الشهر الجاري",
    "ar_period": "الاسبوع الماضي",
    "ar_night": "ليل الجمعه - السبت",
    "ar_weekday_pair": "يومي السبت والاحد",
    "ar_relative": "فجر اليوم",
    "ar_weekday": "يوم الخميس",
    "ar_days_ago": "قبل يومين",
    "duration_list": "2 عام، 3 شهر",
    "holiday": "اول ايام عيد الفطر",
    "year": "عام 2018",
    "ar_past_span": "خلال الايام الثلاثه الماضيه",
    "en_past_span": "over the past three days",
    "fixed_holiday": "عشيه عيد الام",
    "year_range": "عامي 2012 الي 2018",
    "ar_month_range": "تموز - كانون الاول 2016",
    "en_month_day": "oct. 10",
    "en_day_month": "08 sep 2018",
    "en_range": "between 16 and 23 october",
    "en_span": "february 28-march 2",
    "en_month": "last september",
    "en_period": "earlier this month",
    "en_night": "overnight sunday to monday",
    "en_relative": "yesterday",
    "en_weekday": "late friday",
    "en_days_ago": "two days ago",
    "ar_days_after": "بعد ذلك بيومين",
    "ar_weekend": "عطله نهايه الاسبوع الماضيه",
    "en_weekend": "last weekend",
    "anaphor": "اليوم التالي",
}


def test_every_rule_has_heads_and_an_example():
    patterns, heads = build_patterns(load_lexicon()), build_heads(load_lexicon())
    assert set(patterns) == set(heads) == set(EXAMPLES)


def test_each_rule_matches_its_example_from_a_declared_head():
    grammar = load_grammar()
    heads = build_heads(load_lexicon())
    for name, pattern in grammar.rules:
        text = normalize(EXAMPLES[name]).text
        assert pattern.match(text), name
        first = re.match(r"\w+", text).group()
        assert (DIGIT in heads[name] and first[0].isdigit()) or first in heads[name], name


def test_head_readings_cover_proclitics():
    readings = load_grammar().head_readings
    assert (1, "امس") in readings["وامس"]
    assert (2, "امس") in readings["وبامس"]
    assert "في" not in readings  # the commonest words are not heads: rules start at the date word itself
    assert (0, "اليوم") in readings["اليوم"]

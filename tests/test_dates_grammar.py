"""The grammar: every rule compiles, and every rule can start at the head words it declares."""

from __future__ import annotations

import re

import regex

from timeline.dates.finder import _number_head
from timeline.dates.grammar import (
    COUNT_DIGITS,
    DAY_DIGITS,
    DIGIT,
    DIGIT_AR,
    DIGIT_AR_PLAIN,
    DIGIT_EN,
    DIGIT_EN_PLAIN,
    YEAR_DIGITS,
    _by_number_heads,
    build_heads,
    build_patterns,
    digit_class,
    load_grammar,
    number_head_key,
)
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
    "en_ordinal_month": "fifth month of 2016",
    "en_day_of_it": "on the 12th,",
    "ar_week_of_month": "الاسبوع الثاني من شباط",
    "en_week_of_month": "first week of may",
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
    "ar_consecutive_day": "لليوم الثالث على التوالي",
    "en_consecutive_day": "for the third consecutive day",
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


# Numbers of each digit class, words and marks after them, and what may come next: invented date phrases.
_NUMBERS = ("4", "27", "305", "2021", "1442", "3100", "98765")
_TAILS = (
    "",
    " 2020",
    " 5 اذار 2020",
    " الشهر الحالي",
    " الجاري",
    " ايام، 2 اشهر",
    " 2017",
    " days ago",
    " of may 2020",
)
_MARKS = (" ", "", "-", "/", ".", "، ", ", ", "\n", " (")


def test_number_heads_leave_out_only_rules_that_cannot_match_there():
    """A rule of a number's kind left out at its head (by its digits or the word after it) never matches there."""
    grammar = load_grammar()

    # a number before a word no rule goes on with is of its language's kind: every rule of that kind is checked
    def kind(head: str) -> str:
        found = head.split(":")[0]
        return {DIGIT_AR_PLAIN: DIGIT_AR, DIGIT_EN_PLAIN: DIGIT_EN}.get(found, found)

    of_kind: dict[str, set[int]] = {}
    for head, ids in grammar.head_index.items():
        if head.startswith(DIGIT):
            of_kind.setdefault(kind(head), set()).update(ids)
    words = sorted(grammar.number_followers | grammar.number_followers_en)
    words += ["عنصرا", "مدنيين", "يوما", "people", "killed", "thousand", "marches", "todays", "ofthe", "dayslong"]
    for number in _NUMBERS:
        for mark in _MARKS:
            for word in [*words, ""]:
                for tail in _TAILS:
                    text = f"{number}{mark}{word}{tail}"
                    _, head = _number_head(text, 0, grammar)
                    tried = grammar.head_index.get(head, ())
                    for i in of_kind[kind(head)]:
                        name, pattern = grammar.rules[i]
                        m = pattern.match(text)
                        assert i in tried or m is None or m.end() == 0, (name, text, head)


def test_number_heads_still_try_the_rules_that_match():
    """The split heads keep what each rule needs: a day before its month, a year, a count of days."""
    grammar = load_grammar()
    names = [name for name, _ in grammar.rules]
    for text, rule in (
        ("17 تموز 2019", "ar_day_month"),
        ("17 من الشهر الجاري", "ar_day_of_month"),
        ("3 و4 اذار", "ar_range"),
        ("2013 الي 2018", "year_range"),
        ("2019 الماضي", "year"),
        ("3 اشهر، 2 يوم", "duration_list"),
        ("12 days ago", "en_days_ago"),
        ("1440-09-14 ه", "numeric"),
    ):
        _, head = _number_head(text, 0, grammar)
        assert names.index(rule) in grammar.head_index[head], (text, rule)


def test_a_number_before_an_english_word_no_rule_goes_on_with_is_tried_as_a_year_only():
    """ "18 people", "2018 people": no English date rule reads a count of people, so only a year is tried there; a
    month, an ordinal suffix, a joining word or a unit keeps the rules that go on with it."""
    grammar = load_grammar()
    names = [name for name, _ in grammar.rules]

    def tried(text: str) -> list[str]:
        return [names[i] for i in grammar.head_index.get(_number_head(text, 0, grammar)[1], ())]

    assert tried("18 people") == []
    assert tried("2018 people") == ["year"]
    assert "en_day_month" in tried("12 march") and "en_day_month" in tried("12th of march")
    assert tried("3 to 5 may") == ["en_range"]
    assert "en_days_ago" in tried("3 days ago") and "en_range" not in tried("3 days ago")


def test_digit_classes():
    assert [digit_class(n) for n in _NUMBERS] == ["d", "d", "c", "y", "f", "f", "l"]


def test_the_numbers_and_words_a_rule_goes_on_with_come_from_its_pattern():
    """A new rule that starts at a number is dispatched as its pattern says, with no table to keep in step: an
    invented rule reading a count of up to three digits and then "شهر" starts at days and counts, not at years,
    and after a number it is tried before "شهر" only."""
    rules = (
        ("year", re.compile(build_patterns(load_lexicon())["year"])),
        ("months_count", re.compile(r"(?<!\w)(?P<n>\d{1,3})\s*شهر(?!\w)")),
    )
    index = {DIGIT_AR: [0, 1]}
    heads = _by_number_heads(index, rules, {DIGIT_AR: frozenset({"شهر", "من"})})
    assert heads[number_head_key(DIGIT_AR, DAY_DIGITS)] == (1,)
    assert heads[number_head_key(DIGIT_AR, COUNT_DIGITS)] == (1,)
    assert heads[number_head_key(DIGIT_AR, YEAR_DIGITS)] == (0,)
    assert heads[number_head_key(DIGIT_AR, DAY_DIGITS, "شهر")] == (1,)
    assert number_head_key(DIGIT_AR, DAY_DIGITS, "من") not in heads  # nothing goes on with it
    assert heads[number_head_key(DIGIT_AR, YEAR_DIGITS, "من")] == (0,)  # "2018 من": a year, then any word


def test_the_partial_matches_that_dispatch_numbers_hold_for_the_rules_as_re_compiles_them():
    """``regex`` (partial matching) reads each rule as ``re`` does: on the examples, both match the same text."""
    rules = load_grammar().rules
    for name, pattern in rules:
        text = normalize(EXAMPLES[name]).text
        assert regex.compile(pattern.pattern).match(text).group() == pattern.match(text).group(), name

"""The date word lists: loading, normalization, alternations, tolerant month matching."""

from __future__ import annotations

import re

import pytest

from timeline.dates.lexicon import alternation, load_lexicon, read_rows, within_one_edit


def test_tables_are_read_and_normalized():
    lex = load_lexicon()
    assert lex.months["ايلول"].number == 9 and lex.months["ايلول"].calendar == "gregorian"
    assert lex.months["كانون الثاني"].number == 1
    assert lex.months["ربيع الاخر"].calendar == "hijri" and lex.months["ربيع الاخر"].number == 4
    assert lex.weekdays["الاثنين"][0] == 0 and lex.weekdays["sunday"][0] == 6
    assert lex.ordinals["التاسع والعشرين"][0] == 29
    assert lex.ordinals["الحاديه والثلاثين"][0] == 31
    assert lex.relative["امس الاول"][:2] == ("day", -2)
    assert lex.holidays["عيد الاضحي"] == ((12, 10, 4),)
    assert lex.holidays["العيد"] == ((10, 1, 3), (12, 10, 4))


def test_every_day_of_the_month_has_a_masculine_and_feminine_ordinal():
    rows = read_rows("ordinals.csv")
    for form in ("masculine", "feminine"):
        assert {int(r["value"]) for r in rows if r["form"] == form} == set(range(1, 32))


def test_ambiguous_month_names_are_flagged():
    lex = load_lexicon()
    assert lex.months["اب"].ambiguous and lex.months["مارس"].ambiguous
    assert not lex.months["ايلول"].ambiguous


@pytest.mark.parametrize(
    ("word", "month"), [("سبتمر", 9), ("سبتمبرر", 9), ("نوفمير", 11), ("ديسبمر", 12), ("اكتوير", 10)]
)
def test_fuzzy_month_accepts_one_typo(word, month):
    assert load_lexicon().fuzzy_month(word).number == month


@pytest.mark.parametrize("word", ["مارس", "عناصر", "انسان", "سبتبمرر", "حزيرانيه"])
def test_fuzzy_month_rejects_short_or_distant_words(word):
    assert load_lexicon().fuzzy_month(word) is None


def test_within_one_edit():
    assert within_one_edit("abcd", "abdc")
    assert within_one_edit("abcd", "abd")
    assert within_one_edit("abd", "abcd")
    assert not within_one_edit("abcd", "badc")
    assert not within_one_edit("ab", "abcd")


def test_alternation_prefers_the_longest_term_and_spaces_match_any_white_space():
    pattern = re.compile(alternation(["امس", "امس الاول", "اليوم"]) + r"(?!\w)")
    assert pattern.match("امس  الاول").group() == "امس  الاول"
    assert pattern.match("امس الثاني").group() == "امس"
    assert pattern.match("اليومين") is None
    assert re.compile(alternation([])).match("x") is None


def test_missing_table_names_the_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="months.csv"):
        read_rows("months.csv", tmp_path)


@pytest.mark.parametrize(
    ("word", "noun"),
    [("سياره", True), ("سيطرتها", True), ("سياسيين", True), ("سيزور", False), ("سيدخل", False), ("ستعقد", False)],
)
def test_future_prefix_nouns_take_noun_endings_only(word, noun):
    assert load_lexicon().is_future_prefix_noun(word) is noun


def test_interval_words_have_known_roles_each_read_by_a_rule():
    """Every row is read: "since" in both languages, English range openers, joiners in both. The words that open
    an Arabic range ("بين", "من") are ``range_lead`` rows of date_words.csv, which the range rules read."""
    read = {("since", "ar"), ("since", "en"), ("range_open", "en")} | {
        (role, lang) for role in ("range_join", "range_join_after_open") for lang in ("ar", "en", "any")
    }
    for line, row in enumerate(read_rows("interval_words.csv"), start=2):
        assert (row["role"], row["language"]) in read, f"interval_words.csv:{line}: no rule reads {row}"
    assert load_lexicon().interval_words["منذ"][0] == "since"


def test_time_units_and_counted_numbers_name_known_units():
    units = {"day", "week", "month", "year", "hour", "minute"}
    assert {r["unit"] for r in read_rows("time_units.csv")} <= units
    rows = read_rows("date_numbers.csv")
    assert all(r["unit"] in units and int(r["value"]) > 0 for r in rows)
    lex = load_lexicon()
    assert lex.date_numbers["عامين"] == (2, "ar", "year") and lex.time_units["سنوات"][0] == "year"


def test_duration_cues_are_single_words():
    assert all(" " not in r["term"].strip() for r in read_rows("duration_cues.csv"))
    assert "المستمره" in load_lexicon().duration_cues


def test_given_names_and_incident_nouns_are_single_words_or_defined_phrases():
    lex = load_lexicon()
    assert "محمد" in lex.given_names and all(" " not in n for n in lex.given_names)
    assert "الهجوم" in lex.incident_nouns
    # Arabic incident nouns carry the article: "للهجوم" is built from them by the grammar
    assert all(n.startswith("ال") for n in lex.incident_nouns if not n.isascii())


def test_fixed_holidays_are_real_calendar_days():
    import datetime as dt

    for row in read_rows("fixed_holidays.csv"):
        dt.date(2001, int(row["month"]), int(row["day"]))  # raises on a day no year has
    assert load_lexicon().fixed_holidays["عيد الام"] == (3, 21)


def test_past_counts_have_values_and_duals_name_their_unit():
    rows = read_rows("past_counts.csv")
    assert all(int(r["value"]) >= 2 for r in rows)
    assert all(r["unit"] in ("day", "week", "month", "year") for r in rows if r["language"] == "ar-dual")
    assert load_lexicon().past_counts["الثلاثه"][0] == 3


def test_date_name_words_are_single_words_once_each_in_their_language():
    rows = read_rows("date_name_words.csv")
    terms = [r["term"].strip() for r in rows]
    assert all(t and " " not in t for t in terms), "date_name_words.csv: a name word is one word"
    assert len(terms) == len(set(terms)), "date_name_words.csv: a word twice"
    for n, r in enumerate(rows, start=2):
        assert r["language"] in ("ar", "en"), f"date_name_words.csv row {n}: language {r['language']!r}"
        assert r["term"].isascii() == (r["language"] == "en"), f"date_name_words.csv row {n}: script and language"


def test_a_lookup_key_has_single_spaces_and_a_word_is_its_own_key():
    from timeline.dates.lexicon import key

    assert key("تشرين  \n الاول") == "تشرين الاول"
    assert key(" ايلول\t") == key("ايلول\n") == "ايلول"
    assert key("ايلول") == "ايلول" and key("march") == "march"


def test_a_bare_year_after_a_year_preposition_of_the_table_is_a_year():
    # "أوائل" was a year preposition written in the code unnormalized ("ئ" where the text has "ي"): never matched
    import datetime as dt

    from timeline.dates.tagger import tag_dates

    assert "اوايل" in load_lexicon().year_prepositions
    found = tag_dates("عادت العائلات الى الحي أوائل 2018 بعد الهدنة", dt.datetime(2019, 5, 6, 12), "ar")
    assert [(d.text, d.first, d.last) for d in found] == [("2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31))]

"""Searches for patterns opening with (?<!\\w), without the look-behind: the same matches."""

import re

import pytest

from timeline.lexregex import word_finditer, word_search


def test_word_search_finds_what_the_look_behind_pattern_finds_in_every_window():
    pattern = re.compile(r"(?<!\w)(?:قصف|shell(?:ing)?)(?!\w)")
    text = "والقصف قصف، وبقصف ثم قصف; unshelling x_shell shelling 2shell shell"
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            expected = pattern.search(text, start, end)
            got = word_search(pattern, text, start, end)
            assert (got and got.span()) == (expected and expected.span()), (start, end)


def test_word_search_refuses_a_pattern_whose_look_behind_holds_for_one_alternative_only():
    with pytest.raises(ValueError):
        word_search(re.compile(r"(?<!\w)قصف|غارة"), "غارة", 0, 4)
    with pytest.raises(ValueError):
        word_search(re.compile(r"قصف"), "قصف", 0, 3)
    assert word_search(re.compile(r"(?<!\w)(?:قصف|غارة)[|]"), "غارة|", 0, 5) is not None


def test_word_finditer_gives_the_matches_of_finditer():
    pattern = re.compile(r"(?<!\w)[وف]?(?:قال|said)(?!\w)")
    text = "وقال مسؤول، فقال آخر واستقال ثالث; he said, she unsaid, they said"
    for start in range(0, len(text), 3):
        expected = [m.span() for m in pattern.finditer(text, start)]
        assert [m.span() for m in word_finditer(pattern, text, start)] == expected
    with pytest.raises(ValueError):
        list(word_finditer(re.compile(r"(?<!\w)x*"), "ab"))


def test_word_search_reads_patterns_of_one_source_and_other_flags_apart():
    # the pattern without its look-behind is kept per source and flags: a case-blind twin is another pattern
    text = "Shelling hit the town"
    assert word_search(re.compile(r"(?<!\w)shelling"), text, 0, len(text)) is None
    assert word_search(re.compile(r"(?<!\w)shelling", re.IGNORECASE), text, 0, len(text)).group() == "Shelling"
    assert word_search(re.compile(r"(?<!\w)shelling"), text, 0, len(text)) is None

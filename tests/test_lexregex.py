"""The word-list regex helpers: the trie alternation and the matches that start a word."""

from __future__ import annotations

import re

import pytest

from timeline.lexregex import WORD_START, trie_pattern, word_start_matches


def _spans(matches) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(m.span(), m.span("word")) for m in matches]


@pytest.mark.parametrize(
    "text",
    [
        "US jets and IS fighters",
        "the ISIS camp, FOCUS groups and the USS carrier",  # inside a word: no match
        "anti-US protest; US-led raid; _IS tag",  # a hyphen or "_" before: no match
        "US",
        "xUS US",  # passed over inside a word, found at the next word
        "USUS US-led",
        "وUS بIS é-IS 5US",
    ],
)
def test_word_start_matches_equal_the_look_behind_scan(text):
    pattern = re.compile(
        WORD_START + r"(?P<word>" + trie_pattern(["US", "IS", "US forces"]) + r")(?:(?=-led)|(?![\w-]))"
    )
    assert _spans(word_start_matches(pattern, text)) == _spans(pattern.finditer(text))


def test_word_start_matches_go_on_after_a_match_inside_a_word():
    # "Russian and Syrian jets" starts inside "antiRussian"; "Syrian jets" inside that span is still found
    pattern = re.compile(WORD_START + r"(?P<word>Russian|Syrian)(?:\s+and\s+(?:Russian|Syrian))?\s+jets")
    text = "antiRussian and Syrian jets"
    found = [m.group() for m in word_start_matches(pattern, text)]
    assert found == [m.group() for m in pattern.finditer(text)] == ["Syrian jets"]


def test_word_start_matches_refuse_a_pattern_without_the_word_start():
    with pytest.raises(ValueError, match="does not open with"):
        list(word_start_matches(re.compile(r"(?P<word>US)"), "US"))

"""The word-list regex helpers: the trie alternation and the matches that start a word."""

from __future__ import annotations

import re

import pytest

from timeline.lexregex import (
    EDGE_SIGNS,
    WORD_START,
    PhraseStarts,
    WordOpenings,
    any_of,
    blank_tokens,
    first_words,
    lone_word_start,
    matches_near,
    named_group,
    planned_tokens,
    trie_pattern,
    word_runs,
    word_start_matches,
)


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


def test_named_group_is_the_group_alone():
    pattern = re.compile(r"(?<!\w)(?P<clitic>[وف]?[بل]|[وف])?(?P<noun>(?:قصف|غار(?:ه|ات))[)(\]]?)\s+(?P<adj>\w+)")
    assert named_group(pattern, "noun").pattern == r"(?:قصف|غار(?:ه|ات))[)(\]]?"
    assert named_group(pattern, "clitic").pattern == "[وف]?[بل]|[وف]"
    assert named_group(re.compile(r"(?P<a>[^]()]x\(\))(z)"), "a").pattern == r"[^]()]x\(\)"


# a word list after optional clitics of up to two letters, as the Arabic patterns write them
_CLITIC_WORDS = re.compile(r"(?<!\w)(?P<clitic>[وف]?[بل]|[وف])?(?P<word>وادي|بلدة|قرية)\s+(?P<name>\w+)")


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات بلدة الشيخ وقرية الزين",
        "وصلوا إلى ووادي العيون ثم فبلدة كفر",  # "ووادي": the clitic is taken before the word's own "و"
        "مررنا بقرية السلام",  # "ب" + "قرية"
        "الوادي الكبير وكقرية ثانية",  # the word inside another word: no match
        "وبقرية الحمرا بلدة",  # two letters of clitics; a word with no name after it
        "بلدةبلدة قرية",
    ],
)
def test_matches_near_equal_the_scan_of_every_position(text):
    core = named_group(_CLITIC_WORDS, "word")
    spans = [(m.span(), m.span("word"), m.span("name")) for m in matches_near(_CLITIC_WORDS, core, text, 2)]
    assert spans == [(m.span(), m.span("word"), m.span("name")) for m in _CLITIC_WORDS.finditer(text)]


def test_matches_near_needs_the_clitics_reach():
    core = named_group(_CLITIC_WORDS, "word")
    text = "وبقرية الحمرا"  # the match starts two letters before its word
    assert [m.group() for m in matches_near(_CLITIC_WORDS, core, text, 2)] == ["وبقرية الحمرا"]
    assert [m.group() for m in matches_near(_CLITIC_WORDS, core, text, 1)] != ["وبقرية الحمرا"]


def test_planned_tokens_locate_the_planned_words_of_the_text():
    """Each token with a plan is located where it stands as a whole token, also after a longer token holding it
    and when it comes again; offsets inside a token (after a quote or a clitic) are added to its start."""
    text = "al-Bab «البابين» باب\n(باب) 7 باب؛ xباب باب"
    plans: dict[str, tuple[int, ...]] = {}

    def plan(token: str) -> tuple[int, ...]:
        return tuple(offset for offset, run in word_runs(token) if run == "باب")

    found = [pos + offset for pos, offsets in planned_tokens(text, plans, plan) for offset in offsets]
    assert found == [m.start() for m in re.finditer(r"(?<!\w)باب(?!\w)", text)]
    assert plans["باب"] == (0,) and plans["(باب)"] == (1,) and plans["xباب"] == ()
    assert [pos + offset for pos, offsets in planned_tokens(text, plans, plan) for offset in offsets] == found


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية  القرية\n\nثم انسحبت ",  # two spaces, a blank line, a space at the end
        " \n leading blanks and a tail\n",
        "a\tb\rc\x0bd\u2028e f",  # blanks other than the space and the line break
        "",
        "   ",
        "one",
    ],
)
def test_blank_tokens_are_the_split_tokens_where_they_stand(text):
    tokens = blank_tokens(text)
    assert [piece for piece in tokens.pieces if piece] == text.split()
    starts = [tokens.start(i) for i, piece in enumerate(tokens.pieces) if piece]
    assert starts == [m.start() for m in re.finditer(r"\S+", text)]
    assert all(not text[tokens.start(i) : tokens.start(i) + 1].strip() for i, p in enumerate(tokens.pieces) if not p)


def test_planned_tokens_with_the_callers_tokens_equal_a_fresh_reading():
    """A caller's ``blank_tokens`` give what the text read again gives; tokens never planned are planned once,
    and a full memo plans anew without keeping them."""
    from timeline import lexregex

    text = "غارة على  البلدة\nثم غارة ثانية"
    calls: list[str] = []

    def plan(token: str) -> tuple[int, ...]:
        calls.append(token)
        return (0,) if token == "غارة" else ()

    plans: dict[str, tuple[int, ...]] = {}
    found = planned_tokens(text, plans, plan)
    assert found == [(0, (0,)), (text.index("ثم") + 3, (0,))]
    assert calls == list(dict.fromkeys(text.split()))  # each once, in the text's order (the memo's order)
    assert list(plans) == ["غارة", "على", "", "البلدة", "ثم", "ثانية"]
    assert planned_tokens(text, plans, plan, blank_tokens(text)) == found
    assert len(calls) == len(set(text.split()))  # the memo answered
    full = dict.fromkeys(map(str, range(lexregex.PLAN_MEMO_LIMIT)), ())
    assert planned_tokens(text, full, plan) == found
    assert "غارة" not in full


def test_word_runs_are_the_words_of_a_token():
    assert word_runs("«الغارة»،و3") == [(1, "الغارة"), (9, "و3")]
    assert word_runs("al-Bab's") == [(0, "al"), (3, "Bab"), (7, "s")]
    assert word_runs("...") == []


@pytest.mark.parametrize(
    "token",
    [
        *("قصفَ", "قصف", "a_b", "x²", "٣٣ساعة", "بـالقصف", "½", "İdlib", "jet’s", "_", "", "Ⅻ", "d\u0301"),
        *("«الغارة»،", "(حلب).", "...", "-al-Bab-", "،و3", "؟!", '"x_"', "(قصفَ)", "«»"),
    ],
)
def test_word_runs_without_a_scan_are_those_of_the_regex(token):
    """A token of letters and digits only, alone or between signs, is one run without a scan; a mark (a vowel
    sign), "_" or a sign that is not a word character parts it as ``\\w+`` does."""
    assert word_runs(token) == [(m.start(), m.group()) for m in re.finditer(r"\w+", token)]


@pytest.mark.parametrize(
    ("token", "start"),
    [("«الغارة»،", 1), ("(حلب).", 1), ("قصف،", 0), ("...", -1), ("-al-Bab-", -1), ("a_b,", -1), ("x²,", 0), ("", -1)],
)
def test_lone_word_start_is_where_the_one_word_of_a_token_starts(token, start):
    """The start of a token's one word (letters and digits) between signs, the run ``word_runs`` finds there without
    a scan; -1 for none, several, or a run with "_" or a vowel mark (``WordOpenings`` then plans the token by its runs)."""
    assert lone_word_start(token) == start
    if start >= 0:
        assert [offset for offset, _run in word_runs(token)] == [start]


def test_edge_signs_are_no_word_characters():
    assert not re.search(r"\w", EDGE_SIGNS)


# clitics, a word list with a phrase, and an English word: the shapes the trigger and faction patterns take
_OPENED = re.compile(r"(?<![\w-])(?P<clitic>[وف]?[بل]\s?|[وف])?(?P<word>قصف|غارة جوية|shelling)(?![\w-])")


def _opened_words() -> WordOpenings:
    whole = first_words(["غارة جوية"])
    return WordOpenings(re.compile(rf"(?:[وف]?[بل]|[وف])?(?:قصف|shelling|(?:{trie_pattern(whole)})\Z)|[وف]?[بل]\Z"))


@pytest.mark.parametrize(
    "text",
    [
        "قصف مدفعي ثم غارة جوية على البلدة",
        "وبقصف، ل قصف «قصف» وقصف-قصف",  # attached and detached clitics, a quote, a hyphen
        "غارةجوية غارة  جوية غارة\nجوية",  # the phrase's words joined, parted by two blanks, by a line break
        "اقصف قصفت shelling, re-shelling (shelling)",
        "ل غارة جوية وغارة جوية قصف",
        "",
    ],
)
def test_word_openings_find_the_matches_of_the_whole_scan(text):
    openings = _opened_words()
    spans = [(m.span(), m.span("word")) for m in openings.finditer(_OPENED, text)]
    assert spans == [(m.span(), m.span("word")) for m in _OPENED.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "غارة جوية ثم غارة  جوية ثم غارة\n\nجوية",  # the second word after one blank, two, a blank line
        "غارة قصف غارة",  # the phrase's first word before another word, and ending the text
        "قصف غارة  ",  # blanks in a row ending the text
        "غارة\n\n\nجوية",
    ],
)
def test_word_openings_with_phrase_starts_look_past_blank_runs_for_the_second_word(text):
    """A token that only opens a phrase is tried only when the next word is a second word of it: the next word,
    after as many blanks as stand there, and none at the text's end."""
    opening = _opened_words().opening
    phrases = PhraseStarts(
        re.compile(r"(?:[وف]?[بل]|[وف])?(?:قصف|shelling)"), re.compile(r"(?:[وف]?[بل]|[وف])?"), {"غارة": ("جوية",)}
    )
    openings = WordOpenings(opening, phrases)
    spaced = re.compile(_OPENED.pattern.replace("غارة جوية", r"غارة\s+جوية"))  # as ``trie_pattern`` writes a phrase
    spans = [(m.span(), m.span("word")) for m in openings.finditer(spaced, text)]
    assert spans == [(m.span(), m.span("word")) for m in spaced.finditer(text)]
    assert openings.seconds == ({"غارة": ("جوية",)} if "غارة" in text else {})


def test_word_openings_plan_the_new_tokens_of_a_text_as_one_by_one():
    """The new tokens of a text, planned at once (the one-word ones by one run of the regex over them all), get
    the plans and the phrases' second words that planning each in turn gives."""
    phrases = PhraseStarts(
        re.compile(r"(?:[وف]?[بل]|[وف])?(?:قصف|shelling)"), re.compile(r"(?:[وف]?[بل]|[وف])?"), {"غارة": ("جوية",)}
    )
    tokens = dict.fromkeys(["", "قصف", "وقصف", "غارة", "«غارة", "جوية", "القرية", "shelling,", "(قصف)", "x-قصف", "٣"])
    at_once, one_by_one = WordOpenings(_opened_words().opening, phrases), WordOpenings(_opened_words().opening, phrases)
    at_once._plan_new(tokens)
    for token in tokens:
        one_by_one.plans[token] = one_by_one.plan(token) if token else ()
    assert list(at_once.plans.items()) == list(one_by_one.plans.items()) and at_once.seconds == one_by_one.seconds
    assert at_once.plans["وقصف"] == (0,) and at_once.plans["x-قصف"] == (2,) and len(at_once.seconds) == 2


def test_word_openings_keep_the_second_words_of_a_phrase_opened_after_clitics():
    """A token ending with a phrase's first word after clitics waits for the phrase's second word; one with other
    letters before that word, or a clitic alone, does not."""
    phrases = PhraseStarts(
        re.compile(r"(?:[وف]?[بل]|[وف])?(?:قصف|shelling)"),
        re.compile(r"(?:[وف]?[بل]|[وف])?"),
        {"غارة": ("جوية", "روسية"), "رة": ("x",)},
    )
    openings = WordOpenings(_opened_words().opening, phrases)
    for token in ("وبغارة", "«فغارة", "بغارة", "اغارة", "وقصف", "و"):
        openings.plan(token)
    assert openings.seconds == {"وبغارة": ("جوية", "روسية"), "«فغارة": ("جوية", "روسية"), "بغارة": ("جوية", "روسية")}


def test_word_openings_plan_each_token_once_and_pickle_without_the_memo():
    import pickle

    openings = _opened_words()
    list(openings.finditer(_OPENED, "وقصف الحي وقصف"))
    assert openings.plans == {"وقصف": (0,), "الحي": ()}
    assert openings.plan("«غارة") == (1,)  # the phrase's first word ends the token: the next may go on with it
    assert openings.plan("غارة»") == ()  # a quote after it, or more letters: the phrase cannot go on
    assert openings.plan("غارات") == ()
    assert pickle.loads(pickle.dumps(openings)).plans == {}


def test_any_of_without_alternatives_never_matches():
    assert re.compile(any_of("", "")).search("any text") is None
    assert re.compile(any_of("ab", "")).fullmatch("ab")

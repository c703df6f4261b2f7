"""Headlines and body text of scraped pages (texts written for these tests)."""

from __future__ import annotations

import pytest

from timeline.lexregex import blank_tokens
from timeline.reference import default_reference
from timeline.sentences import TextView, _mark_starts, clauses


def _headline_texts(text: str) -> list[str]:
    flat = TextView(text).flat
    return [flat[c.start : c.end].strip() for c in clauses(flat) if c.headline]


def test_a_title_printed_again_as_the_first_body_sentence_is_a_headline():
    text = (
        "Rockets kill four in the old market of Hama\n\n"
        "Monday 4 March 2019 10:12 Rockets kill four in the old market of Hama. Four people were killed on Monday "
        "when rockets hit the old market, a civil defence source said.\n"
    )
    heads = _headline_texts(text)
    assert any(h.endswith("old market of hama.") for h in heads)
    assert not any(h.startswith("four people were killed") for h in heads)


def test_a_title_run_into_the_lead_without_a_full_stop_stays_body():
    text = "Rockets kill four in Hama\n\nRockets kill four in Hama AFP Monday 4 Mar 2019 Four people were killed.\n"
    assert _headline_texts(text) == ["rockets kill four in hama"]


def test_and_said_opens_a_new_clause():
    flat = TextView("Opposition groups accused Moscow of the shelling and said they would retaliate.\n").flat
    parts = [flat[c.start : c.end].strip() for c in clauses(flat)]
    assert parts == ["opposition groups accused moscow of the shelling", "and said they would retaliate."]


def test_the_matching_copy_blanks_every_quote_bracket_and_hashtag_mark():
    text = 'قالت "الهيئة" (في بيان) [عاجل] {ملحق} <رابط> *مهم* #معرة_النعمان | «نص» “quoted” „low‘ ’x'
    view = TextView(text)
    blanked = "\"'«»“”„‘’()[]{}<>*#|_"
    assert view.flat == view.norm.translate(str.maketrans({c: " " for c in blanked}))
    assert not any(c in view.flat for c in blanked) and len(view.flat) == len(view.norm)


def test_a_stop_after_a_digit_or_a_stop_ends_no_sentence():
    flat = TextView("Version 2.5 came out. It works... mostly. 3. Done").flat
    sentences = {c.sentence for c in clauses(flat)}
    assert [flat[c.start : c.end].strip() for c in clauses(flat)][0] == "version 2.5 came out."
    assert len(sentences) == 3  # "works..." and "3." end no sentence


def test_a_stop_after_a_count_ends_the_sentence_but_not_after_a_day_of_the_month():
    flat = TextView("A bomb killed 4 and hurt 17. Nobody claimed it. The raid came on May 12. It hit a school.").flat
    sentences = [flat[c.start : c.end].strip() for c in clauses(flat)]
    assert sentences[:2] == ["a bomb killed 4 and hurt 17.", "nobody claimed it."]
    assert len({c.sentence for c in clauses(flat)}) == 3


def _clause_texts(text: str) -> list[str]:
    flat = TextView(text).flat
    return [flat[c.start : c.end].strip(" ,،;") for c in clauses(flat)]


def test_each_clause_mark_cuts_where_its_opener_stands():
    # a comma or semicolon and blanks before an opener, a bare blank before one, ", and", "and that"
    assert _clause_texts("Jets struck the ridge, while the guns fell silent.\n") == [
        "jets struck the ridge",
        "while the guns fell silent.",
    ]
    assert _clause_texts("Jets struck the ridge while the guns fell silent.\n") == [
        "jets struck the ridge",
        "while the guns fell silent.",
    ]
    assert _clause_texts("Jets struck the ridge; and the guns fell silent.\n") == [
        "jets struck the ridge",
        "and the guns fell silent.",
    ]
    assert _clause_texts("The monitor reported a raid on the ridge and that two men died.\n") == [
        "the monitor reported a raid on the ridge",
        "and that two men died.",
    ]
    # no mark: a comma before a word that opens nothing, "and" without a comma
    assert _clause_texts("Jets struck the ridge, the hills and the plain.\n") == [
        "jets struck the ridge, the hills and the plain."
    ]


def test_a_reply_told_after_an_arabic_comma_is_a_clause_of_its_own():
    text = "قصفت الطائرات قرية على الجبل، وردت الفصائل بقذائف على الثكنة.\n"
    parts = _clause_texts(text)
    assert len(parts) == 2 and parts[1].startswith("وردت")


def test_as_opens_a_clause_telling_what_happened_meanwhile():
    flat = TextView("Mortar fire wounded six people in Azaz on Saturday as Kurdish units pushed toward Tabqa.\n").flat
    parts = [flat[c.start : c.end].strip() for c in clauses(flat)]
    assert parts == ["mortar fire wounded six people in azaz on saturday", "as kurdish units pushed toward tabqa."]


def test_as_in_a_fixed_phrase_or_after_a_naming_word_opens_no_clause():
    for text in (
        "Jets hit towns such as Kafr Nabl and Hass on Monday.",
        "Fighters of the group known as the Levant Front attacked on Monday.",
        "As many as 30 people were killed as well as two medics on Monday.",
        "The strikes killed nine as they queued for bread in Maarat al-Numan.",
        "The school used as a shelter was hit on Monday as a result of the shelling.",
    ):
        flat = TextView(text + "\n").flat
        assert len(clauses(flat)) == 1, text


def test_a_toll_joined_by_wa_after_a_comma_opens_a_clause():
    text = "قتل 4 مدنيين في قصف لقوات النظام على بلدة حيش، وقتل اثنان آخران في غارة روسية على قرية بابولين، اليوم."
    flat = TextView(text).flat
    parts = [flat[c.start : c.end] for c in clauses(flat)]
    assert len(parts) == 2 and parts[1].startswith("وقتل")


def test_the_finds_before_the_clause_regexes_never_hide_a_match():
    """A clause is searched for a response reference only when it holds every word of one, and a sentence for
    "as" only when it holds the letters: on random text, each pattern finds nothing where its look is negative."""
    import random

    from timeline.reference import default_reference
    from timeline.sentences import _may_refer

    grammar = default_reference().sentences

    words = ["ردا", "رد", "علي", "على", "وردا", "in", "response", "to", "retaliation", "for", "as", "has", "such", "x"]
    blanks = [" ", " ", "  ", "\t", "، ", ", "]
    rng = random.Random(13)
    for _ in range(3000):
        flat = "".join(rng.choice(words) + rng.choice(blanks) for _ in range(rng.randint(1, 7)))
        a = rng.randint(0, len(flat) - 1)
        b = rng.randint(a + 1, len(flat))
        assert _may_refer(flat, a, b, grammar.response_words) or grammar.response_ref.search(flat, a, b) is None
        assert flat.find("as", a, b) != -1 or next(grammar.as_clause.finditer(flat, a, b), None) is None
    words = grammar.response_words
    assert _may_refer("قصفت ردا علي الهجوم ", 0, 20, words) and not _may_refer("قصفت ردا الهجوم ", 0, 16, words)


def test_sentence_ends_are_those_of_the_stop_or_line_break_pattern():
    """The sentence-end pattern opens with one character class (the regex engine skips to its characters): it
    finds what "a stop not after a stop or a short number, then blanks; or line breaks" finds, on random text."""
    import random
    import re

    from timeline.sentences import _SENTENCE_END

    two_alternatives = re.compile(
        r"[.!?؟](?:(?<![.\d].)|(?<=\d{3}.)|(?<=[^\W\d] \d.)|(?<=[^\W\d] \d\d.))(?![.\d])\s+|\n+"
    )
    pieces = [".", "!", "؟", "\n", " ", "  ", "7", "2019", "a", "ب", "..", "\t"]
    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        a = rng.randint(0, len(text))
        assert [m.span() for m in _SENTENCE_END.finditer(text, a)] == [
            m.span() for m in two_alternatives.finditer(text, a)
        ], text


def test_the_ends_matched_at_the_stops_are_those_a_scan_of_the_paragraph_finds():
    """``_sentence_ends`` tries the pattern at the text's stops only: random paragraphs (no line break inside) of
    stops, digits, words and blanks, any window of them, give the ends ``finditer`` gives; so does a marked text."""
    import random

    from timeline.sentences import _sentence_end, _sentence_ends

    pieces = [".", "!", "؟", "?", " ", "  ", "7", "12", "2019", "a", "ب", "..", "\t", "Feb", "\u25a0"]
    rng = random.Random(23)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        expected = [m.span() for m in _sentence_end(text).finditer(text, a, b)]
        assert [m.span() for m in _sentence_ends(text)(a, b)] == expected, (text, a, b)


def test_a_response_reference_is_a_clause_of_its_own_in_either_language():
    """The reference clause is cut wherever the text holds a reference's words (each sentence is looked at only for
    the references whose words the whole text holds); a text holding only some of them has none."""
    from timeline.sentences import TextView, clauses

    def read(text):
        flat = TextView(text).flat
        return [(flat[c.start : c.end].strip(" ،,."), c.reference) for c in clauses(flat)]

    told = "Rebels shelled the village on Monday in retaliation for an air raid on their base. Later a mortar hit a school."
    assert read(told) == [
        ("rebels shelled the village on monday", False),
        ("in retaliation for an air raid on their base", True),
        ("later a mortar hit a school", False),
    ]
    told = "قصفت الفصائل قرية في ريف حماة رداً على غارة استهدفت مقرها، ثم سقطت قذيفة على مدرسة."
    assert [reference for _, reference in read(told)] == [False, True, False]
    assert read("A retaliation was feared for the raid on the base.") == [
        ("a retaliation was feared for the raid on the base", False)
    ]


def test_the_marked_sentence_end_is_taken_exactly_when_the_text_holds_a_mark():
    """A text is searched with the emoji and bullet ends only when it holds one of them: a high character that is
    no mark (an Arabic ligature, a box-drawing line) leaves the stop pattern; the first and last marks count."""
    from timeline.sentences import _SENTENCE_END, _SENTENCE_END_MARKED, _sentence_end

    assert _sentence_end("") is _SENTENCE_END
    assert _sentence_end("قصف على بلدة. غارة on a village\n") is _SENTENCE_END
    for high in ("\ufef7", "\u2021", "\u2500", "\U0001fb00", "\u2c00"):
        assert _sentence_end(f"قصف {high} غارة") is _SENTENCE_END, hex(ord(high))
    for mark in ("\u2022", "\u25a0", "\u25ff", "\u27bf", "\ufe0f", "\U0001f534", "\U0001faff"):
        assert _sentence_end(f"قصف {mark} غارة") is _SENTENCE_END_MARKED, hex(ord(mark))


def test_as_clauses_are_those_of_the_pattern_with_the_blank_looked_for_first():
    """ "as" is matched before the look-behind for the blank before it: the same matches as the pattern that
    looks behind first, on random text (positions inside a word, after a blank, at the start of the range)."""
    import random
    import re

    from timeline.reference import default_reference

    as_clause = default_reference().sentences.as_clause
    blank_first = re.compile("(?<=\\s)" + as_clause.pattern.replace("as(?<=\\sas)", "as", 1))
    pieces = ["as", " as ", "has", "as well", " as 3", "\tas", " ", "such", "x", "\n"]
    rng = random.Random(19)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        a = rng.randint(0, len(text))
        assert [m.span() for m in as_clause.finditer(text, a)] == [m.span() for m in blank_first.finditer(text, a)]


_MARKED = [
    "وسط اشتباكات عنيفة، قصفت المدفعية البلدة فيما ردت الفصائل ،  بينما",  # opens and ends with a mark word
    "Shells hit the market, and that night,  while guns fired; and the town burned  when  rain fell and that",
    "قتل 3،و5 آخرين في القصف، وقتل رجل وسط مدينة حمص وسط   القصف،ردت الفصائل\nفي حين  هدأت الجبهة",
    "but, but ; but\n\nand that and that",
]


@pytest.mark.parametrize("text", _MARKED)
def test_clause_marks_tried_where_they_may_start_are_those_of_the_whole_scan(text):
    """The marks tried only at commas, semicolons and the blanks before a mark word end where the scan's end, in
    any stretch of the text (a sentence's end cuts what a mark may see after it)."""
    grammar = default_reference().sentences
    flat = TextView(text).flat
    starts = _mark_starts(flat, grammar, blank_tokens(flat))
    spans = [(a, b) for a in range(0, len(flat), 5) for b in range(a + 1, len(flat) + 1, 7)] + [(0, len(flat))]
    for a, b in spans:
        expected = {m.end() for m in grammar.clause_mark.finditer(flat, a, b)}
        tried = {m.end() for p in starts if a <= p < b and (m := grammar.clause_mark.match(flat, p, b)) is not None}
        assert tried == expected, (a, b)
    assert {m.end() for m in grammar.clause_mark.finditer(flat)}  # (each text has marks)


def test_clauses_with_the_callers_tokens_are_those_read_alone():
    text = _MARKED[2] + ". " + _MARKED[1]
    flat = TextView(text).flat
    alone = clauses(flat)
    clauses(TextView("another text").flat)  # the memo keeps the last text only
    assert clauses(flat, tokens=blank_tokens(flat)) == alone
    assert len(alone) > 4

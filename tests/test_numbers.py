"""Counts of people: digits, Arabic-Indic digits, number words, duals, lists, vague counts, breakdowns."""

from timeline.numbers import find_counts
from timeline.sentences import TextView


def _counts(text: str) -> list[tuple[int | None, bool]]:
    return [(c.value, c.breakdown) for c in find_counts(TextView(text).flat)]


def test_digits_and_arabic_indic_digits():
    assert _counts("سقط 12 عنصراً") == [(12, False)]
    assert _counts("أصيب ٤ مدنيين") == [(4, False)]


def test_number_words_in_their_forms():
    assert _counts("مقتل ثلاثة أطفال") == [(3, False)]
    assert _counts("مقتل أربعة ضبّاط") == [(4, False)]
    assert _counts("قتل سبع نساء وستة عناصر") == [(7, False), (6, False)]
    assert _counts("أكثر من خمسة وعشرين مقاتلاً") == [(25, False)]


def test_teens_written_in_words_and_digits_glued_to_their_noun():
    assert _counts("قتل أربعة عشر مدنياً") == [(14, False)]
    assert _counts("مقتل سبع عشرة امرأة") == [(17, False)]
    assert _counts("قضى عشرة عناصر") == [(10, False)]
    assert _counts("أسفر القصف عن مقتل 6مدنيين") == [(6, False)]
    assert _counts("في عام 2017م") == []  # a year with its era letter is no count
    assert _counts("شاب يبلغ من العمر 19 عام") == [(1, False)]  # the young man; his age is no count


def test_english_tens_and_units_written_in_words():
    """House styles that spell counts out write tens and a unit hyphenated or not, and tens above fifty."""
    assert _counts("Thirty-four fighters and sixty-one villagers died") == [(34, False), (61, False)]
    assert _counts("some ninety seven soldiers were hurt") == [(97, False)]
    assert _counts("eighty people fled") == [(80, False)]
    assert _counts("in the twenty-first round of talks") == []


def test_duals_singulars_and_lists():
    assert _counts("قُتل مدنيان") == [(2, False)]
    assert _counts("مقتل عنصر واحد") == [(1, False)]
    assert _counts("جرح رجل وطفله") == [(2, False)]
    assert _counts("إصابة مدنيين اثنين") == [(2, False)]


def test_vague_counts_stay_vague():
    assert _counts("سقط عشرات القتلى") == [(None, False)]
    assert _counts("dozens of people were hurt") == [(None, False)]


def test_breakdown_is_marked():
    assert _counts("مقتل 9 عناصر بينهم ثلاثة ضباط، وإصابة 4 آخرين") == [(9, False), (3, True), (4, False)]
    assert _counts("killing six people including two children") == [(6, False), (2, True)]


def test_counts_of_things_are_not_people():
    assert _counts("أطلقوا 9 قذائف منذ ثلاثة أيام") == []


def test_a_thousand_is_a_number_not_the_noun_after_it():
    assert _counts("قضى أكثر من ألف مواطن") == [(1000, False)]
    assert _counts("نزح ألفا شخص") == [(1000, False)]


def test_a_number_joined_by_wa_after_a_noun_is_a_new_count():
    assert _counts("سقط قتيلان و9 جرحى") == [(2, False), (9, False)]
    assert _counts("قتل مدنيين اثنين") == [(2, False)]


def test_english_lists_of_people_add_up():
    assert _counts("a mother and her three sons") == [(4, False)]
    assert _counts("a man and a boy") == [(2, False)]


def test_english_comparatives_multipliers_and_a_breakdown_ended_by_a_verb():
    assert _counts("wounded more than 70 civilians") == [(70, False)]
    assert _counts("some two hundred militants withdrew") == [(200, False)]
    assert _counts("killing nine people including four children and wounding 20") == [
        (9, False),
        (4, True),
        (20, False),
    ]


def test_a_number_inside_a_link_is_no_count():
    text = "قتل 4 مدنيين، انظر [فيديو](https://example.org/watch?v=77&sa=D&ust=15391896695700) عن القصف"
    assert [value for value, _ in _counts(text)] == [4]
    assert [value for value, _ in _counts("the page /reports/12/ lists 3 civilians killed")] == [3]


def test_counts_read_from_a_window_match_the_whole_text():
    # the tokens read once for a window serve every count in it, whichever comes first
    flat = TextView("قال شهود إن الغارة قتلت 4 مدنيين و3 مقاتلين، وأصيب خمسة عشر شخصاً في البلدة").flat
    whole = [(c.start, c.end, c.value) for c in find_counts(flat)]
    assert [v for _, _, v in whole] == [4, 3, 15]
    second = whole[1][0]
    assert [(c.start, c.end, c.value) for c in find_counts(flat, second, len(flat))] == whole[1:]
    assert [c.value for c in find_counts(flat, 0, whole[1][1])] == [4, 3]  # the window's end cuts the tokens

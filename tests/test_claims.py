"""Casualty figures, their side, and the source each claim is attributed to."""

import pytest

from timeline import claims
from timeline.claims import attributions, build_claims, figures, has_casualty_word, source_kind
from timeline.factions import find_factions
from timeline.numbers import find_counts
from timeline.reference import default_reference
from timeline.sentences import TextView


def _claims(text: str) -> list[tuple]:
    flat = TextView(text).flat
    facts = find_factions(flat)
    sources = attributions(flat, 0, len(flat), facts)
    figs = figures(flat, 0, len(flat), find_counts(flat), facts)
    source = sources[0] if sources else None
    return [
        (c["source_kind"], c["killed"], c["wounded"], c["of"], c["vague"])
        for c in build_claims(figs, source, None, None)
    ]


def test_killed_and_wounded_with_source():
    assert _claims("قُتل مدنيان وأصيب ستة آخرون بحسب الدفاع المدني.") == [("civil defence", 2, 6, "civilians", [])]


def test_two_sides_in_one_claim_sentence():
    got = _claims("وقالت وكالة الرصد إن الهجوم أسفر عن مقتل 11 عنصراً لـ قوات النظام إضافة لمقتل ثلاثة جنود روس.")
    assert got == [("agency", 11, None, "syrian-government", []), ("agency", 3, None, "russia", [])]


def test_breakdown_not_counted_twice():
    got = _claims("ما أدى إلى مقتل 8 عناصر من هيئة تحرير الشام بينهم قائدان")
    assert got == [("outlet", 8, None, "hts", [])]


def test_passive_english_figure_and_monitor():
    got = _claims("At least seven fighters were killed in the clashes, a war monitor said.")
    assert got == [("monitor", 7, None, None, [])]


def test_vague_toll_is_flagged_not_numbered():
    assert _claims("وأوقعت عدداً من القتلى في صفوف المهاجمين") == [("outlet", None, None, "attackers", ["killed"])]


def test_the_source_kind_memo_stops_growing_at_its_limit():
    """A long ingest meets new source names without end: past the limit, a new name is read but not kept."""
    from timeline.lexregex import PLAN_MEMO_LIMIT
    from timeline.reference import Reference

    tables = Reference.load().claims
    tables.source_kind_memo.update(dict.fromkeys(map(str, range(PLAN_MEMO_LIMIT))))
    assert source_kind("local activists in the town", tables) == "activists"
    assert "local activists in the town" not in tables.source_kind_memo


def test_source_kinds():
    assert source_kind("ناشطون محليون") == "activists"
    assert source_kind("وسائل إعلام موالية") == "pro-government media"
    assert source_kind("the syrian observatory for human rights") == "monitor"
    assert source_kind("state news agency sana") == "state media"


def test_coordinated_count_takes_the_same_casualty_word():
    got = _claims("أسفرت المعارك عن مقتل 12 عنصراً من قوات النظام و5 من الفصائل، وفق المرصد السوري.")
    assert got == [("monitor", 12, None, "syrian-government", []), ("monitor", 5, None, "opposition-unspecified", [])]


def test_shared_vague_count_is_killed_and_wounded():
    assert _claims("قتل وجرح عشرات العناصر من قوات النظام") == [
        ("outlet", None, None, "syrian-government", ["killed", "wounded"])
    ]


def test_english_source_named_before_said():
    assert _claims("Syrian state media said rockets wounded four people.") == [
        ("state media", None, 4, "civilians", [])
    ]


def test_victims_of_a_massacre_and_dead_enemies():
    assert _claims("نفذت الطائرات مجزرة راح ضحيتها خمسة أطفال.") == [("outlet", 5, None, "civilians", [])]
    assert _claims("وأدى الكمين إلى هلاك 12 عنصراً من قوات النظام.") == [("outlet", 12, None, "syrian-government", [])]
    assert _claims("ولقي ثلاثة مقاتلين حتفهم في المعركة.")[0][1] == 3


def test_number_before_plural_nouns_keeps_killed_and_wounded_apart():
    assert _claims("ما أسفر عن 8 قتلى و21 جريحاً.") == [("outlet", 8, 21, None, [])]


def test_source_name_without_leftover_words_and_the_outlet_that_relayed_it():
    flat = TextView('ونقل موقع "المدار" المقرب من النظام عن مصدر عسكري قوله إن 9 مسلحين قتلوا.').flat
    (got,) = attributions(flat, 0, len(flat), find_factions(flat))
    assert (got.text, got.kind) == ("مصدر عسكري", "military sources")
    assert flat[got.via[0] : got.via[1]].startswith("موقع")
    flat = TextView("قتل مدنيان حسبما أفاد لنا الناشط الإعلامي سامر.").flat
    (got,) = attributions(flat, 0, len(flat), find_factions(flat))
    assert (got.text, got.kind) == ("الناشط الاعلامي سامر", "activists")


def test_a_count_joined_by_and_before_the_bound_one_takes_the_same_word():
    got = _claims("At least 14 regime soldiers and 6 rebels were killed in the fighting.")
    assert [(k, of) for _s, k, _w, of, _v in got] == [(14, "syrian-government"), (6, "opposition-unspecified")]


def test_an_aside_between_count_and_verb_and_a_name_before_the_noun():
    got = _claims("Four members of a family, including a baby, were killed in the raid.")
    assert [(k, of) for _s, k, _w, of, _v in got] == [(4, None)]
    got = _claims("A Turkish soldier was wounded in the attack.")
    assert [(w, of) for _s, _k, w, of, _v in got] == [(1, "turkey")]
    assert _claims("وانتشلت فرق الإنقاذ جثث ستة مدنيين.")[0][1:4] == (6, None, "civilians")


def test_a_singular_noun_with_its_nationality_is_the_count_and_its_side():
    got = _claims("قُتل جندي تركي وأصيب آخران.")
    assert [(k, w, of) for _s, k, w, of, _v in got] == [(1, 2, "turkey")]


def test_a_toll_that_rose_to_a_number_binds_it_however_long_the_side_named_between():
    got = _claims("وارتفع عدد قتلى قوات النظام والمسلحين الموالين لها في المعارك إلى 27")
    assert [c[1] for c in got] == [27]


def test_a_teenager_pair_and_people_who_died_are_counts_of_the_dead():
    assert [c[1] for c in _claims("ولقي مراهقان حتفهما في القصف")] == [2]
    assert [c[1] for c in _claims("وقال الطبيب إن 7 أشخاص توفوا اختناقا")] == [7]


def test_killed_and_wounded_counts_each_with_its_own_noun_are_not_coordinated():
    assert _claims("وخلفت الغارات 26 قتيلاً و40 جريحاً") == [("outlet", 26, 40, None, [])]
    # "أوقع" (caused) binds the first count; the noun right after it is that figure's own word
    assert _claims("وأوقعت الغارات 26 قتيلاً و40 جريحاً") == [("outlet", 26, 40, None, [])]
    assert [c[1] for c in _claims("وكرر التحالف غاراته على البلدة موقعاً 14 مدنياً")] == [14]


def test_the_dead_in_a_nations_strikes_are_not_that_nations_losses():
    assert _claims("قتل 12 مدنياً في غارات روسية على البلدة") == [("outlet", 12, None, "civilians", [])]
    assert _claims("قتل 12 عنصراً من القوات التركية في الهجوم") == [("outlet", 12, None, "turkey", [])]


def _killed(text: str) -> list[int]:
    flat = TextView(text).flat
    return [
        f.count.value for f in figures(flat, 0, len(flat), find_counts(flat), find_factions(flat)) if f.kind == "killed"
    ]


def test_a_toll_noun_takes_the_number_after_its_link_word():
    assert _killed("The death toll from Monday's raids on the village has risen to 44, a monitor said") == [44]
    assert _killed("raising an earlier toll of 31") == [31]
    assert _killed("the toll stood at 9 with 20 wounded") == [9]


def test_counts_joined_by_and_are_each_a_figure_or_one_toll_of_civilians():
    assert _killed("jets killed 40 IS fighters and seven civilians near the dam") == [40, 7]
    # the one toll, after the numbers it is told in, kept inside it (subsets)
    assert _killed("four women and a child were killed when the shell hit") == [4, 1, 5]
    flat = TextView("four women and a child were killed when the shell hit").flat
    assert [f.subset for f in figures(flat, 0, len(flat), find_counts(flat), find_factions(flat))] == [
        True,
        True,
        False,
    ]
    assert _killed("a man and a boy were killed by sniper fire") == [2]


def test_deaths_of_counts_the_dead():
    assert _killed("rescuers recorded the deaths of 12 people in the market") == [12]


def test_fighters_inside_a_toll_are_their_own_figure_but_children_are_not():
    assert _killed("it said 30 people including 12 army soldiers were killed") == [30, 12]
    assert _killed("six civilians including four children were killed") == [6]


def test_civilians_inside_a_toll_of_people_are_a_subset_claim():
    assert _killed("the raid killed 40 people, among them 15 civilians, a monitor said") == [40, 15]
    flat = TextView("وقتل 40 شخصا، بينهم 15 مدنيا، وأصيب 30 آخرون في القصف").flat
    figs = figures(flat, 0, len(flat), find_counts(flat), find_factions(flat))
    got = [(c["killed"], c["wounded"], c["of"], c.get("subset", False)) for c in build_claims(figs, None, None, None)]
    assert got == [(40, 30, None, False), (15, None, "civilians", True)]  # the wounded are not inside the subset


def test_lives_and_slain_count_the_dead():
    assert _killed("the blast claimed 14 lives") == [14]
    assert _killed("at least 9 gunmen were slain") == [9]


def test_officers_among_dead_soldiers_are_no_figure_of_their_own():
    assert _killed("nine soldiers were killed among them two officers") == [9]


def test_death_and_injury_nouns_count_the_dead_and_the_wounded():
    flat = TextView("mourning the death of four medics; two deaths and 13 injuries were reported").flat
    got = [(f.kind, f.count.value) for f in figures(flat, 0, len(flat), find_counts(flat), [])]
    assert got == [("killed", 4), ("killed", 2), ("wounded", 13)]


def test_a_count_set_against_the_first_side_takes_the_same_casualty_word():
    got = _claims("أسفرت المعارك عن مقتل 8 عناصر من قوات النظام والمسلحين الموالين، مقابل أربعة من الفصائل.")
    assert [(c[1], c[3]) for c in got] == [(8, "syrian-government"), (4, "opposition-unspecified")]
    # a count set against a casualty noun of its own keeps its own word
    assert _claims("وخلفت الغارات 9 قتلى مقابل 20 جريحاً") == [("outlet", 9, 20, None, [])]


def test_a_count_told_in_addition_to_the_first_side_takes_the_same_casualty_word():
    # "إضافة إلى N": the second group's count was dropped
    got = _claims("أسفر الهجوم عن مقتل 17 عنصراً من قوات النظام إضافة إلى ستة مسلحين موالين.")
    assert [c[1] for c in got] == [17, 6]
    got = _claims("قتل في الكمين 9 عناصر لحراس الدين بالإضافة إلى مدنيين اثنين.")
    assert [c[1] for c in got] == [9, 2]
    # a count with a casualty word of its own keeps it
    assert _claims("خلف القصف 5 قتلى بالإضافة إلى 12 جريحاً") == [("outlet", 5, 12, None, [])]


def test_a_part_named_without_commas_inside_a_toll_does_not_part_the_count_from_its_verb():
    # "بينهم ستة ضباط" between a long side's name and "لقوا حتفهم" put the count beyond the backward reach
    got = _claims("ذكر المرصد أن 23 عنصراً من قوات النظام والموالين لها بينهم أربعة ضباط لقوا حتفهم في الكمين.")
    assert [(c[1], c[3]) for c in got] == [(23, "syrian-government")]


def test_a_count_out_of_a_whole_toll_gives_the_whole_toll_too():
    assert [c[1] for c in _claims("قتل ثلاثة مقاتلين من بين 11 شخصاً في القصف")] == [3, 11]


def test_a_casualty_word_is_found_only_whole_and_inside_the_span():
    flat = "killed at dawn; the unkilled plan; two were wounded; قتل رجلان"
    assert has_casualty_word(flat, 0, 6)  # the text's first word
    assert not has_casualty_word(flat, 1, 15)  # "illed" is no word: it starts inside one
    unkilled = flat.index("unkilled")
    assert not has_casualty_word(flat, unkilled + 2, unkilled + 8)  # inside a longer word
    wounded = flat.index("wounded")
    assert has_casualty_word(flat, wounded, wounded + 7)
    assert not has_casualty_word(flat, wounded, wounded + 6)  # the span ends before the word does
    assert has_casualty_word(flat, flat.index("قتل"), len(flat))
    assert not has_casualty_word(flat, 16, wounded)


def test_the_dual_of_a_pupil_or_student_is_a_count_of_two():
    assert [c[1] for c in _claims("وأسفرت القذيفة عن مقتل تلميذين داخل الصف.")] == [2]
    assert [c[1] for c in _claims("وقتلت الشظايا طالبتين كانتا في الساحة.")] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "five people died when the market was hit on Monday morning the local council said",
        "a rescue worker said three were hurt, and the monitor reported two more dead",
        "x" * 90 + " said; " + "a long-time resident of the old quarter who saw the strike " * 2 + "  told us",
        "the two men " + "w" * 79 + "     said and then   the doctors    said",  # a name of 79 letters, 5 blanks
        "after the strike,      " + "w" * 79 + " said",  # the blanks before the name open the match
        "said said said , said",
    ],
)
def test_en_said_finds_what_a_scan_of_every_position_finds(text):
    """The English "NAME said" search starts near each verb of saying; it finds what the plain scan finds."""
    grammar = default_reference().claims.grammar
    for start in (0, 5, len(text) // 2):
        spans = [(m.span(), m.span(1)) for m in claims._en_said(text, start, len(text), grammar)]
        assert spans == [(m.span(), m.span(1)) for m in grammar.en_said.finditer(text, start, len(text))]


@pytest.mark.parametrize(
    "flat, expected",
    [
        ("وزعت الجمعية 300 سلة غذائية لتوفير الطعام للعائلات النازحة.", []),  # providing, not "died"
        ("توفيت 3 نساء متأثرات بجروحهن في المستشفى.", [("killed", 3)]),
        ("وقالت المصادر إن 4 أطفال توفوا غرقا في النهر.", [("killed", 4)]),
    ],
)
def test_a_casualty_word_takes_only_inflection_letters_after_it(flat, expected):
    assert has_casualty_word(flat, 0, len(flat)) == bool(expected)
    assert [(f.kind, f.count.value) for f in figures(flat, 0, len(flat), find_counts(flat), [])] == expected


def test_a_window_reads_the_words_with_their_groups_as_the_whole_text_does():
    # read from the character before each word ("أسرة" is a family: the captured word with a suffix is no word)
    flat = TextView("نزحت أسرة من القرية بعد أسر شابين ومقتل رجل; rebels captured two soldiers").flat
    start = flat.index("اسره") - 1  # (normalized: "أسرة")
    words = claims.casualty_words(flat, start, len(flat))
    assert [(flat[a:b], kind) for a, b, kind in words] == [
        ("اسر", "captured"),
        ("مقتل", "killed"),
        ("captured", "captured"),
    ]
    assert words == claims.casualty_words(flat, 0, len(flat))


def test_casualty_words_of_a_window_are_those_of_the_whole_text_inside_it():
    flat = TextView("قال مسعفون إن القصف أدى لمقتل رجلين وإصابة ثلاثة، واستشهد طفل لاحقاً; two more were killed").flat
    whole = claims.casualty_words(flat, 0, len(flat))
    assert [kind for _, _, kind in whole] == ["killed", "wounded", "killed", "killed"]
    for start in [i + 1 for i, ch in enumerate(flat) if ch == " "]:  # a window starting at each word
        assert claims.casualty_words(flat, start, len(flat)) == [w for w in whole if w[0] >= start]
    # a window starting inside a word finds no word there ("مقتل" after the "ل" of "لمقتل")
    inside = flat.index("لمقتل") + 1
    assert claims.casualty_words(flat, inside, len(flat)) == [w for w in whole if w[0] > inside]


def test_source_markers_are_those_of_the_whole_pattern():
    grammar = default_reference().claims.grammar
    # "وقال" with its conjunction, "بحسب", "according to", and "قال" inside another word ("استقال"): not a marker
    flat = TextView("وقال ناشطون إن مدير المشفى استقال، بحسب مصادر محلية; according to medics, fire hit a school").flat
    expected = [m.span() for m in grammar.marker.finditer(flat, 2, len(flat))]
    assert len(expected) == 2
    assert [m.span() for m in claims._markers(flat, 2, len(flat), grammar)] == expected
    assert [m.span() for m in claims._markers(flat, 0, len(flat), grammar)] == [
        m.span() for m in grammar.marker.finditer(flat)
    ]


def test_english_saying_verbs_are_those_of_the_whole_pattern_not_words_holding_them():
    grammar = default_reference().claims.grammar
    # "unsaid" and "soothsaid" hold "said" inside a word: no verb of saying there
    texts = [
        "Much was left unsaid by the council, local medics said, and a soothsaid omen meant nothing",
        "Two people died in the strike on the market the civil defence reported on Monday",
        "unsaid",
    ]
    for text in texts:
        flat = TextView(text).flat
        for start in (0, 5):
            expected = [m.span(1) for m in grammar.en_said.finditer(flat, start, len(flat))]
            assert [m.span(1) for m in claims._en_said(flat, start, len(flat), grammar)] == expected
    flat = TextView(texts[0]).flat
    assert [flat[slice(*m.span(1))] for m in claims._en_said(flat, 0, len(flat), grammar)] == ["local medics"]


def test_casualty_words_with_no_count_to_bind_give_no_figure():
    # figures returns early when the clause has no count outside a breakdown: a figure needs a count
    flat = TextView("Jets struck the market at dawn, killing five people, among them two children.").flat
    counts = find_counts(flat)
    assert [(f.kind, f.count.value) for f in figures(flat, 0, len(flat), counts, [])] == [("killed", 5)]
    assert figures(flat, 0, len(flat), [], []) == []
    assert figures(flat, 0, len(flat), [c for c in counts if c.breakdown], []) == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A resident was killed when he stepped on a mine.", 1),
        ("Two men were shot dead at a checkpoint.", 2),
        ("Three brothers were killed in the raid.", 3),
        ("Four villagers died in the shelling.", 4),
    ],
)
def test_person_nouns_of_wire_copy_count_the_dead(text, killed):
    assert [c[1] for c in _claims(text)] == [killed]


def test_an_adjective_before_group_counts_no_one():
    # "militant" and "rebel" describe a group ("the militant group"): no person nouns of one
    assert [c[1] for c in _claims("Nine members of a local militant group died in the ambush.")] == [9]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("قتل عجوز بقصف على البلدة.", 1),
        ("قتل ناشط برصاص مجهولين.", 1),
        ("قتل أخوين بغارة على منزلهما.", 2),
        ("قتل مسعفين بغارة على مركز الدفاع المدني.", None),  # a plural with no number: some, how many not told
    ],
)
def test_person_nouns_of_arabic_news_count_the_dead(text, killed):
    assert [c[1] for c in _claims(text)] == [killed]


@pytest.mark.parametrize(
    ("text", "killed"),
    [("قتلت امرأة وأطفالها الثلاثة بقصف على البلدة.", 4), ("قتل رجل وزوجته وأطفالهما الأربعة بغارة.", 6)],
)
def test_a_family_listed_with_the_number_of_its_children(text, killed):
    assert [c[1] for c in _claims(text)] == [killed]


def test_a_hedged_second_count_joined_by_and_shares_the_casualty_word():
    # "at least" between "and" and the second count cut the first count off the word
    assert [(c[1], c[3]) for c in _claims("It said 13 rebels and at least six soldiers were killed.")] == [
        (13, "opposition-unspecified"),
        (6, None),
    ]


@pytest.mark.parametrize(
    "text",
    ["وقال المرصد إن حصيلة القصف بلغت 14 مدنياً.", "وارتفعت حصيلة الغارات إلى 14 مدنياً."],
)
def test_the_toll_of_an_attack_named_after_it(text):
    # "حصيلة X" (the toll of X, no casualty word after its number) counted no one: only "الحصيلة" alone did
    assert [c[1] for c in _claims(text)] == [14]

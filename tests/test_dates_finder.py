"""Finding: which expression each rule reads from normalized text."""

from __future__ import annotations

from timeline.dates.expression import Expression
from timeline.dates.finder import find_expressions
from timeline.dates.overlap import select_longest
from timeline.normalize import normalize


def find(text):
    return find_expressions(normalize(text))


def test_day_month_with_paired_names_and_modifier():
    (e,) = find("في 21 نوفمبر/ تشرين الثاني الماضي")
    assert (e.form, e.day, e.month, e.direction, e.year) == ("date", 21, 11, "past", None)


def test_paired_names_that_disagree_are_noted():
    (e,) = find("في 21 نوفمبر/ تشرين الأول 2018")
    assert e.note == "paired month names disagree"


def test_hijri_year_marker():
    (e,) = find("في 12 صفر 1440 هـ")
    assert (e.calendar, e.year, e.month, e.day) == ("hijri", 1440, 2, 12)


def test_numeric_order_decided_by_numbers():
    assert [(e.year, e.month, e.day) for e in find("2018.11.10 و 10.11.2018 و 11/25/2018")] == [
        (2018, 11, 10),
        (2018, 11, 10),
        (2018, 11, 25),
    ]


def test_numbers_that_are_not_dates():
    assert find("قتل 12 شخصا و 2018 نسمة و 3.5 ملايين و 1.2.3") == []


def test_proclitic_stays_outside_the_span():
    norm = normalize("وأمس قصفت")
    (e,) = find_expressions(norm)
    assert norm.text[e.start : e.end] == "امس"


def test_bare_month_needs_a_context():
    assert find("نيسان") == []
    assert [e.form for e in find("في نيسان")] == ["month"]
    assert find("رمضان") == []  # also a name
    assert [e.month for e in find("شهر رمضان")] == [9]


def test_english_names_must_be_capitalized():
    assert find("they may go in march") == []
    assert [e.month for e in find("in March")] == [3]


def test_relative_day_with_weekday_check():
    (e,) = find("مساء أمس الخميس")
    assert (e.form, e.offset, e.weekday_check) == ("relative", -1, 3)


def test_nights():
    (pair,) = find("ليل الجمعة - السبت")
    assert (pair.weekday, pair.weekday_last, pair.note) == (4, 5, None)
    (named,) = find("ليلة الجمعة")  # one weekday: the night is dated by the day it names
    assert (named.form, named.weekday) == ("weekday", 4)
    (late,) = find("منتصف ليل الخميس")
    assert (late.form, late.weekday) == ("weekday", 3)
    (odd,) = find("ليل الجمعة - الأحد")
    assert odd.note


def test_durations_are_not_days():
    assert find("الحصار المستمر منذ أسبوعين") == []  # a length of time after a word of continuing
    assert find("شنوا أعنف هجوم منذ شهر") == []  # the worst in a month: a length, not a day
    assert [e.offset for e in find("قبل أسبوعين")] == [-14]


def test_a_count_of_units_before_is_a_point():
    (days,) = find("غادر القرية منذ 21 يوما")
    assert (days.form, days.offset) == ("relative", -21)
    assert find("منذ أسبوعين") == find("نزحوا منذ شهرين") == []  # weeks or months after منذ: how long
    (weeks,) = find("قبل أسبوعين")
    assert weeks.offset == -14
    (years,) = find("اندلعت الحرب قبل ثماني سنوات")
    assert (years.form, years.months, years.unit) == ("ago", 96, "year")
    (year,) = find("عاد قبل عام")
    assert year.months == 12
    (two,) = find("غادر قبل عامين")
    assert two.months == 24
    assert find("يعمل في المخبز منذ خمسة عشر عاما") == find("يبيع الخبز منذ 15 عاما") == []  # how long, not when
    assert [e.form for e in find("منذ عام 2015")] == ["year", "year"]  # a year number: since 2015, not a count


def test_overlap_keeps_the_longest_then_the_first_rule():
    short, long_, other = Expression(5, 10, "relative"), Expression(0, 12, "date"), Expression(20, 25, "relative")
    assert select_longest([(3, short), (1, long_), (0, other)]) == [long_, other]
    tie_a, tie_b = Expression(0, 5, "date"), Expression(0, 5, "month")
    assert select_longest([(2, tie_b), (1, tie_a)]) == [tie_a]


def test_number_behind_a_proclitic_after_another_date():
    found = find("وقع الهجوم في 7 ابريل 2018 و9 إبريل")
    assert [(e.day, e.month, e.year) for e in found] == [(7, 4, 2018), (9, 4, None)]


def test_heads_inside_punctuated_tokens():
    found = find("(أمس)، و«اليوم» أيلول/سبتمبر 2018")
    assert [e.form for e in found] == ["relative", "relative", "month"]


def test_token_plans_mark_future_words_and_cached_plans_give_the_same_heads():
    from timeline.dates.finder import FUTURE_CUE, FUTURE_VERB, _head_positions
    from timeline.dates.grammar import load_grammar
    from timeline.dates.lexicon import load_lexicon

    text = normalize("وقال إن الوفد سيزور إدلب (سوف يصل) بعد سيطرة الفصائل، الخميس 14 آذار").text
    first = _head_positions(text, load_grammar(), load_lexicon())
    assert first == _head_positions(text, load_grammar(), load_lexicon())  # the second call reads cached plans
    marked = {text[pos : pos + 5]: word for pos, word in first if word in (FUTURE_CUE, FUTURE_VERB)}
    assert marked == {"سيزور": FUTURE_VERB, "سوف ي": FUTURE_CUE}  # سيطرة is a noun: not marked
    assert find("سيزور الوفد المنطقة") == []


def test_an_english_name_word_after_a_date_makes_it_a_name():
    assert find("rockets fell on the market and on April 7th Street") == []
    assert find("the convoy crossed the 6 October Bridge") == []
    (e,) = find("rockets fell on the market on April 7th")
    assert (e.month, e.day) == (4, 7)


# The spans of addresses and file names as one regex scan of the text finds them: what ``_link_spans`` must give.
_LINK_BY_ONE_SCAN = r"(?:https?://|www\.)\S+|\]\([^)\s]*\)|[\w./-]+\.(?:png|jpe?g|gif|webp|mp4|pdf|html?)(?!\w)"


def test_link_spans_are_those_of_one_scan_of_the_text():
    """Addresses found from their marks and file names from their extensions give the spans of one regex scan:
    an address before a file name starting at the same place, nothing inside a span taken."""
    import re

    from timeline.dates.finder import _link_spans

    one_scan = re.compile(_LINK_BY_ONE_SCAN)
    texts = [
        "see photo_2020-01-05.jpg and report.v2.pdf.",
        "a.pdf/www.example.org/b and x.png-y.gif",
        "map 12-03-2019.png, then .pdf alone and file.pdfx",
        "نشر في 3/4/2018 صورة image.jpeg ثم [رابط](https://example.org/a.html)",
        "notes.html.bak.htm ok -report.webp",
        "x/www.site.org/a.png?size=2 and httpd.conf.htm then http:/broken.pdf",
        ".png.jpg at the start, and [the map](files/map.pdf) then (see ](x.gif)",
        "a long name " + "ab_12/" * 70 + "x.png and " + "q" * 500 + ".pdf.gif " + "r-" * 40 + ".jpg",
    ]
    for text in texts:
        assert _link_spans(text) == [m.span() for m in one_scan.finditer(text)], text


def test_link_spans_agree_with_one_scan_on_random_text():
    """Random strings over the characters that matter (marks, extensions, name characters, blanks)."""
    import random
    import re

    from timeline.dates.finder import _link_spans

    one_scan = re.compile(_LINK_BY_ONE_SCAN)
    pieces = ["http", "s", "://", "www.", "](", ")", ".png", ".jpg", ".pdf", ".html", "a", "ب", "7", "_", "-", "/"]
    pieces += [".", " ", "x", "?", "(", "]"]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert _link_spans(text) == [m.span() for m in one_scan.finditer(text)], text


def test_blocked_spans_are_those_of_a_scan_per_term():
    """Terms found from the word they share give the spans a search for each term gives (whole words only)."""
    import random

    from timeline.dates.finder import _blocked_spans

    terms = ("قناة اليوم", "اليوم الاول", "في اليوم الاول", "اليوم", "evening today", "بين ليله وضحاها")

    def per_term(text: str) -> set[tuple[int, int]]:
        spans = set()
        for term in terms:
            pos = text.find(term)
            while pos != -1:
                end = pos + len(term)
                if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                    spans.add((pos, end))
                pos = text.find(term, pos + 1)
        return spans

    words = ["قناة", "اليوم", "الاول", "في", "بين", "ليله", "وضحاها", "evening", "today", "و", "x"]
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", " ", "", "،"]) for _ in range(rng.randint(1, 8)))
        assert set(_blocked_spans(text, terms)) == per_term(text), text


def test_preposition_tests_agree_with_the_regex_search_on_random_text():
    """The ends a window is tested for before the regex search (``after_preposition``, ``after_year_preposition``)
    let through every window the search matches: random windows of prepositions, glued letters, month names,
    blanks (a final newline, which ``$`` matches before) and dashes."""
    import random

    from timeline.dates.finder import FindContext
    from timeline.reference import default_reference

    dates = default_reference().dates
    grammar = dates.grammar
    pieces = ["في", "خلال", "ب", "ل", "و", "آذار", "نيسان", "من", "mid", "the", "in", "early", "x", "قال", "2019"]
    pieces += [" ", " ", "\n", "-", "،", "\u00a0", ""]
    rng = random.Random(17)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        norm = normalize(text + "9")
        ctx = FindContext(norm, dates.lexicon, grammar)
        end = len(norm.text) - 1
        assert ctx.after_preposition(end) == bool(grammar.preposition_before.search(ctx.before(end))), text
        window = ctx.before(end, 12)
        assert ctx.after_year_preposition(end) == bool(grammar.year_preposition.search(window)), text


def test_an_optional_group_is_none_when_the_rule_lacks_it_or_it_did_not_take_part():
    import re

    from timeline.dates.finder import _opt

    m = re.match(r"(?P<day>\d+)(?:\s+(?P<mod>x))?", "12 y")
    assert (_opt(m, "day"), _opt(m, "mod"), _opt(m, "year")) == ("12", None, None)


def test_a_range_joined_by_a_joining_word_with_its_conjunction():
    """ "وحتى" joins a range as "حتى" does (interval_words.csv): the range rules read their joining words there."""
    (e,) = find("خلال الفترة من 3 آذار وحتى 5 نيسان 2018")
    assert (e.day, e.month, e.month_last, e.day_last, e.year) == (3, 3, 4, 5, 2018)

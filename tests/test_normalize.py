from timeline.normalize import normalize, normalize_term


def test_diacritics_and_tatweel_are_dropped_and_spans_map_back():
    text = "قُتِلَ مِن عناصــر"
    norm = normalize(text)
    assert norm.text == "قتل من عناصر"
    start = norm.text.index("من")
    a, b = norm.span(start, start + 2)
    assert text[a:b] == "مِن"


def test_alef_variants_ta_marbuta_and_alef_maqsura_fold():
    assert normalize("أإآٱ ة ى").text == "اااا ه ي"


def test_arabic_indic_and_persian_digits_become_ascii():
    assert normalize("٢٧ يونيو ٢٠١٩").text == "27 يونيو 2019"
    assert normalize("۱۲").text == "12"


def test_dashes_unified_and_latin_lowercased():
    assert normalize("ليل الأحد – الإثنين").text == "ليل الاحد - الاثنين"
    assert normalize("Oct. 10").text == "oct. 10"


def test_empty_span_maps_to_a_position():
    norm = normalize("أمس")
    assert norm.span(1, 1) == (1, 1)
    assert norm.span(3, 3) == (3, 3)


def test_normalize_term_squeezes_spaces():
    assert normalize_term("  تشرين   الأول ") == "تشرين الاول"


def test_hashtag_underscores_become_spaces_so_names_match():
    assert normalize("#هيئة_تحرير_الشام").text == "#هييه تحرير الشام"


def test_blank_runs_are_runs_of_two_blanks_or_more():
    """The pattern of blank runs (a blank, then more) finds what "two or more blanks" finds, on random text."""
    import random
    import re

    from timeline.normalize import _BLANK_RUN, HORIZONTAL_BLANKS

    two_or_more = re.compile(f"[{HORIZONTAL_BLANKS}]{{2,}}")
    pieces = [" ", "\t", "\u00a0", "\u2009", "\n", "a", "ب", "7"]
    rng = random.Random(23)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert [m.span() for m in _BLANK_RUN.finditer(text)] == [m.span() for m in two_or_more.finditer(text)]


def test_blanks_around_dropped_characters_squeeze_as_in_the_character_by_character_normalizer():
    """Runs of blanks are found in the text before the dropped characters are taken out (one position index):
    a run broken only by dropped characters (tatweel, harakat, joiners) is still one run."""
    import random

    from timeline.normalize import _normalize_by_char

    pieces = [" ", "\t", "\u00a0", "\u2009", "\n", "\u0640", "\u064e", "\u200c", "\u200f", "ب", "a", "Q", "أ", "٣", "_"]
    rng = random.Random(41)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        fast, slow = normalize(text), _normalize_by_char(text)
        assert (fast.text, tuple(fast.index)) == (slow.text, tuple(slow.index)), repr(text)


def test_invisible_format_characters_inside_words_and_around_numbers_are_dropped():
    """Zero-width spaces, soft hyphens, direction marks and isolates that editors and web pages leave in a text do not
    split a word or a number, and spans still map back to the text as written."""
    text = "قصف\u200bت المدف\u00adعية قرية \u2067تل\u2069 عاس يوم \u200f12\u200f \u202bآذار\u202c\ufeff"
    norm = normalize(text)
    assert norm.text == "قصفت المدفعيه قريه تل عاس يوم 12 اذار"
    start = norm.text.index("تل عاس")
    a, b = norm.span(start, start + len("تل عاس"))
    assert text[a:b] == "تل\u2069 عاس"


def test_the_latin_article_el_is_read_al_and_spans_map_back():
    """The romanizations "el-" and "al-" of one Arabic article: a name in either matches the gazetteer's and the
    alias tables' spelling; a word merely ending in "el" is left alone."""
    text = "Jets hit Khan El-Assal at dawn, then a fuel depot; Israel denied it."
    norm = normalize(text)
    assert norm.text == "jets hit khan al-assal at dawn, then a fuel depot; israel denied it."
    start = norm.text.index("al-assal")
    assert text[slice(*norm.span(start, start + 8))] == "El-Assal"


def test_the_index_of_texts_of_every_length_is_that_of_the_character_by_character_normalizer():
    """A text's index is copied from a table of positions grown to the longest text seen, and a text longer than the
    table's limit takes ranges: the index is the slow path's either way, and so are the spans it maps back."""
    from timeline.normalize import _normalize_by_char, _Positions

    line = "قُصِفَت  البلدةُ\u200fمساءً  بـــصواريخ\n"
    for size in (7, 300, 9000, _Positions.LIMIT + 50):
        text = (line * (size // len(line) + 1))[:size]
        fast, slow = normalize(text), _normalize_by_char(text)
        assert (fast.text, tuple(fast.index)) == (slow.text, tuple(slow.index)), size
        assert fast.span(len(fast.text) - 3, len(fast.text)) == slow.span(len(slow.text) - 3, len(slow.text))

"""The pieces of a text that may hold a casualty word (``claims.casualty_pieces``) are a gate before the casualty
pattern: wherever ``has_casualty_word`` finds a word, a piece overlaps the stretch, or the clause reader would skip
a clause that names a casualty. Texts are built from every word of the casualty table, with filler words written
for these tests."""

import csv

import pytest

from timeline.claims import casualty_pieces, has_casualty_word
from timeline.lexregex import blank_tokens
from timeline.normalize import normalize_term
from timeline.paths import LEXICON_DIR
from timeline.reference import default_reference

TABLES = default_reference().claims
with open(LEXICON_DIR / "casualties.csv", encoding="utf-8") as fh:
    WORDS = [normalize_term(r["word"]) for r in csv.DictReader(fh)]


def _texts() -> list[str]:
    texts = []
    for word in WORDS:
        if word.isascii():
            texts += [f"some filler {word} and more", f"({word}), then text", f"{word} opens it"]
        else:
            texts += [f"كلام تمهيدي {clitic}{word} ثم كلام" for clitic in ("", "و", "بال", "فلل", "ل")]
            texts += [f"كلام تمهيدي،{word}ين. ثم", f"({word}) كلام", f"{word}\nسطر اخر"]
    return texts


def _stretches(text: str) -> list[tuple[int, int]]:
    """Every stretch from a blank or mark (or the start) to one after it (or the end)."""
    cuts = sorted(
        {0, len(text)}
        | {i for i, ch in enumerate(text) if ch in " ،,.()\n"}
        | {i + 1 for i, ch in enumerate(text) if ch in " ،,.()\n"}
    )
    return [(a, b) for a in cuts for b in cuts if a < b]


@pytest.mark.parametrize("text", _texts())
def test_every_stretch_naming_a_casualty_overlaps_a_piece(text):
    pieces = casualty_pieces(text, blank_tokens(text), TABLES)
    found = [(a, b) for a, b in _stretches(text) if has_casualty_word(text, a, b, TABLES)]
    assert found  # (the text names one: the gate is tested)
    assert all(pieces.overlaps(a, b) for a, b in found)


def test_a_text_naming_no_casualty_has_no_piece_to_search():
    text = "عقد المجلس المحلي اجتماعا لمناقشة الخدمات، and the council met again on Sunday."
    pieces = casualty_pieces(text, blank_tokens(text), TABLES)
    assert not any(has_casualty_word(text, a, b, TABLES) for a, b in _stretches(text))
    assert not pieces.overlaps(0, len(text))


def test_the_piece_of_a_casualty_word_is_where_the_word_stands():
    text = "اجتمع الوجهاء صباحا، وقتل شخصان في القرية مساء"
    pieces = casualty_pieces(text, blank_tokens(text), TABLES)
    word = text.index("وقتل")
    assert pieces.overlaps(word, word + 4)
    assert not pieces.overlaps(0, word - 1) and not pieces.overlaps(word + 5, len(text))

"""The cue-word matcher (``timeline.cuewords``) and the integrity of every table it reads."""

from __future__ import annotations

import csv
import re

import pytest

from timeline import (
    catalogue,
    claims,
    events,
    factions,
    incident_places,
    numbers,
    places,
    report_incidents,
    roles,
    sentences,
)
from timeline.cuewords import LANGUAGES, cue_words
from timeline.dates.lexicon import DATE_WORD_CLASSES
from timeline.normalize import normalize_term
from timeline.paths import LEXICON_DIR

# Each cue-word table: the classes its module reads, and the column that names a row's class.
TABLES = {
    "role_words.csv": (roles.CUE_CLASSES, "class"),
    "role_cues.csv": (roles.ROLE_CUE_CLASSES, "role"),
    "claim_words.csv": (claims.CUE_CLASSES, "class"),
    "event_words.csv": (events.CUE_CLASSES, "class"),
    "place_words.csv": (incident_places.CUE_CLASSES, "class"),
    "sentence_words.csv": (sentences.CUE_CLASSES, "class"),
    "faction_words.csv": (factions.CUE_CLASSES, "class"),
    "number_words.csv": (numbers.CUE_CLASSES, "class"),
    "report_words.csv": (report_incidents.CUE_CLASSES, "class"),
    "catalogue_words.csv": (catalogue.WORD_CLASSES, "class"),
    "date_words.csv": (DATE_WORD_CLASSES, "class"),
    "gazetteer_words.csv": (places.CUE_CLASSES, "class"),
}


def _write(tmp_path, rows: list[str]):
    (tmp_path / "cues.csv").write_text("word,class,language,note\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def test_a_class_matches_its_words_longest_first_and_any_spacing(tmp_path):
    cues = cue_words(
        "cues.csv",
        frozenset({"led", "other"}),
        directory=_write(tmp_path, ["led,led,en,", "led by,led,en,", "بقياده,led,ar,", "x,other,en,"]),
    )
    pattern = re.compile(cues.pattern("led"))
    assert pattern.match("led  by them").group() == "led  by"
    assert pattern.match("led\nby").group() == "led\nby"
    assert pattern.match("بقياده").group() == "بقياده"
    assert not pattern.match("x")
    assert cues.words("led", "other") == ("led", "led by", "بقياده", "x")
    assert cues.word_set("other") == frozenset({"x"})


def test_a_class_without_words_is_an_error_not_an_empty_pattern(tmp_path):
    cues = cue_words("cues.csv", frozenset({"led", "other"}), directory=_write(tmp_path, ["led by,led,en,"]))
    with pytest.raises(KeyError, match="other"):
        cues.pattern("other")


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("led by,lead,en,", "unknown class 'lead'"),
        ("led by,led,fr,", "language"),
        (",led,en,", "normalized"),
        ("Led By,led,en,", "normalized"),
        ("بقيادة,led,ar,", "normalized"),
        ("led by,led,en,\nled by,led,en,", "already"),
    ],
)
def test_a_bad_row_names_the_file_and_line(tmp_path, row, problem):
    directory = _write(tmp_path, ["x,led,en,", row])
    with pytest.raises(ValueError, match=rf"cues\.csv:3: .*{problem}|cues\.csv:4: .*{problem}"):
        cue_words("cues.csv", frozenset({"led"}), directory=directory)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_cue_tables_are_well_formed(table):
    classes, column = TABLES[table]
    with open(LEXICON_DIR / table, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    seen = set()
    for line, row in enumerate(rows, start=2):
        word, name, language = row["word"], row[column], row["language"]
        assert word.strip() and word == normalize_term(word), f"{table}:{line}: {word!r} not normalized"
        assert name in classes, f"{table}:{line}: unknown class {name!r}"
        assert language in LANGUAGES, f"{table}:{line}: language {language!r}"
        assert word.isascii() == (language == "en"), f"{table}:{line}: {word!r} is not written in {language}"
        assert (word, name) not in seen, f"{table}:{line}: {word!r} twice in {name!r}"
        seen.add((word, name))
    assert {r[column] for r in rows} == classes, f"{table}: a class the code reads has no words"

"""Integrity of the word tables the English extraction reads: every row well formed, every id known."""

from __future__ import annotations

import csv

import pytest

from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR, LEXICON_DIR

LANGUAGES = {"ar", "en"}


def read(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


FACTION_IDS = {r["id"] for r in read(DATA_DIR / "factions.csv")} | {
    "previous",
    "possessor",
    "previous-jihadist",
    "previous-extremist",
}


def test_faction_aliases_name_known_factions_once():
    seen: dict[str, str] = {}
    for line, row in enumerate(read(DATA_DIR / "faction_aliases.csv"), start=2):
        assert row["faction_id"] in FACTION_IDS, f"line {line}: unknown faction {row['faction_id']!r}"
        assert row["language"] in LANGUAGES, f"line {line}: language {row['language']!r}"
        alias = row["alias"] if row["alias"].isupper() else normalize_term(row["alias"])
        assert alias.strip(), f"line {line}: empty alias"
        assert alias not in seen, f"line {line}: {alias!r} twice (first for {seen.get(alias)!r})"
        seen[alias] = row["faction_id"]


def test_capitalised_short_aliases_are_real_words_when_lowered():
    """Only aliases whose lower-case form is a common word are written in capitals (matched with case)."""
    short_caps = [r["alias"] for r in read(DATA_DIR / "faction_aliases.csv") if r["alias"].isupper()]
    assert short_caps and all(len(a) <= 3 for a in short_caps)


@pytest.mark.parametrize("name", ["nationality_adjectives.csv"])
def test_nationality_adjectives_name_known_factions(name):
    for line, row in enumerate(read(LEXICON_DIR / name), start=2):
        assert row["word"].strip(), f"{name}:{line}: empty word"
        assert row["faction_id"] in FACTION_IDS, f"{name}:{line}: unknown faction {row['faction_id']!r}"
        assert row["language"] in LANGUAGES, f"{name}:{line}"


@pytest.mark.parametrize("name", ["force_nouns.csv", "force_modifiers.csv", "speaker_titles.csv"])
def test_word_lists_have_words_and_languages(name):
    rows = read(LEXICON_DIR / name)
    words = [(r["word"].strip(), r["language"]) for r in rows]
    assert all(w for w, _ in words), f"{name}: empty word"
    assert all(lang in LANGUAGES for _, lang in words), f"{name}: unknown language"
    assert len(set(words)) == len(words), f"{name}: a word twice"


def test_not_place_names_have_a_known_role_and_a_capital():
    rows = read(LEXICON_DIR / "not_place_names.csv")
    assert rows
    for line, row in enumerate(rows, start=2):
        assert row["role"] in ("never", "alone"), f"line {line}: role {row['role']!r}"
        assert row["word"][:1].isupper(), f"line {line}: {row['word']!r} is matched on capitalised names"
        assert row["language"] == "en", f"line {line}"
    assert len({r["word"] for r in rows}) == len(rows)


def test_count_links_have_a_known_role_and_no_word_twice():
    rows = read(LEXICON_DIR / "count_links.csv")
    assert {r["role"] for r in rows} == {"contrast", "total"}
    for line, row in enumerate(rows, start=2):
        assert row["word"].strip() and row["language"] in LANGUAGES, f"line {line}"
    words = [normalize_term(r["word"]) for r in rows]
    assert len(set(words)) == len(words)


def test_casualty_words_have_a_known_kind():
    for line, row in enumerate(read(LEXICON_DIR / "casualties.csv"), start=2):
        assert row["word"].strip(), f"line {line}: empty word"
        assert row["kind"] in ("killed", "wounded", "captured", "toll", "loss", "not_casualty"), (
            f"line {line}: kind {row['kind']!r}"
        )
        assert row["language"] in LANGUAGES, f"line {line}"
        # claims.casualty_words finds a word by the non-letter before it: one word's end is never the next one's
        assert normalize_term(row["word"])[-1].isalnum(), f"line {line}: a casualty word ends with a letter"


def test_source_words_have_a_kind_and_a_language_and_no_word_twice():
    seen: set[str] = set()
    for line, row in enumerate(read(LEXICON_DIR / "sources.csv"), start=2):
        word = normalize_term(row["word"])
        assert word.strip(), f"sources.csv line {line}: empty word"
        assert row["language"] != "en" or word == row["word"], f"sources.csv line {line}: write {word!r}"
        assert row["kind"].strip(), f"sources.csv line {line}: no kind"
        assert row["language"] in LANGUAGES, f"sources.csv line {line}: language {row['language']!r}"
        assert word not in seen, f"sources.csv line {line}: {word!r} twice"
        seen.add(word)


def test_toll_links_are_normalized_words_and_toll_nouns_exist():
    rows = read(LEXICON_DIR / "toll_links.csv")
    assert rows and all(r["word"].strip() and r["language"] in LANGUAGES for r in rows)
    assert all(r["word"] == normalize_term(r["word"]) for r in rows if r["language"] == "ar")
    assert any(r["kind"] == "toll" for r in read(LEXICON_DIR / "casualties.csv"))


def test_role_cues_have_a_known_role():
    rows = read(LEXICON_DIR / "role_cues.csv")
    assert rows
    for line, row in enumerate(rows, start=2):
        assert row["role"] in ("agent_after", "accuser_before"), f"line {line}: role {row['role']!r}"
        assert row["word"].strip() and row["language"] in LANGUAGES, f"line {line}"


def test_place_prepositions_are_lower_case_english_words_with_a_role():
    rows = read(LEXICON_DIR / "place_prepositions.csv")
    assert rows and all(r["word"] == r["word"].lower().strip() and r["language"] == "en" for r in rows)
    assert {r["role"] for r in rows} == {"cue", "verb", "list", "settlement"}
    assert len({r["word"] for r in rows}) == len(rows)


def test_government_cues_have_a_word_a_language_and_a_side():
    rows = read(LEXICON_DIR / "government_cues.csv")
    assert rows
    seen = set()
    for line, row in enumerate(rows, start=2):
        assert row["word"].strip(), f"government_cues.csv:{line}: empty word"
        assert row["language"] in LANGUAGES, f"government_cues.csv:{line}: language {row['language']!r}"
        assert row["position"] in ("before", "after"), f"government_cues.csv:{line}: position {row['position']!r}"
        key = (normalize_term(row["word"]), row["position"])
        assert key not in seen, f"government_cues.csv:{line}: {row['word']!r} twice"
        seen.add(key)


@pytest.mark.parametrize("path", sorted(LEXICON_DIR.glob("*.csv")), ids=lambda p: p.name)
def test_no_lexicon_row_is_written_twice(path):
    """Two helpers adding the same word to one class leave a row that says nothing new (and some loaders refuse
    it): rows equal in every column but their note are one row too many."""
    seen: dict[tuple, int] = {}
    for line, row in enumerate(read(path), start=2):
        key = tuple((column, str(value)) for column, value in row.items() if column != "note")
        assert key not in seen, f"{path.name}:{line} repeats row {seen[key]}"
        seen[key] = line

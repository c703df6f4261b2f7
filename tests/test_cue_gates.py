"""The word gates searched before a costly cue pattern (``vague_time_word`` before ``vague_time``, …): each must
find a word inside every match of its pattern, or the pattern would be skipped where it matches. Texts are built
from every word of the cue tables, with filler words written for these tests."""

from __future__ import annotations

import re

import pytest

from timeline import events, incident_places, roles
from timeline.cuewords import cue_words
from timeline.lexregex import word_search
from timeline.paths import LEXICON_DIR
from timeline.reference import default_reference

EVENT_WORDS = cue_words("event_words.csv", events.CUE_CLASSES, directory=LEXICON_DIR)
ROLE_WORDS = cue_words("role_words.csv", roles.CUE_CLASSES, directory=LEXICON_DIR)
PLACE_WORDS = cue_words("place_words.csv", incident_places.CUE_CLASSES, directory=LEXICON_DIR)


def _vague_time_texts() -> list[str]:
    texts = [f"نص تجريبي {w} ثم كلمات" for w in EVENT_WORDS.words("vague_time")]
    texts += [
        f"sample words {past} فعل {after} more words"
        for past in EVENT_WORDS.words("past_particle")
        for after in EVENT_WORDS.words("vague_time_after_past")
    ]
    return texts


def _anaphoric_place_texts() -> list[str]:
    openers = EVENT_WORDS.words("anaphor_preposition", "anaphor_demonstrative")
    texts = [f"نص تجريبي {o} {place} ثم" for o in openers for place in EVENT_WORDS.words("anaphor_place")]
    texts += [
        f"نص تجريبي {d} {region} ثم"
        for d in EVENT_WORDS.words("anaphor_demonstrative")
        for region in EVENT_WORDS.words("anaphor_region")
    ]
    return texts


def _same_attack_texts() -> list[str]:
    texts = [
        f"نص تجريبي {article}{noun} ثم" for noun in EVENT_WORDS.words("same_attack_noun") for article in ("ال", "بال")
    ]
    return texts + [f"sample words {w} more words" for w in EVENT_WORDS.words("same_attack_en")]


def _affiliation_texts() -> list[str]:
    # what comes before a faction's name: a verb of saying, a speaker and a preposition
    return [
        f"نص تجريبي {verb} مسؤول اعلامي {preposition} "
        for verb in EVENT_WORDS.words("saying_verb")
        for preposition in EVENT_WORDS.words("affiliation_preposition")
    ]


def _present_time_texts() -> list[str]:
    return [f"نص تجريبي {w} كلمات" for w in EVENT_WORDS.words("present_time")]


def _agent_texts() -> list[str]:
    # what comes right before a side's name that acted
    texts = [f"نص تجريبي {w} " for w in ROLE_WORDS.words("agent_before", "agent_preposition")]
    return texts + [
        f"نص تجريبي {stem}{suffix} "
        for stem in ROLE_WORDS.words("agent_verb_stem")
        for suffix in ROLE_WORDS.words("agent_verb_suffix")
    ]


def _support_texts() -> list[str]:
    return [f"نص تجريبي {w} " for w in ROLE_WORDS.words("support_before", "support_stem")]


def _agreement_texts() -> list[str]:
    texts = [
        f"نص تجريبي {noun} {relative} كلمة "
        for noun in ROLE_WORDS.words("agreement_stem", "agreement_noun")
        for relative in ROLE_WORDS.words("agreement_relative")
    ]
    return texts + [f"نص تجريبي {w} كلمة " for w in ROLE_WORDS.words("sponsor_before")]


def _role(name: str):
    return getattr(default_reference().roles.grammar, name)


def _taken_away_texts() -> list[str]:
    return [
        f"هاجم مسلحون المكان و{verb}وا عشرة رجال {to} "
        for verb in PLACE_WORDS.words("taken_away_verb_stem")
        for to in PLACE_WORDS.words("evacuation_to")
    ]


def _evacuated_texts() -> list[str]:
    return [
        f"نص تجريبي {verb} الجرحى {to} {place} الميداني في "
        for verb in PLACE_WORDS.words("evacuation_verb_stem")
        for to in PLACE_WORDS.words("evacuation_to")
        for place in PLACE_WORDS.words("medical_place_stem")
    ]


def _seat_texts() -> list[str]:
    return [f"نص تجريبي رئيس المنظمة و{w} مدينة " for w in PLACE_WORDS.words("seat")]


def _stationed_texts() -> list[str]:
    return [f"sample gunmen {w} in the northern part of " for w in PLACE_WORDS.words("origin_stationed_en")]


def _event(name: str):
    return getattr(default_reference().events.grammar, name)


def _place(name: str):
    return getattr(default_reference().places.grammar, name)


CASES = [
    ("vague_time", lambda: _event("vague_time"), lambda: _event("vague_time_word"), _vague_time_texts, True),
    (
        "anaphoric_place",
        lambda: _event("anaphoric_place"),
        lambda: _event("anaphoric_noun"),
        _anaphoric_place_texts,
        True,
    ),
    ("same_shooters", lambda: _event("same_shooters"), lambda: _event("same_attack_word"), _same_attack_texts, False),
    (
        "affiliation_before",
        lambda: _event("affiliation_before"),
        lambda: _event("saying_word"),
        _affiliation_texts,
        False,
    ),
    ("present_time", lambda: _event("present_time"), lambda: _event("present_time_word"), _present_time_texts, False),
    ("agent_before", lambda: _role("agent_before"), lambda: _role("agent_word"), _agent_texts, False),
    ("support_before", lambda: _role("support_before"), lambda: _role("support_word"), _support_texts, False),
    ("agreement_before", lambda: _role("agreement_before"), lambda: _role("agreement_word"), _agreement_texts, False),
    ("taken_away_to", lambda: _place("taken_away_to"), lambda: _place("taken_away_word"), _taken_away_texts, False),
    ("evacuated_to", lambda: _place("evacuated_to"), lambda: _place("medical_word"), _evacuated_texts, False),
    ("seat", lambda: _place("seat"), lambda: _place("seat_word"), _seat_texts, False),
    ("en_stationed", lambda: _place("en_stationed"), lambda: _place("stationed_word"), _stationed_texts, False),
]


@pytest.mark.parametrize(("name", "pattern", "gate", "texts", "by_word"), CASES, ids=[c[0] for c in CASES])
def test_a_gate_finds_a_word_inside_every_match_of_its_pattern(name, pattern, gate, texts, by_word):
    full, word_gate = pattern(), gate()
    built = texts()
    assert built, f"no cue words for {name}"
    for text in built:
        m = word_search(full, text, 0, len(text)) if by_word else full.search(text)
        assert m is not None, f"{name} does not match the test text {text!r}"
        assert word_gate.search(text, m.start(), m.end()) is not None, f"the gate of {name} misses {text!r}"


def test_a_gate_is_a_pattern_of_words_alone():
    # no look-behind or boundary opens it: the regex engine skips to the words' first letters
    for _name, _pattern, gate, _texts, _by_word in CASES:
        assert not re.match(r"\(\?<|\\b", gate().pattern)


def _english_cue_texts() -> list[str]:
    """Every English cue of ``place_prepositions.csv`` before a capitalised name, after blanks of each kind."""
    import csv

    with open(LEXICON_DIR / "place_prepositions.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["role"] in ("cue", "verb", "settlement")]
    texts = []
    for row in rows:
        for blank in (" ", "\n", "\t", "  "):
            phrase = (
                f"{row['word']}{blank}of Tal Warda" if row["role"] == "settlement" else f"{row['word']}{blank}Tal Warda"
            )
            texts += [f"a made-up line: {phrase} was calm", f"({phrase}) was calm", f"يقول نص {phrase}"]
    return texts


def test_the_english_cue_gate_finds_every_text_the_cue_pattern_matches():
    tables = default_reference().places
    texts = _english_cue_texts()
    assert texts
    for text in texts:
        assert next(tables.en_cue_openings.finditer(tables.en_cue, text), None) is not None, text
        assert word_search(tables.en_cue_words, text, 0, len(text)) is not None, text
    # Latin letters that hold a cue's letters but no cue word before a blank: the English cues are not read
    for text in ("نص عربي فيه رابط twitter.com/in_depth ثم كلمات", "نص عربي ومصدر Britain, ثم"):
        assert word_search(tables.en_cue_words, text, 0, len(text)) is None, text

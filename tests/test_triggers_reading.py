"""How trigger words are read: at the words that can open them, their table row memoized (texts written for
these tests)."""

from __future__ import annotations

import pickle

from timeline.normalize import normalize_term
from timeline.reference import default_reference
from timeline.triggers import TriggerTables, _lookup, find_triggers


def _fresh_tables() -> TriggerTables:
    return pickle.loads(pickle.dumps(default_reference().triggers))  # its memos empty


def test_words_at_the_start_after_a_clitic_and_after_a_mark_are_found():
    text = "قصف مدفعي، وقصف جوي «قصف» shelling and re-shelling"
    found = [(t.start, t.end, t.word) for t in find_triggers(text, _fresh_tables())]
    # a phrase runs over the blank ("قصف جوي"); "re-shelling": no English word starts after a hyphen
    assert found == [(0, 3, "قصف"), (4, 9, "مدفعي"), (12, 19, "قصف جوي"), (21, 24, "قصف"), (26, 34, "shelling")]


def test_the_memoized_lookup_is_the_table_lookup_and_is_not_pickled():
    tables = _fresh_tables()
    words = [t.word for t in find_triggers("قصفت الطائرات البلدة بغارات جوية", tables)]
    assert words and all(tables.lookup(w) == _lookup(w, tables.table) for w in words)
    assert set(tables.lookups) == set(words)
    assert tables.openings.plans  # the words of the text were planned
    copy = pickle.loads(pickle.dumps(tables))
    assert copy.lookups == {} and copy.openings.plans == {}


def test_a_town_taken_with_the_subject_between_the_verb_and_its_preposition():
    roles = {
        t.word: (t.event_type, t.role)
        for t in find_triggers(normalize_term("سيطرت فصائل المعارضة على بلدة مورك"), _fresh_tables())
    }
    assert roles["سيطرت"] == ("armed_clash", "incident")
    # the noun of control with a possessive ending is control held, no town taken
    held = find_triggers(normalize_term("تقدمت القوات نحو مناطق سيطرتها وسيطرتهم"), _fresh_tables())
    assert not any(t.event_type == "armed_clash" for t in held)

"""Places introduced by the cue words of ``data/lexicon/place_words.csv`` (texts written for these tests)."""

from __future__ import annotations

from timeline.incident_places import cue_places
from timeline.sentences import TextView


def _cue_place_texts(text: str) -> list[str]:
    return [p.text for p in cue_places(TextView(text))]


def test_a_describing_word_with_a_hamza_after_a_cue_is_no_place():
    # "الرئيسية" was written with its hamza in the code's regex and never matched the normalized text
    assert _cue_place_texts("انفجرت سيارة مفخخة عند مدخل منطقة الرئيسية في بلدة كفرنبل") == ["كفرنبل"]


def test_a_town_and_a_neighbourhood_after_their_cues():
    places = cue_places(TextView("سقطت قذائف على حي الكلاسة وعلى بلدة كفرنبل"))
    assert [(p.text, p.kind) for p in places] == [("الكلاسة", "neighbourhood"), ("كفرنبل", None)]

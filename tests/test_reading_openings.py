"""The reference's word-list patterns tried only at the words that can open them (``lexregex.WordOpenings``) find
what a scan of the whole text finds (texts written for these tests)."""

from __future__ import annotations

import pickle

import pytest

from timeline.reference import default_reference
from timeline.sentences import TextView


def _fresh(table):
    return pickle.loads(pickle.dumps(table))  # its memos empty


@pytest.mark.parametrize(
    "text",
    [
        "قصفت قوات النظام بلدة كفرنبل، وردت هيئة تحرير الشام بقصف مواقع للنظام",
        'استهدفت لـ"تحرير الشام" و ل تحرير الشام ثم ب الجيش السوري والجيش التركي',
        "The Syrian army and HTS-led fighters clashed; the Syrian armys tanks moved while Russia-backed forces waited",
        "قوات-النظام «النظام» (الجيش) الجيش_الحر للنظام وللنظام",
    ],
)
def test_faction_aliases_are_the_matches_of_the_whole_scan(text):
    tables = _fresh(default_reference().factions)
    flat = TextView(text).flat
    planned = [m.span() for m in tables.openings.finditer(tables.pattern, flat)]
    assert planned == [m.span() for m in tables.pattern.finditer(flat)]
    assert planned  # (each text names a faction)


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on the town of Kafr Nabl and the village of Hish near Maarat al-Numan.",
        "Jets struck in Idlib, west of Saraqib and near the Ariha road; they hit Jisr al-Shughur and Darkush.",
        "in Tellmar\nin\tKfarbo  in  Zahraf (in Buqla) re-in Urum",
    ],
)
def test_english_place_cues_are_the_matches_of_the_whole_scan(text):
    tables = _fresh(default_reference().places)
    planned = [m.span() for m in tables.en_cue_openings.finditer(tables.en_cue, text)]
    assert planned == [m.span() for m in tables.en_cue.finditer(text)]
    assert planned  # (each text names a place after a cue)

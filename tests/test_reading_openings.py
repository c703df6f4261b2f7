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


ARABIC_ADJECTIVES = ("adjective_pattern", "adjective_openings")
ENGLISH_ADJECTIVES = ("english_adjective_pattern", "english_adjective_openings")


@pytest.mark.parametrize(
    ("tables_of", "text"),
    [
        (ARABIC_ADJECTIVES, "غارات جوية روسية على الريف وقصف مدفعي تركي ثم طائرات حربية يعتقد انها روسية"),
        (ARABIC_ADJECTIVES, "وبالطائرات الروسية والسورية، فلقوات تركية و الغارات-الروسية «غارة روسية» غاراتروسية"),
        (ARABIC_ADJECTIVES, "قصف صاروخي، يرجح انه امريكي، على المعسكر\nوجنود اتراك"),
        (
            ENGLISH_ADJECTIVES,
            "Russian jets and Syrian and Turkish air strikes hit the hills; pro-Russian media, Russian-made shells",
        ),
        (
            ENGLISH_ADJECTIVES,
            "Syrian government helicopters dropped barrel bombs while Turkish artillery fire went on (Russian warplanes)",
        ),
        (ENGLISH_ADJECTIVES, "US air raids\nand russian\tfighter jets"),
    ],
)
def test_force_adjectives_are_the_matches_of_the_whole_scan(tables_of, text):
    tables = _fresh(default_reference().factions)
    pattern_name, openings_name = tables_of
    pattern, _adjectives = getattr(tables, pattern_name)
    flat = TextView(text).flat
    planned = [m.span() for m in getattr(tables, openings_name).finditer(pattern, flat)]
    assert planned == [m.span() for m in pattern.finditer(flat)]
    assert planned  # (each text names a force by its nationality)


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية بلدة كفرعويد وقرية الحميدية ثم بلدتي سفوهن والفطيره",
        "وبمدينة معرة النعمان، «قرية» التح و بلده-اخرى قريةالنخيل نقطة المراقبة التركية في تل الوردات\nمحور الكبينة",
        "حيث استهدف حي الجورة وبحي القصور ومخيم للنازحين",
    ],
)
def test_arabic_place_cues_are_the_matches_of_the_whole_scan(text):
    grammar = _fresh(default_reference().places).grammar
    flat = TextView(text).flat
    planned = [m.span() for m in grammar.ar_cue_openings.finditer(grammar.ar_cue, flat)]
    assert planned == [m.span() for m in grammar.ar_cue.finditer(flat)]
    assert len(planned) >= 2  # (each text names places after cues)


@pytest.mark.parametrize(
    "text",
    [
        "في بعض الاحيان تسقط قذائف صاروخية، وفي البلدة ضربة جوية ثم قصف جوي على في\nبعض القرى وفي  بعض",
        "ردا على القصف ورداً علي الهجوم، في الليل ضربه\nجويه و ضربة جوية-ثانية «قصف جوي» طائرات",
        "Jets carried out an air strike and air  raids; the air was calm, air\nstrikes went on after a car bomb",
        "في",
    ],
)
def test_trigger_words_are_the_matches_of_the_whole_scan(text):
    """Also where a phrase's first word ("في", "air") is or is not followed by a second word of one."""
    tables = _fresh(default_reference().triggers)
    flat = TextView(text).flat
    for _ in range(2):  # the memos being filled, then read
        planned = [m.span() for m in tables.openings.finditer(tables.pattern, flat)]
        assert planned == [m.span() for m in tables.pattern.finditer(flat)]
    assert len(planned) >= 1 or text == "في"
    assert "في" in tables.openings.seconds or text.startswith("Jets")  # the first word that only opens phrases

"""Roles read from the cue words of ``data/lexicon/role_words.csv`` (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.dates import DateMention
from timeline.events import extract_events

DAY = dt.date(2016, 9, 20)


def _roles(text: str, phrase: str = "يوم الثلاثاء") -> list[tuple[list[str], list[str]]]:
    start = text.index(phrase)
    dates = [DateMention(phrase, start, start + len(phrase), DAY, DAY, "day", "weekday")]
    article = Article(key="t", text=text, published=dt.datetime(2016, 9, 20), language="ar", source="test")
    return [(e["perpetrators"], e["targets"]) for e in extract_events(article, dates)]


def test_an_adverb_phrase_with_ta_marbuta_between_verb_and_subject_keeps_the_subject_the_agent():
    # "مرة أخرى" was written unnormalized in the code's regex and never matched the normalized text
    assert _roles("قصفت مرة أخرى قوات النظام بلدة كفرنبل يوم الثلاثاء بالمدفعية الثقيلة") == [
        (["syrian-government"], [])
    ]


def test_a_backer_named_after_bimusanadat_takes_no_role():
    # "بمساندة" likewise: the backer was read as a target
    text = "هاجمت فصائل المعارضة بمساندة الجيش التركي مواقع قوات النظام في بلدة كفرنبل يوم الثلاثاء"
    assert _roles(text) == [(["opposition-unspecified"], ["syrian-government"])]


def test_a_clash_between_two_sides_makes_the_second_the_target():
    text = "اندلعت اشتباكات عنيفة بين هيئة تحرير الشام وحراس الدين قرب بلدة كفرنبل يوم الثلاثاء"
    assert _roles(text) == [(["hts"], ["hurras-al-din"])]


def test_sides_named_with_min_jiha_keep_a_joined_name_on_the_first_side():
    text = (
        "اندلعت اشتباكات عنيفة بين هيئة تحرير الشام وحراس الدين من جهة وقوات النظام من جهة أخرى"
        " قرب بلدة كفرنبل يوم الثلاثاء"
    )
    assert _roles(text) == [(["hts", "hurras-al-din"], ["syrian-government"])]


def test_the_side_after_the_light_verb_of_a_relative_clause_carries_the_incident_out():
    # "… التي تقوم بها X": X was read as the side hit (no cue said it does what the clause tells)
    text = "قتل ستة مدنيين يوم الثلاثاء في الغارات التي تقوم بها الطائرات الروسية على بلدة كفرنبل"
    assert _roles(text) == [(["russia"], ["civilians"])]
    text = "أصيب عشرة مدنيين يوم الثلاثاء في القصف المدفعي الذي قام به الجيش التركي على قرية كفرنبل"
    assert _roles(text) == [(["turkey"], ["civilians"])]


def test_a_side_announcing_the_death_of_its_own_members_is_the_side_hit():
    # "مقتل ثلاثة من جنوده": the count had no side, so the announcing army was read as the attacker
    text = "أعلن الجيش التركي يوم الثلاثاء مقتل ثلاثة من جنوده في هجوم على نقطة مراقبة قرب بلدة كفرنبل"
    assert _roles(text) == [([], ["turkey"])]
    text = "قالت هيئة تحرير الشام يوم الثلاثاء إن خمسة من عناصرها قتلوا في غارة على بلدة كفرنبل"
    assert _roles(text) == [([], ["hts"])]


def test_the_side_an_ambush_was_laid_for_is_its_target():
    # "كميناً ل…" (the accusative after its verb) names whom it was laid for; "في كمين ل…" names who laid it
    assert _roles("نصبت الفصائل كميناً للقوات الحكومية قرب بلدة كفرنبل يوم الثلاثاء") == [
        (["opposition-unspecified"], ["syrian-government"])
    ]
    assert _roles("نصب مقاتلو المعارضة كميناً لرتل لقوات النظام قرب بلدة كفرنبل يوم الثلاثاء") == [
        (["opposition-unspecified"], ["syrian-government"])
    ]
    assert _roles("قتل ستة عناصر من قوات النظام في كمين لتنظيم داعش قرب بلدة كفرنبل يوم الثلاثاء") == [
        (["isis"], ["syrian-government"])
    ]

"""English incident words (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.dates import DateMention
from timeline.events import extract_events
from timeline.sentences import TextView
from timeline.triggers import find_triggers, incident_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("sappers blew up an army post from below", "explosion"),
        ("a jet carried out an air raid on the market", "air_strike"),
        ("the group executed nine captives", "attack"),
        ("a suicide bomber detonated a truck at the checkpoint", "explosion"),
        ("troops seized the hill", "attack"),
        ("loyalist units retook the bakery district", "armed_clash"),
        ("the crossing fell to the insurgents at dawn", "armed_clash"),
        ("the army says it liberated two farms", "armed_clash"),
        ("gunmen abducted a doctor on the highway", "attack"),
    ],
)
def test_english_incident_words(text, event_type):
    triggers = [t for t in find_triggers(TextView(text).flat) if t.role == "incident"]
    assert triggers and incident_type(triggers) == event_type


def _events(text: str, phrase: str, first: dt.date, last: dt.date, granularity: str) -> list[dict]:
    start = text.index(phrase)
    dates = [DateMention(phrase, start, start + len(phrase), first, last, granularity, "absolute")]
    article = Article(key="t", text=text, published=dt.datetime(2016, 7, 12), language="en", source="test")
    return extract_events(article, dates)


def test_an_incident_dated_only_to_a_year_is_background():
    text = "Rebels have held the district since government troops shelled it in 2013 and withdrew."
    assert _events(text, "2013", dt.date(2013, 1, 1), dt.date(2013, 12, 31), "year") == []
    dated = "Government troops shelled the district of Manbij on 3 July 2016, a monitor said."
    assert len(_events(dated, "3 July 2016", dt.date(2016, 7, 3), dt.date(2016, 7, 3), "day")) == 1


def test_ongoing_wording_is_no_incident_of_its_own():
    roles = {t.word: t.role for t in find_triggers(TextView("a campaign that is still ongoing in the hills").flat)}
    assert roles["ongoing"] == "ongoing"


def test_a_halt_in_fighting_is_a_statement():
    roles = {
        t.word: t.role for t in find_triggers(TextView("both sides agreed to a halt in the shelling for two days").flat)
    }
    assert roles["halt"] == "statement"


def test_a_place_taken_back_on_a_given_day_is_an_incident_of_that_day():
    text = "Fighting north of Aleppo\n\nOn Sunday rebel fighters retook the Handarat camp north of Aleppo."
    article = Article(key="t", text=text, published=dt.datetime(2019, 3, 11, 12, 0), language="en", source="wire")
    events = extract_events(article, [])
    assert [(e["type"], e["perpetrators"], e["place"]["text"]) for e in events] == [
        ("armed_clash", ["opposition-unspecified"], "Handarat camp")
    ]


def test_trigger_words_stand_alone_with_their_offsets_at_the_very_start_too():
    flat = "shelled at dawn; pre-shelling talks, reshelled roads, and قصف ثم والقصف."
    found = [(t.word, flat[t.start : t.end]) for t in find_triggers(flat)]
    # the first word of the text is one; after a hyphen or inside a longer word an English one is not;
    # an Arabic one carries its clitics and article before it
    assert found == [("shelled", "shelled"), ("قصف", "قصف"), ("قصف", "قصف")]
    assert find_triggers("قصف")[0].start == 0


def test_troops_that_advanced_on_a_town_are_an_incident():
    # "advanced" (the verb) was no incident word: a push on a town told in the past was lost
    text = "Government troops advanced to within two kilometres of Khan Shaykhun on 5 July 2016, a monitor said."
    events = _events(text, "5 July 2016", dt.date(2016, 7, 5), dt.date(2016, 7, 5), "day")
    assert [(e["type"], e["perpetrators"]) for e in events] == [("attack", ["syrian-government"])]

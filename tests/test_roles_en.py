"""Who did it, in English wording (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.claims import attributions
from timeline.dates import DateMention
from timeline.events import extract_events
from timeline.factions import find_factions
from timeline.sentences import TextView

DAY = dt.date(2016, 9, 20)


def _perpetrators(text: str, phrase: str = "on Tuesday") -> list[list[str]]:
    start = text.index(phrase)
    dates = [DateMention(phrase, start, start + len(phrase), DAY, DAY, "day", "weekday")]
    article = Article(key="t", text=text, published=dt.datetime(2016, 9, 20), language="en", source="test")
    return [e["perpetrators"] for e in extract_events(article, dates)]


def test_the_blamed_side_did_it_and_the_accuser_takes_no_role():
    text = (
        "Opposition groups blamed Russian jets for the raid on the market of Atareb on Tuesday that killed 12 people."
    )
    assert _perpetrators(text) == [["russia"]]


def test_either_of_two_named_sides_is_coded_as_both():
    text = "Government or Russian warplanes struck the hospital of Atareb on Tuesday, killing four people."
    assert _perpetrators(text) == [["syrian-government", "russia"]]


def test_a_source_name_without_commas_keeps_to_its_last_words():
    text = "Eleven people died on Tuesday after government strikes hit a bakery in Atareb local medics said"
    flat = TextView(text).flat
    names = [a.text for a in attributions(flat, 0, len(flat), find_factions(flat))]
    assert names and all("government strikes" not in n for n in names)
    assert _perpetrators(text) == [["syrian-government"]]


def test_a_side_named_before_its_positions_was_hit():
    text = "Government jets struck rebel positions near the town of Atareb on Tuesday, killing six fighters."
    assert _perpetrators(text) == [["syrian-government"]]


def test_a_name_before_said_without_a_source_word_keeps_to_its_last_words():
    text = (
        "Russian jets targeted rebel positions in the south of Atareb on Tuesday as a local resident told us and said"
    )
    flat = TextView(text).flat
    names = [a.text for a in attributions(flat, 0, len(flat), find_factions(flat))]
    assert all("targeted" not in n for n in names)


def test_a_side_named_right_before_its_incident_verb_is_the_perpetrator():
    text = "Nine people were killed in Atareb on Tuesday during heavy shelling as regime forces stormed the town."
    assert _perpetrators(text) == [["syrian-government"]]


def test_a_figure_is_no_part_of_the_source_name_after_it():
    flat = TextView("by nightfall the count of dead stood at 37 the observatory said").flat
    assert [a.text for a in attributions(flat, 0, len(flat), [])] == ["the observatory"]


def test_an_english_clause_turns_on_its_verb_not_on_an_incident_noun_before_it():
    text = "Mortar teams of Hezbollah and the army's gun batteries shelled militant posts in Atareb on Tuesday."
    assert _perpetrators(text) == [["iran-backed-militias", "syrian-government"]]


def test_english_clashes_between_two_sides_make_both_perpetrators():
    # wire copy names no initiator in "clashes between X and Y": the second side was read as the target
    text = "Clashes raged on Tuesday between government troops and rebels on the edge of Maarat al-Numan."
    assert _perpetrators(text) == [["syrian-government", "opposition-unspecified"]]


def test_english_fighting_between_two_named_groups_with_the_article_makes_both_perpetrators():
    text = "Heavy fighting broke out on Tuesday between the Kurdish YPG and Turkish-backed rebels near Tal Rifaat."
    assert sorted(_perpetrators(text)[0]) == ["opposition-unspecified", "sdf"]


def test_the_side_a_place_fell_to_took_it():
    # the side after "fell to" was read as the target of the fight
    text = "The hilltop village of Kabani fell to the rebels on Tuesday after a night of heavy fighting."
    assert _perpetrators(text) == [["opposition-unspecified"]]


def test_a_group_named_after_including_shares_the_role_of_the_side_before_it():
    # the group after "including" was read on its own as the side that fought
    text = "On Tuesday 25 soldiers of the army and allied militias, including Hezbollah fighters, died in clashes near Khan Tuman."
    assert _perpetrators(text, "On Tuesday") == [[]]


def test_after_a_fire_noun_whose_firer_is_named_before_it_the_side_after_of_was_hit():
    # "of" after an incident noun named the firer even when the noun's firer stood right before it
    text = "Rebel shelling of government positions outside Morek killed two soldiers on Tuesday, a monitor said."
    assert _perpetrators(text) == [["opposition-unspecified"]]

"""English agency and wire articles about the whole of Syria, 2012-2019, second pass: fire from the land a side holds,
hedged shooters and the wire probes of this round (texts written for these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_figures import killed as _killed

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2016, 12, 13, 15, 0)  # a Tuesday


def _events(body: str, title: str = "Update", published: dt.datetime = PUBLISHED) -> list[dict]:
    article = Article(key="p", text=f"{title}\n\n{body}", published=published, language="en", source="test")
    return extract_article(article)["events"]


# --- fire from the land a side holds


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Mortar rounds fired from rebel-held areas struck the Old City of Damascus on Monday, killing two.",
            ["opposition-unspecified"],
        ),
        (
            "Rockets launched from militant-held territory hit the Hamdaniyah district of Aleppo on Monday, killing six.",
            ["opposition-unspecified"],
        ),
        (
            "A school in Jableh came under fire from insurgent-held positions on Monday; three pupils died.",
            ["opposition-unspecified"],
        ),
        (
            "Shells fired from government-held neighbourhoods hit the Bustan al-Qasr district on Monday, killing four.",
            ["syrian-government"],
        ),
    ],
)
def test_fire_from_the_land_a_side_holds_is_that_sides_fire(body, sides):
    assert [e["perpetrators"] for e in _events(body)] == [sides]


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        ("In rebel-held areas of Douma, government air strikes killed 12 people on Monday.", ["syrian-government"]),
        ("Insurgents shelled government-held areas of Hama on Monday, killing three.", ["opposition-unspecified"]),
    ],
)
def test_the_land_a_side_holds_named_where_the_fire_fell_makes_it_no_shooter(body, sides):
    assert [e["perpetrators"] for e in _events(body)] == [sides]


# --- a hedged shooter the accused side denies


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Air strikes hit a bakery in Kafr Takharim on Monday, killing 11. Rescuers said the raids were most "
            "likely carried out by Russian warplanes, which Moscow denied.",
            ["russia"],
        ),
        (
            "A market in Ariha was struck on Monday, killing 14 people. Monitors said the attack was probably "
            "carried out by Syrian government jets, a charge Damascus denied.",
            ["syrian-government"],
        ),
        (
            "A water station near Tabqa was hit on Monday, killing three workers. Residents blamed coalition "
            "aircraft, which the coalition denied.",
            ["coalition"],
        ),
    ],
)
def test_a_shooter_told_as_the_likely_doer_stays_the_shooter_though_it_denies(body, sides):
    assert [e["perpetrators"] for e in _events(body)] == [sides]


# --- bombings of no stated kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Twin bombings near a bus station in the Zahra district of Homs killed 23 people on Monday.", "attack"),
        ("A string of bombings in Qamishli killed nine people on Monday.", "attack"),
        ("Aerial bombings of Kafranbel killed seven people on Monday.", "air_strike"),
        ("Aerial bombardment of Hamouriyeh killed nine people on Monday.", "air_strike"),
    ],
)
def test_bombings_are_air_strikes_only_told_from_the_air(body, kind):
    assert [e["type"] for e in _events(body)] == [kind]


# --- background of a campaign


def test_gains_since_a_campaign_was_launched_are_no_incident():
    events = _events(
        "Government jets struck the town of Nawa on Monday, killing six civilians, rescuers said. Troops have "
        "captured Mseifra and several hamlets since launching their offensive on the province last week."
    )
    assert [(e["place"]["text"], e["perpetrators"]) for e in events] == [("Nawa", ["syrian-government"])]


# --- the day a place changed hands


def test_the_month_a_place_was_taken_in_a_relative_clause_does_not_date_the_incident():
    events = _events(
        "Islamic State fighters beheaded five captured soldiers in al-Qaryatain, which they overran last month, "
        "a monitor said. The killings were carried out on Saturday."
    )
    assert [(e["first"], e["last"]) for e in events] == [("2016-12-10", "2016-12-10")]


# --- the quarter a ground attack entered


@pytest.mark.parametrize(
    "verb",
    ["overran", "stormed", "raided"],
)
def test_the_quarter_after_a_ground_attacks_verb_is_the_place_not_its_city(verb):
    events = _events(
        f"Islamic State fighters killed 40 people when they {verb} the Jourat district of Deir ez-Zor on Monday."
    )
    assert [e["place"]["text"] for e in events] == ["Jourat"]


def test_a_side_that_counter_attacked_is_the_attacker():
    events = _events("Rebel fighters counter-attacked near Tal Malah on Monday, killing 12 soldiers, a monitor said.")
    assert [(e["type"], e["perpetrators"]) for e in events] == [("attack", ["opposition-unspecified"])]


# --- a region's toll with one town's part


@pytest.mark.parametrize("lead", ["including", "among them"])
def test_a_part_of_a_regions_toll_told_at_a_town_is_the_towns_incident(lead):
    events = _events(
        f"Government air strikes killed 35 civilians in Deraa province on Monday, {lead} nine in the town of Nawa, "
        "a monitor said."
    )
    shares = {(tuple(p["text"] for p in [e["place"], *e["places"]]), tuple(_killed(e))) for e in events}
    assert any("Deraa province" in places and killed == (35,) for places, killed in shares)
    assert (("Nawa",), (9,)) in shares

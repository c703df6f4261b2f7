"""Downing an aircraft ("shot down", "downed", "أسقطت", triggers.csv role ``downing``): a side that downs a crewed
aircraft, or a drone whose owner is named, attacked it (the shooter is the perpetrator, the aircraft's side the
target, and the incident is no air strike); air defences downing a drone or missile, or anyone downing a drone
no owner is named of, repelled the attack it flew on (its launcher is the perpetrator). role_words.csv classes
``air_defence`` and ``unmanned_craft``. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2019, 5, 9, 15, 0)  # a Thursday


def _event(text: str) -> dict:
    article = Article(key="d", text=text, published=PUBLISHED, language="en" if text.isascii() else "ar")
    [event] = extract_article(article)["events"]
    return event


@pytest.mark.parametrize(
    ("text", "perpetrators", "targets"),
    [
        (
            "Opposition fighters shot down a Syrian army warplane over the village of Hbeit on Wednesday.",
            ["opposition-unspecified"],
            ["syrian-government"],
        ),
        (
            "أسقطت فصائل المعارضة بعد ظهر الأربعاء طائرة حربية تابعة لقوات النظام فوق قرية الهبيط.",
            ["opposition-unspecified"],
            ["syrian-government"],
        ),
        (
            "وأسقط مقاتلو الحزب الإسلامي التركستاني مروحية للنظام قرب بلدة الكبانة يوم الأربعاء.",
            ["tip"],
            ["syrian-government"],
        ),
        ("Rebels downed two Russian jets near Saraqeb on Wednesday.", ["opposition-unspecified"], ["russia"]),
        (
            "Insurgents downed a government warplane near Saraqeb on Wednesday.",
            ["opposition-unspecified"],
            ["syrian-government"],
        ),
        ("وأسقطت هيئة تحرير الشام مسيرة روسية فوق مدينة اللطامنة يوم الأربعاء.", ["hts"], ["russia"]),
    ],
)
def test_a_side_downing_an_aircraft_attacked_its_side(text, perpetrators, targets):
    event = _event(text)
    assert (event["perpetrators"], event["targets"]) == (perpetrators, targets)
    assert event["type"] == "attack"  # the aircraft was hit: it struck nothing


def test_an_aircraft_downed_in_the_passive_was_attacked_by_the_side_after_by():
    event = _event("A Russian warplane was shot down by insurgents near the town of Kafr Zita on Wednesday.")
    assert (event["perpetrators"], event["targets"], event["type"]) == (
        ["opposition-unspecified"],
        ["russia"],
        "attack",
    )


def test_an_arabic_aircraft_downed_by_a_side_s_fire_was_attacked_by_that_side():
    # "بنيران X" (role_words.csv agent_before): X's fire did it
    event = _event("أُسقطت مروحية تابعة لقوات النظام فوق بلدة التمانعة بنيران فصائل المعارضة صباح الأربعاء.")
    assert (event["perpetrators"], event["targets"]) == (["opposition-unspecified"], ["syrian-government"])


def test_a_drone_of_no_named_side_downed_by_fighters_is_their_attack():
    event = _event("وأسقطت فصائل المعارضة طائرة مسيرة فوق قرية الهبيط يوم الأربعاء.")
    assert (event["perpetrators"], event["type"]) == (["opposition-unspecified"], "attack")


def test_the_government_s_shells_name_who_fired_them():
    event = _event("Government shells hit the outskirts of Kafr Nabl on Wednesday, wounding two farmers.")
    assert event["perpetrators"] == ["syrian-government"]


def test_a_crewed_aircraft_downed_with_no_owner_named_was_still_attacked_by_the_shooters():
    event = _event("Insurgents shot down a warplane over the town of Kafr Zita on Wednesday.")
    assert event["perpetrators"] == ["opposition-unspecified"]


@pytest.mark.parametrize(
    ("text", "perpetrators"),
    [
        ("The army's air defences shot down three drones launched by HTS toward Jableh on Wednesday.", ["hts"]),
        ("وأسقطت الدفاعات الجوية طائرة مسيرة تركية فوق مدينة سراقب مساء الأربعاء.", ["turkey"]),
        ("Government troops shot down two drones sent by the militants toward Mhardeh on Wednesday.", ["opposition-unspecified"]),
    ],
)  # fmt: skip
def test_air_defences_downing_a_drone_repelled_the_attack_it_flew_on(text, perpetrators):
    event = _event(text)
    assert event["perpetrators"] == perpetrators
    assert event["type"] == "air_strike"


@pytest.mark.parametrize(
    ("text", "perpetrators", "targets"),
    [
        # one craft, in the singular (triggers.csv role "craft": an incident word beside a downing word)
        (
            "Insurgents shot down a government helicopter close to Kafr Zita on Wednesday.",
            ["opposition-unspecified"],
            ["syrian-government"],
        ),
        ("Fighters downed a Russian Sukhoi jet over Maasaran on Wednesday.", [], ["russia"]),
        # the passive with no shooter named: the craft's side was hit there all the same
        ("A Syrian jet was downed above the town of Maarat al-Numan on Wednesday.", [], ["syrian-government"]),
        (
            "A government helicopter was shot down close to the town of Kafr Nabl on Wednesday.",
            [],
            ["syrian-government"],
        ),
        ("أُسقطت طائرة حربية روسية فوق بلدة معرشورين يوم الأربعاء.", [], ["russia"]),
    ],
)
def test_a_single_craft_downed_is_an_attack_on_its_side(text, perpetrators, targets):
    event = _event(text)
    assert (event["perpetrators"], event["targets"], event["type"]) == (perpetrators, targets, "attack")
    assert event["first"] == "2019-05-08"


def test_a_single_craft_without_a_downing_word_tells_no_incident_by_itself():
    article = Article(
        key="d", text="Six businessmen flew into Cairo on a private jet on Wednesday.", published=PUBLISHED
    )
    assert extract_article(article)["events"] == []


def test_an_arabic_two_word_drone_downed_with_its_launcher_named_after_it_is_the_launcher_s_attack():
    # role_words.csv unmanned_craft "طائرة مسيرة": the launcher named after the craft fired; the army repelled it
    event = _event(
        "أسقطت وحدات من الجيش طائرة مسيرة أطلقها الإرهابيون نحو نقاط عسكرية قرب بلدة السقيلبية يوم الأربعاء."
    )
    assert (event["perpetrators"], event["targets"]) == (["opposition-unspecified"], ["syrian-government"])


@pytest.mark.parametrize(
    ("text", "perpetrators", "targets"),
    [
        (
            "An army helicopter was brought down by insurgent fire near the town of Kafr Zita on Wednesday.",
            ["opposition-unspecified"],
            [],
        ),
        (
            "The downing of a Russian jet near Kafr Nabl on Wednesday was claimed by fighters of the NFL alliance.",
            ["nfl"],
            ["russia"],
        ),
        (
            "Rebels claimed the shooting down of a government warplane over Hbeit on Wednesday.",
            ["opposition-unspecified"],
            ["syrian-government"],
        ),
    ],
)
def test_other_downing_words_tell_an_attack_on_the_craft(text, perpetrators, targets):
    event = _event(text)
    assert (event["perpetrators"], event["targets"], event["type"]) == (perpetrators, targets, "attack")

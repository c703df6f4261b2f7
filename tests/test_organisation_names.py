"""A place name inside the name of a body (a military council, a health directorate, an operations room, a local
coordination committee, an activists' group) is no place: the body may be a party or a source, never the
incident's place (``data/gazetteer/outlet_words.csv``). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.places import find_places


@pytest.mark.parametrize(
    "text",
    [
        "قال مجلس منبج العسكري في بيان إن",
        "أعلن مجلس دير الزور العسكري مساء الأحد أن",
        "بحسب مديرية صحة حماة",
        "وتبنت غرفة عمليات حلب الهجوم",
        "ونقلت تنسيقية سراقب عن شهود",
        "وأكد تجمع أحرار حوران أن",
        "the Tal Abyad Military Council said on Monday",
        "figures released by the Idlib Health Directorate",
        "the Hama Operations Room claimed the attack",
        "the Saraqeb Local Council appealed for help",
        "activists of Raqqa Is Being Slaughtered Silently reported",
        "وقال قائد في جيش إدلب الحر",
        "وأفادت شرطة حلب الحرة",
        "officers of the Aleppo Free Police said",
        "a fighter of Jaysh Idlib al-Hurr said",
        "according to the Deir Ezzor 24 network",
    ],
)
def test_a_place_named_inside_a_body_s_name_is_no_place(text):
    assert find_places(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قصفت قوات النظام مجلس مدينة اللطامنة", "اللطامنة"),  # "مجلس مدينة": a cue word comes between
        ("government jets hit Saraqeb, local council members said", "Saraqeb"),
        ("the council of Manbij met on Monday", "Manbij"),
        ("قصف الجيش حماة بالصواريخ", "حماة"),  # "الجيش" before a town: the army fired on it
    ],
)
def test_a_place_beside_such_words_but_not_inside_a_name_stays_a_place(text, name):
    assert [m.text for m in find_places(text)] == [name]


def _events(text: str) -> list[dict]:
    article = Article(
        key="o", text=text, published=dt.datetime(2019, 6, 12, 9, 0), language="en" if text.isascii() else "ar"
    )
    return extract_article(article)["events"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Islamic State gunmen attacked a checkpoint in the town of Hajin on Tuesday, killing three guards, "
            "the Deir ez-Zor Military Council said.",
            "Hajin",
        ),
        (
            "أعلنت مديرية صحة إدلب أن امرأة قتلت وأصيب طفلان بقصف مدفعي لقوات النظام على قرية كفرعويد يوم الثلاثاء.",
            "كفرعويد",
        ),
    ],
)
def test_the_body_s_town_adds_no_place_to_the_incident(text, place):
    [event] = _events(text)
    assert event["place"]["text"] == place
    assert event["places"] == []  # no other place listed beside it

"""A quarter of a city told in English ("the X area of Homs", "the X district of Homs", "Homs's X neighbourhood",
"Aleppo's X district"): the quarter is the place, in the city's governorate, never the town elsewhere that the
gazetteer knows by the quarter's last word ("Bab Tadmur" is no Tadmur). place_words.csv en_quarter_of;
incident_places.merge_candidates. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article


def _place(text: str) -> dict:
    article = Article(key="q", text=text, published=dt.datetime(2019, 5, 9, 15, 0), language="en")
    [event] = extract_article(article)["events"]
    return event["place"]


@pytest.mark.parametrize(
    ("text", "quarter", "governorate"),
    [
        ("Insurgent mortars struck the Bab Tadmur area of Homs on Wednesday, killing two women.", "Bab Tadmur", "Homs"),
        ("Rockets fell in the Bab Tadmur district of Homs on Wednesday, wounding a boy.", "Bab Tadmur", "Homs"),
        (
            "Mortar rounds fell on Homs's Bab Tadmur neighbourhood on Wednesday, killing three civilians.",
            "Bab Tadmur",
            "Homs",
        ),
        ("Rebel rockets landed in Aleppo's Midan district on Wednesday, killing two.", "Midan", "Aleppo"),
    ],
)
def test_an_english_quarter_of_a_city_is_that_city_s_quarter(text, quarter, governorate):
    place = _place(text)
    assert (place["text"], place["admin1"]) == (quarter, governorate)
    assert place["admin2"] != "Tadmur"  # not the desert town the gazetteer knows by the quarter's last word

"""A name the gazetteer gives places in several governorates (صوران: a town of Aleppo and one of Hama; الحواش: of
Hama and of Homs), with no governorate named right after it, is the one in the governorate of the nearest place the
report names that has no namesake (places._choose_namesakes). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article


def _admin1_of(text: str, town: str) -> str:
    language = "en" if text.isascii() else "ar"
    article = Article(key="n", text=text, published=dt.datetime(2019, 5, 9, 15, 0), language=language)
    places = [p for e in extract_article(article)["events"] for p in [e["place"], *e["places"]]]
    return next(p["admin1"] for p in places if p["text"] == town)


@pytest.mark.parametrize(
    ("text", "town", "governorate"),
    [
        (
            "Army shells struck Tal Rifaat and Mare' in northern Aleppo on Wednesday, and hit Suran too, wounding two.",
            "Suran",
            "Aleppo",
        ),
        ("Shells fell on Suran on Wednesday, wounding a man; hours later rockets hit Tal Rifaat.", "Suran", "Aleppo"),
        ("قصفت قوات النظام بلدتي كفرزيتا واللطامنة الأربعاء، كما طال القصف بلدة صوران وأصيب مدنيان.", "صوران", "Hama"),
        ("Shelling hit al-Hawash in the Ghab plain on Wednesday, killing a child.", "al-Hawash", "Hama"),
    ],
)
def test_a_namesake_is_the_one_in_the_governorate_of_the_places_around_it(text, town, governorate):
    assert _admin1_of(text, town) == governorate

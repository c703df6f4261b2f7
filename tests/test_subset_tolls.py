"""A toll over a region with a part of it told at one of its towns (sentences written for these tests)."""

import datetime as dt

from timeline.article import Article
from timeline.extract import extract_article


def _events(text: str) -> list[tuple]:
    article = Article(key="t", text=text, published=dt.datetime(2018, 6, 10), language="ar", source="test")
    return [
        ([p["text"] for p in [e["place"], *e["places"]] if p], [c["killed"] for c in e["claims"]])
        for e in extract_article(article)["events"]
    ]


def test_a_part_of_a_regions_toll_told_at_a_town_is_the_towns_incident():
    for text in (
        "قتل 40 مدنياً يوم الخميس في غارات لقوات النظام على ريف إدلب الجنوبي، بينهم 12 في بلدة كفرنبل.",
        "قتل 40 مدنياً على الأقل يوم الخميس في غارات شنتها قوات النظام على ريف إدلب الجنوبي، قضى 12 منهم في بلدة كفرنبل.",
    ):
        region, town = _events(text)
        assert "ريف إدلب الجنوبي" in region[0] and region[1] == [40]
        assert town == (["كفرنبل"], [12])


def test_children_among_the_dead_of_a_blast_in_a_town_are_no_part_at_a_town():
    text = "قتل 25 مدنياً بينهم 7 أطفال يوم الخميس في انفجار سيارة مفخخة في بلدة الدانا بريف إدلب الشمالي."
    ((places, killed),) = _events(text)
    assert killed == [25] and "الدانا" in places

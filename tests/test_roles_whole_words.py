"""A target cue word is a whole word, the regime named by its president is the regime, and a hedged nationality
between commas names the attacker (texts written for these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.extract import extract_article
from timeline.factions import find_factions
from timeline.normalize import normalize_term
from timeline.reference import default_reference


def test_a_target_word_inside_a_longer_word_is_no_target_cue():
    target_before = default_reference().roles.grammar.target_before
    assert target_before.search(normalize_term("قالوا إن قوات برية موالية ل")) is None
    assert target_before.search(normalize_term("استهدفت الطائرات مواقع ل"))
    assert target_before.search(normalize_term("قصفت المدفعية والمواقع ل"))


def test_forces_loyal_to_the_presidents_regime_are_its_side():
    text = "محاولة اقتحام\n\nأفاد ناشطون بأن قوات موالية لنظام الرئيس بشار الأسد هاجمت بلدة كفرنبل فجر السبت من جهتين."
    article = Article(key="r", text=text, published=dt.datetime(2018, 8, 12, 10, 0), language="ar", source="test")
    events = extract_article(article)["events"]
    assert [e["perpetrators"] for e in events] == [["syrian-government"]]


def test_a_hedged_nationality_between_commas_names_the_attacker():
    flat = normalize_term("أفاد المرصد بأن صواريخ، يرجح أنها أمريكية، أصابت مستودعاً للذخيرة")
    assert [f.faction for f in find_factions(flat)] == ["coalition"]
    assert find_factions(normalize_term("سقطت صواريخ، أمريكية الصنع")) == []  # after a comma, only a hedge joins them


def test_forces_named_only_by_whom_they_are_loyal_to_are_that_sides():
    def perpetrators(sentence: str) -> list[list[str]]:
        article = Article(key="l", text="عنوان\n\n" + sentence, published=dt.datetime(2019, 5, 7, 9, 0), language="ar")
        return [e["perpetrators"] for e in extract_article(article)["events"]]

    assert perpetrators("قصفت القوات الموالية للنظام قرية الهبيط يوم الأحد.") == [["syrian-government"]]
    # a group named before the loyalty keeps the patron out of the incident
    assert perpetrators("قصفت الفصائل الموالية لتركيا قرية الهبيط يوم الأحد.") == [["opposition-unspecified"]]

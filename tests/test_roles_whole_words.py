"""A target cue word is a whole word, and the regime named by its president is the regime (texts written for
these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

from timeline import roles
from timeline.article import Article
from timeline.extract import extract_article
from timeline.normalize import normalize_term


def test_a_target_word_inside_a_longer_word_is_no_target_cue():
    assert roles._TARGET_BEFORE.search(normalize_term("قالوا إن قوات برية موالية ل")) is None
    assert roles._TARGET_BEFORE.search(normalize_term("استهدفت الطائرات مواقع ل"))
    assert roles._TARGET_BEFORE.search(normalize_term("قصفت المدفعية والمواقع ل"))


def test_forces_loyal_to_the_presidents_regime_are_its_side():
    text = (
        "محاولة اقتحام\n\n"
        "قال ناشطون إن قوات برية موالية لنظام الرئيس بشار الأسد حاولت اقتحام بلدة سراقب اليوم الأحد من عدة محاور."
    )
    article = Article(key="r", text=text, published=dt.datetime(2018, 8, 12, 10, 0), language="ar", source="test")
    events = extract_article(article)["events"]
    assert [e["perpetrators"] for e in events] == [["syrian-government"]]

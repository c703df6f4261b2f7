"""Incident dates read with the cue words of ``data/lexicon/event_words.csv`` (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.dates import DateMention
from timeline.events import extract_events
from timeline.extract import extract_article


def _date_texts(text: str, phrase: str) -> list[str | None]:
    start = text.index(phrase)
    day = dt.date(2016, 9, 13)
    dates = [DateMention(phrase, start, start + len(phrase), day, day, "day", "weekday")]
    article = Article(key="t", text=text, published=dt.datetime(2016, 9, 20), language="ar", source="test")
    return [e["date_text"] for e in extract_events(article, dates)]


def test_the_date_of_a_dated_document_is_not_the_incidents():
    # "مؤرخاً" was written with its hamza in the code's regex and never matched the normalized text
    text = "قصفت قوات النظام بلدة كفرنبل بالمدفعية وفق تقرير نشرته الفصائل مؤرخاً يوم الثلاثاء الماضي"
    assert _date_texts(text, "يوم الثلاثاء الماضي") == [None]


def test_a_date_right_after_the_incident_dates_it():
    text = "قصفت قوات النظام بلدة كفرنبل بالمدفعية يوم الثلاثاء الماضي"
    assert _date_texts(text, "يوم الثلاثاء الماضي") == ["يوم الثلاثاء الماضي"]


def _incident_count(text: str) -> int:
    article = Article(key="t", text=text, published=dt.datetime(2017, 3, 9), language="ar", source="test")
    return len(extract_events(article, []))


def test_an_offensive_told_in_the_present_as_lasting_months_is_background():
    # "يشن … منذ ثلاثة أشهر": under way for months, the setting of the news (campaign_under_way, span_unit)
    assert _incident_count("يشن الجيش التركي منذ ثلاثة أشهر هجوما على مواقع المسلحين في ريف حلب الشمالي.") == 0
    assert _incident_count("تتعرض المنطقة منذ نحو عامين لحصار وقصف من قوات النظام في ريف حمص.") == 0


def test_an_offensive_under_way_for_days_or_told_in_the_past_stays_an_incident():
    assert _incident_count("يشن الجيش التركي منذ ثلاثة أيام هجوما على مواقع المسلحين في ريف حلب الشمالي.") == 1
    assert _incident_count("شن الجيش التركي هجوما على مواقع المسلحين في ريف حلب الشمالي منذ ثلاثة أشهر.") == 1


def _tolls_by_day(text: str, language: str) -> list[tuple[str, list]]:
    article = Article(key="t", text=text, published=dt.datetime(2017, 3, 13), language=language, source="test")
    return [(e["first"], [c["killed"] for c in e["claims"]]) for e in extract_article(article)["events"]]


def test_a_second_toll_with_its_verb_left_out_on_another_day_is_another_incident():
    # "، و9 آخرين يوم الجمعة": the count and "others" (sentence_words.csv) reuse the toll before, on their own day
    text = "قصفت طائرات النظام بلدة حيش. وقال الدفاع المدني إن الغارات قتلت 12 شخصا يوم الخميس الماضي، و9 آخرين يوم الجمعة."
    assert _tolls_by_day(text, "ar") == [("2017-03-09", [12]), ("2017-03-10", [9])]
    text = "Government jets bombed the town of Hish. Rescuers said the raids killed 12 people on Thursday, and 9 others on Friday."
    assert _tolls_by_day(text, "en") == [("2017-03-09", [12]), ("2017-03-10", [9])]


def test_a_second_toll_on_the_same_day_stays_with_its_incident():
    text = "قصفت طائرات النظام بلدة حيش يوم الخميس. وقال الدفاع المدني إن الغارات قتلت 12 مدنيا، و3 آخرين من عناصر الدفاع المدني."
    assert [day for day, _ in _tolls_by_day(text, "ar")] == ["2017-03-09"]


def _intervals(text: str) -> list[tuple[str, str]]:
    article = Article(key="t", text=text, published=dt.datetime(2017, 3, 28), language="ar", source="test")
    return [(e["first"], e["last"]) for e in extract_article(article)["events"]]


def test_a_named_week_of_a_month_is_the_incidents_interval_not_a_running_total():
    # "خلال الأسبوع" is a period's words (a total), but "خلال الأسبوع الثالث من آذار" names one week (ordinals.csv)
    named = (
        "وخلال الأسبوع الثالث من آذار الحالي شنت قوات النظام غارات مكثفة على ريف حمص الشمالي، ما أدى إلى مقتل 90 مدنيا."
    )
    assert _intervals(named) == [("2017-03-15", "2017-03-21")]
    total = "وخلال الأسبوع الماضي شنت قوات النظام غارات مكثفة على ريف حمص الشمالي، ما أدى إلى مقتل 90 مدنيا."
    assert _intervals(total) == []


def test_a_campaign_lasting_a_span_needs_its_span_words_and_a_verb_of_going_on():
    # _under_way and _lasting_days search the span's words before the verb (a speed-up): both must still be needed
    from timeline.events import _lasting_days, _under_way
    from timeline.normalize import normalize_term
    from timeline.reference import default_reference

    grammar = default_reference().events.grammar

    def lasting(text: str) -> str | None:
        flat = normalize_term(text)
        at = _lasting_days(flat, 0, len(flat), grammar)
        return None if at is None else flat[at:].split()[0]

    def under_way(text: str) -> bool:
        flat = normalize_term(text)
        return _under_way(flat, 0, len(flat), grammar)

    assert lasting("الغارات المتواصلة منذ خمسة أيام على البلدة") == "منذ"
    assert lasting("قتل رجلان في غارة منذ خمسة أيام") is None  # told in the past: a day, five days ago
    assert lasting("القصف المتواصل على البلدة") is None  # going on, but for no span
    assert lasting("the jets have pounded the town for three weeks") == "for"
    assert under_way("يشن الجيش منذ ثلاثة أشهر هجوما") is True
    assert under_way("شن الجيش هجوما منذ ثلاثة أشهر") is False  # no verb of going on
    assert under_way("يشن الجيش هجوما على البلدة") is False  # no span

"""Incident lists laid out under headings: a daily report's day headings and a monthly summary's governorate
headings (texts written for these tests); and the invented catalogue of each layout in tests/fixtures/catalogues."""

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.readers import read_path

FIXTURES = Path(__file__).parent / "fixtures" / "catalogues"


def _events(text: str, published: dt.datetime, language: str = "ar") -> list[dict]:
    article = Article(key="t", text=text, title="", published=published, language=language, source="راصد")
    return extract_article(article)["events"]


def _days_and_places(events: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["first"], (e["place"] or {}).get("text")) for e in events]


DAILY_AR = (
    "نشرة الرصد اليومية\n"
    "\n"
    "الخميس 5 آذار 2020\n"
    "\n"
    "استهدفت قوات النظام بالمدفعية بلدة سرمين.\n"
    "\n"
    "الجمعة 6 آذار 2020\n"
    "\n"
    "قصفت قوات النظام براجمات الصواريخ مدينة أريحا، فجرح طفلان.\n"
    "\n"
    "وشنت طائرات روسية غارة على بلدة بنش.\n"
)


def test_a_day_heading_dates_the_paragraphs_under_it():
    events = _events(DAILY_AR, dt.datetime(2020, 3, 8))
    assert _days_and_places(events) == [("2020-03-05", "سرمين"), ("2020-03-06", "أريحا"), ("2020-03-06", "بنش")]


def test_a_lone_date_line_is_a_stamp_not_a_heading():
    text = "Monitor bulletin\n\n6 March 2020\n\nRegime artillery shelled Sarmin, wounding two people.\n"
    events = _events(text, dt.datetime(2020, 3, 8), "en")
    assert _days_and_places(events) == [("2020-03-08", "Sarmin")]


GOVERNORATES_EN = (
    "Violations in February 2020\n"
    "\n"
    "Aleppo governorate:\n"
    "- 11 February: a Russian air strike on al-Mansurah wounded three civilians.\n"
    "\n"
    "Hama governorate:\n"
    "- 12 February: a Russian air strike on al-Mansurah killed a shepherd.\n"
)


def test_a_town_under_a_governorate_heading_is_the_one_of_that_governorate():
    events = _events(GOVERNORATES_EN, dt.datetime(2020, 3, 1), "en")
    assert [(e["first"], e["place"]["text"], e["place"]["admin1"]) for e in events] == [
        ("2020-02-11", "al-Mansurah", "Aleppo"),
        ("2020-02-12", "al-Mansurah", "Hama"),
    ]


def test_without_a_heading_the_gazetteer_ranks_the_town():
    text = GOVERNORATES_EN.replace("Hama governorate:\n", "")
    events = _events(text, dt.datetime(2020, 3, 1), "en")
    assert [e["place"]["admin1"] for e in events] == ["Aleppo", "Aleppo"]


def _matched(gold: dict, events: list[dict]) -> bool:
    """An extracted event on the gold's day, with its perpetrators, its place and its killed figures."""
    for e in events:
        place = e["place"] or {}
        killed = {c["killed"] for c in e["claims"] if c["killed"] is not None}
        if (
            e["first"] == gold["first"]
            and set(e["perpetrators"]) == set(gold["perpetrators"])
            and place.get("text") in gold["places"]
            and place.get("admin1") == gold["admin1"]
            and set(gold["killed"]) <= killed
        ):
            return True
    return False


@pytest.mark.parametrize("layout", ["numbered", "fields", "table", "daily", "governorate", "sides", "accounts"])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_each_invented_catalogue_gives_its_incidents(layout, language):
    path = FIXTURES / layout / f"{language}.txt"
    gold = json.loads((FIXTURES / layout / "gold" / f"{language}.json").read_text(encoding="utf-8"))
    events = extract_article(read_path(path).articles[0])["events"]
    assert len(events) == len(gold["events"])
    assert [g["first"] for g in gold["events"] if not _matched(g, events)] == []


def test_a_markdown_heading_names_the_governorate_too():
    text = GOVERNORATES_EN.replace("Hama governorate:\n", "## Hama governorate\n")
    events = _events(text, dt.datetime(2020, 3, 1), "en")
    assert [e["place"]["admin1"] for e in events] == ["Aleppo", "Hama"]


def test_days_heading_lines_after_a_lead_word_date_what_follows():
    text = (
        "Violations log\n\nOn 5 March 2020:\n\nRegime artillery shelled Sarmin.\n\n"
        "On 6 March 2020:\n\nRussian jets struck Binnish, killing a farmer.\n"
    )
    assert _days_and_places(_events(text, dt.datetime(2020, 3, 8), "en")) == [
        ("2020-03-05", "Sarmin"),
        ("2020-03-06", "Binnish"),
    ]


def test_a_dual_strike_noun_tells_an_incident():
    text = "نشرة الرصد\n\n- غارتان جويتان على قرية كفرومة أدتا لمقتل رجل.\n"
    events = _events(text, dt.datetime(2019, 11, 13))
    assert [(e["type"], e["place"]["text"]) for e in events] == [("air_strike", "كفرومة")]


def test_an_incident_under_the_next_day_heading_is_not_folded_into_the_last_one():
    text = (
        "نشرة الرصد اليومية\n\nالخميس 5 آذار 2020\n\nقصفت قوات النظام بلدة سرمين بالمدفعية.\n\n"
        "الجمعة 6 آذار 2020\n\nسقطت قذائف أطلقتها قوات النظام بين البيوت، فقتل رجلان.\n"
    )
    events = _events(text, dt.datetime(2020, 3, 8))
    assert [(e["first"], [c["killed"] for c in e["claims"]]) for e in events] == [
        ("2020-03-05", []),
        ("2020-03-06", [2]),
    ]


def test_an_incident_told_in_prose_on_a_night_of_its_own_stays_beside_the_table():
    """A report's table of incidents, and in its introduction an incident on a night no row has ("ليل 26 – 27 تشرين
    الأول"): that incident is kept, as one dated by a single day is."""
    text = (
        "ضحايا الغارات على ريف دير الزور\n\n"
        "شن التنظيم ليل 26 – 27 تشرين الأول هجوماً على مواقع قوات سوريا الديمقراطية في بلدة البحرة، قتل فيه 41 عنصراً.\n\n"
        "| التاريخ | الموقع | عدد الضحايا المدنيين |\n|---|---|---|\n"
        "| 2/11/2018 | هجين | 11 |\n| 9/11/2018 | الشعفة | 6 |\n| 11/11/2018 | السوسة | 9 |\n"
    )
    events = _events(text, dt.datetime(2018, 11, 20, 12))
    assert [(e["first"], e["last"]) for e in events if e["first"] < "2018-11-01"] == [("2018-10-26", "2018-10-27")]

"""Places abroad named in Syria reports (``data/foreign_places.csv``): never a Syrian incident's place, and an
incident told only abroad is no Syrian incident (texts written for these tests, in the project's own words)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.incident_places import FOREIGN_KINDS, foreign_names
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR
from timeline.places import find_places

PUBLISHED = dt.datetime(2016, 3, 8, 10, 0)


def _events(text: str) -> list[dict]:
    article = Article(key="w", text=text, published=PUBLISHED, language="en", source="Test Wire")
    return extract_article(article)["events"]


def _places(event: dict) -> list[str]:
    return [p["text"] for p in [event["place"], *event["places"]] if p]


def test_an_offensive_in_a_neighbouring_country_is_no_syrian_incident():
    text = (
        "Raids on Homs\n\n"
        "Tuesday 8 March 2016. Government jets pounded rebel districts of Homs on Monday, killing nine people, "
        "activists said. The raids came a day after Iraqi troops backed by coalition jets stormed the city of "
        "Tikrit in neighbouring Iraq on Sunday."
    )
    events = _events(text)
    assert [_places(e)[0] for e in events] == ["Homs"]
    assert all("Tikrit" not in _places(e) for e in events)


def test_a_border_town_abroad_hit_from_syria_is_no_syrian_incident():
    text = (
        "Border town hit\n\n"
        "Tuesday 8 March 2016. Rockets fired by Islamic State militants from Syrian territory struck the border "
        "town of Kilis on Monday, wounding four people, the governor said."
    )
    assert _events(text) == []


def test_a_town_abroad_spelled_like_a_syrian_one_is_abroad_only_beside_its_country():
    abroad = (
        "Town retaken\n\n"
        "Tuesday 8 March 2016. Kurdish fighters drove Islamic State militants out of Sinjar in northern Iraq "
        "on Monday after two days of clashes, officials said."
    )
    assert _events(abroad) == []
    at_home = (
        "Barrels dropped\n\n"
        "Tuesday 8 March 2016. Government helicopters dropped barrel bombs on Sinjar in the south of Idlib "
        "province on Monday, killing three people, activists said."
    )
    [event] = _events(at_home)
    assert event["place"]["text"] == "Sinjar" and event["place"]["admin1"] == "Idlib"


def test_fire_from_abroad_on_a_syrian_town_stays_a_syrian_incident():
    text = (
        "Shells on Afrin\n\n"
        "Tuesday 8 March 2016. Turkish artillery fired from inside Turkey shelled the town of Afrin on Monday, "
        "killing two people, a monitor said."
    )
    [event] = _events(text)
    assert event["place"]["text"] == "Afrin" and event["perpetrators"] == ["turkey"]


def test_an_arabic_report_of_strikes_abroad_gives_no_syrian_incident():
    text = (
        "غارات في الشمال\n\nقصفت طائرات حربية بلدة كفرنبل في ريف إدلب الجنوبي يوم الاثنين ما أدى إلى مقتل خمسة "
        "مدنيين. وفي العراق قصفت طائرات التحالف مدينة الموصل يوم الاثنين ما أدى إلى مقتل عشرة أشخاص."
    )
    article = Article(key="w", text=text, published=PUBLISHED, language="ar", source="Test")
    events = extract_article(article)["events"]
    assert [e["place"]["text"] for e in events] == ["كفرنبل"]


def test_the_table_of_places_abroad_is_sound():
    with open(DATA_DIR / "foreign_places.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    countries = {r["country"] for r in rows if r["kind"] == "country"}
    assert {"Iraq", "Turkey", "Lebanon", "Jordan", "Israel", "Russia"} <= countries
    for row in rows:
        assert row["kind"] in FOREIGN_KINDS and row["language"] in ("ar", "en")
        assert row["name"] == normalize_term(row["name"]) and row["country"] in countries
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names))
    # a name the Syrian gazetteer also knows must say so in its note: it is abroad only beside its country
    for row in rows:
        if row["kind"] == "place" and row["language"] == "en":
            found = find_places(f"Officials met in {row['name'].title()} today.")
            assert not found or row["note"], row["name"]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("Mosul,Iraq,place,en,", "not normalized"),
        ("mosul,Iraq,town,en,", "unknown kind"),
        ("mosul,Iraq,place,fr,", "unknown language"),
        ("mosul,Atlantis,place,en,", "no country row"),
        ("iraq,Iraq,place,en,", "listed twice"),
    ],
)
def test_a_bad_row_of_places_abroad_names_the_file_and_line(tmp_path, row, problem):
    (tmp_path / "foreign_places.csv").write_text(
        f"name,country,kind,language,note\niraq,Iraq,country,en,\n{row}\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match=rf"foreign_places.csv:3: .*{problem}"):
        foreign_names(tmp_path)

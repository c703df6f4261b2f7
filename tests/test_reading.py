"""One reading of a report shared by both incident readers gives what each reader's own reading gives
(texts written for these tests)."""

import datetime as dt

import pytest

from timeline.article import Article
from timeline.dates import tag_dates
from timeline.events import extract_events
from timeline.factions import find_factions, has_cased_alias
from timeline.genres import genre_events
from timeline.incident_places import merge_candidates
from timeline.reading import read_report
from timeline.sentences import TextView

PUBLISHED = dt.datetime(2017, 3, 1)

CATALOGUE = (
    "The monitoring team logged these incidents in February 2017.\n\n"
    "On 2 February an attack hit the town of Saraqib. On 6 February two attacks were recorded, the first on "
    "Binnish and the second on Taftanaz.\n\n"
    "On 9 February an incident took place in Ariha. On 13 February an attack hit Kafr Nabl.\n\n"
    "On 21 February another attack hit Saraqib, killing two civilians.\n"
)
NEWS = "قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي يوم الأحد، ما أدى إلى مقتل ثلاثة مدنيين بينهم طفل."


@pytest.mark.parametrize(("text", "language"), [(CATALOGUE, "en"), (NEWS, "ar")])
def test_a_shared_reading_changes_no_event(text, language):
    article = Article(key="r", text=text, published=PUBLISHED, language=language, source="monitors")
    dates = [d for d in tag_dates(article.body, PUBLISHED, language) if not d.since]
    reading = read_report(article.body)
    events = extract_events(article, dates)
    assert events and extract_events(article, dates, reading) == events
    assert genre_events(article, dates, events, reading) == genre_events(article, dates, events)


def test_the_catalogue_is_read_by_its_genre():
    article = Article(key="r", text=CATALOGUE, published=PUBLISHED, language="en", source="monitors")
    dates = [d for d in tag_dates(article.body, PUBLISHED, "en") if not d.since]
    events = genre_events(article, dates, extract_events(article, dates), read_report(article.body))
    assert [e["first"][-2:] for e in events] == ["02", "06", "06", "09", "13", "21"]


@pytest.mark.parametrize("text", [CATALOGUE, NEWS])
def test_the_date_tagger_takes_the_readings_normalized_copy(text):
    normalized = read_report(text).view.normalized
    assert tag_dates(text, PUBLISHED, "ar", normalized) == tag_dates(text, PUBLISHED, "ar")


def test_without_an_alias_in_capitals_the_original_text_changes_no_faction():
    view = TextView("Russian jets and regime forces shelled the town; is it over, asked the rebels.")
    assert not has_cased_alias(view.original)
    assert find_factions(view.flat) == find_factions(view.flat, view.original, view.to_norm) != []


def test_an_alias_in_capitals_is_found_only_with_the_original_text():
    view = TextView("IS fighters attacked an army post near Palmyra.")
    assert has_cased_alias(view.original)
    assert find_factions(view.flat) != find_factions(view.flat, view.original, view.to_norm)


MERGE_TEXT = "قالت جبهة النصرة إن طائرات روسية قصفت مدينة سراقب وقرية كفرنبل صباح الاثنين، ونزح أهالي حي الشيخ."


@pytest.mark.parametrize("text", [MERGE_TEXT, NEWS, CATALOGUE])
def test_the_merged_places_are_those_merge_candidates_gives(text):
    reading = read_report(text)
    names = [(f.start, f.end) for f in reading.factions]
    merged = merge_candidates(
        list(reading.gazetteer_places), list(reading.cue_places), reading.view.flat, names, reading.reference.places
    )
    assert merged and list(reading.places) == merged

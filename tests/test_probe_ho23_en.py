"""English agency and wire articles (a third held-out round): counts of time spelled in words before "ago" for every
count a wire writes, and what a wire tells around an incident that is the same incident again (texts written for
these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.dates import tag_dates
from timeline.extract import extract_article

D = dt.date


def _events(body: str, published: str, title: str = "Update") -> list[dict]:
    day = dt.datetime.fromisoformat(published).replace(hour=12)
    article = Article(key="p", text=f"{title}\n\n{body}", published=day, language="en", source="test")
    return extract_article(article)["events"]


# --- a count of weeks, months or years spelled in words before "ago" is a point that far back


@pytest.mark.parametrize(
    ("text", "found", "first"),
    [
        ("The protests that started the war broke out eight years ago in the south.", "eight years ago", D(2011, 1, 1)),
        ("Rebels lost the hill four years ago and never came back.", "four years ago", D(2015, 1, 1)),
        ("The town has been in ruins since it was stormed nine years ago.", "nine years ago", D(2010, 1, 1)),
        ("The bridge was blown up eight months ago by retreating fighters.", "eight months ago", D(2018, 7, 6)),
        ("Residents fled four weeks ago when the shelling began.", "four weeks ago", D(2019, 2, 6)),
    ],
)
def test_a_count_of_time_in_words_before_ago_is_that_far_back(text, found, first):
    published = dt.datetime(2019, 3, 6, 10, 0)
    assert [(m.text, m.first) for m in tag_dates(text, published, "en") if not m.since] == [(found, first)]

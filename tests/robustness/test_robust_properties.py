"""Issue 15, property tests: random dates, spacing and nesting through the readers and the extractor never
raise, never lose a row silently, and keep every span inside the text."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.article import Article
from timeline.datewindow import in_window
from timeline.extract import extract_article
from timeline.readers import read_path

STORY = (
    "قصفت قوات النظام بلدة كفرنبل في ريف إدلب صباح أمس، ما أدى إلى مقتل ثلاثة مدنيين بحسب الدفاع المدني. "
    "وردت الفصائل باستهداف مواقع للنظام في جورين رداً على القصف."
)
BLANKS = st.text(alphabet=" \t\u00a0\u2009\u202f", min_size=1, max_size=4)
ISO = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)).map(dt.datetime.isoformat)
STAMPS = st.one_of(ISO, st.text(max_size=30), st.dates().map(lambda d: d.strftime("%d/%m/%Y")), st.none())
DATE_PHRASES = st.one_of(
    st.builds(
        "{} {} {} هـ".format, st.integers(0, 99), st.sampled_from(["رجب", "محرم", "شعبان"]), st.integers(1, 9999)
    ),
    st.builds("{}/{}/{}".format, st.integers(0, 99), st.integers(0, 99), st.integers(0, 9999)),
    st.builds("{} آذار {}".format, st.integers(0, 99), st.integers(0, 9999)),
)
FAST = settings(max_examples=25, deadline=None)


def _spaced(words: list[str], blanks: list[str]) -> str:
    return "".join(w + blanks[i % len(blanks)] for i, w in enumerate(words))


@FAST
@given(st.lists(st.tuples(STAMPS, st.booleans()), min_size=1, max_size=8))
def test_random_feed_dates_never_raise_and_every_row_is_accounted_for(rows):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        lines = [json.dumps({"id": f"r{n}", "published": stamp, "text": STORY if has_text else ""})
                 for n, (stamp, has_text) in enumerate(rows)]  # fmt: skip
        path.write_text("\n".join(lines), encoding="utf-8")
        result = read_path(path)
    assert len(result.articles) + len(result.errors) == len(rows)
    assert all(in_window(a.published) for a in result.articles)


@FAST
@given(st.lists(BLANKS, min_size=1, max_size=6))
def test_random_spacing_never_changes_the_incidents(blanks):
    plain = extract_article(Article(key="k", text=STORY, published=dt.datetime(2019, 3, 4)))
    text = _spaced(STORY.split(" "), blanks)
    spaced = extract_article(Article(key="k", text=text, published=dt.datetime(2019, 3, 4)))

    def facts(result):
        return [(e["type"], e["first"], e["perpetrators"], e["targets"], (e["place"] or {}).get("pcode"))
                for e in result["events"]]  # fmt: skip

    assert facts(spaced) == facts(plain)
    for event in spaced["events"]:
        assert all(0 <= a < b <= len(text) for a, b in event["evidence"])


@FAST
@given(st.integers(0, 30_000), st.sampled_from(["json", "jsonl", "html"]))
def test_random_nesting_is_read_or_refused_with_one_message(depth, kind):
    with tempfile.TemporaryDirectory() as folder:
        if kind == "html":
            path = Path(folder) / "page.html"
            path.write_text("<html><body>" + "<div>" * depth + STORY + "</div>" * depth + "</body></html>")
        else:
            nested = "[" * depth + "]" * depth
            row = f'{{"id": "a", "text": {json.dumps(STORY)}, "extra": {nested or "null"}}}'
            path = Path(folder) / f"feed.{kind}"
            path.write_text(row if kind == "jsonl" else f"[{row}]", encoding="utf-8")
        result = read_path(path)
    assert len(result.articles) + len(result.errors) == 1
    if result.errors:
        assert "nested too deeply" in result.errors[0].reason


@FAST
@given(st.lists(DATE_PHRASES, min_size=1, max_size=4), st.one_of(st.none(), st.datetimes(dt.datetime(1900, 1, 1))))
def test_random_dates_in_the_text_never_break_extraction(phrases, published):
    text = " ".join(f"قصفت قوات النظام بلدة كفرنبل يوم {p} ما أدى إلى مقتل مدني." for p in phrases)
    result = extract_article(Article(key="k", text=text, published=published))
    for date in result["dates"]:
        assert text[slice(*date["span"])] == date["text"]
    for event in result["events"]:
        assert all(0 <= a < b <= len(text) for a, b in event["evidence"])

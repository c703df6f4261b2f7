"""Issue 15, items 4 (Hijri), 7 (time linear in the input) and 8 (whitespace is irrelevant).

The texts are invented for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import time

import pytest

from timeline import extract
from timeline.article import Article
from timeline.dates import tag_dates
from timeline.extract import extract_article, segments
from timeline.normalize import normalize
from timeline.readers import read_path

PUBLISHED = dt.datetime(2019, 3, 4, 10)
STORY = (
    "قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي صباح أمس الأحد، ما أدى إلى مقتل ثلاثة مدنيين "
    "وإصابة خمسة آخرين بحسب الدفاع المدني. وفي بلدة الهبيط قضت على عائلة كاملة غارة روسية مساء السبت.\n\n"
    "وردت الفصائل باستهداف مواقع للنظام في جورين بالمدفعية رداً على القصف."
)


def _facts(result: dict) -> list[tuple]:
    """What an analyst reads from the events, without the spans (they move with the spacing)."""
    return [
        (e["type"], e["first"], tuple(e["perpetrators"]), tuple(e["targets"]), (e["place"] or {}).get("pcode"),
         tuple((c["killed"], c["wounded"]) for c in e["claims"]))
        for e in result["events"]
    ]  # fmt: skip


# -- item 8 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("blank", ["  ", " \t", "\u00a0 ", "\t", "   \u2009"])
def test_extraction_does_not_depend_on_the_spacing(blank):
    plain = extract_article(Article(key="k", text=STORY, published=PUBLISHED))
    spaced = extract_article(Article(key="k", text=STORY.replace(" ", blank), published=PUBLISHED))
    assert _facts(plain) and _facts(spaced) == _facts(plain)


def test_a_run_of_blanks_normalizes_to_one_space_and_maps_back():
    text = "قضت \t\u00a0 على  ثلاثة\n\nمدنيين"
    norm = normalize(text)
    assert norm.text == "قضت علي ثلاثه\n\nمدنيين"
    start = norm.text.index("علي")
    assert text[slice(*norm.span(start, start + 3))] == "على"


# -- item 4: impossible Hijri dates are flagged, not dropped or read as a month ------------------------


@pytest.mark.parametrize("phrase", ["يوم 35 رجب 1440 هـ", "في 13/13/1440 هـ", "في 5/13/1440 هـ", "في 35/7/1440 هـ"])
def test_an_impossible_hijri_date_is_flagged(phrase):
    (mention,) = tag_dates(f"وقع القصف {phrase} على البلدة", PUBLISHED, "ar")
    assert (mention.first, mention.kind, mention.warnings) == (None, "hijri", ("no such date in the calendar",))
    assert mention.text in phrase and any(ch.isdigit() for ch in mention.text)


def test_a_numeric_hijri_date_is_read():
    (mention,) = tag_dates("وقع القصف في 5/7/1440 هـ على البلدة", PUBLISHED, "ar")
    assert (mention.first, mention.kind) == (dt.date(2019, 3, 12), "hijri")


# -- item 7: time linear in the size of the input ---------------------------------------------------


def test_segments_cover_the_text_and_cut_at_paragraphs_then_sentences():
    text = ("جملة أولى قصيرة. " * 30 + "\n\n") * 10
    spans = segments(text, size=1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(end - start <= 1000 for start, end in spans)
    assert all(text[end - 2 : end] == "\n\n" for _, end in spans[:-1])
    one_line = "جملة أولى قصيرة. " * 300
    assert all(one_line[end - 2 : end] == ". " for _, end in segments(one_line, size=1000)[:-1])


def test_a_long_text_in_segments_gives_the_facts_and_spans_of_its_parts(monkeypatch):
    text = "\n\n".join([STORY] * 6)
    whole = extract_article(Article(key="k", text=text, published=PUBLISHED))
    monkeypatch.setattr(extract, "SEGMENT_CHARS", len(STORY) + 10)
    parts = extract_article(Article(key="k", text=text, published=PUBLISHED))
    assert {f for f in _facts(parts)} == {f for f in _facts(whole)}
    assert parts["dates"] == whole["dates"]
    assert [e["id"] for e in parts["events"]] == [f"k-e{n}" for n in range(1, len(parts["events"]) + 1)]
    ids = {e["id"] for e in parts["events"]}
    assert any(r["event"] in ids for e in parts["events"] for r in e["relations"])
    for event in parts["events"]:  # every span points at the clause it came from, in the whole text
        for start, end in event["evidence"]:
            assert 0 <= start < end <= len(text) and text[start:end].strip()


def _cpu(function, *args) -> float:
    """CPU seconds of one call, with the garbage collector paused: its full passes cost in proportion to
    everything the test session holds, which would blur the growth being measured."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        function(*args)
        return time.process_time() - started
    finally:
        gc.enable()


def test_extraction_time_grows_linearly_with_a_one_line_text(monkeypatch):
    monkeypatch.setattr(extract, "SEGMENT_CHARS", 4000)  # small segments keep the test quick
    line = STORY.replace("\n", " ")

    def run(n):
        return extract_article(Article(key="k", text=" ".join([line] * n), published=PUBLISHED))

    run(2)  # reference tables loaded before timing
    small, large = _cpu(run, 40), _cpu(run, 160)
    assert large / small < 8, (small, large)  # 4 times the text: linear 4, quadratic 16


def test_reading_deeply_nested_html_is_linear_and_keeps_the_text(tmp_path):
    def run(depth):
        path = tmp_path / f"n{depth}.html"
        path.write_text("<html><body>" + "<div>" * depth + STORY + "</div>" * depth + "</body></html>")
        return read_path(path)

    run(100)
    small, large = _cpu(run, 20_000), _cpu(run, 80_000)
    result = run(1_000)
    assert result.errors == [] and "كفرنبل" in result.articles[0].text
    assert large / small < 8, (small, large)  # 4 times the depth: linear 4, quadratic 16


def test_a_long_run_of_inline_tags_is_read_in_linear_time(tmp_path):
    path = tmp_path / "inline.html"
    path.write_text("<html><body><p>" + "<b>كلمة</b> " * 50_000 + "</p></body></html>")
    started = time.process_time()
    article = read_path(path).articles[0]
    assert time.process_time() - started < 20
    assert article.text.count("كلمة") == 50_000


def test_the_spans_of_a_segmented_text_are_offsets_of_the_article(monkeypatch):
    monkeypatch.setattr(extract, "SEGMENT_CHARS", 300)
    article = Article(key="k", text=STORY.replace("\n\n", " ") * 3, published=PUBLISHED)
    result = extract_article(article)
    for date in result["dates"]:
        assert article.text[slice(*date["span"])] == date["text"]
    assert dataclasses.asdict(article)["text"] == article.text


# Texts that used to take quadratic time: a day list "1/1/1/…" the date grammar scanned to its end from
# every digit, a word repeated without punctuation (dates, factions and casualty figures compared with
# every earlier one), many short sentences, a line of blanks (the fact-box test re-split it at every length).
PATHOLOGICAL = {
    "day list": "1/",
    "yesterday": "أمس ",
    "factions": "فصائل ",
    "casualties": "مقتل 3 ",
    "sentences": "قصف أمس. ",
    "ranges": "1-",
    "blanks": " ",  # a body whose page furniture (a column of links) was blanked out
}


@pytest.mark.parametrize("piece", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_a_repetitive_text_is_extracted_in_linear_time(piece):
    def run(chars):
        return extract_article(Article(key="k", text=piece * (chars // len(piece)), published=PUBLISHED))

    run(100)
    small, large = _cpu(run, 6_000), _cpu(run, 24_000)
    assert large / max(small, 0.01) < 9, (small, large)  # 4 times the text: linear 4, quadratic 16


def test_a_sentence_without_stops_is_cut_into_bounded_clauses():
    from timeline.sentences import SENTENCE_MAX_CHARS, clauses

    text = "كلمة " * 3000
    found = clauses(text)
    assert all(c.end - c.start <= SENTENCE_MAX_CHARS for c in found)
    assert found[0].start == 0 and found[-1].end >= len(text) - 1
    assert all(text[c.start - 1] == " " for c in found[1:])  # cut between words

"""Property tests of the date tagger: it never raises on arbitrary text, spans are honest, intervals ordered."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import tag_dates
from timeline.normalize import _normalize_by_char, normalize

# Pieces of date language mixed with arbitrary characters, so the grammar is actually exercised.
PIECES = [
    "أمس",
    "اليوم",
    "غداً",
    "الجمعة",
    "ليل",
    "ليلة",
    "الماضي",
    "المقبل",
    "الجاري",
    "من",
    "بين",
    "و",
    "أيام",
    "أيلول",
    "تشرين الثاني",
    "كانون",
    "سبتمبر",
    "سبتمر",
    "رمضان",
    "ربيع الأول",
    "عيد الأضحى",
    "أول",
    "الشهر",
    "العام",
    "الأسبوع",
    "الـ",
    "يوم",
    "هـ",
    "فجر",
    "مساء",
    "الخامس عشر",
    "ذاته",
    "منذ",
    "قبل",
    "يومين",
    "on",
    "late",
    "overnight",
    "Friday",
    "Oct.",
    "October",
    "between",
    "and",
    "last",
    "week",
    "this month",
    "the weekend",
    "days later",
    "عطلة نهاية الأسبوع",
    "بعد ذلك",
    "بيومين",
    "قبلها",
    "الليلة",
    "عام",
    "لعام",
    "سيزور",
    "سيارة",
    "will",
    "2018",
    "1440",
    "17",
    "31",
    "0",
    "99",
    "٢٧",
    "2018.11.10",
    "12/31/2018",
    "26\\10\\2018",
    "-",
    "–",
    "/",
    "،",
    ",",
    ".",
    "(",
    ")",
    "\u064b",
    "\u0640",
    "\u200f",
    " ",
    "\n",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=30).map(" ".join)
published = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2090, 12, 31)),
)


@settings(max_examples=250, deadline=None)
@given(text=texts, when=published)
def test_tagger_never_raises_and_spans_cover_their_text(text, when):
    previous_end = 0
    mentions = tag_dates(text, when, "ar")
    points = [m for m in mentions if not m.since]
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert (mention.first is None) == (mention.last is None)
        if mention.first is not None:
            assert mention.first <= mention.last
        mention.to_dict()
    for mention in points:
        assert mention.start >= previous_end  # reported once, in text order, without overlap
        previous_end = mention.end
    for interval in (m for m in mentions if m.since):
        # "منذ X" is reported beside X: it ends where X ends and starts on X's first day
        (inner,) = [p for p in points if interval.start < p.start and p.end == interval.end]
        assert interval.first == inner.first


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=80))
def test_tagger_never_raises_on_any_unicode(text):
    for mention in tag_dates(text, dt.date(2019, 6, 1), "en"):
        assert text[mention.start : mention.end] == mention.text


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(max_size=60), texts))
def test_fast_normalization_equals_character_by_character(text):
    fast, slow = normalize(text), _normalize_by_char(text)
    assert fast.text == slow.text
    assert tuple(fast.index) == tuple(slow.index)

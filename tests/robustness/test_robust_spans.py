"""The span set used to keep overlap tests linear answers exactly as a scan of every span would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.spans import SpanSet

SPANS = st.tuples(st.integers(0, 200), st.integers(0, 40)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(SPANS, max_size=40), st.lists(SPANS, max_size=20))
def test_overlaps_equals_a_scan(taken, queries):
    spans = SpanSet()
    for start, end in taken:
        spans.add(start, end)
    for start, end in queries:
        assert spans.overlaps(start, end) == any(s < end and start < e for s, e in taken)


@given(st.lists(SPANS, max_size=40), st.lists(SPANS, max_size=20), st.lists(SPANS, max_size=5))
def test_a_set_made_at_once_answers_as_one_added_to_span_by_span(taken, queries, added):
    """``SpanSet.of`` (the spans sorted once) answers what adding them one by one answers, before and after more
    spans are added to it."""
    at_once, one_by_one = SpanSet.of(taken), SpanSet()
    for start, end in taken:
        one_by_one.add(start, end)
    for start, end in queries:
        assert at_once.overlaps(start, end) == one_by_one.overlaps(start, end)
    for start, end in added:
        at_once.add(start, end)
        one_by_one.add(start, end)
    for start, end in queries:
        assert at_once.overlaps(start, end) == one_by_one.overlaps(start, end)

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

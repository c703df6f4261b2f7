"""A set of text spans that answers "does this span overlap one of them?" without scanning them all.

Matchers keep the spans they have taken and test each new candidate against them; a list scan makes
that quadratic in the number of mentions (a long report, or a text repeating one word). Spans are
short, so only those starting within the longest span's length before the query can overlap it. Spans known
at once and asked of single positions are merged instead (``CoveredPositions``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class SpanSet:
    """Spans ``[start, end)`` added in any order; ``overlaps`` costs O(log n + nearby spans)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._longest = 0

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> SpanSet:
        """A set of ``spans`` known at once: sorted once, not inserted one by one (the catalogue reader takes a
        report's hundreds of places and dates so)."""
        found = cls()
        ordered = sorted(spans)
        found._starts = [s for s, _ in ordered]
        found._ends = [e for _, e in ordered]
        found._longest = max((0, *(e - s for s, e in ordered)))
        return found

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span ``[s, e)`` has ``s < end and start < e``."""
        lo = bisect_right(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return any(self._ends[i] > start for i in range(lo, hi))


class CoveredPositions:
    """The positions inside some spans ``[start, end)``: the spans merged, so a position is looked up by one
    bisection (the catalogue reader tests a text's dates at every cue and place)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if start >= end:
                continue
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether the non-empty span ``[start, end)`` holds a covered position: what ``SpanSet.overlaps`` says of
        the (non-empty) spans, by one bisection (the date finder asks it of every expression it builds)."""
        k = bisect_left(self._starts, end) - 1
        return k >= 0 and self._ends[k] > start

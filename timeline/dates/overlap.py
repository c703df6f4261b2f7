"""Overlap resolution: a short expression inside a longer one is reported once, as the longer span."""

from __future__ import annotations

from timeline.dates.expression import Expression
from timeline.spans import SpanSet


def select_longest(candidates: list[tuple[int, Expression]]) -> list[Expression]:
    """Keep the longest of overlapping candidates (ties go to the rule listed first), in text order.

    ``candidates`` are ``(rule priority, expression)`` pairs in normalized offsets.
    """
    ranked = sorted(candidates, key=lambda c: (c[1].start - c[1].end, c[0], c[1].start))
    taken: list[Expression] = []
    spans = SpanSet()  # the taken spans, asked without a scan of them all (linear time on long texts)
    for _, expr in ranked:
        if not spans.overlaps(expr.start, expr.end):
            taken.append(expr)
            spans.add(expr.start, expr.end)
    return sorted(taken, key=lambda e: e.start)

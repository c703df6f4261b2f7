"""The clause reader tests a report's dates for running totals only where a clause with figures asks
(``events._DatesPassing``): what it answers is what testing every date at once answers."""

import pytest

from timeline.events import _DatesPassing

IN_ORDER = [(3, 9, "a"), (12, 20, "b"), (12, 18, "c"), (30, 41, "d"), (55, 60, "e")]
SHUFFLED = [(30, 41, "d"), (3, 9, "a"), (55, 60, "e"), (12, 20, "b"), (12, 18, "c")]


def _passing(mention: str) -> bool:
    return mention in ("b", "d", "e")


@pytest.mark.parametrize("dates", [IN_ORDER, SHUFFLED])
@pytest.mark.parametrize(("start", "end"), [(0, 100), (3, 12), (12, 13), (10, 31), (31, 55), (60, 70), (20, 5)])
def test_the_starts_in_a_stretch_are_those_every_date_tested_gives(dates, start, end):
    every = [s for s, _, m in dates if _passing(m) and start <= s < end]
    assert _DatesPassing(dates, lambda s, m: _passing(m)).starts_in(start, end) == every


def test_each_date_is_tested_once_and_only_when_its_stretch_is_asked_for():
    tested = []
    dates = _DatesPassing(IN_ORDER, lambda s, m: tested.append(m) or _passing(m))
    assert dates.starts_in(10, 31) == [12, 30]
    assert dates.starts_in(0, 100) == [12, 30, 55]
    assert sorted(tested) == ["a", "b", "c", "d", "e"]
    assert tested[:3] == ["b", "c", "d"]  # the first stretch's dates first, "a" and "e" only when asked for

"""The check shared by the Arabic probe tables (``test_probe_ar_*``): a report written for the tests and the incidents
it tells, each as (day, place, perpetrators, killed, wounded, source)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.extract import extract_article
from timeline.normalize import normalize


def probe_events(text: str, published: str, outlet: str | None = "x") -> list[dict]:
    """The events of an Arabic report written for the tests, published at noon of ``published``."""
    day = dt.datetime.fromisoformat(published).replace(hour=12)
    return extract_article(Article(key="p", text=text, published=day, language="ar", source=outlet))["events"]


def assert_probe(
    published: str, outlet: str, text: str, expected: list, by_day: bool = False, no_wounded: bool = False
) -> None:
    """The report gives exactly the incidents expected. Each is found by its place (and its day when ``by_day``: a
    catalogue may tell one place twice); its sides, its largest killed and wounded figures and its source must be the
    expected ones (a wounded figure of None: any, or none at all when ``no_wounded``)."""
    events = probe_events(text, published, outlet)
    assert len(events) == len(expected)
    for first, place, perpetrators, killed, wounded, source in expected:
        event = next(e for e in events if _at(e, place) and (not by_day or e["first"] == first))
        assert event["first"] == first
        assert sorted(p for p in event["perpetrators"] if p != "unknown" or perpetrators) == sorted(perpetrators)
        dead, hurt = _figures(event, "killed"), _figures(event, "wounded")
        assert (max(dead) if dead else None) == killed
        if no_wounded or wounded is not None:
            assert (max(hurt) if hurt else None) == wounded
        assert source is None or any(source in (c["source"] or "") for c in event["claims"])


def _places(event: dict) -> list[str]:
    return [
        normalize(p[key]).text
        for p in [event.get("place") or {}, *event.get("places", [])]
        for key in ("text", "name_ar")
        if p.get(key)
    ]


def _at(event: dict, place: str | None) -> bool:
    wanted = normalize(place).text if place else None
    return wanted is None or any(wanted in p or p in wanted for p in _places(event))


def _figures(event: dict, kind: str) -> list[int]:
    return sorted({c[kind] for c in event["claims"] if isinstance(c.get(kind), int)})

"""The incidents stage: re-merging only what a change can touch gives what a full rebuild gives."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_store import HALFAYA, event, result, seeded, test_zone  # noqa: F401 - the fixture replaces the zone data

from timeline import incidents as incidents_stage
from timeline.schema import report_places
from timeline.store import Store

PLACES = [
    HALFAYA,
    {"text": "مورك", "name": "Murak", "admin1": "Hama", "pcode": "SY050501", "precision": 1},
    {"text": "كفرنبودة", "name": "Kafr Nabuda", "admin1": "Hama", "pcode": "SY050502", "precision": 1},
    {"text": "ريف المثال", "name": "Example countryside", "admin1": "Hama", "pcode": "", "precision": 3},  # a region
]
SPANS = (0, 1, 0, 1, 0, 6, 6)  # a day, two days, or a week (which merges only as one account told twice)
TYPES = ["shelling", "air_strike", "attack"]
SIDES = [("syrian-government",), ("hts",), ()]

events_strategy = st.lists(
    st.tuples(st.integers(0, 5), st.integers(0, 6), st.integers(0, 3), st.sampled_from(TYPES), st.integers(0, 2)),
    min_size=0,
    max_size=3,
)
operation = st.one_of(
    st.tuples(st.just("save"), st.integers(0, 7), events_strategy),
    st.tuples(st.just("split"), st.integers(0, 50), st.integers(1, 2**16)),
    st.tuples(st.just("merge"), st.integers(0, 50), st.integers(0, 50)),
    st.tuples(st.just("correct"), st.integers(0, 50), st.integers(0, 99)),
)


def article(number: int, events: list) -> tuple[str, str, dict, str]:
    """Article ``number`` telling ``events`` (day, span, place, type, side); its content decides its hash."""
    items = [
        event(f"e{i}", first=f"2019-03-{10 + day:02d}", last=f"2019-03-{10 + day + SPANS[span]:02d}", type_=type_,
              perps=SIDES[side], targets=(), place=PLACES[place], claims=[{"source": "s", "killed": day + i}])
        for i, (day, span, place, type_, side) in enumerate(events)
    ]  # fmt: skip
    digest = hashlib.sha256(json.dumps([number, events]).encode()).hexdigest()  # no two articles are copies
    return f"/h/a{number}.txt::a{number}", digest, result(f"a{number}", f"Outlet {number % 3}", items), "نص " * 20


def state(store: Store) -> tuple:
    frame = store.incidents_frame().sort_values("incident_id")
    rows = [tuple(str(v) for v in row) for row in frame.itertuples(index=False)]
    return rows, {i: tuple(store.members(i)) for i in frame["incident_id"]}


def apply(store: Store, op: tuple) -> None:
    kind, a, b = op
    ids = sorted(store.incidents_frame()["incident_id"])
    if kind == "save":
        store.save_articles([article(a, b)])
        return
    if not ids:
        return
    incident = ids[a % len(ids)]
    if kind == "split":
        members = store.members(incident)
        if len(members) > 1:
            moved = [k for n, k in enumerate(members) if b >> n & 1] or members[:1]
            if len(moved) < len(members):
                store.save_review(incident, "split", {"reports": moved})
    elif kind == "merge":
        other = ids[b % len(ids)]
        if other != incident:
            store.save_review(incident, "merge", {"with": [other]})
    else:
        store.save_review(incident, "correct", {"killed_best": float(b)})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(operation, min_size=1, max_size=8))
def test_incremental_merge_equals_a_full_rebuild(operations):
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "t.sqlite")
        for op in operations:
            apply(store, op)
            store.incident_count()  # each change merged incrementally, as an ingest or a review does
        incremental = state(store)
        store.rebuild_incidents()
        assert state(store) == incremental
        store.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 7), events_strategy), min_size=1, max_size=8), st.randoms())
def test_the_incidents_do_not_depend_on_the_order_of_ingest(saves, random):
    """Without reviews, the same final articles give the same incidents in whatever order they came."""
    final = {number: events for number, events in saves}
    with tempfile.TemporaryDirectory() as folder:
        one_by_one, at_once = Store(Path(folder) / "a.sqlite"), Store(Path(folder) / "b.sqlite")
        shuffled = list(saves)
        random.shuffle(shuffled)
        for number, events in shuffled:
            one_by_one.save_articles([article(number, events)])
            one_by_one.incident_count()
        for number, _ in shuffled:  # the last version of each article wins in both stores
            one_by_one.save_articles([article(number, final[number])])
        at_once.save_articles([article(number, events) for number, events in sorted(final.items())])
        groups = [sorted(s.members(i) for i in s.incidents_frame()["incident_id"]) for s in (one_by_one, at_once)]
        assert groups[0] == groups[1]
        one_by_one.close()
        at_once.close()


def test_an_ingest_re_merges_only_the_region_it_touches(store):
    seeded(store)
    store.incident_count()
    before = {i: store.members(i) for i in store.incidents_frame()["incident_id"]}
    with store.engine.connect() as conn:
        indexed = set(conn.execute(sa.select(report_places.c.event_key)).scalars())
    assert indexed == {"/r/a.txt::a#e1", "/r/b.txt::b#e1", "/r/b.txt::b#e2"}
    far = event(first="2019-06-01", place=PLACES[2])  # another place and month: touches no incident above
    store.save_article("/r/c.txt::c", "h-c", result("c", "Outlet C", [far]), "نص")
    with store.engine.connect() as conn:
        region = incidents_stage._region(conn, {"/r/c.txt::c#e1"})
    assert region == {"/r/c.txt::c#e1"}
    after = {i: store.members(i) for i in store.incidents_frame()["incident_id"]}
    assert {i: m for i, m in after.items() if i in before} == before and len(after) == len(before) + 1

"""The store: schema, articles, the incidents frame, incident detail and reviews that survive re-ingest."""

from __future__ import annotations

import pandas as pd
import pytest
import sqlalchemy as sa
from test_agreements import agreements_with_test_zone

from timeline import agreements
from timeline.incident_detail import incident_detail
from timeline.store import INCIDENT_COLUMNS, SCHEMA_VERSION, Store, claims, reports, resolve_url, reviews

HALFAYA = {"text": "حلفايا", "name": "Halfaya", "name_ar": "حلفايا", "admin1": "Hama", "admin2": "Muhradah",
           "admin3": "Muhradah", "pcode": "SY050500", "lat": 35.26, "lon": 36.61, "precision": 1}  # fmt: skip
ARCHITECTURE_COLUMNS = (
    "incident_id first last type perpetrators targets actor1 bloc1 place_name place_name_ar admin1 admin2 admin3 "
    "pcode lat lon geo_precision killed_low killed_best killed_high wounded_low wounded_best wounded_high n_claims "
    "n_sources n_reports outlets agreement in_zone violation violation_reason days_since phase review_state "
    "date_warnings violation_reason_ar part_of_toll"
).split()


@pytest.fixture(autouse=True)
def test_zone(tmp_path, monkeypatch):
    loaded = agreements_with_test_zone(tmp_path)
    monkeypatch.setattr(agreements, "load_agreements", lambda *a, **k: loaded)


def event(eid="e1", first="2018-11-09", last=None, type_="attack", perps=("hts",), targets=("syrian-government",),
          place=HALFAYA, claims=(), evidence=((0, 10),), **extra):  # fmt: skip
    return {"id": eid, "first": first, "last": last or first, "type": type_, "perpetrators": list(perps),
            "targets": list(targets), "place": place, "claims": list(claims), "evidence": [list(s) for s in evidence],
            **extra}  # fmt: skip


def result(key, source, events, dates=()):
    return {"article": {"key": key, "source": source, "published": "2018-11-10T14:00", "title": f"title {key}"},
            "dates": list(dates), "events": list(events)}  # fmt: skip


TEXT = "هاجمت الهيئة مواقع في حلفايا أمس الجمعة وقتلت 18 عنصراً."


def seeded(store: Store) -> None:
    """Two outlets report one HTS attack; the second also reports a regime shelling elsewhere."""
    store.save_article(
        "/r/a.txt::a",
        "h-a",
        result(
            "a",
            "Outlet A",
            [
                event(
                    claims=[{"source": "وكالة", "killed": 18, "of": "syrian-government", "evidence": [[41, 50]]}],
                    date_text="أمس الجمعة",
                    date_warnings=[],
                )
            ],  # fmt: skip
            dates=[
                {
                    "text": "أمس الجمعة",
                    "span": [29, 39],
                    "first": "2018-11-09",
                    "last": "2018-11-09",
                    "kind": "relative",
                    "anchor": "publication day minus 1",
                }
            ],  # fmt: skip
        ),
        TEXT,
    )
    store.save_article(
        "/r/b.txt::b",
        "h-b",
        result(
            "b",
            "Outlet B",
            [
                event(claims=[{"source": "موالون", "killed": 6, "of": "syrian-government"}]),
                event(
                    "e2",
                    type_="shelling",
                    perps=("syrian-government",),
                    targets=("civilians",),
                    place={"text": "خان شيخون", "name": "Khan Shaykhun", "admin1": "Idlib", "pcode": "SY070201"},
                    date_warnings=["weekday does not match date"],
                ),  # fmt: skip
            ],
        ),
        "نص ثان " * 5,
    )


def test_schema_is_created_and_versioned(store, db_url):
    assert store.schema_version() == SCHEMA_VERSION
    tables = set(sa.inspect(store.engine).get_table_names())
    assert {"articles", "date_mentions", "incidents", "claims", "evidence", "relations", "reviews",
            "incident_members", "reports", "meta"} <= tables  # fmt: skip
    assert Store(db_url).schema_version() == SCHEMA_VERSION  # reopening migrates nothing


def test_url_resolution(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'env.sqlite'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"  # psycopg 3, not psycopg2
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url(tmp_path / "x.sqlite") == f"sqlite:///{tmp_path / 'x.sqlite'}"


def test_empty_frame_has_the_columns(store):
    frame = store.incidents_frame()
    assert list(frame.columns) == ARCHITECTURE_COLUMNS == list(INCIDENT_COLUMNS)
    assert frame.empty


def test_incidents_frame(store):
    seeded(store)
    assert list(store.incidents_frame().columns) == ARCHITECTURE_COLUMNS
    frame = store.incidents_frame().set_index("type")
    attack, shelling = frame.loc["attack"], frame.loc["shelling"]
    assert attack["perpetrators"] == ("hts",) and attack["targets"] == ("syrian-government",)
    assert (attack["n_reports"], attack["n_claims"], attack["n_sources"]) == (2, 2, 2)
    assert (attack["killed_low"], attack["killed_best"], attack["killed_high"]) == (6.0, 6.0, 18.0)
    assert attack["outlets"] == ("Outlet A", "Outlet B")
    assert attack["first"] == pd.Timestamp("2018-11-09")
    assert (attack["agreement"], attack["in_zone"], attack["violation"], attack["days_since"]) == (
        "sochi-2018", True, "yes", 53)  # fmt: skip
    assert attack["violation_reason"] == "attack inside the zone 53 days after the Sochi memorandum took effect"
    assert attack["review_state"] == "unreviewed"
    assert shelling["actor1"] == "syrian-government" and shelling["bloc1"] == "pro-government"
    assert shelling["date_warnings"] == 1 and pd.isna(shelling["killed_low"])
    dtypes = store.incidents_frame().dtypes
    assert str(dtypes["geo_precision"]) == str(dtypes["days_since"]) == "Int64"
    assert dtypes["first"].kind == "M" and dtypes["lat"].kind == "f"


def test_same_content_is_unchanged_and_an_edit_replaces(store):
    seeded(store)
    ids = sorted(store.incidents_frame()["incident_id"])
    assert store.save_article("/r/a.txt::a", "h-a", result("a", "Outlet A", []), TEXT) == "unchanged"
    assert sorted(store.incidents_frame()["incident_id"]) == ids
    edited = result("a", "Outlet A", [event(first="2018-12-01")])
    assert store.save_article("/r/a.txt::a", "h-a2", edited, TEXT) == "replaced"
    frame = store.incidents_frame()
    assert len(frame) == 3 and len(store.articles_frame()) == 2
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from reports")).scalar_one() == 3


def test_incident_detail_traces_every_claim(store):
    seeded(store)
    frame = store.incidents_frame()
    attack = frame.loc[frame["type"] == "attack", "incident_id"].iloc[0]
    detail = incident_detail(store, attack)
    assert detail["incident"]["incident_id"] == attack and detail["incident"]["first"] == "2018-11-09"
    assert sorted((c["outlet"], c["source"], c["killed"]) for c in detail["claims"]) == [
        ("Outlet A", "وكالة", 18.0), ("Outlet B", "موالون", 6.0)]  # fmt: skip
    claim_a = next(c for c in detail["claims"] if c["outlet"] == "Outlet A")
    assert claim_a["evidence"][0]["text"] == TEXT[41:50]
    assert detail["agreement"]["reason"] == "attack inside the zone 53 days after the Sochi memorandum took effect"
    assert "never published" in detail["agreement"]["zone_note"]
    report_a = next(r for r in detail["reports"] if r["article"] == "a")
    assert report_a["text"] == TEXT and report_a["evidence"][0]["text"] == TEXT[0:10]
    assert report_a["dates"][0]["text"] == "أمس الجمعة" and report_a["dates"][0]["anchor"]
    with pytest.raises(KeyError):
        incident_detail(store, "inc-nonexistent")


def _attack_id(store):
    frame = store.incidents_frame()
    return frame.loc[frame["type"] == "attack", "incident_id"].iloc[0]


def test_confirm_reject_correct(store):
    seeded(store)
    attack = _attack_id(store)
    store.save_review(attack, "confirm", note="checked", analyst="rm")
    assert store.incidents_frame().set_index("incident_id").loc[attack, "review_state"] == "confirmed"
    store.save_review(attack, "correct", {"type": "infiltration", "first": "2018-11-08", "perpetrators": ["nfl"]})
    row = store.incidents_frame().set_index("incident_id").loc[attack]
    assert (row["type"], row["review_state"], row["actor1"], row["bloc1"]) == ("infiltration", "corrected", "nfl",
                                                                                "opposition")  # fmt: skip
    assert row["first"] == pd.Timestamp("2018-11-08") and row["days_since"] == 52
    assert row["violation_reason"].startswith("infiltration attempt inside the zone 52 days")
    store.save_review(attack, "correct", {"violation": "unclear"}, note="may predate the deadline", analyst="rm")
    row = store.incidents_frame().set_index("incident_id").loc[attack]
    assert row["violation"] == "unclear" and row["violation_reason"].startswith(
        "verdict 'unclear' set by analyst rm: may predate the deadline (computed: yes, infiltration attempt"
    )
    with pytest.raises(ValueError, match="violation must be one of"):
        store.save_review(attack, "correct", {"violation": "maybe"})
    with pytest.raises(ValueError, match="cannot correct"):
        store.save_review(attack, "correct", {"n_sources": 9})
    with pytest.raises(ValueError, match="unknown review action"):
        store.save_review(attack, "approve")
    reviews = store.reviews_frame()
    assert list(reviews["action"]) == ["confirm", "correct", "correct"] and reviews["analyst"].iloc[0] == "rm"


def test_split_and_corrections_survive_reingest(store):
    seeded(store)
    attack = _attack_id(store)
    store.save_review(attack, "correct", {"killed_best": 10})
    members = store.members(attack)
    assert members == ["/r/a.txt::a#e1", "/r/b.txt::b#e1"]
    store.save_review(attack, "split", {"reports": ["/r/b.txt::b#e1"]})
    frame = store.incidents_frame()
    assert len(frame) == 3
    assert store.members(attack) == ["/r/a.txt::a#e1"]  # the id stays with one part
    # re-ingest: article b is edited (new claim), a third outlet reports the attack too
    store.save_article("/r/b.txt::b", "h-b2", result("b", "Outlet B", [event(claims=[{"killed": 7}])]), "x")
    store.save_article("/r/c.txt::c", "h-c", result("c", "Outlet C", [event(eid="e9")]), "y")
    store.rebuild_incidents()
    assert "/r/b.txt::b#e1" not in store.members(attack)
    row = store.incidents_frame().set_index("incident_id").loc[attack]
    assert row["killed_best"] == 10 and row["review_state"] == "corrected"


def test_merge_review_joins_incidents(store):
    seeded(store)
    frame = store.incidents_frame()
    attack, shelling = _attack_id(store), frame.loc[frame["type"] == "shelling", "incident_id"].iloc[0]
    store.save_review(attack, "merge", {"with": [shelling]})
    assert len(store.incidents_frame()) == 1
    assert len(store.members(attack)) == 3
    store.rebuild_incidents()
    assert len(store.incidents_frame()) == 1
    with pytest.raises(KeyError):
        store.save_review(attack, "merge", {"with": ["inc-missing"]})


@pytest.mark.parametrize("from_larger", [True, False])
def test_a_merged_incident_is_corrected_and_shows_the_merge_among_its_reviews(store, from_larger):
    """A merge is the analyst's decision: the result is reviewed (corrected), whichever incident the analyst
    started from, and its review history names who merged it and when."""
    seeded(store)
    frame = store.incidents_frame()
    attack, shelling = _attack_id(store), frame.loc[frame["type"] == "shelling", "incident_id"].iloc[0]
    start, other = (attack, shelling) if from_larger else (shelling, attack)
    store.save_review(start, "merge", {"with": [other]}, note="one raid", analyst="rm")
    (merged,) = store.incidents_frame().itertuples()
    assert merged.review_state == "corrected"
    (review,) = incident_detail(store, merged.incident_id)["reviews"]
    assert (review["action"], review["analyst"], review["note"]) == ("merge", "rm", "one raid")
    assert review["created_at"]
    store.rebuild_incidents()
    assert store.incidents_frame()["review_state"].tolist() == ["corrected"]


def test_a_merge_split_apart_again_leaves_the_parts_unmarked_by_it(store):
    seeded(store)
    frame = store.incidents_frame()
    attack, shelling = _attack_id(store), frame.loc[frame["type"] == "shelling", "incident_id"].iloc[0]
    store.save_review(attack, "merge", {"with": [shelling]})
    moved = [k for k in store.members(attack) if k.endswith("#e2")]
    store.save_review(attack, "split", {"reports": moved})
    states = store.incidents_frame().set_index("incident_id")["review_state"]
    assert states[attack] == "corrected"  # the incident the analyst reviewed twice
    (part,) = [i for i in states.index if i != attack and store.members(i) == moved]
    assert states[part] == "unreviewed" and incident_detail(store, part)["reviews"] == []


def test_a_reviewed_incident_absorbed_by_another_brings_its_reviews(store):
    """A re-extracted report can join a reviewed incident to a larger one, which keeps its own id: the analyst's
    correction and confirmation go with the reports they were made on, and the history says where from."""
    store.save_article("/r/a.txt::a", "h-a", result("a", "Outlet A", [event(perps=("hts",))]), TEXT)
    for key in ("b", "c"):  # two outlets tell the same strike with another shooter: a separate incident
        store.save_article(
            f"/r/{key}.txt::{key}", f"h-{key}", result(key, "Outlet " + key, [event(perps=("russia",))]), TEXT
        )
    frame = store.incidents_frame().set_index("incident_id")
    (small,) = [i for i in frame.index if store.members(i) == ["/r/a.txt::a#e1"]]
    (large,) = [i for i in frame.index if i != small]
    store.save_review(small, "correct", {"killed_best": 40}, note="hospital list", analyst="rm")
    # the outlet corrects its story: the same shooter as the others, so one incident of three reports
    store.save_article("/r/a.txt::a", "h-a2", result("a", "Outlet A", [event(perps=("russia",))]), TEXT)
    frame = store.incidents_frame().set_index("incident_id")
    assert list(frame.index) == [large]
    assert (frame.loc[large, "killed_best"], frame.loc[large, "review_state"]) == (40, "corrected")
    (carried,) = incident_detail(store, large)["reviews"]
    assert (carried["action"], carried["note"], carried["carried_from"]) == ("correct", "hospital list", small)
    store.rebuild_incidents()
    assert store.incidents_frame().set_index("incident_id").loc[large, "review_state"] == "corrected"


def test_merge_holds_when_a_merged_report_disappears(store):
    seeded(store)
    frame = store.incidents_frame()
    attack, shelling = _attack_id(store), frame.loc[frame["type"] == "shelling", "incident_id"].iloc[0]
    store.save_review(attack, "merge", {"with": [shelling]})
    store.save_article("/r/a.txt::a", "h-a3", result("a", "Outlet A", []), TEXT)  # a's report is gone
    frame = store.incidents_frame()
    assert len(frame) == 1 and frame["n_reports"].iloc[0] == 1
    assert store.members(frame["incident_id"].iloc[0]) == ["/r/b.txt::b#e1", "/r/b.txt::b#e2"]


def test_arabic_verdict_reason_in_frame_and_detail(store):
    seeded(store)
    attack = _attack_id(store)
    row = store.incidents_frame().set_index("incident_id").loc[attack]
    assert row["violation_reason_ar"] == "هجوم داخل المنطقة بعد 53 يومًا من سريان مذكرة سوتشي"
    detail = incident_detail(store, attack)["agreement"]
    assert detail["reason_ar"] == row["violation_reason_ar"] and detail["name_ar"].startswith("مذكرة سوتشي")
    store.save_review(attack, "correct", {"violation": "no"}, note="drill", analyst="rm")
    row = store.incidents_frame().set_index("incident_id").loc[attack]
    assert row["violation_reason_ar"].startswith("الحكم «ليس خرقًا» وضعه المحلل rm: drill (المحسوب: خرق، هجوم")


def test_a_version_1_store_gains_the_arabic_reason(tmp_path):
    path = tmp_path / "old.sqlite"
    seeded(Store(path))
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE incidents DROP COLUMN violation_reason_ar"))
        conn.execute(sa.text("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
    engine.dispose()
    reopened = Store(path)
    assert reopened.schema_version() == SCHEMA_VERSION
    assert set(reopened.incidents_frame()["violation_reason_ar"]) == {
        "هجوم داخل المنطقة بعد 53 يومًا من سريان مذكرة سوتشي",
        "قصف داخل المنطقة بعد 53 يومًا من سريان مذكرة سوتشي",
    }


def test_revision_grows_with_every_write_and_review(store):
    created = store.revision()
    seeded(store)
    after_ingest = store.revision()
    assert after_ingest == created + 2  # one per saved article
    store.incidents_frame()  # re-merging stale incidents is reading, not writing
    assert store.revision() == after_ingest
    store.save_article("/r/a.txt::a", "h-a", result("a", "Outlet A", [event()]), TEXT)  # unchanged content
    assert store.revision() == after_ingest
    store.save_review(_attack_id(store), "confirm")
    assert store.revision() == after_ingest + 1
    store.save_review(_attack_id(store), "split", {"reports": ["/r/b.txt::b#e1"]})
    assert store.revision() == after_ingest + 2


def test_relations_frame_links_two_incidents(store):
    answered = event("e1", first="2018-11-01", perps=("syrian-government",), type_="shelling")
    answer = event("e2", first="2018-11-03", relations=[{"type": "retaliation_for", "event": "e1"}])
    store.save_article("/r/c.txt::c", "h-c", result("c", "Outlet C", [answered, answer]), TEXT)
    frame = store.incidents_frame().set_index("first")
    relations = store.relations_frame()
    assert relations.to_dict("records") == [
        {
            "incident_id": frame.loc[pd.Timestamp("2018-11-03"), "incident_id"],
            "target_id": frame.loc[pd.Timestamp("2018-11-01"), "incident_id"],
            "type": "retaliation_for",
            "report": "/r/c.txt::c#e2",
        }
    ]
    assert store.relations_frame(types=("other_link",)).empty


def test_date_warnings_article_counts_and_folders(store, tmp_path):
    seeded(store)
    frame = store.incidents_frame().set_index("type")
    shelling, attack = frame.loc["shelling", "incident_id"], frame.loc["attack", "incident_id"]
    assert store.date_warnings() == {shelling: ("weekday does not match date",)}
    assert store.date_warnings({attack}) == {}
    assert store.article_count() == 2
    assert (store.article_count({attack}), store.article_count({shelling}), store.article_count(set())) == (2, 1, 0)
    assert store.undated_report_count() == 0
    assert store.has_articles_under("/r") and not store.has_articles_under("/r/a")
    assert not store.has_articles_under(tmp_path)


def test_incident_ids_do_not_depend_on_which_copy_was_stored(db_url, tmp_path):
    """Two files with the same content: whichever a worker stores first, the incidents and ids are the same."""
    copy = result("a", "Outlet A", [event()])
    other = result("b", "Outlet B", [event(claims=[{"source": "موالون", "killed": 6}])])
    ids = []
    for first_copy, url in (("/r/a.txt::a", db_url), ("/r/z-copy.txt::a", tmp_path / "other.sqlite")):
        s = Store(url)
        s.save_articles([(first_copy, "h-same", copy, TEXT), ("/r/b.txt::b", "h-b", other, TEXT)])
        ids.append(sorted(s.incidents_frame()["incident_id"]))
        s.close()
    assert ids[0] == ids[1] and len(ids[0]) == 1


def test_an_unreachable_database_is_one_clear_message(capsys):
    from timeline.cli import main

    assert main(["events", "--db", "postgresql://nobody@127.0.0.1:1/none"]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("error: cannot open the store postgresql")
        and "Traceback" not in err
        and len(err.splitlines()) == 1
    )


def test_a_stored_subset_claim_does_not_pull_the_estimate_down(store):
    claims = [
        {"source": "monitor", "killed": 40, "evidence": [[41, 50]]},
        {"source": "monitor", "killed": 15, "of": "civilians", "subset": True, "evidence": [[41, 50]]},
    ]
    store.save_article("/r/s.txt::s", "h-s", result("s", "Outlet S", [event(claims=claims)]), text=TEXT)
    attack = store.incidents_frame().set_index("type").loc["attack"]
    assert (attack["killed_low"], attack["killed_best"], attack["killed_high"]) == (40.0, 40.0, 40.0)


def test_a_version_3_store_gains_the_claims_subset_mark(tmp_path):
    path = tmp_path / "old.sqlite"
    seeded(Store(path))
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE claims DROP COLUMN subset"))
        conn.execute(sa.text("UPDATE meta SET value = '3' WHERE key = 'schema_version'"))
    engine.dispose()
    reopened = Store(path)
    assert reopened.schema_version() == SCHEMA_VERSION
    with sa.create_engine(f"sqlite:///{path}").connect() as conn:
        assert "subset" in {c["name"] for c in sa.inspect(conn).get_columns("claims")}


def test_nan_and_infinity_are_stored_as_null_in_json_columns(store):
    """JSON has no NaN or Infinity: PostgreSQL refused such a report, SQLite kept invalid JSON."""
    nan, inf = float("nan"), float("inf")
    place = {**HALFAYA, "lat": nan, "lon": inf}
    claim = {"source": "وكالة", "killed": nan, "wounded": -inf, "vague": {"killed": [nan, 3.0], "at_least": inf}}
    odd = event(place=place, claims=[claim], confidence=nan, extra={"scores": [1.5, -inf]})
    store.save_article("/r/n.txt::n", "h-n", result("n", "Outlet N", [odd]), "نص")
    incident_id = store.incidents_frame()["incident_id"].iloc[0]
    store.save_review(incident_id, "correct", {"killed_best": nan, "lat": 35.5})
    with store.engine.connect() as conn:
        vague, killed, wounded = conn.execute(sa.select(claims.c.vague, claims.c.killed, claims.c.wounded)).one()
        places, extra = conn.execute(sa.select(reports.c.places, reports.c.event)).one()
        (changes,) = conn.execute(sa.select(reviews.c.changes)).scalars()
        texts = [
            conn.execute(sa.select(sa.cast(column, sa.Text))).scalar_one()
            for column in (claims.c.vague, reports.c.event)
        ]
    assert vague == {"killed": [None, 3.0], "at_least": None} and killed is None and wounded is None
    assert (places[0]["lat"], places[0]["lon"], places[0]["name"]) == (None, None, "Halfaya")
    assert extra == {"confidence": None, "extra": {"scores": [1.5, None]}}
    assert changes == {"killed_best": None, "lat": 35.5}
    assert not any(word in text for text in texts for word in ("NaN", "Infinity"))  # valid JSON text
    assert store.incidents_frame()["lat"].iloc[0] == 35.5


def _two_languages_one_outlet(store: Store) -> None:
    """One outlet, named in each report's language (as the readers name it), reports one HTS attack twice."""
    store.save_article("/r/en.txt::en", "h-en", result("en", "Al Arabiya", [event()]), "an English report")
    store.save_article("/r/ar.txt::ar", "h-ar", result("ar", "العربية", [event()]), "تقرير بالعربية")


def test_one_outlet_is_filed_under_one_name_whatever_the_language(store):
    _two_languages_one_outlet(store)
    frame = store.incidents_frame()
    assert len(frame) == 1
    assert tuple(frame.iloc[0]["outlets"]) == ("Al Arabiya",)
    assert frame.iloc[0]["n_sources"] == 1  # the outlet speaks for itself once, not once per language


def test_a_version_8_store_keeps_its_reviews_and_gains_their_origin(tmp_path):
    path = tmp_path / "old.sqlite"
    seeded(Store(path))
    Store(path).save_review(_attack_id(Store(path)), "confirm", analyst="rm")
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # version 8 had no column for a carried review's first incident
        conn.execute(sa.text("ALTER TABLE reviews DROP COLUMN carried_from"))
        conn.execute(sa.text("UPDATE meta SET value = '8' WHERE key = 'schema_version'"))
    engine.dispose()
    reopened = Store(path)
    assert reopened.schema_version() == SCHEMA_VERSION
    (review,) = reopened.reviews_frame().to_dict("records")
    assert (review["action"], review["analyst"], review["carried_from"]) == ("confirm", "rm", None)


def test_a_version_5_store_files_its_outlets_once(tmp_path):
    path = tmp_path / "old.sqlite"
    old = Store(path)
    _two_languages_one_outlet(old)
    old.incidents_frame()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # what version 5 merged: the outlet under each language's name
        conn.execute(sa.text("""UPDATE incidents SET outlets = '["Al Arabiya", "العربية"]'"""))
        conn.execute(sa.text("UPDATE meta SET value = '5' WHERE key = 'schema_version'"))
    engine.dispose()
    old.close()
    reopened = Store(path)
    assert reopened.schema_version() == SCHEMA_VERSION
    assert [tuple(o) for o in reopened.incidents_frame()["outlets"]] == [("Al Arabiya",)]


def test_a_version_7_store_re_merges_its_incidents(tmp_path):
    """Version 8 merges one account told twice and names the agreement of a "before" verdict: an older store's
    incidents are re-merged when it is opened."""
    path = tmp_path / "old.sqlite"
    old = Store(path)
    seeded(old)
    old.incidents_frame()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # what an older merge left: no agreement beside "before"
        conn.execute(sa.text("UPDATE incidents SET agreement = NULL, violation = 'before'"))
        conn.execute(sa.text("UPDATE meta SET value = '7' WHERE key = 'schema_version'"))
    engine.dispose()
    old.close()
    reopened = Store(path)
    assert reopened.schema_version() == SCHEMA_VERSION
    assert reopened.incidents_frame()["agreement"].notna().all()

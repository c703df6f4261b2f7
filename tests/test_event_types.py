"""The event-type table (data/event_types.csv): its integrity, its loader's errors, and every consumer reading
its types from it (labels, ACLED codes, merge groups, verdict words, the properties extraction tests)."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest

from timeline import agreements, charts, export, merge, triggers
from timeline.article import Article
from timeline.dashboard.labels import code_label
from timeline.event_types import (
    ACLED_CODEBOOK,
    COLUMNS,
    EVENT_TYPES_FILE,
    EventTypeTableError,
    event_types,
)
from timeline.extract import extract_article
from timeline.paths import LEXICON_DIR


def read(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write(path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


# -- the table ----------------------------------------------------------------------------------------------


def test_ids_are_unique_and_every_row_has_both_labels_and_a_description():
    rows = read(EVENT_TYPES_FILE)
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z_]+", i) for i in ids)
    for row in rows:
        for column in ("label_en", "label_ar", "verdict_en", "verdict_ar", "description"):
            assert row[column].strip(), f"{row['id']}: empty {column}"
        assert re.search("[\u0600-\u06ff]", row["label_ar"] + row["verdict_ar"]), row["id"]
        assert not re.search("[\u0600-\u06ff]", row["label_en"] + row["verdict_en"]), row["id"]
    assert list(rows[0]) == list(COLUMNS)


def test_acled_values_come_from_the_codebook_and_only_the_unknown_kind_has_none():
    types = event_types()
    for row in types.rows:
        if row.kind == "unknown":
            assert (row.acled_event_type, row.acled_sub_event_type) == ("", "")
            continue
        assert row.acled_sub_event_type in ACLED_CODEBOOK[row.acled_event_type], row.id
    # Only direct attacks turn into "Violence against civilians"; remote violence on civilians stays remote.
    assert all(row.means == "ground" for row in types.rows if row.acled_on_civilians)
    assert all(row.acled_event_type == "Battles" for row in types.rows if row.acled_on_civilians)


def test_merge_groups_are_consistent():
    """One group holds types an outlet may use for the same act: one means, one ACLED event type; every type
    but the unknown kind has a group and a distinct precedence."""
    types = event_types()
    groups: dict[str, set] = {}
    for row in types.rows:
        if row.kind == "unknown":
            assert not row.merge_group and row.merge_precedence is None and row.means is None
            continue
        groups.setdefault(row.merge_group, set()).add((row.means, row.acled_event_type))
        assert row.merge_precedence is not None, row.id
    assert all(len(facts) == 1 for facts in groups.values()), groups
    precedences = [row.merge_precedence for row in types.rows if row.merge_precedence is not None]
    assert len(precedences) == len(set(precedences))
    assert types.by_precedence[0] == types.general  # "attack" yields to nothing only when counts tie


def test_one_general_and_one_unknown_kind():
    types = event_types()
    assert (types.general, types.unknown) == ("attack", "other")
    assert types.general not in types.distinctive


def test_every_type_of_the_trigger_words_is_in_the_table_and_every_kind_has_words():
    types = event_types()
    named = {row["event_type"] for row in read(LEXICON_DIR / "triggers.csv") if row["event_type"]}
    assert named <= set(types.ids()), named - set(types.ids())
    incident_words = {row["event_type"] for row in read(LEXICON_DIR / "triggers.csv") if row["role"] == "incident"}
    assert {row.id for row in types.rows if row.kind == "specific"} <= incident_words


# -- the loader's errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("type_id", "column", "value", "message"),
    [
        ("sniping", "id", "ambush", r"row 9: type 'ambush' given twice"),
        ("shelling", "acled_sub_event_type", "Mortar fire", r"row 2: .*not in ACLED's codebook"),
        ("air_strike", "aircraft", "true", r"row 3: aircraft must be yes or no"),
        ("ambush", "kind", "general", r"exactly one type must be of kind general, not 2"),
        ("explosion", "label_ar", " ", r"row 8: empty label_ar"),
        ("other", "merge_group", "direct", r"row 10: only the unknown kind has no merge_group"),
        ("attack", "means", "air", r"row 5: means must be one of remote, ground"),
    ],
)
def test_a_bad_row_is_named(tmp_path, type_id, column, value, message):
    rows = read(EVENT_TYPES_FILE)
    next(row for row in rows if row["id"] == type_id)[column] = value
    path = tmp_path / "event_types.csv"
    write(path, rows)
    with pytest.raises(EventTypeTableError, match=message) as error:
        event_types(path)
    assert str(path) in str(error.value)


# -- the consumers follow the table ---------------------------------------------------------------------------


def test_labels_of_charts_dashboard_and_briefings(edited_event_types):
    assert charts.type_label("air_strike", "ar") == "غارة جوية"
    assert charts.type_label("drone_swarm", "en") == "drone swarm"  # a type the table lacks: its id
    edited_event_types("air_strike", label_en="aerial bombardment", label_ar="قصف جوي")
    assert charts.type_label("air_strike", "en") == "aerial bombardment"
    assert code_label("type", "air_strike", "ar") == "قصف جوي"


def test_acled_codes_follow_the_table(edited_event_types):
    assert export.acled_types("sniping", ("civilians",)) == ("Violence against civilians", "Attack")
    assert export.acled_types("explosion", ("civilians",))[0] == "Explosions/Remote violence"
    assert export.acled_types("other", ("civilians",)) == export.acled_types("drone_swarm", ()) == ("", "")
    edited_event_types("sniping", acled_on_civilians="no")
    assert export.acled_types("sniping", ("civilians",)) == ("Battles", "Armed clash")
    edited_event_types("explosion", acled_sub_event_type="Suicide bomb")
    assert export.acled_types("explosion", ("hts",)) == ("Explosions/Remote violence", "Suicide bomb")


def _report(key: str, type_: str) -> merge.Report:
    day = dt.date(2019, 1, 2)
    place = ({"name": "Halfaya", "pcode": "SY050500", "precision": 1},)
    return merge.Report(key, key.split("#")[0], day, day, type_, ("hts",), ("syrian-government",), place)


def test_merge_groups_and_precedence_follow_the_table(edited_event_types):
    assert merge.compatible(_report("a#e1", "sniping"), _report("b#e1", "ambush"))
    assert not merge.compatible(_report("a#e1", "sniping"), _report("b#e1", "shelling"))
    assert merge.compatible(_report("a#e1", "other"), _report("b#e1", "shelling"))
    assert not merge.compatible(_report("a#e1", "drone_swarm"), _report("b#e1", "shelling"))
    tie = [_report("a#e1", "ambush"), _report("b#e1", "infiltration"), _report("c#e1", "other")]
    assert merge.summarize(tie)["type"] == "infiltration"  # precedence 2 before 4
    assert merge.summarize([_report("a#e1", "other")])["type"] == "other"
    edited_event_types("sniping", merge_group="remote")
    assert merge.compatible(_report("a#e1", "sniping"), _report("b#e1", "shelling"))
    edited_event_types("ambush", merge_precedence="0")
    assert merge.summarize(tie)["type"] == "ambush"


def test_verdict_words_follow_the_table(edited_event_types):
    assert agreements._what("infiltration", "en") == "infiltration attempt"
    edited_event_types("infiltration", verdict_en="infiltration", verdict_ar="تسلل")
    assert agreements._what("infiltration", "ar") == "تسلل"
    link = agreements.link_incident("2018-11-09", None, "SY070201", "Idlib", "infiltration")
    assert link["reason"].startswith("infiltration inside the zone")


def _trigger(event_type: str) -> triggers.Trigger:
    return triggers.Trigger(0, 1, "w", event_type, "incident")


def test_distinctive_types_name_the_clause_as_the_table_says(edited_event_types):
    clause = [_trigger("shelling"), _trigger("sniping")]
    assert triggers.incident_type(clause) == "sniping"
    assert triggers.incident_type([triggers.Trigger(0, 1, "w", None, "incident")]) == "attack"
    edited_event_types("sniping", distinctive="no")
    assert triggers.incident_type(clause) == "shelling"


def _events(text: str) -> list[tuple]:
    article = Article(key="t", text=text, published=dt.datetime(2019, 3, 10, 12), language="ar", source="test")
    return [(e["type"], sorted(e["perpetrators"])) for e in extract_article(article)["events"]]


def test_a_mutual_type_makes_both_sides_parties(edited_event_types):
    text = "دارت اليوم الأحد معارك قرب بلدة كفرنبل قتل فيها 12 عنصراً من قوات النظام والفصائل المعارضة."
    assert _events(text) == [("armed_clash", ["opposition-unspecified", "syrian-government"])]
    edited_event_types("armed_clash", mutual="no")
    assert _events(text) == [("armed_clash", [])]


def test_a_type_that_needs_an_actor_or_a_toll(edited_event_types):
    text = "اندلعت اليوم الأحد اشتباكات قرب بلدة كفرنبل."
    assert _events(text) == []
    edited_event_types("armed_clash", needs_actor_or_toll="no")
    assert _events(text) == [("armed_clash", [])]


def test_aircraft_belong_to_the_faction_named_after_them(edited_event_types):
    text = "استهدفت طائرة مسيرة تابعة للجيش التركي اليوم الأحد مواقع لقوات النظام في بلدة كفرنبل."
    assert _events(text) == [("air_strike", ["turkey"])]
    edited_event_types("air_strike", aircraft="no")
    assert _events(text) == [("air_strike", [])]

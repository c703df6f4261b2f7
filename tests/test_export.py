"""Exports: ACLED column names and codes, our extra columns, JSON and GeoJSON; the events/export commands."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_store import seeded, test_zone  # noqa: F401 - the fixture replaces the zone data

from timeline.cli import main
from timeline.export import EXPORT_COLUMNS, acled_types, export, time_precision
from timeline.store import Store

ACLED = ("event_id_cnty event_date time_precision event_type sub_event_type actor1 assoc_actor_1 actor2 admin1 admin2 "
         "admin3 location latitude longitude geo_precision source source_scale notes fatalities").split()  # fmt: skip
OURS = "first last fatalities_low fatalities_best fatalities_high agreement in_zone violation days_since part_of_toll".split()


@pytest.fixture
def db(db_url):
    store = Store(db_url)
    seeded(store)
    store.close()
    return db_url


def rows_by_type(text):
    return {r["event_type"] + "/" + r["sub_event_type"]: r for r in csv.DictReader(io.StringIO(text))}


def test_csv_columns_and_values(db):
    text = export(Store(db).incidents_frame(), "csv")
    header = text.splitlines()[0].split(",")
    assert header == ACLED + OURS == list(EXPORT_COLUMNS)
    rows = rows_by_type(text)
    attack = rows["Battles/Armed clash"]
    assert attack["event_date"] == attack["first"] == "2018-11-09" and attack["time_precision"] == "1"
    assert attack["actor1"] == "Hay'at Tahrir al-Sham" and attack["actor2"] == "Syrian government forces"
    assert attack["fatalities"] == "6"  # ACLED codes the most conservative figure
    assert (attack["fatalities_low"], attack["fatalities_best"], attack["fatalities_high"]) == (
        "6",
        "6",
        "18",
    )  # best: a figure a source gave; counts of people written as whole numbers, not "6.0"
    assert (attack["agreement"], attack["in_zone"], attack["violation"], attack["days_since"]) == (
        "sochi-2018", "True", "yes", "53")  # fmt: skip
    assert (
        attack["location"] == "Halfaya" and attack["latitude"] == "35.26" and attack["source"] == "Outlet A; Outlet B"
    )
    assert "Claimed: killed 6-18 (2 sources)" in attack["notes"]
    sentences = attack["notes"].split(". ")
    assert len(sentences) >= 3 and all(s[:1].isupper() for s in sentences), sentences  # the verdict's too
    shelling = rows["Explosions/Remote violence/Shelling/artillery/missile attack"]
    assert shelling["fatalities"] == "0" and shelling["latitude"] == ""


def test_acled_codes():
    assert acled_types("attack", ("civilians",)) == ("Violence against civilians", "Attack")
    assert acled_types("shelling", ("civilians",)) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert acled_types("air_strike", ("hts",)) == ("Explosions/Remote violence", "Air/drone strike")
    assert time_precision("2018-11-09", "2018-11-10") == 1
    assert time_precision("2019-01-01", "2019-01-06") == 2
    assert time_precision("2019-01-01", "2019-01-31") == 3


def test_json_and_geojson(db):
    frame = Store(db).incidents_frame()
    records = json.loads(export(frame, "json"))
    assert len(records) == 2 and {r["type"] for r in records} == {"attack", "shelling"}
    attack = next(r for r in records if r["type"] == "attack")
    assert attack["perpetrators"] == ["hts"] and attack["first"] == "2018-11-09" and attack["in_zone"] is True
    assert [attack["acled"][f"fatalities_{b}"] for b in ("low", "best", "high")] == [6, 6, 18]
    assert all(type(attack["acled"][f"fatalities_{b}"]) is int for b in ("low", "best", "high"))
    geo = json.loads(export(frame, "geojson"))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2
    geometries = sorted(str(f["geometry"]) for f in geo["features"])
    assert geometries == ["None", str({"type": "Point", "coordinates": [36.61, 35.26]})]
    with pytest.raises(ValueError):
        export(frame, "xlsx")


def test_events_and_export_commands(db, tmp_path, capsys):
    assert main(["events", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "2 incidents" in out and "Halfaya" in out
    assert main(["events", "--db", str(db), "--bloc", "pro-government", "--from", "2018-11-01"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("\n1 incident\n") and "Halfaya" not in out
    assert main(["events", "--db", str(db), "--admin1", "Damascus"]) == 0
    assert capsys.readouterr().out == "no incidents\n"  # once, with no "0 incidents" line below it
    target = tmp_path / "out.geojson"
    assert main(["export", "--db", str(db), "--format", "geojson", "--out", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


@pytest.mark.parametrize("fmt", ["csv", "json", "geojson"])
def test_export_to_standard_output_ends_its_last_line_and_takes_dash_for_it(db, tmp_path, capsys, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--db", str(db), "--format", fmt, "--out", "-"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("\n") and not out.endswith("\n\n") and not (tmp_path / "-").exists()
    target = tmp_path / f"out.{fmt}"
    assert main(["export", "--db", str(db), "--format", fmt, "--out", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == out


def test_export_takes_the_filters_of_events_and_leaves_rejected_incidents_out(db, capsys):
    def exported(*words):
        assert main(["export", "--db", str(db), *words]) == 0
        return [row["location"] for row in csv.DictReader(io.StringIO(capsys.readouterr().out))]

    assert sorted(exported()) == ["Halfaya", "Khan Shaykhun"]
    assert exported("--bloc", "pro-government", "--from", "2018-11-01") == ["Khan Shaykhun"]
    assert exported("--admin1", "Damascus") == []
    store = Store(db)
    halfaya = store.incidents_frame().set_index("place_name").loc["Halfaya", "incident_id"]
    store.save_review(halfaya, "reject", note="not an incident")
    store.close()
    assert exported() == ["Khan Shaykhun"]
    assert sorted(exported("--include-rejected")) == ["Halfaya", "Khan Shaykhun"]

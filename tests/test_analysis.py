"""The analysis layer on a small hand-made incidents frame whose figures are known by construction."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from timeline import analysis
from timeline.analysis import Filters, View

NAN = np.nan


def incident(
    iid,
    day,
    kind,
    perpetrators,
    targets,
    admin1,
    admin2,
    place,
    place_ar,
    lat,
    lon,
    killed,
    outlets,
    in_zone,
    violation,
    review,
):
    low, best, high = killed
    return {
        "incident_id": iid,
        "first": pd.Timestamp(day),
        "last": pd.Timestamp(day),
        "type": kind,
        "perpetrators": perpetrators,
        "targets": targets,
        "actor1": perpetrators[0] if perpetrators else "unknown",
        "bloc1": "",
        "place_name": place,
        "place_name_ar": place_ar,
        "admin1": admin1,
        "admin2": admin2,
        "admin3": None,
        "pcode": None,
        "lat": lat,
        "lon": lon,
        "geo_precision": 1,
        "killed_low": low,
        "killed_best": best,
        "killed_high": high,
        "wounded_low": NAN,
        "wounded_best": NAN,
        "wounded_high": NAN,
        "n_claims": 1,
        "n_sources": len(outlets),
        "n_reports": max(len(outlets), 1),
        "outlets": outlets,
        "agreement": "sochi-2018" if pd.Timestamp(day) >= pd.Timestamp("2018-09-17") else None,
        "in_zone": in_zone,
        "violation": violation,
        "violation_reason": "",
        "days_since": (pd.Timestamp(day) - pd.Timestamp("2018-09-17")).days,
        "phase": "",
        "review_state": review,
        "date_warnings": 0,
    }


def make_frame() -> pd.DataFrame:
    """Eight invented incidents: November 2018 (weeks of 5, 12, 19, 26 Nov), one in October, one in September."""
    rows = [
        incident("i1", "2018-11-05", "shelling", ("syrian-government",), ("hts",), "Idlib", "Maarrat al-Nu'man",
                 "Kafr Nabl", "كفرنبل", 35.61, 36.56, (2, 3, 5), ("SANA", "SOHR"), True, "yes", "confirmed"),
        incident("i2", "2018-11-06", "air_strike", ("russia", "syrian-government"), ("civilians",), "Idlib", "Ariha",
                 "Ariha", "أريحا", 35.81, 36.61, (4, 6, 9), ("SOHR",), True, "yes", "unreviewed"),
        incident("i3", "2018-11-14", "attack", ("hts",), ("syrian-government",), "Hama", "Muhradah",
                 "Mhardeh", "محردة", 35.25, 36.57, (NAN, NAN, NAN), ("Ibaa",), True, "yes", "unreviewed"),
        incident("i4", "2018-11-20", "shelling", ("jaish-al-izza",), ("syrian-government", "russia"), "Hama",
                 "Muhradah", "Mhardeh", "محردة", 35.25, 36.57, (1, 1, 1), ("SOHR",), None, "unclear", "corrected"),
        incident("i5", "2018-11-27", "shelling", (), (), "Latakia", None,
                 None, None, NAN, NAN, (NAN, NAN, NAN), (), False, "no", "unreviewed"),
        incident("i6", "2018-11-28", "air_strike", ("russia",), ("civilians",), "Idlib", "Ariha",
                 "Ariha", "أريحا", 35.81, 36.61, (10, 10, 10), ("SANA",), True, "yes", "rejected"),
        incident("i7", "2018-10-30", "shelling", ("syrian-government",), ("hts",), "Idlib", "Ariha",
                 "Ariha", "أريحا", 35.81, 36.61, (1, 1, 1), ("SOHR",), True, "yes", "unreviewed"),
        incident("i8", "2018-09-10", "shelling", ("hts",), ("syrian-government",), "Hama", "Muhradah",
                 "Mhardeh", "محردة", 35.25, 36.57, (NAN, NAN, NAN), (), True, "before", "unreviewed"),
    ]  # fmt: skip
    frame = pd.DataFrame(rows)
    frame["geo_precision"] = frame["geo_precision"].astype("Int64")
    frame["days_since"] = frame["days_since"].astype("Int64")
    return frame


@pytest.fixture
def frame() -> pd.DataFrame:
    return make_frame()


@pytest.fixture
def rows(frame) -> pd.DataFrame:
    return analysis.explode_perpetrators(frame)


def ids(frame: pd.DataFrame) -> list[str]:
    return sorted(frame["incident_id"].unique())


def test_explode_counts_every_perpetrator_and_marks_missing_ones_unknown(rows):
    assert len(rows) == 9  # i2 has two perpetrators
    assert sorted(rows.loc[rows["incident_id"] == "i2", "faction"]) == ["russia", "syrian-government"]
    assert rows.loc[rows["incident_id"] == "i5", "faction"].tolist() == ["unknown"]
    assert rows.loc[rows["incident_id"] == "i3", "bloc"].tolist() == ["jihadist"]
    assert rows.loc[rows["incident_id"] == "i2", "perpetrators"].iloc[0] == ("russia", "syrian-government")


def test_rejected_incidents_are_left_out_unless_asked_for(frame):
    assert "i6" not in ids(analysis.apply_filters(frame, Filters()))
    assert "i6" in ids(analysis.apply_filters(frame, Filters(include_rejected=True)))


def test_period_applies_to_the_first_day_inclusive(frame):
    chosen = analysis.apply_filters(frame, Filters(start=date(2018, 11, 6), end=date(2018, 11, 20)))
    assert ids(chosen) == ["i2", "i3", "i4"]


def test_faction_filter_on_incidents_keeps_any_incident_the_faction_took_part_in(frame, rows):
    assert ids(analysis.apply_filters(frame, Filters(factions=("syrian-government",)))) == ["i1", "i2", "i7"]
    exploded = analysis.apply_filters(rows, Filters(factions=("syrian-government",)))
    assert exploded["faction"].unique().tolist() == ["syrian-government"]  # co-perpetrator rows dropped


def test_bloc_filter_uses_every_perpetrators_bloc(frame):
    assert ids(analysis.apply_filters(frame, Filters(blocs=("jihadist",)))) == ["i3", "i8"]
    assert ids(analysis.apply_filters(frame, Filters(blocs=("opposition",)))) == ["i4"]


def test_place_zone_verdict_type_outlet_and_review_filters(frame):
    assert ids(analysis.apply_filters(frame, Filters(admin1=("Hama",)))) == ["i3", "i4", "i8"]
    assert ids(analysis.apply_filters(frame, Filters(admin2=("Ariha",)))) == ["i2", "i7"]
    assert "i4" not in ids(analysis.apply_filters(frame, Filters(in_zone_only=True)))  # zone unknown
    assert ids(analysis.apply_filters(frame, Filters(violations_only=True))) == ["i1", "i2", "i3", "i7"]
    assert ids(analysis.apply_filters(frame, Filters(event_types=("air_strike", "attack")))) == ["i2", "i3"]
    assert ids(analysis.apply_filters(frame, Filters(outlets=("SANA",)))) == ["i1"]
    assert ids(analysis.apply_filters(frame, Filters(reviewed_only=True))) == ["i1", "i4"]


def test_filters_give_the_same_incidents_on_both_frames(frame, rows):
    filters = Filters(start=date(2018, 10, 1), admin1=("Idlib", "Hama"), outlets=("SOHR", "Ibaa"))
    assert ids(analysis.apply_filters(frame, filters)) == ids(analysis.apply_filters(rows, filters))


def test_review_state_selection_keeps_only_the_chosen_states(frame):
    assert ids(analysis.apply_filters(frame, Filters(review_states=("corrected", "rejected")))) == ["i4", "i6"]
    assert ids(analysis.apply_filters(frame, Filters(review_states=("unreviewed",)))) == ["i2", "i3", "i5", "i7", "i8"]
    assert ids(analysis.apply_filters(frame, Filters(review_states=("rejected",), reviewed_only=True))) == []


def test_outlet_index_answers_like_the_outlets_column(frame, rows):
    index = analysis.MemberIndex.of(rows, "outlets")
    assert sorted(index.values) == ["Ibaa", "SANA", "SOHR"]
    for outlets in (("SANA",), ("SOHR", "Ibaa"), ("nobody",)):
        filters = Filters(outlets=outlets, start=date(2018, 10, 1))
        with_index = analysis.apply_filters(rows, filters, index)
        assert with_index.equals(analysis.apply_filters(rows, filters))
    kept = analysis.filter_mask(rows, Filters(admin1=("Hama",))).to_numpy()  # i3 Ibaa, i4 SOHR, i8 none
    assert (index.distinct(kept), index.distinct()) == (2, 3)
    holes = analysis.MemberIndex.of(pd.DataFrame({"outlets": [("SANA",), None, NAN, ("SOHR", "SANA")]}))
    assert holes.any_of(("SANA",)).tolist() == [True, False, False, True] and holes.distinct() == 2
    with pytest.raises(ValueError, match="built for 9 rows"):
        analysis.filter_mask(frame, Filters(outlets=("SANA",)), index)


def test_view_counts_sources_once_the_same_way_with_or_without_the_index(rows):
    filters = Filters(start=date(2018, 11, 1))  # i1..i5 (i6 rejected): 2+1+1+1+1 reports, outlets SANA SOHR Ibaa
    plain = View.of(rows, filters)
    indexed = View.of(rows, filters, analysis.MemberIndex.of(rows))
    assert plain.sources == indexed.sources == analysis.SourceCounts(incidents=5, reports=6, outlets=3)
    assert View(plain.rows, filters).source_counts() == plain.sources


def test_weekly_counts_per_faction_fill_empty_weeks_with_zero(rows):
    nov = analysis.apply_filters(rows, Filters(start=date(2018, 10, 29), end=date(2018, 11, 30)))
    table = analysis.counts_over_time(nov, "W")
    assert list(table.index.strftime("%Y-%m-%d")) == ["2018-10-29", "2018-11-05", "2018-11-12", "2018-11-19",
                                                      "2018-11-26"]  # fmt: skip
    assert table["syrian-government"].tolist() == [1, 2, 0, 0, 0]
    assert table["russia"].tolist() == [0, 1, 0, 0, 0]  # i6 (rejected) not counted
    assert table["hts"].tolist() == [0, 0, 1, 0, 0]
    assert table["unknown"].tolist() == [0, 0, 0, 0, 1]
    assert table.columns[0] == "syrian-government"  # most incidents first


def test_daily_and_monthly_bins_and_explicit_range(rows):
    kept = analysis.apply_filters(rows, Filters())
    monthly = analysis.counts_over_time(kept, "M", date(2018, 9, 1), date(2018, 12, 31))
    assert list(monthly.index.strftime("%Y-%m")) == ["2018-09", "2018-10", "2018-11", "2018-12"]
    assert monthly.sum(axis=1).tolist() == [1, 1, 6, 0]
    daily = analysis.counts_over_time(kept, "D", date(2018, 11, 5), date(2018, 11, 6))
    assert daily.loc["2018-11-06", ["russia", "syrian-government"]].tolist() == [1, 1]
    with pytest.raises(ValueError, match="frequency"):
        analysis.counts_over_time(kept, "Q")


def test_cumulative_since_signing_runs_up_to_the_total(rows):
    kept = analysis.apply_filters(rows, Filters())
    cumulative = analysis.cumulative_since(kept, date(2018, 9, 17), "D")
    assert cumulative.index[0] == pd.Timestamp("2018-09-17")
    assert cumulative.iloc[-1]["syrian-government"] == 3
    assert cumulative.loc["2018-11-05", "syrian-government"] == 2
    assert cumulative.iloc[-1]["hts"] == 1  # i8 is before the signing


def test_killed_per_faction_sums_low_best_high_and_counts_each_perpetrator(rows):
    table = analysis.killed_by_faction(analysis.apply_filters(rows, Filters()))
    assert table.loc["syrian-government", ["killed_low", "killed_best", "killed_high"]].tolist() == [7, 10, 15]
    assert table.loc["russia", ["killed_low", "killed_best", "killed_high"]].tolist() == [4, 6, 9]
    assert table.loc["hts", "incidents"] == 2 and table.loc["hts", "with_figure"] == 0
    assert table.loc["hts", "killed_best"] == 0
    assert table.index[0] == "syrian-government"


def test_places_admin_units_and_outlets(frame, rows):
    kept = analysis.apply_filters(rows, Filters())
    places = analysis.counts_by_place(kept)
    ariha = places[(places["place_name"] == "Ariha")]
    assert sorted(zip(ariha["bloc"], ariha["incidents"], strict=True)) == [("pro-government", 2)]
    assert ariha["killed_best"].sum() == 7  # i2 (Russia and the government: one pro-government incident) and i7
    assert places["lat"].isna().sum() == 1  # i5 kept without coordinates
    admin = analysis.counts_by_admin(kept, "admin1")
    assert admin.index.tolist() == ["Idlib", "Hama", "Latakia"]
    assert admin.loc["Hama", "hts"] == 2 and admin.loc["Hama", "jaish-al-izza"] == 1
    by_bloc = analysis.counts_by_admin(kept, "admin2", by="bloc")
    assert by_bloc.loc["unknown", "unknown"] == 1
    outlets = analysis.counts_by_outlet(analysis.apply_filters(frame, Filters()))
    assert outlets["incidents"].to_dict() == {"SOHR": 4, "SANA": 1, "Ibaa": 1}


def test_who_hit_whom_counts_every_perpetrator_target_pair(rows):
    matrix = analysis.perpetrator_target_matrix(analysis.apply_filters(rows, Filters()))
    assert matrix.loc["syrian-government", "hts"] == 2
    assert matrix.loc["syrian-government", "civilians"] == 1
    assert matrix.loc["russia", "civilians"] == 1  # i6 rejected
    assert matrix.loc["jaish-al-izza", "syrian-government"] == 1 and matrix.loc["jaish-al-izza", "russia"] == 1
    assert matrix.loc["unknown", "unknown"] == 1
    assert int(matrix.to_numpy().sum()) == 9


def test_previous_period_comparison(rows):
    comparison = analysis.compare_periods(rows, Filters(start=date(2018, 11, 1), end=date(2018, 11, 30)))
    assert comparison.previous == (date(2018, 10, 2), date(2018, 10, 31))
    assert comparison.totals.loc["incidents"].tolist() == [5, 1, 4]
    assert comparison.totals.loc["violations", "current"] == 3
    assert comparison.totals.loc["killed_best", "current"] == 10  # each incident once: 3 + 6 + 1
    assert comparison.by_faction.loc["syrian-government"].tolist() == [2, 1, 1]
    assert comparison.by_faction.loc["hts"].tolist() == [1, 0, 1]
    with pytest.raises(ValueError):
        analysis.compare_periods(rows, Filters(start=date(2018, 11, 1)))


def test_view_and_incident_rows(frame):
    view = View.of(frame, Filters(admin1=("Idlib",)))
    assert analysis.incident_count(view.rows) == 3 and len(view.rows) == 4
    incidents = analysis.incidents_of(view.rows)
    assert ids(incidents) == ["i1", "i2", "i7"]
    assert incidents.set_index("incident_id").at["i2", "perpetrators"] == ("russia", "syrian-government")
    assert analysis.data_span(view.rows) == (date(2018, 10, 30), date(2018, 11, 6))
    assert analysis.data_span(view.rows.iloc[0:0]) is None


def test_every_filter_selects_the_same_rows_on_a_compacted_frame(rows):
    """Categoricals are matched by their codes: a missing value never matches, nor does an absent one."""
    rows = rows.copy()
    rows.loc[rows.index[0], "admin1"] = None
    compacted = analysis.compact(rows)
    assert isinstance(compacted["admin1"].dtype, pd.CategoricalDtype)
    for filters in (
        Filters(admin1=("Idlib",)),
        Filters(admin1=("Idlib", "Hama", "nowhere"), event_types=("shelling", "air_strike")),
        Filters(factions=("russia",), violations_only=True),
        Filters(blocs=("jihadist", "pro-government"), review_states=("unreviewed", "confirmed")),
        Filters(admin2=tuple(f"district {n}" for n in range(10))),  # more than a few values: the isin path
        Filters(reviewed_only=True),
        Filters(),
    ):
        plain = analysis.filter_mask(rows, filters).to_numpy()
        assert (analysis.filter_mask(compacted, filters).to_numpy() == plain).all(), filters


def test_a_compacted_frame_gives_the_same_figures(rows):
    compacted = analysis.compact(rows)
    assert isinstance(compacted["faction"].dtype, pd.CategoricalDtype)
    filters = Filters(start=date(2018, 10, 1), blocs=("pro-government", "jihadist"), review_states=("unreviewed",))
    plain, small = analysis.apply_filters(rows, filters), analysis.apply_filters(compacted, filters)
    assert ids(plain) == ids(small) == ["i2", "i3", "i7"]
    for aggregate in (
        lambda r: analysis.counts_over_time(r, "W"),
        analysis.killed_by_faction,
        analysis.counts_by_place,
        lambda r: analysis.counts_by_admin(r, "admin2"),
        analysis.perpetrator_target_matrix,
        analysis.counts_by_outlet,
    ):
        expected, got = aggregate(plain), aggregate(small)
        pd.testing.assert_frame_equal(got, expected, check_index_type=False, check_column_type=False, check_dtype=False)
    comparison = analysis.compare_periods(compacted, Filters(start=date(2018, 11, 1), end=date(2018, 11, 30)))
    assert (
        comparison.by_faction.index.tolist()
        == analysis.compare_periods(
            rows, Filters(start=date(2018, 11, 1), end=date(2018, 11, 30))
        ).by_faction.index.tolist()
    )


def test_outlet_counts_are_the_same_from_either_frame(frame, rows):
    table = analysis.counts_by_outlet(rows)
    assert table.equals(analysis.counts_by_outlet(frame))
    assert table.to_dict("index") == {
        "SOHR": {"incidents": 4, "killed_best": 11.0},  # i1 3, i2 6, i4 1, i7 1
        "SANA": {"incidents": 2, "killed_best": 13.0},  # i1 3, i6 10
        "Ibaa": {"incidents": 1, "killed_best": 0.0},
    }

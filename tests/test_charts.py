"""The figure builders carry the right data: counts per faction, colours, markers, captions, no URLs."""

from __future__ import annotations

import itertools
import json
import math
import re
from datetime import date

import numpy as np
import pandas as pd
import pytest
from test_analysis import make_frame

from timeline import analysis, charts
from timeline.analysis import Filters, View

RLI, PDI = "\u2067", "\u2069"


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return make_frame()


def traces_by_name(fig) -> dict:
    return {trace.name: trace for trace in fig.data if trace.name}


def annotation_texts(fig) -> list[str]:
    return [a.text for a in fig.layout.annotations]


def test_over_time_stacks_weekly_counts_per_faction_in_their_colours(frame):
    filters = Filters(start=date(2018, 10, 29), end=date(2018, 11, 30))
    fig = charts.over_time(View.of(frame, filters), "en", freq="W")
    bars = traces_by_name(fig)
    government = bars["Syrian government forces"]
    assert list(government.y) == [1, 2, 0, 0, 0]
    assert government.marker.color == "#b2182b"  # data/factions.csv
    assert set(government.customdata) == {"syrian-government"}
    assert list(bars["Russia"].y) == [0, 1, 0, 0, 0]
    assert fig.layout.barmode == "stack"
    assert "2018-10-29 – 2018-11-30" in fig.layout.title.subtitle.text


def test_over_time_marks_the_signing_and_milestones_inside_the_range(frame):
    fig = charts.over_time(View.of(frame), "en", freq="M")
    lines = sorted(shape.x0[:10] for shape in fig.layout.shapes)
    assert "2018-09-17" in lines and "2018-10-10" in lines and "2018-10-15" in lines
    assert all("2018-09-01" <= x <= "2018-11-30" for x in lines)  # nothing outside the data's months
    texts = annotation_texts(fig)
    assert "Sochi memorandum signed" in texts
    assert "heavy weapons due out of the zone" in texts


def test_arabic_charts_label_milestones_in_arabic_from_the_agreements_table(frame):
    from timeline.agreements import load_agreements

    sochi = next(a for a in load_agreements() if a.id == "sochi-2018")
    heavy_weapons = next(m for m in sochi.milestones if m.date.isoformat() == "2018-10-10")
    fig = charts.over_time(View.of(frame), "ar", freq="M")
    texts = [t.strip("\u2066\u2067\u2069") for t in annotation_texts(fig)]
    assert heavy_weapons.label_ar and heavy_weapons.label_ar in texts
    assert heavy_weapons.label not in texts


def test_titles_name_the_filters_and_the_caption_says_figures_are_claims(frame):
    filters = Filters(admin1=("Idlib",), violations_only=True, factions=("russia",))
    fig = charts.killed(View.of(frame, filters), "en")
    subtitle = fig.layout.title.subtitle.text
    assert "Idlib" in subtitle and "violations only" in subtitle and "Russia" in subtitle
    assert "1 incident, 1 incident report, 1 named outlet" in subtitle  # i2 only (i6 is rejected)
    assert "Figures are claims" in subtitle


def test_killed_shows_best_with_low_high_whiskers(frame):
    fig = charts.killed(View.of(frame), "en")
    bar = fig.data[0]
    values = dict(zip(bar.customdata, bar.x, strict=True))
    assert values["syrian-government"] == 10 and values["russia"] == 6
    index = list(bar.customdata).index("syrian-government")
    assert bar.error_x.array[index] == 5 and bar.error_x.arrayminus[index] == 3  # 15 - 10, 10 - 7
    assert bar.marker.color[index] == "#b2182b"
    assert "Incidents with a death toll: 4 of 7" in fig.layout.title.subtitle.text


def test_map_is_a_plain_scatter_coloured_by_bloc_and_sized_by_toll(frame):
    fig = charts.places_map(View.of(frame), "en")
    assert {trace.type for trace in fig.data} == {"scatter"}
    assert "geo" not in fig.layout.to_plotly_json() and "mapbox" not in fig.layout.to_plotly_json()
    government = traces_by_name(fig)["Pro-government forces"]
    assert government.marker.color == "#b2182b"  # data/bloc_colors.csv
    sizes = dict(zip(government.customdata[:, 0], government.marker.size, strict=True))
    assert sizes["Ariha"] > sizes["Kafr Nabl"]  # 13 killed against 3
    assert fig.layout.yaxis.scaleanchor == "x"
    assert "Not on the map: 1 incident without coordinates" in fig.layout.title.subtitle.text


def test_map_draws_the_offline_basemap_and_the_approximated_zone(frame):
    fig = charts.places_map(View.of(frame), "en")
    traces = traces_by_name(fig)
    assert {"international border", "coast", "Sochi memorandum zone (approximated)"} <= set(traces)
    zone = traces["Sochi memorandum zone (approximated)"]
    assert zone.fill == "toself" and len([x for x in zone.x if x is None]) > 5  # an area, not a point
    sea = [shape for shape in fig.layout.shapes if shape.fillcolor == charts.SEA_COLOR]
    assert len(sea) == 1 and (sea[0].x0, sea[0].y0, sea[0].x1, sea[0].y1) == charts.basemap()["box"]
    assert all(trace.showlegend is not False or trace.mode == "text" or trace.fill for trace in fig.data)


def test_zone_raster_follows_the_agreements_sub_districts():
    lons, lats, zone = charts.zone_raster("sochi-2018")
    units = charts.subdistricts().set_index("ocha_pcode")

    def cell(pcode):
        row = units.loc[pcode]
        return zone[abs(lats - row["centroid_lat"]).argmin(), abs(lons - row["centroid_lon"]).argmin()]

    assert cell("SY070201") == 1  # Khan Shaykhun: listed in data/gazetteer/sochi_zone_subdistricts.csv
    assert np.isnan(cell("SY020300"))  # Afrin: far from the contact line
    assert np.isnan(zone[abs(lats - 35.5).argmin(), abs(lons - 35.6).argmin()])  # the sea off Latakia


def test_basemap_file_holds_land_borders_and_coast_inside_its_box():
    base = charts.basemap()
    x0, y0, x1, y1 = base["box"]
    assert {props["name"] for props, _ in base["land"]} >= {"Syria", "Turkey"}
    for props, rings in base["land"]:
        assert all(x0 <= x <= x1 and y0 <= y <= y1 for ring in rings for x, y in ring), props["name"]
    for kind in ("border", "coast"):
        xs, ys = base["lines"][kind]
        assert len(xs) == len(ys) > 20 and xs[-1] is None


def test_map_labels_never_overlap():
    points = pd.DataFrame({"lon": [36.0, 36.01, 36.02, 37.0], "lat": [35.5, 35.5, 35.51, 35.0]})
    texts = ["Maarat al-Numan", "Kafr Nabl", "Hass", "Aleppo"]
    positions = charts._label_boxes(points, texts, [35.5, 37.5], [34.8, 36.4], 1.2)
    assert positions[0] == "top center" and positions[3] == "top center"
    assert positions[1] != "top center" and None in positions[1:3] or len(set(positions[:3])) == 3


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_long_place_name_is_shortened_on_the_map_and_whole_in_its_hover(frame, lang):
    """A long place name (a described spot, not a town) was written across the map, over other places."""
    long_en = "the orchards on the southern edge of the town beside the old mill road"
    long_ar = "البساتين على الطرف الجنوبي للبلدة بجانب طريق المطحنة القديمة"
    wide = frame.copy()
    wide.loc[wide.index[:3], ["place_name", "place_name_ar"]] = [long_en, long_ar]
    fig = charts.places_map(View.of(wide), lang)
    labels = [text for trace in fig.data if trace.mode == "text" for text in trace.text]
    long_name = long_ar if lang == "ar" else long_en
    shown = next(text.strip(charts.RLI + charts.PDI) for text in labels if "…" in text)
    assert len(shown) <= charts.MAP_LABEL_CHARS and long_name.startswith(shown[:-1])
    assert any(long_name in str(trace.text) for trace in fig.data if trace.mode != "text")  # the hover


def test_no_figure_references_a_url(frame):
    for kind in charts.FIGURES:
        for lang in charts.LANGS:
            text = charts.build(kind, frame, lang=lang).to_json()
            assert not re.search(r"https?:|//[a-z]|topojson|mapbox", text), kind


def test_admin_bars_matrix_and_outlets_carry_the_counts(frame):
    view = View.of(frame)
    admin = charts.admin_bars(view, "en")
    hts = traces_by_name(admin)["Hay'at Tahrir al-Sham"]
    assert dict(zip(hts.customdata, hts.x, strict=True))["Hama"] == 2
    matrix = charts.matrix(view, "en")
    heat = matrix.data[0]
    row = list(heat.y).index("Syrian government forces")
    column = list(heat.x).index("Hay'at Tahrir al-Sham")
    assert heat.z[row][column] == 2
    assert list(heat.customdata[row][column]) == ["syrian-government", "hts"]
    outlets = charts.outlets(view, "en").data[0]
    assert dict(zip(outlets.customdata, outlets.x, strict=True)) == {"SOHR": 4, "SANA": 1, "Ibaa": 1}


def test_cumulative_starts_at_the_agreement(frame):
    fig = charts.cumulative(View.of(frame), "en")
    government = traces_by_name(fig)["Syrian government forces"]
    assert pd.Timestamp(government.x[0]) == pd.Timestamp("2018-09-17")
    assert government.y[-1] == 3
    assert "Sochi memorandum (2018-09-17)" in fig.layout.title.text
    with pytest.raises(ValueError, match="unknown agreement"):
        charts.cumulative(View.of(frame), "en", agreement="no-such-agreement")


def test_cumulative_says_how_many_incidents_of_its_caption_fall_before_its_start(frame):
    later = View.of(frame, Filters(start=date(2018, 9, 17)))
    assert "Not counted here" not in charts.cumulative(later, "en").layout.title.subtitle.text
    fig = charts.cumulative(View.of(frame), "en", agreement="sochi-2018")
    assert "Not counted here: 1 incident before 2018-09-17<" in fig.layout.title.subtitle.text  # the September one
    early = frame.iloc[[0]].assign(
        incident_id="early", first=pd.Timestamp("2018-08-01"), last=pd.Timestamp("2018-08-01")
    )
    arabic = charts.cumulative(View.of(pd.concat([frame, early])), "ar", agreement="sochi-2018")
    assert "لا تُحسب هنا: حادثتان قبل \u20662018-09-17\u2069" in arabic.layout.title.subtitle.text


def test_cumulative_since_an_agreement_later_than_every_incident_says_so_instead_of_no_match(frame):
    """With no filter in use, "No incidents match these filters" would be false: the incidents are there, all
    before the agreement (the Moscow protocol of 2020, over a store of 2018 reports)."""
    fig = charts.cumulative(View.of(frame), "en", agreement="moscow-2020")
    assert annotation_texts(fig) == ["No incident on or after 2020-03-05"]
    shown = View.of(frame).source_counts().incidents  # the caption's count: a rejected incident is left out
    assert f"Not counted here: {shown} incidents before 2020-03-05<" in fig.layout.title.subtitle.text
    arabic = charts.cumulative(View.of(frame), "ar", agreement="moscow-2020")
    assert "لا حوادث في \u20662020-03-05\u2069 أو بعده" in annotation_texts(arabic)[0]


def test_arabic_labels_are_right_to_left_isolates_with_dates_kept_left_to_right(frame):
    fig = charts.over_time(View.of(frame, Filters(start=date(2018, 11, 1), end=date(2018, 11, 30))), "ar")
    names = {trace.name for trace in fig.data}
    assert f"{RLI}قوات الحكومة السورية{PDI}" in names
    assert fig.layout.title.text.startswith(RLI) and "أسبوع" in fig.layout.title.text
    assert "\u20662018-11-01 – 2018-11-30\u2069" in fig.layout.title.subtitle.text  # one LTR unit: never swapped
    assert fig.layout.title.xanchor == "right"
    admin = charts.admin_bars(View.of(frame), "ar")
    assert f"{RLI}إدلب{PDI}" in set(admin.data[0].y)  # governorate name from the gazetteer


def test_every_kind_draws_an_empty_selection_with_a_message(frame):
    empty = View.of(frame, Filters(admin1=("Nowhere",)))
    for kind, builder in charts.FIGURES.items():
        fig = builder(empty, "en")
        assert "No incidents match these filters" in annotation_texts(fig), kind
        json.loads(fig.to_json())


def test_unknown_kind_and_language_are_refused(frame):
    with pytest.raises(ValueError, match="unknown chart kind"):
        charts.build("pie", frame)
    with pytest.raises(ValueError, match="unknown language"):
        charts.over_time(View.of(frame), "fr")


def test_faction_colours_stay_apart_so_charts_can_tell_factions_from_each_other():
    colours = charts.faction_table()["color"].to_dict()

    def rgb(code):
        return [int(code[i : i + 2], 16) for i in (1, 3, 5)]

    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colours.values())
    assert math.dist(rgb(colours["russia"]), rgb(colours["syrian-government"])) > 70  # were two near-identical reds
    for (a, ca), (b, cb) in itertools.combinations(colours.items(), 2):
        assert math.dist(rgb(ca), rgb(cb)) > 40, (a, b)


def test_milestone_labels_take_rows_that_keep_them_apart():
    start, end = date(2019, 1, 1), date(2019, 12, 31)
    markers = [(date(2019, 3, 1), "a long milestone label here"), (date(2019, 3, 3), "another long label"),
               (date(2019, 7, 1), "far away"), (date(2019, 12, 30), "at the end")]  # fmt: skip
    levels = charts._marker_levels(markers, start, end)
    assert [row for row, _ in levels] == [0, 1, 0, 0]
    assert [left for _, left in levels] == [False, False, False, True]  # the last one runs leftwards


def test_count_axes_have_whole_number_ticks(frame):
    small = charts.over_time(View.of(frame.head(2)), "en")
    assert small.layout.yaxis.dtick == 1 and small.layout.yaxis.range[0] == 0
    admin = charts.admin_bars(View.of(frame), "en")
    assert admin.layout.xaxis.dtick == 1 or admin.layout.xaxis.tickformat == ",d"


def test_titles_start_below_the_toolbar(frame):
    fig = charts.killed(View.of(frame), "ar")
    assert fig.layout.title.pad.t == charts.TOOLBAR_PX and fig.layout.title.yanchor == "top"
    assert fig.layout.margin.t >= 110 + charts.TOOLBAR_PX


def test_admin_units_outside_the_north_west_have_arabic_labels():
    """Incidents anywhere in Syria carry the gazetteer's English unit names; Arabic charts show its Arabic ones."""
    assert charts.admin_label("Deir ez-Zor", "ar") == "دير الزور"
    assert charts.admin_label("Rif Dimashq", "ar") == "ريف دمشق"
    assert charts.admin_label("Idlib", "ar") == "إدلب"  # the governorate's name, not its centre sub-district's


def test_arabic_month_ticks_fall_on_the_same_months_every_year(frame):
    assert [charts.month_tick_step(n) for n in (6, 12, 30, 84, 85)] == [1, 2, 6, 12, 24]
    long = frame.assign(incident_id=frame["incident_id"] + "-old", first=frame["first"] - pd.DateOffset(years=5))
    fig = charts.over_time(View.of(pd.concat([long, frame]), Filters(include_rejected=True)), "ar", freq="M")
    months = {pd.Timestamp(value).month for value in fig.layout.xaxis.tickvals}
    assert months == {1}  # about six years: one tick each January
    assert all("كانون الثاني" in text for text in fig.layout.xaxis.ticktext)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_weekly_ticks_stand_on_the_mondays_that_open_the_bars(frame, lang):
    """Each weekly bar covers Monday to Sunday: a tick naming a day names a bar's first day, never its last
    (plotly's own week ticks fall on Sundays)."""
    fig = charts.over_time(View.of(frame), lang, freq="W")  # about twelve weeks
    starts = {pd.Timestamp(x) for trace in fig.data for x in trace.x}
    assert all(day.day_of_week == 0 for day in starts)
    axis = fig.layout.xaxis
    if lang == "en":
        assert axis.tickmode == "linear" and pd.Timestamp(axis.tick0) in starts
        assert axis.dtick % (7 * 86_400_000) == 0
    else:
        ticks = [pd.Timestamp(v) for v in axis.tickvals]
        assert len(ticks) >= 2 and set(ticks) <= starts
        first_day = charts.bidi(f"{ticks[0].day} {charts.MONTHS_AR[ticks[0].month - 1]}", "ar")
        assert axis.ticktext[0] == f"{first_day}<br>{charts.bidi('2018', 'ar')}"  # the year under, as in English
        # "22 تشرين الأول 2018" on every tick ran into its neighbours: the year again only when it changes
        assert not any("2018" in text for text in axis.ticktext[1:])


def test_arabic_weekly_ticks_across_new_year_name_the_new_year_once(frame):
    later = frame.assign(first=frame["first"] + pd.Timedelta(days=60), last=frame["last"] + pd.Timedelta(days=60))
    axis = charts.over_time(View.of(later), "ar", freq="W").layout.xaxis  # November 2018 to January 2019
    years = [pd.Timestamp(v).year for v in axis.tickvals]
    assert years[0] == 2018 and years[-1] == 2019
    with_year = [text for text in axis.ticktext if "<br>" in text]
    assert len(with_year) == 2 and "2018" in with_year[0] and "2019" in with_year[1]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_weekly_bars_over_years_are_ticked_on_the_same_months_each_year(frame, lang):
    older = frame.assign(incident_id=frame["incident_id"] + "-old", first=frame["first"] - pd.DateOffset(years=5))
    fig = charts.over_time(View.of(pd.concat([older, frame])), lang, freq="W")
    axis = fig.layout.xaxis
    if lang == "en":
        assert (axis.tickmode, axis.tick0, axis.dtick) == ("linear", "2000-01-01", "M12")
    else:
        assert {pd.Timestamp(v).month for v in axis.tickvals} == {1}


def test_an_open_period_is_shown_open_never_as_none(frame):
    fig = charts.over_time(View.of(frame, Filters(start=date(2030, 1, 1))), "en")
    assert "None" not in fig.layout.title.subtitle.text and "2030-01-01 –" in fig.layout.title.subtitle.text


def test_map_keeps_to_its_basemap_and_counts_the_incidents_outside_it(frame):
    far = frame.iloc[[0]].assign(incident_id="far", lat=33.5, lon=36.3, place_name="Damascus")  # south of the box
    fig = charts.places_map(View.of(pd.concat([frame, far])), "en")
    assert "Not on the map: 1 incident outside its area" in fig.layout.title.subtitle.text
    x0, y0, x1, y1 = charts.basemap()["box"]
    marks = [t for t in fig.data if t.customdata is not None]
    assert all(y0 <= y <= y1 for t in marks for y in t.y)
    assert fig.layout.plot_bgcolor != charts.SEA_COLOR  # past the basemap's box is not sea


def test_a_period_of_one_bin_draws_visible_bars_with_dated_ticks(frame):
    one_week = View.of(frame, Filters(start=date(2018, 11, 5), end=date(2018, 11, 11)))
    for lang in ("en", "ar"):
        fig = charts.over_time(one_week, lang)
        assert {bar.width for bar in fig.data} == {7 * 86_400_000 * (1 - charts.OVER_TIME_BARGAP)}, lang
    low, high = sorted(pd.Timestamp(x) for x in fig.layout.xaxis.range)  # an Arabic time axis runs right to left
    assert fig.layout.xaxis.tickvals and all(low <= pd.Timestamp(v) <= high for v in fig.layout.xaxis.tickvals)
    assert "تشرين الثاني" in fig.layout.xaxis.ticktext[0] and "2018" in fig.layout.xaxis.ticktext[0]


def _bin_end(start: pd.Timestamp, freq: str) -> pd.Timestamp:
    return analysis.period_range(start, start + pd.Timedelta(days=31), freq)[1]


@pytest.mark.parametrize("freq", ["D", "W", "M"])
def test_each_bar_over_time_stands_within_its_own_days(frame, freq):
    """A bar centred on its bin's first day would stand half in the bin before: a month's bar across two months,
    the bar of the week that opens with a milestone half before its line."""
    fig = charts.over_time(View.of(frame), "en", freq=freq)
    assert pd.Timestamp(charts.BIN_ZERO["W"]).day_of_week == 0  # plotly counts weeks from it; ours start on Mondays
    for trace in fig.data:
        assert trace.xperiodalignment == "middle" and trace.xperiod == charts.BIN_PERIODS[freq]
        half = pd.Timedelta(milliseconds=trace.width / 2)
        for start in map(pd.Timestamp, trace.x):
            end = _bin_end(start, freq)
            middle = start + (end - start) / 2
            assert start <= middle - half and middle + half <= end, (freq, start)
    low, high = map(pd.Timestamp, fig.layout.xaxis.range)
    first, last = pd.Timestamp(fig.data[0].x[0]), pd.Timestamp(fig.data[0].x[-1])
    assert low < first and high > _bin_end(last, freq)  # the whole of the first and last bars in view


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_time_axis_label_past_the_plots_edge_is_left_out_not_drawn_over_the_count_axis(frame, lang):
    """A first month a few days into the period was labelled across the plot's edge, into the count axis's "0"."""
    for fig in (charts.over_time(View.of(frame), lang), charts.cumulative(View.of(frame), lang)):
        assert fig.layout.xaxis.ticklabeloverflow == "hide past domain"


def test_cumulative_over_a_later_period_starts_at_the_periods_first_day(frame):
    """Days between the signing and the chosen period were filtered out, not quiet: no flat line over them."""
    fig = charts.cumulative(View.of(frame, Filters(start=date(2018, 11, 1), end=date(2018, 11, 30))), "en")
    government = traces_by_name(fig)["Syrian government forces"]
    assert pd.Timestamp(government.x[0]) == pd.Timestamp("2018-11-01")
    assert pd.Timestamp(fig.layout.xaxis.range[0]) > pd.Timestamp("2018-10-31")
    assert "Sochi memorandum (2018-09-17)" in fig.layout.title.text


def test_matrix_perpetrator_title_stands_off_from_the_names(frame):
    fig = charts.matrix(View.of(frame), "ar")
    assert fig.layout.yaxis.title.standoff == charts.MATRIX_TITLE_STANDOFF_PX >= 20


def test_outlets_are_named_in_the_chart_language_and_selected_by_their_filed_name(frame):
    bars = charts.outlets(View.of(frame), "ar").data[0]
    labels = dict(zip(bars.customdata, bars.y, strict=True))
    assert "سانا" in labels["SANA"]  # a known outlet in Arabic on an Arabic chart
    assert "Ibaa" in labels["Ibaa"]  # an outlet not in data/outlets.csv keeps the name it was filed under


def test_the_subtitle_names_a_chosen_outlet_once_in_the_chart_language(frame):
    chosen = Filters(outlets=("Al Arabiya", "العربية"))  # a store merged before names it in both languages
    assert charts.describe_filters(View.of(frame, chosen), "ar").count("العربية") == 1
    assert "Al Arabiya" not in charts.describe_filters(View.of(frame, chosen), "ar")
    assert "Al Arabiya" in charts.describe_filters(View.of(frame, chosen), "en")


def test_an_unknown_governorate_is_named_like_the_unknown_side_in_english_and_arabic():
    assert charts.admin_label("unknown", "en") == charts.faction_label("unknown", "en") == "Unknown"
    assert charts.admin_label("unknown", "ar") == "غير معروف"


def test_map_frame_stays_inside_the_basemap_and_fills_the_plot_area(frame):
    """Equal ground scale used to widen the longitude range past the basemap's box (a blank strip east of 38.8)."""
    fig = charts.places_map(View.of(frame), "en")
    x0, y0, x1, y1 = charts.basemap()["box"]
    (left, right), (bottom, top) = fig.layout.xaxis.range, fig.layout.yaxis.range
    assert x0 <= left < right <= x1 and y0 <= bottom < top <= y1
    assert fig.layout.xaxis.constrain == "domain" and fig.layout.yaxis.constrain == "domain"
    ratio = fig.layout.yaxis.scaleratio
    shape = (right - left) / ((top - bottom) * ratio)
    assert shape == pytest.approx(charts.MAP_FRAME_ASPECT) or right - left == pytest.approx(x1 - x0)


def test_arabic_charts_run_right_to_left_with_names_on_the_right_and_the_legend_on_the_left(frame):
    """The Arabic charts used to be laid out as the English ones: time running left to right, legend right."""
    view = View.of(frame, Filters(start=date(2018, 11, 1), end=date(2018, 11, 30)))
    english, arabic = charts.over_time(view, "en"), charts.over_time(view, "ar")
    assert list(arabic.layout.xaxis.range) == list(english.layout.xaxis.range)[::-1]  # the latest day on the left
    assert arabic.layout.yaxis.side == "right" and english.layout.yaxis.side != "right"
    assert arabic.layout.legend.xanchor == "right" and arabic.layout.legend.x < 0
    assert arabic.layout.margin.r > arabic.layout.margin.l
    for kind in ("killed", "admin", "outlets"):  # horizontal bars grow leftwards from names on the right
        fig = charts.build(kind, frame, lang="ar")
        assert fig.layout.xaxis.autorange == "reversed" and fig.layout.yaxis.side == "right", kind
        assert charts.build(kind, frame, lang="en").layout.xaxis.autorange != "reversed", kind
    heatmap = charts.matrix(View.of(frame), "ar")
    assert heatmap.layout.xaxis.autorange == "reversed" and heatmap.data[0].colorbar.xanchor == "right"
    place_map = charts.places_map(View.of(frame), "ar")  # east stays east
    left, right = place_map.layout.xaxis.range
    assert left < right and place_map.layout.xaxis.autorange != "reversed"


def test_arabic_milestone_labels_run_back_into_the_plot_on_the_mirrored_axis(frame):
    """Near the axis's start a label runs the way it reads (leftwards in Arabic), near its end back inside."""
    view = View.of(frame, Filters(start=date(2018, 8, 1), end=date(2018, 10, 20)))
    for lang, early_anchor in (("en", "left"), ("ar", "right")):
        fig = charts.over_time(view, lang)
        start, end = (pd.Timestamp(x) for x in sorted(fig.layout.xaxis.range))
        lateness = [pd.Timestamp(label.x) > start + (end - start) * 2 / 3 for label in fig.layout.annotations]
        assert any(lateness) and not all(lateness), lang  # labels at both ends of the axis
        for label, late in zip(fig.layout.annotations, lateness, strict=True):
            expected = early_anchor if not late else {"left": "right", "right": "left"}[early_anchor]
            assert label.xanchor == expected, (lang, label.text)

"""Dashboard pieces as plain functions: URL state, table paging, uploads, reviews, detail text, clicks."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
import shutil

import pandas as pd
import pytest
from dash import html
from plotly.utils import PlotlyJSONEncoder

from timeline.article import Article
from timeline.dashboard import downloads, figures, review, upload
from timeline.dashboard.data import DashboardData
from timeline.dashboard.detail import (
    claims_table,
    date_reasoning,
    detail_view,
    highlighted,
    markup_spans,
    report_block,
)
from timeline.dashboard.detail_callbacks import save_review
from timeline.dashboard.filters import CONTROL_IDS, filter_options, quick_pick_range, state_from_controls
from timeline.dashboard.i18n import LANGUAGES, t
from timeline.dashboard.labels import _anchor_patterns, anchor_text, code_label, date_kind
from timeline.dashboard.table import filter_clauses, table_page
from timeline.dashboard.urlstate import ViewState, from_query, to_query
from timeline.dashboard.view import page_for, selection_note, summary_text, table_outputs, view_outputs
from timeline.extract import extract_article
from timeline.store import Store

HOSTILE = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">'
SURAN = {"text": "صوران", "name": "Suran", "name_ar": "صوران", "admin1": "Hama", "admin2": "Hama", "admin3": "Suran",
         "pcode": "SY050101", "lat": 35.32, "lon": 36.80, "precision": 2}  # fmt: skip
BADAMA = {"text": "بداما", "name": "Badama", "name_ar": "بداما", "admin1": "Idlib", "admin2": "Jisr al-Shughur",
          "admin3": "Badama", "pcode": "SY070401", "lat": 35.85, "lon": 36.21, "precision": 2}  # fmt: skip


def article(key, published, source, title, text, events, dates=()):
    return {
        "article": {
            "key": key,
            "published": published,
            "published_from": "dateline",
            "title": title,
            "source": source,
            "url": None,
            "language": "ar",
            "path": f"/fixtures/{key}.txt",
        },  # fmt: skip
        "dates": list(dates),
        "events": events,
    }


def event(first, kind, perpetrators, targets, place, killed, source, evidence, date_text=None, warnings=()):
    return {
        "id": "e1",
        "first": first,
        "last": first,
        "date_text": date_text,
        "date_warnings": list(warnings),
        "type": kind,
        "perpetrators": perpetrators,
        "targets": targets,
        "place": place,
        "places": [],
        "claims": [{"source": source, "source_kind": "activists", "killed": killed, "evidence": [evidence]}],
        "evidence": [evidence],
        "relations": [],
    }


def fill(store: Store, force: bool = False) -> None:
    shelling_text = (
        "قصفت قوات النظام بلدة صوران في ريف حماة الشمالي أمس الجمعة، ما أدى إلى مقتل ثلاثة مدنيين بحسب ناشطين. "
        + HOSTILE
    )
    shelling = article(
        "report-a",
        "2018-11-10T09:00",
        "Outlet One",
        "قصف على صوران " + HOSTILE,
        shelling_text,
        [
            event(
                "2018-11-09",
                "shelling",
                ["syrian-government"],
                ["civilians"],
                SURAN,
                3,
                "ناشطون",
                [0, 58],
                "أمس الجمعة",
                ["weekday mismatch: 2018-11-09 is a Friday"],
            )
        ],  # fmt: skip
        [
            {
                "text": "أمس الجمعة",
                "span": [49, 59],
                "first": "2018-11-09",
                "last": "2018-11-09",
                "kind": "relative",
                "warnings": [],
                "anchor": "2018-11-10",
            }
        ],  # fmt: skip
    )
    strike_text = "شنت طائرات روسية غارات على بلدة بداما في ريف جسر الشغور، وقتل خمسة أشخاص وفق الدفاع المدني."
    strike = article(
        "report-b",
        "2018-12-20T12:00",
        "Outlet Two",
        "غارات روسية على بداما",
        strike_text,
        [event("2018-12-20", "air_strike", ["russia"], ["civilians"], BADAMA, 5, "الدفاع المدني", [0, 40])],
    )
    for item, text in ((shelling, shelling_text), (strike, strike_text)):
        store.save_article(item["article"]["key"], item["article"]["key"] + "-v1", item, text, force=force)


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "store.sqlite")
    fill(store)
    yield store
    store.close()


def incidents(n: int = 30) -> pd.DataFrame:
    """A hand-made incidents frame: alternating factions, one place per third, tolls 0..n-1."""
    rows = []
    for i in range(n):
        perpetrator = ("hts", "syrian-government", "russia")[i % 3]
        rows.append(
            {
                "incident_id": f"i{i:03d}",
                "first": pd.Timestamp("2018-11-01") + pd.Timedelta(days=i),
                "last": pd.Timestamp("2018-11-01") + pd.Timedelta(days=i + (i % 2)),
                "type": ("shelling", "air_strike")[i % 2],
                "perpetrators": (perpetrator,),
                "targets": ("civilians",) if i % 2 else ("nfl",),
                "actor1": perpetrator,
                "bloc1": "jihadist" if perpetrator == "hts" else "pro-government",
                "place_name": ("Kafr Zita", "Murak", "Jisr al-Shughur")[i % 3],
                "place_name_ar": ("كفرزيتا", "مورك", "جسر الشغور")[i % 3],
                "admin1": "Hama" if i % 3 < 2 else "Idlib",
                "outlets": ("SANA",) if i % 2 else ("SOHR", "Enab Baladi"),
                "killed_low": float(i),
                "killed_best": float(i),
                "killed_high": float(i + 2),
                "wounded_best": float(i % 4) if i % 5 else float("nan"),
                "n_sources": 1 + i % 2,
                "violation": "yes",
                "review_state": "unreviewed",
            }
        )
    return pd.DataFrame(rows)


def test_url_state_round_trip_keeps_every_filter():
    state = ViewState(
        start="2018-09-17",
        end="2018-12-31",
        faction=("hts", "russia"),
        admin1=("Idlib",),
        outlet=("Enab Baladi",),
        zone=True,
        violations=True,
        lang="ar",
        incident="i007",
        figure="map",
    )
    query = to_query(state)
    assert "faction=hts&faction=russia" in query and "lang=ar" in query
    assert from_query(query) == state


def test_url_state_drops_malformed_values():
    state = from_query("?from=yesterday&to=2019-02-30&lang=fr&zone=yes&faction=hts")
    assert (state.start, state.end, state.lang, state.zone, state.faction) == (None, None, "en", False, ("hts",))
    assert to_query(ViewState()) == ""


def test_an_incident_with_no_known_place_says_so_in_the_table():
    """Its place cell was blank beside "Unknown" for the governorate, as if the row had not finished loading."""
    frame = incidents(3)
    frame.loc[frame.index[0], ["place_name", "place_name_ar"]] = [None, ""]
    for lang in LANGUAGES:
        records, _ = table_page(frame, 0, 3, None, None, lang)
        assert records[0]["place"] == t("unknown_place", lang) and records[1]["place"], records
    kept, total = table_page(
        frame, 0, 3, None, {"place": {"filterType": "text", "type": "contains", "filter": "unknown"}}, "en"
    )
    assert total == 1 and kept[0]["id"] == records[0]["id"]


def test_table_page_sorts_filters_and_pages_on_the_server():
    frame = incidents(30)
    records, total = table_page(frame, 10, 20, [{"colId": "killed_best", "sort": "desc"}], {}, "en")
    assert total == 30
    assert [r["killed_best"] for r in records] == [19 - k for k in range(10)]
    assert records[0]["id"] == "i019" and records[0]["who"] == "Syrian government forces → Civilians"
    grid_filter = {
        "place": {"filterType": "text", "type": "contains", "filter": "MURAK"},
        "killed_best": {"filterType": "number", "type": "greaterThanOrEqual", "filter": 10},
    }
    records, total = table_page(frame, 0, 10, [], grid_filter, "en")
    assert total == 7 and {r["place"] for r in records} == {"Murak"}
    arabic, _ = table_page(frame, 0, 5, [{"colId": "dates", "sort": "asc"}], None, "ar")
    assert arabic[0]["place"] == "كفرزيتا" and arabic[1]["dates"] == "\u20662018-11-02 – 2018-11-03\u2069"


def test_grid_filter_model_becomes_clauses_and_ignores_what_the_grid_never_sends():
    model = {
        "type": {"filterType": "text", "type": "equals", "filter": "air strike"},
        "n_sources": {"filterType": "number", "type": "greaterThan", "filter": 1},
        "violation": {"filterType": "text", "type": "notEqual", "filter": "no"},
        "nonsense": {"filterType": "text", "type": "contains", "filter": "x"},
        "place": {"filterType": "text", "type": "regex", "filter": ".*"},
        "admin1": {"filterType": "text", "type": "contains", "filter": ""},
    }
    assert filter_clauses(model) == [("type", "=", "air strike"), ("n_sources", ">", "1"), ("violation", "!=", "no")]


def test_not_equal_filter_keeps_only_rows_matching_neither_label_nor_code():
    frame = incidents(30)
    kept, total = table_page(
        frame, 0, 30, [], {"type": {"filterType": "text", "type": "notEqual", "filter": "shelling"}}, "en"
    )
    assert total == len(frame[frame["type"] != "shelling"]) and all(r["type"] != "shelling" for r in kept)


def data_url(payload: bytes) -> str:
    return "data:text/plain;base64," + base64.b64encode(payload).decode()


def test_upload_saves_under_generated_name_and_never_trusts_the_client_path(tmp_path):
    seen = []

    def ingest(name, path, lang):
        seen.append(path)
        return upload.UploadResult(name, True, f"ok {name}")

    results = upload.handle_uploads(
        [data_url(b"report one"), data_url(b"x"), "data:;base64,@@@", data_url(b"y" * 10)],
        ["../../etc/passwd.txt", "photo.exe", "broken.txt", "C:\\Users\\me\\notes.md"],
        "en",
        ingest,
        tmp_path,
    )
    assert [r.ok for r in results] == [True, False, False, True]
    assert "type not accepted (.exe)" in results[1].message
    assert "could not be decoded" in results[2].message
    assert all(p.parent == tmp_path for p in seen)
    assert seen[0].name.endswith("-passwd.txt") and seen[1].name.endswith("-notes.md")
    assert seen[0].read_bytes() == b"report one"


def test_upload_refuses_files_over_the_limit():
    with pytest.raises(upload.UploadRejected, match="too large"):
        upload.decode(data_url(b"z" * 3000), "big.txt", "en", max_mb=0.001)


def test_review_changes_validate_and_keep_only_what_changed():
    incident = {"incident_id": "i001", "first": "2018-11-02", "last": "2018-11-02", "perpetrators": ("hts",),
                "targets": (), "place_name": "Murak", "killed_low": 1.0, "killed_best": 2.0, "killed_high": 3.0}  # fmt: skip
    values = {"first": "2018-11-01", "last": "2018-11-02", "perpetrators": ["hts"], "targets": ["nfl"],
              "place_name": "Murak", "killed_low": 1, "killed_best": 2, "killed_high": 5}  # fmt: skip
    assert review.review_changes("correct", values, incident) == {
        "first": "2018-11-01",
        "targets": ["nfl"],
        "killed_high": 5.0,
    }
    with pytest.raises(review.ReviewInvalid, match="before first day"):
        review.review_changes("correct", {**values, "last": "2018-10-01"}, incident)
    with pytest.raises(review.ReviewInvalid, match="ordered"):
        review.review_changes("correct", {**values, "killed_best": 9}, incident)
    assert review.review_changes("merge", {"merge": ["i002"], "merge_ids": "i003, i002"}, incident) == {
        "with": ["i002", "i003"]
    }
    assert review.review_changes("split", {"split": ["a#e1"]}, incident) == {"reports": ["a#e1"]}
    assert review.review_changes("confirm", values, incident) == {}


def test_report_text_is_kept_as_text_and_evidence_is_marked():
    text = (
        "قصفت المدفعية أطراف بلدة مورك في ريف حماة الشمالي صباح اليوم، وأفاد ناشطون بسقوط جرحى بين المدنيين "
        '<script>alert(1)</script> <img src=x onerror="alert(2)">'
    )
    parts = highlighted(text, [(0, 3), (2, 10)])
    assert isinstance(parts[0], html.Mark) and parts[0].children == text[:10]
    assert parts[1] == text[10:]
    detail = {
        "incident": {"first": "2018-11-02", "type": "shelling", "perpetrators": ["syrian-government"]},
        "agreement": {"name": "Sochi", "violation": "yes", "reason": "shelling inside the zone"},
        "claims": [],
        "reports": [{"report": "a#e1", "title": "<b>title</b>", "text": text, "evidence": [], "dates": []}],
    }
    report = detail_view(detail, "i1", "en")[-1]
    body = report.children[-1]
    shown = text.replace("<script>alert(1)</script>", "").replace('<img src=x onerror="alert(2)">', "")
    assert body.dir == "rtl" and body.children == [shown]  # markup hidden from the reader, nothing run
    assert report.children[0].children == "<b>title</b>"


def test_report_markup_is_hidden_in_the_detail_panel_with_the_stored_text_and_offsets_kept():
    """A scraped investigation's text carries embedded players, images and Markdown links: the panel used to
    show them raw. Hidden for display; the evidence offsets still point into the stored text."""
    text = (
        "## What the videos show\n\n"
        "Rockets fell on [the grain silos](https://example.org/silos) near the ring road on **Monday**.\n\n"
        '<iframe allowfullscreen="" src="https://video.example/embed/abc" width="560"></iframe>\n\n'
        "![crater_photo](../../assets/crater.png)\n\n"
        "> A witness counted four impacts of type X-9\\.\n"
    )
    start, end = text.index("grain silos"), text.index("Monday") + len("Monday")
    parts = highlighted(text, [(start, end)], markup_spans(text))
    assert [(type(part).__name__, getattr(part, "children", part)) for part in parts] == [
        ("str", "What the videos show\n\nRockets fell on the "),
        ("Mark", "grain silos near the ring road on Monday"),
        ("str", ".\n\nA witness counted four impacts of type X-9.\n"),
    ]
    report = {"report": "r#e1", "title": "Silos", "text": text, "evidence": [{"start": start, "end": end}]}
    body = report_block(report, [], "en").children[-1]
    shown = "".join(getattr(part, "children", part) for part in body.children)
    assert "iframe" not in shown and "](" not in shown and "**" not in shown and "assets" not in shown
    assert report["text"].count("<iframe") == 1  # the stored text is left as it was
    plain = "Prices rose 3 < 4 [sic] (again) while x*y and a_b stayed."
    assert highlighted(plain, [], markup_spans(plain)) == [plain]  # no markup: nothing hidden


def test_click_on_a_weekly_bar_selects_that_faction_and_week():
    frame = incidents(30)
    rows = frame.assign(faction=frame["actor1"], bloc=frame["bloc1"])
    click = {"points": [{"x": "2018-11-05", "customdata": "hts"}]}
    selection = figures.selection_from_click("over_time", click)
    chosen = figures.apply_selection(frame, rows, selection)
    assert list(chosen["incident_id"]) == ["i006", "i009"]
    place = figures.apply_selection(
        frame, rows, figures.selection_from_click("map", {"points": [{"customdata": ["Murak", 3, 4]}]})
    )
    assert set(place["place_name"]) == {"Murak"} and len(place) == 10


def test_every_interface_string_exists_in_both_languages():
    for lang in LANGUAGES:
        assert t("sample_banner", lang) and t("zone_note", lang)
    assert t("summary", "ar", n="3 حوادث", k="4 قتلى", w="جريح واحد", s="5 تقارير").startswith("3 حوادث، 4 قتلى وجريح")


def test_filter_change_callbacks_over_a_real_store(store):
    data = DashboardData(store)
    view, summary, figure = view_outputs(data, ViewState(faction=("syrian-government",), lang="ar"), "killed")
    assert summary.startswith("حادثة واحدة،") and view["faction"] == ("syrian-government",)
    assert list(figure.data[0].customdata) == ["syrian-government"]
    response = table_outputs(data, view, None, {"startRow": 0, "endRow": 25})
    assert [r["place"] for r in response["rowData"]] == ["صوران"] and response["rowCount"] == 1
    response = table_outputs(data, {}, {"kind": "faction", "faction": "russia"}, {"startRow": 0, "endRow": 25})
    assert [r["place"] for r in response["rowData"]] == ["Badama"]
    note, style = selection_note({"kind": "faction", "faction": "russia"}, "en")
    assert "Russia" in note and style == {"display": "block"}
    assert selection_note(None, "ar") == ("", {"display": "none"})


def test_an_empty_view_says_what_each_filter_in_use_would_let_through_lifted(store):
    """Russia struck in Idlib, the government shelled in Hama: Russia in Hama is empty, and the summary says that
    without the faction (or the governorate) one incident would show, so the analyst sees why."""
    data = DashboardData(store)
    state = ViewState(faction=("russia",), admin1=("Hama",), start="2018-11-01")
    _view, summary, _figure = view_outputs(data, state, "over_time")
    summary_line, note = summary
    assert summary_line.startswith("0 incidents") and note.id == "empty-view-note"
    assert note.children == (
        "No incident passes all these filters at once. With one of them lifted, the others kept: "
        "without “Period” 0 incidents; without “Factions (perpetrators)” 1 incident; without “Governorate” 1 incident."
    )
    _view, summary, _figure = view_outputs(data, state.replace(lang="ar"), "over_time")
    assert "بدون «المحافظة» حادثة واحدة" in summary[1].children
    _view, summary, _figure = view_outputs(data, ViewState(faction=("russia",)), "over_time")
    assert isinstance(summary, str)  # a view with incidents has its counts alone


def test_an_empty_view_of_a_period_that_starts_after_it_ends_says_so(store):
    """?from=2018-11-30&to=2018-11-01 (a hand-typed link) showed 0 incidents and "without “Period” 2 incidents"."""
    data = DashboardData(store)
    state = ViewState(start="2018-11-30", end="2018-11-01")
    _view, (_counts, note), _figure = view_outputs(data, state, "over_time")
    assert note.children == "The period starts (2018-11-30) after it ends (2018-11-01): no day is in it."
    _view, (_counts, note), _figure = view_outputs(data, state.replace(lang="ar"), "over_time")
    assert note.children.startswith("تبدأ الفترة (2018-11-30) بعد أن تنتهي (2018-11-01)")


def test_review_state_and_outlet_filters_over_a_real_store(store):
    data = DashboardData(store)
    snapshot = data.snapshot()
    rejected = snapshot.incidents["incident_id"].iloc[0]
    store.save_review(rejected, "reject", note="a duplicate")
    incidents, _view = data.view(ViewState())
    assert rejected not in set(incidents["incident_id"]) and len(incidents) == len(snapshot.incidents) - 1
    incidents, view = data.view(ViewState(review=("rejected",)))
    assert list(incidents["incident_id"]) == [rejected] and view.filters.review_states == ("rejected",)
    assert view.sources.incidents == 1 and set(view.rows["incident_id"]) == {rejected}
    outlets = data.snapshot().values["outlet"]
    assert outlets
    for outlet in outlets:
        incidents, view = data.view(ViewState(outlet=(outlet,), review=("unreviewed", "rejected")))
        expected = {
            i
            for i, named in zip(snapshot.incidents["incident_id"], snapshot.incidents["outlets"], strict=True)
            if outlet in named
        }
        assert set(incidents["incident_id"]) == expected and view.sources.outlets >= 1


def test_csv_download_has_acled_columns_for_the_view(store):
    data = DashboardData(store)
    text = downloads.csv_bytes(data, ViewState(faction=("russia",))).decode("utf-8")
    header, *rows = text.strip().splitlines()
    assert header.startswith("event_id_cnty,event_date") and "fatalities" in header
    assert len(rows) == 1 and "Badama" in rows[0]
    store.save_review(data.snapshot().incidents["incident_id"].iloc[0], "confirm", note="seen")
    assert "confirm" in downloads.reviews_bytes(data).decode("utf-8")


@pytest.mark.skipif(not shutil.which("chromium"), reason="the briefing's PNG figures need Chromium (kaleido)")
def test_a_review_from_the_dashboard_records_who_made_it_and_the_history_names_them(store):
    """Several analysts share a store: the name typed once in the form (kept by the browser) goes with each
    review, and the incident's history says who did what, as the store's own reviews do."""
    field = _component(review.form({}, [], [], "en"), "review-analyst")
    assert (field.persistence, field.persistence_type, field.value) == (True, "local", "")
    data = DashboardData(store)
    incident_id = data.snapshot().incidents.set_index("place_name").at["Badama", "incident_id"]
    message = save_review(data, incident_id, "confirm", {}, "checked against the wire", "en", "  Rania ")
    assert message.children == "Review saved."
    assert store.reviews_frame()["analyst"].tolist()[-1] == "Rania"
    history = review.history(data.detail(incident_id)["reviews"], "ar")
    assert " · تأكيد بواسطة Rania" in json.dumps(history.to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False)
    save_review(data, incident_id, "confirm", {}, "", "en")  # no name given: none recorded, none shown
    assert store.reviews_frame()["analyst"].isna().tolist()[-2:] == [False, True]


def test_briefing_download_covers_the_view(store):
    content, name = downloads.briefing_file(DashboardData(store), ViewState(faction=("russia",), lang="ar"))
    page = content.decode("utf-8")
    assert name.endswith("_ar.html") and 'dir="rtl"' in page
    assert "بداما" in page and "صوران" not in page


def test_a_review_saved_from_the_dashboard_survives_re_ingest(store):
    data = DashboardData(store)
    incident_id = data.snapshot().incidents.set_index("place_name").at["Badama", "incident_id"]
    values = {"first": "2018-12-19", "last": "2018-12-20", "perpetrators": ["russia"], "targets": ["civilians"],
              "place_name": "Badama", "killed_low": 5, "killed_best": 5, "killed_high": 5}  # fmt: skip
    message = save_review(data, incident_id, "correct", values, "the strike began the evening before", "en")
    assert message.children == "Review saved."
    bad = save_review(data, incident_id, "correct", {**values, "last": "2018-12-01"}, "", "en")
    assert "before first day" in bad.children and bad.className == "error"
    fill(store, force=True)  # the same reports ingested again
    row = data.snapshot().incidents.set_index("incident_id").loc[incident_id]
    assert (row["review_state"], str(row["first"].date())) == ("corrected", "2018-12-19")


def test_quick_picks_end_at_the_last_day_of_the_data(store):
    frame = DashboardData(store).snapshot().incidents
    assert quick_pick_range("last7", frame) == ("2018-12-14", "2018-12-20")
    assert quick_pick_range("since_agreement", frame) == ("2018-09-17", None)
    assert quick_pick_range("phase:sochi-2018:1", frame) == ("2018-10-10", "2018-10-14")
    assert quick_pick_range("all_dates", frame) == (None, None)


def test_the_server_binds_to_this_machine_without_debug_unless_asked():
    from app import parse_args

    args = parse_args([])
    assert (args.host, args.port, args.debug, args.db) == ("127.0.0.1", 8050, False, None)
    assert parse_args(["--host", "0.0.0.0", "--db", "x.sqlite"]).host == "0.0.0.0"


def test_the_invented_sample_goes_only_into_the_default_store():
    """app.py --db team.sqlite (or TIMELINE_DB) on a new, empty store filled it with the sample's invented incidents."""
    from app import parse_args, sample_wanted

    assert sample_wanted(parse_args([]), {})
    assert not sample_wanted(parse_args(["--db", "/srv/team/store.sqlite"]), {})
    assert not sample_wanted(parse_args([]), {"TIMELINE_DB": "postgresql://analyst@dbhost/timeline"})
    assert not sample_wanted(parse_args(["--no-sample"]), {})


def test_a_sidecar_is_saved_beside_its_report_and_refused_alone(tmp_path):
    ingested = []

    def ingest(name, path, lang):
        ingested.append(path)
        return upload.UploadResult(name, True, f"ok {name}")

    meta = data_url(b'{"published": "2018-11-10", "source": "Outlet One"}')
    results = upload.handle_uploads(
        [meta, data_url(b"report text"), meta],
        ["scan 7.meta.json", "scan 7.txt", "other.meta.json"],
        "en",
        ingest,
        tmp_path,
    )
    assert [r.ok for r in results] == [True, True, False]
    assert "same upload as its report" in results[2].message
    assert [p.name for p in ingested] == [sorted(tmp_path.glob("*.txt"))[0].name]
    assert (tmp_path / (ingested[0].stem + ".meta.json")).exists()


def test_claims_table_names_the_outlet_when_no_source_is_named():
    table = claims_table(
        [{"source": None, "outlet": "Outlet X", "killed": 3.0}, {"source": "medics", "outlet": "Y"}], "en"
    )
    rows = table.children[1].children
    assert [row.children[0].children for row in rows] == ["Outlet X", "medics"]
    assert rows[0].children[2].children == "3"
    thousands = claims_table([{"source": "medics", "outlet": "Y", "killed": 1200.0, "wounded": 3}], "en")
    assert [cell.children for cell in thousands.children[1].children[0].children[2:5]] == ["1,200", "3", ""]


def test_the_reports_to_split_off_name_their_outlet_in_the_forms_language_with_no_dangling_separator():
    reports = [{"outlet": "سكاي نيوز عربية", "title": "Strikes on a town", "report": "a.txt::a#e1"},
               {"outlet": None, "title": None, "report": "b.txt::b#e1"}]  # fmt: skip
    english = [_label_parts(o["label"]) for o in _component(review.form({}, reports, [], "en"), "review-split").options]
    assert english == [["Sky News Arabia", " · ", "Strikes on a town"], ["b.txt::b#e1"]]
    arabic = [_label_parts(o["label"]) for o in _component(review.form({}, reports, [], "ar"), "review-split").options]
    assert arabic[0] == ["سكاي نيوز عربية", " · ", "Strikes on a town"]


def _label_parts(label) -> list[str]:
    """A split option's label as its parts; the outlet and the title each in a ``bdi`` of their own."""
    return [part if isinstance(part, str) else part.children for part in label.children]


def test_a_report_title_to_split_off_keeps_its_own_direction_in_the_other_languages_form():
    """An Arabic title with a Latin name in it was laid out with the English form's words around it, and read
    scrambled; each part is now isolated, so the bidi algorithm orders it on its own."""
    reports = [{"outlet": "CNN Arabic", "title": "غارات على بلدة وناشط لـCNN: الحصيلة ترتفع", "report": "c.txt::c#e1"}]
    label = _component(review.form({}, reports, [], "en"), "review-split").options[0]["label"]
    isolated = [part for part in label.children if not isinstance(part, str)]
    assert [type(part).__name__ for part in isolated] == ["Bdi", "Bdi"]
    assert isolated[1].children == reports[0]["title"]


def test_a_reports_address_and_publication_time_read_as_people_write_them():
    report = {"report": "r1", "outlet": "Outlet X", "published": "2018-10-19T20:52:00", "article": "k1",
              "url": "https://news.example/%D8%BA%D8%A7%D8%B1%D8%A9-1", "text": "نص التقرير", "evidence": []}  # fmt: skip
    block = json.dumps(report_block(report, [], "en").to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False)
    assert "https://news.example/غارة-1" in block and "%D8" not in block
    assert "2018-10-19 20:52" in block and "2018-10-19T20" not in block
    table = claims_table([{"source": "medics", "outlet": "Y", "killed": 3.0, "published": "2018-10-19T20:52:00"}], "en")
    assert table.children[1].children[0].children[7].children == "2018-10-19 20:52"


def test_date_anchors_read_in_arabic_with_numbers_kept_left_to_right():
    assert anchor_text("night from the evening day", "ar") == "ليلة تبدأ مساء اليوم المذكور"
    assert (
        anchor_text("publication day 2018-08-25 -1 day(s)", "ar") == "يوم واحد قبل يوم النشر (\u20662018-08-25\u2069)"
    )
    assert anchor_text("printed year; an unknown note", "ar") == "السنة المطبوعة؛ \u2066an unknown note\u2069"
    assert date_kind("relative", "ar") == "نسبي"


def test_the_engines_shorthand_date_notes_read_as_an_analysts_english():
    """ "ليل الخميس - الجمعة" was explained in the English detail as "anchored to: night from the evening day", the
    engine's own wording, while the Arabic detail gave a sentence."""
    assert anchor_text("night from the evening day", "en") == "the night that begins on the evening of the day named"
    assert anchor_text("span of the named weekdays", "en") == "the days from the first weekday named to the second"
    assert anchor_text("latest such weekday before the publication day; weekday does not match date", "en") == (
        "the weekday named, the last before the publication day; weekday does not match date"
    )
    assert anchor_text("year 2018 from the publication day 2018-11-03", "en") == (
        "the year 2018, taken from the publication day (2018-11-03)"
    )
    assert anchor_text("publication day 2018-08-25 -1 day(s)", "en") == "1 day before the publication day (2018-08-25)"


def test_date_anchor_table_rows_compile_and_fill_their_placeholders():
    import re

    for pattern, templates in _anchor_patterns():
        for lang, template in templates.items():
            assert set(re.findall(r"\{(\w+)\}", template)) == set(pattern.groupindex), pattern.pattern
            assert bool(re.search("[\u0600-\u06ff]", template)) == (lang == "ar"), template


def test_the_filter_callback_confirms_the_view_the_page_was_built_with(store):
    """The grid is only refreshed when the view changes: the page's first view must equal the one the
    filter callback sends back for the same URL, or every page load would fetch the rows twice."""
    data = DashboardData(store)
    for query in ("", "?lang=ar&faction=russia&zone=1&from=2018-11-01", "?outlet=Outlet+One&type=shelling"):
        state = from_query(query)
        controls = {key: list(getattr(state, key)) for key in CONTROL_IDS}
        flags = [flag for flag in ("zone", "violations") if getattr(state, flag)]
        again = state_from_controls(state.start, state.end, flags, controls, state.lang)
        view, _summary, _figure = view_outputs(data, again, "killed")
        assert view == {**state.filter_dict(), "lang": state.lang}


def test_arabic_detail_has_no_english_agreement_words_and_no_bare_no():
    detail = {
        "incident": {"first": "2018-10-12", "last": "2018-10-13", "type": "shelling", "perpetrators": ["russia"]},
        "agreement": {"id": "sochi-2018", "name": "Sochi memorandum (Idlib demilitarized zone)",
                      "name_ar": "مذكرة سوتشي", "signed": "2018-09-17", "in_zone": False, "days_since": 25,
                      "phase": "heavy weapons due out of the zone", "violation": "outside",
                      "reason": "shelling outside the approximated zone", "reason_ar": "قصف خارج المنطقة التقريبية",
                      "zone_note": "The official lines were never published."},
        "claims": [],
        "reports": [],
    }  # fmt: skip
    text = json.dumps(
        html.Div(detail_view(detail, "i1", "ar")).to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False
    )
    assert "موعد سحب الأسلحة الثقيلة من المنطقة" in text and "قصف خارج المنطقة التقريبية" in text
    assert "لم تُنشر الخطوط الرسمية" in text  # the zone note from agreements.yaml, in Arabic
    for english in ("heavy weapons", "Sochi memorandum (", "outside the approximated zone", "never published"):
        assert english not in text
    assert '"لا"' not in text and '"no"' not in text


def test_a_restarted_dashboard_loads_its_snapshot_from_disk_while_the_store_is_unchanged(store, monkeypatch):
    first = DashboardData(store)
    built = first.snapshot()
    first.saving.join()
    assert os.path.exists(first.snapshot_file.path)

    def no_read():
        raise AssertionError("the incidents were read again although the store did not change")

    restarted = DashboardData(store)
    monkeypatch.setattr(store, "incidents_frame", no_read)
    loaded = restarted.snapshot()
    assert restarted.saving is None and loaded.revision == built.revision
    pd.testing.assert_frame_equal(loaded.incidents, built.incidents)
    pd.testing.assert_frame_equal(loaded.rows, built.rows)
    assert loaded.values == built.values
    assert view_outputs(restarted, ViewState(), "killed")[1] == view_outputs(first, ViewState(), "killed")[1]


def test_a_snapshot_file_from_before_a_write_is_never_served(store):
    first = DashboardData(store)
    rejected = first.snapshot().incidents["incident_id"].iloc[0]
    first.saving.join()
    store.save_review(rejected, "reject", note="a duplicate")  # bumps the revision: the file is stale now
    restarted = DashboardData(store)
    reviewed = restarted.snapshot()
    assert reviewed.incidents.set_index("incident_id").loc[rejected, "review_state"] == "rejected"
    restarted.saving.join()
    fill(store, force=True)  # a re-ingest: the revision moves on again
    assert DashboardData(store).snapshot().revision == store.revision() > reviewed.revision


def test_a_snapshot_file_of_another_store_at_the_same_revision_is_not_served(tmp_path):
    path = tmp_path / "store.sqlite"
    store = Store(path)
    fill(store)
    data = DashboardData(store)
    data.snapshot()
    data.saving.join()
    store.close()
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"store.sqlite{suffix}").unlink(missing_ok=True)
    other = Store(path)  # recreated with one report fewer: maybe the same revision, never the same count
    other.save_article("solo", "solo-v1", {"article": {"key": "solo", "source": "Outlet Three",
                       "published": "2019-01-02"}, "dates": [], "events": []}, "no events here")  # fmt: skip
    assert len(DashboardData(other).snapshot().incidents) == other.incident_count() == 0
    other.close()


def test_an_unreadable_snapshot_file_is_rebuilt_from_the_store(store, caplog):
    data = DashboardData(store)
    expected = len(data.snapshot().incidents)
    data.saving.join()
    with open(data.snapshot_file.path, "wb") as handle:
        handle.write(b"not a snapshot")
    assert len(DashboardData(store).snapshot().incidents) == expected
    assert "unreadable dashboard snapshot" in caplog.text


def test_the_pager_buttons_labels_are_translated():
    """AG Grid names its pager buttons by its own keys (nextPage, ...); a key it never looks up ("next") leaves
    the English label on the Arabic pager."""
    import re
    from pathlib import Path

    import dash_ag_grid

    from timeline.dashboard.table import GRID_TEXT_KEYS

    bundle = (Path(dash_ag_grid.__file__).parent / "dash_ag_grid.min.js").read_text(encoding="utf-8")
    pager = set(re.findall(r'ag-paging-button",role:"button",attrs:\{"aria-label":\w+\("(\w+)"', bundle))
    assert len(pager) == 4 and pager <= set(GRID_TEXT_KEYS)


def test_detail_says_when_no_report_gives_a_figure_instead_of_an_empty_table():
    assert claims_table([], "en").children == "No report gives a casualty figure for this incident."
    assert claims_table([], "ar").children.startswith("لا يذكر أي تقرير")


def test_report_heading_isolates_an_arabic_outlet_from_its_publication_time():
    detail = {
        "incident": {"first": "2020-03-06", "type": "shelling"},
        "agreement": {},
        "claims": [],
        "reports": [{"report": "a#e1", "article": "029", "outlet": "وكالة مثال", "text": "نص",
                     "published": "2020-03-06T10:15:00+00:00", "evidence": [], "dates": []}],
    }  # fmt: skip
    meta = detail_view(detail, "i1", "en")[-1].children[1].children
    assert [getattr(part, "children", part) for part in meta] == ["وكالة مثال", " · ", "2020-03-06 10:15"]
    assert all(isinstance(part, html.Bdi) for part in meta[::2]) and meta[2].dir == "ltr"


def test_a_reports_stored_key_is_shown_only_when_nothing_else_names_it():
    report = {"report": "a#e1", "article": "029", "text": "text", "evidence": [], "title": "Shelling on a village"}
    assert [getattr(part, "children", part) for part in report_block(report, [], "en").children[1].children] == ["029"]
    named = report_block({**report, "outlet": "Example Wire"}, [], "en").children[1].children
    assert "029" not in json.dumps(html.P(named).to_plotly_json(), cls=PlotlyJSONEncoder)
    untitled = report_block({**report, "title": None, "outlet": "Example Wire"}, [], "en")
    assert untitled.children[0].children == "029" and untitled.children[1].children[0].children == "Example Wire"


def test_the_detail_is_headed_by_day_type_and_place_with_the_id_small_after_them():
    detail = {"incident": {"first": "2020-03-06", "last": "2020-03-06", "type": "shelling", "place_name": "Kafr Example",
                           "place_name_ar": "كفر مثال", "perpetrators": ["russia"], "targets": ["civilians"]},
              "agreement": {}, "claims": [], "reports": []}  # fmt: skip
    for lang, place in (("en", "Kafr Example"), ("ar", "كفر مثال")):
        panel = detail_view(detail, "inc-0123abcd", lang)
        title, who = panel[0], panel[1]
        assert isinstance(title, html.H2) and title.children[0].children == "2020-03-06"
        assert title.children[1] == f" · {code_label('type', 'shelling', lang)} · {place} "
        assert isinstance(title.children[2], html.Small) and title.children[2].children == "inc-0123abcd"
        assert who.children == {"en": "Russia → Civilians", "ar": "روسيا ← مدنيون"}[lang]


def test_arabic_faction_lists_use_the_arabic_comma():
    from timeline.dashboard.labels import who_text

    assert who_text(["russia", "syrian-government"], ["civilians"], "ar") == "روسيا، قوات الحكومة السورية ← مدنيون"
    assert (
        who_text(["russia", "syrian-government"], [], "en") == "Russia, Syrian government forces → Unknown"
    )  # as the faction table names an unknown side


def test_an_upload_with_one_bad_row_says_which_row_and_that_the_others_were_stored(tmp_path):
    from timeline.dashboard.upload import ingest_upload

    store = Store(tmp_path / "store.sqlite")
    feed = tmp_path / "upload-1.csv"  # the generated name the upload is saved under
    feed.write_text(
        "id,url,source,published,title,text\n"
        "1,http://example.org/1,Outlet,2019-05-01,One,Artillery shelled a village on Tuesday.\n"
        "2,http://example.org/2,Outlet,2019-05-02,Two,\n",
        encoding="utf-8",
    )
    result = ingest_upload(store, "feed.csv", feed, "en")
    assert not result.ok
    assert result.message == "feed.csv: 1 report read, 0 incidents now in the store; not read: row 2: row has no text"
    arabic = ingest_upload(store, "feed.csv", feed, "ar").message
    assert "upload-1" not in arabic and arabic.startswith("feed.csv: قُرئ تقرير واحد، وفي المخزن الآن 0 حادثة؛")
    store.close()


def test_an_upload_with_no_publication_date_says_its_relative_dates_are_unresolved(tmp_path):
    from timeline.dashboard.upload import ingest_upload

    store = Store(tmp_path / "store.sqlite")
    report = tmp_path / "upload-4.txt"
    report.write_text("Mortar rounds landed on a market in a village of Idlib on Sunday.\n", encoding="utf-8")
    result = ingest_upload(store, "no stamp.txt", report, "en")
    assert result.ok and result.message.startswith("no stamp.txt: 1 report read, ")
    assert result.message.endswith("; 1 report with no publication date found: the relative dates in them are left "
                                   'unresolved (upload the file again with a .meta.json giving "published")')  # fmt: skip
    arabic = ingest_upload(store, "no stamp.txt", report, "ar").message
    assert "؛ تقرير واحد بلا تاريخ نشر: تبقى التواريخ النسبية فيها دون تحديد" in arabic
    dated = tmp_path / "upload-5.csv"
    dated.write_text("id,url,source,published,title,text\n1,,Outlet,2019-05-01,One,Jets struck a market.\n")
    assert "publication date" not in ingest_upload(store, "feed.csv", dated, "en").message
    store.close()


def test_the_arabic_upload_panel_says_why_a_file_or_row_was_not_read_in_arabic(tmp_path):
    from timeline.dashboard.upload import ingest_upload

    store = Store(tmp_path / "store.sqlite")
    feed = tmp_path / "upload-2.csv"
    feed.write_text(
        "id,url,source,published,title,text\n"
        "1,http://example.org/1,Outlet,2019-05-01,One,Artillery shelled a village on Tuesday.\n"
        "2,http://example.org/2,Outlet,2019-05-02,Two,\n"
        "3,http://example.org/3,Outlet,2091-05-02,Three,Jets struck a market on Friday.\n",
        encoding="utf-8",
    )
    message = ingest_upload(store, "feed.csv", feed, "ar").message
    assert "الصف 2: الصف بلا نص؛ الصف 3: تاريخ النشر 2091-05-02 خارج السنوات المقبولة" in message
    assert "row has no text" not in message and "outside" not in message
    empty = tmp_path / "upload-3.txt"
    empty.write_bytes(b"\n")
    assert ingest_upload(store, "empty.txt", empty, "ar").message == "empty.txt: ملف فارغ"
    assert ingest_upload(store, "empty.txt", empty, "en").message == "empty.txt: empty file"
    store.close()


def _component(tree, component_id):
    """The component with ``component_id`` in a Dash layout tree."""
    if getattr(tree, "id", None) == component_id:
        return tree
    children = getattr(tree, "children", None)
    for child in children if isinstance(children, (list, tuple)) else [children]:
        if child is not None and not isinstance(child, (str, int, float)):
            found = _component(child, component_id)
            if found is not None:
                return found
    return None


def test_the_arabic_review_form_shows_the_arabic_place_and_a_place_typed_moves_the_incident(store):
    data = DashboardData(store)
    incident_id = data.snapshot().incidents.set_index("place_name").at["Badama", "incident_id"]
    detail = data.detail(incident_id)
    incident = detail["incident"]
    assert _component(review.form(incident, detail["reports"], [], "ar"), "review-place").value == "بداما"
    assert _component(review.form(incident, detail["reports"], [], "en"), "review-place").value == "Badama"
    values = {"first": "", "last": "", "perpetrators": list(incident["perpetrators"]),
              "targets": list(incident["targets"]), "place_name": "بداما"}  # fmt: skip
    assert review.review_changes("correct", values, incident, "ar") == {}  # the name shown, sent back: no change
    message = save_review(data, incident_id, "correct", {**values, "place_name": "سراقب"}, "", "ar")
    assert message.children == "حُفظت المراجعة."
    row = data.snapshot().incidents.set_index("incident_id").loc[incident_id]
    assert (row["place_name"], row["place_name_ar"], row["admin1"]) == ("Saraqib", "سراقب", "Idlib")
    assert round(float(row["lat"]), 2) == 35.86


def test_a_link_value_the_filters_cannot_hold_is_named_instead_of_widening_the_view(store):
    """?faction=xyz was dropped by its dropdown and the view widened to everything without a word; ?admin2=Ariha, a
    district with no incident in the store, too, so the view showed every district instead of none."""
    data = DashboardData(store)
    page = page_for(data, "?faction=xyz&faction=HTS&admin2=Ariha")
    assert _component(page, "f-faction").value == ["hts"]  # a name the command line reads, as it reads it
    districts = _component(page, "f-admin2")
    assert districts.value == ["Ariha"] and "Ariha" in [option["value"] for option in districts.options]
    note = _component(page, "link-note").children
    assert "Not understood in this link" in note and "“Factions (perpetrators)” 'xyz'" in note, note
    arabic = _component(page_for(data, "?lang=ar&faction=hst&review=cofirmed"), "link-note").children
    assert "'hst' (هل المقصود هيئة تحرير الشام؟)" in arabic and "'cofirmed'" in arabic, arabic
    assert _component(page_for(data, "?faction=hts&admin2=Idleb"), "link-note") is None


def test_a_corrected_place_the_gazetteer_lacks_keeps_no_location_of_the_place_it_replaced(store):
    """Corrected to a farm the gazetteer lacks, the incident kept Badama's coordinates, sub-district and zone verdict
    under the farm's name; the reason and the export now say the place is not located, unless the analyst gives it."""
    from timeline.export import acled_rows

    data = DashboardData(store)
    incident_id = data.snapshot().incidents.set_index("place_name").at["Badama", "incident_id"]
    incident = data.detail(incident_id)["incident"]
    values = {"first": "", "last": "", "perpetrators": list(incident["perpetrators"]),
              "targets": list(incident["targets"]), "place_name": "Green Valley Farm"}  # fmt: skip
    assert save_review(data, incident_id, "correct", values, "", "en").children == "Review saved."
    frame = store.incidents_frame()
    row = frame.set_index("incident_id").loc[incident_id]
    assert pd.isna(row["lat"]) and pd.isna(row["lon"]) and pd.isna(row["pcode"]) and pd.isna(row["admin1"])
    assert row["in_zone"] is None and row["violation"] != "yes"
    assert "Green Valley Farm, a place the gazetteer lacks" in row["violation_reason"]
    assert "مكان لا يعرفه المعجم الجغرافي" in row["violation_reason_ar"]
    (record,) = acled_rows(frame[frame["incident_id"] == incident_id])
    assert record["latitude"] is None and record["admin1"] == "" and "a place the gazetteer lacks" in record["notes"]
    store.save_review(incident_id, "correct", {"lat": 35.9, "lon": 36.6, "admin1": "Idlib"}, "", "analyst")
    row = store.incidents_frame().set_index("incident_id").loc[incident_id]
    assert (row["place_name"], row["lat"], row["admin1"]) == ("Green Valley Farm", 35.9, "Idlib")


def test_a_place_the_gazetteer_lacks_is_kept_as_typed_as_its_name_in_both_languages():
    """Typed in the Arabic panel, the name was the Arabic one only: the English table, events and export went on
    naming the place it replaced (Badama), so one incident stood at two places depending on the language."""
    incident = {
        "incident_id": "i1",
        "perpetrators": (),
        "targets": (),
        "place_name": "Badama",
        "place_name_ar": "بداما",
    }
    values = {"perpetrators": [], "targets": [], "place_name": "مزرعة الوادي الأخضر"}
    assert review.review_changes("correct", values, incident, "ar") == {
        "place_name": "مزرعة الوادي الأخضر",
        "place_name_ar": "مزرعة الوادي الأخضر",
    }
    assert review.review_changes("correct", {**values, "place_name": "Green Valley Farm"}, incident, "en") == {
        "place_name": "Green Valley Farm",
        "place_name_ar": "Green Valley Farm",
    }


def test_the_arabic_review_panel_says_why_a_review_is_refused_in_arabic():
    incident = {"incident_id": "i1", "first": "2018-11-02", "last": "2018-11-02", "perpetrators": (), "targets": ()}
    for action, values, expected in (
        ("correct", {"last": "2018-10-01"}, "اليوم الأخير 2018-10-01 قبل اليوم الأول 2018-11-02"),
        ("correct", {"first": "2 Nov"}, "اليوم الأول: '2 Nov' ليس تاريخاً (YYYY-MM-DD)"),
        ("correct", {"killed_low": 5, "killed_best": 2}, "يجب أن تكون أرقام القتلى ≥ 0 ومرتبة"),
        ("merge", {"merge_ids": "i1"}, "لا تُدمج الحادثة مع نفسها"),
        ("merge", {"merge": [], "merge_ids": " "}, "اختر الحادثة التي تُدمج معها"),
        ("split", {}, "اختر التقارير التي تُفصل"),
    ):
        with pytest.raises(review.ReviewInvalid, match=re.escape(expected)):
            review.review_changes(action, values, incident, "ar")


def test_the_browser_sends_every_file_so_a_wrong_type_or_size_gets_its_message():
    # the browser drops a file its accept list or max_size refuses without calling back (plotly/dash#2638)
    (control,) = [c for c in upload.panel("ar").children if getattr(c, "id", None) == "upload"]
    assert getattr(control, "accept", None) is None
    assert control.max_size > upload.MAX_MB * 1024 * 1024 and control.max_size * 4 / 3 < upload.MAX_REQUEST_MB * 2**20
    with pytest.raises(upload.UploadRejected, match="نوع غير مقبول"):
        upload.decode(data_url(b"PK"), "report.docx", "ar")


def test_the_detail_heading_says_the_place_is_unknown_instead_of_ending_on_a_separator():
    detail = {"incident": {"first": "2018-10-31", "last": "2018-10-31", "type": "air_strike", "perpetrators": ["russia"],
                           "targets": ["civilians"]}, "agreement": {}, "claims": [], "reports": []}  # fmt: skip
    for lang, unknown in (("en", "place unknown"), ("ar", "مكان غير معروف")):
        heading = detail_view(detail, "i1", lang)[0].children
        assert heading[1].endswith(f" · {unknown} "), heading


def test_date_warnings_read_in_arabic_in_the_arabic_detail():
    from timeline.dates.resolver import RELATIVE_MISMATCH, WEEKDAY_MISMATCH
    from timeline.report_incidents import PUBLICATION_ASSUMED

    report = {"outlet": "وكالة مثال", "first": "2018-10-31", "last": "2018-10-31", "date_text": "الجمعة",
              "dates": [{"text": "الجمعة", "kind": "relative", "anchor": "latest such weekday before the publication day",
                         "warnings": [WEEKDAY_MISMATCH, RELATIVE_MISMATCH]}],
              "date_warnings": [PUBLICATION_ASSUMED]}  # fmt: skip
    text = json.dumps(date_reasoning([report], "ar").to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False)
    assert "يوم الأسبوع لا يوافق التاريخ" in text and "لا تاريخ في النص: افتُرض أنه يوم النشر" in text
    for english in (WEEKDAY_MISMATCH, RELATIVE_MISMATCH, PUBLICATION_ASSUMED):
        assert english not in text
    assert anchor_text("month name 'ايلوول' read as month 9 (spelling variant)", "ar").startswith("اسم الشهر")


def test_a_date_the_report_repeats_is_explained_once():
    friday = {"text": "الجمعة", "kind": "relative", "anchor": "latest such weekday on or before the publication day"}
    thursday = {**friday, "text": "الخميس"}
    report = {"outlet": "وكالة مثال", "first": "2018-10-19", "last": "2018-10-19", "date_text": "الجمعة",
              "dates": [dict(friday), thursday, dict(friday), dict(friday)]}  # fmt: skip
    text = json.dumps(date_reasoning([report], "en").to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False)
    assert text.count("الجمعة") == 1 and "الخميس" not in text


def test_the_review_history_names_fields_and_values_in_the_panels_language():
    place = review.place_changes("سراقب")
    reviews = [{"action": "correct", "created_at": "2026-12-06T20:00:00", "note": None,
                "changes": {**place, "perpetrators": ["russia"], "killed_best": 5.0, "violation": "yes"}}]  # fmt: skip
    arabic = json.dumps(review.history(reviews, "ar").to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False)
    assert "المكان: سراقب؛ المنفذون: روسيا؛ القتلى الأرجح: 5؛ حكم الخرق: " in arabic
    for english in ("place_name", "Saraqib", "admin1", "pcode", "russia", "5.0", "killed_best"):
        assert english not in arabic
    english = json.dumps(review.history(reviews, "en").to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False)
    assert "Place: Saraqib; Perpetrators: Russia; Killed best: 5; Violation verdict: " in english
    merged = [{"action": "merge", "created_at": "2026-12-06T20:05:00", "note": None, "changes": {"with": ["i7"]}}]
    assert "(Merged with: i7)" in json.dumps(review.history(merged, "en").to_plotly_json(), cls=PlotlyJSONEncoder)


def test_the_review_history_says_which_incident_a_carried_review_was_saved_on():
    carried = [{"action": "confirm", "created_at": "2026-12-07T08:00:00", "note": None, "changes": {},
                "carried_from": "inc-0123456789ab"}]  # fmt: skip
    for lang, words in (
        ("en", "saved on inc-0123456789ab, which has since joined"),
        ("ar", "حُفظت على inc-0123456789ab"),
    ):
        shown = json.dumps(review.history(carried, lang).to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False)
        assert words in shown, shown


def test_the_review_history_says_when_as_people_write_it_in_utc():
    """The store stamps reviews in ISO with a UTC offset; the history showed "2026-12-07T03:57:25", no zone."""
    stamped = [{"action": "confirm", "created_at": "2026-12-07T05:57:25+02:00", "note": None, "changes": {}}]
    for lang in ("en", "ar"):
        shown = json.dumps(review.history(stamped, lang).to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False)
        assert "2026-12-07 03:57 UTC" in shown and "T0" not in shown, shown


def _dropdowns(tree) -> list:
    from dash import dcc

    found = [tree] if isinstance(tree, dcc.Dropdown) else []
    children = getattr(tree, "children", None)
    for child in children if isinstance(children, (list, tuple)) else [children]:
        if child is not None and not isinstance(child, (str, int, float)):
            found += _dropdowns(child)
    return found


def test_every_dropdown_draws_its_own_texts_in_the_panels_language():
    # a multi-select shows "3 selected", "Select All", "No options found" in English unless told otherwise
    from timeline.dashboard.filters import filter_panel

    options = {key: [] for key in CONTROL_IDS}
    incident = {"perpetrators": ("russia",), "targets": (), "violation": "yes"}
    for lang in ("ar", "en"):
        dropdowns = _dropdowns(filter_panel(ViewState(lang=lang), options, lang))
        dropdowns += _dropdowns(review.form(incident, [], ["russia"], lang))
        assert len(dropdowns) == len(CONTROL_IDS) + 5  # the merge field among them
        for dropdown in dropdowns:
            labels = dropdown.labels
            assert "{num_selected}" in labels["selected_count"]
            if lang == "ar":
                assert labels["selected_count"] == "المحدد: {num_selected}" and labels["search"] == "بحث"
                assert not any(re.search("[A-Za-z]", text.replace("{num_selected}", "")) for text in labels.values())


def test_a_vague_count_is_named_by_the_claims_table_columns_in_the_panels_language():
    claims = [{"source": "المرصد", "outlet": "وكالة مثال", "vague": ["killed", "wounded"], "evidence": []}]
    arabic = json.dumps(claims_table(claims, "ar").to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False)
    assert "قتلى، جرحى" in arabic and "killed" not in arabic and "wounded" not in arabic
    english = json.dumps(claims_table(claims, "en").to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False)
    assert "Killed, Wounded" in english


def test_the_outlet_filter_names_a_known_outlet_in_the_page_language():
    assert code_label("outlet", "Al Arabiya", "ar") == "العربية"
    assert code_label("outlet", "Al Arabiya", "en") == "Al Arabiya"
    assert code_label("outlet", "Some Local Page", "ar") == "Some Local Page"


def test_a_link_naming_an_outlet_in_another_language_selects_it_as_filed():
    assert from_query("?outlet=العربية&outlet=Al+Arabiya&outlet=Some+Local+Page").outlet == (
        "Al Arabiya",
        "Some Local Page",
    )


def test_claims_table_names_a_known_outlet_in_the_page_language():
    rows = claims_table([{"source": None, "outlet": "Al Arabiya", "killed": 2.0}], "ar").children[1].children
    assert [cell.children for cell in rows[0].children[:2]] == ["العربية", "العربية"]


def test_report_heading_names_a_known_outlet_in_the_interface_language():
    detail = {
        "incident": {"first": "2018-10-31", "type": "air_strike"},
        "agreement": {},
        "claims": [],
        "reports": [{"report": "a#e1", "article": "k1", "outlet": "العربية", "text": "نص",
                     "published": "2018-10-31T08:00:00+00:00", "evidence": [], "dates": []}],
    }  # fmt: skip
    for lang, name in (("en", "Al Arabiya"), ("ar", "العربية")):
        meta = detail_view(detail, "i1", lang)[-1].children[1].children
        assert meta[0].children == name


def test_the_summary_counts_one_incident_and_one_report_in_the_singular_in_both_languages():
    one = pd.DataFrame({"killed_best": [4.0], "wounded_best": [0.0], "n_reports": [1]})
    assert summary_text(one, "en").startswith(
        "1 incident, 4 killed and 0 wounded (best estimates), 1 incident report ("
    )
    assert summary_text(one, "ar").startswith("حادثة واحدة، ")
    two = pd.concat([one, one], ignore_index=True)
    assert summary_text(two, "en").startswith("2 incidents, 8 killed")
    assert "تقريران عن الحوادث" in summary_text(two, "ar")


def test_the_arabic_summary_gives_the_dead_and_wounded_the_form_their_count_takes():
    def arabic(killed, wounded):
        return summary_text(pd.DataFrame({"killed_best": [killed], "wounded_best": [wounded], "n_reports": [1]}), "ar")

    assert arabic(1.0, 2.0).startswith("حادثة واحدة، قتيل واحد وجريحان (")
    assert arabic(2.0, 1.0).startswith("حادثة واحدة، قتيلان وجريح واحد (")
    assert arabic(5.0, 12.0).startswith("حادثة واحدة، 5 قتلى و12 جريحاً (")
    assert arabic(1200.0, 103.0).startswith("حادثة واحدة، 1,200 قتيل و103 جرحى (")


def test_filter_options_are_listed_by_the_label_shown_in_the_interface_language():
    values = {"faction": ["hts", "russia", "syrian-government"], "outlet": ["a-key", "b-key"]}
    for lang in LANGUAGES:
        options = filter_options(values, lambda kind, value, lang=lang: code_label(kind, value, lang))
        shown = [option["label"] for option in options["faction"]]
        assert shown == sorted(shown, key=str.casefold), lang
    # English: Hay'at… < Russia < Syrian…; Arabic: روسيا < قوات… < هيئة…: the codes' order fits neither
    assert [o["value"] for o in filter_options(values, lambda k, v: code_label(k, v, "ar"))["faction"]] == [
        "russia", "syrian-government", "hts"]  # fmt: skip
    named = filter_options(
        {"outlet": values["outlet"]}, lambda kind, value: {"b-key": "Alpha Daily", "a-key": "Zulu Post"}[value]
    )
    assert [option["value"] for option in named["outlet"]] == ["b-key", "a-key"]


def test_words_a_note_quotes_from_the_report_keep_their_own_direction_in_arabic():
    """A quoted Arabic date was isolated left to right, which reorders its words; each value now takes the
    direction of its first letter (a day or a year, with none, still reads left to right)."""
    quoted = anchor_text("taken from the previous expression '12 تموز 2016'", "ar")
    assert quoted == "مأخوذ من التعبير السابق '\u206812 تموز 2016\u2069'"
    assert anchor_text("year 2016 from the publication day 2016-07-20", "ar") == (
        "السنة \u20682016\u2069 من يوم النشر \u20682016-07-20\u2069"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Artillery hit the village yesterday, again four days ago, last month and three months ago.",
        "قصفت المدفعية القرية أمس، ثم قبل أربعة أيام، وفي الشهر الماضي، وقبل ثلاثة أشهر.",
    ],
)
def test_the_notes_the_dates_engine_writes_today_are_said_in_words(text):
    """The panel reads the dates engine's English notes by their shape ("publication day D -N day(s)"): what the
    engine writes now must still be read, or the panel would show its digits and signs again."""
    result = extract_article(Article(key="k", text=text, published=dt.datetime(2019, 5, 4, 10)))
    anchors = [mention["anchor"] for mention in result["dates"] if mention.get("anchor")]
    assert len(anchors) >= 4, result["dates"]
    for lang in LANGUAGES:
        for anchor in anchors:
            said = anchor_text(anchor, lang)
            assert "(s)" not in said and not re.search(r"(^|\s)[+-]\d", said), (anchor, said)


def test_a_day_counted_from_the_publication_day_is_said_in_words_in_both_languages():
    assert anchor_text("publication day 2020-03-06 +0 day(s)", "en") == "the publication day itself (2020-03-06)"
    assert anchor_text("publication day 2020-03-06 -1 day(s)", "en") == "1 day before the publication day (2020-03-06)"
    assert anchor_text("publication day 2020-03-06 +3 day(s)", "en") == "3 days after the publication day (2020-03-06)"
    assert anchor_text("printed year; publication day 2020-03-06 -2 day(s)", "ar") == (
        "السنة المطبوعة؛ يومان قبل يوم النشر (\u20662020-03-06\u2069)"
    )
    assert anchor_text("publication day 2020-03-06 +0 day(s)", "ar") == "يوم النشر نفسه (\u20662020-03-06\u2069)"
    line = json.dumps(
        date_reasoning([{"outlet": "Example Wire", "first": "2020-03-06", "last": "2020-03-06", "date_text": "this morning",
                         "dates": [{"text": "this morning", "kind": "relative",
                                    "anchor": "publication day 2020-03-06 +0 day(s)"}]}], "en").to_plotly_json(),
        cls=PlotlyJSONEncoder,
    )  # fmt: skip
    assert "(relative; anchored to: the publication day itself (2020-03-06))" in line and "day(s)" not in line


def test_a_report_without_a_date_says_the_publication_day_was_used_once():
    from timeline.report_incidents import PUBLICATION_ASSUMED

    for lang in LANGUAGES:
        report = {"outlet": "Example Wire", "first": "2018-10-31", "last": "2018-10-31", "dates": [],
                  "date_warnings": [PUBLICATION_ASSUMED]}  # fmt: skip
        line = json.dumps(date_reasoning([report], lang).to_plotly_json(), cls=PlotlyJSONEncoder, ensure_ascii=False)
        assert t("no_date_expression", lang) not in line and anchor_text(PUBLICATION_ASSUMED, lang) in line
        bare = json.dumps(
            date_reasoning([{**report, "date_warnings": []}], lang).to_plotly_json(),
            cls=PlotlyJSONEncoder,
            ensure_ascii=False,
        )
        assert t("no_date_expression", lang) in bare


def test_date_notes_say_counts_of_days_and_months_in_words_in_both_languages():
    """The dates engine writes "minus M month(s) and N day(s)", "+ N day(s)", "month -1": the user reads words."""
    months = "publication day 2019-05-20 minus 2 month(s) and 0 day(s)"
    assert anchor_text(months, "en") == "2 months before the publication day (2019-05-20)"
    assert anchor_text(months, "ar") == "شهران قبل يوم النشر (\u20662019-05-20\u2069)"
    both = "publication day 2019-05-20 minus 1 month(s) and 4 day(s)"
    assert anchor_text(both, "en") == "1 month and 4 days before the publication day (2019-05-20)"
    assert anchor_text(both, "ar") == "شهر واحد و4 أيام قبل يوم النشر (\u20662019-05-20\u2069)"
    assert anchor_text("month -11 from the publication day", "ar") == "11 شهراً قبل شهر النشر"
    assert anchor_text("month +0 from the publication day", "en") == "the month of publication"
    assert anchor_text("Umm al-Qura 1441-07-10 AH + 2 day(s)", "en") == (
        "2 days after 1441-07-10 AH (Umm al-Qura calendar)"
    )
    assert anchor_text("night publication day 2019-05-20 -1 day(s)", "ar") == (
        "ليلة يوم واحد قبل يوم النشر (\u20662019-05-20\u2069)"
    )
    nested = "since 2019-04-01 up to the publication day 2019-05-20 (publication day 2019-05-20 -3 day(s))"
    assert anchor_text(nested, "en") == (
        "since 2019-04-01 up to the publication day 2019-05-20 (3 days before the publication day (2019-05-20))"
    )
    for note in (
        months,
        both,
        nested,
        "night publication day 2019-05-20 +1 day(s)",
        "month +3 from the publication day",
    ):
        for lang in ("en", "ar"):
            assert not re.search(r"\(s\)|minus|(?<!\d)[+-]\d+ ", anchor_text(note, lang)), (note, lang)
    assert not re.search("[a-z]{3}", anchor_text(nested, "ar").replace("\u2066", "").replace("\u2069", ""))


def test_the_merge_field_offers_the_nearby_incidents_by_their_labels():
    """Merging asked for a raw incident id; it offers the incidents of the same or adjacent days at the same place
    or district, by what they are, the same place first."""
    frame = incidents(12).assign(
        admin2=lambda f: f["place_name"].map({"Kafr Zita": "Muhradah", "Murak": "Muhradah", "Jisr al-Shughur": "Jisr"}),
        pcode=None,
    )
    incident = frame.set_index("incident_id").loc["i003"].to_dict() | {"incident_id": "i003"}  # Kafr Zita, 4-5 Nov
    nearby = review.merge_candidates(frame, incident)
    # within a day of 4-5 Nov: i004 (5 Nov) and i001 (2-3 Nov) at Murak, in the same district, the closest days
    # first; i002 and i005 in another district left out, i006 (7 Nov) too late
    assert list(nearby["incident_id"]) == ["i004", "i001"]
    frame.loc[frame["incident_id"] == "i005", ["place_name", "admin2"]] = ["Kafr Zita", "Muhradah"]
    frame.loc[frame["incident_id"] == "i001", "review_state"] = "rejected"
    nearby = review.merge_candidates(frame, incident)
    assert list(nearby["incident_id"]) == ["i005", "i004"]  # the same place first; a rejected incident never
    options = _component(review.form(incident, [], [], "en", nearby), "review-merge").options
    assert options[0] == {
        "label": "2018-11-06 – 2018-11-07 · air strike · Kafr Zita · Russia → Civilians · 5 killed",
        "value": "i005",
    }
    arabic = _component(review.form(incident, [], [], "ar", nearby), "review-merge").options[1]["label"]
    assert "مورك" in arabic and "4 قتلى" in arabic and "i004" not in arabic
    lonely = _component(review.form(incident, [], [], "en", nearby.iloc[:0]), "review-merge")
    assert lonely.options == [] and lonely.placeholder == "no other incident on these days at this place"


def test_a_verdict_field_without_a_value_shows_a_dash_not_a_bare_label():
    detail = {
        "incident": {"first": "2016-05-02", "type": "shelling", "perpetrators": ["russia"]},
        "agreement": {"name": "Sochi", "violation": "before", "days_since": None, "phase": float("nan")},
        "claims": [],
        "reports": [],
    }
    fields = {row.children[0].children: row.children[1].children for row in detail_view(detail, "i9", "en")[2].children}
    assert fields["Days since it took effect"] == "–" and fields["Phase of the agreement"] == "–"

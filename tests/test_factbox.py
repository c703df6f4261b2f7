"""Fact boxes of investigation reports (texts written for these tests)."""

import csv
import datetime as dt

import pytest

from timeline.article import Article
from timeline.dates import tag_dates
from timeline.extract import extract_article
from timeline.factbox import FIELDS, LABELS_CSV, LabelTableError, find_fact_box, read_labels
from timeline.factions import find_factions
from timeline.incident_places import cue_places, gazetteer_places, merge_candidates
from timeline.normalize import normalize_term
from timeline.sentences import TextView

PUBLISHED = dt.datetime(2019, 6, 1)

REPORT = (
    "## عن الهجوم\n"
    "\n"
    "- الموقع: إدلب: سراقب\n"
    "- التاريخ: 14/02/2019\n"
    "- القتلى المبلغ عنهم: 7\n"
    "- الجرحى المبلغ عنهم:\n"
    "- المسؤول المحتمل: الطيران الروسي\n"
    "\n"
    "## التفاصيل\n"
    "\n"
    "في 14 شباط 2019 نشر ناشطون صوراً لغارات جوية استهدفت سوقاً في مدينة سراقب، وقالت فرق الإنقاذ إن "
    "الغارات أدت إلى مقتل 6 مدنيين.\n"
    "\n"
    "وتحدث شاهد عن القصف الذي طال المدينة وقال إنه أسفر عن إصابة 12 شخصاً.\n"
    "\n"
    "وكانت مدينة معرة النعمان قد تعرضت في 3 كانون الثاني 2019 لقصف مدفعي من قوات النظام أدى إلى مقتل امرأة.\n"
)


def _box(text: str):
    dates = tag_dates(text, PUBLISHED, "ar")
    view = TextView(text)
    factions = find_factions(view.flat)
    places = merge_candidates(gazetteer_places(view), cue_places(view), view.flat, [(f.start, f.end) for f in factions])
    return find_fact_box(view, dates, places, factions)


def test_fact_box_states_the_incident():
    box = _box(REPORT)
    assert box.date.first == dt.date(2019, 2, 14)
    assert [p.text for p in box.places][0] == "سراقب"
    assert (box.killed, box.wounded) == (7, None)
    assert box.perpetrators == ("russia",)


def test_no_box_without_a_date_or_with_too_few_lines():
    assert _box(REPORT.replace("- التاريخ: 14/02/2019\n", "")) is None
    assert _box("- التاريخ: 14/02/2019\n- الموقع: سراقب\n\nنص التقرير.\n") is None


def test_retellings_at_the_box_place_fold_into_one_incident_and_other_places_stay():
    article = Article(key="box", text=REPORT, published=PUBLISHED, language="ar", source="فريق التحقيق")
    events = extract_article(article)["events"]
    days = sorted(e["first"] for e in events)
    assert days == ["2019-01-03", "2019-02-14"]
    incident = next(e for e in events if e["first"] == "2019-02-14")
    assert incident["place"]["text"] == "سراقب"
    assert incident["perpetrators"] == ["russia"]
    assert 7 in [c["killed"] for c in incident["claims"]]
    assert len({e["id"] for e in events}) == len(events)


def test_label_table_rows():
    with open(LABELS_CSV, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    keys = [normalize_term(r["label"]).lower() for r in rows]
    assert len(keys) == len(set(keys))
    assert all(r["field"] in FIELDS and r["language"] in ("ar", "en") for r in rows)
    assert {"date", "place", "killed"} <= set(read_labels().values())


@pytest.mark.parametrize("row", ["التاريخ,when,ar,", ",date,ar,", "التأريخ,date,ar,\nالتاريخ,date,ar,"])
def test_a_bad_label_row_names_the_file_and_the_row(tmp_path, row):
    path = tmp_path / "labels.csv"
    path.write_text("label,field,language,note\nالموقع,place,ar,\n" + row + "\n", encoding="utf-8")
    with pytest.raises(LabelTableError, match=r"labels.csv: row \d"):
        read_labels(path)


def test_cheap_first_test_lets_boxes_through_and_prose_by():
    from timeline.factbox import could_have_fact_box

    assert could_have_fact_box(REPORT)
    assert not could_have_fact_box("قال مصدر: إن القصف استمر.\nوأضاف أن الغارات توقفت مساء.\n")

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

PUBLISHED = dt.datetime(2019, 2, 1)

REPORT = (
    "### ملخص الواقعة\n"
    "\n"
    "* تاريخ الهجوم: 22/11/2018\n"
    "* المكان: معرة النعمان\n"
    "* عدد القتلى: 4\n"
    "* عدد الجرحى:\n"
    "* الجهة المسؤولة: طائرات حربية روسية\n"
    "\n"
    "### السرد\n"
    "\n"
    "صباح 22 تشرين الثاني 2018 قصفت طائرات حربية حياً سكنياً وسط مدينة معرة النعمان، وأفاد الدفاع المدني "
    "بأن القصف قتل ثلاثة مدنيين.\n"
    "\n"
    "وروى أحد سكان الحي أن الغارات ألحقت أضراراً بمخبز وأصابت 9 أشخاص.\n"
    "\n"
    "أما بلدة كفرنبل فسقطت عليها في 17 تشرين الأول 2018 قذائف أطلقتها قوات النظام وقتلت طفلاً.\n"
)


def _box(text: str):
    dates = tag_dates(text, PUBLISHED, "ar")
    view = TextView(text)
    factions = find_factions(view.flat)
    places = merge_candidates(gazetteer_places(view), cue_places(view), view.flat, [(f.start, f.end) for f in factions])
    return find_fact_box(view, dates, places, factions)


def test_fact_box_states_the_incident():
    box = _box(REPORT)
    assert box.date.first == dt.date(2018, 11, 22)
    assert [p.text for p in box.places][0] == "معرة النعمان"
    assert (box.killed, box.wounded) == (4, None)
    assert box.perpetrators == ("russia",)


def test_no_box_without_a_date_or_with_too_few_lines():
    assert _box(REPORT.replace("* تاريخ الهجوم: 22/11/2018\n", "")) is None
    assert _box("* المكان: أريحا\n* تاريخ الهجوم: 05/03/2018\n\nنص التقرير.\n") is None


def test_retellings_at_the_box_place_fold_into_one_incident_and_other_places_stay():
    article = Article(key="box", text=REPORT, published=PUBLISHED, language="ar", source="فريق التحقيق")
    events = extract_article(article)["events"]
    days = sorted(e["first"] for e in events)
    assert days == ["2018-10-17", "2018-11-22"]
    incident = next(e for e in events if e["first"] == "2018-11-22")
    assert incident["place"]["text"] == "معرة النعمان"
    assert incident["perpetrators"] == ["russia"]
    assert 4 in [c["killed"] for c in incident["claims"]]
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


def test_the_first_test_for_a_box_counts_the_lines_a_whole_text_scan_finds():
    """Lines read one by one give what the multiline scan gave: at least three "label: value" lines."""
    import random
    import re

    from timeline.factbox import MIN_LINES, could_have_fact_box

    whole_text_scan = re.compile(r"^[ \t]*+[-•*]?[ \t]*+[^\n:]{2,40}:", re.M)
    pieces = ["\n", "\n", ":", ":", " ", "\t", "-", "•", "المكان", "ab", "x" * 30, "\r", "،"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert could_have_fact_box(text) == (len(whole_text_scan.findall(text)) >= MIN_LINES), repr(text)


def test_a_box_giving_its_toll_on_one_casualties_line_states_both_figures():
    text = (
        "ملخص الاستهداف\n\n"
        "- تاريخ الاستهداف: 8 تشرين الأول 2018\n"
        "- مكان الاستهداف: بلدة بنش\n"
        "- المنشأة المستهدفة: مستوصف البلدة\n"
        "- عدد الضحايا: قتيلان و6 جرحى\n\n"
        "أصابت قذيفة مدخل المستوصف صباحاً.\n"
    )
    box = _box(text)
    assert (box.date.first, box.places[0].text, box.killed, box.wounded) == (dt.date(2018, 10, 8), "بنش", 2, 6)


def test_an_english_summary_of_a_clinic_struck_is_a_box():
    text = (
        "Summary\n\n"
        "Date of attack: 2 October 2018\nLocation of attack: Sarmin\nFacility: the town clinic\n"
        "Number of deaths: 3\n\nThe clinic was hit in the morning.\n"
    )
    article = Article(key="b", text=text, published=PUBLISHED, language="en", source="monitor")
    (event,) = extract_article(article)["events"]
    assert (event["first"], event["place"]["name"], [c["killed"] for c in event["claims"]]) == (
        "2018-10-02",
        "Sarmin",
        [3],
    )

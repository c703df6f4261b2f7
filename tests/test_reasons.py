"""Why a file or row could not be read, in either language (``timeline/reasons.py``, ``data/labels.csv`` scope
reader): the readers' messages, the rows they name and their integrity."""

from __future__ import annotations

import pickle
import re
import string

from timeline.datewindow import window_problem
from timeline.labels import labels
from timeline.paths import PROJECT_ROOT
from timeline.readers import read_path
from timeline.reasons import Reason, in_language

_KEY_USED = re.compile(r"""Reason\(\s*["']([a-z0-9_]+)["']""")


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_reason_the_code_gives_has_a_row_with_the_same_placeholders_in_both_languages():
    rows = labels("reader")
    used = {
        key for path in (PROJECT_ROOT / "timeline").rglob("*.py") for key in _KEY_USED.findall(path.read_text("utf-8"))
    }
    assert used, "no Reason(...) found in the code"
    assert not used - set(rows), f"keys without a row in data/labels.csv (scope reader): {sorted(used - set(rows))}"
    for key in used:
        assert rows[key]["en"].strip() and rows[key]["ar"].strip(), key
        assert _placeholders(rows[key]["en"]) == _placeholders(rows[key]["ar"]), key


def test_a_reason_is_its_english_text_and_says_itself_in_arabic():
    reason = Reason("duplicate_id", id="a7")
    assert reason == "duplicate id 'a7'" and isinstance(reason, str)
    assert reason.text("ar") == "معرّف مكرر 'a7'"
    assert in_language(reason, "ar") == reason.text("ar")
    assert in_language("[Errno 13] Permission denied", "ar") == "[Errno 13] Permission denied"  # not a Reason


def test_a_date_outside_the_years_names_the_date_in_the_same_language():
    import datetime as dt

    problem = window_problem(dt.datetime(2091, 1, 1), Reason("date_published"))
    assert problem.startswith("published 2091-01-01 is outside the accepted years 1900")
    assert problem.text("ar").startswith("تاريخ النشر 2091-01-01 خارج السنوات المقبولة 1900")


def test_a_reason_crosses_to_a_worker_process_and_back_whole():
    reason = Reason("file_too_big", size=70_000_000, limit=67_108_864)
    back = pickle.loads(pickle.dumps(reason))
    assert back == reason == "file is 70,000,000 bytes, above the limit of 67,108,864; split it"
    assert back.text("ar") == "حجم الملف 70,000,000 بايت، فوق الحد البالغ 67,108,864؛ قسّمه"


def test_the_readers_reasons_keep_their_row_of_the_label_table(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    broken = tmp_path / "feed.jsonl"
    broken.write_text('{"id": "1", "text": "Shelling hit a village on Monday."}\n{"id": \n', encoding="utf-8")
    (error,) = read_path(empty).errors
    assert (error.reason, in_language(error.reason, "ar")) == ("empty file", "ملف فارغ")
    (error,) = read_path(broken).errors
    assert error.row == 2 and in_language(error.reason, "ar").startswith("JSON غير صالح (")


def test_a_value_may_be_named_key():
    # "article {key!r} has … characters": the label's key is positional only, so a value can be called key
    assert (
        Reason("article_surrogate", key="feed#7")
        == "article 'feed#7' holds characters that are not valid Unicode (a lone surrogate)"
    )

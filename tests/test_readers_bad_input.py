"""Bad input gives one ReadError naming the file (and row) and the reason; the batch goes on."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.readers import read_path, read_paths


def _reasons(result):
    return [(e.row, e.reason) for e in result.errors]


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    result = read_path(path)
    assert result.articles == []
    assert _reasons(result) == [(None, "empty file")]
    assert str(result.errors[0]) == f"{path}: empty file"


def test_binary_file_with_a_text_extension(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4\x00\x01\x02\x03binary")
    assert _reasons(read_path(path)) == [(None, "binary content, not text")]


def test_cp1256_text_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("قصف على قرية تجريبية في ريف إدلب\n\n2019.03.02 | 10:00 دمشق".encode("cp1256"))
    result = read_path(path)
    assert result.errors == []
    article = result.articles[0]
    assert article.text.startswith("قصف على قرية تجريبية")
    assert article.published.date().isoformat() == "2019-03-02"
    assert "decoded as cp1256" in article.warnings


def test_text_in_an_unknown_encoding(tmp_path):
    path = tmp_path / "cyrillic.txt"
    path.write_bytes("Обстрел деревни около Идлиба".encode("cp1251"))
    assert _reasons(read_path(path)) == [(None, "not UTF-8, cp1256 (Arabic) or latin-1 text (unknown encoding)")]


def test_broken_json_export(tmp_path):
    path = tmp_path / "result.json"
    path.write_text('{"messages": [{"id": 1, "text": "a"', encoding="utf-8")
    ((row, reason),) = _reasons(read_path(path))
    assert row is None and reason.startswith("broken JSON")


def test_json_that_is_neither_export_nor_articles(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"version": 3}', encoding="utf-8")
    assert _reasons(read_path(path)) == [
        (None, "JSON is neither a Telegram export (messages[]) nor a list of articles")
    ]


def test_feed_with_a_broken_line_and_a_row_without_text(tmp_path):
    path = tmp_path / "items.jsonl"
    rows = [
        json.dumps({"id": "1", "published": "2019-01-02", "text": "قصف على قرية تجريبية"}, ensure_ascii=False),
        '{"id": "2", "text": ',
        json.dumps({"id": "3", "published": "2019-01-03", "title": "بلا نص"}, ensure_ascii=False),
        json.dumps({"id": "4", "published": "not a date", "text": "نص رابع"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    result = read_path(path)
    assert [a.key for a in result.articles] == ["items#1", "items#4"]
    assert _reasons(result)[0][0] == 2 and _reasons(result)[0][1].startswith("invalid JSON")
    assert _reasons(result)[1] == ("3", "row has no text")
    assert "feed published 'not a date' is not a date" in result.articles[1].warnings


def test_csv_without_the_feed_columns(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    ((row, reason),) = _reasons(read_path(path))
    assert reason.startswith("CSV header must name the columns")


def test_html_without_visible_text(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title><script>var a;</script></head><body><nav>menu</nav></body>", "utf-8")
    assert _reasons(read_path(path)) == [(None, "broken HTML: no visible article text")]


def test_html_file_that_is_not_html(tmp_path):
    path = tmp_path / "fake.html"
    path.write_text("just words, no markup at all", encoding="utf-8")
    assert _reasons(read_path(path)) == [(None, "not HTML: no tags found")]


def test_unclosed_html_still_reads(tmp_path):
    path = tmp_path / "unclosed.html"
    path.write_text("<html><body><article><h1>Test headline here<p>Shelling hit a test village on Friday", "utf-8")
    result = read_path(path)
    assert result.errors == []
    assert "Shelling hit a test village" in result.articles[0].text


def test_unknown_extension_and_missing_file(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04")
    ((row, reason),) = _reasons(read_path(path))
    assert reason.startswith("unknown file type .docx")
    assert _reasons(read_path(tmp_path / "nowhere.txt")) == [(None, "no such file")]


def test_broken_sidecar_is_an_error_but_the_article_is_read(tmp_path):
    (tmp_path / "a.txt").write_text("نص تجريبي عن قصف على قرية", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{published: oops", encoding="utf-8")
    result = read_path(tmp_path / "a.txt")
    assert [a.key for a in result.articles] == ["a"]
    assert result.errors[0].reason.startswith("sidecar a.meta.json is not valid JSON")


def test_one_bad_file_does_not_stop_the_batch(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("BEIRUT, May 6 (AFP) - Test text from 2019.", encoding="utf-8")
    result = read_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [a.key for a in result.articles] == ["b"]
    assert [e.path for e in result.errors] == [str(tmp_path / "a.txt")]


def test_utf16_with_bom_and_windows_newlines(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("قصف على بلدة تجريبية\r\n2019.03.02 | 10:00 دمشق".encode("utf-16"))
    article = read_path(path).articles[0]
    assert article.text == "قصف على بلدة تجريبية\n2019.03.02 | 10:00 دمشق"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".csv", ".md"]))
def test_arbitrary_bytes_never_raise(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    result = read_path(path)
    assert all(isinstance(e.reason, str) and e.reason for e in result.errors)
    assert len(result.articles) + len(result.errors) + len(result.notes) >= 1

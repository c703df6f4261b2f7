"""Issue 15, items 1, 2 and 4: every bad file or row gives one message naming it; the rest is read.

Every input is generated here (no stored binaries); the examples are invented.
"""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from timeline import readers
from timeline.datewindow import FIRST_YEAR, last_year
from timeline.readers import read_path, read_paths
from timeline.readers.decode import decode_bytes

GOOD = "قصفت قوات النظام بلدة تجريبية في ريف إدلب أمس الجمعة، ما أدى إلى مقتل مدنيين اثنين."


def _reasons(result):
    return [(e.row, e.reason) for e in result.errors]


def _feed(path, *rows):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


# -- item 1: dates outside a sane window are rejected at reading ------------------------------------


@pytest.mark.parametrize("stamp", ["0001-01-01T12:00:00", "1899-12-31", f"{dt.date.today().year + 2}-01-01"])
def test_a_feed_row_dated_outside_the_window_is_rejected_and_the_others_read(tmp_path, stamp):
    path = _feed(
        tmp_path / "feed.jsonl",
        {"id": "old", "published": stamp, "text": GOOD},
        {"id": "ok", "published": "2019-03-02T10:00", "text": GOOD},
    )
    result = read_path(path)
    assert [a.key for a in result.articles] == ["feed#ok"]
    ((row, reason),) = _reasons(result)
    assert row == "old"
    assert reason == f"published {stamp[:10]} is outside the accepted years {FIRST_YEAR}–{last_year()}"


def test_a_telegram_message_dated_year_one_is_rejected(tmp_path):
    export = {"name": "Channel", "messages": [
        {"id": 1, "type": "message", "date": "0001-01-01T00:00:00", "text": GOOD},
        {"id": 2, "type": "message", "date": "2019-03-02T10:00:00", "text": GOOD},
    ]}  # fmt: skip
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    result = read_path(path)
    assert [a.key for a in result.articles] == ["result#2"]
    assert [row for row, _ in _reasons(result)] == ["1"]


def test_a_sidecar_dated_outside_the_window_is_reported_and_not_used(tmp_path):
    (tmp_path / "r.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "r.meta.json").write_text('{"published": "0001-01-01"}', encoding="utf-8")
    result = read_path(tmp_path / "r.txt")
    assert result.articles[0].published is None
    ((_, reason),) = _reasons(result)
    assert "sidecar r.meta.json: published 0001-01-01 is outside the accepted years" in reason


def test_html_metadata_and_printed_dates_outside_the_window_are_ignored_with_a_warning(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(
        f'<html><head><meta property="article:published_time" content="0001-01-01"></head>'
        f"<body><article><p>{GOOD}</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_path(path).articles[0]
    assert article.published is None
    assert any("html date 0001-01-01 is outside the accepted years" in w for w in article.warnings)


# -- item 2: one file never aborts the batch --------------------------------------------------------


def _bad_folder(tmp_path):
    """A folder with one good report beside each kind of file that used to abort a batch."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "nested.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    _feed(folder / "deep.jsonl", {"id": "x", "text": GOOD, "extra": json.loads("[" * 500 + "]" * 500)})
    (folder / "deep.jsonl").write_text(
        (folder / "deep.jsonl").read_text(encoding="utf-8") + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8"
    )
    (folder / ("n" * 250 + ".txt")).write_text(GOOD, encoding="utf-8")  # its sidecar's name would be too long
    with open(os.path.join(os.fsencode(folder), b"bad-\xff\xfe-name.txt"), "wb") as handle:
        handle.write(GOOD.encode())
    _feed(folder / "year1.jsonl", {"id": "a", "published": "0001-01-01T12:00:00", "text": GOOD})
    return folder


def test_a_batch_with_every_kind_of_bad_file_reads_the_good_ones(tmp_path):
    result = read_paths([_bad_folder(tmp_path)])
    assert sorted(a.key for a in result.articles) == sorted(["deep#x", "good", "n" * 250])
    messages = [str(e) for e in result.errors]
    assert len(messages) == 4, messages
    assert any("nested.json: JSON nested too deeply to read" in m for m in messages)
    assert any("deep.jsonl (row 2): JSON nested too deeply to read" in m for m in messages)
    assert any("bad-\\xff\\xfe-name.txt: file name is not valid UTF-8" in m for m in messages)
    assert any("year1.jsonl (row a): published 0001-01-01 is outside" in m for m in messages)


def test_an_unforeseen_reader_failure_is_one_message_naming_the_file(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")

    def broken(path, published, tables):
        if path.name == "a.txt":
            raise MemoryError("simulated")
        return original(path, published, tables)

    original = readers.read_text_file
    monkeypatch.setattr(readers, "read_text_file", broken)
    result = read_paths([tmp_path])
    assert [a.key for a in result.articles] == ["b"]
    assert [str(e) for e in result.errors] == [f"{tmp_path / 'a.txt'}: could not be read (MemoryError('simulated'))"]


def test_an_unforeseen_row_failure_loses_only_that_row(tmp_path, monkeypatch):
    from timeline.readers import feeds

    original = feeds.make_article

    def broken(key, *args, **kwargs):
        if key.endswith("#bad"):
            raise ValueError("simulated")
        return original(key, *args, **kwargs)

    monkeypatch.setattr(feeds, "make_article", broken)
    path = _feed(tmp_path / "f.jsonl", {"id": "bad", "text": GOOD}, {"id": "ok", "text": GOOD})
    result = read_path(path)
    assert [a.key for a in result.articles] == ["f#ok"]
    assert _reasons(result) == [(1, "row could not be read (ValueError('simulated'))")]


def test_a_report_above_the_size_limit_is_refused_with_a_message(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_ARTICLE_CHARS", 1000)
    (tmp_path / "big.txt").write_text("قصف " * 400, encoding="utf-8")
    result = read_path(tmp_path / "big.txt")
    assert result.articles == []
    ((_, reason),) = _reasons(result)
    assert reason == "article 'big' has 1,600 characters, above the limit of 1,000; split it into smaller reports"


# -- item 4: nothing is lost silently -------------------------------------------------------------


def test_a_symlink_loop_is_reported_and_the_rest_read(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "r.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "up").symlink_to(tmp_path)
    result = read_paths([tmp_path])
    assert [a.key for a in result.articles] == ["r"]
    assert [str(e) for e in result.errors] == [
        f"{tmp_path / 'a' / 'up'}: symbolic link loop: the folder leads back to {tmp_path.resolve()}, "
        "already walked; skipped"
    ]


def test_an_unreadable_folder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "r.txt").write_text(GOOD, encoding="utf-8")
    real_scandir, real_listdir = os.scandir, os.listdir

    def denied(path):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return None

    monkeypatch.setattr(os, "scandir", lambda path=".": denied(path) or real_scandir(path))
    monkeypatch.setattr(os, "listdir", lambda path=".": denied(path) or real_listdir(path))
    result = read_paths([tmp_path])
    assert [a.key for a in result.articles] == ["r"]
    assert [str(e) for e in result.errors] == [
        f"{tmp_path / 'locked'}: folder cannot be read (Permission denied); its reports were not read"
    ]


def test_a_nul_byte_on_one_jsonl_line_rejects_only_that_line(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"id": "a", "text": "one\x00two"}\n' + json.dumps({"id": "b", "text": GOOD}).encode() + b"\n")
    result = read_path(path)
    assert [a.key for a in result.articles] == ["f#b"]
    assert _reasons(result) == [(1, "NUL byte in the line (binary data, not JSON)")]


def test_an_escaped_nul_character_in_a_feed_text_rejects_that_row(tmp_path):
    path = _feed(tmp_path / "f.jsonl", {"id": "a", "text": "one\x00two"}, {"id": "b", "text": GOOD})
    result = read_path(path)
    assert [a.key for a in result.articles] == ["f#b"]
    assert _reasons(result) == [("a", "NUL character in the text (binary data)")]


def test_two_telegram_messages_with_one_id_report_the_second(tmp_path):
    export = {"messages": [{"id": 7, "type": "message", "date": "2019-03-02T10:00:00", "text": GOOD},
                           {"id": 7, "type": "message", "date": "2019-03-02T11:00:00", "text": "قصف آخر"}]}  # fmt: skip
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    result = read_path(path)
    assert [a.key for a in result.articles] == ["result#7"]
    assert _reasons(result) == [("7", "duplicate message id '7'; not read")]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Muñoz and Gökçe reported shelling near Idlib", "latin-1"),
        ("Déjà vu à Alep, près d'Idlib, selon l'agence", "latin-1"),
        ("قصف مدفعي على بلدة تجريبية في ريف حماة", "cp1256"),
    ],
)
def test_single_byte_code_pages_are_told_apart_by_their_letters(text, encoding):
    assert decode_bytes(text.encode(encoding)) == (text, encoding)


def test_latin1_text_gets_a_warning_saying_how_it_was_decoded(tmp_path):
    (tmp_path / "fr.txt").write_bytes("Tirs d'artillerie près de Kafr Nabl, señala la fuente".encode("latin-1"))
    article = read_path(tmp_path / "fr.txt").articles[0]
    assert article.text.startswith("Tirs d'artillerie près de Kafr Nabl, señala")
    assert "decoded as latin-1" in article.warnings


def test_a_lone_surrogate_in_a_feed_row_is_refused_before_it_reaches_the_store(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_text('{"id": "a", "text": "broken \\ud800 text"}\n' + json.dumps({"id": "b", "text": GOOD}) + "\n")
    result = read_path(path)
    assert [a.key for a in result.articles] == ["f#b"]
    assert [e.reason for e in result.errors] == [
        "article 'f#a' holds characters that are not valid Unicode (a lone surrogate)"
    ]


def test_a_second_link_to_a_walked_folder_is_a_note_and_a_folder_is_no_report(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "r.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "z").symlink_to(tmp_path / "a")
    result = read_paths([tmp_path])
    assert [a.key for a in result.articles] == ["r"] and result.errors == []
    assert result.notes == [f"{tmp_path / 'z'}: skipped, the same folder as one already walked (a link)"]
    assert [e.reason for e in read_path(tmp_path / "a").errors] == ["a folder, not a report file"]


def test_a_nul_byte_in_one_csv_row_rejects_only_that_row(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes(b"id,text\na,one\x00two\nb," + GOOD.encode() + b"\n")
    result = read_path(path)
    assert [a.key for a in result.articles] == ["f#b"]
    assert _reasons(result) == [("a", "NUL character in the text (binary data)")]

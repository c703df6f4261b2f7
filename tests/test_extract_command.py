"""The ``extract`` command: contract JSON on stdout, one error line per problem on stderr, exit status."""

import json
from pathlib import Path

from timeline.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def test_json_output_for_several_formats(capsys):
    status = main(["extract", "--json", str(FIXTURES / "widget_then_dateline.txt"), str(FIXTURES / "feed.jsonl")])
    out = json.loads(capsys.readouterr().out)
    assert status == 0
    assert [item["article"]["key"] for item in out] == ["widget_then_dateline", "feed#a1", "feed#a2"]
    first = out[0]
    assert first["article"]["published"] == "2019-06-04T09:20:00+03:00"
    assert first["article"]["published_from"] == "dateline"
    assert len(first["article"]["noise"]) == 7
    assert isinstance(first["dates"], list) and isinstance(first["events"], list)


def test_json_is_utf8_not_escaped(capsys):
    main(["extract", "--json", str(FIXTURES / "sidecar_article.txt")])
    out = capsys.readouterr().out
    assert "موقع السهل" in out and "\\u" not in out


def test_errors_on_stderr_and_exit_status(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    status = main(["extract", "--json", str(bad), str(FIXTURES / "sidecar_article.txt")])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.strip().splitlines() == [f"error: {bad}: empty file"]
    assert [item["article"]["key"] for item in json.loads(captured.out)] == ["sidecar_article"]


def test_published_option(capsys):
    main(["extract", "--json", "--published", "2019-05-01T08:00", str(FIXTURES / "body_today.md")])
    article = json.loads(capsys.readouterr().out)[0]["article"]
    assert (article["published"], article["published_from"]) == ("2019-05-01T08:00:00", "option")


def test_readable_summary(capsys):
    status = main(["extract", str(FIXTURES / "result.json")])
    captured = capsys.readouterr()
    assert status == 0
    assert "== result#2" in captured.out and "== result#4" in captured.out
    assert "published: 2019-02-01T10:05:00  (from telegram)" in captured.out
    assert "note:" in captured.err and "skipped 1 service message(s)" in captured.err

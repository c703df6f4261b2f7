"""The ``extract`` command: contract JSON on stdout, one error line per problem on stderr, exit status."""

import json
from pathlib import Path

from timeline.cli import main
from timeline.commands import extract as extract_command

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


def test_readable_output_lists_each_incident_with_quoted_evidence(tmp_path, capsys, monkeypatch):
    text = "The army shelled Kafr Nabl on Monday. Medics said three people died."
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    shelled, died = (text.index("The army"), text.index(" on Monday")), (text.index("Medics"), len(text))
    event = {
        "id": "e1", "first": "2019-03-04", "last": "2019-03-05", "date_text": "on Monday", "date_warnings": [],
        "type": "shelling", "perpetrators": ["syrian-government"], "targets": ["civilians"],
        "place": {"text": "Kafr Nabl", "name": "Kafr Nabl", "admin1": "Idlib", "admin2": "Maarrat al-Nu'man"},
        "claims": [
            {"source": "medics", "outlet": "X", "killed": 3, "wounded": None, "vague": [], "of": "civilians",
             "evidence": [list(died)]},
            {"source": None, "outlet": "Outlet X", "killed": None, "vague": ["wounded"], "evidence": []},
        ],
        "evidence": [list(shelled), list(died)],
    }  # fmt: skip
    monkeypatch.setattr(
        extract_command,
        "extract_article",
        lambda article, reference=None: {"article": article.metadata_dict(), "dates": [], "events": [event]},
    )
    assert main(["extract", "--published", "2019-03-05", str(report)]) == 0
    out = capsys.readouterr().out
    assert (
        "* 2019-03-04 – 2019-03-05  shelling  syrian-government → civilians  @ Kafr Nabl (Maarrat al-Nu'man, Idlib)"
        in out
    )
    assert "claim: 3 killed of civilians — medics: «Medics said three people died.»" in out
    assert "claim: wounded: a vague count — Outlet X (no source named): -" in out
    assert "evidence: «The army shelled Kafr Nabl» … «Medics said three people died.»" in out
    assert "[" not in out.split("incidents: 1")[1]  # quoted text, not offsets

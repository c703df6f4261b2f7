"""The commands as an analyst types them: a store that is not there, output into a new folder."""

from __future__ import annotations

import subprocess
import sys

import pytest

from timeline.cli import build_parser, main
from timeline.paths import PROJECT_ROOT
from timeline.store import Store


@pytest.mark.parametrize(
    "words",
    [
        ["events"],
        ["export"],
        ["chart", "over_time", "--out", "x.png"],
        ["brief", "--from", "2018-01-01", "--to", "2018-02-01", "--out", "x.md", "--no-charts"],
    ],  # fmt: skip
)
def test_a_reading_command_on_a_missing_store_says_so_and_creates_nothing(tmp_path, capsys, words):
    missing = tmp_path / "typo" / "store.sqlite"
    assert main([*words, "--db", str(missing)]) == 2
    assert f"no store at {missing}" in capsys.readouterr().err
    assert not missing.exists() and not missing.parent.exists()


def test_a_reading_command_follows_timeline_db_too(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "none.sqlite"))
    assert main(["events"]) == 2
    assert "no store at" in capsys.readouterr().err


def test_export_writes_into_a_folder_it_creates_and_says_how_many_incidents(tmp_path, capsys):
    db = tmp_path / "store.sqlite"
    Store(db).close()
    out = tmp_path / "exports" / "incidents.csv"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("event_id_cnty,")
    assert capsys.readouterr().err == f"wrote 0 incidents to {out}\n"  # an empty selection is seen at once


def test_export_to_a_path_it_cannot_write_is_one_error_line_not_a_traceback(tmp_path, capsys):
    db = tmp_path / "store.sqlite"
    Store(db).close()
    (tmp_path / "notes.txt").write_text("a file, not a folder", encoding="utf-8")
    out = tmp_path / "notes.txt" / "incidents.csv"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"error: {out}: cannot write: ") and error.count("\n") == 1, error


def test_a_briefing_it_cannot_write_names_the_file_asked_for(tmp_path, capsys):
    db = tmp_path / "store.sqlite"
    Store(db).close()
    (tmp_path / "notes.txt").write_text("a file, not a folder", encoding="utf-8")
    out = tmp_path / "notes.txt" / "brief.md"
    argv = ["brief", "--from", "2018-01-01", "--to", "2018-02-01", "--no-charts", "--db", str(db), "--out", str(out)]
    assert main(argv) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"error: {out}: cannot write: ") and error.count("\n") == 1, error


@pytest.mark.parametrize("words", [["events"], ["export", "--format", "json"]])
def test_output_piped_to_a_reader_that_stops_early_ends_quietly(tmp_path, words):
    # "python -m timeline events | head -3": head closes the pipe; no traceback may follow on the terminal
    db = tmp_path / "store.sqlite"
    Store(db).close()
    command = [sys.executable, "-m", "timeline", *words, "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=PROJECT_ROOT)
    process.stdout.close()  # the reader is gone before the command writes
    error = process.stderr.read().decode("utf-8")
    process.wait(timeout=120)
    assert "Traceback" not in error and "BrokenPipeError" not in error, error


def test_ingest_on_a_malformed_dask_address_is_one_error_line_not_a_traceback(tmp_path, capsys):
    report = tmp_path / "report.txt"
    report.write_text("2019-05-04\nShelling hit a village south of Idlib.\n", encoding="utf-8")
    words = ["ingest", "--quiet", "--db", str(tmp_path / "store.sqlite"), "--dask", "no-port-here", str(report)]
    assert main(words) == 2
    err = capsys.readouterr().err
    assert "error: no Dask scheduler at 'no-port-here'" in err and "Traceback" not in err


def test_a_failed_dask_ingest_leaves_nothing_that_hangs_a_process_forked_after(tmp_path, capsys):
    """The half-built client of an unreachable scheduler must not wait in a later fork's garbage collection: its
    close waits for an event loop the fork does not have (an ingest's worker hung so, holding the write lock)."""
    import gc
    import multiprocessing

    report = tmp_path / "report.txt"
    report.write_text("2019-05-04\nShelling hit a village south of Idlib.\n", encoding="utf-8")
    words = ["ingest", "--quiet", "--db", str(tmp_path / "store.sqlite"), "--dask", "no-port-here", str(report)]
    gc.disable()  # what the collector has not yet reached is what a fork inherits
    try:
        assert main(words) == 2
        child = multiprocessing.get_context("fork").Process(target=gc.collect)
        child.start()
        child.join(30)
        hung = child.exitcode is None
        if hung:
            child.kill()
    finally:
        gc.enable()
    assert not hung, "a forked process hung collecting the failed client"
    capsys.readouterr()


@pytest.mark.parametrize(
    ("words", "option"),
    [
        (["chart", "over_time", "--out", "x.png", "--width", "-5"], "--width"),
        (["chart", "over_time", "--out", "x.png", "--height", "0"], "--height"),
        (["chart", "over_time", "--out", "x.png", "--scale", "-1.5"], "--scale"),
        (["ingest", "somewhere", "--workers", "0"], "--workers"),
        (["brief", "--out", "x.md", "--top", "-3"], "--top"),
    ],  # fmt: skip
)
def test_a_size_or_count_option_below_one_is_an_error_naming_the_option(words, option, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(words)
    assert stopped.value.code == 2
    assert f"argument {option}: must be" in capsys.readouterr().err


def test_ingest_of_a_folder_without_a_report_warns_instead_of_a_quiet_success(tmp_path, capsys):
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    assert main(["ingest", "--quiet", "--db", str(tmp_path / "store.sqlite"), str(folder)]) == 0
    error = capsys.readouterr().err
    assert f"warning: no report found in {folder}: reports are .csv, .htm" in error, error


def test_ingest_of_only_missing_paths_is_an_error_naming_them_and_creates_no_store(tmp_path, capsys):
    db = tmp_path / "store.sqlite"
    missing = tmp_path / "no-such-folder"
    assert main(["ingest", "--quiet", "--db", str(db), str(missing)]) == 2
    assert f"no such file or folder: {missing}" in capsys.readouterr().err
    assert not db.exists()


def test_ingest_of_a_missing_path_beside_a_real_one_reads_the_real_one_and_names_the_missing(tmp_path, capsys):
    db = tmp_path / "store.sqlite"
    report = tmp_path / "report.txt"
    report.write_text("A made-up line about nothing in particular.\n", encoding="utf-8")
    missing = tmp_path / "typo.txt"
    assert main(["ingest", "--quiet", "--db", str(db), str(missing), str(report)]) == 1
    assert f"failed: {missing}: no such file" in capsys.readouterr().err
    assert db.exists()


def test_ingest_names_each_report_it_could_not_date_and_still_succeeds(tmp_path, capsys):
    db = tmp_path / "store.sqlite"
    report = tmp_path / "no-stamp.txt"
    report.write_text("Rockets fell on a village near Idlib yesterday, residents said.\n", encoding="utf-8")
    assert main(["ingest", "--quiet", "--db", str(db), str(report)]) == 0
    err = capsys.readouterr().err
    assert f"undated: {report} (no-stamp): no publication date found, so its relative dates are unresolved" in err


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["chart", "map"], "error: chart map: give --out FILE.png"),
        (["chart", "all"], "error: chart all: give --out-dir"),
    ],
)
def test_a_chart_without_its_output_is_a_usage_error(words, message, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(words)
    assert stopped.value.code == 2 and capsys.readouterr().err.startswith(message)


def _usage(command: str) -> str:
    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    return " ".join(subparsers.choices[command].format_usage().split())


def test_the_briefings_usage_shows_its_period_as_required_and_the_tables_as_optional():
    brief = _usage("brief")
    assert " --from DATE --to DATE " in brief and "[--from" not in brief and "[--faction FACTION]" in brief
    assert "[--from DATE]" in _usage("events")  # the timeline table runs over the whole store without one


def test_the_command_runs_from_the_folder_of_the_reports(tmp_path):
    # an analyst types ".venv/bin/python -m timeline …" beside their reports, not in the project folder:
    # scripts/setup.sh puts the project on the venv's path
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "extract" in done.stdout

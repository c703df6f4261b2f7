import datetime as dt

import pytest

from timeline.analysis import Filters
from timeline.cli import build_parser
from timeline.commands.filters import filters_from

OPTIONS = ["--from", "2018-11-01", "--to", "2018-11-30", "--bloc", "jihadist", "--admin1", "Hama", "--violations-only"]


def test_events_chart_and_brief_read_the_same_filters():
    parser = build_parser()
    commands = {
        "events": ["events"],
        "chart": ["chart", "over_time", "--out", "x.png"],
        "brief": ["brief", "--out", "x.html"],
    }
    parsed = {name: filters_from(parser.parse_args(words + OPTIONS)) for name, words in commands.items()}
    expected = Filters(
        start=dt.date(2018, 11, 1),
        end=dt.date(2018, 11, 30),
        blocs=("jihadist",),
        admin1=("Hama",),
        violations_only=True,
    )
    assert parsed["events"] == parsed["chart"] == parsed["brief"] == expected


def test_faction_option_takes_ids_names_in_both_languages_and_aliases():
    parser = build_parser()
    for value in ("hts", "HTS", "Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "هيئة تحرير الشام", "النصرة"):
        assert filters_from(parser.parse_args(["events", "--faction", value])).factions == ("hts",), value
    assert filters_from(parser.parse_args(["events", "--bloc", "Jihadist groups"])).blocs == ("jihadist",)


def test_unknown_faction_is_an_error_listing_close_matches(capsys):
    parser = build_parser()
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(["events", "--faction", "russa"])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert "unknown faction 'russa'" in error and "did you mean russia" in error
    with pytest.raises(SystemExit):
        parser.parse_args(["events", "--faction", "nonsense"])
    error = capsys.readouterr().err
    assert "known ids:" in error and "hts" in error and "previous" not in error

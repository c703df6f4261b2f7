import datetime as dt

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

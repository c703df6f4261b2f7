"""The ``events`` command's text table: each computed cell stays on its own incident's row."""

import pandas as pd

from timeline.commands.events import table


def _incidents(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame["first"] = pd.to_datetime(frame["first"]).astype("datetime64[s]")
    frame["last"] = frame["first"]
    defaults = {"type": "shelling", "actor1": "unknown", "admin1": "Idlib", "n_sources": 1,
                "agreement": "sochi-2018", "violation": "yes", "days_since": 1}  # fmt: skip
    return frame.assign(**defaults)


def test_the_killed_figure_stays_with_its_incident_when_the_store_returns_them_out_of_date_order():
    frame = _incidents(
        [
            {"incident_id": "inc-b", "first": "2019-03-02", "targets": ("civilians",), "place_name": "Later Town",
             "killed_low": 9.0, "killed_high": 9.0},
            {"incident_id": "inc-a", "first": "2019-03-01", "targets": ("hts",), "place_name": "Earlier Town",
             "killed_low": None, "killed_high": None},
            {"incident_id": "inc-c", "first": "2019-03-03", "targets": (), "place_name": "Last Town",
             "killed_low": 2.0, "killed_high": 5.0},
        ]
    )  # fmt: skip
    lines = table(frame).splitlines()[1:]
    by_id = {line.split()[0]: line for line in lines}
    assert [line.split()[0] for line in lines] == ["inc-a", "inc-b", "inc-c"]
    assert " 9 " not in by_id["inc-a"] and "hts" in by_id["inc-a"]
    assert " 9 " in by_id["inc-b"] and "civilians" in by_id["inc-b"]
    assert " 2-5 " in by_id["inc-c"]


def test_a_verdict_of_before_names_the_agreement_it_came_before_beside_the_one_in_force():
    """An incident of 2018-05-05 read "astana-2017  before  366": before the agreement shown, 366 days after it."""
    frame = _incidents([{"incident_id": "inc-a", "first": "2018-05-05", "targets": (), "place_name": "Some Town",
                         "killed_low": None, "killed_high": None}])  # fmt: skip
    frame = frame.assign(agreement="astana-2017", violation="before", days_since=366)
    (line,) = table(frame).splitlines()[1:]
    assert line.split()[-4:] == ["astana-2017", "before", "sochi-2018", "366"], line
    judged = table(frame.assign(agreement="sochi-2018", violation="yes", days_since=60)).splitlines()[1]
    assert judged.split()[-3:] == ["sochi-2018", "yes", "60"], judged

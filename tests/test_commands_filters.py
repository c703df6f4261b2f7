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
    assert "known:" in error and "hts" in error and "previous" not in error


@pytest.mark.parametrize(
    ("option", "value", "first"),
    [
        ("--faction", "free army", "fsa"),  # every word in one of its names: before "regime army", spelt closer
        ("--faction", "ahrar", "ahrar-al-sham"),  # a name's first word alone
        ("--admin1", "Hama city", "Hama"),  # the word typed first before "Damascus city", spelt closer
        ("--faction", "hezbolah", "iran-backed-militias"),  # a near spelling of an alias
    ],
)
def test_an_unknown_name_suggests_the_nearest_known_one_first(capsys, option, value, first):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["events", option, value])
    assert f"; did you mean {first}" in capsys.readouterr().err


def test_an_unknown_name_close_to_none_suggests_none(capsys):
    """A name sharing only a word ending with an alias ("militia") was offered as what the analyst meant."""
    with pytest.raises(SystemExit):
        build_parser().parse_args(["events", "--faction", "xyz-militia"])
    error = capsys.readouterr().err
    assert "did you mean" not in error and "known: ahrar-al-sham, civilians" in error


def test_type_option_takes_ids_and_labels_in_both_languages():
    parser = build_parser()
    for value in ("air_strike", "air strike", "Air Strike", "غارة جوية"):
        assert filters_from(parser.parse_args(["events", "--type", value])).event_types == ("air_strike",), value


def test_governorate_and_district_options_take_english_and_arabic_names():
    parser = build_parser()
    for value in ("Idlib", "idlib", "إدلب", "ادلب"):
        assert filters_from(parser.parse_args(["events", "--admin1", value])).admin1 == ("Idlib",), value
    assert filters_from(parser.parse_args(["events", "--admin2", "معرة النعمان"])).admin2 == ("Maarrat al-Nu'man",)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--type", "shellin", "unknown event type 'shellin'; did you mean shelling?"),
        ("--admin1", "Idlb", "unknown governorate 'Idlb'; did you mean Idlib?"),
        ("--admin2", "Nowhere District", "unknown district 'Nowhere District'"),
    ],
)
def test_unknown_type_or_admin_unit_is_an_error_not_an_empty_result(capsys, option, value, message):
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["events", option, value])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def stopped_with(capsys, call) -> str:
    """The one error line a bad option value stops a command with (exit status 2, like argparse's)."""
    with pytest.raises(SystemExit) as stopped:
        call()
    assert stopped.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("error: ")
    return line


def test_outlet_option_matches_the_stores_outlets_whatever_the_case(capsys):
    from timeline.commands.filters import with_store_outlets

    known = {"Reuters", "Sky News Arabia"}
    assert with_store_outlets(Filters(outlets=("reuters", "sky news  arabia")), known).outlets == (
        "Reuters",
        "Sky News Arabia",
    )
    line = stopped_with(capsys, lambda: with_store_outlets(Filters(outlets=("reuter",)), known))
    assert "no outlet 'reuter' in the store; did you mean Reuters" in line
    assert with_store_outlets(Filters(), known) == Filters()


def test_an_outlet_is_chosen_by_any_of_its_names_with_every_name_the_store_gives_it():
    from timeline.commands.filters import with_store_outlets

    known = {"Al Arabiya", "العربية", "بي بي سي عربي", "Reuters"}  # one outlet named in each report's language
    for typed in ("al arabiya", "العربية", "Arabiya"):
        assert with_store_outlets(Filters(outlets=(typed,)), known).outlets == ("Al Arabiya", "العربية"), typed
    assert with_store_outlets(Filters(outlets=("BBC",)), known).outlets == ("بي بي سي عربي",)  # an alias
    assert with_store_outlets(Filters(outlets=("reuters", "Reuters")), known).outlets == ("Reuters",)


def test_an_unknown_outlet_names_the_outlets_the_store_has_or_those_with_that_word(capsys):
    from timeline.commands.filters import with_store_outlets

    known = {"Sky News Arabia", "بي بي سي عربي", "Reuters"}
    line = stopped_with(capsys, lambda: with_store_outlets(Filters(outlets=("tass",)), known))
    assert "no outlet 'tass' in the store; the store has these outlets: Reuters, Sky News" in line
    assert "did you mean Sky News Arabia" in stopped_with(
        capsys, lambda: with_store_outlets(Filters(outlets=("sky",)), known)
    )
    many = {f"Outlet {n}" for n in range(40)}
    line = stopped_with(capsys, lambda: with_store_outlets(Filters(outlets=("nowhere",)), many))
    assert line.endswith("the store has 40 outlets")


def test_a_period_ending_before_it_starts_is_an_error_not_an_empty_result(capsys):
    args = build_parser().parse_args(["events", "--from", "2019-01-01", "--to", "2018-01-01"])
    with pytest.raises(SystemExit) as stopped:
        filters_from(args)
    assert stopped.value.code == 2  # like argparse's other bad values, not 1
    assert "--from/--to: the period starts (2019-01-01) after it ends (2018-01-01)" in capsys.readouterr().err


def test_type_option_takes_a_label_in_short_and_the_verdict_name():
    parser = build_parser()
    for value, expected in (("غارة", "air_strike"), ("strike", "air_strike"), ("اشتباك", "armed_clash"),
                            ("clash", "armed_clash"), ("محاولة تسلل", "infiltration")):  # fmt: skip
        assert filters_from(parser.parse_args(["events", "--type", value])).event_types == (expected,), value


def test_a_short_name_two_types_share_is_no_type(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["events", "--type", "air"])  # "air strike" only, but "air" is no head noun
    assert "unknown event type 'air'" in capsys.readouterr().err


def test_governorate_option_takes_the_spellings_of_its_same_named_units():
    parser = build_parser()
    for value, expected in (("Idleb", "Idlib"), ("Hamah", "Hama")):
        assert filters_from(parser.parse_args(["events", "--admin1", value])).admin1 == (expected,), value

"""The reference object: every table extraction reads comes from the Reference it is given, none from a
hidden cache. The texts, the alias and the village are invented for these tests (no corpus sentence)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import pickle
import shutil
from pathlib import Path

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.paths import DATA_DIR
from timeline.reference import Reference, default_reference

# An invented brigade and an invented village, in an invented report.
ALIAS = "لواء الغيمة البيضاء"
VILLAGE = "عين الزنبق"
TEXT = f"عنوان\n\nقصف {ALIAS} يوم السبت قرية {VILLAGE} ما أدى إلى مقتل ثلاثة مدنيين."
ARTICLE = Article(key="t", text=TEXT, published=dt.datetime(2019, 5, 6), language="ar", source="موقع الاختبار")


def _extended_data(folder: Path) -> Path:
    """A copy of data/ with one invented alias and one invented village added."""
    data = folder / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("sample", "basemap", "*.sqlite*"))
    with (data / "faction_aliases.csv").open("a", encoding="utf-8") as fh:
        fh.write(f"hts,{ALIAS},ar,invented for a test\n")
    header = (data / "places.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    row = dict.fromkeys(header, "") | {
        "id": "test:zanbaq",
        "name_en": "Ein al-Zanbaq",
        "name_ar": VILLAGE,
        "kind": "village",
        "admin1": "Idlib",
        "admin2": "Ariha",
        "admin3": "Ariha",
        "pcode": "SY070200",
        "lat": "35.8",
        "lon": "36.6",
        "precision": "1",
        "population": "0",
        "needs_cue": "0",
    }
    with (data / "places.csv").open("a", encoding="utf-8") as fh:
        fh.write(",".join(row[c] for c in header) + "\n")
    return data


def _perpetrators_and_pcodes(result: dict) -> list[tuple[list[str], str | None]]:
    return [(e["perpetrators"], e["place"]["pcode"]) for e in result["events"]]


def test_a_reference_from_an_extended_copy_of_the_data_changes_only_its_own_extraction(tmp_path):
    before = extract_article(ARTICLE)
    extended = Reference.load(_extended_data(tmp_path))
    assert _perpetrators_and_pcodes(extract_article(ARTICLE, extended)) == [(["hts"], "SY070200")]
    # the default reference (and any other) never sees the extended tables: no state is shared
    assert _perpetrators_and_pcodes(before) == [([], None)]
    assert extract_article(ARTICLE) == before
    assert extract_article(ARTICLE, default_reference()) == before


def test_the_reference_is_frozen_and_pickles():
    reference = default_reference()
    with pytest.raises(dataclasses.FrozenInstanceError):
        reference.factions = None  # type: ignore[misc]
    copy = pickle.loads(pickle.dumps(reference))
    assert copy is not reference
    assert copy.factions.aliases == reference.factions.aliases
    assert copy.event_types.by_id == reference.event_types.by_id
    assert extract_article(ARTICLE, copy) == extract_article(ARTICLE, reference)


def test_a_bad_table_row_of_a_data_copy_is_an_error_naming_the_file(tmp_path):
    data = _extended_data(tmp_path)
    with (data / "faction_aliases.csv").open("a", encoding="utf-8") as fh:
        fh.write("no-such-faction,اسم مخترع,ar,\n")
    with pytest.raises(ValueError, match=r"faction_aliases\.csv:\d+: unknown faction id 'no-such-faction'"):
        Reference.load(data)


def test_ingest_loads_one_reference_for_the_whole_batch(tmp_path, monkeypatch):
    """Not once per report: the process's one reference serves every report of a run, and the next run."""
    from timeline import ingest as ingest_mod
    from timeline.store import Store

    loads: list[Path | None] = []
    used: set[int] = set()
    load = Reference.load.__func__

    def counting_load(cls, data_dir=None):
        loads.append(data_dir)
        return load(cls, data_dir)

    def recording_extract(article, reference=None):
        used.add(id(reference))
        return {"article": article.metadata_dict(), "dates": [], "events": []}

    monkeypatch.setattr(Reference, "load", classmethod(counting_load))
    monkeypatch.setattr(ingest_mod, "extract_article", recording_extract)
    default_reference.cache_clear()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"r{n}.txt").write_text(f"عنوان {n}\n\nنص تقرير مخترع رقم {n}.\n", encoding="utf-8")
    store = Store(tmp_path / "t.sqlite")
    assert ingest_mod.ingest([corpus], store, workers=1, progress=False).new == 3
    (corpus / "r3.txt").write_text("عنوان آخر\n\nنص تقرير مخترع آخر.\n", encoding="utf-8")
    assert ingest_mod.ingest([corpus], store, workers=1, progress=False).new == 1
    default_reference.cache_clear()  # the next test loads its own
    assert loads == [None]  # once, not per report nor per run
    assert len(used) == 1 and id(None) not in used  # every report extracted with that one reference


def test_the_extract_command_reads_the_tables_of_another_data_folder(tmp_path, capsys):
    from timeline.cli import main

    report = tmp_path / "report.txt"
    report.write_text(TEXT, encoding="utf-8")
    data = _extended_data(tmp_path)
    assert main(["extract", "--json", "--published", "2019-05-06", "--data-dir", str(data), str(report)]) == 0
    (extended,) = json.loads(capsys.readouterr().out)
    assert _perpetrators_and_pcodes(extended) == [(["hts"], "SY070200")]
    assert main(["extract", "--json", "--published", "2019-05-06", str(report)]) == 0
    (shipped,) = json.loads(capsys.readouterr().out)
    assert _perpetrators_and_pcodes(shipped) == [([], None)]


def test_the_extract_command_names_a_bad_data_folder(tmp_path, capsys):
    from timeline.cli import main

    report = tmp_path / "report.txt"
    report.write_text(TEXT, encoding="utf-8")
    assert main(["extract", "--data-dir", str(tmp_path / "nowhere"), str(report)]) == 2
    assert (
        capsys.readouterr().err == f"error: --data-dir {tmp_path / 'nowhere'}: no such folder (give a copy of data/)\n"
    )


def test_extraction_given_a_reference_never_falls_back_on_the_default(monkeypatch):
    """Every stage reads the tables it is given: with the default reference made unreachable, extracting
    the invented report and the bundled (invented) sample with an explicit reference still works."""
    import timeline.reference as reference_module
    from timeline.readers import read_paths

    reference = Reference.load()
    articles = [ARTICLE, *read_paths([DATA_DIR / "sample"]).articles]
    expected = [extract_article(a, reference) for a in articles]

    def unreachable():
        raise AssertionError("a stage read the default reference instead of the one it was given")

    monkeypatch.setattr(reference_module, "default_reference", unreachable)
    assert [extract_article(a, reference) for a in articles] == expected


# An invented incident catalogue: dated entries, the last dated only by a part of a month.
CATALOGUE = Article(
    key="c",
    text=(
        "هجمات موثقة\n\n"
        "وثق فريقنا الهجمات الآتية:\n"
        "في 3 آب 2019 قصفت قوات النظام بلدة كفرنبل بالمدفعية.\n"
        "في 5 آب 2019 أصابت غارة جوية سوقاً في بلدة حاس.\n"
        "في 9 آب 2019 قصفت راجمات الصواريخ قرية الهبيط.\n"
        "في 12 آب 2019 استهدفت غارة جوية مخبزاً في بلدة التمانعة.\n"
        "في أواخر آب 2019 أصابت غارة جوية مدرسة في بلدة معرة حرمة.\n"
    ),
    published=dt.datetime(2019, 9, 10),
    language="ar",
    source="موقع الاختبار",
)


def test_extraction_given_a_reference_reads_no_file(monkeypatch):
    """Every table is read once, when the reference is loaded: extracting a report (here the invented one, an
    invented catalogue with a part of a month and the bundled sample) opens no file (a stage that reloaded a
    table per report made the catalogues twice as slow)."""
    import builtins
    import io

    from timeline.readers import read_paths

    reference = Reference.load()
    articles = [ARTICLE, CATALOGUE, *read_paths([DATA_DIR / "sample"]).articles]
    expected = [extract_article(a, reference) for a in articles]
    assert any(e["date_text"] == "أواخر آب 2019" for e in expected[1]["events"])  # the entry of late August

    def no_open(*args, **kwargs):
        raise AssertionError(f"extraction opened a file: {args[:1]}")

    monkeypatch.setattr(builtins, "open", no_open)
    monkeypatch.setattr(io, "open", no_open)
    monkeypatch.setattr(Path, "open", no_open)
    assert [extract_article(a, reference) for a in articles] == expected


def _mutable_containers(value, path: str, seen: set[int]) -> list[str]:
    """The paths of every dict, list or set reachable from ``value`` that can still be changed (memos aside)."""
    from timeline.frozen import FrozenDict

    if id(value) in seen or isinstance(value, (str, bytes, int, float, type(None))):
        return []
    seen.add(id(value))
    found = [path] if isinstance(value, (dict, list, set)) and not isinstance(value, FrozenDict) else []
    if isinstance(value, dict):
        items = list(value.items())
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = list(enumerate(value))
    elif dataclasses.is_dataclass(value):
        items = [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value) if f.compare]
    elif hasattr(value, "__dict__") and type(value).__module__.startswith("timeline"):
        memos = {"starts_cache", "_roles"}  # the gazetteer's lookup memos
        items = [(k, v) for k, v in vars(value).items() if k not in memos]
    else:
        items = []
    for key, item in items:
        found += _mutable_containers(item, f"{path}.{key}", seen)
    return found


def test_no_table_of_a_reference_can_be_changed():
    """One reference serves every report of a run: a table one report could change would change the next's."""
    reference = Reference.load()
    assert _mutable_containers(reference, "reference", set()) == []
    with pytest.raises(TypeError, match="read-only"):
        reference.factions.aliases["اسم مخترع"] = "hts"
    with pytest.raises(TypeError, match="read-only"):
        reference.dates.lexicon.months.clear()
    with pytest.raises(TypeError, match="read-only"):
        reference.factions.factions["hts"]["bloc"] = "other"
    with pytest.raises(AttributeError):
        reference.gazetteer.index["دمشق"].append(None)  # a tuple
    copy = pickle.loads(pickle.dumps(reference))
    assert _mutable_containers(copy, "copy", set()) == []
    with pytest.raises(TypeError, match="read-only"):
        copy.triggers.table.update({"كلمة": (None, "incident")})


def test_extraction_compiles_no_pattern_per_report(monkeypatch):
    """The cue-word grammars are compiled when the reference is built: once the invented report and the bundled
    (invented) sample have been read, reading them again compiles no regular expression."""
    import re

    from timeline.readers import read_paths

    reference = Reference.load()
    articles = [ARTICLE, CATALOGUE, *read_paths([DATA_DIR / "sample"], tables=reference.readers).articles]
    expected = [extract_article(a, reference) for a in articles]

    def no_compile(*args, **kwargs):
        raise AssertionError(f"a pattern was compiled while extracting: {args[:1]}")

    monkeypatch.setattr(re, "compile", no_compile)
    assert [extract_article(a, reference) for a in articles] == expected

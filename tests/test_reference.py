"""The reference object: every table extraction reads comes from the Reference it is given, none from a
hidden cache. The texts, the alias and the village are invented for these tests (no corpus sentence)."""

from __future__ import annotations

import dataclasses
import datetime as dt
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

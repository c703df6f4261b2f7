"""Build ``data/basemap/nw_syria.geojson``: land, country borders and coast of north-west Syria and around.

Source: Natural Earth 1:10m admin-0 countries (public domain) as redistributed in TopoJSON by the
``world-atlas`` npm package (ISC licence; used at build time only, nothing of it is fetched at run
time):

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/build_basemap.py package/countries-10m.json

Each country's rings are clipped to the map's box (``BOX``) and written as a Polygon feature (land);
each TopoJSON arc inside the box is written once as a LineString, ``kind`` ``border`` when two
countries share it, ``coast`` otherwise. Coordinates are rounded to 4 decimals (~10 m).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

BOX = (35.2, 34.4, 38.8, 37.4)
"""lon_min, lat_min, lon_max, lat_max: the governorates of Idlib, Hama, Latakia and Aleppo with a margin."""
OUT = Path(__file__).resolve().parent.parent / "data" / "basemap" / "nw_syria.geojson"
NAMES_AR = {"Syria": "سوريا", "Turkey": "تركيا", "Lebanon": "لبنان", "Cyprus": "قبرص", "Iraq": "العراق"}


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantized, delta-encoded arcs as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs) -> list[tuple[float, float]]:
    """A ring's points from its arc indices (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def clip_polygon(points, box) -> list[tuple[float, float]]:
    """Sutherland–Hodgman: the part of a ring inside the (convex) box."""
    x0, y0, x1, y1 = box
    edges = (
        (lambda p: p[0] >= x0, lambda p, q: _cross_x(p, q, x0)),
        (lambda p: p[0] <= x1, lambda p, q: _cross_x(p, q, x1)),
        (lambda p: p[1] >= y0, lambda p, q: _cross_y(p, q, y0)),
        (lambda p: p[1] <= y1, lambda p, q: _cross_y(p, q, y1)),
    )
    for inside, cross in edges:
        result = []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    result.append(cross(previous, current))
                result.append(current)
            elif inside(previous):
                result.append(cross(previous, current))
        points = result
        if not points:
            break
    return points


def _cross_x(p, q, x):
    t = (x - p[0]) / (q[0] - p[0])
    return (x, p[1] + t * (q[1] - p[1]))


def _cross_y(p, q, y):
    t = (y - p[1]) / (q[1] - p[1])
    return (p[0] + t * (q[0] - p[0]), y)


def clip_line(points, box) -> list[list[tuple[float, float]]]:
    """The runs of a line whose points lie in the box (a run keeps one point either side of the edge)."""
    x0, y0, x1, y1 = box
    inside = [x0 <= x <= x1 and y0 <= y <= y1 for x, y in points]
    runs, run = [], []
    for i, point in enumerate(points):
        near = inside[i] or (i > 0 and inside[i - 1]) or (i + 1 < len(points) and inside[i + 1])
        if near:
            run.append(point)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [r for r in runs if len(r) > 1]


def _round(points):
    return [[round(x, 4), round(y, 4)] for x, y in points]


def build(topology: dict, box=BOX) -> dict:
    arcs = decode_arcs(topology)
    features, users = [], {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry.get("arcs", [])]
        rings = []
        for polygon in polygons:
            for ring in polygon:
                for index in ring:
                    users.setdefault(index if index >= 0 else ~index, set()).add(name)
                clipped = clip_polygon(ring_points(ring, arcs), box)
                if len(clipped) >= 3:
                    rings.append([*_round(clipped), _round(clipped[:1])[0]])
        if rings:
            features.append(
                {
                    "type": "Feature",
                    "properties": {"kind": "land", "name": name, "name_ar": NAMES_AR.get(name, name)},
                    "geometry": {"type": "MultiPolygon", "coordinates": [[ring] for ring in rings]},
                }
            )
    for index, names in sorted(users.items()):
        for run in clip_line(arcs[index], box):
            kind = "border" if len(names) > 1 else "coast"
            features.append(
                {
                    "type": "Feature",
                    "properties": {"kind": kind},
                    "geometry": {"type": "LineString", "coordinates": _round(run)},
                }
            )
    return {
        "type": "FeatureCollection",
        "bbox": list(box),
        "attribution": "Natural Earth 1:10m admin-0 countries (public domain), via world-atlas 2.0.2 (ISC)",
        "features": features,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="countries-10m.json of the world-atlas package")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    collection = build(json.loads(args.topojson.read_text(encoding="utf-8")))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    kinds = [f["properties"]["kind"] for f in collection["features"]]
    print(f"{args.out}: {len(kinds)} features ({', '.join(f'{k} {kinds.count(k)}' for k in sorted(set(kinds)))})")


if __name__ == "__main__":
    main()

"""Country outlines for the brief's map: read offline from ``data/outlines.json``.

The file is derived once, at build time, from the ``world-atlas`` npm package (ISC licence; the
shapes are Natural Earth's, public domain) by ``python -m frontwire.brief.outlines TOPOJSON``:
its TopoJSON arcs are decoded, simplified (Douglas–Peucker) and rounded to hundredths of a degree,
and each country is keyed by its ISO 3166-1 alpha-2 code. Nothing is fetched at run time.

Stored form: ``{"source": ..., "countries": {"AF": {"name": "Afghanistan", "rings": [[lon0, lat0,
dlon1, dlat1, ...], ...]}}}`` with coordinates in hundredths of a degree, each point after the first
a difference from the one before (a third of the size of plain coordinates).
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

#: outlines are simplified to this tolerance in degrees (the map is a small overview)
TOLERANCE = 0.04
#: stored coordinates are integers in these units of a degree
SCALE = 100

Ring = list[tuple[float, float]]


@dataclass(slots=True)
class Country:
    """One country's outline: rings of (lon, lat) points."""

    code: str
    name: str
    rings: list[Ring]
    #: (west, south, east, north) of each ring, to skip rings far from what is asked
    boxes: list[tuple[float, float, float, float]]


@lru_cache(maxsize=1)
def load_outlines() -> dict[str, Country]:
    """Every country's outline, by ISO alpha-2 code, from the packaged data file."""
    text = resources.files("frontwire").joinpath("data/outlines.json").read_text(encoding="utf-8")
    data = json.loads(text)
    out: dict[str, Country] = {}
    for code, item in data["countries"].items():
        rings = []
        for flat in item["rings"]:
            lon, lat, ring = 0, 0, []
            for i in range(0, len(flat), 2):
                lon, lat = lon + flat[i], lat + flat[i + 1]
                ring.append((lon / SCALE, lat / SCALE))
            rings.append(ring)
        boxes = [
            (min(p[0] for p in r), min(p[1] for p in r), max(p[0] for p in r), max(p[1] for p in r))
            for r in rings
        ]
        out[code] = Country(code, item["name"], rings, boxes)
    return out


# --------------------------------------------------------------------------- build time


def _decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[Ring]) -> Ring:
    points: Ring = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def _simplify(points: Ring, tolerance: float) -> Ring:
    """Douglas–Peucker, iterative (rings of thousands of points would recurse too deep)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = math.hypot(x2 - x1, y2 - y1)
        best, index = 0.0, -1
        for i in range(first + 1, last):
            x0, y0 = points[i]
            if length == 0:
                d = math.hypot(x0 - x1, y0 - y1)
            else:
                d = abs((x2 - x1) * (y1 - y0) - (x1 - x0) * (y2 - y1)) / length
            if d > best:
                best, index = d, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack.extend([(first, index), (index, last)])
    return [p for p, k in zip(points, keep, strict=True) if k]


def build_outlines(topojson: Path, tolerance: float = TOLERANCE) -> dict[str, Any]:
    """The stored form of a world-atlas ``countries-*.json`` TopoJSON file."""
    import pycountry

    topology = json.loads(topojson.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    countries: dict[str, Any] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        number, name = geometry.get("id"), geometry.get("properties", {}).get("name", "")
        found = pycountry.countries.get(numeric=number) if number else None
        code = found.alpha_2 if found else {"Kosovo": "XK"}.get(name)
        if code is None:
            continue  # disputed areas without a code (N. Cyprus, Somaliland) are drawn by neighbours
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = []
        for polygon in polygons:
            for indexes in polygon[:1]:  # outer ring only: holes (lakes, enclaves) do not show at this size
                ring = _simplify(_ring(indexes, arcs), tolerance)
                ints = [(round(x * SCALE), round(y * SCALE)) for x, y in ring]
                if len(set(ints)) < 3:
                    continue
                flat, last = [], (0, 0)
                for x, y in ints:
                    flat.extend([x - last[0], y - last[1]])
                    last = (x, y)
                rings.append(flat)
        if rings:
            entry = countries.setdefault(code, {"name": name, "rings": []})
            entry["rings"].extend(rings)
    return {
        "source": f"world-atlas {topojson.name} (Natural Earth, public domain; ISC), "
        f"simplified to {tolerance} degrees",
        "countries": dict(sorted(countries.items())),
    }


def main() -> None:
    """``python -m frontwire.brief.outlines TOPOJSON [-o FILE]``: rebuild the outlines data file."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("topojson", type=Path, help="world-atlas countries-50m.json or countries-110m.json")
    parser.add_argument("-o", "--output", type=Path, default=Path("src/frontwire/data/outlines.json"))
    parser.add_argument("--tolerance", type=float, default=TOLERANCE)
    args = parser.parse_args()
    data = build_outlines(args.topojson, args.tolerance)
    args.output.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(data['countries'])} countries -> {args.output} ({args.output.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

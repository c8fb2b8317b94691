"""The brief's pictures, drawn by Frontwire as inline SVG: a map of the period's events over country
outlines (`frontwire.brief.outlines`) and a small per-day timeline chart.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING

from frontwire.records import BriefDay, BriefPoint

if TYPE_CHECKING:
    from frontwire.brief.outlines import Country, Ring

#: category -> colour, in legend order; unknown categories are grey
COLOURS: dict[str, str] = {
    "Change of control": "#d62728",
    "Contested control": "#ff7f0e",
    "Imminent or threatened": "#9467bd",
    "Battles": "#1f77b4",
    "Explosions/Remote violence": "#8c564b",
    "Violence against civilians": "#e377c2",
    "Protests": "#2ca02c",
    "Riots": "#bcbd22",
    "Strategic developments": "#17becf",
    "Other": "#7f7f7f",
}
#: the map shows at least this many degrees of longitude and latitude around its points
MIN_SPAN = (12.0, 7.0)


def colour(category: str) -> str:
    """The colour of a category of events."""
    return COLOURS.get(category, COLOURS["Other"])


def _order(categories: set[str]) -> list[str]:
    known = [c for c in COLOURS if c in categories]
    return known + sorted(categories - set(COLOURS))


def _inside(lon: float, lat: float, ring: Ring) -> bool:
    hit = False
    j = len(ring) - 1
    for i, (xi, yi) in enumerate(ring):
        xj, yj = ring[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def _legend(categories: list[str], x: float, y: float) -> list[str]:
    out = []
    for i, category in enumerate(categories):
        cy = y + i * 16
        out.append(
            f'<circle cx="{x + 6}" cy="{cy}" r="5" fill="{colour(category)}" stroke="#fff"/>'
            f'<text x="{x + 16}" y="{cy + 4}" class="legend">{escape(category)}</text>'
        )
    return out


def map_svg(points: Sequence[BriefPoint], width: int = 640, height: int = 380) -> str:
    """An equirectangular map around ``points`` (the whole world without any), one dot per place and
    category, coloured by category, countries with events shaded, and a legend."""
    # imported here so that ``python -m frontwire.brief.outlines`` finds the module not yet loaded
    from frontwire.brief.outlines import load_outlines

    outlines = load_outlines()
    if points:
        lons, lats = [p.lon for p in points], [p.lat for p in points]
        lon0, lon1, lat0, lat1 = min(lons), max(lons), min(lats), max(lats)
        clon, clat = (lon0 + lon1) / 2, (lat0 + lat1) / 2
        span_lon = max(lon1 - lon0, MIN_SPAN[0]) * 1.3
        span_lat = max(lat1 - lat0, MIN_SPAN[1]) * 1.3
    else:
        clon, clat, span_lon, span_lat = 0.0, 10.0, 360.0, 150.0
    squeeze = math.cos(math.radians(max(-70.0, min(70.0, clat))))
    # widen one side so the view fills the picture at a single scale
    scale = min(width / (span_lon * squeeze), height / span_lat)
    half_lon, half_lat = width / scale / squeeze / 2, height / scale / 2
    west, east, south, north = clon - half_lon, clon + half_lon, clat - half_lat, clat + half_lat

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (width / 2 + (lon - clon) * squeeze * scale, height / 2 - (lat - clat) * scale)

    hit: set[str] = set()
    for p in points:
        for country in outlines.values():
            if any(
                box[0] <= p.lon <= box[2] and box[1] <= p.lat <= box[3] and _inside(p.lon, p.lat, ring)
                for ring, box in zip(country.rings, country.boxes, strict=True)
            ):
                hit.add(country.code)
                break

    paths = []
    for country in outlines.values():
        d = _path(country, xy, (west, east, south, north))
        if d:
            cls = "land hit" if country.code in hit else "land"
            paths.append(f'<path class="{cls}" d="{d}"><title>{escape(country.name)}</title></path>')

    names = [_country_label(outlines[code], xy) for code in sorted(hit)]
    dots: dict[tuple[str, float, float], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for p in points:
        dots[(p.place, round(p.lat, 3), round(p.lon, 3))][p.category].append(p.event)
    marks: list[str] = []
    labels: list[tuple[float, float, str]] = []
    taken: list[tuple[float, float, float, float]] = []  # boxes of dots and labels already placed
    for (place, lat, lon), by_category in sorted(dots.items()):
        x, y = xy(lon, lat)
        categories = _order(set(by_category))
        for i, category in enumerate(categories):
            # several kinds of event at one place fan out so that each stays visible
            dx = (i - (len(categories) - 1) / 2) * 9
            ids = ", ".join(by_category[category])
            marks.append(
                f'<circle cx="{x + dx:.1f}" cy="{y:.1f}" r="5.5" fill="{colour(category)}" class="dot">'
                f"<title>{escape(place)}: {escape(category)} ({escape(ids)})</title></circle>"
            )
        half = 4.5 * len(categories) + 2
        taken.append((x - half, y - 6, x + half, y + 6))
        labels.append((x, y, place))
    for x, y, place in labels:
        marks.append(_label(x, y, place, taken, width, height))
    legend = _legend(_order({p.category for p in points}), 10, 16) if points else []
    note = (
        []
        if points
        else [f'<text x="{width / 2}" y="{height - 12}" class="note">No located events in this period</text>']
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="Map of the period\'s events" class="map">'
        "<style>.land{fill:#eeeae2;stroke:#a9a39a;stroke-width:.6}.hit{fill:#e0d6c4}"
        ".dot{stroke:#fff;stroke-width:1.2}.place{font:600 11px sans-serif;fill:#222;"
        "paint-order:stroke;stroke:#fff;stroke-width:3px}.legend{font:11px sans-serif;fill:#222}"
        ".country{font:600 12px sans-serif;fill:#9a8f7d;letter-spacing:.2em;text-anchor:middle}"
        ".note{font:13px sans-serif;fill:#666;text-anchor:middle}.sea{fill:#f6f9fc}</style>"
        f'<rect class="sea" width="{width}" height="{height}"/>'
        + "".join(paths)
        + "".join(names)
        + "".join(marks)
        + '<g class="key">'
        + "".join(legend)
        + "</g>"
        + "".join(note)
        + "</svg>"
    )


def _overlaps(box: tuple[float, float, float, float], boxes: Sequence[tuple[float, ...]]) -> bool:
    return any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes)


def _label(
    x: float, y: float, text: str, taken: list[tuple[float, float, float, float]], width: int, height: int
) -> str:
    """A place name beside its dots: right, left, above or below, wherever it hides nothing."""
    w, h = 6.6 * len(text), 12.0
    gap = 8.0
    dots = [b for b in taken if b[0] <= x <= b[2] and b[1] <= y <= b[3]]
    half = (dots[0][2] - dots[0][0]) / 2 if dots else 6.0
    options = [
        (x + half + gap / 2, y + 4, "start", (x + half, y - h / 2, x + half + w + gap, y + h / 2)),
        (x - half - gap / 2, y + 4, "end", (x - half - w - gap, y - h / 2, x - half, y + h / 2)),
        (x, y - 10, "middle", (x - w / 2, y - 10 - h, x + w / 2, y - 8)),
        (x, y + 19, "middle", (x - w / 2, y + 8, x + w / 2, y + 8 + h)),
    ]
    inside = [o for o in options if o[3][0] >= 0 and o[3][2] <= width and o[3][1] >= 0 and o[3][3] <= height]
    free = [o for o in inside or options if not _overlaps(o[3], [b for b in taken if b not in dots])]
    tx, ty, anchor, box = (free or inside or options)[0]
    taken.append(box)
    return f'<text x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}" class="place">{escape(text)}</text>'


def _country_label(country: Country, xy: Callable[[float, float], tuple[float, float]]) -> str:
    ring = max(country.rings, key=len)
    lon = sum(p[0] for p in ring) / len(ring)
    lat = sum(p[1] for p in ring) / len(ring)
    x, y = xy(lon, lat)
    return f'<text x="{x:.1f}" y="{y + 24:.1f}" class="country">{escape(country.name.upper())}</text>'


def _path(
    country: Country,
    xy: Callable[[float, float], tuple[float, float]],
    view: tuple[float, float, float, float],
) -> str:
    west, east, south, north = view
    parts = []
    for ring, (w, s, e, n) in zip(country.rings, country.boxes, strict=True):
        if e < west or w > east or n < south or s > north:
            continue
        coords = [xy(lon, lat) for lon, lat in ring]
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in coords) + "Z")
    return "".join(parts)


def timeline_svg(days: Sequence[BriefDay], width: int = 640, height: int = 150) -> str:
    """Stacked bars of events per day, coloured by category; days outside the period are faded."""
    left, right, top, bottom = 30, 10, 26, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    most = max((sum(d.counts.values()) for d in days), default=0) or 1
    slot = plot_w / max(len(days), 1)
    bar = max(1.0, slot * 0.7)
    out = [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" class="axis"/>',
        f'<text x="{left - 4}" y="{top + 8}" class="tick" text-anchor="end">{most}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" class="tick" text-anchor="end">0</text>',
    ]
    # a key of its own: the map may lack a kind the chart shows (an expected capture since made)
    key_x = float(left)
    for category in _order({c for d in days for c in d.counts}):
        out.append(
            f'<rect x="{key_x:.1f}" y="6" width="9" height="9" fill="{colour(category)}"/>'
            f'<text x="{key_x + 13:.1f}" y="14" class="tick">{escape(category)}</text>'
        )
        key_x += 13 + 5.6 * len(category) + 12
    every = max(1, math.ceil(len(days) / 10))
    for i, d in enumerate(days):
        x = left + i * slot + (slot - bar) / 2
        if d.in_period:
            out.append(f'<rect x="{left + i * slot:.1f}" y="{top}" width="{slot:.1f}" '
                       f'height="{plot_h}" class="period"/>')  # fmt: skip
        y: float = top + plot_h
        for category in _order(set(d.counts)):
            h = d.counts[category] / most * plot_h
            y -= h
            opacity = "1" if d.in_period else ".45"
            out.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{colour(category)}" opacity="{opacity}">'
                f"<title>{d.date}: {d.counts[category]} {escape(category)}</title></rect>"
            )
        if i % every == 0 or i == len(days) - 1:
            label = d.date[5:]
            out.append(
                f'<text x="{left + (i + 0.5) * slot:.1f}" y="{height - bottom + 14}" class="tick" '
                f'text-anchor="middle">{label}</text>'
            )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        'aria-label="Events per day" class="timeline">'
        "<style>.axis{stroke:#999}.tick{font:10px sans-serif;fill:#555}.period{fill:#f3efe6}</style>"
        + "".join(out)
        + "</svg>"
    )

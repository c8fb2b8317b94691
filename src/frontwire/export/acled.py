"""ACLED-style CSV of merged events: ACLED's column names, codes and precision scales.

Columns and codes follow ACLED's codebook: ``time_precision`` 1 (day), 2 (week), 3 (month or
vaguer); ``geo_precision`` 1 (the town or site itself), 2 (a district), 3 (a province or larger);
``inter1``/``inter2`` the numeric actor codes (1 state forces ... 8 external/other forces) and
``interaction`` the two codes combined, lower first (one code times ten without a second actor).
Only what ACLED would record goes out: events with an ACLED type that happened, were claimed or
were attempted; plans, threats, denials and generic statements do not.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Sequence
from typing import TextIO

import pycountry

from frontwire.records import ActorRef, MergedEvent, Status

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]  # fmt: skip

#: statuses ACLED records
EXPORTED: set[Status] = {"occurred", "claimed", "attempted"}

TIME_PRECISION = {"day": 1, "week": 2}  # month, year, range and unknown: 3
GEO_PRECISION = {"site": 1, "city": 1, "admin2": 2}  # admin1, region, country: 3

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

INTER = {
    "state-military": 1, "police": 1, "government": 1, "rebel": 2, "political-party": 3, "militia": 3,
    "protesters": 6, "civilians": 7, "media": 7, "international": 8, "other": 8,
}  # fmt: skip

# ACLED's regions by ISO 3166 alpha-2 code; countries of other continents fall back by continent
_REGIONS = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",
    "Southern Africa": "BW SZ LS NA ZA",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "BH CY IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "North America": "US CA GL BM PM",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "South America": "AR BO BR CL CO EC GY PY PE SR UY VE FK GF",
}
REGION = {code: region for region, codes in _REGIONS.items() for code in codes.split()}
_CONTINENT = {"Europe": "Europe", "Oceania": "Oceania", "Americas": "Caribbean", "Antarctic": "Antarctica"}


# ACLED's names where ISO 3166's differ
COUNTRY_NAMES = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CI": "Ivory Coast", "IR": "Iran",
    "SY": "Syria", "RU": "Russia", "KP": "North Korea", "KR": "South Korea", "TZ": "Tanzania",
    "BO": "Bolivia", "VE": "Venezuela", "MD": "Moldova", "LA": "Laos", "VN": "Vietnam",
    "PS": "Palestine", "TR": "Turkey", "CV": "Cape Verde", "SZ": "eSwatini", "TW": "Taiwan",
}  # fmt: skip


def region(country: str | None) -> str:
    """ACLED's region of a country (ISO 3166 alpha-2), or "" when unknown."""
    if not country:
        return ""
    if country in REGION:
        return REGION[country]
    from countryinfo import CountryInfo

    try:
        continent = CountryInfo(country).region()
    except (KeyError, AttributeError):
        return ""
    return _CONTINENT.get(continent or "", "")


def _inter(actor: ActorRef | None, event_type: str) -> int | None:
    if actor is None:
        return None
    if event_type == "Riots" and actor.type == "protesters":
        return 5  # rioters
    return INTER.get(actor.type, 8)


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both actor codes, lower first; a sole actor's code times ten."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def rows(events: Sequence[MergedEvent], timestamp: int | None = None) -> list[dict[str, object]]:
    """One ACLED row (column -> value) per exportable merged event."""
    stamp = int(time.time()) if timestamp is None else timestamp
    out: list[dict[str, object]] = []
    for e in events:
        if e.acled is None or e.status not in EXPORTED or e.date.start is None:
            continue
        country = pycountry.countries.get(alpha_2=e.place.country) if e.place and e.place.country else None
        inter1, inter2 = _inter(e.actor1, e.acled.event_type), _inter(e.actor2, e.acled.event_type)
        outlets = list(dict.fromkeys(m.report.article_outlet for m in e.members if m.report.article_outlet))
        notes = " ".join(e.evidence[0].text.split()) if e.evidence else ""
        tags = [f"crowd size={e.count}"] if e.count and e.acled.event_type in ("Protests", "Riots") else []
        if e.status != "occurred":
            tags.append(e.status)
        place = e.place
        out.append(
            {
                "event_id_cnty": f"{country.alpha_3 if country else 'XXX'}{e.id.lstrip('m')}",
                "event_date": e.date.start,
                "year": int(e.date.start[:4]),
                "time_precision": TIME_PRECISION.get(e.date.precision, 3),
                "disorder_type": DISORDER.get(e.acled.event_type, ""),
                "event_type": e.acled.event_type,
                "sub_event_type": e.acled.sub_event_type,
                "actor1": e.actor1.name if e.actor1 else "",
                "assoc_actor_1": "",
                "inter1": inter1 if inter1 is not None else "",
                "actor2": e.actor2.name if e.actor2 else "",
                "assoc_actor_2": "",
                "inter2": inter2 if inter2 is not None else "",
                "interaction": interaction(inter1, inter2) or "",
                "civilian_targeting": "Civilian targeting" if inter2 == 7 else "",
                "iso": int(country.numeric) if country else "",
                "region": region(place.country if place else None),
                "country": (
                    COUNTRY_NAMES.get(country.alpha_2)
                    or getattr(country, "common_name", None)
                    or country.name
                )
                if country
                else "",
                "admin1": (place.name if place.feature == "admin1" else place.admin1 or "") if place else "",
                "admin2": place.name if place and place.feature == "admin2" else "",
                "admin3": "",
                "location": place.name if place else "",
                "latitude": place.lat if place and place.lat is not None else "",
                "longitude": place.lon if place and place.lon is not None else "",
                "geo_precision": GEO_PRECISION.get(place.feature, 3) if place else 3,
                "source": "; ".join(outlets) or "; ".join(s.name for s in e.sources),
                "source_scale": "",
                "notes": notes,
                "fatalities": e.fatalities or 0,
                "tags": "; ".join(tags),
                "timestamp": stamp,
            }
        )
    return out


def write_acled(events: Sequence[MergedEvent], stream: TextIO, timestamp: int | None = None) -> int:
    """Write the ACLED-style CSV; return the number of rows written."""
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    found = rows(events, timestamp)
    writer.writerows(found)
    return len(found)

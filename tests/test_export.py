"""``frontwire export``: ACLED CSV, PLOVER JSON, GeoJSON and Parquet from the store's merged events."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest

from frontwire.api import extract
from frontwire.export.acled import COLUMNS, interaction
from frontwire.export.parquet import row, write_parquet
from frontwire.export.plover import record
from frontwire.records import MergedEvent
from frontwire.store import Store

ARTICLES = [
    dict(id="kidal-a", date="2024-02-11", outlet="Desert Wire", title="Army takes Kidal",
         text="The army of Mali captured the town of Kidal on Saturday after fighting with rebels, "
              "officials said."),
    dict(id="kidal-b", date="2024-02-11", outlet="Sahel Courier", title="Kidal falls to the army",
         text="Malian soldiers seized the city of Kidal on Saturday, a military source told Sahel Courier."),
    dict(id="lome-p", date="2024-03-03", outlet="Coast Times", title="Protest in Lome",
         text="About 300 students protested in Lome on Sunday against rising fees, organisers said."),
]  # fmt: skip

# the parts of RFC 7946 an event export uses: a collection of features with points or no geometry
GEOJSON_SCHEMA = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"const": "Feature"},
                    "id": {"type": ["string", "number"]},
                    "properties": {"type": ["object", "null"]},
                    "geometry": {
                        "oneOf": [
                            {"type": "null"},
                            {
                                "type": "object",
                                "required": ["type", "coordinates"],
                                "properties": {
                                    "type": {"const": "Point"},
                                    "coordinates": {
                                        "type": "array",
                                        "minItems": 2,
                                        "maxItems": 3,
                                        "items": {"type": "number"},
                                    },
                                },
                            },
                        ]
                    },
                },
            },
        },
    },
}


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[MergedEvent]]:
    db = f"sqlite:///{tmp_path_factory.mktemp('export') / 'store.db'}"
    with Store(db) as store:
        for article in ARTICLES:
            store.ingest(extract(article["text"], **{k: v for k, v in article.items() if k != "text"}))
        return db, store.events()


def frontwire(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "frontwire", *args], capture_output=True, text=True, timeout=300
    )


def test_acled_csv_has_acleds_header_codes_and_one_row_per_happening(
    stored: tuple[str, list[MergedEvent]], tmp_path: Path
) -> None:
    db, _ = stored
    out = tmp_path / "events.csv"
    done = frontwire("export", "--format", "acled", "-o", str(out), "--db", db)
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        assert reader.fieldnames == COLUMNS
        rows = list(reader)
    assert COLUMNS[:4] == ["event_id_cnty", "event_date", "year", "time_precision"]
    [capture] = [r for r in rows if r["sub_event_type"] == "Government regains territory"]
    assert capture["location"] == "Kidal" and capture["country"] == "Mali" and capture["iso"] == "466"
    assert capture["event_id_cnty"].startswith("MLI") and capture["region"] == "Western Africa"
    assert capture["disorder_type"] == "Political violence" and capture["inter1"] == "1"
    assert capture["time_precision"] == "1" and capture["geo_precision"] == "1"
    assert capture["source"] == "Desert Wire; Sahel Courier"  # two reports, one row
    assert float(capture["latitude"]) == pytest.approx(18.44, abs=0.1)
    [protest] = [r for r in rows if r["event_type"] == "Protests"]
    assert protest["disorder_type"] == "Demonstrations" and protest["country"] == "Togo"
    assert interaction(1, 2) == 12 and interaction(2, 1) == 12 and interaction(6, None) == 60


def test_geojson_validates_and_points_are_lon_lat(
    stored: tuple[str, list[MergedEvent]], tmp_path: Path
) -> None:
    db, events = stored
    out = tmp_path / "events.geojson"
    assert frontwire("export", "-f", "geojson", "-o", str(out), "--db", db).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, GEOJSON_SCHEMA)
    assert len(data["features"]) == len(events)
    [kidal] = [f for f in data["features"] if f["properties"]["controller"]]
    lon, lat = kidal["geometry"]["coordinates"]
    assert lon == pytest.approx(1.41, abs=0.1) and lat == pytest.approx(18.44, abs=0.1)


def test_plover_records(stored: tuple[str, list[MergedEvent]], tmp_path: Path) -> None:
    db, events = stored
    out = tmp_path / "events.json"
    assert frontwire("export", "-f", "plover", "-o", str(out), "--db", db).returncode == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert records == [record(e) for e in events]
    [capture] = [r for r in records if r["territory"]]
    assert capture["event_type"] == "ASSAULT" and "territory" in capture["context"]
    assert capture["actor1"]["sector"] == "state-military" and capture["location"]["name"] == "Kidal"
    assert capture["articles"] == ["kidal-a", "kidal-b"] and capture["date"] == "2024-02-10"


def test_parquet_reads_back_into_the_same_rows(stored: tuple[str, list[MergedEvent]], tmp_path: Path) -> None:
    _, events = stored
    path = tmp_path / "events.parquet"
    assert write_parquet(events, path) == len(events)
    assert pq.read_table(path).to_pylist() == [row(e) for e in events]
    empty = tmp_path / "empty.parquet"
    write_parquet([], empty)
    assert pq.read_table(empty).schema.names == pq.read_table(path).schema.names

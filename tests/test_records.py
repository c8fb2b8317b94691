"""Records round-trip through frontwire/1 JSON, and the schema copy matches the shared contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwire.records import (
    AcledType,
    Actor,
    Article,
    ArticleRecord,
    Event,
    EventDate,
    Mention,
    Place,
    Plover,
    Quote,
    Source,
    Span,
    Territory,
)
from frontwire.schema import load_schema, schema_errors

SHARED_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "spec" / "output.schema.json"


def sample_record() -> ArticleRecord:
    text = "Rebels captured Sake on Saturday, officials said."
    return ArticleRecord(
        article=Article(id="x1", title="T", date="2025-03-02", outlet="Courier", url=None, text=text),
        places=[
            Place("p1", "Sake", 204318, "CD", "North Kivu", -1.57, 29.04, "city", [Mention("Sake", 16, 20)])
        ],
        actors=[Actor("a1", "Unidentified Armed Group", "rebel", "CD", [Mention("Rebels", 0, 6)])],
        events=[
            Event(
                id="e1",
                plover=Plover("ASSAULT", None, ["territory"]),
                acled=AcledType("Battles", "Non-state actor overtakes territory"),
                actor1="a1",
                actor2=None,
                place="p1",
                date=EventDate("2025-03-01", "2025-03-01", "day"),
                status="occurred",
                territory=Territory("a1"),
                count=None,
                fatalities=None,
                sources=[Source("officials", "official", None)],
                evidence=[Span(0, len(text))],
                confidence=0.8,
            )
        ],
        quotes=[Quote("safe", 0, 4, "a resident", None, None)],
    )


def test_round_trip_and_valid() -> None:
    record = sample_record()
    obj = record.to_dict()
    assert obj["schema"] == "frontwire/1"
    assert schema_errors(obj) == []
    again = ArticleRecord.from_dict(json.loads(record.to_json()))
    assert again == record


def test_schema_catches_errors() -> None:
    obj = sample_record().to_dict()
    obj["events"][0]["status"] = "rumoured"
    obj["places"][0]["lat"] = 123.0
    errors = schema_errors(obj)
    assert any("status" in e for e in errors) and any("lat" in e for e in errors)


def test_from_dict_refuses_other_schemas() -> None:
    with pytest.raises(ValueError, match="frontwire/1"):
        ArticleRecord.from_dict({"schema": "other"})


def test_schema_copy_equals_shared_contract() -> None:
    if not SHARED_SCHEMA.exists():
        pytest.skip("../shared/spec is not beside this checkout")
    assert load_schema() == json.loads(SHARED_SCHEMA.read_text(encoding="utf-8"))

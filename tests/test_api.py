"""The Python API: one article, a stream of articles, and failures that do not stop the stream."""

from __future__ import annotations

import pytest

import frontwire
from frontwire.api import ExtractionError, process
from frontwire.records import ArticleInput
from frontwire.schema import schema_errors


def test_extract_returns_a_typed_record() -> None:
    record = frontwire.extract(
        "Rebels seized the town of Bunia on Sunday, residents said.", date="2025-03-04", outlet="Courier"
    )
    assert record.article.date == "2025-03-04" and record.article.outlet == "Courier"
    assert schema_errors(record.to_dict()) == []
    [event] = [e for e in record.events if e.territory is not None]
    assert event.date.start == "2025-03-02"  # the Sunday on or before the article date
    assert event.plover.type == "ASSAULT"


def test_same_text_same_id() -> None:
    a = frontwire.extract("Police detained three protesters in the capital.")
    b = frontwire.extract("Police detained three protesters in the capital.")
    assert a.article.id == b.article.id and len(a.article.id) == 16


def test_empty_article_raises_a_clear_error() -> None:
    with pytest.raises(ExtractionError, match="empty article"):
        frontwire.extract("   ")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        frontwire.extract("Troops withdrew.", date="08/08/2021")


def test_extract_many_streams_in_order() -> None:
    items = [
        {"id": "1", "text": "Militants attacked a checkpoint near the airport."},
        "Protesters marched through the city centre on Friday.",
        ArticleInput(text="Troops withdrew from the border area.", id="3"),
    ]
    records = list(frontwire.extract_many(items))
    assert next(r.article.id for r in records) == "1" and records[2].article.id == "3"


def test_one_failing_article_does_not_stop_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    from frontwire.events import component

    original = component.DocumentReader.read

    def fragile(self):  # type: ignore[no-untyped-def]
        if "BREAK" in self.doc.text:
            raise RuntimeError("boom")
        return original(self)

    monkeypatch.setattr(component.DocumentReader, "read", fragile)
    outcomes = list(
        process(
            [
                ArticleInput(text="Rebels attacked a base.", id="a"),
                ArticleInput(text="BREAK here.", id="b"),
                ArticleInput(text="Police arrested a man.", id="c"),
            ]
        )
    )
    assert [o.record is not None for o in outcomes] == [True, False, True]
    assert "frontwire_events: RuntimeError: boom" in (outcomes[1].error or "")


def test_an_actor_only_events_name_keeps_the_country_of_its_name() -> None:
    # the protest names its protesters only through the event ("hundreds marched"): the record's
    # actor is still of the country its name says
    record = frontwire.extract(
        "Hundreds of traders marched through Kumasi in Ghana on Monday against new market fees.",
        date="2025-03-04",
    )
    protesters = [a for a in record.actors if a.name.startswith("Protesters")]
    assert protesters and all(a.country == "GH" for a in protesters), record.actors


def test_a_place_name_inside_a_group_s_name_is_no_site() -> None:
    record = frontwire.extract(
        "Fighters of Islamic State West Africa Province attacked a base in Borno.", date="2025-10-16"
    )
    names = {p.name for p in record.places}
    assert "West Africa Province" not in names and "Borno" in names


def test_a_group_s_name_the_gazetteer_lacks_is_no_site() -> None:
    record = frontwire.extract(
        "A drone attack brought down a police helicopter in Amalfi on Thursday. The minister blamed "
        "the Gulf Clan drug cartel. The Gulf Clan denied any involvement.",
        date="2026-08-22",
    )
    assert "Gulf Clan" not in {p.name for p in record.places}

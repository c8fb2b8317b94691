"""Cross-article merging and control timelines, on hand-made reports (no pipeline, no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from frontwire.aggregate import compatible, control_timeline, merge_reports
from frontwire.records import (
    AcledType,
    ActorRef,
    EventReport,
    EvidenceRef,
    MergedEvent,
    MergeLink,
    PlaceRef,
    Plover,
    Source,
)

REBELS = ActorRef("Rebel Front", "rebel", "XX")
ARMY = ActorRef("Military Forces of Xland", "state-military", "XX")
MILITIA = ActorRef("Hill Militia", "militia", "XX")
TOWN = PlaceRef("Northtown", 1001, "XX", "North Province", 10.0, 20.0, "city")
SUBURB = PlaceRef("Northtown Bridge", 1002, "XX", "North Province", 10.1, 20.05, "city")  # ~12 km away
FAR_TOWN = PlaceRef("Southtown", 1003, "XX", "South Province", 8.0, 20.0, "city")
PROVINCE = PlaceRef("North Province", 2001, "XX", "North Province", 10.2, 20.2, "admin1")
COUNTRY = PlaceRef("Xland", 3001, "XX", None, 9.0, 20.0, "country")
CAPTURE = AcledType("Battles", "Non-state actor overtakes territory")


def report(article: str, **changes: object) -> EventReport:
    """A report of the rebels taking Northtown on 1 June, told by ``article``."""
    base = EventReport(
        article=article,
        event="e1",
        plover=Plover("ASSAULT", None, ["territory"]),
        acled=CAPTURE,
        actor1=REBELS,
        actor2=None,
        place=TOWN,
        start=date(2024, 6, 1),
        end=date(2024, 6, 1),
        precision="day",
        status="occurred",
        has_territory=True,
        controller=REBELS,
        count=None,
        fatalities=None,
        sources=[Source(f"{article} reporter", "media")],
        evidence=[EvidenceRef(article, 0, 10, "Rebels took Northtown.")],
        confidence=0.8,
        seen=date(2024, 6, 2),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def merged(merged_id: str, *reports: EventReport) -> MergedEvent:
    return merge_reports(merged_id, [MergeLink(r, "test") for r in reports])


def test_same_place_near_place_and_vaguer_province_merge() -> None:
    assert compatible(report("a"), report("b")) is not None
    near = compatible(report("a"), report("b", place=SUBURB))
    assert near is not None and "km apart" in near
    vaguer = compatible(report("a"), report("b", place=PROVINCE))
    assert vaguer is not None and "Northtown is in North Province" in vaguer


def test_what_keeps_reports_apart() -> None:
    a = report("a")
    assert compatible(a, report("a", event="e2")) is None  # one article's events stay apart
    assert compatible(a, report("b", place=FAR_TOWN)) is None
    assert compatible(a, report("b", place=COUNTRY)) is None  # a country is too vague
    assert compatible(a, report("b", place=None)) is None
    assert compatible(a, report("b", start=date(2024, 6, 9), end=date(2024, 6, 9))) is None
    assert compatible(a, report("b", start=date(2024, 6, 3), end=date(2024, 6, 3))) is not None  # slack
    assert compatible(a, report("b", actor1=MILITIA, controller=MILITIA)) is None
    assert compatible(a, report("b", controller=ARMY)) is None
    assert compatible(a, report("b", status="imminent", has_territory=False, controller=None)) is None
    assert compatible(a, report("b", status="attempted")) is None
    assert compatible(a, report("b", count=3)) is None
    assert compatible(a, report("b", plover=Plover("COERCE"))) is None


def test_an_attack_told_as_a_clash_by_one_outlet_still_merges() -> None:
    one_sided = {
        "acled": AcledType("Violence against civilians", "Attack"),
        "has_territory": False,
        "controller": None,
    }
    clash = {"acled": AcledType("Battles", "Armed clash"), "has_territory": False, "controller": None}
    bombing = {
        "acled": AcledType("Explosions/Remote violence", "Grenade"),
        "has_territory": False,
        "controller": None,
    }
    assert compatible(report("a", **one_sided), report("b", **clash)) is not None
    assert compatible(report("a", **one_sided), report("b", **bombing)) is None


def test_actors_may_be_missing_or_told_the_other_way_round_in_a_clash() -> None:
    clash = {"acled": AcledType("Battles", "Armed clash"), "has_territory": False, "controller": None}
    a = report("a", actor1=REBELS, actor2=ARMY, **clash)
    assert compatible(a, report("b", actor1=REBELS, actor2=None, **clash)) is not None
    assert compatible(a, report("b", actor1=ARMY, actor2=REBELS, **clash)) is not None
    attack = report("a", actor1=REBELS, actor2=ARMY, acled=AcledType("Battles", "Attack"))
    assert compatible(attack, report("b", actor1=ARMY, actor2=REBELS, acled=attack.acled)) is None


def test_independent_reports_make_a_partys_claim_occurred() -> None:
    claim = report("a", status="claimed", sources=[Source("the Rebel Front", "party", "Rebel Front")])
    assert merged("m1", claim, replace(claim, article="b")).status == "claimed"
    confirmed = merged("m1", claim, report("b", sources=[Source("residents", "witness")]))
    assert confirmed.status == "occurred"
    assert confirmed.reports == 2 and confirmed.articles == ["a", "b"]
    assert {s.name for s in confirmed.sources} == {"the Rebel Front", "residents"}
    assert confirmed.confidence > 0.8


def test_merged_event_takes_the_most_specific_place_and_date() -> None:
    vague = report("a", place=PROVINCE, start=date(2024, 6, 1), end=date(2024, 6, 7), precision="range")
    event = merged("m1", vague, report("b", seen=date(2024, 6, 5)))
    assert event.place == TOWN
    assert (event.date.start, event.date.end, event.date.precision) == ("2024-06-01", "2024-06-01", "day")
    assert (event.first_seen, event.last_seen) == ("2024-06-02", "2024-06-05")


def spans(*events: MergedEvent) -> list[tuple[object, ...]]:
    [timeline] = control_timeline(events)
    return [(s.controller, s.start, s.end, s.status, s.end_inferred) for s in timeline.spans]


def test_capture_then_recapture() -> None:
    taken = merged("m1", report("a"))
    retaken = merged(
        "m2", report("b", actor1=ARMY, controller=ARMY, start=date(2024, 6, 20), end=date(2024, 6, 20))
    )
    assert spans(retaken, taken) == [
        ("Rebel Front", "2024-06-01", "2024-06-20", "held", False),
        ("Military Forces of Xland", "2024-06-20", None, "held", False),
    ]


def test_simultaneous_contradicting_claims_make_the_span_contested() -> None:
    ours = report("a", status="claimed", sources=[Source("Rebel Front", "party", "Rebel Front")])
    theirs = report("b", status="claimed", actor1=ARMY, controller=ARMY, sources=[Source("army", "party")])
    [(_, start, end, status, _)] = spans(merged("m1", ours), merged("m2", theirs))
    assert status == "contested" and start == "2024-06-01" and end is None
    # an independently confirmed capture outweighs the other side's bare claim
    confirmed = merged("m1", report("a"), report("c"))
    assert spans(confirmed, merged("m2", theirs))[0][:4] == ("Rebel Front", "2024-06-01", None, "held")


def test_what_changes_nothing() -> None:
    imminent = merged("m1", report("a", status="imminent", has_territory=False, controller=None))
    attempted = merged("m2", report("b", status="attempted"))
    national = merged("m3", report("c", place=COUNTRY))
    aggregate = merged("m4", report("d", count=4))
    carried = merged("m5", report("e", place_named=False))
    assert control_timeline([imminent, attempted, national, aggregate, carried]) == []


def test_retold_capture_joins_the_span_and_a_late_recapture_means_an_unreported_loss() -> None:
    first = merged("m1", report("a"))
    retold = merged("m2", report("b", start=date(2024, 6, 9), end=date(2024, 6, 9)))
    years_later = merged("m3", report("c", start=date(2026, 1, 5), end=date(2026, 1, 5)))
    assert spans(first, retold, years_later) == [
        ("Rebel Front", "2024-06-01", "2026-01-05", "held", True),
        ("Rebel Front", "2026-01-05", None, "held", False),
    ]

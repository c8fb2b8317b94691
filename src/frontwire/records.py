"""Typed records that move between Frontwire's stages.

Two families live here, and only here:

* the **output records** (`ArticleRecord` and what it holds) mirror the frontwire/1 JSON contract
  (``src/frontwire/data/output.schema.json``) field for field; ``to_dict``/``from_dict`` convert;
* the **pipeline records** (`ArticleInput`, `Toponym`, `TimeExpression`, `ActorMention`, `QuoteSpan`,
  `EventCandidate`) are what the spaCy components leave on a ``Doc`` for later components and for
  the assembler that turns a processed ``Doc`` into an `ArticleRecord`.

All offsets are character offsets into the article's normalised body text (``Article.text``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any, Literal

SCHEMA_ID = "frontwire/1"

Feature = Literal["city", "admin1", "admin2", "country", "region", "site"]
ActorType = Literal[
    "state-military",
    "police",
    "government",
    "rebel",
    "militia",
    "political-party",
    "civilians",
    "protesters",
    "international",
    "media",
    "other",
]
Precision = Literal["day", "week", "month", "year", "range", "unknown"]
Status = Literal[
    "occurred", "claimed", "attempted", "imminent", "planned", "denied", "hypothetical", "generic"
]
SourceKind = Literal["party", "official", "media", "witness", "expert", "social-media", "unnamed"]

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


# --------------------------------------------------------------------------- output records


def _plain(value: Any) -> Any:
    """``value`` as `asdict` lays it out (dataclasses as dicts, lists copied), without the deep
    copy of every leaf `asdict` makes: these records hold strings, numbers, dates and lists."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value


@dataclass(slots=True)
class Mention:
    """A stretch of the article text that names something."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Span:
    """A stretch of the article text an event was read from."""

    start: int
    end: int


@dataclass(slots=True)
class Place:
    """A place resolved against the gazetteer, with every mention of it in the article."""

    id: str
    name: str
    geonameid: int | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: Feature
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Actor:
    """A canonical actor (ACLED naming) with every mention of it in the article."""

    id: str
    name: str
    type: ActorType
    country: str | None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Plover:
    """An event's PLOVER type, mode and contexts."""

    type: str
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)


@dataclass(slots=True)
class AcledType:
    """An event's ACLED event type and sub-event type."""

    event_type: str
    sub_event_type: str


@dataclass(slots=True)
class EventDate:
    """When an event happened: an inclusive ISO date range and how precise it is."""

    start: str | None
    end: str | None
    precision: Precision = "unknown"


@dataclass(slots=True)
class Territory:
    """Present on events that change or assert control of a place."""

    controller: str | None


@dataclass(slots=True)
class Source:
    """Who reports an event: a name as written, what kind of source it is, and its actor id."""

    name: str
    kind: SourceKind
    actor: str | None = None


@dataclass(slots=True)
class Event:
    """One event: who did what to whom, where, when, how sure, according to whom."""

    id: str
    plover: Plover
    acled: AcledType | None
    actor1: str | None
    actor2: str | None
    place: str | None
    date: EventDate
    status: Status
    territory: Territory | None
    count: int | None
    fatalities: int | None
    sources: list[Source]
    evidence: list[Span]
    confidence: float


@dataclass(slots=True)
class Quote:
    """A direct quotation (the words, without the marks) and who said it."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_actor: str | None
    role: str | None


@dataclass(slots=True)
class Article:
    """The article as Frontwire read it; ``text`` is the normalised body that offsets index."""

    id: str
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None
    text: str


@dataclass(slots=True)
class ArticleRecord:
    """The frontwire/1 record of one article."""

    article: Article
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The frontwire/1 JSON object, as plain dicts and lists."""
        return {"schema": SCHEMA_ID, **asdict(self)}

    def to_json(self, indent: int | None = None) -> str:
        """The frontwire/1 JSON text (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> ArticleRecord:
        """Rebuild a record from frontwire/1 JSON (the inverse of `to_dict`)."""
        if obj.get("schema") != SCHEMA_ID:
            raise ValueError(f"not a {SCHEMA_ID} record: schema is {obj.get('schema')!r}")

        def mentions(items: list[dict[str, Any]]) -> list[Mention]:
            return [Mention(**m) for m in items]

        events = []
        for e in obj["events"]:
            events.append(
                Event(
                    id=e["id"],
                    plover=Plover(**e["plover"]),
                    acled=AcledType(**e["acled"]) if e["acled"] else None,
                    actor1=e["actor1"],
                    actor2=e["actor2"],
                    place=e["place"],
                    date=EventDate(**e["date"]),
                    status=e["status"],
                    territory=Territory(**e["territory"]) if e["territory"] else None,
                    count=e["count"],
                    fatalities=e["fatalities"],
                    sources=[Source(**s) for s in e["sources"]],
                    evidence=[Span(**s) for s in e["evidence"]],
                    confidence=e["confidence"],
                )
            )
        return cls(
            article=Article(**obj["article"]),
            places=[Place(**{**p, "mentions": mentions(p["mentions"])}) for p in obj["places"]],
            actors=[Actor(**{**a, "mentions": mentions(a["mentions"])}) for a in obj["actors"]],
            events=events,
            quotes=[Quote(**q) for q in obj["quotes"]],
        )


# --------------------------------------------------------------------------- pipeline records


@dataclass(slots=True)
class ArticleInput:
    """An article as a reader hands it to the pipeline.

    ``origin`` names where it came from (``path``, ``path:line`` or ``<stdin>``) for messages.
    ``text`` is the body that offsets will index: readers normalise wire files, but JSONL text is
    passed through unchanged.
    """

    text: str
    id: str | None = None
    date: date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str = "<input>"


@dataclass(slots=True)
class GazetteerEntry:
    """One place in the offline gazetteer."""

    geonameid: int | None
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: Feature
    population: int = 0


@dataclass(slots=True)
class Toponym:
    """A place name found in the text and the gazetteer entry it was resolved to (or None)."""

    start: int
    end: int
    text: str
    entry: GazetteerEntry | None
    score: float = 0.0


@dataclass(slots=True)
class TimeExpression:
    """A date expression in the text, resolved against the article date.

    ``start_date``/``end_date`` are inclusive; both None when it cannot be resolved.
    ``kind`` says how it was read (``weekday``, ``relative``, ``month``, ``year``, ``decade``,
    ``since``, ``absolute``, ``vague``...), useful for debugging and for event dating rules.
    A ``since`` range keeps the date it runs from as read on its own (``since_end``,
    ``since_precision``): "since 2014, when rebels routed the army" dates the rout to 2014.
    """

    start: int
    end: int
    text: str
    start_date: date | None
    end_date: date | None
    precision: Precision
    kind: str = "absolute"
    since_end: date | None = None
    since_precision: Precision | None = None


@dataclass(slots=True)
class ActorMention:
    """A mention of an actor, linked to a canonical actor by its name."""

    start: int
    end: int
    text: str
    name: str
    type: ActorType
    country: str | None


@dataclass(slots=True)
class QuoteSpan:
    """A quotation found in the text; the speaker span is in the text when it is named there."""

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    role: str | None = None
    #: the canonical actor the speaker speaks for, when the source names one ("a military
    #: officer, Captain X": the military), else None
    speaker_actor: str | None = None


@dataclass(slots=True)
class Attribution:
    """Who a stretch of text is attributed to: "according to X", "X said", a quote's speaker.

    ``scope`` is the stretch of text (a sentence, or a quotation) whose content the source
    vouches for; ``start``/``end`` locate the source's own name when it is in the text.
    """

    name: str
    kind: SourceKind
    scope: Span
    start: int | None = None
    end: int | None = None
    role: str | None = None
    actor: str | None = None  # canonical actor name when the source is an actor


@dataclass(slots=True)
class EventCandidate:
    """An event as the event component reads it, before ids are given out.

    Actors are canonical names (keys into the document's actors), places are `Toponym`s or
    gazetteer entries; the assembler turns them into ids of the output record.
    """

    plover: Plover
    acled: AcledType | None
    trigger: Mention
    sentence: Span
    actor1: str | None = None
    actor2: str | None = None
    place: GazetteerEntry | None = None
    start_date: date | None = None
    end_date: date | None = None
    precision: Precision = "unknown"
    status: Status = "occurred"
    territory_controller: str | None = None
    has_territory: bool = False
    count: int | None = None
    fatalities: int | None = None
    sources: list[Source] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    # who the violence fell on, by the words naming them ("villagers", "a journalist") when no
    # actor does: it tells an attack on civilians from a battle (not part of the output record)
    victim_type: str | None = None
    # actor1 is ACLED's name for whoever did it where the sentence names no one ("a missile strike
    # killed 10": "Unidentified Armed Group (X)"); another report of the event may name them
    actor1_inferred: bool = False
    # no date expression dates it: start_date is the article's date, which another report of the
    # same event may narrow ("captured the base on Wednesday" ... "its troops captured the base")
    date_defaulted: bool = False
    # its date is the day a source said it ("killed 12, the mission said on Thursday"): the event
    # happened then or in the days before, as another report of it may say ("early on Tuesday")
    date_reported: bool = False
    # how many of its dead are told as more than another report gives ("two soldiers were also
    # killed"): merged with that report, they add to its toll instead of recounting it
    toll_extra: int = 0
    # the text tells it apart from the other happenings of its sentence ("..., and gunmen shot dead
    # two people in a separate attack"): never one of them
    told_apart: bool = False
    # the text tells it as many happenings at once ("coordinated attacks across the province", "a
    # wave of strikes"): the one of them a later sentence singles out is a part, not a retelling
    several: bool = False
    # told only as what someone accuses its doer of ("the rebels accused the army of killing two
    # farmers"): a party's allegation, a claim however many times it is repeated
    alleged: bool = False


@dataclass(slots=True)
class ReadResult:
    """What a reader got from one input item: an article, or a one-line error naming the input."""

    origin: str
    article: ArticleInput | None = None
    error: str | None = None
    warning: str | None = None  # the article was read, but something in it was not ("date" unreadable)


# --------------------------------------------------------------------------- store and aggregate records


@dataclass(slots=True)
class PlaceRef:
    """A place as the store knows it across articles (no article-local id, no mentions)."""

    name: str
    geonameid: int | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: Feature

    @property
    def key(self) -> str:
        """One key per place across articles: the GeoNames id, else name, feature and country."""
        if self.geonameid is not None:
            return f"geonames:{self.geonameid}"
        return f"name:{self.name.casefold()}|{self.feature}|{self.country or ''}"


@dataclass(slots=True)
class ActorRef:
    """A canonical actor as the store knows it across articles."""

    name: str
    type: ActorType
    country: str | None


@dataclass(slots=True)
class EvidenceRef:
    """A stretch of one stored article an event was read from, with its text."""

    article: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class EventReport:
    """One article's event as the aggregate stage sees it: references resolved to names.

    ``place_named`` says whether the place is named (or referred to as "the city", "the town"...)
    in one of the event's evidence sentences, rather than carried over from the story so far.
    """

    article: str
    event: str
    plover: Plover
    acled: AcledType | None
    actor1: ActorRef | None
    actor2: ActorRef | None
    place: PlaceRef | None
    start: date | None
    end: date | None
    precision: Precision
    status: Status
    has_territory: bool
    controller: ActorRef | None
    count: int | None
    fatalities: int | None
    sources: list[Source]
    evidence: list[EvidenceRef]
    confidence: float
    seen: date | None = None  # the article's publication date
    place_named: bool = True
    article_title: str | None = None
    article_outlet: str | None = None


@dataclass(slots=True)
class MergeLink:
    """Why a report joined a merged event: the report it was compared with, and the reasons."""

    report: EventReport
    reason: str


@dataclass(slots=True)
class MergedEvent:
    """One happening across articles: every report of it, its sources and evidence.

    The frontwire/1 event fields, with places and actors embedded as records instead of ids, plus
    ``reports`` (distinct articles), ``articles`` (their ids), ``first_seen`` and ``last_seen``.
    """

    id: str
    plover: Plover
    acled: AcledType | None
    actor1: ActorRef | None
    actor2: ActorRef | None
    place: PlaceRef | None
    date: EventDate
    status: Status
    territory: ActorRef | None
    has_territory: bool
    count: int | None
    fatalities: int | None
    sources: list[Source]
    evidence: list[EvidenceRef]
    confidence: float
    reports: int
    articles: list[str]
    first_seen: str | None
    last_seen: str | None
    members: list[MergeLink] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines form of ``frontwire events``."""
        # field by field: `asdict` of the whole event would deep-copy every member's report only
        # for the copy to be dropped (it was two thirds of the time of an API page)
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in ("members", "has_territory"):
                continue
            if f.name == "territory":
                controller = _plain(self.territory)
                out["territory"] = {"controller": controller} if self.has_territory else None
            else:
                out[f.name] = _plain(getattr(self, f.name))
        return out


@dataclass(slots=True)
class ControlSpan:
    """Who controlled a place from ``start`` to ``end`` (None: still), read from territory events.

    ``end_inferred`` marks a span whose end was never reported: the same controller captured the
    place again later, so it must have lost it at some point before ``end``.
    """

    controller: str | None
    start: str | None
    end: str | None
    status: Literal["held", "contested"]
    events: list[str]
    end_inferred: bool = False
    precision: Precision = "day"  # of ``start``: a capture "in 2015" opens a span of year precision


@dataclass(slots=True)
class PlaceControl:
    """The territorial-control timeline of one place."""

    place: PlaceRef
    spans: list[ControlSpan]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of ``frontwire control``."""
        place = {k: getattr(self.place, k) for k in ("name", "geonameid", "country", "lat", "lon")}
        return {"place": place, "spans": [asdict(s) for s in self.spans]}


@dataclass(slots=True)
class StoredArticle:
    """One stored article as ``frontwire articles`` lists it."""

    id: str
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None
    events: int
    duplicates: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- situation briefs


@dataclass(slots=True)
class BriefRef:
    """One numbered reference of a brief: a stretch (a sentence or a quotation) of a stored article.

    ``event`` is the merged event the stretch is evidence of (None for a quotation).
    """

    number: int
    article: str
    start: int
    end: int
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    event: str | None = None


@dataclass(slots=True)
class BriefLine:
    """One line of a brief: plain English and the numbers of the references behind it.

    ``kind`` says what the line reports (``change``, ``contested``, ``claimed``, ``event``,
    ``imminent``, ``quote``); ``events`` are the merged events it speaks of.
    """

    text: str
    refs: list[int]
    kind: str = "event"
    events: list[str] = field(default_factory=list)
    date: str | None = None


@dataclass(slots=True)
class BriefGroup:
    """A brief's other events of one ACLED event type, with their count and known fatalities."""

    event_type: str
    events: int
    fatalities: int | None
    lines: list[BriefLine] = field(default_factory=list)


@dataclass(slots=True)
class BriefPoint:
    """A located event on the brief's map; ``category`` picks its colour."""

    lat: float
    lon: float
    place: str
    category: str
    event: str


@dataclass(slots=True)
class BriefDay:
    """How many events of each category a day of the brief's timeline holds."""

    date: str
    counts: dict[str, int]
    in_period: bool = True


@dataclass(slots=True)
class Brief:
    """A situation brief over a period, as data: every line carries references to stored sentences."""

    since: str
    until: str
    country: str | None
    place: str | None
    changes: list[BriefLine] = field(default_factory=list)
    groups: list[BriefGroup] = field(default_factory=list)
    imminent: list[BriefLine] = field(default_factory=list)
    quotes: list[BriefLine] = field(default_factory=list)
    points: list[BriefPoint] = field(default_factory=list)
    days: list[BriefDay] = field(default_factory=list)
    references: list[BriefRef] = field(default_factory=list)
    loosely_dated: int = 0
    articles: int = 0

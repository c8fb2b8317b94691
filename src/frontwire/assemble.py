"""Turn a processed Doc into its frontwire/1 `ArticleRecord`: ids given out, references resolved."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from frontwire.nlp.actors import role_country_of_name, role_type_of_name
from frontwire.records import (
    Actor,
    ActorMention,
    Article,
    ArticleInput,
    ArticleRecord,
    Event,
    EventDate,
    GazetteerEntry,
    Mention,
    Place,
    Quote,
    Source,
    Territory,
)


def article_id(text: str) -> str:
    """The id of an article given without one: a hash of its normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _place_key(entry: GazetteerEntry) -> tuple[object, ...]:
    if entry.geonameid is not None:
        return ("geonames", entry.geonameid)
    return (entry.name, entry.feature, entry.country)


class _Places:
    """Places of the record, one per gazetteer entry, ids in order of first mention."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self._by_key: dict[tuple[object, ...], Place] = {}

    def add(self, entry: GazetteerEntry, mention: Mention | None = None) -> str:
        key = _place_key(entry)
        place = self._by_key.get(key)
        if place is None:
            place = Place(
                id=f"p{len(self.places) + 1}",
                name=entry.name,
                geonameid=entry.geonameid,
                country=entry.country,
                admin1=entry.admin1,
                lat=entry.lat,
                lon=entry.lon,
                feature=entry.feature,
            )
            self._by_key[key] = place
            self.places.append(place)
        if mention is not None:
            place.mentions.append(mention)
        return place.id


class _Actors:
    """Actors of the record, one per canonical name, ids in order of first mention."""

    def __init__(self, mentions: list[ActorMention]) -> None:
        self.actors: list[Actor] = []
        self._by_name: dict[str, Actor] = {}
        for m in sorted(mentions, key=lambda m: m.start):
            actor = self._get(m.name, m)
            actor.mentions.append(Mention(m.text, m.start, m.end))

    def _get(self, name: str, like: ActorMention | None = None) -> Actor:
        actor = self._by_name.get(name)
        if actor is None:
            actor = Actor(
                id=f"a{len(self.actors) + 1}",
                name=name,
                type=like.type if like else (role_type_of_name(name) or "other"),
                country=like.country if like else role_country_of_name(name),
            )
            self._by_name[name] = actor
            self.actors.append(actor)
        return actor

    def id_of(self, name: str | None) -> str | None:
        return self._get(name).id if name else None


def assemble(doc: Doc) -> ArticleRecord:
    """The frontwire/1 record of a Doc that went through Frontwire's pipeline."""
    given: ArticleInput = doc._.fw_input or ArticleInput(text=doc.text)
    ref = doc._.fw_date
    article = Article(
        id=given.id or article_id(doc.text),
        title=given.title,
        date=ref.isoformat() if ref else None,
        outlet=given.outlet,
        url=given.url,
        text=doc.text,
    )
    places = _Places()
    named_actors = [(m.start, m.end) for m in doc._.fw_actors or []]
    for toponym in sorted(doc._.fw_toponyms or [], key=lambda t: t.start):
        if toponym.entry is None and any(
            start <= toponym.start and toponym.end <= end for start, end in named_actors
        ):
            continue  # "Islamic State West Africa Province", "the Gulf Clan": a group's name, no site
        # a place the gazetteer lacks ("Mosul Dam") is kept: a site without a GeoNames id or point
        entry = toponym.entry or GazetteerEntry(None, toponym.text, None, None, None, None, "site")
        places.add(entry, Mention(toponym.text, toponym.start, toponym.end))
    actors = _Actors(doc._.fw_actors or [])

    events = []
    for n, candidate in enumerate(doc._.fw_events or [], start=1):
        events.append(
            Event(
                id=f"e{n}",
                plover=candidate.plover,
                acled=candidate.acled,
                actor1=actors.id_of(candidate.actor1),
                actor2=actors.id_of(candidate.actor2),
                place=places.add(candidate.place) if candidate.place is not None else None,
                date=EventDate(
                    candidate.start_date.isoformat() if candidate.start_date else None,
                    candidate.end_date.isoformat() if candidate.end_date else None,
                    candidate.precision,
                ),
                status=candidate.status,
                territory=Territory(actors.id_of(candidate.territory_controller))
                if candidate.has_territory
                else None,
                count=candidate.count,
                fatalities=candidate.fatalities,
                sources=[Source(s.name, s.kind, actors.id_of(s.actor)) for s in candidate.sources],
                evidence=candidate.evidence,
                confidence=candidate.confidence,
            )
        )

    quotes = []
    mentions = sorted(doc._.fw_actors or [], key=lambda m: m.start)
    for q in doc._.fw_quotes or []:
        speaker_actor = None
        if q.speaker_start is not None and q.speaker_end is not None:
            for m in mentions:
                if m.start < q.speaker_end and q.speaker_start < m.end:
                    speaker_actor = actors.id_of(m.name)
                    break
        if speaker_actor is None and q.speaker_actor is not None:
            speaker_actor = actors.id_of(q.speaker_actor)
        quotes.append(Quote(q.text, q.start, q.end, q.speaker, speaker_actor, q.role))

    return ArticleRecord(
        article=article, places=places.places, actors=actors.actors, events=events, quotes=quotes
    )

"""Places named with their context: "in X village (Y district, Z province)", "near X, Y region".

News and incident notes name a small place and then the larger ones it lies in. The larger ones
are context, not the event's place: the event happened in X. This module reads those phrases on
top of the geoparser's toponyms, for the event reader only:

* a toponym that qualifies the place before it ("X (Y)", "X, Y", "X town of Y") is marked as a
  *qualifier*, so that the place it qualifies ranks before it;
* a country named as a modifier ("Israeli airstrikes", "Burundi troops", "the US dollar") says
  whose, not where: it is left out, so that the place the sentence names instead is the event's;
* a name X that the geoparser left unresolved, or resolved to a place far from its context Y, is
  looked up again in the gazetteer among the places that lie near Y (or in Y's division);
  when none does, a far-off reading of X is dropped and Y stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from frontwire.nlp.gazetteer import Gazetteer, admin_base_key, distance_km
from frontwire.nlp.places import modifies_another_noun
from frontwire.records import GazetteerEntry, Toponym

# Words that say what kind of place a name is ("Udawa village", "Chikun LGA").
PLACE_TYPE_WORDS = frozenset(
    {"village", "villages", "town", "city", "district", "area", "sub-county", "subcounty", "county",
     "upazila", "union", "township", "commune", "municipality", "locality", "neighbourhood", "neighborhood",
     "camp", "region", "governorate", "province", "state", "division", "ward", "lga", "department", "sector",
     "zone", "hamlet", "settlement", "suburb", "countryside", "subdistrict", "sub-district", "tehsil",
     "taluk", "mandal", "prefecture", "canton", "parish", "kebele", "woreda", "zilla", "thana", "block"}
)  # fmt: skip
# Words that may sit between a place and its context: "X village (Y)", "X, in rural Y", "X town of Y".
_LINKS = frozenset(
    {"(", ",", "of", "in", "-", "–", "—", "rural", "the", "southern", "northern", "eastern", "western",
     "central", "countryside", "outskirts", "[", "coded", "as"}
) | PLACE_TYPE_WORDS  # fmt: skip
# Lowercase particles inside place names ("Ras al Ain", "Bir at Tutah", "La Plata del Sur").
_NAME_PARTICLES = frozenset(
    {"al", "el", "as", "ad", "ar", "at", "an", "ash", "ath", "de", "del", "da", "do", "du", "la", "le", "les",
     "bin", "ibn", "abu", "um", "umm", "wa", "e"}
)  # fmt: skip
_LOCATIVES = frozenset({"in", "at", "near", "outside", "around", "of", "into", "inside", "from", "between"})
_BLOCKED_ENTS = frozenset({"PERSON", "ORG", "DATE", "TIME", "NORP", "MONEY", "CARDINAL", "ORDINAL", "EVENT",
                           "LAW", "WORK_OF_ART", "PRODUCT", "PERCENT", "QUANTITY", "LANGUAGE"})  # fmt: skip
# How far a small place may lie from the place that situates it.
NEAR_CITY_KM = 80.0
NEAR_ADMIN1_KM = 300.0


@dataclass(slots=True)
class ContextPlaces:
    """The toponyms the event reader should use, with qualifiers marked."""

    toponyms: list[Toponym]
    qualifiers: set[int] = field(default_factory=set)  # start offsets of toponyms that situate another


def _fits(candidate: GazetteerEntry, context: GazetteerEntry) -> bool:
    """Whether ``candidate`` can lie in or near ``context``."""
    if candidate.lat is None or context.lat is None or candidate.country != context.country:
        return False
    if context.feature == "country":
        return True
    wide = context.feature in ("admin1", "region")
    # "near al-Bukamal in Deir ez-Zor", "Hnutove, Donetsk": a city that shares its name with its
    # province situates as the province does
    if (wide or _named_as_its_division(context)) and candidate.admin1 and candidate.admin1 == context.admin1:
        return True
    return distance_km(candidate, context) <= (NEAR_ADMIN1_KM if wide else NEAR_CITY_KM)


def _named_as_its_division(place: GazetteerEntry) -> bool:
    """Whether a city bears its first-order division's name (Aleppo, Donetsk, Kaduna, Mandera)."""
    return (
        place.feature == "city"
        and place.admin1 is not None
        and admin_base_key(place.name) == admin_base_key(place.admin1)
    )


_COMPASS = re.compile(r"^(?:north|south|east|west|central|centre|center)", re.IGNORECASE)


def _part_of_a_country(region: GazetteerEntry) -> bool:
    """Whether a region is a compass part of a country ("northern Mozambique", "central Mali"):
    its point stands for a whole side of the country, so any place of the country may lie in it
    as the writer sees it."""
    return region.feature == "region" and region.geonameid is None and bool(_COMPASS.match(region.name))


def _name_runs(doc: Doc, start: int, end: int, places: frozenset[int]) -> list[tuple[int, int]]:
    """Token ranges of capitalised name runs in ``doc[start:end]`` ("Ras al Ain", "Kyavinyonge")."""
    runs: list[tuple[int, int]] = []

    def particle_at(j: int) -> bool:
        """A lowercase particle that goes on to a name: "al Arab", "al-Arab"."""
        if doc[j].lower_ not in _NAME_PARTICLES or j + 1 >= end:
            return False
        if _capitalised(doc[j + 1], places):
            return True
        return (
            doc[j + 1].text == "-"
            and not doc[j].whitespace_
            and j + 2 < end
            and _capitalised(doc[j + 2], places)
        )

    i = start
    while i < end:
        tok = doc[i]
        if (_capitalised(tok, places) or (tok.is_lower and particle_at(i))) and i > tok.sent.start:
            j = i + 1
            while j < end and (
                _capitalised(doc[j], places)
                or particle_at(j)
                or (
                    doc[j].text == "-"
                    and j + 1 < end
                    and _capitalised(doc[j + 1], places)
                    and not doc[j].whitespace_
                )
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _capitalised(tok: Token, places: frozenset[int] = frozenset()) -> bool:
    return (
        tok.text[:1].isupper()
        and any(ch.isalpha() for ch in tok.text)
        and (tok.ent_type_ not in _BLOCKED_ENTS or tok.i in places)
    )


def _context_after(doc: Doc, end: int, by_token: dict[int, Toponym]) -> Toponym | None:
    """The first resolved toponym that follows ``doc[:end]`` across link words only."""
    sent_end = doc[end - 1].sent.end
    j = end
    steps = 0
    while j < sent_end and steps < 6:
        tok = doc[j]
        found = by_token.get(j)
        if found is not None:
            # ("near the port city of Hodeidah, the U.S. Central Command said": a name that only
            # qualifies the next noun situates nothing)
            return None if modifies_another_noun(doc, found) else found
        if tok.lower_ not in _LINKS:
            return None
        j += 1
        steps += 1
    return None


def _bracketed_after(doc: Doc, toponym: Toponym) -> bool:
    """Whether brackets follow a toponym ("in western Yemen (At Tuhayat, Al Hudaydah)")."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].text == "("


def _owned_qualifiers(
    doc: Doc, place: GazetteerEntry, context: Toponym, by_token: dict[int, Toponym]
) -> list[int]:
    """Where the division a possessive context owns starts, when it holds ``place`` too: in
    "Macomia in northern Mozambique's Cabo Delgado province" the province situates the town as
    the country does, and is no more where the event is."""
    span = doc.char_span(context.start, context.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("'s", "’s"):
        return []
    owned = by_token.get(span.end + 1)
    if owned is None or owned is context or owned.entry is None or not _fits(place, owned.entry):
        return []
    return [owned.start]


def read_context_places(
    doc: Doc, toponyms: list[Toponym], actor_spans: list[tuple[int, int]]
) -> ContextPlaces:
    """The toponyms for event places: ``toponyms`` checked against their context, plus the small
    places the context lets us resolve, with the context places marked as qualifiers."""
    from frontwire.nlp.gazetteer import shared_gazetteer

    resolved = [t for t in toponyms if t.entry is not None and t.entry.lat is not None]
    by_token: dict[int, Toponym] = {}  # the resolved toponym each token is part of
    # tokens of every toponym, resolved or not: a name the tagger took for an organisation or a
    # people ("Ain al Arab") is still a name run when the geoparser read it as a place
    named: set[int] = set()
    for t in toponyms:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        named.update(tok.i for tok in span)
        if t.entry is not None and t.entry.lat is not None:
            for tok in span:
                by_token.setdefault(tok.i, t)
    dropped: set[int] = set()
    extra: list[Toponym] = []
    qualifiers: set[int] = set()
    try:
        gazetteer = shared_gazetteer()
    except Exception:  # no gazetteer (tests without one): keep what the geoparser found
        return ContextPlaces(list(toponyms))

    for sent in doc.sents:
        situated: list[tuple[GazetteerEntry, GazetteerEntry]] = []  # (place, its context) pairs
        for start, end in _name_runs(doc, sent.start, sent.end, frozenset(named)):
            context = _context_after(doc, end, by_token)
            if context is None or context.entry is None:
                continue
            first, last = doc[start], doc[end - 1]
            char_start, char_end = first.idx, last.idx + len(last.text)
            if any(a <= char_start < b for a, b in actor_spans):
                continue
            own = by_token.get(start)
            if own is context or _listed_on(doc, context):
                continue
            owned = _owned_qualifiers(doc, own.entry, context, by_token) if own and own.entry else []
            if (
                own is not None
                and own.entry is not None
                and (
                    _fits(own.entry, context.entry)
                    or own.entry.feature in ("country", "admin1", "region")
                    # "Macomia in northern Mozambique's Cabo Delgado province": a side of a
                    # country stands for a wide area; the division it owns says where the town is
                    or (_part_of_a_country(context.entry) and bool(owned))
                    # "the town of Bozoum in northwestern Central African Republic": a side of a
                    # country holds any of its towns, unless brackets after it say where
                    or (
                        _part_of_a_country(context.entry)
                        and own.entry.country == context.entry.country
                        and not _bracketed_after(doc, context)
                    )
                )
            ):
                # "in western Yemen (At Tuhayat, Al Hudaydah)": brackets after a country or a
                # region of it name a smaller place, not a wider one; "the West Bank city of
                # Jenin": a town situated by its province, named first
                if (
                    own.entry.feature == "admin1"
                    and context.entry.feature in ("city", "site", "admin2")
                    and _fits(context.entry, own.entry)
                ):
                    qualifiers.add(own.start)
                elif own.entry.feature not in ("country", "region"):
                    qualifiers.add(context.start)
                    qualifiers.update(owned)
                    situated.append((own.entry, context.entry))
                continue
            # X unresolved, or resolved far from its context: look it up near the context
            name = doc.text[char_start:char_end]
            if own is None and not _after_locative(doc, start):
                if end < len(doc) and doc[end].text == "(":
                    # "Jaldhaka (Nilphamari zila, Rangpur)": the brackets situate a place the
                    # gazetteer lacks; they are not where the event is when the text names it
                    qualifiers.add(context.start)
                continue
            entry = _lookup_near(gazetteer, name, context.entry)
            if entry is not None:
                if own is not None:
                    dropped.add(own.start)
                extra.append(Toponym(char_start, char_end, name, entry, 1.0))
                qualifiers.add(context.start)
                qualifiers.update(_owned_qualifiers(doc, entry, context, by_token))
                situated.append((entry, context.entry))
            elif own is not None and own.entry is not None and own.entry.feature not in ("country",):
                dropped.add(own.start)  # a far-off reading of a small place: its context stands
        if situated:
            # a sentence that situates itself ("in X, Y, ...") is about one area: a same-country
            # town read far outside it is a misreading of a local name ("Itambi" as a distant town)
            for t in resolved:
                e = t.entry
                if not sent.start_char <= t.start < sent.end_char or e is None or t.start in qualifiers:
                    continue
                if e.feature not in ("city", "site", "admin2") or any(e is a or e is b for a, b in situated):
                    continue
                if all(e.country == b.country and not _fits(e, b) and not _fits(e, a) for a, b in situated):
                    dropped.add(t.start)
    for t in toponyms:
        if t.entry is None or t.entry.feature != "country":
            continue
        capital = _capital_named(doc, t, gazetteer)
        if capital is not None:
            # "the Yemeni capital", "Kenya's capital": the event is in the city, not the country
            dropped.add(t.start)
            extra.append(Toponym(t.start, t.end, t.text, capital, t.score))
        elif modifies_another_noun(doc, t):
            dropped.add(t.start)
    # a name read again in its context replaces the unresolved toponym of the same span
    found = {(t.start, t.end) for t in extra}
    kept = [
        t
        for t in toponyms
        if t.start not in dropped and (t.entry is not None or (t.start, t.end) not in found)
    ]
    taken = {(t.start, t.end) for t in kept}
    kept.extend(t for t in extra if (t.start, t.end) not in taken)
    kept.sort(key=lambda t: t.start)
    return ContextPlaces(kept, qualifiers)


def _listed_on(doc: Doc, context: Toponym) -> bool:
    """Whether the name after "X, " goes on to a list's end ("in Mombasa, Kisumu and Eldoret"):
    the towns of a list, not a town and the place it lies in ("in Nyalenda, Kisumu, on Monday")."""
    span = doc.char_span(context.start, context.end, alignment_mode="expand")
    if span is None:
        return False
    j = span.end
    while j + 1 < len(doc) and doc[j].sent == span.sent:
        tok = doc[j]
        if tok.lower_ in ("and", "or"):
            return doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha
        if tok.text != "," and not (tok.text[:1].isupper() and tok.is_alpha):
            return False
        j += 1
    return False


def _capital_named(doc: Doc, toponym: Toponym, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The capital city a country's name or demonym stands for in "the Yemeni capital" or
    "Kenya's capital" (the country's own name or demonym, then "capital")."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None or toponym.entry is None or toponym.entry.country is None:
        return None
    after = [t for t in doc[span.end : span.end + 2]]
    if after and after[0].lower_ in ("'s", "’s"):
        after = after[1:]
    if not after or after[0].lower_ != "capital":
        return None
    return gazetteer.capital(toponym.entry.country)


def _after_locative(doc: Doc, start: int) -> bool:
    """A name right after "in", "near", "at", "of" (allowing a determiner and a place word)."""
    j = start - 1
    steps = 0
    while j >= doc[start].sent.start and steps < 3:
        low = doc[j].lower_
        if low in _LOCATIVES or low in ("(", ","):
            return True
        if low not in ("the", "a") and low not in PLACE_TYPE_WORDS:
            return False
        j -= 1
        steps += 1
    return False


def _lookup_near(gazetteer: object, name: str, context: GazetteerEntry) -> GazetteerEntry | None:
    """The gazetteer entry for ``name`` that lies in or near ``context``, the most populous first."""
    words = name.split()
    names = [name]
    if len(words) > 1 and words[-1].lower() in PLACE_TYPE_WORDS:
        names.append(" ".join(words[:-1]))
    for candidate_name in names:
        exact = gazetteer.lookup(candidate_name)  # type: ignore[attr-defined]
        if context.feature == "country":
            # a country alone says little: only an exact name, and only one place of that name
            fitting = [e for e in exact if e.feature in ("city", "site", "admin2") and _fits(e, context)]
            if len(fitting) == 1:
                return fitting[0]
            continue
        for entries in (exact, gazetteer.lookup_loose(candidate_name)):  # type: ignore[attr-defined]
            fitting = [e for e in entries if e.feature in ("city", "site", "admin2") and _fits(e, context)]
            if fitting:
                return min(fitting, key=lambda e: (distance_km(e, context) > NEAR_CITY_KM, -e.population))
    return None

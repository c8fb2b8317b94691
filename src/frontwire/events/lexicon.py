"""The event-trigger lexicon: which words report which PLOVER events (``data/triggers.yaml``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from frontwire.records import PLOVER_TYPES

#: environment variable naming extra trigger files (``os.pathsep``-separated) that extend the lexicon
USER_TRIGGERS_ENV = "FRONTWIRE_TRIGGERS"


#: ground an armed side holds, which "defending" or "backing" it does not support in words
#: roads and lines of supply: cutting one is a military move, never a sanction
_ROUTES = frozenset(
    {"highway", "road", "route", "corridor", "supply", "line", "lines", "artery", "motorway", "railway"}
)
_HELD_GROUND = frozenset(
    {"town", "city", "village", "base", "position", "positions", "post", "posts", "front", "line", "lines",
     "territory", "area", "capital", "airport", "border", "bridge", "checkpoint"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    """How one trigger word is coded and what it needs from its arguments to count as an event."""

    lemma: str
    type: str = "ASSAULT"
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    pos: str = "verb"
    territory: bool = False
    weak: bool = False
    strong_intransitive: bool = False
    place_object: bool = False
    subject_place: bool = False
    requires_place: bool = False
    expels: bool = False
    lost_to: bool = False
    property: bool = False
    grenade: bool = False
    disrupts: bool = False
    ignore: bool = False
    armed_subject: bool = False
    sighting: bool = False
    struck_subject: bool = False
    plural_only: bool = False
    agent_noun: bool = False
    objects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    objects_else: dict[str, Any] | None = None
    object_overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    people_object: dict[str, Any] | None = None
    weapon_subject: dict[str, Any] | None = None

    def with_weapon_subject(self) -> TriggerSpec:
        """The spec when a weapon or an aircraft is the subject ("a drone hit the field"): the
        word is then an attack whatever its object."""
        return _updated(self, self.weapon_subject) if self.weapon_subject is not None else self

    def for_object(
        self,
        object_lemma: str | None,
        object_is_place: bool,
        object_is_person: bool = False,
        noun: bool = False,
    ) -> TriggerSpec | None:
        """The spec as it reads with this object, or None when the object rules the event out.

        ``object_is_person``: the object names people ("seized three aid workers"), which
        ``people_object`` reads apart when the entry has it. ``noun``: the trigger is a noun,
        which names no place taken without one ("the seizure of Kunduz" is territory, "the
        seizure was the biggest drugs bust" is not)."""
        spec = self
        if object_lemma in ("it", "them", "which", "that") and (
            not self.objects or self.territory or self.place_object or self.objects_else is not None
        ):
            # a pronoun may stand for a place: "seized it in 2012" (not for the mine a vehicle
            # "hit": "the minibus ... when it was hit" is the minibus)
            return spec
        if noun and object_lemma is None and self.place_object and self.objects_else is not None:
            return _updated(self, _not_a_place(self.objects_else))
        if object_is_person and self.people_object is not None:
            # "a British tourist was seized": the demonym is no place the object names
            return _updated(self, self.people_object)
        if object_lemma is not None and object_lemma not in self.objects:
            # "ties", "relations", "supplies": lists name the plural
            plurals = (f"{object_lemma}s", f"{object_lemma[:-1]}ies" if object_lemma.endswith("y") else "")
            known = self.objects | self.object_overrides.keys()
            object_lemma = next((p for p in plurals if p in known), object_lemma)
        # a place is what territorial and military words act on, never what is agreed or refused:
        # "reached the town" is no agreement, "denied the base had fallen" no refusal; nor is it a
        # unit formed ("to create an independent state they call Ambazonia" founds no militia)
        place_ok = (
            object_is_place
            and self.type not in ("AGREE", "REJECT")
            and (self.type, self.mode) != ("MOBILIZE", "militia")
        )
        if self.type == "SANCTION" and object_lemma in _ROUTES:
            return None  # "cutting the main highway between Aleppo and Damascus": a road, no ties
        if self.type == "SUPPORT" and object_lemma in _HELD_GROUND:
            return None  # "troops were still defending the town": holding ground, no word of support
        if (
            self.objects
            and object_lemma not in self.objects
            and object_lemma not in self.object_overrides
            and not place_ok
        ):
            if self.objects_else is None:
                return None
            return _updated(self, _not_a_place(self.objects_else))
        if object_lemma in self.object_overrides:
            override = self.object_overrides[object_lemma]
            if override.get("type", self.type) != self.type:
                # "expelled Sweden's envoy": another kind of event than the entry's own changes no
                # ground, unless the override says so
                override = _not_a_place(override)
            spec = _updated(self, override)
        elif (
            self.objects_else is not None
            and self.place_object
            and object_lemma is not None
            and not object_is_place
            and object_lemma not in self.objects
        ):
            spec = _updated(self, _not_a_place(self.objects_else))
        return spec

    def accepts_pos(self, pos: str) -> bool:
        """Whether a token of this part of speech (``VERB``/``NOUN``...) can be this trigger."""
        if self.pos == "any":
            return pos in ("VERB", "NOUN", "PROPN", "ADJ")
        if self.pos == "noun":
            return pos in ("NOUN", "PROPN")
        return pos == "VERB"


def _not_a_place(fields: dict[str, Any]) -> dict[str, Any]:
    """The fallback reading of a territorial word whose object is no place ("seized weapons"):
    nothing changes hands, so it is not territorial unless the entry says so."""
    return {"territory": False, "contexts": (), "place_object": False, **fields}


def _updated(spec: TriggerSpec, fields: dict[str, Any]) -> TriggerSpec:
    changes = dict(fields)
    if "contexts" in changes:
        changes["contexts"] = tuple(changes["contexts"] or ())
    # an override decides on its own object, so it no longer needs the base object list
    return replace(
        spec, objects=frozenset(), objects_else=None, people_object=None, weapon_subject=None, **changes
    )


def _spec(lemma: str, raw: dict[str, Any]) -> TriggerSpec:
    if not raw.get("ignore") and raw.get("type") not in PLOVER_TYPES:
        raise ValueError(f"trigger {lemma!r}: unknown PLOVER type {raw.get('type')!r}")
    fields = dict(raw)
    fields["contexts"] = tuple(fields.get("contexts") or ())
    fields["objects"] = frozenset(fields.get("objects") or ())
    fields["modifiers"] = frozenset(fields.get("modifiers") or ())
    fields["object_overrides"] = dict(fields.get("object_overrides") or {})
    try:
        return TriggerSpec(lemma=lemma, **fields)
    except TypeError as exc:
        raise ValueError(f"trigger {lemma!r}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Single-word triggers by lemma, and multi-word triggers by their lemma tuple."""

    single: dict[str, TriggerSpec]
    multi: dict[tuple[str, ...], TriggerSpec]

    @property
    def longest(self) -> int:
        """The number of words in the longest multi-word trigger."""
        return max((len(k) for k in self.multi), default=1)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key written twice in one mapping: the second would silently
    replace the first ("down" for downed drones, then "down" for downed tools)."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"line {key_node.start_mark.line + 1}: {key!r} is written twice")
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


class TriggerFileError(ValueError, RuntimeError):
    """A trigger file that cannot be read: bad YAML, or a word written twice. A set-up problem
    (a `RuntimeError`, as the CLI reports one: a line naming the file, exit status 2)."""


def _load_file(text: str, origin: str, into: dict[str, TriggerSpec]) -> None:
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader) or {}
    except ValueError as exc:
        raise TriggerFileError(f"{origin}: {exc}") from exc
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f"line {where.line + 1}: " if where is not None else ""
        raise TriggerFileError(f"{origin}: {line}not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    if not isinstance(data, dict):
        raise TriggerFileError(f"{origin}: expected a mapping of lemma to trigger fields")
    for lemma, raw in data.items():
        into[str(lemma).lower()] = _spec(str(lemma).lower(), raw or {})


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged trigger lexicon, extended by the files named in ``FRONTWIRE_TRIGGERS``."""
    specs: dict[str, TriggerSpec] = {}
    packaged = resources.files("frontwire.data").joinpath("triggers.yaml").read_text(encoding="utf-8")
    _load_file(packaged, "triggers.yaml", specs)
    for name in filter(None, os.environ.get(USER_TRIGGERS_ENV, "").split(os.pathsep)):
        _load_file(Path(name).read_text(encoding="utf-8"), name, specs)
    single = {k: v for k, v in specs.items() if " " not in k}
    multi = {tuple(k.split()): v for k, v in specs.items() if " " in k}
    return Lexicon(single=single, multi=multi)

"""The ``frontwire_events`` pipeline component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from frontwire.events.classifier import load_classifier
from frontwire.events.lexicon import load_lexicon
from frontwire.events.merge import merge_within_document
from frontwire.events.reader import DocumentReader
from frontwire.nlp.extensions import FrontwireComponent


class EventComponent(FrontwireComponent):
    """Reads the events of a document and merges reports of the same happening."""

    def __init__(self, name: str = "frontwire_events", classify: bool = True) -> None:
        self.name = name
        self.lexicon = load_lexicon()
        # the embedding classifier re-reads the rules' event types (events/classifier.py)
        self.classifier = load_classifier() if classify else None

    def process(self, doc: Doc) -> None:
        """Set ``doc._.fw_events``."""
        reader = DocumentReader(doc, self.lexicon)
        events = merge_within_document(reader.read(), doc)
        if self.classifier is not None:
            if events:
                events = self.classifier.recode(events, doc.text, reader.actor_types)
            else:
                events = self.classifier.propose(doc, reader)
        # ACLED's role actors ("Protesters (Kenya)") follow the final types
        doc._.fw_events = reader.settle_role_actors(events)
        acting = {name for e in doc._.fw_events for name in (e.actor1, e.actor2) if name}
        stood_for = [m for m in reader.stood_for if m.name in acting]
        if reader.relinked:
            # a mention the events read as another actor's ("Police" of the country they act in)
            doc._.fw_actors = [reader.relinked.get((m.start, m.end), m) for m in doc._.fw_actors or []]
        if stood_for:
            doc._.fw_actors = sorted([*(doc._.fw_actors or []), *stood_for], key=lambda m: (m.start, -m.end))


@Language.factory(
    "frontwire_events",
    assigns=["doc._.fw_events", "doc._.fw_actors"],
    requires=["doc._.fw_dates", "doc._.fw_toponyms", "doc._.fw_actors", "doc._.fw_attributions"],
    default_config={"classify": True},
)
def make_event_component(nlp: Language, name: str, classify: bool) -> EventComponent:
    """Factory for the event component; ``classify=False`` keeps the rules' types as they are."""
    return EventComponent(name, classify)

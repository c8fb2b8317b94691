"""The ``frontwire_events`` pipeline component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from frontwire.events.lexicon import load_lexicon
from frontwire.events.merge import merge_within_document
from frontwire.events.reader import DocumentReader
from frontwire.nlp.extensions import FrontwireComponent


class EventComponent(FrontwireComponent):
    """Reads the events of a document and merges reports of the same happening."""

    def __init__(self, name: str = "frontwire_events") -> None:
        self.name = name
        self.lexicon = load_lexicon()

    def process(self, doc: Doc) -> None:
        """Set ``doc._.fw_events``."""
        candidates = DocumentReader(doc, self.lexicon).read()
        doc._.fw_events = merge_within_document(candidates)


@Language.factory(
    "frontwire_events",
    assigns=["doc._.fw_events"],
    requires=["doc._.fw_dates", "doc._.fw_toponyms", "doc._.fw_actors", "doc._.fw_attributions"],
)
def make_event_component(nlp: Language, name: str) -> EventComponent:
    """Factory for the event component."""
    return EventComponent(name)

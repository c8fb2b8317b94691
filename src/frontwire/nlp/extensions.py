"""The Doc extensions Frontwire's components read and write, registered in one place.

Every attribute holds records from :mod:`frontwire.records`; ``None`` means "not computed yet"
(the component that owns it has not run).
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Doc

log = logging.getLogger("frontwire")

#: name -> what it holds (documentation, and the list `register` walks)
DOC_EXTENSIONS: dict[str, str] = {
    "fw_input": "ArticleInput: the article's metadata as given by its reader",
    "fw_date": "datetime.date | None: the reference date (given date, else a dateline in the text)",
    "fw_dates": "list[TimeExpression]: every date expression, resolved against fw_date",
    "fw_toponyms": "list[Toponym]: every place name, resolved to a gazetteer entry",
    "fw_country": "str | None: ISO code of the country the article is mostly about",
    "fw_actors": "list[ActorMention]: every actor mention, linked to a canonical actor",
    "fw_quotes": "list[QuoteSpan]: every direct quotation with its speaker",
    "fw_attributions": "list[Attribution]: reported speech: who vouches for which stretch of text",
    "fw_events": "list[EventCandidate]: the events read from the text",
    "fw_errors": "list[str]: components that failed on this document, with the reason",
}


#: where `doc_text` keeps a Doc's text (``Doc.user_data`` key, apart from the ``._.`` extensions)
_TEXT_KEY = "frontwire.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc.

    spaCy joins every token (one Python object each) on every read of ``Doc.text``; components read
    it thousands of times per batch. The text cannot change once the Doc is made: no Frontwire
    component retokenises.
    """
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def register() -> None:
    """Register every Frontwire Doc extension (idempotent)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class FrontwireComponent:
    """Base of Frontwire's pipeline components: one failing document never stops a batch.

    Subclasses implement `process`. A failure is logged and recorded in ``doc._.fw_errors`` so the
    caller can report that article as failed while the rest of the batch goes on.
    """

    name = "frontwire"

    def __call__(self, doc: Doc) -> Doc:
        try:
            self.process(doc)
        except Exception as exc:  # a bug on one article must not take the batch down
            log.debug("component %s failed", self.name, exc_info=True)
            errors = doc._.fw_errors or []
            errors.append(f"{self.name}: {type(exc).__name__}: {exc}")
            doc._.fw_errors = errors
        return doc

    def process(self, doc: Doc) -> None:
        """Read ``doc`` and set this component's extensions."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


def char_span(doc: Doc, start: int, end: int) -> Any:
    """The smallest token span covering characters ``start:end`` (never None for a valid range)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:  # only for ranges inside whitespace
        span = doc.char_span(start, end, alignment_mode="contract")
    return span


register()

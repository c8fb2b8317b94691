"""The NLP stage: spaCy pipeline components that read an article into typed records on its Doc.

Components (registered with ``@Language.factory``, run in this order after spaCy's own):

=====================  ==================================  ========================================
factory                module                              assigns
=====================  ==================================  ========================================
``frontwire_dates``    :mod:`frontwire.nlp.dates`          ``doc._.fw_date``, ``doc._.fw_dates``
``frontwire_places``   :mod:`frontwire.nlp.places`         ``doc._.fw_toponyms``, ``doc._.fw_country``
``frontwire_actors``   :mod:`frontwire.nlp.actors`         ``doc._.fw_actors``
``frontwire_quotes``   :mod:`frontwire.nlp.quotes`         ``doc._.fw_quotes``
``frontwire_events``   :mod:`frontwire.events.component`   ``doc._.fw_events``
=====================  ==================================  ========================================

Before spaCy's parser, ``frontwire_paragraphs`` (:mod:`frontwire.nlp.pipeline`) starts a sentence
after every blank line, so that a headline without a full stop is a sentence of its own.
"""

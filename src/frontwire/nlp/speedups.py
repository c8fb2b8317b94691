"""Faster stand-ins for two of the English model's rule components, with the very same output.

The model's ``attribute_ruler`` and ``lemmatizer`` do no learning, yet together they cost as much
as its parser: the attribute ruler runs 179 patterns through spaCy's ``Matcher`` for every token,
and the lemmatizer looks words up in plain lists. Both are rewritten here around hash look-ups;
``tests/test_speedups.py`` checks token by token that the annotations are unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

#: the token attributes a single-token rule may test and still be answered from a memo
_MEMO_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")

#: the memo's stand-in for a lowercase form that no rule names
_UNNAMED = -1


class _Test:
    """A rule's test of one token attribute: an exact value, or ``IN``/``NOT_IN`` a list.

    ``words`` are the values the test names; a value it does not name always gets the same answer,
    which is what lets the memo share one entry among all such words.
    """

    def __init__(self, words: Iterable[Any], *, negated: bool) -> None:
        self.words = frozenset(words)
        self.negated = negated

    def __call__(self, value: Any) -> bool:
        return (value in self.words) != self.negated


def speed_up(nlp: Language) -> None:
    """Swap the model's attribute ruler and lemmatizer tables for their indexed equivalents."""
    index_lemma_tables(nlp)
    if "attribute_ruler" not in nlp.pipe_names:
        return
    stock = nlp.get_pipe("attribute_ruler")
    if isinstance(stock, AttributeRuler) and not isinstance(stock, IndexedAttributeRuler):
        patterns = stock.patterns
        ruler = nlp.replace_pipe("attribute_ruler", "frontwire_attribute_ruler")
        assert isinstance(ruler, IndexedAttributeRuler)
        ruler.add_patterns(patterns)


def index_lemma_tables(nlp: Language) -> None:
    """Turn the rule lemmatizer's word lists into sets, so that each look-up is one hash probe.

    spaCy's English rule lemmatizer asks ``form in index`` for every candidate form of every new
    (word, tag) pair, and its ``lemma_index`` table holds plain lists (57,528 nouns): each probe
    scans the list. Sets hold the same words, so every lemma stays what spaCy gives.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos in list(table.keys()):
        words = table[pos]
        if isinstance(words, list):
            table[pos] = frozenset(words)


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` that answers its single-token rules from a memo.

    Nearly all of the model's rules look at one token's tag, lowercase form, dependency label and
    whether it is a space. Which of them fire depends on those four values alone, so the answer is
    computed once per distinct combination and reused; rules over several tokens still go through
    a ``Matcher``. The matches, their order and so the annotations are exactly the stock ruler's.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._compiled_for = -1
        self._single: list[tuple[int, int, dict[str, _Test]]] = []
        self._multi = Matcher(self.vocab)
        self._memo: dict[tuple[int, int, int, int], list[tuple[int, int]]] = {}
        self._lowers_named: frozenset[int] = frozenset()

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches as ``(rule index, match id, start, end)``, sorted as spaCy does."""
        if self._compiled_for != len(self.attrs):
            self._compile()
        matches: list[tuple[int, int, int, int]] = []
        if self._single:
            rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
            memo = self._memo
            named = self._lowers_named
            for position, row in enumerate(rows):
                # a word no rule names behaves like any other such word: one memo entry for all
                key = (row[0], row[1] if row[1] in named else _UNNAMED, row[2], row[3])
                fired = memo.get(key)
                if fired is None:
                    fired = memo[key] = self._fired(key)
                for rule, match_id in fired:
                    matches.append((rule, match_id, position, position + 1))
        if len(self._multi):
            for match_id, start, end in self._multi(doc, allow_missing=True, as_spans=False):
                matches.append((int(self.vocab.strings[match_id]), match_id, start, end))
        matches = sorted(set(matches))
        return matches

    def _compile(self) -> None:
        """Split the rules into memoisable single-token ones and the rest."""
        self._single = []
        self._multi = Matcher(self.vocab)
        self._memo = {}
        for rule in range(len(self.attrs)):
            key = str(rule)
            match_id = self.vocab.strings.add(key)
            _, alternatives = self.matcher.get(key)
            rest = []
            for pattern in alternatives:
                tests = _single_token_tests(pattern)
                if tests is None:
                    rest.append(pattern)
                else:
                    self._single.append((rule, match_id, tests))
            if rest:
                self._multi.add(key, rest)
        self._lowers_named = frozenset(
            self.vocab.strings.add(word)
            for _, _, tests in self._single
            for word in getattr(tests.get("LOWER"), "words", ())
        )
        self._compiled_for = len(self.attrs)

    def _fired(self, key: tuple[int, int, int, int]) -> list[tuple[int, int]]:
        """Which single-token rules fire on a token with these four attribute values."""
        strings = self.vocab.strings
        values = {
            "TAG": strings[key[0]] if key[0] else "",
            "LOWER": strings[key[1]] if key[1] not in (0, _UNNAMED) else None,
            "DEP": strings[key[2]] if key[2] else "",
            "IS_SPACE": bool(key[3]),
        }
        fired = []
        for rule, match_id, tests in self._single:
            if all(test(values[attr]) for attr, test in tests.items()):
                fired.append((rule, match_id))
        return fired


def _single_token_tests(pattern: list[dict[str, Any]]) -> dict[str, _Test] | None:
    """A one-token pattern as tests on the memo's attributes, or None if it needs the Matcher."""
    if len(pattern) != 1:
        return None
    tests: dict[str, _Test] = {}
    for attr, wanted in pattern[0].items():
        if attr not in _MEMO_ATTRS:
            return None
        test = _test_for(wanted)
        if test is None:
            return None
        tests[attr] = test
    return tests


def _test_for(wanted: Any) -> _Test | None:
    """A test for one attribute's value: equality, ``IN`` or ``NOT_IN``; None for anything else."""
    if isinstance(wanted, str | bool):
        return _Test([wanted], negated=False)
    if isinstance(wanted, dict) and len(wanted) == 1:
        ((operator, options),) = wanted.items()
        if operator in ("IN", "NOT_IN") and isinstance(options, list | tuple):
            return _Test(options, negated=operator == "NOT_IN")
    return None


@Language.factory("frontwire_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    """The spaCy factory for :class:`IndexedAttributeRuler`."""
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)

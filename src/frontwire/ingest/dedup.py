"""Near-duplicate articles: one wire story re-spun by many outlets is one story.

Each article becomes the set of its content words (lower-cased, stop words dropped), summarised by
a MinHash signature (datasketch); an LSH index finds candidates and the estimated Jaccard
similarity decides. Content words rather than longer word shingles: a rewrite reorders sentences
and swaps words for synonyms, which breaks most 3- to 5-word shingles, while the names, numbers and
nouns that make a story that story survive. Measured in docs/evaluation.md ("Near-duplicates"):
rewrites of a story score 0.52-0.80, different stories on the same topic at most about 0.48,
so `THRESHOLD` sits between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

from frontwire.records import ArticleInput

#: estimated Jaccard similarity of content words from which two articles are near-duplicates
THRESHOLD = 0.5
#: MinHash permutations: the estimate's standard error is about sqrt(J(1-J)/NUM_PERM), 0.03 here
NUM_PERM = 256
#: LSH finds candidates from this lower similarity, so estimation noise does not lose true pairs
CANDIDATE_THRESHOLD = 0.35
#: fixed seed: signatures stay comparable across runs, processes and machines
SEED = 8

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
# function words and reporting verbs every news story shares
_STOP_TEXT = """
a about after again against all also am an and any are as at be because been before being
between both but by can could did do does during each few for from further had has have having
he her here hers him his how i if in into is it its itself just me more most my no nor not now
of off on once only or other our ours out over own same she should so some such than that the
their theirs them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your said says say told
according
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


def content_words(text: str) -> set[str]:
    """The set MinHash summarises: lower-cased words and numbers, without stop words."""
    words = (w.casefold() for w in _TOKEN.findall(text))
    return {w for w in words if w not in STOP_WORDS and (len(w) > 1 or w.isdigit())}


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash of a text's content words."""
    minhash = MinHash(num_perm=num_perm, seed=SEED)
    minhash.update_batch([w.encode("utf-8") for w in sorted(content_words(text))])
    return minhash


def similarity(a: str, b: str) -> float:
    """The exact Jaccard similarity of two texts' content words (what signatures estimate)."""
    left, right = content_words(a), content_words(b)
    return len(left & right) / len(left | right) if left | right else 0.0


class NearDuplicateIndex:
    """Articles seen so far; `add` says which earlier article a new one duplicates, if any."""

    def __init__(
        self,
        threshold: float = THRESHOLD,
        num_perm: int = NUM_PERM,
        candidate_threshold: float = CANDIDATE_THRESHOLD,
    ) -> None:
        self.threshold, self.num_perm = threshold, num_perm
        self._lsh = MinHashLSH(threshold=min(candidate_threshold, threshold), num_perm=num_perm)
        self._signatures: dict[str, MinHash] = {}
        self._canonical: dict[str, str] = {}
        self._copies: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, article: ArticleInput, key: str | None = None) -> str | None:
        """Index ``article``; return the key of the first-seen article it repeats, else None.

        ``key`` defaults to the article's id, then its URL, then its origin. A key seen before is
        not indexed again: it returns its canonical key (None when it is one itself).
        """
        key = key or article.id or article.url or article.origin
        if key in self._signatures:
            return self._canonical.get(key)
        minhash = signature(article.text, self.num_perm)
        best, best_score = None, self.threshold
        for other in self._lsh.query(minhash):
            score = minhash.jaccard(self._signatures[other])
            if score >= best_score:
                best, best_score = other, score
        self._signatures[key] = minhash
        self._lsh.insert(key, minhash)
        if best is None:
            return None
        canonical = self._canonical.get(best, best)
        self._canonical[key] = canonical
        self._copies.setdefault(canonical, []).append(key)
        return canonical

    def canonical(self, key: str) -> str | None:
        """The article ``key`` repeats, or None when it is an original (or unknown)."""
        return self._canonical.get(key)

    def copies(self, canonical: str) -> list[str]:
        """The keys of the near-duplicates of ``canonical``, in the order they were added."""
        return list(self._copies.get(canonical, []))

    def groups(self) -> dict[str, list[str]]:
        """Every original that has copies, with its copies."""
        return {key: list(copies) for key, copies in self._copies.items()}


def duplicate_pairs(articles: Iterable[ArticleInput]) -> list[tuple[str, str]]:
    """(copy, original) key pairs for a batch, in input order, with a fresh index."""
    index = NearDuplicateIndex()
    pairs = []
    for article in articles:
        key = article.id or article.url or article.origin
        canonical = index.add(article, key)
        if canonical is not None:
            pairs.append((key, canonical))
    return pairs

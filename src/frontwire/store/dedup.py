"""Near-duplicate articles: MinHash signatures of word shingles, banded for lookup."""

from __future__ import annotations

import hashlib
import re
import struct

#: words per shingle
SHINGLE = 5
#: signature length, and how it is cut into bands (rows per band = SIGNATURE // BANDS)
SIGNATURE = 64
BANDS = 16
#: estimated Jaccard similarity from which two articles count as near-duplicates
NEAR_DUPLICATE = 0.8

_WORD = re.compile(r"\w+")
_MASK = (1 << 61) - 1
# fixed seeds so signatures stay comparable across runs and machines
_SEEDS = [
    struct.unpack("<Q", hashlib.blake2b(f"frontwire-minhash-{i}".encode(), digest_size=8).digest())[0]
    for i in range(SIGNATURE)
]


def signature(text: str) -> list[int]:
    """The MinHash signature of ``text``'s lower-cased word shingles."""
    words = [w.casefold() for w in _WORD.findall(text)]
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    hashes = [
        struct.unpack("<Q", hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest())[0] for s in shingles
    ]
    return [min(((h ^ seed) * 0x9E3779B97F4A7C15) & _MASK for h in hashes) for seed in _SEEDS]


def bands(sig: list[int]) -> list[str]:
    """The band keys of a signature: articles sharing one are near-duplicate candidates."""
    rows = len(sig) // BANDS
    out = []
    for b in range(BANDS):
        chunk = ",".join(str(v) for v in sig[b * rows : (b + 1) * rows])
        out.append(f"{b}:" + hashlib.blake2b(chunk.encode(), digest_size=12).hexdigest())
    return out


def similarity(a: list[int], b: list[int]) -> float:
    """The estimated Jaccard similarity of two signatures."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)

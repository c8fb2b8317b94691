"""Shared fixtures: the loaded pipeline (once per session) and service requirements."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from frontwire.nlp.pipeline import load_pipeline, make_doc
from frontwire.records import ArticleInput


def require(available: bool, reason: str) -> None:
    """Skip a test whose service is missing, or fail it when FRONTWIRE_REQUIRE_ALL=1 (CI)."""
    if available:
        return
    if os.environ.get("FRONTWIRE_REQUIRE_ALL") == "1":
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """Frontwire's full pipeline, loaded once for the whole test session."""
    return load_pipeline()


@pytest.fixture(scope="session")
def read(nlp: Language) -> Callable[..., object]:
    """Run the whole pipeline over a text: ``read(text, date="2025-03-02")`` returns the Doc."""

    def run(text: str, date_: str | None = "2025-03-02", **meta: str) -> object:
        article = ArticleInput(text=text, date=date.fromisoformat(date_) if date_ else None, **meta)
        return nlp(make_doc(nlp, article))

    return run

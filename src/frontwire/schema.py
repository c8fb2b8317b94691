"""The frontwire/1 JSON Schema (the project's own copy) and validation against it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The frontwire/1 JSON Schema shipped with the package."""
    text = resources.files("frontwire.data").joinpath("output.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(load_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(obj: dict[str, Any]) -> list[str]:
    """Every way ``obj`` breaks the frontwire/1 schema, as readable lines (empty when valid)."""
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}"
        for error in sorted(_validator().iter_errors(obj), key=lambda e: list(e.absolute_path))
    ]

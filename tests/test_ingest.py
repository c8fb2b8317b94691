"""Readers: wire text, JSON Lines, directories, standard input, and every kind of bad input."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from frontwire.ingest import parse_wire_text, read_jsonl, read_paths
from frontwire.ingest.readers import read_stdin, split_signature

WIRE = """date 2024-11-03 Militia clashes close border crossing

Gunmen attacked a police post near the border crossing on Saturday.

Officials said the crossing would stay closed. Brief News from Lakeside Courier.
"""


def test_wire_header_body_and_signature() -> None:
    article = parse_wire_text(WIRE, "story.txt")
    assert article.date == date(2024, 11, 3)
    assert article.title == "Militia clashes close border crossing"
    assert article.outlet == "Lakeside Courier"
    assert article.text.startswith("Gunmen attacked")
    assert article.text.endswith("would stay closed.")
    assert "Lakeside" not in article.text


def test_wire_without_header_keeps_everything() -> None:
    article = parse_wire_text("Troops left the town.\r\nResidents returned.\r\n")
    assert article.date is None and article.title is None and article.outlet is None
    assert article.text == "Troops left the town.\nResidents returned."


def test_signature_forms() -> None:
    assert split_signature("Fighting went on. This article first appeared on Al Jazeera.") == (
        "Fighting went on.",
        "Al Jazeera",
    )
    assert split_signature("Talks resumed. © 2023 The Associated Press") == (
        "Talks resumed.",
        "The Associated Press",
    )
    # ordinary sentences that merely mention news are left alone
    text = "The news from the front was grim."
    assert split_signature(text) == (text, None)


def test_jsonl_text_is_kept_unchanged() -> None:
    text = "  Rebels shelled the airport.\r\n\r\nNews from Somewhere.  "
    lines = [json.dumps({"id": 7, "text": text, "date": "2023-05-01", "title": "T"}).encode()]
    [result] = list(read_jsonl(lines, "in.jsonl"))
    assert result.article is not None
    assert result.article.text == text
    assert result.article.id == "7"
    assert result.article.date == date(2023, 5, 1)


def test_jsonl_bad_lines_are_reported_and_skipped() -> None:
    lines = [
        b'{"id": "a", "text": "Police arrested four men."}',
        b"{not json",
        b'["a list"]',
        b'{"id": "b"}',
        b'{"id": "c", "text": "   "}',
        b'{"id": "d", "text": "x", "date": 20210808}',
        b"\xff\xfe bad bytes",
        b'{"id": "e", "text": "Troops withdrew."}',
    ]
    results = list(read_jsonl(lines, "in.jsonl"))
    good = [r.article.id for r in results if r.article]
    errors = {r.origin: r.error for r in results if r.error}
    assert good == ["a", "e"]
    assert errors["in.jsonl:2"].startswith("malformed JSON")
    assert "expected a JSON object" in errors["in.jsonl:3"]
    assert "text" in errors["in.jsonl:4"]
    assert errors["in.jsonl:5"].startswith("empty article")
    assert "date" in errors["in.jsonl:6"]
    assert "UTF-8" in errors["in.jsonl:7"]


def test_paths_directories_missing_binary_and_latin1(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Soldiers withdrew from the village.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "Protesters marched."}\n', encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 attacked".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    results = list(read_paths([str(tmp_path), str(tmp_path / "missing.txt")]))
    by_origin = {Path(r.origin).name: r for r in results}
    assert by_origin["a.jsonl:1"].article is not None
    assert by_origin["b.txt"].article is not None
    assert by_origin["bin.txt"].error == "not a text file (binary data)"
    assert "not UTF-8" in (by_origin["latin.txt"].error or "")
    assert (by_origin["empty.txt"].error or "").startswith("empty article")
    assert by_origin["missing.txt"].error == "no such file or directory"
    assert "notes.md" not in by_origin


def test_stdin_jsonl_and_wire() -> None:
    jsonl = io.BytesIO(b'{"text": "Rebels fired rockets."}\n{"text": "Police detained two."}\n')
    assert [r.article.text for r in read_stdin(jsonl) if r.article] == [
        "Rebels fired rockets.",
        "Police detained two.",
    ]
    wire = io.BytesIO(b"date 2022-02-24 Title here\n\nTroops crossed the border.\n")
    [result] = list(read_stdin(wire))
    assert result.article is not None and result.article.date == date(2022, 2, 24)


def test_an_unreadable_date_keeps_the_article_undated_with_a_warning() -> None:
    lines = [b'{"id": "u", "text": "Troops withdrew from the town.", "date": "sometime last spring"}']
    [result] = list(read_jsonl(lines, "in.jsonl"))
    assert result.article is not None and result.article.date is None
    assert result.warning is not None and "date" in result.warning

"""The real ``frontwire`` command: output, formats, and one-line errors for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from frontwire.schema import schema_errors

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "goma-2025-03-02.txt"


def frontwire(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command line (``python -m frontwire``) as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "frontwire", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_extract_jsonl_is_schema_valid(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = frontwire("extract", str(EXAMPLE), "--format", "jsonl", "-o", str(out))
    assert result.returncode == 0, result.stderr
    [line] = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert schema_errors(record) == []
    assert record["article"]["date"] == "2025-03-02"
    assert record["article"]["outlet"] == "Frontwire Examples"
    assert "Frontwire Examples" not in record["article"]["text"]
    assert any(e["territory"] for e in record["events"])


def test_table_and_json_formats() -> None:
    table = frontwire("extract", str(EXAMPLE), "--format", "table")
    assert table.returncode == 0, table.stderr
    assert "ASSAULT" in table.stdout and "Sake" in table.stdout
    as_json = frontwire(
        "extract", "-", "--format", "json", stdin=b'{"id": "s1", "text": "Police arrested two men."}\n'
    )
    assert as_json.returncode == 0, as_json.stderr
    [record] = json.loads(as_json.stdout)
    assert record["article"]["id"] == "s1"


def test_bad_inputs_give_one_line_errors_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Soldiers withdrew from the town of Sake on Monday.", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 attack".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    lines = tmp_path / "batch.jsonl"
    lines.write_text('{"id": "ok", "text": "Rebels shelled the airport."}\n{oops\n', encoding="utf-8")
    result = frontwire("extract", str(good), str(latin), str(empty), str(lines), str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4, result.stderr
    assert all(line.startswith("frontwire: error: ") for line in errors)
    assert any("latin.txt: not UTF-8 text" in line for line in errors)
    assert any("empty.txt: empty article" in line for line in errors)
    assert any("batch.jsonl:2: malformed JSON" in line for line in errors)
    assert any("nope.txt: no such file or directory" in line for line in errors)
    assert "Traceback" not in result.stderr
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert len(ids) == 2 and "ok" in ids


def test_usage_errors_exit_2() -> None:
    assert frontwire("extract").returncode == 2
    assert frontwire("extract", "x.txt", "--format", "xml").returncode == 2


def test_validate_command(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"schema": "frontwire/1"}\n', encoding="utf-8")
    result = frontwire("validate", str(bad))
    assert result.returncode == 1 and "required property" in result.stderr


def test_quotes_view_lists_speakers(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "“We will not leave the city,” said Amina Diallo, a member of the local council.\n\n"
        "The so-called “green zone” stayed quiet.",
        encoding="utf-8",
    )
    result = frontwire("quotes", str(story), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["text"].startswith("We will not leave the city")
    assert row["speaker"] == "Amina Diallo" and "council" in (row["role"] or "")
    table = frontwire("quotes", str(story))
    assert table.returncode == 0 and "Amina Diallo" in table.stdout


def test_a_trigger_file_with_a_word_written_twice_is_a_one_line_set_up_error(tmp_path: Path) -> None:
    triggers = tmp_path / "my-triggers.yaml"
    triggers.write_text("commandeer: {type: COERCE}\ncommandeer: {type: ASSAULT}\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "frontwire", "extract", str(EXAMPLE), "-q"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "FRONTWIRE_TRIGGERS": str(triggers)},
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "my-triggers.yaml: line 2: 'commandeer' is written twice" in lines[0]

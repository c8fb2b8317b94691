"""The ``frontwire`` command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from frontwire import __version__
from frontwire.records import ArticleInput, ArticleRecord

app = typer.Typer(
    name="frontwire",
    help="Turn news articles into a sourced, geocoded, dated conflict-event record (frontwire/1).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="Manage the offline GeoNames gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

stderr = Console(stderr=True, highlight=False)

#: show a progress bar once this many articles have been read (and standard error is a terminal)
PROGRESS_AFTER = 3


class OutputFormat(StrEnum):
    """Output formats of ``frontwire extract``."""

    jsonl = "jsonl"
    json = "json"
    table = "table"


def _report(origin: str, message: str) -> None:
    stderr.print(f"frontwire: error: {origin}: {message}", markup=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"frontwire {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Frontwire reads articles offline and writes one frontwire/1 record per article."""


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Wire-format .txt files, .jsonl files (one article object a line), directories "
            "(read recursively) or - for standard input.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", help="jsonl: one record a line; json: an array; table: events."),
    ] = OutputFormat.jsonl,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of standard output.", dir_okay=False),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract events, places, actors, dates and quotes from articles.

    Bad inputs (a missing file, non-UTF-8 text, an empty article, a malformed JSON line) are
    reported on standard error, one line each, and the rest goes on; the exit status is then 1.
    """
    from frontwire.export import write_records

    if output is not None and not output.parent.exists():
        _report(str(output), "the output directory does not exist")
        raise typer.Exit(2)
    run = _Run(paths, quiet)
    stream: TextIO = output.open("w", encoding="utf-8") if output is not None else sys.stdout
    try:
        for _ in write_records(run.records(), stream, fmt.value):
            pass
    finally:
        run.close()
        if output is not None:
            stream.close()
    run.finish()


class _Run:
    """Read PATHs, run the pipeline, report bad inputs on standard error, show progress on terminals.

    Every command that reads articles goes through this: one line per failed input, the batch goes
    on, and `finish` exits with status 1 when anything failed.
    """

    def __init__(self, paths: list[str], quiet: bool) -> None:
        self.paths = paths
        self.failures = 0
        self.progress = (
            Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=stderr,
                transient=True,
            )
            if not quiet and stderr.is_terminal
            else None
        )

    def _articles(self) -> Iterator[ArticleInput]:
        from frontwire.ingest import read_paths

        for item in read_paths(self.paths):
            if item.article is None:
                self.failures += 1
                _report(item.origin, item.error or "cannot be read")
            else:
                yield item.article

    def records(self) -> Iterator[ArticleRecord]:
        """The records of every readable article, in input order."""
        from frontwire.api import process

        task = None
        try:
            for n, outcome in enumerate(process(self._articles()), start=1):
                if self.progress is not None and n > PROGRESS_AFTER:
                    if task is None:
                        self.progress.start()
                        task = self.progress.add_task("reading articles", total=None)
                    self.progress.update(task, completed=n)
                if outcome.record is None:
                    self.failures += 1
                    _report(outcome.article.origin, outcome.error or "extraction failed")
                else:
                    yield outcome.record
        except RuntimeError as exc:  # the model or gazetteer is missing: a set-up problem
            _report("frontwire", str(exc))
            raise typer.Exit(2) from None

    def close(self) -> None:
        """Stop the progress display."""
        if self.progress is not None:
            self.progress.stop()

    def finish(self) -> None:
        """Exit with status 1 if any input failed."""
        if self.failures:
            raise typer.Exit(1)


class ListFormat(StrEnum):
    """Output formats of the listing commands."""

    table = "table"
    jsonl = "jsonl"


@app.command()
def quotes(
    paths: Annotated[
        list[str], typer.Argument(help="Articles, as for `frontwire extract`.", show_default=False)
    ],
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table or jsonl.")] = ListFormat.table,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """List every quotation with its speaker, the speaker's role and the actor it is."""
    from rich.table import Table

    run = _Run(paths, quiet)
    out = Console(highlight=False)
    try:
        for record in run.records():
            actors = {a.id: a.name for a in record.actors}
            if fmt is ListFormat.jsonl:
                for q in record.quotes:
                    row = {"article": record.article.id, **asdict(q)}
                    row["speaker_actor"] = actors.get(q.speaker_actor or "")
                    typer.echo(json.dumps(row, ensure_ascii=False))
                continue
            table = Table(title=record.article.title or record.article.id, show_lines=True)
            for column in ("quote", "speaker", "role", "actor"):
                table.add_column(column, overflow="fold")
            for q in record.quotes:
                table.add_row(q.text, q.speaker or "—", q.role or "—", actors.get(q.speaker_actor or "", "—"))
            out.print(table)
    finally:
        run.close()
    run.finish()


@app.command()
def validate(
    path: Annotated[Path, typer.Argument(help="A frontwire/1 JSON Lines file.", exists=True, dir_okay=False)],
) -> None:
    """Check every line of a JSON Lines file against the frontwire/1 schema."""
    from frontwire.schema import schema_errors

    bad = 0
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                problems = schema_errors(json.loads(line))
            except json.JSONDecodeError as exc:
                problems = [f"malformed JSON ({exc.msg})"]
            for problem in problems:
                _report(f"{path}:{number}", problem)
            bad += bool(problems)
    if bad:
        raise typer.Exit(1)
    typer.echo(f"{path}: valid frontwire/1")


@gazetteer_app.command("build")
def gazetteer_build(
    path: Annotated[
        Path | None, typer.Option(help="Where to write it (default: the cache file Frontwire reads).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Say nothing unless it fails.")] = False,
) -> None:
    """Build the offline gazetteer from the GeoNames data installed with Frontwire's dependencies."""
    from frontwire.nlp.gazetteer import build_gazetteer, default_gazetteer_path

    target = path or default_gazetteer_path()
    if target.exists() and path is None:
        if not quiet:
            typer.echo(f"gazetteer ready: {target}")
        return
    build_gazetteer(target, progress=not quiet and stderr.is_terminal)
    if not quiet:
        typer.echo(f"gazetteer built: {target}")


def main() -> None:
    """Entry point of the ``frontwire`` command."""
    app()


if __name__ == "__main__":
    main()

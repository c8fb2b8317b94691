"""The ``frontwire`` command line."""

from __future__ import annotations

import itertools
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

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
from frontwire.records import ArticleInput, ArticleRecord, ReadResult

if TYPE_CHECKING:
    from frontwire.engines import Engine
    from frontwire.store import Store

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


class EngineName(StrEnum):
    """Where the pipeline runs (``--engine``)."""

    local = "local"
    ray = "ray"


WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        help="Worker processes (local engine), each loading the pipeline once; or Ray actors "
        "(default: one per CPU of the cluster). Output order and content do not change.",
        show_default=False,
    ),
]
EngineOption = Annotated[
    EngineName,
    typer.Option("--engine", help="local: this machine; ray: a Ray cluster (pip install 'frontwire[ray]')."),
]
AddressOption = Annotated[
    str | None,
    typer.Option(
        "--address",
        help="The Ray cluster (ray://HOST:10001, HOST:6379 or auto); default: start Ray here.",
        show_default=False,
    ),
]


@dataclass(slots=True)
class EngineChoice:
    """The ``--engine``, ``--workers`` and ``--address`` options of a command that reads articles."""

    engine: EngineName = EngineName.local
    workers: int | None = None
    address: str | None = None


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
    workers: WorkersOption = None,
    engine: EngineOption = EngineName.local,
    address: AddressOption = None,
    max_chars: Annotated[
        int | None,
        typer.Option(
            "--max-chars",
            min=1,
            help="Read at most this many characters of each article; a longer one is cut, with a "
            "warning (default: $FRONTWIRE_MAX_CHARS, else 1,000,000).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Extract events, places, actors, dates and quotes from articles.

    Bad inputs (a missing file, non-UTF-8 text, an empty article, a malformed JSON line) are
    reported on standard error, one line each, and the rest goes on; the exit status is then 1.
    """
    from frontwire.export import write_records

    if output is not None and not output.parent.exists():
        _report(str(output), "the output directory does not exist")
        raise typer.Exit(2)
    run = _Run(paths, quiet, EngineChoice(engine, workers, address))
    run.max_chars = max_chars
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
    on, and `finish` exits with status 1 when anything failed. ``engine`` says where the pipeline
    runs (default: in this process).
    """

    def __init__(
        self,
        paths: list[str],
        quiet: bool,
        engine: EngineChoice | None = None,
        items: Iterable[ReadResult] | None = None,
    ) -> None:
        self.paths = paths
        #: what to read instead of PATHs (feeds); None: read_paths(paths)
        self.items = items
        self.engine_choice = engine or EngineChoice()
        self.engine: Engine | None = None
        self.failures = 0
        #: ``--max-chars``; None: $FRONTWIRE_MAX_CHARS or the default (see `frontwire.api.Limits`)
        self.max_chars: int | None = None
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

        for item in read_paths(self.paths) if self.items is None else self.items:
            if item.warning:
                stderr.print(
                    f"frontwire: warning: {item.origin}: {item.warning}", markup=False, soft_wrap=True
                )
            if item.article is None:
                self.failures += 1
                _report(item.origin, item.error or "cannot be read")
            else:
                yield item.article

    def records(self) -> Iterator[ArticleRecord]:
        """The records of every readable article, in input order."""
        from frontwire.api import Limits, process

        task = None
        try:
            self.engine = self._start_engine()
            limits = Limits.from_env(self.max_chars)
            outcomes = process(self._articles(), engine=self.engine, limits=limits)
            for n, outcome in enumerate(outcomes, start=1):
                if self.progress is not None and n > PROGRESS_AFTER:
                    if task is None:
                        self.progress.start()
                        task = self.progress.add_task("reading articles", total=None)
                    self.progress.update(task, completed=n)
                if outcome.warning:
                    stderr.print(
                        f"frontwire: warning: {outcome.article.origin}: {outcome.warning}",
                        markup=False,
                        soft_wrap=True,
                    )
                if outcome.record is None:
                    self.failures += 1
                    _report(outcome.article.origin, outcome.error or "extraction failed")
                else:
                    yield outcome.record
        except RuntimeError as exc:  # the model or gazetteer is missing: a set-up problem
            _report("frontwire", str(exc))
            raise typer.Exit(2) from None

    def _start_engine(self) -> Engine | None:
        choice = self.engine_choice
        if choice.engine is EngineName.local and (choice.workers or 1) == 1:
            if choice.address is not None:
                _report("--address", "only the Ray engine connects to an address (add --engine ray)")
                raise typer.Exit(2)
            return None  # in this process, as `frontwire.api.process` runs by default
        from frontwire.engines import make_engine

        try:
            return make_engine(choice.engine.value, choice.workers, choice.address)
        except (ValueError, ConnectionError) as exc:  # a bad option, an unreachable cluster
            _report(f"--engine {choice.engine.value}", str(exc).splitlines()[0])
            raise typer.Exit(2) from None

    def close(self) -> None:
        """Stop the progress display and the engine's workers."""
        if self.progress is not None:
            self.progress.stop()
        if self.engine is not None:
            self.engine.close()
            self.engine = None

    def finish(self) -> None:
        """Exit with status 1 if any input failed."""
        if self.failures:
            raise typer.Exit(1)


class ListFormat(StrEnum):
    """Output formats of the listing commands."""

    table = "table"
    jsonl = "jsonl"


#: one listed item: its JSON Lines object and its table cells
ListRow = tuple[dict[str, object], list[str]]


def _list_items(
    paths: list[str],
    fmt: ListFormat,
    quiet: bool,
    columns: tuple[str, ...],
    rows: Callable[[ArticleRecord], Iterator[ListRow]],
) -> None:
    """Read articles and list what ``rows`` picks from each record, as JSON Lines or one table an article."""
    from rich.table import Table

    run = _Run(paths, quiet)
    out = Console(highlight=False)
    try:
        for record in run.records():
            items = list(rows(record))
            if fmt is ListFormat.jsonl:
                for obj, _ in items:
                    typer.echo(json.dumps({"article": record.article.id, **obj}, ensure_ascii=False))
                continue
            table = Table(title=record.article.title or record.article.id, show_lines=True)
            for column in columns:
                table.add_column(column, overflow="fold")
            for _, cells in items:
                table.add_row(*cells)
            out.print(table)
    finally:
        run.close()
    run.finish()


PathsArgument = Annotated[
    list[str], typer.Argument(help="Articles, as for `frontwire extract`.", show_default=False)
]
ListFormatOption = Annotated[ListFormat, typer.Option("--format", "-f", help="table or jsonl.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]


@app.command()
def quotes(
    paths: PathsArgument, fmt: ListFormatOption = ListFormat.table, quiet: QuietOption = False
) -> None:
    """List every quotation with its speaker, the speaker's role and the actor it is."""

    def rows(record: ArticleRecord) -> Iterator[ListRow]:
        actors = {a.id: a.name for a in record.actors}
        for q in record.quotes:
            actor = actors.get(q.speaker_actor or "")
            yield (
                {**asdict(q), "speaker_actor": actor},
                [q.text, q.speaker or "—", q.role or "—", actor or "—"],
            )

    _list_items(paths, fmt, quiet, ("quote", "speaker", "role", "actor"), rows)


@app.command()
def places(
    paths: PathsArgument, fmt: ListFormatOption = ListFormat.table, quiet: QuietOption = False
) -> None:
    """List each article's resolved places: name, feature, country, admin1, GeoNames id, point, mentions."""

    def rows(record: ArticleRecord) -> Iterator[ListRow]:
        for place in record.places:
            point = "—" if place.lat is None or place.lon is None else f"{place.lat:.4f}, {place.lon:.4f}"
            said = sorted({m.text for m in place.mentions})
            cells = [
                place.name,
                place.feature,
                place.country or "—",
                place.admin1 or "—",
                "—" if place.geonameid is None else str(place.geonameid),
                point,
                f"{len(place.mentions)}: {', '.join(said)}",
            ]
            yield asdict(place), cells

    columns = ("place", "feature", "country", "admin1", "geonameid", "lat, lon", "mentions")
    _list_items(paths, fmt, quiet, columns, rows)


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


# --------------------------------------------------------------------------- the store


class EventsFormat(StrEnum):
    """Output formats of ``frontwire events``."""

    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


class ControlFormat(StrEnum):
    """Output formats of ``frontwire control``."""

    table = "table"
    json = "json"
    jsonl = "jsonl"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (sqlite:///FILE, postgresql://USER:PASS@HOST/DB) or an SQLite file; "
        "default: $FRONTWIRE_DB, else frontwire.db here.",
        show_default=False,
    ),
]


def _open_store(db: str | None) -> Store:
    from frontwire.store import Store

    try:
        return Store(db)
    except Exception as exc:  # a bad URL, an unreachable server, a missing directory
        _report(db or "frontwire.db", f"cannot open the store: {type(exc).__name__}: {exc}".splitlines()[0])
        raise typer.Exit(2) from None


class _IngestRun(_Run):
    """`_Run` that skips articles already stored with the same text before extracting them."""

    def __init__(
        self,
        paths: list[str],
        quiet: bool,
        store: Store,
        items: Iterable[ReadResult] | None = None,
        engine: EngineChoice | None = None,
    ) -> None:
        super().__init__(paths, quiet, engine, items=items)
        self.store = store
        self.unchanged = 0

    def _articles(self) -> Iterator[ArticleInput]:
        from frontwire.store.repository import stored_unchanged

        for article in super()._articles():
            if stored_unchanged(self.store, article):
                self.unchanged += 1
            else:
                yield article


FeedOption = Annotated[
    list[str] | None,
    typer.Option("--feed", help="Also read this RSS/Atom feed (URL or file); may be repeated."),
]
FeedCacheOption = Annotated[
    Path | None,
    typer.Option(help="Where feed validators are kept between polls (default: ~/.cache/frontwire/feeds)."),
]


@app.command()
def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Articles, as for `frontwire extract` (optional with --feed).", show_default=False
        ),
    ] = None,
    db: DbOption = None,
    feed: FeedOption = None,
    feed_cache: FeedCacheOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
    workers: WorkersOption = None,
    engine: EngineOption = EngineName.local,
    address: AddressOption = None,
) -> None:
    """Extract articles and store them, merging their events with those already stored.

    Idempotent: an article already stored with the same text is skipped; the same id with a new
    text replaces that article and its events. Each article is committed on its own. With
    ``--feed``, each entry's page is fetched and stored; a re-poll downloads only what changed.
    With ``--workers N`` or ``--engine ray`` the pipeline runs elsewhere and each record is stored
    here as it comes back, in input order.
    """
    from frontwire.ingest import read_paths
    from frontwire.ingest.feeds import FeedPoller

    paths = paths or []
    if not paths and not feed:
        _report("ingest", "nothing to read: give PATHs, --feed URL, or both")
        raise typer.Exit(2)
    store = _open_store(db)
    with FeedPoller(cache_dir=feed_cache or _default_feed_cache()) as poller:
        items = itertools.chain(read_paths(paths), *(poller.poll(source) for source in feed or []))
        try:
            counts = _ingest_items(store, paths, items, quiet, EngineChoice(engine, workers, address))
        finally:
            store.close()
    if not quiet:
        stderr.print(
            f"{counts['added']} added, {counts['replaced']} replaced, {counts['unchanged']} unchanged, "
            f"{counts['failed']} failed",
            markup=False,
        )
    if counts["failed"]:
        raise typer.Exit(1)


def _ingest_items(
    store: Store,
    paths: list[str],
    items: Iterable[ReadResult],
    quiet: bool,
    engine: EngineChoice | None = None,
) -> dict[str, int]:
    """Extract and store what ``items`` holds; count what became of each article.

    Whatever ``engine`` runs the pipeline, records are stored in this process as they arrive.
    """
    run = _IngestRun(paths, quiet, store, items=items, engine=engine)
    counts = {"added": 0, "replaced": 0}
    try:
        for record in run.records():
            outcome = store.ingest(record)
            if outcome == "unchanged":
                run.unchanged += 1
            else:
                counts[outcome] += 1
    finally:
        run.close()
    return {**counts, "unchanged": run.unchanged, "failed": run.failures}


def _default_feed_cache() -> Path:
    """Where feed validators (ETag, Last-Modified) are kept between polls."""
    base = os.environ.get("FRONTWIRE_CACHE") or str(Path.home() / ".cache" / "frontwire")
    return Path(base) / "feeds"


def _interval(text: str) -> float:
    """Seconds in "90s", "10m", "1h" or a bare number of seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text)
    if match is None:
        raise typer.BadParameter(f"{text!r} is not an interval such as 30s, 10m or 1h")
    return float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[match.group(2)]


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS/Atom feed URLs or files.", show_default=False)],
    every: Annotated[str, typer.Option(help="How often to poll: 30s, 10m, 1h.")] = "10m",
    db: DbOption = None,
    feed_cache: FeedCacheOption = None,
    times: Annotated[
        int | None, typer.Option(help="Stop after this many polls (default: until interrupted).", min=1)
    ] = None,
) -> None:
    """Poll feeds until stopped, storing new articles and saying what each poll added."""
    from frontwire.ingest.feeds import FeedPoller

    seconds = _interval(every)
    store = _open_store(db)
    polls = 0
    try:
        with FeedPoller(cache_dir=feed_cache or _default_feed_cache()) as poller:
            while True:
                for source in feeds:
                    counts = _ingest_items(store, [], poller.poll(source), quiet=True)
                    typer.echo(
                        f"{time.strftime('%Y-%m-%d %H:%M:%S')} {source}: {counts['added']} added, "
                        f"{counts['replaced']} replaced, {counts['failed']} failed"
                    )
                poller.cache.save()
                polls += 1
                if times is not None and polls >= times:
                    break
                time.sleep(seconds)
    except KeyboardInterrupt:
        typer.echo("stopped")
    finally:
        store.close()


@app.command()
def events(
    db: DbOption = None,
    place: Annotated[str | None, typer.Option(help="A place name, admin1 or GeoNames id.")] = None,
    actor: Annotated[str | None, typer.Option(help="Part of an actor's name.")] = None,
    type_: Annotated[
        str | None, typer.Option("--type", help="A PLOVER type, ACLED event type or sub-event type.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before YYYY-MM-DD.")] = None,
    fmt: Annotated[EventsFormat, typer.Option("--format", "-f", help="table, jsonl, json or csv.")] = (
        EventsFormat.table
    ),
    explain: Annotated[
        str | None, typer.Option(help="Show which reports make up merged event ID, and why.")
    ] = None,
) -> None:
    """List merged events: one per happening, with every article that reports it."""
    from datetime import date

    from frontwire.store.views import events_table, explain_text, write_events

    dates = {}
    for name, value in (("--since", since), ("--until", until)):
        try:
            dates[name] = date.fromisoformat(value) if value else None
        except ValueError:
            _report(name, f"not a YYYY-MM-DD date: {value!r}")
            raise typer.Exit(2) from None
    store = _open_store(db)
    try:
        if explain is not None:
            merged = store.merged(explain)
            if merged is None:
                _report(explain, "no such merged event")
                raise typer.Exit(1)
            if fmt in (EventsFormat.json, EventsFormat.jsonl):
                out = merged.to_dict()
                out["members"] = [
                    {"article": m.report.article, "event": m.report.event, "reason": m.reason}
                    for m in merged.members
                ]
                typer.echo(json.dumps(out, ensure_ascii=False))
            else:
                typer.echo(explain_text(merged))
            return
        found = store.events(place, actor, type_, dates["--since"], dates["--until"])
    finally:
        store.close()
    if fmt is EventsFormat.table:
        Console(highlight=False).print(events_table(found))
    else:
        write_events(found, sys.stdout, fmt.value)


def _query_store(db: str | None, query: Callable[[Store], list[Any]]) -> list[Any]:
    """Open the store, run one query, close the store."""
    store = _open_store(db)
    try:
        return query(store)
    finally:
        store.close()


def _show(
    items: list[Any],
    fmt: str,
    table: Callable[[list[Any]], Any],
    write: Callable[[list[Any], TextIO, str], None],
) -> None:
    """Print stored items as a Rich table, or write them to standard output in ``fmt``."""
    if fmt == "table":
        Console(highlight=False).print(table(items))
    else:
        write(items, sys.stdout, fmt)


@app.command()
def articles(
    db: DbOption = None,
    fmt: Annotated[EventsFormat, typer.Option("--format", "-f", help="table, jsonl, json or csv.")] = (
        EventsFormat.table
    ),
) -> None:
    """List stored articles with their number of events and their near-duplicates."""
    from frontwire.store.views import articles_table, write_articles

    _show(_query_store(db, lambda store: store.articles()), fmt.value, articles_table, write_articles)


@app.command()
def control(
    place: Annotated[
        str | None, typer.Argument(help="A place name, admin1 or GeoNames id (default: every place).")
    ] = None,
    db: DbOption = None,
    fmt: Annotated[ControlFormat, typer.Option("--format", "-f", help="table, json or jsonl.")] = (
        ControlFormat.table
    ),
) -> None:
    """Who controlled each place, from when to when, read from stored territory events."""
    from frontwire.store.views import control_table, write_control

    _show(_query_store(db, lambda store: store.control(place)), fmt.value, control_table, write_control)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    tiles: Annotated[
        str | None,
        typer.Option(
            help="Online map tiles over the offline outlines: an https://…/{z}/{x}/{y}.png template."
        ),
    ] = None,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(
            help="Let pages from this origin (https://host[:port]) call the API; may be repeated. "
            "Default: none (no CORS headers)."
        ),
    ] = None,
) -> None:
    """Serve the JSON API (/api, /openapi.json) and the web page (/) over the store.

    Listens on 127.0.0.1 (this machine only) unless --host says otherwise. POST /api/articles
    ingests only with a bearer token, set in FRONTWIRE_TOKEN.
    """
    import uvicorn

    from frontwire.web import create_app

    try:
        web = create_app(db, tiles=tiles, cors_origins=cors_origin or ())
    except Exception as exc:  # a bad URL, an unreachable server, a missing directory
        _report(db or "frontwire.db", f"cannot open the store: {type(exc).__name__}: {exc}".splitlines()[0])
        raise typer.Exit(2) from None
    stderr.print(f"frontwire: serving {web.state.store.url} on http://{host}:{port}/", markup=False)
    uvicorn.run(web, host=host, port=port, log_level="info")


class ExportFormat(StrEnum):
    """Formats of ``frontwire export``."""

    acled = "acled"
    plover = "plover"
    geojson = "geojson"
    parquet = "parquet"


@app.command()
def export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="acled (CSV), plover (JSON), geojson or parquet.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    db: DbOption = None,
) -> None:
    """Export the stored merged events for analysts' tools: ACLED CSV, PLOVER JSON, GeoJSON, Parquet."""
    store = _open_store(db)
    try:
        found = store.events()
    finally:
        store.close()
    if fmt is ExportFormat.parquet:
        from frontwire.export.parquet import write_parquet

        written = write_parquet(found, output)
    else:
        from frontwire.export.acled import write_acled
        from frontwire.export.geojson import write_geojson
        from frontwire.export.plover import write_plover

        with output.open("w", encoding="utf-8", newline="") as stream:
            if fmt is ExportFormat.acled:
                written = write_acled(found, stream)
            elif fmt is ExportFormat.plover:
                written = write_plover(found, stream)
            else:
                written = write_geojson(found, stream)
    stderr.print(f"{written} events written to {output} ({fmt.value})", markup=False)


class BriefFormat(StrEnum):
    """Formats of ``frontwire brief``."""

    md = "md"
    html = "html"


@app.command()
def brief(
    date_: Annotated[str | None, typer.Option("--date", help="The brief of one day, YYYY-MM-DD.")] = None,
    since: Annotated[str | None, typer.Option(help="From YYYY-MM-DD (with --until: a period).")] = None,
    until: Annotated[str | None, typer.Option(help="Until YYYY-MM-DD, inclusive.")] = None,
    country: Annotated[str | None, typer.Option(help="Only events in this country (ISO alpha-2).")] = None,
    place: Annotated[str | None, typer.Option(help="Only this place: a name, admin1 or GeoNames id.")] = None,
    fmt: Annotated[BriefFormat, typer.Option("--format", "-f", help="md (Markdown) or html.")] = (
        BriefFormat.md
    ),
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE.")] = None,
    db: DbOption = None,
) -> None:
    """Write a situation brief from the store: changes of control, other events, what is imminent,
    quotes, a map and a timeline, every line numbered to the sentences behind it.

    Without dates: the latest publication day in the store. The HTML is one self-contained file.
    """
    from datetime import date

    from frontwire.brief import gather, resolve_period, to_html, to_markdown

    if date_ is not None and (since is not None or until is not None):
        _report("--date", "give either --date or --since/--until")
        raise typer.Exit(2)
    dates = {}
    for name, value in (("--date", date_), ("--since", since), ("--until", until)):
        try:
            dates[name] = date.fromisoformat(value) if value else None
        except ValueError:
            _report(name, f"not a YYYY-MM-DD date: {value!r}")
            raise typer.Exit(2) from None
    store = _open_store(db)
    try:
        start, end = resolve_period(store, dates["--date"], dates["--since"], dates["--until"])
        report = gather(store, start, end, country, place)
    finally:
        store.close()
    text = to_html(report) if fmt is BriefFormat.html else to_markdown(report)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def main() -> None:
    """Entry point of the ``frontwire`` command."""
    app()


if __name__ == "__main__":
    main()

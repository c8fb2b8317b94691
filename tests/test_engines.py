"""Engines: the local engine, worker processes and Ray give the same records, in the same order."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import require
from frontwire.api import Outcome, process
from frontwire.cli import app
from frontwire.engines import LocalEngine, ProcessEngine, RayEngine, Result, make_engine, process_batch
from frontwire.records import ArticleInput

TEXTS = [
    "Rebels seized the town of Sake on Saturday, residents said.",
    "Police fired tear gas at protesters in Nairobi on Tuesday, witnesses told reporters.",
    "   ",  # empty: fails alone, in its place
    "Two soldiers were killed when militants attacked a checkpoint near Mosul airport.",
    "The army said it had retaken the village of Kibumba after heavy fighting on Monday.",
    "Government officials denied that troops had shelled the market in Aleppo.",
    "Thousands marched through the centre of Lagos on Friday to demand higher wages.",
]


def _articles() -> list[ArticleInput]:
    return [
        ArticleInput(text=t, id=f"a{i}", date=date(2025, 3, 4), origin=f"test:{i}")
        for i, t in enumerate(TEXTS)
    ]


def _lines(outcomes: Iterator[Outcome]) -> list[str]:
    """One comparable line per outcome: the record's JSON, or the error and the article it is for."""
    return [
        o.record.to_json() if o.record is not None else f"error {o.article.origin}: {o.error}"
        for o in outcomes
    ]


@pytest.fixture(scope="module")
def expected() -> list[str]:
    return _lines(process(_articles()))


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[None]:
    """A local Ray instance with two CPUs for this module's tests."""
    try:
        import ray
    except ImportError:
        require(False, "Ray is not installed (pip install -e '.[dev]')")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_local_engine_is_the_default(expected: list[str]) -> None:
    assert _lines(LocalEngine(batch_size=2).run(_articles())) == expected
    assert expected[2] == "error test:2: empty article: no text to read"
    assert all(line.startswith("{") for i, line in enumerate(expected) if i != 2)


def test_two_worker_processes_give_the_same_records_in_order(expected: list[str]) -> None:
    engine = ProcessEngine(2, batch_size=2)  # four batches over two workers: order must be restored
    try:
        assert _lines(process(_articles(), engine=engine)) == expected
        assert _lines(engine.run([])) == []
    finally:
        engine.close()


def test_ray_engine_gives_the_same_records_in_order(expected: list[str], ray_cluster: None) -> None:
    engine = RayEngine(workers=2, batch_size=2)
    try:
        engine.warm_up()
        assert _lines(engine.run(_articles())) == expected
    finally:
        engine.close()


def test_limit_warnings_come_back_from_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTWIRE_MAX_EVENTS", "1")  # spawned workers inherit the environment
    texts = ["Rebels seized Sake on Saturday and shelled Goma on Sunday; police arrested ten protesters."]
    articles = [ArticleInput(text=t, id="w", origin="test:w") for t in texts]
    here = list(process(articles))
    engine = ProcessEngine(1)
    try:
        pooled = list(process(articles, engine=engine))
    finally:
        engine.close()
    assert here[0].warning and [o.warning for o in pooled] == [o.warning for o in here]
    assert _lines(iter(pooled)) == _lines(iter(here))


def _crash_on_marker(batch: list[ArticleInput]) -> list[Result]:
    """A worker task that dies outright (as a segfault or the OOM killer would) on one article."""
    if any("CRASH" in a.text for a in batch):
        os._exit(1)
    return process_batch(batch)


def test_a_worker_that_dies_costs_only_its_article(expected: list[str]) -> None:
    articles = _articles()
    articles.insert(4, ArticleInput(text="CRASH the worker.", id="boom", origin="test:boom"))
    engine = ProcessEngine(1, batch_size=3, task=_crash_on_marker)
    try:
        got = _lines(engine.run(articles))
    finally:
        engine.close()
    assert got[4] == "error test:boom: the worker process died while reading this article"
    assert got[:4] + got[5:] == expected


def test_make_engine_picks_by_name() -> None:
    assert isinstance(make_engine("local"), LocalEngine)
    assert isinstance(make_engine("local", workers=1), LocalEngine)
    pool = make_engine("local", workers=2)
    assert isinstance(pool, ProcessEngine) and pool.workers == 2
    pool.close()
    with pytest.raises(ValueError, match="unknown engine"):
        make_engine("spark")
    with pytest.raises(ValueError, match="--address"):
        make_engine("local", address="ray://head:10001")
    with pytest.raises(ValueError, match="at least 1"):
        ProcessEngine(0)


def test_extract_with_workers_writes_the_same_jsonl(tmp_path: Path, expected: list[str]) -> None:
    corpus = tmp_path / "articles.jsonl"
    rows = [{"id": f"a{i}", "text": t, "date": "2025-03-04"} for i, t in enumerate(TEXTS) if t.strip()]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    runner = CliRunner()
    local = runner.invoke(app, ["extract", str(corpus), "-q"])
    pooled = runner.invoke(app, ["extract", str(corpus), "-q", "--workers", "2"])
    assert local.exit_code == 0 and pooled.exit_code == 0, pooled.output
    assert pooled.stdout == local.stdout and len(local.stdout.splitlines()) == len(rows)


def test_address_needs_the_ray_engine(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Rebels seized the town of Sake.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(story), "--address", "ray://head:10001"])
    assert result.exit_code == 2
    assert "--engine ray" in result.output


def _corpus(tmp_path: Path) -> Path:
    """The test texts as a JSON Lines corpus, one of them empty (it fails alone, the rest go on)."""
    corpus = tmp_path / "articles.jsonl"
    rows = [{"id": f"a{i}", "text": t, "date": "2025-03-04"} for i, t in enumerate(TEXTS)]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return corpus


def _stored(db: Path) -> list[dict[str, object]]:
    """The store's merged events and articles, as the exports show them."""
    from frontwire.store import Store

    with Store(str(db)) as store:
        return [e.to_dict() for e in store.events()] + [
            {"article": a.id, "events": a.events, "date": a.date} for a in store.articles()
        ]


def _ingest(tmp_path: Path, name: str, *options: str) -> list[dict[str, object]]:
    db = tmp_path / f"{name}.db"
    result = CliRunner().invoke(app, ["ingest", str(_corpus(tmp_path)), "--db", str(db), *options])
    # the empty article fails alone (exit status 1); every other one is stored
    assert result.exit_code == 1, result.output
    assert f"{len(TEXTS) - 1} added" in result.output and "1 failed" in result.output
    return _stored(db)


@pytest.fixture(scope="module")
def ingested_here(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    stored = _ingest(tmp_path_factory.mktemp("here"), "here")
    assert len([row for row in stored if "article" in row]) == len(TEXTS) - 1
    assert len([row for row in stored if "plover" in row]) >= 4  # merged events were stored
    return stored


def test_ingest_with_workers_stores_the_same(tmp_path: Path, ingested_here: list[dict[str, object]]) -> None:
    assert _ingest(tmp_path, "pooled", "--workers", "2") == ingested_here


def test_ingest_on_ray_stores_the_same(
    tmp_path: Path, ingested_here: list[dict[str, object]], ray_cluster: None
) -> None:
    assert _ingest(tmp_path, "ray", "--engine", "ray", "--workers", "2") == ingested_here

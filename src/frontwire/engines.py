"""Engines that run the pipeline: in this process, in a pool of worker processes, or on Ray.

Every engine takes a stream of `ArticleInput` and yields one `Outcome` per article, in input
order, with the same records the local engine makes (the pipeline is deterministic). Articles go
out in batches; at most a few batches per worker are in flight, so a stream of any length is read
lazily and memory stays flat. A worker loads the pipeline once and keeps it for every batch.

- `LocalEngine`: this process (what ``frontwire.api.process`` does by default).
- `ProcessEngine`: N worker processes on this machine (``frontwire extract --workers N``).
- `RayEngine`: Ray actors on a Ray cluster (``frontwire extract --engine ray [--address ...]``).

An article that breaks a component fails alone, as with the local engine. A worker process that
dies (a crash in native code, the kernel's out-of-memory killer) is replaced; the articles it had
in hand are rerun one at a time, and only the one that kills a worker again is reported failed.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from frontwire.api import BATCH_SIZE, Outcome, batches, process
from frontwire.records import ArticleInput, ArticleRecord

log = logging.getLogger("frontwire")

#: what a worker sends back for each article of a batch: the record or why there is none, and what
#: a limit did to it. (The article itself stays with the caller, so its text does not travel twice.)
Result = tuple[ArticleRecord | None, str | None, str | None]

#: articles a worker takes at a time: spaCy's parser and tagger step through a batch's documents
#: together, and 8 costs about a fifth more CPU per article than 32 (96 is slower again)
WORKER_BATCH_SIZE = BATCH_SIZE

#: batches in flight per worker: results are yielded in order, so a few queued batches keep a
#: worker busy while the batch at the head of the line is still running elsewhere
IN_FLIGHT_PER_WORKER = 4

ENGINES = ("local", "ray")


class Engine(Protocol):
    """Runs the pipeline over a stream of articles, yielding one `Outcome` per article in order."""

    def run(self, articles: Iterable[ArticleInput]) -> Iterator[Outcome]:
        """Yield one `Outcome` per article, in input order."""
        ...

    def close(self) -> None:
        """Release the engine's workers."""
        ...


def process_batch(batch: list[ArticleInput]) -> list[Result]:
    """Run one batch through the pipeline of this process (what a worker or an actor does).

    The pipeline is loaded on the first call and kept (``load_pipeline`` is cached per process).
    Raises `RuntimeError` when the model or gazetteer is missing: a set-up problem, not an article's.
    """
    return [(o.record, o.error, o.warning) for o in process(batch, batch_size=max(1, len(batch)))]


def _warm(pause: float) -> int:
    """Load the pipeline in a worker, then hold it briefly so the next warm-up lands elsewhere."""
    from frontwire.nlp.pipeline import load_pipeline

    load_pipeline()
    time.sleep(pause)
    return os.getpid()


def _usage(pause: float) -> tuple[int, float, float]:
    """This worker's process id, CPU seconds so far and peak resident memory in MB."""
    import resource

    time.sleep(pause)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return os.getpid(), usage.ru_utime + usage.ru_stime, peak_rss_mb()


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    Linux's ``VmHWM`` where there is one: ``ru_maxrss`` of a spawned process starts at its parent's
    size (fork copies the parent's pages before exec replaces them), so it overstates a worker.
    """
    import resource

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _outcomes(batch: list[ArticleInput], results: list[Result]) -> Iterator[Outcome]:
    for article, (record, error, warning) in zip(batch, results, strict=True):
        yield Outcome(article, record, error, warning)


class LocalEngine:
    """The pipeline in this process: ``frontwire.api.process`` as it runs by default."""

    def __init__(self, batch_size: int = BATCH_SIZE) -> None:
        self.batch_size = batch_size

    def run(self, articles: Iterable[ArticleInput]) -> Iterator[Outcome]:
        """Yield one `Outcome` per article, in input order."""
        return process(articles, batch_size=self.batch_size)

    def warm_up(self) -> None:
        """Load the pipeline now rather than on the first article."""
        from frontwire.nlp.pipeline import load_pipeline

        load_pipeline()

    def close(self) -> None:
        """Nothing to release: the pipeline stays cached in this process."""


class ProcessEngine:
    """A pool of ``workers`` processes on this machine, each loading the pipeline once.

    Processes are spawned (not forked), so the engine is safe to start from a program that has
    threads, and each worker holds only what it needs. ``task`` is the function a worker runs on a
    batch; tests swap it to simulate a crash.
    """

    def __init__(
        self,
        workers: int,
        batch_size: int = WORKER_BATCH_SIZE,
        task: Callable[[list[ArticleInput]], list[Result]] = process_batch,
    ) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.batch_size = batch_size
        self.task = task
        self._pool: ProcessPoolExecutor | None = None

    @property
    def pool(self) -> ProcessPoolExecutor:
        """The worker pool, started on first use."""
        if self._pool is None:
            import multiprocessing

            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        return self._pool

    def warm_up(self) -> None:
        """Start every worker and load its pipeline now (benchmarks time the work, not the start)."""
        pending = [self.pool.submit(_warm, 0.5) for _ in range(self.workers)]
        for future in pending:
            future.result()

    def usage(self) -> dict[int, tuple[float, float]]:
        """CPU seconds and peak resident memory (MB) of each worker by process id, for benchmarks."""
        pending = [self.pool.submit(_usage, 0.5) for _ in range(self.workers)]
        return {pid: (cpu, rss) for pid, cpu, rss in (future.result() for future in pending)}

    def run(self, articles: Iterable[ArticleInput]) -> Iterator[Outcome]:
        """Yield one `Outcome` per article, in input order."""
        pending: deque[tuple[list[ArticleInput], Future[list[Result]], ProcessPoolExecutor]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for batch in batches(articles, self.batch_size):
            pending.append((batch, self.pool.submit(self.task, batch), self.pool))
            while len(pending) >= limit:
                yield from self._collect(*pending.popleft())
        while pending:
            yield from self._collect(*pending.popleft())

    def _collect(
        self, batch: list[ArticleInput], future: Future[list[Result]], pool: ProcessPoolExecutor
    ) -> Iterator[Outcome]:
        try:
            results = future.result()
        except RuntimeError as exc:
            if isinstance(exc, BrokenProcessPool):
                if pool is self._pool:  # the first to see the crash replaces the pool
                    self._restart()
            else:  # the model or gazetteer is missing in the worker: a set-up problem
                raise
        except Exception:  # e.g. a record that cannot be sent back: find the article
            log.debug("a worker failed on a batch; rerunning it one article at a time", exc_info=True)
        else:
            yield from _outcomes(batch, results)
            return
        yield from self._one_by_one(batch)

    def _one_by_one(self, batch: list[ArticleInput]) -> Iterator[Outcome]:
        # Slow, but only after a worker died: each article runs alone, so a crash names its article.
        for article in batch:
            try:
                [result] = self.pool.submit(self.task, [article]).result()
            except BrokenProcessPool:
                self._restart()
                yield Outcome(article, None, "the worker process died while reading this article")
            except RuntimeError:
                raise
            except Exception as exc:
                yield Outcome(article, None, f"the worker failed: {type(exc).__name__}: {exc}")
            else:
                yield from _outcomes([article], [result])

    def _restart(self) -> None:
        log.warning("a worker process died; starting a new pool")
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class _PipelineActor:
    """A Ray actor that holds a loaded pipeline and runs batches through it."""

    def __init__(self) -> None:
        from frontwire.nlp.pipeline import load_pipeline

        load_pipeline()

    def ready(self) -> bool:
        """True once the pipeline is loaded (the constructor has run)."""
        return True

    def process(self, batch: list[ArticleInput]) -> list[Result]:
        """Run one batch; see `process_batch`."""
        return process_batch(batch)


class RayEngine:
    """Ray actors, one CPU each, each holding a loaded pipeline; results come back in order.

    Connects to ``address`` (``ray://HOST:10001`` for Ray Client, ``auto`` or ``HOST:6379`` on a
    cluster node); without one it joins the Ray instance this process already started, or
    starts a local one. ``workers`` defaults to the cluster's CPUs. Every node needs Frontwire and
    its model installed (see docs/scale.md).
    """

    def __init__(
        self,
        address: str | None = None,
        workers: int | None = None,
        batch_size: int = WORKER_BATCH_SIZE,
    ) -> None:
        try:
            import ray
            from ray.util import ActorPool
        except ImportError as exc:
            raise RuntimeError(
                "the Ray engine needs Ray: pip install 'frontwire[ray]' (or `make install`)"
            ) from exc
        self._ray: Any = ray
        self._started = False
        if not ray.is_initialized():
            ray.init(
                address=address, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING
            )
            self._started = True
        elif address is not None:
            log.info("Ray is already initialised in this process; --address %s is not used", address)
        self.workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.batch_size = batch_size
        actor = ray.remote(num_cpus=1, max_restarts=3)(_PipelineActor)
        self._actors: list[Any] = [actor.remote() for _ in range(self.workers)]
        self._pool = ActorPool(self._actors)

    def warm_up(self) -> None:
        """Wait until every actor has loaded its pipeline."""
        self._ray.get([a.ready.remote() for a in self._actors])

    def run(self, articles: Iterable[ArticleInput]) -> Iterator[Outcome]:
        """Yield one `Outcome` per article, in input order."""
        pending: deque[list[ArticleInput]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for batch in batches(articles, self.batch_size):
            self._pool.submit(lambda a, b: a.process.remote(b), batch)
            pending.append(batch)
            while len(pending) >= limit:
                yield from self._collect(pending.popleft())
        while pending:
            yield from self._collect(pending.popleft())

    def _collect(self, batch: list[ArticleInput]) -> Iterator[Outcome]:
        # ActorPool.get_next returns results in submission order, so outcomes keep input order
        try:
            results = self._pool.get_next()
        except self._ray.exceptions.RayTaskError as exc:
            if isinstance(exc.cause, RuntimeError):  # the model is missing on a node
                raise RuntimeError(str(exc.cause)) from None
            log.debug("an actor failed on a batch; rerunning it one article at a time", exc_info=True)
        except self._ray.exceptions.RayError:  # the actor died; Ray restarts it
            log.debug("an actor died on a batch; rerunning it one article at a time", exc_info=True)
        else:
            yield from _outcomes(batch, results)
            return
        for article in batch:
            try:
                [result] = self._ray.get(self._actors[0].process.remote([article]))
            except self._ray.exceptions.RayError as exc:
                yield Outcome(article, None, f"the Ray worker failed: {type(exc).__name__}")
            else:
                yield from _outcomes([article], [result])

    def close(self) -> None:
        """Release the actors; shut Ray down if this engine started it."""
        for a in self._actors:
            self._ray.kill(a)
        self._actors = []
        if self._started:
            self._ray.shutdown()


def make_engine(
    engine: str = "local",
    workers: int | None = None,
    address: str | None = None,
    batch_size: int | None = None,
) -> LocalEngine | ProcessEngine | RayEngine:
    """The engine a command asked for: ``local`` (in this process, or ``workers`` > 1 processes)
    or ``ray`` (``workers`` actors, default one per CPU of the cluster at ``address``)."""
    if engine == "ray":
        return RayEngine(address=address, workers=workers, batch_size=batch_size or WORKER_BATCH_SIZE)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if address is not None:
        raise ValueError("--address is for --engine ray")
    if workers is not None and workers > 1:
        return ProcessEngine(workers, batch_size=batch_size or WORKER_BATCH_SIZE)
    return LocalEngine(batch_size=batch_size or BATCH_SIZE)

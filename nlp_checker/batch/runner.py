"""``run_batch``: read the input in chunks, check them on a pool of processes (one Checker each), commit
each chunk atomically, and resume after any interruption from the manifest.

Memory is bounded by design: the reader is lazy, at most ``processes + 1`` chunks are in flight, every
process holds one Checker and one chunk, and each worker process is replaced after
``max_tasks_per_child`` chunks (spaCy's string store grows with every new token it sees, so a process that
lived for millions of charts would grow).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from itertools import groupby
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from nlp_checker.batch.inputs import open_input, require_pyarrow
from nlp_checker.batch.outputs import SUMMARY, OutputFolder, summarize
from nlp_checker.batch.progress import Progress
from nlp_checker.batch.worker import Item, check_chunk, check_items, init_worker, process_checker, ship_rules
from nlp_checker.errors import InputError, NlpCheckerError

logger = logging.getLogger("nlp_checker.batch")

# What must be equal for a run to resume into an output folder.
RESUME_KEYS = ("input", "rules_hash", "chunk_size", "profile")


def default_processes() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@dataclass
class BatchOptions:
    input: Path
    out: Path
    documents: Path | None = None
    processes: int | None = None
    chunk_size: int = 200
    profile: str | None = None
    patterns: Path | None = None
    progress_bar: bool = False
    log_every: float = 30.0
    max_tasks_per_child: int = 200


class WorkerCrashed(NlpCheckerError):
    """A worker process died (killed, out of memory); committed chunks are safe, the run can resume."""


def _chunks(items: Iterator[Item], size: int) -> Iterator[tuple[int, list[Item]]]:
    for number, group in groupby(items, key=lambda item: item.seq // size):
        yield number, list(group)


def _check_header(out: OutputFolder, header: dict[str, Any], existing: dict[str, Any]) -> None:
    differ = [key for key in RESUME_KEYS if existing.get(key) != header.get(key)]
    if differ:
        raise InputError(
            f"holds a run of other {', '.join(differ)}; to resume it, run the same command; "
            "for this input, use a new --out",
            str(out.path),
        )


def run_batch(options: BatchOptions) -> dict[str, Any]:
    """Run (or resume) a batch; returns the summary. Raises InputError for unusable input or output."""
    import json

    from nlp_checker.rules import load_bundle

    if options.chunk_size < 1:
        raise InputError("--chunk-size must be at least 1")
    processes = options.processes or default_processes()
    if processes < 1:
        raise InputError("--processes must be at least 1")
    require_pyarrow("writing the Parquet report rows", str(options.out))
    source = open_input(options.input, options.documents)
    bundle = load_bundle(options.patterns)
    if options.profile is not None and options.profile not in bundle.ruleset.profiles:
        raise InputError(
            f"unknown profile {options.profile!r}; expected one of {sorted(bundle.ruleset.profiles)}"
        )
    header = {
        "input": source.fingerprint(),
        "rules_hash": bundle.content_hash,
        "chunk_size": options.chunk_size,
        "profile": options.profile,
    }
    out = OutputFolder(options.out)
    existing, committed, complete = out.read_manifest()
    if existing is not None:
        _check_header(out, header, existing)
        if complete:
            logger.info("batch: %s is complete already (%d chunks)", out.path, len(committed))
            return json.loads((out.path / SUMMARY).read_text())
        logger.info("batch: resuming: %d chunks committed before", len(committed))
    else:
        if out.path.exists() and any(out.path.iterdir()):
            raise InputError(
                "is not empty and holds no batch manifest; use a new or empty --out", str(out.path)
            )
        out.start(header)
    out.prepare()

    total = source.count()
    chunks_before = len(committed)
    done_before = sum(e["charts"] + e["errors"] for e in committed.values())
    progress = Progress(total, done_before, bar=options.progress_bar, log_every=options.log_every)
    started = time.monotonic()
    charts = errors = chars = 0
    size = options.chunk_size
    items = source.items(lambda seq: seq // size in committed)
    shipped = ship_rules(bundle)

    def record(result: Any, chunk_items: list[Item]) -> None:
        nonlocal charts, errors, chars
        entry = out.commit(result, chunk_items[0].seq, chunk_items[-1].seq)
        committed[result.chunk] = entry
        charts += result.charts
        errors += len(result.errors)
        chars += result.chars
        progress.advance(result.charts, len(result.errors))

    try:
        if processes == 1:
            init_worker(shipped, options.profile)
            checker = process_checker()
            for number, chunk_items in _chunks(items, size):
                record(check_items(number, chunk_items, checker), chunk_items)
        else:
            _run_pool(options, processes, shipped, _chunks(items, size), record)
    finally:
        progress.close()
    elapsed = time.monotonic() - started
    run = {
        "processes": processes,
        "seconds": round(elapsed, 3),
        "charts_checked": charts,
        "errors": errors,
        "chars": chars,
        "charts_per_second": round(charts / elapsed, 2) if elapsed > 0 else None,
        "chars_per_second": round(chars / elapsed) if elapsed > 0 else None,
        "chunks_committed_before": chunks_before,
    }
    summary = summarize(committed, run)
    summary["ruleset_hash"] = bundle.content_hash
    out.finish(committed, summary)
    return summary


def _run_pool(options, processes, shipped, chunks, record) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures.process import BrokenProcessPool

    pending: dict[Future[Any], list[Item]] = {}
    with ProcessPoolExecutor(
        max_workers=processes,
        mp_context=get_context("spawn"),
        initializer=init_worker,
        initargs=(shipped, options.profile, True),
        max_tasks_per_child=options.max_tasks_per_child,
    ) as pool:
        try:
            for number, chunk_items in chunks:
                pending[pool.submit(check_chunk, number, chunk_items)] = chunk_items
                while len(pending) > processes:
                    _drain(pending, record, FIRST_COMPLETED)
            while pending:
                _drain(pending, record, FIRST_COMPLETED)
        except BrokenProcessPool:
            raise WorkerCrashed(
                "a worker process died (killed or out of memory); the committed chunks are kept: "
                "run the same command again to resume"
            ) from None
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _drain(pending, record, how) -> None:  # type: ignore[no-untyped-def]
    done, _ = wait(list(pending), return_when=how)
    for future in sorted(done, key=lambda f: pending[f][0].seq):
        chunk_items = pending.pop(future)
        record(future.result(), chunk_items)

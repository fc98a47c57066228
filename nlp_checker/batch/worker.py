"""What runs in each worker process: one Checker per process, built once from a rule bundle shipped once.

The rule bundle travels as its files' bytes (``ship_rules``: a few hundred kB, sent once per process in
the pool's initializer or a Spark broadcast); ``install_rules`` writes them once per machine to a folder of
this user named after the bundle hash, loads them and verifies the hash, so every process checks with
exactly the rules of the run.

``check_items`` turns raw input items (a file path, a JSON line, a Parquet row) into charts and checks
them: decoding and validation happen here, in parallel, not in the reader. A chart that fails is an error
entry with its reason (never its text); the other charts of the chunk are still checked.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import stat
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nlp_checker.batch.rows import report_rows
from nlp_checker.errors import InputError, NlpCheckerError

if TYPE_CHECKING:
    from nlp_checker.checker import Checker
    from nlp_checker.rules import RuleBundle
    from nlp_checker.sources import ChartSource

logger = logging.getLogger("nlp_checker.batch")


@dataclass(frozen=True)
class Item:
    """One chart of the input, not yet decoded: ``kind`` says how to read ``payload``.

    kinds: ``file`` (a chart file path), ``text_dir`` (a folder of plain-text notes: one chart),
    ``text_files`` (the plain-text notes directly in the input folder: one chart),
    ``json`` (the text of one JSON line), ``chart`` (a decoded chart dict, e.g. a Parquet row).
    """

    seq: int
    key: str
    kind: str
    payload: Any


@dataclass
class ChunkResult:
    chunk: int
    reports: list[str] = field(default_factory=list)  # report JSON, one per checked chart
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)  # "requirement:status" -> count
    charts: int = 0
    chars: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class ShippedRules:
    files: dict[str, bytes]
    content_hash: str


def ship_rules(bundle: RuleBundle) -> ShippedRules:
    """The bundle's files as bytes, to send to other processes (the bundle object itself holds compiled
    regexes and does not pickle)."""
    return ShippedRules({name: bundle.path(name).read_bytes() for name in bundle.files}, bundle.content_hash)


def install_rules(shipped: ShippedRules) -> RuleBundle:
    """Load shipped rule files, written once per machine and bundle into a folder named after the bundle
    hash (``$TMPDIR/nlp-checker-rules-<uid>-<hash>``), which every process of every run shares; the folder
    must belong to this user and not be writable by others, and the loaded bundle must have the shipped
    hash, or it is written anew."""
    from nlp_checker.rules import load_bundle

    digest = shipped.content_hash.split(":")[-1][:20]
    folder = Path(tempfile.gettempdir()) / f"nlp-checker-rules-{os.getuid()}-{digest}"
    if _trusted(folder):
        try:
            bundle = load_bundle(folder)
            if bundle.content_hash == shipped.content_hash:
                return bundle
        except NlpCheckerError:
            pass
    staging = Path(tempfile.mkdtemp(prefix=f"{folder.name}.tmp-"))
    for name, raw in shipped.files.items():
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(raw)
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
    try:
        os.rename(staging, folder)
    except OSError:  # another process installed it first
        shutil.rmtree(staging, ignore_errors=True)
    if not _trusted(folder):
        raise NlpCheckerError(f"{folder}: rule folder is not this user's own; remove it")
    bundle = load_bundle(folder)
    if bundle.content_hash != shipped.content_hash:
        raise NlpCheckerError(
            f"rule bundle changed in transit: {bundle.content_hash} != {shipped.content_hash}"
        )
    return bundle


def _trusted(folder: Path) -> bool:
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022


_checker: Checker | None = None


def _exit_with_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:  # the batch process is gone (kill -9): do not linger as an orphan
            os._exit(1)


def init_worker(shipped: ShippedRules, profile: str | None = None, watch_parent: bool = False) -> None:
    """Pool initializer: build this process's Checker once (``watch_parent``: exit when the parent dies)."""
    global _checker
    from nlp_checker.checker import Checker

    if watch_parent:
        threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    if _checker is None or _checker.ruleset_info.hash != shipped.content_hash or _checker.profile != profile:
        _checker = Checker(profile=profile, rules=install_rules(shipped))


def process_checker() -> Checker:
    if _checker is None:
        raise RuntimeError("init_worker was not called in this process")
    return _checker


def _drop_nulls(value: Any) -> Any:
    """Parquet and Spark give absent fields as None; in a chart, absent and null mean the same."""
    if isinstance(value, dict):
        return {k: _drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_nulls(v) for v in value]
    return value


def load_item(item: Item, rules: RuleBundle) -> Any:
    """The chart an item holds (Chart or ChartSource); InputError when it is not a valid chart."""
    from nlp_checker import ingest

    if item.kind == "file":
        return ingest.load_chart_file(Path(item.payload), rules)
    if isinstance(item.payload, InputError):
        raise item.payload
    if item.kind in ("text_dir", "text_files"):
        folder = Path(item.payload)
        files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
        if item.kind == "text_files":  # the loose notes of an input folder, beside its chart files
            files = [p for p in files if p.suffix.lower() not in ingest.STRUCTURED_SUFFIXES]
        if not files:
            raise InputError("folder holds no note files", item.key)
        return ingest.text_chart(files, folder.name)
    if item.kind == "json":
        data = ingest.decode_json(item.payload, item.key)
    elif item.kind == "chart":
        data = item.payload
    else:  # pragma: no cover - the readers make only the kinds above
        raise ValueError(f"unknown item kind {item.kind!r}")
    data = _drop_nulls(data)
    from nlp_checker.ingest.fhir import looks_like_fhir, read_fhir

    if looks_like_fhir(data):
        return read_fhir(data, item.key, rules)
    return ingest.parse_chart(data, item.key)


def _chart_id(chart: Any) -> str:
    return chart.chart.chart_id if hasattr(chart, "chart") else chart.chart_id


def _claimed_id(item: Item) -> str | None:
    """The chart id an invalid chart gives itself, when it is a JSON object with a string chart_id."""
    data = item.payload
    if item.kind == "json" and isinstance(data, str):
        try:
            data = json.loads(data)
        except (ValueError, RecursionError):
            return None
    chart_id = data.get("chart_id") if isinstance(data, dict) else None
    return chart_id if isinstance(chart_id, str) else None


def _chars(chart: Any) -> int:
    documents = chart.chart.documents if hasattr(chart, "chart") else chart.documents
    return sum(len(d.text) for d in documents)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return exc.message
    if isinstance(exc, NlpCheckerError):
        return f"{type(exc).__name__}: {exc}"
    # A bug: the exception text may quote the note, so only its type is recorded.
    return f"internal error ({type(exc).__name__}); please report it"


def check_items(chunk: int, items: list[Item], checker: Checker | None = None) -> ChunkResult:
    """Decode, validate and check the charts of one chunk."""
    checker = checker or process_checker()
    started = time.perf_counter()
    result = ChunkResult(chunk=chunk)
    loaded: list[tuple[Item, ChartSource | Any]] = []
    for item in items:
        try:
            loaded.append((item, load_item(item, checker.rules)))
        except Exception as exc:
            result.errors.append({"source": item.key, "chart_id": _claimed_id(item), "reason": _reason(exc)})
    try:
        reports = list(checker.check_many([chart for _, chart in loaded]))
        outcomes: list[Any] = list(zip(loaded, reports, strict=True))
    except Exception:
        # One chart of the batch is refused (too long, unknown profile, ...): check them one by one.
        outcomes = []
        for item, chart in loaded:
            try:
                outcomes.append(((item, chart), checker.check(chart)))
            except Exception as exc:
                outcomes.append(((item, chart), exc))
    for (item, chart), report in outcomes:
        if isinstance(report, BaseException):
            result.errors.append(
                {"source": item.key, "chart_id": _chart_id(chart), "reason": _reason(report)}
            )
            continue
        result.reports.append(report.model_dump_json())
        rows = report_rows(report, item.key)
        result.rows.extend(rows)
        result.statuses.update(f"{row['requirement']}:{row['status']}" for row in rows)
        result.charts += 1
        result.chars += _chars(chart)
    result.seconds = time.perf_counter() - started
    return result


def check_chunk(chunk: int, items: list[Item]) -> ChunkResult:
    """The pool's task: check one chunk with this process's Checker."""
    return check_items(chunk, items)

"""The output folder of a batch run, written so that an interruption at any instant loses and doubles
nothing.

```
OUT/
  manifest.jsonl          line 1: the run (input fingerprint, rules hash, chunk size); then one line per
                          committed chunk (its counts); last, {"complete": true}
  reports/part-NNNNNN.jsonl   gap reports (the contract's JSON), one per line
  rows/part-NNNNNN.parquet    report rows, one per chart x requirement (a Parquet dataset: read the folder)
  errors/part-NNNNNN.jsonl    charts that could not be checked: source, chart_id, reason
  summary.json            counts per status and requirement, charts per second
```

A chunk is committed in two steps: its part files are written to temporary names, flushed to disk and
renamed into place (atomic on POSIX), then its manifest line is appended and flushed. Only chunks named
in the manifest count; a part file without a manifest line (killed between the two steps) is rewritten
with the same content when the run resumes, and removed if never resumed into (``finish``).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from nlp_checker.batch.rows import rows_to_arrow
from nlp_checker.batch.worker import ChunkResult
from nlp_checker.errors import InputError

MANIFEST = "manifest.jsonl"
SUMMARY = "summary.json"
PARTS = {"reports": ".jsonl", "rows": ".parquet", "errors": ".jsonl"}
MANIFEST_VERSION = 1


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary name in the same folder, flush to disk, then rename into place."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def part_name(chunk: int, suffix: str) -> str:
    return f"part-{chunk:06d}{suffix}"


class OutputFolder:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.manifest = path / MANIFEST

    # --- manifest ------------------------------------------------------------------------------------

    def read_manifest(self) -> tuple[dict[str, Any] | None, dict[int, dict[str, Any]], bool]:
        """(header, committed chunks by number, complete). A torn last line (killed mid-append) is dropped
        and the file rewritten without it."""
        if not self.manifest.exists():
            return None, {}, False
        raw = self.manifest.read_bytes()
        lines = raw.split(b"\n")
        entries, good, torn = [], [], False
        for line in lines:
            if not line.strip():
                continue
            try:
                entries.append(json.loads(line))
                good.append(line)
            except json.JSONDecodeError:
                torn = True
        if torn or (raw and not raw.endswith(b"\n")):
            write_atomic(self.manifest, b"".join(line + b"\n" for line in good))
        if not entries or entries[0].get("manifest_version") != MANIFEST_VERSION:
            raise InputError(
                "not a batch manifest (or from another version); use a new --out", str(self.manifest)
            )
        header = entries[0]
        chunks = {e["chunk"]: e for e in entries[1:] if "chunk" in e}
        complete = any(e.get("complete") for e in entries[1:])
        return header, chunks, complete

    def start(self, header: dict[str, Any]) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        for folder in PARTS:
            (self.path / folder).mkdir(exist_ok=True)
        write_atomic(
            self.manifest, (json.dumps({"manifest_version": MANIFEST_VERSION, **header}) + "\n").encode()
        )
        _fsync_dir(self.path)

    def prepare(self) -> None:
        """Remove temporary files a killed run left behind."""
        for folder in [self.path, *(self.path / f for f in PARTS)]:
            if folder.is_dir():
                for stale in folder.glob(".*.tmp-*"):
                    stale.unlink(missing_ok=True)

    def _append(self, entry: dict[str, Any]) -> None:
        with self.manifest.open("ab") as handle:
            handle.write((json.dumps(entry) + "\n").encode())
            handle.flush()
            os.fsync(handle.fileno())

    # --- chunks --------------------------------------------------------------------------------------

    def commit(self, result: ChunkResult, first_seq: int, last_seq: int) -> dict[str, Any]:
        """Write a chunk's parts atomically, then record it in the manifest (the commit point)."""
        import pyarrow.parquet as pq

        reports = "".join(line + "\n" for line in result.reports).encode()
        errors = "".join(json.dumps(e) + "\n" for e in result.errors).encode()
        write_atomic(self.path / "reports" / part_name(result.chunk, ".jsonl"), reports)
        write_atomic(self.path / "errors" / part_name(result.chunk, ".jsonl"), errors)
        rows_path = self.path / "rows" / part_name(result.chunk, ".parquet")
        temporary = rows_path.with_name(f".{rows_path.name}.tmp-{os.getpid()}")
        pq.write_table(rows_to_arrow(result.rows), temporary, compression="zstd")
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, rows_path)
        for folder in PARTS:
            _fsync_dir(self.path / folder)
        entry = {
            "chunk": result.chunk,
            "first_seq": first_seq,
            "last_seq": last_seq,
            "charts": result.charts,
            "errors": len(result.errors),
            "chars": result.chars,
            "seconds": round(result.seconds, 3),
            "statuses": dict(result.statuses),
        }
        self._append(entry)
        return entry

    def finish(self, chunks: dict[int, dict[str, Any]], summary: dict[str, Any]) -> None:
        """All chunks committed: drop part files no manifest line names, write the summary, mark complete."""
        for folder, suffix in PARTS.items():
            for part in (self.path / folder).glob(f"part-*{suffix}"):
                number = part.name[len("part-") : -len(suffix)]
                if not number.isdigit() or int(number) not in chunks:
                    part.unlink()
        write_atomic(self.path / SUMMARY, (json.dumps(summary, indent=2) + "\n").encode())
        self._append({"complete": True})


def summarize(chunks: dict[int, dict[str, Any]], run: dict[str, Any]) -> dict[str, Any]:
    """Counts over every committed chunk, plus the figures of this invocation (``run``)."""
    statuses: Counter[str] = Counter()
    by_requirement: dict[str, Counter[str]] = {}
    for entry in chunks.values():
        for key, count in entry["statuses"].items():
            requirement, status = key.rsplit(":", 1)
            statuses[status] += count
            by_requirement.setdefault(requirement, Counter())[status] += count
    return {
        "charts": sum(e["charts"] for e in chunks.values()),
        "errors": sum(e["errors"] for e in chunks.values()),
        "chunks": len(chunks),
        "chars": sum(e["chars"] for e in chunks.values()),
        "statuses": dict(sorted(statuses.items())),
        "requirements": {r: dict(sorted(c.items())) for r, c in sorted(by_requirement.items())},
        "run": run,
    }

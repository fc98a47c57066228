"""Batch inputs, read lazily in a stable order so that a chunk means the same charts on every run.

- a **folder**: every chart file in it (chart JSON, FHIR, HL7 v2, C-CDA) is a chart; the plain-text notes
  directly in it form one chart named after the folder, and each sub-folder of text notes is a chart named
  after the sub-folder;
- a **JSON Lines** file (``.jsonl``, ``.ndjson``): one chart object per line (blank lines skipped);
- a **Parquet** file: one row per chart, with the contract's fields as columns (``documents`` a list of
  structs ``id, type, date, text``; ``payer`` a struct or ``payer_profile`` / ``payer_name`` columns), or,
  with ``documents=PATH``, the documents in a second Parquet table with a ``chart_id`` column, joined by
  chart id. The documents table is read by row group, using the row groups' chart-id statistics: sorted
  (clustered) by chart id, each chunk reads only the row groups holding its charts; unsorted, it is still
  correct but reads far more.

Readers yield ``Item``s (not yet decoded: decoding and validation run in the worker processes) and skip
the chunks a previous run committed without decoding them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from nlp_checker.batch.worker import Item
from nlp_checker.errors import InputError, MissingExtraError
from nlp_checker.ingest import STRUCTURED_SUFFIXES

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
DOCUMENT_ID_COLUMNS = ("id", "document_id")
Skip = Callable[[int], bool]


def require_pyarrow(what: str, source: str) -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtraError("batch", what, source) from None
    return pq


class BatchInput:
    """One input: ``items(skip)`` yields its charts; ``count()`` how many (for progress and ETA)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fingerprint(self) -> dict[str, Any]:
        stat = self.path.stat()
        return {"path": str(self.path.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}

    def count(self) -> int | None:
        return None

    def items(self, skip: Skip) -> Iterator[Item]:
        raise NotImplementedError


class FolderInput(BatchInput):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._entries: list[tuple[str, str, str]] | None = None

    def entries(self) -> list[tuple[str, str, str]]:
        """(key, kind, payload) of every chart, sorted; listing only, no file is read."""
        if self._entries is None:
            files: list[str] = []
            texts: list[str] = []
            folders: list[str] = []
            with os.scandir(self.path) as scan:
                for entry in scan:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir():
                        folders.append(entry.path)
                    elif entry.is_file():
                        suffix = Path(entry.name).suffix.lower()
                        (files if suffix in STRUCTURED_SUFFIXES else texts).append(entry.path)
            entries = [(p, "file", p) for p in sorted(files)]
            if texts:
                entries.append((str(self.path), "text_dir_files", str(self.path)))
            entries.extend((p, "text_dir", p) for p in sorted(folders))
            if not entries:
                raise InputError("folder holds no chart files", str(self.path))
            self._entries = entries
        return self._entries

    def fingerprint(self) -> dict[str, Any]:
        digest = hashlib.sha256(
            "\0".join(key for key, _, _ in self.entries()).encode("utf-8", "surrogatepass")
        )
        return {"path": str(self.path.resolve()), "charts": len(self.entries()), "names": digest.hexdigest()}

    def count(self) -> int:
        return len(self.entries())

    def items(self, skip: Skip) -> Iterator[Item]:
        for seq, (key, kind, payload) in enumerate(self.entries()):
            if skip(seq):
                continue
            if kind == "text_dir_files":
                # The loose text notes of the folder itself: one chart (the folder's own files only).
                yield Item(seq, key, "text_files", payload)
            else:
                yield Item(seq, key, kind, payload)


class JsonLinesInput(BatchInput):
    def count(self) -> int:
        lines = 0
        with self.path.open("rb") as handle:
            for line in handle:
                lines += bool(line.strip())
        return lines

    def items(self, skip: Skip) -> Iterator[Item]:
        seq = 0
        with self.path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                if not skip(seq):
                    key = f"{self.path}:{number}"
                    text: str | InputError
                    try:
                        text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                    except UnicodeDecodeError as exc:
                        text = InputError(f"not valid UTF-8 (byte offset {exc.start} of the line)", key)
                    yield Item(seq, key, "json", text)
                seq += 1


class ParquetInput(BatchInput):
    def __init__(self, path: Path, documents: Path | None = None, batch_rows: int = 256) -> None:
        super().__init__(path)
        pq = require_pyarrow("reading Parquet", str(path))
        try:
            self.file = pq.ParquetFile(path)
        except Exception as exc:
            raise InputError(f"not a readable Parquet file ({type(exc).__name__})", str(path)) from None
        names = self.file.schema_arrow.names
        if "chart_id" not in names:
            raise InputError(f"no chart_id column (columns: {names})", str(path))
        self.documents = DocumentsTable(documents) if documents is not None else None
        if self.documents is None and "documents" not in names:
            raise InputError("no documents column; give the documents table with --documents PATH", str(path))
        self.batch_rows = batch_rows

    def fingerprint(self) -> dict[str, Any]:
        mine = super().fingerprint()
        if self.documents is not None:
            stat = self.documents.path.stat()
            mine["documents"] = {
                "path": str(self.documents.path.resolve()),
                "size": stat.st_size,
                "mtime_ns": stat.st_mtime_ns,
            }
        return mine

    def count(self) -> int:
        return int(self.file.metadata.num_rows)

    def items(self, skip: Skip) -> Iterator[Item]:
        seq = 0
        for batch in self.file.iter_batches(batch_size=self.batch_rows):
            wanted = [i for i in range(batch.num_rows) if not skip(seq + i)]
            if wanted:
                rows = batch.take(wanted).to_pylist() if len(wanted) < batch.num_rows else batch.to_pylist()
                if self.documents is not None:
                    found = self.documents.for_charts({r["chart_id"] for r in rows if r.get("chart_id")})
                    for row in rows:
                        row["documents"] = found.get(row.get("chart_id"), [])
                for index, row in zip(wanted, rows, strict=True):
                    yield Item(seq + index, f"{self.path}#{seq + index}", "chart", _chart_from_row(row))
            seq += batch.num_rows


def _chart_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row as a contract chart: flat payer columns become the payer object."""
    profile, name = row.pop("payer_profile", None), row.pop("payer_name", None)
    if row.get("payer") is None and (profile or name):
        row["payer"] = {"profile": profile, "name": name}
    return row


class DocumentsTable:
    """The documents of a second Parquet table, found by chart id through row-group statistics."""

    def __init__(self, path: Path, batch_rows: int = 1024) -> None:
        pq = require_pyarrow("reading Parquet", str(path))
        self.path = path
        try:
            self.file = pq.ParquetFile(path)
        except Exception as exc:
            raise InputError(f"not a readable Parquet file ({type(exc).__name__})", str(path)) from None
        names = self.file.schema_arrow.names
        if "chart_id" not in names or "text" not in names:
            raise InputError(f"expected columns chart_id and text (columns: {names})", str(path))
        self.id_column = next((c for c in DOCUMENT_ID_COLUMNS if c in names), None)
        if self.id_column is None:
            raise InputError(
                f"expected a document id column: id or document_id (columns: {names})", str(path)
            )
        self.columns = names
        self.batch_rows = batch_rows
        self.ranges: list[tuple[str, str] | None] = []
        metadata = self.file.metadata
        leaf = next(
            (i for i in range(metadata.num_columns) if metadata.schema.column(i).path == "chart_id"), None
        )
        for group in range(metadata.num_row_groups):
            stats = metadata.row_group(group).column(leaf).statistics if leaf is not None else None
            if stats is not None and stats.has_min_max:
                self.ranges.append((stats.min, stats.max))
            else:
                self.ranges.append(None)

    def for_charts(self, chart_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
        import pyarrow as pa
        import pyarrow.compute as pc

        ids = sorted(chart_ids)
        if not ids:
            return {}
        groups = [
            g
            for g, bounds in enumerate(self.ranges)
            if bounds is None or _any_between(ids, bounds[0], bounds[1])
        ]
        value_set = pa.array(ids, pa.string())
        found: dict[str, list[dict[str, Any]]] = {}
        if not groups:
            return found
        for batch in self.file.iter_batches(batch_size=self.batch_rows, row_groups=groups):
            mask = pc.is_in(batch.column("chart_id"), value_set=value_set)
            for row in batch.filter(mask).to_pylist():
                chart_id = row.pop("chart_id")
                if self.id_column != "id":
                    row["id"] = row.pop(self.id_column)
                found.setdefault(chart_id, []).append(row)
        return found


def _any_between(sorted_ids: list[str], low: str, high: str) -> bool:
    from bisect import bisect_left

    index = bisect_left(sorted_ids, low)
    return index < len(sorted_ids) and sorted_ids[index] <= high


def open_input(path: Path, documents: Path | None = None) -> BatchInput:
    """The reader for ``path``; InputError when it is missing or of an unknown kind."""
    if not path.exists():
        raise InputError("no such file or folder", str(path))
    if documents is not None and not documents.is_file():
        raise InputError("no such file", str(documents))
    suffix = path.suffix.lower()
    if path.is_dir():
        if documents is not None:
            raise InputError("--documents goes with a Parquet charts table, not a folder", str(path))
        return FolderInput(path)
    if suffix in PARQUET_SUFFIXES:
        return ParquetInput(path, documents)
    if documents is not None:
        raise InputError("--documents goes with a Parquet charts table", str(path))
    if suffix in JSONL_SUFFIXES:
        return JsonLinesInput(path)
    raise InputError(
        "expected a folder of charts, a JSON Lines file (.jsonl, .ndjson) or a Parquet file (.parquet)",
        str(path),
    )

"""Batch inputs made from the sample corpus: JSON Lines, Parquet (documents nested or in a second table)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CHARTS = Path(__file__).resolve().parents[2] / "corpus_samples" / "charts"


def corpus(copies: int = 1) -> list[dict[str, Any]]:
    """The sample charts, ``copies`` times, each copy with its own chart ids (``-c<n>`` after the first)."""
    charts = [json.loads(p.read_text()) for p in sorted(CHARTS.glob("*.json"))]
    out = []
    for copy in range(copies):
        for chart in charts:
            out.append({**chart, "chart_id": chart["chart_id"] + (f"-c{copy}" if copy else "")})
    return out


def write_jsonl(path: Path, charts: list[Any]) -> Path:
    path.write_text("".join((c if isinstance(c, str) else json.dumps(c)) + "\n" for c in charts))
    return path


def write_parquet(path: Path, charts: list[dict[str, Any]], documents: Path | None = None) -> Path:
    """Charts as Parquet; with ``documents``, the documents go to a second table sorted by chart id."""
    import pyarrow.parquet as pq

    rows, docs = [], []
    for chart in charts:
        row = {k: v for k, v in chart.items() if k != "documents"}
        if documents is None:
            row["documents"] = chart["documents"]
        else:
            docs.extend({"chart_id": chart["chart_id"], **d} for d in chart["documents"])
        rows.append(row)
    pq.write_table(_table(rows), path)
    if documents is not None:
        docs.sort(key=lambda d: d["chart_id"])
        pq.write_table(_table(docs), documents, row_group_size=50)
    return path


def _table(rows: list[dict[str, Any]]) -> Any:
    """A table with every key of any row as a column (``from_pylist`` keeps only the first row's keys)."""
    import pyarrow as pa

    keys = list(dict.fromkeys(k for row in rows for k in row))
    return pa.Table.from_pydict({k: [row.get(k) for row in rows] for k in keys})


def read_rows(out: Path) -> list[dict[str, Any]]:
    import pyarrow.dataset as ds

    return ds.dataset(out / "rows", format="parquet").to_table().to_pylist()


def read_reports(out: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for part in sorted((out / "reports").glob("part-*.jsonl")) for line in part.open()
    ]


def read_errors(out: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for part in sorted((out / "errors").glob("part-*.jsonl")) for line in part.open()
    ]

"""Checking at scale: ``nlp-checker batch INPUT --out DIR``.

Inputs (``inputs``): a folder of chart files, a JSON Lines file of charts, or a Parquet file of charts
(documents nested, or in a second Parquet table joined by chart id). Outputs (``outputs``): committed
chunks of reports (JSON Lines), report rows (Parquet, one row per chart x requirement) and errors, a
manifest that makes the run resumable after any interruption, and a summary. ``runner.run_batch`` ties
them together over a pool of processes, one Checker per process (``worker``).
"""

from __future__ import annotations

from nlp_checker.batch.rows import ROW_COLUMNS, report_rows

__all__ = ["ROW_COLUMNS", "report_rows"]

"""Report rows: one row per chart x requirement, the schema of the Parquet output and of Spark's result.

Columns: ``chart_id``, ``source`` (where the chart came from), ``profile``, ``requirement``, ``status``,
``severity``, ``message``, ``evidence`` (list of document id / start / end / section: offsets into that
document's text, no text), ``ruleset_hash`` and ``ruleset_version``. Spark results may add rows with status
``error`` (requirement null, the reason in ``message``) for charts that failed validation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nlp_checker.models import GapReport

ROW_COLUMNS = (
    "chart_id",
    "source",
    "profile",
    "requirement",
    "status",
    "severity",
    "message",
    "evidence",
    "ruleset_hash",
    "ruleset_version",
)
EVIDENCE_FIELDS = ("document_id", "start", "end", "section")
# The same schema as Spark DDL (nlp_checker.spark).
SPARK_DDL = (
    "chart_id string, source string, profile string, requirement string, status string, severity string, "
    "message string, evidence array<struct<document_id:string,start:bigint,end:bigint,section:string>>, "
    "ruleset_hash string, ruleset_version string"
)


def report_rows(report: GapReport, source: str | None = None) -> list[dict[str, Any]]:
    """The rows of one gap report, one per requirement, in the report's order."""
    ruleset_hash = report.ruleset.hash if report.ruleset else None
    ruleset_version = report.ruleset.version if report.ruleset else None
    return [
        {
            "chart_id": report.chart_id,
            "source": source,
            "profile": report.profile,
            "requirement": requirement.id,
            "status": requirement.status,
            "severity": requirement.severity,
            "message": requirement.message,
            "evidence": [
                {"document_id": e.document_id, "start": e.start, "end": e.end, "section": e.section}
                for e in requirement.evidence
            ],
            "ruleset_hash": ruleset_hash,
            "ruleset_version": ruleset_version,
        }
        for requirement in report.requirements
    ]


def error_row(chart_id: str | None, source: str | None, reason: str, ruleset_hash: str | None) -> dict:
    """A chart that could not be checked, as a row (Spark results only; the batch command writes errors/)."""
    return {
        "chart_id": chart_id,
        "source": source,
        "profile": None,
        "requirement": None,
        "status": "error",
        "severity": None,
        "message": reason,
        "evidence": [],
        "ruleset_hash": ruleset_hash,
        "ruleset_version": None,
    }


def arrow_schema() -> Any:
    """The pyarrow schema of the rows (needs the ``batch`` extra)."""
    import pyarrow as pa

    evidence = pa.struct(
        [
            ("document_id", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("section", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("chart_id", pa.string()),
            ("source", pa.string()),
            ("profile", pa.string()),
            ("requirement", pa.string()),
            ("status", pa.string()),
            ("severity", pa.string()),
            ("message", pa.string()),
            ("evidence", pa.list_(evidence)),
            ("ruleset_hash", pa.string()),
            ("ruleset_version", pa.string()),
        ]
    )


def rows_to_arrow(rows: list[dict[str, Any]]) -> Any:
    """Rows as a pyarrow Table in ``arrow_schema()`` (an empty list gives an empty table)."""
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=arrow_schema())

"""Apache Spark: ``check_dataframe(charts) -> DataFrame`` of report rows (extra ``[spark]``).

The input DataFrame has one row per chart with the contract's fields as columns: ``chart_id``,
``documents`` (array of struct ``id, type, date, text``), optionally ``date_of_service``, ``payer``
(struct ``profile, name``, or ``payer_profile`` / ``payer_name`` columns), ``prior_authorization``,
``claim_lines`` (array of struct ``hcpcs, units, modifiers``). Documents may instead come as a second
DataFrame (``documents=``, columns ``chart_id, id, type, date, text`` and optionally ``position`` for
their order within the chart, else ordered by ``id``), grouped and joined by chart id.

The result has the schema of the batch command's Parquet rows (``nlp_checker.batch.rows``), one row per
chart x requirement, plus one row with status ``error`` (requirement null, the reason in ``message``) for
each chart that failed validation.

The work runs in ``mapInArrow``: each Python worker process builds one Checker, the first time it gets a
batch, from the rule bundle that the driver loads, validates and broadcasts once (its files' bytes, a few
hundred kB; the executor writes them once to a folder named after the bundle hash and checks it). Spark
reuses its Python workers (``spark.python.worker.reuse``, on by default), so a Checker serves many tasks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nlp_checker.batch.rows import SPARK_DDL, error_row, rows_to_arrow
from nlp_checker.batch.worker import Item, ShippedRules, check_items, init_worker, ship_rules

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

DOCUMENT_FIELDS = ("id", "type", "date", "text")


def _with_documents(charts: DataFrame, documents: DataFrame) -> DataFrame:
    from pyspark.sql import functions as F

    columns = documents.columns
    if "document_id" in columns and "id" not in columns:
        documents = documents.withColumnRenamed("document_id", "id")
    order = "position" if "position" in columns else "id"
    fields = [F.col(c) for c in DOCUMENT_FIELDS if c in documents.columns]
    grouped = documents.groupBy("chart_id").agg(
        F.sort_array(F.collect_list(F.struct(F.col(order).alias("_order"), *fields))).alias("_docs")
    )
    grouped = grouped.select(
        "chart_id",
        F.transform(
            "_docs", lambda d: F.struct(*[d[c].alias(c) for c in DOCUMENT_FIELDS if c in documents.columns])
        ).alias("documents"),
    )
    return charts.drop("documents").join(grouped, "chart_id", "left")


def _checker_function(rules: Any, profile: str | None) -> Any:
    """The function ``mapInArrow`` runs on the executors (a closure: pickled with cloudpickle)."""

    def check_batches(batches: Iterator[Any]) -> Iterator[Any]:
        shipped: ShippedRules = rules.value if hasattr(rules, "value") else rules
        init_worker(shipped, profile)  # builds this process's Checker once; later calls are no-ops
        for batch in batches:
            items = []
            for index, row in enumerate(batch.to_pylist()):
                profile_col, name_col = row.pop("payer_profile", None), row.pop("payer_name", None)
                if row.get("payer") is None and (profile_col or name_col):
                    row["payer"] = {"profile": profile_col, "name": name_col}
                if row.get("documents") is None:
                    row["documents"] = []
                key = str(row.get("chart_id") or f"row {index}")
                items.append(Item(index, key, "chart", row))
            result = check_items(0, items)
            rows = result.rows + [
                error_row(e["chart_id"], e["source"], e["reason"], shipped.content_hash)
                for e in result.errors
            ]
            yield from rows_to_arrow(rows).to_batches()

    return check_batches


def check_dataframe(
    charts: DataFrame,
    *,
    documents: DataFrame | None = None,
    profile: str | None = None,
    patterns: Path | str | None = None,
) -> DataFrame:
    """Check every chart of ``charts``; returns a DataFrame of report rows (lazy, like any transformation).

    Args:
        charts: one row per chart (see the module docstring for the columns).
        documents: the documents as a second DataFrame joined by ``chart_id`` (else ``charts.documents``).
        profile: payer profile that overrides each chart's.
        patterns: folder of rule files (default: the shipped rules); loaded and validated on the driver.
    """
    from pyspark.sql.types import StructType

    from nlp_checker.rules import load_bundle

    bundle = load_bundle(patterns)
    if profile is not None:
        bundle.ruleset.profile(profile)  # an unknown profile fails here, on the driver
    shipped = ship_rules(bundle)
    if documents is not None:
        charts = _with_documents(charts, documents)
    elif "documents" not in charts.columns:
        raise ValueError("charts has no documents column; pass the documents DataFrame as documents=")
    try:
        rules: Any = charts.sparkSession.sparkContext.broadcast(shipped)
    except Exception:  # Spark Connect (Databricks serverless) has no SparkContext: ship with the closure
        rules = shipped
    schema = StructType.fromDDL(SPARK_DDL)
    return charts.mapInArrow(_checker_function(rules, profile), schema)  # type: ignore[arg-type]

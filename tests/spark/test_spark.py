"""``nlp_checker.spark.check_dataframe`` on a local Spark session (local[2]): the sample corpus gives the
same statuses as the CLI, chart for chart; documents as a second DataFrame; invalid charts as error rows."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator

import pytest

pytest.importorskip("pyarrow")
pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("no Java runtime for Spark", allow_module_level=True)

from typer.testing import CliRunner

from nlp_checker.batch.rows import ROW_COLUMNS
from nlp_checker.cli import app as cli_app
from nlp_checker.spark import check_dataframe
from tests.conftest import CORPUS

pytestmark = [pytest.mark.slow, pytest.mark.spark]
CHARTS = CORPUS / "charts"


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("nlp-checker-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "16")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_same_statuses_as_the_cli_chart_for_chart(spark) -> None:  # type: ignore[no-untyped-def]
    cli = CliRunner().invoke(cli_app, ["check", str(CHARTS)])  # the CLI, in this process
    assert cli.exit_code in (0, 1), cli.output
    expected = {}
    for line in cli.stdout.splitlines():
        report = json.loads(line)
        for requirement in report["requirements"]:
            expected[(report["chart_id"], requirement["id"])] = requirement["status"]

    charts = spark.read.option("multiLine", True).json(str(CHARTS)).repartition(2)
    result = check_dataframe(charts)
    assert tuple(result.columns) == ROW_COLUMNS
    rows = result.collect()
    got = {(r.chart_id, r.requirement): r.status for r in rows}
    assert len(rows) == len(got)
    assert got == expected
    assert len({r.chart_id for r in rows}) == len(list(CHARTS.glob("*.json")))
    assert {r.ruleset_hash for r in rows} == {rows[0].ruleset_hash}


def test_documents_joined_by_chart_id_and_invalid_charts_as_error_rows(spark) -> None:  # type: ignore[no-untyped-def]
    chart = json.loads((CHARTS / "aatd-003.json").read_text())
    documents = [
        {"chart_id": chart["chart_id"], "position": i, **d} for i, d in enumerate(chart["documents"])
    ]
    header = {k: v for k, v in chart.items() if k not in ("documents", "claim_lines", "payer")}
    charts = spark.createDataFrame([header, {"chart_id": "no-documents"}])
    docs = spark.createDataFrame(documents)
    rows = check_dataframe(charts, documents=docs).collect()
    errors = [r for r in rows if r.status == "error"]
    assert [(r.chart_id, r.requirement) for r in errors] == [("no-documents", None)]
    assert "documents" in errors[0].message
    checked = [r for r in rows if r.chart_id == chart["chart_id"]]
    assert len(checked) >= 15 and {r.status for r in checked} <= {
        "met",
        "missing",
        "conflict",
        "not_applicable",
    }

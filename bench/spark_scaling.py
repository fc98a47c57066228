"""Charts per second of ``nlp_checker.spark.check_dataframe`` on a local Spark session at 1 and 2 cores.

The sample corpus is repeated (``--copies``, each copy with its own chart ids) and written as JSON Lines;
for each core count a fresh ``local[N]`` session reads it, a warm-up job builds the Checker in each
Python worker, then the timed job checks every chart (results written to Spark's ``noop`` sink, so the
whole plan runs). Needs the ``spark`` extra and Java 17+.

    python bench/spark_scaling.py [--copies 10] [--cores 1,2]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHARTS = ROOT / "corpus_samples" / "charts"


def measure(path: Path, cores: int, charts: int) -> dict:
    from pyspark.sql import SparkSession

    from nlp_checker.spark import check_dataframe

    session = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName(f"nlp-checker-scaling-{cores}")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", str(cores))
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        frame = session.read.json(str(path)).repartition(cores * 4).cache()
        frame.count()
        check_dataframe(frame.limit(cores * 2).repartition(cores)).write.format("noop").mode(
            "overwrite"
        ).save()
        started = time.perf_counter()
        check_dataframe(frame).write.format("noop").mode("overwrite").save()
        seconds = time.perf_counter() - started
    finally:
        session.stop()
    return {
        "cores": cores,
        "charts": charts,
        "seconds": round(seconds, 1),
        "charts_per_s": round(charts / seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--cores", default="1,2")
    args = parser.parse_args()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    charts = [json.loads(p.read_text()) for p in sorted(CHARTS.glob("*.json"))]
    with tempfile.TemporaryDirectory(prefix="nlp-checker-spark-") as tmp:
        path = Path(tmp) / "charts.jsonl"
        with path.open("w") as handle:
            for copy in range(args.copies):
                for chart in charts:
                    handle.write(json.dumps({**chart, "chart_id": f"{chart['chart_id']}-{copy}"}) + "\n")
        results = [measure(path, int(c), len(charts) * args.copies) for c in args.cores.split(",")]
    for result in results:
        print(json.dumps(result))
    if len(results) > 1:
        print(
            f"speed-up {results[-1]['cores']} cores vs {results[0]['cores']}: "
            f"{results[-1]['charts_per_s'] / results[0]['charts_per_s']:.2f}x"
        )


if __name__ == "__main__":
    main()

"""Scaling figures of ``nlp-checker batch``: the sample corpus repeated (each copy with its own chart ids)
to 10x, 100x and at least 50 MB of note text, run at 1 and 2 processes.

For each run: wall time, charts/s and chars/s end to end (start-up of the worker processes included),
peak RSS of the main process and of each worker process (VmHWM from /proc, sampled every 0.2 s over the
process tree), the speed-up of 2 processes against 1, and a projection for one year of a large payer's
A1PI encounters (the volume assumed is printed with the figures).

    python bench/batch.py [--target-mb 50] [--processes 1,2] [--sizes 10,100] [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHARTS = ROOT / "corpus_samples" / "charts"

# Projection: the volume assumed. Dosing is once weekly (60 mg/kg IV weekly, the products' labels, see
# shared/domain/facts.md); one encounter = one infusion = one chart. PATIENTS is an assumption (no sourced
# count of one payer's A1PI members was available): deliberately large for a single payer.
PATIENTS = 10_000
INFUSIONS_PER_YEAR = 52


def write_corpus(path: Path, *, copies: int | None = None, target_chars: int | None = None) -> dict:
    charts = [json.loads(p.read_text()) for p in sorted(CHARTS.glob("*.json"))]
    per_copy = sum(len(d["text"]) for c in charts for d in c["documents"])
    if copies is None:
        copies = -(-target_chars // per_copy)
    with path.open("w") as handle:
        for copy in range(copies):
            for chart in charts:
                handle.write(json.dumps({**chart, "chart_id": f"{chart['chart_id']}-{copy}"}) + "\n")
    return {"copies": copies, "charts": copies * len(charts), "chars": copies * per_copy}


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(x) for x in handle.read().split())
    except OSError:
        pass
    return found


def _hwm_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def run(source: Path, out: Path, processes: int) -> dict:
    command = [
        sys.executable, "-c", "from nlp_checker.cli import main; main()", "batch", str(source),
        "--out", str(out), "-j", str(processes), "--no-progress", "--log-every", "3600",
    ]  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            for pid in [process.pid, *_children(process.pid)]:
                hwm = _hwm_kb(pid)
                if hwm is not None:
                    peaks[pid] = max(peaks.get(pid, 0), hwm)
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"batch failed ({process.returncode}): {stderr[-2000:]}")
    summary = json.loads(stdout.strip().splitlines()[-1])
    workers = sorted((kb for pid, kb in peaks.items() if pid != process.pid), reverse=True)
    return {
        "processes": processes,
        "charts": summary["charts"],
        "chars": summary["chars"],
        "wall_s": round(wall, 1),
        "charts_per_s": round(summary["charts"] / wall, 1),
        "chars_per_s": round(summary["chars"] / wall),
        "main_peak_rss_mb": round(peaks.get(process.pid, 0) / 1024, 1),
        # With 1 process the main process is the worker; spawn's resource tracker is a tiny child.
        "worker_peak_rss_mb": [round(kb / 1024, 1) for kb in workers if kb > 60 * 1024][:processes],
    }


def reference(copies: int = 10) -> dict:
    """The same charts through ``Checker.check_many`` in this process, no I/O: what the batch runner adds
    on top (decode, validate, serialize, Parquet, commit) shows against it under the same machine load."""
    from nlp_checker import Checker

    charts = [json.loads(p.read_text()) for p in sorted(CHARTS.glob("*.json"))] * copies
    chars = sum(len(d["text"]) for c in charts for d in c["documents"])
    checker = Checker()
    started = time.perf_counter()
    for _ in checker.check_many(charts):
        pass
    seconds = time.perf_counter() - started
    return {"charts_per_s": round(len(charts) / seconds, 1), "chars_per_s": round(chars / seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target-mb", type=float, default=50.0, help="note text of the large input, MB")
    parser.add_argument("--processes", default="1,2")
    parser.add_argument("--sizes", default="10,100", help="smaller inputs, in copies of the corpus")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    counts = [int(p) for p in args.processes.split(",")]
    results = []
    with tempfile.TemporaryDirectory(prefix="nlp-checker-bench-") as tmp:
        inputs = []
        for copies in [int(s) for s in args.sizes.split(",") if s]:
            path = Path(tmp) / f"x{copies}.jsonl"
            inputs.append((f"{copies}x", path, write_corpus(path, copies=copies)))
        path = Path(tmp) / "large.jsonl"
        large = write_corpus(path, target_chars=int(args.target_mb * 1_000_000))
        inputs.append((f"{large['copies']}x", path, large))
        for label, path, info in inputs:
            for processes in counts:
                out = Path(tmp) / f"out-{label}-{processes}"
                load = os.getloadavg()[0]
                result = {"input": label, "mb": round(info["chars"] / 1e6, 1), **run(path, out, processes)}
                result["load_before"], result["load_after"] = round(load, 1), round(os.getloadavg()[0], 1)
                results.append(result)
                print(json.dumps(result), flush=True)
    ref = reference()
    print(f"reference, Checker.check_many in one process, no I/O (10x corpus): {ref}; load {os.getloadavg()}")
    print()
    print(
        "| input | note text MB | charts | processes | wall s | charts/s | chars/s | "
        "main peak RSS MB | worker peak RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        workers = ", ".join(str(x) for x in r["worker_peak_rss_mb"]) or "-"
        print(
            f"| {r['input']} | {r['mb']} | {r['charts']:,} | {r['processes']} | {r['wall_s']} | "
            f"{r['charts_per_s']} | {r['chars_per_s']:,} | {r['main_peak_rss_mb']} | {workers} |"
        )
    large_runs = {r["processes"]: r for r in results if r["input"] == results[-1]["input"]}
    if 1 in large_runs and max(large_runs) > 1:
        best = large_runs[max(large_runs)]
        ratio = best["charts_per_s"] / large_runs[1]["charts_per_s"]
        print(f"\nspeed-up, {best['processes']} processes vs 1: {ratio:.2f}x")
    best = max((r for r in results if r["input"] == results[-1]["input"]), key=lambda r: r["charts_per_s"])
    encounters = PATIENTS * INFUSIONS_PER_YEAR
    hours = encounters / best["charts_per_s"] / 3600
    print(
        f"projection: {PATIENTS:,} patients x {INFUSIONS_PER_YEAR} weekly infusions = "
        f"{encounters:,} encounters (sample-corpus-sized charts) a year: {hours:.1f} h on this machine at "
        f"{best['charts_per_s']} charts/s ({best['processes']} processes)"
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()

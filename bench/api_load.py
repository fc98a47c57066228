"""HTTP load test: ``nlp-checker serve`` on 127.0.0.1 (uvicorn, 2 workers by default), driven with POST
/v1/check of a typical 5-document chart (``corpus_samples/charts/aatd-003.json``) at concurrency 1, 8
and 32, beside the same check called in-process, so that the HTTP overhead shows as a ratio.

    python bench/api_load.py [--requests 400] [--levels 1,8,32] [--workers 2] [--max-seconds 60]

Loopback only; every level sends a fixed number of requests and stops early at ``--max-seconds``. The
client is a small asyncio HTTP/1.1 keep-alive client (one connection per concurrent caller), so that it
takes little of the CPU it shares with the server. Target (2-core machine, 2 workers): p99 <= 100 ms at
concurrency 8, zero errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp_checker_service.keys import hash_key, new_key  # noqa: E402

CHART = ROOT / "corpus_samples" / "charts" / "aatd-003.json"
HOST = "127.0.0.1"


@dataclass
class LevelResult:
    concurrency: int
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    def row(self) -> str:
        ok = len(self.latencies)
        return (
            f"{self.concurrency:>11} {ok + self.errors:>8} {ok / self.seconds:>9.1f} "
            f"{percentile(self.latencies, 50):>8.1f} {percentile(self.latencies, 95):>8.1f} "
            f"{percentile(self.latencies, 99):>8.1f} {self.errors:>6}"
        )


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile, in milliseconds (values are seconds)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1] * 1000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def request_bytes(port: int, key: str, body: bytes, keepalive: bool = True) -> bytes:
    close = "" if keepalive else "Connection: close\r\n"
    head = (
        f"POST /v1/check HTTP/1.1\r\nHost: {HOST}:{port}\r\nAuthorization: Bearer {key}\r\n{close}"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def read_response(reader: asyncio.StreamReader) -> int:
    """Read one HTTP/1.1 response with a Content-Length body; return its status."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = next(
        int(v) for k, _, v in (line.partition(":") for line in lines[1:]) if k.lower() == "content-length"
    )
    await reader.readexactly(length)
    return status


async def run_level(
    port: int, payload: bytes, concurrency: int, total: int, max_seconds: float, keepalive: bool = True
) -> LevelResult:
    result = LevelResult(concurrency)
    issued = 0
    deadline = time.perf_counter() + max_seconds

    async def one_shot_caller() -> None:
        # A new connection per request (Connection: close): the connect is part of the latency.
        nonlocal issued
        while issued < total and time.perf_counter() < deadline:
            issued += 1
            start = time.perf_counter()
            try:
                reader, writer = await asyncio.open_connection(HOST, port)
                writer.write(payload)
                status = await asyncio.wait_for(read_response(reader), timeout=30)
                writer.close()
            except (TimeoutError, OSError, asyncio.IncompleteReadError):
                result.errors += 1
                continue
            if status == 200:
                result.latencies.append(time.perf_counter() - start)
            else:
                result.errors += 1

    async def caller() -> None:
        nonlocal issued
        reader, writer = await asyncio.open_connection(HOST, port)
        try:
            while issued < total and time.perf_counter() < deadline:
                issued += 1
                start = time.perf_counter()
                try:
                    writer.write(payload)
                    status = await asyncio.wait_for(read_response(reader), timeout=30)
                except (TimeoutError, OSError, asyncio.IncompleteReadError):
                    result.errors += 1
                    writer.close()
                    reader, writer = await asyncio.open_connection(HOST, port)
                    continue
                if status == 200:
                    result.latencies.append(time.perf_counter() - start)
                else:
                    result.errors += 1
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*((caller if keepalive else one_shot_caller)() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - start
    return result


def wait_ready(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("server not ready in time")


def in_process(chart: dict, total: int) -> LevelResult:
    from nlp_checker import Checker

    checker = Checker()
    for _ in range(20):
        checker.check(chart)
    result = LevelResult(concurrency=1)
    start = time.perf_counter()
    for _ in range(total):
        t0 = time.perf_counter()
        checker.check(chart).model_dump_json()
        result.latencies.append(time.perf_counter() - t0)
    result.seconds = time.perf_counter() - start
    return result


def versions() -> str:
    from importlib.metadata import version

    names = ("fastapi", "starlette", "uvicorn", "pydantic", "spacy", "medspacy", "uvloop", "httptools")
    return f"Python {platform.python_version()}, " + ", ".join(f"{n} {version(n)}" for n in names)


class AccessLog:
    """Reads the server's JSON access lines as they come, to tell how requests spread over workers."""

    def __init__(self, path: Path) -> None:
        self.file = path.open("rb")

    def split(self) -> list[int]:
        """POST /v1/check requests per worker since the previous call, largest first."""
        counts = Counter(
            record["pid"]
            for record in map(json.loads, (line for line in self.file.readlines() if line.startswith(b"{")))
            if record.get("msg") == "request" and record.get("route") == "/v1/check"
        )
        return sorted(counts.values(), reverse=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=400, help="requests per concurrency level")
    parser.add_argument("--levels", default="1,8,32", help="concurrency levels, comma-separated")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-seconds", type=float, default=60.0, help="time bound per level")
    parser.add_argument(
        "--modes",
        default="keepalive,close",
        help="keepalive (one connection per caller) and/or close (a new connection per request)",
    )
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    modes = [m for m in args.modes.split(",") if m]

    chart = json.loads(CHART.read_text())
    body = json.dumps(chart).encode()
    key = new_key()
    port = free_port()
    env = {**os.environ, "NLP_CHECKER_API_KEYS": hash_key(key), "NLP_CHECKER_LOG_LEVEL": "INFO"}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    command = [sys.executable, "-m", "nlp_checker.cli", "serve", "--host", HOST, "--port", str(port)]
    command += ["--workers", str(args.workers)]
    print(
        f"chart: {CHART.name}, {len(chart['documents'])} documents, "
        f"{sum(len(d['text']) for d in chart['documents']):,} characters, body {len(body):,} bytes"
    )
    print(versions())
    print(f"CPUs: {os.cpu_count()}, server: {args.workers} uvicorn workers on {HOST}:{port}\n")

    results: dict[str, list[tuple[LevelResult, list[int]]]] = {}
    sent = 0
    with tempfile.TemporaryDirectory() as folder:
        log_path = Path(folder) / "server.log"
        with log_path.open("wb") as log:
            proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
            access = AccessLog(log_path)
            try:
                wait_ready(port, proc)
                warm = request_bytes(port, key, body)
                asyncio.run(run_level(port, warm, max(levels), 4 * max(levels), args.max_seconds))
                sent += 4 * max(levels)
                for mode in modes:
                    payload = request_bytes(port, key, body, keepalive=mode == "keepalive")
                    results[mode] = []
                    for concurrency in levels:
                        access.split()
                        level = asyncio.run(
                            run_level(
                                port,
                                payload,
                                concurrency,
                                args.requests,
                                args.max_seconds,
                                mode == "keepalive",
                            )
                        )
                        time.sleep(0.3)  # let the last access lines reach the log
                        results[mode].append((level, access.split()))
                        sent += len(level.latencies) + level.errors
                with urllib.request.urlopen(f"http://{HOST}:{port}/metrics", timeout=10) as response:
                    exposition = response.read().decode()
            finally:
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    charts_metric = sum(
        float(line.rsplit(" ", 1)[1])
        for line in exposition.splitlines()
        if line.startswith("nlp_checker_charts_checked_total{")
    )

    baseline = in_process(chart, args.requests)
    header = "concurrency requests     req/s   p50 ms   p95 ms   p99 ms errors  requests per worker"
    for mode, rows in results.items():
        what = (
            "one keep-alive connection per caller" if mode == "keepalive" else "a new connection per request"
        )
        print(f"HTTP POST /v1/check, {what}")
        print(header)
        for level, split in rows:
            print(f"{level.row()}  {split}")
        print()
    print("in-process Checker().check(chart) + JSON, one thread")
    print(header.rsplit("  ", 1)[0])
    print(baseline.row())
    base_rate = len(baseline.latencies) / baseline.seconds
    for mode, rows in results.items():
        for level, _ in rows:
            if level.concurrency == 1 and level.latencies:
                ratio = statistics.median(level.latencies) / statistics.median(baseline.latencies)
                extra = percentile(level.latencies, 50) - percentile(baseline.latencies, 50)
                print(
                    f"{mode}: HTTP p50 at concurrency 1 = {ratio:.2f}x the in-process check (+{extra:.1f} ms)"
                )
            elif level.latencies:
                rate = len(level.latencies) / level.seconds / base_rate
                print(f"{mode}: throughput at concurrency {level.concurrency} = {rate:.2f}x in-process")
    print(f"charts checked per /metrics (all workers): {charts_metric:.0f} of {sent} sent")
    failed = False
    for mode, rows in results.items():
        for level, _ in rows:
            failed = failed or level.errors > 0
            if level.concurrency == 8:
                met = percentile(level.latencies, 99) <= 100 and level.errors == 0
                verdict = "met" if met else "NOT met"
                print(f"{mode}: target p99 <= 100 ms at concurrency 8, zero errors: {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""kill -9 a real batch run (the CLI in a subprocess, two worker processes) mid-way, run the same command
again: every chart is in the output exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

from tests.batch.helpers import corpus, read_errors, read_reports, read_rows, write_jsonl

pytestmark = pytest.mark.slow


def _command(source: Path, out: Path) -> list[str]:
    cli = [sys.executable, "-c", "from nlp_checker.cli import main; main()"]
    return [*cli, "batch", str(source), "--out", str(out), "-j", "2", "--chunk-size", "8", "--log-every", "0"]


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.extend(int(x) for x in (task / "children").read_text().split())
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _committed(out: Path) -> int:
    manifest = out / "manifest.jsonl"
    return manifest.read_text().count('"chunk"') if manifest.exists() else 0


def test_kill_9_mid_run_then_the_same_command_loses_and_doubles_nothing(tmp_path: Path) -> None:
    charts = corpus(4)  # 176 charts + 1 invalid: 23 chunks of 8
    bad = {"chart_id": "bad", "documents": []}
    source = write_jsonl(tmp_path / "charts.jsonl", [*charts[:50], bad, *charts[50:]])
    out = tmp_path / "out"
    log = (tmp_path / "first.log").open("w")
    first = subprocess.Popen(
        _command(source, out), stdout=subprocess.DEVNULL, stderr=log, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while _committed(out) < 3 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert first.poll() is None, "the run ended before it could be killed"
    workers = _children(first.pid)
    os.kill(first.pid, signal.SIGKILL)  # kill -9 of the batch process, without warning
    first.wait()
    log.close()
    # Its worker processes notice and exit rather than linger as orphans.
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    leftover = [pid for pid in workers if _alive(pid)]
    if leftover:
        os.killpg(first.pid, signal.SIGKILL)
    assert not leftover, "worker processes outlived the killed batch process"
    killed_at = _committed(out)
    assert 3 <= killed_at < 23

    second = subprocess.run(_command(source, out), capture_output=True, text=True, timeout=240)
    assert second.returncode == 1, second.stderr  # 1: the invalid chart is in the errors file
    assert "resuming" in second.stderr and "batch progress:" in second.stderr

    reports = read_reports(out)
    counts = Counter(r["chart_id"] for r in reports)
    assert sorted(counts) == sorted(c["chart_id"] for c in charts)
    assert set(counts.values()) == {1}
    rows = read_rows(out)
    assert len(rows) == sum(len(r["requirements"]) for r in reports)
    assert Counter(r["chart_id"] for r in rows).keys() == counts.keys()
    assert [e["chart_id"] for e in read_errors(out)] == ["bad"]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["charts"] == len(charts) and summary["errors"] == 1
    assert summary["run"]["chunks_committed_before"] == killed_at
    chunk_lines = [json.loads(x) for x in (out / "manifest.jsonl").read_text().splitlines()[1:-1]]
    assert sorted(e["chunk"] for e in chunk_lines) == list(range(23))
    # Logs say counts, never note text.
    logs = (tmp_path / "first.log").read_text() + second.stderr
    for chart in charts[:44]:
        assert chart["documents"][0]["text"][:60] not in logs

"""The batch command: inputs, outputs, errors, resume (the kill -9 test is in test_kill.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

from nlp_checker.batch.outputs import OutputFolder
from nlp_checker.batch.runner import BatchOptions, run_batch
from nlp_checker.errors import InputError
from tests.batch.helpers import (
    CHARTS,
    corpus,
    read_errors,
    read_reports,
    read_rows,
    write_jsonl,
    write_parquet,
)

ROW_KEYS = {
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
}


def _run(tmp_path: Path, source: Path, name: str = "out", **options: object) -> tuple[Path, dict]:
    out = tmp_path / name
    summary = run_batch(BatchOptions(input=source, out=out, processes=1, chunk_size=16, **options))
    return out, summary


def _statuses(out: Path) -> dict[tuple[str, str], str]:
    return {(r["chart_id"], r["requirement"]): r["status"] for r in read_rows(out)}


@pytest.fixture(scope="module")
def folder_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    return _run(tmp_path_factory.mktemp("folder"), CHARTS)


def test_folder_run_writes_reports_rows_and_summary(folder_run: tuple[Path, dict], checker) -> None:
    out, summary = folder_run
    charts = [json.loads(p.read_text()) for p in sorted(CHARTS.glob("*.json"))]
    reports = read_reports(out)
    assert sorted(r["chart_id"] for r in reports) == sorted(c["chart_id"] for c in charts)
    rows = read_rows(out)
    assert set(rows[0]) == ROW_KEYS
    assert len(rows) == sum(len(r["requirements"]) for r in reports)
    # The same statuses as checking the charts one by one.
    expected = {
        (report.chart_id, req.id): req.status
        for report in checker.check_many(charts)
        for req in report.requirements
    }
    assert _statuses(out) == expected
    with_evidence = next(r for r in rows if r["evidence"])
    assert set(with_evidence["evidence"][0]) == {"document_id", "start", "end", "section"}
    assert all(r["ruleset_hash"] == checker.ruleset_info.hash for r in rows)
    assert summary["charts"] == len(charts) and summary["errors"] == 0
    assert sum(summary["statuses"].values()) == len(rows)
    assert summary["run"]["charts_per_second"] > 0
    assert json.loads((out / "summary.json").read_text())["charts"] == len(charts)


def test_jsonl_and_parquet_inputs_give_the_same_rows(tmp_path: Path, folder_run: tuple[Path, dict]) -> None:
    expected = _statuses(folder_run[0])
    charts = corpus()
    jsonl, _ = _run(tmp_path, write_jsonl(tmp_path / "charts.jsonl", charts), "jsonl")
    nested, _ = _run(tmp_path, write_parquet(tmp_path / "nested.parquet", charts), "nested")
    split, _ = _run(
        tmp_path,
        write_parquet(tmp_path / "charts.parquet", charts, tmp_path / "docs.parquet"),
        "split",
        documents=tmp_path / "docs.parquet",
    )
    assert _statuses(jsonl) == expected
    assert _statuses(nested) == expected
    assert _statuses(split) == expected


def test_invalid_charts_go_to_the_errors_file_and_the_run_goes_on(tmp_path: Path) -> None:
    good = corpus()[:3]
    secret = "Patient Jane Roe, SSN 123-45-6789"
    lines = [
        good[0],
        '{"chart_id": "broken", "documents": [',  # malformed JSON
        {"chart_id": "no-docs", "documents": []},
        {"chart_id": "bad-type", "documents": [{"id": "d1", "text": 42}]},
        {"chart_id": "bad-profile", "payer": {"profile": "nope"}, "documents": [{"id": "d", "text": secret}]},
        "[1, 2]",
        good[1],
        {"chart_id": "too-long", "documents": [{"id": "d", "text": "x" * 1_000_001}]},
        good[2],
    ]
    out, summary = _run(tmp_path, write_jsonl(tmp_path / "mixed.jsonl", lines))
    assert summary["charts"] == 3 and summary["errors"] == 6
    assert sorted(r["chart_id"] for r in read_reports(out)) == sorted(c["chart_id"] for c in good)
    errors = {e["source"].rsplit(":", 1)[1]: e for e in read_errors(out)}
    assert set(errors) == {"2", "3", "4", "5", "6", "8"}
    assert "malformed JSON" in errors["2"]["reason"]
    assert "documents" in errors["3"]["reason"] and errors["3"]["chart_id"] == "no-docs"
    assert errors["2"]["chart_id"] is None
    assert "documents.0.text" in errors["4"]["reason"]
    assert (
        "unknown profile" in errors["5"]["reason"]
        and "nope" not in errors["5"]["reason"]
        and errors["5"]["chart_id"] == "bad-profile"
    )
    assert "expected a chart object" in errors["6"]["reason"]
    assert "limit" in errors["8"]["reason"]
    assert secret not in (out / "errors" / "part-000000.jsonl").read_text()


def test_a_finished_run_is_not_redone_and_other_input_is_refused(
    tmp_path: Path, folder_run: tuple[Path, dict]
) -> None:
    out, summary = folder_run
    before = (out / "manifest.jsonl").read_text()
    again = run_batch(BatchOptions(input=CHARTS, out=out, processes=1, chunk_size=16))
    assert again == summary
    assert (out / "manifest.jsonl").read_text() == before
    with pytest.raises(InputError, match="other chunk_size"):
        run_batch(BatchOptions(input=CHARTS, out=out, processes=1, chunk_size=8))
    other = write_jsonl(tmp_path / "other.jsonl", corpus()[:2])
    with pytest.raises(InputError, match="other input"):
        run_batch(BatchOptions(input=other, out=out, processes=1, chunk_size=16))
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("x")
    with pytest.raises(InputError, match="not empty"):
        run_batch(BatchOptions(input=other, out=tmp_path / "busy", processes=1))


def test_resume_after_a_torn_manifest_line_and_an_uncommitted_part(tmp_path: Path) -> None:
    """What a kill leaves: a half-written manifest line, a part file without its manifest line, a temp."""
    source = write_jsonl(tmp_path / "charts.jsonl", corpus())
    out, _ = _run(tmp_path, source)
    expected = sorted(r["chart_id"] for r in read_reports(out))
    lines = (out / "manifest.jsonl").read_text().splitlines()
    # Keep the header and two chunks; tear the third line; leave chunk 2's parts in place.
    (out / "manifest.jsonl").write_text("\n".join(lines[:3]) + "\n" + lines[3][:25])
    (out / "reports" / ".part-000003.jsonl.tmp-99").write_text("half")
    _header, chunks, complete = OutputFolder(out).read_manifest()
    assert sorted(chunks) == [0, 1] and not complete
    summary = run_batch(BatchOptions(input=source, out=out, processes=1, chunk_size=16))
    assert sorted(r["chart_id"] for r in read_reports(out)) == expected
    assert summary["charts"] == len(expected)
    assert summary["run"]["chunks_committed_before"] == 2
    assert not list((out / "reports").glob(".*tmp*"))


def test_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        run_batch(BatchOptions(input=tmp_path / "missing.jsonl", out=tmp_path / "o"))
    (tmp_path / "charts.csv").write_text("a,b\n")
    with pytest.raises(InputError, match="JSON Lines"):
        run_batch(BatchOptions(input=tmp_path / "charts.csv", out=tmp_path / "o"))
    (tmp_path / "fake.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(InputError, match="not a readable Parquet"):
        run_batch(BatchOptions(input=tmp_path / "fake.parquet", out=tmp_path / "o"))
    with pytest.raises(InputError, match="unknown profile"):
        run_batch(BatchOptions(input=CHARTS, out=tmp_path / "o", profile="nope"))


def test_cli_exit_codes_and_one_line_errors(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from nlp_checker.cli import app

    runner = CliRunner()
    missing = runner.invoke(app, ["batch", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o")])
    assert missing.exit_code == 2
    assert missing.output.strip().count("\n") == 0 and "no such file or folder" in missing.output
    source = write_jsonl(tmp_path / "charts.jsonl", [corpus()[0], {"chart_id": "empty", "documents": []}])
    done = runner.invoke(
        app, ["batch", str(source), "--out", str(tmp_path / "o"), "-j", "1", "--no-progress"]
    )
    assert done.exit_code == 1  # one chart is in errors/
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert (summary["charts"], summary["errors"]) == (1, 1)

"""Command line: ``nlp-checker check | extract | evaluate`` through typer's CliRunner, plus one real
subprocess.

Exit codes: 0 every chart complete, 1 some chart has gaps, 2 bad input (one stderr line per bad file naming
the file and the problem). Never a Python traceback.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_checker.cli import app
from nlp_checker.requirements.models import CONTRACT_REQUIREMENTS
from tests.conftest import CORPUS
from tests.requirements.test_requirements import chart_for

CONTRACT_FIELDS = ("schema_version", "chart_id", "hcpcs", "profile", "complete", "requirements", "findings")


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    # click >= 8.2 keeps stdout and stderr apart (no mix_stderr argument any more)
    return CliRunner()


def run(runner: CliRunner, *args: str | Path):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, [str(a) for a in args])
    # an exception that escaped the command (anything but the typer.Exit / SystemExit that sets the code)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def assert_no_traceback(stderr: str) -> None:
    for marker in ("Traceback", 'File "', "╭", "│"):
        assert marker not in stderr, stderr


def write_chart(path: Path, chart: dict) -> Path:
    path.write_text(json.dumps(chart), encoding="utf-8")
    return path


@pytest.fixture()
def complete_chart(tmp_path: Path) -> Path:
    chart = chart_for("medicare")
    chart["chart_id"] = "enc-complete"
    return write_chart(tmp_path / "complete.json", chart)


@pytest.fixture()
def gap_chart(tmp_path: Path) -> Path:
    chart = chart_for("medicare", lot=None, dose=None)
    chart["chart_id"] = "enc-gaps"
    return write_chart(tmp_path / "gaps.json", chart)


# ----------------------------------------------------------------------------------------------------
# check: output formats and exit codes
# ----------------------------------------------------------------------------------------------------
def test_check_json_complete_chart_exits_0(runner, complete_chart):
    result = run(runner, "check", complete_chart, "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    for key in CONTRACT_FIELDS:
        assert key in report
    assert report["schema_version"] == 1
    assert report["chart_id"] == "enc-complete"
    assert report["hcpcs"] == "J2252"
    assert report["profile"] == "medicare"
    assert report["complete"] is True
    ids = [r["id"] for r in report["requirements"]]
    assert set(CONTRACT_REQUIREMENTS) <= set(ids)
    for r in report["requirements"]:
        assert set(r) >= {"id", "status", "message", "remediation", "evidence"}
    assert result.stderr == ""


def test_check_default_format_is_json(runner, complete_chart):
    result = run(runner, "check", complete_chart)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["chart_id"] == "enc-complete"


def test_check_chart_with_gaps_exits_1(runner, gap_chart):
    result = run(runner, "check", gap_chart)
    assert result.exit_code == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["complete"] is False
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["lot_number"] == "missing"
    assert statuses["dose_administered"] == "missing"
    assert result.stderr == ""


def test_check_markdown(runner, gap_chart):
    result = run(runner, "check", gap_chart, "--format", "markdown")
    assert result.exit_code == 1
    out = result.stdout
    assert out.startswith("# Gap report: enc-gaps")
    assert "| Requirement | Status | Finding |" in out
    assert "| lot_number | MISSING |" in out
    assert "| aatd_diagnosis | MET |" in out
    assert "Query to provider:" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_check_markdown_complete(runner, complete_chart):
    result = run(runner, "check", complete_chart, "-f", "markdown")
    assert result.exit_code == 0
    assert "complete: ready to submit" in result.stdout
    assert "| prior_authorization | N/A |" in result.stdout


@pytest.mark.parametrize(
    ("profile", "extra_ids"),
    [
        ("medicaid", {"smoking_status"}),
        ("commercial", {"smoking_status", "fev1_range"}),
    ],
)
def test_check_profile_override(runner, tmp_path, profile, extra_ids):
    chart = chart_for("medicare", pa=None)  # complete for medicare, lacks the PA the other payers need
    path = write_chart(tmp_path / "c.json", chart)
    assert run(runner, "check", path).exit_code == 0
    result = run(runner, "check", path, "--profile", profile)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["profile"] == profile
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert extra_ids <= set(statuses)
    assert statuses["prior_authorization"] == "missing"


def test_check_unknown_profile_option_exits_2(runner, complete_chart):
    result = run(runner, "check", complete_chart, "--profile", "tricare")
    assert result.exit_code == 2
    assert "tricare" in result.stderr
    assert result.stdout == ""
    assert_no_traceback(result.stderr)


def test_check_unknown_profile_in_chart_exits_2(runner, tmp_path):
    path = write_chart(tmp_path / "odd-payer.json", chart_for("tricare"))
    result = run(runner, "check", path)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "odd-payer.json" in lines[0] and "unknown profile" in lines[0]
    assert_no_traceback(result.stderr)


# ----------------------------------------------------------------------------------------------------
# check: bad input -> exit 2, exactly one stderr line naming the file and the problem, no traceback
# ----------------------------------------------------------------------------------------------------
GOOD_DOC = {"id": "d1", "type": "progress_note", "date": "2026-03-04", "text": "AATD with emphysema."}

BAD_INPUTS = [
    pytest.param("empty.json", b"", "empty", id="empty-file"),
    pytest.param("blank.json", b"  \n\n ", "empty", id="whitespace-only"),
    pytest.param("binary.json", b'{"chart_id": "x\x00\x01"}', "binary", id="binary-nul-bytes"),
    pytest.param(
        "latin1.json", '{"chart_id": "café", "documents": []}'.encode("latin-1"), "UTF-8", id="invalid-utf8"
    ),
    pytest.param(
        "note-latin1.txt", "Patient José, AATD.".encode("latin-1"), "UTF-8", id="invalid-utf8-text-note"
    ),
    pytest.param("broken.json", b'{"chart_id": "x", "documents": [', "malformed JSON", id="malformed-json"),
    pytest.param("nodocs.json", json.dumps({"chart_id": "x"}).encode(), "documents", id="missing-documents"),
    pytest.param(
        "nochartid.json", json.dumps({"documents": [GOOD_DOC]}).encode(), "chart_id", id="missing-chart-id"
    ),
    pytest.param(
        "emptydocs.json",
        json.dumps({"chart_id": "x", "documents": []}).encode(),
        "documents",
        id="empty-documents",
    ),
    pytest.param(
        "units-str.json",
        json.dumps(
            {
                "chart_id": "x",
                "documents": [GOOD_DOC],
                "claim_lines": [{"hcpcs": "J0256", "units": "480", "modifiers": []}],
            }
        ).encode(),
        "units",
        id="units-as-string",
    ),
    pytest.param(
        "text-num.json",
        json.dumps({"chart_id": "x", "documents": [{"id": "d1", "type": "other", "text": 42}]}).encode(),
        "text",
        id="text-as-number",
    ),
    pytest.param(
        "doc-type.json",
        json.dumps({"chart_id": "x", "documents": [{"id": "d1", "type": "email", "text": "AATD"}]}).encode(),
        "type",
        id="unknown-document-type",
    ),
    pytest.param(
        "bad-date.json",
        json.dumps({"chart_id": "x", "date_of_service": "2026-13-45", "documents": [GOOD_DOC]}).encode(),
        "date_of_service",
        id="invalid-date",
    ),
    pytest.param(
        "list.json", json.dumps([{"chart_id": "x", "documents": [GOOD_DOC]}]).encode(), "list", id="json-list"
    ),
]


@pytest.mark.parametrize(("name", "content", "problem"), BAD_INPUTS)
def test_check_bad_input_exits_2_with_one_line(runner, tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    result = run(runner, "check", path)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0]
    assert problem.lower() in lines[0].lower()
    assert_no_traceback(result.stderr)


def test_check_5mb_text_note_exits_2(runner, tmp_path):
    path = tmp_path / "huge-note.txt"
    sentence = "Patient seen for weekly alpha-1 augmentation, tolerating infusions well. "
    path.write_text(sentence * (5_000_000 // len(sentence) + 1), encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    result = run(runner, "check", path)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "huge-note.txt" in lines[0]
    assert "1,000,000" in lines[0] and "limit" in lines[0]
    assert_no_traceback(result.stderr)


def test_check_nonexistent_path_exits_2(runner, tmp_path):
    missing = tmp_path / "no-such-chart.json"
    result = run(runner, "check", missing)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no-such-chart.json" in lines[0] and "no such file" in lines[0]
    assert_no_traceback(result.stderr)


def test_check_empty_folder_exits_2(runner, tmp_path):
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    result = run(runner, "check", folder)
    assert result.exit_code == 2
    assert "nothing-here" in result.stderr
    assert_no_traceback(result.stderr)


def test_bad_file_does_not_stop_the_good_ones(runner, tmp_path, complete_chart):
    bad = tmp_path / "zz-broken.json"
    bad.write_text("{", encoding="utf-8")
    result = run(runner, "check", complete_chart, bad)
    assert result.exit_code == 2
    assert json.loads(result.stdout.strip().splitlines()[0])["chart_id"] == "enc-complete"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "zz-broken.json" in lines[0]


def test_check_deeply_nested_json_exits_2(runner, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert "deep.json" in result.stderr
    assert_no_traceback(result.stderr)


def test_check_lone_surrogate_in_text_exits_2(runner, tmp_path):
    path = tmp_path / "surrogate.json"
    path.write_text(
        '{"chart_id": "x", "documents": [{"id": "d1", "text": "AATD \\ud800 emphysema"}]}', encoding="utf-8"
    )
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert "surrogate.json" in result.stderr
    assert_no_traceback(result.stderr)


# ----------------------------------------------------------------------------------------------------
# check: folders and plain-text notes
# ----------------------------------------------------------------------------------------------------
def test_check_folder_of_charts(runner, tmp_path):
    folder = tmp_path / "charts"
    folder.mkdir()
    a, b = chart_for("medicare"), chart_for("medicare", lot=None)
    a["chart_id"], b["chart_id"] = "enc-a", "enc-b"
    write_chart(folder / "a.json", a)
    write_chart(folder / "b.json", b)
    result = run(runner, "check", folder)
    assert result.exit_code == 1  # enc-b has a gap
    reports = [json.loads(line) for line in result.stdout.strip().splitlines()]  # one compact object a line
    assert [r["chart_id"] for r in reports] == ["enc-a", "enc-b"]
    assert [r["complete"] for r in reports] == [True, False]


def test_check_folder_of_complete_charts_exits_0(runner, tmp_path):
    folder = tmp_path / "ok"
    folder.mkdir()
    for name in ("one", "two"):
        chart = chart_for("commercial")
        chart["chart_id"] = name
        write_chart(folder / f"{name}.json", chart)
    result = run(runner, "check", folder)
    assert result.exit_code == 0, result.stdout
    assert [json.loads(x)["chart_id"] for x in result.stdout.strip().splitlines()] == ["one", "two"]


def test_check_plain_text_note_chart_id_is_stem(runner, tmp_path):
    path = tmp_path / "visit-2026-03-04.txt"
    path.write_text(
        "Patient with alpha-1 antitrypsin deficiency, PI*ZZ, and emphysema.\nWt 80 kg\n", encoding="utf-8"
    )
    result = run(runner, "check", path)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["chart_id"] == "visit-2026-03-04"
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["aatd_diagnosis"] == "met"
    assert statuses["genotype"] == "met"
    assert statuses["units_match_dose"] == "not_applicable"  # no claim lines in a text note
    assert {f["document_id"] for f in report["findings"]} == {"visit-2026-03-04.txt"}


def test_check_folder_of_text_notes_is_one_chart(runner, tmp_path):
    folder = tmp_path / "enc-77"
    folder.mkdir()
    (folder / "note.txt").write_text("Alpha-1 antitrypsin deficiency with emphysema.\n", encoding="utf-8")
    # The infusion names its product: lot and dose are the A1PI product's only in a chart that names one.
    (folder / "infusion.txt").write_text(
        "Prolastin-C infusion.\nLot #: P3K1042\nDose given: 4800 mg\n", encoding="utf-8"
    )
    result = run(runner, "check", folder)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["chart_id"] == "enc-77"
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["aatd_diagnosis"] == "met"
    assert statuses["lot_number"] == "met"
    assert {f["document_id"] for f in report["findings"]} == {"note.txt", "infusion.txt"}


# ----------------------------------------------------------------------------------------------------
# extract and evaluate
# ----------------------------------------------------------------------------------------------------
def test_extract_prints_json_lines(runner, complete_chart):
    result = run(runner, "extract", complete_chart)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert rows
    assert {row["chart_id"] for row in rows} == {"enc-complete"}
    kinds = {row["kind"] for row in rows}
    assert {"aatd_diagnosis", "genotype", "serum_aat", "weight", "dose", "lot_number"} <= kinds
    for row in rows:
        assert {"document_id", "start", "end", "text", "assertion"} <= set(row)
    serum = next(row for row in rows if row["kind"] == "serum_aat")
    assert (serum["value"], serum["unit"]) == (28, "mg/dL")


def test_extract_keeps_negated_findings_with_assertions(runner, tmp_path):
    path = tmp_path / "neg.txt"
    path.write_text("No emphysema on CT.\n", encoding="utf-8")
    result = run(runner, "extract", path)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.strip().splitlines()]
    lung = [row for row in rows if row["kind"] == "lung_disease"]
    assert lung and lung[0]["assertion"]["negated"] is True


def test_extract_bad_input_exits_2(runner, tmp_path):
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    result = run(runner, "extract", path)
    assert result.exit_code == 2
    assert "empty.json" in result.stderr
    assert_no_traceback(result.stderr)


def test_evaluate_corpus_samples(runner):
    result = run(runner, "evaluate", CORPUS)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert 0.0 <= data["requirement_accuracy"] <= 1.0
    assert data["requirement_accuracy"] > 0.8
    assert data["requirements_scored"] > 0
    assert isinstance(data["errors"], int)


def test_evaluate_threshold_fails_with_exit_1(runner):
    result = run(runner, "evaluate", CORPUS, "--min-requirement-accuracy", "1.01")
    assert result.exit_code == 1


def test_evaluate_folder_without_gold_exits_2(runner, tmp_path):
    result = run(runner, "evaluate", tmp_path)
    assert result.exit_code == 2
    assert "charts/" in result.stderr and "gold/" in result.stderr


def test_no_arguments_shows_help(runner):
    result = runner.invoke(app, [])
    assert "check" in result.output and "extract" in result.output and "evaluate" in result.output


# ----------------------------------------------------------------------------------------------------
# The installed console script, in a real subprocess (proves the entry point), and `python -c main()`
# ----------------------------------------------------------------------------------------------------
def _console_script() -> str | None:
    return shutil.which("nlp-checker") or shutil.which("nlp-checker", path=str(Path(sys.executable).parent))


def test_console_script_entry_point(tmp_path, complete_chart):
    exe = _console_script()
    if exe is None:
        pytest.skip("nlp-checker console script not installed")
    missing = tmp_path / "missing.json"
    proc = subprocess.run(
        [exe, "check", str(complete_chart), str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2
    assert json.loads(proc.stdout.strip().splitlines()[0])["chart_id"] == "enc-complete"
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "missing.json" in lines[0]
    assert_no_traceback(proc.stderr)

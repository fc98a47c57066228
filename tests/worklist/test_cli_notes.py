"""CLI input a new user tries first (issue 10): text notes with front matter or options, a date heading
the note, several notes as one chart only when asked, binary formats refused with a hint, --version, and
document names ("Infusion record 02/10/2026") in Markdown citations."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_checker.cli import app
from nlp_checker.notes import (
    FrontMatterError,
    binary_format_hint,
    document_name,
    document_names,
    heading_date,
    parse_claim_line,
    parse_front_matter,
    section_name,
)
from tests.conftest import CORPUS

NOTES = CORPUS / "notes"
runner = CliRunner()


def test_document_names() -> None:
    assert document_name("infusion_record", dt.date(2026, 2, 10)) == "Infusion record 02/10/2026"
    assert document_name("lab_report", "2019-05-16") == "Lab report 05/16/2019"
    assert document_name("other", None) == "Note (undated)"
    names = document_names([("d1", "lab_report", "2019-05-16"), ("d2", "lab_report", "2019-05-16")])
    assert names == {"d1": "Lab report 05/16/2019", "d2": "Lab report 05/16/2019 (2)"}
    assert section_name("past_medical_history") == "Past medical history"
    assert section_name("hpi") == "History of present illness"


def test_front_matter_and_heading_date() -> None:
    note = parse_front_matter((NOTES / "infusion-2026-03-04.txt").read_text())
    assert note.chart_id == "note-demo-001"
    assert note.date_of_service == dt.date(2026, 3, 4)
    assert note.profile == "medicare" and note.type == "infusion_record"
    assert note.claim_lines == [
        {"hcpcs": "J0256", "units": 490, "modifiers": []},
        {"hcpcs": "J0256", "units": 10, "modifiers": ["JW"]},
    ]
    assert note.body.startswith("INFUSION CENTER FLOWSHEET")
    plain = parse_front_matter((NOTES / "clinic-note-no-front-matter.txt").read_text())
    assert plain.date_of_service == dt.date(2026, 3, 4) and not plain.had_front_matter
    assert heading_date("Infusion note February 10, 2026\nWt 80 kg") == dt.date(2026, 2, 10)
    with pytest.raises(FrontMatterError) as caught:
        parse_front_matter("---\nsecret_value: 123-45-6789\n---\ntext")
    assert "123-45-6789" not in str(caught.value)  # errors never echo note content
    with pytest.raises(ValueError):
        parse_claim_line("ninety units")
    assert parse_claim_line("J0256 x 490") == {"hcpcs": "J0256", "units": 490, "modifiers": []}


@pytest.mark.parametrize(
    ("raw", "name", "kind"),
    [
        (b"%PDF-1.7\n...", "note.txt", "PDF"),
        (b"PK\x03\x04\x14\x00", "note.docx", ".docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "note.doc", ".doc"),
        (b"{\\rtf1\\ansi note}", "note.rtf", "RTF"),
        (b"\x89PNG\r\n", "scan.png", "PNG"),
        (b"abc\x00def", "note.bin", "binary"),
        (b"plain text", "note.pdf", "PDF"),
    ],
)
def test_binary_formats_refused_with_hint(raw: bytes, name: str, kind: str) -> None:
    hint = binary_format_hint(raw, name)
    assert hint and kind in hint and "export the note as text, or send a FHIR DocumentReference" in hint
    assert binary_format_hint(b"Infusion note 02/10/2026", "note.txt") is None


def test_cli_refuses_pdf_and_docx(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "note.docx").write_bytes(b"PK\x03\x04 binary")
    result = runner.invoke(app, ["check", str(tmp_path / "scan.pdf"), str(tmp_path / "note.docx")])
    assert result.exit_code == 2
    assert result.output.count("export the note as text, or send a FHIR DocumentReference") == 2


def test_cli_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("nlp-checker ")


@pytest.mark.slow
def test_cli_front_matter_options_one_chart_and_names(tmp_path: Path) -> None:
    # Front matter carries the claim, the date and the payer: units and wastage are checked (met).
    result = runner.invoke(app, ["check", str(NOTES / "infusion-2026-03-04.txt")])
    report = json.loads(result.output)
    status = {r["id"]: r["status"] for r in report["requirements"]}
    assert report["chart_id"] == "note-demo-001" and report["date_of_service"] == "2026-03-04"
    assert status["units_match_dose"] == "met" and status["wastage_documented"] == "met"
    # Options on a note without front matter; the heading date is the date of service.
    result = runner.invoke(
        app,
        [
            "check",
            str(NOTES / "clinic-note-no-front-matter.txt"),
            "--claim-line",
            "J0256:490",
            "--profile",
            "commercial",
        ],
    )
    report = json.loads(result.output)
    assert report["date_of_service"] == "2026-03-04" and report["profile"] == "commercial"
    # A folder (with a subfolder) of notes: one chart, with a warning naming the files unless --one-chart.
    result = runner.invoke(app, ["check", str(NOTES / "aatd-visit"), "--format", "summary"])
    assert "1 chart(s)" in result.output and "warning: 4 notes" in result.output
    assert "3-genotype.txt" in result.output  # read from the subfolder
    result = runner.invoke(
        app,
        [
            "check",
            str(NOTES / "aatd-visit"),
            "--one-chart",
            "--claim-line",
            "J0256:490",
            "--claim-line",
            "J0256-JW:10",
            "--format",
            "summary",
        ],
    )
    assert "1 chart(s): 1 complete" in result.output and "warning" not in result.output
    # Notes sharing a chart_id become one chart with a warning naming the files.
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("---\nchart_id: shared\n---\nInfusion note 02/10/2026\nWt 80 kg\n")
    result = runner.invoke(app, ["check", str(tmp_path), "--format", "summary"])
    assert "warning" in result.output and "a.txt" in result.output and "b.txt" in result.output
    # Markdown citations name documents by type and date, not "(d1 [62:92])".
    result = runner.invoke(app, ["check", str(CORPUS / "charts" / "aatd-001.json"), "--format", "markdown"])
    assert "Infusion record 03/04/2026" in result.output
    assert "[" not in "".join(line for line in result.output.splitlines() if line.startswith("> "))


def test_sample_note_commands_of_the_readme_run() -> None:
    """Every `nlp-checker check corpus_samples/notes...` command of the notes README names real files."""
    text = (NOTES / "README.md").read_text()
    for line in text.splitlines():
        if line.startswith("nlp-checker check corpus_samples/notes"):
            path = Path(__file__).resolve().parents[2] / line.split()[2]
            assert path.exists(), line

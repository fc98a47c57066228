"""Every real input in shared/external/ is read and checked, or refused with a clear InputError."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_checker.cli import app
from nlp_checker.errors import InputError
from nlp_checker.ingest import iter_chart_sources
from tests.conftest import SHARED

EXTERNAL = SHARED / "external"
FILES = sorted(p for p in EXTERNAL.rglob("*") if p.is_file()) if EXTERNAL.exists() else []


@pytest.mark.external
@pytest.mark.skipif(not FILES, reason="shared/external is not beside the checkout")
def test_every_external_file_is_checked_or_refused_cleanly(checker) -> None:  # type: ignore[no-untyped-def]
    checked = refused = 0
    for path in FILES:
        for source, chart in iter_chart_sources([path]):
            if isinstance(chart, InputError):
                assert str(chart).startswith(str(path)), source
                refused += 1
                continue
            report = checker.check(chart)
            assert report.schema_version == 1 and report.requirements
            checked += 1
    assert checked >= 100
    assert checked + refused == len(FILES)


@pytest.mark.external
@pytest.mark.skipif(not FILES, reason="shared/external is not beside the checkout")
@pytest.mark.parametrize("folder", ["ccda", "hl7v2", "synthea"])
def test_cli_checks_external_folders_without_tracebacks(folder: str) -> None:
    result = CliRunner().invoke(app, ["check", str(EXTERNAL / folder), "--format", "summary"])
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    assert "chart(s):" in result.stdout


def test_ccda_sections_become_one_progress_note(tmp_path: Path) -> None:
    ccda = EXTERNAL / "ccda" / "Progress_Note.ccda"
    if not ccda.exists():
        pytest.skip("shared/external/ccda is not beside the checkout")
    [(_, chart)] = list(iter_chart_sources([ccda]))
    assert not isinstance(chart, InputError)
    document = chart.documents[0]
    assert document.type == "progress_note" and document.date is not None
    assert "CHIEF COMPLAINT:" in document.text and "Dark stools." in document.text
    assert "<" not in document.text


def test_hostile_xml_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        "<ClinicalDocument xmlns='urn:hl7-org:v3'>&lol2;</ClinicalDocument>",
        encoding="utf-8",
    )
    [(_, chart)] = list(iter_chart_sources([bomb]))
    assert isinstance(chart, InputError)
    assert "bomb.xml" in str(chart)

"""Importing the library does not import medspaCy (which loads PyRuSH and QuickUMLS code)."""

from __future__ import annotations

import subprocess
import sys


def test_import_nlp_checker_does_not_load_medspacy() -> None:
    code = (
        "import sys, nlp_checker, nlp_checker.pipeline, nlp_checker.findings;"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in "
        "('medspacy', 'PyRuSH', 'quickumls')}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

"""Locates the rule files shipped in ``patterns/``.

The wheel carries them as ``nlp_checker/patterns`` (hatch force-include); an editable
checkout reads the top-level ``patterns/`` folder that the editable hook maps in.
``NLP_CHECKER_PATTERNS`` overrides both, for a site's own rule set.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from nlp_checker.errors import RulesetError

PATTERNS_ENV = "NLP_CHECKER_PATTERNS"


def patterns_dir() -> Path:
    """Return the folder that holds the rule files."""
    override = os.environ.get(PATTERNS_ENV)
    if override:
        path = Path(override)
        if not path.is_dir():
            raise RulesetError(override, PATTERNS_ENV, "expected a folder of rule files, found none")
        return path
    packaged = Path(str(resources.files("nlp_checker"))) / "patterns"
    if packaged.is_dir():
        return packaged
    raise RulesetError("patterns/", "", "rule folder not found inside the installed package")

"""nlp-checker: documentation-gap checks for alpha-1 proteinase inhibitor (J2252) infusion claims.

Public API::

    from nlp_checker import Checker
    report = Checker(profile="medicare").check(chart)
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from nlp_checker.errors import InputError, NlpCheckerError, RulesetError

__version__ = "0.1.0"

logging.getLogger("nlp_checker").addHandler(logging.NullHandler())

# Imported on first use: `import nlp_checker` (and `nlp-checker --help`) must not load spaCy or medspaCy.
_LAZY = {
    "Checker": "nlp_checker.checker",
    "Chart": "nlp_checker.models",
    "Finding": "nlp_checker.models",
    "GapReport": "nlp_checker.models",
    "RequirementResult": "nlp_checker.models",
}

if TYPE_CHECKING:
    from nlp_checker.checker import Checker
    from nlp_checker.models import Chart, Finding, GapReport, RequirementResult


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'nlp_checker' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "Chart",
    "Checker",
    "Finding",
    "GapReport",
    "InputError",
    "NlpCheckerError",
    "RequirementResult",
    "RulesetError",
    "__version__",
]

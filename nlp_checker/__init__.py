"""nlp-checker: documentation-gap checks for alpha-1 proteinase inhibitor (J2252) infusion claims.

Public API::

    from nlp_checker import Checker
    report = Checker(profile="medicare").check(chart)
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger("nlp_checker").addHandler(logging.NullHandler())

from nlp_checker.checker import Checker  # noqa: E402
from nlp_checker.errors import InputError, NlpCheckerError, RulesetError  # noqa: E402
from nlp_checker.models import Chart, Finding, GapReport, RequirementResult  # noqa: E402

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

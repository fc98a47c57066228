"""Evaluates every requirement of a profile for one chart and returns report entries."""

from __future__ import annotations

from nlp_checker.errors import RulesetError
from nlp_checker.models import Chart, Finding, RequirementResult
from nlp_checker.requirements.context import EvaluationContext
from nlp_checker.requirements.evaluators import EVALUATORS
from nlp_checker.requirements.loader import Ruleset


def check_evaluators(ruleset: Ruleset) -> None:
    """Fail at start-up when a declared requirement has no evaluator."""
    missing = [r for r in ruleset.requirements if r not in EVALUATORS]
    if missing:
        raise RulesetError("ruleset.yaml", "requirements", f"no evaluator for requirement ids {missing}")


def evaluate(
    chart: Chart, findings: list[Finding], ruleset: Ruleset, profile_name: str
) -> list[RequirementResult]:
    profile = ruleset.profile(profile_name)
    ctx = EvaluationContext(chart=chart, profile=profile, codes=ruleset.codes, findings=findings)
    specs = ruleset.requirements
    results = []
    for requirement_id in profile.requirements:
        spec = specs[requirement_id]
        outcome = EVALUATORS[requirement_id](ctx)
        needs_action = outcome.status in ("missing", "conflict")
        results.append(
            RequirementResult(
                id=requirement_id,
                status=outcome.status,
                message=outcome.message,
                remediation=(outcome.remediation or spec.remediation) if needs_action else None,
                evidence=[f.evidence() for f in outcome.evidence],
                severity=spec.severity,
            )
        )
    return results

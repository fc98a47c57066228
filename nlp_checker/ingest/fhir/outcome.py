"""The gap report and input errors as FHIR R4 resources.

- ``report_to_fhir(report)``: a Bundle (collection) with one DetectedIssue per requirement that is
  ``missing`` or ``conflict`` (code = requirement id, detail = message, mitigation = remediation, evidence =
  the findings' resources or document spans) and an OperationOutcome summarizing the report.
- ``fhir_outcome(error)``: an OperationOutcome for an ``InputError`` (severity error, code ``structure``
  when the failing element is known, else ``invalid``; ``expression`` = the element path).

Everything produced is validated with fhir.resources' R4B models before it is returned.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from nlp_checker.errors import InputError, MissingExtraError
from nlp_checker.models import Evidence, GapReport, RequirementResult

REQUIREMENT_SYSTEM = "urn:nlp-checker:requirement"
STATUS_SYSTEM = "urn:nlp-checker:requirement-status"
_SEVERITY = {"high": "high", "medium": "moderate", "low": "low"}
_REFERENCE = re.compile(r"^[A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}$")
_LOCATED = re.compile(r"^((?:Bundle|[A-Z][A-Za-z]+)(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*): ")
_NAMESPACE = uuid.UUID("5b0c7c1e-8a53-4d6b-9d7e-6f1f3c0a2b11")


def _fhir_id(text: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9\-.]", "-", text).strip("-.") or "chart"
    return cleaned[:64]


def _expression(error: InputError) -> str | None:
    expression = getattr(error, "expression", None)
    if expression:
        return str(expression)
    match = _LOCATED.match(error.message)
    return match.group(1) if match else None


def fhir_outcome(error: InputError) -> dict[str, Any]:
    """An OperationOutcome (R4 JSON) describing why an input was refused."""
    expression = _expression(error)
    issue: dict[str, Any] = {
        "severity": "error",
        "code": "structure" if expression else "invalid",
        "diagnostics": str(error),
    }
    if expression:
        issue["expression"] = [expression]
    outcome = {"resourceType": "OperationOutcome", "issue": [issue]}
    return _validated("OperationOutcome", outcome)


def _validated(resource_type: str, data: dict[str, Any]) -> dict[str, Any]:
    from fhir.resources.R4B import get_fhir_model_class

    model = get_fhir_model_class(resource_type).model_validate(data)
    return dict(model.model_dump(mode="json", exclude_none=True))


def _evidence(evidence: list[Evidence]) -> list[dict[str, Any]]:
    items = []
    for item in evidence:
        if item.resource:
            reference: dict[str, Any] = {"display": f"{item.path or item.resource}: {item.text}"[:1000]}
            if _REFERENCE.match(item.resource):
                reference["reference"] = item.resource
        else:
            where = f"{item.document_id} [{item.start}:{item.end}]"
            reference = {"display": f'{where} "{item.text}"'[:1000]}
            if _REFERENCE.match(item.document_id):
                reference["reference"] = item.document_id
        items.append({"detail": [reference]})
    return items


def _detected_issue(report: GapReport, result: RequirementResult) -> dict[str, Any]:
    issue: dict[str, Any] = {
        "resourceType": "DetectedIssue",
        "id": _fhir_id(f"{report.chart_id}-{result.id}"),
        "status": "preliminary",
        "code": {
            "coding": [
                {"system": REQUIREMENT_SYSTEM, "code": result.id},
                {"system": STATUS_SYSTEM, "code": result.status},
            ],
            "text": result.id,
        },
        "detail": result.message,
    }
    if result.severity in _SEVERITY:
        issue["severity"] = _SEVERITY[result.severity]
    if report.date_of_service:
        issue["identifiedDateTime"] = report.date_of_service.isoformat()
    if result.evidence:
        issue["evidence"] = _evidence(result.evidence)
    if result.remediation:
        issue["mitigation"] = [{"action": {"text": result.remediation}}]
    return issue


def _summary(report: GapReport) -> dict[str, Any]:
    counts = {s: sum(r.status == s for r in report.requirements) for s in ("met", "missing", "conflict")}
    issues: list[dict[str, Any]] = [
        {
            "severity": "information",
            "code": "informational",
            "diagnostics": (
                f"chart {report.chart_id} ({report.profile}): "
                f"{'complete' if report.complete else 'gaps found'}; met {counts['met']}, "
                f"missing {counts['missing']}, conflict {counts['conflict']}"
            ),
        }
    ]
    for result in report.requirements:
        if result.status in ("missing", "conflict"):
            issues.append(
                {
                    "severity": "error" if result.status == "conflict" else "warning",
                    "code": "business-rule" if result.status == "conflict" else "required",
                    "details": {"coding": [{"system": REQUIREMENT_SYSTEM, "code": result.id}]},
                    "diagnostics": f"{result.id} {result.status}: {result.message}",
                }
            )
    for discrepancy in report.discrepancies:
        issues.append({"severity": "warning", "code": "conflict", "diagnostics": discrepancy.message})
    for note in report.notes:
        issues.append({"severity": "information", "code": "informational", "diagnostics": note})
    return {"resourceType": "OperationOutcome", "id": _fhir_id(f"{report.chart_id}-summary"), "issue": issues}


def report_to_fhir(report: GapReport) -> dict[str, Any]:
    """The gap report as a FHIR R4 Bundle (collection) of DetectedIssue resources plus an OperationOutcome."""
    resources = [
        _detected_issue(report, r) for r in report.requirements if r.status in ("missing", "conflict")
    ]
    resources.append(_summary(report))
    bundle = {
        "resourceType": "Bundle",
        "id": _fhir_id(f"gap-report-{report.chart_id}"),
        "type": "collection",
        "entry": [
            {
                "fullUrl": f"urn:uuid:{uuid.uuid5(_NAMESPACE, report.chart_id + '/' + resource['id'])}",
                "resource": resource,
            }
            for resource in resources
        ],
    }
    try:
        from fhir.resources.R4B.bundle import Bundle
    except ImportError:
        raise MissingExtraError("fhir", "writing a FHIR report") from None
    return dict(Bundle.model_validate(bundle).model_dump(mode="json", exclude_none=True))

"""Validates FHIR R4 JSON with fhir.resources' R4B models and lists the resources a chart is built from.

Every failure is a ``FhirInputError`` naming the element (``Bundle.entry[3].resource.valueQuantity.value``)
and what is wrong, from the first pydantic error. Input values are never copied into messages (they may
hold patient data).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from nlp_checker.errors import MissingExtraError
from nlp_checker.ingest.fhir.errors import FhirInputError, element_path

BUNDLE_TYPES = ("collection", "document", "transaction", "searchset", "batch")
SUPPORTED_TYPES = (
    "DocumentReference",
    "DiagnosticReport",
    "Composition",
    "Observation",
    "Medication",
    "MedicationAdministration",
    "Claim",
    "ClaimResponse",
    "Coverage",
    "Encounter",
    "Patient",
)


@dataclass(frozen=True)
class Entry:
    """One resource of the input with its element path and the URL a Bundle gives it."""

    resource: Any
    path: str
    full_url: str | None = None
    index: int = 0

    @property
    def type(self) -> str:
        return str(self.resource.get_resource_type())

    @property
    def reference(self) -> str:
        """``Type/id``: the id documents and evidence carry."""
        rid = getattr(self.resource, "id", None)
        if rid:
            return f"{self.type}/{rid}"
        return self.full_url or f"{self.type}/entry-{self.index}"


@dataclass(frozen=True)
class ParsedInput:
    root_type: str
    root: Any
    entries: list[Entry]


def _model_class(resource_type: Any, where: str) -> Any:
    expression = f"{where}.resourceType" if where else "resourceType"
    if not isinstance(resource_type, str) or not resource_type:
        raise FhirInputError("missing or not a string", expression=expression)
    try:
        from fhir.resources.R4B import get_fhir_model_class
    except ImportError:
        raise MissingExtraError("fhir", "reading FHIR") from None
    try:
        return get_fhir_model_class(resource_type)
    except (KeyError, ValueError, AttributeError, ImportError):
        raise FhirInputError("unknown FHIR R4 resource type", expression=expression) from None


def _precheck_bundle(data: dict[str, Any]) -> None:
    """Clear messages for what the models would report obscurely (or not as a ValidationError)."""
    entries = data.get("entry", [])
    if not isinstance(entries, list):
        raise FhirInputError("expected a list of entries", expression="Bundle.entry")
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise FhirInputError("expected an object", expression=f"Bundle.entry[{i}]")
        resource = entry.get("resource")
        if resource is None:
            continue
        if not isinstance(resource, dict):
            raise FhirInputError("expected a resource object", expression=f"Bundle.entry[{i}].resource")
        _model_class(resource.get("resourceType"), f"Bundle.entry[{i}].resource")


def _validate(model: Any, data: dict[str, Any], root: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        message = str(first.get("msg", "invalid")).replace("\n", " ")
        raise FhirInputError(message + more, expression=element_path(root, tuple(first["loc"]))) from None
    except RecursionError:
        raise FhirInputError("nested too deeply", expression=root) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # fhir.resources raises these for a contained resource of an unknown type and similar shapes.
        raise FhirInputError(f"cannot be read as FHIR R4 ({type(exc).__name__})", expression=root) from None


def parse_fhir(data: Any) -> ParsedInput:
    """Validate a decoded JSON value as a FHIR R4 Bundle or single resource."""
    if not isinstance(data, dict):
        raise FhirInputError(f"expected a FHIR resource object, found {type(data).__name__}")
    resource_type = data.get("resourceType")
    model = _model_class(resource_type, "")
    root = str(resource_type)
    if root == "Bundle":
        _precheck_bundle(data)
        bundle = _validate(model, data, "Bundle")
        kind = str(bundle.type or "")
        if kind not in BUNDLE_TYPES:
            raise FhirInputError(
                f"this Bundle type is not read; expected one of {list(BUNDLE_TYPES)}",
                expression="Bundle.type",
            )
        entries = [
            Entry(entry.resource, f"Bundle.entry[{i}].resource", entry.fullUrl, i)
            for i, entry in enumerate(bundle.entry or [])
            if entry.resource is not None
        ]
        return ParsedInput(root, bundle, entries)
    if root not in SUPPORTED_TYPES:
        raise FhirInputError(
            f"a single {root} is not read; expected a Bundle or one of {list(SUPPORTED_TYPES)}",
            expression=f"{root}.resourceType",
        )
    resource = _validate(model, data, root)
    return ParsedInput(root, resource, [Entry(resource, root)])

"""FHIR R4 reader: a Bundle or one resource -> ``ChartSource``; gap reports and input errors as FHIR.

``read_fhir(data, source)`` reads DocumentReference / DiagnosticReport / Composition text, Observation,
Medication, MedicationAdministration, Claim, Coverage, Encounter and Patient resources (validated with
fhir.resources' R4B models, which validate R4 resources). ``looks_like_fhir(data)`` tells FHIR JSON from
chart JSON. ``report_to_fhir(report)`` and ``fhir_outcome(error)`` render results as FHIR resources.
"""

from __future__ import annotations

from nlp_checker.ingest.fhir.errors import FhirInputError
from nlp_checker.ingest.fhir.outcome import fhir_outcome, report_to_fhir
from nlp_checker.ingest.fhir.reader import PLACEHOLDER_ID, looks_like_fhir, read_fhir
from nlp_checker.ingest.fhir.text import html_to_text

__all__ = [
    "PLACEHOLDER_ID",
    "FhirInputError",
    "fhir_outcome",
    "html_to_text",
    "looks_like_fhir",
    "read_fhir",
    "report_to_fhir",
]

"""``read_fhir``: a FHIR R4 Bundle (collection, document, transaction, searchset, batch) or one resource
of a supported type -> ``ChartSource`` (the Chart the NLP pipeline reads, plus structured facts).

Chart fields: ``chart_id`` = the Claim's identifier or id, else the Encounter's, else the Bundle's id or
identifier, else the source file name, else the Patient's id (never a name); ``date_of_service`` = the
Claim's date, else the latest document date, else the latest administration date. When no resource holds
text, the chart gets one empty document (``fhir-structured``) so that its structured facts are evaluated.
Attachments are never fetched over the network.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import PurePath
from typing import Any

from pydantic import ValidationError

from nlp_checker.ingest.fhir.claims import read_claims, read_payer, read_preauthorization
from nlp_checker.ingest.fhir.common import to_date
from nlp_checker.ingest.fhir.documents import read_documents
from nlp_checker.ingest.fhir.errors import FhirInputError, element_path
from nlp_checker.ingest.fhir.medications import read_administration, read_medication
from nlp_checker.ingest.fhir.observations import FactsRead, read_observation
from nlp_checker.ingest.fhir.parse import Entry, ParsedInput, parse_fhir
from nlp_checker.ingest.structured import StructuredVocabulary
from nlp_checker.models import Chart
from nlp_checker.rules import RuleBundle, default_bundle
from nlp_checker.sources import NO_TEXT_DOCUMENT, ChartSource

logger = logging.getLogger("nlp_checker")

PLACEHOLDER_ID = "fhir-structured"


def looks_like_fhir(data: Any) -> bool:
    """True for a decoded JSON object that is a FHIR resource (it names a ``resourceType``)."""
    return isinstance(data, dict) and isinstance(data.get("resourceType"), str)


def _index(parsed: ParsedInput) -> dict[str, Any]:
    """References resolvable inside the input: ``Type/id``, ``fullUrl`` and the fullUrl's tail."""
    index: dict[str, Any] = {}
    for entry in parsed.entries:
        resource = entry.resource
        if getattr(resource, "id", None):
            index.setdefault(f"{entry.type}/{resource.id}", resource)
        if entry.full_url:
            index.setdefault(entry.full_url, resource)
    return index


def _encounter_id(encounters: list[Entry]) -> str | None:
    if not encounters:
        return None

    def start(entry: Entry) -> dt.date:
        period = entry.resource.period
        return to_date(getattr(period, "start", None)) or dt.date.min

    latest = max(encounters, key=start).resource
    for identifier in latest.identifier or []:
        if identifier.value and identifier.value.strip():
            return str(identifier.value.strip())
    return latest.id


def _encounter_date(encounters: list[Entry]) -> tuple[dt.date | None, str | None]:
    """``Encounter.period.start`` of the latest Encounter (used when there is no Claim to date the visit)."""
    dated = []
    for entry in encounters:
        resource = entry.resource
        if resource.status in ("cancelled", "entered-in-error"):
            continue
        start = to_date(getattr(resource.period, "start", None)) if resource.period is not None else None
        if start is not None:
            dated.append((start, entry.reference))
    if not dated:
        return None, None
    start, reference = max(dated)
    return start, f"{reference} (Encounter.period.start)"


def _chart_id(
    parsed: ParsedInput, claim_id: str | None, by_type: dict[str, list[Entry]], source: str | None
) -> str:
    candidates: list[str | None] = [claim_id, _encounter_id(by_type.get("Encounter", []))]
    if parsed.root_type == "Bundle":
        bundle = parsed.root
        candidates.append(bundle.id)
        candidates.append(getattr(bundle.identifier, "value", None) if bundle.identifier else None)
    if source:
        candidates.append(PurePath(source).stem)
    patients = by_type.get("Patient", [])
    if patients and patients[0].resource.id:
        candidates.append(f"patient-{patients[0].resource.id}")
    if parsed.root_type != "Bundle" and getattr(parsed.root, "id", None):
        candidates.append(f"{parsed.root_type}-{parsed.root.id}")
    for candidate in candidates:
        if candidate and str(candidate).strip():
            return str(candidate).strip()[:200]
    return "fhir-chart"


def _build(parsed: ParsedInput, source: str | None, rules: RuleBundle) -> ChartSource:
    by_type: dict[str, list[Entry]] = {}
    for entry in parsed.entries:
        by_type.setdefault(entry.type, []).append(entry)
    index = _index(parsed)
    binaries = {key: value for key, value in index.items() if value.get_resource_type() == "Binary"}

    vocabulary = StructuredVocabulary(rules)
    documents = read_documents(parsed.entries, binaries, vocabulary)
    facts = FactsRead(vocabulary)
    for entry in parsed.entries:
        if entry.type == "Observation":
            read_observation(entry, facts)
        elif entry.type == "Medication":
            read_medication(entry, facts)
        elif entry.type == "MedicationAdministration":
            read_administration(entry, index, facts)
    claim = read_claims(by_type.get("Claim", []))
    payer = read_payer(by_type.get("Coverage", []), claim.payer_names, index, vocabulary)
    warnings = documents.warnings + facts.warnings + claim.warnings
    if payer.note:
        warnings.append(payer.note)
    prior_authorization = claim.prior_authorization or read_preauthorization(
        by_type.get("ClaimResponse", []), warnings
    )

    docs = documents.documents
    if not docs:
        warnings.append(NO_TEXT_DOCUMENT)
        docs = [{"id": PLACEHOLDER_ID, "type": "other", "date": None, "text": ""}]
    date_of_service, date_source = claim.date_of_service, claim.date_source
    if date_of_service is None:
        date_of_service, date_source = _encounter_date(by_type.get("Encounter", []))
    if date_of_service is None:
        dated = [dt.date.fromisoformat(d["date"]) for d in docs if d.get("date")]
        administered = [
            f.date for f in facts.facts if f.kind in ("dose", "infusion_start") and f.date is not None
        ]
        if dated or administered:
            date_of_service = max(dated or administered)
            date_source = "the latest document date" if dated else "the latest administration date"
    if date_of_service is not None:
        warnings.append(f"Date of service {date_of_service.isoformat()} from {date_source}.")
    else:
        warnings.append("No date of service in the input (Claim, Encounter, documents).")

    chart: dict[str, Any] = {
        "chart_id": _chart_id(parsed, claim.chart_id, by_type, source),
        "date_of_service": date_of_service,
        "documents": docs,
    }
    if payer.profile:
        chart["payer"] = {"profile": payer.profile, "name": payer.name}
    if prior_authorization:
        chart["prior_authorization"] = prior_authorization[:200]
    if claim.claim_lines:
        chart["claim_lines"] = claim.claim_lines
    try:
        model = Chart.model_validate(chart)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise FhirInputError(
            f"the chart built from it is invalid: {first['msg']}",
            expression=element_path("chart", first["loc"]),
        ) from None
    logger.info(
        "read FHIR input: resources=%d documents=%d facts=%d warnings=%d",
        len(parsed.entries),
        len(documents.documents),
        len(facts.facts),
        len(warnings),
    )
    return ChartSource(chart=model, facts=facts.facts, warnings=list(dict.fromkeys(warnings)))


def read_fhir(data: Any, source: str | None = None, rules: RuleBundle | None = None) -> ChartSource:
    """Read a decoded FHIR R4 JSON value (a Bundle or one supported resource) as a chart with its facts.

    ``rules``: the bundle whose code tables, product names and payer map apply (default: the shipped one).

    Raises ``FhirInputError`` (an ``InputError``) whose message starts with the failing element's path.
    """
    try:
        return _build(parse_fhir(data), source, rules if rules is not None else default_bundle())
    except FhirInputError as exc:
        raise exc.located(source) from None

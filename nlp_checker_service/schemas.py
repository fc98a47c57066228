"""Request and response models of the HTTP API, with the worked examples shown at ``/docs``.

The chart and the gap report are the library's contract models (``nlp_checker.models``); this module
adds the batch envelope, the ruleset description, health answers and the error body.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from nlp_checker.models import GapReport

EXAMPLE_CHART: dict[str, Any] = {
    "chart_id": "enc-2026-000123",
    "date_of_service": "2026-03-04",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 490, "modifiers": []},
        {"hcpcs": "J0256", "units": 10, "modifiers": ["JW"]},
    ],
    "documents": [
        {
            "id": "d1",
            "type": "progress_note",
            "date": "2026-03-04",
            "text": "HPI: 67 y/o M with alpha-1 antitrypsin deficiency (PI*ZZ) and panlobular emphysema on "
            "weekly Prolastin-C augmentation. Remains stable on augmentation, no exacerbations in the past "
            "12 months.\nSocial History: Former smoker, quit 2010.\nVitals: Wt 81.6 kg\n"
            "Spirometry: FEV1 48% predicted.\nPlan: Continue Prolastin-C 60 mg/kg IV weekly.",
        },
        {
            "id": "d2",
            "type": "lab_report",
            "date": "2019-05-16",
            "text": "Alpha-1-Antitrypsin, S   28   L   mg/dL   100-190\nGenotype: PI*ZZ",
        },
        {
            "id": "d3",
            "type": "infusion_record",
            "date": "2026-03-04",
            "text": "Drug: Prolastin-C\nWt: 81.6 kg\nExp: 11/30/2027\nStart time: 09:30\nStop 10:02\n"
            "Dose given: 4900 mg\nWaste: 100 mg discarded",
        },
    ],
}

_ASSERTION = {
    "negated": False,
    "historical": False,
    "hypothetical": False,
    "family": False,
    "uncertain": False,
}
EXAMPLE_REPORT: dict[str, Any] = {
    "schema_version": 1,
    "chart_id": "enc-2026-000123",
    "hcpcs": "J2252",
    "profile": "medicare",
    "complete": False,
    "requirements": [
        {
            "id": "serum_aat_level",
            "status": "met",
            "message": "Serum AAT 28 mg/dL (5.4 uM), below 57 mg/dL.",
            "remediation": None,
            "evidence": [
                {
                    "document_id": "d2",
                    "start": 0,
                    "end": 39,
                    "text": "Alpha-1-Antitrypsin, S   28   L   mg/dL",
                }
            ],
            "severity": "high",
        },
        {
            "id": "lot_number",
            "status": "missing",
            "message": "No lot number documented for this patient.",
            "remediation": "Please document the lot number of the product administered.",
            "evidence": [],
            "severity": "low",
        },
    ],
    "findings": [
        {
            "kind": "serum_aat",
            "document_id": "d2",
            "start": 0,
            "end": 39,
            "text": "Alpha-1-Antitrypsin, S   28   L   mg/dL",
            "section": None,
            "assertion": _ASSERTION,
            "rule_id": "serum_aat.aat_level",
            "value": 28,
            "unit": "mg/dL",
        },
    ],
    "date_of_service": "2026-03-04",
    "ruleset": {"id": "j2252-a1pi-documentation", "version": "2026.11.1", "hash": "sha256:1bbb395d..."},
    "notes": [],
    "checker_version": "0.1.0",
}

EXAMPLE_MARKDOWN = (
    "# Gap report: enc-2026-000123\n\n- Code: J2252; profile: medicare; date of service: 2026-03-04\n"
    "- Result: **1 gap(s) to resolve**\n\n| Requirement | Status | Finding |\n|---|---|---|\n"
    "| lot_number | MISSING | No lot number documented for this patient. |\n"
)

EXAMPLE_FHIR_BUNDLE: dict[str, Any] = {
    "resourceType": "Bundle",
    "id": "enc-2026-000123",
    "type": "collection",
    "entry": [
        {
            "resource": {
                "resourceType": "DocumentReference",
                "id": "note-1",
                "status": "current",
                "type": {"text": "Progress note"},
                "date": "2026-03-04T10:00:00Z",
                "content": [
                    {
                        "attachment": {
                            "contentType": "text/plain",
                            "data": "QUFURCAoUEkqWlopIHdpdGggcGFubG9idWxhciBlbXBoeXNlbWEuIFdlaWdo"
                            "dCA4MS42IGtnLg==",
                        }
                    }
                ],
            }
        },
        {
            "resource": {
                "resourceType": "Observation",
                "id": "aat-1",
                "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "1825-9"}]},
                "effectiveDateTime": "2025-11-02",
                "valueQuantity": {"value": 28, "unit": "mg/dL", "system": "http://unitsofmeasure.org"},
            }
        },
    ],
}

EXAMPLE_HL7V2 = (
    "MSH|^~\\&|LAB|HOSP|NLPC|HOSP|202603041200||ORU^R01^ORU_R01|MSG0001|P|2.5.1\r"
    "PID|1||MRN123\r"
    "OBR|1||LAB1|1825-9^Alpha-1-antitrypsin^LN|||202511021000\r"
    "OBX|1|NM|1825-9^Alpha 1 antitrypsin^LN||28|mg/dL|100-190|L|||F\r"
)


EXAMPLE_RULESET: dict[str, Any] = {
    "id": "j2252-a1pi-documentation",
    "version": "2026.11.1",
    "hash": "sha256:1bbb395d...",
    "hcpcs": "J2252",
    "checker_version": "0.1.0",
    "requirements": [{"id": "aatd_diagnosis", "title": "AATD diagnosis", "severity": "high"}],
    "profiles": {"medicare": ["aatd_diagnosis", "genotype", "serum_aat_level"]},
    "codes": [
        {
            "code": "J0257",
            "descriptor": "Injection, alpha 1 proteinase inhibitor (human), (glassia), 10 mg",
            "billing_unit_mg": 10.0,
            "products": ["Glassia"],
            "note": None,
            "source": "CMS HCPCS",
        }
    ],
}

EXAMPLE_BATCH_RESPONSE: dict[str, Any] = {
    "checked": 1,
    "failed": 1,
    "results": [
        {"index": 0, "status": "checked", "chart_id": "enc-2026-000123", "report": EXAMPLE_REPORT},
        {
            "index": 1,
            "status": "error",
            "chart_id": "enc-2026-000124",
            "error": "documents.0.text: Input should be a valid string",
        },
    ],
}


def json_example(example: Any, description: str = "Success") -> dict[int | str, dict[str, Any]]:
    """A ``responses=`` entry that shows ``example`` for the 200 answer at /docs."""
    return {200: {"description": description, "content": {"application/json": {"example": example}}}}


class ErrorBody(BaseModel):
    """Every error response: a stable code, a message naming the field or document, the request id."""

    error: str = Field(examples=["invalid_chart"])
    message: str = Field(examples=["documents.0.text: Input should be a valid string"])
    request_id: str | None = None


class BatchRequest(BaseModel):
    """Charts to check in one request; each is validated on its own (a bad one fails only itself)."""

    charts: list[Any] = Field(
        min_length=1,
        description="Charts in the contract format (schema version 1); at most the configured batch size.",
        json_schema_extra={"items": {"$ref": "#/components/schemas/Chart"}},
    )


class BatchChecked(BaseModel):
    index: int = Field(description="Position of the chart in the request.")
    status: Literal["checked"] = "checked"
    chart_id: str
    report: GapReport


class BatchFailed(BaseModel):
    index: int = Field(description="Position of the chart in the request.")
    status: Literal["error"] = "error"
    chart_id: str | None = Field(description="The chart's id when it could be read.")
    error: str = Field(description="What is wrong, naming the field or the document.")


BatchItem = Annotated[BatchChecked | BatchFailed, Field(discriminator="status")]


class BatchResponse(BaseModel):
    checked: int
    failed: int
    results: list[BatchItem] = Field(description="One entry per chart, in request order.")


class RequirementInfo(BaseModel):
    id: str
    title: str
    severity: str


class CodeInfo(BaseModel):
    code: str
    descriptor: str
    billing_unit_mg: float
    products: list[str]
    note: str | None = None
    source: str


class RulesetResponse(BaseModel):
    id: str
    version: str
    hash: str
    hcpcs: str
    checker_version: str
    requirements: list[RequirementInfo]
    profiles: dict[str, list[str]] = Field(
        description="Each payer profile and the requirement ids it checks."
    )
    codes: list[CodeInfo]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Ready(BaseModel):
    status: Literal["ready"] = "ready"
    ruleset: str = Field(description="Ruleset id, version and hash of the loaded pipeline.")

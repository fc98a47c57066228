"""Typed records of the contract (``shared/spec/CONTRACT.md``): the chart in, the gap report out."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictFloat,
    StrictInt,
    StrictStr,
    field_validator,
    model_serializer,
)
from pydantic_core import PydanticCustomError

from nlp_checker.kinds import VALUE_FIELDS

SCHEMA_VERSION: Literal[1] = 1

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: Any) -> Any:
    """Dates are ISO strings (``YYYY-MM-DD``) or ``datetime.date`` objects; never numbers (pydantic would read
    ``0`` as 1970-01-01), never datetime strings or compact forms."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError(
                "date_value", "expected an ISO date string (YYYY-MM-DD): no such date"
            ) from None
    raise PydanticCustomError("date_type", "expected an ISO date string (YYYY-MM-DD)")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
"""A date of the contract: an ISO ``YYYY-MM-DD`` string in JSON (a ``datetime.date`` from Python), strict."""

DocumentType = Literal["progress_note", "lab_report", "infusion_record", "other"]
Status = Literal["met", "missing", "conflict", "not_applicable"]


class _Input(BaseModel):
    # Unknown keys are kept (the contract may grow); wrong types are errors, never coerced.
    model_config = ConfigDict(extra="allow", frozen=True)


class Document(_Input):
    """One note, lab report or infusion record."""

    id: StrictStr = Field(min_length=1, max_length=200)
    type: DocumentType = "other"
    date: IsoDate | None = None
    text: StrictStr

    @field_validator("text")
    @classmethod
    def _encodable(cls, value: str) -> str:
        # JSON may carry lone surrogate escapes ("\ud800") that no UTF-8 text can hold.
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError(
                f"text holds an unpaired surrogate (U+{ord(value[exc.start]):04X}) at offset {exc.start}"
            ) from None
        return value


class ClaimLine(_Input):
    """One line of the claim: a HCPCS code, its units and modifiers."""

    hcpcs: StrictStr = Field(min_length=1, max_length=20)
    # Checked below: ``Field(ge=0)`` on a union writes a raw "ge" into the JSON schema (not a JSON
    # Schema keyword), and per-member bounds put pydantic's member tags into the error's field path.
    units: StrictInt | StrictFloat = Field(json_schema_extra={"minimum": 0})
    modifiers: list[StrictStr] = Field(default_factory=list)

    @field_validator("units")
    @classmethod
    def _non_negative(cls, value: float) -> float:
        if value != value or value in (float("inf"), float("-inf")):
            raise PydanticCustomError("finite_number", "Input should be a finite number")
        if value < 0:
            raise PydanticCustomError("greater_than_equal", "Input should be greater than or equal to 0")
        return value

    @property
    def code(self) -> str:
        return self.hcpcs.strip().upper()

    @property
    def modifier_set(self) -> frozenset[str]:
        return frozenset(m.strip().upper() for m in self.modifiers)


class Payer(_Input):
    profile: StrictStr = "medicare"
    name: StrictStr | None = None


class Chart(_Input):
    """One encounter (one date of service) with its documents and claim lines."""

    chart_id: StrictStr = Field(min_length=1, max_length=200)
    date_of_service: IsoDate | None = None
    payer: Payer | None = None
    prior_authorization: StrictStr | None = None
    claim_lines: list[ClaimLine] | None = None
    documents: list[Document] = Field(min_length=1)

    @property
    def service_date(self) -> dt.date | None:
        """The date of service, else the latest document date."""
        if self.date_of_service:
            return self.date_of_service
        dates = [d.date for d in self.documents if d.date]
        return max(dates) if dates else None

    @property
    def profile_name(self) -> str:
        return self.payer.profile if self.payer else "medicare"


class Assertion(BaseModel):
    """ConText and section assertions of one finding."""

    model_config = ConfigDict(frozen=True)

    negated: bool = False
    historical: bool = False
    hypothetical: bool = False
    family: bool = False
    uncertain: bool = False

    @property
    def affirmed(self) -> bool:
        """True when the finding is asserted for this patient (historical facts included)."""
        return not (self.negated or self.hypothetical or self.family or self.uncertain)


class Finding(BaseModel):
    """A fact found in a document, normalized, with its span and provenance."""

    model_config = ConfigDict(frozen=True)

    kind: str
    document_id: str
    start: int
    end: int
    text: str
    section: str | None = None
    assertion: Assertion = Field(default_factory=Assertion)
    rule_id: str | None = None
    value: Any = None
    unit: str | None = None
    value_kg: float | None = None
    value_um: float | None = None
    alleles: list[str] | None = None
    method: str | None = None
    date: dt.date | None = None
    # Structured sources (FHIR, HL7 v2): the resource or segment the value came from and its path there.
    resource: str | None = None
    path: str | None = None
    # Administration findings of the document-structure layer: the role that made the value a dose, a waste
    # or an infusion time, the evidence that decided it (label, column header, verb, ...), and its visit.
    role: str | None = None
    reason: dict[str, str] | None = None
    visit_date: dt.date | None = None

    @model_serializer(mode="wrap")
    def _drop_empty_kind_fields(self, handler: Any) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        for name in (*VALUE_FIELDS, "role", "reason", "visit_date"):
            if data.get(name) is None:
                data.pop(name, None)
        return data

    def evidence(self) -> Evidence:
        return Evidence(
            document_id=self.document_id,
            start=self.start,
            end=self.end,
            text=self.text,
            section=self.section,
            resource=self.resource,
            path=self.path,
        )


class Evidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    document_id: str
    start: int
    end: int
    text: str
    section: str | None = None
    resource: str | None = None
    path: str | None = None

    @model_serializer(mode="wrap")
    def _drop_empty_source(self, handler: Any) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        for name in ("resource", "path"):
            if data.get(name) is None:
                data.pop(name, None)
        return data


class Discrepancy(BaseModel):
    """Structured data and note text disagree (a weight of 82 kg in an Observation, 92 kg in the note)."""

    kind: str
    message: str
    evidence: list[Evidence] = Field(default_factory=list)


class RequirementResult(BaseModel):
    id: str
    status: Status
    message: str
    remediation: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    severity: str | None = None


class RulesetInfo(BaseModel):
    id: str
    version: str
    hash: str


class GapReport(BaseModel):
    """The gap report, schema version 1."""

    schema_version: Literal[1] = SCHEMA_VERSION
    chart_id: str
    hcpcs: str = "J2252"
    profile: str
    complete: bool
    requirements: list[RequirementResult]
    findings: list[Finding]
    date_of_service: dt.date | None = None
    ruleset: RulesetInfo | None = None
    notes: list[str] = Field(default_factory=list)
    discrepancies: list[Discrepancy] = Field(default_factory=list)
    checker_version: str | None = None

    def requirement(self, requirement_id: str) -> RequirementResult:
        for result in self.requirements:
            if result.id == requirement_id:
                return result
        raise KeyError(requirement_id)

    @property
    def statuses(self) -> dict[str, str]:
        return {r.id: r.status for r in self.requirements}

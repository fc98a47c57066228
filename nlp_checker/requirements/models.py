"""Pydantic models of the requirement ruleset, payer profiles and code table (``patterns/requirements``)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Severity = Literal["high", "medium", "low"]
CONTRACT_REQUIREMENTS = (
    "aatd_diagnosis",
    "genotype",
    "serum_aat_level",
    "lung_disease_evidence",
    "patient_weight",
    "dose_administered",
    "dose_matches_weight",
    "units_match_dose",
    "wastage_documented",
    "lot_number",
    "expiration_date",
    "infusion_times",
    "response_to_therapy",
    "prior_authorization",
    "code_selection",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RulesetMeta(_Strict):
    id: str
    version: str
    hcpcs: str


class RequirementSpec(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    severity: Severity
    finding_kinds: list[str] = Field(min_length=1)
    remediation: str


class RulesetFile(_Strict):
    ruleset: RulesetMeta
    requirements: list[RequirementSpec]

    @model_validator(mode="after")
    def _contract_ids_present(self) -> RulesetFile:
        ids = [r.id for r in self.requirements]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate requirement ids: {duplicates}")
        missing = [i for i in CONTRACT_REQUIREMENTS if i not in ids]
        if missing:
            raise ValueError(f"the contract's requirement ids must all be declared; missing: {missing}")
        return self


class CodeSpec(_Strict):
    code: str = Field(pattern=r"^[A-Z]\d{4}$")
    descriptor: str
    billing_unit_mg: float = Field(gt=0)
    drug: str
    products: list[str]
    note: str | None = None
    source: str


class CodeTable(_Strict):
    codes: list[CodeSpec] = Field(min_length=1)

    def get(self, code: str) -> CodeSpec | None:
        return next((c for c in self.codes if c.code == code.upper()), None)


class SerumAatPolicy(_Strict):
    threshold_um: float = Field(gt=0)
    threshold_by_unit: dict[Literal["mg/dL", "g/L", "uM"], dict[str, float]]
    um_per_mg_dl: float = Field(gt=0)

    @field_validator("threshold_by_unit")
    @classmethod
    def _defaults_present(cls, value: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
        for unit, by_method in value.items():
            if "default" not in by_method:
                raise ValueError(f"threshold_by_unit.{unit} needs a 'default' entry")
        return value

    def threshold(self, unit: str, method: str | None) -> float | None:
        by_method = self.threshold_by_unit.get(unit)  # type: ignore[call-overload]
        if by_method is None:
            return None
        return by_method.get(method or "default", by_method["default"])

    def to_um(self, value: float, unit: str) -> float | None:
        factor = {"uM": 1.0, "mg/dL": self.um_per_mg_dl, "g/L": self.um_per_mg_dl * 100}.get(unit)
        return None if factor is None else value * factor


class GenotypePolicy(_Strict):
    deficient_alleles: list[str]
    deficient_pairs: list[tuple[str, str]] = Field(default_factory=list)
    pairs_needing_low_level: list[tuple[str, str]] = Field(default_factory=list)


class DosePolicy(_Strict):
    mg_per_kg: float = Field(gt=0)
    tolerance_fraction: float = Field(ge=0, le=1)


class WastagePolicy(_Strict):
    reimbursed: bool
    jw_jz_required: bool


class SmokingPolicy(_Strict):
    accepted: list[Literal["never", "former", "current"]]


class Profile(_Strict):
    name: str
    requirements: list[str] = Field(min_length=1)
    prior_authorization_required: bool
    serum_aat: SerumAatPolicy
    genotype: GenotypePolicy
    dose: DosePolicy
    wastage: WastagePolicy
    smoking: SmokingPolicy
    fev1_percent_range: tuple[float, float] | None = None
    overnight_infusion: tuple[str, str] = ("20:00", "04:00")

    @field_validator("overnight_infusion")
    @classmethod
    def _clock_times(cls, value: tuple[str, str]) -> tuple[str, str]:
        for item in value:
            if not re.fullmatch(r"(?:[01]\d|2[0-3]):[0-5]\d", item):
                raise ValueError(f"expected HH:MM, found {item!r}")
        return value


class ProfilesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    defaults: dict[str, object] | None = None
    profiles: dict[str, Profile] = Field(min_length=1)

"""``patterns/ehr/*.yaml``: what EHR feeds code that the structured readers (FHIR R4, HL7 v2) map.

- ``payer_codes.yaml``: coded payer / plan types (SOPT, v3 ActCode, HL7 v2 IN1-15) -> payer profile;
- ``billing.yaml``: which coding systems are HCPCS / CPT, and a site's chargemaster -> HCPCS map;
- ``document_types.yaml``: LOINC document types, FHIR document categories and the HL7 v2 TXA-2 table.

Every table is data with its sources; the models reject unknown keys, and ``check_profiles`` rejects a
profile the ruleset does not define.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from nlp_checker.rules.types import RegexField

DocumentTypeName = Literal["progress_note", "lab_report", "infusion_record", "other"]


def _system_key(systems: dict[str, list[str]], written: str | None) -> str | None:
    if not written:
        return None
    text = written.strip()
    for name, aliases in systems.items():
        if text == name or text in aliases or text.lower() in (a.lower() for a in aliases):
            return name
    return None


class PayerCode(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    system: str
    code: str = Field(min_length=1)
    profile: str | None  # None: a known code that does not decide the profile
    display: str = Field(min_length=1)
    prefix: bool = False


class PayerCodes(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: dict[str, str] = Field(min_length=1)
    systems: dict[str, list[str]] = Field(min_length=1)
    codes: list[PayerCode]

    @model_validator(mode="after")
    def _declared(self) -> PayerCodes:
        unknown = sorted({c.system for c in self.codes} - set(self.systems))
        if unknown:
            raise ValueError(f"codes name systems not declared under systems: {unknown}")
        missing = sorted(set(self.systems) - set(self.sources))
        if missing:
            raise ValueError(f"systems without a source: {missing}")
        return self

    def system_name(self, written: str | None) -> str | None:
        return _system_key(self.systems, written)

    def match(self, system: str | None, code: str | None) -> PayerCode | None:
        """The row for a coded plan type (exact code first, else the longest prefix row); None if unknown."""
        name = self.system_name(system)
        value = (code or "").strip()
        if name is None or not value:
            return None
        best: PayerCode | None = None
        for row in self.codes:
            if row.system != name:
                continue
            if row.code.upper() == value.upper():
                return row
            if row.prefix and value.startswith(row.code) and (best is None or len(row.code) > len(best.code)):
                best = row
        return best


class ChargemasterRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(min_length=1)
    system: str | None = None
    hcpcs: str = Field(min_length=1, max_length=20)
    units_per_quantity: float = Field(default=1, gt=0)
    description: str | None = None
    source: str = Field(min_length=1)


class BillingCodes(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    hcpcs_systems: list[str] = Field(min_length=1)
    cpt_systems: list[str] = Field(min_length=1)
    uncoded_pattern: RegexField
    chargemaster: list[ChargemasterRow] = Field(default_factory=list)

    def is_billing_system(self, system: str | None) -> bool:
        if not system:
            return False
        text = system.strip().lower()
        return any(text == s.lower() for s in (*self.hcpcs_systems, *self.cpt_systems))

    def looks_like_billing_code(self, code: str) -> bool:
        return bool(self.uncoded_pattern.search(code.strip().upper()))

    def chargemaster_row(self, code: str, system: str | None) -> ChargemasterRow | None:
        value = code.strip()
        for row in self.chargemaster:
            if row.code == value and (row.system is None or (system or "").strip() == row.system):
                return row
        return None


class CategoryRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    system: str
    code: str = Field(min_length=1)
    type: DocumentTypeName


class DocumentTypes(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: dict[str, str] = Field(min_length=1)
    loinc: dict[str, DocumentTypeName]
    categories: list[CategoryRow] = Field(default_factory=list)
    txa_2: dict[str, DocumentTypeName] = Field(default_factory=dict)

    def by_loinc(self, code: str | None) -> DocumentTypeName | None:
        return self.loinc.get((code or "").strip()) if code else None

    def by_category(self, system: str | None, code: str | None) -> DocumentTypeName | None:
        for row in self.categories:
            if row.code == (code or "").strip() and (not system or system == row.system):
                return row.type
        return None

    def by_txa_2(self, code: str | None) -> DocumentTypeName | None:
        if not code:
            return None
        value = code.strip()
        return self.txa_2.get(value) or self.txa_2.get(value.upper())


class EhrTables(BaseModel):
    """The three tables, as the bundle hands them to the readers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    payer_codes: PayerCodes
    billing: BillingCodes
    document_types: DocumentTypes

    def unknown_profiles(self, known: set[str]) -> list[str]:
        return sorted({c.profile for c in self.payer_codes.codes if c.profile is not None} - known)

"""``patterns/structured_codes.yaml``: which coded result (LOINC, SNOMED CT) is which finding kind."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from nlp_checker.rules.types import RegexField


class CodedKind(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    system: str
    code: str = Field(min_length=1)
    kind: str | None  # None: a code that is deliberately not read (FEV1/FVC is a ratio)
    unit: str | None = None  # read only when the result has this unit


class StructuredCodes(BaseModel):
    """Code systems by their names in FHIR (URI) and HL7 v2 (coding-system id), and the code table."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    systems: dict[str, list[str]] = Field(min_length=1)
    codes: list[CodedKind] = Field(min_length=1)
    a1pi_generic_name: RegexField

    @model_validator(mode="after")
    def _known_systems(self) -> StructuredCodes:
        unknown = sorted({c.system for c in self.codes} - set(self.systems))
        if unknown:
            raise ValueError(f"codes name systems not declared under systems: {unknown}")
        return self

    def system_name(self, written: str | None) -> str | None:
        """``loinc`` for "http://loinc.org" or "LN"; None for an unknown or absent system."""
        if not written:
            return None
        for name, aliases in self.systems.items():
            if written in aliases or written.lower() == name:
                return name
        return None

    def match(self, system: str | None, code: str, unit: str | None = None) -> CodedKind | None:
        """The table row for a coding (a coding without a system matches any system's code)."""
        name = self.system_name(system)
        for row in self.codes:
            if row.code != code or (system and name != row.system):
                continue
            if row.unit is not None and (unit or "").strip() != row.unit:
                continue
            return row
        return None

"""Maps payer names found in EHR data to a payer profile (``patterns/requirements/payers.yaml``)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from nlp_checker.rules.types import IgnoreCaseRegexField


class PayerRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: IgnoreCaseRegexField
    profile: str


class PayerMap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: list[PayerRule] = Field(min_length=1)
    default: str = "medicare"

    def profile_for(self, *names: str | None) -> str | None:
        """The profile of the first rule matching any of the names; None when no name is given."""
        text = " | ".join(n for n in names if n)
        if not text.strip():
            return None
        for rule in self.rules:
            if rule.pattern.search(text):
                return rule.profile
        return self.default

"""Maps payer names found in EHR data to a payer profile (``patterns/requirements/payers.yaml``)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from nlp_checker.errors import RulesetError
from nlp_checker.resources import patterns_dir


class PayerRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    profile: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from exc
        return value


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
            if re.search(rule.pattern, text, re.IGNORECASE):
                return rule.profile
        return self.default


@lru_cache(maxsize=8)
def load_payer_map(folder: Path | None = None) -> PayerMap:
    path = (folder or patterns_dir()) / "requirements" / "payers.yaml"
    try:
        return PayerMap.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError) as exc:
        raise RulesetError(str(path), "", f"cannot read: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        raise RulesetError(str(path), ".".join(map(str, first["loc"])), first["msg"]) from exc

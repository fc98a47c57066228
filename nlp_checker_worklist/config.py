"""The worklist settings in ``patterns/worklist.yaml``: workflow (statuses, transitions), scoring, prices."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from nlp_checker.rules import RuleBundle, default_bundle
from nlp_checker.rules.files import read_rule_file, validate_rules

FILE_NAME = "worklist.yaml"


class WorklistConfig(BaseModel):
    """Validated content of ``worklist.yaml``; the defaults are the shipped values."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    statuses: list[str] = Field(
        default_factory=lambda: [
            "new",
            "in_review",
            "query_sent",
            "ready",
            "submitted",
            "on_hold",
            "not_a1pi",
        ],
        min_length=1,
    )
    initial: str = "new"
    transitions: dict[str, list[str]] = Field(
        default_factory=lambda: {
            "new": ["in_review", "query_sent", "on_hold"],
            "in_review": ["query_sent", "ready", "on_hold"],
            "query_sent": ["in_review", "on_hold"],
            "ready": ["submitted", "in_review", "on_hold"],
            "submitted": [],
            "on_hold": ["new", "in_review"],
            "not_a1pi": ["in_review", "on_hold"],
        }
    )
    query_status: str = "query_sent"
    reopen_to: str = "in_review"
    reopen_when: Literal["all", "any"] = "all"
    # A chart that bills no A1PI code starts (and, re-checked, stays) in this status, never queried.
    not_a1pi_status: str = "not_a1pi"
    # Moving to these statuses with open missing/conflict gaps needs an override by one of override_roles,
    # with a reason (audited, exported).
    override_statuses: list[str] = Field(default_factory=lambda: ["ready", "submitted"])
    override_roles: list[str] = Field(default_factory=lambda: ["reviewer", "admin"])
    # Statuses the list hides unless asked for (finished work, charts that are not A1PI claims).
    hidden_by_default: list[str] = Field(default_factory=lambda: ["submitted", "not_a1pi"])
    severity_weights: dict[str, float] = Field(
        default_factory=lambda: {"high": 3.0, "medium": 2.0, "low": 1.0}
    )
    default_severity_weight: float = Field(default=1.0, ge=0)
    status_weights: dict[Literal["missing", "conflict"], float] = Field(
        default_factory=lambda: {"missing": 1.0, "conflict": 1.5}  # type: ignore[arg-type]
    )
    price_per_unit: dict[str, float] = Field(default_factory=dict)
    default_price_per_unit: float = Field(default=0.0, ge=0)
    currency: str = "USD"

    @model_validator(mode="after")
    def _consistent(self) -> WorklistConfig:
        known = set(self.statuses)
        if len(known) != len(self.statuses):
            raise ValueError("statuses: duplicate status names")
        for name in (
            self.initial,
            self.query_status,
            self.reopen_to,
            self.not_a1pi_status,
            *self.override_statuses,
            *self.hidden_by_default,
        ):
            if name not in known:
                raise ValueError(f"status {name!r} is not listed in statuses {self.statuses}")
        for source, targets in self.transitions.items():
            if source not in known:
                raise ValueError(f"transitions.{source}: unknown status; expected one of {self.statuses}")
            unknown = [t for t in targets if t not in known]
            if unknown:
                raise ValueError(f"transitions.{source}: unknown target statuses {unknown}")
        absent = [s for s in self.statuses if s not in self.transitions]
        if absent:
            raise ValueError(f"transitions: every status needs an entry (use []); missing: {absent}")
        if self.reopen_to not in self.transitions[self.query_status]:
            raise ValueError(f"transitions.{self.query_status} must allow reopen_to {self.reopen_to!r}")
        for table, values in (
            ("severity_weights", self.severity_weights),
            ("price_per_unit", self.price_per_unit),
        ):
            negative = [k for k, v in values.items() if v < 0]
            if negative:
                raise ValueError(f"{table}: negative values for {negative}")
        return self

    def allowed(self, status: str) -> list[str]:
        """The statuses an item in ``status`` may move to."""
        return list(self.transitions.get(status, []))

    def price(self, code: str) -> float:
        return self.price_per_unit.get(code.strip().upper(), self.default_price_per_unit)


def load_config(path: Path | None = None) -> WorklistConfig:
    """Read a ``worklist.yaml`` file (default: the one of the shipped rule bundle)."""
    if path is None:
        return default_config()
    return validate_rules(WorklistConfig, read_rule_file(path) or {}, path)


def config_from_bundle(bundle: RuleBundle) -> WorklistConfig:
    """The worklist configuration of a rule bundle (its ``worklist.yaml``, validated here)."""
    return validate_rules(WorklistConfig, bundle.document(FILE_NAME) or {}, bundle.path(FILE_NAME))


_default: WorklistConfig | None = None


def default_config() -> WorklistConfig:
    """The configuration of the shipped rule bundle (validated once per process)."""
    global _default
    if _default is None:
        _default = config_from_bundle(default_bundle())
    return _default

"""Denial-risk score of a gap report and the amount at stake of a chart's claim lines."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from nlp_checker.models import GapReport
from nlp_checker_worklist.config import WorklistConfig

GAP_STATUSES = ("missing", "conflict")


@dataclass(frozen=True)
class Score:
    risk: float
    billed_units: float
    amount_at_stake: float

    @property
    def priority(self) -> float:
        return round(self.risk * self.amount_at_stake, 4)


def gaps(report: GapReport) -> list[tuple[str, str, str | None]]:
    """(requirement id, status, severity) of every requirement that is missing or in conflict."""
    return [(r.id, r.status, r.severity) for r in report.requirements if r.status in GAP_STATUSES]


def risk_score(report: GapReport, config: WorklistConfig) -> float:
    """Sum over the gaps of severity weight x status weight (conflict weighs more than missing)."""
    total = 0.0
    for _, status, severity in gaps(report):
        weight = config.severity_weights.get(severity or "", config.default_severity_weight)
        total += weight * config.status_weights.get(status, 1.0)  # type: ignore[call-overload]
    return round(total, 4)


def amount_at_stake(claim_lines: Iterable[dict[str, Any]], config: WorklistConfig) -> tuple[float, float]:
    """(billed units, amount) over claim lines ``{"hcpcs", "units", ...}``: units x price per unit."""
    units = amount = 0.0
    for line in claim_lines:
        line_units = float(line.get("units") or 0)
        units += line_units
        amount += line_units * config.price(str(line.get("hcpcs", "")))
    return round(units, 4), round(amount, 2)


def score(report: GapReport, claim_lines: Iterable[dict[str, Any]], config: WorklistConfig) -> Score:
    units, amount = amount_at_stake(claim_lines, config)
    return Score(risk=risk_score(report, config), billed_units=units, amount_at_stake=amount)

"""Claim lines as a coder reads them: each line's code, modifiers and units, the product and billing unit of
the code from the code table, and the units the documentation supports (administered dose / billing unit,
rounded up; JW: discarded amount / billing unit, rounded down). Also whether a chart is an A1PI claim at all.

No note text here: only codes, units and the findings' normalized values."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from nlp_checker.models import GapReport


class ClaimLineView(BaseModel):
    model_config = ConfigDict(frozen=True)

    hcpcs: str
    modifiers: list[str]
    units: float
    descriptor: str | None
    products: list[str]
    billing_unit_mg: float | None
    drug: str | None
    expected_units: float | None
    basis: str | None  # how expected_units was computed, e.g. "4,920 mg given / 10 mg"
    matches: bool | None


@lru_cache(maxsize=1)
def _codes() -> dict[str, Any]:
    from nlp_checker.rules import default_bundle

    return {c.code: c for c in default_bundle().ruleset.codes.codes}


def is_a1pi_claim(claim_lines: Iterable[dict[str, Any]] | None) -> bool:
    """False when the chart bills lines and none of them is a code of the code table (an A1PI code, or
    J0222, a known A1PI coding error): e.g. an office visit and spirometry for a referral. A chart with no
    claim lines is treated as an A1PI claim (its line is not known yet)."""
    lines = list(claim_lines or [])
    if not lines:
        return True
    return any(str(line.get("hcpcs", "")).upper() in _codes() for line in lines)


def _affirmed(finding: Any) -> bool:
    a = finding.assertion
    return not (a.negated or a.hypothetical or a.family or a.uncertain)


def claim_line_views(report: GapReport | None, claim_lines: Iterable[dict[str, Any]]) -> list[ClaimLineView]:
    """Every claim line with its code-table entry and the units the report's findings support."""
    findings = report.findings if report else []
    doses = [
        float(f.value)
        for f in findings
        if f.kind == "dose" and _affirmed(f) and isinstance(f.value, int | float) and f.role != "order"
    ]
    waste = [float(f.value) for f in findings if f.kind == "wastage" and isinstance(f.value, int | float)]
    dose = doses[0] if len(set(doses)) == 1 else None
    wasted = max(waste) if waste else None
    views = []
    for line in claim_lines:
        code = str(line.get("hcpcs", "")).upper()
        modifiers = [str(m).upper() for m in line.get("modifiers") or []]
        units = float(line.get("units") or 0)
        spec = _codes().get(code)
        expected: float | None = None
        basis: str | None = None
        if spec is not None:
            unit = spec.billing_unit_mg
            if "JW" in modifiers:
                if wasted is not None:
                    expected = float(math.floor(wasted / unit + 1e-9))
                    basis = f"{wasted:,.0f} mg discarded / {unit:g} mg per unit, rounded down"
            elif dose is not None:
                expected = float(math.ceil(dose / unit - 1e-9))
                basis = f"{dose:,.0f} mg given / {unit:g} mg per unit, rounded up"
        views.append(
            ClaimLineView(
                hcpcs=code,
                modifiers=modifiers,
                units=units,
                descriptor=spec.descriptor if spec else None,
                products=list(spec.products) if spec else [],
                billing_unit_mg=spec.billing_unit_mg if spec else None,
                drug=spec.drug if spec else None,
                expected_units=expected,
                basis=basis,
                matches=None if expected is None else abs(expected - units) < 1e-9,
            )
        )
    return views


def claim_summary(claim_lines: Iterable[dict[str, Any]]) -> str:
    """'J0256 x 4,920; J0256-JW x 8' (every line, never one code with the units of all lines summed)."""
    parts = []
    for line in claim_lines:
        code = "-".join(
            [str(line.get("hcpcs", "")).upper(), *[str(m).upper() for m in line.get("modifiers") or []]]
        )
        parts.append(f"{code} x {float(line.get('units') or 0):,g}")
    return "; ".join(parts) or "no claim lines"

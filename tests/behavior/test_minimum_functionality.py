"""CheckList minimum-functionality and trap tests: per finding kind, a pass rate at or above thresholds.yaml.

A failing kind prints its failed cases (want / affirmed / snippet); `python bench/behavior.py` shows all.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.behavior import generate
from tests.behavior.conftest import minimum
from tests.behavior.test_generation import CONTRACT_KINDS


def _check(results: list[generate.Result], kind: str, polarity: str, floor: float) -> None:
    mine = [r for r in results if r.case.kind == kind and r.case.polarity == polarity]
    assert mine, f"no {polarity} cases for {kind}"
    rate = sum(r.passed for r in mine) / len(mine)
    failed = "\n".join(r.detail for r in mine if not r.passed)
    assert rate >= floor - 1e-9, f"{kind} {polarity}: pass rate {rate:.3f} < {floor:.2f}\n{failed}"


@pytest.mark.parametrize("kind", sorted(CONTRACT_KINDS))
def test_minimum_functionality(kind: str, results: list[generate.Result], thresholds: dict[str, Any]) -> None:
    _check(results, kind, "positive", minimum(thresholds, "minimum_functionality", kind))


@pytest.mark.parametrize("kind", sorted(CONTRACT_KINDS))
def test_traps_affirm_no_finding_of_the_trapped_value(
    kind: str, results: list[generate.Result], thresholds: dict[str, Any]
) -> None:
    _check(results, kind, "trap", minimum(thresholds, "traps", kind))

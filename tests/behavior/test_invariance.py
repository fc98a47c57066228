"""CheckList invariance and directional tests over every chart of corpus_samples/charts.

Invariance: a format-preserving rewrite keeps every requirement status. Directional: an edit of one
documented fact moves its requirement to the expected status. Rates are over the charts each rewrite
applies to; minimums come from thresholds.yaml.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.behavior import perturb
from tests.behavior.conftest import minimum

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", list(perturb.INVARIANCE))
def test_invariance(name: str, invariance: dict[str, list[Any]], thresholds: dict[str, Any]) -> None:
    rows = invariance[name]
    assert rows, f"{name} changed no corpus chart"
    rate = sum(1 for _cid, diff in rows if not diff) / len(rows)
    changed = "\n".join(f"{cid}: {diff}" for cid, diff in rows if diff)
    assert rate >= minimum(thresholds, "invariance", name) - 1e-9, f"{name}: {rate:.3f}\n{changed}"


@pytest.mark.parametrize("name", [d.name for d in perturb.DIRECTIONAL])
def test_directional(name: str, directional: dict[str, list[Any]], thresholds: dict[str, Any]) -> None:
    rows = directional[name]
    assert rows, f"{name} applies to no corpus chart"
    rate = sum(1 for _cid, got, want in rows if got == want) / len(rows)
    wrong = "\n".join(f"{cid}: got {got}, want {want}" for cid, got, want in rows if got != want)
    assert rate >= minimum(thresholds, "directional", name) - 1e-9, f"{name}: {rate:.3f}\n{wrong}"


def test_perturbations_never_touch_the_original(corpus_data: list[Any]) -> None:
    import copy

    chart, gold = corpus_data[0]
    before = copy.deepcopy(chart)
    for perturb_fn in perturb.INVARIANCE.values():
        perturb_fn(chart, gold)
    assert chart == before

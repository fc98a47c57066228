"""Fixtures of the behavioral suite: generated cases and their results, computed once per session."""

from __future__ import annotations

from typing import Any

import pytest

from tests.behavior import generate, perturb


@pytest.fixture(scope="session")
def thresholds() -> dict[str, Any]:
    return generate.load_thresholds()


@pytest.fixture(scope="session")
def cases() -> list[generate.Case]:
    return generate.generate_cases()


@pytest.fixture(scope="session")
def results(checker: Any, cases: list[generate.Case]) -> list[generate.Result]:
    return generate.run_all(checker, cases)


@pytest.fixture(scope="session")
def corpus_data() -> list[Any]:
    return perturb.corpus()


@pytest.fixture(scope="session")
def invariance(checker: Any, corpus_data: list[Any]) -> dict[str, list[Any]]:
    return perturb.run_invariance(checker, corpus_data)


@pytest.fixture(scope="session")
def directional(checker: Any, corpus_data: list[Any]) -> dict[str, list[Any]]:
    return perturb.run_directional(checker, corpus_data)


def minimum(thresholds: dict[str, Any], section: str, name: str) -> float:
    """The enforced minimum: the measured floor for entries below 0.5, else the section's threshold."""
    below = (thresholds.get("below_floor") or {}).get(section) or {}
    return float(below.get(name, thresholds[section][name]))

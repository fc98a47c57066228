"""The generated behavioral cases: coverage of the contract kinds, determinism, clean wrappers."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.behavior import generate

CONTRACT_KINDS = {
    "aatd_diagnosis",
    "genotype",
    "serum_aat",
    "weight",
    "dose",
    "wastage",
    "lot_number",
    "expiration_date",
    "infusion_start",
    "infusion_end",
    "lung_disease",
    "fev1",
    "response_to_therapy",
    "prior_authorization",
    "smoking_status",
    "drug_product",
}


def test_every_contract_kind_has_50_positive_cases_and_traps(cases: list[generate.Case]) -> None:
    positives = Counter(c.kind for c in cases if c.polarity == "positive")
    traps = Counter(c.kind for c in cases if c.polarity == "trap")
    assert set(positives) == CONTRACT_KINDS
    assert {k: n for k, n in positives.items() if n < 50} == {}
    assert set(traps) == CONTRACT_KINDS


def test_generation_is_deterministic(cases: list[generate.Case]) -> None:
    again = generate.generate_cases()
    assert [(c.id, c.snippet, c.expect, c.forbid) for c in again] == [
        (c.id, c.snippet, c.expect, c.forbid) for c in cases
    ]
    assert len({c.id for c in cases}) == len(cases)


def test_no_unfilled_slot_left_in_a_snippet(cases: list[generate.Case]) -> None:
    for case in cases:
        left = [m.group(0) for m in generate._SLOT.finditer(case.snippet) if m.group(0) != "{blank}"]
        assert not left, case.id


def test_thresholds_cover_every_kind(thresholds: dict[str, Any]) -> None:
    assert set(thresholds["minimum_functionality"]) == CONTRACT_KINDS
    assert set(thresholds["traps"]) == CONTRACT_KINDS
    assert all(v >= 0.5 for v in thresholds["minimum_functionality"].values())


def test_wrappers_alone_affirm_nothing_of_the_kinds_they_wrap(checker: Any) -> None:
    """A positive case must pass because of its snippet, never because of the chart around it."""
    spec = generate.load_spec()
    for group in spec["groups"]:
        kinds = group["kind"] if isinstance(group["kind"], list) else [group["kind"]]
        names = {group["wrapper"]} | {t["wrapper"] for t in group.get("positive", []) if "wrapper" in t}
        for name in names:
            chart = generate.make_chart("", spec["wrappers"][name], f"wrapper-{name}")
            findings = checker.extract(chart)
            for kind in kinds:
                assert generate.affirmed_keys(findings, kind) == [], (name, kind)

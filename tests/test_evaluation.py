"""Extraction and requirement quality on the annotated corpus (corpus_samples/), with thresholds."""

from __future__ import annotations

import json

import pytest

from nlp_checker.evaluation import Evaluation, finding_key, load_gold
from nlp_checker.ingest import load_json_chart

from .conftest import CORPUS

MIN_REQUIREMENT_ACCURACY = 0.97
MIN_FINDING_MICRO_F1 = 0.93


@pytest.fixture(scope="module")
def evaluation(checker) -> Evaluation:  # type: ignore[no-untyped-def]
    gold = load_gold(CORPUS / "gold")
    charts = [load_json_chart(CORPUS / "charts" / f"{chart_id}.json") for chart_id in gold]
    result = Evaluation()
    for chart, report in zip(charts, checker.check_many(charts), strict=True):
        result.add(report, gold[chart.chart_id])
    return result


def test_corpus_size_and_coverage() -> None:
    gold = load_gold(CORPUS / "gold")
    charts = [load_json_chart(CORPUS / "charts" / f"{chart_id}.json") for chart_id in gold]
    assert len(charts) >= 40
    assert sum(len(c.documents) for c in charts) >= 120
    assert {c.profile_name for c in charts} == {"medicare", "medicaid", "commercial"}
    statuses = {(rid, status) for g in gold.values() for rid, status in g["requirements"].items()}
    for requirement in (
        "serum_aat_level",
        "genotype",
        "dose_matches_weight",
        "units_match_dose",
        "wastage_documented",
        "expiration_date",
        "code_selection",
    ):
        for status in ("met", "missing", "conflict"):
            if (requirement, status) not in statuses and not (
                requirement == "units_match_dose" and status == "missing"
            ):
                pytest.fail(f"corpus has no chart where {requirement} is {status}")
    kinds = {f["kind"] for g in gold.values() for f in g["findings"]}
    assert kinds >= {
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


def test_requirement_accuracy_meets_threshold(evaluation: Evaluation) -> None:
    assert evaluation.requirement_total >= 40 * 15
    assert evaluation.requirement_accuracy >= MIN_REQUIREMENT_ACCURACY, "\n".join(evaluation.errors)


def test_finding_micro_f1_meets_threshold(evaluation: Evaluation) -> None:
    micro = evaluation.micro
    print(json.dumps(evaluation.as_dict()["findings_per_kind"], indent=1))  # per-kind P/R in the log
    assert micro.f1 >= MIN_FINDING_MICRO_F1, "\n".join(evaluation.errors)


def test_every_kind_is_scored_with_precision_and_recall(evaluation: Evaluation) -> None:
    per_kind = evaluation.as_dict()["findings_per_kind"]
    assert set(per_kind) >= {"genotype", "serum_aat", "weight", "dose", "wastage"}
    for kind, score in per_kind.items():
        assert 0.0 <= score["precision"] <= 1.0 and 0.0 <= score["recall"] <= 1.0, kind
        # No kind may be systematically broken even when the micro average is high.
        assert score["f1"] >= 0.75, (kind, score)


@pytest.mark.parametrize(
    ("kind", "fields", "key"),
    [
        ("genotype", {"alleles": ["Z", "S"]}, ("S", "Z")),
        ("weight", {"value": 180, "unit": "lb", "value_kg": 81.6466}, 81.6),
        ("serum_aat", {"value": 28, "unit": "mg/dL"}, (28.0, "mg/dL")),
        ("lot_number", {"value": " p100123 "}, "P100123"),
        ("dose", {"value": 4800}, 4800.0),
    ],
)
def test_finding_key_normalizes_for_comparison(kind: str, fields: dict, key: object) -> None:
    assert finding_key(kind, fields) == key


def test_evaluation_counts_disagreements(checker) -> None:  # type: ignore[no-untyped-def]
    chart = {"chart_id": "e1", "documents": [{"id": "d", "text": "Weight 80 kg. PI*ZZ."}]}
    report = checker.check(chart)
    gold = {
        "requirements": {"patient_weight": "met", "genotype": "missing"},
        "findings": [{"kind": "weight", "value_kg": 80.0}, {"kind": "dose", "value": 4800}],
    }
    result = Evaluation()
    result.add(report, gold)
    assert result.requirement_total == 2 and result.requirement_correct == 1
    assert result.per_kind["weight"].true_positive == 1
    assert result.per_kind["dose"].false_negative == 1
    assert result.per_kind["genotype"].false_positive == 1
